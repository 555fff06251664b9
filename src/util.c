/*
 * util.c: allocation wrappers (abort on OOM, as cmark and redis do) and the
 * vector growth helper.  Bad input never reaches an abort; only OOM does.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kiji/kiji.h"

static void oom(size_t n)
{
    fprintf(stderr, "kiji: out of memory (asked for %zu bytes)\n", n);
    abort();
}

void *kiji_xmalloc(size_t n)
{
    void *p = malloc(n ? n : 1);
    if (!p)
        oom(n);
    return p;
}

void *kiji_xcalloc(size_t n, size_t size)
{
    void *p = calloc(n ? n : 1, size ? size : 1);
    if (!p)
        oom(n * size);
    return p;
}

void *kiji_xrealloc(void *p, size_t n)
{
    void *q = realloc(p, n ? n : 1);
    if (!q)
        oom(n);
    return q;
}

char *kiji_xstrdup(const char *s)
{
    return kiji_xstrndup(s, strlen(s));
}

char *kiji_xstrndup(const char *s, size_t n)
{
    char *p = kiji_xmalloc(n + 1);
    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

void kiji_grow(void **pp, size_t *cap, size_t need, size_t elsize)
{
    if (need <= *cap)
        return;
    size_t c = *cap ? *cap : 8;
    while (c < need)
        c += c / 2 + 1;
    if (c > SIZE_MAX / elsize)
        oom(SIZE_MAX);
    *pp = kiji_xrealloc(*pp, c * elsize);
    *cap = c;
}

const unsigned char *kiji_find_ci(const unsigned char *p, size_t n, const char *needle)
{
    size_t m = strlen(needle);
    for (size_t i = 0; i + m <= n; i++) {
        size_t k = 0;
        while (k < m && tolower(p[i + k]) == tolower((unsigned char)needle[k]))
            k++;
        if (k == m)
            return p + i;
    }
    return NULL;
}

bool kiji_word_in_list(const char *s, size_t n, const char *const *list)
{
    for (int i = 0; list[i]; i++)
        if (strlen(list[i]) == n && !strncmp(list[i], s, n))
            return true;
    return false;
}
