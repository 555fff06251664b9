/*
 * repair.c: the pass machinery and the character-level repairs (stage
 * "repair" of the pipeline).  Each rule's comment shows the damage it exists
 * for and what it must leave alone; rule ids are stable (STYLE 6).
 */
#include <assert.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kiji/lexicon.h"
#include "kiji/repair.h"
#include "kiji/utf8.h"

/* ------------------------------------------------------------------ */
/* passes                                                              */

void kiji_pass_begin(kiji_pass *p, kiji_doc *d, const char *in, size_t len)
{
    p->doc = d;
    p->in = in;
    p->len = len;
    p->pos = 0;
    kiji_buf_init(&p->out);
    kiji_buf_grow(&p->out, len + len / 16 + 16);
    kiji_offmap_init(&p->map);
    p->first = d->repairs.n;
}

void kiji_pass_copy_to(kiji_pass *p, size_t to)
{
    assert(to >= p->pos && to <= p->len);
    if (to == p->pos)
        return;
    kiji_buf_put(&p->out, p->in + p->pos, to - p->pos);
    kiji_offmap_copy(&p->map, (uint32_t)(to - p->pos));
    p->pos = to;
}

/* Bytes for the log: valid UTF-8 as is, anything else as \xHH. */
static const char *log_bytes(kiji_arena *a, const char *s, size_t n)
{
    if (kiji_utf8_valid(s, n)) {
        kiji_buf b = KIJI_BUF_INIT;
        for (size_t i = 0; i < n; i++) {
            if (s[i] == '\n')
                kiji_buf_puts(&b, "\\n");
            else if (s[i] == '\0')
                kiji_buf_puts(&b, "\\0");
            else
                kiji_buf_putc(&b, s[i]);
        }
        char *r = kiji_arena_strndup(a, b.ptr, b.len);
        kiji_buf_free(&b);
        return r;
    }
    kiji_buf b = KIJI_BUF_INIT;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 0x20 && c < 0x7F)
            kiji_buf_putc(&b, c);
        else
            kiji_buf_printf(&b, "\\x%02X", c);
    }
    char *r = kiji_arena_strndup(a, b.ptr, b.len);
    kiji_buf_free(&b);
    return r;
}

void kiji_pass_edit(kiji_pass *p, size_t in_n, const char *out, size_t out_n,
                    const char *rule)
{
    assert(p->pos + in_n <= p->len);
    if (rule) {
        kiji_repair r;
        r.offset = (uint32_t)p->pos;
        r.clean_offset = (uint32_t)p->out.len;
        r.before = log_bytes(&p->doc->arena, p->in + p->pos, in_n);
        r.after = log_bytes(&p->doc->arena, out, out_n);
        r.rule = rule;
        KIJI_VEC_PUSH(p->doc->repairs, r);
    }
    kiji_buf_put(&p->out, out, out_n);
    kiji_offmap_edit(&p->map, (uint32_t)in_n, (uint32_t)out_n);
    p->pos += in_n;
}

void kiji_pass_end(kiji_pass *p)
{
    kiji_doc *d = p->doc;
    kiji_pass_copy_to(p, p->len);
    /* this pass's log: input offsets back to the reader's input */
    for (size_t i = p->first; i < d->repairs.n; i++)
        d->repairs.v[i].offset = kiji_offmap_to_in(&d->map, d->repairs.v[i].offset, false);
    /* earlier passes' clean offsets forward through this pass */
    for (size_t i = 0; i < p->first; i++)
        d->repairs.v[i].clean_offset =
            kiji_offmap_to_out(&p->map, d->repairs.v[i].clean_offset, false);
    for (size_t i = 0; i < d->paras.n; i++) {
        d->paras.v[i].start = kiji_offmap_to_out(&p->map, d->paras.v[i].start, false);
        d->paras.v[i].end = kiji_offmap_to_out(&p->map, d->paras.v[i].end, true);
    }
    kiji_offmap composed;
    kiji_offmap_compose(&p->map, &d->map, &composed);
    kiji_offmap_free(&d->map);
    kiji_offmap_free(&p->map);
    d->map = composed;
    /* the pass read either doc->input (kept) or the old doc->text (freed) */
    kiji_buf old = d->text;
    d->text = p->out;
    kiji_buf_free(&old);
    kiji_buf_init(&p->out);
}

