/*
 * docjson.c: a processed document to one JSON line and back (see docjson.h).
 * The reader checks every span against the clean text and every index
 * against its array, so a damaged or hostile line is refused, never trusted.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "kiji/docjson.h"
#include "kiji/entities.h"
#include "kiji/json.h"
#include "kiji/jsonparse.h"
#include "kiji/sha256.h"

/* ------------------------------------------------------------------ */
/* base64 (RFC 4648), for the raw bytes                                */

static const char b64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

static void b64_encode(kiji_buf *out, const unsigned char *p, size_t n)
{
    for (size_t i = 0; i < n; i += 3) {
        unsigned v = (unsigned)p[i] << 16;
        if (i + 1 < n)
            v |= (unsigned)p[i + 1] << 8;
        if (i + 2 < n)
            v |= p[i + 2];
        kiji_buf_putc(out, b64[(v >> 18) & 63]);
        kiji_buf_putc(out, b64[(v >> 12) & 63]);
        kiji_buf_putc(out, i + 1 < n ? b64[(v >> 6) & 63] : '=');
        kiji_buf_putc(out, i + 2 < n ? b64[v & 63] : '=');
    }
}

/* Decode s[0..n) into out; false on a character outside the alphabet. */
static bool b64_decode(kiji_buf *out, const char *s, size_t n)
{
    unsigned v = 0;
    int bits = 0;
    for (size_t i = 0; i < n; i++) {
        const char *c = strchr(b64, s[i]);
        if (s[i] == '=')
            break;
        if (!c || !s[i])
            return false;
        v = (v << 6) | (unsigned)(c - b64);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            kiji_buf_putc(out, (int)((v >> bits) & 0xFF));
        }
    }
    return true;
}

/* ------------------------------------------------------------------ */
/* writing                                                             */

static void span_str(kiji_json *j, const kiji_doc *d, uint32_t a, uint32_t b)
{
    kiji_json_strn(j, d->text.ptr + a, b - a);
}

/* Mentions sorted by entity and text: the distinct texts of each entity in
 * one pass (an entity may have thousands of mentions). */
typedef struct {
    int entity;
    const char *p;
    uint32_t len, start;
} mtext;

static int cmp_mtext(const void *a, const void *b)
{
    const mtext *x = a, *y = b;
    if (x->entity != y->entity)
        return x->entity < y->entity ? -1 : 1;
    uint32_t n = x->len < y->len ? x->len : y->len;
    int c = memcmp(x->p, y->p, n);
    if (c)
        return c;
    if (x->len != y->len)
        return x->len < y->len ? -1 : 1;
    return (x->start > y->start) - (x->start < y->start);
}

