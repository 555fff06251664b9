/*
 * fuzz_pipeline.c: bytes -> every stage short of the store (read, repair,
 * layout, segment, entities, dates, quotes, events).  The first byte picks
 * the file name the reader sees, so one harness drives every reader (as
 * cmark's harness takes options from its first bytes).
 */
#include <stddef.h>
#include <stdint.h>

#include "kiji/pipeline.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const char *const names[] = {"a.txt", "a.html", "a.xml", "a.tml", "a"};
    if (size < 1)
        return 0;
    const char *name = names[data[0] % (sizeof names / sizeof *names)];
    kiji_doc *d = kiji_doc_new(name, data + 1, size - 1);
    kiji_buf why = KIJI_BUF_INIT;
    kiji_pipeline_run(d, &why, NULL);
    kiji_buf_free(&why);
    kiji_doc_free(d);
    return 0;
}
