/*
 * timeline.c: `kiji timeline` (see timeline.h).  Reads the events table
 * with each event's document, the names mentioned in its sentence and a
 * quote inside it; places every event on a day of the calendar (its value's
 * period, moved by its mod), sorts, merges the same happening told by
 * several documents (same date, near-identical wording), then writes JSON,
 * CSV, TimelineJS 3 JSON or one self-contained HTML page.
 * The only SQL here is reading; like query.c it goes through the store's
 * connection.
 */
#include <ctype.h>
#include <limits.h>
#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>

#include "kiji/calendar.h"
#include "kiji/json.h"
#include "kiji/timeline.h"

typedef struct {
    char *date, *mod, *text, *title, *published, *url;
    char *quote, *speaker;
    char *when;            /* the expression that dates it, as written */
    size_t ws, we;         /* its bytes inside text (ws == we: unknown) */
    KIJI_VEC(char *) sources;
    KIJI_VEC(char *) names;
    sqlite3_int64 doc;
    long first, last, key; /* days since 1970: the period and where it sits */
    uint32_t *words;       /* sorted word hashes, for merging */
    size_t nwords;
    bool merged;           /* folded into an earlier event */
} tl_event;

typedef KIJI_VEC(tl_event) tl_events;

static char *dup_col(sqlite3_stmt *st, int i)
{
    const unsigned char *t = sqlite3_column_text(st, i);
    return t ? kiji_xstrdup((const char *)t) : NULL;
}

static int db_fail(sqlite3 *db, kiji_buf *err, const char *what)
{
    kiji_buf_printf(err, "%s: %s", what, sqlite3_errmsg(db));
    return KIJI_EDB;
}

static long days(kiji_date d)
{
    return kiji_days_from_civil(d.y, d.m, d.d);
}

/* Where an event sits: the start of its period, its middle for MID, near
 * its end for END ("late October" after 20 October, before November). */
static long place(long first, long last, const char *mod)
{
    if (mod && !strcmp(mod, "MID"))
        return first + (last - first) / 2;
    if (mod && !strcmp(mod, "END"))
        return last - (last - first) / 6;
    return first;
}

static int cmp_u32(const void *a, const void *b)
{
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    return x < y ? -1 : x > y;
}

/* The words of a sentence as sorted FNV-1a hashes (letters and digits,
 * lower-cased): the text two reports of one happening share. */
static void hash_words(tl_event *e)
{
    KIJI_VEC(uint32_t) w = {0};
    const unsigned char *p = (const unsigned char *)e->text;
    while (p && *p) {
        while (*p && !isalnum(*p) && *p < 0x80)
            p++;
        if (!*p)
            break;
        uint32_t h = 2166136261u;
        while (*p && (isalnum(*p) || *p >= 0x80)) {
            h = (h ^ (uint32_t)tolower(*p)) * 16777619u;
            p++;
        }
        KIJI_VEC_PUSH(w, h);
    }
    if (w.n)
        qsort(w.v, w.n, sizeof *w.v, cmp_u32);
    e->words = w.v;
    e->nwords = w.n;
}

