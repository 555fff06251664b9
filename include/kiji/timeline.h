/*
 * timeline.h: the timeline of dated events read back from the database
 * (kiji timeline).
 */
#ifndef KIJI_TIMELINE_H
#define KIJI_TIMELINE_H

#include <stdbool.h>
#include <stdio.h>

#include "buf.h"
#include "store.h"

typedef struct {
    const char *format; /* json csv html timelinejs */
    const char *since, *until; /* YYYY[-MM[-DD]]: bounds on the day an event sits on */
    const char *speaker, *entity;
    bool separate;      /* one event per document: no merging across documents */
} kiji_timeline_opts;

/* Print the events of the database that pass the filters, sorted by date,
 * in o->format (json when NULL).  Events of several documents with the same
 * date and near-identical sentences are one event with several sources,
 * unless o->separate.  KIJI_OK, or KIJI_EDB / KIJI_EIO with *err. */
int kiji_timeline_print(kiji_store *s, const kiji_timeline_opts *o, FILE *out, kiji_buf *err);

#endif
