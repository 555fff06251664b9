/*
 * timex.c: temporal expressions (stage "dates", see timex.h).  A scanner
 * over the tokens of each headline, caption and body sentence recognises the
 * date forms of English news; each match is then resolved TIMEX3-style:
 * absolute forms as written, deictic ones ("next month", "Sunday") against
 * the publication date, anaphoric ones ("the following day") against the
 * last date the story gave.  Bare weekdays and months take their direction
 * (previous or coming one) from cue words and the tense of their clause.
 * Invariant: timexes are appended in text order and never overlap.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "kiji/calendar.h"
#include "kiji/timex.h"

/* ------------------------------------------------------------------ */
/* what a match holds before it is resolved                           */

/* DIR_NEAR: the time of an intention told in the past ("threatened to
 * veto it in March") lies after the telling but may be gone by now: the
 * nearer candidate, neither side preferred */
typedef enum { DIR_NONE, DIR_PAST, DIR_FUTURE, DIR_NEAR } dir;

/* Granularity of a calendar value, coarse to fine. */
enum { G_NONE, G_CENT, G_DEC, G_YEAR, G_HALF, G_QUARTER, G_SEASON, G_MONTH, G_WEEK,
       G_WEEKEND, G_DAY };

enum {
    K_ABS,     /* fully given: 2013, November 2022, Nov 13, 2023, the 1990s */
    K_MONTH,   /* a month without a year: April, last November */
    K_MDAY,    /* a month and day without a year: Nov. 13 */
    K_WDAY,    /* a weekday: Sunday, next Sunday */
    K_REL,     /* n units from the publication date: next month, two weeks ago */
    K_ANAPH,   /* n units from the story's last date: the following day */
    K_SEASON,  /* this summer, the summer of 2022 */
    K_PART,    /* quarters and halves: the third quarter, the first half of 2024 */
    K_HOLIDAY, /* Christmas, Thanksgiving, Easter */
    K_LIT,     /* value known as written: durations, sets, PRESENT_REF */
};

/* Time of day parts (TIMEX3 MO AF EV NI). */
static const char *const tod_code[] = {"", "MO", "AF", "EV", "NI"};
static const char *const season_code[] = {"SP", "SU", "FA", "WI"};

typedef struct {
    int kind;
    int type;      /* kiji_tx_type */
    int g;         /* granularity */
    int y, m, d;   /* parts as written (0 = not given) */
    int part;      /* weekday 0..6, quarter/half 1.., season 0..3, holiday id */
    int n;         /* K_REL/K_ANAPH offset in units of g; the year offset for rel 3..6 */
    /* how a partial form is placed: 0 bare (by tense), -1 last, 1 next, 2 this;
     * K_WDAY 3 the following, 4 the previous (from the story's date);
     * K_PART 3/4 and K_MONTH 5/6 a year n from the publication date / the
     * story's date ("of next year", "of the following year");
     * K_REL weekend 1: "the weekend" (the nearer one);
     * K_ANAPH 7: "a year earlier", "two years later" (counted);
     * K_REL 8: "a year ago" (counted); 9: "the new year" */
    int rel;
    int tod;       /* index into tod_code */
    int hh, mm;    /* clock time when has_clock */
    bool has_clock;
    const char *mod;
    char lit[24];  /* K_LIT value */
    uint32_t ts, te; /* tokens [ts, te) */
} tmatch;

/* A resolved calendar value. */
typedef struct {
    int g;
    int y, m, d, part; /* y < 0: unknown (no publication date) */
} rdate;

typedef struct {
    const char *s;
    const kiji_token *T;
    uint32_t t0, t1; /* the sentence's tokens */
    uint8_t kind;    /* its paragraph's kind */
    bool title_case; /* a headline In Title Case: capitals say nothing */
    bool has_dct;
    kiji_date dct;
    rdate ref;       /* the last date the body gave, for anaphora */
    bool ref_here;   /* ... given in the sentence being read */
    /* the last month, quarter or half of the sentence being read: "a year
     * earlier" compares with it even past a day ("third-quarter profit,
     * reported on Thursday, rose from a year earlier") */
    rdate per;
    bool per_here;
    /* multi-word name mentions, sorted by start: "Sunday Times" */
    kiji_span *names;
    size_t nnames;
    /* the tense cue of each token of the sentence, -1 until asked: every
     * expression looks at its neighbours, so dense dates share the work */
    int8_t *cues;
    /* 1 for the tokens of the sentence's expressions */
    uint8_t *intx;
} scan;

/* ------------------------------------------------------------------ */
/* tokens                                                              */

static bool in_sent(const scan *sc, uint32_t i)
{
    return i >= sc->t0 && i < sc->t1;
}

static const char *tptr(const scan *sc, uint32_t i)
{
    return sc->s + sc->T[i].start;
}

static size_t tlen(const scan *sc, uint32_t i)
{
    return sc->T[i].end - sc->T[i].start;
}

/* Length of a word without a possessive ending ('s ’s s' s’). */
static size_t base_len(const scan *sc, uint32_t i)
{
    const char *p = tptr(sc, i);
    size_t n = tlen(sc, i);
    if (n > 4 && !memcmp(p + n - 4, "\xe2\x80\x99s", 4))
        return n - 4;
    if (n > 2 && p[n - 2] == '\'' && p[n - 1] == 's')
        return n - 2;
    if (n > 4 && p[n - 4] == 's' && !memcmp(p + n - 3, "\xe2\x80\x99", 3))
        return n - 3;
    if (n > 2 && p[n - 2] == 's' && p[n - 1] == '\'')
        return n - 1;
    return n;
}

/* p[0..n) equals the NUL-terminated w, ASCII case ignored.  The first
 * letter is tested first: this runs for every token against word lists. */
/* ASCII case folding without the locale: this runs for every word of every
 * list a token is checked against. */
static inline unsigned char fold(unsigned char c)
{
    return c >= 'A' && c <= 'Z' ? (unsigned char)(c | 0x20) : c;
}

static bool ieq_word(const char *p, size_t n, const char *w)
{
    if (!n || fold((unsigned char)*p) != fold((unsigned char)*w))
        return false;
    size_t j = 1;
    while (j < n && w[j] && fold((unsigned char)p[j]) == fold((unsigned char)w[j]))
        j++;
    return j == n && !w[n];
}

/* Token i (a word, any case, possessive ignored) is w. */
static bool word_is(const scan *sc, uint32_t i, const char *w)
{
    if (!in_sent(sc, i) || sc->T[i].kind == KIJI_TOK_PUNCT)
        return false;
    return ieq_word(tptr(sc, i), base_len(sc, i), w);
}

/* Token i is exactly w, any case. */
static bool tok_is(const scan *sc, uint32_t i, const char *w)
{
    if (!in_sent(sc, i))
        return false;
    size_t n = tlen(sc, i);
    return strlen(w) == n && !strncasecmp(tptr(sc, i), w, n);
}

static int word_in(const scan *sc, uint32_t i, const char *const *ws)
{
    if (!in_sent(sc, i) || sc->T[i].kind == KIJI_TOK_PUNCT)
        return -1;
    const char *p = tptr(sc, i);
    size_t n = base_len(sc, i);
    for (int k = 0; ws[k]; k++)
        if (ieq_word(p, n, ws[k]))
            return k;
    return -1;
}

static bool punct_is(const scan *sc, uint32_t i, char c)
{
    return in_sent(sc, i) && sc->T[i].kind == KIJI_TOK_PUNCT && tlen(sc, i) == 1 &&
           *tptr(sc, i) == c;
}

static bool is_dash(const scan *sc, uint32_t i)
{
    if (!in_sent(sc, i) || sc->T[i].kind != KIJI_TOK_PUNCT)
        return false;
    const char *p = tptr(sc, i);
    size_t n = tlen(sc, i);
    return (n == 1 && *p == '-') || (n == 3 && !memcmp(p, "\xe2\x80\x93", 3));
}

static bool capital(const scan *sc, uint32_t i)
{
    return in_sent(sc, i) && (sc->T[i].flags & KIJI_TF_CAP);
}

/* A lower-case word, or a capitalised one where capitals say nothing (the
 * first word of a sentence, a title-case headline). */
static bool plain_case(const scan *sc, uint32_t i)
{
    if (!in_sent(sc, i) || sc->T[i].kind != KIJI_TOK_WORD)
        return false;
    if (!(sc->T[i].flags & KIJI_TF_CAP))
        return true;
    return sc->title_case || (sc->T[i].flags & KIJI_TF_SSTART) || (sc->T[i].flags & KIJI_TF_UPPER);
}

/* Tokens i and i+1 touch (no space between): "Nov" ".", "2023" "-" "11". */
static bool touch(const scan *sc, uint32_t i)
{
    return in_sent(sc, i + 1) && sc->T[i].end == sc->T[i + 1].start;
}

/* Value of a token of digits only (at most 9), or -1; *nd gets the count. */
static long digits_val(const scan *sc, uint32_t i, int *nd)
{
    if (nd)
        *nd = 0; /* callers test the digit count even when there is no number */
    if (!in_sent(sc, i) || sc->T[i].kind != KIJI_TOK_NUM)
        return -1;
    const char *p = tptr(sc, i);
    size_t n = tlen(sc, i);
    if (n > 9)
        return -1;
    long v = 0;
    for (size_t k = 0; k < n; k++) {
        if (!isdigit((unsigned char)p[k]))
            return -1;
        v = v * 10 + (p[k] - '0');
    }
    if (nd)
        *nd = (int)n;
    return v;
}

/* A day of the month: 1..31, "13" or "13th". */
static int day_at(const scan *sc, uint32_t i)
{
    if (!in_sent(sc, i) || sc->T[i].kind != KIJI_TOK_NUM)
        return 0;
    const char *p = tptr(sc, i);
    size_t n = tlen(sc, i), k = 0;
    int v = 0;
    while (k < n && k < 2 && isdigit((unsigned char)p[k]))
        v = v * 10 + (p[k++] - '0');
    if (!k || v < 1 || v > 31)
        return 0;
    if (k == n)
        return v;
    if (n - k == 2 && (!strncasecmp(p + k, "st", 2) || !strncasecmp(p + k, "nd", 2) ||
                       !strncasecmp(p + k, "rd", 2) || !strncasecmp(p + k, "th", 2)))
        return v;
    return 0;
}

/* Inside a name of two or more words that the entity stage found ("the
 * Sunday Times", "Bloody Sunday")? */
static bool in_name(const scan *sc, uint32_t i)
{
    uint32_t off = sc->T[i].start;
    size_t lo = 0, hi = sc->nnames;
    while (lo < hi) { /* first name starting after off */
        size_t mid = lo + (hi - lo) / 2;
        if (sc->names[mid].start <= off)
            lo = mid + 1;
        else
            hi = mid;
    }
    /* names do not nest much: look at the few that start before */
    for (size_t k = lo, seen = 0; k > 0 && seen < 4; k--, seen++)
        if (sc->names[k - 1].end > off)
            return true;
    return false;
}

/* ------------------------------------------------------------------ */
/* words                                                              */

static const char *const month_names[] = {"January", "February", "March",     "April",
                                          "May",     "June",     "July",      "August",
                                          "September", "October", "November", "December",
                                          NULL};
static const char *const month_abbr[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul",
                                         "Aug", "Sep", "Oct", "Nov", "Dec", NULL};
static const char *const wday_names[] = {"Monday", "Tuesday",  "Wednesday", "Thursday",
                                         "Friday", "Saturday", "Sunday",    NULL};

/* Month 1..12 named by token i, capitalised: full names, "Sept" and the
 * three-letter abbreviations (*abbr set, as they need support: a dot, a
 * day or a year).  0 if none. */
static int month_at(const scan *sc, uint32_t i, bool *abbr)
{
    *abbr = false;
    if (!in_sent(sc, i) || sc->T[i].kind != KIJI_TOK_WORD || !capital(sc, i))
        return 0;
    int k = word_in(sc, i, month_names);
    if (k >= 0)
        return k + 1;
    if (word_is(sc, i, "Sept")) {
        *abbr = true;
        return 9;
    }
    k = word_in(sc, i, month_abbr);
    if (k >= 0 && k != 4) {
        *abbr = true;
        return k + 1;
    }
    return 0;
}

/* Weekday 0..6 named by token i (capitalised); *plural for "Sundays". */
static int wday_at(const scan *sc, uint32_t i, bool *plural)
{
    *plural = false;
    if (!in_sent(sc, i) || sc->T[i].kind != KIJI_TOK_WORD || !capital(sc, i))
        return -1;
    int k = word_in(sc, i, wday_names);
    if (k >= 0)
        return k;
    size_t n = tlen(sc, i);
    for (k = 0; wday_names[k]; k++)
        if (n == strlen(wday_names[k]) + 1 && !strncasecmp(tptr(sc, i), wday_names[k], n - 1) &&
            tptr(sc, i)[n - 1] == 's') {
            *plural = true;
            return k;
        }
    /* abbreviations only with their dot: "Tues." */
    static const char *const ab[] = {"Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs",
                                     "Fri", "Sat", "Sun", NULL};
    static const int abv[] = {0, 1, 1, 2, 3, 3, 3, 4, 5, 6};
    k = word_in(sc, i, ab);
    if (k >= 0 && punct_is(sc, i + 1, '.') && touch(sc, i))
        return abv[k];
    return -1;
}

static const char *const small_num[] = {"zero",    "one",     "two",       "three",    "four",
                                        "five",    "six",     "seven",     "eight",    "nine",
                                        "ten",     "eleven",  "twelve",    "thirteen", "fourteen",
                                        "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
                                        NULL};
static const char *const tens_num[] = {"twenty", "thirty",  "forty",  "fifty",
                                       "sixty",  "seventy", "eighty", "ninety", NULL};

/* Value of a number word s[0..n) ("three", "twenty-five"), or -1. */
static int number_word(const char *s, size_t n)
{
    for (int k = 0; small_num[k]; k++)
        if (strlen(small_num[k]) == n && !strncasecmp(s, small_num[k], n))
            return k;
    for (int k = 0; tens_num[k]; k++) {
        size_t l = strlen(tens_num[k]);
        if (n >= l && !strncasecmp(s, tens_num[k], l)) {
            if (n == l)
                return 20 + 10 * k;
            if (s[l] == '-' && n > l + 1) {
                int u = number_word(s + l + 1, n - l - 1);
                if (u >= 1 && u <= 9)
                    return 20 + 10 * k + u;
            }
        }
    }
    return -1;
}

typedef struct {
    double v;
    bool x;       /* unspecified: "several", "a few" */
    bool article; /* "a", "an": one, but only a count before a unit */
    uint32_t end; /* first token after it */
} count_t;

/* A count at token i: digits, number words, "a"/"an", "a few", "several",
 * "a couple of", "half a", "two and a half". */
static bool count_at(const scan *sc, uint32_t i, count_t *c)
{
    memset(c, 0, sizeof *c);
    if (!in_sent(sc, i))
        return false;
    if (word_is(sc, i, "a") && word_is(sc, i + 1, "few")) {
        c->x = true, c->end = i + 2;
        return true;
    }
    if (word_is(sc, i, "a") && word_is(sc, i + 1, "couple")) {
        c->v = 2, c->end = i + 2 + word_is(sc, i + 2, "of");
        return true;
    }
    if (word_is(sc, i, "several") || word_is(sc, i, "many") || word_is(sc, i, "few")) {
        c->x = true, c->end = i + 1;
        return true;
    }
    if (word_is(sc, i, "half") && (word_is(sc, i + 1, "a") || word_is(sc, i + 1, "an"))) {
        c->v = 0.5, c->end = i + 2;
        return true;
    }
    if (word_is(sc, i, "a") || word_is(sc, i, "an")) {
        c->v = 1, c->article = true, c->end = i + 1;
        if (word_is(sc, i + 1, "dozen"))
            c->v = 12, c->article = false, c->end = i + 2;
        if (word_is(sc, c->end, "full") || word_is(sc, c->end, "whole"))
            c->end++; /* a full year */
        return true;
    }
    if (sc->T[i].kind == KIJI_TOK_NUM) {
        const char *p = tptr(sc, i);
        size_t n = tlen(sc, i);
        char tmp[24];
        size_t k = 0;
        for (size_t q = 0; q < n; q++) {
            if (isdigit((unsigned char)p[q]) || p[q] == '.') {
                if (k + 1 >= sizeof tmp)
                    return false;
                tmp[k++] = p[q];
            } else if (p[q] != ',') {
                return false;
            }
        }
        tmp[k] = 0;
        c->v = strtod(tmp, NULL);
        c->end = i + 1;
    } else if (sc->T[i].kind == KIJI_TOK_WORD) {
        int v = number_word(tptr(sc, i), tlen(sc, i));
        if (v < 0)
            return false;
        c->v = v, c->end = i + 1;
    } else {
        return false;
    }
    /* "two and a half" */
    if (word_is(sc, c->end, "and") && word_is(sc, c->end + 1, "a") &&
        word_is(sc, c->end + 2, "half")) {
        c->v += 0.5;
        c->end += 3;
    }
    /* "20 consecutive months", "two more years" */
    static const char *const adj[] = {"consecutive", "straight", "full", "more", "additional",
                                      "further", "whole", "successive", "business", "working",
                                      "calendar", "trading", NULL};
    if (word_in(sc, c->end, adj) >= 0)
        c->end++;
    return true;
}

typedef struct {
    const char *sg, *pl;
    const char *code; /* TIMEX3 duration unit */
    bool clock;       /* PT...: hours, minutes, seconds */
    int g;            /* granularity as a calendar unit */
} unit_t;

static const unit_t units[] = {
    {"second", "seconds", "S", true, G_NONE},   {"minute", "minutes", "M", true, G_NONE},
    {"hour", "hours", "H", true, G_NONE},       {"day", "days", "D", false, G_DAY},
    {"week", "weeks", "W", false, G_WEEK},      {"month", "months", "M", false, G_MONTH},
    {"year", "years", "Y", false, G_YEAR},      {"decade", "decades", "DE", false, G_DEC},
    {"century", "centuries", "CE", false, G_CENT},
};
enum { U_SEC, U_MIN, U_HOUR, U_DAY, U_WEEK, U_MONTH, U_YEAR, U_DECADE, U_CENTURY, U_N };

/* Unit named by s[0..n) (singular or plural), or -1. */
static int unit_word(const char *s, size_t n, bool *plural)
{
    for (int k = 0; k < U_N; k++) {
        if (strlen(units[k].sg) == n && !strncasecmp(s, units[k].sg, n)) {
            *plural = false;
            return k;
        }
        if (strlen(units[k].pl) == n && !strncasecmp(s, units[k].pl, n)) {
            *plural = true;
            return k;
        }
    }
    return -1;
}

static int unit_at(const scan *sc, uint32_t i, bool *plural)
{
    if (!in_sent(sc, i) || sc->T[i].kind != KIJI_TOK_WORD || !plain_case(sc, i))
        return -1;
    return unit_word(tptr(sc, i), base_len(sc, i), plural);
}

/* A TIMEX3 duration value: P3Y, P1.5Y, PT24H, PXY. */
static void duration_value(char *out, size_t cap, int u, double v, bool x)
{
    char num[16];
    if (x)
        snprintf(num, sizeof num, "X");
    else if (v == (long)v)
        snprintf(num, sizeof num, "%ld", (long)v);
    else
        snprintf(num, sizeof num, "%g", v);
    snprintf(out, cap, "P%s%s%s", units[u].clock ? "T" : "", num, units[u].code);
}

static void set_lit(tmatch *m, int type, const char *v)
{
    m->kind = K_LIT;
    m->type = type;
    snprintf(m->lit, sizeof m->lit, "%s", v);
}

/* Split a hyphenated word token into at most 4 parts. */
static int split_hyphens(const scan *sc, uint32_t i, kiji_str *parts)
{
    const char *p = tptr(sc, i), *e = p + tlen(sc, i);
    int n = 0;
    const char *a = p;
    for (const char *q = p; q <= e && n < 4; q++) {
        if (q == e || *q == '-') {
            parts[n++] = kiji_str_make(a, (size_t)(q - a));
            a = q + 1;
        }
    }
    return n;
}

static bool str_is(kiji_str s, const char *w)
{
    return strlen(w) == s.len && !strncasecmp(s.ptr, w, s.len);
}

/* ------------------------------------------------------------------ */
/* matchers: each returns the token after its match, or 0             */

/* Is the four-digit number at token i a year?  Quantities ("2000 troops"),
 * money, numbers and codes ("Resolution 2231") are not. */