/* Dice coefficient of two sorted word multisets. */
static double similarity(const tl_event *a, const tl_event *b)
{
    size_t i = 0, j = 0, common = 0;
    while (i < a->nwords && j < b->nwords) {
        if (a->words[i] == b->words[j])
            common++, i++, j++;
        else if (a->words[i] < b->words[j])
            i++;
        else
            j++;
    }
    size_t n = a->nwords + b->nwords;
    return n ? 2.0 * (double)common / (double)n : 0;
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static int cmp_event(const void *pa, const void *pb)
{
    const tl_event *a = pa, *b = pb;
    if (a->key != b->key)
        return a->key < b->key ? -1 : 1;
    /* the coarser period first: November before 1 November */
    size_t la = strlen(a->date), lb = strlen(b->date);
    if (la != lb)
        return la < lb ? -1 : 1;
    int c = strcmp(a->date, b->date);
    if (c)
        return c;
    if (a->doc != b->doc)
        return a->doc < b->doc ? -1 : 1;
    return strcmp(a->text, b->text);
}

static bool same_str(const char *a, const char *b)
{
    return (!a && !b) || (a && b && !strcmp(a, b));
}

/* Fold reports of one happening into the first of them: same date and mod,
 * other documents, near-identical sentences.  Events are sorted, so the
 * candidates are a run of equal dates; only the last few kept events of
 * the run are compared, which keeps a huge run linear. */
static void merge(tl_events *ev)
{
    const double SAME = 0.85;
    const size_t WINDOW = 64;
    size_t run = 0;
    for (size_t i = 0; i < ev->n; i++) {
        tl_event *e = &ev->v[i];
        if (i && (strcmp(e->date, ev->v[i - 1].date) || !same_str(e->mod, ev->v[i - 1].mod)))
            run = i;
        size_t seen = 0;
        for (size_t k = i; k > run && seen < WINDOW; k--) {
            tl_event *o = &ev->v[k - 1];
            if (o->merged)
                continue;
            seen++;
            if (o->doc == e->doc || similarity(o, e) < SAME)
                continue;
            for (size_t s = 0; s < e->sources.n; s++)
                KIJI_VEC_PUSH(o->sources, e->sources.v[s]);
            e->sources.n = 0;
            for (size_t s = 0; s < e->names.n; s++) {
                bool have = false;
                for (size_t t = 0; t < o->names.n && !have; t++)
                    have = !strcmp(o->names.v[t], e->names.v[s]);
                if (!have) {
                    KIJI_VEC_PUSH(o->names, e->names.v[s]);
                    e->names.v[s] = NULL;
                }
            }
            if (!o->quote && e->quote) {
                o->quote = e->quote, o->speaker = e->speaker;
                e->quote = e->speaker = NULL;
            }
            e->merged = true;
            break;
        }
    }
}

static void free_events(tl_events *ev)
{
    for (size_t i = 0; i < ev->n; i++) {
        tl_event *e = &ev->v[i];
        free(e->date), free(e->mod), free(e->text), free(e->title), free(e->published);
        free(e->url), free(e->quote), free(e->speaker), free(e->words), free(e->when);
        for (size_t k = 0; k < e->sources.n; k++)
            free(e->sources.v[k]);
        for (size_t k = 0; k < e->names.n; k++)
            free(e->names.v[k]);
        KIJI_VEC_FREE(e->sources);
        KIJI_VEC_FREE(e->names);
    }
    KIJI_VEC_FREE(*ev);
}

/* Read the events that pass the filters, with their names and quote. */
static int load(kiji_store *s, const kiji_timeline_opts *o, tl_events *ev, kiji_buf *err)
{
    sqlite3 *db = kiji_store_db(s);
    const char *sql =
        "SELECT e.date, e.mod, e.text, d.source, d.title, d.published, d.url, e.doc_id, "
        "e.start, e.end, t.text, t.start - e.start, t.end - e.start "
        "FROM events e JOIN documents d ON d.id = e.doc_id "
        "LEFT JOIN timexes t ON t.id = e.timex_id "
        "WHERE (?1 IS NULL OR EXISTS (SELECT 1 FROM quotes q "
        "  LEFT JOIN entity_aliases a ON a.entity_id = q.speaker_id "
        "  WHERE q.doc_id = e.doc_id AND q.start < e.end AND q.end > e.start "
        "  AND (instr(lower(q.speaker), lower(?1)) > 0 OR a.alias = ?1 COLLATE NOCASE))) "
        "AND (?2 IS NULL OR EXISTS (SELECT 1 FROM mentions m "
        "  JOIN entities n ON n.id = m.entity_id "
        "  LEFT JOIN entity_aliases a ON a.entity_id = n.id "
        "  WHERE m.doc_id = e.doc_id AND m.start >= e.start AND m.end <= e.end "
        "  AND (instr(lower(n.name), lower(?2)) > 0 OR a.alias = ?2 COLLATE NOCASE))) "
        "ORDER BY e.date, e.doc_id, e.start";
    const char *names_sql = "SELECT n.name FROM mentions m JOIN entities n ON n.id = m.entity_id "
                            "WHERE m.doc_id = ?1 AND m.start >= ?2 AND m.end <= ?3 "
                            "GROUP BY n.id ORDER BY min(m.start)";
    const char *quote_sql = "SELECT text, speaker FROM quotes WHERE doc_id = ?1 AND start < ?3 "
                            "AND end > ?2 AND kind <> 'term' ORDER BY start LIMIT 1";
    sqlite3_stmt *st = NULL, *nm = NULL, *qt = NULL;
    if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK ||
        sqlite3_prepare_v2(db, names_sql, -1, &nm, NULL) != SQLITE_OK ||
        sqlite3_prepare_v2(db, quote_sql, -1, &qt, NULL) != SQLITE_OK) {
        int rc = db_fail(db, err, "reading events");
        sqlite3_finalize(st), sqlite3_finalize(nm), sqlite3_finalize(qt);
        return rc;
    }
    if (o->speaker)
        sqlite3_bind_text(st, 1, o->speaker, -1, SQLITE_STATIC);
    if (o->entity)
        sqlite3_bind_text(st, 2, o->entity, -1, SQLITE_STATIC);
    /* --since / --until bound the day an event sits on */
    kiji_date a, b;
    long since = LONG_MIN, until = LONG_MAX;
    if (o->since && kiji_value_range(o->since, &a, &b))
        since = days(a);
    if (o->until && kiji_value_range(o->until, &a, &b))
        until = days(b);
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        const char *date = (const char *)sqlite3_column_text(st, 0);
        const char *mod = (const char *)sqlite3_column_text(st, 1);
        if (!date || !kiji_value_range(date, &a, &b))
            continue;
        tl_event e;
        memset(&e, 0, sizeof e);
        e.first = days(a), e.last = days(b);
        e.key = place(e.first, e.last, mod);
        if (e.key < since || e.key > until)
            continue;
        e.date = dup_col(st, 0), e.mod = dup_col(st, 1), e.text = dup_col(st, 2);
        char *src = dup_col(st, 3);
        KIJI_VEC_PUSH(e.sources, src ? src : kiji_xstrdup(""));
        e.title = dup_col(st, 4), e.published = dup_col(st, 5), e.url = dup_col(st, 6);
        e.doc = sqlite3_column_int64(st, 7);
        sqlite3_int64 s0 = sqlite3_column_int64(st, 8), s1 = sqlite3_column_int64(st, 9);
        if (!e.text)
            e.text = kiji_xstrdup("");
        e.when = dup_col(st, 10);
        sqlite3_int64 w0 = sqlite3_column_int64(st, 11), w1 = sqlite3_column_int64(st, 12);
        if (e.when && w0 >= 0 && w1 > w0 && (size_t)w1 <= strlen(e.text))
            e.ws = (size_t)w0, e.we = (size_t)w1;
        sqlite3_bind_int64(nm, 1, e.doc), sqlite3_bind_int64(nm, 2, s0);
        sqlite3_bind_int64(nm, 3, s1);
        while (sqlite3_step(nm) == SQLITE_ROW) {
            char *n = dup_col(nm, 0);
            if (n)
                KIJI_VEC_PUSH(e.names, n);
        }
        sqlite3_reset(nm);
        sqlite3_bind_int64(qt, 1, e.doc), sqlite3_bind_int64(qt, 2, s0);
        sqlite3_bind_int64(qt, 3, s1);
        if (sqlite3_step(qt) == SQLITE_ROW)
            e.quote = dup_col(qt, 0), e.speaker = dup_col(qt, 1);
        sqlite3_reset(qt);
        hash_words(&e);
        KIJI_VEC_PUSH(*ev, e);
    }
    if (rc != SQLITE_DONE)
        rc = db_fail(db, err, "reading events");
    else
        rc = KIJI_OK;
    sqlite3_finalize(st), sqlite3_finalize(nm), sqlite3_finalize(qt);
    return rc;
}