/* ------------------------------------------------------------------ */
/* decoding                                                            */

static const uint16_t cp1252_hi[32] = {
    0x20AC, 0x81,   0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D,   0x017D, 0x8F,
    0x90,   0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D,   0x017E, 0x0178};

int32_t kiji_cp1252(unsigned char b)
{
    if (b >= 0x80 && b < 0xA0)
        return cp1252_hi[b - 0x80];
    return b;
}

/* The byte a code point stands for in Windows-1252 (or Latin-1), or -1. */
static int cp1252_byte(int32_t cp)
{
    if (cp >= 0xA0 && cp <= 0xFF)
        return (int)cp;
    if (cp >= 0x80 && cp < 0xA0)
        return (int)cp; /* C1 controls: Latin-1 reading of undefined bytes */
    for (int i = 0; i < 32; i++)
        if (cp1252_hi[i] == cp)
            return 0x80 + i;
    return -1;
}

/*
 * Decode pass: the reader's bytes into valid UTF-8 with LF line ends.
 * - A UTF-8 BOM is dropped (encoding.bom).
 * - Each byte that is not part of valid UTF-8 is read as Windows-1252
 *   (encoding.cp1252): Latin-1 files and stray bytes in mixed files both
 *   come out right; valid UTF-8 is never touched.
 * - CRLF and CR become LF, silently (not a change of content).
 * - NUL and other C0 controls but TAB and LF are dropped (control.drop).
 */
static void pass_decode(kiji_doc *d)
{
    kiji_pass p;
    kiji_pass_begin(&p, d, d->input.ptr, d->input.len);
    const char *s = d->input.ptr;
    size_t n = d->input.len, i = 0;
    if (n >= 3 && !memcmp(s, "\xEF\xBB\xBF", 3)) {
        kiji_pass_edit(&p, 3, "", 0, "encoding.bom");
        i = 3;
    }
    while (i < n) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 0x20 && c < 0x80) {
            i++;
            continue;
        }
        if (c == '\n' || c == '\t') {
            i++;
            continue;
        }
        kiji_pass_copy_to(&p, i);
        if (c == '\r') {
            bool crlf = i + 1 < n && s[i + 1] == '\n';
            kiji_pass_edit(&p, crlf ? 2 : 1, "\n", 1, NULL);
            i += crlf ? 2 : 1;
            continue;
        }
        if (c < 0x20 || c == 0x7F) {
            size_t j = i;
            while (j < n && ((unsigned char)s[j] < 0x20 || s[j] == 0x7F) && s[j] != '\n' &&
                   s[j] != '\t' && s[j] != '\r')
                j++;
            kiji_pass_edit(&p, j - i, "", 0, "control.drop");
            i = j;
            continue;
        }
        size_t len;
        if (kiji_utf8_decode(s + i, n - i, &len) >= 0) {
            i += len;
            continue;
        }
        kiji_buf b = KIJI_BUF_INIT;
        kiji_buf_put_utf8(&b, kiji_cp1252(c));
        kiji_pass_edit(&p, 1, b.ptr, b.len, "encoding.cp1252");
        kiji_buf_free(&b);
        i++;
    }
    kiji_pass_end(&p);
}

/* ------------------------------------------------------------------ */
/* characters                                                          */

/*
 * Mojibake: UTF-8 that was read as Windows-1252 and written out again as
 * UTF-8, e.g. "â€™" for "’", "â€œ" for "“", "Ã©" for "é".  A lead character
 * (Â..ô, the Latin-1 reading of a UTF-8 lead byte) followed by as many
 * characters standing for continuation bytes as the lead asks, which together
 * decode to one valid code point, is put back.  Left alone: "Ã" followed by
 * anything that is not a continuation byte ("SÃO PAULO" stays).
 * Returns the input bytes consumed and the code point in *cp, or 0.
 */
