/* utf8.c: UTF-8 decoding and character classes (see utf8.h). */
#include <utf8proc.h>

#include "kiji/utf8.h"

int32_t kiji_utf8_decode(const char *s, size_t n, size_t *len)
{
    const unsigned char *p = (const unsigned char *)s;
    *len = 1;
    if (!n)
        return -1;
    unsigned c = p[0];
    if (c < 0x80)
        return (int32_t)c;
    size_t need;
    int32_t cp, min;
    if (c >= 0xC2 && c <= 0xDF)
        need = 1, cp = c & 0x1F, min = 0x80;
    else if (c >= 0xE0 && c <= 0xEF)
        need = 2, cp = c & 0x0F, min = 0x800;
    else if (c >= 0xF0 && c <= 0xF4)
        need = 3, cp = c & 0x07, min = 0x10000;
    else
        return -1;
    if (n < need + 1)
        return -1;
    for (size_t i = 1; i <= need; i++) {
        if ((p[i] & 0xC0) != 0x80)
            return -1;
        cp = (cp << 6) | (p[i] & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        return -1;
    *len = need + 1;
    return cp;
}

int32_t kiji_utf8_prev(const char *s, size_t pos, size_t *start)
{
    size_t i = pos;
    size_t lim = pos > 4 ? pos - 4 : 0;
    while (i > lim && ((unsigned char)s[i - 1] & 0xC0) == 0x80)
        i--;
    if (i > 0)
        i--;
    size_t len;
    int32_t cp = kiji_utf8_decode(s + i, pos - i, &len);
    if (cp < 0 || i + len != pos) {
        *start = pos - 1;
        return -1;
    }
    *start = i;
    return cp;
}

bool kiji_utf8_valid(const char *s, size_t n)
{
    size_t i = 0;
    while (i < n) {
        if ((unsigned char)s[i] < 0x80) {
            i++;
            continue;
        }
        size_t len;
        if (kiji_utf8_decode(s + i, n - i, &len) < 0)
            return false;
        i += len;
    }
    return true;
}

bool kiji_cp_is_letter(int32_t cp)
{
    if (cp < 0x80)
        return (cp | 32) >= 'a' && (cp | 32) <= 'z';
    if (cp < 0)
        return false;
    utf8proc_category_t c = utf8proc_category(cp);
    return c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO;
}

bool kiji_cp_is_upper(int32_t cp)
{
    if (cp < 0x80)
        return cp >= 'A' && cp <= 'Z';
    return cp > 0 && utf8proc_category(cp) == UTF8PROC_CATEGORY_LU;
}

bool kiji_cp_is_lower(int32_t cp)
{
    if (cp < 0x80)
        return cp >= 'a' && cp <= 'z';
    return cp > 0 && utf8proc_category(cp) == UTF8PROC_CATEGORY_LL;
}

bool kiji_cp_is_space(int32_t cp)
{
    if (cp < 0x80)
        return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == '\v';
    return cp > 0 && (utf8proc_category(cp) == UTF8PROC_CATEGORY_ZS || cp == 0x2028 ||
                      cp == 0x2029 || cp == 0x85);
}

bool kiji_cp_is_digit(int32_t cp)
{
    return cp >= '0' && cp <= '9';
}

bool kiji_cp_is_open_quote(int32_t cp)
{
    return cp == 0x201C || cp == 0x2018 || cp == 0x201E || cp == 0x201A || cp == 0xAB ||
           cp == 0x2039 || cp == 0x300C || cp == 0x300E;
}

bool kiji_cp_is_close_quote(int32_t cp)
{
    return cp == 0x201D || cp == 0x2019 || cp == 0xBB || cp == 0x203A || cp == 0x300D ||
           cp == 0x300F;
}

bool kiji_cp_is_dash(int32_t cp)
{
    return cp == '-' || (cp >= 0x2010 && cp <= 0x2015) || cp == 0x2212;
}

void kiji_utf8_case_count(const char *s, size_t n, size_t *letters, size_t *upper)
{
    size_t a = 0, u = 0;
    for (size_t i = 0; i < n;) {
        size_t l;
        int32_t cp = kiji_utf8_decode(s + i, n - i, &l);
        if (kiji_cp_is_letter(cp)) {
            a++;
            u += kiji_cp_is_upper(cp);
        }
        i += l;
    }
    *letters = a;
    *upper = u;
}