/* ------------------------------------------------------------------ */
/* labels                                                              */

static const char *const month_name[] = {"January", "February", "March",     "April",
                                         "May",     "June",     "July",      "August",
                                         "September", "October", "November", "December"};

/* A date for people: "12 November 2023", "late October 2023", "1990s". */
static void label(kiji_buf *b, const tl_event *e)
{
    const char *v = e->date, *mod = e->mod;
    if (mod) {
        /* the writer's own word where it is one: "end of December 2023" */
        bool said_end = e->when && strstr(e->when, "end");
        bool said_start = e->when && (strstr(e->when, "start") || strstr(e->when, "beginning"));
        static const char *const mods[][2] = {{"START", "early "}, {"MID", "mid-"},
                                              {"END", "late "},    {"APPROX", "about "},
                                              {"BEFORE", "before "}, {"AFTER", "after "}};
        if (!strcmp(mod, "END") && said_end)
            kiji_buf_puts(b, "end of ");
        else if (!strcmp(mod, "START") && said_start)
            kiji_buf_puts(b, "start of ");
        else
            for (size_t k = 0; k < sizeof mods / sizeof *mods; k++)
                if (!strcmp(mod, mods[k][0]))
                    kiji_buf_puts(b, mods[k][1]);
    }
    kiji_date a = kiji_civil_from_days(e->first), z = kiji_civil_from_days(e->last);
    size_t n = strcspn(v, "T");
    if (n == 2) {
        int c = atoi(v) + 1;
        const char *suf = c % 10 == 1 && c != 11 ? "st" : c % 10 == 2 && c != 12 ? "nd"
                          : c % 10 == 3 && c != 13 ? "rd" : "th";
        kiji_buf_printf(b, "%d%s century", c, suf);
    } else if (n == 3) {
        kiji_buf_printf(b, "%.3s0s", v);
    } else if (n == 4) {
        kiji_buf_printf(b, "%.4s", v);
    } else if (n == 7 && isdigit((unsigned char)v[5])) {
        kiji_buf_printf(b, "%s %d", month_name[a.m - 1], a.y);
    } else if (n == 10 && isdigit((unsigned char)v[5])) {
        kiji_buf_printf(b, "%d %s %d", a.d, month_name[a.m - 1], a.y);
    } else if (v[5] == 'Q') {
        kiji_buf_printf(b, "Q%c %.4s", v[6], v);
    } else if (v[5] == 'H') {
        kiji_buf_printf(b, "%s half of %.4s", v[6] == '1' ? "first" : "second", v);
    } else if (v[5] == 'W') {
        if (a.m == z.m)
            kiji_buf_printf(b, "%d–%d %s %d", a.d, z.d, month_name[a.m - 1], a.y);
        else
            kiji_buf_printf(b, "%d %s – %d %s %d", a.d, month_name[a.m - 1], z.d,
                            month_name[z.m - 1], z.y);
        if (strstr(v, "WE"))
            kiji_buf_puts(b, " (weekend)");
    } else {
        static const char *const seasons[][2] = {
            {"SP", "spring"}, {"SU", "summer"}, {"FA", "autumn"}, {"WI", "winter"}};
        for (size_t k = 0; k < 4; k++)
            if (!strncmp(v + 5, seasons[k][0], 2))
                kiji_buf_printf(b, "%s %.4s", seasons[k][1], v);
    }
    const char *t = strchr(v, 'T');
    if (t) {
        static const char *const tods[][2] = {
            {"MO", "morning"}, {"AF", "afternoon"}, {"EV", "evening"}, {"NI", "night"}};
        bool done = false;
        for (size_t k = 0; k < 4 && !done; k++)
            if (!strcmp(t + 1, tods[k][0])) {
                kiji_buf_printf(b, ", %s", tods[k][1]);
                done = true;
            }
        if (!done)
            kiji_buf_printf(b, ", %s", t + 1);
    }
}

