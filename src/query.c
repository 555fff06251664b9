/*
 * query.c: the read side of the database (see query.h): the JSONL export,
 * read-only SQL with table/CSV/JSON output, quote search and `show`.
 */
#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>

#include "kiji/entities.h"
#include "kiji/json.h"
#include "kiji/query.h"
#include "kiji/utf8.h"

static int fail(sqlite3 *db, kiji_buf *err, const char *what)
{
    kiji_buf_printf(err, "%s: %s", what, sqlite3_errmsg(db));
    return KIJI_EDB;
}

static const char *col_text(sqlite3_stmt *st, int i)
{
    return (const char *)sqlite3_column_text(st, i);
}

static void json_col(kiji_json *j, sqlite3_stmt *st, int i)
{
    switch (sqlite3_column_type(st, i)) {
    case SQLITE_NULL: kiji_json_null(j); break;
    case SQLITE_INTEGER: kiji_json_int(j, sqlite3_column_int64(st, i)); break;
    case SQLITE_FLOAT: kiji_json_num(j, sqlite3_column_double(st, i)); break;
    case SQLITE_BLOB: {
        char tmp[32];
        snprintf(tmp, sizeof tmp, "<blob %d bytes>", sqlite3_column_bytes(st, i));
        kiji_json_str(j, tmp);
        break;
    }
    default:
        kiji_json_strn(j, col_text(st, i), (size_t)sqlite3_column_bytes(st, i));
    }
}

/* ------------------------------------------------------------------ */
/* export                                                              */

static sqlite3_stmt *prep(sqlite3 *db, const char *sql, kiji_buf *err)
{
    sqlite3_stmt *st = NULL;
    if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK) {
        fail(db, err, "preparing a query");
        return NULL;
    }
    return st;
}

static void export_doc(sqlite3 *db, sqlite3_stmt **q, sqlite3_int64 id, kiji_json *j)
{
    /* authors */
    kiji_json_key(j, "authors");
    kiji_json_arr(j);
    sqlite3_bind_int64(q[0], 1, id);
    while (sqlite3_step(q[0]) == SQLITE_ROW)
        json_col(j, q[0], 0);
    sqlite3_reset(q[0]);
    kiji_json_arr_end(j);
    /* body text and captions from the paragraphs */
    kiji_buf body = KIJI_BUF_INIT;
    kiji_json_key(j, "captions");
    kiji_json_arr(j);
    sqlite3_bind_int64(q[1], 1, id);
    bool open_caption = false;
    while (sqlite3_step(q[1]) == SQLITE_ROW) {
        const char *kind = col_text(q[1], 0);
        const char *text = col_text(q[1], 1);
        size_t n = (size_t)sqlite3_column_bytes(q[1], 1);
        if (!strcmp(kind, "body")) {
            if (body.len)
                kiji_buf_puts(&body, "\n\n");
            kiji_buf_put(&body, text, n);
        } else if (!strcmp(kind, "caption")) {
            if (open_caption) {
                kiji_json_key(j, "credit");
                kiji_json_null(j);
                kiji_json_obj_end(j);
            }
            kiji_json_obj(j);
            kiji_json_key(j, "text");
            kiji_json_strn(j, text, n);
            open_caption = true;
        } else if (!strcmp(kind, "credit") && open_caption) {
            kiji_json_key(j, "credit");
            kiji_json_strn(j, text, n);
            kiji_json_obj_end(j);
            open_caption = false;
        }
    }
    if (open_caption) {
        kiji_json_key(j, "credit");
        kiji_json_null(j);
        kiji_json_obj_end(j);
    }
    sqlite3_reset(q[1]);
    kiji_json_arr_end(j);
    kiji_json_key(j, "text");
    kiji_json_strn(j, body.ptr, body.len);
    kiji_buf_free(&body);
    /* quotes */
    kiji_json_key(j, "quotes");
    kiji_json_arr(j);
    sqlite3_bind_int64(q[2], 1, id);
    while (sqlite3_step(q[2]) == SQLITE_ROW) {
        static const char *const keys[] = {"text", "kind", "speaker", "speaker_type", "cue",
                                           "rule", "confidence", "start", "end"};
        kiji_json_obj(j);
        for (int c = 0; c < 9; c++) {
            kiji_json_key(j, keys[c]);
            json_col(j, q[2], c);
        }
        kiji_json_obj_end(j);
    }
    sqlite3_reset(q[2]);
    kiji_json_arr_end(j);
    /* entities with their mention texts */
    kiji_json_key(j, "entities");
    kiji_json_arr(j);
    sqlite3_bind_int64(q[3], 1, id);
    sqlite3_int64 cur = -1;
    while (sqlite3_step(q[3]) == SQLITE_ROW) {
        sqlite3_int64 eid = sqlite3_column_int64(q[3], 0);
        if (eid != cur) {
            if (cur >= 0) {
                kiji_json_arr_end(j);
                kiji_json_obj_end(j);
            }
            cur = eid;
            kiji_json_obj(j);
            kiji_json_key(j, "name");
            json_col(j, q[3], 1);
            kiji_json_key(j, "type");
            json_col(j, q[3], 2);
            kiji_json_key(j, "role");
            json_col(j, q[3], 4);
            kiji_json_key(j, "mentions");
            kiji_json_arr(j);
        }
        if (sqlite3_column_type(q[3], 3) != SQLITE_NULL) /* an entity with no mention */
            json_col(j, q[3], 3);
    }
    if (cur >= 0) {
        kiji_json_arr_end(j);
        kiji_json_obj_end(j);
    }
    sqlite3_reset(q[3]);
    kiji_json_arr_end(j);
    /* dates */
    kiji_json_key(j, "timexes");
    kiji_json_arr(j);
    sqlite3_bind_int64(q[4], 1, id);
    while (sqlite3_step(q[4]) == SQLITE_ROW) {
        static const char *const keys[] = {"text", "type", "value", "mod", "anchor", "start",
                                           "end"};
        kiji_json_obj(j);
        for (int c = 0; c < 7; c++) {
            kiji_json_key(j, keys[c]);
            json_col(j, q[4], c);
        }
        kiji_json_obj_end(j);
    }
    sqlite3_reset(q[4]);
    kiji_json_arr_end(j);
    (void)db;
}

