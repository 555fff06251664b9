/*
 * timeline.h: the timeline of dated events read back from the database
 * (kiji timeline).
 */
#ifndef KIJI_TIMELINE_H
#define KIJI_TIMELINE_H

#include <stdio.h>

#include "buf.h"
#include "store.h"

typedef struct {
    const char *format; /* json csv html timelinejs */
    const char *since, *until;
    const char *speaker, *entity;
} kiji_timeline_opts;

int kiji_timeline_print(kiji_store *s, const kiji_timeline_opts *o, FILE *out, kiji_buf *err);

#endif