static bool year_ok(const scan *sc, uint32_t i, long y)
{
    if (y < 1000 || y > 2199)
        return false;
    static const char *const not_after[] = {
        "no", "nos", "number", "route", "flight", "room", "page", "pages", "resolution",
        "article", "section", "chapter", "model", "type", "code", "highway", "bus", "line",
        "unit", "box", "rule", "paragraph", "item", "least", "only", "just", NULL};
    static const char *const det_prep[] = {
        "the", "a", "an", "in", "since", "of", "by", "for", "from", "until", "till", "to",
        "before", "after", "during", "through", "its", "their", "his", "her", "our", "this",
        "that", "and", "or", "between", "early", "late", "mid", "fiscal", "circa", "summer",
        "winter", "spring", "autumn", "fall", "year", NULL};
    bool prev_ok = false;
    if (i > sc->t0) {
        uint32_t p = i - 1;
        const char *pp = tptr(sc, p);
        if (sc->T[p].kind == KIJI_TOK_PUNCT &&
            (*pp == '$' || *pp == '#' || !strncmp(pp, "\xe2\x82\xac", 3) || /* euro */
             !strncmp(pp, "\xc2\xa3", 2) || !strncmp(pp, "\xc2\xa5", 2) || *pp == ':' ||
             *pp == '/' || *pp == '.'))
            return false;
        if (sc->T[p].kind == KIJI_TOK_NUM)
            return false;
        if (word_in(sc, p, not_after) >= 0)
            return false;
        /* "more than 2000" counts; "no later than 2025" dates */
        if (word_is(sc, p, "than") && p > sc->t0 &&
            (word_is(sc, p - 1, "more") || word_is(sc, p - 1, "fewer") ||
             word_is(sc, p - 1, "less")))
            return false;
        /* a possessive is a determiner: "the company's 2024 results" */
        prev_ok = word_in(sc, p, det_prep) >= 0 || sc->T[p].kind == KIJI_TOK_PUNCT ||
                  (sc->T[p].kind == KIJI_TOK_WORD && base_len(sc, p) < tlen(sc, p));
    } else {
        prev_ok = true;
    }
    if (y < 1900 && !prev_ok)
        return false;
    uint32_t nx = i + 1;
    if (in_sent(sc, nx)) {
        const char *np = tptr(sc, nx);
        /* "2024%", "2024:15"; "the world of 2024: faster" is a year */
        if (sc->T[nx].kind == KIJI_TOK_PUNCT && touch(sc, i) &&
            (*np == '%' ||
             (*np == ':' && touch(sc, nx) && in_sent(sc, nx + 1) &&
              sc->T[nx + 1].kind == KIJI_TOK_NUM)))
            return false;
        if (punct_is(sc, nx, '/') && touch(sc, i))
            return false;
        if (sc->T[nx].kind == KIJI_TOK_NUM)
            return false;
        static const char *const counted[] = {
            "percent", "per", "people", "troops", "soldiers", "km", "kilometers", "kilometres",
            "miles", "meters", "metres", "feet", "tons", "tonnes", "yen", "won", "dollars",
            "euros", "pounds", "yuan", "rupees", "cases", "deaths", "votes", "points",
            "members", "units", "times", "residents", "workers", "employees", "children",
            "men", "women", "hours", "minutes", "days", "kg", "mm", "cc", "mph", NULL};
        if (word_in(sc, nx, counted) >= 0)
            return false;
        /* "2000 protesters": a lower-case plural straight after, unless a
         * plural that years qualify ("meet 2030 targets", "to 2019
         * levels") or a year that counts seldom do (not round) */
        if (sc->T[nx].kind == KIJI_TOK_WORD && !capital(sc, nx) && !prev_ok) {
            static const char *const year_nouns[] = {
                "levels", "targets", "goals", "elections", "polls", "figures", "results",
                "prices", "budgets", "games", "olympics", "floods", "protests", "riots",
                "talks", "accords", "rules", "reforms", "sanctions", "emissions", "standards",
                "forecasts", "estimates", "projections", "earnings", "sales", "highs", "lows",
                "peaks", "models", "editions", "championships", "finals", "midterms",
                "primaries", "negotiations", NULL};
            size_t n = tlen(sc, nx);
            if (n > 3 && np[n - 1] == 's' && np[n - 2] != 's' &&
                word_in(sc, nx, year_nouns) < 0 && (y % 50 == 0 || y < 1950))
                return false;
        }
    }
    return true;
}

static uint32_t of_year(scan *sc, uint32_t i, tmatch *m);

/* Dates written with a month name or in numbers. */
static uint32_t m_date(scan *sc, uint32_t i, tmatch *m)
{
    bool abbr;
    int mo = month_at(sc, i, &abbr), dy, nd;
    long y;
    if (mo) {
        uint32_t j = i + 1;
        bool dot = punct_is(sc, j, '.') && touch(sc, i);
        if (dot)
            j++;
        if ((dy = day_at(sc, j))) {
            /* Nov 13, 2023 / Nov. 13 2023 / November 13 */
            if (dy > kiji_days_in_month(2024, mo))
                return 0;
            uint32_t k = j + 1;
            if (punct_is(sc, k, ','))
                k++;
            if ((y = digits_val(sc, k, &nd)) >= 0 && nd == 4 && y >= 1000 && y <= 2199) {
                kiji_date dt = {(int)y, mo, dy};
                if (!kiji_date_valid(dt))
                    return 0;
                m->kind = K_ABS, m->g = G_DAY, m->y = (int)y, m->m = mo, m->d = dy;
                return k + 1;
            }
            /* "May 5 people" is not a date; a day is followed by little */
            if (in_sent(sc, j + 1) && sc->T[j + 1].kind == KIJI_TOK_NUM)
                return 0;
            m->kind = K_MDAY, m->g = G_DAY, m->m = mo, m->d = dy;
            return j + 1;
        }
        uint32_t k = j;
        if (punct_is(sc, k, ',') || word_is(sc, k, "of"))
            k++;
        if ((y = digits_val(sc, k, &nd)) >= 0 && nd == 4 && y >= 1000 && y <= 2199 &&
            !(in_sent(sc, k + 1) &&
              (punct_is(sc, k + 1, ':') || sc->T[k + 1].kind == KIJI_TOK_NUM))) {
            m->kind = K_ABS, m->g = G_MONTH, m->y = (int)y, m->m = mo;
            return k + 1;
        }
        /* a bare month: May and March are also words, abbreviations are
         * names ("Jan"); both need a preposition or modifier before */
        static const char *const before[] = {
            "in", "since", "by", "until", "till", "from", "of", "early", "late", "mid",
            "last", "next", "this", "during", "through", "before", "after", "between",
            "and", "or", "to", "on", "until", "throughout", "that", "each", "every",
            "earlier", "later", "end", "beginning", "start", "middle", "past", "coming", NULL};
        bool supported = i > sc->t0 && word_in(sc, i - 1, before) >= 0;
        /* "originally scheduled for May", "a deadline for March",
         * "postponed the vote to May" */
        static const char *const plan_for[] = {"scheduled", "slated", "planned", "set", "due",
                                               "expected", "penciled", "pencilled",
                                               "rescheduled", "deadline", NULL};
        if (!supported && i - sc->t0 >= 2 && word_is(sc, i - 1, "for") &&
            word_in(sc, i - 2, plan_for) >= 0)
            supported = true;
        /* as early as March, as soon as May */
        if (!supported && i - sc->t0 >= 2 && word_is(sc, i - 1, "as") &&
            (word_is(sc, i - 2, "early") || word_is(sc, i - 2, "late") ||
             word_is(sc, i - 2, "soon")))
            supported = true;
        /* "and", "or", "to" support a month only after another month:
         * "March and May", not "and March organizers" */
        if (supported && (word_is(sc, i - 1, "and") || word_is(sc, i - 1, "or") ||
                          word_is(sc, i - 1, "to") || word_is(sc, i - 1, "that"))) {
            bool a2;
            supported = i - 1 > sc->t0 &&
                        (month_at(sc, i - 2, &a2) || day_at(sc, i - 2) ||
                         (punct_is(sc, i - 2, '.') && i - 2 > sc->t0 && month_at(sc, i - 3, &a2)));
        }
        static const char *const put_off[] = {"postponed", "delayed", "moved", "pushed",
                                              "brought", "rescheduled", "deferred", NULL};
        for (uint32_t q = i - 1, e = 0; !supported && word_is(sc, i - 1, "to") && q > sc->t0 &&
                                        e < 4;
             e++) {
            q--;
            supported = word_in(sc, q, put_off) >= 0;
        }
        /* "the March deadline", "the May elections": a month as a noun's
         * modifier, when the noun is one that dates ("the May government"
         * is Theresa May's) */
        static const char *const dated_nouns[] = {
            "deadline", "election", "elections", "vote", "votes", "poll", "polls", "meeting",
            "meetings", "summit", "referendum", "talks", "session", "budget", "data",
            "figures", "report", "survey", "decision", "rally", "protests", "visit",
            "holiday", "holidays", "issue", "edition", "launch", "opening", "peak", "low",
            "high", "attack", "attacks", "strike", "strikes", "ceasefire", "agreement", NULL};
        if (!supported && i > sc->t0 &&
            (word_is(sc, i - 1, "the") || word_is(sc, i - 1, "a") || word_is(sc, i - 1, "its") ||
             word_is(sc, i - 1, "their")) &&
            word_in(sc, i + 1, dated_nouns) >= 0 && !capital(sc, i + 1))
            supported = true;
        bool possessive = base_len(sc, i) < tlen(sc, i); /* August's summit */
        if ((abbr || mo == 3 || mo == 5) && !(supported && (!abbr || dot)))
            return 0;
        /* "June Smith said": a month is not followed by a capitalised name */
        if (capital(sc, i + 1) && !sc->title_case && sc->T[i + 1].kind == KIJI_TOK_WORD &&
            !supported && !possessive)
            return 0;
        m->kind = K_MONTH, m->g = G_MONTH, m->m = mo;
        uint32_t e = dot && abbr ? j : i + 1;
        /* April next year, March last year */
        if ((word_is(sc, e, "next") || word_is(sc, e, "last") || word_is(sc, e, "this")) &&
            word_is(sc, e + 1, "year") && tlen(sc, e + 1) == base_len(sc, e + 1)) {
            m->rel = 5;
            m->n = word_is(sc, e, "next") ? 1 : word_is(sc, e, "last") ? -1 : 0;
            return e + 2;
        }
        /* October of that year, May of last year */
        tmatch oy;
        memset(&oy, 0, sizeof oy);
        uint32_t ye = of_year(sc, e, &oy);
        if (ye && (oy.kind == K_REL || oy.kind == K_ANAPH)) {
            m->rel = oy.kind == K_REL ? 5 : 6;
            m->n = oy.n;
            return ye;
        }
        return e;
    }
    /* 13 November 2023 / 13th of November / 13 Nov */
    if ((dy = day_at(sc, i))) {
        uint32_t j = i + 1;
        if (word_is(sc, j, "of"))
            j++;
        if ((mo = month_at(sc, j, &abbr))) {
            uint32_t k = j + 1;
            bool dot = punct_is(sc, k, '.') && touch(sc, j);
            if (dot)
                k++;
            if (dy > kiji_days_in_month(2024, mo))
                return 0;
            uint32_t l = k;
            if (punct_is(sc, l, ','))
                l++;
            if ((y = digits_val(sc, l, &nd)) >= 0 && nd == 4 && y >= 1000 && y <= 2199) {
                kiji_date dt = {(int)y, mo, dy};
                if (!kiji_date_valid(dt))
                    return 0;
                m->kind = K_ABS, m->g = G_DAY, m->y = (int)y, m->m = mo, m->d = dy;
                return l + 1;
            }
            if (abbr && !dot)
                return 0;
            m->kind = K_MDAY, m->g = G_DAY, m->m = mo, m->d = dy;
            return dot && abbr ? k : j + 1;
        }
    }
    /* 2023-11-13 */
    if ((y = digits_val(sc, i, &nd)) >= 0 && nd == 4 && touch(sc, i) && is_dash(sc, i + 1) &&
        touch(sc, i + 1) && touch(sc, i + 2) && is_dash(sc, i + 3) && touch(sc, i + 3)) {
        int n2, n3;
        long mm = digits_val(sc, i + 2, &n2), dd = digits_val(sc, i + 4, &n3);
        kiji_date dt = {(int)y, (int)mm, (int)dd};
        if (n2 == 2 && n3 == 2 && kiji_date_valid(dt)) {
            m->kind = K_ABS, m->g = G_DAY, m->y = dt.y, m->m = dt.m, m->d = dt.d;
            return i + 5;
        }
    }
    /* 11/13/2023 (US order unless the first part cannot be a month) */
    long a = digits_val(sc, i, &nd);
    if (a > 0 && nd <= 2 && touch(sc, i) && punct_is(sc, i + 1, '/') && touch(sc, i + 1) &&
        touch(sc, i + 2) && punct_is(sc, i + 3, '/') && touch(sc, i + 3)) {
        int n2, n3;
        long b = digits_val(sc, i + 2, &n2), c = digits_val(sc, i + 4, &n3);
        if (n2 <= 2 && n3 == 4) {
            kiji_date dt = {(int)c, (int)a, (int)b};
            if (a > 12) {
                dt.m = (int)b, dt.d = (int)a;
            }
            if (kiji_date_valid(dt)) {
                m->kind = K_ABS, m->g = G_DAY, m->y = dt.y, m->m = dt.m, m->d = dt.d;
                return i + 5;
            }
        }
    }
    return 0;
}

/* Decade from a token "1990s" / "90s" (after an apostrophe), or -1. */
static int decade_tok(const scan *sc, uint32_t i)
{
    if (!in_sent(sc, i) || sc->T[i].kind != KIJI_TOK_NUM)
        return -1;
    const char *p = tptr(sc, i);
    size_t n = tlen(sc, i);
    if (n == 5 && p[4] == 's' && p[3] == '0') {
        int v = 0;
        for (int k = 0; k < 4; k++) {
            if (!isdigit((unsigned char)p[k]))
                return -1;
            v = v * 10 + p[k] - '0';
        }
        return v >= 1000 && v <= 2190 ? v : -1;
    }
    if (n == 3 && p[2] == 's' && p[1] == '0' && isdigit((unsigned char)p[0])) {
        bool apos = i > sc->t0 && sc->T[i - 1].kind == KIJI_TOK_PUNCT &&
                    (tptr(sc, i - 1)[0] == '\'' || !strncmp(tptr(sc, i - 1), "\xe2\x80\x99", 3));
        bool the = i > sc->t0 && word_is(sc, i - 1, "the");
        if (apos || the) {
            int v = (p[0] - '0') * 10;
            return v >= 30 ? 1900 + v : 2000 + v;
        }
    }
    return -1;
}

/* Years, decades and centuries. */
static uint32_t m_year(scan *sc, uint32_t i, tmatch *m)
{
    int nd;
    long y;
    uint32_t j = i;
    bool the = word_is(sc, j, "the");
    if (the)
        j++;
    /* the 1990s, the '90s */
    uint32_t k = j;
    if (in_sent(sc, k) && sc->T[k].kind == KIJI_TOK_PUNCT &&
        (tptr(sc, k)[0] == '\'' || !strncmp(tptr(sc, k), "\xe2\x80\x99", 3)) && touch(sc, k))
        k++;
    int dec = decade_tok(sc, k);
    if (dec > 0) {
        m->kind = K_ABS, m->g = G_DEC, m->y = dec;
        return k + 1;
    }
    static const char *const decade_words[] = {"twenties", "thirties", "forties", "fifties",
                                               "sixties", "seventies", "eighties", "nineties",
                                               NULL};
    int dw = word_in(sc, j, decade_words);
    if (the && dw >= 0 && plain_case(sc, j)) {
        m->kind = K_ABS, m->g = G_DEC, m->y = 1920 + 10 * dw;
        return j + 1;
    }
    /* the 21st century */
    if (the && in_sent(sc, j) && sc->T[j].kind == KIJI_TOK_NUM && word_is(sc, j + 1, "century")) {
        int c = day_at(sc, j);
        if (c >= 1 && c <= 22 && tlen(sc, j) > 2) {
            m->kind = K_ABS, m->g = G_CENT, m->y = (c - 1) * 100;
            return j + 2;
        }
    }
    /* the year 2000, fiscal 2024 */
    if (the && word_is(sc, j, "year") && (y = digits_val(sc, j + 1, &nd)) >= 0 && nd == 4 &&
        y >= 1000 && y <= 2199) {
        m->kind = K_ABS, m->g = G_YEAR, m->y = (int)y;
        return j + 2;
    }
    if (the)
        return 0;
    /* FY2025, FY 2025: the fiscal year named by its year */
    if (in_sent(sc, i) && tlen(sc, i) >= 2 && !strncmp(tptr(sc, i), "FY", 2)) {
        const char *p = tptr(sc, i);
        size_t n = tlen(sc, i);
        if (n == 6 && isdigit((unsigned char)p[2]) && isdigit((unsigned char)p[3]) &&
            isdigit((unsigned char)p[4]) && isdigit((unsigned char)p[5])) {
            int v = (p[2] - '0') * 1000 + (p[3] - '0') * 100 + (p[4] - '0') * 10 + (p[5] - '0');
            if (v >= 1900 && v <= 2199) {
                m->kind = K_ABS, m->g = G_YEAR, m->y = v;
                return i + 1;
            }
        }
        if (n == 2 && (y = digits_val(sc, i + 1, &nd)) >= 1900 && nd == 4 && y <= 2199) {
            m->kind = K_ABS, m->g = G_YEAR, m->y = (int)y;
            return i + 2;
        }
    }
    if (word_is(sc, i, "fiscal")) {
        /* fiscal 2024, fiscal year 2024 */
        uint32_t k2 = i + 1 + word_is(sc, i + 1, "year");
        if ((y = digits_val(sc, k2, &nd)) >= 0 && nd == 4 && y >= 1900 && y <= 2199) {
            m->kind = K_ABS, m->g = G_YEAR, m->y = (int)y;
            return k2 + 1;
        }
    }
    if ((y = digits_val(sc, i, &nd)) >= 0 && nd == 4 && year_ok(sc, i, y)) {
        m->kind = K_ABS, m->g = G_YEAR, m->y = (int)y;
        return i + 1;
    }
    return 0;
}

static const char *const tod_words[] = {"", "morning", "afternoon", "evening", "night", NULL};

/* Time of day after a day: "Sunday morning", "yesterday afternoon". */
static int tod_at(const scan *sc, uint32_t i)
{
    int k = word_in(sc, i, tod_words + 1);
    return k >= 0 && plain_case(sc, i) && tlen(sc, i) == base_len(sc, i) ? k + 1 : 0;
}

/* Weekdays: Sunday, last Sunday, this coming Sunday, Monday, Nov. 13. */
static uint32_t m_weekday(scan *sc, uint32_t i, tmatch *m)
{
    uint32_t j = i;
    int rel = 0;
    if (word_is(sc, j, "the") && (word_is(sc, j + 1, "following") || word_is(sc, j + 1, "next"))) {
        rel = 3, j += 2; /* after the story's last date */
    } else if (word_is(sc, j, "the") && word_is(sc, j + 1, "previous")) {
        rel = 4, j += 2;
    } else if (word_is(sc, j, "this") &&
               (word_is(sc, j + 1, "past") || word_is(sc, j + 1, "last"))) {
        rel = -1, j += 2;
    } else if (word_is(sc, j, "this") &&
               (word_is(sc, j + 1, "coming") || word_is(sc, j + 1, "next"))) {
        rel = 1, j += 2;
    } else if (word_is(sc, j, "last") || word_is(sc, j, "past") || word_is(sc, j, "previous")) {
        rel = -1, j++;
    } else if (word_is(sc, j, "next") || word_is(sc, j, "coming")) {
        rel = 1, j++;
    } else if (word_is(sc, j, "this")) {
        rel = 2, j++;
    }
    bool plural;
    int wd = wday_at(sc, j, &plural);
    if (wd < 0)
        return 0;
    /* a weekday inside a name the entity stage found, next to another
     * capitalised word of it ("Sunday Times"); "the Court on Thursday" is
     * the entity stage's stretch, not a name with a weekday in it */
    bool cap_before = j > sc->t0 && capital(sc, j - 1) && !(sc->T[j - 1].flags & KIJI_TF_SSTART);
    bool cap_after = capital(sc, j + 1) && sc->T[j + 1].kind == KIJI_TOK_WORD;
    if (in_name(sc, j) && (cap_before || cap_after))
        return 0;
    /* "Bloody Sunday", "Black Friday", "Easter Sunday" are days of their own */
    static const char *const qualifiers[] = {"bloody", "black", "good", "easter", "palm",
                                             "ash", "holy", "super", "cyber", "giving",
                                             "small", "mad", "low", "whit", "pentecost", NULL};
    if (j > sc->t0 && word_in(sc, j - 1, qualifiers) >= 0 && capital(sc, j - 1))
        return 0;
    static const char *const papers[] = {"times", "telegraph", "express", "mirror", "herald",
                                         "post", "mail", "star", "sport", "independent",
                                         "observer", "tribune", "journal", "night", "school",
                                         "league", "prayers", "best", NULL};
    if (word_in(sc, j + 1, papers) >= 0 && (capital(sc, j + 1) || word_is(sc, j + 1, "school")))
        return 0;
    /* the dot of an abbreviation ("Tues.") belongs to it, not a full stop */
    bool short_form = tlen(sc, j) < strlen(wday_names[wd]) && !plural;
    uint32_t end = j + 1 + (short_form && punct_is(sc, j + 1, '.') && touch(sc, j));
    if (plural) {
        /* "on Sundays": a set */
        if (!(j > sc->t0 && word_is(sc, j - 1, "on")) || rel)
            return 0;
        char v[24];
        snprintf(v, sizeof v, "XXXX-WXX-%d", wd + 1);
        set_lit(m, KIJI_TX_SET, v);
        return end;
    }
    /* Monday, Nov. 13(, 2023): the date says it */
    uint32_t k = end;
    if (punct_is(sc, k, ','))
        k++;
    tmatch dm;
    memset(&dm, 0, sizeof dm);
    uint32_t de = m_date(sc, k, &dm);
    if (de && dm.g == G_DAY && !rel) {
        *m = dm;
        return de;
    }
    m->kind = K_WDAY, m->g = G_DAY, m->part = wd, m->rel = rel;
    if ((m->tod = tod_at(sc, end)))
        end++;
    return end;
}

