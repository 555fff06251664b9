/*
 * layout.c: lines to paragraphs with kinds (stage "layout"; see layout.h).
 * Invariant: the output holds every kept line's content in input order;
 * only white space between lines, hyphens at line ends and page furniture
 * change, and all of it goes through the pass's offset map.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <utf8proc.h>

#include "kiji/calendar.h"
#include "kiji/layout.h"
#include "kiji/lexicon.h"

/* The East Asian family names of data/surnames.txt (compiled into
 * entities.c), to tell a hyphenated given name at a line end. */
extern const kiji_lexicon kiji_lex_surnames;
#include "kiji/repair.h"
#include "kiji/utf8.h"

enum {
    L_TEXT,
    L_BLANK,
    L_URL,       /* a link card: a bare URL on its own line */
    L_FURNITURE, /* page number, print header or footer */
    L_CAPTION,   /* ends with " | CREDIT" */
    L_BYLINE,    /* "By NAME" */
    L_DATE,      /* only a date (and maybe a time) */
    L_ROLE,      /* a short all-capitals line such as STAFF WRITER */
};

typedef struct {
    size_t start, end; /* content, trimmed */
    size_t width;      /* code points of content */
    unsigned ems;      /* printed width estimate, 1/100 em (see ink) */
    bool lead;         /* starts with white space: a page break before it */
    uint8_t cls;
    size_t bar;        /* offset of the last " | " in the line, or 0 */
    size_t out;        /* where its content went in the output */
} line;

typedef struct {
    size_t first, last; /* lines */
    uint8_t kind;       /* kiji_para_kind, or 255 for dropped furniture */
    size_t bar_line;    /* captions: the line holding "text | CREDIT"'s bar */
} unit;

typedef KIJI_VEC(line) lines_t;
typedef KIJI_VEC(unit) units_t;

/* ------------------------------------------------------------------ */
/* line classes                                                        */

static bool is_url_line(const char *s, size_t n)
{
    if (!((n > 8 && !strncmp(s, "https://", 8)) || (n > 7 && !strncmp(s, "http://", 7)) ||
          (n > 4 && !strncmp(s, "www.", 4))))
        return false;
    for (size_t i = 0; i < n; i++)
        if (s[i] == ' ' || s[i] == '\t')
            return false;
    return true;
}

static size_t count_alpha(const char *s, size_t n, size_t *upper)
{
    size_t a, u;
    kiji_utf8_case_count(s, n, &a, &u);
    if (upper)
        *upper = u;
    return a;
}

/* A photo credit: short, mostly capital letters ("POOL / VIA REUTERS"). */
static bool credit_like(const char *s, size_t n)
{
    if (n < 2 || n > 120)
        return false;
    size_t up, a = count_alpha(s, n, &up);
    return a >= 2 && up * 10 >= a * 7;
}

/* Offset of the last " | " of s[a..b), or 0. */
static size_t last_bar(const char *s, size_t a, size_t b)
{
    for (size_t i = b; i > a + 3; i--)
        if (s[i - 1] == '|' && s[i - 2] == ' ' && (i == b || s[i] == ' '))
            return i - 1;
    /* a credit wrapped onto a line of its own: "| REUTERS" */
    if (b - a > 2 && s[a] == '|' && s[a + 1] == ' ')
        return a;
    return 0;
}

static bool all_digits(const char *s, size_t n)
{
    if (!n)
        return false;
    for (size_t i = 0; i < n; i++)
        if (!isdigit((unsigned char)s[i]))
            return false;
    return true;
}

/*
 * Page furniture that printing a web page to PDF adds:
 *   "12" or "Page 2 of 5"                           page numbers
 *   "11/14/23, 9:05 AM  Title - Outlet"            the browser's print header
 *   "https://www.example.com/news/... 2/5"         the browser's print footer
 * Left alone: a URL on its own (a link card), a year on its own line.
 */
