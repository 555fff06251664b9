/*
 * fuzz_rows.c: the whole document-to-rows path: every stage, then the store
 * into an in-memory database, so whatever the extractors make of an input
 * must also be storable (spans inside the text, indexes inside their arrays).
 * The first byte picks the file name the reader sees.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include "kiji/pipeline.h"
#include "kiji/store.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const char *const names[] = {"a.txt", "a.html", "a.xml", "a.tml"};
    static kiji_store *s;
    if (!s) {
        kiji_buf err = KIJI_BUF_INIT;
        s = kiji_store_open(":memory:", false, &err);
        kiji_buf_free(&err);
        if (!s)
            abort();
    }
    if (size < 1)
        return 0;
    kiji_doc *d = kiji_doc_new(names[data[0] % 4], data + 1, size - 1);
    kiji_buf why = KIJI_BUF_INIT;
    if (kiji_pipeline_run(d, &why, NULL) == KIJI_OK) {
        int status;
        if (kiji_store_put(s, d, &status, &why) != KIJI_OK)
            abort(); /* a processed document must always be storable */
    }
    kiji_buf_free(&why);
    kiji_doc_free(d);
    return 0;
}
