/*
 * lexicon.c: lookups over the generated tables (the generated .inc files).  Binary
 * search over sorted, lower-cased keys; no allocation, no global state.
 */
#include <ctype.h>
#include <string.h>

#include "kiji/lexicon.h"

#include "gen/words.inc"

/* Compare key (NUL-terminated, lower case) with s[0..n) folded to lower. */
static int cmp_key(const char *key, const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        unsigned char a = (unsigned char)key[i];
        unsigned char b = (unsigned char)tolower((unsigned char)s[i]);
        if (!a)
            return -1;
        if (a != b)
            return a < b ? -1 : 1;
    }
    return key[n] ? 1 : 0;
}

/* Index of the first key >= s[0..n). */
static size_t lower_bound(const kiji_lexicon *lx, const char *s, size_t n)
{
    size_t lo = 0, hi = lx->nkeys;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (cmp_key(lx->keys + lx->koff[mid], s, n) < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

long kiji_lex_get(const kiji_lexicon *lx, const char *s, size_t n)
{
    if (!n || n > 200)
        return -1;
    size_t i = lower_bound(lx, s, n);
    if (i < lx->nkeys && cmp_key(lx->keys + lx->koff[i], s, n) == 0)
        return (long)lx->kval[i];
    return -1;
}

bool kiji_lex_has_prefix(const kiji_lexicon *lx, const char *s, size_t n)
{
    if (!n || n > 200)
        return false;
    size_t i = lower_bound(lx, s, n);
    if (i < lx->nkeys && cmp_key(lx->keys + lx->koff[i], s, n) == 0)
        i++; /* the exact key itself is not a longer entry */
    if (i >= lx->nkeys)
        return false;
    const char *k = lx->keys + lx->koff[i];
    for (size_t j = 0; j < n; j++)
        if (k[j] != (char)tolower((unsigned char)s[j]))
            return false;
    return k[n] == ' ';
}

unsigned kiji_word_flags(const char *s, size_t n)
{
    long v = kiji_lex_get(&kiji_lex_words, s, n);
    if (v >= 0)
        return (unsigned)v;
    /* possessives: word's, word’s, words' */
    if (n > 2 && s[n - 2] == '\'' && (s[n - 1] == 's' || s[n - 1] == 'S'))
        return kiji_word_flags(s, n - 2);
    if (n > 4 && !memcmp(s + n - 4, "\xE2\x80\x99", 3) && (s[n - 1] == 's' || s[n - 1] == 'S'))
        return kiji_word_flags(s, n - 4);
    if (n > 2 && s[n - 1] == '\'' && (s[n - 2] == 's' || s[n - 2] == 'S'))
        return kiji_word_flags(s, n - 1);
    return 0;
}

bool kiji_is_word(const char *s, size_t n)
{
    if (n == 1)
        return *s == 'a' || *s == 'A' || *s == 'I';
    return (kiji_word_flags(s, n) & KIJI_W_LOWER) != 0;
}
