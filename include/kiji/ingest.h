/*
 * ingest.h: walking paths (files, directories recursively, "-" for stdin),
 * reading each file safely, running the pipeline and storing the result.
 * A refused input gets one line on stderr naming it and the reason; the rest
 * go on.  Documents are committed in batches, each whole or not at all.
 */
#ifndef KIJI_INGEST_H
#define KIJI_INGEST_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "pipeline.h"
#include "store.h"

#define KIJI_DEFAULT_MAX_BYTES ((size_t)32 << 20)

typedef struct {
    kiji_store *store;   /* NULL when emitting */
    const char *db_path; /* for the workers' read-only connections (-j N) */
    FILE *emit;          /* kiji extract: write extract lines here, no store */
    size_t max_bytes; /* larger files are refused */
    unsigned jobs;    /* extraction workers */
    bool progress;    /* a progress line on stderr */
    bool verbose;     /* a line per document */
    /* counters */
    size_t seen, stored, same, replaced, refused, failed;
    size_t bytes;
    kiji_stage_times times;
    double store_time;
} kiji_ingest;

void kiji_ingest_init(kiji_ingest *ig, kiji_store *store);
/* Ingest every path; returns KIJI_OK, or KIJI_EDB when the database failed
 * (what was committed stays). */
int kiji_ingest_paths(kiji_ingest *ig, char *const *paths, int n);

/* The lines of a JSON-lines stream: {"source", "content"} documents to
 * extract (extracted false) or lines of `kiji extract` to store as they are
 * (extracted true).  name is used in messages ("-:12"). */
int kiji_ingest_lines(kiji_ingest *ig, FILE *in, const char *name, bool extracted);

/* Every document of the database at shard, stored again in ig->store:
 * entities merge by name and type, ids are the new database's. */
int kiji_ingest_merge(kiji_ingest *ig, const char *shard);

/* Read a whole file (or stdin for "-") of at most max bytes.  KIJI_OK with
 * *data (free it) or an error with *why.  Shared with `kiji clean`. */
int kiji_read_file(const char *path, size_t max, char **data, size_t *len, kiji_buf *why);

/* A path made printable for a message: control characters escaped. */
const char *kiji_printable(const char *path, kiji_buf *tmp);

#endif