int kiji_query_export_jsonl(kiji_store *s, FILE *out, kiji_buf *err)
{
    sqlite3 *db = kiji_store_db(s);
    static const char *const sub[] = {
        "SELECT name FROM authors WHERE doc_id = ?1 ORDER BY seq",
        "SELECT kind, text FROM paragraphs WHERE doc_id = ?1 ORDER BY seq",
        "SELECT q.text, q.kind, q.speaker, e.type, q.cue, q.rule, q.confidence, q.start, "
        "q.end FROM quotes q LEFT JOIN entities e ON e.id = q.speaker_id "
        "WHERE q.doc_id = ?1 ORDER BY q.start",
        "SELECT e.id, de.name, e.type, m.text, r.role FROM doc_entities de "
        "JOIN entities e ON e.id = de.entity_id "
        "LEFT JOIN mentions m ON m.doc_id = de.doc_id AND m.entity_id = de.entity_id "
        "LEFT JOIN roles r ON r.doc_id = de.doc_id AND r.entity_id = de.entity_id "
        "WHERE de.doc_id = ?1 GROUP BY e.id, m.text ORDER BY de.seq, min(m.start)",
        ("SELECT text, type, value, mod, anchor, start, end FROM timexes "
         "WHERE doc_id = ?1 ORDER BY start"),
    };
    sqlite3_stmt *q[5] = {0};
    sqlite3_stmt *docs = prep(db, "SELECT id, source, format, title, published, url, site, "
                                  "language, hash FROM documents ORDER BY id", err);
    int rc = docs ? KIJI_OK : KIJI_EDB;
    for (int i = 0; i < 5 && !rc; i++)
        if (!(q[i] = prep(db, sub[i], err)))
            rc = KIJI_EDB;
    kiji_buf b = KIJI_BUF_INIT;
    while (!rc && sqlite3_step(docs) == SQLITE_ROW) {
        static const char *const keys[] = {"id",  "source", "format",   "title", "published",
                                           "url", "site",   "language", "hash"};
        kiji_buf_clear(&b);
        kiji_json j;
        kiji_json_init(&j, &b);
        kiji_json_obj(&j);
        for (int c = 0; c < 9; c++) {
            kiji_json_key(&j, keys[c]);
            json_col(&j, docs, c);
        }
        export_doc(db, q, sqlite3_column_int64(docs, 0), &j);
        kiji_json_obj_end(&j);
        kiji_buf_putc(&b, '\n');
        if (fwrite(b.ptr, 1, b.len, out) != b.len) {
            kiji_buf_puts(err, "writing the export failed");
            rc = KIJI_EIO;
        }
    }
    kiji_buf_free(&b);
    for (int i = 0; i < 5; i++)
        sqlite3_finalize(q[i]);
    sqlite3_finalize(docs);
    return rc;
}

