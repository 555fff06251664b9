/*
 * timeml.h: kiji export --format timeml: every document as TimeML 1.2.1,
 * with the DCT (the publication date) and kiji's own TIMEX3 tags in the
 * text, so that TempEval's tools and others can read kiji's dates.
 *
 * The output is one complete TimeML document after another on the stream,
 * each starting with its own <?xml ...?> declaration (split them with
 * `csplit -z -f doc -b %03d.tml FILE '/^<?xml/' '{*}'`).  TEXT holds the
 * document's clean text (documents.clean: headline, byline, captions and
 * body, paragraphs separated by blank lines), so kiji's offsets need no
 * translation; see docs/readers.md.
 */
#ifndef KIJI_TIMEML_H
#define KIJI_TIMEML_H

#include <stdio.h>

#include "buf.h"
#include "store.h"

/* One temporal expression: a span of the text and its TIMEX3 attributes. */
typedef struct {
    uint32_t start, end; /* byte offsets into the text, end exclusive */
    const char *type;    /* DATE TIME DURATION SET */
    const char *value;   /* TIMEX3 value */
    const char *mod;     /* or NULL */
    const char *anchor;  /* the date it was resolved against, or NULL */
} kiji_timeml_timex;

/* Append one TimeML document to out.  docid and title may be NULL;
 * published (YYYY-MM-DD) may be NULL (then there is no DCT).  Timexes must
 * be sorted by start; any that overlaps the one before it, lies outside the
 * text or cuts a UTF-8 character is left out.  Text is XML-escaped; bytes
 * that are not valid UTF-8 and control characters XML forbids become
 * U+FFFD. */
void kiji_timeml_write(kiji_buf *out, const char *docid, const char *title,
                       const char *published, const char *text, size_t len,
                       const kiji_timeml_timex *tx, size_t ntx);

/* Every document of the database, in id order, to out. */
int kiji_export_timeml(kiji_store *s, FILE *out, kiji_buf *err);

#endif
