/*
 * segment.c: tokens and sentences (see segment.h).  One pass over each
 * paragraph; tokens first, then sentence ends decided on tokens.
 */
#include <ctype.h>
#include <string.h>
#include <strings.h>

#include "kiji/lexicon.h"
#include "kiji/segment.h"
#include "kiji/utf8.h"

static bool word_cp(int32_t cp)
{
    return kiji_cp_is_letter(cp) || kiji_cp_is_digit(cp) ||
           (cp >= 0x300 && cp <= 0x36F); /* combining marks */
}

/* Characters that may stand inside a word between two word characters. */
static bool inner_cp(int32_t cp)
{
    return cp == '\'' || cp == 0x2019 || cp == '-' || cp == '.' || cp == 0x2010 ||
           cp == 0x2011 || cp == '&';
}

/* Length of an initialism at s[0..n) ("U.S.", "e.g."): two or more single
 * letters each followed by a dot; 0 if none. */
static size_t initialism(const char *s, size_t n)
{
    size_t i = 0, k = 0;
    while (i + 1 < n && isalpha((unsigned char)s[i]) && s[i + 1] == '.') {
        i += 2;
        k++;
    }
    return k >= 2 ? i : 0;
}

static bool word_is(const char *s, size_t n, const char *w)
{
    return strlen(w) == n && !strncmp(s, w, n);
}

static void set_flags(const char *s, kiji_token *t)
{
    size_t l;
    int32_t first = kiji_utf8_decode(s + t->start, t->end - t->start, &l);
    if (kiji_cp_is_upper(first))
        t->flags |= KIJI_TF_CAP;
    size_t letters, upper;
    kiji_utf8_case_count(s + t->start, t->end - t->start, &letters, &upper);
    if (letters >= 2 && upper == letters)
        t->flags |= KIJI_TF_UPPER;
}

/* Tokens of s[a..b): words (inner ' ’ - & between word characters, and
 * initialisms with their dots), numbers (inner . , between digits, with a
 * letter suffix: 1990s, 13th) and single punctuation characters. */
static void tokenize(kiji_doc *d, uint32_t a, uint32_t b)
{
    const char *s = d->text.ptr;
    uint32_t i = a;
    while (i < b) {
        size_t l;
        int32_t cp = kiji_utf8_decode(s + i, b - i, &l);
        if (kiji_cp_is_space(cp)) {
            i += (uint32_t)l;
            continue;
        }
        kiji_token t = {i, i + (uint32_t)l, KIJI_TOK_PUNCT, 0};
        if (word_cp(cp)) {
            bool num = kiji_cp_is_digit(cp);
            t.kind = num ? KIJI_TOK_NUM : KIJI_TOK_WORD;
            uint32_t j = i;
            size_t in = num ? 0 : initialism(s + i, b - i);
            j += (uint32_t)in;
            for (;;) {
                size_t l2;
                int32_t c2 = j < b ? kiji_utf8_decode(s + j, b - j, &l2) : -1;
                if (c2 < 0)
                    break;
                if (word_cp(c2)) {
                    j += (uint32_t)l2;
                    continue;
                }
                uint32_t k = j + (uint32_t)l2;
                size_t l3;
                int32_t c3 = k < b ? kiji_utf8_decode(s + k, b - k, &l3) : -1;
                bool joins = num ? (c2 == '.' || c2 == ',') && kiji_cp_is_digit(c3)
                                 : inner_cp(c2) && c2 != '.' && word_cp(c3);
                if (!num && (c2 == '-' || c2 == 0x2010 || c2 == 0x2011) && c3 >= 0) {
                    /* U.S.-based: a hyphen may follow an initialism's dot */
                    joins = word_cp(c3);
                }
                if (!joins)
                    break;
                j = k;
                /* an initialism after a hyphen: Japan-U.S. */
                size_t in2 = initialism(s + j, b - j);
                j += (uint32_t)in2;
            }
            t.end = j;
            set_flags(s, &t);
        } else if (cp == '"' || kiji_cp_is_open_quote(cp) || kiji_cp_is_close_quote(cp)) {
            t.flags |= KIJI_TF_QUOTE;
        }
        KIJI_VEC_PUSH(d->tokens, t);
        i = t.end;
    }
}

/* Titles and abbreviations that never end a sentence. */
static bool title_abbrev(const char *s, size_t n)
{
    static const char *const t[] = {"Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Lt", "Col",
                                    "Capt", "Sgt", "Maj", "Adm", "Cmdr", "Sen", "Rep",
                                    "Gov", "Rev", "Hon", "St", "Mt", "Ft",
                                    "vs", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug",
                                    "Sep", "Sept", "Oct", "Nov", "Dec", "Fig", "Vol",
                                    "approx", "est", "Ave", "Blvd", "Pres", "Supt", "Insp",
                                    "Cpl", "Pvt", "Brig", "Gens", "Reps", "Sens", "Messrs",
                                    NULL};
    return kiji_word_in_list(s, n, t);
}

/* Words that plainly start a sentence after an ambiguous abbreviation
 * ("... in the U.S. The talks"). */
