/*
 * buf.c: the growable buffer.  Invariant: ptr is never NULL and ptr[len] is
 * always '\0'; an empty buffer points at a shared static byte (cap 0).
 */
#include <assert.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kiji/buf.h"
#include "kiji/kiji.h"

char kiji_buf_empty[1] = {0};

void kiji_buf_init(kiji_buf *b)
{
    b->ptr = kiji_buf_empty;
    b->len = b->cap = 0;
}

void kiji_buf_free(kiji_buf *b)
{
    if (b->cap)
        free(b->ptr);
    kiji_buf_init(b);
}

void kiji_buf_grow(kiji_buf *b, size_t need)
{
    if (need > KIJI_BUF_MAX - b->len - 1) {
        fprintf(stderr, "kiji: buffer past %zu bytes\n", (size_t)KIJI_BUF_MAX);
        abort();
    }
    size_t want = b->len + need + 1;
    if (want <= b->cap)
        return;
    size_t c = b->cap ? b->cap : 64;
    while (c < want)
        c += c / 2;
    if (b->cap) {
        b->ptr = kiji_xrealloc(b->ptr, c);
    } else {
        b->ptr = kiji_xmalloc(c);
        b->ptr[0] = '\0';
    }
    b->cap = c;
}

void kiji_buf_put(kiji_buf *b, const void *p, size_t n)
{
    if (!n)
        return;
    kiji_buf_grow(b, n);
    memmove(b->ptr + b->len, p, n);
    b->len += n;
    b->ptr[b->len] = '\0';
}

void kiji_buf_puts(kiji_buf *b, const char *s)
{
    kiji_buf_put(b, s, strlen(s));
}

void kiji_buf_putc(kiji_buf *b, int c)
{
    kiji_buf_grow(b, 1);
    b->ptr[b->len++] = (char)c;
    b->ptr[b->len] = '\0';
}

void kiji_buf_vprintf(kiji_buf *b, const char *fmt, va_list ap)
{
    va_list ap2;
    va_copy(ap2, ap);
    int n = vsnprintf(NULL, 0, fmt, ap2);
    va_end(ap2);
    if (n <= 0)
        return;
    kiji_buf_grow(b, (size_t)n);
    vsnprintf(b->ptr + b->len, (size_t)n + 1, fmt, ap);
    b->len += (size_t)n;
}

void kiji_buf_printf(kiji_buf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    kiji_buf_vprintf(b, fmt, ap);
    va_end(ap);
}

void kiji_buf_clear(kiji_buf *b)
{
    kiji_buf_truncate(b, 0);
}

void kiji_buf_truncate(kiji_buf *b, size_t len)
{
    if (len >= b->len)
        return;
    b->len = len;
    b->ptr[len] = '\0'; /* cap > 0 here: len < b->len */
}

char *kiji_buf_detach(kiji_buf *b)
{
    char *p = b->cap ? b->ptr : kiji_xstrdup("");
    kiji_buf_init(b);
    return p;
}

void kiji_buf_put_utf8(kiji_buf *b, int32_t cp)
{
    unsigned char s[4];
    size_t n;
    if (cp < 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        cp = 0xFFFD;
    if (cp < 0x80) {
        s[0] = (unsigned char)cp;
        n = 1;
    } else if (cp < 0x800) {
        s[0] = (unsigned char)(0xC0 | (cp >> 6));
        s[1] = (unsigned char)(0x80 | (cp & 0x3F));
        n = 2;
    } else if (cp < 0x10000) {
        s[0] = (unsigned char)(0xE0 | (cp >> 12));
        s[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
        s[2] = (unsigned char)(0x80 | (cp & 0x3F));
        n = 3;
    } else {
        s[0] = (unsigned char)(0xF0 | (cp >> 18));
        s[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
        s[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
        s[3] = (unsigned char)(0x80 | (cp & 0x3F));
        n = 4;
    }
    kiji_buf_put(b, s, n);
}