static const char *const season_words[] = {"spring", "summer", "fall", "winter", "autumn",
                                           NULL};

/* A season word at i: 0..3 (autumn = fall), or -1.  Capitalised ones
 * mid-sentence are names ("the Arab Spring"). */
static int season_at(const scan *sc, uint32_t i)
{
    int k = word_in(sc, i, season_words);
    if (k < 0 || !plain_case(sc, i))
        return -1;
    return k == 4 ? 2 : k;
}

/* Seasons: this summer, last winter, the summer of 2022, summer 2022. */
static uint32_t m_season(scan *sc, uint32_t i, tmatch *m)
{
    uint32_t j = i;
    int rel = 0;
    bool the = false;
    if (word_is(sc, j, "the")) {
        the = true;
        j++;
    }
    if (!the) {
        if (word_is(sc, j, "last") || word_is(sc, j, "past"))
            rel = -1, j++;
        else if (word_is(sc, j, "next") || word_is(sc, j, "coming"))
            rel = 1, j++;
        else if (word_is(sc, j, "this"))
            rel = 2, j++;
    }
    int s = season_at(sc, j);
    if (s < 0)
        return 0;
    bool fall = word_is(sc, j, "fall");
    uint32_t k = j + 1;
    if (word_is(sc, k, "of"))
        k++;
    int nd;
    long y = digits_val(sc, k, &nd);
    if (!rel && nd == 4 && y >= 1900 && y <= 2199 && !(the && k == j + 1)) {
        m->kind = K_SEASON, m->g = G_SEASON, m->part = s, m->y = (int)y;
        return k + 1;
    }
    if (rel) {
        m->kind = K_SEASON, m->g = G_SEASON, m->part = s, m->rel = rel;
        return j + 1;
    }
    /* a bare season needs "in (the) summer", "the summer": not "spring up",
     * "the fall of Kabul" */
    if (fall && (!the || word_is(sc, j + 1, "of")))
        return 0;
    static const char *const before[] = {"in", "during", "over", "by", "until", "since",
                                         "through", "throughout", "early", "late", NULL};
    bool prep = the || (i > sc->t0 && word_in(sc, i - 1, before) >= 0);
    if (!prep || word_is(sc, j + 1, "of"))
        return 0;
    m->kind = K_SEASON, m->g = G_SEASON, m->part = s;
    return j + 1;
}

static const char *const ordinals[] = {"first", "second", "third", "fourth", "final", "last",
                                       NULL};

static uint32_t core_at(scan *sc, uint32_t i, tmatch *m, bool the_unit);

/* The year a "… of X" phrase gives: "of 2024", "of this year", "of the
 * year"; *m gets it; 0 if none. */
static uint32_t of_year(scan *sc, uint32_t i, tmatch *m)
{
    if (!word_is(sc, i, "of"))
        return 0;
    tmatch y;
    memset(&y, 0, sizeof y);
    uint32_t e = core_at(sc, i + 1, &y, true);
    if (!e || y.g != G_YEAR || (y.kind != K_ABS && y.kind != K_REL && y.kind != K_ANAPH))
        return 0;
    *m = y;
    return e;
}

/* Month 1..12 named by s (a full name, "Sept" or three letters), or 0. */
static int month_str(kiji_str s)
{
    for (int k = 0; month_names[k]; k++)
        if (str_is(s, month_names[k]) || str_is(s, month_abbr[k]))
            return k + 1;
    return str_is(s, "Sept") ? 9 : 0;
}

/* A range of months naming a quarter or a half: "the October-December
 * quarter", "the July–September quarter", "the April to June quarter",
 * "the January-June half".  A fiscal one keeps the calendar's quarter as
 * written ("the fiscal October-December quarter" is Q4).  *e gets the
 * token after it. */
static bool month_range_part(scan *sc, uint32_t j, tmatch *m, uint32_t *e)
{
    if (!in_sent(sc, j) || sc->T[j].kind != KIJI_TOK_WORD || !capital(sc, j))
        return false;
    int m1 = 0, m2 = 0;
    kiji_str parts[4];
    int np = split_hyphens(sc, j, parts);
    uint32_t k = j + 1;
    if (np == 2) {
        m1 = month_str(parts[0]), m2 = month_str(parts[1]);
    } else if (np == 3 && (str_is(parts[1], "to") || str_is(parts[1], "through"))) {
        m1 = month_str(parts[0]), m2 = month_str(parts[2]);
    } else if (np == 1 && (is_dash(sc, j + 1) || word_is(sc, j + 1, "to") ||
                           word_is(sc, j + 1, "through"))) {
        bool abbr;
        m1 = month_str(parts[0]), m2 = month_at(sc, j + 2, &abbr);
        k = j + 3;
    }
    if (!m1 || !m2)
        return false;
    if (word_is(sc, k, "fiscal"))
        k++;
    if (word_is(sc, k, "quarter") && m1 % 3 == 1 && m2 == m1 + 2) {
        m->g = G_QUARTER, m->part = (m1 - 1) / 3 + 1;
    } else if (word_is(sc, k, "half") && m1 % 6 == 1 && m2 == m1 + 5) {
        m->g = G_HALF, m->part = (m1 - 1) / 6 + 1;
    } else {
        return false;
    }
    m->kind = K_PART;
    *e = k + 1;
    return true;
}

/* What the words near a quarter or half [i, j) say: 1 business ("profit",
 * "%"), -1 a game or a story ("scored", "the film"), 0 neither.  Looked
 * for within 30 tokens each side (a run-on sentence of quarters stays
 * linear). */
static int period_context(const scan *sc, uint32_t i, uint32_t j, int g)
{
    static const char *const money[] = {
        "profit", "profits", "revenue", "revenues", "earnings", "sales", "growth", "gdp",
        "economy", "economic", "quarterly", "results", "fiscal", "shares", "income", "loss",
        "losses", "output", "demand", "exports", "imports", "inflation", "forecast", "margin",
        "margins", "deliveries", "orders", "spending", "investment", "dividend", "percent",
        "%", "year-on-year", "annualized", "operating", "net", "targets", "guidance",
        "outlook", "shipments", "production", "headcount", "bookings", NULL};
    /* a half needs money itself: "shot 45% in the second half" is a game's */
    static const char *const money_half[] = {
        "profit", "profits", "revenue", "revenues", "earnings", "sales", "gdp", "economy",
        "economic", "fiscal", "income", "loss", "losses", "output", "exports", "imports",
        "inflation", "deliveries", "orders", "dividend", "operating", NULL};
    static const char *const game[] = {
        "scored", "score", "scores", "scoring", "points", "game", "games", "match", "touchdown",
        "touchdowns", "goal", "goals", "basket", "baskets", "quarterback", "playoff",
        "playoffs", "halftime", "rebounds", "yards", "inning", "innings", "coach", "team",
        "teams", "league", "fans", "referee", "whistle", "overtime", "period", "penalty",
        "seconds", "minutes", "lead", "led", "trailed", "trailing", NULL};
    /* a half alone is more often a game's or a story's: more words say so */
    static const char *const game_half[] = {
        "played", "play", "plays", "injury", "injured", "substituted", "striker", "tries",
        "wicket", "shot", "shots", "kick", "kicked", "save", "saves", "possession", "season",
        "film", "movie", "book", "novel", "show", "concert", "race", "series", "century",
        "visitors", "hosts", "side", "squad", "victory", "defeat", "draw", NULL};
    bool business = false, sport = false;
    uint32_t k0 = i - sc->t0 > 30 ? i - 30 : sc->t0;
    uint32_t k1 = sc->t1 - j > 30 ? j + 30 : sc->t1;
    for (uint32_t k = k0; k < k1 && !business; k++) {
        business = g == G_HALF ? word_in(sc, k, money_half) >= 0
                               : word_in(sc, k, money) >= 0 || punct_is(sc, k, '%');
        sport = sport || word_in(sc, k, game) >= 0 ||
                (g == G_HALF && word_in(sc, k, game_half) >= 0);
    }
    return business ? 1 : sport ? -1 : 0;
}

/* Prepositions that let a half stand alone: "in the second half". */
static const char *const half_prep[] = {"in", "during", "for", "by", "over", "through",
                                        "until", "since", "from", "before", "after", NULL};

/* Quarters and halves: the third quarter (of 2023), Q3 2023, first-half,
 * the October-December quarter. */
static uint32_t m_part(scan *sc, uint32_t i, tmatch *m)
{
    uint32_t j = i;
    bool the = word_is(sc, j, "the");
    if (the)
        j++;
    if (word_is(sc, j, "fiscal"))
        j++;
    int q = -1, g = G_QUARTER;
    kiji_str parts[4];
    uint32_t re;
    if (month_range_part(sc, j, m, &re)) {
        /* months say what quarter it is: no business words needed */
        tmatch y;
        memset(&y, 0, sizeof y);
        uint32_t e = of_year(sc, re, &y);
        if (!e) {
            int nd;
            long yy = digits_val(sc, re, &nd); /* the July-September quarter 2024 */
            if (nd == 4 && yy >= 1900 && yy <= 2199) {
                m->y = (int)yy;
                return re + 1;
            }
            return re;
        }
        if (y.kind == K_ABS)
            m->y = y.y;
        else
            m->n = y.n, m->rel = y.kind == K_REL ? 3 : 4;
        return e;
    }
    /* the March quarter: a quarter named by its last month, as companies
     * whose year is not the calendar's name them */
    bool abbr;
    int mq = month_at(sc, j, &abbr);
    if (mq && !abbr && mq % 3 == 0 && word_is(sc, j + 1, "quarter") && plain_case(sc, j + 1)) {
        m->kind = K_PART, m->g = G_QUARTER, m->part = mq / 3;
        tmatch y;
        memset(&y, 0, sizeof y);
        uint32_t e = of_year(sc, j + 2, &y);
        if (e && y.kind == K_ABS) {
            m->y = y.y;
            return e;
        }
        return j + 2;
    }
    /* "the quarter" among business words: the quarter being reported */
    if (the && word_is(sc, j, "quarter") && plain_case(sc, j) && !word_is(sc, j + 1, "of") &&
        period_context(sc, i, j + 1, G_QUARTER) > 0) {
        m->kind = K_PART, m->g = G_QUARTER, m->rel = 10;
        return j + 1;
    }
    if (in_sent(sc, j) && sc->T[j].kind == KIJI_TOK_WORD && split_hyphens(sc, j, parts) == 2 &&
        (str_is(parts[1], "quarter") || str_is(parts[1], "half"))) {
        /* first-quarter profit */
        for (int k = 0; ordinals[k]; k++)
            if (str_is(parts[0], ordinals[k]))
                q = k;
        if (q < 0)
            return 0;
        g = str_is(parts[1], "half") ? G_HALF : G_QUARTER;
        j++;
    } else if ((q = word_in(sc, j, ordinals)) >= 0 &&
               (word_is(sc, j + 1 + word_is(sc, j + 1, "fiscal"), "quarter") ||
                word_is(sc, j + 1 + word_is(sc, j + 1, "fiscal"), "half"))) {
        /* the third quarter, the third fiscal quarter */
        j += 1 + word_is(sc, j + 1, "fiscal");
        g = word_is(sc, j, "half") ? G_HALF : G_QUARTER;
        j++;
    } else if (!the && in_sent(sc, j) && tlen(sc, j) == 2 &&
               (tptr(sc, j)[0] == 'Q' || tptr(sc, j)[0] == 'H') && tptr(sc, j)[1] >= '1' &&
               tptr(sc, j)[1] <= (tptr(sc, j)[0] == 'Q' ? '4' : '2')) {
        /* Q3, H1: with a year, or standing alone in business copy */
        m->kind = K_PART, m->g = tptr(sc, j)[0] == 'Q' ? G_QUARTER : G_HALF;
        m->part = tptr(sc, j)[1] - '0';
        int nd;
        long y = digits_val(sc, j + 1, &nd);
        if (nd == 4 && y >= 1900 && y <= 2199) {
            m->y = (int)y;
            return j + 2;
        }
        return j + 1;
    } else {
        return 0;
    }
    int maxq = g == G_QUARTER ? 4 : 2;
    bool last_one = q >= 4; /* final, last */
    if (q >= maxq && !last_one)
        return 0;
    int part = last_one ? maxq : q + 1;
    m->kind = K_PART, m->g = g, m->part = part;
    tmatch y;
    memset(&y, 0, sizeof y);
    uint32_t e = of_year(sc, j, &y);
    if (e) {
        if (y.kind == K_ABS)
            m->y = y.y;
        else
            m->n = y.n, m->rel = y.kind == K_REL ? 3 : 4; /* year from REL / ANAPH */
        return e;
    }
    /* "the second half" of a match, "the last quarter" of a century: a
     * quarter or half alone is a date only in business copy, and "the last
     * quarter" is the previous one */
    if (q == 5 && !the)
        return 0;
    /* "the third quarter of the game", "the last quarter of the 20th
     * century": the quarter of something else */
    if (word_is(sc, j, "of"))
        return 0;
    int ctx = period_context(sc, i, j, g);
    /* a quarter on its own is a date among business words, or with no word
     * of a game near it; a half among business words, or after a
     * preposition with no game or story near ("will begin operating in
     * the second half"; "scored in the second half" is a game's) */
    if (ctx < 0 || (g == G_HALF && ctx == 0 && !(i > sc->t0 && word_in(sc, i - 1, half_prep) >= 0)))
        return 0;
    /* "the last quarter" is the previous one; "the final quarter" the
     * year's fourth */
    if (q == 5 && the) {
        m->kind = K_REL, m->n = -1, m->part = 0;
        return j;
    }
    if (last_one && !the && g == G_QUARTER && split_hyphens(sc, j - 1, parts) != 2)
        return 0;
    return j;
}

/* Deictic words and "this/last/next X", "N units ago", "the following day". */
static uint32_t m_rel(scan *sc, uint32_t i, tmatch *m)
{
    static const char *const days[] = {"today", "yesterday", "tomorrow", "tonight", NULL};
    int k = word_in(sc, i, days);
    if (k >= 0 && plain_case(sc, i)) {
        m->kind = K_REL, m->g = G_DAY, m->n = k == 0 || k == 3 ? 0 : k == 1 ? -1 : 1;
        if (k == 3)
            m->tod = 4;
        uint32_t e = i + 1;
        if (k < 3 && tlen(sc, i) == base_len(sc, i) && (m->tod = tod_at(sc, e)))
            e++;
        return e;
    }
    /* "in the new year": the coming one late in a year, else this one */
    if (word_is(sc, i, "the") && word_is(sc, i + 1, "new") && word_is(sc, i + 2, "year") &&
        tlen(sc, i + 2) == base_len(sc, i + 2) &&
        (capital(sc, i + 1) == capital(sc, i + 2))) {
        m->kind = K_REL, m->g = G_YEAR, m->n = 0, m->rel = 9;
        return i + 3;
    }
    if (word_is(sc, i, "the") && word_is(sc, i + 1, "weekend") &&
        tlen(sc, i + 1) == base_len(sc, i + 1)) {
        /* the weekend: just gone or coming, by tense */
        m->kind = K_REL, m->g = G_WEEKEND, m->n = 0, m->rel = 1;
        return i + 2;
    }
    if (word_is(sc, i, "the") && word_is(sc, i + 1, "day") &&
        (word_is(sc, i + 2, "before") || word_is(sc, i + 2, "after")) &&
        (word_is(sc, i + 3, "yesterday") || word_is(sc, i + 3, "tomorrow"))) {
        m->kind = K_REL, m->g = G_DAY, m->n = word_is(sc, i + 3, "yesterday") ? -2 : 2;
        return i + 4;
    }
    /* this / last / next + unit */
    int n = 99;
    if (word_is(sc, i, "this") || word_is(sc, i, "current"))
        n = 0;
    else if (word_is(sc, i, "last") || word_is(sc, i, "past") || word_is(sc, i, "previous"))
        n = -1;
    else if (word_is(sc, i, "next") || word_is(sc, i, "coming"))
        n = 1;
    if (n != 99 && plain_case(sc, i)) {
        static const char *const relu[] = {"week", "month", "year", "weekend", "decade",
                                           "century", "quarter", NULL};
        static const int relg[] = {G_WEEK, G_MONTH, G_YEAR, G_WEEKEND, G_DEC, G_CENT,
                                   G_QUARTER};
        int u = word_in(sc, i + 1, relu);
        /* "the last quarter of the century" is no business quarter */
        if (u >= 0 && relg[u] == G_QUARTER && word_is(sc, i + 2, "of"))
            u = -1;
        if (u >= 0 && plain_case(sc, i + 1)) {
            m->kind = K_REL, m->g = relg[u], m->n = n;
            return i + 2;
        }
        /* next fiscal year: the year it is named by, counted like a year */
        if (word_is(sc, i + 1, "fiscal") && word_is(sc, i + 2, "year")) {
            m->kind = K_REL, m->g = G_YEAR, m->n = n;
            return i + 3;
        }
        int t = tod_at(sc, i + 1);
        if (t && (n == 0 || (n == -1 && (t == 3 || t == 4)))) {
            /* this morning, last night */
            m->kind = K_REL, m->g = G_DAY, m->n = n, m->tod = t;
            return i + 2;
        }
        bool abbr;
        int mo = month_at(sc, i + 1, &abbr);
        if (mo && !abbr) {
            m->kind = K_MONTH, m->g = G_MONTH, m->m = mo, m->rel = n == 0 ? 2 : n;
            return i + 2;
        }
    }
    /* the following day, the previous week, that year, the same day */
    uint32_t j = i;
    int an = 99;
    if (word_is(sc, j, "the") && (word_is(sc, j + 1, "following") || word_is(sc, j + 1, "next")))
        an = 1, j += 2;
    else if (word_is(sc, j, "the") && word_is(sc, j + 1, "previous"))
        an = -1, j += 2;
    else if (word_is(sc, j, "the") && word_is(sc, j + 1, "same"))
        an = 0, j += 2;
    else if (word_is(sc, j, "that") && plain_case(sc, j))
        an = 0, j++;
    if (an != 99) {
        static const char *const au[] = {"day", "week", "month", "year", "weekend", NULL};
        static const int ag[] = {G_DAY, G_WEEK, G_MONTH, G_YEAR, G_WEEKEND};
        int u = word_in(sc, j, au);
        if (u >= 0 && tlen(sc, j) == base_len(sc, j)) {
            m->kind = K_ANAPH, m->g = ag[u], m->n = an;
            uint32_t e = j + 1;
            if (ag[u] == G_DAY && (m->tod = tod_at(sc, e)))
                e++;
            return e;
        }
        int t = tod_at(sc, j);
        if (t && an != 0) { /* the following morning */
            m->kind = K_ANAPH, m->g = G_DAY, m->n = an, m->tod = t;
            return j + 1;
        }
        return 0;
    }
    /* the day before, the year before: at a clause end they count from
     * the story's date ("the day before the vote" dates the vote) */
    static const char *const bu[] = {"day", "week", "month", "year", NULL};
    static const int bg[] = {G_DAY, G_WEEK, G_MONTH, G_YEAR};
    int bi = word_in(sc, i + 1, bu);
    if (word_is(sc, i, "the") && bi >= 0 && tlen(sc, i + 1) == base_len(sc, i + 1) &&
        (word_is(sc, i + 2, "before") || word_is(sc, i + 2, "after")) &&
        !(in_sent(sc, i + 3) && sc->T[i + 3].kind != KIJI_TOK_PUNCT)) {
        m->kind = K_ANAPH, m->g = bg[bi], m->n = word_is(sc, i + 2, "before") ? -1 : 1;
        return i + 3;
    }
    /* N units ago / later / earlier */
    count_t c;
    if (count_at(sc, i, &c) && !c.x) {
        bool pl;
        int u = unit_at(sc, c.end, &pl);
        if (u >= U_DAY && (pl == (c.v != 1) || c.v < 1)) {
            uint32_t a = c.end + 1;
            bool ago = word_is(sc, a, "ago");
            bool later = word_is(sc, a, "later") || word_is(sc, a, "afterward") ||
                         word_is(sc, a, "afterwards");
            bool earlier = word_is(sc, a, "earlier") || word_is(sc, a, "before") ||
                           word_is(sc, a, "previously");
            if (ago || later || earlier) {
                /* before/after introduce an event ("two days before the vote"):
                 * only at a clause end do they point at the story's date */
                if (word_is(sc, a, "before") && in_sent(sc, a + 1) &&
                    sc->T[a + 1].kind != KIJI_TOK_PUNCT)
                    return 0;
                double v = c.v;
                int g = units[u].g;
                if (v != (long)v) { /* a year and a half ago: in months */
                    if (g != G_YEAR)
                        return 0;
                    v *= 12, g = G_MONTH;
                }
                m->kind = ago ? K_REL : K_ANAPH;
                m->g = g;
                m->n = (int)(earlier || ago ? -v : v);
                m->rel = ago ? 8 : 7; /* counted from now / from the story's date */
                return a + 1;
            }
        }
    }
    return 0;
}

