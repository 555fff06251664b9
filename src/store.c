/*
 * store.c: writing documents into SQLite (see store.h).  Prepared statements
 * live in one struct, are made once and finalized in one place.  Each
 * document goes in under a savepoint, so a failure part-way leaves nothing
 * of it behind.
 */
#include <assert.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kiji/entities.h"
#include "kiji/store.h"

#include "gen/schema.inc"

enum {
    S_HAS,
    S_BY_SOURCE,
    S_DELETE,
    S_DOC,
    S_AUTHOR,
    S_PARA,
    S_REPAIR,
    S_ENT_GET,
    S_ENT_ALIAS_ONE,
    S_ENT_ADD,
    S_ALIAS,
    S_DOC_ENT,
    S_MENTION,
    S_ROLE,
    S_TIMEX,
    S_QUOTE,
    S_EVENT,
    S_NSTMT
};

static const char *const stmt_sql[S_NSTMT] = {
    [S_HAS] = "SELECT 1 FROM documents WHERE hash = ?1",
    [S_BY_SOURCE] = "SELECT id FROM documents WHERE source = ?1 AND source <> '-'",
    [S_DELETE] = "DELETE FROM documents WHERE id = ?1",
    [S_DOC] = "INSERT INTO documents(hash, source, format, title, published, url, site, "
              "language, raw, clean) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
    [S_AUTHOR] = "INSERT INTO authors(doc_id, seq, name) VALUES (?1, ?2, ?3)",
    [S_PARA] = "INSERT INTO paragraphs(doc_id, seq, kind, start, end, text) "
               "VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    [S_REPAIR] = "INSERT INTO repairs(doc_id, seq, offset, clean_offset, before, after, "
                 "rule) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    [S_ENT_GET] = "SELECT id FROM entities WHERE name = ?1 AND type = ?2",
    /* a one-word name (a surname) seen before as the alias of exactly one
     * entity of the type is that entity */
    [S_ENT_ALIAS_ONE] = "SELECT min(e.id), count(DISTINCT e.id) FROM entity_aliases a "
                        "JOIN entities e ON e.id = a.entity_id "
                        "WHERE a.alias = ?1 AND e.type = ?2",
    [S_ENT_ADD] = "INSERT INTO entities(name, type) VALUES (?1, ?2)",
    [S_ALIAS] = "INSERT OR IGNORE INTO entity_aliases(entity_id, alias) VALUES (?1, ?2)",
    [S_DOC_ENT] = "INSERT OR IGNORE INTO doc_entities(doc_id, entity_id, seq, name) "
                  "VALUES (?1, ?2, ?3, ?4)",
    [S_MENTION] = "INSERT INTO mentions(doc_id, entity_id, start, end, text, how) "
                  "VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    [S_ROLE] = "INSERT OR IGNORE INTO roles(doc_id, entity_id, role, org) "
               "VALUES (?1, ?2, ?3, ?4)",
    [S_TIMEX] = "INSERT INTO timexes(doc_id, start, end, text, type, value, mod, anchor) "
                "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    [S_QUOTE] = "INSERT INTO quotes(doc_id, start, end, text, kind, speaker_id, speaker, "
                "speaker_start, speaker_end, cue, rule, confidence) "
                "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
    [S_EVENT] = "INSERT INTO events(doc_id, date, mod, start, end, text, timex_id) "
                "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
};

struct kiji_store {
    sqlite3 *db;
    sqlite3_stmt *st[S_NSTMT];
    bool read_only;
    bool batch; /* inside kiji_store_begin/commit */
    /* rows up to these ids are in the full-text indexes (read at the start
     * of each write transaction, when no one else can write) */
    sqlite3_int64 fts_para, fts_quote;
};

sqlite3 *kiji_store_db(kiji_store *s)
{
    return s->db;
}

static int fail(kiji_store *s, kiji_buf *err, const char *what)
{
    if (err)
        kiji_buf_printf(err, "%s: %s", what, sqlite3_errmsg(s->db));
    return KIJI_EDB;
}

static int exec(kiji_store *s, const char *sql, kiji_buf *err)
{
    char *msg = NULL;
    if (sqlite3_exec(s->db, sql, NULL, NULL, &msg) != SQLITE_OK) {
        if (err)
            kiji_buf_printf(err, "%s", msg ? msg : sqlite3_errmsg(s->db));
        sqlite3_free(msg);
        return KIJI_EDB;
    }
    return KIJI_OK;
}

static sqlite3_int64 max_id(kiji_store *s, const char *table)
{
    char sql[64];
    snprintf(sql, sizeof sql, "SELECT coalesce(max(id), 0) FROM %s", table);
    sqlite3_stmt *st;
    sqlite3_int64 v = 0;
    if (sqlite3_prepare_v2(s->db, sql, -1, &st, NULL) == SQLITE_OK) {
        if (sqlite3_step(st) == SQLITE_ROW)
            v = sqlite3_column_int64(st, 0);
        sqlite3_finalize(st);
    }
    return v;
}

/* A write transaction starts: every row there is now is indexed. */
static int begin_write(kiji_store *s, kiji_buf *err)
{
    if (exec(s, "BEGIN IMMEDIATE", err))
        return KIJI_EDB;
    s->fts_para = max_id(s, "paragraphs");
    s->fts_quote = max_id(s, "quotes");
    return KIJI_OK;
}

/* Index the rows added since the transaction began (or the last sync). */
static int fts_sync(kiji_store *s, kiji_buf *err)
{
    static const struct {
        const char *table, *fts;
    } t[2] = {{"paragraphs", "paragraphs_fts"}, {"quotes", "quotes_fts"}};
    for (int i = 0; i < 2; i++) {
        sqlite3_int64 *from = i ? &s->fts_quote : &s->fts_para;
        sqlite3_int64 to = max_id(s, t[i].table);
        if (to <= *from)
            continue;
        char sql[160];
        snprintf(sql, sizeof sql,
                 "INSERT INTO %s(rowid, text) SELECT id, text FROM %s WHERE id > %lld",
                 t[i].fts, t[i].table, (long long)*from);
        if (exec(s, sql, err))
            return KIJI_EDB;
        *from = to;
    }
    return KIJI_OK;
}

/* Refuse every write and ATTACH on a read-only connection: the authorizer
 * sees each action a statement would take before it runs. */
static int read_only_auth(void *u, int action, const char *a, const char *b, const char *c,
                          const char *d)
{
    (void)u, (void)b, (void)c, (void)d;
    switch (action) {
    case SQLITE_SELECT:
    case SQLITE_READ:
    case SQLITE_FUNCTION:
    case SQLITE_RECURSIVE:
        return SQLITE_OK;
    case SQLITE_UPDATE:
        /* an FTS5 table's constructor asks this of the schema table; the
         * connection is read-only, so nothing can be written anyway */
        return a && !strcmp(a, "sqlite_master") ? SQLITE_OK : SQLITE_DENY;
    case SQLITE_PRAGMA:
        /* reading pragmas (no value given) only */
        return b == NULL && a &&
                       (!strcmp(a, "table_info") || !strcmp(a, "table_list") ||
                        !strcmp(a, "user_version") || !strcmp(a, "index_list") ||
                        !strcmp(a, "integrity_check") || !strcmp(a, "quick_check") ||
                        !strcmp(a, "foreign_key_list") || !strcmp(a, "index_info") ||
                        !strcmp(a, "compile_options") || !strcmp(a, "page_count") ||
                        !strcmp(a, "page_size") || !strcmp(a, "journal_mode") ||
                        !strcmp(a, "data_version"))
                   ? SQLITE_OK
                   : SQLITE_DENY;
    default:
        return SQLITE_DENY;
    }
}

static int migrate(kiji_store *s, kiji_buf *err)
{
    sqlite3_stmt *st;
    int version = 0;
    if (sqlite3_prepare_v2(s->db, "PRAGMA user_version", -1, &st, NULL) != SQLITE_OK)
        return fail(s, err, "reading the schema version");
    if (sqlite3_step(st) == SQLITE_ROW)
        version = sqlite3_column_int(st, 0);
    sqlite3_finalize(st);
    if (version > KIJI_SCHEMA_VERSION) {
        kiji_buf_printf(err, "the database has schema version %d, newer than this kiji (%d)",
                        version, KIJI_SCHEMA_VERSION);
        return KIJI_EDB;
    }
    if (version == KIJI_SCHEMA_VERSION)
        return KIJI_OK;
    if (exec(s, "BEGIN IMMEDIATE", err))
        return KIJI_EDB;
    if (exec(s, kiji_schema_sql, err)) {
        exec(s, "ROLLBACK", NULL);
        return KIJI_EDB;
    }
    char sql[64];
    snprintf(sql, sizeof sql, "PRAGMA user_version = %d", KIJI_SCHEMA_VERSION);
    if (exec(s, sql, err) || exec(s, "COMMIT", err)) {
        exec(s, "ROLLBACK", NULL);
        return KIJI_EDB;
    }
    return KIJI_OK;
}

kiji_store *kiji_store_open(const char *path, bool read_only, kiji_buf *err)
{
    kiji_store *s = kiji_xcalloc(1, sizeof *s);
    s->read_only = read_only;
    int flags = read_only ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
    if (sqlite3_open_v2(path, &s->db, flags | SQLITE_OPEN_NOMUTEX, NULL) != SQLITE_OK) {
        kiji_buf_printf(err, "cannot open %s: %s", path,
                        s->db ? sqlite3_errmsg(s->db) : "out of memory");
        sqlite3_close(s->db);
        free(s);
        return NULL;
    }
    sqlite3_busy_timeout(s->db, 30000);
    sqlite3_extended_result_codes(s->db, 1);
    sqlite3_db_config(s->db, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, (int *)NULL);
    if (read_only) {
        sqlite3_db_config(s->db, SQLITE_DBCONFIG_DEFENSIVE, 1, (int *)NULL);
        sqlite3_limit(s->db, SQLITE_LIMIT_ATTACHED, 0);
        /* the schema must exist: a missing database is not created */
        sqlite3_stmt *st;
        int version = 0;
        if (sqlite3_prepare_v2(s->db, "PRAGMA user_version", -1, &st, NULL) == SQLITE_OK) {
            if (sqlite3_step(st) == SQLITE_ROW)
                version = sqlite3_column_int(st, 0);
            sqlite3_finalize(st);
        }
        if (version == 0) {
            kiji_buf_printf(err, "%s is not a kiji database (run kiji ingest first)", path);
            kiji_store_close(s);
            return NULL;
        }
        sqlite3_set_authorizer(s->db, read_only_auth, NULL);
        if (sqlite3_prepare_v3(s->db, stmt_sql[S_HAS], -1, SQLITE_PREPARE_PERSISTENT,
                               &s->st[S_HAS], NULL) != SQLITE_OK) {
            fail(s, err, "preparing statements");
            kiji_store_close(s);
            return NULL;
        }
        return s;
    }
    /* A writer checkpoints every 16384 pages (64 MB of WAL) rather than
     * SQLite's 1000: index pages written many times in a batch reach the
     * database file once, and ingest spends 15% less time storing. */
    if (exec(s, "PRAGMA journal_mode = WAL", err) || exec(s, "PRAGMA synchronous = NORMAL", err) ||
        exec(s, "PRAGMA cache_size = -8192", err) ||
        exec(s, "PRAGMA wal_autocheckpoint = 16384", err) ||
        exec(s, "PRAGMA foreign_keys = ON", err) || migrate(s, err)) {
        kiji_store_close(s);
        return NULL;
    }
    for (int i = 0; i < S_NSTMT; i++) {
        if (sqlite3_prepare_v3(s->db, stmt_sql[i], -1, SQLITE_PREPARE_PERSISTENT, &s->st[i],
                               NULL) != SQLITE_OK) {
            fail(s, err, "preparing statements");
            kiji_store_close(s);
            return NULL;
        }
    }
    return s;
}

void kiji_store_close(kiji_store *s)
{
    if (!s)
        return;
    for (int i = 0; i < S_NSTMT; i++)
        sqlite3_finalize(s->st[i]);
    sqlite3_close(s->db);
    free(s);
}

/* ---- binding helpers: each statement is reset before use ---- */

static sqlite3_stmt *use(kiji_store *s, int which)
{
    sqlite3_stmt *st = s->st[which];
    sqlite3_reset(st);
    sqlite3_clear_bindings(st);
    return st;
}

static void bind_text(sqlite3_stmt *st, int i, const char *p, size_t n)
{
    if (p)
        sqlite3_bind_text(st, i, p, (int)n, SQLITE_STATIC);
    else
        sqlite3_bind_null(st, i);
}

static void bind_str(sqlite3_stmt *st, int i, const char *p)
{
    bind_text(st, i, p, p ? strlen(p) : 0);
}

static int step_done(kiji_store *s, sqlite3_stmt *st, kiji_buf *err, const char *what)
{
    int rc = sqlite3_step(st);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW)
        return fail(s, err, what);
    return KIJI_OK;
}

bool kiji_store_has(kiji_store *s, const char *hash)
{
    sqlite3_stmt *st = use(s, S_HAS);
    bind_str(st, 1, hash);
    bool has = sqlite3_step(st) == SQLITE_ROW;
    sqlite3_reset(st);
    return has;
}

int kiji_store_begin(kiji_store *s, kiji_buf *err)
{
    if (s->batch)
        return KIJI_OK;
    if (begin_write(s, err))
        return KIJI_EDB;
    s->batch = true;
    return KIJI_OK;
}

int kiji_store_commit(kiji_store *s, kiji_buf *err)
{
    if (!s->batch)
        return KIJI_OK;
    s->batch = false;
    if (fts_sync(s, err) || exec(s, "COMMIT", err)) {
        exec(s, "ROLLBACK", NULL);
        return KIJI_EDB;
    }
    return KIJI_OK;
}

/* The corpus-wide id of a document's entity: same name and type, or a
 * one-word name that is the alias of exactly one entity of the type. */
static int entity_id(kiji_store *s, const kiji_entity *e, sqlite3_int64 *id, kiji_buf *err)
{
    const char *type = kiji_ent_type_name(e->type);
    /* the corpus row is named by the gazetteer's form when there is one,
     * so "NATO" and "North Atlantic Treaty Organization" are one row */
    const char *key = e->canon ? e->canon : e->name;
    sqlite3_stmt *st = use(s, S_ENT_GET);
    bind_str(st, 1, key);
    bind_str(st, 2, type);
    if (sqlite3_step(st) == SQLITE_ROW) {
        *id = sqlite3_column_int64(st, 0);
        sqlite3_reset(st);
        return KIJI_OK;
    }
    sqlite3_reset(st);
    if (!strchr(key, ' ') && (e->type == KIJI_ENT_PERSON || e->type == KIJI_ENT_ORG)) {
        st = use(s, S_ENT_ALIAS_ONE);
        bind_str(st, 1, key);
        bind_str(st, 2, type);
        if (sqlite3_step(st) == SQLITE_ROW && sqlite3_column_int(st, 1) == 1) {
            *id = sqlite3_column_int64(st, 0);
            sqlite3_reset(st);
            return KIJI_OK;
        }
        sqlite3_reset(st);
    }
    st = use(s, S_ENT_ADD);
    bind_str(st, 1, key);
    bind_str(st, 2, type);
    if (step_done(s, st, err, "adding an entity"))
        return KIJI_EDB;
    *id = sqlite3_last_insert_rowid(s->db);
    return KIJI_OK;
}

static int add_alias(kiji_store *s, sqlite3_int64 id, const char *p, size_t n, kiji_buf *err)
{
    sqlite3_stmt *st = use(s, S_ALIAS);
    sqlite3_bind_int64(st, 1, id);
    bind_text(st, 2, p, n);
    return step_done(s, st, err, "adding an alias");
}

/* For each mention, whether an earlier mention of the same entity has the
 * same text (an alias is stored once).  A hash set over (entity, text);
 * the caller frees the result. */
static bool *repeated_mentions(const kiji_doc *d)
{
    size_t n = d->mentions.n, size = 16;
    while (size < 2 * n + 1)
        size <<= 1;
    bool *rep = kiji_xcalloc(n + 1, sizeof *rep);
    uint32_t *slot = kiji_xcalloc(size, sizeof *slot); /* mention index + 1 */
    for (size_t i = 0; i < n; i++) {
        const kiji_mention *m = &d->mentions.v[i];
        const char *p = d->text.ptr + m->start;
        size_t len = m->end - m->start;
        uint64_t h = 1469598103934665603ull ^ (uint64_t)(m->entity + 1);
        for (size_t k = 0; k < len; k++)
            h = (h ^ (unsigned char)p[k]) * 1099511628211ull;
        for (size_t j = (size_t)h & (size - 1);; j = (j + 1) & (size - 1)) {
            if (!slot[j]) {
                slot[j] = (uint32_t)i + 1;
                break;
            }
            const kiji_mention *o = &d->mentions.v[slot[j] - 1];
            if (o->entity == m->entity && o->end - o->start == len &&
                !memcmp(d->text.ptr + o->start, p, len)) {
                rep[i] = true;
                break;
            }
        }
    }
    free(slot);
    return rep;
}

static int put_doc(kiji_store *s, const kiji_doc *d, sqlite3_int64 *doc_id, kiji_buf *err)
{
    sqlite3_stmt *st = use(s, S_DOC);
    bind_str(st, 1, d->hash);
    bind_str(st, 2, d->source);
    bind_str(st, 3, kiji_format_name(d->format));
    bind_str(st, 4, d->title);
    bind_str(st, 5, d->published);
    bind_str(st, 6, d->url);
    bind_str(st, 7, d->site);
    bind_str(st, 8, d->language);
    sqlite3_bind_blob(st, 9, d->raw, (int)d->raw_len, SQLITE_STATIC);
    bind_text(st, 10, d->text.ptr, d->text.len);
    if (step_done(s, st, err, "storing the document"))
        return KIJI_EDB;
    *doc_id = sqlite3_last_insert_rowid(s->db);
    return KIJI_OK;
}

static int put_parts(kiji_store *s, const kiji_doc *d, sqlite3_int64 doc, kiji_buf *err)
{
    const char *t = d->text.ptr;
    sqlite3_stmt *st;
    for (size_t i = 0; i < d->authors.n; i++) {
        st = use(s, S_AUTHOR);
        sqlite3_bind_int64(st, 1, doc);
        sqlite3_bind_int(st, 2, (int)i);
        bind_str(st, 3, d->authors.v[i]);
        if (step_done(s, st, err, "storing authors"))
            return KIJI_EDB;
    }
    for (size_t i = 0; i < d->paras.n; i++) {
        const kiji_para *p = &d->paras.v[i];
        st = use(s, S_PARA);
        sqlite3_bind_int64(st, 1, doc);
        sqlite3_bind_int(st, 2, (int)i);
        bind_str(st, 3, kiji_para_kind_name(p->kind));
        sqlite3_bind_int(st, 4, (int)p->start);
        sqlite3_bind_int(st, 5, (int)p->end);
        bind_text(st, 6, t + p->start, p->end - p->start);
        if (step_done(s, st, err, "storing paragraphs"))
            return KIJI_EDB;
    }
    for (size_t i = 0; i < d->repairs.n; i++) {
        const kiji_repair *r = &d->repairs.v[i];
        st = use(s, S_REPAIR);
        sqlite3_bind_int64(st, 1, doc);
        sqlite3_bind_int(st, 2, (int)i);
        sqlite3_bind_int(st, 3, (int)r->offset);
        sqlite3_bind_int(st, 4, (int)r->clean_offset);
        bind_str(st, 5, r->before);
        bind_str(st, 6, r->after);
        bind_str(st, 7, r->rule);
        if (step_done(s, st, err, "storing repairs"))
            return KIJI_EDB;
    }
    /* entities: corpus ids, aliases, mentions, roles */
    sqlite3_int64 *ids = kiji_xcalloc(d->entities.n + 1, sizeof *ids);
    int rc = KIJI_OK;
    for (size_t i = 0; i < d->entities.n && !rc; i++) {
        const kiji_entity *e = &d->entities.v[i];
        rc = entity_id(s, e, &ids[i], err);
        if (!rc)
            rc = add_alias(s, ids[i], e->name, strlen(e->name), err);
        if (!rc) {
            st = use(s, S_DOC_ENT);
            sqlite3_bind_int64(st, 1, doc);
            sqlite3_bind_int64(st, 2, ids[i]);
            sqlite3_bind_int(st, 3, (int)i);
            bind_str(st, 4, e->name);
            rc = step_done(s, st, err, "storing the document's entities");
        }
        if (!rc && e->role) {
            st = use(s, S_ROLE);
            sqlite3_bind_int64(st, 1, doc);
            sqlite3_bind_int64(st, 2, ids[i]);
            bind_str(st, 3, e->role);
            bind_str(st, 4, e->org);
            rc = step_done(s, st, err, "storing roles");
        }
    }
    bool *repeated = repeated_mentions(d);
    for (size_t i = 0; i < d->mentions.n && !rc; i++) {
        const kiji_mention *m = &d->mentions.v[i];
        if (m->entity < 0 || (size_t)m->entity >= d->entities.n)
            continue;
        st = use(s, S_MENTION);
        sqlite3_bind_int64(st, 1, doc);
        sqlite3_bind_int64(st, 2, ids[m->entity]);
        sqlite3_bind_int(st, 3, (int)m->start);
        sqlite3_bind_int(st, 4, (int)m->end);
        bind_text(st, 5, t + m->start, m->end - m->start);
        bind_str(st, 6, kiji_entity_how_name(m->how));
        rc = step_done(s, st, err, "storing mentions");
        if (!rc && !repeated[i])
            rc = add_alias(s, ids[m->entity], t + m->start, m->end - m->start, err);
    }
    free(repeated);
    sqlite3_int64 *tx_ids = kiji_xcalloc(d->timexes.n + 1, sizeof *tx_ids);
    for (size_t i = 0; i < d->timexes.n && !rc; i++) {
        const kiji_timex *x = &d->timexes.v[i];
        st = use(s, S_TIMEX);
        sqlite3_bind_int64(st, 1, doc);
        sqlite3_bind_int(st, 2, (int)x->start);
        sqlite3_bind_int(st, 3, (int)x->end);
        bind_text(st, 4, t + x->start, x->end - x->start);
        bind_str(st, 5, kiji_tx_type_name(x->type));
        bind_str(st, 6, x->value);
        bind_str(st, 7, x->mod);
        bind_str(st, 8, x->anchor);
        rc = step_done(s, st, err, "storing dates");
        tx_ids[i] = sqlite3_last_insert_rowid(s->db);
    }
    for (size_t i = 0; i < d->quotes.n && !rc; i++) {
        const kiji_quote *q = &d->quotes.v[i];
        st = use(s, S_QUOTE);
        sqlite3_bind_int64(st, 1, doc);
        sqlite3_bind_int(st, 2, (int)q->start);
        sqlite3_bind_int(st, 3, (int)q->end);
        if (q->text)
            bind_str(st, 4, q->text);
        else
            bind_text(st, 4, t + q->start, q->end - q->start);
        bind_str(st, 5, kiji_quote_kind_name(q->kind));
        if (q->speaker >= 0 && (size_t)q->speaker < d->entities.n)
            sqlite3_bind_int64(st, 6, ids[q->speaker]);
        bind_str(st, 7, q->speaker_name);
        if (q->sp_end > q->sp_start) {
            sqlite3_bind_int(st, 8, (int)q->sp_start);
            sqlite3_bind_int(st, 9, (int)q->sp_end);
        }
        bind_str(st, 10, q->cue);
        bind_str(st, 11, q->rule);
        sqlite3_bind_double(st, 12, q->confidence);
        rc = step_done(s, st, err, "storing quotes");
    }
    for (size_t i = 0; i < d->events.n && !rc; i++) {
        const kiji_event *e = &d->events.v[i];
        st = use(s, S_EVENT);
        sqlite3_bind_int64(st, 1, doc);
        bind_str(st, 2, e->date);
        bind_str(st, 3, e->mod);
        sqlite3_bind_int(st, 4, (int)e->start);
        sqlite3_bind_int(st, 5, (int)e->end);
        bind_text(st, 6, t + e->start, e->end - e->start);
        if (e->timex >= 0 && (size_t)e->timex < d->timexes.n)
            sqlite3_bind_int64(st, 7, tx_ids[e->timex]);
        rc = step_done(s, st, err, "storing events");
    }
    free(tx_ids);
    free(ids);
    return rc;
}

int kiji_store_put(kiji_store *s, const kiji_doc *d, int *status, kiji_buf *err)
{
    assert(!s->read_only);
    *status = KIJI_STORED_NEW;
    if (s->batch ? exec(s, "SAVEPOINT doc", err) : begin_write(s, err))
        return KIJI_EDB;
    /* a rollback below also undoes any indexing done in between */
    sqlite3_int64 fts_para = s->fts_para, fts_quote = s->fts_quote;
    int rc = KIJI_OK;
    if (kiji_store_has(s, d->hash)) {
        *status = KIJI_STORED_SAME;
    } else {
        /* a changed file under the same path replaces the old one */
        sqlite3_stmt *st = use(s, S_BY_SOURCE);
        bind_str(st, 1, d->source);
        sqlite3_int64 old = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
        sqlite3_reset(st);
        if (old) {
            /* the delete triggers take rows out of the full-text indexes:
             * every row must be in them first */
            rc = fts_sync(s, err);
            st = use(s, S_DELETE);
            sqlite3_bind_int64(st, 1, old);
            if (!rc)
                rc = step_done(s, st, err, "replacing the old version");
            *status = KIJI_STORED_REPLACED;
        }
        sqlite3_int64 doc = 0;
        if (!rc)
            rc = put_doc(s, d, &doc, err);
        if (!rc)
            rc = put_parts(s, d, doc, err);
        if (!rc && old)
            rc = exec(s,
                      "DELETE FROM entities WHERE id NOT IN (SELECT entity_id FROM doc_entities)",
                      err);
    }
    if (rc) {
        exec(s, s->batch ? "ROLLBACK TO doc; RELEASE doc" : "ROLLBACK", NULL);
        s->fts_para = fts_para, s->fts_quote = fts_quote;
        return KIJI_EDB;
    }
    if ((!s->batch && fts_sync(s, err)) || exec(s, s->batch ? "RELEASE doc" : "COMMIT", err)) {
        exec(s, s->batch ? "ROLLBACK TO doc; RELEASE doc" : "ROLLBACK", NULL);
        s->fts_para = fts_para, s->fts_quote = fts_quote;
        return KIJI_EDB;
    }
    return KIJI_OK;
}
