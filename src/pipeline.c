/*
 * pipeline.c: the order of the stages (see pipeline.h).  Each stage reads
 * what the ones before it wrote; none of them does I/O.
 */
#include <pthread.h>
#include <time.h>

#include <libxml/parser.h>

#include "kiji/entities.h"
#include "kiji/events.h"
#include "kiji/layout.h"
#include "kiji/pipeline.h"
#include "kiji/quotes.h"
#include "kiji/read.h"
#include "kiji/repair.h"
#include "kiji/segment.h"
#include "kiji/sha256.h"
#include "kiji/timex.h"

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static void init_once(void)
{
    xmlInitParser();
}

void kiji_pipeline_init(void)
{
    static pthread_once_t once = PTHREAD_ONCE_INIT;
    pthread_once(&once, init_once);
}

#define TIMED(slot, call)                                                      \
    do {                                                                       \
        double t0_ = times ? now() : 0;                                        \
        call;                                                                  \
        if (times)                                                             \
            times->slot += now() - t0_;                                        \
    } while (0)

/* read, repair and layout: the clean text and its paragraphs */
static int front(kiji_doc *d, kiji_buf *why, kiji_stage_times *times)
{
    int rc = KIJI_OK;
    if (!d->hash[0])
        kiji_sha256_hex(d->raw, d->raw_len, d->hash);
    TIMED(read, rc = kiji_read(d, why));
    if (rc != KIJI_OK)
        return rc;
    TIMED(repair, kiji_repair_chars(d));
    TIMED(layout, kiji_layout_run(d));
    TIMED(repair, kiji_repair_glyphs(d));
    TIMED(layout, kiji_layout_meta(d));
    for (size_t i = 0; i < d->paras.n; i++)
        if (d->paras.v[i].end > d->paras.v[i].start)
            return KIJI_OK;
    kiji_buf_puts(why, "no text left after reading");
    return KIJI_EREFUSED;
}

int kiji_pipeline_clean(kiji_doc *d, kiji_buf *why)
{
    kiji_pipeline_init();
    return front(d, why, NULL);
}

int kiji_pipeline_run(kiji_doc *d, kiji_buf *why, kiji_stage_times *times)
{
    kiji_pipeline_init();
    int rc = front(d, why, times);
    if (rc != KIJI_OK)
        return rc;
    TIMED(segment, kiji_segment_run(d));
    TIMED(entities, kiji_entities_run(d));
    TIMED(timex, kiji_timex_run(d));
    TIMED(quotes, kiji_quotes_run(d));
    TIMED(events, kiji_events_run(d));
    return KIJI_OK;
}