static void write_contract(const kiji_doc *d, kiji_json *j)
{
    kiji_json_key(j, "source");
    kiji_json_str(j, d->source);
    kiji_json_key(j, "format");
    kiji_json_str(j, kiji_format_name(d->format));
    kiji_json_key(j, "hash");
    kiji_json_str(j, d->hash);
    kiji_json_key(j, "title");
    kiji_json_str(j, d->title);
    kiji_json_key(j, "authors");
    kiji_json_arr(j);
    for (size_t i = 0; i < d->authors.n; i++)
        kiji_json_str(j, d->authors.v[i]);
    kiji_json_arr_end(j);
    static const char *const meta[] = {"published", "url", "site", "language"};
    const char *vals[] = {d->published, d->url, d->site, d->language};
    for (int i = 0; i < 4; i++) {
        kiji_json_key(j, meta[i]);
        kiji_json_str(j, vals[i]);
    }
    /* body text; captions paired with the credit after them */
    kiji_buf body = KIJI_BUF_INIT;
    for (size_t i = 0; i < d->paras.n; i++) {
        const kiji_para *p = &d->paras.v[i];
        if (p->kind != KIJI_PARA_BODY)
            continue;
        if (body.len)
            kiji_buf_puts(&body, "\n\n");
        kiji_buf_put(&body, d->text.ptr + p->start, p->end - p->start);
    }
    kiji_json_key(j, "text");
    kiji_json_strn(j, body.ptr, body.len);
    kiji_buf_free(&body);
    kiji_json_key(j, "captions");
    kiji_json_arr(j);
    for (size_t i = 0; i < d->paras.n; i++) {
        const kiji_para *p = &d->paras.v[i];
        if (p->kind != KIJI_PARA_CAPTION)
            continue;
        kiji_json_obj(j);
        kiji_json_key(j, "text");
        span_str(j, d, p->start, p->end);
        kiji_json_key(j, "credit");
        if (i + 1 < d->paras.n && d->paras.v[i + 1].kind == KIJI_PARA_CREDIT)
            span_str(j, d, d->paras.v[i + 1].start, d->paras.v[i + 1].end);
        else
            kiji_json_null(j);
        kiji_json_obj_end(j);
    }
    kiji_json_arr_end(j);
    kiji_json_key(j, "quotes");
    kiji_json_arr(j);
    for (size_t i = 0; i < d->quotes.n; i++) {
        const kiji_quote *q = &d->quotes.v[i];
        bool ent = q->speaker >= 0 && (size_t)q->speaker < d->entities.n;
        kiji_json_obj(j);
        kiji_json_key(j, "text");
        if (q->text)
            kiji_json_str(j, q->text);
        else
            span_str(j, d, q->start, q->end);
        kiji_json_key(j, "kind");
        kiji_json_str(j, kiji_quote_kind_name(q->kind));
        kiji_json_key(j, "speaker");
        kiji_json_str(j, q->speaker_name);
        kiji_json_key(j, "speaker_type");
        kiji_json_str(j, ent ? kiji_ent_type_name(d->entities.v[q->speaker].type) : NULL);
        kiji_json_key(j, "cue");
        kiji_json_str(j, q->cue);
        kiji_json_key(j, "rule");
        kiji_json_str(j, q->rule);
        kiji_json_key(j, "confidence");
        kiji_json_num(j, q->confidence);
        kiji_json_key(j, "start");
        kiji_json_int(j, q->start);
        kiji_json_key(j, "end");
        kiji_json_int(j, q->end);
        kiji_json_key(j, "speaker_entity");
        kiji_json_int(j, ent ? q->speaker : -1);
        kiji_json_key(j, "speaker_start");
        kiji_json_int(j, q->sp_start);
        kiji_json_key(j, "speaker_end");
        kiji_json_int(j, q->sp_end);
        kiji_json_obj_end(j);
    }
    kiji_json_arr_end(j);
    mtext *mt = kiji_xcalloc(d->mentions.n + 1, sizeof *mt);
    for (size_t i = 0; i < d->mentions.n; i++) {
        const kiji_mention *m = &d->mentions.v[i];
        mt[i] = (mtext){m->entity, d->text.ptr + m->start, m->end - m->start, m->start};
    }
    qsort(mt, d->mentions.n, sizeof *mt, cmp_mtext);
    size_t mi = 0;
    kiji_json_key(j, "entities");
    kiji_json_arr(j);
    for (size_t e = 0; e < d->entities.n; e++) {
        const kiji_entity *x = &d->entities.v[e];
        kiji_json_obj(j);
        kiji_json_key(j, "name");
        kiji_json_str(j, x->name);
        kiji_json_key(j, "type");
        kiji_json_str(j, kiji_ent_type_name(x->type));
        kiji_json_key(j, "role");
        kiji_json_str(j, x->role);
        kiji_json_key(j, "org");
        kiji_json_str(j, x->org);
        kiji_json_key(j, "canon");
        kiji_json_str(j, x->canon);
        kiji_json_key(j, "gender");
        if (x->gender) {
            char g[2] = {(char)x->gender, 0};
            kiji_json_str(j, g);
        } else {
            kiji_json_null(j);
        }
        kiji_json_key(j, "mentions");
        kiji_json_arr(j);
        while (mi < d->mentions.n && mt[mi].entity < (int)e)
            mi++;
        for (; mi < d->mentions.n && mt[mi].entity == (int)e; mi++)
            if (!mi || mt[mi - 1].entity != (int)e || mt[mi - 1].len != mt[mi].len ||
                memcmp(mt[mi - 1].p, mt[mi].p, mt[mi].len))
                kiji_json_strn(j, mt[mi].p, mt[mi].len);
        kiji_json_arr_end(j);
        kiji_json_obj_end(j);
    }
    kiji_json_arr_end(j);
    free(mt);
    kiji_json_key(j, "timexes");
    kiji_json_arr(j);
    for (size_t i = 0; i < d->timexes.n; i++) {
        const kiji_timex *x = &d->timexes.v[i];
        kiji_json_obj(j);
        kiji_json_key(j, "text");
        span_str(j, d, x->start, x->end);
        kiji_json_key(j, "type");
        kiji_json_str(j, kiji_tx_type_name(x->type));
        kiji_json_key(j, "value");
        kiji_json_str(j, x->value);
        kiji_json_key(j, "mod");
        kiji_json_str(j, x->mod);
        kiji_json_key(j, "anchor");
        kiji_json_str(j, x->anchor);
        kiji_json_key(j, "start");
        kiji_json_int(j, x->start);
        kiji_json_key(j, "end");
        kiji_json_int(j, x->end);
        kiji_json_obj_end(j);
    }
    kiji_json_arr_end(j);
}

