/*
 * lexicon.h: the word lists and gazetteers compiled into the binary (see
 * data/SOURCES.md and src/tools/mklexicon.c).  Tables are const and shared by
 * every thread.  Keys are lower-cased; lookups ignore ASCII case.
 */
#ifndef KIJI_LEXICON_H
#define KIJI_LEXICON_H

#include <pthread.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* The hash tables of a lexicon, built on its first lookup (once, whatever
 * the threads) and read-only afterwards: keys, and the prefixes of
 * multi-word keys that end before a space. */
typedef struct kiji_lex_index {
    pthread_mutex_t mu;
    atomic_int ready;
    uint32_t *slots; /* pairs: key index + 1 (0 empty), then the key's hash's
                      * high half, so a miss rarely reads a key */
    size_t mask;
    uint32_t *pslots; /* prefixes: key index + 1 ... */
    uint16_t *plen;   /* ... and the prefix's length */
    size_t pmask;
} kiji_lex_index;

#define KIJI_LEX_INDEX_INIT {PTHREAD_MUTEX_INITIALIZER, 0, NULL, 0, NULL, NULL, 0}

typedef struct {
    const char *name;
    const char *keys;      /* NUL-separated, sorted */
    const uint32_t *koff;  /* start of key i in keys */
    const uint32_t *kval;  /* value of key i */
    size_t nkeys;
    const char *const *canon; /* list lexicons: entry -> canonical form */
    const char *const *tags;  /* list lexicons: entry -> tag ("" if none) */
    size_t nentries;
    kiji_lex_index *index; /* mutable state behind a const table */
} kiji_lexicon;

/* Dictionary flags (kiji_lex_words). */
#define KIJI_W_LOWER 1u   /* occurs in lower case: a common word */
#define KIJI_W_CAPITAL 2u /* occurs capitalised: a proper noun */

extern const kiji_lexicon kiji_lex_words;

/* Value of key s[0..n) (any ASCII case), or -1 when absent. */
long kiji_lex_get(const kiji_lexicon *lx, const char *s, size_t n);

/* A key hashed once, for looking one word up in several lexicons. */
typedef struct {
    const char *s;
    size_t n;
    uint64_t h;
} kiji_lex_key;

kiji_lex_key kiji_lex_key_make(const char *s, size_t n);
long kiji_lex_get_key(const kiji_lexicon *lx, const kiji_lex_key *k);
/* True when some key begins with s[0..n) followed by a space (a multi-word
 * entry goes on), for longest-match scans. */
bool kiji_lex_has_prefix(const kiji_lexicon *lx, const char *s, size_t n);

/* Dictionary flags of a word, trying the forms a dictionary lists: as is,
 * without a possessive ('s, ’s, s'), 0 when unknown. */
unsigned kiji_word_flags(const char *s, size_t n);
/* True when s[0..n) is a common English word (lower case in the dictionary);
 * of single letters only "a", "A" and "I" are words here. */
bool kiji_is_word(const char *s, size_t n);

#endif