/* ------------------------------------------------------------------ */
/* rows: table, CSV, JSON                                              */

#define TABLE_CELL_MAX 60

static size_t display_width(const char *s, size_t n)
{
    size_t w = 0;
    for (size_t i = 0; i < n; i++)
        w += ((unsigned char)s[i] & 0xC0) != 0x80;
    return w;
}

/* Copy a cell for the table: one line, at most TABLE_CELL_MAX characters. */
static void table_cell(kiji_buf *b, const char *s, size_t n)
{
    size_t w = 0;
    for (size_t i = 0; i < n;) {
        size_t l;
        int32_t cp = kiji_utf8_decode(s + i, n - i, &l);
        if (w == TABLE_CELL_MAX - 1 && i + l < n) {
            kiji_buf_puts(b, "\xE2\x80\xA6");
            return;
        }
        if (cp < 0)
            kiji_buf_puts(b, "\xEF\xBF\xBD");
        else if (cp == '\n' || cp == '\t' || cp == '\r')
            kiji_buf_putc(b, ' ');
        else
            kiji_buf_put(b, s + i, l);
        w++;
        i += l;
    }
}

static void csv_cell(FILE *out, const char *s, size_t n)
{
    bool q = false;
    for (size_t i = 0; i < n && !q; i++)
        q = s[i] == ',' || s[i] == '"' || s[i] == '\n' || s[i] == '\r';
    if (!q) {
        fwrite(s, 1, n, out);
        return;
    }
    fputc('"', out);
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '"')
            fputc('"', out);
        fputc(s[i], out);
    }
    fputc('"', out);
}

/* Print every row of a prepared statement. */
static int print_rows(sqlite3 *db, sqlite3_stmt *st, kiji_out_format f, FILE *out, kiji_buf *err)
{
    int nc = sqlite3_column_count(st);
    if (nc == 0) {
        while (sqlite3_step(st) == SQLITE_ROW)
            ;
        return KIJI_OK;
    }
    kiji_buf cells = KIJI_BUF_INIT;
    KIJI_VEC(size_t) offs = {0};
    size_t *width = kiji_xcalloc((size_t)nc, sizeof *width);
    kiji_buf jb = KIJI_BUF_INIT;
    kiji_json j;
    kiji_json_init(&j, &jb);
    if (f == KIJI_OUT_CSV) {
        for (int c = 0; c < nc; c++) {
            if (c)
                fputc(',', out);
            const char *name = sqlite3_column_name(st, c);
            csv_cell(out, name, strlen(name));
        }
        fputc('\n', out);
    } else if (f == KIJI_OUT_JSON) {
        kiji_json_arr(&j);
    } else {
        for (int c = 0; c < nc; c++) {
            size_t o = cells.len;
            table_cell(&cells, sqlite3_column_name(st, c), strlen(sqlite3_column_name(st, c)));
            kiji_buf_putc(&cells, 0);
            KIJI_VEC_PUSH(offs, o);
            width[c] = display_width(cells.ptr + o, cells.len - o - 1);
        }
    }
    int rc;
    size_t rows = 0;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        rows++;
        if (f == KIJI_OUT_JSON) {
            kiji_json_obj(&j);
            for (int c = 0; c < nc; c++) {
                kiji_json_key(&j, sqlite3_column_name(st, c));
                json_col(&j, st, c);
            }
            kiji_json_obj_end(&j);
            fwrite(jb.ptr, 1, jb.len, out);
            kiji_buf_clear(&jb);
            continue;
        }
        for (int c = 0; c < nc; c++) {
            const char *v = col_text(st, c);
            size_t n = (size_t)sqlite3_column_bytes(st, c);
            if (sqlite3_column_type(st, c) == SQLITE_BLOB) {
                v = "<blob>";
                n = 6;
            } else if (!v) {
                v = f == KIJI_OUT_TABLE ? "NULL" : "";
                n = strlen(v);
            }
            if (f == KIJI_OUT_CSV) {
                if (c)
                    fputc(',', out);
                csv_cell(out, v, n);
                continue;
            }
            size_t o = cells.len;
            table_cell(&cells, v, n);
            kiji_buf_putc(&cells, 0);
            KIJI_VEC_PUSH(offs, o);
            size_t w = display_width(cells.ptr + o, cells.len - o - 1);
            if (w > width[c])
                width[c] = w;
        }
        if (f == KIJI_OUT_CSV)
            fputc('\n', out);
    }
    if (rc != SQLITE_DONE)
        fail(db, err, "running the query");
    if (f == KIJI_OUT_JSON) {
        kiji_json_arr_end(&j);
        fwrite(jb.ptr, 1, jb.len, out);
        fputc('\n', out);
    } else if (f == KIJI_OUT_TABLE && rc == SQLITE_DONE) {
        for (size_t r = 0; r <= rows; r++) {
            for (int c = 0; c < nc; c++) {
                const char *v = cells.ptr + offs.v[r * (size_t)nc + (size_t)c];
                fputs(v, out);
                if (c + 1 < nc)
                    for (size_t k = display_width(v, strlen(v)); k < width[c] + 2; k++)
                        fputc(' ', out);
            }
            fputc('\n', out);
            if (r == 0) {
                for (int c = 0; c < nc; c++) {
                    for (size_t k = 0; k < width[c]; k++)
                        fputc('-', out);
                    if (c + 1 < nc)
                        fputs("  ", out);
                }
                fputc('\n', out);
            }
        }
        fprintf(out, "(%zu row%s)\n", rows, rows == 1 ? "" : "s");
    }
    kiji_buf_free(&jb);
    kiji_buf_free(&cells);
    KIJI_VEC_FREE(offs);
    free(width);
    return rc == SQLITE_DONE ? KIJI_OK : KIJI_EDB;
}

