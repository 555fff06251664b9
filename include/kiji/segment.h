/*
 * segment.h: sentences and tokens of the clean text (stage "segment").
 * Every paragraph is split into sentences (a paragraph end always ends one);
 * abbreviations (Mr., U.S., Corp.) and initials do not end a sentence unless
 * a sentence plainly starts after them.  Tokens are words (with inner
 * apostrophes, hyphens and dots: U.S., Won-sik, Austin’s), numbers and single
 * punctuation characters, stored as offsets.
 */
#ifndef KIJI_SEGMENT_H
#define KIJI_SEGMENT_H

#include "doc.h"

void kiji_segment_run(kiji_doc *d);

/* Index of the sentence holding offset off, or -1. */
int kiji_sentence_at(const kiji_doc *d, uint32_t off);

#endif