static char *label_str(const tl_event *e)
{
    kiji_buf b = KIJI_BUF_INIT;
    label(&b, e);
    return kiji_buf_detach(&b);
}

/* ------------------------------------------------------------------ */
/* json, csv                                                           */

static void json_events(const tl_events *ev, kiji_buf *out)
{
    /* one event a line: a writer per object, the array by hand */
    kiji_buf_puts(out, "[");
    bool first = true;
    for (size_t i = 0; i < ev->n; i++) {
        const tl_event *e = &ev->v[i];
        if (e->merged)
            continue;
        kiji_buf_puts(out, first ? "\n" : ",\n");
        first = false;
        kiji_json j;
        kiji_json_init(&j, out);
        kiji_json_obj(&j);
        kiji_json_key(&j, "date");
        kiji_json_str(&j, e->date);
        kiji_json_key(&j, "mod");
        kiji_json_str(&j, e->mod);
        char *l = label_str(e);
        kiji_json_key(&j, "label");
        kiji_json_str(&j, l);
        free(l);
        kiji_json_key(&j, "text");
        kiji_json_str(&j, e->text);
        kiji_json_key(&j, "when");
        kiji_json_str(&j, e->when);
        kiji_json_key(&j, "source");
        kiji_json_str(&j, e->sources.v[0]);
        kiji_json_key(&j, "sources");
        kiji_json_arr(&j);
        for (size_t k = 0; k < e->sources.n; k++)
            kiji_json_str(&j, e->sources.v[k]);
        kiji_json_arr_end(&j);
        kiji_json_key(&j, "title");
        kiji_json_str(&j, e->title);
        kiji_json_key(&j, "published");
        kiji_json_str(&j, e->published);
        kiji_json_key(&j, "entities");
        kiji_json_arr(&j);
        for (size_t k = 0; k < e->names.n; k++)
            if (e->names.v[k])
                kiji_json_str(&j, e->names.v[k]);
        kiji_json_arr_end(&j);
        kiji_json_key(&j, "quote");
        if (e->quote) {
            kiji_json_obj(&j);
            kiji_json_key(&j, "text");
            kiji_json_str(&j, e->quote);
            kiji_json_key(&j, "speaker");
            kiji_json_str(&j, e->speaker);
            kiji_json_obj_end(&j);
        } else {
            kiji_json_null(&j);
        }
        kiji_json_obj_end(&j);
    }
    kiji_buf_puts(out, first ? "]\n" : "\n]\n");
}

static void csv_cell(kiji_buf *b, const char *s)
{
    if (!s)
        return;
    if (!strpbrk(s, ",\"\n\r")) {
        kiji_buf_puts(b, s);
        return;
    }
    kiji_buf_putc(b, '"');
    for (; *s; s++) {
        if (*s == '"')
            kiji_buf_putc(b, '"');
        kiji_buf_putc(b, *s);
    }
    kiji_buf_putc(b, '"');
}

