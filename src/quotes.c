/*
 * quotes.c: quotations, reported speech and their speakers (stage "quotes").
 * Four passes over the body paragraphs, each linear in tokens (plus binary
 * searches): pair the quote marks into spans; find the cue words outside
 * them ("said", "told", "according to") and the words that name a speaker by
 * the grammar around each cue; give every quote its kind and speaker; turn
 * cue clauses without marks into indirect quotes.  A speaker's words are
 * linked to doc->entities through the mention that overlaps them, so the
 * stored name is the entity's full canonical one; without a mention, the
 * capitalised words themselves stand in.  Reads the document; writes
 * doc->quotes only (strings in the document's arena).
 */
#include <assert.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "kiji/entities.h"
#include "kiji/lexicon.h"
#include "kiji/quotes.h"
#include "kiji/utf8.h"

#include "gen/cues.inc"
#include "gen/quote_nouns.inc"

/* The given names of the entities stage (data/given_names.txt): where a
 * person's name starts after a role's words. */
extern const kiji_lexicon kiji_lex_given_names;

/* No reported clause is longer than this many tokens; a run-on "sentence"
 * of cue after cue (damaged text) then costs linear time, not quadratic. */
#define MAX_CLAUSE 240u

/* ------------------------------------------------------------------ */
/* word classes from the two lexicons                                  */

enum {
    C_SAY = 1u << 0,
    C_TELL = 1u << 1,
    C_THAT = 1u << 2,
    C_WEAK = 1u << 3,
    C_ASK = 1u << 4,
    C_ACCORDING = 1u << 5,
    C_NAMING = 1u << 6,
    C_SKIP = 1u << 7,
    C_DET = 1u << 8,
    C_STOP = 1u << 9,
    C_ARTICLE = 1u << 10,
    C_BASE = 1u << 11, /* (computed) the bare form of a cue verb: "state" */
    C_BARE = 1u << 12, /* a "that" verb that may drop "that": "added the ..." */
    C_FRAME = 1u << 13, /* names who stands behind quoted words, reports nothing */
    C_OBJECT = 1u << 14, /* a listener may come before "that": "warned investors that" */
    C_CUE = C_SAY | C_TELL | C_THAT | C_WEAK | C_ASK | C_ACCORDING | C_FRAME,
};

enum {
    N_PERSON = 1u << 0,
    N_PEOPLE = 1u << 1,
    N_ORG = 1u << 2,
    N_DOC = 1u << 3,
    N_TITLE = 1u << 4,
    N_THING = 1u << 5,
    N_NAME = 1u << 6,
    N_PARTICLE = 1u << 7,
    N_CORP = 1u << 8, /* a word that ends a company's name: "Partners", "Holdings" */
    N_SPEAKER = N_PERSON | N_PEOPLE | N_ORG | N_DOC,
};

static unsigned tag_bits(const char *tag)
{
    static const struct {
        const char *name;
        unsigned bit;
    } tab[] = {
        {"say", C_SAY},         {"tell", C_TELL},     {"that", C_THAT},   {"weak", C_WEAK},
        {"ask", C_ASK},         {"according", C_ACCORDING},               {"naming", C_NAMING},
        {"skip", C_SKIP},       {"det", C_DET},       {"article", C_ARTICLE},
        {"stop", C_STOP},       {"bare", C_BARE},     {"frame", C_FRAME},
        {"object", C_OBJECT},
        {"person", N_PERSON},   {"people", N_PEOPLE}, {"org", N_ORG},     {"doc", N_DOC},
        {"title", N_TITLE},     {"thing", N_THING},   {"name", N_NAME},
        {"particle", N_PARTICLE}, {"corp", N_CORP},
    };
    unsigned bits = 0;
    while (*tag) {
        size_t n = strcspn(tag, " ");
        for (size_t i = 0; i < sizeof tab / sizeof *tab; i++)
            if (strlen(tab[i].name) == n && !memcmp(tab[i].name, tag, n))
                bits |= tab[i].bit;
        tag += n;
        while (*tag == ' ')
            tag++;
    }
    return bits;
}

/* ------------------------------------------------------------------ */
/* the working state of one run                                        */

/* A pair of quote marks at the top level (nested marks stay inside). */
typedef struct {
    uint32_t open, close; /* token indices of the marks; close is one past
                             the paragraph's last token when the closing
                             mark was lost */
    uint32_t start, end;  /* the quoted words, without the marks */
    bool multi;           /* runs over paragraphs */
    bool lost;            /* no closing mark: closed at the paragraph's end */
    bool joined;          /* runs over a paragraph break with no mark to
                             reopen it: a break the layout made, one quote */
} qspan;

enum { SK_NONE, SK_NAME, SK_PRON, SK_GROUP };
enum { F_NORMAL, F_INVERTED, F_PART_AFTER, F_PART_INIT, F_ACCORDING };
/* speaker classes, for pronouns: he/she, they, it; a name no entity
 * knows may be either; a place ("Kabul said") speaks, but no pronoun
 * stands for it */
enum { SC_PERSON, SC_PEOPLE, SC_ORG, SC_UNKNOWN, SC_PLACE };

typedef struct {
    int entity;
    const char *name; /* arena */
    uint32_t ms, me;  /* the words that named it (bytes) */
    uint8_t gender;   /* 'm', 'f' or 0 */
    uint8_t cls;      /* SC_* */
    const char *how;  /* how the words became the name, or NULL */
    float conf;
    uint32_t pos;     /* token where it was named (recency) */
    kiji_str head;    /* a group's head noun ("spokesperson"), for "the
                         spokesperson" later; empty otherwise */
} speaker;

/* A cue word outside quotes, with the speaker its grammar names. */
typedef struct {
    uint32_t cue, cue_end; /* tokens of the cue ("according to": two) */
    uint32_t sent;
    unsigned cls;          /* C_* of the cue */
    uint8_t form;          /* F_* */
    uint8_t sk;            /* SK_* */
    uint32_t sp0, sp1;     /* speaker tokens */
    uint32_t lo, hi;       /* tokens the attribution takes (speaker .. cue) */
    uint32_t clause_end;   /* F_PART_INIT: the comma that ends its clause */
    bool resolved, has;
    bool quoted;           /* it attributes the quote just before it */
    speaker sp;
} cue_rec;

typedef struct {
    kiji_doc *d;
    const char *s;
    const kiji_token *T;
    uint32_t nt;
    int32_t *inq;     /* per token: index of the quote holding it, or -1 */
    uint32_t *tsent;  /* per token: its sentence */
    uint32_t *ptok0, *ptok1; /* per paragraph: its tokens */
    uint8_t *pure;           /* per paragraph: all quote (2), not (1), unknown (0) */
    KIJI_VEC(qspan) qs;
    KIJI_VEC(cue_rec) rec;
    KIJI_VEC(speaker) hist; /* speakers in the order they were named */
    /* PERSON entities with a full name, by last word: surname look-ups */
    struct sname {
        const char *w;
        uint32_t n;
        int entity;  /* or -1: a name run of the text (no entities) */
        uint32_t a, b; /* the run's tokens when entity < 0 */
    } *sn;
    size_t nsn;
    bool sn_built;
    uint16_t *cb;  /* per token: C_* classes */
    uint16_t *nb;  /* per token: N_* classes */
    kiji_span *tx; /* the dates' spans, sorted: "In October, ..." is no subject */
    size_t ntx;
    kiji_buf tmp;
} ctx;

/* used before their definitions */
static bool title_tok(const ctx *c, uint32_t k);
static int mention_at(const ctx *c, uint32_t a, uint32_t b);
static uint32_t tok_of(const ctx *c, uint32_t off);
static uint32_t role_tail(const ctx *c, uint32_t a, uint32_t b);
static bool in_date(const ctx *c, uint32_t t);
static uint8_t ent_cls(const kiji_entity *E);

/* ------------------------------------------------------------------ */
/* tokens                                                              */

static kiji_str tok(const ctx *c, uint32_t i)
{
    return kiji_str_make(c->s + c->T[i].start, c->T[i].end - c->T[i].start);
}

static bool tok_is(const ctx *c, uint32_t i, const char *w)
{
    size_t n = strlen(w);
    return i < c->nt && c->T[i].end - c->T[i].start == n &&
           !strncasecmp(c->s + c->T[i].start, w, n);
}

static int32_t tok_cp(const ctx *c, uint32_t i)
{
    size_t l;
    return kiji_utf8_decode(c->s + c->T[i].start, c->T[i].end - c->T[i].start, &l);
}

static bool is_word(const ctx *c, uint32_t i)
{
    return i < c->nt && c->T[i].kind == KIJI_TOK_WORD;
}

static bool is_punct(const ctx *c, uint32_t i, int32_t cp)
{
    return i < c->nt && c->T[i].kind == KIJI_TOK_PUNCT && tok_cp(c, i) == cp;
}

static bool is_dash(const ctx *c, uint32_t i)
{
    if (i >= c->nt || c->T[i].kind != KIJI_TOK_PUNCT)
        return false;
    int32_t cp = tok_cp(c, i);
    return cp == 0x2014 || cp == 0x2013 || cp == '-';
}

static bool is_sep(const ctx *c, uint32_t i)
{
    return is_punct(c, i, ',') || is_dash(c, i) || is_punct(c, i, ';');
}

static bool is_sentence_end(const ctx *c, uint32_t i)
{
    return is_punct(c, i, '.') || is_punct(c, i, '!') || is_punct(c, i, '?');
}

/* A word that may be part of a name: capitalised, or a particle or
 * prefix before a capital inside the word ("al-Assad", "d'Estaing"). */
static bool is_name_tok(const ctx *c, uint32_t i)
{
    if (!is_word(c, i))
        return false;
    if (c->T[i].flags & KIJI_TF_CAP)
        return true;
    kiji_str w = tok(c, i);
    for (size_t k = 1; k + 1 < w.len; k++)
        if ((w.ptr[k] == '-' || w.ptr[k] == '\'') && w.ptr[k + 1] >= 'A' && w.ptr[k + 1] <= 'Z')
            return true;
    return false;
}

static unsigned lex_bits(const kiji_lexicon *lx, const char *p, size_t n)
{
    long v = kiji_lex_get(lx, p, n);
    return v < 0 ? 0 : tag_bits(lx->tags[v]);
}

/* Classes of the cue lexicon's longest entry at token i (up to three
 * words: "according to", "pointed out", "referred to as"); *ntok gets its
 * length in tokens. */
static unsigned cue_at(ctx *c, uint32_t i, uint32_t *ntok)
{
    *ntok = 0;
    if (!is_word(c, i))
        return 0;
    kiji_str w = tok(c, i);
    unsigned best = lex_bits(&kiji_lex_cues, w.ptr, w.len);
    if (best)
        *ntok = 1;
    if (!kiji_lex_has_prefix(&kiji_lex_cues, w.ptr, w.len))
        return best;
    kiji_buf_clear(&c->tmp);
    kiji_buf_put(&c->tmp, w.ptr, w.len);
    for (uint32_t k = 1; k < 3 && i + k < c->nt && is_word(c, i + k); k++) {
        kiji_str x = tok(c, i + k);
        kiji_buf_putc(&c->tmp, ' ');
        kiji_buf_put(&c->tmp, x.ptr, x.len);
        unsigned b = lex_bits(&kiji_lex_cues, c->tmp.ptr, c->tmp.len);
        if (b) {
            best = b;
            *ntok = k + 1;
        }
        if (!kiji_lex_has_prefix(&kiji_lex_cues, c->tmp.ptr, c->tmp.len))
            break;
    }
    return best;
}

static unsigned lookup_cue(const ctx *c, uint32_t i)
{
    kiji_str w = tok(c, i);
    long v = kiji_lex_get(&kiji_lex_cues, w.ptr, w.len);
    if (v < 0)
        return 0;
    unsigned b = tag_bits(kiji_lex_cues.tags[v]);
    const char *canon = kiji_lex_cues.canon[v];
    if ((b & C_CUE) && strlen(canon) == w.len && !strncasecmp(canon, w.ptr, w.len))
        b |= C_BASE;
    return b;
}

/* Noun classes of token i; a possessive ('s) is looked up without it. */
static unsigned lookup_noun(const ctx *c, uint32_t i)
{
    kiji_str w = tok(c, i);
    unsigned b = lex_bits(&kiji_lex_quote_nouns, w.ptr, w.len);
    if (!b && w.len > 3 && (w.ptr[w.len - 1] | 32) == 's' && w.ptr[w.len - 2] == '\'')
        b = lex_bits(&kiji_lex_quote_nouns, w.ptr, w.len - 2);
    if (!b && w.len > 5 && (w.ptr[w.len - 1] | 32) == 's' &&
        !memcmp(w.ptr + w.len - 4, "\xE2\x80\x99", 3))
        b = lex_bits(&kiji_lex_quote_nouns, w.ptr, w.len - 4);
    if (!b && w.len > 4 && w.len < 40 && (w.ptr[w.len - 1] | 32) == 's' &&
        (w.ptr[w.len - 2] | 32) != 's') {
        /* the plural of a person or an institution is a group ("aid
         * agencies say", "nurses said"), whatever the list spells out */
        char sg[40];
        size_t n = w.len - 1;
        memcpy(sg, w.ptr, n);
        if (n > 3 && (sg[n - 1] | 32) == 'e' && (sg[n - 2] | 32) == 'i') {
            sg[n - 2] = 'y'; /* agencies -> agency */
            n--;
        }
        unsigned s = lex_bits(&kiji_lex_quote_nouns, sg, n);
        if (!s && n > 3 && (sg[n - 1] | 32) == 'e' && ((sg[n - 2] | 32) == 's' ||
                                                       (sg[n - 2] | 32) == 'h'))
            s = lex_bits(&kiji_lex_quote_nouns, sg, n - 1); /* coaches -> coach */
        if (s & (N_PERSON | N_ORG))
            b = N_PEOPLE;
    }
    return b;
}

/* The classes of every word are looked up once (the grammar asks often). */
static unsigned cue_bits(const ctx *c, uint32_t i)
{
    return i < c->nt ? c->cb[i] : 0;
}

static unsigned noun_bits(const ctx *c, uint32_t i)
{
    return i < c->nt ? c->nb[i] : 0;
}

static bool is_pronoun(const ctx *c, uint32_t i)
{
    return tok_is(c, i, "he") || tok_is(c, i, "she") || tok_is(c, i, "they") ||
           tok_is(c, i, "it");
}

static bool is_participle(const ctx *c, uint32_t i)
{
    kiji_str w = tok(c, i);
    return w.len > 4 && !strncasecmp(w.ptr + w.len - 3, "ing", 3);
}

/* Token i is one of the words of the NULL-terminated list, any case. */
static bool tok_in(const ctx *c, uint32_t i, const char *const *list)
{
    for (int k = 0; list[k]; k++)
        if (tok_is(c, i, list[k]))
            return true;
    return false;
}

/* A finite verb form that marks a clause: an auxiliary or a modal. */
static bool finite_aux(const ctx *c, uint32_t i)
{
    static const char *const w[] = {"is", "are", "was", "were", "will", "would", "could", "can",
                                    "should", "must", "may", "might", "had", "has", "have",
                                    "did", "does", "do", "shall", "won't", "wasn't", "isn't",
                                    "wouldn't", "couldn't", "hadn't", "didn't", NULL};
    return tok_in(c, i, w);
}

/* Do the words from token k read as a clause with a subject and a verb of
 * its own ("the vote would be close", "he knew nothing") rather than a
 * noun phrase ("rival amendments to the draft")?  A verb that reports
 * a clause without "that" only now and then ("added", "insisted") reports
 * it only then: a pronoun subject, or an auxiliary a few words on. */
static bool clause_like(const ctx *c, uint32_t k, uint32_t se)
{
    if (k >= se || !is_word(c, k) || c->inq[k] >= 0)
        return false;
    static const char *const pron[] = {"he", "she", "they", "we", "i", "you", "it", "there",
                                       NULL};
    if (tok_in(c, k, pron))
        return k + 1 < se && is_word(c, k + 1) &&
                   (!(cue_bits(c, k + 1) & C_STOP) || finite_aux(c, k + 1));
    for (uint32_t t = k + 1; t < se && t < k + 8; t++) {
        if (c->inq[t] >= 0 || is_punct(c, t, ',') || is_sentence_end(c, t))
            return false;
        if (finite_aux(c, t))
            return true;
    }
    return false;
}

/* The sentence-start word of a name that is an ordinary word ("Meanwhile
 * Lima said", "The Pentagon said"): not part of the name. */
static bool start_word(const ctx *c, uint32_t i)
{
    if (!(c->T[i].flags & KIJI_TF_SSTART))
        return false;
    kiji_str w = tok(c, i);
    unsigned f = kiji_word_flags(w.ptr, w.len);
    if (cue_bits(c, i) & (C_DET | C_STOP | C_SKIP))
        return true;
    return (f & KIJI_W_LOWER) && !(f & KIJI_W_CAPITAL) && !(noun_bits(c, i) & N_TITLE);
}

/* ------------------------------------------------------------------ */
/* pass 1: quote marks                                                 */

enum { Q_DOUBLE = 1, Q_STRAIGHT = 2, Q_SINGLE = 4 };

static int32_t cp_before(const ctx *c, uint32_t off, uint32_t floor)
{
    if (off <= floor)
        return ' ';
    size_t st;
    return kiji_utf8_prev(c->s, off, &st);
}

static int32_t cp_after(const ctx *c, uint32_t off, uint32_t ceil)
{
    if (off >= ceil)
        return ' ';
    size_t l;
    return kiji_utf8_decode(c->s + off, ceil - off, &l);
}

static bool is_quote_cp(int32_t cp)
{
    return cp == '"' || cp == '\'' || kiji_cp_is_open_quote(cp) || kiji_cp_is_close_quote(cp);
}

/* Space-like on the outside of an opening mark: the line's start, white
 * space, an opening bracket, a dash, a slash or another mark. */
static bool open_side(int32_t cp)
{
    return kiji_cp_is_space(cp) || cp == '(' || cp == '[' || cp == '/' || kiji_cp_is_dash(cp) ||
           is_quote_cp(cp) || cp == '\n';
}

/* Space-like on the outside of a closing mark. */
static bool close_side(int32_t cp)
{
    return kiji_cp_is_space(cp) || cp == '\n' || cp == ',' || cp == '.' || cp == ';' ||
           cp == ':' || cp == '!' || cp == '?' || cp == ')' || cp == ']' ||
           kiji_cp_is_dash(cp) || cp == 0x2026 || is_quote_cp(cp);
}

static bool cp_letter(int32_t cp)
{
    return cp > 0 && kiji_cp_is_letter(cp);
}

static void add_span(ctx *c, uint32_t open, uint32_t close, uint32_t start, uint32_t end,
                     bool multi, bool lost, bool joined)
{
    const char *s = c->s;
    while (start < end && (s[start] == ' ' || s[start] == '\n'))
        start++;
    while (end > start && (s[end - 1] == ' ' || s[end - 1] == '\n'))
        end--;
    bool word = false;
    for (uint32_t i = open + 1; i < close && i < c->nt; i++)
        if (c->T[i].kind != KIJI_TOK_PUNCT)
            word = true;
    if (!word || end <= start)
        return;
    qspan q = {open, close, start, end, multi, lost, joined};
    KIJI_VEC_PUSH(c->qs, q);
}

static bool body_para(const kiji_doc *d, uint32_t p)
{
    return d->paras.v[p].kind == KIJI_PARA_BODY;
}

/* Pairs the marks of every body paragraph.  Only the outermost pair is a
 * span; marks inside it (nested quotes, apostrophes) are counted so that an
 * inner closing mark does not close the outer quote.  A straight " is an
 * opening mark with space before and a word after, a closing one the other
 * way round, an inch mark after a digit (6' 2"), and nothing otherwise.
 * Single marks open a quote at the top level only as ‘ before a letter, or
 * as ' before a letter in a paragraph with no double marks (the British
 * style); ’ and ' inside words are apostrophes and never reach here. */
static void pair_marks(ctx *c)
{
    kiji_doc *d = c->d;
    bool active = false, reopen = false, joined = false;
    int style = 0;
    uint32_t open = 0, depth = 0;
    bool multi = false;
    for (uint32_t p = 0; p < d->paras.n; p++) {
        if (!body_para(d, p))
            continue;
        uint32_t t0 = c->ptok0[p], t1 = c->ptok1[p];
        uint32_t pa = d->paras.v[p].start, pb = d->paras.v[p].end;
        bool doubles = false;
        for (uint32_t i = t0; i < t1; i++) {
            int32_t cp = tok_cp(c, i);
            if ((c->T[i].flags & KIJI_TF_QUOTE) && cp != '\'' && cp != 0x2018 && cp != 0x2019)
                doubles = true;
        }
        uint32_t i = t0;
        if (active && reopen) {
            /* the quote goes on: this paragraph opens with its mark again */
            i++;
        }
        for (; i < t1; i++) {
            if (!(c->T[i].flags & KIJI_TF_QUOTE) && !is_punct(c, i, '\''))
                continue;
            int32_t cp = tok_cp(c, i);
            int32_t before = cp_before(c, c->T[i].start, pa);
            int32_t after = cp_after(c, c->T[i].end, pb);
            bool lsp = open_side(before), rsp = close_side(after);
            bool dbl = cp == '"' || cp == 0x201C || cp == 0x201D || cp == 0x201E || cp == 0xAB ||
                       cp == 0xBB;
            if (!active) {
                if (cp == '"' && kiji_cp_is_digit(before))
                    continue; /* 6' 2": inches */
                bool opens = false;
                if (cp == 0x201C || cp == 0x201E || cp == 0xAB) {
                    opens = true;
                } else if (cp == 0x201D || cp == '"') {
                    /* a closing curly mark where an opening one belongs:
                     * a repair put it the wrong way round */
                    opens = lsp && !rsp;
                } else if (cp == 0x2018 || (cp == '\'' && !doubles)) {
                    opens = lsp && cp_letter(after);
                }
                if (opens) {
                    active = true;
                    open = i;
                    depth = 0;
                    multi = joined = reopen = false;
                    style = dbl ? (Q_DOUBLE | (cp == '"' ? Q_STRAIGHT : 0))
                                : (Q_SINGLE | (cp == '\'' ? Q_STRAIGHT : 0));
                }
                continue;
            }
            if (style & Q_DOUBLE) {
                if (!dbl)
                    continue; /* single marks and apostrophes inside */
                if (cp == 0x201C || cp == 0x201E || cp == 0xAB) {
                    /* English nests single marks in double ones: a second
                     * opening double mark means the first lost its
                     * closing one, which must not swallow the paragraph */
                    open = i;
                    depth = 0;
                    multi = false;
                    style = Q_DOUBLE;
                    continue;
                }
                if (cp == '"' && lsp && !rsp && !(style & Q_STRAIGHT)) {
                    depth++; /* a straight pair nested in curly marks */
                    continue;
                }
                if (cp == '"' && lsp && !rsp && (style & Q_STRAIGHT) && depth == 0) {
                    /* an opening mark while one is open: the first lost
                     * its closing mark; start again here */
                    open = i;
                    multi = false;
                    continue;
                }
                if (depth > 0) {
                    depth--;
                    continue;
                }
                add_span(c, open, i, c->T[open].end, c->T[i].start, multi, false, joined);
                active = false;
            } else {
                if (dbl)
                    continue;
                bool closes = false;
                if (cp == 0x2019 || cp == '\'') {
                    int32_t b = before;
                    closes = !cp_letter(after) && !kiji_cp_is_space(b) &&
                             (b == ',' || b == '.' || b == '!' || b == '?' ||
                              (cp_letter(b) && (b != 's' || after != ' ')));
                    if (cp == '\'' && !(b == ',' || b == '.' || b == '!' || b == '?') &&
                        !(after == ',' || after == '.' || after == ';' || after == ':'))
                        closes = false;
                }
                if (closes) {
                    add_span(c, open, i, c->T[open].end, c->T[i].start, multi, false, joined);
                    active = false;
                }
            }
        }
        if (!active)
            continue;
        /* the paragraph ends inside a quote */
        uint32_t q = p + 1;
        while (q < d->paras.n && !body_para(d, q))
            q++;
        bool goes_on = false;
        if ((style & Q_DOUBLE) && q < d->paras.n && c->ptok1[q] > c->ptok0[q]) {
            /* the next paragraph reopens it with a mark of the same style
             * (a straight mark left open and a curly one after it are
             * damage, not one quote) */
            uint32_t f = c->ptok0[q];
            int32_t cp = tok_cp(c, f);
            if (style & Q_STRAIGHT)
                goes_on = cp == '"' && !close_side(cp_after(c, c->T[f].end, d->paras.v[q].end));
            else
                goes_on = cp == 0x201C || cp == 0x201E || cp == 0xAB ||
                          (cp == 0x201D && !close_side(cp_after(c, c->T[f].end, d->paras.v[q].end)));
        }
        if (goes_on) {
            multi = true;
            reopen = true;
            depth = 0;
            p = q - 1; /* the loop moves on to q */
            continue;
        }
        /* no mark reopens it, but the next paragraph's first mark closes
         * it: the layout broke a paragraph inside the quote */
        if ((style & Q_DOUBLE) && q < d->paras.n && !multi && !joined) {
            for (uint32_t k = c->ptok0[q]; k < c->ptok1[q]; k++) {
                if (!(c->T[k].flags & KIJI_TF_QUOTE))
                    continue;
                int32_t cp = tok_cp(c, k);
                if (cp == 0x2018 || cp == 0x2019 || cp == '\'')
                    continue;
                bool closing = cp == 0x201D || cp == 0xBB ||
                               (cp == '"' && !open_side(cp_before(c, c->T[k].start,
                                                                   d->paras.v[q].start)));
                if (closing) {
                    multi = joined = true;
                    reopen = false;
                    depth = 0;
                    p = q - 1;
                }
                break;
            }
            if (joined)
                continue;
        }
        if ((style & Q_DOUBLE) &&
            (open == c->ptok0[p] || multi ||
             (!(style & Q_STRAIGHT) && d->sentences.v[c->tsent[open]].tok == open))) {
            /* a quoted paragraph, or a quoted sentence that ends it, whose
             * closing mark was lost */
            add_span(c, open, t1, c->T[open].end, pb, multi, true, joined);
        }
        active = false;
    }
}