/* Vague references: now, recently, in the past, in recent years, the future. */
static uint32_t m_ref(scan *sc, uint32_t i, tmatch *m)
{
    if ((word_is(sc, i, "now") || word_is(sc, i, "currently") || word_is(sc, i, "nowadays") ||
         word_is(sc, i, "presently")) &&
        plain_case(sc, i)) {
        set_lit(m, KIJI_TX_DATE, "PRESENT_REF");
        return i + 1;
    }
    if (word_is(sc, i, "right") && word_is(sc, i + 1, "now")) {
        set_lit(m, KIJI_TX_DATE, "PRESENT_REF");
        return i + 2;
    }
    if (word_is(sc, i, "these") && word_is(sc, i + 1, "days")) {
        set_lit(m, KIJI_TX_DATE, "PRESENT_REF");
        return i + 2;
    }
    if (word_is(sc, i, "at") && word_is(sc, i + 1, "present") &&
        !(in_sent(sc, i + 2) && sc->T[i + 2].kind == KIJI_TOK_WORD && !word_is(sc, i + 2, "and"))) {
        set_lit(m, KIJI_TX_DATE, "PRESENT_REF");
        return i + 2;
    }
    if ((word_is(sc, i, "recently") || word_is(sc, i, "lately")) && plain_case(sc, i)) {
        /* "the recently established group": an adjective's adverb, no time */
        static const char *const det[] = {"the", "a", "an", "its", "their", "his", "her",
                                          "our", "this", "these", "those", "that", NULL};
        if (i > sc->t0 && word_in(sc, i - 1, det) >= 0)
            return 0;
        set_lit(m, KIJI_TX_DATE, "PAST_REF");
        return i + 1;
    }
    /* in the past (not "in the past three years") */
    if (word_is(sc, i, "in") && word_is(sc, i + 1, "the") && word_is(sc, i + 2, "past")) {
        count_t c;
        bool pl;
        uint32_t k = i + 3;
        if (count_at(sc, k, &c) && !c.article)
            k = c.end;
        if (unit_at(sc, k, &pl) >= 0 || word_is(sc, k, "few") || word_is(sc, k, "several"))
            return 0;
        set_lit(m, KIJI_TX_DATE, "PAST_REF");
        return i + 3;
    }
    /* (in) recent years, the coming months, the near future */
    static const char *const plur[] = {"years", "months", "weeks", "days", "decades", "times",
                                       NULL};
    if (word_is(sc, i, "recent") && plain_case(sc, i) && word_in(sc, i + 1, plur) >= 0) {
        set_lit(m, KIJI_TX_DATE, "PAST_REF");
        return i + 2;
    }
    if (word_is(sc, i, "the") && word_is(sc, i + 1, "coming") && word_in(sc, i + 2, plur) >= 0 &&
        !word_is(sc, i + 2, "times")) {
        set_lit(m, KIJI_TX_DATE, "FUTURE_REF");
        return i + 3;
    }
    if (word_is(sc, i, "coming") && i > sc->t0 && word_is(sc, i - 1, "in") &&
        word_in(sc, i + 1, plur) >= 0 && !word_is(sc, i + 1, "times")) {
        set_lit(m, KIJI_TX_DATE, "FUTURE_REF");
        return i + 2;
    }
    if (word_is(sc, i, "the") && word_is(sc, i + 1, "near") && word_is(sc, i + 2, "future")) {
        set_lit(m, KIJI_TX_DATE, "FUTURE_REF");
        return i + 3;
    }
    if (word_is(sc, i, "the") && word_is(sc, i + 1, "future") && i > sc->t0 &&
        (word_is(sc, i - 1, "in") || word_is(sc, i - 1, "into") || word_is(sc, i - 1, "for"))) {
        set_lit(m, KIJI_TX_DATE, "FUTURE_REF");
        return i + 2;
    }
    /* years ago, a few weeks ago, many decades ago */
    uint32_t j = i;
    count_t c;
    if (count_at(sc, j, &c) && c.x)
        j = c.end;
    bool pl;
    int u = unit_at(sc, j, &pl);
    if (u >= U_DAY && pl && word_is(sc, j + 1, "ago")) {
        set_lit(m, KIJI_TX_DATE, "PAST_REF");
        return j + 2;
    }
    return 0;
}

/* Durations: three years, 24 hours, a two-year plan, multiyear, for years,
 * the past three years. */
static uint32_t m_duration(scan *sc, uint32_t i, tmatch *m)
{
    count_t c;
    bool pl;
    int u;
    /* the past / last / next / coming N units */
    if (word_is(sc, i, "the") &&
        (word_is(sc, i + 1, "past") || word_is(sc, i + 1, "last") || word_is(sc, i + 1, "next") ||
         word_is(sc, i + 1, "coming") || word_is(sc, i + 1, "previous") ||
         word_is(sc, i + 1, "following"))) {
        uint32_t k = i + 2;
        double v = 1;
        bool x = false;
        if (count_at(sc, k, &c) && !c.article) {
            v = c.v, x = c.x, k = c.end;
        }
        u = unit_at(sc, k, &pl);
        if (u >= 0 && (pl || (v == 1 && !x && k == i + 2)) && tlen(sc, k) == base_len(sc, k)) {
            if (!pl && (word_is(sc, i + 1, "next") || word_is(sc, i + 1, "following") ||
                        word_is(sc, i + 1, "previous")))
                return 0; /* the next day: an anaphoric date */
            char v3[24];
            duration_value(v3, sizeof v3, u, v, x || (pl && k == i + 2));
            set_lit(m, KIJI_TX_DURATION, v3);
            return k + 1;
        }
    }
    /* N units; "a 30 day window" writes the unit of an adjective in the
     * singular, the hyphen left out */
    if (count_at(sc, i, &c)) {
        u = unit_at(sc, c.end, &pl);
        bool attributive = u >= 0 && !pl && c.v > 1 && c.v < 1000 && !c.x && !c.article &&
                           in_sent(sc, c.end + 1) && sc->T[c.end + 1].kind == KIJI_TOK_WORD &&
                           plain_case(sc, c.end + 1) && !word_is(sc, c.end + 1, "of") &&
                           !word_is(sc, c.end + 1, "and") && !word_is(sc, c.end + 1, "or");
        if (u >= 0 && (c.x || (pl == (c.v != 1)) || c.v < 1 || attributive)) {
            uint32_t e = c.end + 1;
            double v = c.v;
            if (word_is(sc, e, "and") && word_is(sc, e + 1, "a") && word_is(sc, e + 2, "half")) {
                v += 0.5;
                e += 3;
            }
            /* ages are not durations here: "70 years old" */
            bool per = c.article && word_is(sc, i, "a") && i > sc->t0 &&
                       (word_is(sc, i - 1, "once") || word_is(sc, i - 1, "twice") ||
                        word_is(sc, i - 1, "times"));
            if (word_is(sc, e, "old") || per)
                return 0;
            /* "a second meeting" */
            if (u == U_SEC && c.article)
                return 0;
            /* "One day, ..." at a sentence start is not a duration */
            if (c.article == false && c.v == 1 && u == U_DAY && (sc->T[i].flags & KIJI_TF_SSTART))
                return 0;
            char v3[24];
            duration_value(v3, sizeof v3, u, v, c.x);
            set_lit(m, KIJI_TX_DURATION, v3);
            return e;
        }
    }
    /* half a century */
    /* one token: two-year, 10-year (NUM - unit), multiyear, year-long */
    if (in_sent(sc, i + 2) && sc->T[i].kind == KIJI_TOK_NUM && is_dash(sc, i + 1) &&
        touch(sc, i) && touch(sc, i + 1) && sc->T[i + 2].kind == KIJI_TOK_WORD) {
        long v = digits_val(sc, i, NULL);
        kiji_str parts[4];
        int np = in_sent(sc, i + 2) ? split_hyphens(sc, i + 2, parts) : 0;
        if (v > 0 && np == 1 && (u = unit_word(parts[0].ptr, parts[0].len, &pl)) >= 0 && !pl) {
            char v3[24];
            duration_value(v3, sizeof v3, u, (double)v, false);
            set_lit(m, KIJI_TX_DURATION, v3);
            return i + 3;
        }
        if (v > 0 && np == 2 && (u = unit_word(parts[0].ptr, parts[0].len, &pl)) >= 0 &&
            (str_is(parts[1], "long"))) {
            char v3[24];
            duration_value(v3, sizeof v3, u, (double)v, false);
            set_lit(m, KIJI_TX_DURATION, v3);
            return i + 3;
        }
        return 0;
    }
    if (in_sent(sc, i) && sc->T[i].kind == KIJI_TOK_WORD && plain_case(sc, i)) {
        kiji_str parts[4];
        int np = split_hyphens(sc, i, parts);
        char v3[24];
        /* a year-and-a-half, a two-and-a-half-year probe: one token whose
         * half splits past four parts */
        const char *tp = tptr(sc, i);
        size_t tn = base_len(sc, i);
        static const char half[] = "-and-a-half";
        const size_t hl = sizeof half - 1;
        for (size_t h = 1; h + hl <= tn && tn < 40; h++) {
            if (strncasecmp(tp + h, half, hl))
                continue;
            double v = -1;
            if (h + hl == tn) { /* year-and-a-half */
                u = unit_word(tp, h, &pl);
                v = u >= 0 && !pl ? 1.5 : -1;
            } else if (tp[h + hl] == '-') { /* two-and-a-half-year */
                u = unit_word(tp + h + hl + 1, tn - h - hl - 1, &pl);
                int w = number_word(tp, h);
                v = u >= 0 && !pl && w > 0 ? w + 0.5 : -1;
            }
            if (v < 0)
                break;
            duration_value(v3, sizeof v3, u, v, false);
            set_lit(m, KIJI_TX_DURATION, v3);
            return i + 1;
        }
        if (np == 1) {
            static const char *const multi[] = {"multiyear", "multidecade", "multiweek",
                                                "multimonth", "multiday", "yearlong",
                                                "weeklong", "monthlong", "decadelong", NULL};
            static const int mu[] = {U_YEAR, U_DECADE, U_WEEK, U_MONTH, U_DAY,
                                     U_YEAR, U_WEEK,   U_MONTH, U_DECADE};
            int k = word_in(sc, i, multi);
            if (k >= 0) {
                duration_value(v3, sizeof v3, mu[k], 1, k < 5);
                set_lit(m, KIJI_TX_DURATION, v3);
                return i + 1;
            }
        } else if (np == 2 || np == 3) {
            /* two-year, multi-year, year-long, decades-long, twenty-five-year */
            kiji_str last = parts[np - 1];
            bool lng = str_is(last, "long");
            kiji_str un = lng ? parts[np - 2] : last;
            u = unit_word(un.ptr, un.len, &pl);
            if (u < 0)
                return 0;
            size_t headn = (size_t)(un.ptr - parts[0].ptr) - 1;
            int v = -1;
            bool x = false;
            if (un.ptr == parts[0].ptr) {
                v = 1, x = pl; /* year-long, decades-long */
                if (!lng)
                    return 0;
            } else if (headn == 5 && !strncasecmp(parts[0].ptr, "multi", 5)) {
                x = true;
            } else {
                v = number_word(parts[0].ptr, headn);
                if (v <= 0)
                    return 0;
            }
            if (!x && pl && !lng)
                return 0;
            duration_value(v3, sizeof v3, u, v, x);
            set_lit(m, KIJI_TX_DURATION, v3);
            return i + 1;
        }
    }
    /* for years, in decades, years of talks */
    u = unit_at(sc, i, &pl);
    if (u >= U_DAY && pl && tlen(sc, i) == base_len(sc, i)) {
        bool before = i > sc->t0 && (word_is(sc, i - 1, "for") || word_is(sc, i - 1, "in") ||
                                     word_is(sc, i - 1, "over"));
        if (before && !word_is(sc, i + 1, "ago") && !word_is(sc, i + 1, "old")) {
            char v3[24];
            duration_value(v3, sizeof v3, u, 0, true);
            set_lit(m, KIJI_TX_DURATION, v3);
            return i + 1;
        }
    }
    return 0;
}

/* Sets: annual, every week, each year, twice a year, every Sunday. */
static uint32_t m_set(scan *sc, uint32_t i, tmatch *m)
{
    static const char *const adj[] = {"annual", "annually", "yearly", "monthly", "weekly",
                                      "daily", "hourly", "quarterly", "biennial", "nightly",
                                      NULL};
    static const char *const adjv[] = {"P1Y", "P1Y", "P1Y", "P1M", "P1W",
                                       "P1D", "PT1H", "P3M", "P2Y", "P1D"};
    int k = word_in(sc, i, adj);
    if (k >= 0 && plain_case(sc, i)) {
        /* "the Korea JoongAng Daily" is a name */
        if (capital(sc, i) && !(sc->T[i].flags & KIJI_TF_SSTART) && !sc->title_case)
            return 0;
        set_lit(m, KIJI_TX_SET, adjv[k]);
        return i + 1;
    }
    bool pl;
    if ((word_is(sc, i, "every") || word_is(sc, i, "each")) && plain_case(sc, i)) {
        uint32_t j = i + 1;
        double v = 1;
        count_t c;
        if (word_is(sc, j, "other")) {
            v = 2, j++;
        } else if (count_at(sc, j, &c) && !c.x && !c.article) {
            v = c.v, j = c.end;
        }
        int u = unit_at(sc, j, &pl);
        if (u >= 0 && pl == (v != 1)) {
            if (word_is(sc, j + 1, "of")) /* "every minute of the campaign" */
                return 0;
            char v3[24];
            duration_value(v3, sizeof v3, u, v, false);
            set_lit(m, KIJI_TX_SET, v3);
            return j + 1;
        }
        int wd = wday_at(sc, j, &pl);
        if (wd >= 0 && !pl && v == 1) {
            char v3[24];
            snprintf(v3, sizeof v3, "XXXX-WXX-%d", wd + 1);
            set_lit(m, KIJI_TX_SET, v3);
            return j + 1;
        }
        int s = season_at(sc, j);
        if (s >= 0 && v == 1) {
            char v3[24];
            snprintf(v3, sizeof v3, "XXXX-%s", season_code[s]);
            set_lit(m, KIJI_TX_SET, v3);
            return j + 1;
        }
        bool abbr;
        int mo = month_at(sc, j, &abbr);
        if (mo && !abbr && v == 1) {
            char v3[24];
            snprintf(v3, sizeof v3, "XXXX-%02d", mo);
            set_lit(m, KIJI_TX_SET, v3);
            return j + 1;
        }
        return 0;
    }
    /* once a year, twice a week, three times a day */
    uint32_t j = 0;
    if (word_is(sc, i, "once") || word_is(sc, i, "twice") || word_is(sc, i, "thrice")) {
        j = i + 1;
    } else {
        count_t c;
        if (count_at(sc, i, &c) && !c.article && word_is(sc, c.end, "times"))
            j = c.end + 1;
    }
    if (j && (word_is(sc, j, "a") || word_is(sc, j, "an") || word_is(sc, j, "per") ||
              word_is(sc, j, "every") || word_is(sc, j, "each"))) {
        int u = unit_at(sc, j + 1, &pl);
        if (u >= 0 && !pl) {
            char v3[24];
            duration_value(v3, sizeof v3, u, 1, false);
            set_lit(m, KIJI_TX_SET, v3);
            return j + 2;
        }
    }
    return 0;
}

/* Clock times: 3 p.m., 10:30 a.m., 3pm, 15:00, noon, midnight. */
static uint32_t m_clock(scan *sc, uint32_t i, tmatch *m)
{
    if ((word_is(sc, i, "noon") || word_is(sc, i, "midday") || word_is(sc, i, "midnight")) &&
        plain_case(sc, i)) {
        m->kind = K_ANAPH, m->g = G_DAY, m->n = 0, m->has_clock = true;
        m->hh = word_is(sc, i, "midnight") ? 24 : 12, m->mm = 0;
        return i + 1;
    }
    if (!in_sent(sc, i) || sc->T[i].kind != KIJI_TOK_NUM)
        return 0;
    const char *p = tptr(sc, i);
    size_t n = tlen(sc, i), k = 0;
    int hh = 0, mm = 0;
    while (k < n && k < 2 && isdigit((unsigned char)p[k]))
        hh = hh * 10 + (p[k++] - '0');
    if (!k)
        return 0;
    uint32_t j = i + 1;
    bool colon = false;
    const char *suf = p + k; /* "3pm" */
    size_t sufn = n - k;
    if (!sufn && punct_is(sc, j, ':') && touch(sc, i) && touch(sc, j)) {
        /* 10:30 or 10:30pm */
        const char *q = tptr(sc, j + 1);
        size_t qn = tlen(sc, j + 1);
        if (qn < 2 || !isdigit((unsigned char)q[0]) || !isdigit((unsigned char)q[1]))
            return 0;
        mm = (q[0] - '0') * 10 + (q[1] - '0');
        if (mm > 59)
            return 0;
        suf = q + 2, sufn = qn - 2;
        j += 2;
        colon = true;
    }
    int ampm = 0;
    if (sufn == 2 && (!strncasecmp(suf, "am", 2) || !strncasecmp(suf, "pm", 2)))
        ampm = tolower((unsigned char)suf[0]) == 'a' ? 1 : 2;
    else if (sufn)
        return 0;
    if (!ampm && in_sent(sc, j)) {
        if (tok_is(sc, j, "a.m.") || tok_is(sc, j, "a.m") || tok_is(sc, j, "am"))
            ampm = 1, j++;
        else if (tok_is(sc, j, "p.m.") || tok_is(sc, j, "p.m") || tok_is(sc, j, "pm"))
            ampm = 2, j++;
        /* "a.m" then "." when the segmenter kept the last dot apart */
        if (ampm && punct_is(sc, j, '.') && touch(sc, j - 1) && tlen(sc, j - 1) == 3)
            j++;
    }
    if (ampm) {
        if (hh < 1 || hh > 12)
            return 0;
        hh = ampm == 2 ? (hh == 12 ? 12 : hh + 12) : (hh == 12 ? 0 : hh);
    } else if (!colon || hh > 24 || sc->T[i].end - sc->T[i].start != 2) {
        return 0; /* a bare number is no time; "15:00" needs two digits */
    }
    /* a zone after it belongs to the expression */
    static const char *const zones[] = {"GMT", "UTC", "EST", "EDT", "ET", "PT", "PST", "PDT",
                                        "CET", "BST", "JST", "KST", "HKT", "CST", "IST", NULL};
    if (word_in(sc, j, zones) >= 0 && capital(sc, j))
        j++;
    else if (word_is(sc, j, "local") && word_is(sc, j + 1, "time"))
        j += 2;
    m->kind = K_ANAPH, m->g = G_DAY, m->n = 0, m->has_clock = true, m->hh = hh, m->mm = mm;
    return j;
}

enum { H_CHRISTMAS, H_XMAS_EVE, H_NEWYEAR, H_NY_EVE, H_HALLOWEEN, H_THANKSGIVING, H_EASTER,
       H_VALENTINE };