static void csv_events(const tl_events *ev, kiji_buf *out)
{
    kiji_buf_puts(out, "date,mod,label,text,source,title,published,entities,quote,speaker\r\n");
    kiji_buf tmp = KIJI_BUF_INIT;
    for (size_t i = 0; i < ev->n; i++) {
        const tl_event *e = &ev->v[i];
        if (e->merged)
            continue;
        csv_cell(out, e->date);
        kiji_buf_putc(out, ',');
        csv_cell(out, e->mod);
        kiji_buf_putc(out, ',');
        char *l = label_str(e);
        csv_cell(out, l);
        free(l);
        kiji_buf_putc(out, ',');
        csv_cell(out, e->text);
        kiji_buf_putc(out, ',');
        kiji_buf_clear(&tmp);
        for (size_t k = 0; k < e->sources.n; k++)
            kiji_buf_printf(&tmp, "%s%s", k ? "; " : "", e->sources.v[k]);
        csv_cell(out, tmp.ptr);
        kiji_buf_putc(out, ',');
        csv_cell(out, e->title);
        kiji_buf_putc(out, ',');
        csv_cell(out, e->published);
        kiji_buf_putc(out, ',');
        kiji_buf_clear(&tmp);
        for (size_t k = 0, w = 0; k < e->names.n; k++)
            if (e->names.v[k])
                kiji_buf_printf(&tmp, "%s%s", w++ ? "; " : "", e->names.v[k]);
        csv_cell(out, tmp.ptr);
        kiji_buf_putc(out, ',');
        csv_cell(out, e->quote);
        kiji_buf_putc(out, ',');
        csv_cell(out, e->speaker);
        kiji_buf_puts(out, "\r\n");
    }
    kiji_buf_free(&tmp);
}

/* ------------------------------------------------------------------ */
/* TimelineJS 3                                                        */

static void html_escape_n(kiji_buf *b, const char *s, size_t n)
{
    for (size_t i = 0; i < n && s[i]; i++) {
        switch (s[i]) {
        case '&': kiji_buf_puts(b, "&amp;"); break;
        case '<': kiji_buf_puts(b, "&lt;"); break;
        case '>': kiji_buf_puts(b, "&gt;"); break;
        case '"': kiji_buf_puts(b, "&quot;"); break;
        case '\'': kiji_buf_puts(b, "&#39;"); break;
        default: kiji_buf_putc(b, s[i]);
        }
    }
}

static void html_escape(kiji_buf *b, const char *s)
{
    for (; s && *s; s++) {
        switch (*s) {
        case '&': kiji_buf_puts(b, "&amp;"); break;
        case '<': kiji_buf_puts(b, "&lt;"); break;
        case '>': kiji_buf_puts(b, "&gt;"); break;
        case '"': kiji_buf_puts(b, "&quot;"); break;
        case '\'': kiji_buf_puts(b, "&#39;"); break;
        default: kiji_buf_putc(b, *s);
        }
    }
}

/* The first words of a sentence, cut at a word boundary near n bytes
 * (never inside a UTF-8 sequence). */
static void headline(kiji_buf *b, const char *s, size_t n)
{
    size_t len = strlen(s);
    if (len <= n) {
        kiji_buf_puts(b, s);
        return;
    }
    size_t cut = n;
    while (cut > n / 2 && s[cut] != ' ')
        cut--;
    while (cut && ((unsigned char)s[cut] & 0xC0) == 0x80)
        cut--;
    while (cut && (s[cut - 1] == ',' || s[cut - 1] == ' '))
        cut--;
    kiji_buf_put(b, s, cut);
    kiji_buf_puts(b, "…");
}

static void tljs_date(kiji_json *j, const char *key, kiji_date d, int parts)
{
    char tmp[8];
    kiji_json_key(j, key);
    kiji_json_obj(j);
    kiji_json_key(j, "year");
    snprintf(tmp, sizeof tmp, "%d", d.y);
    kiji_json_str(j, tmp);
    if (parts >= 2) {
        kiji_json_key(j, "month");
        snprintf(tmp, sizeof tmp, "%d", d.m);
        kiji_json_str(j, tmp);
    }
    if (parts >= 3) {
        kiji_json_key(j, "day");
        snprintf(tmp, sizeof tmp, "%d", d.d);
        kiji_json_str(j, tmp);
    }
    kiji_json_obj_end(j);
}