static size_t mojibake_at(const char *s, size_t n, int32_t *cp)
{
    size_t len;
    int32_t c0 = kiji_utf8_decode(s, n, &len);
    if (c0 < 0xC2 || c0 > 0xF4)
        return 0;
    size_t need = c0 <= 0xDF ? 1 : c0 <= 0xEF ? 2 : 3;
    unsigned char bytes[4];
    bytes[0] = (unsigned char)c0;
    size_t pos = len;
    for (size_t k = 1; k <= need; k++) {
        size_t l;
        int32_t c = kiji_utf8_decode(s + pos, n - pos, &l);
        int b = cp1252_byte(c);
        /* "â€" then no third character: the ” whose 0x9D Windows-1252
         * lacks was dropped on the way */
        if ((b < 0x80 || b > 0xBF) && k == 2 && c0 == 0xE2 && bytes[1] == 0x80) {
            *cp = 0x201D;
            return pos;
        }
        if (b < 0x80 || b > 0xBF)
            return 0;
        bytes[k] = (unsigned char)b;
        pos += l;
    }
    size_t l;
    int32_t r = kiji_utf8_decode((const char *)bytes, need + 1, &l);
    if (r < 0 || l != need + 1)
        return 0;
    *cp = r;
    return pos;
}

static const char *ligature(int32_t cp, const char **rule)
{
    switch (cp) {
    case 0xFB00: *rule = "ligature.ff"; return "ff";
    case 0xFB01: *rule = "ligature.fi"; return "fi";
    case 0xFB02: *rule = "ligature.fl"; return "fl";
    case 0xFB03: *rule = "ligature.ffi"; return "ffi";
    case 0xFB04: *rule = "ligature.ffl"; return "ffl";
    case 0xFB05: *rule = "ligature.st"; return "st";
    case 0xFB06: *rule = "ligature.st"; return "st";
    default: return NULL;
    }
}

static bool zero_width(int32_t cp)
{
    return cp == 0x200B || cp == 0x200C || cp == 0x200D || cp == 0x2060 || cp == 0xFEFF ||
           cp == 0x180E;
}

static bool odd_space(int32_t cp)
{
    return cp == 0xA0 || cp == 0x202F || cp == 0x205F || cp == 0x3000 ||
           (cp >= 0x2000 && cp <= 0x200A);
}

/*
 * Character pass: mojibake, ligature code points (U+FB00..FB06), soft hyphens,
 * zero-width characters and odd spaces.  A soft hyphen at a line end joins
 * the word across the break ("govern\u00AD\nment" -> "government",
 * dehyph.soft); elsewhere it is dropped (softhyphen).
 */
static void pass_chars(kiji_doc *d)
{
    kiji_pass p;
    kiji_pass_begin(&p, d, d->text.ptr, d->text.len);
    const char *s = p.in;
    size_t n = p.len, i = 0;
    kiji_buf tmp = KIJI_BUF_INIT;
    while (i < n) {
        if ((unsigned char)s[i] < 0x80) {
            i++;
            continue;
        }
        size_t len;
        int32_t cp = kiji_utf8_decode(s + i, n - i, &len);
        const char *rule = NULL;
        const char *lig;
        int32_t fixed;
        size_t m;
        if ((m = mojibake_at(s + i, n - i, &fixed)) > 0) {
            /* a second round catches double encoding ("Ã¢â‚¬â„¢") */
            kiji_buf_clear(&tmp);
            kiji_buf_put_utf8(&tmp, fixed);
            kiji_pass_copy_to(&p, i);
            kiji_pass_edit(&p, m, tmp.ptr, tmp.len, "mojibake.cp1252");
            i += m;
        } else if ((lig = ligature(cp, &rule)) != NULL) {
            kiji_pass_copy_to(&p, i);
            kiji_pass_edit(&p, len, lig, strlen(lig), rule);
            i += len;
        } else if (cp == 0xAD) {
            size_t j = i + len;
            while (j < n && (s[j] == ' ' || s[j] == '\t'))
                j++;
            kiji_pass_copy_to(&p, i);
            if (j < n && s[j] == '\n') {
                while (j < n && (s[j] == '\n' || s[j] == ' ' || s[j] == '\t'))
                    j++;
                kiji_pass_edit(&p, j - i, "", 0, "dehyph.soft");
                i = j;
            } else {
                kiji_pass_edit(&p, len, "", 0, "softhyphen");
                i += len;
            }
        } else if (zero_width(cp)) {
            kiji_pass_copy_to(&p, i);
            kiji_pass_edit(&p, len, "", 0, "zerowidth");
            i += len;
        } else if (odd_space(cp)) {
            kiji_pass_copy_to(&p, i);
            kiji_pass_edit(&p, len, " ", 1, "space.nbsp");
            i += len;
        } else if (cp == 0x2028 || cp == 0x2029) {
            kiji_pass_copy_to(&p, i);
            kiji_pass_edit(&p, len, cp == 0x2029 ? "\n\n" : "\n", cp == 0x2029 ? 2 : 1,
                           "space.separator");
            i += len;
        } else {
            i += len;
        }
    }
    kiji_buf_free(&tmp);
    kiji_pass_end(&p);
}