/* Holidays: Christmas (Day, Eve), New Year's Day, Thanksgiving, Easter. */
static uint32_t m_holiday(scan *sc, uint32_t i, tmatch *m)
{
    int h = -1;
    uint32_t e = i + 1;
    if (word_is(sc, i, "Christmas") && capital(sc, i)) {
        if (word_is(sc, i + 1, "Eve"))
            h = H_XMAS_EVE, e++;
        else if (word_is(sc, i + 1, "Day"))
            h = H_CHRISTMAS, e++;
        else if (i > sc->t0 && !(in_sent(sc, i + 1) && sc->T[i + 1].kind == KIJI_TOK_WORD &&
                                 tlen(sc, i) == base_len(sc, i)))
            h = H_CHRISTMAS; /* "by Christmas", not "Christmas tree" */
    } else if (word_is(sc, i, "New") && capital(sc, i) && in_sent(sc, i + 1) &&
               base_len(sc, i + 1) < tlen(sc, i + 1) && word_is(sc, i + 1, "Year")) {
        if (word_is(sc, i + 2, "Day"))
            h = H_NEWYEAR, e = i + 3;
        else if (word_is(sc, i + 2, "Eve"))
            h = H_NY_EVE, e = i + 3;
    } else if (word_is(sc, i, "Halloween") && capital(sc, i)) {
        h = H_HALLOWEEN;
    } else if (word_is(sc, i, "Thanksgiving") && capital(sc, i)) {
        h = H_THANKSGIVING;
        if (word_is(sc, i + 1, "Day"))
            e++;
    } else if (word_is(sc, i, "Easter") && capital(sc, i) &&
               (word_is(sc, i + 1, "Sunday") || (i > sc->t0 && !capital(sc, i - 1) &&
                                                 !(in_sent(sc, i + 1) &&
                                                   sc->T[i + 1].kind == KIJI_TOK_WORD)))) {
        h = H_EASTER;
        if (word_is(sc, i + 1, "Sunday"))
            e++;
    } else if (word_is(sc, i, "Valentine") && base_len(sc, i) < tlen(sc, i) &&
               word_is(sc, i + 1, "Day")) {
        h = H_VALENTINE, e++;
    }
    if (h < 0)
        return 0;
    m->kind = K_HOLIDAY, m->g = G_DAY, m->part = h;
    return e;
}

typedef uint32_t (*matcher)(scan *, uint32_t, tmatch *);
static const matcher matchers[] = {m_date, m_year,     m_weekday, m_rel,   m_season, m_part,
                                   m_ref,  m_duration, m_set,     m_clock, m_holiday};

/* The longest core expression at i.  With the_unit, "the year", "the
 * month", "the week", "the decade" also count (after "the end of"). */
static uint32_t core_at(scan *sc, uint32_t i, tmatch *best, bool the_unit)
{
    uint32_t bend = 0;
    for (size_t k = 0; k < sizeof matchers / sizeof *matchers; k++) {
        tmatch m;
        memset(&m, 0, sizeof m);
        uint32_t e = matchers[k](sc, i, &m);
        if (e > bend) {
            *best = m;
            bend = e;
        }
    }
    if (!bend && the_unit && word_is(sc, i, "the")) {
        static const char *const tu[] = {"year", "month", "week", "decade", "century", NULL};
        static const int tg[] = {G_YEAR, G_MONTH, G_WEEK, G_DEC, G_CENT};
        /* "the end of the quarter" is the reported quarter's, as "the
         * quarter" alone is */
        if (word_is(sc, i + 1, "quarter") && tlen(sc, i + 1) == base_len(sc, i + 1) &&
            period_context(sc, i, i + 2, G_QUARTER) > 0) {
            memset(best, 0, sizeof *best);
            best->kind = K_PART, best->g = G_QUARTER, best->rel = 10;
            return i + 2;
        }
        int u = word_in(sc, i + 1, tu);
        if (u >= 0 && tlen(sc, i + 1) == base_len(sc, i + 1)) {
            memset(best, 0, sizeof *best);
            best->kind = K_REL, best->g = tg[u], best->n = 0;
            bend = i + 2;
        }
    }
    return bend;
}

static bool day_like(const tmatch *m)
{
    return m->g == G_DAY && m->kind != K_LIT && !m->has_clock;
}

/* Lower-case words that can begin an expression (every matcher's first
 * word; capitalised words, numbers and hyphenated words always may).
 * Sorted: most tokens of a text are turned away by one binary search. */
static const char *const starters[] = {
    "a", "about", "almost", "an", "annual", "annually", "approximately", "around", "at",
    "autumn", "biennial", "centuries", "century", "coming", "current", "currently", "daily",
    "day", "days", "decade", "decadelong", "decades", "each", "earlier", "early", "eight",
    "eighteen", "eighty", "eleven", "end", "every", "fall", "few", "fifteen", "fifty",
    "final", "first", "fiscal", "five", "forty", "four", "fourteen", "fourth", "half",
    "hour", "hourly", "hours", "in", "last", "late", "lately", "later", "less", "many",
    "mid", "midday", "midnight", "minute", "minutes", "month", "monthlong", "monthly",
    "months", "more", "multiday", "multidecade", "multimonth", "multiweek", "multiyear",
    "nearly", "next", "nightly", "nine", "nineteen", "ninety", "noon", "now", "nowadays",
    "once", "one", "over", "past", "presently", "previous", "quarterly", "recent",
    "recently", "right", "roughly", "second", "seconds", "seven", "seventeen", "seventy",
    "several", "six", "sixteen", "sixty", "some", "spring", "summer", "ten", "that", "the",
    "these", "third", "thirteen", "thirty", "this", "three", "thrice", "today", "tomorrow",
    "tonight", "twelve", "twenty", "twice", "two", "under", "week", "weeklong", "weekly",
    "weeks", "winter", "year", "yearlong", "yearly", "years", "yesterday", "zero"
};

static int cmp_starter(const void *key, const void *elem)
{
    return strcmp((const char *)key, *(const char *const *)elem);
}

static bool could_start(const scan *sc, uint32_t i)
{
    const kiji_token *t = &sc->T[i];
    if (t->kind == KIJI_TOK_NUM)
        return true;
    if (t->flags & KIJI_TF_CAP) {
        /* names are most capitalised words: only calendar words pass */
        static const char *const cal[] = {"Christmas", "New", "Halloween", "Thanksgiving",
                                          "Easter", "Valentine", NULL};
        bool abbr, pl;
        size_t n = tlen(sc, i);
        const char *p = tptr(sc, i);
        if (month_at(sc, i, &abbr) || wday_at(sc, i, &pl) >= 0 || word_in(sc, i, cal) >= 0 ||
            (n == 2 && (p[0] == 'Q' || p[0] == 'H') && isdigit((unsigned char)p[1])) ||
            ((n == 2 || n == 6) && p[0] == 'F' && p[1] == 'Y'))
            return true;
    }
    const char *p = tptr(sc, i);
    size_t n = base_len(sc, i);
    if (t->kind == KIJI_TOK_PUNCT)
        return *p == '\'' || !strncmp(p, "\xe2\x80\x99", 3);
    if (memchr(p, '-', n))
        return true;
    char w[16];
    if (n >= sizeof w)
        return false;
    for (size_t k = 0; k < n; k++)
        w[k] = (char)tolower((unsigned char)p[k]);
    w[n] = 0;
    return bsearch(w, starters, sizeof starters / sizeof *starters, sizeof *starters,
                   cmp_starter) != NULL;
}

/* A whole expression at i: modifiers ("the end of", "early", "mid-",
 * "about"), the core, and a clock time or part of day joined to a day. */
static uint32_t match_at(scan *sc, uint32_t i, tmatch *m)
{
    memset(m, 0, sizeof *m);
    uint32_t j = i;
    const char *mod = NULL;
    bool prefix = false, approx = false;
    /* about three years, around 2010 */
    static const char *const approx_w[] = {"about", "around", "roughly", "approximately",
                                           "nearly", "almost", "some", NULL};
    if (word_in(sc, j, approx_w) >= 0 && plain_case(sc, j)) {
        approx = true;
        j++;
    }
    /* more than a year ago (BEFORE), less than a week ago (AFTER) */
    const char *bound = NULL;
    uint32_t jb = j;
    if (!approx && (word_is(sc, j, "more") || word_is(sc, j, "less")) && word_is(sc, j + 1, "than"))
        bound = word_is(sc, j, "more") ? "BEFORE" : "AFTER", jb = j + 2;
    else if (!approx && (word_is(sc, j, "over") || word_is(sc, j, "under")) && plain_case(sc, j))
        bound = word_is(sc, j, "over") ? "BEFORE" : "AFTER", jb = j + 1;
    if (bound) {
        tmatch c;
        memset(&c, 0, sizeof c);
        uint32_t e = core_at(sc, jb, &c, false);
        if (e && c.kind == K_REL && c.n < 0 && word_is(sc, e - 1, "ago")) {
            *m = c;
            m->mod = bound;
            m->type = KIJI_TX_DATE;
            m->ts = i, m->te = e;
            return e;
        }
        return 0; /* the core, if any, is found on its own from the next token */
    }
    /* mid-2024, mid-November, end-December, year-end */
    if (!approx && in_sent(sc, j) && sc->T[j].kind == KIJI_TOK_WORD) {
        kiji_str parts[4];
        int np = split_hyphens(sc, j, parts);
        if (np == 2) {
            const char *pm = str_is(parts[0], "mid") ? "MID"
                             : str_is(parts[0], "early") ? "START"
                             : str_is(parts[0], "late") || str_is(parts[0], "end") ? "END"
                                                                                      : NULL;
            if (str_is(parts[0], "year") && str_is(parts[1], "end")) {
                m->kind = K_REL, m->g = G_YEAR, m->n = 0, m->mod = "END";
                m->ts = i, m->te = j + 1;
                return j + 1;
            }
            if (pm) {
                kiji_str r = parts[1];
                int mo = 0;
                for (int k = 0; month_names[k]; k++)
                    if (str_is(r, month_names[k]))
                        mo = k + 1;
                int v = 0;
                size_t q = 0;
                while (q < r.len && isdigit((unsigned char)r.ptr[q]))
                    v = v * 10 + (r.ptr[q++] - '0');
                memset(m, 0, sizeof *m);
                m->mod = pm;
                uint32_t e = j + 1;
                if (mo) {
                    int nd;
                    long y = digits_val(sc, e, &nd);
                    if (nd == 4 && y >= 1000 && y <= 2199) {
                        m->kind = K_ABS, m->g = G_MONTH, m->m = mo, m->y = (int)y;
                        e++;
                    } else {
                        m->kind = K_MONTH, m->g = G_MONTH, m->m = mo;
                    }
                } else if (q == 4 && q == r.len && v >= 1000 && v <= 2199) {
                    m->kind = K_ABS, m->g = G_YEAR, m->y = v;
                } else if (q == 4 && r.len == 5 && r.ptr[4] == 's' && v % 10 == 0) {
                    m->kind = K_ABS, m->g = G_DEC, m->y = v;
                } else {
                    return 0;
                }
                /* "the mid-1990s" */
                uint32_t s0 = i;
                if (i > sc->t0 && word_is(sc, i - 1, "the") && m->g == G_DEC)
                    s0 = i - 1;
                m->ts = s0, m->te = e;
                return e;
            }
        }
    }
    /* (the) end / beginning / start / middle of */
    uint32_t k = j + word_is(sc, j, "the");
    if (!approx && (k > j || word_is(sc, k, "end")) && word_is(sc, k + 1, "of")) {
        static const char *const pw[] = {"end", "beginning", "start", "middle", "close", NULL};
        static const char *const pmod[] = {"END", "START", "START", "MID", "END"};
        int w = word_in(sc, k, pw);
        if (w >= 0 && tlen(sc, k) == base_len(sc, k)) {
            mod = pmod[w];
            j = k + 2;
            prefix = true;
        }
    }
    /* the first week of July, the final months of 2023, the opening days of */
    if (!approx && !prefix && k > j && word_in(sc, k + 1, (const char *const[]){"week", "weeks",
                                                 "days", "months", "day", NULL}) >= 0 &&
        word_is(sc, k + 2, "of")) {
        if (word_is(sc, k, "first") || word_is(sc, k, "opening") || word_is(sc, k, "early"))
            mod = "START";
        else if (word_is(sc, k, "last") || word_is(sc, k, "final") || word_is(sc, k, "closing") ||
                 word_is(sc, k, "dying"))
            mod = "END";
        if (mod) {
            j = k + 3;
            prefix = true;
        }
    }
    /* early / late / mid / earlier / later (in) */
    if (!prefix && !approx) {
        uint32_t k2 = j;
        bool the = word_is(sc, k2, "the");
        if (the)
            k2++;
        static const char *const ew[] = {"early", "late", "mid", "earlier", "later", NULL};
        static const char *const emod[] = {"START", "END", "MID", NULL, NULL};
        int w = word_in(sc, k2, ew);
        if (w >= 0 && plain_case(sc, k2) && (!the || w < 3)) {
            mod = emod[w];
            j = k2 + 1;
            if (word_is(sc, j, "in"))
                j++;
            prefix = true;
        }
    }
    tmatch c;
    memset(&c, 0, sizeof c);
    uint32_t e = core_at(sc, j, &c, prefix);
    if (!e)
        return 0;
    if (prefix) {
        /* what a modifier may apply to */
        bool ok = c.kind != K_LIT && c.type == KIJI_TX_DATE;
        /* "the early 1990s" and "the end of ..." but not "the late Mr. X" */
        if (word_is(sc, i, "the") && !word_is(sc, j - 1, "of") && c.g != G_DEC)
            ok = false;
        if ((word_is(sc, j - 1, "earlier") || word_is(sc, j - 1, "later") ||
             word_is(sc, j - 2, "earlier") || word_is(sc, j - 2, "later")) &&
            !(c.kind == K_REL && c.n == 0))
            ok = false; /* "later Sunday" no; "later this year" yes */
        if (!ok)
            return 0;
        if (!c.mod)
            c.mod = mod;
    }
    if (approx) {
        bool ok = (c.kind == K_LIT && c.type == KIJI_TX_DURATION) ||
                  (c.kind == K_REL && c.n != 0 && c.g != G_DAY) ||
                  (c.kind == K_REL && c.g == G_DAY && c.n < -1) ||
                  (c.kind == K_ABS && (c.g == G_YEAR || c.g == G_DEC)) || c.has_clock;
        if (!ok) /* "some" and "about" are common words: let the core stand alone */
            return match_at(sc, j, m);
        c.mod = "APPROX";
    }
    /* a day with a clock time: Tuesday at 3 p.m.; 3 p.m. (on) Tuesday */
    if (day_like(&c) && c.kind != K_HOLIDAY && word_is(sc, e, "at")) {
        tmatch t;
        memset(&t, 0, sizeof t);
        uint32_t te = m_clock(sc, e + 1, &t);
        if (te) {
            c.has_clock = true, c.hh = t.hh, c.mm = t.mm, c.tod = 0;
            e = te;
        }
    } else if (c.has_clock && c.kind == K_ANAPH) {
        uint32_t k3 = e + word_is(sc, e, "on");
        tmatch dday;
        memset(&dday, 0, sizeof dday);
        uint32_t de = 0;
        if (word_is(sc, k3, "today") || word_is(sc, k3, "yesterday") ||
            word_is(sc, k3, "tomorrow"))
            de = m_rel(sc, k3, &dday);
        else
            de = m_weekday(sc, k3, &dday);
        if (!de)
            de = m_date(sc, k3, &dday);
        if (de && day_like(&dday) && !dday.tod) {
            dday.has_clock = true, dday.hh = c.hh, dday.mm = c.mm;
            dday.mod = c.mod;
            c = dday;
            e = de;
        }
    }
    if (c.kind == K_LIT && !c.type)
        c.type = KIJI_TX_DATE;
    if (c.kind != K_LIT)
        c.type = c.has_clock || c.tod ? KIJI_TX_TIME : KIJI_TX_DATE;
    *m = c;
    m->ts = i, m->te = e;
    return e;
}

/* ------------------------------------------------------------------ */
/* tense: which way a bare weekday or month points                     */

/* CUE_SCHED: a timetable present ("begins", "takes effect"), a future for
 * the date after it and nothing for one before it; CUE_NEAR: an intention
 * told in the past ("planned to", "originally scheduled for"), see DIR_NEAR */
enum { CUE_NONE, CUE_PAST, CUE_FUT, CUE_PRES, CUE_SAY_PAST, CUE_SAY_PRES, CUE_STOP,
       CUE_SCHED, CUE_NEAR };

static const char *const past_irregular[] = {
    "was", "were", "had", "did", "came", "went", "made", "took", "gave", "held", "met",
    "began", "led", "left", "won", "lost", "sent", "saw", "found", "got", "brought", "fell",
    "rose", "became", "stood", "chose", "struck", "drew", "grew", "knew", "thought", "felt",
    "kept", "paid", "sold", "bought", "built", "caught", "fought", "ran", "shot", "flew",
    "threw", "broke", "wore", "ate", "hid", "shook", "swore", "tore", "underwent", "withdrew",
    "oversaw", "sought", "taught", "meant", "spent", "lent", "dealt", "heard", "laid", "sat",
    "slept", "spoke", "wrote", "arose", "froze", "sank", "fled", "bore", "hung", "overtook",
    "forgot", "forgave", "woke", "stole", "swept", "wept", "won", "became", "began", "beat",
    "struck", "undertook", "foresaw", "upheld", "withheld", "overcame", "rode", "drove",
    "grew", "blew", "slid", "split", "shut", NULL};
static const char *const say_past[] = {"said", "told", "added", "noted", "stated",
                                       "explained", "argued", "insisted", "recalled",
                                       "acknowledged", "wrote", "remarked", NULL};
static const char *const say_pres[] = {"says", "tells", "adds", "notes", "states",
                                       "explains", "argues", "insists", "recalls", NULL};
static const char *const future_w[] = {"will", "shall", "would", "could", "might", "should",
                                       "must", "can", "may", "won't", "won\xe2\x80\x99t",
                                       "upcoming", "gonna", NULL};
static const char *const aux_w[] = {"be", "been", "being", "is", "are", "was", "were",
                                    "am", "has", "have", "had", "get", "got", "gets",
                                    "having", "getting", NULL};
/* Verbs a participle follows as an adjective: "remains closed until
 * Saturday" tells no past. */
static const char *const link_w[] = {"remain", "remains", "stay", "stays", "seem", "seems",
                                     "appear", "appears", "look", "looks", "become",
                                     "becomes", "keep", "keeps", NULL};
static const char *const det_prep_w[] = {"the", "a", "an", "this", "that", "these", "those",
                                         "its", "their", "his", "her", "our", "my", "your",
                                         "of", "in", "on", "at", "by", "for", "with", "from",
                                         "to", "as", "than", "into", "so-called", NULL};
static const char *const to_future[] = {"plan", "plans", "planned", "planning", "aim", "aims",
                                        "intend", "intends", "expected", "set", "scheduled",
                                        "slated", "poised", "due", "going", "likely", "hopes",
                                        "seeks", "vowed", "pledged", "promised", "agreed",
                                        "decided", "prepared", "preparing", "ready", "asked",
                                        "urged", "want", "wants", "wanted", "hope", "hoped",
                                        "intended", "aimed", "expect", "expects",
                                        "threaten", "threatens", "threatened", "vow", "vows",
                                        "pledge", "pledges", "promise", "promises", "propose",
                                        "proposes", "proposed", "seek", "sought",
                                        /* urging someone to act: "has pressed the
                                         * government to cut arrears by June 30" */
                                        "urge", "urges", "ask", "asks", "press", "presses",
                                        "pressed", "pressing", "push", "pushes", "pushed",
                                        "pushing", "encourage", "encourages", "encouraged",
                                        NULL};
/* Verbs of expecting: their object is to come ("economists expect the
 * first cut in June"). */
static const char *const expect_w[] = {"expect", "expects", "anticipate", "anticipates",
                                       "predict", "predicts", "foresee", "foresees",
                                       "forecast", "forecasts", NULL};
/* Words before a date that a plan or forecast for it follows: "a vote is
 * scheduled for May", "payments are due in February", "rain is forecast
 * for Friday". */
static const char *const for_future[] = {
    "scheduled", "slated", "set", "planned", "due", "expected", "penciled", "pencilled",
    "preparing", "prepare", "prepares", "ready", "bracing", "gearing", "hope", "hopes",
    "hoping", "forecast", "forecasted", "predicted", "projected", "tipped", NULL};
static const char *const plan_prep[] = {"in", "on", "by", "at", "around", "before", "within",
                                        "early", "late", "mid", "later", "next", "this",
                                        NULL};
/* Verbs whose present tense tells a timetable: "the fiscal year begins in
 * April", "the law takes effect in May", "the chain reports earnings on
 * Thursday" point ahead in a body sentence. */
