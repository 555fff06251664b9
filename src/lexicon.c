/*
 * lexicon.c: lookups over the generated tables (the generated .inc files).
 * Each lexicon gets hash tables of its keys (and of the prefixes of its
 * multi-word keys) on first use, built once under a lock and read-only after;
 * a lookup folds ASCII case on the fly and allocates nothing.
 */
#include <string.h>

#include "kiji/kiji.h"

#include "kiji/lexicon.h"

#include "gen/words.inc"

/* FNV-1a over s[0..n) folded to ASCII lower case. */
static uint64_t hash_lower(const char *s, size_t n)
{
    uint64_t h = 1469598103934665603ull;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 'A' && c <= 'Z')
            c |= 0x20;
        h = (h ^ c) * 1099511628211ull;
    }
    return h;
}

/* key[0..n) equals s[0..n) folded to lower case (keys are lower case) */
static bool eq_lower(const char *key, const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 'A' && c <= 'Z')
            c |= 0x20;
        if ((unsigned char)key[i] != c)
            return false;
    }
    return true;
}

static size_t table_size(size_t n)
{
    size_t size = 16;
    while (size < 2 * n + 1)
        size <<= 1;
    return size;
}

static void build(const kiji_lexicon *lx)
{
    kiji_lex_index *ix = lx->index;
    size_t size = table_size(lx->nkeys);
    ix->slots = kiji_xcalloc(2 * size, sizeof *ix->slots);
    ix->mask = size - 1;
    size_t nprefix = 0;
    for (size_t i = 0; i < lx->nkeys; i++) {
        const char *k = lx->keys + lx->koff[i];
        size_t n = strlen(k);
        uint64_t hv = hash_lower(k, n);
        size_t h = (size_t)hv & ix->mask;
        while (ix->slots[2 * h])
            h = (h + 1) & ix->mask;
        ix->slots[2 * h] = (uint32_t)i + 1;
        ix->slots[2 * h + 1] = (uint32_t)(hv >> 32);
        for (size_t j = 0; j < n; j++)
            nprefix += k[j] == ' ';
    }
    size = table_size(nprefix);
    ix->pslots = kiji_xcalloc(size, sizeof *ix->pslots);
    ix->plen = kiji_xcalloc(size, sizeof *ix->plen);
    ix->pmask = size - 1;
    for (size_t i = 0; i < lx->nkeys; i++) {
        const char *k = lx->keys + lx->koff[i];
        for (size_t j = 0; k[j]; j++) {
            if (k[j] != ' ' || j > 0xFFFF)
                continue;
            size_t h = (size_t)hash_lower(k, j) & ix->pmask;
            bool dup = false;
            while (ix->pslots[h] && !dup) {
                const char *o = lx->keys + lx->koff[ix->pslots[h] - 1];
                dup = ix->plen[h] == j && !memcmp(o, k, j);
                if (!dup)
                    h = (h + 1) & ix->pmask;
            }
            if (!dup) {
                ix->pslots[h] = (uint32_t)i + 1;
                ix->plen[h] = (uint16_t)j;
            }
        }
    }
}

static const kiji_lex_index *index_of(const kiji_lexicon *lx)
{
    kiji_lex_index *ix = lx->index;
    if (atomic_load_explicit(&ix->ready, memory_order_acquire))
        return ix;
    pthread_mutex_lock(&ix->mu);
    if (!atomic_load_explicit(&ix->ready, memory_order_relaxed)) {
        build(lx);
        atomic_store_explicit(&ix->ready, 1, memory_order_release);
    }
    pthread_mutex_unlock(&ix->mu);
    return ix;
}

kiji_lex_key kiji_lex_key_make(const char *s, size_t n)
{
    kiji_lex_key k = {s, n, n && n <= 200 ? hash_lower(s, n) : 0};
    return k;
}

long kiji_lex_get_key(const kiji_lexicon *lx, const kiji_lex_key *q)
{
    if (!q->n || q->n > 200 || !lx->nkeys)
        return -1;
    const kiji_lex_index *ix = index_of(lx);
    uint32_t fp = (uint32_t)(q->h >> 32);
    for (size_t h = (size_t)q->h & ix->mask;; h = (h + 1) & ix->mask) {
        uint32_t k = ix->slots[2 * h];
        if (!k)
            return -1;
        if (ix->slots[2 * h + 1] != fp)
            continue;
        const char *key = lx->keys + lx->koff[k - 1];
        if (eq_lower(key, q->s, q->n) && key[q->n] == 0)
            return (long)lx->kval[k - 1];
    }
}

long kiji_lex_get(const kiji_lexicon *lx, const char *s, size_t n)
{
    kiji_lex_key k = kiji_lex_key_make(s, n);
    return kiji_lex_get_key(lx, &k);
}

bool kiji_lex_has_prefix(const kiji_lexicon *lx, const char *s, size_t n)
{
    if (!n || n > 200 || !lx->nkeys)
        return false;
    const kiji_lex_index *ix = index_of(lx);
    size_t h = (size_t)hash_lower(s, n) & ix->pmask;
    for (uint32_t k; (k = ix->pslots[h]) != 0; h = (h + 1) & ix->pmask) {
        if (ix->plen[h] == n && eq_lower(lx->keys + lx->koff[k - 1], s, n))
            return true;
    }
    return false;
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
