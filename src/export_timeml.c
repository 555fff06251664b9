/*
 * export_timeml.c: kiji export --format timeml (see timeml.h).  The read
 * side of the database like query.c, so it speaks SQL (read-only) through
 * kiji_store_db; the TimeML writer itself is a pure function.
 */
#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>

#include "kiji/timeml.h"
#include "kiji/utf8.h"

/* s[0..n) as XML character data (or an attribute value when attr). */
static void xml_escape(kiji_buf *out, const char *s, size_t n, bool attr)
{
    size_t i = 0;
    while (i < n) {
        unsigned char c = (unsigned char)s[i];
        if (c == '&') {
            kiji_buf_puts(out, "&amp;");
        } else if (c == '<') {
            kiji_buf_puts(out, "&lt;");
        } else if (c == '>') {
            kiji_buf_puts(out, "&gt;");
        } else if (attr && c == '"') {
            kiji_buf_puts(out, "&quot;");
        } else if (attr && (c == '\n' || c == '\t' || c == '\r')) {
            kiji_buf_printf(out, "&#%d;", c);
        } else if (c < 0x20 && c != '\n' && c != '\t' && c != '\r') {
            kiji_buf_puts(out, "\xEF\xBF\xBD"); /* XML 1.0 allows no other controls */
        } else if (c < 0x80) {
            kiji_buf_putc(out, c);
        } else {
            size_t len;
            int32_t cp = kiji_utf8_decode(s + i, n - i, &len);
            if (cp < 0 || cp == 0xFFFE || cp == 0xFFFF)
                kiji_buf_puts(out, "\xEF\xBF\xBD");
            else
                kiji_buf_put(out, s + i, len);
            i += len;
            continue;
        }
        i++;
    }
}

static void attr(kiji_buf *out, const char *name, const char *v)
{
    if (!v)
        return;
    kiji_buf_printf(out, " %s=\"", name);
    xml_escape(out, v, strlen(v), true);
    kiji_buf_putc(out, '"');
}

/* Not inside a UTF-8 character: a lead byte, an ASCII byte or the end. */
static bool boundary(const char *s, size_t len, size_t i)
{
    return i == len || ((unsigned char)s[i] & 0xC0) != 0x80;
}

void kiji_timeml_write(kiji_buf *out, const char *docid, const char *title,
                       const char *published, const char *text, size_t len,
                       const kiji_timeml_timex *tx, size_t ntx)
{
    kiji_buf_puts(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                       "<TimeML xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
                       "xsi:noNamespaceSchemaLocation="
                       "\"http://timeml.org/timeMLdocs/TimeML_1.2.1.xsd\">\n");
    if (docid) {
        kiji_buf_puts(out, "<DOCID>");
        xml_escape(out, docid, strlen(docid), false);
        kiji_buf_puts(out, "</DOCID>\n");
    }
    if (published) {
        kiji_buf_puts(out, "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\"");
        attr(out, "value", published);
        kiji_buf_puts(out, " temporalFunction=\"false\" functionInDocument=\"CREATION_TIME\">");
        xml_escape(out, published, strlen(published), false);
        kiji_buf_puts(out, "</TIMEX3></DCT>\n");
    }
    if (title) {
        kiji_buf_puts(out, "<TITLE>");
        xml_escape(out, title, strlen(title), false);
        kiji_buf_puts(out, "</TITLE>\n");
    }
    kiji_buf_puts(out, "<TEXT>");
    size_t pos = 0;
    int tid = 1;
    for (size_t i = 0; i < ntx; i++) {
        const kiji_timeml_timex *x = &tx[i];
        if (x->start < pos || x->end <= x->start || x->end > len ||
            !boundary(text, len, x->start) || !boundary(text, len, x->end) || !x->value ||
            !x->type)
            continue;
        xml_escape(out, text + pos, x->start - pos, false);
        kiji_buf_printf(out, "<TIMEX3 tid=\"t%d\"", tid++);
        attr(out, "type", x->type);
        attr(out, "value", x->value);
        attr(out, "mod", x->mod);
        /* resolved against the publication date: a function of the DCT */
        if (x->anchor && published && !strcmp(x->anchor, published))
            kiji_buf_puts(out, " temporalFunction=\"true\" anchorTimeID=\"t0\"");
        kiji_buf_putc(out, '>');
        xml_escape(out, text + x->start, x->end - x->start, false);
        kiji_buf_puts(out, "</TIMEX3>");
        pos = x->end;
    }
    xml_escape(out, text + pos, len - pos, false);
    kiji_buf_puts(out, "</TEXT>\n</TimeML>\n");
}