static bool furniture(const char *s, size_t n)
{
    if (n <= 3 && all_digits(s, n))
        return true;
    if (n > 8 && !strncmp(s, "Page ", 5)) {
        size_t i = 5;
        while (i < n && isdigit((unsigned char)s[i]))
            i++;
        if (i > 5 && (i == n || !strncmp(s + i, " of ", 4)))
            return true;
    }
    /* m/d/yy, h:mm AM|PM */
    int k = 0;
    size_t i = 0;
    while (i < n && (isdigit((unsigned char)s[i]) || s[i] == '/'))
        k += s[i] == '/', i++;
    if (k == 2 && i >= 6 && i < n && s[i] == ',') {
        i++;
        while (i < n && s[i] == ' ')
            i++;
        size_t h = i;
        while (i < n && (isdigit((unsigned char)s[i]) || s[i] == ':'))
            i++;
        if (i > h + 3 && i + 3 <= n && s[i] == ' ' &&
            (s[i + 1] == 'A' || s[i + 1] == 'P') && s[i + 2] == 'M')
            return true;
    }
    /* URL then n/m */
    if (n > 12 && (!strncmp(s, "http://", 7) || !strncmp(s, "https://", 8))) {
        const char *sp = memchr(s, ' ', n);
        if (sp) {
            size_t j = (size_t)(sp - s) + 1, d1 = j;
            while (j < n && isdigit((unsigned char)s[j]))
                j++;
            if (j > d1 && j < n && s[j] == '/') {
                size_t d2 = ++j;
                while (j < n && isdigit((unsigned char)s[j]))
                    j++;
                if (j == n && j > d2)
                    return true;
            }
        }
    }
    return false;
}

static bool is_byline(const char *s, size_t n)
{
    if (n < 5 || n > 160 || !(s[0] == 'B' || s[0] == 'b') || !(s[1] == 'Y' || s[1] == 'y') ||
        s[2] != ' ')
        return false;
    size_t i = 3;
    while (i < n && s[i] == ' ')
        i++;
    if (i >= n || !isupper((unsigned char)s[i]))
        return false;
    /* a byline holds names, not a sentence: no terminal full stop */
    return s[n - 1] != '.' || (n >= 3 && isupper((unsigned char)s[n - 2]));
}

/* STAFF WRITER, CONTRIBUTING WRITER, KYODO: all capitals, up to 5 words. */
static bool is_role(const char *s, size_t n)
{
    if (n < 2 || n > 60)
        return false;
    size_t words = 1;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == ' ')
            words++;
        else if (isdigit(c) || islower(c) || c == '.' || c == '|')
            return false;
    }
    return words <= 5;
}

static bool is_dateline(const char *s, size_t n)
{
    kiji_date dt;
    size_t used = kiji_parse_date(s, n, &dt);
    if (!used)
        return false;
    /* what may follow: a time, a zone, separators */
    for (size_t i = used; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (!(isdigit(c) || c == ' ' || c == ':' || c == ',' || c == '|' || c == '-' ||
              isupper(c) || c == '.' || c == 'a' || c == 'p' || c == 'm' || c == 't'))
            return false;
    }
    return n - used < 40;
}

/*
 * How wide a text prints, in hundredths of an em, after the metrics of a
 * common proportional serif face: "ill" is narrower than "mum".  Counting
 * characters misjudges whether a word would have fitted on a line by a word's
 * width; this is close enough to tell a short last line from a full one.
 */
static unsigned ink(const char *s, size_t n)
{
    static const unsigned char w[128] = {
        /* ' ' .. '/' */
        [' '] = 25, ['!'] = 33, ['"'] = 41, ['#'] = 50, ['$'] = 50, ['%'] = 83, ['&'] = 78,
        ['\''] = 18, ['('] = 33, [')'] = 33, ['*'] = 50, ['+'] = 56, [','] = 25, ['-'] = 33,
        ['.'] = 25, ['/'] = 28,
        ['0'] = 50, ['1'] = 50, ['2'] = 50, ['3'] = 50, ['4'] = 50, ['5'] = 50, ['6'] = 50,
        ['7'] = 50, ['8'] = 50, ['9'] = 50, [':'] = 28, [';'] = 28, ['?'] = 44,
        ['A'] = 72, ['B'] = 67, ['C'] = 67, ['D'] = 72, ['E'] = 61, ['F'] = 56, ['G'] = 72,
        ['H'] = 72, ['I'] = 33, ['J'] = 39, ['K'] = 72, ['L'] = 61, ['M'] = 89, ['N'] = 72,
        ['O'] = 72, ['P'] = 56, ['Q'] = 72, ['R'] = 67, ['S'] = 56, ['T'] = 61, ['U'] = 72,
        ['V'] = 72, ['W'] = 94, ['X'] = 72, ['Y'] = 72, ['Z'] = 61,
        ['a'] = 44, ['b'] = 50, ['c'] = 44, ['d'] = 50, ['e'] = 44, ['f'] = 33, ['g'] = 50,
        ['h'] = 50, ['i'] = 28, ['j'] = 28, ['k'] = 50, ['l'] = 28, ['m'] = 78, ['n'] = 50,
        ['o'] = 50, ['p'] = 50, ['q'] = 50, ['r'] = 33, ['s'] = 39, ['t'] = 28, ['u'] = 50,
        ['v'] = 50, ['w'] = 72, ['x'] = 50, ['y'] = 50, ['z'] = 44,
    };
    unsigned sum = 0;
    for (size_t i = 0; i < n;) {
        unsigned char c = (unsigned char)s[i];
        if (c < 128) {
            sum += w[c] ? w[c] : 50;
            i++;
            continue;
        }
        size_t l;
        int32_t cp = kiji_utf8_decode(s + i, n - i, &l);
        /* quotes and apostrophes are narrow, dashes wide, letters average */
        sum += (cp >= 0x2018 && cp <= 0x201F) ? 33 : (cp == 0x2014) ? 100 : 50;
        i += l;
    }
    return sum;
}

