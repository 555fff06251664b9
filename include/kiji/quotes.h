/*
 * quotes.h: quotations, reported speech and their speakers (stage
 * "quotes").  Reads the body paragraphs, tokens and sentences, the
 * entities and mentions (speakers are named by the entity whose mention
 * covers the words that name them) and the dates (an opening "In October,"
 * is no subject).  Writes doc->quotes only, sorted by start; every string
 * (speaker_name, cue, rule, text) lives in the document's arena.  A quote
 * of kind KIJI_Q_TERM (a name, a title, scare quotes) has no speaker.  Pure:
 * no I/O, no global state; the word lists are compiled in (data/cues.txt,
 * data/quote_nouns.txt).  See docs/quotes.md for the rules.
 */
#ifndef KIJI_QUOTES_H
#define KIJI_QUOTES_H

#include "doc.h"

void kiji_quotes_run(kiji_doc *d);

#endif
