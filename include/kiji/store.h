/*
 * store.h: the SQLite database (stage "store").  The schema is schema.sql,
 * embedded at build time and applied under PRAGMA user_version.  Every
 * document is written in one transaction: a reader never sees half of one.
 * Re-storing the same bytes (same SHA-256) is a no-op; a changed file under
 * the same source path replaces its old rows.
 *
 * store.c (writes) and query.c (reads) are the only files that speak SQL.
 */
#ifndef KIJI_STORE_H
#define KIJI_STORE_H

#include <stdbool.h>

#include "doc.h"

typedef struct kiji_store kiji_store;

#define KIJI_SCHEMA_VERSION 1

enum { KIJI_STORED_NEW, KIJI_STORED_SAME, KIJI_STORED_REPLACED };

/* Open (and create or migrate, unless read_only) the database at path.
 * Read-only connections refuse every write, ATTACH and extension loading.
 * On failure *err says why and NULL is returned. */
kiji_store *kiji_store_open(const char *path, bool read_only, kiji_buf *err);
void kiji_store_close(kiji_store *s);

/* True when a document with these raw bytes is stored already. */
bool kiji_store_has(kiji_store *s, const char *hash);

/* Store a processed document in one transaction; *status is one of
 * KIJI_STORED_*.  KIJI_EDB with *err on failure (nothing of it is stored). */
int kiji_store_put(kiji_store *s, const kiji_doc *d, int *status, kiji_buf *err);

/* Batching: documents between begin and commit share one transaction, each
 * inside its own savepoint (still never half a document). */
int kiji_store_begin(kiji_store *s, kiji_buf *err);
int kiji_store_commit(kiji_store *s, kiji_buf *err);

/* The connection, for query.c only. */
struct sqlite3 *kiji_store_db(kiji_store *s);

#endif