static size_t cp_width(const char *s, size_t n)
{
    size_t w = 0;
    for (size_t i = 0; i < n; i++)
        w += ((unsigned char)s[i] & 0xC0) != 0x80;
    return w;
}

/*
 * A caption block: "text | CREDIT", the credit in capitals and short, maybe
 * wrapped onto the block's next lines ("... | FILE PHOTO /" "VIA AFP").
 * Returns the line holding the bar, or SIZE_MAX.
 */
static size_t caption_line(const char *s, const lines_t *L, size_t f, size_t l)
{
    for (size_t k = l + 1; k-- > f;) {
        const line *x = &L->v[k];
        if (!x->bar)
            continue;
        size_t alpha = 0, upper = 0, len = 0, u;
        for (size_t j = k; j <= l; j++) {
            size_t a = j == k ? x->bar + 1 : L->v[j].start, b = L->v[j].end;
            alpha += count_alpha(s + a, b - a, &u);
            upper += u;
            len += b - a;
        }
        return alpha >= 2 && upper * 10 >= alpha * 7 && len <= 120 ? k : SIZE_MAX;
    }
    return SIZE_MAX;
}

static void split_lines(const char *s, size_t n, lines_t *out)
{
    size_t i = 0;
    while (i < n) {
        size_t e = i;
        while (e < n && s[e] != '\n')
            e++;
        line L;
        memset(&L, 0, sizeof L);
        size_t a = i, b = e;
        while (a < b && (s[a] == ' ' || s[a] == '\t'))
            a++;
        while (b > a && (s[b - 1] == ' ' || s[b - 1] == '\t'))
            b--;
        L.start = a;
        L.end = b;
        L.lead = a > i;
        L.width = cp_width(s + a, b - a);
        L.ems = ink(s + a, b - a);
        if (a == b)
            L.cls = L_BLANK;
        else if (furniture(s + a, b - a))
            L.cls = L_FURNITURE;
        else if (is_url_line(s + a, b - a))
            L.cls = L_URL;
        else if ((L.bar = last_bar(s, a, b)) && credit_like(s + L.bar + 1, b - L.bar - 1))
            L.cls = L_CAPTION;
        else if (is_byline(s + a, b - a))
            L.cls = L_BYLINE;
        else if (is_dateline(s + a, b - a))
            L.cls = L_DATE;
        else if (is_role(s + a, b - a))
            L.cls = L_ROLE;
        else
            L.cls = L_TEXT;
        KIJI_VEC_PUSH(*out, L);
        i = e + 1;
    }
}

/* ------------------------------------------------------------------ */
/* joining lines                                                       */

/* Does the line end a sentence: . ? ! : maybe inside closing quotes? */
static bool ends_sentence(const char *s, const line *L)
{
    size_t i = L->end;
    while (i > L->start) {
        size_t st;
        int32_t cp = kiji_utf8_prev(s, i, &st);
        if (kiji_cp_is_close_quote(cp) || cp == '"' || cp == ')' || cp == '\'') {
            i = st;
            continue;
        }
        return cp == '.' || cp == '?' || cp == '!' || cp == ':';
    }
    return false;
}

static unsigned first_word_ink(const char *s, const line *L)
{
    size_t i = L->start;
    while (i < L->end && s[i] != ' ')
        i++;
    return ink(s + L->start, i - L->start);
}

/* Common prefixes written with a hyphen ("pre-launch", "co-founder"): joined
 * only when the dictionary knows the joined word. */
static bool hyphen_prefix(const char *s, size_t n)
{
    static const char *const pre[] = {
        "all",   "anti",  "co",    "counter", "cross", "ex",    "half",   "inter", "intra",
        "macro", "mega",  "micro", "mid",     "mini",  "multi", "neo",    "non",   "over",
        "pan",   "post",  "pre",   "pro",     "pseudo","quasi", "re",     "self",  "semi",
        "sub",   "super", "trans", "ultra",   "under", "vice",  "well",   "cyber", "geo",
        "bi",    "tri",   "de",    "long",    "short", "high",  "low",    "first", "second",
        "third", "one",   "two",   "three",   "four",  "five",  "real",   "full",  "part",
        NULL};
    for (int i = 0; pre[i]; i++)
        if (strlen(pre[i]) == n && !strncasecmp(pre[i], s, n))
            return true;
    return false;
}

