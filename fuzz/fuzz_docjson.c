/*
 * fuzz_docjson.c: the reader of extract lines (kiji ingest --from-jsonl),
 * which takes spans and indexes from outside and must check every one.  A
 * line that reads back is written again, to exercise the writer on it.
 */
#include <stddef.h>
#include <stdint.h>

#include "kiji/docjson.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    kiji_buf err = KIJI_BUF_INIT, out = KIJI_BUF_INIT;
    kiji_doc *d = kiji_docjson_read((const char *)data, size, &err);
    if (d)
        kiji_docjson_write(d, &out);
    kiji_doc_free(d);
    kiji_buf_free(&err);
    kiji_buf_free(&out);
    return 0;
}
