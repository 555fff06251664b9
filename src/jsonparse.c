/*
 * jsonparse.c: the forgiving JSON reader of jsonparse.h (stage "read",
 * JSON-LD in web pages).  Recursive descent with a depth limit; on damage it
 * keeps what it has read and says where it stopped.
 */
#include <stdlib.h>
#include <string.h>

#include "kiji/jsonparse.h"

typedef struct {
    kiji_arena *a;
    const char *s;
    size_t n, i;
    kiji_buf *err;
    bool failed; /* stop at the first real error, keep the partial tree */
    kiji_buf tmp;
} parser;

static void fail(parser *p, const char *what)
{
    if (p->failed)
        return;
    p->failed = true;
    if (p->err)
        kiji_buf_printf(p->err, "JSON: %s at byte %zu", what, p->i);
}

/* White space and comments: // to the end of the line, block comments. */
static void skip_ws(parser *p)
{
    while (p->i < p->n) {
        char c = p->s[p->i];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
            p->i++;
        } else if (c == '/' && p->i + 1 < p->n && p->s[p->i + 1] == '/') {
            while (p->i < p->n && p->s[p->i] != '\n')
                p->i++;
        } else if (c == '/' && p->i + 1 < p->n && p->s[p->i + 1] == '*') {
            const char *e = NULL;
            for (size_t k = p->i + 2; k + 1 < p->n; k++)
                if (p->s[k] == '*' && p->s[k + 1] == '/') {
                    e = p->s + k;
                    break;
                }
            p->i = e ? (size_t)(e - p->s) + 2 : p->n;
        } else {
            break;
        }
    }
}

static bool starts(const parser *p, const char *lit)
{
    size_t m = strlen(lit);
    return p->n - p->i >= m && !memcmp(p->s + p->i, lit, m);
}

static kiji_jv *node(parser *p, kiji_jv_type t)
{
    kiji_jv *v = kiji_arena_alloc(p->a, sizeof *v);
    v->type = t;
    return v;
}

static int hexval(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

/* Four hex digits at s[i..), or -1. */
static long hex4(const parser *p, size_t i)
{
    if (p->n - i < 4)
        return -1;
    long v = 0;
    for (int k = 0; k < 4; k++) {
        int h = hexval(p->s[i + k]);
        if (h < 0)
            return -1;
        v = v * 16 + h;
    }
    return v;
}

/* A string opened by quote (" or '), decoded into p->tmp.  Raw control
 * characters are kept (pages put real newlines in articleBody); an unknown
 * escape keeps its character; lone surrogates become U+FFFD. */
static bool read_string(parser *p, char quote)
{
    kiji_buf_clear(&p->tmp);
    p->i++; /* the opening quote */
    while (p->i < p->n) {
        char c = p->s[p->i];
        if (c == quote) {
            p->i++;
            return true;
        }
        if (c != '\\') {
            size_t j = p->i + 1;
            while (j < p->n && p->s[j] != quote && p->s[j] != '\\')
                j++;
            kiji_buf_put(&p->tmp, p->s + p->i, j - p->i);
            p->i = j;
            continue;
        }
        if (p->i + 1 >= p->n)
            break;
        char e = p->s[p->i + 1];
        p->i += 2;
        switch (e) {
        case 'b': kiji_buf_putc(&p->tmp, '\b'); break;
        case 'f': kiji_buf_putc(&p->tmp, '\f'); break;
        case 'n': kiji_buf_putc(&p->tmp, '\n'); break;
        case 'r': kiji_buf_putc(&p->tmp, '\r'); break;
        case 't': kiji_buf_putc(&p->tmp, '\t'); break;
        case 'u': {
            long cp = hex4(p, p->i);
            if (cp < 0) {
                kiji_buf_putc(&p->tmp, 'u');
                break;
            }
            p->i += 4;
            if (cp >= 0xD800 && cp <= 0xDBFF) {
                long lo = p->i + 1 < p->n && p->s[p->i] == '\\' && p->s[p->i + 1] == 'u'
                              ? hex4(p, p->i + 2)
                              : -1;
                if (lo >= 0xDC00 && lo <= 0xDFFF) {
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                    p->i += 6;
                } else {
                    cp = 0xFFFD;
                }
            } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
                cp = 0xFFFD;
            }
            kiji_buf_put_utf8(&p->tmp, (int32_t)(cp ? cp : 0xFFFD));
            break;
        }
        default:
            kiji_buf_putc(&p->tmp, e);
        }
    }
    fail(p, "unterminated string");
    return false;
}

static bool ident_char(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           c == '_' || c == '$' || c == '@' || c == '-' || c == '+' || c == '.';
}

static kiji_jv *value(parser *p, int depth);

/* Members or elements up to the closing bracket; trailing commas are fine.
 * On an error the container keeps what it has. */
