/*
 * timex.h: temporal expressions, normalised TIMEX3-style against the
 * publication date (stage "dates").  Writes doc->timexes only.
 */
#ifndef KIJI_TIMEX_H
#define KIJI_TIMEX_H

#include "doc.h"

void kiji_timex_run(kiji_doc *d);

#endif
