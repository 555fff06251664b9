/*
 * layout.h: from repaired characters to paragraphs with kinds.
 *
 * For plain text (no reader blocks) layout reads the line structure that PDF
 * extraction leaves: hard-wrapped lines, single- or double-spaced (a blank line
 * after every line), page breaks (a line starting with a space and no blank
 * line before it), page furniture (print headers, page numbers), and finds the
 * headline, byline, dateline, photo captions with credits ("text | CREDIT"),
 * link-card URLs and the body paragraphs.  Lines are joined into paragraphs,
 * words hyphenated at a line end are joined or kept by the dictionary.
 * For formats whose reader gave blocks, each block becomes a paragraph of its
 * kind with its white space folded.
 *
 * In: doc->text (after kiji_repair_chars).  Out: doc->text rewritten, with
 * paragraphs separated by one blank line, and doc->paras.
 */
#ifndef KIJI_LAYOUT_H
#define KIJI_LAYOUT_H

#include "doc.h"

void kiji_layout_run(kiji_doc *d);

/* After the glyph repair: fill title, authors and published from the
 * headline, byline and dateline paragraphs where the reader left them empty. */
void kiji_layout_meta(kiji_doc *d);

/* Exposed for tests: "GABRIEL DOMINGUEZ" -> "Gabriel Dominguez" (names in
 * capitals to normal case; McX, O'X, hyphens and particles handled). */
char *kiji_name_case(const char *s, size_t n);

#endif