static kiji_jv *container(parser *p, int depth, bool obj)
{
    kiji_jv *v = node(p, obj ? KIJI_JV_OBJ : KIJI_JV_ARR), **tail = &v->child;
    char close = obj ? '}' : ']';
    p->i++;
    if (depth >= KIJI_JV_DEPTH) {
        fail(p, "nested too deeply");
        return v;
    }
    for (;;) {
        skip_ws(p);
        if (p->i >= p->n) {
            fail(p, obj ? "unclosed object" : "unclosed array");
            return v;
        }
        char c = p->s[p->i];
        if (c == close) {
            p->i++;
            return v;
        }
        if (c == ',') { /* empty slot or trailing comma: ignore */
            p->i++;
            continue;
        }
        const char *key = NULL;
        if (obj) {
            if (c == '"' || c == '\'') {
                if (!read_string(p, c))
                    return v;
                key = kiji_arena_strndup(p->a, p->tmp.ptr, p->tmp.len);
            } else if (ident_char(c)) { /* an unquoted name */
                size_t j = p->i;
                while (j < p->n && ident_char(p->s[j]))
                    j++;
                key = kiji_arena_strndup(p->a, p->s + p->i, j - p->i);
                p->i = j;
            } else {
                fail(p, "expected a member name");
                return v;
            }
            skip_ws(p);
            if (p->i >= p->n || p->s[p->i] != ':') {
                fail(p, "expected ':'");
                return v;
            }
            p->i++;
        }
        kiji_jv *x = value(p, depth + 1);
        if (!x)
            return v;
        x->key = key;
        *tail = x;
        tail = &x->next;
        v->n++;
        if (p->failed)
            return v;
        skip_ws(p);
        if (p->i < p->n && p->s[p->i] == ',')
            p->i++;
        else if (p->i < p->n && p->s[p->i] != close) {
            fail(p, "expected ',' or a closing bracket");
            return v;
        }
    }
}

static kiji_jv *value(parser *p, int depth)
{
    skip_ws(p);
    if (p->i >= p->n) {
        fail(p, "expected a value");
        return NULL;
    }
    char c = p->s[p->i];
    if (c == '{' || c == '[')
        return container(p, depth, c == '{');
    if (c == '"' || c == '\'') {
        bool ok = read_string(p, c);
        kiji_jv *v = node(p, KIJI_JV_STR);
        v->str = kiji_arena_strndup(p->a, p->tmp.ptr, p->tmp.len);
        v->len = p->tmp.len;
        return ok || p->tmp.len ? v : NULL;
    }
    if (c == '-' || c == '+' || c == '.' || (c >= '0' && c <= '9')) {
        size_t j = p->i + 1;
        while (j < p->n && p->s[j] && strchr("0123456789.eE+-", p->s[j]))
            j++;
        kiji_jv *v = node(p, KIJI_JV_NUM);
        v->str = kiji_arena_strndup(p->a, p->s + p->i, j - p->i);
        v->len = j - p->i;
        v->num = strtod(v->str, NULL);
        p->i = j;
        return v;
    }
    if (starts(p, "true")) {
        p->i += 4;
        return node(p, KIJI_JV_TRUE);
    }
    if (starts(p, "false")) {
        p->i += 5;
        return node(p, KIJI_JV_FALSE);
    }
    if (starts(p, "null")) {
        p->i += 4;
        return node(p, KIJI_JV_NULL);
    }
    fail(p, "unexpected character");
    return NULL;
}

kiji_jv *kiji_jv_parse(kiji_arena *a, const char *s, size_t n, kiji_buf *err)
{
    parser p = {a, s, n, 0, err, false, KIJI_BUF_INIT};
    if (n >= 3 && !memcmp(s, "\xEF\xBB\xBF", 3))
        p.i = 3;
    /* wrappers that keep old browsers from showing the script */
    for (;;) {
        skip_ws(&p);
        if (starts(&p, "<!--"))
            p.i += 4;
        else if (starts(&p, "<![CDATA["))
            p.i += 9;
        else
            break;
    }
    kiji_jv *v = value(&p, 0);
    kiji_buf_free(&p.tmp);
    return v;
}

const kiji_jv *kiji_jv_get(const kiji_jv *obj, const char *key)
{
    if (!obj || obj->type != KIJI_JV_OBJ)
        return NULL;
    for (const kiji_jv *m = obj->child; m; m = m->next)
        if (m->key && !strcmp(m->key, key))
            return m;
    return NULL;
}

const char *kiji_jv_get_str(const kiji_jv *obj, const char *key)
{
    const kiji_jv *v = kiji_jv_get(obj, key);
    return v && v->type == KIJI_JV_STR ? v->str : NULL;
}

bool kiji_jv_is(const kiji_jv *v, const char *s)
{
    if (!v)
        return false;
    if (v->type == KIJI_JV_STR)
        return !strcmp(v->str, s);
    if (v->type == KIJI_JV_ARR)
        for (const kiji_jv *e = v->child; e; e = e->next)
            if (e->type == KIJI_JV_STR && !strcmp(e->str, s))
                return true;
    return false;
}