/* ------------------------------------------------------------------ */
/* pass 2: cue words and the speakers their grammar names              */

static bool is_possessive(const ctx *c, uint32_t i)
{
    kiji_str w = tok(c, i);
    if (w.len < 3 || (w.ptr[w.len - 1] | 32) != 's')
        return false;
    return w.ptr[w.len - 2] == '\'' ||
           (w.len > 4 && !memcmp(w.ptr + w.len - 4, "\xE2\x80\x99", 3));
}

/* A lower-case word inside a name: "van", "der", "delos", "bin". */
static bool is_particle(const ctx *c, uint32_t i)
{
    return (noun_bits(c, i) & N_PARTICLE) && !(c->T[i].flags & KIJI_TF_CAP) && c->inq[i] < 0;
}

/* The full stop of "Dr. Ana Lima" or "John F. Kennedy": it stays inside
 * a name (an abbreviated title or an initial just before it). */
static bool abbrev_dot(const ctx *c, uint32_t j)
{
    if (j == 0 || !is_punct(c, j, '.') || c->T[j].start != c->T[j - 1].end ||
        !is_word(c, j - 1) || !(c->T[j - 1].flags & KIJI_TF_CAP))
        return false;
    kiji_str w = tok(c, j - 1);
    return w.len == 1 || (noun_bits(c, j - 1) & N_TITLE);
}

/* Does one mention of the entities cover tokens a to b (inclusive)?
 * Mentions are sorted by start and do not overlap. */
static bool one_mention(const ctx *c, uint32_t a, uint32_t b)
{
    const kiji_doc *d = c->d;
    uint32_t off = c->T[a].start;
    size_t lo = 0, hi = d->mentions.n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (d->mentions.v[mid].start <= off)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo > 0 && d->mentions.v[lo - 1].end >= c->T[b].end && d->mentions.v[lo - 1].end > off;
}

/* Do the capitalised words ending at token j follow "the"?  A person's
 * name takes no article: "the Confederation of Farm Workers" is one name,
 * "Ana Lima of the Courier" is not. */
static bool the_before(const ctx *c, uint32_t j)
{
    for (uint32_t k = j, n = 0; k > 0 && n < 6 && is_name_tok(c, k); k--, n++)
        if (tok_is(c, k - 1, "the"))
            return true;
    return false;
}

/* "of" or "for" inside an institution's name: "Chamber of Commerce",
 * "Ministry of Defense", "Center for Strategic Studies" (the word before
 * is a capitalised institution noun, or known as part of the name, and a
 * capital follows), but not
 * "Ana Lima of the institute". */
static bool org_link(const ctx *c, uint32_t j)
{
    if (j > 1 && tok_is(c, j, "the") && j + 1 < c->nt && is_name_tok(c, j + 1))
        j--; /* "Office for the Western District" */
    /* the institution's noun, the entities' mention over both sides, or an
     * article before a name say it is one: "the Confederation of ..." */
    return j > 0 && j + 2 < c->nt && (tok_is(c, j, "of") || tok_is(c, j, "for")) &&
           is_name_tok(c, j - 1) &&
           ((noun_bits(c, j - 1) & N_ORG) || one_mention(c, j - 1, j + 1) ||
            the_before(c, j - 1)) &&
           (is_name_tok(c, j + 1) || (tok_is(c, j + 1, "the") && is_name_tok(c, j + 2))) &&
           !(c->T[j + 1].flags & KIJI_TF_SSTART);
}

/* A capitalised word that says where a name's bearer is from or who runs
 * it, not part of the name: "Lisbon-based", "Lagos-born", "rebel-run",
 * "state-backed". */
static bool place_mod(const ctx *c, uint32_t i)
{
    kiji_str w = tok(c, i);
    const char *h = NULL;
    for (size_t k = w.len; k-- > 1;)
        if (w.ptr[k] == '-') {
            h = w.ptr + k + 1;
            break;
        }
    if (!h)
        return false;
    size_t n = (size_t)(w.ptr + w.len - h);
    static const char *const tail[] = {"based", "born", "run", "owned", "backed", "listed",
                                       "headquartered", "led", "funded", "controlled", NULL};
    for (int k = 0; tail[k]; k++)
        if (strlen(tail[k]) == n && !strncasecmp(h, tail[k], n))
            return true;
    return false;
}

/* The capitalised name ending at token b-1, going left: [*a, b). */
static bool name_back(const ctx *c, uint32_t b, uint32_t sb, uint32_t *a)
{
    /* "James Kennedy Jr., the ...": the abbreviation's full stop */
    if (b > sb + 1 && is_punct(c, b - 1, '.') && c->T[b - 1].start == c->T[b - 2].end &&
        is_name_tok(c, b - 2) && c->inq[b - 1] < 0)
        b--;
    if (b <= sb || !is_name_tok(c, b - 1) || c->inq[b - 1] >= 0)
        return false;
    uint32_t k = b - 1;
    while (k > sb) {
        uint32_t j = k - 1;
        if (c->inq[j] >= 0)
            break;
        if (is_possessive(c, j)) {
            /* "NPR's Feng" is Feng; "Japan's Embassy" keeps its owner */
            bool org = false;
            for (uint32_t t = k; t < b; t++)
                org |= (noun_bits(c, t) & N_ORG) != 0;
            if (!org || !is_name_tok(c, j))
                break;
            k = j;
            continue;
        }
        if (is_name_tok(c, j) && !place_mod(c, j)) {
            k = j;
            continue;
        }
        if (j > sb && abbrev_dot(c, j)) {
            k = j - 1;
            continue;
        }
        if (j > sb && org_link(c, j)) {
            k = j - 1;
            continue;
        }
        if (is_particle(c, j)) {
            /* "Pieter van der Berg", "Vicente delos Reyes" */
            uint32_t t = j;
            while (t > sb && is_particle(c, t))
                t--;
            if (t < j && is_name_tok(c, t) && !is_particle(c, t)) {
                k = t;
                continue;
            }
            /* a surname's particles open the sentence: "de Oliveira said" */
            if (t == sb && is_particle(c, t)) {
                k = t;
                break;
            }
        }
        break;
    }
    /* "Kestrel Partners said" opens an article: a common word before the
     * word that ends a company's name is the name's, not the sentence's */
    bool corp = b - k == 2 && (noun_bits(c, k + 1) & (N_CORP | N_ORG)) &&
                !(cue_bits(c, k) & (C_DET | C_STOP | C_SKIP | C_CUE)) &&
                !(noun_bits(c, k) & N_SPEAKER);
    /* and so is a sport's before a country, a national body: "Cycling
     * Norway said"; not an adverb ("Elsewhere", "Separately") */
    if (!corp && b - k == 2 && k + 1 < c->nt && c->inq[k + 1] < 0 &&
        !(cue_bits(c, k) & (C_DET | C_STOP | C_SKIP | C_CUE)) && !(noun_bits(c, k) & N_SPEAKER) &&
        !in_date(c, k)) {
        kiji_str w = tok(c, k);
        int mi = mention_at(c, c->T[k + 1].start, c->T[k + 1].end);
        corp = mi >= 0 && !(w.len > 2 && !strncasecmp(w.ptr + w.len - 2, "ly", 2)) &&
               !tok_is(c, k, "elsewhere") && !tok_is(c, k, "overall") &&
               c->d->mentions.v[mi].start == c->T[k + 1].start &&
               ent_cls(&c->d->entities.v[c->d->mentions.v[mi].entity]) == SC_PLACE &&
               mention_at(c, c->T[k].start, c->T[k].end) < 0;
    }
    while (k < b - 1 && start_word(c, k) && !is_particle(c, k) && !corp)
        k++;
    if (k == b - 1 && start_word(c, k))
        return false;
    *a = k;
    return true;
}

/* The capitalised name starting at token a, going right: [a, *b). */
static bool name_fwd(const ctx *c, uint32_t a, uint32_t se, uint32_t *b)
{
    if (a >= se || !is_name_tok(c, a) || c->inq[a] >= 0)
        return false;
    uint32_t k = a + 1;
    while (k < se && c->inq[k] < 0 && (!is_possessive(c, k - 1) || (noun_bits(c, k) & N_ORG))) {
        if (is_name_tok(c, k)) {
            k++;
            continue;
        }
        if (k + 1 < se && abbrev_dot(c, k) && is_name_tok(c, k + 1)) {
            k++;
            continue;
        }
        if (k + 1 < se && org_link(c, k)) {
            k += tok_is(c, k + 1, "the") && k + 2 < se ? 2 : 1;
            continue;
        }
        if (is_particle(c, k)) {
            uint32_t t = k;
            while (t < se && is_particle(c, t))
                t++;
            if (t < se && is_name_tok(c, t) && c->inq[t] < 0) {
                k = t;
                continue;
            }
        }
        break;
    }
    *b = k;
    return true;
}

/* A word that more likely ends a noun phrase as its verb than goes on
 * with it: an auxiliary, or a past form after the phrase's first word
 * ("farmers from the valley gathered outside"). */
static bool verbish(const ctx *c, uint32_t i)
{
    if (finite_aux(c, i))
        return true;
    kiji_str w = tok(c, i);
    return is_word(c, i) && !(c->T[i].flags & KIJI_TF_CAP) && w.len > 4 &&
           !strncasecmp(w.ptr + w.len - 2, "ed", 2);
}

/* A participle that, with its preposition, tells which person is meant:
 * "based in", "familiar with", "close to", "involved in". */
static bool is_participle_mod(const ctx *c, uint32_t i)
{
    return tok_is(c, i, "based") || tok_is(c, i, "familiar") || tok_is(c, i, "close") ||
           tok_is(c, i, "involved") || tok_is(c, i, "stationed") || tok_is(c, i, "briefed");
}

/* Modifier inside a noun phrase: a word or number that is no function word,
 * cue or adverb. */
static bool np_word(const ctx *c, uint32_t i)
{
    if (c->inq[i] >= 0)
        return false;
    if (c->T[i].kind == KIJI_TOK_NUM)
        return true;
    if (i > 0 && c->T[i].kind == KIJI_TOK_PUNCT && c->T[i].start == c->T[i - 1].end &&
        (tok_cp(c, i) == 0x2019 || tok_cp(c, i) == '\'') && is_word(c, i - 1) &&
        (c->s[c->T[i - 1].end - 1] | 32) == 's')
        return true; /* the apostrophe of "the tenants’ union" */
    if (!is_word(c, i))
        return false;
    /* a bare verb form is a noun in a phrase ("the state weather
     * agency", "the plan"); "said" and "told" end it */
    unsigned b = cue_bits(c, i);
    if ((b & C_BASE) && !(b & (C_STOP | C_SKIP)))
        return true;
    /* a noun as well: "island states"; but after a noun, its verb: "the
     * report states" */
    if ((b & C_THAT) && (noun_bits(c, i) & N_SPEAKER) && i > 0 &&
        !(noun_bits(c, i - 1) & N_SPEAKER))
        return true;
    return !(b & (C_STOP | C_SKIP | C_CUE | C_NAMING)) || (b & C_DET);
}

/* A noun phrase naming speakers that ends at token b-1 ("the three
 * sides", "Pentagon officials", "a spokesman for the ministry"), going
 * left; its head must be a speaker noun. */
/* A noun that names who speaks: a listed one, or an agent noun no list
 * can hold ("one Weibo commenter", "a senior negotiator"). */
static bool speaker_noun(const ctx *c, uint32_t i)
{
    if (noun_bits(c, i) & N_SPEAKER)
        return true;
    /* a capital only where a sentence starts ("Opponents said") */
    if (!is_word(c, i) || ((c->T[i].flags & KIJI_TF_CAP) && !start_word(c, i)) ||
        cue_bits(c, i))
        return false;
    kiji_str w = tok(c, i);
    static const char *const suf[] = {"er", "ers", "or", "ors", "ist", "ists", "ian", "ians",
                                      "ant", "ants", "ent", "ents", "-year-old", "-year-olds",
                                      NULL};
    if (w.len < 6)
        return false;
    for (int k = 0; suf[k]; k++) {
        size_t n = strlen(suf[k]);
        if (n < w.len && !strncasecmp(w.ptr + w.len - n, suf[k], n))
            return true;
    }
    return false;
}

/* "the 18-year-old" ending at token b-1 (the tokens "the", "18", "-",
 * "year-old"): sets *a to its determiner. */
static bool age_at(const ctx *c, uint32_t b, uint32_t sb, uint32_t *a)
{
    if (b < sb + 4 || !is_word(c, b - 1) || !is_punct(c, b - 2, '-') ||
        c->T[b - 3].kind != KIJI_TOK_NUM || !(cue_bits(c, b - 4) & C_DET))
        return false;
    kiji_str w = tok(c, b - 1);
    if (!(w.len >= 8 && !strncasecmp(w.ptr, "year-old", 8)) &&
        !(w.len >= 9 && !strncasecmp(w.ptr, "years-old", 9)))
        return false;
    *a = b - 4;
    return true;
}

/* A preposition between people and what they belong to or where they
 * are: "opponents of the dam", "herders in the province", "farmers
 * across the region", "a navy officer aboard the ship". */
static bool group_prep(const ctx *c, uint32_t p)
{
    static const char *const w[] = {"of", "for", "at", "from", "in", "with", "across", "around",
                                    "aboard", "near", "throughout", "outside", "inside", "on",
                                    "along", NULL};
    return tok_in(c, p, w);
}

static bool group_back(const ctx *c, uint32_t b, uint32_t sb, uint32_t *a)
{
    /* "people familiar with the matter said" */
    if (b >= sb + 5 && tok_is(c, b - 3, "with") && tok_is(c, b - 4, "familiar") &&
        (cue_bits(c, b - 2) & C_ARTICLE))
        b -= 4;
    /* "one diplomat based in Brussels": the participle goes with the
     * phrase (its place was cut off as a name after a preposition) */
    if (b > sb + 2 && is_participle_mod(c, b - 1) && speaker_noun(c, b - 2))
        b--;
    /* "opponents of the dam", "the organizers of the festival": people
     * and what they belong to; the head is the noun before the
     * preposition */
    /* an institution at the end may be where the people are: "herders
     * in the province" */
    bool place = (noun_bits(c, b - 1) & N_ORG) && !(noun_bits(c, b - 1) & (N_PERSON | N_PEOPLE));
    if (b > sb + 2 && (!speaker_noun(c, b - 1) || place)) {
        for (uint32_t t = b - 1; t > sb + 1 && t + 8 > b; t--) {
            if (!np_word(c, t) || c->T[t].kind == KIJI_TOK_PUNCT)
                break;
            uint32_t p = t - 1;
            if (!group_prep(c, p) && !(tok_is(c, p, "to") && is_participle_mod(c, p - 1)))
                continue;
            /* "people briefed on the talks", "sources close to the
             * company": the participle goes with the people */
            if (p > sb + 2 && is_participle_mod(c, p - 1) && speaker_noun(c, p - 2) &&
                c->inq[p - 1] < 0)
                p--;
            /* "a person with knowledge of the talks": one plain noun and
             * its own preposition between the person and the thing */
            if (p > sb + 2 && !speaker_noun(c, p - 1) && is_word(c, p - 1) &&
                np_word(c, p - 1) && !(c->T[p - 1].flags & KIJI_TF_CAP) &&
                !(cue_bits(c, p - 1) & C_DET) && group_prep(c, p - 2) &&
                (noun_bits(c, p - 3) & (N_PERSON | N_PEOPLE)) && c->inq[p - 3] < 0)
                p -= 2;
            /* "a Western diplomat in the capital", "opponents of the dam" */
            if (speaker_noun(c, p - 1) && !(noun_bits(c, p - 1) & N_DOC) && c->inq[p - 1] < 0 &&
                (!place || (noun_bits(c, p - 1) & (N_PERSON | N_PEOPLE)) ||
                 !(noun_bits(c, p - 1) & N_ORG)))
                b = p;
            break;
        }
    }
    /* "the 18-year-old": a person by age */
    uint32_t ag;
    if (age_at(c, b, sb, &ag)) {
        *a = ag;
        return true;
    }
    /* "his rival", "her sister-in-law": what someone's person is, a person */
    if (b >= sb + 2 && !speaker_noun(c, b - 1) && is_word(c, b - 1) && np_word(c, b - 1) &&
        !(c->T[b - 1].flags & KIJI_TF_CAP) && c->inq[b - 1] < 0 &&
        (tok_is(c, b - 2, "his") || tok_is(c, b - 2, "her") || tok_is(c, b - 2, "their")) &&
        !(noun_bits(c, b - 1) & (N_THING | N_DOC | N_NAME))) {
        *a = b - 2;
        return true;
    }
    if (b <= sb || !speaker_noun(c, b - 1) || c->inq[b - 1] >= 0)
        return false;
    uint32_t k = b - 1;
    while (k > sb && b - k < 7 && np_word(c, k - 1) && !(cue_bits(c, k) & C_ARTICLE))
        k--;
    /* "a spokesman for the ministry": a person noun, then of/for/at/to */
    if (k >= sb + 2 && (tok_is(c, k - 1, "for") || tok_is(c, k - 1, "of") ||
                        tok_is(c, k - 1, "at") || tok_is(c, k - 1, "to")) &&
        (noun_bits(c, k - 2) & (N_PERSON | N_PEOPLE))) {
        uint32_t j = k - 2;
        while (j > sb && k - j < 6 && np_word(c, j - 1) && !(cue_bits(c, j) & C_ARTICLE))
            j--;
        k = j;
    }
    *a = k;
    return true;
}

/* A noun phrase naming speakers that starts at token a, going right:
 * [a, *b); *head gets its head noun. */
static bool group_fwd(const ctx *c, uint32_t a, uint32_t se, uint32_t *b, uint32_t *head)
{
    uint32_t k = a, last = UINT32_MAX;
    if (k < se && (cue_bits(c, k) & C_DET))
        k++;
    for (; k < se && k - a < 7 && np_word(c, k); k++) {
        if (cue_bits(c, k) & C_ARTICLE)
            break;
        /* after a determiner an agent noun no list holds will do: "one
         * spectator", "the 18-year-old" */
        if ((noun_bits(c, k) & N_SPEAKER) || (k > a && (cue_bits(c, a) & C_DET) &&
                                              speaker_noun(c, k)))
            last = k;
    }
    if (last == UINT32_MAX)
        return false;
    k = last + 1;
    /* "a spokesman for the ministry", "an aide to Senator Lima" */
    if ((noun_bits(c, last) & (N_PERSON | N_PEOPLE)) && k + 1 < se &&
        (tok_is(c, k, "for") || tok_is(c, k, "of") || tok_is(c, k, "at") ||
         tok_is(c, k, "to") || tok_is(c, k, "with") || tok_is(c, k, "in") ||
         tok_is(c, k, "from") || tok_is(c, k, "aboard"))) {
        uint32_t e;
        if (name_fwd(c, k + 1, se, &e)) {
            k = e;
        } else if ((cue_bits(c, k + 1) & C_ARTICLE) && name_fwd(c, k + 2, se, &e)) {
            k = e; /* "scientists at the University of Evora" */
        } else {
            uint32_t j = k + 1;
            if (j < se && (cue_bits(c, j) & C_DET))
                j++;
            uint32_t j0 = j;
            while (j < se && j - j0 < 5 && np_word(c, j) && !(cue_bits(c, j) & C_ARTICLE) &&
                   !(j > j0 && verbish(c, j)))
                j++;
            if (j > j0)
                k = j;
        }
    }
    /* "one diplomat based in Geneva", "an official familiar with the
     * talks": a participle and its place belong to the phrase */
    if ((noun_bits(c, last) & (N_PERSON | N_PEOPLE)) && k + 2 < se && is_participle_mod(c, k) &&
        (cue_bits(c, k + 1) & C_STOP) && c->inq[k + 1] < 0) {
        uint32_t e, j = k + 2;
        if (name_fwd(c, j, se, &e)) {
            k = e;
        } else {
            if (j < se && (cue_bits(c, j) & C_DET))
                j++;
            uint32_t j0 = j;
            while (j < se && j - j0 < 4 && np_word(c, j) && !(cue_bits(c, j) & C_DET) &&
                   !(j > j0 && verbish(c, j)))
                j++;
            if (j > j0)
                k = j;
        }
    }
    *b = k;
    *head = last;
    return true;
}


/* A role of titles and "of" that runs on to a person's name, read from
 * the titles from token j: "Minister of Tourism and Culture Ana Lima",
 * "Secretary for Energy Ana Lima".  Sets the name's tokens [*a, *b)
 * (the words after the role's last "and" or "of", less the portfolio's
 * first word when no given name or mention says where the name starts). */
static bool role_of(const ctx *c, uint32_t j, uint32_t se, uint32_t *a, uint32_t *b)
{
    uint32_t e = j;
    while (e < se && e < j + 4 && is_name_tok(c, e) &&
           (title_tok(c, e) || (noun_bits(c, e) & N_PERSON)))
        e++;
    if (e == j || e + 1 >= se || !(tok_is(c, e, "of") || tok_is(c, e, "for")))
        return false;
    uint32_t t = e + 1, last = e, end = e + 1;
    for (; t < se && t < e + 12 && c->inq[t] < 0; t++) {
        if (tok_is(c, t, "and") || tok_is(c, t, "of") || tok_is(c, t, "the")) {
            last = t;
            continue;
        }
        if (!is_name_tok(c, t))
            break;
        end = t + 1;
    }
    /* the person's name: at least two words after the role's last link */
    if (end < last + 3)
        return false;
    *a = role_tail(c, last + 1, end);
    *b = end;
    return true;
}

/* The speaker that starts at token k: a pronoun, a name ("Ana Lima", "the
 * Port Authority"), a name after its role ("harbor pilot Ana Lima", "Red
 * Cross coordinator Ana Lima") or a speaker noun phrase ("one official");
 * "said one resident, Ana Lima," gives the name. */
