/* json.c: the JSON writer (see json.h). */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "kiji/json.h"
#include "kiji/utf8.h"

void kiji_json_init(kiji_json *j, kiji_buf *out)
{
    memset(j, 0, sizeof *j);
    j->out = out;
}

static void value_start(kiji_json *j)
{
    if (j->after_key) {
        j->after_key = false;
        return;
    }
    if (j->need_comma[j->depth])
        kiji_buf_putc(j->out, ',');
    j->need_comma[j->depth] = true;
}

static void open(kiji_json *j, char c)
{
    value_start(j);
    kiji_buf_putc(j->out, c);
    if (j->depth + 1 < KIJI_JSON_DEPTH)
        j->depth++;
    j->need_comma[j->depth] = false;
}

static void close_(kiji_json *j, char c)
{
    kiji_buf_putc(j->out, c);
    if (j->depth > 0)
        j->depth--;
}

void kiji_json_obj(kiji_json *j) { open(j, '{'); }
void kiji_json_obj_end(kiji_json *j) { close_(j, '}'); }
void kiji_json_arr(kiji_json *j) { open(j, '['); }
void kiji_json_arr_end(kiji_json *j) { close_(j, ']'); }

void kiji_json_escape(kiji_buf *out, const char *s, size_t n)
{
    size_t i = 0;
    while (i < n) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 0x80) {
            size_t l;
            if (kiji_utf8_decode(s + i, n - i, &l) < 0) {
                kiji_buf_puts(out, "\xEF\xBF\xBD");
                i++;
            } else {
                kiji_buf_put(out, s + i, l);
                i += l;
            }
            continue;
        }
        switch (c) {
        case '"': kiji_buf_puts(out, "\\\""); break;
        case '\\': kiji_buf_puts(out, "\\\\"); break;
        case '\n': kiji_buf_puts(out, "\\n"); break;
        case '\r': kiji_buf_puts(out, "\\r"); break;
        case '\t': kiji_buf_puts(out, "\\t"); break;
        default:
            if (c < 0x20)
                kiji_buf_printf(out, "\\u%04x", c);
            else
                kiji_buf_putc(out, c);
        }
        i++;
    }
}

void kiji_json_key(kiji_json *j, const char *key)
{
    value_start(j);
    kiji_buf_putc(j->out, '"');
    kiji_json_escape(j->out, key, strlen(key));
    kiji_buf_puts(j->out, "\":");
    j->after_key = true;
}

void kiji_json_strn(kiji_json *j, const char *s, size_t n)
{
    value_start(j);
    kiji_buf_putc(j->out, '"');
    kiji_json_escape(j->out, s, n);
    kiji_buf_putc(j->out, '"');
}

void kiji_json_str(kiji_json *j, const char *s)
{
    if (!s)
        kiji_json_null(j);
    else
        kiji_json_strn(j, s, strlen(s));
}

void kiji_json_int(kiji_json *j, long long v)
{
    value_start(j);
    kiji_buf_printf(j->out, "%lld", v);
}

void kiji_json_num(kiji_json *j, double v)
{
    value_start(j);
    if (isfinite(v))
        kiji_buf_printf(j->out, "%.4g", v);
    else
        kiji_buf_puts(j->out, "null");
}

void kiji_json_null(kiji_json *j)
{
    value_start(j);
    kiji_buf_puts(j->out, "null");
}