/* Dictionary forms of w[0..n): as is or with a common ending taken off. */
static bool known_word(const char *w, size_t n)
{
    if (kiji_is_word(w, n))
        return true;
    static const char *const ends[] = {"s", "es", "ed", "d", "ing", "ly", "er", "ers", NULL};
    for (int i = 0; ends[i]; i++) {
        size_t el = strlen(ends[i]);
        if (n > el + 2 && !strncasecmp(w + n - el, ends[i], el) && kiji_is_word(w, n - el))
            return true;
    }
    return false;
}

/*
 * A line ending in "X-" before a line starting with "Y": keep the hyphen for
 * a real compound split at the line end ("missile-"/"warning",
 * "Indo-"/"Pacific", "pre-"/"launch"), drop it for a word the typesetter
 * hyphenated ("govern-"/"ment").  Decided with the dictionary.
 */
static bool keep_hyphen(const char *s, const line *a, const line *b)
{
    size_t he = a->end - 1; /* the hyphen */
    size_t xs = he;
    while (xs > a->start && isalpha((unsigned char)s[xs - 1]))
        xs--;
    size_t ys = b->start, ye = ys;
    while (ye < b->end && isalpha((unsigned char)s[ye]))
        ye++;
    size_t xn = he - xs, yn = ye - ys;
    if (!xn || !yn)
        return true;
    if (isupper((unsigned char)s[ys]))
        return true; /* Indo-Pacific, U.S.-Japan, anti-American */
    char w[128];
    if (xn + yn >= sizeof w)
        return true;
    memcpy(w, s + xs, xn);
    memcpy(w + xn, s + ys, yn);
    if (kiji_is_word(w, xn + yn))
        return false; /* the dictionary has the joined word itself */
    if (isupper((unsigned char)s[xs]) && (kiji_word_flags(w, xn + yn) & KIJI_W_CAPITAL))
        return false; /* a name the typesetter broke: "Washing-"/"ton" */
    /* an East Asian given name after its family name: "Wu Tsung-"/"han",
     * "Kim Jae-"/"in" */
    if (isupper((unsigned char)s[xs]) && xs >= 2 && s[xs - 1] == ' ') {
        size_t fe = xs - 1, fs = fe;
        while (fs > a->start && isalpha((unsigned char)s[fs - 1]))
            fs--;
        if (fe > fs && isupper((unsigned char)s[fs]) &&
            kiji_lex_get(&kiji_lex_surnames, s + fs, fe - fs) >= 0)
            return true;
    }
    if (hyphen_prefix(s + xs, xn))
        return true;
    /* two words ("low-lying"): a compound, even when an ending taken off
     * the joined form happens to leave a word ("lowly") */
    if (known_word(s + xs, xn) && known_word(s + ys, yn))
        return true;
    if (known_word(w, xn + yn))
        return false;
    /* one half a word: a compound; neither: a word the typesetter broke */
    return known_word(s + xs, xn) || known_word(s + ys, yn);
}

static bool ends_with_hyphen(const char *s, const line *L)
{
    return L->end - L->start >= 2 && s[L->end - 1] == '-' &&
           isalpha((unsigned char)s[L->end - 2]);
}

/* ------------------------------------------------------------------ */
/* units                                                               */

static void push_unit(units_t *u, size_t first, size_t last, uint8_t kind)
{
    unit x = {first, last, kind, SIZE_MAX};
    KIJI_VEC_PUSH(*u, x);
}

/* A byline block keeps its lines apart: "BY NAME" then "STAFF WRITER". */
static bool split_byline(const lines_t *L, size_t f, size_t l, units_t *out)
{
    if (f == l || L->v[f].cls != L_BYLINE)
        return false;
    push_unit(out, f, f, KIJI_PARA_BYLINE);
    for (size_t k = f + 1; k <= l; k++)
        push_unit(out, k, k, L->v[k].cls == L_ROLE ? KIJI_PARA_BYLINE : KIJI_PARA_OTHER);
    return true;
}

/* Push the block of lines [f..l] as one unit of the kind it shows. */
static void push_block(const char *s, const lines_t *L, size_t f, size_t l, units_t *out)
{
    size_t cap = caption_line(s, L, f, l);
    if (cap != SIZE_MAX) {
        push_unit(out, f, l, KIJI_PARA_CAPTION);
        out->v[out->n - 1].bar_line = cap;
        return;
    }
    uint8_t kind = KIJI_PARA_BODY;
    if (f == l) {
        switch (L->v[f].cls) {
        case L_URL: kind = KIJI_PARA_LINK; break;
        case L_BYLINE: kind = KIJI_PARA_BYLINE; break;
        case L_DATE: kind = KIJI_PARA_DATELINE; break;
        case L_ROLE: kind = KIJI_PARA_OTHER; break;
        default: break;
        }
    }
    push_unit(out, f, l, kind);
}

