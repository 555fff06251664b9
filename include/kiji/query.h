/*
 * query.h: reading the database back for users (kiji export, sql, quotes,
 * timeline, show).  Output goes to a FILE; errors to *err.  Together with
 * store.c the only code that speaks SQL.
 */
#ifndef KIJI_QUERY_H
#define KIJI_QUERY_H

#include <stdio.h>

#include "buf.h"
#include "doc.h"
#include "store.h"

typedef enum { KIJI_OUT_TABLE, KIJI_OUT_CSV, KIJI_OUT_JSON } kiji_out_format;

/* One JSON object per document, the contract of DESIGN.md. */
int kiji_query_export_jsonl(kiji_store *s, FILE *out, kiji_buf *err);

/* Run a read-only SQL statement and print its rows. */
int kiji_query_sql(kiji_store *s, const char *sql, kiji_out_format f, FILE *out,
                   kiji_buf *err);

typedef struct {
    const char *speaker; /* full name, surname or alias (substring, any case) */
    const char *search;  /* FTS5 query over the quote text */
    const char *since, *until; /* YYYY[-MM[-DD]] on the document's date */
    kiji_out_format format;
    int limit;           /* 0: no limit */
} kiji_quote_filter;

int kiji_query_quotes(kiji_store *s, const kiji_quote_filter *q, FILE *out, kiji_buf *err);

/* A document with its annotations, for people (id, source path or hash
 * prefix). */
int kiji_query_show(kiji_store *s, const char *which, FILE *out, kiji_buf *err);

/* The ids of every document, in order (free *ids). */
int kiji_query_doc_ids(kiji_store *s, long long **ids, size_t *n, kiji_buf *err);

/* A stored document rebuilt from its rows, as the store would write it
 * again (kiji merge); NULL with *err on failure. */
kiji_doc *kiji_query_load_doc(kiji_store *s, long long id, kiji_buf *err);

#endif