static void timelinejs_events(const tl_events *ev, kiji_buf *out)
{
    kiji_json j;
    kiji_json_init(&j, out);
    kiji_buf t = KIJI_BUF_INIT;
    kiji_json_obj(&j);
    kiji_json_key(&j, "title");
    kiji_json_obj(&j);
    kiji_json_key(&j, "text");
    kiji_json_obj(&j);
    kiji_json_key(&j, "headline");
    kiji_json_str(&j, "Timeline");
    kiji_json_key(&j, "text");
    size_t n = 0;
    for (size_t i = 0; i < ev->n; i++)
        n += !ev->v[i].merged;
    kiji_buf_printf(&t, "%zu dated events, made by kiji", n);
    kiji_json_str(&j, t.ptr);
    kiji_json_obj_end(&j);
    kiji_json_obj_end(&j);
    kiji_json_key(&j, "events");
    kiji_json_arr(&j);
    for (size_t i = 0; i < ev->n; i++) {
        const tl_event *e = &ev->v[i];
        if (e->merged)
            continue;
        kiji_date a = kiji_civil_from_days(e->first), z = kiji_civil_from_days(e->last);
        /* a day, a month or a year as such; longer or odd periods as a span */
        size_t dn = strcspn(e->date, "T");
        int parts = dn == 10 && isdigit((unsigned char)e->date[5]) ? 3
                    : dn == 7 && isdigit((unsigned char)e->date[5]) ? 2 : 1;
        bool span = !(parts == 3 || parts == 2 || dn == 4);
        kiji_buf_putc(out, '\n');
        kiji_json_obj(&j);
        tljs_date(&j, "start_date", a, span ? 3 : parts);
        if (span)
            tljs_date(&j, "end_date", z, 3);
        kiji_json_key(&j, "display_date");
        char *l = label_str(e);
        kiji_json_str(&j, l);
        free(l);
        kiji_json_key(&j, "text");
        kiji_json_obj(&j);
        kiji_json_key(&j, "headline");
        kiji_buf_clear(&t);
        headline(&t, e->text, 80);
        kiji_json_str(&j, t.ptr);
        kiji_json_key(&j, "text");
        kiji_buf_clear(&t);
        kiji_buf_puts(&t, "<p>");
        html_escape(&t, e->text);
        kiji_buf_puts(&t, "</p>");
        if (e->quote) {
            kiji_buf_puts(&t, "<blockquote>");
            html_escape(&t, e->quote);
            if (e->speaker) {
                kiji_buf_puts(&t, " <cite>");
                html_escape(&t, e->speaker);
                kiji_buf_puts(&t, "</cite>");
            }
            kiji_buf_puts(&t, "</blockquote>");
        }
        kiji_buf_puts(&t, "<p><small>");
        html_escape(&t, e->title ? e->title : "");
        for (size_t k = 0; k < e->sources.n; k++) {
            kiji_buf_puts(&t, k ? "; " : " — ");
            html_escape(&t, e->sources.v[k]);
        }
        kiji_buf_puts(&t, "</small></p>");
        kiji_json_str(&j, t.ptr);
        kiji_json_obj_end(&j);
        kiji_json_key(&j, "unique_id");
        kiji_buf_clear(&t);
        kiji_buf_printf(&t, "event-%zu", i + 1);
        kiji_json_str(&j, t.ptr);
        kiji_json_obj_end(&j);
    }
    kiji_json_arr_end(&j);
    kiji_json_obj_end(&j);
    kiji_buf_putc(out, '\n');
    kiji_buf_free(&t);
}

/* ------------------------------------------------------------------ */
/* HTML                                                                */

/* One page, nothing fetched: the Content-Security-Policy forbids any load
 * (the test checks it renders with the network off).  A vertical axis
 * reads on a phone and prints on paper; the filter box needs script and
 * stays hidden without it. */