int kiji_query_sql(kiji_store *s, const char *sql, kiji_out_format f, FILE *out, kiji_buf *err)
{
    sqlite3 *db = kiji_store_db(s);
    const char *tail = sql;
    int rc = KIJI_OK;
    while (!rc && tail && *tail) {
        sqlite3_stmt *st = NULL;
        if (sqlite3_prepare_v2(db, tail, -1, &st, &tail) != SQLITE_OK) {
            const char *m = sqlite3_errmsg(db);
            if (strstr(m, "not authorized"))
                kiji_buf_printf(err, "refused: kiji sql is read-only (%s)", m);
            else
                kiji_buf_printf(err, "%s", m);
            return KIJI_EUSAGE;
        }
        if (!st)
            continue; /* white space or a comment */
        if (!sqlite3_stmt_readonly(st)) {
            sqlite3_finalize(st);
            kiji_buf_puts(err, "refused: kiji sql is read-only");
            return KIJI_EUSAGE;
        }
        rc = print_rows(db, st, f, out, err);
        if (rc && (sqlite3_errcode(db) == SQLITE_AUTH || strstr(sqlite3_errmsg(db), "not authorized"))) {
            kiji_buf_clear(err);
            kiji_buf_puts(err, "refused: kiji sql is read-only (not authorized)");
            rc = KIJI_EUSAGE;
        }
        sqlite3_finalize(st);
    }
    return rc;
}

/* ------------------------------------------------------------------ */
/* quotes                                                              */

/* The user's search words as an FTS5 query: operators (AND OR NOT NEAR),
 * "phrases" and plain words pass; a word with other characters
 * ("long-range", "U.S.") becomes a phrase, which FTS5 splits into its
 * words, instead of a syntax error. */
static void fts_query(kiji_buf *out, const char *s)
{
    while (*s) {
        while (*s == ' ' || *s == '\t')
            s++;
        if (!*s)
            break;
        const char *w = s;
        if (*s == '"') {
            const char *e = strchr(s + 1, '"');
            s = e ? e + 1 : s + strlen(s);
            if (out->len)
                kiji_buf_putc(out, ' ');
            kiji_buf_put(out, w, (size_t)(s - w));
            if (!e)
                kiji_buf_putc(out, '"');
            continue;
        }
        while (*s && *s != ' ' && *s != '\t')
            s++;
        size_t n = (size_t)(s - w);
        bool bare = true;
        for (size_t i = 0; i < n; i++) {
            unsigned char ch = (unsigned char)w[i];
            if (!(ch >= 0x80 || ch == '_' || (ch >= '0' && ch <= '9') || ((ch | 32) >= 'a' &&
                                                                        (ch | 32) <= 'z')) &&
                !(ch == '*' && i == n - 1 && i > 0))
                bare = false;
        }
        if (out->len)
            kiji_buf_putc(out, ' ');
        if (bare) {
            kiji_buf_put(out, w, n);
            continue;
        }
        kiji_buf_putc(out, '"');
        for (size_t i = 0; i < n; i++) {
            if (w[i] == '"')
                kiji_buf_putc(out, '"');
            kiji_buf_putc(out, w[i]);
        }
        kiji_buf_putc(out, '"');
    }
}

