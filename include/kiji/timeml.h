/*
 * timeml.h: kiji export --format timeml: every document as TimeML, with
 * kiji's own TIMEX3 tags and the DCT, for TempEval's tools.
 */
#ifndef KIJI_TIMEML_H
#define KIJI_TIMEML_H

#include <stdio.h>

#include "buf.h"
#include "store.h"

int kiji_export_timeml(kiji_store *s, FILE *out, kiji_buf *err);

#endif