/* A flow line: one line of running text that may join a paragraph. */
static bool flow_line(const lines_t *L, size_t i)
{
    uint8_t c = L->v[i].cls;
    return c == L_TEXT;
}

/*
 * Double-spaced text: every line is followed by a blank line, so blank lines
 * say nothing about paragraphs.  A run of lines with no blank between them is
 * a block set in single spacing (headline, caption, byline) unless its lines
 * start with white space (a page break).  Paragraphs of the flow end at a
 * line that closes a sentence and is short: the next line's first word would
 * have fitted on it.
 */
static void units_double(const char *s, const lines_t *L, units_t *out)
{
    /* width of a full line: the widest line of the flow (not of a block set
     * in single spacing, such as a wide caption) that does not end a
     * sentence */
    unsigned width = 0;
    for (size_t i = 0; i < L->n; i++) {
        bool alone = (i == 0 || L->v[i - 1].cls == L_BLANK || L->v[i].lead) &&
                     (i + 1 >= L->n || L->v[i + 1].cls == L_BLANK || L->v[i + 1].lead);
        if (alone && L->v[i].cls == L_TEXT && !ends_sentence(s, &L->v[i]) &&
            L->v[i].ems > width)
            width = L->v[i].ems;
    }
    size_t i = 0;
    bool open = false; /* a body paragraph is open (last unit) */
    while (i < L->n) {
        if (L->v[i].cls == L_BLANK) {
            i++;
            continue;
        }
        /* the piece: this line and the lines after it with no blank between
         * and no leading white space */
        size_t j = i;
        while (j + 1 < L->n && L->v[j + 1].cls != L_BLANK && !L->v[j + 1].lead)
            j++;
        const line *cur = &L->v[i];
        if (cur->cls == L_FURNITURE && j == i) {
            push_unit(out, i, i, 255);
            i = j + 1;
            continue;
        }
        if (j > i || !flow_line(L, i)) {
            /* a block of its own */
            open = false;
            if (!split_byline(L, i, j, out))
                push_block(s, L, i, j, out);
            i = j + 1;
            continue;
        }
        /* a flow line: continue the open paragraph or start one; after an
         * interruption (caption, link) a new paragraph starts, since the
         * output keeps the input's order */
        bool cont = false;
        /* with no wrapped line to measure (width 0) nothing is hard-wrapped:
         * every line is a paragraph */
        if (open && width && out->n && out->v[out->n - 1].kind == KIJI_PARA_BODY) {
            const line *prev = &L->v[out->v[out->n - 1].last];
            bool fits = prev->ems + 25 + first_word_ink(s, cur) <= width;
            cont = !(ends_sentence(s, prev) && fits);
        }
        if (cont)
            out->v[out->n - 1].last = i;
        else
            push_unit(out, i, i, KIJI_PARA_BODY);
        open = true;
        i = j + 1;
    }
}

/* The run of lines [a..b] as one paragraph; a run of nothing but page
 * furniture is dropped line by line. */
static void flush_run(const char *s, const lines_t *L, size_t a, size_t b, units_t *out)
{
    if (a > b || a >= L->n)
        return;
    bool text = false;
    for (size_t k = a; k <= b; k++)
        text |= L->v[k].cls != L_FURNITURE;
    if (!text) {
        for (size_t k = a; k <= b; k++)
            push_unit(out, k, k, 255);
        return;
    }
    if (!split_byline(L, a, b, out))
        push_block(s, L, a, b, out);
}

/*
 * Single-spaced text: blank lines separate paragraphs.  Inside a run of
 * lines, a byline, dateline, link or role line stands alone, a caption line
 * ends the block it closes, and page furniture is dropped without cutting
 * the paragraph unless a sentence ends right before it and a capital starts
 * right after it.
 */
