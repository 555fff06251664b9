/*
 * fuzz_timex.c: the temporal normaliser on its own.  The first two bytes pick
 * the publication date (any day from 1990 to 2079, or none), so calendar
 * arithmetic at year ends, leap days and week 53 is reached; the rest is
 * text, repaired, laid out and segmented as usual before the dates stage.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "kiji/calendar.h"
#include "kiji/layout.h"
#include "kiji/pipeline.h"
#include "kiji/read.h"
#include "kiji/repair.h"
#include "kiji/segment.h"
#include "kiji/timex.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    unsigned days = (unsigned)data[0] << 8 | data[1];
    kiji_doc *d = kiji_doc_new("a.txt", data + 2, size - 2);
    if (days != 0xFFFF) {
        kiji_date dt = kiji_civil_from_days(kiji_days_from_civil(1990, 1, 1) + (long)(days % 32768));
        char buf[11];
        kiji_date_format(dt, buf);
        d->published = kiji_arena_strdup(&d->arena, buf);
    }
    kiji_buf why = KIJI_BUF_INIT;
    if (kiji_pipeline_clean(d, &why) == KIJI_OK) {
        kiji_segment_run(d);
        kiji_timex_run(d);
    }
    kiji_buf_free(&why);
    kiji_doc_free(d);
    return 0;
}