int kiji_query_quotes(kiji_store *s, const kiji_quote_filter *q, FILE *out, kiji_buf *err)
{
    sqlite3 *db = kiji_store_db(s);
    kiji_buf sql = KIJI_BUF_INIT;
    kiji_buf_puts(&sql, "SELECT v.published AS date, v.speaker AS speaker, v.quote AS quote, "
                        "v.kind AS kind, v.role AS role, v.title AS title, v.source AS source "
                        "FROM quote_view v WHERE v.kind <> 'term'");
    if (q->speaker)
        kiji_buf_puts(&sql, " AND (v.speaker LIKE '%' || ?1 || '%' OR v.speaker_id IN "
                            "(SELECT entity_id FROM entity_aliases WHERE alias = ?1))");
    if (q->search)
        kiji_buf_puts(&sql, " AND v.quote_id IN (SELECT rowid FROM quotes_fts "
                            "WHERE quotes_fts MATCH ?2)");
    if (q->since)
        kiji_buf_puts(&sql, " AND v.published >= ?3");
    if (q->until)
        kiji_buf_puts(&sql, " AND substr(v.published, 1, length(?4)) <= ?4");
    kiji_buf_puts(&sql, " ORDER BY v.published, v.doc_id, v.quote_id");
    if (q->limit > 0)
        kiji_buf_printf(&sql, " LIMIT %d", q->limit);
    sqlite3_stmt *st = prep(db, sql.ptr, err);
    kiji_buf_free(&sql);
    if (!st)
        return KIJI_EDB;
    if (q->speaker)
        sqlite3_bind_text(st, 1, q->speaker, -1, SQLITE_STATIC);
    kiji_buf fq = KIJI_BUF_INIT;
    if (q->search) {
        /* plain words are an implicit AND; a phrase goes in quotes */
        fts_query(&fq, q->search);
        sqlite3_bind_text(st, 2, fq.ptr, (int)fq.len, SQLITE_STATIC);
    }
    if (q->since)
        sqlite3_bind_text(st, 3, q->since, -1, SQLITE_STATIC);
    if (q->until)
        sqlite3_bind_text(st, 4, q->until, -1, SQLITE_STATIC);
    int rc = print_rows(db, st, q->format, out, err);
    sqlite3_finalize(st);
    kiji_buf_free(&fq);
    return rc;
}

/* ------------------------------------------------------------------ */
/* show                                                                */

int kiji_query_show(kiji_store *s, const char *which, FILE *out, kiji_buf *err)
{
    sqlite3 *db = kiji_store_db(s);
    sqlite3_stmt *st = prep(db,
                            "SELECT id, source, format, title, published, hash FROM documents "
                            "WHERE CAST(id AS TEXT) = ?1 OR source = ?1 "
                            "OR hash LIKE ?1 || '%' ORDER BY id LIMIT 2",
                            err);
    if (!st)
        return KIJI_EDB;
    sqlite3_bind_text(st, 1, which, -1, SQLITE_STATIC);
    if (sqlite3_step(st) != SQLITE_ROW) {
        sqlite3_finalize(st);
        kiji_buf_printf(err, "no document '%s' (give an id, a source path or a hash prefix)",
                        which);
        return KIJI_EUSAGE;
    }
    sqlite3_int64 id = sqlite3_column_int64(st, 0);
    fprintf(out, "document %lld: %s (%s)\n", (long long)id, col_text(st, 1), col_text(st, 2));
    fprintf(out, "title:     %s\n", col_text(st, 3) ? col_text(st, 3) : "-");
    fprintf(out, "published: %s\n", col_text(st, 4) ? col_text(st, 4) : "-");
    fprintf(out, "sha256:    %s\n", col_text(st, 5));
    sqlite3_finalize(st);
    static const struct {
        const char *title, *sql;
    } parts[] = {
        {"authors", "SELECT name FROM authors WHERE doc_id = ?1 ORDER BY seq"},
        {"paragraphs", "SELECT seq, kind, text FROM paragraphs WHERE doc_id = ?1 ORDER BY seq"},
        {"quotes", "SELECT kind, speaker, cue, rule, text FROM quotes WHERE doc_id = ?1 "
                   "ORDER BY start"},
        {"entities", "SELECT e.name, e.type, count(*) AS mentions, max(r.role) AS role "
                     "FROM mentions m JOIN entities e ON e.id = m.entity_id LEFT JOIN roles r "
                     "ON r.doc_id = m.doc_id AND r.entity_id = e.id WHERE m.doc_id = ?1 "
                     "GROUP BY e.id ORDER BY min(m.start)"},
        {"dates", "SELECT text, type, value, mod FROM timexes WHERE doc_id = ?1 ORDER BY start"},
        {"repairs", "SELECT offset, rule, before, after FROM repairs WHERE doc_id = ?1 "
                    "ORDER BY seq"},
    };
    int rc = KIJI_OK;
    for (size_t i = 0; i < sizeof parts / sizeof *parts && !rc; i++) {
        fprintf(out, "\n== %s\n", parts[i].title);
        st = prep(db, parts[i].sql, err);
        if (!st)
            return KIJI_EDB;
        sqlite3_bind_int64(st, 1, id);
        rc = print_rows(db, st, KIJI_OUT_TABLE, out, err);
        sqlite3_finalize(st);
    }
    return rc;
}

