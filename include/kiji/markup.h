/*
 * markup.h: what the HTML and XML readers share (stage "read"): libxml2 set
 * up once and kept quiet, the charset of a document and its conversion to
 * UTF-8, and walking a tree without recursion.
 *
 * libxml2 never prints: every parser context gets an error handler that
 * swallows (readers say what matters in their refusal message).  Trees are
 * walked iteratively, so depth costs no stack.
 */
#ifndef KIJI_MARKUP_H
#define KIJI_MARKUP_H

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <stdbool.h>

#include "buf.h"

/* Initialise libxml2 once per process (thread-safe; call before parsing). */
void kiji_markup_init(void);

/* Make a parser context silent: errors and warnings go nowhere. */
void kiji_markup_quiet(xmlParserCtxtPtr ctxt);

/* Convert a document's bytes to UTF-8 in *out (BOM dropped, NUL bytes
 * dropped).  The charset comes from a byte-order mark, else the document's
 * own declaration (html: <meta charset> or http-equiv Content-Type; else the
 * XML declaration), else a sniff: valid UTF-8 stays UTF-8, anything else is
 * read as Windows-1252.  A declaration that contradicts the bytes loses to
 * them (a page saying ISO-8859-1 but written in UTF-8 is read as UTF-8).
 * Bytes that do not convert become U+FFFD (or, in UTF-8, their Windows-1252
 * character).  `used` (may be NULL) gets the charset read, lower case.
 * Returns the number of bytes that did not convert. */
size_t kiji_markup_to_utf8(const unsigned char *p, size_t n, bool html, kiji_buf *out,
                           char used[48]);

/* The value of attribute `name` of element n without copying, or NULL.
 * (The HTML parser lower-cases attribute names.) */
const char *kiji_markup_attr(const xmlNode *n, const char *name);

/* The node after n in document order inside the subtree of top, descending
 * into n's children when `descend` (elements and documents only); NULL at
 * the end of the subtree. */
const xmlNode *kiji_markup_next(const xmlNode *n, const xmlNode *top, bool descend);

/* Append the text of n's subtree to out with white space folded to single
 * spaces; no leading or trailing space is added.  Script, style and
 * comments are left out.  At most max bytes are appended (0: no limit). */
void kiji_markup_text(const xmlNode *n, kiji_buf *out, size_t max);

/* Append s[0..len) to out with runs of ASCII white space folded to one
 * space; *space says a space is pending from before (and is updated), so
 * successive pieces fold across their joins.  Leading space is dropped
 * when out is empty. */
void kiji_markup_fold(kiji_buf *out, const char *s, size_t len, bool *space);

/* Decode HTML character references (&amp; &#8217; &#x2019; &nbsp; ...) in
 * s[0..n) into out; unknown ones are kept as written.  For JSON-LD strings,
 * which pages often fill with escaped HTML. */
void kiji_markup_unescape(kiji_buf *out, const char *s, size_t n);

#endif
