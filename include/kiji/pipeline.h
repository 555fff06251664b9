/*
 * pipeline.h: one document through every stage short of the store:
 * read -> repair (characters) -> layout -> repair (glyphs) -> metadata ->
 * segment -> entities -> dates -> quotes -> events.
 * Pure with respect to the outside world: no I/O, no SQL.
 */
#ifndef KIJI_PIPELINE_H
#define KIJI_PIPELINE_H

#include "doc.h"

/* Stage timings in seconds, summed over calls, when the caller asks. */
typedef struct {
    double read, repair, layout, segment, entities, timex, quotes, events;
} kiji_stage_times;

/* Set up what the stages share before threads start (libxml2's parser,
 * compiled patterns).  Idempotent; kiji_pipeline_run calls it too, so only
 * code that starts threads must call it first. */
void kiji_pipeline_init(void);

/* Read d->raw and run every stage.  KIJI_OK, or KIJI_EREFUSED with the
 * reason in *why.  times may be NULL. */
int kiji_pipeline_run(kiji_doc *d, kiji_buf *why, kiji_stage_times *times);

/* Only the repair and layout stages (for `kiji clean`). */
int kiji_pipeline_clean(kiji_doc *d, kiji_buf *why);

#endif