static const char *const schedule_w[] = {
    "begins", "starts", "ends", "opens", "closes", "expires", "resumes", "reopens",
    "concludes", "begin", "start", "resume", "expire", "reopen", "reports", "releases",
    "publishes", "announces", "holds", "hosts", "meets", "visits", "travels", "plays", "faces",
    "unveils", "debuts", "premieres", "returns", "heads", "arrives", "departs", "convenes",
    "reconvenes", "testifies", "appears", "kicks", "open", "close", "meet", "vote", "host",
    "face", "play", "return", "arrive", "depart", "travel", "visit", "reconvene", "runs",
    "lasts", "continues", "continue", "leaves", "leave", "head", "fly", "flies", NULL};

static bool ends_with(const scan *sc, uint32_t i, const char *suf)
{
    size_t n = tlen(sc, i), l = strlen(suf);
    return n > l && !strncasecmp(tptr(sc, i) + n - l, suf, l);
}

/* Skip back over adverbs and quote marks from k (exclusive). */
static uint32_t prev_word(const scan *sc, uint32_t k)
{
    while (k > sc->t0) {
        k--;
        const kiji_token *t = &sc->T[k];
        if (t->flags & KIJI_TF_QUOTE)
            continue;
        if (t->kind == KIJI_TOK_WORD && (ends_with(sc, k, "ly") || word_is(sc, k, "not") ||
                                         word_is(sc, k, "also") || word_is(sc, k, "then") ||
                                         word_is(sc, k, "already") || word_is(sc, k, "just")))
            continue;
        return k;
    }
    return UINT32_MAX;
}

static bool in_tx(const scan *sc, uint32_t k);

/* An intention told in the past: "planned", "was expected" before "to" or
 * a date; not a present passive ("is expected to") or a perfect ("has
 * pledged to"), whose intention still holds. */
static bool past_intent(const scan *sc, uint32_t k)
{
    if (!(ends_with(sc, k, "ed") || word_is(sc, k, "sought")))
        return false;
    static const char *const still[] = {"is", "are", "am", "be", "being", "has", "have",
                                        "it's", "it\xe2\x80\x99s", NULL};
    uint32_t p = prev_word(sc, k);
    return p == UINT32_MAX || word_in(sc, p, still) < 0;
}

/* What token k says about tense. */
static int cue_word(const scan *sc, uint32_t k)
{
    const kiji_token *t = &sc->T[k];
    if (t->kind == KIJI_TOK_PUNCT) {
        const char *p = tptr(sc, k);
        if (*p == ';' || *p == ':' || !strncmp(p, "\xe2\x80\x94", 3))
            return CUE_STOP;
        return CUE_NONE;
    }
    if (t->kind != KIJI_TOK_WORD ||
        (t->flags & KIJI_TF_CAP && !(t->flags & KIJI_TF_SSTART) && !sc->title_case))
        return CUE_NONE;
    if (word_in(sc, k, say_past) >= 0)
        return CUE_SAY_PAST;
    if (word_in(sc, k, say_pres) >= 0)
        return CUE_SAY_PRES;
    if (word_in(sc, k, future_w) >= 0 || ends_with(sc, k, "\xe2\x80\x99ll") ||
        ends_with(sc, k, "'ll"))
        return CUE_FUT;
    if ((word_in(sc, k, to_future) >= 0 || word_is(sc, k, "is") || word_is(sc, k, "are") ||
         word_is(sc, k, "am")) &&
        word_is(sc, k + 1, "to") && in_sent(sc, k + 2) && sc->T[k + 2].kind == KIJI_TOK_WORD)
        return word_in(sc, k, to_future) >= 0 && past_intent(sc, k) ? CUE_NEAR : CUE_FUT;
    /* "a hearing scheduled for the end of March", "payments are due in
     * February"; a plan told as gone is no future ("originally scheduled
     * for May", "was expected in June" is the past tense's) */
    if (word_in(sc, k, for_future) >= 0 &&
        (word_is(sc, k + 1, "for") ||
         ((word_in(sc, k + 1, plan_prep) >= 0 || (in_sent(sc, k + 1) && in_tx(sc, k + 1))) &&
          !word_is(sc, k, "set") && !word_is(sc, k, "prepare") &&
          !word_is(sc, k, "prepares")))) {
        static const char *const once_w[] = {"originally", "initially", "first", "previously",
                                             "once", "earlier", NULL};
        static const char *const was_w[] = {"was", "were", "had", NULL};
        uint32_t p = k > sc->t0 ? k - 1 : UINT32_MAX;
        if (p != UINT32_MAX && word_in(sc, p, once_w) >= 0)
            return CUE_NEAR;
        p = prev_word(sc, k);
        if (p != UINT32_MAX && word_is(sc, p, "been"))
            p = prev_word(sc, p); /* had been expected in June */
        bool for_ = word_is(sc, k + 1, "for");
        if (!for_ && p != UINT32_MAX && word_in(sc, p, was_w) >= 0)
            return CUE_NONE;
        /* a noun dates nothing ahead: "cut its forecast in June", "the
         * full-year forecast after"; nor a forecast but after "is" */
        bool noun = p != UINT32_MAX &&
                    (word_in(sc, p, det_prep_w) >= 0 || base_len(sc, p) < tlen(sc, p) ||
                     (sc->T[p].kind == KIJI_TOK_WORD && memchr(tptr(sc, p), '-', tlen(sc, p))));
        if (!for_ && (noun || (ends_with(sc, k, "cast") || word_is(sc, k, "forecasts")) ||
                      word_is(sc, k, "tipped")) &&
            !(p != UINT32_MAX && word_in(sc, p, aux_w) >= 0))
            return CUE_NONE;
        return CUE_FUT;
    }
    /* a headline's "X to do Y" is its future */
    if (sc->kind == KIJI_PARA_HEADLINE && word_is(sc, k, "to") && k > sc->t0 &&
        sc->T[k - 1].kind == KIJI_TOK_WORD && in_sent(sc, k + 1) &&
        sc->T[k + 1].kind == KIJI_TOK_WORD && !capital(sc, k + 1))
        return CUE_FUT;
    /* past forms also written as the present or a noun: "the bank cut
     * rates in August" is past, "a rate cut in August" a noun, "will cut"
     * a future; told past only before an object */
    static const char *const past_base[] = {"cut", "hit", "put", "set", "let", "spread", "cost",
                                            "quit", "hurt", "shed", "bid", "upset", "burst",
                                            "cast", NULL};
    bool base = word_in(sc, k, past_base) >= 0;
    if (base || word_in(sc, k, past_irregular) >= 0) {
        /* a participle after an auxiliary ("could be held") or a
         * determiner ("the left"), a base form after a modal ("will
         * split") tells nothing itself */
        static const char *const do_w[] = {"do", "does", "did", "didn't", "didn\xe2\x80\x99t",
                                           "doesn't", "doesn\xe2\x80\x99t", "don't",
                                           "don\xe2\x80\x99t", NULL};
        uint32_t p = prev_word(sc, k);
        if (p != UINT32_MAX && word_in(sc, k, aux_w) < 0 &&
            (word_in(sc, p, aux_w) >= 0 || word_in(sc, p, link_w) >= 0 ||
             word_in(sc, p, future_w) >= 0 || word_in(sc, p, do_w) >= 0 ||
             (word_in(sc, p, det_prep_w) >= 0 && !word_is(sc, p, "that"))))
            return CUE_NONE;
        if (base) {
            static const char *const no_obj[] = {"in", "on", "at", "of", "for", "by", "from",
                                                 "with", "to", "into", "and", "or", "as",
                                                 "than", "off", "out", "up", "down", NULL};
            if (p == UINT32_MAX || !in_sent(sc, k + 1) || sc->T[k + 1].kind == KIJI_TOK_PUNCT ||
                (word_in(sc, k + 1, no_obj) >= 0 && !word_is(sc, k, "hit")) || capital(sc, k) ||
                base_len(sc, p) < tlen(sc, p))
                return CUE_NONE;
            /* a plural subject may tell a present ("countries cut
             * emissions"), a verb of causing a bare infinitive ("help
             * the country cut") */
            static const char *const cause_w[] = {"help", "helps", "helped", "helping", "make",
                                                  "makes", "making", "let", "lets", "letting",
                                                  NULL};
            static const char *const subj_s[] = {"its", "this", "has", "was", "is", NULL};
            if (ends_with(sc, p, "s") && word_in(sc, p, subj_s) < 0)
                return CUE_NONE;
            for (uint32_t q = p, e = 0; q != UINT32_MAX && e < 3; e++, q = prev_word(sc, q))
                if (word_in(sc, q, cause_w) >= 0)
                    return CUE_NONE;
        }
        return CUE_PAST;
    }
    /* a timetable in the present: "the fiscal year begins in April", "the
     * rule takes effect in May"; not a noun ("the ends"), not after an
     * auxiliary ("did not begin until May": that one tells the tense).
     * Headlines and captions tell the past in the present: no cue there,
     * but a verb of expecting looks ahead in them too. */
    bool expect = word_in(sc, k, expect_w) >= 0;
    /* "forecast" is a verb before its object ("economists forecast a cut in
     * June"), else a noun ("its full-year forecast after ...") */
    if (expect && (word_is(sc, k, "forecast") || word_is(sc, k, "forecasts")) &&
        !(in_sent(sc, k + 1) && (sc->T[k + 1].kind == KIJI_TOK_NUM ||
                                 word_in(sc, k + 1, det_prep_w) >= 0)))
        expect = false;
    /* a caption tells the past in the present, but not in a relative
     * clause: "the stadium, which hosts the final in August" */
    static const char *const rel_w[] = {"which", "that", "who", NULL};
    bool rel_cap = sc->kind == KIJI_PARA_CAPTION && k > sc->t0 && word_in(sc, k - 1, rel_w) >= 0;
    if (sc->kind == KIJI_PARA_BODY || expect || rel_cap) {
        bool sched = expect || word_in(sc, k, schedule_w) >= 0;
        /* "continues to deepen", "begins to fade": an infinitive, no
         * timetable ("returns to Paris on Friday" is one) */
        if (sched && !expect && word_is(sc, k + 1, "to") && in_sent(sc, k + 2) &&
            sc->T[k + 2].kind == KIJI_TOK_WORD && !capital(sc, k + 2) &&
            word_in(sc, k + 2, det_prep_w) < 0)
            sched = false;
        if (!sched && (word_is(sc, k, "takes") || word_is(sc, k, "take")))
            sched = word_is(sc, k + 1, "effect");
        if (!sched && (word_is(sc, k, "becomes") || word_is(sc, k, "become")))
            sched = word_is(sc, k + 1, "effective") || word_is(sc, k + 1, "law");
        if (!sched && (word_is(sc, k, "comes") || word_is(sc, k, "come") ||
                       word_is(sc, k, "goes") || word_is(sc, k, "go") ||
                       word_is(sc, k, "enters") || word_is(sc, k, "enter")))
            sched = word_is(sc, k + 1, "into") &&
                    (word_is(sc, k + 2, "force") || word_is(sc, k + 2, "effect"));
        if (sched) {
            uint32_t p = prev_word(sc, k);
            if (p == UINT32_MAX)
                return CUE_SCHED;
            static const char *const not_after[] = {"to", "did", "didn't", "didn\xe2\x80\x99t",
                                                    "does", "do", "not", NULL};
            /* not a noun: "the vote", "parliament's vote" */
            if (word_in(sc, p, aux_w) < 0 && base_len(sc, p) == tlen(sc, p) &&
                (word_in(sc, p, det_prep_w) < 0 || word_is(sc, p, "that")) &&
                word_in(sc, p, future_w) < 0 && word_in(sc, p, not_after) < 0)
                return CUE_SCHED;
        }
    }
    if (word_is(sc, k, "has") || word_is(sc, k, "have") || ends_with(sc, k, "\xe2\x80\x99ve")) {
        /* a perfect: has agreed, have been, has since risen */
        static const char *const participles[] = {
            "risen", "fallen", "grown", "seen", "taken", "given", "done", "gone", "known",
            "shown", "driven", "written", "spoken", "chosen", "broken", "stolen", "frozen",
            "begun", "won", "lost", "held", "made", "paid", "sold", "left", "kept", "built",
            "spent", "sent", "cut", "hit", "set", "put", "spread", "brought", "bought",
            "caught", "fought", "thought", "taught", "sought", "struck", "become", "come",
            "run", "met", "led", "fled", "shed", "shut", "hurt", "quit", "beaten", "drawn",
            "withdrawn", "thrown", "flown", "blown", "worn", "torn", "sworn", "shaken",
            "ridden", "arisen", "forgotten", "forgiven", "undergone", "overseen",
            "overtaken", "undertaken", "hidden", "found", "got", "gotten", "had", "heard",
            "laid", "said", "told", "stood", "lent", "dealt", "felt", "slid", "split", "sunk",
            "soared", "surged", NULL};
        static const char *const adv_w[] = {"since", "already", "also", "not", "never", "ever",
                                            "just", "long", "now", "all", "both", "yet",
                                            "recently", "again", NULL};
        for (uint32_t q = k + 1; q < k + 4 && in_sent(sc, q); q++)
            if (word_is(sc, q, "been") ||
                (sc->T[q].kind == KIJI_TOK_WORD && ends_with(sc, q, "ed")))
                return CUE_PAST;
        uint32_t q = k + 1;
        while (q < k + 4 && (word_in(sc, q, adv_w) >= 0 || (in_sent(sc, q) &&
                                                           sc->T[q].kind == KIJI_TOK_WORD &&
                                                           ends_with(sc, q, "ly"))))
            q++;
        if (word_in(sc, q, participles) >= 0)
            return CUE_PAST;
        return CUE_PRES;
    }
    /* a finite present ends the search: "the hearing is on March 15" */
    if (word_is(sc, k, "is") || word_is(sc, k, "are") || word_is(sc, k, "am") ||
        word_is(sc, k, "does") || word_is(sc, k, "do"))
        return CUE_PRES;
    static const char *const not_past[] = {"indeed", "proceed", "exceed", "succeed", "speed",
                                           "breed", "bleed", "greed", "steed", "creed",
                                           "hundred", "sacred", "naked", "wicked", "kindred",
                                           "hatred", "shred", NULL};
    if (ends_with(sc, k, "ed") && tlen(sc, k) > 4 && word_in(sc, k, not_past) < 0) {
        /* a finite past, not a participle after an auxiliary ("was followed",
         * "be operationalized") nor an adjective ("the recently established") */
        uint32_t p = prev_word(sc, k);
        if (p == UINT32_MAX)
            return CUE_PAST;
        /* "protests that erupted in August": a relative clause's verb,
         * not "that troubled region" */
        if (word_is(sc, p, "that") &&
            (!in_sent(sc, k + 1) || sc->T[k + 1].kind != KIJI_TOK_WORD ||
             word_in(sc, k + 1, det_prep_w) >= 0))
            return CUE_PAST;
        if (word_in(sc, p, aux_w) >= 0 || word_in(sc, p, det_prep_w) >= 0 ||
            word_in(sc, p, link_w) >= 0)
            return CUE_NONE;
        return CUE_PAST;
    }
    return CUE_NONE;
}

static int cue_at(const scan *sc, uint32_t k)
{
    int8_t *c = &sc->cues[k - sc->t0];
    if (*c < 0)
        *c = (int8_t)cue_word(sc, k);
    return *c;
}

/* Tokens inside an expression (their "next" and "ago" speak for the
 * expression, not for the clause). */
static bool in_tx(const scan *sc, uint32_t k)
{
    return sc->intx[k - sc->t0];
}

/* A date attached to a reporting verb: "said Tuesday", "said on Tuesday",
 * "Tuesday said", "told reporters late on Tuesday", "said in a statement
 * on Tuesday", "told Reuters on Tuesday": the reporting verb's cue, or
 * CUE_NONE.  Only words that name the telling or its audience may stand
 * between: in "said the vote on Tuesday would ..." the date is the vote's. */
static int said_on(const scan *sc, const tmatch *m)
{
    static const char *const between[] = {
        "on", "late", "early", "in", "a", "an", "to", "statement", "interview", "briefing",
        "conference", "news", "press", "speech", "post", "reporters", "journalists",
        "lawmakers", "legislators", "parliament", "senators", "investors", "analysts",
        "supporters", "delegates", "broadcaster", NULL};
    for (uint32_t k = m->ts, e = 0; k > sc->t0 && e < 7; e++) {
        k--;
        int c = cue_at(sc, k);
        if (c == CUE_SAY_PAST || c == CUE_SAY_PRES)
            return c;
        /* a name of the audience or outlet: "told Reuters on Tuesday" */
        bool name = capital(sc, k) && !(sc->T[k].flags & KIJI_TF_SSTART) && !in_tx(sc, k);
        if (sc->T[k].kind != KIJI_TOK_WORD || !(word_in(sc, k, between) >= 0 || name))
            break;
    }
    int c = in_sent(sc, m->te) ? cue_at(sc, m->te) : CUE_NONE;
    return c == CUE_SAY_PAST || c == CUE_SAY_PRES ? c : CUE_NONE;
}

/* The direction of the clause around match ms[x]: the nearest tense cue
 * left or right (clause-bounded), else the reporting verb, else none. */