static const char page_head[] =
    "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
    "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
    "style-src 'unsafe-inline'; script-src 'unsafe-inline'\">\n"
    "<meta name=\"generator\" content=\"kiji " KIJI_VERSION "\">\n"
    "<title>Timeline</title>\n<style>\n"
    ":root{--ink:#1c232b;--muted:#5a6571;--line:#cdd4dc;--accent:#a3261c;--card:#fff;"
    "--bg:#f5f6f8;--chip:#eceff3}\n"
    "*{box-sizing:border-box}\n"
    "body{margin:0;background:var(--bg);color:var(--ink);"
    "font:17px/1.55 Georgia,'Times New Roman',serif}\n"
    "header,main{max-width:50rem;margin:0 auto;padding:0 1rem}\n"
    "header{padding-top:1.25rem}\n"
    "h1{font:700 1.6rem/1.2 system-ui,-apple-system,'Segoe UI',sans-serif;margin:0 0 .3rem}\n"
    ".summary{font:.9rem system-ui,sans-serif;color:var(--muted);margin:0 0 .8rem}\n"
    "#filter{width:100%;font:1rem system-ui,sans-serif;padding:.55rem .75rem;"
    "border:1px solid var(--line);border-radius:.45rem;margin-bottom:.5rem}\n"
    "ol.axis{list-style:none;margin:0 0 3rem;padding:0 0 0 1.5rem;"
    "border-left:3px solid var(--line)}\n"
    "li.year{margin:1.6rem 0 .6rem -1.5rem}\n"
    "li.year h2{display:inline-block;margin:0;padding:.1rem .7rem;border-radius:0 1rem 1rem 0;"
    "background:var(--accent);color:#fff;font:700 1.05rem system-ui,sans-serif}\n"
    "li.event{position:relative;margin:0 0 1.1rem}\n"
    "li.event::before{content:'';position:absolute;left:-2.1rem;top:.3rem;width:.95rem;"
    "height:.95rem;border-radius:50%;background:var(--card);border:3px solid var(--accent)}\n"
    "li.event time{display:block;font:600 .85rem system-ui,sans-serif;color:var(--accent)}\n"
    ".card{background:var(--card);border:1px solid var(--line);border-radius:.55rem;"
    "padding:.65rem .85rem;margin-top:.25rem;box-shadow:0 1px 2px rgba(0,0,0,.05)}\n"
    ".card p{margin:0}\n"
    ".card mark{background:#fbe7c6;color:inherit;padding:0 .1em;border-radius:.15em}\n"
    ".card blockquote{margin:.55rem 0 0;padding-left:.75rem;border-left:3px solid var(--line);"
    "font-style:italic}\n"
    ".card cite{font-style:normal;font:.85rem system-ui,sans-serif;color:var(--muted)}\n"
    ".names{margin-top:.45rem!important;font:.78rem system-ui,sans-serif}\n"
    ".names span{display:inline-block;background:var(--chip);border-radius:1rem;"
    "padding:.05rem .55rem;margin:0 .3rem .3rem 0}\n"
    ".src{margin-top:.35rem!important;font:.76rem system-ui,sans-serif;color:var(--muted);"
    "overflow-wrap:anywhere}\n"
    ".src a{color:inherit}\n"
    ".empty{font:1rem system-ui,sans-serif;color:var(--muted)}\n"
    "@media (min-width:56rem){ol.axis{margin-left:9rem}"
    "li.event time{position:absolute;left:-11.6rem;width:9rem;text-align:right;top:.2rem}"
    "li.year{margin-left:-1.5rem}}\n"
    "@media print{body{background:#fff;font-size:11pt}#filter{display:none!important}"
    "header,main{max-width:none}.card{box-shadow:none;border-color:#999}"
    "li.event,li.year{break-inside:avoid}li.year h2{background:none;color:#000;padding:0}"
    "li.event::before{border-color:#000}li.event time{color:#000}ol.axis{border-color:#999}"
    ".card mark{background:none;font-weight:bold}"
    ".src a{text-decoration:none}}\n"
    "</style>\n</head>\n<body>\n";

static const char page_script[] =
    "<script>\n"
    "(function(){var f=document.getElementById('filter');if(!f)return;f.hidden=false;\n"
    "var items=[].slice.call(document.querySelectorAll('ol.axis > li'));\n"
    "f.addEventListener('input',function(){var q=f.value.toLowerCase().trim(),year=null,"
    "shown=0;\n"
    "items.forEach(function(li){if(li.className==='year'){if(year)year.hidden=!shown;"
    "year=li;shown=0;return;}\n"
    "var ok=!q||li.textContent.toLowerCase().indexOf(q)>=0;li.hidden=!ok;if(ok)shown++;});\n"
    "if(year)year.hidden=!shown;});})();\n"
    "</script>\n";