void kiji_docjson_write(const kiji_doc *d, kiji_buf *out)
{
    kiji_json j;
    kiji_json_init(&j, out);
    kiji_json_obj(&j);
    write_contract(d, &j);
    /* what the store needs beyond the contract */
    kiji_json_key(&j, "clean");
    kiji_json_strn(&j, d->text.ptr, d->text.len);
    kiji_buf raw = KIJI_BUF_INIT;
    b64_encode(&raw, d->raw, d->raw_len);
    kiji_json_key(&j, "raw");
    kiji_json_strn(&j, raw.ptr, raw.len);
    kiji_buf_free(&raw);
    kiji_json_key(&j, "paragraphs");
    kiji_json_arr(&j);
    for (size_t i = 0; i < d->paras.n; i++) {
        kiji_json_arr(&j);
        kiji_json_str(&j, kiji_para_kind_name(d->paras.v[i].kind));
        kiji_json_int(&j, d->paras.v[i].start);
        kiji_json_int(&j, d->paras.v[i].end);
        kiji_json_int(&j, d->paras.v[i].quote);
        kiji_json_arr_end(&j);
    }
    kiji_json_arr_end(&j);
    kiji_json_key(&j, "repairs");
    kiji_json_arr(&j);
    for (size_t i = 0; i < d->repairs.n; i++) {
        const kiji_repair *r = &d->repairs.v[i];
        kiji_json_arr(&j);
        kiji_json_int(&j, r->offset);
        kiji_json_int(&j, r->clean_offset);
        kiji_json_str(&j, r->before);
        kiji_json_str(&j, r->after);
        kiji_json_str(&j, r->rule);
        kiji_json_arr_end(&j);
    }
    kiji_json_arr_end(&j);
    kiji_json_key(&j, "mentions");
    kiji_json_arr(&j);
    for (size_t i = 0; i < d->mentions.n; i++) {
        const kiji_mention *m = &d->mentions.v[i];
        kiji_json_arr(&j);
        kiji_json_int(&j, m->start);
        kiji_json_int(&j, m->end);
        kiji_json_int(&j, m->entity);
        kiji_json_int(&j, m->how);
        kiji_json_arr_end(&j);
    }
    kiji_json_arr_end(&j);
    kiji_json_key(&j, "events");
    kiji_json_arr(&j);
    for (size_t i = 0; i < d->events.n; i++) {
        const kiji_event *e = &d->events.v[i];
        kiji_json_arr(&j);
        kiji_json_int(&j, e->start);
        kiji_json_int(&j, e->end);
        kiji_json_int(&j, e->timex);
        kiji_json_str(&j, e->date);
        kiji_json_str(&j, e->mod);
        kiji_json_arr_end(&j);
    }
    kiji_json_arr_end(&j);
    kiji_json_obj_end(&j);
    kiji_buf_putc(out, '\n');
}