void kiji_repair_chars(kiji_doc *d)
{
    pass_decode(d);
    pass_chars(d);
    /* double-encoded mojibake needs the second round on the result */
    if (strstr(d->text.ptr, "\xC3\xA2\xE2\x82\xAC") || strstr(d->text.ptr, "\xC3\x83"))
        pass_chars(d);
}

/* ------------------------------------------------------------------ */
/* the Th glyph                                                        */

/*
 * A PDF font's "Th" ligature comes out of text extraction as a straight double
 * quote: "e meeting" for "The meeting", “"e addition” for “The addition”.
 * Real quotations open with the same character, so each straight quote that
 * opens a run of lower-case letters REST is judged on evidence:
 *   - "th"+REST a word and REST not (e, ese, ey, ursday): the glyph, wherever
 *     it stands;
 *   - both words (is/This, at/That, in/Thin): the glyph at a sentence start
 *     (a quotation opening a sentence starts with a capital) unless the mark
 *     pairs with a closing one around a short term ("rough sleepers" is...);
 *     mid-sentence only when no closing mark pairs with it (a partial quote
 *     closes in its paragraph: said "under manager X is Thunder's manager);
 *   - neither a word (anakorn, ornbury, i): an unknown name (Thanakorn,
 *     Thornbury, Thi), when no closing mark pairs with it: a quotation does
 *     not open on a non-word;
 *   - REST a word, "th"+REST not: the glyph only unpaired inside a name
 *     (Udon "ani for Udon Thani);
 *   - a one-letter REST before a hyphen is a prefix ("e-commerce"): left.
 * The mark is a candidate only where an opening quote could stand: after a
 * space, a line start, an opening bracket or an opening quote.  Closing marks
 * (straight or curly) pair with the nearest opening mark before them; certain
 * glyphs stay out of the pairing.
 */

typedef struct {
    size_t pos;        /* offset of the mark in the paragraph text */
    bool opener, closer;
    int cand;          /* 0 none, 1 judged after pairing, 2 certain glyph */
    bool upper;        /* all-caps word: repair with "TH" */
    bool paired;
    size_t pair_end;   /* offset of its closing mark when paired */
    unsigned th_flags; /* dictionary flags of "th"+REST */
    bool rest_word;    /* REST is a word */
    bool name_ctx;     /* a capitalised word right before or after */
    bool after_open;   /* right after an opening quote: “"e, ""is */
} mark;

static bool sentence_start_before(const char *s, size_t pos)
{
    size_t i = pos;
    /* skip opening quotes and brackets right before the mark */
    for (;;) {
        if (!i)
            return true;
        size_t st;
        int32_t cp = kiji_utf8_prev(s, i, &st);
        /* a straight quote counts as opening when a space or the start is
         * before it ("" "is is" is a quote opening on the glyph) */
        if (kiji_cp_is_open_quote(cp) || cp == '(' || cp == '[' ||
            (cp == '"' && (st == 0 || s[st - 1] == ' ' || s[st - 1] == '\n'))) {
            i = st;
            continue;
        }
        break;
    }
    size_t spaces = 0;
    while (i && (s[i - 1] == ' ' || s[i - 1] == '\n' || s[i - 1] == '\t'))
        i--, spaces++;
    if (!i)
        return true;
    if (!spaces)
        return false;
    /* the sentence before ends with . ? ! possibly inside closing quotes */
    for (;;) {
        size_t st;
        int32_t cp = kiji_utf8_prev(s, i, &st);
        if (kiji_cp_is_close_quote(cp) || cp == '"' || cp == ')' || cp == '\'') {
            i = st;
            if (!i)
                return false;
            continue;
        }
        return cp == '.' || cp == '?' || cp == '!';
    }
}

