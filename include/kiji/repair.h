/*
 * repair.h: undo what text extraction did to a document.
 *
 * Repair is a chain of passes over doc->input, each rewriting the whole text
 * once (kiji_pass): decoding (invalid UTF-8 as Windows-1252, CRLF, controls),
 * characters (mojibake, ligature code points, soft hyphens, zero-width
 * characters, NBSP), layout (layout.h: reflow, dehyphenation, page furniture,
 * paragraph kinds) and the "Th" glyph (a PDF font's Th ligature extracted as a
 * straight double quote).  Every change is logged in doc->repairs with a stable
 * rule id; the composed offset map (doc->map) leads clean offsets back to the
 * input.
 */
#ifndef KIJI_REPAIR_H
#define KIJI_REPAIR_H

#include "doc.h"

/* One rewriting pass from `in` into `out`. */
typedef struct {
    kiji_doc *doc;
    const char *in;
    size_t len, pos; /* pos: next input byte not yet consumed */
    kiji_buf out;
    kiji_offmap map; /* out -> in */
    size_t first;    /* this pass's first entry in doc->repairs */
} kiji_pass;

void kiji_pass_begin(kiji_pass *p, kiji_doc *d, const char *in, size_t len);
/* Copy input up to offset `to` unchanged. */
void kiji_pass_copy_to(kiji_pass *p, size_t to);
/* Replace the next in_n input bytes by out[0..out_n); log it under `rule`
 * unless rule is NULL (a silent change such as CRLF -> LF). */
void kiji_pass_edit(kiji_pass *p, size_t in_n, const char *out, size_t out_n,
                    const char *rule);
/* Finish: copy the rest, make the output the document's current text (in
 * doc->text), compose doc->map, fix up offsets of logged repairs and of
 * doc->paras.  The input pointer must not be doc->text's own buffer unless
 * the caller handed it over (see kiji_repair_run). */
void kiji_pass_end(kiji_pass *p);

/* Decode and character passes: doc->input -> doc->text. */
void kiji_repair_chars(kiji_doc *d);
/* The Th-glyph pass over the paragraphs of doc->text (after layout). */
void kiji_repair_glyphs(kiji_doc *d);

/* Exposed for tests: the Windows-1252 code point of byte b (0x80..0xFF). */
int32_t kiji_cp1252(unsigned char b);

#endif
