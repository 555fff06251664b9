/*
 * fuzz_read_html.c: the HTML reader (charset sniffing, libxml2's HTML
 * parser, block layout, body scoring, JSON-LD) with repair and layout.
 */
#include <stddef.h>
#include <stdint.h>

#include "kiji/pipeline.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    kiji_doc *d = kiji_doc_new("a.html", data, size);
    kiji_buf why = KIJI_BUF_INIT;
    kiji_pipeline_clean(d, &why);
    kiji_buf_free(&why);
    kiji_doc_free(d);
    return 0;
}