static uint8_t speaker_fwd(const ctx *c, uint32_t k, uint32_t se, uint32_t *a, uint32_t *b)
{
    if (k >= se || c->inq[k] >= 0)
        return SK_NONE;
    if (tok_is(c, k, "he") || tok_is(c, k, "she") || tok_is(c, k, "they")) {
        *a = k;
        *b = k + 1;
        return SK_PRON;
    }
    uint32_t j = k, e, head, ne;
    if (cue_bits(c, j) & C_DET)
        j++;
    if (j + 1 < se && place_mod(c, j) && is_name_tok(c, j + 1))
        j++; /* "said Lisbon-based Hartwell Capital" */
    else if (j + 2 < se && place_mod(c, j)) {
        /* "the Oslo-based agency Fjordline Research": the name after
         * what it is */
        uint32_t t = j + 1;
        while (t < se && t < j + 3 && is_word(c, t) && !is_name_tok(c, t) && np_word(c, t) &&
               !(cue_bits(c, t) & (C_DET | C_STOP | C_CUE)))
            t++;
        if (t > j + 1 && t < se && is_name_tok(c, t) && name_fwd(c, t, se, &e) &&
            !is_possessive(c, e - 1)) {
            *a = t;
            *b = e;
            return SK_NAME;
        }
    }
    uint32_t p = j;
    if (j < se && is_name_tok(c, j) && !(j == k && start_word(c, j)) && name_fwd(c, j, se, &e)) {
        /* "Small island states": a capital that only opens the sentence,
         * before the words of a group */
        uint32_t ge, gh;
        kiji_str w = tok(c, j);
        if (e == j + 1 && (c->T[j].flags & KIJI_TF_SSTART) &&
            (kiji_word_flags(w.ptr, w.len) & KIJI_W_LOWER) && group_fwd(c, k, se, &ge, &gh) &&
            ge > e) {
            *a = k;
            *b = ge;
            return SK_GROUP;
        }
        uint32_t ra, rb;
        if (role_of(c, j, se, &ra, &rb)) {
            /* "said Minister of Tourism and Culture Ana Lima" */
            *a = ra;
            *b = rb;
            return SK_NAME;
        }
        /* "a Norwegian coast guard officer": a name after "a" is what
         * the group is, not who */
        if (j == k + 1 && (tok_is(c, k, "a") || tok_is(c, k, "an")) &&
            group_fwd(c, k, se, &ge, &gh) && ge > e && (noun_bits(c, gh) & N_PERSON)) {
            *a = k;
            *b = ge;
            return SK_GROUP;
        }
        if (!is_possessive(c, e - 1) && !(noun_bits(c, e) & N_PERSON)) {
            *a = j;
            *b = e;
            return SK_NAME;
        }
        p = e;
    }
    /* whose: "Seoul's Foreign Ministry", "NPR's Ana Lima" */
    if (p != j && name_fwd(c, p, se, &e) && !(noun_bits(c, e) & N_PERSON)) {
        *a = p;
        *b = e;
        return SK_NAME;
    }
    /* the role before the name: "harbor pilot Ana Lima", "quarterback
     * Ana Lima", "former White House adviser Ana Lima"; any plain words
     * will do, for roles are many */
    for (uint32_t t = p; t < se && t < p + 8 && np_word(c, t); t++) {
        if (is_name_tok(c, t) && !is_possessive(c, t)) {
            if (name_fwd(c, t, se, &e) && (noun_bits(c, e) & N_PERSON)) {
                t = e - 1; /* an institution before the role */
                continue;
            }
            break;
        }
        if (!(cue_bits(c, t) & C_DET) && name_fwd(c, t + 1, se, &ne)) {
            if ((noun_bits(c, ne) & N_PERSON) && ne + 1 < se && np_word(c, ne)) {
                t = ne - 1;
                continue;
            }
            *a = t + 1;
            *b = ne;
            return SK_NAME;
        }
    }
    if (group_fwd(c, k, se, &e, &head)) {
        *a = k;
        *b = e;
        /* an apposition that names the person: "said one resident, Ana
         * Lima," / "said another witness, former adviser Ana Lima." */
        if (((noun_bits(c, head) & N_PERSON) ||
             (speaker_noun(c, head) && !(noun_bits(c, head) & (N_PEOPLE | N_ORG | N_DOC)))) &&
            is_punct(c, e, ',')) {
            uint32_t na = 0;
            uint8_t sk = SK_NONE;
            if (name_fwd(c, e + 1, se, &ne))
                sk = SK_NAME, na = e + 1;
            else if (!(cue_bits(c, e + 1) & C_DET))
                sk = speaker_fwd(c, e + 1, se, &na, &ne);
            if (sk == SK_NAME && (ne >= se || is_punct(c, ne, ',') || is_sentence_end(c, ne))) {
                *a = na;
                *b = ne;
                return SK_NAME;
            }
        }
        return SK_GROUP;
    }
    return SK_NONE;
}

/* The end of a sentence-opening participle clause ("Noting that ..., the
 * officials ..."): the token after its comma, which may stand inside the
 * closing mark of a quote (`ever,”`). */
static uint32_t clause_comma(const ctx *c, uint32_t k, uint32_t se, uint32_t *comma)
{
    for (; k < se; k++) {
        if (c->inq[k] < 0 && is_punct(c, k, ',')) {
            *comma = k;
            return k + 1;
        }
        int32_t q = c->inq[k];
        if (q >= 0 && c->qs.v[q].close == k && k > 0 && is_punct(c, k - 1, ',')) {
            *comma = k - 1;
            return k + 1;
        }
    }
    return UINT32_MAX;
}

/* The subject of the sentence from token sb: past an opening adverbial
 * ("Last week", "During the call,", "In a post at the time") the first
 * pronoun, name or speaker phrase ("Last week State Department official
 * Ana Lima revealed ...").  Sets its tokens; returns its SK_* kind. */
static bool in_date(const ctx *c, uint32_t t)
{
    uint32_t off = c->T[t].start;
    size_t lo = 0, hi = c->ntx;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (c->tx[mid].end <= off)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < c->ntx && c->tx[lo].start <= off;
}

/* A preposition that opens a phrase before a sentence's subject ("In
 * Ankara, ...", "After talks with the union, ...", "Speaking to
 * reporters, ..."). */
static bool is_prep(const ctx *c, uint32_t i)
{
    static const char *const w[] = {"in", "on", "at", "for", "of", "to", "from", "with", "by",
                                    "about", "after", "before", "during", "over", "under",
                                    "between", "among", "into", "through", "against", "without",
                                    "within", "via", "upon", "toward", "towards", "across", "amid",
                                    "despite", "near", "outside", "inside", "following", NULL};
    return tok_in(c, i, w);
}

static bool dateline(const ctx *c, uint32_t a, uint32_t b);

/* The dash after a dateline that opens the sentence at sb ("BEIJING –",
 * "LISBON, March 4 (Reuters) -"), or sb: a first word in capitals only,
 * then capitalised words, numbers and signs. */
static uint32_t past_dateline(const ctx *c, uint32_t sb, uint32_t se)
{
    kiji_str w = tok(c, sb);
    bool caps = sb < se && is_word(c, sb) && w.len >= 2;
    for (size_t k = 0; k < w.len && caps; k++)
        caps = !(w.ptr[k] >= 'a' && w.ptr[k] <= 'z');
    for (uint32_t t = sb + 1; caps && t < se && t < sb + 12; t++)
        if (is_dash(c, t))
            return dateline(c, sb, t) ? t + 1 : sb;
    return sb;
}

/* Past an opening participle clause and its comma ("Speaking at a hotel
 * in the capital's Vedado district, he ..."): the token after the comma,
 * or t. */
static uint32_t past_participle(const ctx *c, uint32_t t, uint32_t se)
{
    kiji_str w = tok(c, t);
    if (t >= se || !is_word(c, t) || w.len < 5 || memcmp(w.ptr + w.len - 3, "ing", 3) ||
        !(kiji_word_flags(w.ptr, w.len) & KIJI_W_LOWER) || tok_is(c, t, "according") ||
        tok_is(c, t, "during") || tok_is(c, t, "following") || tok_is(c, t, "including"))
        return t;
    for (uint32_t k = t + 1; k < se && k < t + 20; k++) {
        if (c->inq[k] >= 0)
            return t;
        if (is_punct(c, k, ','))
            return k + 1;
    }
    return t;
}

static uint8_t subject_span(const ctx *c, uint32_t sb, uint32_t se, uint32_t *a, uint32_t *b)
{
    uint32_t t0 = past_participle(c, past_dateline(c, sb, se), se);
    for (uint32_t t = t0; t < se && t < t0 + 14; t++) {
        if (c->inq[t] >= 0)
            return SK_NONE;
        if (c->T[t].kind == KIJI_TOK_PUNCT)
            continue;
        if (is_pronoun(c, t) && !tok_is(c, t, "it")) {
            *a = t;
            *b = t + 1;
            return SK_PRON;
        }
        if (in_date(c, t))
            continue;
        if (t > sb && is_prep(c, t - 1)) {
            /* the object of an opening phrase is no subject: "In Ankara,
             * the regulator ...", "Speaking to reporters, she ..." */
            uint32_t e;
            if (cue_bits(c, t) & C_DET)
                t++;
            if (t < se && name_fwd(c, t, se, &e))
                t = e - 1;
            continue;
        }
        bool name = is_name_tok(c, t) && !start_word(c, t);
        /* a bare plural needs no article: "Scientists at the summit ..." */
        if (name || (cue_bits(c, t) & C_DET) || (noun_bits(c, t) & N_PEOPLE)) {
            /* a document is a subject only where the sentence starts ("The
             * report states ..."), not in an opener ("In a post, she ...") */
            uint8_t sk = speaker_fwd(c, t, se, a, b);
            /* "Independent experts welcomed ...": the word that opens the
             * sentence before a bare plural is the phrase's own */
            if (sk == SK_GROUP && *a == t && t == t0 + 1 && t0 == sb && is_word(c, t0) &&
                start_word(c, t0) && np_word(c, t0) && !cue_bits(c, t0) && !in_date(c, t0))
                *a = t0;
            if (sk == SK_NAME || (sk == SK_GROUP && (!(noun_bits(c, *b - 1) & N_DOC) ||
                                                     c->T[t].flags & KIJI_TF_SSTART)))
                return sk;
            if (name) {
                uint32_t e;
                if (name_fwd(c, t, se, &e))
                    t = e - 1;
            }
        }
    }
    return SK_NONE;
}

/* True when token t may begin a clause: the sentence's start, or after a
 * separator, a conjunction or a closing quote mark. */
static bool clause_start(const ctx *c, uint32_t t, uint32_t sb)
{
    if (t > sb && (cue_bits(c, t - 1) & C_ARTICLE))
        t--; /* "The Office for Budget Responsibility, the ..., said" */
    return t == sb || is_sep(c, t - 1) || tok_is(c, t - 1, "and") || tok_is(c, t - 1, "but") ||
           tok_is(c, t - 1, "while") || tok_is(c, t - 1, "whereas") ||
           (c->inq[t - 1] >= 0 && c->qs.v[c->inq[t - 1]].close == t - 1);
}

/* Is the first speaker noun of the phrase [a, b) one person ("the head
 * of the water authority", not "the water authority")? */
static bool person_head(const ctx *c, uint32_t a, uint32_t b)
{
    for (uint32_t k = a; k < b; k++)
        if (noun_bits(c, k) & N_SPEAKER)
            return (noun_bits(c, k) & N_PERSON) != 0;
    return false;
}

/* The subject before an apposition that ends with the comma at token
 * comma: "Ana Lima, an analyst at the institute, said", "Ana Lima,
 * D-N.M., said", "The governor's spokesperson, Ana Lima, said" or "A
 * senior official, who spoke on condition of anonymity, said".  Sets the
 * speaker's tokens, and *lo (when not NULL) to where the attribution
 * starts if that is before them; returns its SK_* kind. */
static uint8_t appos_subject(const ctx *c, uint32_t comma, uint32_t sb, bool strict, uint32_t *a,
                             uint32_t *b, uint32_t *lo)
{
    /* an apposition may hold commas of its own ("..., vice president at
     * Hanbit, one of the largest makers, said"): try each comma back to
     * the clause's start, names before groups */
    uint32_t lim = comma > sb + 60 ? comma - 60 : sb, na, ga = 0, gb = 0;
    bool group = false;
    for (uint32_t k = comma; k > lim;) {
        k--;
        if (c->inq[k] >= 0 && !(c->qs.v[c->inq[k]].close == k && k < comma))
            break;
        if (!is_punct(c, k, ',') || k + 1 >= comma)
            continue;
        /* the apposition is no bare list of names ("Lima, Quito, said") */
        bool plain = !is_name_tok(c, k + 1);
        for (uint32_t t = k + 1; t < comma && !plain; t++)
            plain = (is_word(c, t) && !(c->T[t].flags & KIJI_TF_CAP)) ||
                    c->T[t].kind == KIJI_TOK_NUM;
        kiji_str w = tok(c, k + 1);
        if (!plain && (memchr(w.ptr, '-', w.len) || memchr(w.ptr, '.', w.len)))
            plain = true; /* a party and a state: "D-N.M." */
        /* the name first, then what the person is; a name with "and" in
         * it starts where its mention does ("at the Institute for Water
         * and Soil, a think tank, said": no clause starts at "Soil") */
        bool nb = plain && name_back(c, k, sb, &na);
        if (nb && na > sb && tok_is(c, na - 1, "and")) {
            int mi = mention_at(c, c->T[na].start, c->T[k - 1].end);
            uint32_t a2;
            if (mi >= 0 && c->d->mentions.v[mi].start < c->T[na].start &&
                c->d->mentions.v[mi].end >= c->T[k - 1].end)
                na = tok_of(c, c->d->mentions.v[mi].start);
            else if (na > sb + 1 && name_back(c, na - 1, sb, &a2))
                na = a2; /* two names: "Ana Lima and Ivan Petrov, two
                            analysts, said", "Kestrel and Sons Ltd., ..." */
        }
        if (nb && (!strict || clause_start(c, na, sb))) {
            *a = na;
            *b = k;
            return SK_NAME;
        }
        /* what the person is, then the name; the attribution starts with
         * what the person is ("..., her coach, Ana Lima, said") */
        uint32_t e, g, n0 = k + 1;
        /* "Her coach, the Chilean Ana Lima, said"; "His agent, Ana Lima
         * of the Oslo-based Fjord Group, said" */
        if (tok_is(c, n0, "the") && n0 + 1 < comma && is_name_tok(c, n0 + 1))
            n0++;
        bool nm = n0 < comma && name_fwd(c, n0, comma, &e);
        if (nm && e < comma) {
            nm = tok_is(c, e, "of") || tok_is(c, e, "at") || tok_is(c, e, "from");
            for (uint32_t t = e; t < comma && nm; t++)
                nm = !is_punct(c, t, ',') && c->inq[t] < 0;
        }
        if (k > sb && nm &&
            ((noun_bits(c, k - 1) & N_PERSON) ||
             (group_back(c, k, sb, &g) && person_head(c, g, k)))) {
            /* "..., the head of the water authority, Ana Lima, told" */
            *a = n0;
            *b = e;
            if (lo && !group_back(c, k, sb, lo))
                *lo = k - 1;
            return SK_NAME;
        }
        /* a group or an unnamed person at the sentence's start */
        if (!group && plain && group_back(c, k, sb, &na) &&
            (na == sb || (c->inq[na - 1] >= 0 && c->qs.v[c->inq[na - 1]].close == na - 1))) {
            group = true;
            ga = na;
            gb = k;
        }
    }
    if (group) {
        *a = ga;
        *b = gb;
        return SK_GROUP;
    }
    return SK_NONE;
}

/* After an inverted speaker ("said Ana Lima") the sentence ends, or goes
 * on with a comma, a dash or a preposition; "said the president would"
 * is a clause, not an inverted speaker. */
static bool inverted_end(const ctx *c, uint32_t k, uint32_t se)
{
    if (k >= se || is_sep(c, k) || is_sentence_end(c, k) || is_punct(c, k, ')') ||
        is_punct(c, k, ':'))
        return true;
    static const char *const w[] = {"in", "on", "at", "during", "of", "from", "after", "before",
                                    "last", "this", "earlier", "told", "when", "while", "as",
                                    "who", "whose", NULL};
    return tok_in(c, k, w);
}

/* Does the conjunct [a, amp) before "and" belong to a role rather than
 * name a second speaker: a portfolio after "Minister of" or "Secretary
 * for" ("Minister of Tourism and Culture Ana Lima") with no person named
 * in it, or titles only ("Defense Minister and Deputy Prime Minister Ana
 * Lima")? */
static bool role_and(const ctx *c, uint32_t a, uint32_t amp, uint32_t sb, uint32_t b)
{
    bool titles = a < amp;
    for (uint32_t k = a; k < amp && titles; k++)
        titles = title_tok(c, k) || (noun_bits(c, k) & N_PERSON);
    if (titles)
        return true;
    /* two portfolios before one title: "Culture and Fisheries Minister
     * Ana Lima" (the first conjunct capitalised words no entity names,
     * the second its own portfolio's words, then the title and more) */
    bool port = a < amp && amp - a <= 3 && amp + 2 < b && is_name_tok(c, amp + 1) &&
                !title_tok(c, amp + 1) && mention_at(c, c->T[a].start, c->T[amp - 1].end) < 0;
    for (uint32_t k = a; k < amp && port; k++)
        port = is_name_tok(c, k) && !title_tok(c, k) && !(cue_bits(c, k) & (C_DET | C_ARTICLE));
    if (port) {
        uint32_t k = amp + 1;
        while (k < b && k < amp + 4 && is_name_tok(c, k) && !title_tok(c, k))
            k++;
        if (k + 1 < b && title_tok(c, k))
            return true;
    }
    /* the title and its "of" before the conjunct or inside it */
    bool of = false;
    for (uint32_t k = a >= sb + 2 ? a - 1 : a; k < amp && !of; k++)
        of = k > sb && (tok_is(c, k, "of") || tok_is(c, k, "for")) &&
             (noun_bits(c, k - 1) & (N_TITLE | N_PERSON));
    if (!of)
        return false;
    int mi = mention_at(c, c->T[a].start, c->T[amp - 1].end);
    return mi < 0 || c->d->entities.v[c->d->mentions.v[mi].entity].type != KIJI_ENT_PERSON;
}

/* The start of the person's name in the words [a, b) after a role with
 * "and" in it ("Culture Ana Lima" after "Minister of Tourism and"): the
 * person's mention, else the first given name, else past the first
 * word when three or more remain. */
static uint32_t role_tail(const ctx *c, uint32_t a, uint32_t b)
{
    int mi = mention_at(c, c->T[a].start, c->T[b - 1].end);
    if (mi >= 0 && c->d->entities.v[c->d->mentions.v[mi].entity].type == KIJI_ENT_PERSON &&
        c->d->mentions.v[mi].end >= c->T[b - 1].end)
        return tok_of(c, c->d->mentions.v[mi].start) > a ? tok_of(c, c->d->mentions.v[mi].start)
                                                          : a;
    for (uint32_t k = a; k + 1 < b; k++) {
        kiji_str w = tok(c, k);
        if (kiji_lex_get(&kiji_lex_given_names, w.ptr, w.len) >= 0)
            return k;
    }
    return b - a >= 3 ? a + 1 : a;
}

/* A word of the source after "according to": a noun phrase's word, or a
 * document noun that is also a cue's form ("according to press reports"). */
static bool src_word(const ctx *c, uint32_t i)
{
    return np_word(c, i) || (is_word(c, i) && c->inq[i] < 0 && (noun_bits(c, i) & N_DOC) &&
                             !(cue_bits(c, i) & (C_STOP | C_SKIP)));
}