static void units_single(const char *s, const lines_t *L, units_t *out)
{
    size_t i = 0;
    while (i < L->n) {
        if (L->v[i].cls == L_BLANK) {
            i++;
            continue;
        }
        size_t j = i;
        while (j + 1 < L->n && L->v[j + 1].cls != L_BLANK)
            j++;
        size_t a = i;
        for (size_t k = i; k <= j; k++) {
            uint8_t c = L->v[k].cls;
            if (c == L_BYLINE || c == L_DATE || c == L_URL || c == L_ROLE) {
                if (k > a)
                    flush_run(s, L, a, k - 1, out);
                push_block(s, L, k, k, out);
                a = k + 1;
            } else if (c == L_CAPTION) {
                flush_run(s, L, a, k, out);
                a = k + 1;
            } else if (c == L_FURNITURE) {
                bool cut = k == a || k == j ||
                           (ends_sentence(s, &L->v[k - 1]) &&
                            isupper((unsigned char)s[L->v[k + 1].start]));
                if (cut) {
                    if (k > a)
                        flush_run(s, L, a, k - 1, out);
                    push_unit(out, k, k, 255);
                    a = k + 1;
                }
            }
        }
        if (a <= j)
            flush_run(s, L, a, j, out);
        i = j + 1;
    }
}

static bool double_spaced(const lines_t *L)
{
    size_t content = 0, blank_after = 0, wide = 0;
    for (size_t i = 0; i < L->n; i++) {
        if (L->v[i].cls == L_BLANK)
            continue;
        content++;
        if (L->v[i].width > 150)
            wide++;
        if (i + 1 < L->n && L->v[i + 1].cls == L_BLANK)
            blank_after++;
    }
    return content >= 4 && blank_after * 10 >= content * 6 && wide * 10 < content;
}

/*
 * The header: before the body come the headline, captions, the byline with
 * its role line and the dateline, in any order.  The first unit that is
 * none of those, after a byline or dateline was seen, starts the body.
 */
static void mark_header(const char *s, const lines_t *L, units_t *U)
{
    size_t limit = U->n < 10 ? U->n : 10;
    size_t body = 0;
    bool byline = false, date = false;
    for (size_t k = 0; k < limit; k++) {
        uint8_t kind = U->v[k].kind;
        if (kind == KIJI_PARA_BYLINE)
            byline = true, body = k + 1;
        else if (kind == KIJI_PARA_DATELINE)
            date = true, body = k + 1;
        else if (kind == KIJI_PARA_CAPTION || kind == 255 || kind == KIJI_PARA_LINK)
            continue;
        else if (kind == KIJI_PARA_OTHER && byline)
            body = k + 1;
        else if (byline || date)
            break;
    }
    /* the headline: the first body-kind unit before the body start; with no
     * byline or dateline, a first unit that does not read as a sentence */
    for (size_t k = 0; k < U->n; k++) {
        unit *u = &U->v[k];
        if (u->kind == 255 || u->kind == KIJI_PARA_CAPTION || u->kind == KIJI_PARA_LINK)
            continue;
        if (u->kind != KIJI_PARA_BODY && u->kind != KIJI_PARA_OTHER)
            break;
        size_t len = L->v[u->last].end - L->v[u->first].start;
        if (k < body || (body == 0 && len < 200 && !ends_sentence(s, &L->v[u->last]) &&
                         k + 1 < U->n))
            u->kind = KIJI_PARA_HEADLINE;
        break;
    }
    /* other body-kind units inside the header (a deck, a role) */
    for (size_t k = 0; k < body; k++)
        if (U->v[k].kind == KIJI_PARA_BODY)
            U->v[k].kind = KIJI_PARA_OTHER;
}

/* ------------------------------------------------------------------ */
/* emission                                                            */

typedef KIJI_VEC(kiji_para) paras_t;

static void add_para(paras_t *P, size_t a, size_t b, uint8_t kind, bool quote)
{
    kiji_para p = {(uint32_t)a, (uint32_t)b, kind, quote};
    KIJI_VEC_PUSH(*P, p);
}