static bool starter(const char *s, size_t n)
{
    static const char *const w[] = {"The", "This", "That", "These", "Those", "It", "He",
                                    "She", "They", "We", "I", "But", "And", "In", "On",
                                    "At", "For", "However", "Meanwhile", "A", "An", "Its",
                                    "His", "Her", "Their", "Our", "There", "When", "While",
                                    "After", "Before", "As", "If", "Some", "Many", "Such",
                                    NULL};
    return kiji_word_in_list(s, n, w);
}

static void sentences(kiji_doc *d, uint32_t para, uint32_t t0, uint32_t t1)
{
    const char *s = d->text.ptr;
    kiji_token *T = d->tokens.v;
    uint32_t first = t0;
    for (uint32_t i = t0; i < t1; i++) {
        bool end = false;
        uint32_t last = i;
        const kiji_token *t = &T[i];
        char c = s[t->start];
        bool dot_word = t->kind == KIJI_TOK_WORD && s[t->end - 1] == '.';
        if (t->kind == KIJI_TOK_PUNCT && (c == '.' || c == '?' || c == '!')) {
            end = true;
        } else if (dot_word) {
            end = true; /* an initialism at the end: judged below */
        }
        if (!end)
            continue;
        /* take closing quotes and brackets after the mark */
        while (last + 1 < t1) {
            const kiji_token *n = &T[last + 1];
            if (n->kind != KIJI_TOK_PUNCT)
                break;
            size_t l;
            int32_t cp = kiji_utf8_decode(s + n->start, n->end - n->start, &l);
            if (kiji_cp_is_close_quote(cp) || cp == ')' || cp == ']' ||
                (cp == '"' && n->start == T[last].end) || cp == '.' || cp == '?' ||
                cp == '!')
                last++;
            else
                break;
        }
        if (last + 1 >= t1)
            break; /* the paragraph end closes it anyway */
        const kiji_token *n = &T[last + 1];
        /* the next sentence starts with a capital, a digit or a quote */
        size_t l;
        int32_t nc = kiji_utf8_decode(s + n->start, n->end - n->start, &l);
        bool next_ok = kiji_cp_is_upper(nc) || kiji_cp_is_digit(nc) ||
                       kiji_cp_is_open_quote(nc) || nc == '"' || nc == '(';
        if (!next_ok || n->start == T[last].end)
            continue;
        /* abbreviation before a plain full stop */
        const kiji_token *w = dot_word ? t : (i > t0 ? &T[i - 1] : NULL);
        if (c == '.' || dot_word) {
            if (w && w->kind == KIJI_TOK_WORD && (dot_word || w->end == t->start)) {
                size_t wl = w->end - w->start - (dot_word ? 1 : 0);
                const char *ws = s + w->start;
                bool initial = wl == 1 && isupper((unsigned char)ws[0]);
                bool initialism = memchr(ws, '.', wl) != NULL;
                if (title_abbrev(ws, wl))
                    continue;
                /* an initial (John F. Kennedy) unless a sentence plainly
                 * starts after it (... Plan B. The ...) */
                if (initial && !starter(s + n->start, n->end - n->start))
                    continue;
                /* No. 5, Nos. 3 and 4: the number comes next */
                if ((word_is(ws, wl, "No") || word_is(ws, wl, "Nos")) && n->kind == KIJI_TOK_NUM)
                    continue;
                if ((initialism || word_is(ws, wl, "Corp") || word_is(ws, wl, "Inc") ||
                     word_is(ws, wl, "Co") || word_is(ws, wl, "Ltd") ||
                     word_is(ws, wl, "Jr") || word_is(ws, wl, "Sr")) &&
                    !starter(s + n->start, n->end - n->start))
                    continue;
            }
        }
        kiji_sentence se = {T[first].start, T[last].end, para, first, last + 1 - first};
        KIJI_VEC_PUSH(d->sentences, se);
        first = last + 1;
        i = last;
    }
    if (first < t1) {
        kiji_sentence se = {T[first].start, T[t1 - 1].end, para, first, t1 - first};
        KIJI_VEC_PUSH(d->sentences, se);
    }
}

void kiji_segment_run(kiji_doc *d)
{
    d->tokens.n = 0;
    d->sentences.n = 0;
    for (uint32_t p = 0; p < d->paras.n; p++) {
        uint32_t t0 = (uint32_t)d->tokens.n;
        tokenize(d, d->paras.v[p].start, d->paras.v[p].end);
        uint32_t t1 = (uint32_t)d->tokens.n;
        if (t1 > t0)
            sentences(d, p, t0, t1);
    }
    for (size_t i = 0; i < d->sentences.n; i++) {
        kiji_sentence *se = &d->sentences.v[i];
        for (uint32_t k = se->tok; k < se->tok + se->ntok; k++) {
            if (d->tokens.v[k].kind != KIJI_TOK_PUNCT) {
                d->tokens.v[k].flags |= KIJI_TF_SSTART;
                break;
            }
        }
    }
}

int kiji_sentence_at(const kiji_doc *d, uint32_t off)
{
    size_t lo = 0, hi = d->sentences.n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (d->sentences.v[mid].end <= off)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo < d->sentences.n && d->sentences.v[lo].start <= off)
        return (int)lo;
    return -1;
}