static bool add_cue(ctx *c, uint32_t i, uint32_t m, unsigned cls, uint32_t sent)
{
    const kiji_sentence *S = &c->d->sentences.v[sent];
    uint32_t sb = S->tok, se = S->tok + S->ntok;
    cue_rec r;
    memset(&r, 0, sizeof r);
    r.cue = i;
    r.cue_end = i + m;
    r.sent = sent;
    r.cls = cls;
    r.lo = i;
    r.hi = i + m;
    if (cls & C_ACCORDING) {
        r.form = F_ACCORDING;
        r.sk = speaker_fwd(c, i + m, se, &r.sp0, &r.sp1);
        bool bare = i + m < se && is_word(c, i + m) && !is_name_tok(c, i + m) &&
                    src_word(c, i + m) && !(cue_bits(c, i + m) & (C_DET | C_STOP));
        if (r.sk == SK_NONE && i + m < se && ((cue_bits(c, i + m) & C_DET) || bare)) {
            /* any noun phrase is a source here: "according to the
             * ruling", "according to the forecast unit", "according to
             * unofficial quick counts by three pollsters" */
            uint32_t j = i + m + 1;
            while (j < se && j < i + m + 6 && src_word(c, j) && !(cue_bits(c, j) & C_DET) &&
                   !is_name_tok(c, j) && !verbish(c, j))
                j++;
            if (bare && j == i + m + 1 && !(noun_bits(c, i + m) & N_SPEAKER))
                j = i + m; /* one plain word is too little */
            if (j > i + m + (bare ? 0 : 1)) {
                r.sk = SK_GROUP;
                r.sp0 = i + m;
                r.sp1 = j;
            }
        }
        if (r.sk == SK_NONE || r.sk == SK_PRON)
            return false;
        /* "according to the forecast unit": the phrase runs on to its head */
        if (r.sk == SK_GROUP)
            for (uint32_t n = 0; n < 3 && r.sp1 < se && is_word(c, r.sp1) &&
                                 src_word(c, r.sp1) && !(cue_bits(c, r.sp1) & C_DET) &&
                                 !(c->T[r.sp1].flags & KIJI_TF_CAP) && !verbish(c, r.sp1);
                 n++)
                r.sp1++;
        r.hi = r.sp1;
        KIJI_VEC_PUSH(c->rec, r);
        return true;
    }
    bool base = m == 1 && (cue_bits(c, i) & C_BASE);
    /* "told analysts on an earnings call", "joined a conference call": a
     * bare verb after "a" and one plain word is that phrase's noun */
    if (base && i >= sb + 2 && (tok_is(c, i - 2, "a") || tok_is(c, i - 2, "an")) &&
        is_word(c, i - 1) && !is_name_tok(c, i - 1) && !is_pronoun(c, i - 1) &&
        !(cue_bits(c, i - 1) & C_DET) && !(noun_bits(c, i - 1) & N_SPEAKER))
        return false;
    if (m == 1 && is_participle(c, i)) {
        bool after = i > sb && (is_sep(c, i - 1) || (c->inq[i - 1] >= 0 &&
                                                     c->qs.v[c->inq[i - 1]].close == i - 1));
        /* "Lima was quoted (by the paper) as saying ...": the subject speaks */
        if (!after && i > sb + 2 && tok_is(c, i - 1, "as") && (cls & C_SAY))
            for (uint32_t t = i - 2; t > sb && t + 8 > i; t--) {
                if (c->inq[t] >= 0 || is_sep(c, t))
                    break;
                if (tok_is(c, t, "quoted")) {
                    /* passive only: "The paper quoted Lima as saying"
                     * names its speaker after "quoted" */
                    after = tok_is(c, t - 1, "was") || tok_is(c, t - 1, "were") ||
                            tok_is(c, t - 1, "been") || tok_is(c, t - 1, "is") ||
                            tok_is(c, t - 1, "are");
                    break;
                }
            }
        bool init = i == sb || (i > sb && (is_punct(c, i - 1, '(')));
        bool next_ok = tok_is(c, i + m, "that") || is_punct(c, i + m, ':') ||
                       is_punct(c, i + m, ',') ||
                       (i + m < se && c->inq[i + m] >= 0 && c->qs.v[c->inq[i + m]].open == i + m) ||
                       ((cls & C_SAY) && i + m < se) ||
                       ((cls & C_BARE) && clause_like(c, i + m, se));
        /* ", calling it “a scheme”", ", urging them to “stay home”": a
         * verb that frames a quote speaks for the sentence's subject when
         * its quote follows within a few words */
        bool framed = false;
        for (uint32_t t = i + m; t < se && t < i + m + 6 && !framed; t++) {
            if (c->inq[t] >= 0) {
                framed = c->qs.v[c->inq[t]].open == t;
                break;
            }
            if (is_sep(c, t) || is_sentence_end(c, t))
                break;
        }
        if ((cls & (C_WEAK | C_FRAME)) && !(cls & C_ASK) && after && framed) {
            r.form = F_PART_AFTER;
            r.cls |= C_FRAME; /* it attributes the quote, reports nothing */
            KIJI_VEC_PUSH(c->rec, r);
            return true;
        }
        if (!next_ok || (cls & (C_ASK | C_WEAK | C_FRAME)))
            return false;
        if (after) {
            r.form = F_PART_AFTER;
            KIJI_VEC_PUSH(c->rec, r);
            return true;
        }
        if (init && tok_is(c, i + m, "that")) {
            uint32_t comma, k = clause_comma(c, i + m, se, &comma);
            if (k == UINT32_MAX)
                return false;
            r.form = F_PART_INIT;
            r.clause_end = comma;
            r.sk = speaker_fwd(c, k, se, &r.sp0, &r.sp1);
            if (r.sk == SK_NONE)
                return false;
            KIJI_VEC_PUSH(c->rec, r);
            return true;
        }
        return false;
    }
    /* the subject before the verb, past adverbs and auxiliaries, and past
     * a short aside in brackets ("the Food and Agriculture Organization
     * (FAO) said") */
    uint32_t j = i;
    for (int n = 0; n < 3 && j > sb && (cue_bits(c, j - 1) & C_SKIP) && c->inq[j - 1] < 0; n++)
        j--;
    if (j > sb + 2 && is_punct(c, j - 1, ')'))
        for (uint32_t t = j - 1; t-- > sb && t + 5 > j;)
            if (is_punct(c, t, '(')) {
                if (t > sb)
                    j = t;
                break;
            }
    uint32_t a;
    /* "an officer who described ...": the phrase before "who"; "Ana Lima,
     * a guesthouse owner first elected in 2019, who argued" */
    if (j > sb + 1 && tok_is(c, j - 1, "who")) {
        j--;
        if (j > sb + 1 && is_punct(c, j - 1, ',')) {
            j--;
            /* a group right before "who" may itself be the apposition of
             * a name: "said Ana Lima, the union's representative at the
             * plant, who added ..." */
            uint32_t na;
            bool gr = false;
            if (!name_back(c, j, sb, &na) && j > sb + 1) {
                gr = group_back(c, j, sb, &na);
                r.sk = appos_subject(c, j, sb, false, &r.sp0, &r.sp1, NULL);
                if (r.sk != SK_NONE && (!gr || r.sk == SK_NAME)) {
                    r.form = F_NORMAL;
                    r.lo = r.sp0;
                    KIJI_VEC_PUSH(c->rec, r);
                    return true;
                }
                r.sk = SK_NONE;
            }
        }
    }
    /* "he asked ..., called ... and said", "welcomed ... but cautioned":
     * the sentence's subject */
    bool conj = j > sb + 1 && tok_is(c, j - 1, "and");
    if (j > sb + 1 && tok_is(c, j - 1, "but")) {
        /* "but" only after a verb that reports nothing; "said A but
         * cautioned that B" is one clause of the first cue */
        conj = true;
        for (size_t k = c->rec.n; k-- > 0 && c->rec.v[k].sent == sent;)
            if (!(c->rec.v[k].cls & (C_FRAME | C_ASK)) && c->rec.v[k].form != F_ACCORDING)
                conj = false;
    }
    if (conj && !is_name_tok(c, j - 2) &&
        !(noun_bits(c, j - 2) & N_SPEAKER)) {
        r.sk = subject_span(c, sb, j - 1, &r.sp0, &r.sp1);
        if (r.sk != SK_NONE && !base) {
            r.form = F_NORMAL;
            r.lo = i;
            KIJI_VEC_PUSH(c->rec, r);
            return true;
        }
        r.sk = SK_NONE;
    }
    if (j > sb && c->inq[j - 1] < 0 && !is_possessive(c, j - 1)) {
        uint32_t k = j - 1;
        if (is_pronoun(c, k)) {
            r.sk = SK_PRON;
            r.sp0 = k;
            r.sp1 = k + 1;
        } else if (name_back(c, k + 1, sb, &a)) {
            /* "Officials said" opens a sentence: a group, not a name */
            if (a == k && (c->T[k].flags & KIJI_TF_SSTART) && (noun_bits(c, k) & N_SPEAKER) &&
                !(noun_bits(c, k) & N_TITLE))
                r.sk = SK_GROUP;
            else
                r.sk = SK_NAME;
            r.sp0 = a;
            r.sp1 = k + 1;
            /* a name after a preposition is no subject: "authorities in
             * Beijing said", "Wee of the Times reports" */
            uint32_t q = a;
            if (q > sb && (cue_bits(c, q - 1) & C_ARTICLE))
                q--;
            if (q > sb + 1 && (tok_is(c, q - 1, "in") || tok_is(c, q - 1, "of") ||
                               tok_is(c, q - 1, "at") || tok_is(c, q - 1, "from") ||
                               tok_is(c, q - 1, "for") || tok_is(c, q - 1, "with"))) {
                uint32_t a2, g2;
                bool nm = name_back(c, q - 1, sb, &a2);
                bool gr = group_back(c, q - 1, sb, &g2);
                if (gr && (!nm || g2 < a2)) {
                    /* "a spokesperson for the ministry in The Hague said":
                     * the place adds nothing to who speaks */
                    r.sk = SK_GROUP;
                    r.sp0 = g2;
                    for (uint32_t t = g2; t < q - 1; t++)
                        if (tok_is(c, t, "for") || tok_is(c, t, "of") || tok_is(c, t, "at"))
                            r.sp1 = q - 1; /* but "authorities in Beijing" */
                } else if (nm) {
                    r.sp0 = a2; /* "Wee of the Times" */
                    r.sp1 = q - 1;
                } else {
                    r.sk = SK_NONE;
                }
                /* "a bloc of Latin American states.": a plural noun, not a
                 * verb, unless "that", a colon or a quote follows */
                kiji_str cw = tok(c, i);
                uint32_t nx = i + m;
                if (m == 1 && (cw.ptr[cw.len - 1] | 32) == 's' && !tok_is(c, i, "says") &&
                    !tok_is(c, nx, "that") && !is_punct(c, nx, ':') &&
                    !(nx < se && c->inq[nx] >= 0 && c->qs.v[c->inq[nx]].open == nx))
                    r.sk = SK_NONE;
            }
        } else if (group_back(c, k + 1, sb, &a)) {
            r.sk = SK_GROUP;
            r.sp0 = a;
            r.sp1 = k + 1;
        } else if (k == sb && k + 1 == i && (c->T[k].flags & KIJI_TF_CAP) &&
                   !(cue_bits(c, k) & (C_DET | C_STOP | C_SKIP | C_CUE))) {
            /* a capitalised common word alone before the verb is a name
             * ("Thunder said": a club), for a common noun would need an
             * article */
            r.sk = SK_NAME;
            r.sp0 = k;
            r.sp1 = k + 1;
        }
        /* "Ana Lima and Ivan Petrov said", "Lima and her team said", "the
         * World Bank and the IMF said": both */
        uint32_t a2, amp = r.sp0 > sb ? r.sp0 - 1 : sb;
        if (amp > sb && (cue_bits(c, amp) & C_ARTICLE))
            amp--;
        if (r.sk != SK_NONE && r.sk != SK_PRON && amp > sb && tok_is(c, amp, "and") &&
            (name_back(c, amp, sb, &a2) || group_back(c, amp, sb, &a2))) {
            if (role_and(c, a2, amp, sb, r.sp1)) {
                /* "Minister of Tourism and Culture Ana Lima said": one
                 * person after a role with "and" in it */
                if (r.sk == SK_NAME)
                    r.sp0 = role_tail(c, r.sp0, r.sp1);
            } else {
                r.sp0 = a2;
                r.sk = SK_NAME; /* resolve_name splits at "and" */
            }
        }
    }
    /* "... issued the rules on Friday and said": no pair of speakers
     * before "and" after all, so the sentence's subject */
    if (r.sk == SK_NONE && !base && conj && c->inq[j - 2] < 0 &&
        !is_sep(c, j - 2)) {
        r.sk = subject_span(c, sb, j - 1, &r.sp0, &r.sp1);
        if (r.sk != SK_NONE) {
            r.form = F_NORMAL;
            r.lo = i;
            KIJI_VEC_PUSH(c->rec, r);
            return true;
        }
    }
    if (r.sk != SK_NONE) {
        /* a bare verb ("say", "note", "call") needs a plural subject:
         * "officials say", "they say"; "Lima's call", "the note" are nouns */
        bool pair = false;
        for (uint32_t t = r.sp0; t < r.sp1; t++)
            pair |= tok_is(c, t, "and");
        /* the phrase's head: its last speaker noun before a preposition
         * ("herders in the province say") */
        uint32_t hd = r.sp1 - 1;
        for (uint32_t t = r.sp0; t < r.sp1 && r.sk == SK_GROUP; t++) {
            if (t > r.sp0 && group_prep(c, t))
                break;
            if (speaker_noun(c, t))
                hd = t;
        }
        kiji_str hw = tok(c, hd);
        bool plural = (noun_bits(c, hd) & N_PEOPLE) ||
                      (speaker_noun(c, hd) && (hw.ptr[hw.len - 1] | 32) == 's');
        if (base && !pair &&
            !(r.sk == SK_PRON ? tok_is(c, r.sp0, "they") : r.sk == SK_GROUP && plural))
            return false;
        r.form = F_NORMAL;
        r.lo = r.sp0;
        /* "..., the Foreign Ministry said": the article opens the attribution */
        if (r.sk == SK_NAME && r.lo > sb && (cue_bits(c, r.lo - 1) & C_ARTICLE))
            r.lo--;
        /* "..., union leader Ana Lima said": so do the role's words */
        if (r.sk == SK_NAME && r.lo > sb + 1 && c->inq[r.lo - 1] < 0 && is_word(c, r.lo - 1) &&
            (title_tok(c, r.lo - 1) || (noun_bits(c, r.lo - 1) & N_PERSON))) {
            uint32_t t = r.lo - 1;
            while (t > sb && r.lo - t < 4 && c->inq[t - 1] < 0 && is_word(c, t - 1) &&
                   np_word(c, t - 1) && !(cue_bits(c, t - 1) & (C_STOP | C_SKIP | C_CUE)))
                t--;
            if (t > sb && (cue_bits(c, t - 1) & C_ARTICLE))
                t--;
            if (t > sb && is_sep(c, t - 1) && c->inq[t - 1] < 0)
                r.lo = t;
        }
        KIJI_VEC_PUSH(c->rec, r);
        return true;
    }
    /* a long apposition: "Ana Lima, an analyst at the institute, said" */
    if (j > sb && is_punct(c, j - 1, ',') &&
        (r.sk = appos_subject(c, j - 1, sb, true, &r.sp0, &r.sp1, &r.lo)) != SK_NONE) {
        r.form = F_NORMAL;
        if (r.lo > r.sp0 || r.lo < sb)
            r.lo = r.sp0;
        KIJI_VEC_PUSH(c->rec, r);
        return true;
    }
    /* inverted: `..., said Ana Lima` after a quote, a comma, a dash or an
     * opening "So" (`“...” So said Ana Lima.`); the listener after "told"
     * is never the speaker */
    bool after_sep = i > sb && (is_sep(c, i - 1) || (c->inq[i - 1] >= 0 &&
                                                     c->qs.v[c->inq[i - 1]].close == i - 1) ||
                                (i == sb + 1 && (tok_is(c, sb, "so") || tok_is(c, sb, "thus"))));
    if (after_sep && !(cls & C_TELL) && !base) {
        r.sk = speaker_fwd(c, i + m, se, &r.sp0, &r.sp1);
        if (r.sk != SK_NONE && inverted_end(c, r.sp1, se)) {
            r.form = F_INVERTED;
            r.hi = r.sp1;
            KIJI_VEC_PUSH(c->rec, r);
            return true;
        }
    }
    return false;
}

static void find_cues(ctx *c)
{
    kiji_doc *d = c->d;
    for (uint32_t s = 0; s < d->sentences.n; s++) {
        const kiji_sentence *S = &d->sentences.v[s];
        if (!body_para(d, S->para))
            continue;
        for (uint32_t i = S->tok; i < S->tok + S->ntok; i++) {
            if (c->inq[i] >= 0 || !is_word(c, i))
                continue;
            /* a capital inside a sentence makes a name: "the United States" */
            if ((c->T[i].flags & KIJI_TF_CAP) && i != S->tok)
                continue;
            uint32_t m;
            unsigned cls = cue_at(c, i, &m);
            if (!(cls & C_CUE))
                continue;
            /* "island states insisted", "reports were": a plural noun
             * before its own verb is no cue */
            kiji_str w = tok(c, i);
            uint32_t m2;
            if (m == 1 && (w.ptr[w.len - 1] | 32) == 's' && !tok_is(c, i, "says") &&
                i + 1 < S->tok + S->ntok &&
                ((cue_at(c, i + 1, &m2) & (C_CUE & ~C_ACCORDING)) || verbish(c, i + 1)))
                continue;
            add_cue(c, i, m, cls, s);
            i += m - 1;
        }
    }
}

/* ------------------------------------------------------------------ */
/* speakers: from words to entities                                    */

static const char *dup(ctx *c, const char *p, size_t n)
{
    return kiji_arena_strndup(&c->d->arena, p, n);
}

static kiji_str last_word(const char *name)
{
    const char *sp = strrchr(name, ' ');
    const char *w = sp ? sp + 1 : name;
    return kiji_str_make(w, strlen(w));
}

/* One edit apart (insertion, deletion, substitution, swap of neighbours),
 * ASCII case ignored: "Hugues" for "Hughes". */
static bool one_edit(const char *a, size_t na, const char *b, size_t nb)
{
    if (na > nb)
        return one_edit(b, nb, a, na);
    if (nb - na > 1)
        return false;
    size_t i = 0;
    while (i < na && (a[i] | 32) == (b[i] | 32))
        i++;
    if (i == na)
        return true;
    if (na == nb) {
        if (!strncasecmp(a + i + 1, b + i + 1, na - i - 1))
            return true;
        return i + 1 < na && (a[i] | 32) == (b[i + 1] | 32) && (a[i + 1] | 32) == (b[i] | 32) &&
               !strncasecmp(a + i + 2, b + i + 2, na - i - 2);
    }
    return !strncasecmp(a + i, b + i + 1, na - i);
}

static int cmp_sname(const void *x, const void *y)
{
    const struct sname *a = x, *b = y;
    size_t n = a->n < b->n ? a->n : b->n;
    int r = strncasecmp(a->w, b->w, n);
    if (r)
        return r;
    return (a->n > b->n) - (a->n < b->n);
}

/* The surname index: PERSON entities with a full name, else (no entities)
 * the runs of two or more capitalised words of the body, by last word. */
static void build_snames(ctx *c)
{
    kiji_doc *d = c->d;
    c->sn_built = true;
    size_t cap = 16, n = 0;
    struct sname *v = kiji_xmalloc(cap * sizeof *v);
    for (size_t e = 0; e < d->entities.n; e++) {
        const kiji_entity *E = &d->entities.v[e];
        if (E->type != KIJI_ENT_PERSON || !strchr(E->name, ' '))
            continue;
        kiji_str w = last_word(E->name);
        if (n == cap)
            kiji_grow((void **)&v, &cap, n + 1, sizeof *v);
        v[n++] = (struct sname){w.ptr, (uint32_t)w.len, (int)e, 0, 0};
        /* "Elena Robles de la Fuente" is "Robles" too: the word before
         * the particles of a surname, when a given name comes first */
        const char *prev = NULL, *p = E->name;
        for (int k = 0; *p && k < 8; k++) {
            size_t l = strcspn(p, " ");
            bool part = l && p[0] >= 'a' && p[0] <= 'z' &&
                        (lex_bits(&kiji_lex_quote_nouns, p, l) & N_PARTICLE);
            if (part && prev && k >= 2 && p[l] == ' ') {
                if (n == cap)
                    kiji_grow((void **)&v, &cap, n + 1, sizeof *v);
                v[n++] = (struct sname){prev, (uint32_t)(p - 1 - prev), (int)e, 0, 0};
                break;
            }
            prev = p;
            p += l;
            while (*p == ' ')
                p++;
        }
    }
    if (!d->entities.n) {
        for (uint32_t s = 0; s < d->sentences.n; s++) {
            const kiji_sentence *S = &d->sentences.v[s];
            if (!body_para(d, S->para))
                continue;
            uint32_t se = S->tok + S->ntok;
            for (uint32_t i = S->tok; i < se; i++) {
                uint32_t b;
                if (!is_name_tok(c, i) || c->inq[i] >= 0 || !name_fwd(c, i, se, &b))
                    continue;
                uint32_t a = i;
                while (a < b && start_word(c, a))
                    a++;
                i = b - 1;
                if (b - a < 2)
                    continue;
                kiji_str w = tok(c, b - 1);
                if (n == cap)
                    kiji_grow((void **)&v, &cap, n + 1, sizeof *v);
                v[n++] = (struct sname){w.ptr, (uint32_t)w.len, -1, a, b};
            }
        }
    }
    qsort(v, n, sizeof *v, cmp_sname);
    c->sn = v;
    c->nsn = n;
}

/* The full name in [a, b) without the titles before it ("U.S. Defense
 * Secretary Ana Lima" -> "Ana Lima"), as an arena string. */
static bool title_tok(const ctx *c, uint32_t k)
{
    if (noun_bits(c, k) & N_TITLE)
        return true;
    /* "Secretary-General", "Vice-President" */
    kiji_str w = tok(c, k);
    const char *h = memchr(w.ptr, '-', w.len);
    if (!h || !is_word(c, k))
        return false;
    return lex_bits(&kiji_lex_quote_nouns, w.ptr, (size_t)(h - w.ptr)) & N_TITLE ||
           lex_bits(&kiji_lex_quote_nouns, h + 1, w.len - (size_t)(h + 1 - w.ptr)) & N_TITLE;
}

/* Start of the person's name in the capitalised words [a, b): after the
 * last title ("U.S. Defense Secretary Ana Lima" -> "Ana Lima").  An
 * institution's name keeps all its words ("Foreign Ministry", "U.S.
 * Attorney's Office"). */
static uint32_t plain_start(const ctx *c, uint32_t a, uint32_t b, uint8_t *gender)
{
    for (uint32_t k = a; k < b; k++)
        if (noun_bits(c, k) & N_ORG)
            return a;
    for (uint32_t k = a; k + 1 < b; k++) {
        if (c->T[k].kind == KIJI_TOK_PUNCT) {
            if (a == k)
                a = k + 1; /* the full stop after "Dr" */
            continue;
        }
        if (title_tok(c, k)) {
            if (gender && (tok_is(c, k, "mr") || tok_is(c, k, "mr.")))
                *gender = 'm';
            if (gender && (tok_is(c, k, "ms") || tok_is(c, k, "ms.") || tok_is(c, k, "mrs") ||
                           tok_is(c, k, "mrs.")))
                *gender = 'f';
            a = k + 1;
        }
    }
    return a;
}

/* End of the name in [a, b): a possessive is no part of it. */
static uint32_t name_end(const ctx *c, uint32_t b)
{
    uint32_t end = c->T[b - 1].end;
    kiji_str lw = tok(c, b - 1);
    if (lw.len > 2 && lw.ptr[lw.len - 2] == '\'' && (lw.ptr[lw.len - 1] | 32) == 's')
        end -= 2;
    else if (lw.len > 4 && !memcmp(lw.ptr + lw.len - 4, "\xE2\x80\x99", 3) &&
             (lw.ptr[lw.len - 1] | 32) == 's')
        end -= 4;
    return end;
}

static const char *plain_name(ctx *c, uint32_t a, uint32_t b, uint8_t *gender)
{
    a = plain_start(c, a, b, gender);
    uint32_t end = name_end(c, b);
    return dup(c, c->s + c->T[a].start, end - c->T[a].start);
}

/* The full name whose last word is w (or one edit from it, for a name met
 * before as a speaker): an entity index, or -1 with *name set from the
 * text's own runs; NULL *name when none. */
/* A surname alone: one word, or particles and a word ("Van der Burg",
 * "Dela Cruz", "delos Reyes"). */
static bool surname_like(const char *name)
{
    const char *sp = strrchr(name, ' ');
    if (!sp)
        return true;
    for (const char *p = name; p < sp;) {
        size_t n = strcspn(p, " ");
        if (!(lex_bits(&kiji_lex_quote_nouns, p, n) & N_PARTICLE))
            return false;
        p += n + 1;
    }
    return true;
}

/* Does the full name cand end with the particles of a surname ("van der"
 * of "Van der Burg" in "Pieter van der Berg")?  pre holds the surname's
 * words before its last (maybe none); case is ignored. */
static bool tail_ok(const char *cand, const char *pre, size_t npre)
{
    if (!npre)
        return true;
    const char *lw = strrchr(cand, ' ');
    if (!lw || (size_t)(lw - cand) < npre + 1)
        return false;
    const char *t = lw - npre;
    return t[-1] == ' ' && !strncasecmp(t, pre, npre);
}

static int full_name(ctx *c, const char *sur, size_t nsur, uint32_t pos, const char **name,
                     const char **how)
{
    *name = NULL;
    if (!c->sn_built)
        build_snames(c);
    /* the last word is the key; the words before it must match too */
    const char *w = sur;
    for (size_t i = 0; i < nsur; i++)
        if (sur[i] == ' ')
            w = sur + i + 1;
    size_t n = nsur - (size_t)(w - sur);
    size_t npre = w > sur ? (size_t)(w - sur) - 1 : 0;
    if (n < 2)
        return -1;
    struct sname key = {w, (uint32_t)n, 0, 0, 0};
    size_t lo = 0, hi = c->nsn;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (cmp_sname(&c->sn[mid], &key) < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    /* several people may share the name: the last one named as a speaker,
     * else the one introduced last before pos, else the first */
    int best = -1;
    const struct sname *bs = NULL;
    for (size_t i = lo; i < c->nsn && !cmp_sname(&c->sn[i], &key); i++) {
        const struct sname *x = &c->sn[i];
        if (npre && (x->entity < 0 || !tail_ok(c->d->entities.v[x->entity].name, sur, npre)))
            continue;
        uint32_t at = x->entity >= 0 ? 0 : x->a;
        if (x->entity >= 0) {
            const kiji_entity *E = &c->d->entities.v[x->entity];
            at = E->first >= 0 && (size_t)E->first < c->d->mentions.n
                     ? c->d->mentions.v[E->first].start
                     : 0;
            at = at <= c->T[pos].start ? at : UINT32_MAX;
        } else {
            at = x->a <= pos ? c->T[x->a].start : UINT32_MAX;
        }
        if (!bs || (at != UINT32_MAX && (best < 0 || at > (uint32_t)best))) {
            bs = x;
            best = at == UINT32_MAX ? -1 : (int)at;
        }
    }
    if (!bs) {
        /* a speaker named in full before, whom the entities missed */
        for (size_t h = c->hist.n, k = 0; h-- > 0 && k < 64; k++) {
            const speaker *sp = &c->hist.v[h];
            if (!sp->name || !strchr(sp->name, ' ') || sp->cls == SC_PEOPLE)
                continue;
            kiji_str lw = last_word(sp->name);
            if (lw.len == n && !strncasecmp(lw.ptr, w, n) && tail_ok(sp->name, sur, npre)) {
                *how = "surname";
                *name = sp->name;
                return sp->entity;
            }
        }
    }
    if (bs) {
        *how = "surname";
        if (bs->entity >= 0) {
            *name = c->d->entities.v[bs->entity].name;
            return bs->entity;
        }
        *name = plain_name(c, bs->a, bs->b, NULL);
        return -1;
    }
    /* a misspelt surname: one edit from a speaker's or a person's name */
    if (n < 4)
        return -1;
    for (size_t h = c->hist.n, k = 0; h-- > 0 && k < 64; k++) {
        const speaker *sp = &c->hist.v[h];
        if (sp->cls != SC_PERSON || !sp->name || !strchr(sp->name, ' '))
            continue;
        kiji_str lw = last_word(sp->name);
        if ((lw.ptr[0] | 32) == (w[0] | 32) && one_edit(lw.ptr, lw.len, w, n) &&
            tail_ok(sp->name, sur, npre)) {
            *how = "near-miss";
            *name = sp->name;
            return sp->entity;
        }
    }
    if (c->nsn <= 512) {
        for (size_t i = 0; i < c->nsn; i++) {
            const struct sname *x = &c->sn[i];
            if ((x->w[0] | 32) != (w[0] | 32) || !one_edit(x->w, x->n, w, n) ||
                (npre && (x->entity < 0 || !tail_ok(c->d->entities.v[x->entity].name, sur, npre))))
                continue;
            *how = "near-miss";
            if (x->entity >= 0) {
                *name = c->d->entities.v[x->entity].name;
                return x->entity;
            }
            *name = plain_name(c, x->a, x->b, NULL);
            return -1;
        }
    }
    return -1;
}

/* Index into doc->mentions of the mention overlapping bytes [a, b) the
 * most, or -1.  Mentions are sorted by start and do not overlap. */
static int mention_at(const ctx *c, uint32_t a, uint32_t b)
{
    const kiji_doc *d = c->d;
    size_t lo = 0, hi = d->mentions.n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (d->mentions.v[mid].start < b)
            lo = mid + 1;
        else
            hi = mid;
    }
    int best = -1;
    uint32_t bo = 0;
    for (size_t i = lo, k = 0; i-- > 0 && k < 16; k++) {
        const kiji_mention *m = &d->mentions.v[i];
        if (m->end <= a)
            break;
        uint32_t o = (m->end < b ? m->end : b) - (m->start > a ? m->start : a);
        if (m->entity >= 0 && (size_t)m->entity < d->entities.n && o > bo) {
            bo = o;
            best = (int)i;
        }
    }
    return best;
}

/* The token of byte offset off (the last token starting at or before it). */
static uint32_t tok_of(const ctx *c, uint32_t off)
{
    uint32_t lo = 0, hi = c->nt;
    while (lo < hi) {
        uint32_t mid = (lo + hi) / 2;
        if (c->T[mid].start <= off)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo ? lo - 1 : 0;
}

static uint8_t ent_cls(const kiji_entity *E)
{
    return E->type == KIJI_ENT_PERSON                              ? SC_PERSON
           : E->type == KIJI_ENT_GPE || E->type == KIJI_ENT_LOC ? SC_PLACE
                                                                  : SC_ORG;
}

/* The mention that names the person or body in bytes [a, b) (a name with
 * its titles gone), or -1: one mention over all of it, or a person's
 * mention that ends it with no other person's inside ("NATO
 * Secretary-General Ana Lima").  A name the entities split in two people
 * or places ("Ana" + a city "Lima") is no mention: its words stand. */
static int name_mention(const ctx *c, uint32_t a, uint32_t b)
{
    const kiji_doc *d = c->d;
    int mi = mention_at(c, a, b);
    if (mi < 0)
        return -1;
    const kiji_mention *m = &d->mentions.v[mi];
    if (m->start <= a && m->end >= b)
        return mi;
    int last = -1, persons = 0;
    for (size_t i = (size_t)mi; i < d->mentions.n && d->mentions.v[i].start < b; i++)
        last = (int)i;
    /* count the people named inside */
    size_t lo = 0, hi = d->mentions.n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (d->mentions.v[mid].end <= a)
            lo = mid + 1;
        else
            hi = mid;
    }
    for (size_t i = lo; i < d->mentions.n && d->mentions.v[i].start < b; i++) {
        const kiji_mention *x = &d->mentions.v[i];
        if (x->entity >= 0 && (size_t)x->entity < d->entities.n &&
            d->entities.v[x->entity].type == KIJI_ENT_PERSON)
            persons++;
    }
    if (last < 0)
        return -1;
    const kiji_mention *l = &d->mentions.v[last];
    if (l->end >= b && l->entity >= 0 && (size_t)l->entity < d->entities.n &&
        d->entities.v[l->entity].type == KIJI_ENT_PERSON && persons == 1)
        return last;
    /* a place's institution: "Norway’s Ministry of Fisheries" is the
     * ministry (one institution's mention of two words or more after the
     * place and its possessive) */
    if (l->end >= b && l->start > a && l->entity >= 0 && (size_t)l->entity < d->entities.n &&
        d->entities.v[l->entity].type == KIJI_ENT_ORG &&
        strchr(d->entities.v[l->entity].name, ' ')) {
        uint32_t t = tok_of(c, l->start);
        const kiji_mention *f = &d->mentions.v[lo < d->mentions.n ? lo : 0];
        if (t > 0 && c->T[t].start == l->start && is_possessive(c, t - 1) && f->start <= a &&
            f->entity >= 0 && (size_t)f->entity < d->entities.n &&
            ent_cls(&d->entities.v[f->entity]) == SC_PLACE && tok_of(c, f->start) == t - 1)
            return last;
    }
    return -1;
}