static dir clause_dir(const scan *sc, const tmatch *ms, size_t x)
{
    const uint32_t LEFT = 25, RIGHT = 15;
    /* "said on Tuesday": the telling's own time, whatever the quote says */
    int said = said_on(sc, &ms[x]);
    /* news tells in the present what was said ("Officials say Tuesday"):
     * a telling is not scheduled, so its weekday is a past one too */
    if (said)
        return said == CUE_SAY_PAST || ms[x].kind == K_WDAY ? DIR_PAST : DIR_NONE;
    int lc = CUE_NONE, rc = CUE_NONE, say = CUE_NONE;
    uint32_t ld = UINT32_MAX, rd = UINT32_MAX, lk = UINT32_MAX;
    uint32_t a = ms[x].ts;
    bool inf = false, sub = false, comma = false;
    static const char *const ahead[] = {"next", "upcoming", "forthcoming", NULL};
    static const char *const happenings[] = {
        "meeting", "meetings", "round", "session", "sessions", "hearing", "hearings", "vote",
        "election", "elections", "summit", "talks", "match", "game", "race", "launch",
        "visit", "trip", "conference", "auction", "sale", "payment", "review", "decision",
        "announcement", "release", "report", "edition", "phase", "test", "trial", "flight",
        "mission", "concert", "tour", "festival", "congress", "convention", "debate",
        "referendum", "poll", "budget", "rate", "update", "event", "gathering", NULL};
    static const char *const subord[] = {"once", "until", "unless", "if", "when", "before",
                                         "after", "whether", NULL};
    for (uint32_t k = a, d = 1; k > sc->t0 && d <= LEFT; d++) {
        k--;
        if (in_tx(sc, k))
            continue;
        /* "expected the bank to move in January": the infinitive's time
         * lies after the expecting */
        if (word_is(sc, k, "to") && in_sent(sc, k + 1) && sc->T[k + 1].kind == KIJI_TOK_WORD &&
            !capital(sc, k + 1) && word_in(sc, k + 1, det_prep_w) < 0)
            inf = true;
        /* "set their next meeting in May": the meeting to come is dated,
         * whatever tense arranged it; "discussed the next steps on Monday"
         * dates the discussing, so only happenings count */
        if (lc == CUE_NONE && d <= 5 && !capital(sc, k) && word_in(sc, k, ahead) >= 0 &&
            word_in(sc, k + 1, happenings) >= 0) {
            lc = CUE_FUT, ld = d;
            break;
        }
        if (punct_is(sc, k, ','))
            comma = true;
        int c = cue_at(sc, k);
        if (c == CUE_STOP)
            break;
        if (c == CUE_SCHED)
            c = CUE_FUT;
        /* "the budget, presented in September, raises taxes from January":
         * a participle after a comma, a comma back, is an aside's */
        if (c == CUE_PAST && comma && k > sc->t0 && punct_is(sc, k - 1, ',') &&
            ends_with(sc, k, "ed"))
            continue;
        /* "expects its review to be finished by June": the expecting
         * verb puts its infinitive ahead; told in the past ("threatened
         * to veto it in March") ahead of the telling, not of now */
        if (inf && word_in(sc, k, to_future) >= 0 && !capital(sc, k))
            c = past_intent(sc, k) ? CUE_NEAR : CUE_FUT;
        /* "said the rules apply from June": a reporting verb before the
         * date tells the telling's time, not that of what was told */
        if (c == CUE_SAY_PAST || c == CUE_SAY_PRES)
            continue;
        if (c == CUE_PAST || c == CUE_FUT || c == CUE_PRES || c == CUE_NEAR) {
            if (lc == CUE_NONE)
                lc = c, ld = d, lk = k;
            /* "said he would step down once a successor was sworn in, in
             * April": a subordinate clause takes its time from the main one */
            if (sub) {
                /* only a modal does: in "where it holds sway, after X
                 * entered the race in August" the present is an aside's */
                if (c == CUE_FUT && (word_in(sc, k, future_w) >= 0 ||
                                     ends_with(sc, k, "\xe2\x80\x99ll") || ends_with(sc, k, "'ll")))
                    lc = CUE_FUT;
                break;
            }
            if (c != CUE_PAST)
                break;
            /* not a preposition before a date ("before 2030"), nor past a
             * comma or "and" (another clause) */
            for (uint32_t q = k, e = 0; q > sc->t0 && e < 8 && !sub; e++) {
                q--;
                if (punct_is(sc, q, ',') || word_is(sc, q, "and"))
                    break;
                sub = word_in(sc, q, subord) >= 0 && !in_tx(sc, q + 1);
                if (cue_at(sc, q) != CUE_NONE)
                    break;
            }
            if (!sub)
                break;
        }
    }
    /* conditions open another clause too: "would suspend aid by mid-April
     * unless new funding arrived" */
    static const char *const stops[] = {"that", "which", "who", "because", "although",
                                        "while", "whereas", "but", "since", "when",
                                        "unless", "if", "once", "whether", "though", NULL};
    /* inside ", which reports earnings on Thursday," the clause ends at the
     * comma: the main verb after it is another clause's */
    bool relative = false;
    for (uint32_t k = a, e = 0; k > sc->t0 + 1 && e < 12; e++) {
        k--;
        if (punct_is(sc, k, ',') || cue_at(sc, k) == CUE_STOP)
            break;
        static const char *const rel_w[] = {"which", "who", "whose", NULL};
        if (word_in(sc, k, rel_w) >= 0 && punct_is(sc, k - 1, ',')) {
            relative = true;
            break;
        }
    }
    for (uint32_t k = ms[x].te, d = 1; k < sc->t1 && d <= RIGHT; k++, d++) {
        if (in_tx(sc, k))
            continue;
        if (word_in(sc, k, stops) >= 0 || (relative && punct_is(sc, k, ',')))
            break;
        int c = cue_at(sc, k);
        if (c == CUE_STOP)
            break;
        /* "On Tuesday, officials said the plant would close": what
         * follows a reporting verb is what was said, not the date's clause */
        if (c == CUE_SAY_PAST || c == CUE_SAY_PRES) {
            if (say == CUE_NONE)
                say = c;
            break;
        }
        if (c == CUE_PAST || c == CUE_FUT || c == CUE_PRES || c == CUE_NEAR) {
            /* "the minister on Tuesday vowed to fight": the vowing is the
             * date's, its infinitive lies after it */
            if ((c == CUE_FUT || c == CUE_NEAR) && word_is(sc, k + 1, "to") &&
                word_in(sc, k, to_future) >= 0) {
                /* "announced on Tuesday plans to": a noun, or a present
                 * whose infinitive is not the date's; look further */
                if (!ends_with(sc, k, "ed"))
                    continue;
                c = CUE_PAST;
            }
            rc = c, rd = d;
            break;
        }
    }
    int c = ld <= rd ? lc : rc;
    /* "the relief announced in May would not be extended": a participle
     * right before the date's preposition dates its own happening */
    if (lc == CUE_PAST && ld <= 2 && lk != UINT32_MAX && ends_with(sc, lk, "ed"))
        c = lc;
    /* "the strike that shut ports in August will end": a date after a
     * relative clause's verb is that clause's, whatever follows */
    static const char *const rel_pron[] = {"that", "which", "who", NULL};
    if (lc == CUE_PAST && lk != UINT32_MAX && ld > rd && ld <= 6 && lk > sc->t0 &&
        word_in(sc, lk - 1, rel_pron) >= 0)
        c = lc;
    /* "have confirmed the festival for mid-August", "postponed the vote to
     * May": a plan made in the past for the date, an intention told in the
     * past */
    static const char *const plan_past[] = {
        "confirmed", "set", "booked", "scheduled", "planned", "moved", "postponed", "delayed",
        "pushed", "rescheduled", "called", "announced", "fixed", "slated", "brought",
        "deferred", NULL};
    static const char *const plan_to[] = {"for", "to", "until", "till", NULL};
    if (c == CUE_PAST && ld <= rd && lk != UINT32_MAX && ld <= 6 && a > sc->t0 &&
        word_in(sc, a - 1, plan_to) >= 0) {
        /* a postponement is news when made: its new date lies ahead */
        static const char *const put_off_w[] = {"postponed", "delayed", "pushed", "deferred",
                                                "rescheduled", NULL};
        for (uint32_t k = lk; k < a && c == CUE_PAST; k++)
            if (word_in(sc, k, plan_past) >= 0 && !capital(sc, k))
                c = word_in(sc, k, put_off_w) >= 0 && !word_is(sc, a - 1, "for") ? CUE_FUT
                                                                                   : CUE_NEAR;
    }
    if (c == CUE_NONE)
        c = say == CUE_SAY_PAST ? CUE_PAST : CUE_NONE;
    /* a deadline or a bound ahead: "have until the end of June", "by
     * Friday", "as early as November", "ahead of the June meeting" point
     * forward unless a past tense says otherwise ("by June, prices had
     * doubled") */
    if (c == CUE_NONE || c == CUE_PRES) {
        uint32_t p = a;
        if (p > sc->t0 && word_is(sc, p - 1, "the") && !word_is(sc, p, "the"))
            p--; /* ahead of the June meeting */
        if (p - sc->t0 >= 2 && word_is(sc, p - 1, "least") && word_is(sc, p - 2, "at"))
            p -= 2; /* until at least Saturday */
        if (p > sc->t0 && (word_is(sc, p - 1, "by") || word_is(sc, p - 1, "until") ||
                           word_is(sc, p - 1, "till")))
            c = CUE_FUT;
        /* "the warning is in effect through Sunday"; a month "through
         * June" is as often a period of data gone */
        else if (p > sc->t0 && word_is(sc, p - 1, "through") && ms[x].kind == K_WDAY)
            c = CUE_FUT;
        else if (p - sc->t0 >= 2 && word_is(sc, p - 1, "of") && word_is(sc, p - 2, "ahead"))
            c = CUE_FUT;
        else if (p - sc->t0 >= 2 && (word_is(sc, p - 1, "in") || word_is(sc, p - 1, "on") ||
                                     word_is(sc, p - 1, "from")) &&
                 (word_is(sc, p - 2, "starting") || word_is(sc, p - 2, "beginning")))
            c = CUE_FUT; /* the fiscal year starting in April */
        else if (p - sc->t0 >= 3 && word_is(sc, p - 1, "as") &&
                 (word_is(sc, p - 2, "early") || word_is(sc, p - 2, "soon")) &&
                 word_is(sc, p - 3, "as"))
            c = CUE_FUT;
        else if (p - sc->t0 >= 3 && word_is(sc, p - 1, "than") && word_is(sc, p - 2, "later") &&
                 word_is(sc, p - 3, "no"))
            c = CUE_FUT;
        else if (p > sc->t0 && word_is(sc, p - 1, "from") && ms[x].kind != K_WDAY) {
            /* "the rules apply from June": a start in the present is to
             * come; not a comparison ("up 5% from January") */
            static const char *const cmp_w[] = {"up", "down", "percent", "%", "rise", "fall",
                                                "rises", "falls", "increase", "decrease",
                                                "higher", "lower", "compared", NULL};
            bool cmp = false;
            for (uint32_t q = p - 1, e = 0; q > sc->t0 && e < 8 && !cmp; e++) {
                q--;
                cmp = word_in(sc, q, cmp_w) >= 0 || punct_is(sc, q, '%');
            }
            if (!cmp)
                c = CUE_FUT;
        }
    }
    /* "the toll since Tuesday's quake is 300", "prices are up after the vote
     * on Tuesday": since always looks back, after does in the present */
    if (a > sc->t0) {
        uint32_t p = a - 1;
        if ((word_is(sc, p, "on") || word_is(sc, p, "the")) && p > sc->t0)
            p--; /* since the August floods */
        /* since the floods in August: a few plain words between, no verb */
        bool since = false;
        for (uint32_t q = a, e = 0; q > sc->t0 && e < 5 && !since; e++) {
            q--;
            since = word_is(sc, q, "since") && plain_case(sc, q);
            if (!since && (sc->T[q].kind != KIJI_TOK_WORD || cue_at(sc, q) != CUE_NONE ||
                           in_tx(sc, q)))
                break;
        }
        if (since || word_is(sc, p, "since"))
            c = CUE_PAST;
        else if (word_is(sc, p, "after") && (c == CUE_NONE || c == CUE_PRES))
            c = CUE_PAST;
    }
    /* "the club's next match is on Saturday", "the deadline for bids is
     * early June": no tense said it, "next" or a deadline does */
    if (c == CUE_NONE || c == CUE_PRES) {
        static const char *const ahead_n[] = {"next", "upcoming", "forthcoming", "deadline",
                                              "deadlines", NULL};
        uint32_t k0 = a - sc->t0 > LEFT ? a - LEFT : sc->t0;
        uint32_t k1 = sc->t1 - ms[x].te > RIGHT ? ms[x].te + RIGHT : sc->t1;
        for (uint32_t k = k0; k < k1; k++)
            if (!in_tx(sc, k) && word_in(sc, k, ahead_n) >= 0 && !capital(sc, k)) {
                c = CUE_FUT;
                break;
            }
    }
    /* captions tell the past in the present tense */
    if (c == CUE_NONE && sc->kind == KIJI_PARA_CAPTION)
        c = CUE_PAST;
    return c == CUE_PAST     ? DIR_PAST
           : c == CUE_FUT  ? DIR_FUTURE
           : c == CUE_NEAR ? DIR_NEAR
                           : DIR_NONE;
}

/* ------------------------------------------------------------------ */
/* resolution                                                         */

static long days_of(kiji_date d)
{
    return kiji_days_from_civil(d.y, d.m, d.d);
}

/* Pick between the nearest candidate before (or on) the anchor, `back`
 * units away, and the nearest after it, `fwd` away.  Without a tense the
 * past is likelier in news: the future must be `weight` times nearer. */
static bool pick_forward(dir dr, long back, long fwd, long weight)
{
    if (back == 0)
        return false;
    if (dr == DIR_PAST)
        return false;
    if (dr == DIR_FUTURE)
        return true;
    if (dr == DIR_NEAR) /* a plan: ahead on a tie */
        return fwd <= back;
    return fwd * weight < back;
}

static void week_of(kiji_date d, rdate *r)
{
    int wy, wn;
    kiji_iso_week(d.y, d.m, d.d, &wy, &wn);
    r->y = wy, r->part = wn;
}

/* Calendar units from a date: n units on from the period of `at`. */
static void shift(rdate *r, kiji_date at, int g, int n)
{
    memset(r, 0, sizeof *r);
    r->g = g;
    switch (g) {
    case G_DAY: {
        kiji_date d = kiji_date_add_days(at, n);
        r->y = d.y, r->m = d.m, r->d = d.d;
        break;
    }
    case G_WEEK:
    case G_WEEKEND:
        week_of(kiji_date_add_days(at, 7L * n), r);
        break;
    case G_MONTH:
        r->y = at.y, r->m = at.m;
        kiji_month_add(&r->y, &r->m, n);
        break;
    case G_QUARTER: {
        int q = (at.y * 4 + (at.m - 1) / 3) + n;
        r->y = q / 4, r->part = q % 4 + 1;
        break;
    }
    case G_HALF: {
        int h = (at.y * 2 + (at.m - 1) / 6) + n;
        r->y = h / 2, r->part = h % 2 + 1;
        break;
    }
    case G_YEAR:
        r->y = at.y + n;
        break;
    case G_DEC: /* "two decades ago" from 2023 is the decade of 2003 */
        r->y = (at.y + 10 * n) / 10 * 10;
        break;
    case G_CENT:
        r->y = (at.y + 100 * n) / 100 * 100;
        break;
    default:
        break;
    }
}

/* Season index (0 SP, 1 SU, 2 FA, 3 WI) and season-year of a date. */
static void season_of(kiji_date d, int *s, int *y)
{
    *y = d.y;
    if (d.m >= 3 && d.m <= 5)
        *s = 0;
    else if (d.m >= 6 && d.m <= 8)
        *s = 1;
    else if (d.m >= 9 && d.m <= 11)
        *s = 2;
    else {
        *s = 3;
        if (d.m <= 2)
            *y = d.y - 1;
    }
}

static kiji_date holiday_date(int h, int y)
{
    kiji_date d = {y, 1, 1};
    switch (h) {
    case H_CHRISTMAS: d.m = 12, d.d = 25; break;
    case H_XMAS_EVE: d.m = 12, d.d = 24; break;
    case H_NEWYEAR: d.m = 1, d.d = 1; break;
    case H_NY_EVE: d.m = 12, d.d = 31; break;
    case H_HALLOWEEN: d.m = 10, d.d = 31; break;
    case H_THANKSGIVING: d = kiji_nth_weekday(y, 11, 3, 4); break;
    case H_EASTER: d = kiji_easter(y); break;
    case H_VALENTINE: d.m = 2, d.d = 14; break;
    default: break;
    }
    return d;
}

/* The granularity a reference date can anchor: a day anchors anything, a
 * year only years. */
static bool ref_can(const rdate *ref, int g)
{
    if (ref->y <= 0)
        return false;
    if (g == G_DAY || g == G_WEEK || g == G_WEEKEND)
        return ref->g == G_DAY;
    if (g == G_MONTH)
        return ref->g == G_DAY || ref->g == G_MONTH;
    return ref->g >= G_YEAR;
}

/* Months (counted from year 0) that a year, half, quarter, month or day
 * covers: [*a, *b]. */
static void month_span(const rdate *r, long *a, long *b)
{
    long y0 = (long)r->y * 12;
    switch (r->g) {
    case G_HALF: *a = y0 + (r->part - 1) * 6, *b = *a + 5; break;
    case G_QUARTER: *a = y0 + (r->part - 1) * 3, *b = *a + 2; break;
    case G_MONTH:
    case G_DAY: *a = *b = y0 + (r->m ? r->m - 1 : 0); break;
    default: *a = y0, *b = y0 + 11; break;
    }
}

/* Does the period outer hold the date inner ("2021" holds "March 2,
 * 2021", "the first quarter" holds "February")? */
static bool within(const rdate *inner, const rdate *outer)
{
    if (inner->y <= 0 || outer->y <= 0)
        return false;
    long ia, ib, oa, ob;
    month_span(inner, &ia, &ib);
    month_span(outer, &oa, &ob);
    return ia >= oa && ib <= ob;
}

static kiji_date ref_date(const rdate *r)
{
    kiji_date d = {r->y, r->m ? r->m : 1, r->d ? r->d : 1};
    return d;
}

/* "from a year ago", "than two years ago": a comparison with the period
 * just named, which then keeps its grain ("exports in May rose from a year
 * ago" is last May); "the firm, founded two years ago, opened in May" is
 * a year. */
static bool compared(const scan *sc, const tmatch *m)
{
    static const char *const cmp_w[] = {"from", "than", "with", "over", "versus", "vs",
                                        "against", "on", NULL};
    return m->ts > sc->t0 && word_in(sc, m->ts - 1, cmp_w) >= 0;
}

/* Resolve a match: rd gets the calendar value, or lit a literal one.
 * *anchor names what it was resolved against ("" for absolute forms). */
static void resolve(const scan *sc, const tmatch *m, dir dr, int coord_year, rdate *rd,
                    char *lit, size_t litcap, const char **anchor_kind)
{
    memset(rd, 0, sizeof *rd);
    lit[0] = 0;
    *anchor_kind = "dct";
    kiji_date t = sc->dct;
    bool known = sc->has_dct;
    switch (m->kind) {
    case K_LIT:
        snprintf(lit, litcap, "%s", m->lit);
        *anchor_kind = NULL;
        return;
    case K_ABS:
        rd->g = m->g, rd->y = m->y, rd->m = m->m, rd->d = m->d;
        *anchor_kind = NULL;
        return;
    case K_MONTH:
    case K_MDAY:
        rd->g = m->g, rd->m = m->m, rd->d = m->d;
        if (coord_year > 0) {
            rd->y = coord_year;
            *anchor_kind = NULL;
            return;
        }
        if (!known) {
            rd->y = -1;
            return;
        }
        if (m->rel == -1 || m->rel == 1) {
            /* last November: the one before this month; next March: after */
            rd->y = m->rel < 0 ? (m->m < t.m ? t.y : t.y - 1) : (m->m > t.m ? t.y : t.y + 1);
            return;
        }
        if (m->rel == 2) {
            rd->y = t.y;
            return;
        }
        if (m->rel == 5 || m->rel == 6) {
            if (m->rel == 6 && ref_can(&sc->ref, G_YEAR)) {
                t = ref_date(&sc->ref);
                *anchor_kind = "ref";
            }
            rd->y = t.y + m->n;
            return;
        }
        if (m->kind == K_MONTH) {
            long back = (t.m - m->m + 12) % 12, fwd = (m->m - t.m + 12) % 12;
            if (dr == DIR_NONE) {
                /* no tense: a month of the publication year (ahead of the
                 * story's month or gone), unless the other year's is just
                 * across the turn of the year and much nearer ("January"
                 * in December, "November" in January) */
                long cross = m->m > t.m ? back : m->m < t.m ? fwd : 99;
                long here = m->m > t.m ? fwd : back;
                rd->y = t.y;
                if (cross <= 3 && cross * 3 <= here)
                    rd->y = m->m > t.m ? t.y - 1 : t.y + 1;
                return;
            }
            rd->y = pick_forward(dr, back, fwd, 3) ? (m->m >= t.m ? t.y : t.y + 1)
                                                    : (m->m <= t.m ? t.y : t.y - 1);
        } else {
            long now = days_of(t);
            int d = m->d;
            kiji_date c0 = {t.y, m->m, d};
            if (!kiji_date_valid(c0)) /* 29 February in a common year */
                c0.d = kiji_days_in_month(t.y, m->m);
            long z = days_of(c0);
            kiji_date cb = c0, cf = c0;
            if (z > now)
                cb.y--;
            if (z < now)
                cf.y++;
            if (m->d == 29 && m->m == 2) {
                cb.d = kiji_days_in_month(cb.y, 2);
                cf.d = kiji_days_in_month(cf.y, 2);
            }
            long back = now - days_of(cb), fwd = days_of(cf) - now;
            bool f = pick_forward(dr, back, fwd, 3);
            /* a tense is no reason to jump a year past a date weeks away:
             * "the show opens on Oct. 26" in a story of 1 November */
            if (f && fwd > 300 && back <= 45)
                f = false;
            else if (!f && back > 300 && fwd <= 45)
                f = true;
            rd->y = f ? cf.y : cb.y;
            if (!kiji_date_valid((kiji_date){rd->y, rd->m, rd->d}))
                rd->d = kiji_days_in_month(rd->y, rd->m);
        }
        return;
    case K_WDAY: {
        rd->g = G_DAY;
        if (!known) {
            rd->y = -1, rd->part = m->part;
            return;
        }
        if ((m->rel == 3 || m->rel == 4) && ref_can(&sc->ref, G_DAY)) {
            t = ref_date(&sc->ref);
            *anchor_kind = "ref";
        }
        int wd = kiji_weekday(t.y, t.m, t.d);
        long back = (wd - m->part + 7) % 7, fwd = (m->part - wd + 7) % 7;
        long off;
        if (m->rel == -1 || m->rel == 4)
            off = back ? -back : -7;
        else if (m->rel == 1 || m->rel == 3)
            off = fwd ? fwd : 7;
        else if (m->rel == 2)
            /* this Sunday: the one in the publication week */
            off = m->part - wd;
        else
            /* an intention told in the past for a weekday lies days ahead:
             * had it come, the story would tell it done */
            off = pick_forward(dr == DIR_NEAR ? DIR_FUTURE : dr, back, fwd, 2) ? fwd : -back;
        kiji_date d = kiji_date_add_days(t, off);
        rd->y = d.y, rd->m = d.m, rd->d = d.d;
        return;
    }
    case K_ANAPH:
        if (m->rel == 7 && m->g == G_YEAR && sc->per_here) {
            *rd = sc->per;
            rd->y += m->n;
            *anchor_kind = "per";
            return;
        }
        if (ref_can(&sc->ref, m->g)) {
            t = ref_date(&sc->ref);
            known = true;
            *anchor_kind = "ref";
            /* "exports in May fell from a year earlier": the same month a
             * year before (2024-05 gives 2023-05), and the same quarter for
             * "the first quarter ... a year earlier", as TIMEX3 does; a
             * day's year stays a year */
            int rg = sc->ref.g;
            if (m->rel == 7 && m->g == G_YEAR &&
                (rg == G_MONTH || rg == G_QUARTER || rg == G_HALF)) {
                *rd = sc->ref;
                rd->y += m->n;
                return;
            }
        }
        /* fall through */
    case K_REL:
        if (!known) {
            rd->g = m->g, rd->y = -1;
            return;
        }
        /* "exports in May fell 3% from a year ago": the May before, as
         * "a year earlier" is; only for a period of the same sentence */
        if (m->rel == 8 && m->g == G_YEAR && sc->per_here && compared(sc, m)) {
            *rd = sc->per;
            rd->y += m->n;
            *anchor_kind = "per";
            return;
        }
        if (m->g == G_WEEKEND && m->n == 0) {
            /* on a Saturday or Sunday the weekend is the current one; on a
             * weekday "this weekend" is the coming one unless the story is
             * in the past tense, and "the weekend" the nearer of the two */
            int wd = kiji_weekday(t.y, t.m, t.d);
            int n = 0;
            if (wd < 5) {
                if (m->rel == 1)
                    n = pick_forward(dr, wd + 1, 5 - wd, 2) ? 0 : -1;
                else
                    n = dr == DIR_PAST ? -1 : 0;
            }
            shift(rd, t, G_WEEKEND, n);
            return;
        }
        shift(rd, t, m->g, m->rel == 9 ? (t.m >= 9) : m->n);
        return;
    case K_SEASON: {
        rd->g = G_SEASON, rd->part = m->part;
        if (m->y) {
            rd->y = m->y;
            *anchor_kind = NULL;
            return;
        }
        if (!known) {
            rd->y = -1;
            return;
        }
        int cs, cy;
        season_of(t, &cs, &cy);
        int cur = cy * 4 + cs; /* season index in time */
        int back = (cs - m->part + 4) % 4, fwd = (m->part - cs + 4) % 4;
        int idx;
        if (m->rel == -1)
            idx = cur - (back ? back : 4);
        else if (m->rel == 1)
            idx = cur + (fwd ? fwd : 4);
        else if (m->rel == 2)
            idx = back == 0 ? cur : dr == DIR_FUTURE ? cur + fwd : dr == DIR_PAST ? cur - back
                              : cy * 4 + m->part;
        else
            idx = pick_forward(dr, back, fwd, 2) ? cur + fwd : cur - back;
        rd->y = idx / 4, rd->part = idx % 4;
        return;
    }
    case K_PART: {
        rd->g = m->g, rd->part = m->part;
        if (m->y) {
            rd->y = m->y;
            *anchor_kind = NULL;
            return;
        }
        if (!known) {
            rd->y = -1;
            return;
        }
        int len = m->g == G_QUARTER ? 3 : 6, cur = (t.m - 1) / len + 1, np = 12 / len;
        if (m->rel == 10) {
            /* "the quarter": the one running, or told in the past before
             * its last month, the one just ended ("profit fell in the
             * quarter" in January is the fourth quarter's) */
            int back = dr == DIR_PAST && t.m != cur * len;
            shift(rd, t, G_QUARTER, -back);
            return;
        }
        if (m->rel == 3 || m->rel == 4) { /* of this year, of the following year */
            kiji_date a = t;
            if (m->rel == 4 && ref_can(&sc->ref, G_YEAR)) {
                a = ref_date(&sc->ref);
                *anchor_kind = "ref";
            }
            rd->y = a.y + m->n;
            return;
        }
        long back = (cur - m->part + np) % np, fwd = (m->part - cur + np) % np;
        if (dr == DIR_NONE) {
            /* no tense: this year's, as for a month, unless last or next
             * year's is just across the turn of the year and much nearer
             * ("fourth-quarter profit" in January); distances in months */
            int a = (m->part - 1) * len + 1, b = m->part * len;
            long here = a > t.m ? a - t.m : b < t.m ? t.m - b : 0;
            long cross = a > t.m ? t.m + 12 - b : b < t.m ? a + 12 - t.m : 99;
            rd->y = t.y;
            if (cross <= 3 && cross * 3 <= here)
                rd->y = a > t.m ? t.y - 1 : t.y + 1;
            return;
        }
        if (pick_forward(dr, back, fwd, 1))
            rd->y = m->part >= cur ? t.y : t.y + 1;
        else
            rd->y = m->part <= cur ? t.y : t.y - 1;
        /* "profit fell in the third quarter" told in August: a finished
         * quarter, last year's; the current one only in its last month */
        if (dr == DIR_PAST && back == 0 && t.m != cur * len)
            rd->y = t.y - 1;
        return;
    }
    case K_HOLIDAY: {
        rd->g = G_DAY;
        if (!known) {
            kiji_date h = holiday_date(m->part, 2001);
            rd->y = -1, rd->m = h.m, rd->d = h.d;
            if (m->part == H_EASTER || m->part == H_THANKSGIVING)
                rd->m = rd->d = 0;
            return;
        }
        long now = days_of(t);
        kiji_date b = holiday_date(m->part, t.y), f = b;
        if (days_of(b) > now)
            b = holiday_date(m->part, t.y - 1);
        if (days_of(f) < now)
            f = holiday_date(m->part, t.y + 1);
        kiji_date h = pick_forward(dr, now - days_of(b), days_of(f) - now, 3) ? f : b;
        rd->y = h.y, rd->m = h.m, rd->d = h.d;
        return;
    }
    default:
        return;
    }
}