/* ------------------------------------------------------------------ */
/* reading                                                             */

typedef struct {
    kiji_doc *d;
    kiji_buf *err;
    bool bad;
} rd;

static void bad(rd *r, const char *what)
{
    if (!r->bad)
        kiji_buf_printf(r->err, "not a kiji extract line: %s", what);
    r->bad = true;
}

/* A string member copied into the document's arena, or NULL. */
static const char *str(rd *r, const kiji_jv *o, const char *key)
{
    const char *s = kiji_jv_get_str(o, key);
    return s ? kiji_arena_strdup(&r->d->arena, s) : NULL;
}

static long num_at(rd *r, const kiji_jv *v, long lo, long hi)
{
    if (!v || v->type != KIJI_JV_NUM || !isfinite(v->num) || v->num < (double)lo ||
        v->num > (double)hi) {
        bad(r, "a number out of range");
        return lo;
    }
    return (long)v->num;
}

static long member_num(rd *r, const kiji_jv *o, const char *key, long lo, long hi)
{
    return num_at(r, kiji_jv_get(o, key), lo, hi);
}

static const kiji_jv *nth(const kiji_jv *arr, size_t i)
{
    const kiji_jv *v = arr && arr->type == KIJI_JV_ARR ? arr->child : NULL;
    while (v && i--)
        v = v->next;
    return v;
}

static const char *nth_str(rd *r, const kiji_jv *arr, size_t i)
{
    const kiji_jv *v = nth(arr, i);
    if (v && v->type == KIJI_JV_STR)
        return kiji_arena_strdup(&r->d->arena, v->str);
    if (!v || v->type != KIJI_JV_NULL)
        bad(r, "a string expected");
    return NULL;
}

/* Enum value by name: names(i) for i in 0..count. */
static int by_name(rd *r, const char *s, const char *(*names)(int), int count)
{
    for (int i = 0; s && i < count; i++)
        if (!strcmp(names(i), s))
            return i;
    bad(r, "an unknown kind");
    return 0;
}

static const char *fmt_name(int i) { return kiji_format_name((kiji_format)i); }
static const char *para_name(int i) { return kiji_para_kind_name((kiji_para_kind)i); }
static const char *ent_name(int i) { return kiji_ent_type_name((kiji_ent_type)i); }
static const char *tx_name(int i) { return kiji_tx_type_name((kiji_tx_type)i); }
static const char *q_name(int i) { return kiji_quote_kind_name((kiji_quote_kind)i); }

static const kiji_jv *array(rd *r, const kiji_jv *o, const char *key)
{
    const kiji_jv *a = kiji_jv_get(o, key);
    if (!a || a->type != KIJI_JV_ARR) {
        bad(r, key);
        return NULL;
    }
    return a;
}