/* A person's name without the titles the entities left on it
 * ("Commodore Ana Lima" -> "Ana Lima"), while two words or more remain
 * ("Pope Leo" stays): a pointer into name. */
static const char *untitled(const char *name)
{
    const char *p = name;
    for (int k = 0; k < 4; k++) {
        size_t n = strcspn(p, " ");
        if (!p[n] || !(lex_bits(&kiji_lex_quote_nouns, p, n) & N_TITLE))
            break;
        const char *q = p + n + 1;
        if (!strchr(q, ' '))
            break; /* one word would be left */
        p = q;
    }
    return p;
}

static void set_entity(ctx *c, speaker *sp, int e)
{
    const kiji_entity *E = &c->d->entities.v[e];
    sp->entity = e;
    sp->name = E->type == KIJI_ENT_PERSON ? untitled(E->name) : E->name;
    sp->cls = ent_cls(E);
    if (E->gender)
        sp->gender = E->gender;
}

/* An institution named in full before and shortened since ("the Court of
 * Human Rights" after "the European Court of Human Rights"), or a person's
 * surname of several words ("Robles de la Fuente" after "Elena Robles de
 * la Fuente"): the index of the one entity of that type whose name ends with
 * name's words (any case), or -1 (none, or several).  Scans at most the
 * first 1024 entities. */
static int longer_name(const ctx *c, const char *name, int self, uint8_t type)
{
    const kiji_doc *d = c->d;
    size_t n = strlen(name);
    if (n < 4 || !strchr(name, ' '))
        return -1; /* one word ("the Court") is too little to go on */
    int best = -1;
    for (size_t e = 0; e < d->entities.n && e < 1024; e++) {
        const kiji_entity *E = &d->entities.v[e];
        size_t m = strlen(E->name);
        if ((int)e == self || E->type != type || m <= n + 1)
            continue;
        if (E->name[m - n - 1] != ' ' || strcasecmp(E->name + m - n, name))
            continue;
        if (best >= 0)
            return -1; /* two such ("South Korean", "Japanese Foreign Ministry") */
        best = (int)e;
    }
    return best;
}

/* The one institution whose name begins with name's words and goes on
 * ("Kestrel" or "Kestrel Partners" for "Kestrel Partners Holdings Ltd."),
 * other than entity self: its index, or -1 (none, or several).  Names of
 * three words at most; scans at most the first 1024 entities. */
static int org_prefix(const ctx *c, const char *name, int self)
{
    const kiji_doc *d = c->d;
    size_t n = strlen(name), words = 1;
    for (size_t i = 0; i < n; i++)
        words += name[i] == ' ';
    if (n < 3 || words > 3)
        return -1;
    int best = -1;
    for (size_t e = 0; e < d->entities.n && e < 1024; e++) {
        const kiji_entity *E = &d->entities.v[e];
        if ((int)e == self || E->type != KIJI_ENT_ORG || strlen(E->name) <= n + 1 ||
            E->name[n] != ' ' || strncasecmp(E->name, name, n))
            continue;
        if (best >= 0 && strcmp(d->entities.v[best].name, E->name))
            return -1; /* two such: "Kestrel Partners" and "Kestrel Energy" */
        best = (int)e;
    }
    return best;
}

/* A speaker named in full before whose name ends with name's words, any
 * case ("Juan Pablo Ibarra de la Vega" for "Ibarra de la Vega"), when
 * the entities have no such person: the latest of the last 64, or NULL. */
static const speaker *longer_spoken(const ctx *c, const char *name)
{
    size_t n = strlen(name);
    if (n < 4 || !strchr(name, ' '))
        return NULL;
    for (size_t h = c->hist.n, k = 0; h-- > 0 && k < 64; k++) {
        const speaker *x = &c->hist.v[h];
        size_t m = x->name ? strlen(x->name) : 0;
        if (x->cls == SC_PERSON && m > n + 1 && x->name[m - n - 1] == ' ' &&
            !strcasecmp(x->name + m - n, name))
            return x;
    }
    return NULL;
}

/* The one organisation named before token a whose name holds every word
 * of [a, b) ("Central Weather Administration" for "the weather
 * administration", "Osaka High Court" for "the court"), or -1 (none, or
 * several: "the league" after two leagues stays as written).  Entities are
 * numbered in order of first mention; scans at most the first 1024. */
static int named_org_words(const ctx *c, uint32_t a, uint32_t b)
{
    const kiji_doc *d = c->d;
    int best = -1;
    for (size_t e = 0; e < d->entities.n && e < 1024; e++) {
        const kiji_entity *E = &d->entities.v[e];
        if (E->first < 0 || (size_t)E->first >= d->mentions.n ||
            d->mentions.v[E->first].start >= c->T[a].start)
            break;
        if (E->type != KIJI_ENT_ORG)
            continue;
        bool all = true;
        for (uint32_t k = a; k < b && all; k++) {
            kiji_str w = tok(c, k);
            bool found = false;
            for (const char *p = E->name; *p && !found;) {
                size_t n = strcspn(p, " ");
                found = n == w.len && !strncasecmp(p, w.ptr, n);
                p += n;
                while (*p == ' ')
                    p++;
            }
            all = found;
        }
        if (all) {
            if (best >= 0)
                return -1;
            best = (int)e;
        }
    }
    return best;
}

/* Speaker from the name in tokens [a, b). */
static bool resolve_group(ctx *c, uint32_t a, uint32_t b, speaker *sp);
static bool resolve_ref(ctx *c, uint32_t k, uint8_t want, bool they, bool it, speaker *sp);

static bool resolve_name(ctx *c, uint32_t a, uint32_t b, speaker *sp)
{
    kiji_doc *d = c->d;
    for (uint32_t k = a + 1; k + 1 < b; k++) {
        if (!tok_is(c, k, "and"))
            continue;
        int whole = mention_at(c, c->T[a].start, c->T[b - 1].end);
        if (whole >= 0 && d->mentions.v[whole].start <= c->T[a].start &&
            d->mentions.v[whole].end >= c->T[b - 1].end)
            break; /* one name with "and" in it: "Procter and Gamble" */
        /* two speakers: "Ana Lima and Ivan Petrov said", "Lima and her team" */
        speaker x, y;
        memset(&x, 0, sizeof x);
        memset(&y, 0, sizeof y);
        if (is_name_tok(c, a))
            resolve_name(c, a, k, &x);
        else
            resolve_group(c, a, k, &x);
        if (is_name_tok(c, k + 1))
            resolve_name(c, k + 1, b, &y);
        else
            resolve_group(c, k + 1, b, &y);
        if (!x.name || !y.name)
            break;
        kiji_buf_clear(&c->tmp);
        /* the article before the second name stays, as written: "X and
         * the Y Agency" */
        kiji_buf_printf(&c->tmp, "%s and %s%s", x.name,
                        tok_is(c, k + 1, "the") && y.cls == SC_ORG ? "the " : "", y.name);
        memset(sp, 0, sizeof *sp);
        sp->entity = -1;
        sp->name = dup(c, c->tmp.ptr, c->tmp.len);
        sp->ms = c->T[a].start;
        sp->me = c->T[b - 1].end;
        sp->cls = SC_PEOPLE;
        sp->how = "pair";
        sp->conf = 0.8f;
        return true;
    }
    uint32_t A = c->T[a].start, B = c->T[b - 1].end;
    sp->ms = A;
    sp->me = B;
    sp->entity = -1;
    sp->cls = SC_PERSON;
    sp->conf = 1.0f;
    int mi = name_mention(c, c->T[plain_start(c, a, b, NULL)].start, name_end(c, b));
    if (mi >= 0) {
        const kiji_mention *m = &d->mentions.v[mi];
        const kiji_entity *E = &d->entities.v[m->entity];
        set_entity(c, sp, m->entity);
        sp->ms = m->start;
        sp->me = m->end;
        sp->how = NULL;
        if (E->type == KIJI_ENT_ORG ||
            (E->type == KIJI_ENT_PERSON && !surname_like(E->name))) {
            int f = longer_name(c, E->name, m->entity, E->type);
            const speaker *x = f < 0 && E->type == KIJI_ENT_PERSON ? longer_spoken(c, E->name)
                                                                    : NULL;
            if (f >= 0) {
                set_entity(c, sp, f);
                if (E->type == KIJI_ENT_PERSON)
                    sp->how = "surname";
            } else if (x) {
                sp->entity = x->entity;
                sp->name = x->name;
                sp->how = "surname";
            }
        }
        /* a surname the entities left on its own, or took for a place
         * ("Lima said" after "Ana Lima"): find its full name */
        bool place = E->type == KIJI_ENT_GPE || E->type == KIJI_ENT_LOC;
        if ((E->type == KIJI_ENT_PERSON || E->type == KIJI_ENT_MISC || place) &&
            surname_like(E->name)) {
            const char *name, *how = NULL;
            int f = full_name(c, E->name, strlen(E->name), a, &name, &how);
            if (place && how && strcmp(how, "surname"))
                name = NULL; /* a place is only a person by the exact name */
            if (name && f != m->entity) {
                if (f >= 0)
                    set_entity(c, sp, f);
                else
                    sp->name = name;
                sp->cls = SC_PERSON;
                sp->how = how;
                sp->conf = 0.85f;
            }
        }
        /* a company's short form: "Kestrel" for Kestrel Partners Ltd.,
         * even when the entities took the one word for a person */
        if (sp->entity == m->entity &&
            (E->type == KIJI_ENT_ORG || E->type == KIJI_ENT_MISC ||
             (E->type == KIJI_ENT_PERSON && !strchr(E->name, ' ')))) {
            int f = org_prefix(c, E->name, m->entity);
            if (f >= 0) {
                set_entity(c, sp, f);
                sp->how = "short";
            }
        }
        return true;
    }
    uint8_t g = 0;
    const char *name = plain_name(c, a, b, &g);
    sp->gender = g;
    sp->name = name;
    sp->how = "name";
    sp->conf = 0.8f;
    /* "the Chamber of Commerce", "Hartwell Bank": an institution ("it");
     * a name with a given name or a title is a person; else unknown */
    sp->cls = SC_UNKNOWN;
    if (g || strchr(name, ' ') || plain_start(c, a, b, NULL) > a)
        sp->cls = SC_PERSON;
    for (uint32_t k = a; k < b; k++)
        if ((noun_bits(c, k) & N_ORG) || (c->T[k].flags & KIJI_TF_UPPER))
            sp->cls = SC_ORG; /* "Hartwell Bank", "Chinese CDC" */
    if (surname_like(name)) {
        const char *full, *how = NULL;
        int f = full_name(c, name, strlen(name), a, &full, &how);
        if (full) {
            if (f >= 0)
                set_entity(c, sp, f);
            else
                sp->name = full;
            sp->cls = SC_PERSON;
            sp->how = how;
            sp->conf = 0.8f;
        } else if ((f = org_prefix(c, name, -1)) >= 0) {
            set_entity(c, sp, f);
            sp->how = "short";
        }
    } else {
        int e = kiji_entity_find(d, name, strlen(name));
        if (e < 0)
            e = longer_name(c, name, -1, sp->cls == SC_ORG ? KIJI_ENT_ORG : KIJI_ENT_PERSON);
        if (e < 0 && sp->cls == SC_ORG && (e = org_prefix(c, name, -1)) >= 0)
            sp->how = "short";
        const speaker *x = e < 0 && sp->cls == SC_PERSON ? longer_spoken(c, name) : NULL;
        if (e >= 0 && (size_t)e < d->entities.n) {
            set_entity(c, sp, e);
        } else if (x) {
            sp->entity = x->entity;
            sp->name = x->name;
            sp->how = "surname";
        }
    }
    return true;
}

/* The person named before token k next to the role word at token h, in
 * this paragraph or the two before: "agent Marco Bellini", "the striker's
 * agent, Marco Bellini," or "Marco Bellini, his agent,".  The entity's
 * index, or -1 (none, or two people).  Looks at most 64 mentions back. */
static int role_named(const ctx *c, uint32_t k, uint32_t h)
{
    const kiji_doc *d = c->d;
    kiji_str w = tok(c, h);
    uint32_t para = d->sentences.v[c->tsent[k]].para;
    size_t lo = 0, hi = d->mentions.n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (d->mentions.v[mid].start < c->T[k].start)
            lo = mid + 1;
        else
            hi = mid;
    }
    int best = -1;
    for (size_t i = lo, n = 0; i-- > 0 && n < 64; n++) {
        const kiji_mention *m = &d->mentions.v[i];
        if (m->entity < 0 || (size_t)m->entity >= d->entities.n ||
            d->entities.v[m->entity].type != KIJI_ENT_PERSON)
            continue;
        uint32_t t = tok_of(c, m->start), e = tok_of(c, m->end - 1) + 1;
        if (d->sentences.v[c->tsent[t]].para + 2 < para)
            break;
        bool near = false;
        uint32_t t0 = t > 0 && is_punct(c, t - 1, ',') ? t - 1 : t;
        if (t0 > 0) {
            kiji_str x = tok(c, t0 - 1);
            near = x.len == w.len && !strncasecmp(x.ptr, w.ptr, w.len);
        }
        for (uint32_t j = e + 1; !near && is_punct(c, e, ',') && j < e + 6 && j < c->nt; j++) {
            if (is_punct(c, j, ',') || is_sentence_end(c, j))
                break;
            kiji_str x = tok(c, j);
            near = x.len == w.len && !strncasecmp(x.ptr, w.ptr, w.len);
        }
        if (!near)
            continue;
        if (best >= 0 && best != m->entity)
            return -1;
        best = m->entity;
    }
    return best;
}

/* The phrase that brought in the group "the X" at token k (head h) as the
 * subject of one of the ten sentences before: "a panel of three
 * arbitrators" (an indefinite article, the same noun, and more words after
 * it).  Sets its tokens [*ga, *gb). */
static bool group_named(ctx *c, uint32_t k, uint32_t h, uint32_t *ga, uint32_t *gb)
{
    const kiji_doc *d = c->d;
    kiji_str w = tok(c, h);
    uint32_t s = c->tsent[k];
    for (uint32_t n = 0; n < 10 && s > 0; n++) {
        s--;
        const kiji_sentence *S = &d->sentences.v[s];
        if (!body_para(d, S->para))
            continue;
        uint32_t a = 0, b = 0, se = S->tok + S->ntok;
        if (subject_span(c, S->tok, se, &a, &b) != SK_GROUP ||
            !(tok_is(c, a, "a") || tok_is(c, a, "an")))
            continue;
        kiji_str x = tok(c, a + 1);
        if (x.len != w.len || strncasecmp(x.ptr, w.ptr, w.len) ||
            !(tok_is(c, a + 2, "of") || tok_is(c, a + 2, "from") || tok_is(c, a + 2, "for")))
            continue;
        /* the words after the preposition, up to the verb */
        uint32_t e = a + 3;
        while (e < se && e < a + 10 && c->inq[e] < 0 && np_word(c, e) && !verbish(c, e))
            e++;
        if (e > a + 3 && e < se && verbish(c, e)) {
            *ga = a;
            *gb = e;
            return true;
        }
    }
    return false;
}

/* Speaker from a noun phrase in tokens [a, b): a document's source ("a
 * Pentagon statement" -> the Pentagon), a named institution ("the
 * Pentagon"), or the phrase itself as a group ("the top officials"). */
static bool resolve_group(ctx *c, uint32_t a, uint32_t b, speaker *sp)
{
    unsigned hb = noun_bits(c, b - 1);
    sp->entity = -1;
    sp->conf = 0.9f;
    if (hb & N_DOC) {
        /* whose document: the name inside the phrase, or after by/from/of */
        for (uint32_t k = a; k < b; k++) {
            uint32_t e;
            if (is_name_tok(c, k) && name_fwd(c, k, b, &e)) {
                uint32_t k0 = k;
                while (k0 < e && start_word(c, k0))
                    k0++;
                if (k0 < e) {
                    resolve_name(c, k0, e, sp);
                    if (sp->entity < 0 || c->d->entities.v[sp->entity].type != KIJI_ENT_PERSON)
                        sp->cls = SC_ORG;
                    sp->how = "source";
                    return true;
                }
            }
        }
        uint32_t k = b;
        /* "data compiled by Refinitiv", "figures collected by the bank":
         * who made the numbers is their source (but "a report released by
         * the ministry" stays a report) */
        if (k + 1 < c->nt && c->tsent[k + 1] == c->tsent[b - 1] &&
            (tok_is(c, k, "compiled") || tok_is(c, k, "collected") || tok_is(c, k, "gathered") ||
             tok_is(c, k, "calculated") || tok_is(c, k, "tallied")) &&
            (tok_is(c, k + 1, "by") || tok_is(c, k + 1, "from")))
            k++;
        if (tok_is(c, k, "by") || tok_is(c, k, "from") || tok_is(c, k, "of")) {
            const kiji_sentence *S = &c->d->sentences.v[c->tsent[b - 1]];
            uint32_t a2, b2;
            uint8_t sk = speaker_fwd(c, k + 1, S->tok + S->ntok, &a2, &b2);
            if (sk == SK_NAME) {
                resolve_name(c, a2, b2, sp);
                sp->how = "source";
                return true;
            }
            if (sk == SK_GROUP && !(noun_bits(c, b2 - 1) & N_DOC))
                return resolve_group(c, a2, b2, sp);
        }
        /* "a customs agency report", "the ministry's statement" */
        if (b - 1 > a && (noun_bits(c, b - 2) & (N_ORG | N_PERSON | N_PEOPLE))) {
            uint32_t k0 = a;
            if (tok_is(c, k0, "a") || tok_is(c, k0, "an"))
                k0++;
            uint32_t end = c->T[b - 2].end;
            kiji_str w = tok(c, b - 2);
            if (is_possessive(c, b - 2))
                end -= w.ptr[w.len - 2] == '\'' ? 2 : 4;
            sp->ms = c->T[k0].start;
            sp->me = end;
            sp->name = dup(c, c->s + sp->ms, sp->me - sp->ms);
            sp->cls = SC_ORG;
            sp->how = "source";
            return true;
        }
        sp->ms = c->T[a].start;
        sp->me = c->T[b - 1].end;
        sp->name = dup(c, c->s + sp->ms, sp->me - sp->ms);
        sp->cls = SC_ORG;
        sp->how = "document"; /* no owner named: a weak source */
        sp->conf = 0.6f;
        return true;
    }
    uint32_t ag;
    if (age_at(c, b, a, &ag) && tok_is(c, ag, "the")) {
        /* "the 18-year-old" is someone named before, like "she" */
        if (resolve_ref(c, a, 0, false, false, sp)) {
            sp->ms = c->T[a].start;
            sp->me = c->T[b - 1].end;
            sp->how = "description";
            return true;
        }
    }
    int mi = mention_at(c, c->T[a].start, c->T[b - 1].end);
    if (mi >= 0) {
        const kiji_mention *m = &c->d->mentions.v[mi];
        /* the whole phrase is the institution's name: "the Pentagon" */
        uint32_t k = a;
        while (k < b && (cue_bits(c, k) & C_DET))
            k++;
        if (m->start <= c->T[k].start && m->end >= c->T[b - 1].end) {
            int f = c->d->entities.v[m->entity].type == KIJI_ENT_ORG
                        ? longer_name(c, c->d->entities.v[m->entity].name, m->entity,
                                      KIJI_ENT_ORG)
                        : -1;
            set_entity(c, sp, f >= 0 ? f : m->entity);
            sp->ms = m->start;
            sp->me = m->end;
            sp->how = NULL;
            return true;
        }
    }
    /* "the state-run Orbis news agency", "the Metalia union": an
     * institution named just before the phrase's institution noun */
    if (mi >= 0 && (hb & N_ORG) && !(hb & (N_PERSON | N_PEOPLE))) {
        const kiji_mention *m = &c->d->mentions.v[mi];
        const kiji_entity *E = &c->d->entities.v[m->entity];
        uint32_t me = tok_of(c, m->end - 1);
        /* right before the noun, or before "news agency"; not "the U.N.
         * climate secretariat", a body of its own */
        /* but "lawmakers from the opposition Orbis party" are people
         * of the party, a group of their own */
        bool people = false;
        for (uint32_t k = a; k < b && c->T[k].end <= m->start && !people; k++)
            people = (noun_bits(c, k) & (N_PERSON | N_PEOPLE)) != 0;
        if (E->type == KIJI_ENT_ORG && m->start >= c->T[a].start && !people &&
            (me + 2 == b || (me + 3 == b && tok_is(c, me + 1, "news")))) {
            set_entity(c, sp, m->entity);
            sp->ms = m->start;
            sp->me = m->end;
            sp->how = "description";
            return true;
        }
    }
    sp->ms = c->T[a].start;
    sp->me = c->T[b - 1].end;
    /* "his agent" after "the striker's agent, Marco Bellini": the person
     * named with that role before */
    if (b == a + 2 && (tok_is(c, a, "his") || tok_is(c, a, "her") || tok_is(c, a, "their")) &&
        (hb & N_PERSON)) {
        int e = role_named(c, a, b - 1);
        if (e >= 0) {
            set_entity(c, sp, e);
            sp->how = "description";
            sp->conf = 0.8f;
            return true;
        }
    }
    /* "the ministry" after "the Ministry of Trade": the institution named
     * before with that word in its name */
    if (b >= a + 3 && b <= a + 4 && tok_is(c, a, "the") && (hb & N_ORG) &&
        !(hb & (N_PERSON | N_PEOPLE))) {
        /* "the weather administration" after "Central Weather
         * Administration": every word in its name */
        bool plain = true;
        for (uint32_t k = a + 1; k < b && plain; k++)
            plain = is_word(c, k) && !is_name_tok(c, k);
        int e = plain ? named_org_words(c, a + 1, b) : -1;
        if (e >= 0) {
            set_entity(c, sp, e);
            sp->how = "description";
            sp->conf = 0.8f;
            return true;
        }
    }
    if (b == a + 2 && tok_is(c, a, "the") && (hb & N_ORG) && !(hb & (N_PERSON | N_PEOPLE))) {
        int e = named_org_words(c, b - 1, b);
        if (e >= 0) {
            set_entity(c, sp, e);
            sp->how = "description";
            sp->conf = 0.8f;
            return true;
        }
    }
    /* "the panel" after "a panel of three arbitrators ruled ...": the
     * phrase that brought the group in as a sentence's subject */
    uint32_t ga, gb;
    if (b == a + 2 && tok_is(c, a, "the") && (hb & (N_ORG | N_PEOPLE)) &&
        !(hb & N_PERSON) && group_named(c, a, b - 1, &ga, &gb)) {
        sp->name = dup(c, c->s + c->T[ga].start, c->T[gb - 1].end - c->T[ga].start);
        sp->cls = (hb & N_PEOPLE) ? SC_PEOPLE : SC_ORG;
        sp->how = "description";
        sp->conf = 0.8f;
        sp->head = tok(c, b - 1);
        return true;
    }
    sp->name = dup(c, c->s + sp->ms, sp->me - sp->ms);
    sp->cls = (hb & N_PEOPLE) ? SC_PEOPLE : (hb & N_PERSON) ? SC_PERSON : SC_ORG;
    sp->how = "group";
    bool who = false;
    for (uint32_t k = a; k < b && !who; k++)
        who = speaker_noun(c, k);
    if (!who) {
        /* no one in it ("according to the ruling"): a source as weak as
         * a document with no owner */
        sp->how = "document";
        sp->conf = 0.6f;
        return true;
    }
    /* its head: the first noun of a person or a body ("a spokesperson
     * for the ministry") */
    uint32_t h = b - 1;
    for (uint32_t k = a; k < b; k++)
        if (noun_bits(c, k) & (N_PERSON | N_PEOPLE | N_ORG)) {
            h = k;
            break;
        }
    sp->head = tok(c, h);
    /* "the spokesperson" after "a spokesperson for the ministry": the
     * same speaker, named in full before */
    if (tok_is(c, a, "the") && b - a <= 3) {
        for (size_t i = c->hist.n, n = 0; i-- > 0 && n < 64; n++) {
            const speaker *x = &c->hist.v[i];
            if (x->head.len == sp->head.len && x->head.len &&
                !strncasecmp(x->head.ptr, sp->head.ptr, x->head.len) && x->name &&
                strlen(x->name) > sp->me - sp->ms) {
                sp->name = x->name;
                sp->entity = x->entity;
                sp->how = "group";
                break;
            }
        }
    }
    return true;
}