/* Write the TIMEX3 value of rd (with the match's time of day). */
static void format_value(const rdate *r, const tmatch *m, char *out, size_t cap)
{
    char y[16];
    if (r->y < 0)
        snprintf(y, sizeof y, "XXXX");
    else
        snprintf(y, sizeof y, "%04d", r->y);
    switch (r->g) {
    case G_CENT:
        if (r->y < 0)
            snprintf(out, cap, "XX");
        else
            snprintf(out, cap, "%02d", r->y / 100);
        break;
    case G_DEC:
        if (r->y < 0)
            snprintf(out, cap, "XXX");
        else
            snprintf(out, cap, "%03d", r->y / 10);
        break;
    case G_YEAR: snprintf(out, cap, "%s", y); break;
    case G_HALF: snprintf(out, cap, "%s-H%d", y, r->part); break;
    case G_QUARTER:
        if (r->part)
            snprintf(out, cap, "%s-Q%d", y, r->part);
        else
            snprintf(out, cap, "%s-QX", y);
        break;
    case G_SEASON: snprintf(out, cap, "%s-%s", y, season_code[r->part & 3]); break;
    case G_MONTH:
        if (r->m)
            snprintf(out, cap, "%s-%02d", y, r->m);
        else
            snprintf(out, cap, "%s-XX", y);
        break;
    case G_WEEK:
        if (r->y < 0)
            snprintf(out, cap, "XXXX-WXX");
        else
            snprintf(out, cap, "%s-W%02d", y, r->part);
        break;
    case G_WEEKEND:
        if (r->y < 0)
            snprintf(out, cap, "XXXX-WXX-WE");
        else
            snprintf(out, cap, "%s-W%02d-WE", y, r->part);
        break;
    case G_DAY:
        if (r->y < 0 && m->kind == K_WDAY)
            snprintf(out, cap, "XXXX-WXX-%d", r->part + 1);
        else if (r->m && r->d)
            snprintf(out, cap, "%s-%02d-%02d", y, r->m, r->d);
        else
            snprintf(out, cap, "%s-XX-XX", y);
        break;
    default: snprintf(out, cap, "XXXX"); break;
    }
    size_t n = strlen(out);
    if (m->has_clock)
        snprintf(out + n, cap - n, "T%02d:%02d", m->hh, m->mm);
    else if (m->tod)
        snprintf(out + n, cap - n, "T%s", tod_code[m->tod]);
}

/* ------------------------------------------------------------------ */
/* the stage                                                           */

static bool wanted(uint8_t kind)
{
    return kind == KIJI_PARA_BODY || kind == KIJI_PARA_HEADLINE || kind == KIJI_PARA_CAPTION;
}

static int cmp_span(const void *a, const void *b)
{
    const kiji_span *x = a, *y = b;
    return x->start < y->start ? -1 : x->start > y->start;
}

/* A headline In Title Case: most longer words capitalised. */
static bool title_cased(const scan *sc)
{
    int words = 0, caps = 0;
    for (uint32_t k = sc->t0; k < sc->t1; k++) {
        if (sc->T[k].kind != KIJI_TOK_WORD || tlen(sc, k) < 4)
            continue;
        words++;
        caps += capital(sc, k);
    }
    return words >= 3 && caps * 10 >= words * 7;
}

/* The year of an absolute expression right after a month joined to it:
 * "March and November 2022", "between May and July 2023". */
static int coordinated_year(const scan *sc, const tmatch *ms, size_t n, size_t x)
{
    for (size_t y = x + 1; y < n && y < x + 3; y++) {
        bool joined = true;
        for (uint32_t k = ms[y - 1].te; k < ms[y].ts && joined; k++)
            joined = word_is(sc, k, "and") || word_is(sc, k, "to") || word_is(sc, k, "or") ||
                     word_is(sc, k, "through") || word_is(sc, k, "until") || is_dash(sc, k) ||
                     punct_is(sc, k, ',');
        if (!joined)
            return 0;
        if (ms[y].kind == K_ABS && (ms[y].g == G_MONTH || ms[y].g == G_DAY))
            return ms[y].y;
        if (ms[y].kind != K_MONTH && ms[y].kind != K_MDAY)
            return 0;
    }
    return 0;
}

/* "after 2026", "before 2030": a date bounded on one side is TIMEX3's mod
 * AFTER or BEFORE (the signal stays outside the span, as "since 2013" is
 * 2013 with no mod).  Only dates of the calendar written out, and only as
 * the object of the preposition: "weeks before May 5" counts from May 5,
 * "after Sunday's vote" and "before the 2024 election" date a happening. */
static const char *bound_mod(const scan *sc, const tmatch *m)
{
    if (m->mod || m->type != KIJI_TX_DATE ||
        !(m->kind == K_ABS || m->kind == K_MONTH || m->kind == K_MDAY))
        return NULL;
    uint32_t p = m->ts;
    if (p == sc->t0 || !(word_is(sc, p - 1, "after") || word_is(sc, p - 1, "before")))
        return NULL;
    if (!plain_case(sc, p - 1))
        return NULL;
    if (p - 1 > sc->t0) {
        bool pl;
        uint32_t q = p - 2;
        if (in_tx(sc, q) || unit_at(sc, q, &pl) >= 0 || word_is(sc, q, "day") ||
            word_is(sc, q, "shortly") || word_is(sc, q, "soon") || word_is(sc, q, "just") ||
            word_is(sc, q, "immediately") || word_is(sc, q, "right"))
            return NULL;
    }
    uint32_t last = m->te - 1;
    if (tlen(sc, last) != base_len(sc, last))
        return NULL; /* after Sunday's vote */
    uint32_t n = m->te;
    static const char *const clause_w[] = {
        "and", "or", "but", "the", "a", "an", "when", "as", "if", "to", "in", "at", "on", "for",
        "with", "it", "its", "they", "he", "she", "we", "is", "are", "was", "were", "will",
        "would", "could", "should", "may", "might", "can", "has", "have", "had", "than",
        "unless", "until", "because", "while", "where", "then", "there", NULL};
    if (in_sent(sc, n) && sc->T[n].kind != KIJI_TOK_PUNCT && word_in(sc, n, clause_w) < 0 &&
        !(capital(sc, n) && sc->T[n].kind == KIJI_TOK_WORD))
        return NULL; /* after 2026 elections */
    return word_is(sc, p - 1, "after") ? "AFTER" : "BEFORE";
}

/* The end of a range that a written date opened: "starts in mid-2024 and
 * runs until mid-November" (the November of 2024, even in the future). */
static bool range_end(const scan *sc, const tmatch *ms, size_t x)
{
    uint32_t p = ms[x].ts;
    return x > 0 && ms[x - 1].kind == K_ABS && p > sc->t0 &&
           (word_is(sc, p - 1, "until") || word_is(sc, p - 1, "till") ||
            word_is(sc, p - 1, "through") || word_is(sc, p - 1, "to"));
}

/* A wire dateline opening the first paragraph: "TOKYO, Nov 1 (Reuters) -".
 * Like the dateline line of a page it dates the story, not an event. */
static bool inline_dateline(const scan *sc, const tmatch *m)
{
    if (m->ts - sc->t0 > 6 || m->ts == sc->t0 || !punct_is(sc, m->ts - 1, ','))
        return false;
    for (uint32_t k = sc->t0; k + 1 < m->ts; k++)
        if (!(capital(sc, k) || punct_is(sc, k, ',') || punct_is(sc, k, '.')))
            return false;
    uint32_t k = m->te;
    if (punct_is(sc, k, '(')) {
        while (in_sent(sc, k) && !punct_is(sc, k, ')') && k < m->te + 6)
            k++;
        k++;
    }
    if (is_dash(sc, k))
        return true;
    return in_sent(sc, k) && !strncmp(tptr(sc, k), "\xe2\x80\x94", 3);
}

void kiji_timex_run(kiji_doc *d)
{
    d->timexes.n = 0;
    scan sc;
    memset(&sc, 0, sizeof sc);
    sc.s = d->text.ptr;
    sc.T = d->tokens.v;
    if (d->published) {
        kiji_date t;
        size_t used = kiji_parse_date(d->published, strlen(d->published), &t);
        if (used) {
            sc.has_dct = true;
            sc.dct = t;
        }
    }
    /* names of two or more words, for "the Sunday Times" */
    size_t nn = 0;
    for (size_t k = 0; k < d->mentions.n; k++)
        if (memchr(d->text.ptr + d->mentions.v[k].start, ' ',
                   d->mentions.v[k].end - d->mentions.v[k].start))
            nn++;
    sc.names = kiji_xmalloc((nn ? nn : 1) * sizeof *sc.names);
    for (size_t k = 0; k < d->mentions.n; k++) {
        const kiji_mention *mt = &d->mentions.v[k];
        if (memchr(d->text.ptr + mt->start, ' ', mt->end - mt->start)) {
            kiji_span sp = {mt->start, mt->end};
            sc.names[sc.nnames++] = sp;
        }
    }
    qsort(sc.names, sc.nnames, sizeof *sc.names, cmp_span);

    KIJI_VEC(tmatch) ms = {0};
    KIJI_VEC(int8_t) cues = {0};
    KIJI_VEC(uint8_t) intx = {0};
    /* the last year a body sentence wrote out ("In 2022, ..."): a bare
     * month right after it is of that year ("... resumed in October") */
    int story_year = 0, story_month = 0;
    size_t story_sent = 0;
    char anchor_dct[11] = "";
    if (sc.has_dct)
        kiji_date_format(sc.dct, anchor_dct);
    for (size_t si = 0; si < d->sentences.n; si++) {
        const kiji_sentence *se = &d->sentences.v[si];
        uint8_t kind = d->paras.v[se->para].kind;
        if (!wanted(kind))
            continue;
        sc.t0 = se->tok, sc.t1 = se->tok + se->ntok, sc.kind = kind;
        sc.ref_here = false;
        sc.per_here = false;
        sc.title_case = kind == KIJI_PARA_HEADLINE && title_cased(&sc);
        if (cues.cap < se->ntok + 1)
            kiji_grow((void **)&cues.v, &cues.cap, se->ntok + 1, 1);
        memset(cues.v, -1, se->ntok + 1);
        sc.cues = cues.v;
        if (intx.cap < se->ntok + 1)
            kiji_grow((void **)&intx.v, &intx.cap, se->ntok + 1, 1);
        memset(intx.v, 0, se->ntok + 1);
        sc.intx = intx.v;
        ms.n = 0;
        for (uint32_t i = sc.t0; i < sc.t1;) {
            tmatch m;
            uint32_t e = could_start(&sc, i) ? match_at(&sc, i, &m) : 0;
            if (!e) {
                i++;
                continue;
            }
            KIJI_VEC_PUSH(ms, m);
            memset(intx.v + (m.ts - sc.t0), 1, e - m.ts);
            i = e;
        }
        for (size_t x = 0; x < ms.n; x++) {
            tmatch *m = &ms.v[x];
            dir dr = clause_dir(&sc, ms.v, x);
            /* "cut its fourth-quarter forecast": a forecast for a quarter
             * is not told in the quarter's past */
            static const char *const outlook_w[] = {"forecast", "forecasts", "outlook", "guidance",
                                                    "target", "targets", "estimate", "estimates",
                                                    "expectations", "projection", "projections",
                                                    NULL};
            if (m->kind == K_PART && dr == DIR_PAST && in_sent(&sc, m->te) &&
                word_in(&sc, m->te, outlook_w) >= 0)
                dr = DIR_NONE;
            if (kind == KIJI_PARA_BODY && inline_dateline(&sc, m))
                continue;
            int cy = (m->kind == K_MONTH || m->kind == K_MDAY) && !m->rel
                         ? coordinated_year(&sc, ms.v, ms.n, x)
                         : 0;
            if (!cy && (m->kind == K_MONTH || m->kind == K_MDAY) && !m->rel &&
                kind == KIJI_PARA_BODY && story_year &&
                ((story_sent == si && (dr != DIR_FUTURE || range_end(&sc, ms.v, x))) ||
                 (story_sent + 1 == si && dr == DIR_PAST &&
                  d->sentences.v[story_sent].para == se->para)) &&
                (!sc.has_dct || story_year != sc.dct.y) &&
                /* "must be met by 2030, and sales rose in March": a past
                 * tense does not reach into a written future year */
                !(dr == DIR_PAST && sc.has_dct && story_year > sc.dct.y) &&
                /* "in August 2021 ... in February": a month before the
                 * written one is more likely the next year's; say nothing */
                !(story_month && m->m < story_month))
                cy = story_year;
            rdate rd;
            char lit[24], val[40];
            const char *ak;
            resolve(&sc, m, dr, cy, &rd, lit, sizeof lit, &ak);
            if (lit[0])
                snprintf(val, sizeof val, "%s", lit);
            else
                format_value(&rd, m, val, sizeof val);
            kiji_timex tx;
            memset(&tx, 0, sizeof tx);
            tx.start = sc.T[m->ts].start;
            uint32_t last = m->te - 1;
            tx.end = sc.T[last].start + (uint32_t)(sc.T[last].kind == KIJI_TOK_WORD
                                                       ? base_len(&sc, last)
                                                       : tlen(&sc, last));
            tx.type = (uint8_t)m->type;
            tx.value = kiji_arena_strdup(&d->arena, val);
            tx.mod = m->mod ? m->mod : bound_mod(&sc, m);
            const rdate *anc = ak && !strcmp(ak, "ref")   ? &sc.ref
                               : ak && !strcmp(ak, "per") ? &sc.per
                                                          : NULL;
            if (anc && anc->y > 0) {
                char rv[40];
                tmatch plain;
                memset(&plain, 0, sizeof plain);
                format_value(anc, &plain, rv, sizeof rv);
                tx.anchor = kiji_arena_strdup(&d->arena, rv);
            } else if (ak && sc.has_dct) {
                tx.anchor = kiji_arena_strdup(&d->arena, anchor_dct);
            }
            KIJI_VEC_PUSH(d->timexes, tx);
            /* a year written out, or counted ("last year", "two years ago");
             * not a bound ("the worst since 1990") */
            if (kind == KIJI_PARA_BODY && !lit[0] && rd.y > 0 &&
                !(m->ts > sc.t0 && word_is(&sc, m->ts - 1, "since")) &&
                ((m->kind == K_ABS && (m->g == G_YEAR || m->g == G_MONTH || m->g == G_DAY)) ||
                 (m->kind == K_REL && m->g == G_YEAR)))
                story_year = rd.y, story_month = rd.g >= G_MONTH ? rd.m : 0, story_sent = si;
            /* the story's own dates anchor what follows ("the next day"),
             * but not the day something was said ("officials said Tuesday") */
            if (kind == KIJI_PARA_BODY && !lit[0] && rd.y > 0 && m->type != KIJI_TX_SET &&
                (rd.g == G_DAY || rd.g == G_MONTH || rd.g == G_YEAR || rd.g == G_QUARTER ||
                 rd.g == G_HALF) &&
                !said_on(&sc, m)) {
                /* "That year" after "March 2, 2021" keeps the day: the finer
                 * date still anchors "the next week" */
                if (!(rd.g < sc.ref.g && within(&sc.ref, &rd)))
                    sc.ref = rd, sc.ref_here = true;
                if (rd.g == G_MONTH || rd.g == G_QUARTER || rd.g == G_HALF)
                    sc.per = rd, sc.per_here = true;
            }
        }
    }
    KIJI_VEC_FREE(ms);
    KIJI_VEC_FREE(cues);
    KIJI_VEC_FREE(intx);
    free(sc.names);
}
