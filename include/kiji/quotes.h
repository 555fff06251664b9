/*
 * quotes.h: quotations, reported speech and their speakers (stage
 * "quotes").  Needs entities for speaker resolution.  Writes doc->quotes.
 */
#ifndef KIJI_QUOTES_H
#define KIJI_QUOTES_H

#include "doc.h"

void kiji_quotes_run(kiji_doc *d);

#endif