static bool gender_ok(uint8_t want, uint8_t have)
{
    return !want || !have || want == have;
}

static bool pure_quote(ctx *c, uint32_t p);

/* The first of the paragraphs that are all quote just before paragraph p
 * (p itself when there are none; at most four back): a quote that runs
 * over paragraphs and ends "..., she said" looks for "she" from where it
 * began, so the person introduced just before it is in reach. */
static uint32_t quote_run_start(ctx *c, uint32_t p)
{
    const kiji_doc *d = c->d;
    for (uint32_t n = 0; n < 4 && p > 0 && body_para(d, p - 1) && pure_quote(c, p - 1); n++)
        p--;
    return p;
}

/* The latest plural group that opens a sentence (its subject) before
 * token k and after token floor, in this paragraph or the one before:
 * "they" may stand for it though it said nothing yet.  Looks at most six
 * sentences back. */
static bool plural_subject(ctx *c, uint32_t k, uint32_t floor, speaker *sp)
{
    const kiji_doc *d = c->d;
    uint32_t s = c->tsent[k], para = d->sentences.v[s].para;
    for (uint32_t n = 0; n < 6; n++, s--) {
        const kiji_sentence *S = &d->sentences.v[s];
        if (S->para + 1 < para || S->tok + S->ntok <= floor || !body_para(d, S->para))
            break;
        uint32_t a = 0, b = 0;
        uint8_t sk = subject_span(c, S->tok, S->tok + S->ntok, &a, &b);
        if (sk == SK_GROUP && b <= k && a >= floor) {
            bool plural = false;
            for (uint32_t t = a; t < b && !plural; t++) {
                if (!speaker_noun(c, t))
                    continue;
                kiji_str w = tok(c, t);
                plural = (noun_bits(c, t) & N_PEOPLE) || (w.ptr[w.len - 1] | 32) == 's';
                break;
            }
            if (plural) {
                memset(sp, 0, sizeof *sp);
                return resolve_group(c, a, b, sp);
            }
        }
        if (s == 0)
            break;
    }
    return false;
}

/* A person the entities missed who opens a sentence before token k and
 * after token floor, in paragraph para or the one before, with what the
 * person is in an apposition ("Wen Jia-hao, a seismologist at the
 * observatory, was less hopeful.") or a verb after the name ("Wen Jia-hao
 * is head of research"): "he" or "she" after it is that person.
 * Looks at most six sentences back; fills sp and returns true if found. */
static bool opening_person(ctx *c, uint32_t k, uint32_t floor, uint32_t para, speaker *sp)
{
    const kiji_doc *d = c->d;
    uint32_t s = c->tsent[k];
    for (uint32_t n = 0; n < 6; n++, s--) {
        const kiji_sentence *S = &d->sentences.v[s];
        if (S->para + 1 < para || S->tok < floor || !body_para(d, S->para))
            break;
        uint32_t t = S->tok, se = S->tok + S->ntok, e, ge, gh;
        bool run = name_fwd(c, t, se, &e) && e >= t + 2 && e < k && e < t + 6;
        for (uint32_t j = t; j < e && run; j++)
            run = !(noun_bits(c, j) & (N_ORG | N_CORP | N_THING | N_DOC | N_PEOPLE)) &&
                  !place_mod(c, j);
        /* no mention of the entities holds all of it (a person's would
         * have been found; a place's or a body's is no person) */
        int mi = run ? mention_at(c, c->T[t].start, c->T[e - 1].end) : -1;
        if (mi >= 0 && d->mentions.v[mi].start <= c->T[t].start &&
            d->mentions.v[mi].end >= c->T[e - 1].end)
            run = false;
        /* what the person is after a comma, or a verb of the sentence */
        bool what = run && is_punct(c, e, ',') && group_fwd(c, e + 1, se, &ge, &gh) &&
                    (noun_bits(c, gh) & (N_PERSON | N_PEOPLE | N_ORG)) != N_ORG &&
                    !(noun_bits(c, gh) & N_PEOPLE);
        bool verb = run && (finite_aux(c, e) || verbish(c, e));
        if (what || verb) {
            memset(sp, 0, sizeof *sp);
            resolve_name(c, t, e, sp);
            if (sp->cls != SC_PERSON)
                return false;
            sp->ms = c->T[k].start;
            sp->me = c->T[k].end;
            sp->how = "pronoun";
            sp->conf = 0.7f;
            return true;
        }
        if (s == 0)
            break;
    }
    return false;
}

static bool resolve_span(ctx *c, uint8_t sk, uint32_t a, uint32_t b, speaker *sp);

/* The institution "it" at token k stands for before the latest speaker
 * that could (A, or NULL): the subject of its own sentence ("The
 * regulator issued rules that it said ..."); else, when A spoke before
 * the previous sentence, the institution named latest in its sentence
 * ("The rules, drafted by the Port Authority, will be “...,” it said")
 * or the subject of the sentence before.  A place is never "it". */
static bool it_org(ctx *c, uint32_t k, const speaker *A, speaker *sp)
{
    const kiji_doc *d = c->d;
    uint32_t s = c->tsent[k];
    const kiji_sentence *S = &d->sentences.v[s];
    uint32_t a = 0, b = 0;
    uint8_t sk = subject_span(c, S->tok, k, &a, &b);
    if ((sk == SK_NAME || sk == SK_GROUP) && resolve_span(c, sk, a, b, sp) && sp->entity >= 0 &&
        sp->cls == SC_ORG)
        return true;
    if (A && c->tsent[A->pos] + 1 >= s)
        return false;
    size_t lo = 0, hi = d->mentions.n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (d->mentions.v[mid].start < c->T[k].start)
            lo = mid + 1;
        else
            hi = mid;
    }
    for (size_t i = lo, n = 0; i-- > 0 && n < 16; n++) {
        const kiji_mention *m = &d->mentions.v[i];
        if (m->start < c->T[S->tok].start)
            break;
        if (m->entity < 0 || (size_t)m->entity >= d->entities.n ||
            d->entities.v[m->entity].type != KIJI_ENT_ORG || c->inq[tok_of(c, m->start)] >= 0)
            continue;
        memset(sp, 0, sizeof *sp);
        set_entity(c, sp, m->entity);
        return true;
    }
    if (s == 0 || d->sentences.v[s - 1].para + 1 < S->para ||
        !body_para(d, d->sentences.v[s - 1].para))
        return false;
    const kiji_sentence *P = &d->sentences.v[s - 1];
    sk = subject_span(c, P->tok, P->tok + P->ntok, &a, &b);
    return (sk == SK_NAME || sk == SK_GROUP) && resolve_span(c, sk, a, b, sp) &&
           sp->entity >= 0 && sp->cls == SC_ORG;
}

/* Does the sentence opening at token s0 hold only a place in front of
 * token t: a preposition, capitalised words and a comma just before t
 * ("In Borovo, ", "Outside the Town Hall, ")? */
static bool place_front(const ctx *c, uint32_t s0, uint32_t t)
{
    static const char *const w[] = {"in", "at", "outside", "inside", "near", "across", NULL};
    bool prep = false;
    for (int i = 0; w[i] && !prep; i++)
        prep = tok_is(c, s0, w[i]);
    if (!prep || !is_punct(c, t - 1, ',') || t > s0 + 6)
        return false;
    for (uint32_t j = s0 + 1; j + 1 < t; j++)
        if (!is_name_tok(c, j) && !(j == s0 + 1 && tok_is(c, j, "the")))
            return false;
    return true;
}

/* Speaker of a pronoun at token k: the last speaker it can stand for (he or
 * she: a person of that gender or of none known; they: a group or an
 * institution; it: an institution), unless a person opened a sentence of
 * this or the previous paragraph since ("Lima arrived on Monday.  “...,”
 * she said."). */
static bool resolve_pronoun(ctx *c, uint32_t k, speaker *sp)
{
    uint8_t want = tok_is(c, k, "he") ? 'm' : tok_is(c, k, "she") ? 'f' : 0;
    return resolve_ref(c, k, want, tok_is(c, k, "they"), tok_is(c, k, "it"), sp);
}

/* The person, group or institution that the words at token k stand for
 * (a pronoun, or "the 18-year-old"): want is the gender wanted or 0. */
static bool resolve_ref(ctx *c, uint32_t k, uint8_t want, bool they, bool it, speaker *sp)
{
    kiji_doc *d = c->d;
    uint32_t para = quote_run_start(c, d->sentences.v[c->tsent[k]].para);
    const speaker *A = NULL, *Aorg = NULL;
    for (size_t h = c->hist.n, n = 0; h-- > 0 && n < 64; n++) {
        const speaker *x = &c->hist.v[h];
        if (x->pos >= k || x->cls == SC_PLACE)
            continue;
        if (want || (!they && !it)) {
            /* a speaker of that very gender in the paragraph before comes
             * before a nearer one of no known gender there ("she" in a new
             * paragraph after Ana Lima, then Choi Min-jae, spoke); in the
             * pronoun's own paragraph the nearer one stays */
            uint32_t xp = d->sentences.v[c->tsent[x->pos]].para;
            if (A && (xp + 1 < para || d->sentences.v[c->tsent[A->pos]].para == para))
                break;
            if ((x->cls == SC_PERSON || x->cls == SC_UNKNOWN) && gender_ok(want, x->gender)) {
                if (!want || x->gender == want) {
                    A = x;
                    break;
                }
                if (!A)
                    A = x;
            }
        } else if (they && x->cls == SC_ORG) {
            /* "they" is an institution only when no group will do */
            if (!Aorg)
                Aorg = x;
        } else if (x->cls == SC_UNKNOWN || (they ? x->cls == SC_PEOPLE : x->cls == SC_ORG)) {
            A = x;
            break;
        }
    }
    if (it && it_org(c, k, A, sp)) {
        sp->ms = c->T[k].start;
        sp->me = c->T[k].end;
        sp->how = "pronoun";
        sp->conf = 0.75f;
        return true;
    }
    if (they) {
        /* a plural group that opened a sentence since, speaker or not:
         * "Scientists at the summit were gloomy.  “...,” they said." */
        speaker g;
        if (plural_subject(c, k, A ? A->pos : 0, &g)) {
            *sp = g;
            sp->ms = c->T[k].start;
            sp->me = c->T[k].end;
            sp->how = "pronoun";
            sp->conf = 0.75f;
            return true;
        }
        if (!A)
            A = Aorg;
    }
    /* B: a person who opened a sentence since A */
    int B = -1, Bany = -1;
    if ((want || (!they && !it)) && d->mentions.n) {
        uint32_t off = c->T[k].start, floor = A ? c->T[A->pos].end : 0;
        size_t lo = 0, hi = d->mentions.n;
        while (lo < hi) {
            size_t mid = (lo + hi) / 2;
            if (d->mentions.v[mid].start < off)
                lo = mid + 1;
            else
                hi = mid;
        }
        for (size_t i = lo, n = 0; i-- > 0 && n < 64; n++) {
            const kiji_mention *m = &d->mentions.v[i];
            if (m->start < floor)
                break;
            if (m->entity < 0 || (size_t)m->entity >= d->entities.n)
                continue;
            const kiji_entity *E = &d->entities.v[m->entity];
            uint32_t t = tok_of(c, m->start);
            const kiji_sentence *S = &d->sentences.v[c->tsent[t]];
            if (S->para + 1 < para)
                break;
            if (E->type != KIJI_ENT_PERSON || !gender_ok(want, E->gender) || c->inq[t] >= 0)
                continue;
            /* the name opens its sentence, maybe after its role
             * ("Mediator Ana Lima arrived ...", "The coach, Ana Lima, ..."),
             * or after a place in front ("In Borovo, Ana Lima, 58, stood") */
            uint32_t s0 = S->tok;
            if (t > s0 + 2 && place_front(c, s0, t))
                s0 = t;
            bool opens = t < s0 + 8;
            for (uint32_t j = s0; j < t && opens; j++)
                opens = (is_name_tok(c, j) && !start_word(c, j)) ||
                        (noun_bits(c, j) & (N_PERSON | N_TITLE)) ||
                        ((cue_bits(c, j) & C_ARTICLE) && j == S->tok) ||
                        ((is_punct(c, j, ',') || is_dash(c, j)) && j + 1 == t) ||
                        (is_word(c, j) && np_word(c, j) && !verbish(c, j) &&
                         !(cue_bits(c, j) & C_DET)); /* "Regional water minister" */
            if (opens) {
                B = m->entity;
                break;
            }
            /* with no speaker before, any person named since will do
             * ("The funds were approved by Ana Lima. ..., she said") */
            if (!A && Bany < 0)
                Bany = m->entity;
        }
        if (B < 0 && opening_person(c, k, A ? A->pos + 1 : 0, para, sp))
            return true;
        if (B < 0 && !A)
            B = Bany;
    }
    sp->ms = c->T[k].start;
    sp->me = c->T[k].end;
    sp->how = "pronoun";
    if (B >= 0) {
        set_entity(c, sp, B);
        const kiji_entity *E = &d->entities.v[B];
        if (surname_like(E->name)) {
            const char *name, *how = NULL;
            int f = full_name(c, E->name, strlen(E->name), k, &name, &how);
            if (f >= 0)
                set_entity(c, sp, f);
            else if (name)
                sp->name = name;
        }
        sp->conf = 0.75f;
        return true;
    }
    if (!A)
        return false;
    sp->entity = A->entity;
    sp->name = A->name;
    sp->gender = A->gender;
    sp->cls = A->cls;
    sp->conf = 0.85f;
    return true;
}

static void remember(ctx *c, const speaker *sp, uint32_t pos)
{
    speaker x = *sp;
    x.pos = pos;
    KIJI_VEC_PUSH(c->hist, x);
}

static bool resolve_span(ctx *c, uint8_t sk, uint32_t a, uint32_t b, speaker *sp)
{
    memset(sp, 0, sizeof *sp);
    sp->entity = -1;
    switch (sk) {
    case SK_NAME:
        return resolve_name(c, a, b, sp);
    case SK_GROUP:
        return resolve_group(c, a, b, sp);
    case SK_PRON:
        return resolve_pronoun(c, a, sp);
    }
    return false;
}

/* The subject at the start of sentence s (for a participle with no other
 * cue and for "Lima had a warning: “...”"). */
static bool sentence_subject(ctx *c, uint32_t s, speaker *sp)
{
    const kiji_sentence *S = &c->d->sentences.v[s];
    uint32_t a = 0, b = 0;
    uint8_t sk = subject_span(c, S->tok, S->tok + S->ntok, &a, &b);
    return sk != SK_NONE && resolve_span(c, sk, a, b, sp);
}

static void resolve_rec(ctx *c, size_t ri)
{
    cue_rec *r = &c->rec.v[ri];
    if (r->resolved)
        return;
    r->resolved = true;
    if (r->form == F_PART_AFTER) {
        /* ", adding that ...": whoever the sentence's main cue names */
        for (size_t j = ri, n = 0; j-- > 0 && c->rec.v[j].sent == r->sent && n < 16; n++) {
            cue_rec *m = &c->rec.v[j];
            if (m->form == F_PART_AFTER)
                continue;
            resolve_rec(c, j);
            if (m->has) {
                r->sp = m->sp;
                r->has = true;
                return;
            }
        }
        r->has = sentence_subject(c, r->sent, &r->sp);
        if (r->has)
            remember(c, &r->sp, r->cue);
        return;
    }
    if (r->sk == SK_PRON && !tok_is(c, r->sp0, "it")) {
        /* "Lima said she had ...", "saying he recalled": a pronoun that
         * opens what a cue reports is that cue's speaker */
        for (size_t j = ri, n = 0; j-- > 0 && c->rec.v[j].sent == r->sent && n < 2; n++) {
            cue_rec *m = &c->rec.v[j];
            uint32_t k = m->cue_end;
            if (tok_is(c, k, "that"))
                k++;
            if (k != r->sp0)
                continue;
            resolve_rec(c, j);
            uint8_t want = tok_is(c, r->sp0, "he") ? 'm' : tok_is(c, r->sp0, "she") ? 'f' : 0;
            bool they = tok_is(c, r->sp0, "they");
            if (m->has && (they ? m->sp.cls != SC_PERSON && m->sp.cls != SC_PLACE
                                : m->sp.cls == SC_PERSON && gender_ok(want, m->sp.gender))) {
                r->sp = m->sp;
                r->sp.ms = c->T[r->sp0].start;
                r->sp.me = c->T[r->sp0].end;
                r->sp.how = "pronoun";
                r->has = true;
                return;
            }
            break;
        }
    }
    r->has = resolve_span(c, r->sk, r->sp0, r->sp1, &r->sp);
    if (r->has)
        remember(c, &r->sp, r->sp0);
}

/* ------------------------------------------------------------------ */
/* pass 3: kinds and attribution of quotes                             */

typedef struct {
    uint8_t kind;
    bool has;
    speaker sp;
    const char *rule;
    const char *cue;
    float conf;
} attrib;