static bool word_char(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* Is there a capitalised word right before s[pos] (same sentence) or right
 * after the word ending at s[end]? */
static bool capital_around(const char *s, size_t n, size_t pos, size_t end)
{
    size_t k = end;
    while (k < n && s[k] == ' ')
        k++;
    if (k < n && s[k] >= 'A' && s[k] <= 'Z')
        return true;
    if (sentence_start_before(s, pos))
        return false;
    k = pos;
    while (k && s[k - 1] == ' ')
        k--;
    size_t e = k;
    while (k && word_char((unsigned char)s[k - 1]))
        k--;
    return e > k && s[k] >= 'A' && s[k] <= 'Z';
}

/* Judge the mark at s[pos] (a '"'); fill m. */
static void judge(const char *s, size_t n, size_t pos, mark *m)
{
    memset(m, 0, sizeof *m);
    m->pos = pos;
    size_t st;
    int32_t prev = pos ? kiji_utf8_prev(s, pos, &st) : ' ';
    size_t l;
    int32_t next = pos + 1 < n ? kiji_utf8_decode(s + pos + 1, n - pos - 1, &l) : ' ';
    bool prev_open = kiji_cp_is_space(prev) || prev == '(' || prev == '[' ||
                     kiji_cp_is_open_quote(prev) || kiji_cp_is_dash(prev) || prev == '/' ||
                     /* a straight opening quote right before: ""is */
                     (prev == '"' && (st == 0 || kiji_cp_is_space((unsigned char)s[st - 1])));
    bool next_space = kiji_cp_is_space(next) || next == ',' || next == '.' || next == ';' ||
                      next == ':' || next == ')' || next == '?' || next == '!' ||
                      kiji_cp_is_dash(next);
    m->opener = prev_open && !kiji_cp_is_space(next);
    m->after_open = pos > 0 && (kiji_cp_is_open_quote(prev) || prev == '"');
    m->closer = !prev_open && (next_space || pos + 1 >= n);
    if (!m->opener || !kiji_cp_is_letter(next))
        return;
    /* REST: the letters after the mark, any alphabet ("érèse" is Thérèse) */
    size_t a = pos + 1, b = a;
    bool lower = true, upper = true, ascii = true;
    while (b < n) {
        size_t cl;
        int32_t cp = kiji_utf8_decode(s + b, n - b, &cl);
        if (!kiji_cp_is_letter(cp))
            break;
        if (kiji_cp_is_upper(cp))
            lower = false;
        else
            upper = false;
        ascii &= cp < 0x80;
        b += cl;
    }
    size_t rn = b - a;
    if (rn > 40 || (!lower && !upper))
        return;
    if (upper) {
        /* all caps: only inside an all-caps run ("E JAPAN TIMES") */
        size_t k = b;
        while (k < n && s[k] == ' ')
            k++;
        size_t w = k;
        while (w < n && s[w] >= 'A' && s[w] <= 'Z')
            w++;
        if (w - k < 2 || (w < n && s[w] >= 'a' && s[w] <= 'z'))
            return;
        m->upper = true;
    }
    if (b < n && s[b] == '-' && rn == 1)
        return; /* e-commerce, x-ray */
    char th[48];
    th[0] = 't';
    th[1] = 'h';
    for (size_t k = 0; k < rn; k++)
        th[2 + k] = (char)(s[a + k] | 0x20);
    /* the dictionary is ASCII: a word with other letters is a name */
    m->th_flags = ascii ? kiji_word_flags(th, rn + 2) : 0;
    m->rest_word = ascii && kiji_is_word(s + a, rn);
    m->name_ctx = capital_around(s, n, pos, b);
    m->cand = m->th_flags && !m->rest_word ? 2 : 1;
}

/* Does the quoted stretch s[a..b) read as a term rather than speech: short
 * and not ending in punctuation? */
static bool term_like(const char *s, size_t a, size_t b)
{
    if (b <= a)
        return false;
    size_t words = 1;
    for (size_t k = a; k < b; k++)
        if (s[k] == ' ')
            words++;
    char last = s[b - 1];
    return words <= 3 && last != ',' && last != '.' && last != '?' && last != '!';
}

/* The glyph or a quotation, for a mark judged after pairing. */
static bool glyph_after_pairing(const char *s, bool headline, const mark *m)
{
    /* the first word of a quotation: the glyph, as at a sentence start */
    if (m->after_open && m->th_flags)
        return true;
    bool start = headline || sentence_start_before(s, m->pos);
    if (m->th_flags && m->rest_word) {
        if (start)
            return !(m->paired && term_like(s, m->pos + 1, m->pair_end));
        /* mid-sentence, a quotation opening on a lower-case word is a
         * partial quote, and those close in their paragraph */
        return !m->paired;
    }
    if (!m->rest_word)
        return !m->paired; /* an unknown name */
    return !m->paired && m->name_ctx;
}

/* Decide the marks of paragraph s[0..n): cand becomes 2 for the glyph. */
static void decide_paragraph(const char *s, bool headline, mark *marks, size_t nm)
{
    /* pair openers and closers, certain glyphs aside */
    size_t *stack = kiji_xmalloc((nm + 1) * sizeof *stack);
    size_t top = 0;
    for (size_t i = 0; i < nm; i++) {
        mark *m = &marks[i];
        /* certain glyphs, and a candidate right after an opening quote
         * (the closing mark is that quote's), stay out of the pairing */
        if (m->cand == 2 || (m->cand == 1 && m->after_open))
            continue;
        if (m->closer && top) {
            mark *o = &marks[stack[--top]];
            o->paired = true;
            o->pair_end = m->pos;
            m->paired = true;
        } else if (m->opener) {
            stack[top++] = i;
        }
    }
    free(stack);
    for (size_t i = 0; i < nm; i++)
        if (marks[i].cand == 1)
            marks[i].cand = glyph_after_pairing(s, headline, &marks[i]) ? 2 : 0;
}

void kiji_repair_glyphs(kiji_doc *d)
{
    const char *s = d->text.ptr;
    size_t n = d->text.len;
    if (!memchr(s, '"', n))
        return; /* no straight quote, no glyph */
    kiji_pass p;
    kiji_pass_begin(&p, d, s, n);
    KIJI_VEC(mark) marks = {0};
    for (size_t pi = 0; pi < d->paras.n; pi++) {
        size_t a = d->paras.v[pi].start, b = d->paras.v[pi].end;
        bool headline = d->paras.v[pi].kind == KIJI_PARA_HEADLINE;
        marks.n = 0;
        for (size_t k = a; k < b; k++) {
            mark m;
            if (s[k] == '"') {
                judge(s + a, b - a, k - a, &m);
            } else if ((unsigned char)s[k] == 0xE2 && k + 2 < b && (unsigned char)s[k + 1] == 0x80 &&
                       ((unsigned char)s[k + 2] == 0x9C || (unsigned char)s[k + 2] == 0x9D)) {
                /* “ and ” take part in the pairing only */
                memset(&m, 0, sizeof m);
                m.pos = k - a;
                m.opener = (unsigned char)s[k + 2] == 0x9C;
                m.closer = !m.opener;
            } else {
                continue;
            }
            KIJI_VEC_PUSH(marks, m);
        }
        if (!marks.n)
            continue;
        decide_paragraph(s + a, headline, marks.v, marks.n);
        for (size_t i = 0; i < marks.n; i++) {
            if (marks.v[i].cand != 2)
                continue;
            kiji_pass_copy_to(&p, a + marks.v[i].pos);
            kiji_pass_edit(&p, 1, marks.v[i].upper ? "TH" : "Th", 2, "glyph.th");
        }
    }
    KIJI_VEC_FREE(marks);
    kiji_pass_end(&p);
}
