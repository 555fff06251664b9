/*
 * fuzz_quotes.c: the quote extractor with the entities it leans on, over
 * repaired and segmented text: every quote mark, cue and pronoun an input
 * can arrange.
 */
#include <stddef.h>
#include <stdint.h>

#include "kiji/entities.h"
#include "kiji/pipeline.h"
#include "kiji/quotes.h"
#include "kiji/segment.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    kiji_doc *d = kiji_doc_new("a.txt", data, size);
    kiji_buf why = KIJI_BUF_INIT;
    if (kiji_pipeline_clean(d, &why) == KIJI_OK) {
        kiji_segment_run(d);
        kiji_entities_run(d);
        kiji_quotes_run(d);
    }
    kiji_buf_free(&why);
    kiji_doc_free(d);
    return 0;
}