static size_t rec_lower(const ctx *c, uint32_t tokpos)
{
    size_t lo = 0, hi = c->rec.n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (c->rec.v[mid].cue < tokpos)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

static const char *cue_word(ctx *c, const cue_rec *r)
{
    uint32_t a = c->T[r->cue].start, b = c->T[r->cue_end - 1].end;
    char *w = kiji_arena_strndup(&c->d->arena, c->s + a, b - a);
    for (char *p = w; *p; p++)
        if (*p >= 'A' && *p <= 'Z')
            *p = (char)(*p + 32);
    return w;
}

static bool take(ctx *c, size_t ri, attrib *at, const char *rule, float conf)
{
    resolve_rec(c, ri);
    cue_rec *r = &c->rec.v[ri];
    if (!r->has)
        return false;
    at->has = true;
    at->sp = r->sp;
    at->rule = rule;
    at->cue = cue_word(c, r);
    at->conf = conf * r->sp.conf;
    return true;
}

/* "according to a statement" with no owner named: the sentence's own
 * speaker is the better answer. */
static bool weak_source(ctx *c, size_t ri)
{
    if (c->rec.v[ri].form != F_ACCORDING)
        return false;
    resolve_rec(c, ri);
    const cue_rec *r = &c->rec.v[ri];
    return !r->has || (r->sp.how && !strcmp(r->sp.how, "document"));
}

static uint32_t para_first_tok(const ctx *c, uint32_t t)
{
    return c->ptok0[c->d->sentences.v[c->tsent[t]].para];
}

/* A naming word written with a hyphen the tokens did not split
 * ("so‑called" with a non-breaking hyphen, "self-styled"). */
static bool naming_compound(const ctx *c, uint32_t i)
{
    if (!is_word(c, i))
        return false;
    kiji_str w = tok(c, i);
    static const char *const tail[] = {"called", "styled", "dubbed", "named", NULL};
    for (int k = 0; tail[k]; k++) {
        size_t n = strlen(tail[k]);
        if (w.len > n + 1 && !strncasecmp(w.ptr + w.len - n, tail[k], n) &&
            !kiji_cp_is_letter((unsigned char)w.ptr[w.len - n - 1]))
            return true;
    }
    return false;
}

/* Can the quoted words from token k be a noun phrase (not "we will ...",
 * "to stay ...")? */
static bool np_start(const ctx *c, uint32_t k)
{
    if (!is_word(c, k) && c->T[k].kind != KIJI_TOK_NUM)
        return false;
    static const char *const w[] = {"i", "we", "you", "he", "she", "they", "it", "to", "not",
                                    "never", "there", "this", "that", NULL};
    return !tok_in(c, k, w);
}

/* Term, title or scare quote rather than speech: `the so-called "peace
 * dividend"`, `their "tailored deterrence strategy"`, `the film "Past
 * Lives"`, a lone `"experts"` no one is said to have said.  Speech keeps
 * its punctuation inside the marks and has a speaker next to it. */
/* A word made of words joined by hyphens: "go-slow", "tit-for-tat". */
static bool hyphenated(const ctx *c, uint32_t i)
{
    kiji_str w = tok(c, i);
    return is_word(c, i) && w.len > 2 && memchr(w.ptr + 1, '-', w.len - 2) != NULL;
}

/* A short noun phrase in marks, nobody's words: lower case, at most five
 * words, no pronoun or verb opening it, not after "to", nothing inside but
 * words ("the act set up “quiet fishing grounds”"). */
static bool bare_phrase(const ctx *c, const qspan *q)
{
    if (q->multi || q->lost || q->open + 1 >= q->close)
        return false;
    /* after "to" the words are a verb's: told them to “block and control” */
    if (q->open > 0 && tok_is(c, q->open - 1, "to"))
        return false;
    uint32_t nw = 0;
    for (uint32_t i = q->open + 1; i < q->close && i < c->nt; i++) {
        if (c->T[i].kind == KIJI_TOK_PUNCT) {
            int32_t cp = tok_cp(c, i);
            if (!(i + 1 == q->close && (cp == ',' || cp == '.')) && cp != '-')
                return false;
            continue;
        }
        if (!is_word(c, i) || (c->T[i].flags & KIJI_TF_CAP) || verbish(c, i))
            return false;
        nw++;
    }
    return nw && nw <= 5 && np_start(c, q->open + 1);
}

static const char *term_rule(ctx *c, const qspan *q, bool adjacent, bool frame_cue)
{
    if (q->multi || q->lost)
        return NULL;
    /* words, and punctuation inside; a comma or full stop at the very end
     * is the American habit of putting them inside any closing mark */
    uint32_t nw = 0, lastw = q->open;
    bool inner = false, trailing = false;
    for (uint32_t i = q->open + 1; i < q->close && i < c->nt; i++) {
        if (c->T[i].kind != KIJI_TOK_PUNCT) {
            nw++;
            lastw = i;
            continue;
        }
        int32_t cp = tok_cp(c, i);
        if (cp == ',' || cp == '.' || cp == '!' || cp == '?' || cp == ';' || cp == ':') {
            if (i + 1 == q->close && (cp == ',' || cp == '.'))
                trailing = true;
            else
                inner = true;
        }
    }
    if (inner || nw > 8 || !nw)
        return NULL;
    uint32_t p = q->open;
    const kiji_sentence *S = &c->d->sentences.v[c->tsent[p]];
    bool has_prev = p > S->tok;
    uint32_t pv = p - 1;
    /* the naming word may stand before an article: "known as the “X”" */
    uint32_t nv = pv;
    if (has_prev && nv > S->tok && (cue_bits(c, nv) & C_ARTICLE))
        nv--;
    if (has_prev && ((cue_bits(c, nv) & C_NAMING) || (noun_bits(c, nv) & N_NAME)))
        return "term.naming";
    if (has_prev && naming_compound(c, nv))
        return "term.naming";
    /* a name is short; under a speech verb of the sentence, a longer
     * phrase is more likely the speaker's words ("said it was a symbol of
     * “everything wrong with the city”") */
    uint32_t nmax = frame_cue ? 3 : 5;
    if (has_prev && nv > S->tok && tok_is(c, nv, "as")) {
        /* "known as", "known to oceanographers as", "referred to as" */
        for (uint32_t t = nv; t-- > S->tok && t + 5 > nv;)
            if (tok_is(c, t, "known") || tok_is(c, t, "billed") || tok_is(c, t, "referred"))
                return "term.naming";
        /* "registered as “priority sites”" names a class; "described the
         * plan as “reckless”" is the describer's word: a cue before "as" */
        bool cue = false;
        for (uint32_t t = nv, n = 0; t-- > S->tok && n < 8 && !cue; n++) {
            if (c->inq[t] >= 0 || is_sep(c, t))
                break;
            cue = (cue_bits(c, t) & (C_CUE | C_FRAME)) != 0;
        }
        if (!cue && nw <= nmax && np_start(c, q->open + 1))
            return "term.as";
    }
    /* "a policy of “managed retreat”", "the principle of “shared fault”":
     * a noun's "of" names what the quoted words are; "warned of" or
     * "accused the minister of" are someone's words */
    if (has_prev && pv > S->tok + 1 && tok_is(c, pv, "of") && nw <= nmax &&
        np_start(c, q->open + 1) && c->inq[pv - 1] < 0 && is_word(c, pv - 1) &&
        !(c->T[pv - 1].flags & KIJI_TF_CAP) && !cue_bits(c, pv - 1) &&
        ((noun_bits(c, pv - 1) & N_THING) ||
         (!frame_cue && (cue_bits(c, pv - 2) & C_DET) && !speaker_noun(c, pv - 1))))
        return "term.of";
    if (adjacent)
        return NULL; /* a cue right beside it: speech */
    bool det = has_prev && (cue_bits(c, pv) & C_DET);
    /* after "to" the quoted words are a verb's: `trying to “rewrite the
     * rules”`, `urged them to “follow the rules”` */
    bool inf = has_prev && tok_is(c, pv, "to");
    /* a sentence of its own after a colon is speech: `a message for
     * lenders: “Obey the rules.”` */
    bool sentence = has_prev && is_punct(c, pv, ':') && trailing &&
                    (c->T[q->open + 1].flags & KIJI_TF_CAP) && c->s[q->end - 1] == '.';
    if (((det && nw <= 6) || (nw <= 3 && !inf)) && !sentence) {
        /* `their “tailored deterrence strategy”`, `“no-build zones”`; an
         * article inside the marks is the speaker's: `“a deliberate
         * scheme”` */
        if ((noun_bits(c, lastw) & N_THING) && !tok_is(c, q->open + 1, "a") &&
            !tok_is(c, q->open + 1, "an"))
            return "term.thing";
        /* the quoted words name a kind of thing: `an “e-permit” system`;
         * several of them before any noun: `a “loss and damage” fund` */
        uint32_t nx = q->close + 1;
        if (det && nx < c->nt && !(c->T[nx].flags & KIJI_TF_CAP) &&
            ((noun_bits(c, nx) & N_THING) ||
             ((nw >= 2 || hyphenated(c, q->open + 1)) && !trailing && is_word(c, nx) &&
              np_word(c, nx) && !verbish(c, nx) &&
              !(cue_bits(c, nx) & (C_DET | C_SKIP)) && c->tsent[nx] == c->tsent[p])))
            return "term.thing";
    }
    /* Title Case: every word capitalised but short function words */
    bool title = nw <= 6;
    for (uint32_t i = q->open + 1; i < q->close && title; i++) {
        if (c->T[i].kind != KIJI_TOK_WORD)
            continue;
        if (!(c->T[i].flags & KIJI_TF_CAP) &&
            (i == q->open + 1 || !(cue_bits(c, i) & (C_STOP | C_DET))))
            title = false;
    }
    if (title && has_prev && !(nw == 1 && frame_cue && !det))
        return "term.title";
    if (trailing)
        return NULL;
    if (!frame_cue && (nw <= 2 || (det && nw <= 4)))
        return "term.scare";
    return NULL;
}

/* Does the sentence hold tokens before the opening mark that are words of
 * the reporter (a partial quote) rather than only an attribution with a
 * colon or a comma (a direct one)? */
static uint8_t quote_kind(ctx *c, const qspan *q, bool intro)
{
    if (q->multi || q->lost)
        return KIJI_Q_DIRECT;
    uint32_t o = q->open;
    const kiji_sentence *S = &c->d->sentences.v[c->tsent[o]];
    uint32_t k = S->tok;
    while (k < o && c->T[k].kind == KIJI_TOK_PUNCT && !is_punct(c, k, ','))
        k++;
    if (k == o)
        return KIJI_Q_DIRECT;
    size_t l;
    int32_t first = kiji_utf8_decode(c->s + q->start, q->end - q->start, &l);
    bool upper = kiji_cp_is_upper(first);
    if (upper && o > 0 && (is_punct(c, o - 1, ':') || (intro && is_punct(c, o - 1, ','))))
        return KIJI_Q_DIRECT;
    /* after a sentence's end the segmenter kept ("sceptical. 'The ...") */
    if (upper && o > 0 &&
        ((c->T[o - 1].kind == KIJI_TOK_WORD && c->s[c->T[o - 1].end - 1] == '.') ||
         is_sentence_end(c, o - 1)))
        return KIJI_Q_DIRECT;
    return KIJI_Q_PARTIAL;
}

static void emit(ctx *c, uint32_t start, uint32_t end, uint8_t kind, const attrib *at,
                 const char *text)
{
    kiji_quote q;
    memset(&q, 0, sizeof q);
    q.start = start;
    q.end = end;
    q.kind = kind;
    q.speaker = -1;
    q.text = text;
    if (at && at->has) {
        q.speaker = at->sp.entity;
        q.speaker_name = at->sp.name;
        q.sp_start = at->sp.ms;
        q.sp_end = at->sp.me;
        q.cue = at->cue;
        q.confidence = at->conf;
        if (at->sp.how && at->rule) {
            size_t n = strlen(at->rule) + strlen(at->sp.how) + 2;
            char *r = kiji_arena_alloc(&c->d->arena, n);
            snprintf(r, n, "%s:%s", at->rule, at->sp.how);
            q.rule = r;
        } else {
            q.rule = at->rule;
        }
    } else if (at) {
        q.rule = at->rule;
        q.confidence = at->conf;
    }
    KIJI_VEC_PUSH(c->d->quotes, q);
}

/* The words of a quote the layout broke over paragraphs, joined (any
 * caption between them left out). */
static const char *join_text(ctx *c, const qspan *q)
{
    kiji_doc *d = c->d;
    kiji_buf_clear(&c->tmp);
    for (uint32_t p = d->sentences.v[c->tsent[q->open]].para; p < d->paras.n; p++) {
        const kiji_para *P = &d->paras.v[p];
        if (!body_para(d, p) || P->end <= q->start)
            continue;
        if (P->start >= q->end)
            break;
        uint32_t a = P->start > q->start ? P->start : q->start;
        uint32_t b = P->end < q->end ? P->end : q->end;
        if (c->tmp.len)
            kiji_buf_putc(&c->tmp, ' ');
        kiji_buf_put(&c->tmp, c->s + a, b - a);
    }
    return dup(c, c->tmp.ptr, c->tmp.len);
}

/* A quote over paragraphs is stored as one direct quote per paragraph
 * (the words of each, without the mark that reopens it), all with the
 * same speaker. */
static void emit_pieces(ctx *c, const qspan *q, const attrib *at)
{
    kiji_doc *d = c->d;
    for (uint32_t p = d->sentences.v[c->tsent[q->open]].para; p < d->paras.n; p++) {
        const kiji_para *P = &d->paras.v[p];
        if (!body_para(d, p) || P->end <= q->start)
            continue;
        if (P->start >= q->end)
            break;
        uint32_t a = P->start > q->start ? P->start : q->start;
        uint32_t b = P->end < q->end ? P->end : q->end;
        if (a == P->start && c->ptok1[p] > c->ptok0[p] &&
            (c->T[c->ptok0[p]].flags & KIJI_TF_QUOTE))
            a = c->T[c->ptok0[p]].end;
        while (a < b && (c->s[a] == ' ' || c->s[a] == '\n'))
            a++;
        while (b > a && (c->s[b - 1] == ' ' || c->s[b - 1] == '\n'))
            b--;
        if (b > a)
            emit(c, a, b, KIJI_Q_DIRECT, at, NULL);
    }
}

typedef struct {
    bool has;
    speaker sp;
    uint32_t para;
} last_quote;

/* A short sentence that names whose words came before it: "Those were
 * the words of Ana Lima", "Such was the verdict of one observer". */
static bool words_of(ctx *c, uint32_t s, speaker *sp)
{
    const kiji_sentence *S = &c->d->sentences.v[s];
    uint32_t sb = S->tok, se = S->tok + S->ntok;
    if (S->ntok > 40)
        return false;
    /* "That was how a navy officer aboard the ship described the scene",
     * "This is what Ana Lima told the court": the speaker before a verb */
    if (se > sb + 4 &&
        (tok_is(c, sb, "that") || tok_is(c, sb, "this") || tok_is(c, sb, "such") ||
         tok_is(c, sb, "those") || tok_is(c, sb, "these")) &&
        (tok_is(c, sb + 1, "was") || tok_is(c, sb + 1, "is") || tok_is(c, sb + 1, "were") ||
         tok_is(c, sb + 1, "are")) &&
        (tok_is(c, sb + 2, "how") || tok_is(c, sb + 2, "what")) && c->inq[sb + 3] < 0) {
        uint32_t a, b;
        uint8_t sk = speaker_fwd(c, sb + 3, se, &a, &b);
        /* a verb of its own follows the speaker */
        if ((sk == SK_NAME || sk == SK_GROUP) && b < se && is_word(c, b) &&
            !(cue_bits(c, b) & (C_STOP | C_DET)) && !is_name_tok(c, b))
            return resolve_span(c, sk, a, b, sp);
        if ((sk == SK_NAME || sk == SK_GROUP) && is_punct(c, b, ',')) {
            /* "That was how Ana Lima, a navy officer, described it", "That
             * was how an officer, who asked not to be named, put it" */
            uint32_t e = b + 1;
            while (e < se && e < b + 24 && !is_punct(c, e, ',') && c->inq[e] < 0)
                e++;
            if (is_punct(c, e, ',') && e + 1 < se && is_word(c, e + 1) &&
                !(cue_bits(c, e + 1) & (C_STOP | C_DET)))
                return resolve_span(c, sk, a, b, sp);
        }
        return false;
    }
    for (uint32_t k = sb; k + 2 < se && k < sb + 6; k++) {
        if (c->inq[k] >= 0)
            return false;
        if (!(tok_is(c, k, "words") || tok_is(c, k, "remarks") || tok_is(c, k, "verdict") ||
              tok_is(c, k, "assessment") || tok_is(c, k, "view") || tok_is(c, k, "message")) ||
            !tok_is(c, k + 1, "of"))
            continue;
        /* "were the words of", "was the verdict of": a copula before it */
        bool copula = false;
        for (uint32_t t = sb; t < k; t++)
            copula |= tok_is(c, t, "were") || tok_is(c, t, "was") || tok_is(c, t, "are") ||
                      tok_is(c, t, "is");
        uint32_t a, b;
        uint8_t sk = copula ? speaker_fwd(c, k + 2, se, &a, &b) : SK_NONE;
        if (sk == SK_NAME || sk == SK_GROUP)
            return resolve_span(c, sk, a, b, sp);
        return false;
    }
    return false;
}

/* Is every word of paragraph p inside quote marks?  Worked out once per
 * paragraph. */
static bool pure_quote(ctx *c, uint32_t p)
{
    if (!c->pure[p]) {
        bool pure = c->ptok1[p] > c->ptok0[p];
        for (uint32_t k = c->ptok0[p]; k < c->ptok1[p] && pure; k++)
            pure = c->inq[k] >= 0 || c->T[k].kind == KIJI_TOK_PUNCT;
        c->pure[p] = pure ? 2 : 1;
    }
    return c->pure[p] == 2;
}

/* The person a paragraph of the reporter's brings in just before
 * paragraph p, for a quote that opens p with no cue of its own: the
 * speaker of a cue in the paragraph's last sentence, else that
 * sentence's subject when it is a person or a pronoun for one ("Ana
 * Costa, a geologist at the university, was blunter.").  The paragraph
 * must hold no quote (a quote there has its own speaker, whom the quote
 * after it continues). */
static bool introduced(ctx *c, uint32_t p, speaker *sp)
{
    const kiji_doc *d = c->d;
    if (p == 0 || !body_para(d, p - 1) || c->ptok1[p - 1] <= c->ptok0[p - 1])
        return false;
    uint32_t t0 = c->ptok0[p - 1], t1 = c->ptok1[p - 1];
    if (t1 - t0 > 400)
        return false;
    for (uint32_t k = t0; k < t1; k++)
        if (c->inq[k] >= 0)
            return false;
    uint32_t s = c->tsent[t1 - 1];
    const kiji_sentence *S = &d->sentences.v[s];
    for (size_t i = rec_lower(c, S->tok), n = 0; i < c->rec.n && c->rec.v[i].sent == s && n < 8;
         i++, n++) {
        const cue_rec *r = &c->rec.v[i];
        if (r->form == F_ACCORDING || (r->cls & C_FRAME))
            continue;
        resolve_rec(c, i);
        if (r->has && (r->sp.cls == SC_PERSON || r->sp.cls == SC_UNKNOWN)) {
            *sp = r->sp;
            return true;
        }
    }
    uint32_t a = 0, b = 0;
    uint8_t sk = subject_span(c, S->tok, S->tok + S->ntok, &a, &b);
    if ((sk != SK_NAME && sk != SK_PRON) || !resolve_span(c, sk, a, b, sp))
        return false;
    return sp->cls == SC_PERSON;
}

static void attribute_quote(ctx *c, size_t qi, last_quote *lq)
{
    kiji_doc *d = c->d;
    const qspan *q = &c->qs.v[qi];
    uint32_t so = c->tsent[q->open];
    uint32_t close = q->lost ? q->close - 1 : q->close;
    uint32_t sc = c->tsent[close];
    uint32_t fa = d->sentences.v[so].tok;
    uint32_t fb = d->sentences.v[sc].tok + d->sentences.v[sc].ntok;
    size_t r0 = rec_lower(c, fa), r1 = rec_lower(c, fb);
    attrib at;
    memset(&at, 0, sizeof at);
    bool adjacent = false, intro = false, frame_cue = false;
    for (size_t i = r0, n = 0; i < r1 && n < 64 && !frame_cue; i++, n++)
        if (!(c->rec.v[i].cls & (C_WEAK | C_FRAME)) || c->rec.v[i].form != F_NORMAL)
            frame_cue = true;
    /* in a run-on sentence look only near the quote */
    size_t ro = rec_lower(c, q->open), rc = rec_lower(c, close);
    if (ro > r0 + 16)
        r0 = ro - 16;
    if (r1 > rc + 16)
        r1 = rc + 16;
    /* 1. right after the closing mark: `,” said Lima` / `,” Lima said` */
    if (!q->lost) {
        uint32_t k = q->close + 1;
        if (k < fb && (is_punct(c, k, ',') || is_dash(c, k)))
            k++;
        /* `,” coach Ana Lima said`: a role may stand before the name */
        uint32_t k2 = k;
        while (k2 < fb && k2 < k + 3 && np_word(c, k2) && !is_name_tok(c, k2) &&
               !(cue_bits(c, k2) & C_DET))
            k2++;
        for (size_t i = r0; i < r1 && !at.has; i++)
            if ((c->rec.v[i].lo == k || (c->rec.v[i].lo == k2 && c->rec.v[i].form == F_NORMAL &&
                                         c->rec.v[i].sk == SK_NAME)) &&
                c->rec.v[i].form != F_PART_AFTER && !weak_source(c, i) &&
                take(c, i, &at, "attr.after", 0.95f)) {
                adjacent = true;
                c->rec.v[i].quoted = true;
            }
    }
    /* 2. before the opening mark: `Lima said: “...` / `Lima told reporters, “...` */
    if (!at.has) {
        for (size_t i = r1; i-- > r0;) {
            const cue_rec *r = &c->rec.v[i];
            if (r->hi > q->open || r->cue > q->open)
                continue;
            uint32_t gap = q->open - r->hi;
            bool clean = gap <= 8;
            for (uint32_t k = r->hi; k < q->open && clean; k++)
                clean = c->inq[k] < 0;
            if (!clean)
                break;
            bool mark = r->hi == q->open || is_punct(c, q->open - 1, ':') ||
                        is_punct(c, q->open - 1, ',');
            if (mark && take(c, i, &at, "attr.before", 0.9f)) {
                intro = adjacent = true;
            }
            break;
        }
    }
    /* 3. "according to" in the sentence: the source behind everyone */
    for (size_t i = r0; i < r1 && !at.has; i++)
        if (c->rec.v[i].form == F_ACCORDING && !weak_source(c, i))
            take(c, i, &at, "attr.according", 0.85f);
    /* 4. the nearest cue of the sentence, before the quote first */
    if (!at.has) {
        for (size_t i = r1; i-- > r0 && !at.has;)
            if (c->rec.v[i].cue < q->open)
                take(c, i, &at, "attr.sentence", 0.8f);
        for (size_t i = r0; i < r1 && !at.has; i++)
            if (c->rec.v[i].cue > close)
                take(c, i, &at, "attr.sentence", 0.75f);
    }
    /* 5. named after the quote: `“...” Lima said.` as the next sentence */
    if (!at.has && sc + 1 < d->sentences.n) {
        const kiji_sentence *N = &d->sentences.v[sc + 1];
        bool near = N->para == d->sentences.v[sc].para ||
                    (q->open == para_first_tok(c, q->open) && body_para(d, N->para));
        size_t i = rec_lower(c, N->tok);
        /* "So said Ana Lima, ..." may go on with a long apposition */
        uint32_t lim = i < c->rec.n && c->rec.v[i].form == F_INVERTED ? 40 : 16;
        if (near && N->ntok <= lim && i < c->rec.n && c->rec.v[i].sent == sc + 1 &&
            c->rec.v[i].lo <= N->tok + 1 &&
            (c->rec.v[i].form == F_NORMAL || c->rec.v[i].form == F_INVERTED))
            take(c, i, &at, "attr.next", 0.75f);
    }
    /* 5b. `“...” Those were the words of Ana Lima.` */
    if (!at.has && sc + 1 < d->sentences.n) {
        const kiji_sentence *N = &d->sentences.v[sc + 1];
        bool near = N->para == d->sentences.v[sc].para ||
                    (q->open == para_first_tok(c, q->open) && body_para(d, N->para));
        if (near && words_of(c, sc + 1, &at.sp)) {
            at.has = true;
            at.rule = "attr.words-of";
            at.cue = NULL;
            at.conf = 0.7f * at.sp.conf;
        }
    }
    /* 6. a colon ends the reporter's words: `Lima had a warning: “...”` */
    if (!at.has && q->open > fa && is_punct(c, q->open - 1, ':')) {
        if (sentence_subject(c, so, &at.sp)) {
            at.has = true;
            at.rule = "attr.colon";
            at.conf = 0.7f * at.sp.conf;
            intro = true;
        }
    }
    /* 7. a quote that opens its sentence goes on from the last speaker of
     *    its paragraph, or of the previous paragraph when it is all quote
     *    (a paragraph of the reporter's own words may bring someone new) */
    uint32_t para = d->sentences.v[so].para;
    bool next_para = lq->para + 1 == para || (lq->para < para && !body_para(d, para - 1));
    if (!at.has && lq->has && q->open == fa &&
        (lq->para == para || (next_para && pure_quote(c, para)))) {
        at.has = true;
        at.sp = lq->sp;
        at.rule = "attr.continued";
        at.conf = 0.7f;
        at.sp.how = NULL;
    }
    /* 8. a quote that opens its paragraph, after a paragraph of the
     *    reporter's that brings someone in: "Ana Costa, a geologist at the
     *    university, was blunter." then "“The slope will fail.”" */
    if (!at.has && q->open == c->ptok0[para] && q->open == fa && introduced(c, para, &at.sp)) {
        at.has = true;
        at.rule = "attr.introduced";
        at.conf = 0.65f * at.sp.conf;
    }
    uint8_t kind = quote_kind(c, q, intro);
    const char *term = term_rule(c, q, adjacent, frame_cue || at.has);
    if (term) {
        attrib t;
        memset(&t, 0, sizeof t);
        t.rule = term;
        t.conf = 0.7f;
        emit(c, q->start, q->end, KIJI_Q_TERM, &t, NULL);
        return;
    }
    /* words in marks that no one in or around the sentence says, a short
     * noun phrase: a term the reporter quotes, not a quote */
    if (!at.has && !frame_cue && kind == KIJI_Q_PARTIAL && bare_phrase(c, q)) {
        attrib t;
        memset(&t, 0, sizeof t);
        t.rule = "term.unspoken";
        t.conf = 0.5f;
        emit(c, q->start, q->end, KIJI_Q_TERM, &t, NULL);
        return;
    }
    if (!at.has) {
        at.rule = "attr.none";
        at.conf = 0.3f;
    }
    if (q->joined)
        emit(c, q->start, q->end, KIJI_Q_DIRECT, &at, join_text(c, q));
    else if (q->multi)
        emit_pieces(c, q, &at);
    else
        emit(c, q->start, q->end, kind, &at, NULL);
    if (at.has) {
        lq->has = true;
        lq->sp = at.sp;
        lq->para = d->sentences.v[sc].para;
        remember(c, &at.sp, close);
    }
}

/* ------------------------------------------------------------------ */
/* pass 4: reported speech without marks                               */

/* True if every token of [a, b) lies inside one quote. */
static bool all_quoted(const ctx *c, uint32_t a, uint32_t b)
{
    if (a >= b || c->inq[a] < 0 || b - a > MAX_CLAUSE)
        return false;
    for (uint32_t k = a; k < b; k++)
        if (c->inq[k] != c->inq[a] && !(c->T[k].kind == KIJI_TOK_PUNCT && c->inq[k] < 0))
            return false;
    return true;
}

static bool any_quoted(const ctx *c, uint32_t a, uint32_t b)
{
    if (b > a + MAX_CLAUSE)
        return true; /* too long to be a clause: no reported speech */
    for (uint32_t k = a; k < b; k++)
        if (c->inq[k] >= 0)
            return true;
    return false;
}

static uint32_t words_in(const ctx *c, uint32_t a, uint32_t b)
{
    uint32_t n = 0;
    for (uint32_t k = a; k < b; k++)
        n += c->T[k].kind != KIJI_TOK_PUNCT;
    return n;
}

/* Is token k a mark of a paired quote (straight single marks too)? */
static bool pair_mark(const ctx *c, uint32_t k)
{
    int32_t q = c->inq[k];
    return q >= 0 && (c->qs.v[q].open == k || c->qs.v[q].close == k);
}

/* A separator at a clause's edge: punctuation that joins it to the
 * attribution, not a sign that belongs to its words ("64%", "(IMF)"). */
static bool edge_punct(const ctx *c, uint32_t k, bool end)
{
    if (c->T[k].kind != KIJI_TOK_PUNCT || pair_mark(c, k))
        return false;
    int32_t cp = tok_cp(c, k);
    if (cp == '%' || cp == '$' || cp == 0x20AC || cp == 0xA3 || cp == 0xA5 || cp == '#' ||
        cp == '&' || cp == '+')
        return false;
    return !(end ? cp == ')' || cp == ']' : cp == '(' || cp == '[');
}

/* Bytes of tokens [a, b) without the separators at either end. */
static bool clause_bytes(const ctx *c, uint32_t a, uint32_t b, uint32_t *A, uint32_t *B)
{
    /* separators go; quote marks stay when they belong to a pair */
    while (a < b && edge_punct(c, a, false))
        a++;
    while (b > a && edge_punct(c, b - 1, true))
        b--;
    if (b <= a)
        return false;
    *A = c->T[a].start;
    *B = c->T[b - 1].end;
    return true;
}

/* A verb that carries a clause on after a parenthetical cue ("..., she
 * said, is ...", "..., he added, would ..."): unlike a preposition or a
 * conjunction, which open a new phrase. */
static bool auxiliary(const ctx *c, uint32_t k)
{
    static const char *const w[] = {"is", "are", "was", "were", "be", "been", "can", "could",
                                    "may", "might", "must", "shall", "should", "will", "would",
                                    "has", "have", "had", "does", "did", "do", "remains",
                                    "remain", "not", "also", "still", NULL};
    return tok_in(c, k, w);
}

/* Does the clause go on at token k after a parenthetical cue ("..., he
 * said, is the next best thing"; "The economy, according to the bank,
 * will grow"), rather than a participle, a cue or a new noun phrase
 * starting there? */
static bool goes_on(const ctx *c, uint32_t k, uint32_t se)
{
    return k < se && words_in(c, k, se) >= 2 && is_word(c, k) &&
           !(cue_bits(c, k) & (C_CUE | C_ARTICLE)) && !is_participle(c, k) &&
           (!(cue_bits(c, k) & (C_STOP | C_SKIP)) || auxiliary(c, k)) && !is_name_tok(c, k);
}

/* A conjunction that sets its clause against the one before: "but",
 * "while", "whereas", "although", "though", "yet". */
static bool contrast(const ctx *c, uint32_t k)
{
    return tok_is(c, k, "but") || tok_is(c, k, "while") || tok_is(c, k, "whereas") ||
           tok_is(c, k, "although") || tok_is(c, k, "though") || tok_is(c, k, "yet");
}

/* Where the clause that ends at token e starts: after the last semicolon
 * or contrasting conjunction of the sentence before it ("Officials hoped
 * for a deal, but talks could take years, according to ..."). */
static uint32_t clause_open(const ctx *c, uint32_t sb, uint32_t e)
{
    for (uint32_t k = e, n = 0; k > sb && n < MAX_CLAUSE; n++) {
        k--;
        if (c->inq[k] >= 0)
            continue;
        if (is_punct(c, k, ';'))
            return k + 1;
        if (k > sb && contrast(c, k) && is_sep(c, k - 1))
            return k + 1;
    }
    return sb;
}

/* Where the clause after a cue at record ri stops: the separator before a
 * later participle, "according to" or postposed cue of the sentence. */
static uint32_t clause_stop(const ctx *c, size_t ri, uint32_t se)
{
    if (se > c->rec.v[ri].cue_end + MAX_CLAUSE)
        se = c->rec.v[ri].cue_end + MAX_CLAUSE; /* bounded work in run-on text */
    for (size_t j = ri + 1, n = 0;
         j < c->rec.n && c->rec.v[j].sent == c->rec.v[ri].sent && n < 32; j++, n++) {
        const cue_rec *r = &c->rec.v[j];
        if (r->lo > 0 && is_sep(c, r->lo - 1))
            return r->lo - 1;
        /* "X states that A, and notes that B": B is the next cue's; so is
         * "..., while opposition leader Y called it ...": back over the
         * role before the next speaker to the conjunction */
        uint32_t t = r->lo;
        if (r->form == F_NORMAL)
            for (uint32_t m = 0; t > c->rec.v[ri].cue_end + 1 && m < 6 && c->inq[t - 1] < 0 &&
                                 is_word(c, t - 1) && np_word(c, t - 1) &&
                                 !contrast(c, t - 1) && !tok_is(c, t - 1, "and");
                 m++)
                t--;
        if (t > 1 && (tok_is(c, t - 1, "and") || contrast(c, t - 1)) && c->inq[t - 1] < 0 &&
            t - 1 > c->rec.v[ri].cue_end)
            return is_sep(c, t - 2) ? t - 2 : t - 1;
        /* `... “nearly done,” according to ...`: the comma is inside */
        if (r->lo > 0 && c->inq[r->lo - 1] >= 0 && c->qs.v[c->inq[r->lo - 1]].close == r->lo - 1 &&
            (r->form == F_ACCORDING || r->form == F_PART_AFTER))
            return r->lo;
    }
    for (uint32_t k = c->rec.v[ri].cue_end; k < se; k++)
        if ((is_punct(c, k, ';') || is_sentence_end(c, k)) && c->inq[k] < 0)
            return k; /* also a sentence's end the segmenter kept */
    return se;
}

/* A quantity that opens a clause with a function word: "more than two
 * million people", "at least 30", "fewer than half", "up to 40". */
static bool quantity_start(const ctx *c, uint32_t k)
{
    return ((tok_is(c, k, "more") || tok_is(c, k, "less") || tok_is(c, k, "fewer")) &&
            tok_is(c, k + 1, "than")) ||
           (tok_is(c, k, "at") && (tok_is(c, k + 1, "least") || tok_is(c, k + 1, "most"))) ||
           (tok_is(c, k, "up") && tok_is(c, k + 1, "to") && k + 2 < c->nt &&
            c->T[k + 2].kind == KIJI_TOK_NUM);
}

/* The end of the listener after "told" at token k, or k when none: a
 * pronoun ("told us"), a name ("told Reuters", "told the BBC"), a group
 * ("told reporters") or any short noun phrase ("told a press briefing",
 * "told state television"). */
static uint32_t listener_end(const ctx *c, uint32_t k, uint32_t se)
{
    uint32_t e, hd;
    if (k >= se || c->inq[k] >= 0)
        return k;
    if (tok_is(c, k, "me") || tok_is(c, k, "us") || tok_is(c, k, "him") ||
        tok_is(c, k, "her") || tok_is(c, k, "them"))
        return k + 1;
    if (name_fwd(c, k, se, &e))
        return e;
    if ((cue_bits(c, k) & C_ARTICLE) && name_fwd(c, k + 1, se, &e))
        return e; /* "told the BBC" */
    if (group_fwd(c, k, se, &e, &hd))
        return e;
    uint32_t j = k;
    if (cue_bits(c, j) & C_DET)
        j++;
    uint32_t j0 = j;
    while (j < se && j < j0 + 4 && np_word(c, j) && !(cue_bits(c, j) & C_DET) &&
           !finite_aux(c, j) && !tok_is(c, j, "that"))
        j++;
    return j > j0 ? j : k;
}

typedef struct {
    uint32_t a, b; /* tokens already reported in this sentence */
} used_span;


static bool overlaps(const used_span *u, size_t n, uint32_t a, uint32_t b)
{
    for (size_t i = 0; i < n; i++)
        if (a < u[i].b && u[i].a < b)
            return true;
    return false;
}

/* Are tokens [a, b) a dateline rather than a clause ("TOKYO", "LISBON,
 * March 4 (Reuters)"): capitalised words, numbers and signs only, before
 * the dash that opens an article's first sentence? */
static bool dateline(const ctx *c, uint32_t a, uint32_t b)
{
    if (b <= a || b - a > 12)
        return false;
    for (uint32_t k = a; k < b; k++)
        if (c->inq[k] >= 0 || (is_word(c, k) && !(c->T[k].flags & KIJI_TF_CAP)))
            return false;
    return true;
}

/* Is token a, alone in [a, b), an adverb that opens the sentence
 * ("Still,", "Ultimately,")? */
static bool lone_adverb(const ctx *c, uint32_t a, uint32_t b)
{
    if (b != a + 1 || !is_word(c, a) || c->inq[a] >= 0)
        return false;
    kiji_str w = tok(c, a);
    return (cue_bits(c, a) & (C_STOP | C_SKIP)) ||
           (w.len > 4 && !strncasecmp(w.ptr + w.len - 2, "ly", 2));
}

/* Are tokens [a, b) only openers, each part between commas a phrase or
 * a clause that leans on one to come ("In an interview in May, before
 * he was sold"): no clause of their own to report? */
static bool only_openers(const ctx *c, uint32_t a, uint32_t b)
{
    static const char *const sub[] = {"when", "while", "because", "although", "though", "if",
                                      "unless", "until", "since", "as", "once", NULL};
    bool part = true;
    for (uint32_t k = a; k < b; k++) {
        if (c->inq[k] >= 0)
            return false;
        if (is_punct(c, k, ',')) {
            part = true;
            continue;
        }
        if (part) {
            bool opener = is_prep(c, k);
            for (int n = 0; sub[n] && !opener; n++)
                opener = tok_is(c, k, sub[n]);
            if (!opener)
                return false;
            part = false;
        }
    }
    return b > a;
}

static void indirect_sentence(ctx *c, size_t r0, size_t r1)
{
    kiji_doc *d = c->d;
    const kiji_sentence *S = &d->sentences.v[c->rec.v[r0].sent];
    uint32_t sb = S->tok, se = S->tok + S->ntok;
    while (se > sb && (is_sentence_end(c, se - 1) && c->inq[se - 1] < 0))
        se--;
    used_span used[8];
    size_t nused = 0;
    int according = -1;
    for (size_t i = r0; i < r1; i++)
        if (c->rec.v[i].form == F_ACCORDING && according < 0 && !weak_source(c, i))
            according = (int)i;
    for (size_t i = r0; i < r1 && nused < 8; i++) {
        cue_rec *r = &c->rec.v[i];
        resolve_rec(c, i);
        if (!r->has || (r->cls & (C_ASK | C_FRAME)))
            continue;
        uint32_t a = 0, b = 0, a2 = 0, b2 = 0;
        const char *rule = NULL;
        bool need_that = !(r->cls & (C_SAY | C_TELL));
        if (r->form == F_PART_AFTER) {
            uint32_t k = r->cue_end;
            if (tok_is(c, k, "that"))
                k++;
            else if ((need_that && !((r->cls & C_BARE) && clause_like(c, k, se))) ||
                     is_punct(c, k, ':') ||
                     is_punct(c, k, ','))
                continue;
            a = k;
            b = clause_stop(c, i, se);
            if (any_quoted(c, a, b))
                continue; /* its quoted words are the record */
            rule = "indirect.participle";
        } else if (r->form == F_PART_INIT) {
            a = r->cue_end + 1;
            b = r->clause_end;
            if (any_quoted(c, a, b))
                continue;
            rule = "indirect.participle";
        } else if (r->form == F_ACCORDING) {
            if (nused || (according >= 0 && (size_t)according != i))
                continue;
            /* "..., but according to X, CLAUSE": X vouches for what follows */
            bool conj = r->lo > sb && c->inq[r->lo - 1] < 0 && contrast(c, r->lo - 1) &&
                        (r->lo - 1 == sb || is_sep(c, r->lo - 2));
            if (r->lo > sb && is_sep(c, r->lo - 1)) {
                /* "CLAUSE, according to X": the clause from its own start
                 * ("A, but B, according to X" vouches for B) */
                a = clause_open(c, sb, r->lo - 1);
                b = r->lo - 1;
                /* "They pledged $100 billion — a target met only in
                 * 2022, according to X": X vouches for what the one dash
                 * opens (a pair of dashes is an aside) */
                uint32_t nd = 0, dk = 0;
                for (uint32_t k = a + 1; k < b; k++)
                    if (c->inq[k] < 0 && is_dash(c, k) && c->T[k].start > c->T[k - 1].end) {
                        nd++;
                        dk = k + 1;
                    }
                if (nd == 1 && dk > a + 1 && dk < b)
                    a = dk;
                if (is_punct(c, r->hi, ',') && goes_on(c, r->hi + 1, se)) {
                    /* "The economy, according to X, will grow" */
                    a2 = r->hi + 1;
                    b2 = clause_stop(c, i, se);
                }
            } else if (r->cue == sb || conj) {
                /* "According to the report released on Monday, CLAUSE":
                 * the source's words run to the first comma */
                uint32_t k = r->hi;
                while (k < se && k < r->hi + 8 && !is_punct(c, k, ',') && c->inq[k] < 0 &&
                       !is_sentence_end(c, k))
                    k++;
                if (!is_punct(c, k, ','))
                    continue;
                a = k + 1;
                /* "According to Ana Lima, who led the inquiry, CLAUSE" and
                 * "According to Ana Lima, an engineer at the firm, CLAUSE":
                 * past the source's relative clause or apposition */
                bool rel = tok_is(c, a, "who") || tok_is(c, a, "which") || tok_is(c, a, "whose");
                if (rel || (cue_bits(c, a) & C_DET)) {
                    uint32_t t = a + 1;
                    bool verb = false;
                    while (t < se && t < a + 12 && !is_punct(c, t, ',') && c->inq[t] < 0 &&
                           !is_sentence_end(c, t)) {
                        verb |= verbish(c, t);
                        t++;
                    }
                    if (is_punct(c, t, ',') && (rel || !verb))
                        a = t + 1;
                }
                b = clause_stop(c, i, se);
            } else {
                continue;
            }
            if (b > 0 && c->inq[b - 1] >= 0 && c->qs.v[c->inq[b - 1]].close == b - 1)
                continue; /* a quote's attribution */
            bool held = b > a + MAX_CLAUSE;
            for (size_t j = rec_lower(c, a), n = 0; j < r1 && c->rec.v[j].cue < b && n < 64;
                 j++, n++)
                held |= c->rec.v[j].quoted;
            if (held)
                continue; /* `“...,” he said, according to the paper` */
            rule = "indirect.according";
        } else {
            /* the cue at the end: "CLAUSE, Lima said." / "CLAUSE, said Lima, ..." */
            uint32_t h = r->form == F_INVERTED ? r->hi : r->cue_end;
            if ((r->cls & C_TELL) && h < se)
                h = listener_end(c, h, se); /* "..., he told a press briefing." */
            while (h < se && in_date(c, h))
                h++; /* "..., the company said Tuesday, in ..." */
            bool sep_before = r->lo > sb && is_sep(c, r->lo - 1) && c->inq[r->lo - 1] < 0 &&
                              (!dateline(c, sb, r->lo - 1) || lone_adverb(c, sb, r->lo - 1));
            bool ends = h >= se || is_punct(c, h, ',') || is_punct(c, h, ';');
            if (!ends && (tok_is(c, h, "in") || tok_is(c, h, "on") || tok_is(c, h, "at") ||
                          tok_is(c, h, "during") || tok_is(c, h, "last") ||
                          tok_is(c, h, "this") || tok_is(c, h, "earlier"))) {
                /* "..., Lima said on Monday." ends, and so does "..., the
                 * office said on Monday, driven by ..." (at its comma);
                 * "said on Monday that" goes on */
                ends = true;
                for (uint32_t k = h; k < se && ends; k++) {
                    if (tok_is(c, k, "that") || c->inq[k] >= 0 || k >= h + 16) {
                        ends = false;
                    } else if (is_punct(c, k, ',')) {
                        h = k;
                        break;
                    }
                }
            }
            if (sep_before && ends) {
                /* "CLAUSE, he added, CLAUSE": the cue stands inside */
                uint32_t k = h + 1;
                /* what follows the cue goes on with the clause ("..., he
                 * said, is the next best thing"), not with a participle, a
                 * cue or a new noun phrase */
                bool paren = r->form == F_NORMAL && is_punct(c, h, ',') && goes_on(c, k, se);
                a = sb;
                b = r->lo - 1;
                if (b > a && c->inq[b - 1] >= 0 && c->qs.v[c->inq[b - 1]].close == b - 1)
                    continue; /* `“...,” said Lima` belongs to the quote */
                if (all_quoted(c, a, b))
                    continue;
                if (lone_adverb(c, a, b) || only_openers(c, a, b)) {
                    /* `In May, before the sale, Lima said, “...”` reports
                     * nothing before the cue; "In the end, she said, the
                     * dam would hold" the clause after it */
                    if (r->form != F_NORMAL || !is_punct(c, h, ',') || !clause_like(c, k, se))
                        continue;
                    a = k;
                    b = clause_stop(c, i, se);
                    if (any_quoted(c, a, b))
                        continue;
                    rule = "indirect.parenthetical";
                } else if (paren) {
                    a2 = k;
                    b2 = clause_stop(c, i, se);
                    rule = "indirect.parenthetical";
                } else {
                    rule = "indirect.postposed";
                }
            } else if (r->form == F_NORMAL && !(r->cls & C_ASK)) {
                /* "Lima said (that) CLAUSE" */
                uint32_t k = r->cue_end;
                if (r->cls & C_TELL) {
                    /* "told reporters (that)": a listener must follow */
                    uint32_t e = listener_end(c, k, se);
                    if (e == k)
                        continue;
                    k = e;
                } else if ((r->cls & C_OBJECT) && !tok_is(c, k, "that")) {
                    /* "warned investors (on Tuesday) that": the listener
                     * may stand before "that", which must follow */
                    uint32_t e = listener_end(c, k, se), t = e;
                    if (t + 1 < se && (cue_bits(c, t) & C_STOP) && in_date(c, t + 1))
                        t++;
                    while (t < se && in_date(c, t))
                        t++;
                    if (e > k && tok_is(c, t, "that"))
                        k = t;
                    else if (e > k && (r->cls & C_BARE) && !is_pronoun(c, k) &&
                             ((cue_bits(c, t) & C_DET) || is_pronoun(c, t)) &&
                             clause_like(c, t, se))
                        k = t; /* "warned investors the krona would ..." */
                }
                bool that = false;
                uint32_t k0 = k;
                if (k + 1 < se && (cue_bits(c, k) & C_STOP) && in_date(c, k + 1))
                    k++; /* "said on Thursday the government ..." */
                while (k < se && in_date(c, k))
                    k++; /* "said Sunday that" */
                if ((cue_bits(c, k) & C_SKIP) && tok_is(c, k + 1, "that"))
                    k++; /* "said only that", "said simply that" */
                if ((r->cls & C_TELL) && k > r->cue_end && k < se && is_name_tok(c, k - 1) &&
                    !is_name_tok(c, k)) {
                    /* "told Lusa news agency that": the listener's noun */
                    uint32_t j = k;
                    while (j < se && j < k + 3 && is_word(c, j) && np_word(c, j) &&
                           !verbish(c, j) && !is_name_tok(c, j) && !tok_is(c, j, "that") &&
                           !(cue_bits(c, j) & C_DET))
                        j++;
                    if (j > k && (noun_bits(c, j - 1) & N_SPEAKER) &&
                        (tok_is(c, j, "that") ||
                         (((cue_bits(c, j) & C_DET) || is_pronoun(c, j)) && clause_like(c, j, se))))
                        k = j;
                }
                if (tok_is(c, k, "that")) {
                    k++;
                    that = true;
                } else if (k < se && !is_pronoun(c, k) && !(cue_bits(c, k) & C_DET) &&
                           ((cue_bits(c, k) & C_STOP) || is_prep(c, k) || is_name_tok(c, k))) {
                    /* "said on Monday that", "said in an email to the
                     * newspaper that"; not "said he had told them that" */
                    for (uint32_t j = k + 1; j < k + 10 && j < se; j++) {
                        if (c->inq[j] >= 0 || is_sentence_end(c, j) || is_punct(c, j, ','))
                            break;
                        if (tok_is(c, j, "that")) {
                            k = j + 1;
                            that = true;
                            break;
                        }
                    }
                }
                if (!that && !need_that && !r->quoted && k < se &&
                    ((cue_bits(c, k) & C_STOP) || is_prep(c, k)) && !is_pronoun(c, k) &&
                    !quantity_start(c, k)) {
                    /* "told Reuters by telephone the shipments would ...":
                     * past a short phrase, a clause with its own verb */
                    uint32_t j = k + 1;
                    if (j < se && (cue_bits(c, j) & C_DET))
                        j++;
                    uint32_t j0 = j;
                    while (j < se && j < j0 + 3 && is_word(c, j) && np_word(c, j) &&
                           !(cue_bits(c, j) & C_DET) && !is_pronoun(c, j) && !is_name_tok(c, j))
                        j++;
                    /* "said in a statement (on) Tuesday the ..." */
                    if (j > j0 && j + 1 < se && (cue_bits(c, j) & C_STOP) && in_date(c, j + 1))
                        j++;
                    if (j > j0)
                        while (j < se && j < j0 + 8 && in_date(c, j))
                            j++;
                    if (j > j0 && j < se &&
                        ((cue_bits(c, j) & C_DET) || is_pronoun(c, j) || is_name_tok(c, j) ||
                         c->T[j].kind == KIJI_TOK_NUM) &&
                        clause_like(c, j, se))
                        k = j;
                }
                /* `“...,” Lima told reporters outside`: the words after a
                 * quote's cue report something only with "that" */
                if (!that && (r->quoted || (need_that && !((r->cls & C_BARE) &&
                                                           clause_like(c, k, se)))))
                    continue;
                if (!that && (k >= se || c->T[k].kind == KIJI_TOK_PUNCT ||
                              (cue_bits(c, k) & C_STOP && !is_pronoun(c, k) &&
                               !tok_is(c, k, "there") && !quantity_start(c, k))))
                    continue;
                /* "rules that it said would be ...": the clause's subject
                 * stands before the cue; nothing is reported here */
                if (!that && finite_aux(c, k)) {
                    if (k == k0 || (cue_bits(c, k0) & C_STOP))
                        continue;
                    k = k0; /* "say the winter has killed ...": a subject */
                }
                a = k;
                b = clause_stop(c, i, se);
                if (a < b && c->inq[a] >= 0)
                    continue; /* `said “...”`: the quote carries it */
                rule = "indirect.that";
            } else {
                continue;
            }
        }
        if (b <= a || b - a > MAX_CLAUSE || (b2 > a2 && b2 - a2 > MAX_CLAUSE) ||
            words_in(c, a, b) + (b2 > a2 ? words_in(c, a2, b2) : 0) < 3)
            continue;
        if (overlaps(used, nused, a, b))
            continue;
        attrib at;
        memset(&at, 0, sizeof at);
        take(c, i, &at, rule, 0.75f);
        if (according >= 0 && (size_t)according != i && r->form != F_PART_AFTER &&
            r->form != F_PART_INIT) {
            /* "the sides said X, according to a statement": the source */
            const cue_rec *ar = &c->rec.v[according];
            at.sp = ar->sp;
            at.conf = 0.75f * ar->sp.conf;
        }
        uint32_t A, B;
        if (!clause_bytes(c, a, b, &A, &B))
            continue;
        const char *text = NULL;
        if (b2 > a2) {
            uint32_t A2, B2;
            if (!clause_bytes(c, a2, b2, &A2, &B2))
                continue;
            kiji_buf_clear(&c->tmp);
            kiji_buf_put(&c->tmp, c->s + A, B - A);
            kiji_buf_putc(&c->tmp, ' ');
            kiji_buf_put(&c->tmp, c->s + A2, B2 - A2);
            text = dup(c, c->tmp.ptr, c->tmp.len);
            B = B2;
        }
        emit(c, A, B, KIJI_Q_INDIRECT, &at, text);
        used[nused++] = (used_span){a, b2 > a2 ? b2 : b};
    }
}

/* ------------------------------------------------------------------ */

static int cmp_span(const void *x, const void *y)
{
    const kiji_span *a = x, *b = y;
    return (a->start > b->start) - (a->start < b->start);
}

static int cmp_quote(const void *x, const void *y)
{
    const kiji_quote *a = x, *b = y;
    if (a->start != b->start)
        return a->start < b->start ? -1 : 1;
    return (a->end > b->end) - (a->end < b->end);
}

void kiji_quotes_run(kiji_doc *d)
{
    assert(d);
    d->quotes.n = 0;
    if (!d->tokens.n || !d->sentences.n)
        return;
    ctx c;
    memset(&c, 0, sizeof c);
    c.d = d;
    c.s = d->text.ptr;
    c.T = d->tokens.v;
    c.nt = (uint32_t)d->tokens.n;
    kiji_buf_init(&c.tmp);
    c.inq = kiji_xmalloc(c.nt * sizeof *c.inq);
    c.tsent = kiji_xcalloc(c.nt, sizeof *c.tsent);
    c.ptok0 = kiji_xcalloc(d->paras.n + 1, sizeof *c.ptok0);
    c.ptok1 = kiji_xcalloc(d->paras.n + 1, sizeof *c.ptok1);
    c.pure = kiji_xcalloc(d->paras.n + 1, sizeof *c.pure);
    c.cb = kiji_xcalloc(c.nt, sizeof *c.cb);
    c.nb = kiji_xcalloc(c.nt, sizeof *c.nb);
    for (uint32_t i = 0; i < c.nt; i++) {
        c.inq[i] = -1;
        if (c.T[i].kind == KIJI_TOK_WORD) {
            c.cb[i] = (uint16_t)lookup_cue(&c, i);
            c.nb[i] = (uint16_t)lookup_noun(&c, i);
        }
    }
    for (uint32_t s = 0; s < d->sentences.n; s++) {
        const kiji_sentence *S = &d->sentences.v[s];
        for (uint32_t k = S->tok; k < S->tok + S->ntok && k < c.nt; k++)
            c.tsent[k] = s;
        if (S->para < d->paras.n) {
            if (c.ptok1[S->para] == 0)
                c.ptok0[S->para] = S->tok;
            c.ptok1[S->para] = S->tok + S->ntok;
        }
    }

    c.tx = kiji_xcalloc(d->timexes.n + 1, sizeof *c.tx);
    for (size_t i = 0; i < d->timexes.n; i++) {
        c.tx[c.ntx].start = d->timexes.v[i].start;
        c.tx[c.ntx].end = d->timexes.v[i].end;
        c.ntx++;
    }
    if (c.ntx > 1)
        qsort(c.tx, c.ntx, sizeof *c.tx, cmp_span);

    pair_marks(&c);
    for (size_t q = 0; q < c.qs.n; q++) {
        uint32_t e = c.qs.v[q].close < c.nt ? c.qs.v[q].close + 1 : c.nt;
        if (c.qs.v[q].lost)
            e = c.qs.v[q].close;
        for (uint32_t k = c.qs.v[q].open; k < e; k++)
            c.inq[k] = (int32_t)q;
    }
    find_cues(&c);

    /* sentence by sentence, so that pronouns see the speakers before them */
    last_quote lq;
    memset(&lq, 0, sizeof lq);
    size_t qi = 0, ri = 0;
    for (uint32_t s = 0; s < d->sentences.n; s++) {
        size_t r0 = ri;
        while (ri < c.rec.n && c.rec.v[ri].sent == s)
            ri++;
        for (size_t k = r0; k < ri; k++)
            if (c.rec.v[k].form != F_PART_AFTER)
                resolve_rec(&c, k);
        for (size_t k = r0; k < ri; k++)
            resolve_rec(&c, k);
        while (qi < c.qs.n) {
            const qspan *q = &c.qs.v[qi];
            uint32_t close = q->lost ? q->close - 1 : q->close;
            if (c.tsent[close] > s)
                break;
            attribute_quote(&c, qi, &lq);
            qi++;
        }
        if (ri > r0)
            indirect_sentence(&c, r0, ri);
    }
    for (; qi < c.qs.n; qi++)
        attribute_quote(&c, qi, &lq);

    if (d->quotes.n > 1)
        qsort(d->quotes.v, d->quotes.n, sizeof *d->quotes.v, cmp_quote);
    free(c.inq);
    free(c.tsent);
    free(c.ptok0);
    free(c.ptok1);
    free(c.pure);
    free(c.sn);
    free(c.tx);
    free(c.cb);
    free(c.nb);
    KIJI_VEC_FREE(c.qs);
    KIJI_VEC_FREE(c.rec);
    KIJI_VEC_FREE(c.hist);
    kiji_buf_free(&c.tmp);
}
