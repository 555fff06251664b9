/*
 * lexicon.h: the word lists and gazetteers compiled into the binary (see
 * data/SOURCES.md and src/tools/mklexicon.c).  Tables are const and shared by
 * every thread.  Keys are lower-cased; lookups ignore ASCII case.
 */
#ifndef KIJI_LEXICON_H
#define KIJI_LEXICON_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct {
    const char *name;
    const char *keys;      /* NUL-separated, sorted */
    const uint32_t *koff;  /* start of key i in keys */
    const uint32_t *kval;  /* value of key i */
    size_t nkeys;
    const char *const *canon; /* list lexicons: entry -> canonical form */
    const char *const *tags;  /* list lexicons: entry -> tag ("" if none) */
    size_t nentries;
} kiji_lexicon;

/* Dictionary flags (kiji_lex_words). */
#define KIJI_W_LOWER 1u   /* occurs in lower case: a common word */
#define KIJI_W_CAPITAL 2u /* occurs capitalised: a proper noun */

extern const kiji_lexicon kiji_lex_words;

/* Value of key s[0..n) (any ASCII case), or -1 when absent. */
long kiji_lex_get(const kiji_lexicon *lx, const char *s, size_t n);
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