static void emit_text_units(kiji_pass *p, lines_t *L, const units_t *U, paras_t *P)
{
    const char *s = p->in;
    bool any = false;
    for (size_t k = 0; k < U->n; k++) {
        const unit *u = &U->v[k];
        if (u->kind == 255) {
            const line *f = &L->v[u->first];
            kiji_pass_edit(p, f->start - p->pos, "", 0, NULL);
            kiji_pass_edit(p, f->end - f->start, "", 0, "furniture.page");
            continue;
        }
        size_t para_start = 0;
        enum { J_NONE, J_SPACE, J_KEEP, J_JOIN } join = J_NONE;
        for (size_t i = u->first; i <= u->last; i++) {
            line *cur = &L->v[i];
            if (cur->cls == L_BLANK)
                continue;
            if (cur->cls == L_FURNITURE) {
                kiji_pass_edit(p, cur->start - p->pos, "", 0, NULL);
                kiji_pass_edit(p, cur->end - cur->start, "", 0, "furniture.page");
                continue;
            }
            switch (join) {
            case J_NONE:
                kiji_pass_edit(p, cur->start - p->pos, any ? "\n\n" : "", any ? 2 : 0, NULL);
                para_start = p->out.len;
                break;
            case J_SPACE:
                kiji_pass_edit(p, cur->start - p->pos, " ", 1, NULL);
                break;
            case J_KEEP:
                kiji_pass_edit(p, cur->start - p->pos, "", 0, "dehyph.keep");
                break;
            case J_JOIN: /* the hyphen was left in the input: drop it too */
                kiji_pass_edit(p, cur->start - p->pos, "", 0, "dehyph.join");
                break;
            }
            cur->out = p->out.len;
            /* how this line joins the next kept line of the unit */
            size_t ni = i + 1;
            while (ni <= u->last && (L->v[ni].cls == L_FURNITURE || L->v[ni].cls == L_BLANK))
                ni++;
            join = J_SPACE;
            if (ni <= u->last && ends_with_hyphen(s, cur) &&
                isalpha((unsigned char)s[L->v[ni].start]))
                join = keep_hyphen(s, cur, &L->v[ni]) ? J_KEEP : J_JOIN;
            kiji_pass_copy_to(p, join == J_JOIN ? cur->end - 1 : cur->end);
        }
        any = true;
        if (u->kind == KIJI_PARA_CAPTION && u->bar_line != SIZE_MAX) {
            const line *bl = &L->v[u->bar_line];
            size_t pipe_out = bl->out + (bl->bar - bl->start);
            size_t ce = pipe_out;
            while (ce > para_start && p->out.ptr[ce - 1] == ' ')
                ce--;
            size_t cs = pipe_out + 1;
            while (cs < p->out.len && p->out.ptr[cs] == ' ')
                cs++;
            add_para(P, para_start, ce, KIJI_PARA_CAPTION, false);
            add_para(P, cs, p->out.len, KIJI_PARA_CREDIT, false);
        } else {
            add_para(P, para_start, p->out.len, u->kind, false);
        }
    }
    kiji_pass_edit(p, p->len - p->pos, any ? "\n" : "", any ? 1 : 0, NULL);
}

/* Reader blocks: one paragraph each, white space folded. */
static void emit_blocks(kiji_pass *p, kiji_doc *d, paras_t *P)
{
    const char *s = p->in;
    bool any = false;
    for (size_t k = 0; k < d->blocks.n; k++) {
        size_t a = kiji_offmap_to_out(&d->map, d->blocks.v[k].start, false);
        size_t b = kiji_offmap_to_out(&d->map, d->blocks.v[k].end, true);
        if (a < p->pos)
            a = p->pos;
        if (b > p->len)
            b = p->len;
        while (a < b && isspace((unsigned char)s[a]))
            a++;
        while (b > a && isspace((unsigned char)s[b - 1]))
            b--;
        if (a >= b)
            continue;
        kiji_pass_edit(p, a - p->pos, any ? "\n\n" : "", any ? 2 : 0, NULL);
        size_t start = p->out.len;
        size_t i = a;
        while (i < b) {
            if (isspace((unsigned char)s[i])) {
                size_t j = i;
                while (j < b && isspace((unsigned char)s[j]))
                    j++;
                if (j - i > 1 || s[i] != ' ') {
                    kiji_pass_copy_to(p, i);
                    kiji_pass_edit(p, j - i, " ", 1, NULL);
                }
                i = j;
            } else {
                i++;
            }
        }
        kiji_pass_copy_to(p, b);
        add_para(P, start, p->out.len, d->blocks.v[k].kind, d->blocks.v[k].quote);
        any = true;
    }
    kiji_pass_edit(p, p->len - p->pos, any ? "\n" : "", any ? 1 : 0, NULL);
}

void kiji_layout_run(kiji_doc *d)
{
    kiji_pass p;
    kiji_pass_begin(&p, d, d->text.ptr, d->text.len);
    paras_t P = {0};
    if (d->blocks.n) {
        emit_blocks(&p, d, &P);
    } else {
        lines_t L = {0};
        units_t U = {0};
        split_lines(p.in, p.len, &L);
        if (double_spaced(&L))
            units_double(p.in, &L, &U);
        else
            units_single(p.in, &L, &U);
        mark_header(p.in, &L, &U);
        emit_text_units(&p, &L, &U, &P);
        KIJI_VEC_FREE(L);
        KIJI_VEC_FREE(U);
    }
    /* paragraphs are in output offsets already: keep them out of the remap */
    KIJI_VEC_FREE(d->paras);
    kiji_pass_end(&p);
    d->paras.v = P.v;
    d->paras.n = P.n;
    d->paras.cap = P.cap;
}

/* ------------------------------------------------------------------ */
/* metadata                                                            */