static void html_events(const tl_events *ev, kiji_buf *out)
{
    kiji_buf_puts(out, page_head);
    size_t n = 0, docs = 0;
    long lo = 0, hi = 0;
    KIJI_VEC(const char *) srcs = {0};
    for (size_t i = 0; i < ev->n; i++) {
        const tl_event *e = &ev->v[i];
        if (e->merged)
            continue;
        if (!n++)
            lo = e->key;
        hi = e->key;
        for (size_t k = 0; k < e->sources.n; k++)
            KIJI_VEC_PUSH(srcs, e->sources.v[k]);
    }
    if (srcs.n)
        qsort(srcs.v, srcs.n, sizeof *srcs.v, cmp_str);
    for (size_t k = 0; k < srcs.n; k++)
        docs += !k || strcmp(srcs.v[k], srcs.v[k - 1]);
    KIJI_VEC_FREE(srcs);
    kiji_buf_puts(out, "<header>\n<h1>Timeline</h1>\n<p class=\"summary\">");
    if (n) {
        kiji_date a = kiji_civil_from_days(lo), z = kiji_civil_from_days(hi);
        kiji_buf_printf(out, "%zu event%s from %zu document%s, %d to %d.", n, n == 1 ? "" : "s",
                        docs, docs == 1 ? "" : "s", a.y, z.y);
    } else {
        kiji_buf_puts(out, "No dated events.");
    }
    kiji_buf_puts(out, "</p>\n<input id=\"filter\" type=\"search\" placeholder=\"Filter events"
                       " (words, names, sources)\" aria-label=\"Filter events\" hidden>\n"
                       "</header>\n<main>\n<ol class=\"axis\">\n");
    int year = -1;
    for (size_t i = 0; i < ev->n; i++) {
        const tl_event *e = &ev->v[i];
        if (e->merged)
            continue;
        kiji_date a = kiji_civil_from_days(e->key), f = kiji_civil_from_days(e->first);
        if (a.y != year) {
            year = a.y;
            kiji_buf_printf(out, "<li class=\"year\"><h2>%d</h2></li>\n", year);
        }
        kiji_buf_printf(out, "<li class=\"event\" data-date=\"");
        html_escape(out, e->date);
        kiji_buf_printf(out, "\" data-key=\"%ld\">\n<time datetime=\"%04d-%02d-%02d\">", e->key,
                        f.y, f.m, f.d);
        char *l = label_str(e);
        html_escape(out, l);
        free(l);
        kiji_buf_puts(out, "</time>\n<div class=\"card\">\n<p class=\"text\">");
        if (e->we > e->ws) {
            /* the words that date it, marked */
            html_escape_n(out, e->text, e->ws);
            kiji_buf_puts(out, "<mark>");
            html_escape_n(out, e->text + e->ws, e->we - e->ws);
            kiji_buf_puts(out, "</mark>");
            html_escape(out, e->text + e->we);
        } else {
            html_escape(out, e->text);
        }
        kiji_buf_puts(out, "</p>\n");
        if (e->quote) {
            kiji_buf_puts(out, "<blockquote>“");
            html_escape(out, e->quote);
            kiji_buf_puts(out, "”");
            if (e->speaker) {
                kiji_buf_puts(out, " <cite>— ");
                html_escape(out, e->speaker);
                kiji_buf_puts(out, "</cite>");
            }
            kiji_buf_puts(out, "</blockquote>\n");
        }
        bool any = false;
        for (size_t k = 0; k < e->names.n; k++) {
            if (!e->names.v[k])
                continue;
            kiji_buf_puts(out, any ? "" : "<p class=\"names\">");
            kiji_buf_puts(out, "<span>");
            html_escape(out, e->names.v[k]);
            kiji_buf_puts(out, "</span>");
            any = true;
        }
        if (any)
            kiji_buf_puts(out, "</p>\n");
        kiji_buf_puts(out, "<p class=\"src\">");
        if (e->url) {
            kiji_buf_puts(out, "<a href=\"");
            html_escape(out, e->url);
            kiji_buf_puts(out, "\">");
        }
        html_escape(out, e->title ? e->title : "(untitled)");
        if (e->url)
            kiji_buf_puts(out, "</a>");
        if (e->published) {
            kiji_buf_puts(out, ", ");
            html_escape(out, e->published);
        }
        for (size_t k = 0; k < e->sources.n; k++) {
            kiji_buf_puts(out, k ? "; " : " · ");
            html_escape(out, e->sources.v[k]);
        }
        kiji_buf_puts(out, "</p>\n</div>\n</li>\n");
    }
    kiji_buf_puts(out, "</ol>\n");
    if (!n)
        kiji_buf_puts(out, "<p class=\"empty\">Nothing to show: no document gave a date kiji "
                           "could place.</p>\n");
    kiji_buf_puts(out, "</main>\n");
    kiji_buf_puts(out, page_script);
    kiji_buf_puts(out, "</body>\n</html>\n");
}

int kiji_timeline_print(kiji_store *s, const kiji_timeline_opts *o, FILE *out, kiji_buf *err)
{
    tl_events ev = {0};
    int rc = load(s, o, &ev, err);
    if (rc) {
        free_events(&ev);
        return rc;
    }
    if (ev.n) /* qsort wants a real pointer even for nothing */
        qsort(ev.v, ev.n, sizeof *ev.v, cmp_event);
    if (!o->separate)
        merge(&ev);
    kiji_buf b = KIJI_BUF_INIT;
    const char *f = o->format ? o->format : "json";
    if (!strcmp(f, "csv"))
        csv_events(&ev, &b);
    else if (!strcmp(f, "timelinejs"))
        timelinejs_events(&ev, &b);
    else if (!strcmp(f, "html"))
        html_events(&ev, &b);
    else
        json_events(&ev, &b);
    if (fwrite(b.ptr, 1, b.len, out) != b.len || fflush(out)) {
        kiji_buf_puts(err, "writing the timeline failed");
        rc = KIJI_EIO;
    }
    kiji_buf_free(&b);
    free_events(&ev);
    return rc;
}