/* ------------------------------------------------------------------ */
/* documents back from the database (kiji merge)                       */

static const char *arena_col(kiji_doc *d, sqlite3_stmt *st, int i)
{
    const char *t = col_text(st, i);
    return t ? kiji_arena_strndup(&d->arena, t, (size_t)sqlite3_column_bytes(st, i)) : NULL;
}

static int enum_by_name(const char *s, const char *(*names)(int), int count)
{
    for (int i = 0; s && i < count; i++)
        if (!strcmp(names(i), s))
            return i;
    return 0;
}

static const char *q_fmt(int i) { return kiji_format_name((kiji_format)i); }
static const char *q_para(int i) { return kiji_para_kind_name((kiji_para_kind)i); }
static const char *q_ent(int i) { return kiji_ent_type_name((kiji_ent_type)i); }
static const char *q_tx(int i) { return kiji_tx_type_name((kiji_tx_type)i); }
static const char *q_quote(int i) { return kiji_quote_kind_name((kiji_quote_kind)i); }

/* Corpus ids to a document's indexes: a small open-addressing map, so a
 * document with many entities and mentions loads in linear time. */
typedef struct {
    sqlite3_int64 *key;
    int *val;
    size_t mask, n;
} idmap;

static void idmap_put(idmap *m, sqlite3_int64 key, int val);

static int idmap_get(const idmap *m, sqlite3_int64 key)
{
    if (!m->key)
        return -1;
    for (size_t h = ((uint64_t)key * 0x9E3779B97F4A7C15ull) & m->mask;; h = (h + 1) & m->mask) {
        if (m->val[h] < 0)
            return -1;
        if (m->key[h] == key)
            return m->val[h];
    }
}

static void idmap_grow(idmap *m)
{
    idmap old = *m;
    size_t size = old.key ? (old.mask + 1) * 2 : 64;
    m->key = kiji_xcalloc(size, sizeof *m->key);
    m->val = kiji_xmalloc(size * sizeof *m->val);
    for (size_t i = 0; i < size; i++)
        m->val[i] = -1;
    m->mask = size - 1;
    m->n = 0;
    for (size_t i = 0; old.key && i <= old.mask; i++)
        if (old.val[i] >= 0)
            idmap_put(m, old.key[i], old.val[i]);
    free(old.key);
    free(old.val);
}

static void idmap_put(idmap *m, sqlite3_int64 key, int val)
{
    if (!m->key || 2 * (m->n + 1) > m->mask + 1)
        idmap_grow(m);
    size_t h = ((uint64_t)key * 0x9E3779B97F4A7C15ull) & m->mask;
    while (m->val[h] >= 0 && m->key[h] != key)
        h = (h + 1) & m->mask;
    if (m->val[h] < 0)
        m->n++;
    m->key[h] = key;
    m->val[h] = val;
}

static void idmap_free(idmap *m)
{
    free(m->key);
    free(m->val);
}

int kiji_query_doc_ids(kiji_store *s, long long **ids, size_t *n, kiji_buf *err)
{
    sqlite3 *db = kiji_store_db(s);
    sqlite3_stmt *st = prep(db, "SELECT id FROM documents ORDER BY id", err);
    if (!st)
        return KIJI_EDB;
    KIJI_VEC(long long) v = {0};
    while (sqlite3_step(st) == SQLITE_ROW) {
        long long id = sqlite3_column_int64(st, 0);
        KIJI_VEC_PUSH(v, id);
    }
    sqlite3_finalize(st);
    *ids = v.v;
    *n = v.n;
    return KIJI_OK;
}

