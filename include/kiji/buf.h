/*
 * buf.h: kiji_buf, the one growable byte buffer (after cmark_strbuf), and
 * kiji_str, a non-owning (ptr, len) view.  A kiji_buf's ptr is never NULL
 * and always NUL-terminated; growth is by half again; past KIJI_BUF_MAX the
 * process aborts (inputs are capped long before that).
 */
#ifndef KIJI_BUF_H
#define KIJI_BUF_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include "compat.h"

#define KIJI_BUF_MAX ((size_t)1 << 31)

typedef struct {
    char *ptr;
    size_t len, cap;
} kiji_buf;

typedef struct {
    const char *ptr;
    size_t len;
} kiji_str;

#define KIJI_BUF_INIT {(char *)kiji_buf_empty, 0, 0}
extern char kiji_buf_empty[1];

void kiji_buf_init(kiji_buf *b);
void kiji_buf_free(kiji_buf *b);
void kiji_buf_grow(kiji_buf *b, size_t need); /* room for need more bytes */
void kiji_buf_put(kiji_buf *b, const void *p, size_t n);
void kiji_buf_puts(kiji_buf *b, const char *s);
void kiji_buf_putc(kiji_buf *b, int c);
void kiji_buf_printf(kiji_buf *b, const char *fmt, ...) KIJI_PRINTF(2, 3);
void kiji_buf_vprintf(kiji_buf *b, const char *fmt, va_list ap);
void kiji_buf_clear(kiji_buf *b);
void kiji_buf_truncate(kiji_buf *b, size_t len);
/* Hand the bytes to the caller (free() them); b is left empty. */
char *kiji_buf_detach(kiji_buf *b);
/* Append UTF-8 for code point cp. */
void kiji_buf_put_utf8(kiji_buf *b, int32_t cp);

static inline kiji_str kiji_str_make(const char *p, size_t n)
{
    kiji_str s = {p, n};
    return s;
}

#endif
