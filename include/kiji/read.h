/*
 * read.h: readers turn a document's raw bytes into doc->input (text with
 * paragraphs separated by blank lines, any encoding repair left to repair.c),
 * optional doc->blocks (paragraphs whose kind the format says) and metadata
 * candidates (doc->title, authors, published, url, site, language).
 *
 * Format detection is by content first, then by the file name's extension.
 * A reader refuses (KIJI_EREFUSED, reason in *why, one line, no file name)
 * what is not a news document: empty, binary, a line too long to be text,
 * XML that is not NITF/NewsML-G2/TimeML, a DTD with entities (XXE, billion
 * laughs).  Readers never touch the network or the file system.
 */
#ifndef KIJI_READ_H
#define KIJI_READ_H

#include "doc.h"

/* Longest line plain text may have (a 10 MB line is not an article). */
#define KIJI_MAX_LINE (1u << 20)

kiji_format kiji_detect(const unsigned char *p, size_t n, const char *name);

/* Detect and read; sets d->format. */
int kiji_read(kiji_doc *d, kiji_buf *why);

int kiji_read_text(kiji_doc *d, kiji_buf *why);
int kiji_read_html(kiji_doc *d, kiji_buf *why);
/* NITF, NewsML-G2 and TimeML (d->format says which). */
int kiji_read_xml(kiji_doc *d, kiji_buf *why);

#endif
