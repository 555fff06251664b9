/*
 * fuzz_repair.c: the plain-text reader with repair and layout only (the
 * path `kiji clean` takes), where most of the byte-level work is.
 */
#include <stddef.h>
#include <stdint.h>

#include "kiji/pipeline.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    kiji_doc *d = kiji_doc_new("a.txt", data, size);
    kiji_buf why = KIJI_BUF_INIT;
    kiji_pipeline_clean(d, &why);
    kiji_buf_free(&why);
    kiji_doc_free(d);
    return 0;
}