static const char *col(sqlite3_stmt *st, int i)
{
    return (const char *)sqlite3_column_text(st, i);
}

/* The document's id for DOCID: its file name without directory and
 * extension ("corpus/a.txt" -> "a"), "-" for stdin. */
static void docid_of(kiji_buf *b, const char *source)
{
    kiji_buf_clear(b);
    if (!source)
        return;
    const char *base = strrchr(source, '/');
    base = base ? base + 1 : source;
    const char *dot = strchr(base, '.');
    size_t n = dot && dot > base ? (size_t)(dot - base) : strlen(base);
    kiji_buf_put(b, base, n);
}

int kiji_export_timeml(kiji_store *s, FILE *out, kiji_buf *err)
{
    sqlite3 *db = kiji_store_db(s);
    sqlite3_stmt *docs = NULL, *tx = NULL;
    if (sqlite3_prepare_v2(db,
                           "SELECT id, source, title, published, clean FROM documents "
                           "ORDER BY id",
                           -1, &docs, NULL) != SQLITE_OK ||
        sqlite3_prepare_v2(db,
                           "SELECT start, end, type, value, mod, anchor FROM timexes "
                           "WHERE doc_id = ?1 ORDER BY start, end",
                           -1, &tx, NULL) != SQLITE_OK) {
        kiji_buf_printf(err, "preparing a query: %s", sqlite3_errmsg(db));
        sqlite3_finalize(docs);
        return KIJI_EDB;
    }
    int rc = KIJI_OK, step = SQLITE_DONE;
    kiji_buf b = KIJI_BUF_INIT, id = KIJI_BUF_INIT;
    KIJI_VEC(kiji_timeml_timex) v = {0};
    while (rc == KIJI_OK && (step = sqlite3_step(docs)) == SQLITE_ROW) {
        const char *text = col(docs, 4);
        size_t len = (size_t)sqlite3_column_bytes(docs, 4);
        sqlite3_bind_int64(tx, 1, sqlite3_column_int64(docs, 0));
        v.n = 0;
        /* the strings live until the next step of tx: copy them */
        kiji_arena a;
        kiji_arena_init(&a);
        while (sqlite3_step(tx) == SQLITE_ROW) {
            sqlite3_int64 st = sqlite3_column_int64(tx, 0), en = sqlite3_column_int64(tx, 1);
            if (st < 0 || en < st || (size_t)en > len)
                continue;
            kiji_timeml_timex x = {(uint32_t)st, (uint32_t)en, NULL, NULL, NULL, NULL};
            const char *f[4];
            for (int k = 0; k < 4; k++)
                f[k] = col(tx, 2 + k) ? kiji_arena_strdup(&a, col(tx, 2 + k)) : NULL;
            x.type = f[0], x.value = f[1], x.mod = f[2], x.anchor = f[3];
            KIJI_VEC_PUSH(v, x);
        }
        sqlite3_reset(tx);
        docid_of(&id, col(docs, 1));
        kiji_buf_clear(&b);
        kiji_timeml_write(&b, id.len ? id.ptr : NULL, col(docs, 2), col(docs, 3),
                          text ? text : "", text ? len : 0, v.v, v.n);
        kiji_arena_free(&a);
        if (fwrite(b.ptr, 1, b.len, out) != b.len) {
            kiji_buf_puts(err, "writing the export failed");
            rc = KIJI_EIO;
        }
    }
    if (rc == KIJI_OK && step != SQLITE_DONE) {
        kiji_buf_printf(err, "reading documents: %s", sqlite3_errmsg(db));
        rc = KIJI_EDB;
    }
    KIJI_VEC_FREE(v);
    kiji_buf_free(&b);
    kiji_buf_free(&id);
    sqlite3_finalize(tx);
    sqlite3_finalize(docs);
    return rc;
}