static bool particle(const char *w, size_t n)
{
    static const char *const parts[] = {"van", "von", "der", "den", "de", "del", "della",
                                        "da",  "di",  "du",  "la",  "le", "bin", "binti",
                                        "al",  "el",  "dos", "das", "ter", NULL};
    for (int i = 0; parts[i]; i++)
        if (strlen(parts[i]) == n && !strncasecmp(parts[i], w, n))
            return true;
    return false;
}

char *kiji_name_case(const char *s, size_t n)
{
    kiji_buf b = KIJI_BUF_INIT;
    size_t i = 0, word = 0;
    while (i < n) {
        if (s[i] == ' ') {
            kiji_buf_putc(&b, ' ');
            i++;
            continue;
        }
        size_t e = i;
        while (e < n && s[e] != ' ')
            e++;
        size_t up, alpha = count_alpha(s + i, e - i, &up);
        bool caps = alpha >= 2 && up == alpha;
        if (!caps) {
            kiji_buf_put(&b, s + i, e - i);
        } else if (word > 0 && e < n && particle(s + i, e - i)) {
            for (size_t k = i; k < e; k++)
                kiji_buf_putc(&b, tolower((unsigned char)s[k]));
        } else {
            bool start = true;
            for (size_t k = i; k < e;) {
                size_t l;
                int32_t cp = kiji_utf8_decode(s + k, e - k, &l);
                if (cp < 0) {
                    kiji_buf_putc(&b, s[k]);
                    k++;
                    continue;
                }
                if (kiji_cp_is_letter(cp)) {
                    int32_t c = start ? cp : (int32_t)utf8proc_tolower(cp);
                    kiji_buf_put_utf8(&b, c);
                    start = false;
                    /* McDONALD -> McDonald, MacX stays Macx (too risky) */
                    if (k - i == 1 && (s[i] == 'M' || s[i] == 'm') && (s[k] == 'C' || s[k] == 'c'))
                        start = true;
                } else {
                    kiji_buf_put(&b, s + k, l);
                    start = cp == '-' || cp == '\'' || cp == 0x2019;
                }
                k += l;
            }
        }
        word++;
        i = e;
    }
    return kiji_buf_detach(&b);
}

/* Names of a byline: "BY A", "By A and B", "BY A, B AND C", "By A, Staff". */
static void byline_authors(kiji_doc *d, const char *s, size_t n)
{
    size_t i = 3;
    while (i < n && s[i] == ' ')
        i++;
    while (i < n) {
        size_t e = i;
        /* up to a comma, " and ", " & " */
        while (e < n && s[e] != ',' && !(e + 5 <= n && !strncasecmp(s + e, " and ", 5)) &&
               !(e + 3 <= n && !strncmp(s + e, " & ", 3)))
            e++;
        size_t a = i, b = e;
        while (a < b && s[a] == ' ')
            a++;
        while (b > a && s[b - 1] == ' ')
            b--;
        /* a role after a comma ("Staff Writer") is not a name */
        bool role = false;
        if (a < b) {
            size_t words = 1;
            for (size_t k = a; k < b; k++)
                words += s[k] == ' ';
            char low[64];
            size_t m = b - a < 63 ? b - a : 63;
            for (size_t k = 0; k < m; k++)
                low[k] = (char)tolower((unsigned char)s[a + k]);
            low[m] = 0;
            role = words > 5 || strstr(low, "staff") || strstr(low, "writer") ||
                   strstr(low, "correspondent") || strstr(low, "reporter") ||
                   strstr(low, "editor") || strstr(low, "news") || strstr(low, "press");
        }
        if (a < b && !role) {
            char *nm = kiji_name_case(s + a, b - a);
            const char *x = kiji_arena_strdup(&d->arena, nm);
            free(nm);
            KIJI_VEC_PUSH(d->authors, x);
        }
        if (e >= n)
            break;
        i = s[e] == ',' ? e + 1 : s[e + 1] == '&' ? e + 3 : e + 5;
    }
}

void kiji_layout_meta(kiji_doc *d)
{
    const char *s = d->text.ptr;
    for (size_t i = 0; i < d->paras.n; i++) {
        const kiji_para *p = &d->paras.v[i];
        size_t n = p->end - p->start;
        const char *t = s + p->start;
        if (p->kind == KIJI_PARA_HEADLINE && !d->title)
            d->title = kiji_arena_strndup(&d->arena, t, n);
        else if (p->kind == KIJI_PARA_BYLINE && !d->authors.n && is_byline(t, n))
            byline_authors(d, t, n);
        else if (p->kind == KIJI_PARA_DATELINE && !d->published) {
            kiji_date dt;
            if (kiji_parse_date(t, n, &dt)) {
                char buf[11];
                kiji_date_format(dt, buf);
                d->published = kiji_arena_strdup(&d->arena, buf);
            }
        }
    }
}