kiji_doc *kiji_query_load_doc(kiji_store *s, long long id, kiji_buf *err)
{
    sqlite3 *db = kiji_store_db(s);
    sqlite3_stmt *st = prep(db, "SELECT source, format, hash, title, published, url, site, "
                                "language, raw, clean FROM documents WHERE id = ?1", err);
    if (!st)
        return NULL;
    sqlite3_bind_int64(st, 1, id);
    if (sqlite3_step(st) != SQLITE_ROW) {
        sqlite3_finalize(st);
        kiji_buf_printf(err, "no document %lld", id);
        return NULL;
    }
    kiji_doc *d = kiji_doc_new(col_text(st, 0), sqlite3_column_blob(st, 8),
                               (size_t)sqlite3_column_bytes(st, 8));
    d->format = (kiji_format)enum_by_name(col_text(st, 1), q_fmt, KIJI_FMT_JSONL + 1);
    snprintf(d->hash, sizeof d->hash, "%s", col_text(st, 2) ? col_text(st, 2) : "");
    d->title = arena_col(d, st, 3);
    d->published = arena_col(d, st, 4);
    d->url = arena_col(d, st, 5);
    d->site = arena_col(d, st, 6);
    d->language = arena_col(d, st, 7);
    kiji_buf_put(&d->text, col_text(st, 9), (size_t)sqlite3_column_bytes(st, 9));
    sqlite3_finalize(st);

    static const char *const sql[] = {
        "SELECT de.entity_id, de.name, e.name, e.type, "
        "(SELECT role FROM roles r WHERE r.doc_id = de.doc_id AND r.entity_id = de.entity_id), "
        "(SELECT org FROM roles r WHERE r.doc_id = de.doc_id AND r.entity_id = de.entity_id) "
        "FROM doc_entities de JOIN entities e ON e.id = de.entity_id WHERE de.doc_id = ?1 "
        "ORDER BY de.seq",
        "SELECT name FROM authors WHERE doc_id = ?1 ORDER BY seq",
        "SELECT kind, start, end FROM paragraphs WHERE doc_id = ?1 ORDER BY seq",
        "SELECT offset, clean_offset, before, after, rule FROM repairs WHERE doc_id = ?1 "
        "ORDER BY seq",
        "SELECT m.entity_id, e.name, e.type, m.start, m.end, m.how, "
        "(SELECT role FROM roles r WHERE r.doc_id = m.doc_id AND r.entity_id = m.entity_id), "
        "(SELECT org FROM roles r WHERE r.doc_id = m.doc_id AND r.entity_id = m.entity_id) "
        "FROM mentions m JOIN entities e ON e.id = m.entity_id WHERE m.doc_id = ?1 "
        "ORDER BY m.rowid",
        "SELECT id, start, end, type, value, mod, anchor FROM timexes WHERE doc_id = ?1 "
        "ORDER BY id",
        "SELECT start, end, kind, speaker_id, speaker, speaker_start, speaker_end, cue, rule, "
        "confidence, text FROM quotes WHERE doc_id = ?1 ORDER BY id",
        "SELECT start, end, timex_id, date, mod FROM events WHERE doc_id = ?1 ORDER BY id",
    };
    idmap ent_ids = {0}, tx_ids = {0};
    for (size_t k = 0; k < sizeof sql / sizeof *sql; k++) {
        st = prep(db, sql[k], err);
        if (!st) {
            idmap_free(&ent_ids);
            idmap_free(&tx_ids);
            kiji_doc_free(d);
            return NULL;
        }
        sqlite3_bind_int64(st, 1, id);
        while (sqlite3_step(st) == SQLITE_ROW) {
            switch (k) {
            case 0: {
                kiji_entity x;
                memset(&x, 0, sizeof x);
                x.name = arena_col(d, st, 1);
                const char *corpus = col_text(st, 2);
                if (corpus && x.name && strcmp(corpus, x.name))
                    x.canon = arena_col(d, st, 2);
                x.type = (uint8_t)enum_by_name(col_text(st, 3), q_ent, KIJI_ENT_NTYPES);
                x.role = arena_col(d, st, 4);
                x.org = arena_col(d, st, 5);
                x.first = -1;
                idmap_put(&ent_ids, sqlite3_column_int64(st, 0), (int)d->entities.n);
                KIJI_VEC_PUSH(d->entities, x);
                break;
            }
            case 1: {
                const char *a = arena_col(d, st, 0);
                KIJI_VEC_PUSH(d->authors, a);
                break;
            }
            case 2: {
                kiji_para p = {(uint32_t)sqlite3_column_int(st, 1),
                               (uint32_t)sqlite3_column_int(st, 2),
                               (uint8_t)enum_by_name(col_text(st, 0), q_para, KIJI_PARA_NKINDS),
                               false};
                KIJI_VEC_PUSH(d->paras, p);
                break;
            }
            case 3: {
                kiji_repair r = {(uint32_t)sqlite3_column_int(st, 0),
                                 (uint32_t)sqlite3_column_int(st, 1), arena_col(d, st, 2),
                                 arena_col(d, st, 3), arena_col(d, st, 4)};
                KIJI_VEC_PUSH(d->repairs, r);
                break;
            }
            case 4: {
                sqlite3_int64 eid = sqlite3_column_int64(st, 0);
                int e = idmap_get(&ent_ids, eid);
                if (e < 0) {
                    kiji_entity x;
                    memset(&x, 0, sizeof x);
                    x.name = arena_col(d, st, 1);
                    x.type = (uint8_t)enum_by_name(col_text(st, 2), q_ent, KIJI_ENT_NTYPES);
                    x.role = arena_col(d, st, 6);
                    x.org = arena_col(d, st, 7);
                    x.first = (int)d->mentions.n;
                    e = (int)d->entities.n;
                    KIJI_VEC_PUSH(d->entities, x);
                    idmap_put(&ent_ids, eid, e);
                }
                if (d->entities.v[e].first < 0)
                    d->entities.v[e].first = (int)d->mentions.n;
                d->entities.v[e].nmentions++;
                const char *how = col_text(st, 5);
                kiji_mention m = {(uint32_t)sqlite3_column_int(st, 3),
                                  (uint32_t)sqlite3_column_int(st, 4), e, 0};
                for (int h = 1; how && h < 32; h++)
                    if (!strcmp(kiji_entity_how_name(h), how)) {
                        m.how = (uint8_t)h;
                        break;
                    }
                KIJI_VEC_PUSH(d->mentions, m);
                break;
            }
            case 5: {
                idmap_put(&tx_ids, sqlite3_column_int64(st, 0), (int)d->timexes.n);
                kiji_timex x = {(uint32_t)sqlite3_column_int(st, 1),
                                (uint32_t)sqlite3_column_int(st, 2),
                                (uint8_t)enum_by_name(col_text(st, 3), q_tx, KIJI_TX_SET + 1),
                                arena_col(d, st, 4), arena_col(d, st, 5), arena_col(d, st, 6)};
                KIJI_VEC_PUSH(d->timexes, x);
                break;
            }
            case 6: {
                kiji_quote q;
                memset(&q, 0, sizeof q);
                q.start = (uint32_t)sqlite3_column_int(st, 0);
                q.end = (uint32_t)sqlite3_column_int(st, 1);
                q.kind = (uint8_t)enum_by_name(col_text(st, 2), q_quote, KIJI_Q_TERM + 1);
                q.speaker = sqlite3_column_type(st, 3) == SQLITE_NULL
                                ? -1
                                : idmap_get(&ent_ids, sqlite3_column_int64(st, 3));
                q.speaker_name = arena_col(d, st, 4);
                q.sp_start = (uint32_t)sqlite3_column_int(st, 5);
                q.sp_end = (uint32_t)sqlite3_column_int(st, 6);
                q.cue = arena_col(d, st, 7);
                q.rule = arena_col(d, st, 8);
                q.confidence = (float)sqlite3_column_double(st, 9);
                const char *qt = col_text(st, 10);
                size_t qn = (size_t)sqlite3_column_bytes(st, 10);
                if (qt && q.end <= d->text.len && q.start <= q.end &&
                    (qn != q.end - q.start || memcmp(qt, d->text.ptr + q.start, qn)))
                    q.text = arena_col(d, st, 10);
                KIJI_VEC_PUSH(d->quotes, q);
                break;
            }
            default: {
                kiji_event e = {(uint32_t)sqlite3_column_int(st, 0),
                                (uint32_t)sqlite3_column_int(st, 1), -1, arena_col(d, st, 3),
                                arena_col(d, st, 4)};
                if (sqlite3_column_type(st, 2) != SQLITE_NULL)
                    e.timex = idmap_get(&tx_ids, sqlite3_column_int64(st, 2));
                KIJI_VEC_PUSH(d->events, e);
            }
            }
        }
        sqlite3_finalize(st);
    }
    idmap_free(&ent_ids);
    idmap_free(&tx_ids);
    return d;
}