kiji_doc *kiji_docjson_read(const char *line, size_t n, kiji_buf *err)
{
    kiji_arena tmp;
    kiji_arena_init(&tmp);
    kiji_buf perr = KIJI_BUF_INIT;
    kiji_jv *o = kiji_jv_parse(&tmp, line, n, &perr);
    if (!o || o->type != KIJI_JV_OBJ || perr.len) {
        kiji_buf_printf(err, "not a kiji extract line: %s", perr.len ? perr.ptr : "no object");
        kiji_buf_free(&perr);
        kiji_arena_free(&tmp);
        return NULL;
    }
    kiji_buf_free(&perr);
    const char *raw64 = kiji_jv_get_str(o, "raw");
    const char *clean = kiji_jv_get_str(o, "clean");
    const kiji_jv *cl = kiji_jv_get(o, "clean");
    const char *source = kiji_jv_get_str(o, "source");
    kiji_buf raw = KIJI_BUF_INIT;
    if (!raw64 || !clean || !source || !b64_decode(&raw, raw64, strlen(raw64))) {
        kiji_buf_puts(err, "not a kiji extract line: source, raw or clean missing");
        kiji_buf_free(&raw);
        kiji_arena_free(&tmp);
        return NULL;
    }
    rd r = {kiji_doc_new(source, raw.ptr, raw.len), err, false};
    kiji_buf_free(&raw);
    kiji_doc *d = r.d;
    kiji_sha256_hex(d->raw, d->raw_len, d->hash);
    const char *hash = kiji_jv_get_str(o, "hash");
    if (hash && strcmp(hash, d->hash))
        bad(&r, "the hash does not match the raw bytes");
    d->format = (kiji_format)by_name(&r, kiji_jv_get_str(o, "format"), fmt_name,
                                     KIJI_FMT_JSONL + 1);
    d->title = str(&r, o, "title");
    d->published = str(&r, o, "published");
    d->url = str(&r, o, "url");
    d->site = str(&r, o, "site");
    d->language = str(&r, o, "language");
    const kiji_jv *au = array(&r, o, "authors");
    for (const kiji_jv *a = au ? au->child : NULL; a; a = a->next)
        if (a->type == KIJI_JV_STR) {
            const char *x = kiji_arena_strdup(&d->arena, a->str);
            KIJI_VEC_PUSH(d->authors, x);
        }
    kiji_buf_put(&d->text, clean, cl->len);
    long len = (long)d->text.len;
    const kiji_jv *a;
    if ((a = array(&r, o, "paragraphs")))
        for (const kiji_jv *v = a->child; v && !r.bad; v = v->next) {
            kiji_para p;
            const kiji_jv *k = nth(v, 0);
            p.kind = (uint8_t)by_name(&r, k && k->type == KIJI_JV_STR ? k->str : NULL, para_name,
                                      KIJI_PARA_NKINDS);
            p.start = (uint32_t)num_at(&r, nth(v, 1), 0, len);
            p.end = (uint32_t)num_at(&r, nth(v, 2), p.start, len);
            p.quote = num_at(&r, nth(v, 3), 0, 1) != 0;
            KIJI_VEC_PUSH(d->paras, p);
        }
    if ((a = array(&r, o, "repairs")))
        for (const kiji_jv *v = a->child; v && !r.bad; v = v->next) {
            kiji_repair x;
            x.offset = (uint32_t)num_at(&r, nth(v, 0), 0, (long)d->raw_len + (1L << 30));
            x.clean_offset = (uint32_t)num_at(&r, nth(v, 1), 0, len);
            x.before = nth_str(&r, v, 2);
            x.after = nth_str(&r, v, 3);
            x.rule = nth_str(&r, v, 4);
            if (!x.before || !x.after || !x.rule)
                bad(&r, "a repair without its strings");
            KIJI_VEC_PUSH(d->repairs, x);
        }
    if ((a = array(&r, o, "entities")))
        for (const kiji_jv *v = a->child; v && !r.bad; v = v->next) {
            kiji_entity e;
            memset(&e, 0, sizeof e);
            e.name = str(&r, v, "name");
            e.type = (uint8_t)by_name(&r, kiji_jv_get_str(v, "type"), ent_name, KIJI_ENT_NTYPES);
            e.role = str(&r, v, "role");
            e.org = str(&r, v, "org");
            e.canon = str(&r, v, "canon");
            const char *g = kiji_jv_get_str(v, "gender");
            e.gender = g && (*g == 'm' || *g == 'f') ? (uint8_t)*g : 0;
            e.first = -1;
            if (!e.name)
                bad(&r, "an entity without a name");
            KIJI_VEC_PUSH(d->entities, e);
        }
    long nent = (long)d->entities.n;
    if ((a = array(&r, o, "mentions")))
        for (const kiji_jv *v = a->child; v && !r.bad; v = v->next) {
            kiji_mention m;
            m.start = (uint32_t)num_at(&r, nth(v, 0), 0, len);
            m.end = (uint32_t)num_at(&r, nth(v, 1), m.start, len);
            m.entity = (int)num_at(&r, nth(v, 2), 0, nent - 1);
            m.how = (uint8_t)num_at(&r, nth(v, 3), 0, 255);
            if (r.bad)
                break;
            kiji_entity *e = &d->entities.v[m.entity];
            if (e->first < 0)
                e->first = (int)d->mentions.n;
            e->nmentions++;
            KIJI_VEC_PUSH(d->mentions, m);
        }
    if ((a = array(&r, o, "timexes")))
        for (const kiji_jv *v = a->child; v && !r.bad; v = v->next) {
            kiji_timex x;
            x.start = (uint32_t)member_num(&r, v, "start", 0, len);
            x.end = (uint32_t)member_num(&r, v, "end", x.start, len);
            x.type = (uint8_t)by_name(&r, kiji_jv_get_str(v, "type"), tx_name, KIJI_TX_SET + 1);
            x.value = str(&r, v, "value");
            x.mod = str(&r, v, "mod");
            x.anchor = str(&r, v, "anchor");
            if (!x.value)
                bad(&r, "a date without a value");
            KIJI_VEC_PUSH(d->timexes, x);
        }
    if ((a = array(&r, o, "quotes")))
        for (const kiji_jv *v = a->child; v && !r.bad; v = v->next) {
            kiji_quote q;
            q.start = (uint32_t)member_num(&r, v, "start", 0, len);
            q.end = (uint32_t)member_num(&r, v, "end", q.start, len);
            q.kind = (uint8_t)by_name(&r, kiji_jv_get_str(v, "kind"), q_name, KIJI_Q_TERM + 1);
            q.speaker = (int)member_num(&r, v, "speaker_entity", -1, nent - 1);
            q.speaker_name = str(&r, v, "speaker");
            q.sp_start = (uint32_t)member_num(&r, v, "speaker_start", 0, len);
            q.sp_end = (uint32_t)member_num(&r, v, "speaker_end", 0, len);
            q.cue = str(&r, v, "cue");
            q.rule = str(&r, v, "rule");
            /* the words when they are not the span (a parenthetical cut) */
            const char *t = kiji_jv_get_str(v, "text");
            q.text = NULL;
            if (t && !r.bad && (strlen(t) != q.end - q.start ||
                                memcmp(t, d->text.ptr + q.start, q.end - q.start)))
                q.text = kiji_arena_strdup(&d->arena, t);
            const kiji_jv *c = kiji_jv_get(v, "confidence");
            q.confidence = c && c->type == KIJI_JV_NUM ? (float)c->num : 0.0f;
            KIJI_VEC_PUSH(d->quotes, q);
        }
    long ntx = (long)d->timexes.n;
    if ((a = array(&r, o, "events")))
        for (const kiji_jv *v = a->child; v && !r.bad; v = v->next) {
            kiji_event e;
            e.start = (uint32_t)num_at(&r, nth(v, 0), 0, len);
            e.end = (uint32_t)num_at(&r, nth(v, 1), e.start, len);
            e.timex = (int)num_at(&r, nth(v, 2), -1, ntx - 1);
            e.date = nth_str(&r, v, 3);
            e.mod = nth_str(&r, v, 4);
            if (!e.date)
                bad(&r, "an event without a date");
            KIJI_VEC_PUSH(d->events, e);
        }
    kiji_arena_free(&tmp);
    if (r.bad) {
        kiji_doc_free(d);
        return NULL;
    }
    return d;
}
