/*
 * docjson.h: a processed document as one JSON object, and back.
 *
 * The object holds the export contract of DESIGN.md (source, title, authors,
 * published, text, captions, quotes, entities, timexes) and, beside it,
 * everything the store needs to write the document without extracting again:
 * the raw bytes (base64), the clean text, paragraphs, repairs, mention and
 * event spans.  `kiji extract` writes it (the map step of a cluster run),
 * `kiji ingest --from-jsonl` reads it, and the scorer reads it as an export.
 */
#ifndef KIJI_DOCJSON_H
#define KIJI_DOCJSON_H

#include "buf.h"
#include "doc.h"

/* Append d as one line of JSON (with the newline) to out. */
void kiji_docjson_write(const kiji_doc *d, kiji_buf *out);

/* A document from one object written by kiji_docjson_write.  NULL with the
 * reason in *err when the line is not such an object. */
kiji_doc *kiji_docjson_read(const char *line, size_t n, kiji_buf *err);

#endif
