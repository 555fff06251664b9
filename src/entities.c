/*
 * entities.c: the entities stage (see entities.h).  Capitalised runs of words
 * are found sentence by sentence, split and typed by evidence (titles, name
 * words, gazetteers, given names, speech verbs), then resolved into one entity
 * per referent through per-document alias and one-edit tables (hashes, so the
 * cost stays linear in the text).
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "kiji/entities.h"
#include "kiji/lexicon.h"
#include "kiji/utf8.h"

#include "gen/cities.inc"
#include "gen/countries.inc"
#include "gen/demonyms.inc"
#include "gen/features.inc"
#include "gen/given_names.inc"
#include "gen/namewords.inc"
#include "gen/nonames.inc"
#include "gen/orgs.inc"
#include "gen/regions.inc"
#include "gen/surnames.inc"
#include "gen/titles.inc"
#include "gen/towns.inc"

/* ---------------------------------------------------------------- words */

/* word flags */
enum {
    WF_CAP = 1u << 0,    /* first letter upper case */
    WF_UPPER = 1u << 1,  /* all letters upper case */
    WF_SSTART = 1u << 2, /* first word of a sentence, or after an opening quote */
    WF_POSS = 1u << 3,   /* a possessive followed (not part of the word) */
    WF_AMB = 1u << 4,    /* capitalised only by position: a common word */
    WF_HYJ = 1u << 5,    /* a piece joined to the one before by a hyphen */
    WF_MOD = 1u << 6,    /* "Seoul-based": a modifier, never a name */
    WF_GAZ = 1u << 7,    /* inside a multi-word gazetteer name */
    WF_HCASE = 1u << 8,  /* in a headline-case or all-capitals paragraph */
    WF_GAZIN = 1u << 9,  /* a multi-word gazetteer name goes on in this word */
};

/* name-word flags, from data/namewords.txt and data/titles.txt tags */
enum {
    NW_ORG = 1u << 0,     /* O: ends an organisation */
    NW_ORGHEAD = 1u << 1, /* o: University of ... */
    NW_CORP = 1u << 2,    /* c: Corp., Inc. */
    NW_LOC = 1u << 3,     /* L: ... Peninsula */
    NW_LOCHEAD = 1u << 4, /* l: Mount ..., Sea of ... */
    NW_MISC = 1u << 5,    /* M: ... War, ... Act */
    NW_TITLE = 1u << 6,   /* t: a title before a name */
    NW_ROLE = 1u << 7,    /* r: a role noun */
    NW_PRE = 1u << 8,     /* p: a word inside a title (Defense, Foreign) */
    NW_MALE = 1u << 9,
    NW_FEMALE = 1u << 10,
    NW_GPE = 1u << 11,    /* G: ends a place that is a town or unit ("... City") */
    NW_MISCHEAD = 1u << 12, /* E: starts a storm's or an operation's name */
    NW_ORGFIRST = 1u << 13, /* H: starts an organisation ("Banco ...", "Grupo ...") */
    NW_GPEHEAD = 1u << 14, /* g: starts a town's name ("San ...", "Puerto ...") */
};

enum { K_WORD, K_NUM, K_PUNCT };

typedef struct {
    uint32_t start, end; /* the word, without a possessive */
    uint32_t pre_end;    /* WF_MOD: end of the part before the last hyphen */
    uint32_t sent;       /* sentence index */
    uint16_t f;          /* WF_* */
    uint16_t nw;         /* NW_* */
    uint8_t kind;
    uint8_t dict; /* kiji_word_flags */
    char gender;  /* given name: 'm', 'f', 'u', or 0 */
    uint8_t cls;  /* WC_*: closed classes, looked up once */
    char noname;  /* data/nonames.txt tag ('M', 'D', '-'), or 0 */
} word;

/* word classes */
enum {
    WC_STOP = 1u << 0,    /* a closed-class word */
    WC_SPEECH = 1u << 1,  /* a verb of saying */
    WC_PART = 1u << 2,    /* a particle inside names */
    WC_SURNAME = 1u << 3, /* an East Asian family name */
};

/* ----------------------------------------------------------- candidates */

/* A name found in one sentence, before resolution.  Weak ones are single
 * words that become mentions only when the document supports them. */
typedef struct {
    uint32_t w0, w1;       /* words [w0, w1) */
    int8_t type;           /* kiji_ent_type, or -1: a single unknown word */
    uint8_t how;           /* KIJI_HOW_* */
    uint8_t strong;        /* evidence enough to stand alone */
    uint8_t amb;           /* a common word capitalised by position */
    uint8_t surname;       /* a surname with its particles: "Van den Heuvel" */
    char gender;           /* 'm', 'f' or 0 */
    const char *canon;     /* gazetteer canonical name (static) or NULL */
    uint32_t role_s, role_e; /* role written before the name, or 0, 0 */
    int ent;               /* resolved entity, or -1 */
} cand;

typedef struct {
    uint8_t type, gender;
    const char *canon;   /* static canonical name, or NULL: use the span */
    uint32_t ns, ne;     /* fullest span seen */
    uint32_t nwords;     /* its word count */
    bool caps;           /* the span is in capitals: title-case it */
    uint32_t role_s, role_e;
    int org;             /* entity of the organisation in the role, or -1 */
    int first;           /* first candidate, for ordering */
} xent;

/* open-addressing hash: key -> int (entity, or -2 when ambiguous) */
typedef struct {
    const char *k;
    uint32_t n;
    int v;
} slot;

typedef struct {
    slot *s;
    size_t cap, n;
} hmap;

typedef struct {
    kiji_doc *d;
    const char *s;
    KIJI_VEC(word) w;
    KIJI_VEC(cand) c;
    KIJI_VEC(xent) e;
    hmap alias; /* lower-cased name or name part -> entity */
    hmap near;  /* person surnames and their one-deletion forms -> entity */
    hmap orgshort; /* a company's name without its industry word -> entity */
    kiji_buf key, key2;
} ctx;

/* ------------------------------------------------------------ utilities */

static uint32_t hash_bytes(const char *p, size_t n)
{
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)p[i];
        h *= 16777619u;
    }
    return h;
}

static slot *hmap_find(hmap *m, const char *k, size_t n)
{
    if (!m->cap)
        return NULL;
    size_t i = hash_bytes(k, n) & (m->cap - 1);
    while (m->s[i].k) {
        if (m->s[i].n == n && !memcmp(m->s[i].k, k, n))
            return &m->s[i];
        i = (i + 1) & (m->cap - 1);
    }
    return NULL;
}

static int hmap_get(hmap *m, const char *k, size_t n)
{
    slot *sl = hmap_find(m, k, n);
    return sl ? sl->v : -1;
}

/* Map k to v; a key already mapped to another value becomes ambiguous (-2)
 * unless `replace`. */
static void hmap_put(hmap *m, kiji_arena *a, const char *k, size_t n, int v, bool replace)
{
    if (!n)
        return;
    slot *sl = hmap_find(m, k, n);
    if (sl) {
        if (replace)
            sl->v = v;
        else if (sl->v != v)
            sl->v = -2;
        return;
    }
    if ((m->n + 1) * 2 > m->cap) {
        size_t ncap = m->cap ? m->cap * 2 : 64;
        slot *ns = kiji_xcalloc(ncap, sizeof *ns);
        for (size_t i = 0; i < m->cap; i++) {
            if (!m->s[i].k)
                continue;
            size_t j = hash_bytes(m->s[i].k, m->s[i].n) & (ncap - 1);
            while (ns[j].k)
                j = (j + 1) & (ncap - 1);
            ns[j] = m->s[i];
        }
        free(m->s);
        m->s = ns;
        m->cap = ncap;
    }
    size_t i = hash_bytes(k, n) & (m->cap - 1);
    while (m->s[i].k)
        i = (i + 1) & (m->cap - 1);
    m->s[i].k = kiji_arena_strndup(a, k, n);
    m->s[i].n = (uint32_t)n;
    m->s[i].v = v;
    m->n++;
}

static unsigned tag_bits(const char *t)
{
    unsigned b = 0;
    for (; *t; t++) {
        switch (*t) {
        case 'O': b |= NW_ORG; break;
        case 'o': b |= NW_ORGHEAD; break;
        case 'c': b |= NW_CORP; break;
        case 'L': b |= NW_LOC; break;
        case 'l': b |= NW_LOCHEAD; break;
        case 'M': b |= NW_MISC; break;
        case 't': b |= NW_TITLE; break;
        case 'r': b |= NW_ROLE; break;
        case 'p': b |= NW_PRE; break;
        case 'm': b |= NW_MALE; break;
        case 'f': b |= NW_FEMALE; break;
        case 'G': b |= NW_GPE; break;
        case 'E': b |= NW_MISCHEAD; break;
        case 'H': b |= NW_ORGFIRST; break;
        case 'g': b |= NW_GPEHEAD; break;
        default: break;
        }
    }
    return b;
}

/* Tag of s[0..n) in a list lexicon, or NULL. */

static const char *lex_tag_key(const kiji_lexicon *lx, const kiji_lex_key *k)
{
    long v = kiji_lex_get_key(lx, k);
    return v >= 0 ? lx->tags[v] : NULL;
}

static unsigned nw_bits_key(const kiji_lex_key *k)
{
    const char *a = lex_tag_key(&kiji_lex_namewords, k);
    const char *b = lex_tag_key(&kiji_lex_titles, k);
    return (a ? tag_bits(a) : 0) | (b ? tag_bits(b) : 0);
}

static unsigned nw_bits(const char *s, size_t n)
{
    kiji_lex_key k = kiji_lex_key_make(s, n);
    return nw_bits_key(&k);
}

static bool eq_word(const char *s, size_t n, const char *w)
{
    return strlen(w) == n && !strncasecmp(s, w, n);
}

static bool in_list(const char *s, size_t n, const char *const *list)
{
    if (!n)
        return false;
    int c0 = tolower((unsigned char)s[0]);
    for (int i = 0; list[i]; i++)
        if (list[i][0] == c0 && eq_word(s, n, list[i]))
            return true;
    return false;
}

/* Closed-class words: they never start or end a name, and stop a role
 * phrase scanned backwards. */
static const char *const stop_words[] = {
    "a", "an", "the", "this", "that", "these", "those", "in", "on", "at", "for", "by",
    "with", "from", "to", "of", "and", "or", "but", "as", "if", "when", "while", "after",
    "before", "since", "because", "although", "though", "during", "under", "over", "about",
    "into", "its", "his", "her", "their", "our", "my", "your", "we", "they", "he", "she",
    "it", "i", "you", "there", "here", "then", "so", "yet", "not", "no", "all", "some",
    "many", "most", "both", "each", "every", "such", "what", "which", "who", "whom",
    "whose", "where", "why", "how", "also", "only", "even", "still", "just", "now", "via",
    "between", "among", "against", "than", "is", "was", "are", "were", "be", "has", "had",
    "have", "will", "would", "could", "should", "may", "might", "can", "said", "says",
    NULL};

/* Verbs of saying: a name next to one is a speaker. */
static const char *const speech_verbs[] = {
    "said", "says", "say", "told", "tells", "added", "adds", "noted", "notes", "asked",
    "wrote", "writes", "explained", "warned", "argued", "stated", "insisted", "claimed",
    "recalled", "acknowledged", "stressed", "emphasized", "emphasised", "urged", "replied",
    "responded", "continued", "concluded", "cautioned", "suggested", "predicted", "announced",
    "tweeted", "posted", NULL};

/* Lower-case particles inside names: "Ursula von der Leyen". */
static const char *const particles[] = {"van", "von", "der", "den", "de", "da", "di", "del",
                                        "della", "dos", "das", "du", "la", "le", "bin", "ibn",
                                        "al", "el", "ter", "ten", "y", "delos", "dela", "delas",
                                        "los", "las", "dei", "degli", "zu", "vom", "te",
                                        "bint", NULL};

/* Hyphen tails that make a modifier of a capitalised word: "Seoul-based". */
static const char *const mod_tails[] = {"based", "led", "backed", "born", "made", "owned",
                                        "funded", "run", "linked", "allied", "aligned",
                                        "controlled", "held", "occupied", "style", "era",
                                        "bound", "wide", "centric", "friendly", "related",
                                        "speaking", "registered", "listed", "flagged", "hit",
                                        "stricken", "struck", "ravaged", "torn", "affected",
                                        "bred", "grown", NULL};

static bool is_letter_at(const char *s, size_t n)
{
    size_t l;
    return n && kiji_cp_is_letter(kiji_utf8_decode(s, n, &l));
}

static bool upper_at(const char *s, size_t n)
{
    size_t l;
    return n && kiji_cp_is_upper(kiji_utf8_decode(s, n, &l));
}

/* Append the lower-cased key form of s[0..n) to b: ASCII folded, ’ as '. */
static void put_key(kiji_buf *b, const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == 0xE2 && i + 2 < n && (unsigned char)s[i + 1] == 0x80 &&
            (unsigned char)s[i + 2] == 0x99) {
            kiji_buf_putc(b, '\'');
            i += 2;
        } else if (c == '\n' || c == '\t' || c == '\r') {
            kiji_buf_putc(b, ' ');
        } else {
            kiji_buf_putc(b, tolower(c));
        }
    }
}

/* Key of words [a, b): their texts joined by single spaces. */
static void key_words(ctx *x, kiji_buf *b, uint32_t a, uint32_t e)
{
    kiji_buf_clear(b);
    for (uint32_t i = a; i < e; i++) {
        if (i > a)
            kiji_buf_putc(b, ' ');
        put_key(b, x->s + x->w.v[i].start, x->w.v[i].end - x->w.v[i].start);
    }
}

/* ---------------------------------------------------------- gazetteers */

typedef struct {
    const kiji_lexicon *lx;
    int8_t type; /* -1: a demonym, consumed but no entity */
} gaz;

/* Searched in this order; of two names of one length the first list's wins,
 * so a continent or an island is a LOC even where a country, city or
 * region list has it too (Antarctica, the Azores). */
static const gaz gazetteers[] = {
    {&kiji_lex_features, KIJI_ENT_LOC},
    {&kiji_lex_countries, KIJI_ENT_GPE}, {&kiji_lex_orgs, KIJI_ENT_ORG},
    {&kiji_lex_cities, KIJI_ENT_GPE},    {&kiji_lex_regions, KIJI_ENT_GPE},
    {&kiji_lex_demonyms, -1},
};
#define NGAZ (sizeof gazetteers / sizeof *gazetteers)

typedef struct {
    uint32_t len;      /* words matched, 0 for none */
    int8_t type;
    const char *canon;
    bool alias_word;   /* matched an alias that is also a common word */
    bool poss;         /* the last word's possessive is part of the name */
} gaz_hit;

/* The possessive after word w as a key ("'s", or "'" after a plural), or
 * NULL: "Lloyd's List" and "Macy's" are listed with theirs. */
static const char *poss_key(ctx *x, const word *w)
{
    const char *p = x->s + w->end;
    if (!(w->f & WF_POSS))
        return NULL;
    if (p[0] == '\'' && (p[1] == 's' || p[1] == 'S'))
        return "'s";
    /* the text is NUL-terminated: each test stops at its end */
    if (p[0] == '\xE2' && p[1] == '\x80' && p[2] == '\x99' && (p[3] == 's' || p[3] == 'S'))
        return "'s";
    return "'";
}

/* Look key b up in every gazetteer: a name of len words beats a shorter
 * best.  Returns true when some longer name goes on from b. */
static bool gaz_try(const word *w, const kiji_buf *b, uint32_t len, bool poss, gaz_hit *best)
{
    bool more = false;
    for (size_t g = 0; g < NGAZ; g++) {
        const kiji_lexicon *lx = gazetteers[g].lx;
        long v = kiji_lex_get(lx, b->ptr, b->len);
        if (v >= 0 && len > best->len) {
            best->len = len;
            best->type = gazetteers[g].type;
            best->canon = lx->canon[v];
            best->alias_word = false;
            best->poss = poss;
            if (len == 1) {
                /* "Who" is no WHO: a common word naming an alias only
                 * in capitals */
                size_t cl = strlen(best->canon);
                bool is_canon = cl == b->len && !strncasecmp(best->canon, b->ptr, cl);
                best->alias_word = !is_canon && (w->dict & KIJI_W_LOWER);
            }
        }
        if (kiji_lex_has_prefix(lx, b->ptr, b->len))
            more = true;
    }
    return more;
}

/* Longest gazetteer name starting at word i and ending before e. */
static gaz_hit gaz_match(ctx *x, uint32_t i, uint32_t e)
{
    gaz_hit best = {0, 0, NULL, false, false};
    kiji_buf *b = &x->key2;
    kiji_buf_clear(b);
    for (uint32_t j = i; j < e && j < i + 8; j++) {
        const word *w = &x->w.v[j];
        if (w->kind != K_WORD)
            break;
        if (j > i)
            kiji_buf_putc(b, ' ');
        put_key(b, x->s + w->start, w->end - w->start);
        bool more = gaz_try(w, b, j + 1 - i, false, &best);
        /* a possessive goes on only inside a name that has it ("Lloyd's
         * List", "Moody's"); "China's" is China */
        const char *pk = poss_key(x, w);
        if (pk) {
            kiji_buf_puts(b, pk);
            more = gaz_try(w, b, j + 1 - i, true, &best);
        }
        if (!more)
            break;
    }
    if (best.len == 1) {
        const word *w = &x->w.v[i];
        bool upper = (w->f & WF_UPPER) || memchr(x->s + w->start, '.', w->end - w->start);
        if (best.alias_word && !upper)
            best.len = 0;
        /* a common word at a sentence start names a place only when the
         * dictionary knows it capitalised too ("China", not "Split") */
        if ((w->f & WF_AMB) && !(w->dict & KIJI_W_CAPITAL))
            best.len = 0;
        if (!(w->f & (WF_CAP | WF_UPPER)))
            best.len = 0;
    }
    return best;
}

static bool is_place(ctx *x, uint32_t i)
{
    gaz_hit h = gaz_match(x, i, i + 1);
    return h.len == 1 && h.type == KIJI_ENT_GPE;
}

/* ---------------------------------------------------------- word set-up */

static bool abbrev_dot(const char *s, size_t n)
{
    static const char *const ab[] = {"jr", "sr", "st", "mt", "ft", "no", NULL};
    if (n == 1 && isupper((unsigned char)s[0]))
        return true; /* an initial: George W. Bush */
    if (in_list(s, n, ab))
        return true;
    char tmp[32];
    if (n + 1 >= sizeof tmp)
        return false;
    memcpy(tmp, s, n);
    tmp[n] = '.';
    return kiji_lex_get(&kiji_lex_titles, tmp, n + 1) >= 0 ||
           kiji_lex_get(&kiji_lex_namewords, tmp, n + 1) >= 0;
}

static void word_flags(ctx *x, word *w)
{
    const char *p = x->s + w->start;
    size_t n = w->end - w->start;
    size_t letters, upper;
    kiji_utf8_case_count(p, n, &letters, &upper);
    if (upper_at(p, n))
        w->f |= WF_CAP;
    if (letters >= 2 && upper == letters)
        w->f |= WF_UPPER;
    w->dict = (uint8_t)kiji_word_flags(p, n);
    /* one hash of the word for every list it is looked up in */
    kiji_lex_key key = kiji_lex_key_make(p, n);
    w->nw = (uint16_t)nw_bits_key(&key);
    const char *g = lex_tag_key(&kiji_lex_given_names, &key);
    w->gender = g ? g[0] : 0;
    const char *nn = lex_tag_key(&kiji_lex_nonames, &key);
    w->noname = nn ? (nn[0] ? nn[0] : '-') : 0;
    w->cls = (uint8_t)((in_list(p, n, stop_words) ? WC_STOP : 0) |
                       (in_list(p, n, speech_verbs) ? WC_SPEECH : 0) |
                       (in_list(p, n, particles) ? WC_PART : 0) |
                       (kiji_lex_get_key(&kiji_lex_surnames, &key) >= 0 ? WC_SURNAME : 0));
}

static void push_word(ctx *x, uint32_t a, uint32_t b, uint8_t kind, uint32_t sent, uint16_t f)
{
    word w = {a, b, 0, sent, f, 0, kind, 0, 0, 0, 0};
    if (kind == K_WORD)
        word_flags(x, &w);
    KIJI_VEC_PUSH(x->w, w);
}

/* Split a hyphenated token into pieces when it joins places
 * ("Japan-South Korea", "U.S.-Japan"); mark "Seoul-based" a modifier. */
static void add_word_token(ctx *x, uint32_t a, uint32_t b, uint32_t sent, uint16_t f)
{
    const char *s = x->s;
    /* "Ex-Tarrant Group", "then-President ...": the prefix is no part of
     * the name; it is kept apart as punctuation, which ends a run */
    for (;;) {
        uint32_t h = a;
        while (h < b && h < a + 7 && s[h] != '-')
            h++;
        uint32_t r = h + 1; /* the rest's first piece: "Ex-Im" stays */
        while (r < b && s[r] != '-')
            r++;
        if (h >= b || s[h] != '-' || !upper_at(s + h + 1, b - h - 1) || r - h - 1 < 3 ||
            !(eq_word(s + a, h - a, "ex") || eq_word(s + a, h - a, "then") ||
              eq_word(s + a, h - a, "former")))
            break;
        push_word(x, a, h + 1, K_PUNCT, sent, 0);
        a = h + 1;
        f &= (uint16_t)~WF_SSTART;
    }
    uint32_t cuts[16];
    int nc = 0;
    for (uint32_t i = a + 1; i + 1 < b && nc < 15; i++) {
        if (s[i] == '-' && is_letter_at(s + i + 1, b - i - 1))
            cuts[nc++] = i;
    }
    if (!nc) {
        push_word(x, a, b, K_WORD, sent, f);
        return;
    }
    uint32_t last = cuts[nc - 1] + 1;
    if (!upper_at(s + last, b - last)) {
        if (in_list(s + last, b - last, mod_tails) ||
            (b - last > 4 && !strncmp(s + b - 2, "ed", 2) && kiji_is_word(s + last, b - last))) {
            push_word(x, a, b, K_WORD, sent, f | WF_MOD);
            x->w.v[x->w.n - 1].pre_end = cuts[nc - 1];
            return;
        }
        push_word(x, a, b, K_WORD, sent, f);
        return;
    }
    /* every piece capitalised and the first a place: pieces are words */
    bool all_cap = true;
    for (int k = 0; k < nc; k++)
        if (!upper_at(s + cuts[k] + 1, b - cuts[k] - 1))
            all_cap = false;
    push_word(x, a, cuts[0], K_WORD, sent, f);
    if (!all_cap || !upper_at(s + a, b - a) || !is_place(x, (uint32_t)x->w.n - 1)) {
        x->w.n--;
        push_word(x, a, b, K_WORD, sent, f);
        return;
    }
    for (int k = 0; k < nc; k++) {
        uint32_t e = k + 1 < nc ? cuts[k + 1] : b;
        push_word(x, cuts[k] + 1, e, K_WORD, sent, WF_HYJ | (f & WF_HCASE));
    }
}

/* Headline case: a short paragraph whose longer words are (nearly) all
 * capitalised or in capitals.  A body sentence full of names still has its
 * verbs in lower case ("... disagreed with the Center for ..."). */
static bool headline_case(const kiji_doc *d, uint32_t t0, uint32_t t1)
{
    unsigned n = 0, cap = 0, words = 0;
    for (uint32_t i = t0; i < t1; i++) {
        const kiji_token *t = &d->tokens.v[i];
        if (t->kind != KIJI_TOK_WORD)
            continue;
        words++;
        /* short words are mostly the ones headline case leaves in lower
         * case; a three-letter one outside them is a verb or a noun that
         * speaks for the sentence ("Delegates of the Dock Union met.") */
        static const char *const minor[] = {"the", "and", "for", "nor", "but", "yet", "via",
                                            "per", "off", "out", "its", "not", "von", "van",
                                            "der", "den", "bin", "del", "las", "los", "les",
                                            "des", NULL};
        size_t len = t->end - t->start;
        if (len < 3 || (len == 3 && (kiji_word_in_list(d->text.ptr + t->start, len, minor) ||
                                      (t->flags & (KIJI_TF_CAP | KIJI_TF_UPPER)))))
            continue;
        n++;
        cap += (t->flags & (KIJI_TF_CAP | KIJI_TF_UPPER)) != 0;
    }
    return n >= 3 && words <= 40 && (n - cap) * 10 <= n;
}

/* Paragraphs whose names are the article's: credits, link cards and the
 * publisher's boilerplate (a copyright tagline, a role line) name the outlet
 * or an agency, not who the story is about. */
static bool para_wanted(uint8_t kind)
{
    return kind == KIJI_PARA_BODY || kind == KIJI_PARA_HEADLINE || kind == KIJI_PARA_BYLINE ||
           kind == KIJI_PARA_DATELINE || kind == KIJI_PARA_CAPTION;
}

static void build_words(ctx *x)
{
    kiji_doc *d = x->d;
    const char *s = x->s;
    uint32_t hc_para = UINT32_MAX;
    bool hc = false;
    for (uint32_t si = 0; si < d->sentences.n; si++) {
        const kiji_sentence *se = &d->sentences.v[si];
        if (se->para != hc_para) {
            hc_para = se->para;
            /* the paragraph's tokens: those of its sentences */
            uint32_t t0 = se->tok, t1 = se->tok + se->ntok;
            for (uint32_t sj = si + 1; sj < d->sentences.n && d->sentences.v[sj].para == se->para;
                 sj++)
                t1 = d->sentences.v[sj].tok + d->sentences.v[sj].ntok;
            hc = headline_case(d, t0, t1);
        }
        bool after_open = true; /* sentence start, or after an opening quote */
        for (uint32_t ti = se->tok; ti < se->tok + se->ntok; ti++) {
            const kiji_token *t = &d->tokens.v[ti];
            if (t->kind == KIJI_TOK_PUNCT) {
                size_t l;
                int32_t cp = kiji_utf8_decode(s + t->start, t->end - t->start, &l);
                /* a possessive apostrophe after a plural: "Hughes’ view" */
                if ((cp == '\'' || cp == 0x2019) && x->w.n && t->start == x->w.v[x->w.n - 1].end &&
                    x->w.v[x->w.n - 1].sent == si && s[t->start - 1] == 's' &&
                    (ti + 1 >= se->tok + se->ntok ||
                     d->tokens.v[ti + 1].start > t->end)) {
                    x->w.v[x->w.n - 1].f |= WF_POSS;
                    continue;
                }
                bool open = kiji_cp_is_open_quote(cp) || cp == ':' ||
                            (cp == '"' && (ti + 1 < se->tok + se->ntok) &&
                             d->tokens.v[ti + 1].start == t->end);
                push_word(x, t->start, t->end, K_PUNCT, si, 0);
                if (open)
                    after_open = true;
                continue;
            }
            if (t->kind == KIJI_TOK_NUM) {
                push_word(x, t->start, t->end, K_NUM, si, 0);
                after_open = false;
                continue;
            }
            uint32_t a = t->start, b = t->end;
            uint16_t f = 0;
            /* possessive: Austin’s, Pyongyang's */
            if (b - a > 2 && s[b - 2] == '\'' && (s[b - 1] == 's' || s[b - 1] == 'S')) {
                b -= 2;
                f |= WF_POSS;
            } else if (b - a > 4 && !memcmp(s + b - 4, "\xE2\x80\x99", 3) &&
                       (s[b - 1] == 's' || s[b - 1] == 'S')) {
                b -= 4;
                f |= WF_POSS;
            }
            if (after_open)
                f |= WF_SSTART;
            if (hc)
                f |= WF_HCASE;
            after_open = false;
            size_t before = x->w.n;
            add_word_token(x, a, b, si, f);
            /* an abbreviation's own full stop: Gen., Corp., W. */
            if (!(f & WF_POSS) && ti + 1 < se->tok + se->ntok) {
                const kiji_token *n = &d->tokens.v[ti + 1];
                word *w = &x->w.v[x->w.n - 1];
                if (n->kind == KIJI_TOK_PUNCT && n->start == t->end && s[n->start] == '.' &&
                    x->w.n == before + 1 && abbrev_dot(s + w->start, w->end - w->start)) {
                    w->end = n->end;
                    unsigned extra = nw_bits(s + w->start, w->end - w->start);
                    w->nw |= (uint16_t)extra;
                    ti++;
                }
            }
            for (size_t k = before; k < x->w.n; k++) {
                word *w = &x->w.v[k];
                bool amb = (w->f & WF_CAP) && (w->dict & KIJI_W_LOWER) &&
                           (w->f & (WF_SSTART | WF_HCASE));
                if ((w->f & WF_HCASE) && (w->f & WF_UPPER))
                    amb = amb || (w->dict & KIJI_W_LOWER);
                if (amb)
                    w->f |= WF_AMB;
            }
        }
    }
}

/* --------------------------------------------------------- run helpers */

static const word *W(ctx *x, uint32_t i)
{
    return &x->w.v[i];
}

static bool wis(ctx *x, uint32_t i, const char *t)
{
    const word *w = W(x, i);
    return eq_word(x->s + w->start, w->end - w->start, t);
}

static bool is_stop(ctx *x, uint32_t i)
{
    const word *w = W(x, i);
    /* "WHO" and "US" in running text are names, not "who" and "us" */
    if ((w->f & WF_UPPER) && !(w->f & WF_HCASE))
        return false;
    return w->kind == K_WORD && (w->cls & WC_STOP);
}

static bool noname(ctx *x, uint32_t i, char *tag)
{
    const word *w = W(x, i);
    if (tag)
        *tag = w->noname;
    return w->noname != 0;
}

static bool east_asian_surname(ctx *x, uint32_t i)
{
    return (W(x, i)->cls & WC_SURNAME) != 0;
}

/* A word that may stand in a person's name: no common word unless the
 * dictionary also knows it capitalised or it is a given name. */
/* "Kurosawa Jun said", "Theresa May": a month's name that is a given name
 * too ends a name after a capitalised word that is no place and before no
 * number ("Osaka Jun. 5" is a date). */
static bool month_name(ctx *x, uint32_t i)
{
    const word *w = W(x, i);
    if (w->noname != 'M' || !w->gender || i == 0 || (w->f & (WF_UPPER | WF_AMB | WF_HCASE)) ||
        memchr(x->s + w->start, '.', w->end - w->start) || x->s[w->end] == '.')
        return false;
    const word *p = W(x, i - 1);
    if (p->sent != w->sent || p->kind != K_WORD || !(p->f & WF_CAP) ||
        (p->f & (WF_POSS | WF_GAZ | WF_UPPER | WF_MOD)) || p->noname || (p->cls & WC_STOP) ||
        p->nw || ((p->dict & KIJI_W_LOWER) && !p->gender) ||
        kiji_lex_get(&kiji_lex_cities, x->s + p->start, p->end - p->start) >= 0 ||
        kiji_lex_get(&kiji_lex_countries, x->s + p->start, p->end - p->start) >= 0)
        return false;
    return !(i + 1 < x->w.n && W(x, i + 1)->sent == w->sent && W(x, i + 1)->kind == K_NUM);
}

static bool name_like(ctx *x, uint32_t i)
{
    const word *w = W(x, i);
    if (w->kind != K_WORD || !(w->f & (WF_CAP | WF_UPPER)) || (w->f & WF_MOD))
        return false;
    if ((noname(x, i, NULL) && !month_name(x, i)) ||
        (w->nw & (NW_TITLE | NW_ORG | NW_CORP | NW_LOC | NW_MISC | NW_ORGFIRST)))
        return false;
    if ((w->f & WF_UPPER) && !(w->f & WF_HCASE) && w->end - w->start <= 5 &&
        !memchr(x->s + w->start, '.', w->end - w->start) &&
        !(w->end - w->start <= 4 && w->gender == 0 && false))
        /* a regnal or family number ends a name: II, XVI */
        return w->end - w->start >= 2 && strspn(x->s + w->start, "IVX") >= w->end - w->start;
    if (!(w->dict & KIJI_W_LOWER))
        return true;
    /* capitalised by position ("Major Banks Fall"): a common word is a
     * name only when it is a given name too ("Will Smith") */
    if (w->f & WF_AMB)
        return w->gender && (w->dict & KIJI_W_CAPITAL) && !(w->f & WF_HCASE);
    return (w->dict & KIJI_W_CAPITAL) != 0;
}

/* May a person's name start at word i (before b)?  An East Asian family
 * name that is also an English word counts before a name-like given name:
 * "Shin Won-sik", "Moon Jae-in". */
/* A capitalised word after a particle is a surname even when it is a
 * common word too ("van der Molen", "de la Fuente"). */
static bool after_particle(ctx *x, uint32_t i)
{
    const word *w = W(x, i);
    if (i == 0 || !(W(x, i - 1)->cls & WC_PART) || W(x, i - 1)->kind != K_WORD)
        return false;
    if (w->kind != K_WORD || !(w->f & WF_CAP) || (w->f & WF_MOD) || w->noname ||
        (w->cls & WC_STOP) || (w->nw & (NW_TITLE | NW_ORG | NW_CORP | NW_LOC | NW_MISC | NW_GPE)))
        return false;
    return true;
}

/* A particle capitalised at the start of a surname, followed by another
 * particle or a name: "Van den Heuvel", "De la Rosa", "Dela Paz".  "Van" is
 * then no city and "De" no common word. */
static bool cap_particle(ctx *x, uint32_t i, uint32_t b)
{
    const word *w = W(x, i);
    if (!(w->cls & WC_PART) || !(w->f & WF_CAP) || (w->f & WF_UPPER) || i + 1 >= b)
        return false;
    const word *n = W(x, i + 1);
    if (n->kind != K_WORD || n->sent != w->sent)
        return false;
    if (n->cls & WC_PART)
        return !(n->f & WF_CAP) && i + 2 < b && after_particle(x, i + 2);
    return name_like(x, i + 1) && !is_place(x, i + 1);
}

static bool person_start(ctx *x, uint32_t i, uint32_t b)
{
    if (name_like(x, i) || cap_particle(x, i, b))
        return true;
    return i + 1 < b && (W(x, i)->f & WF_CAP) && east_asian_surname(x, i) && name_like(x, i + 1);
}

/* Does a word ending an organisation, place or event name follow among
 * the capitalised words from i ("Tokyo Stock Exchange" in a headline)? */
static bool tail_ahead(ctx *x, uint32_t i, uint32_t b)
{
    for (uint32_t k = i; k < b && k < i + 4; k++) {
        const word *w = W(x, k);
        if (w->kind != K_WORD || !(w->f & (WF_CAP | WF_UPPER)) || (w->f & WF_MOD))
            return false;
        if (w->nw & (NW_ORG | NW_CORP | NW_LOC | NW_MISC))
            return true;
        if (w->f & WF_POSS)
            return false;
    }
    return false;
}

/* Words that open a sentence before a company's name without being part
 * of it: "Meanwhile Toyota Motor Corp. ...", "Rival Halvard Corp. ...". */
static const char *const openers[] = {
    "meanwhile", "however", "still", "instead", "separately", "elsewhere", "later", "earlier",
    "today", "yesterday", "now", "then", "rival", "rivals", "parent", "unit", "shares",
    "analysts", "officials", "investors", "together", "like", "unlike", "including",
    "besides", "overall", "first", "second", "third", "last", "next", "finally", NULL};

/* Adjectives that open a sentence before a body's name without being
 * part of it: "Former Tarrant Group chief ...", "Embattled Apex Corp.". */
static const char *const pre_adjs[] = {
    "former", "then", "late", "incoming", "outgoing", "erstwhile", "onetime", "longtime",
    "veteran", "retired", "disgraced", "embattled", "beleaguered", "troubled", "struggling",
    "ailing", "defunct", "bankrupt", NULL};

/* Word i, capitalised by its position, opens a sentence before a name
 * without being part of it; "Former" anywhere (a sentence start the
 * reader lost). */
static bool opener_word(ctx *x, uint32_t i)
{
    const word *w = W(x, i);
    size_t n = w->end - w->start;
    if (w->kind != K_WORD || !(w->f & WF_CAP))
        return false;
    if (eq_word(x->s + w->start, n, "former"))
        return true;
    return (w->f & WF_AMB) &&
           (in_list(x->s + w->start, n, pre_adjs) || in_list(x->s + w->start, n, openers));
}

/* "Apex Software Ltd. said ...": capitalised words ending in a company's
 * designator follow word i. */
static bool corp_ahead(ctx *x, uint32_t i)
{
    const word *w = W(x, i);
    size_t n = w->end - w->start;
    if ((w->f & (WF_HCASE | WF_POSS | WF_UPPER)) || is_stop(x, i) ||
        in_list(x->s + w->start, n, openers) || (n > 3 && !strncmp(x->s + w->end - 2, "ly", 2)))
        return false;
    for (uint32_t k = i + 1; k < x->w.n && k < i + 5; k++) {
        const word *v = W(x, k);
        if (v->sent != w->sent || v->kind != K_WORD || !(v->f & WF_CAP) || (v->f & WF_MOD))
            return false;
        if (v->nw & NW_CORP)
            return k > i + 1;
        if (v->f & WF_POSS)
            return false;
    }
    return false;
}

/* May word i continue a capitalised run? */
static bool run_word(ctx *x, uint32_t i)
{
    const word *w = W(x, i);
    if (w->kind != K_WORD || !(w->f & (WF_CAP | WF_UPPER)) || (w->f & WF_MOD))
        return false;
    if (!(w->f & WF_AMB))
        return true;
    if ((w->f & WF_GAZ) || corp_ahead(x, i))
        return true;
    /* "Tan Wei Ming said ...": a family name opening the sentence */
    if ((w->cls & WC_SURNAME) && i + 1 < x->w.n && W(x, i + 1)->sent == w->sent &&
        name_like(x, i + 1) && !(W(x, i + 1)->f & WF_HCASE))
        return true;
    if (w->nw & (NW_ORG | NW_ORGHEAD | NW_CORP | NW_LOC | NW_LOCHEAD | NW_MISC | NW_TITLE |
                 NW_PRE | NW_MISCHEAD | NW_GPE))
        return !is_stop(x, i);
    return (w->dict & KIJI_W_CAPITAL) != 0;
}

/* A capitalised common word in running text ("Trade", "Energy"): the kind
 * of word an institution's name strings together ("Ministry of Trade,
 * Industry and Energy"); a place, a title or a function word is none. */
static bool cap_common(ctx *x, uint32_t i)
{
    const word *w = W(x, i);
    return w->kind == K_WORD && (w->f & WF_CAP) &&
           !(w->f & (WF_AMB | WF_UPPER | WF_MOD | WF_HCASE)) && (w->dict & KIJI_W_LOWER) &&
           !(w->cls & WC_STOP) && !w->noname && !(w->nw & (NW_TITLE | NW_ORGHEAD | NW_CORP)) &&
           !is_place(x, i);
}

static bool is_comma(ctx *x, uint32_t i)
{
    return W(x, i)->kind == K_PUNCT && x->s[W(x, i)->start] == ',';
}

/* Are the capitalised words from k (before b) all common words ("Health
 * and Welfare", "Red Crescent Societies"), no place or name of their own? */
static bool common_ahead(ctx *x, uint32_t k, uint32_t b)
{
    uint32_t n = 0;
    for (; k < b && n < 6 && W(x, k)->kind == K_WORD && (W(x, k)->f & WF_CAP); k++, n++) {
        if (!cap_common(x, k))
            return false;
        if (W(x, k)->f & WF_POSS)
            break;
    }
    return n > 0;
}

/* Does the possessive of word p belong to a name: a capitalised common
 * plural before words that end in an organisation's or an event's tail
 * ("Dock Workers' Union", "Women's Marathon", "Children's Hospital")?
 * "China's Foreign Ministry" is two names. */
static bool poss_in_name(ctx *x, uint32_t p, uint32_t b)
{
    return cap_common(x, p) && p + 1 < b && W(x, p + 1)->sent == W(x, p)->sent &&
           tail_ahead(x, p + 1, b);
}

/* The run [i, j) of one sentence ending before b names an institution with
 * an of-phrase ("Ministry of Trade"): a comma list of capitalised common
 * words closed by "and" goes on in the name ("Ministry of Economy, Trade
 * and Industry").  Returns the run's new end; j when no such list follows.
 * A list that ends otherwise ("and the central bank") is the sentence's. */
static uint32_t name_list(ctx *x, uint32_t i, uint32_t j, uint32_t b)
{
    bool head = false;
    for (uint32_t q = i; q + 1 < j && !head; q++)
        head = (W(x, q)->nw & NW_ORGHEAD) && (wis(x, q + 1, "of") || wis(x, q + 1, "for"));
    if (!head || !cap_common(x, j - 1))
        return j;
    uint32_t k = j;
    while (k + 1 < b && k - j < 16 && is_comma(x, k) && cap_common(x, k + 1)) {
        k += 2;
        while (k < b && k - j < 16 && cap_common(x, k))
            k++;
        if (k + 1 < b && wis(x, k, "and") && cap_common(x, k + 1)) {
            k += 2;
            while (k < b && k - j < 16 && cap_common(x, k))
                k++;
            return k;
        }
    }
    return j;
}

/* ----------------------------------------------------------- candidates */

static cand *add_cand(ctx *x, uint32_t a, uint32_t b, int type, uint8_t how, bool strong)
{
    cand c = {a, b, (int8_t)type, how, strong, 0, 0, 0, NULL, 0, 0, -1};
    KIJI_VEC_PUSH(x->c, c);
    return &x->c.v[x->c.n - 1];
}

static bool speech_near(ctx *x, uint32_t a, uint32_t b)
{
    if (a > 0 && W(x, a - 1)->sent == W(x, a)->sent && W(x, a - 1)->kind == K_WORD &&
        (W(x, a - 1)->cls & WC_SPEECH))
        return true;
    if (b < x->w.n && W(x, b)->sent == W(x, a)->sent && W(x, b)->kind == K_WORD &&
        (W(x, b)->cls & WC_SPEECH))
        return true;
    /* "according to Lima" */
    if (a > 1 && wis(x, a - 1, "to") && wis(x, a - 2, "according"))
        return true;
    return false;
}

/* A lower-case role noun right before the run ("analyst Ana Lima"): the
 * role phrase start, or UINT32_MAX. */
static uint32_t role_before(ctx *x, uint32_t a, char *gender)
{
    if (a == 0)
        return UINT32_MAX;
    uint32_t p = a - 1;
    const word *w = W(x, p);
    if (w->sent != W(x, a)->sent || w->kind != K_WORD || (w->f & WF_CAP) ||
        !(w->nw & (NW_ROLE | NW_TITLE)))
        return UINT32_MAX;
    if (w->nw & NW_MALE)
        *gender = 'm';
    if (w->nw & NW_FEMALE)
        *gender = 'f';
    /* back over capitalised words and title words; a plain lower-case
     * word (a verb: "Lula met Argentine leader Milei") ends it */
    uint32_t s = p;
    while (s > 0 && a - s < 6) {
        const word *v = W(x, s - 1);
        if (v->sent != w->sent || v->kind != K_WORD || is_stop(x, s - 1) ||
            (W(x, s - 1)->cls & WC_SPEECH) || (v->f & WF_SSTART && !(v->f & WF_CAP)))
            break;
        if (!(v->f & WF_CAP) && !(v->nw & (NW_PRE | NW_ROLE | NW_TITLE)))
            break;
        s--;
    }
    return s;
}

static void classify(ctx *x, uint32_t a, uint32_t b, bool no_person);
static int body_evidence(ctx *x, const cand *c);
static int body_cue(ctx *x, uint32_t a, uint32_t b);
static bool org_list(ctx *x, uint32_t i);
static int acronym(ctx *x, uint32_t i);

/* Compass words that make a part of a place: "West Siberia". */
static const char *const directions[] = {
    "north", "south", "east", "west", "northern", "southern", "eastern", "western",
    "northeast", "northwest", "southeast", "southwest", "northeastern", "northwestern",
    "southeastern", "southwestern", "central", NULL};

/* Lower-case nouns for settlements and administrative units, and for
 * natural features: "Omachi town", "the town of Mirrow", "Tumen river". */
static const char *const unit_nouns[] = {
    "province", "provinces", "prefecture", "prefectures", "city", "cities", "town", "towns",
    "village", "villages", "municipality", "municipalities", "county", "counties",
    "district", "districts", "township", "ward", "borough", "suburb", "port", NULL};
static const char *const feature_nouns[] = {"river", "rivers", "island", "islands", "peninsula",
                                            "mountains", "valley", "strait", "volcano", NULL};

static bool wordin(ctx *x, uint32_t i, const char *const *list)
{
    const word *w = W(x, i);
    return w->kind == K_WORD && !(w->f & WF_CAP) &&
           in_list(x->s + w->start, w->end - w->start, list);
}

/* What the words around [a, b) say of it: KIJI_ENT_GPE after "the town of"
 * or before "province" (also "X and Y provinces"), or as ", a town in ...";
 * KIJI_ENT_LOC before "river", "island"; -1 when they say nothing. */
static int place_ctx(ctx *x, uint32_t a, uint32_t b)
{
    uint32_t sent = W(x, a)->sent;
    uint32_t k = b;
    /* "Kolvey and Tarn provinces" */
    if (k + 2 < x->w.n && wis(x, k, "and") && (W(x, k + 1)->f & WF_CAP) &&
        W(x, k + 2)->sent == sent &&
        (wordin(x, k + 2, unit_nouns) || wordin(x, k + 2, feature_nouns)))
        k += 2;
    if (k < x->w.n && W(x, k)->sent == sent) {
        if (wordin(x, k, unit_nouns))
            return KIJI_ENT_GPE;
        if (wordin(x, k, feature_nouns))
            return KIJI_ENT_LOC;
    }
    /* "Mirrow, a farming town in ..." */
    if (b + 2 < x->w.n && is_comma(x, b) && W(x, b + 1)->sent == sent &&
        (wis(x, b + 1, "a") || wis(x, b + 1, "an") || wis(x, b + 1, "the"))) {
        for (uint32_t q = b + 2; q < b + 5 && q < x->w.n && W(x, q)->sent == sent; q++) {
            if (wordin(x, q, unit_nouns))
                return KIJI_ENT_GPE;
            if (W(x, q)->kind != K_WORD || (W(x, q)->f & WF_CAP))
                break;
        }
    }
    /* "the town of Mirrow", "mountain villages of ..." */
    if (a >= 2 && wis(x, a - 1, "of") && W(x, a - 2)->sent == sent) {
        if (wordin(x, a - 2, unit_nouns))
            return KIJI_ENT_GPE;
        if (wordin(x, a - 2, feature_nouns))
            return KIJI_ENT_LOC;
    }
    return -1;
}

/* "Glenrock, Wyoming", "Tarrow, Kenya": a name before a comma and a state,
 * province or country that ends the phrase.  True for a state or province
 * after [a, b), or for a country when the name is in the towns list. */
static bool region_after(ctx *x, uint32_t a, uint32_t b)
{
    uint32_t sent = W(x, a)->sent;
    if (b + 1 >= x->w.n || !is_comma(x, b) || W(x, b + 1)->sent != sent ||
        (W(x, b - 1)->f & WF_POSS))
        return false;
    uint32_t e = b + 1;
    while (e < x->w.n && e < b + 4 && W(x, e)->sent == sent && W(x, e)->kind == K_WORD &&
           (W(x, e)->f & WF_CAP) && !(W(x, e)->f & WF_AMB))
        e++;
    if (e == b + 1 || (W(x, e - 1)->f & WF_POSS))
        return false;
    /* "Okafor, Kenya Airways' chief": a name goes on */
    if (e < x->w.n && W(x, e)->sent == sent && W(x, e)->kind == K_WORD &&
        (W(x, e)->f & WF_CAP))
        return false;
    kiji_buf *k = &x->key2;
    key_words(x, k, b + 1, e);
    if (kiji_lex_get(&kiji_lex_regions, k->ptr, k->len) >= 0)
        return true;
    if (b - a != 1 || kiji_lex_get(&kiji_lex_countries, k->ptr, k->len) < 0)
        return false;
    const word *w = W(x, a);
    return kiji_lex_get(&kiji_lex_towns, x->s + w->start, w->end - w->start) >= 0;
}

/* A capitalised compass word: "West", "Northern". */
static bool compass(ctx *x, uint32_t i)
{
    const word *w = W(x, i);
    return w->kind == K_WORD && (w->f & WF_CAP) &&
           in_list(x->s + w->start, w->end - w->start, directions);
}

static bool ends_with(ctx *x, uint32_t i, const char *t)
{
    const word *w = W(x, i);
    size_t n = w->end - w->start, m = strlen(t);
    return n > m + 2 && !strncasecmp(x->s + w->end - m, t, m);
}

/* Word i is a demonym: listed, or shaped like one and no place ("Javanese",
 * "Timorese", "Bavarian": a word the dictionary knows only capitalised
 * ending in -an, or any word ending in -ese). */
static bool demonym_like(ctx *x, uint32_t i)
{
    const word *w = W(x, i);
    if (w->kind != K_WORD || !(w->f & WF_CAP) || (w->f & (WF_POSS | WF_UPPER)))
        return false;
    gaz_hit h = gaz_match(x, i, i + 1);
    if (h.len == 1)
        return h.type < 0;
    if (w->nw || w->gender)
        return false;
    if (ends_with(x, i, "ese"))
        return true;
    if (!ends_with(x, i, "an") || (w->dict & KIJI_W_LOWER))
        return false;
    if (w->dict & KIJI_W_CAPITAL)
        return true;
    /* "Sumatran": a listed place and an "n" */
    kiji_buf *b = &x->key2;
    kiji_buf_clear(b);
    put_key(b, x->s + w->start, w->end - w->start - 1);
    for (size_t g = 0; g < NGAZ; g++)
        if (gazetteers[g].type >= 0 && kiji_lex_get(gazetteers[g].lx, b->ptr, b->len) >= 0)
            return true;
    return false;
}

/* "West Siberia", "South Gyeongsang": a compass word before a place or
 * an unknown name is a part of a place.  Its type, or -1. */
static int direction_place(ctx *x, uint32_t a, uint32_t b)
{
    if (b - a != 2 || !in_list(x->s + W(x, a)->start, W(x, a)->end - W(x, a)->start, directions) ||
        !(W(x, a)->f & WF_CAP) || W(x, a + 1)->kind != K_WORD ||
        !(W(x, a + 1)->f & WF_CAP))
        return -1;
    gaz_hit h = gaz_match(x, a + 1, b);
    if (h.len == 1 && (h.type == KIJI_ENT_GPE || h.type == KIJI_ENT_LOC))
        return KIJI_ENT_LOC; /* a part of a known place */
    const word *w = W(x, a + 1);
    if (h.len || (w->dict & KIJI_W_LOWER) || w->gender || w->noname || w->nw)
        return -1;
    return place_ctx(x, a, b) == KIJI_ENT_GPE ? KIJI_ENT_GPE : KIJI_ENT_LOC;
}

/* A place named at [i, e) followed, in running text, by capitalised words
 * that are neither places nor a person's name ("Nagano Blue Foxes", "Korea
 * Zinc"): a club or a company named after the place.  Returns the end of
 * those words within b, or e when none follow. */
static uint32_t place_org(ctx *x, uint32_t i, uint32_t e, uint32_t b, bool org)
{
    if (e >= b || (W(x, e - 1)->f & (WF_POSS | WF_HCASE)))
        return e;
    uint32_t k = e;
    while (k < b && k < e + 4) {
        const word *w = W(x, k);
        /* an acronym after a place is a thing of it ("U.S. THAAD") */
        if (w->kind != K_WORD || !(w->f & WF_CAP) ||
            (w->f & (WF_AMB | WF_HYJ | WF_MOD | WF_UPPER)) || w->noname || (w->cls & WC_STOP) ||
            (w->nw & (NW_TITLE | NW_ROLE | NW_GPE | NW_LOC)) || gaz_match(x, k, b).len)
            break;
        /* "Korea Defense Minister ...": a word of a title; after a body's
         * name only when a title follows ("Lloyd's List Intelligence") */
        if ((w->nw & NW_PRE) && (!org || (k + 1 < b && (W(x, k + 1)->nw & NW_TITLE))))
            break;
        k++;
        if (w->f & WF_POSS)
            break;
    }
    if (k == e)
        return e;
    /* "Tokyo Hiroshi Tanaka" would be a place and a person; "Chiba Lotte
     * Marines" ends in a plural common noun, which ends no person's name */
    const word *last = W(x, k - 1);
    bool plural = k - e >= 2 && cap_common(x, k - 1) && last->end - last->start > 3 &&
                  x->s[last->end - 1] == 's' && x->s[last->end - 2] != 's';
    if (W(x, e)->gender && !(W(x, e)->dict & KIJI_W_LOWER) && !plural)
        return e;
    (void)i;
    return k;
}

/* Unknown capitalised words with capitalised common words in running text
 * ("Kuressaare Lightning", "Brackwater Iron Works"): no person's name is made of
 * common words, so a name of something: taken for an organisation. */
static bool unknown_org(ctx *x, uint32_t a, uint32_t b)
{
    bool unknown = false, common = false;
    /* "Sarah Gorse", "Ng Eng Hen": a given or a family name first, a person
     * or nothing */
    if (W(x, a)->gender || (W(x, a)->cls & WC_SURNAME))
        return false;
    for (uint32_t i = a; i < b; i++) {
        const word *w = W(x, i);
        if (w->kind != K_WORD || !(w->f & WF_CAP) || (w->f & (WF_AMB | WF_HCASE | WF_UPPER)) ||
            (w->cls & (WC_STOP | WC_PART)) || w->noname)
            return false;
        if (cap_common(x, i))
            common = true;
        else if (!(w->dict & KIJI_W_LOWER))
            unknown = true;
        else
            return false;
    }
    /* such names end in the common word, one no surname ("Price", "Baker"
     * are capitalised in the dictionary too); "Executive Jochen Weber" is a
     * role before a person */
    return unknown && common && cap_common(x, b - 1) && !(W(x, b - 1)->dict & KIJI_W_CAPITAL);
}

/* Words [a, b) hold no title and no name word: places by the gazetteers,
 * the rest people or single words to resolve later. */
static void classify_rest(ctx *x, uint32_t a, uint32_t b, bool no_person)
{
    while (a < b && !cap_particle(x, a, b) &&
           !(east_asian_surname(x, a) && a + 1 < b && name_like(x, a + 1)) &&
           ((is_stop(x, a) && !(W(x, a)->f & WF_GAZ)) ||
            ((W(x, a)->f & WF_AMB) && !(W(x, a)->f & WF_GAZ) &&
             !(W(x, a)->dict & KIJI_W_CAPITAL))))
        a++;
    if (a >= b)
        return;
    uint32_t n = b - a;
    /* "Western Australian", "East Javanese": a region's demonym names no
     * place */
    if (n == 2 && compass(x, a) && demonym_like(x, a + 1) && gaz_match(x, a, b).len != 2)
        return;
    int dir = direction_place(x, a, b);
    if (dir >= 0 && gaz_match(x, a, b).len != n) {
        add_cand(x, a, b, dir, KIJI_HOW_NAMEWORD, true);
        return;
    }
    /* a person first: "Lloyd Austin" is no city */
    if (!no_person && n >= 2 && n <= 5) {
        bool all = true;
        for (uint32_t i = a; i < b; i++)
            /* a family name that is also a word ends a name: "Wei Ming Tan" */
            if (!(i == a ? person_start(x, i, b) : name_like(x, i)) &&
                !(i > a && ((W(x, i)->cls & WC_PART) || after_particle(x, i))) &&
                !(i > a && i + 1 == b && (W(x, i)->cls & WC_SURNAME) && (W(x, i)->f & WF_CAP)) &&
                /* "Nathan Law": a law's word that is a given name too */
                !(i == a + 1 && i + 1 == b && (W(x, i)->nw & NW_MISC) && W(x, i)->gender &&
                  W(x, a)->gender))
                all = false;
        const word *f = W(x, a);
        bool surname = cap_particle(x, a, b);
        bool given = f->gender && !surname &&
                     (!(f->dict & KIJI_W_LOWER) || (f->dict & KIJI_W_CAPITAL));
        bool asian = east_asian_surname(x, a) && name_like(x, a + 1);
        gaz_hit whole = gaz_match(x, a, b);
        /* "Italian Gianni De Marchi": a demonym before a name is no part
         * of it (the gazetteers below consume it) */
        if (whole.len && whole.len < n && whole.type < 0)
            all = false;
        /* a word after a particle is a surname, not a place: "de Lima" */
        bool part_end = n >= 3 && (W(x, b - 2)->cls & WC_PART);
        /* "official Ana Lima", "said Paul Vienna": a given name with a role
         * or a speech verb makes a surname of a place */
        char g = 0;
        uint32_t rb = role_before(x, a, &g);
        bool said = given && !is_place(x, a) && (rb != UINT32_MAX || speech_near(x, a, b));
        if (all && whole.len != n && (given || asian || surname || !is_place(x, a)) &&
            (part_end || said || !is_place(x, b - 1))) {
            /* "the villages of Tarn Abbas", "Kuala Kangsar town" */
            int pc = rb != UINT32_MAX         ? -1
                     : region_after(x, a, b) ? KIJI_ENT_GPE
                     : given || asian        ? -1
                                             : place_ctx(x, a, b);
            if (pc >= 0) {
                add_cand(x, a, b, pc, KIJI_HOW_CONTEXT, true);
                return;
            }
            /* "the Casa Rosada", "in Chiyoda Ward": no person takes an
             * article or lives in a place */
            if (!given && !asian && rb == UINT32_MAX && a > 0 && W(x, a - 1)->sent == f->sent &&
                (wis(x, a - 1, "the") || wis(x, a - 1, "in") || wis(x, a - 1, "near"))) {
                add_cand(x, a, b, wis(x, a - 1, "the") ? KIJI_ENT_ORG : KIJI_ENT_GPE,
                         KIJI_HOW_SHAPE, true);
                return;
            }
            /* an East Asian family name is as good as a given name */
            cand *c = add_cand(x, a, b, KIJI_ENT_PERSON,
                               given || asian ? KIJI_HOW_GIVEN : KIJI_HOW_SHAPE, true);
            c->gender = given && f->gender != 'u' ? f->gender : 0;
            /* "Lee Soo-jin", "Lee Hyun": a family name written first says
             * nothing of gender, though "Lee" is also a given name; the
             * name after it is Korean-style (hyphenated) or unknown to the
             * dictionary, where "Lee Anderson" has an English surname */
            if (asian && a + 1 < b) {
                const word *g2 = W(x, a + 1);
                if (memchr(x->s + g2->start, '-', g2->end - g2->start) || !g2->dict)
                    c->gender = 0;
            }
            c->surname = surname;
            if (rb != UINT32_MAX) {
                c->role_s = W(x, rb)->start;
                c->role_e = W(x, a - 1)->end;
                if (g)
                    c->gender = g;
            }
            return;
        }
    }
    /* gazetteer names, longest first, left to right */
    uint32_t i = a, rest = a;
    while (i < b) {
        gaz_hit h = gaz_match(x, i, b);
        if (!h.len) {
            i++;
            continue;
        }
        /* "the West Varlish Sea": a compass word before a listed
         * feature's name is part of it */
        if (h.type == KIJI_ENT_LOC && h.len >= 2 && i > rest && compass(x, i - 1)) {
            i--;
            h.len++;
            h.canon = NULL;
        }
        if (rest < i)
            classify(x, rest, i, no_person);
        /* "Korea Zinc", "Halvik Ocean" after a listed company "Halvik" */
        uint32_t oe = h.type == KIJI_ENT_GPE || h.type == KIJI_ENT_ORG
                          ? place_org(x, i, i + h.len, b, h.type == KIJI_ENT_ORG)
                          : i;
        if (oe > i + h.len) {
            add_cand(x, i, oe, KIJI_ENT_ORG, KIJI_HOW_NAMEWORD, true);
            i = rest = oe;
            continue;
        }
        if (h.type >= 0) {
            cand *c = add_cand(x, i, i + h.len, h.type, KIJI_HOW_GAZETTEER, true);
            c->canon = h.canon;
            c->amb = h.len == 1 && (W(x, i)->f & WF_AMB);
        }
        i += h.len;
        rest = i;
    }
    if (rest == a) {
        /* nothing known: one word waits for the document's support; more
         * name-like words together are a person by their shape */
        if (n >= 2 && unknown_org(x, a, b)) {
            add_cand(x, a, b, KIJI_ENT_ORG, KIJI_HOW_SHAPE, true);
            return;
        }
        /* "in Tho Vanh", "near Cai Rong": capitalised words after "in" or
         * "near" that make no person's name, not all of them common words
         * ("in Good Faith"), are a town */
        if (n >= 2 && n <= 3 && a > 0 && W(x, a - 1)->sent == W(x, a)->sent &&
            (wis(x, a - 1, "in") || wis(x, a - 1, "near")) && !(W(x, b - 1)->f & WF_POSS)) {
            bool plain = true, unknown = false;
            for (uint32_t q = a; q < b; q++) {
                plain = plain && W(x, q)->kind == K_WORD && (W(x, q)->f & WF_CAP) &&
                        !(W(x, q)->f & (WF_AMB | WF_HCASE | WF_UPPER)) && !W(x, q)->noname &&
                        !W(x, q)->nw && !(W(x, q)->cls & (WC_STOP | WC_PART));
                unknown = unknown || !cap_common(x, q);
            }
            if (plain && unknown) {
                add_cand(x, a, b, KIJI_ENT_GPE, KIJI_HOW_CONTEXT, true);
                return;
            }
        }
        /* capitalised words of no known kind that the words around call a
         * company: "the shipping company Brisk Anvaro" */
        if (n >= 2 && !(W(x, a)->f & (WF_AMB | WF_HCASE))) {
            cand t = {a, b, KIJI_ENT_PERSON, KIJI_HOW_SHAPE, 0, 0, 0, 0, NULL, 0, 0, -1};
            if (body_evidence(x, &t) > 0) {
                add_cand(x, a, b, KIJI_ENT_ORG, KIJI_HOW_CONTEXT, true);
                return;
            }
        }
        if (n == 1) {
            const word *w = W(x, a);
            cand *c = add_cand(x, a, b, -1, KIJI_HOW_SHAPE, false);
            c->amb = (w->f & WF_AMB) != 0;
            int pc = c->amb || (w->f & WF_UPPER) ? -1
                     : region_after(x, a, b)      ? KIJI_ENT_GPE
                     : w->gender                  ? -1
                                                  : place_ctx(x, a, b);
            if (pc >= 0) {
                c->type = (int8_t)pc;
                c->strong = true;
                c->how = KIJI_HOW_CONTEXT;
                return;
            }
            /* "the startup Nexvia", "Nexvia, a Lyon-based operator,",
             * "insurers including Nexvia", "Nexvia and KBC": a company named
             * by the words next to it */
            if (!c->amb && !(w->dict & KIJI_W_LOWER) && !w->gender &&
                (body_cue(x, a, b) > 0 || org_list(x, a))) {
                c->type = KIJI_ENT_ORG;
                c->strong = true;
                c->how = KIJI_HOW_CONTEXT;
                return;
            }
            /* "KVNR said": a body in capitals speaks too; acronym() types it */
            if (!no_person && !(w->f & WF_UPPER) && speech_near(x, a, b)) {
                c->strong = true;
                c->how = KIJI_HOW_SPEECH;
            }
            char g = 0;
            if (!no_person && role_before(x, a, &g) != UINT32_MAX) {
                c->strong = true;
                c->how = KIJI_HOW_ROLE;
                c->gender = g;
            }
        }
        return;
    }
    if (rest < b)
        classify(x, rest, b, no_person);
}

/* The last title word in [a, b) followed by a name: its index, the name's
 * first word in *name, or UINT32_MAX. */
static uint32_t find_title(ctx *x, uint32_t a, uint32_t b, uint32_t *name)
{
    for (uint32_t k = b - 1; k + 1 > a && k != UINT32_MAX; k--) {
        const word *w = W(x, k);
        if (!(w->nw & NW_TITLE) || !(w->f & WF_CAP))
            continue;
        /* "Court of Justice of ...": a title inside an of-phrase names the
         * body's field, no person's title */
        if (k > a && (wis(x, k - 1, "of") || wis(x, k - 1, "for")))
            continue;
        uint32_t m = k + 1;
        /* "Minister of Defense Ana Lima" */
        if (m < b && wis(x, m, "of")) {
            m++;
            while (m < b && (wis(x, m, "the") || (W(x, m)->nw & NW_PRE) || is_place(x, m) ||
                             ((W(x, m)->dict & KIJI_W_LOWER) && !(W(x, m)->dict & KIJI_W_CAPITAL))))
                m++;
        }
        while (m < b && (W(x, m)->nw & (NW_TITLE | NW_PRE)) && !name_like(x, m))
            m++;
        if (m < b && person_start(x, m, b))
            *name = m;
        else
            continue;
        return k;
    }
    return UINT32_MAX;
}

/* Lower-case nouns for vessels, and prefixes of ships' names: the name
 * after them is a ship, a MISC ("the icebreaker Soya", "USS Ford"). */
static const char *const vessel_nouns[] = {
    "ship", "vessel", "freighter", "tanker", "icebreaker", "ferry", "destroyer", "frigate",
    "submarine", "cruiser", "yacht", "trawler", "containership", "liner", "warship", "barge",
    "tugboat", "cutter", "schooner", "dredger", "bulker", "corvette", NULL};
static const char *const ship_prefixes[] = {
    "MV", "M/V", "MS", "SS", "USS", "HMS", "RMS", "MT", "HMAS", "HMCS", "HMNZS", "INS", "JS",
    "ROKS", "BRP", "KRI", "KD", "HTMS", "RSS", "TCG", "ARA", "BNS", "PNS", "ROCS", "SLNS",
    "ICGS", "HNLMS", "NRP", "ORP", "CCGS", "USNS", "USCGC", "FGS", "ESPS", "FV", "RV", NULL};

static bool ship_prefix(ctx *x, uint32_t i)
{
    const word *w = W(x, i);
    if (w->kind != K_WORD || !(w->f & WF_UPPER))
        return false;
    for (int k = 0; ship_prefixes[k]; k++)
        if (strlen(ship_prefixes[k]) == w->end - w->start &&
            !memcmp(ship_prefixes[k], x->s + w->start, w->end - w->start))
            return true;
    return false;
}

/* Is [a, b) a ship's or a storm's name?  Its start (after words that are
 * not part of it), or UINT32_MAX. */
static uint32_t misc_name(ctx *x, uint32_t a, uint32_t b)
{
    const word *w = W(x, a);
    if (b - a >= 2 && ship_prefix(x, a))
        return a;
    if (a > 0 && W(x, a - 1)->sent == w->sent && wordin(x, a - 1, vessel_nouns) &&
        !(W(x, a - 1)->f & WF_POSS))
        return a;
    /* "Tropical Storm Ana": the head, a name after it, modifiers before */
    for (uint32_t k = a; k + 1 < b; k++) {
        if (!(W(x, k)->nw & NW_MISCHEAD) || !(W(x, k)->f & WF_CAP) ||
            (W(x, k + 1)->f & (WF_AMB | WF_HCASE)) || W(x, k + 1)->kind != K_WORD)
            continue;
        /* the modifiers may open the sentence, where their capital is the
         * position's and began no run ("Tropical Storm Ana hit ...") */
        uint32_t s = k;
        while (s > 0 && W(x, s - 1)->sent == W(x, k)->sent && (W(x, s - 1)->f & WF_CAP) &&
               (s > a || (W(x, s - 1)->f & WF_AMB)) &&
               (wis(x, s - 1, "tropical") || wis(x, s - 1, "super") || wis(x, s - 1, "severe")))
            s--;
        return s;
    }
    return UINT32_MAX;
}

/* Word i is a unit or a unit's adjective before "Government": "County",
 * "City", "Metropolitan", "Prefectural", "Provincial" ... */
static bool unit_adj(ctx *x, uint32_t i)
{
    static const char *const adjs[] = {"metropolitan", "prefectural", "provincial",
                                       "municipal", "regional", "city", "county", NULL};
    const word *w = W(x, i);
    return w->kind == K_WORD && (w->f & WF_CAP) &&
           ((w->nw & NW_GPE) || in_list(x->s + w->start, w->end - w->start, adjs));
}

/* Does word k end a listed body's name ("Supreme Court") that words other
 * than places open within the run from a ("Swiss Federal Supreme Court",
 * "the Indian Supreme Court")?  Then the run is one name; "U.S. Supreme
 * Court" stays a place and the body. */
static bool gaz_org_tail(ctx *x, uint32_t a, uint32_t k)
{
    if ((k + 1 < x->w.n && (W(x, k + 1)->f & WF_GAZIN)) || !(W(x, k)->f & WF_GAZIN))
        return false;
    uint32_t g0 = k;
    while (g0 > a && (W(x, g0)->f & WF_GAZIN))
        g0--;
    if (g0 <= a)
        return false;
    gaz_hit h = gaz_match(x, g0, k + 1);
    if (h.len != k + 1 - g0 || h.type != KIJI_ENT_ORG)
        return false;
    for (uint32_t i = a; i < g0; i++)
        if (W(x, i)->kind == K_WORD && (W(x, i)->f & WF_CAP) && !(W(x, i)->f & WF_AMB) &&
            !(W(x, i)->cls & WC_STOP) && !is_place(x, i) && !(W(x, i)->nw & (NW_TITLE | NW_ROLE)))
            return true;
    return false;
}

/* Type a capitalised run [a, b) and add its candidates. */
static void classify(ctx *x, uint32_t a, uint32_t b, bool no_person)
{
    while (a < b && is_stop(x, a) && (W(x, a)->f & WF_AMB) && !(W(x, a)->f & WF_GAZ))
        a++;
    if (a >= b)
        return;
    uint32_t ms = misc_name(x, a, b);
    if (ms != UINT32_MAX) {
        if (ms > a)
            classify(x, a, ms, no_person);
        /* a modifier before the run: drop its pending weak candidate */
        while (ms < a && x->c.n && x->c.v[x->c.n - 1].w0 >= ms && x->c.v[x->c.n - 1].type < 0)
            x->c.n--;
        add_cand(x, ms, b, KIJI_ENT_MISC, KIJI_HOW_NAMEWORD, true);
        return;
    }
    /* A. a title, then a name */
    uint32_t name;
    uint32_t k = no_person ? UINT32_MAX : find_title(x, a, b, &name);
    if (k != UINT32_MAX) {
        uint32_t ra = a;
        while (ra < k && (W(x, ra)->f & WF_AMB) &&
               !(W(x, ra)->nw & (NW_PRE | NW_TITLE | NW_ORGFIRST)) && !(W(x, ra)->f & WF_GAZ))
            ra++;
        classify(x, ra, k, true); /* places and bodies inside the title */
        /* the name runs to an organisation word, if one follows */
        uint32_t e = name + 1;
        while (e < b && (name_like(x, e) || (e > name && (W(x, e)->cls & WC_PART))))
            e++;
        char g = 0;
        for (uint32_t i = ra; i <= k; i++) {
            if (W(x, i)->nw & NW_MALE)
                g = 'm';
            if (W(x, i)->nw & NW_FEMALE)
                g = 'f';
        }
        cand *c = add_cand(x, name, e, KIJI_ENT_PERSON, KIJI_HOW_TITLE, true);
        c->role_s = W(x, ra)->start;
        c->role_e = W(x, name - 1)->end;
        c->gender = g;
        if (!c->gender && e - name >= 2 && W(x, name)->gender && !east_asian_surname(x, name) &&
            W(x, name)->gender != 'u')
            c->gender = W(x, name)->gender;
        if (e < b)
            classify(x, e, b, no_person);
        return;
    }
    /* "Banco Andino", "Grupo Modelo": a word that opens an organisation's
     * name in its own language */
    if ((W(x, a)->nw & NW_ORGFIRST) && b - a >= 2 && !(W(x, a + 1)->f & WF_AMB)) {
        add_cand(x, a, b, KIJI_ENT_ORG, KIJI_HOW_NAMEWORD, true);
        return;
    }
    /* B-D. name words: organisations, places, events */
    gaz_hit whole = gaz_match(x, a, b);
    if (whole.len == b - a) {
        classify_rest(x, a, b, no_person);
        return;
    }
    for (uint32_t i = a; i + 1 < b; i++) {
        const word *w = W(x, i);
        /* a tail before "of" or "for" heads a name too ("Tribunal of
         * Arbitration for Chess", "Kivu Chamber of Commerce") */
        bool of = wis(x, i + 1, "of") || wis(x, i + 1, "for");
        if (((w->nw & (NW_ORGHEAD | NW_LOCHEAD)) && (of || wis(x, i + 1, "on"))) ||
            ((w->nw & NW_ORG) && (w->f & WF_CAP) && of && i + 2 < b)) {
            uint32_t s = a;
            while (s < i && (W(x, s)->f & WF_AMB) && !(W(x, s)->nw) && !(W(x, s)->f & WF_GAZ))
                s++;
            if (s < i)
                classify(x, a, s, no_person);
            bool org = (w->nw & (NW_ORGHEAD | NW_ORG)) && !((w->nw & NW_LOCHEAD) && i == s);
            add_cand(x, s, b, org ? KIJI_ENT_ORG : KIJI_ENT_LOC, KIJI_HOW_NAMEWORD, true);
            return;
        }
    }
    for (uint32_t k2 = b; k2-- > a;) {
        const word *w = W(x, k2);
        unsigned nw = w->nw;
        if (!(nw & (NW_ORG | NW_CORP | NW_LOC | NW_MISC | NW_GPE)) ||
            ((w->f & WF_GAZ) && !gaz_org_tail(x, a, k2)))
            continue;
        /* "Rachel Ward" is a person: a unit word that is a name itself
         * ends no place after a given name ("Siler City" is a town), nor
         * does a law's word that is a given name end a law after a given
         * name alone ("Nathan Law"; "the Data Privacy Law") */
        if ((nw & (NW_GPE | NW_MISC)) && !(nw & (NW_ORG | NW_CORP | NW_LOC)) &&
            ((nw & NW_GPE) || (w->gender && k2 == a + 1)) &&
            (k2 == a || ((w->gender || (w->dict & KIJI_W_CAPITAL)) && W(x, k2 - 1)->gender &&
                         !is_place(x, k2 - 1) && !(W(x, k2 - 1)->f & WF_GAZ))))
            continue;
        /* "Hana Park" too: a place word that is a family name, after a
         * given name, a Korean one ("Ji-hoon Park") or where a role or a
         * speech verb says person ("said Minseo Park") */
        if ((nw & NW_LOC) && (w->cls & WC_SURNAME) &&
            (k2 == a ||
             ((W(x, k2 - 1)->gender || memchr(x->s + W(x, k2 - 1)->start, '-',
                                              W(x, k2 - 1)->end - W(x, k2 - 1)->start) ||
               speech_near(x, a, k2 + 1)) &&
              !is_place(x, k2 - 1))))
            continue;
        /* "the Executive Yuan", but "Wang Yuan": a body's word that is a
         * family name ends a body only after a capitalised common word;
         * "Government" only after a unit ("Tarrow County Government") */
        if ((nw & NW_ORG) && (w->cls & WC_SURNAME) && !(k2 > a && cap_common(x, k2 - 1)))
            continue;
        if (wis(x, k2, "government") && !(k2 > a && unit_adj(x, k2 - 1)))
            continue;
        /* "Apex Software Ltd." opening a sentence: a company's designator
         * keeps a common word before it in the name */
        bool corp = ((nw & NW_CORP) || (k2 + 1 < b && (W(x, k2 + 1)->nw & NW_CORP))) &&
                    !(W(x, a)->f & WF_HCASE) && !is_stop(x, a);
        uint32_t s = a;
        while (s < k2 && ((!corp && (W(x, s)->f & WF_AMB) &&
                           !(W(x, s)->nw & ~(NW_ROLE | NW_TITLE | NW_MISCHEAD)) &&
                           !(W(x, s)->f & WF_GAZ) && !(W(x, s)->dict & KIJI_W_CAPITAL) &&
                           !cap_particle(x, s, k2)) ||
                          (s == a && opener_word(x, s))))
            s++;
        /* "Former National Security Council official": before a listed
         * body's name, words capitalised by position are no part of it */
        while ((w->f & WF_GAZ) && s < k2 && (W(x, s)->f & WF_AMB || (W(x, s)->cls & WC_STOP)))
            s++;
        if (s == k2)
            break; /* "Police" alone is no name */
        /* what follows the tail: designators, a country, a numeral */
        uint32_t e = k2 + 1;
        while (e < b && ((W(x, e)->nw & NW_CORP) || is_place(x, e) ||
                         ((nw & NW_MISC) && (W(x, e)->f & WF_UPPER) && name_like(x, e))))
            e++;
        /* "Tarvik Energy Insights": capitalised common words to the run's
         * end after a company's word are the company's (no title, place
         * or name among them) */
        if ((nw & NW_ORG) && e == k2 + 1 && e < b && b - e <= 2 &&
            !(W(x, b - 1)->f & WF_POSS)) {
            uint32_t q = e;
            while (q < b && cap_common(x, q) && !(W(x, q)->nw & (NW_ROLE | NW_PRE)) &&
                   !(W(x, q)->dict & KIJI_W_CAPITAL))
                q++;
            if (q == b)
                e = b;
        }
        int type = (nw & (NW_ORG | NW_CORP)) ? KIJI_ENT_ORG
                   : (nw & NW_LOC)          ? KIJI_ENT_LOC
                   : (nw & NW_GPE)          ? KIJI_ENT_GPE
                                            : KIJI_ENT_MISC;
        if (s > a)
            classify(x, a, s, no_person);
        cand *c = add_cand(x, s, e, type, KIJI_HOW_NAMEWORD, true);
        /* "Chiba Prefecture" is Chiba; a city's name is its own
         * ("Cebu City" besides the province of Cebu) */
        if (type == KIJI_ENT_GPE && e == k2 + 1 && !wis(x, k2, "City")) {
            gaz_hit h = gaz_match(x, s, k2);
            if (h.len == k2 - s && h.type == KIJI_ENT_GPE)
                c->canon = h.canon;
        }
        if (e < b)
            classify(x, e, b, no_person);
        return;
    }
    /* "Brannock & Hale", "Procter & Gamble": names joined by an ampersand are
     * a firm, unless both sides are places */
    for (uint32_t i = a + 1; i + 1 < b; i++) {
        if (W(x, i)->kind == K_PUNCT && x->s[W(x, i)->start] == '&' &&
            !(is_place(x, i - 1) && is_place(x, i + 1))) {
            add_cand(x, a, b, KIJI_ENT_ORG, KIJI_HOW_NAMEWORD, true);
            return;
        }
    }
    /* a place head before a name: Mount Kenya, Camp Humphreys */
    if ((W(x, a)->nw & NW_LOCHEAD) && b - a >= 2 && name_like(x, a + 1) && whole.len == 0) {
        add_cand(x, a, b, KIJI_ENT_LOC, KIJI_HOW_NAMEWORD, true);
        return;
    }
    /* a town's head before a name: "Santa Rosa de Lima", "Puerto Vallen" */
    if ((W(x, a)->nw & NW_GPEHEAD) && (W(x, a)->f & WF_CAP) && b - a >= 2 &&
        (W(x, a + 1)->f & WF_CAP) && whole.len != b - a) {
        add_cand(x, a, b, KIJI_ENT_GPE, KIJI_HOW_NAMEWORD, true);
        return;
    }
    /* "the National Electoral Jury of Ruritania": capitalised words joined
     * by "of" after an article, a title first ("the Duke of ...") */
    if (a > 0 && W(x, a - 1)->sent == W(x, a)->sent && wis(x, a - 1, "the") &&
        !(W(x, a)->nw & NW_TITLE) && !no_person) {
        for (uint32_t i = a + 1; i + 1 < b; i++) {
            if (wis(x, i, "of") && (W(x, i + 1)->f & WF_CAP || wis(x, i + 1, "the"))) {
                /* "the Tower of London", "the City of Ostrava" by their head */
                unsigned hw = W(x, i - 1)->nw;
                int type = (hw & (NW_LOC | NW_LOCHEAD)) ? KIJI_ENT_LOC
                           : (hw & NW_GPE)              ? KIJI_ENT_GPE
                           : (hw & NW_MISC)             ? KIJI_ENT_MISC
                                                        : KIJI_ENT_ORG;
                add_cand(x, a, b, type, KIJI_HOW_SHAPE, true);
                return;
            }
        }
    }
    classify_rest(x, a, b, no_person);
}

static bool is_dash(ctx *x, uint32_t i)
{
    const word *w = W(x, i);
    size_t l;
    return w->kind == K_PUNCT &&
           kiji_cp_is_dash(kiji_utf8_decode(x->s + w->start, w->end - w->start, &l));
}

/* "LAUSANNE —", "NAIROBI, Kenya —", "OSTRAVIK (Reuters) —": words in
 * capitals opening a body paragraph before a dash, a comma and a place, or
 * a news agency in brackets, are a dateline: a place, never a body.  The
 * end of those words, or a when there is none. */
static uint32_t dateline(ctx *x, uint32_t a, uint32_t b)
{
    const kiji_doc *d = x->d;
    uint32_t si = W(x, a)->sent;
    const kiji_sentence *se = &d->sentences.v[si];
    if ((si > 0 && d->sentences.v[si - 1].para == se->para) ||
        d->paras.v[se->para].kind != KIJI_PARA_BODY)
        return a;
    uint32_t k = a;
    while (k < b && k < a + 4 && W(x, k)->kind == K_WORD && (W(x, k)->f & WF_UPPER) &&
           !(W(x, k)->f & (WF_POSS | WF_MOD)))
        k++;
    if (k == a || k + 1 >= b)
        return a;
    if (is_dash(x, k))
        return k;
    char c = x->s[W(x, k)->start];
    uint32_t q = k + 1;
    if (c == ',') {
        /* "NAIROBI, Kenya —" */
        while (q < b && q < k + 5 && W(x, q)->kind == K_WORD && (W(x, q)->f & WF_CAP))
            q++;
        return q > k + 1 && q < b && is_dash(x, q) ? k : a;
    }
    if (c == '(') {
        /* "OSTRAVIK (Reuters) —" */
        while (q < b && q < k + 5 && x->s[W(x, q)->start] != ')')
            q++;
        return q + 1 < b && is_dash(x, q + 1) ? k : a;
    }
    return a;
}

/* Nouns for disasters and attacks named by a place or a name before them:
 * "the Ren-Ai earthquake". */
static const char *const event_nouns[] = {
    "earthquake", "quake", "tsunami", "eruption", "landslide", "mudslide", "flood", "floods",
    "wildfire", "disaster", "massacre", "bombing", "bombings", NULL};

/* Is the run [i, j) after "the" a name of no listed place before an event
 * noun (word j, before b)?  "the Ren-Ai earthquake" is one MISC; "the
 * Kobe earthquake" stays the city. */
static bool event_before(ctx *x, uint32_t i, uint32_t j, uint32_t b)
{
    if (j >= b || j - i > 3 || i == 0 || W(x, i - 1)->sent != W(x, i)->sent ||
        !wis(x, i - 1, "the") || !wordin(x, j, event_nouns) || W(x, j)->sent != W(x, i)->sent)
        return false;
    for (uint32_t q = i; q < j; q++) {
        const word *w = W(x, q);
        if (w->kind != K_WORD || !(w->f & WF_CAP) ||
            (w->f & (WF_AMB | WF_HCASE | WF_UPPER | WF_POSS | WF_MOD)) || w->nw || w->noname ||
            (w->cls & WC_STOP))
            return false;
    }
    return gaz_match(x, i, j).len == 0;
}

/* Do capitalised common words from k (before b) end in a law's word
 * ("Labor Relations Adjustment Act")? */
static bool law_ahead(ctx *x, uint32_t k, uint32_t b)
{
    for (uint32_t q = k; q < b && q < k + 5; q++) {
        if (W(x, q)->kind == K_WORD && (W(x, q)->nw & NW_MISC) && (W(x, q)->f & WF_CAP))
            return q > k;
        if (!cap_common(x, q) || (W(x, q)->f & WF_POSS))
            return false;
    }
    return false;
}

/* Lower-case words inside bodies' names in other languages ("of", "and"
 * and "the" that are no particles of people's names). */
static const char *const foreign_links[] = {"ng", "sa", "do", "des", "et", "e", "und", "dan",
                                            NULL};

/* Capitalised runs of one sentence, words [a, b). */
static void scan_sentence(ctx *x, uint32_t a, uint32_t b)
{
    uint32_t dl = dateline(x, a, b);
    if (dl > a) {
        gaz_hit h = gaz_match(x, a, dl);
        cand *c = add_cand(x, a, dl, KIJI_ENT_GPE,
                           h.len == dl - a ? KIJI_HOW_GAZETTEER : KIJI_HOW_CONTEXT, true);
        if (h.len == dl - a && h.type >= 0) {
            c->type = h.type;
            c->canon = h.canon;
        }
        a = dl;
        /* the story opens after the dash: "LIMA — The ..." */
        uint32_t q = a;
        while (q < b && W(x, q)->kind != K_WORD)
            q++;
        if (q < b && is_dash(x, q - 1)) {
            word *w = &x->w.v[q];
            w->f |= WF_SSTART;
            if ((w->f & WF_CAP) && (w->dict & KIJI_W_LOWER))
                w->f |= WF_AMB;
        }
    }
    /* multi-word gazetteer names are units, even over a sentence-start
     * common word ("South Korea ..."); a possessive inside a listed name
     * is the name's ("Lloyd's List", "Moody's") */
    for (uint32_t i = a; i < b; i++) {
        if (W(x, i)->kind != K_WORD || !(W(x, i)->f & (WF_CAP | WF_UPPER)))
            continue;
        gaz_hit h = gaz_match(x, i, b);
        for (uint32_t k = i; h.len && k < i + h.len; k++) {
            word *w = &x->w.v[k];
            const char *pk = poss_key(x, w);
            if (pk && (k + 1 < i + h.len || h.poss)) {
                size_t l = strlen(pk) + (pk[0] == '\'' && x->s[w->end] != '\'' ? 2 : 0);
                w->end += (uint32_t)l;
                w->f &= (uint16_t)~WF_POSS;
            }
        }
        if (h.len >= 2) {
            for (uint32_t j = i; j < i + h.len; j++)
                x->w.v[j].f |= WF_GAZ | (j > i ? WF_GAZIN : 0);
            i += h.len - 1;
        }
    }
    uint32_t i = a;
    while (i < b) {
        const word *w = W(x, i);
        if (w->f & WF_MOD) {
            /* "U.S.-based": the place before the hyphen is a mention */
            kiji_buf_clear(&x->key2);
            put_key(&x->key2, x->s + w->start, w->pre_end - w->start);
            for (size_t g = 0; g < NGAZ; g++) {
                long v = kiji_lex_get(gazetteers[g].lx, x->key2.ptr, x->key2.len);
                if (v >= 0 && gazetteers[g].type == KIJI_ENT_GPE && upper_at(x->s + w->start, 1)) {
                    cand *c = add_cand(x, i, i + 1, KIJI_ENT_GPE, KIJI_HOW_GAZETTEER, true);
                    c->canon = gazetteers[g].lx->canon[v];
                    break;
                }
            }
            i++;
            continue;
        }
        char tag = 0;
        if (!run_word(x, i) || (noname(x, i, &tag) && !(w->f & WF_GAZ))) {
            if (w->kind == K_WORD && (w->f & WF_CAP) && (w->f & WF_AMB) && !noname(x, i, NULL) &&
                !is_stop(x, i)) {
                /* a common word capitalised by position: maybe a name the
                 * document gives elsewhere ("Shin said ...") */
                cand *c = add_cand(x, i, i + 1, -1, KIJI_HOW_ALIAS, false);
                c->amb = 1;
            }
            i++;
            continue;
        }
        uint32_t j = i + 1;
        while (j < b) {
            /* no name is longer; the bound keeps the work per run (and the
             * recursion in classify) constant on pathological input */
            if (j - i >= 16)
                break;
            if ((W(x, j - 1)->f & WF_POSS) && !(W(x, j)->f & WF_GAZIN) &&
                !poss_in_name(x, j - 1, b))
                break;
            if (run_word(x, j) ||
                ((W(x, j)->f & WF_HCASE) && !is_stop(x, j) && tail_ahead(x, j, b))) {
                char t2 = 0;
                if (noname(x, j, &t2) && !(W(x, j)->f & WF_GAZ) &&
                    (t2 != 'M' || (j + 1 < b && W(x, j + 1)->kind == K_NUM)))
                    break;
                j++;
                continue;
            }
            const word *v = W(x, j);
            if (v->kind == K_WORD && j + 1 < b) {
                /* particles: von der Leyen; of/for/on after a name word */
                bool part = (W(x, j)->cls & WC_PART) &&
                            (name_like(x, j - 1) || cap_particle(x, j - 1, b));
                /* "Comisión de ...", "Kagawaran ng ...", "Conselho Nacional
                 * do ...": a body's name in its own language goes on over
                 * its "of" and "and" */
                if ((W(x, i)->nw & NW_ORGFIRST) && (W(x, i)->f & WF_CAP) &&
                    ((W(x, j)->cls & WC_PART) || in_list(x->s + v->start, v->end - v->start,
                                                         foreign_links)))
                    part = true;
                /* inside an of/for phrase more may follow: "Institute for
                 * the Study of War", "Center for Strategic and
                 * International Studies" */
                bool inside = false;
                for (uint32_t q = i; q < j; q++)
                    if (wis(x, q, "of") || wis(x, q, "for"))
                        inside = true;
                bool ofor = wis(x, j, "of") || wis(x, j, "for");
                bool of = (ofor || wis(x, j, "on")) &&
                          ((W(x, j - 1)->nw & (NW_ORGHEAD | NW_LOCHEAD | NW_TITLE | NW_ORG)) ||
                           (inside && ofor));
                /* "the National Electoral Jury of Ruritania": capitalised
                 * words joined by "of" after an article are one name, unless
                 * the first are a place ("the America of the 1950s") */
                if (!of && wis(x, j, "of") && i > 0 && W(x, i - 1)->sent == v->sent &&
                    wis(x, i - 1, "the")) {
                    gaz_hit h = gaz_match(x, i, j);
                    of = !(h.len == j - i && h.type == KIJI_ENT_GPE);
                }
                /* inside an of-phrase, "and" joins common words ("Ministry
                 * of Health and Welfare"), not another name ("the Ministry
                 * of Defense and Lockheed Martin") */
                bool and_ = (wis(x, j, "and") || wis(x, j, "&")) && j > i + 1 && inside &&
                            common_ahead(x, j + 1, b);
                /* common words joined by "and" before an organisation's
                 * tail: "Disaster Risk Reduction and Management Council",
                 * "Tarrow Farm and Ranch Alliance"; but "Norden Research and
                 * Veldt Semiconductor" are two: the word before "and" is a
                 * common one and no tail itself, unless it stands alone
                 * ("the Mining and Timber Union": a tail names nothing
                 * without a name before it) */
                if (wis(x, j, "and") && cap_common(x, j + 1) && tail_ahead(x, j + 1, b) &&
                    cap_common(x, j - 1) &&
                    (j - 1 == i ||
                     !(W(x, j - 1)->nw & (NW_ORG | NW_CORP | NW_LOC | NW_MISC | NW_GPE))))
                    and_ = true;
                /* a law's name may join a body's: "the (new) Dock Union and
                 * Labor Relations Act" after "the", all common words */
                bool the = i > 0 && W(x, i - 1)->sent == v->sent &&
                           (wis(x, i - 1, "the") ||
                            (i > 1 && wis(x, i - 2, "the") && W(x, i - 1)->kind == K_WORD &&
                             !(W(x, i - 1)->f & WF_CAP) && !is_stop(x, i - 1)));
                if (wis(x, j, "and") && the && cap_common(x, j + 1) && law_ahead(x, j + 1, b)) {
                    bool plain = true;
                    for (uint32_t q = i; q < j && plain; q++)
                        plain = cap_common(x, q) ||
                                ((W(x, q)->nw & NW_ORG) && (W(x, q)->f & WF_CAP) &&
                                 !(W(x, q)->f & (WF_AMB | WF_GAZ | WF_POSS)));
                    and_ = and_ || plain;
                }
                if (part || of || and_) {
                    uint32_t q = j + 1;
                    /* "of the", "van der"; but "X and the Y" are two names */
                    if (!and_ && q < b && (wis(x, q, "the") || (W(x, q)->cls & WC_PART)))
                        q++;
                    /* "the High Court on Monday": a date ends the name */
                    if (q < b && run_word(x, q) && !is_stop(x, q) && !noname(x, q, NULL)) {
                        j = q + 1;
                        continue;
                    }
                }
            }
            if (v->kind == K_PUNCT && x->s[v->start] == '&' && j + 1 < b && run_word(x, j + 1)) {
                j += 2;
                continue;
            }
            break;
        }
        j = name_list(x, i, j, b);
        if (event_before(x, i, j, b)) {
            add_cand(x, i, j + 1, KIJI_ENT_MISC, KIJI_HOW_NAMEWORD, true);
            i = j + 1;
            continue;
        }
        classify(x, i, j, false);
        i = j;
    }
}

/* ------------------------------------------------------------ resolving */

static void name_key(ctx *x, kiji_buf *b, const cand *c)
{
    if (c->canon) {
        kiji_buf_clear(b);
        put_key(b, c->canon, strlen(c->canon));
    } else {
        key_words(x, b, c->w0, c->w1);
    }
}

static int new_entity(ctx *x, const cand *c, int ci)
{
    xent e = {(uint8_t)c->type, (uint8_t)c->gender, c->canon, W(x, c->w0)->start,
             W(x, c->w1 - 1)->end, c->w1 - c->w0, false, 0, 0, -1, ci};
    bool caps = true;
    for (uint32_t i = c->w0; i < c->w1; i++)
        if (W(x, i)->kind == K_WORD && !(W(x, i)->f & WF_UPPER) &&
            W(x, i)->end - W(x, i)->start > 1)
            caps = false;
    /* "BY JANE DOE", "OSTRAVIK —": people and places in capitals are
     * named in title case (acronyms of bodies keep theirs) */
    e.caps = caps && (c->type == KIJI_ENT_PERSON || c->type == KIJI_ENT_GPE ||
                      c->type == KIJI_ENT_LOC);
    KIJI_VEC_PUSH(x->e, e);
    return (int)x->e.n - 1;
}

/* Symmetric-deletion index: a surname and every form of it with one letter
 * deleted; a word one edit away shares one of these keys. */
static void near_add_key(ctx *x, const char *k, size_t n, int ent)
{
    if (n < 4 || n > 40)
        return;
    hmap_put(&x->near, &x->d->arena, k, n, ent, false);
    char tmp[48];
    for (size_t i = 0; i < n; i++) {
        memcpy(tmp, k, i);
        memcpy(tmp + i, k + i + 1, n - i - 1);
        hmap_put(&x->near, &x->d->arena, tmp, n - 1, ent, false);
    }
}

static void near_add(ctx *x, const char *p, size_t n, int ent)
{
    if (n < 4 || n > 40)
        return;
    kiji_buf *b = &x->key2;
    kiji_buf_clear(b);
    put_key(b, p, n);
    near_add_key(x, b->ptr, b->len, ent);
}

/* The person whose surname is one edit from word i, -1 for none, -2 when
 * several people's are. */
static int near_find_key(ctx *x, const char *q, size_t n);

static int near_find(ctx *x, uint32_t i)
{
    const word *w = W(x, i);
    size_t n = w->end - w->start;
    if (n < 5 || n > 40 || !x->near.n)
        return -1;
    char q[48];
    for (size_t k = 0; k < n; k++)
        q[k] = (char)tolower((unsigned char)x->s[w->start + k]);
    return near_find_key(x, q, n);
}

/* The same for a surname of several words, key k of words [a, b): "Van der
 * Lindin" for "Femke van der Linden". */
static int near_find_words(ctx *x, uint32_t a, uint32_t b)
{
    kiji_buf *k = &x->key2;
    key_words(x, k, a, b);
    if (k->len < 5 || k->len > 40 || !x->near.n)
        return -1;
    char q[48];
    memcpy(q, k->ptr, k->len);
    return near_find_key(x, q, k->len);
}

static int near_find_key(ctx *x, const char *q, size_t n)
{
    char tmp[48];
    int found = -1;
    for (size_t del = 0; del <= n; del++) {
        size_t len = n;
        const char *key = q;
        if (del < n) {
            memcpy(tmp, q, del);
            memcpy(tmp + del, q + del + 1, n - del - 1);
            key = tmp;
            len = n - 1;
        }
        int e = hmap_get(&x->near, key, len);
        if (e == -2)
            return -2;
        if (e < 0)
            continue;
        /* confirm against the entity's own words, or the words from one
         * on for a surname of several ("van der berg") */
        const xent *en = &x->e.v[e];
        bool ok = false, several = memchr(q, ' ', n) != NULL;
        for (uint32_t p = en->ns; p < en->ne && !ok;) {
            uint32_t s = p;
            while (p < en->ne && x->s[p] != ' ' && x->s[p] != '\n')
                p++;
            if (several) {
                kiji_buf_clear(&x->key2);
                put_key(&x->key2, x->s + s, en->ne - s);
                ok = kiji_entity_one_edit(x->key2.ptr, x->key2.len, q, n);
            } else {
                ok = kiji_entity_one_edit(x->s + s, p - s, q, n);
            }
            p++;
        }
        if (!ok)
            continue;
        if (found >= 0 && found != e)
            return -2;
        found = e;
    }
    return found;
}

static bool is_country_word(ctx *x, const char *p, size_t n)
{
    (void)x;
    return kiji_lex_get(&kiji_lex_countries, p, n) >= 0;
}

/* Register the aliases of entity e named by candidate c. */
/* Short forms of a place: "Tarrow" for "Tarrow County" (or "Tarrow
 * Regional District") when no gazetteer names "Tarrow" apart, but not for
 * "Tarrow City"; "the Varlings" for the "Varling Islands". */
static void place_aliases(ctx *x, int e, const cand *c)
{
    static const char *const unit_mods[] = {"regional", "metropolitan", "municipal",
                                            "provincial", "autonomous", "special", NULL};
    kiji_arena *ar = &x->d->arena;
    kiji_buf *b = &x->key;
    uint32_t last = c->w1 - 1;
    if (c->w1 - c->w0 < 2 || W(x, last)->kind != K_WORD)
        return;
    if (c->type == KIJI_ENT_LOC && wis(x, last, "islands") && W(x, last - 1)->kind == K_WORD &&
        !(W(x, last - 1)->f & WF_POSS)) {
        key_words(x, b, c->w0, last);
        kiji_buf_putc(b, 's');
        hmap_put(&x->alias, ar, b->ptr, b->len, e, false);
        return;
    }
    /* a city's name is its own: "Cebu City" besides the province of Cebu */
    if (c->type != KIJI_ENT_GPE || !(W(x, last)->nw & NW_GPE) || wis(x, last, "city"))
        return;
    uint32_t k = last;
    while (k > c->w0 + 1 && W(x, k - 1)->kind == K_WORD &&
           in_list(x->s + W(x, k - 1)->start, W(x, k - 1)->end - W(x, k - 1)->start, unit_mods))
        k--;
    if (k < last) {
        /* "Tarrow Municipality" for "Tarrow Regional Municipality" */
        key_words(x, b, c->w0, k);
        kiji_buf_putc(b, ' ');
        put_key(b, x->s + W(x, last)->start, W(x, last)->end - W(x, last)->start);
        hmap_put(&x->alias, ar, b->ptr, b->len, e, false);
        hmap_put(&x->orgshort, ar, b->ptr, b->len, e, false); /* and before it */
    }
    if (gaz_match(x, c->w0, k).len == k - c->w0)
        return;
    key_words(x, b, c->w0, k);
    hmap_put(&x->alias, ar, b->ptr, b->len, e, false);
}

static void add_aliases(ctx *x, int e, const cand *c)
{
    kiji_arena *ar = &x->d->arena;
    kiji_buf *b = &x->key;
    name_key(x, b, c);
    hmap_put(&x->alias, ar, b->ptr, b->len, e, true);
    place_aliases(x, e, c);
    if (c->canon) {
        key_words(x, b, c->w0, c->w1);
        hmap_put(&x->alias, ar, b->ptr, b->len, e, true);
        return;
    }
    uint32_t n = c->w1 - c->w0;
    if (c->type == KIJI_ENT_PERSON && n >= 2) {
        for (uint32_t i = c->w0; i < c->w1; i++) {
            const word *w = W(x, i);
            size_t len = w->end - w->start;
            const char *p = x->s + w->start;
            if (len < 2 || (W(x, i)->cls & WC_PART) || (len == 2 && p[1] == '.') ||
                is_country_word(x, p, len))
                continue;
            kiji_buf_clear(b);
            put_key(b, p, len);
            hmap_put(&x->alias, ar, b->ptr, b->len, e, false);
            /* the surname: last word, or first of an East Asian name */
            if (i == c->w1 - 1 || (i == c->w0 && east_asian_surname(x, i)))
                near_add(x, p, len, e);
        }
        /* a surname with its particles: "de Bolle", "von der Leyen"; a
         * Spanish one of two words ("Cárdenas de la Rosa" for "Dolores
         * Cárdenas de la Rosa"), and the first of two surnames ("de
         * Piérola" for "Gonzalo de Piérola Santisteban") */
        for (uint32_t i = c->w0 + 1; i + 1 < c->w1; i++) {
            if ((W(x, i)->cls & WC_PART) && !(W(x, i - 1)->cls & WC_PART)) {
                key_words(x, b, i, c->w1);
                hmap_put(&x->alias, ar, b->ptr, b->len, e, false);
                near_add_key(x, b->ptr, b->len, e);
                if (i > c->w0 + 1) {
                    key_words(x, b, i - 1, c->w1);
                    hmap_put(&x->alias, ar, b->ptr, b->len, e, false);
                }
                uint32_t k = i;
                while (k < c->w1 && (W(x, k)->cls & WC_PART))
                    k++;
                if (k + 2 == c->w1 && !(W(x, k + 1)->cls & WC_PART)) {
                    key_words(x, b, i, k + 1);
                    hmap_put(&x->alias, ar, b->ptr, b->len, e, false);
                }
                break;
            }
        }
    } else if (c->type == KIJI_ENT_MISC && n >= 2) {
        /* "Ren-Ai" after "the Ren-Ai earthquake" */
        if (!(W(x, c->w1 - 1)->f & (WF_CAP | WF_UPPER))) {
            key_words(x, b, c->w0, c->w1 - 1);
            hmap_put(&x->alias, ar, b->ptr, b->len, e, false);
        }
        /* "Lakan Dalisay" after "BRP Lakan Dalisay" */
        if (ship_prefix(x, c->w0)) {
            key_words(x, b, c->w0 + 1, c->w1);
            hmap_put(&x->alias, ar, b->ptr, b->len, e, false);
        }
        /* "Lekima" after "Tropical Storm Lekima" */
        for (uint32_t i = c->w0; i + 1 < c->w1; i++) {
            if (W(x, i)->nw & NW_MISCHEAD) {
                key_words(x, b, i + 1, c->w1);
                hmap_put(&x->alias, ar, b->ptr, b->len, e, false);
                break;
            }
        }
        /* "the Paris Games" after "the Paris Olympics", and back */
        if (wis(x, c->w1 - 1, "olympics") || wis(x, c->w1 - 1, "games")) {
            static const char *const other[] = {" olympics", " games", " olympic games"};
            uint32_t e1 = c->w1 - 1;
            if (e1 > c->w0 && wis(x, e1 - 1, "olympic"))
                e1--;
            for (int k = 0; k < 3 && e1 > c->w0; k++) {
                key_words(x, b, c->w0, e1);
                kiji_buf_puts(b, other[k]);
                hmap_put(&x->alias, ar, b->ptr, b->len, e, false);
            }
        }
    } else if (c->type == KIJI_ENT_ORG && n >= 2) {
        /* "National Office of Electoral Processes (ONPE)": an acronym in
         * brackets after the name is the body's, whatever its letters */
        uint32_t p = c->w1;
        /* a short form in mixed case too, one no list knows ("Bawaslu") */
        if (p + 2 < x->w.n && W(x, p)->kind == K_PUNCT && x->s[W(x, p)->start] == '(' &&
            W(x, p + 1)->kind == K_WORD &&
            ((W(x, p + 1)->f & WF_UPPER) ||
             ((W(x, p + 1)->f & WF_CAP) && !W(x, p + 1)->dict && !W(x, p + 1)->gender &&
              !W(x, p + 1)->nw && !W(x, p + 1)->noname && !gaz_match(x, p + 1, p + 2).len)) &&
            W(x, p + 2)->kind == K_PUNCT && x->s[W(x, p + 2)->start] == ')') {
            key_words(x, b, p + 1, p + 2);
            hmap_put(&x->alias, ar, b->ptr, b->len, e, true);
        }
        /* "..., known by its Spanish initials ONPE", "(also known as
         * the KPPD)": an acronym a few words on */
        uint32_t q = c->w1;
        if (q < x->w.n && (is_comma(x, q) || x->s[W(x, q)->start] == '('))
            q++;
        if (q + 1 < x->w.n && wis(x, q, "also"))
            q++;
        if (q + 1 < x->w.n && wis(x, q, "known")) {
            for (uint32_t k = q + 1; k < x->w.n && k < q + 7 && W(x, k)->sent == W(x, q)->sent;
                 k++) {
                const word *w = W(x, k);
                if (w->kind != K_WORD)
                    break;
                if ((w->f & WF_UPPER) && !w->dict && !w->noname) {
                    key_words(x, b, k, k + 1);
                    hmap_put(&x->alias, ar, b->ptr, b->len, e, false);
                    break;
                }
                /* capitals only for a language: "its Spanish initials" */
                if ((w->f & WF_CAP) && !(gaz_match(x, k, k + 1).len == 1 &&
                                         gaz_match(x, k, k + 1).type < 0))
                    break;
            }
        }
        /* "the State Bank" after "the State Bank of Ruritania": the
         * words before "of", two or more */
        for (uint32_t i = c->w0 + 2; i + 1 < c->w1; i++) {
            if (wis(x, i, "of")) {
                key_words(x, b, c->w0, i);
                hmap_put(&x->alias, ar, b->ptr, b->len, e, false);
                /* and before it (merge_short) */
                hmap_put(&x->orgshort, ar, b->ptr, b->len, e, false);
                break;
            }
        }
        /* Rand Corp. -> Rand; Nuclear Planning Group -> NPG */
        uint32_t e2 = c->w1;
        while (e2 > c->w0 + 1 && (W(x, e2 - 1)->nw & NW_CORP))
            e2--;
        if (e2 < c->w1) {
            key_words(x, b, c->w0, e2);
            hmap_put(&x->alias, ar, b->ptr, b->len, e, false);
        }
        /* "Halim Jaya" for "PT Halim Jaya Tbk": a prefix in capitals */
        if ((W(x, c->w0)->nw & NW_ORGFIRST) && (W(x, c->w0)->f & WF_UPPER) &&
            e2 > c->w0 + 1) {
            key_words(x, b, c->w0 + 1, e2);
            hmap_put(&x->alias, ar, b->ptr, b->len, e, false);
            hmap_put(&x->orgshort, ar, b->ptr, b->len, e, false);
        }
        kiji_buf_clear(b);
        for (uint32_t i = c->w0; i < c->w1; i++) {
            const word *w = W(x, i);
            if (w->kind == K_WORD && (w->f & WF_CAP) && !(w->f & WF_HYJ))
                kiji_buf_putc(b, tolower((unsigned char)x->s[w->start]));
        }
        if (b->len >= 2)
            hmap_put(&x->alias, ar, b->ptr, b->len, e, false);
        /* an acronym may leave the last words out: "WFMR" for the World
         * Federation of Mountain Rescue Services */
        for (size_t k = b->len; k-- > 3;)
            hmap_put(&x->orgshort, ar, b->ptr, k, e, false);
        /* "Talvik" for "Talvik Robotics" (or "Talvik Robotics Co."): the
         * words before an industry tail, when they are no common words
         * ("Research" alone is no short form of "Cancer Research").  Kept
         * apart from the aliases: a person's surname wins ("Merikanto
         * said" after "Aino Merikanto" and "Merikanto Logistics"). */
        uint32_t last = e2 - 1;
        if ((W(x, last)->nw & NW_ORG) && !(W(x, last)->nw & NW_ORGHEAD) &&
            W(x, c->w0)->kind == K_WORD &&
            (!(W(x, c->w0)->dict & KIJI_W_LOWER) || cap_particle(x, c->w0, last))) {
            bool plain = true;
            for (uint32_t i = c->w0; i < last; i++)
                plain = plain && W(x, i)->kind == K_WORD && !W(x, i)->nw &&
                        (!(W(x, i)->f & WF_GAZ) || i == c->w0);
            if (plain) {
                key_words(x, b, c->w0, last);
                hmap_put(&x->orgshort, ar, b->ptr, b->len, e, false);
            }
        }
    }
}

/* Widen entity e's name to candidate c's span when it is fuller. */
static void widen(ctx *x, int e, const cand *c)
{
    xent *en = &x->e.v[e];
    if (en->canon || c->canon)
        return;
    if (c->w1 - c->w0 > en->nwords) {
        en->ns = W(x, c->w0)->start;
        en->ne = W(x, c->w1 - 1)->end;
        en->nwords = c->w1 - c->w0;
    }
}

static bool initial_of(ctx *x, uint32_t i, const char *p, size_t n)
{
    const word *w = W(x, i);
    size_t l = w->end - w->start;
    const char *q = x->s + w->start;
    if (eq_word(q, l, "") || !n)
        return false;
    if (l == n && !strncasecmp(q, p, n))
        return true;
    /* "J." or "Chris" for "James" / "Christopher" */
    if ((l == 2 && q[1] == '.') || (n == 2 && p[1] == '.'))
        return tolower((unsigned char)q[0]) == tolower((unsigned char)p[0]);
    return false;
}

/* Resolve a strong multi-word candidate: an existing entity or a new one. */
static int resolve_full(ctx *x, cand *c, int ci)
{
    kiji_buf *b = &x->key;
    name_key(x, b, c);
    int e = hmap_get(&x->alias, b->ptr, b->len);
    /* a person by its shape may be a ship's name without its prefix */
    if (e >= 0 && x->e.v[e].type != c->type && c->type == KIJI_ENT_PERSON &&
        !(x->e.v[e].type == KIJI_ENT_MISC &&
          (c->how == KIJI_HOW_SHAPE || c->how == KIJI_HOW_GIVEN)))
        e = -1;
    if (e < 0 && c->type == KIJI_ENT_PERSON && c->w1 - c->w0 >= 2) {
        /* same surname, same or compatible first name */
        const word *l = W(x, c->w1 - 1);
        kiji_buf_clear(b);
        put_key(b, x->s + l->start, l->end - l->start);
        int p = hmap_get(&x->alias, b->ptr, b->len);
        if (p >= 0 && x->e.v[p].type == KIJI_ENT_PERSON) {
            const xent *en = &x->e.v[p];
            uint32_t s = en->ns, q = s;
            while (q < en->ne && x->s[q] != ' ')
                q++;
            if (initial_of(x, c->w0, x->s + s, q - s))
                e = p;
        }
    }
    if (e == -2)
        e = -1;
    /* "Costa Azul" after "Costa Azul Terminals": a company's short name is
     * no person by its shape or a given name */
    if (e < 0 && ((c->type == KIJI_ENT_PERSON &&
                   (c->how == KIJI_HOW_SHAPE || c->how == KIJI_HOW_GIVEN)) ||
                  c->type == KIJI_ENT_ORG)) {
        name_key(x, b, c);
        e = hmap_get(&x->orgshort, b->ptr, b->len);
        if (e >= 0) {
            c->how = KIJI_HOW_ALIAS;
            return e;
        }
        e = -1;
    }
    if (e < 0)
        e = new_entity(x, c, ci);
    else
        widen(x, e, c);
    add_aliases(x, e, c);
    return e;
}

/* Word i is a town of data/towns.txt that nothing else explains: no
 * dictionary word, no given name, capitalised in running text.  The list
 * (GeoNames places of 5,000 people) holds many surnames and words, so it
 * is asked last, for words the document gives no other sense. */
/* Is word i a listed town, or the name of a listed "X City" ("Tarrow" for
 * "Tarrow City", which GeoNames lists by its full name)? */
static bool town_listed(ctx *x, uint32_t i)
{
    const word *w = W(x, i);
    size_t n = w->end - w->start;
    if (kiji_lex_get(&kiji_lex_towns, x->s + w->start, n) >= 0)
        return true;
    char tmp[64];
    if (n + 6 > sizeof tmp)
        return false;
    memcpy(tmp, x->s + w->start, n);
    memcpy(tmp + n, " City", 6);
    return kiji_lex_get(&kiji_lex_towns, tmp, n + 5) >= 0 ||
           kiji_lex_get(&kiji_lex_cities, tmp, n + 5) >= 0;
}

static bool town(ctx *x, uint32_t i)
{
    const word *w = W(x, i);
    if (w->kind != K_WORD || !(w->f & WF_CAP) || (w->f & (WF_UPPER | WF_AMB | WF_HCASE)) ||
        w->dict || w->gender || w->noname || w->nw || (w->cls & (WC_SURNAME | WC_PART)))
        return false;
    return town_listed(x, i);
}

/* The same for a word the words around call a place (place_near): a given
 * name or a word the dictionary knows only capitalised may be a town
 * there ("in Marion", "Eugene, Salem and Corvallis"). */
static bool town_relaxed(ctx *x, uint32_t i)
{
    const word *w = W(x, i);
    if (w->kind != K_WORD || !(w->f & WF_CAP) || (w->f & (WF_UPPER | WF_AMB | WF_HCASE)) ||
        (w->dict & KIJI_W_LOWER) || w->noname || w->nw || (w->cls & (WC_SURNAME | WC_PART)))
        return false;
    return town_listed(x, i);
}

/* Do the words around word i say place: "in", "near" before it, or, for a
 * word that is no given name, "from" or a place beside it in a list ("in
 * Tarrow, Mirrow and Kellan")? */
static bool place_near(ctx *x, uint32_t i)
{
    uint32_t sent = W(x, i)->sent;
    if (W(x, i)->f & WF_POSS)
        return false;
    if (i > 0 && W(x, i - 1)->sent == sent &&
        (wis(x, i - 1, "in") || wis(x, i - 1, "near") || wis(x, i - 1, "outside")))
        return true;
    if (W(x, i)->gender)
        return false;
    if (i > 0 && W(x, i - 1)->sent == sent && wis(x, i - 1, "from"))
        return true;
    for (int side = -1; side <= 1; side += 2) {
        uint32_t c = i + (uint32_t)side, o = i + 2 * (uint32_t)side;
        if ((side < 0 && i < 2) || (side > 0 && i + 2 >= x->w.n) || W(x, o)->sent != sent)
            continue;
        if ((is_comma(x, c) || wis(x, c, "and") || wis(x, c, "or")) &&
            (is_place(x, o) || town(x, o) ||
             (town_relaxed(x, o) && o > 0 && W(x, o - 1)->sent == sent &&
              (wis(x, o - 1, "in") || wis(x, o - 1, "near")))))
            return true;
    }
    return false;
}

/* Nouns for equipment: an acronym before one names a thing ("the THAAD
 * missile defense system", "Aegis destroyers"). */
static const char *const thing_nouns[] = {
    "missile", "missiles", "system", "systems", "battery", "batteries", "interceptor",
    "interceptors", "jet", "jets", "fighter", "fighters", "drone", "drones", "rocket", "rockets",
    "launcher", "launchers", "radar", "radars", "tank", "tanks", "destroyer", "destroyers",
    "warship", "warships", "submarine", "submarines", "aircraft", "helicopter", "helicopters",
    "satellite", "satellites", "vaccine", "vaccines", "virus", "chip", "chips", "reactor",
    "reactors", "engine", "engines", "weapon", "weapons", "rifle", "rifles", "standard",
    "format", "protocol", NULL};

/* Word i is an acronym no list explains ("KVNR", "BMKG"): of three letters
 * or more, no word, no roman numeral, in running text.  Its type: MISC
 * before a noun for equipment within a few words, else ORG (bodies are
 * what news names by capitals: agencies, unions, parties); -1 for none. */
static int acronym(ctx *x, uint32_t i)
{
    const word *w = W(x, i);
    size_t n = w->end - w->start;
    const char *p = x->s + w->start;
    if (w->kind != K_WORD || !(w->f & WF_UPPER) || (w->f & (WF_HCASE | WF_MOD)) || n < 3 ||
        n > 8 || w->dict || w->noname || w->nw || w->gender)
        return -1;
    if (strspn(p, "IVXLCDM") >= n)
        return -1;
    for (size_t k = 0; k < n; k++)
        if (!isupper((unsigned char)p[k]))
            return -1;
    for (uint32_t q = i + 1; q < x->w.n && q < i + 4 && W(x, q)->sent == w->sent; q++) {
        if (W(x, q)->kind != K_WORD || (W(x, q)->f & WF_CAP))
            break;
        if (wordin(x, q, thing_nouns))
            return KIJI_ENT_MISC;
    }
    return KIJI_ENT_ORG;
}

/* Word i is a code of capitals and digits ("COP29", "MH17", "F-35",
 * "COVID-19"): the name of an event, a flight, a model or a disease, a
 * MISC.  Units and years ("CO2", "FY2024", "PM10") are none. */
static bool code_name(ctx *x, uint32_t i)
{
    static const char *const not_codes[] = {"co", "fy", "pm", "no", "so", "nox", "sox", "q",
                                            "h", "ch", "mp", "cy", "gen", NULL};
    const word *w = W(x, i);
    const char *p = x->s + w->start;
    size_t n = w->end - w->start, k = 0;
    if (w->kind != K_WORD || (w->f & (WF_HCASE | WF_MOD)) || n < 3 || n > 10)
        return false;
    while (k < n && isupper((unsigned char)p[k]))
        k++;
    size_t letters = k;
    bool hyphen = k < n && p[k] == '-';
    if (hyphen)
        k++;
    size_t d0 = k;
    while (k < n && isdigit((unsigned char)p[k]))
        k++;
    if (k != n || k == d0 || k - d0 > 4 || letters == 0 || (letters == 1 && !hyphen))
        return false;
    return !in_list(p, letters, not_codes);
}

/* Resolve a single word or weak candidate after every full name is known. */
static int resolve_single(ctx *x, cand *c, int ci)
{
    kiji_buf *b = &x->key;
    key_words(x, b, c->w0, c->w1);
    int e = hmap_get(&x->alias, b->ptr, b->len);
    if (e >= 0) {
        c->how = c->canon ? c->how : KIJI_HOW_ALIAS;
        return e;
    }
    if (c->canon) {
        name_key(x, b, c);
        e = hmap_get(&x->alias, b->ptr, b->len);
        if (e < 0) {
            e = new_entity(x, c, ci);
            add_aliases(x, e, c);
        }
        return e;
    }
    if (c->surname) {
        /* "Van den Heuvel" after "Joost van den Heuvel" or "Van Rijswijk
         * Instruments"; "Van den Hevel" one edit from the person's surname */
        if (e == -1)
            e = hmap_get(&x->orgshort, b->ptr, b->len);
        if (e < 0) {
            e = near_find_words(x, c->w0, c->w1);
            if (e >= 0 && x->e.v[e].type != KIJI_ENT_PERSON)
                e = -1;
        }
        if (e >= 0) {
            c->how = KIJI_HOW_ALIAS;
            return e;
        }
        e = new_entity(x, c, ci);
        add_aliases(x, e, c);
        return e;
    }
    if (c->amb || c->w1 - c->w0 != 1)
        return -1;
    if (e == -1 && (c->type < 0 || c->how == KIJI_HOW_SPEECH || c->how == KIJI_HOW_CONTEXT)) {
        e = hmap_get(&x->orgshort, b->ptr, b->len);
        if (e >= 0) {
            c->how = KIJI_HOW_ALIAS;
            return e;
        }
        e = -1;
    }
    if (c->type < 0) {
        e = near_find(x, c->w0);
        if (e >= 0 && x->e.v[e].type == KIJI_ENT_PERSON) {
            c->how = KIJI_HOW_NEAR;
            return e;
        }
        int ac = code_name(x, c->w0) ? KIJI_ENT_MISC : acronym(x, c->w0);
        if (ac >= 0) {
            c->type = (int8_t)ac;
            c->how = KIJI_HOW_SHAPE;
        } else {
            /* a near miss of several people's names is a name, no town */
            /* "officials in Tarrow said": a town by its context even
             * next to a speech verb */
            bool placed = place_near(x, c->w0) && town_relaxed(x, c->w0);
            if (!c->strong && (e == -2 || !(town(x, c->w0) || placed)))
                return -1;
            c->type = c->strong && !placed ? KIJI_ENT_PERSON : KIJI_ENT_GPE;
            if (c->type == KIJI_ENT_GPE)
                c->how = KIJI_HOW_GAZETTEER;
        }
    }
    if (c->type == KIJI_ENT_PERSON) {
        const word *w = W(x, c->w0);
        if ((w->dict & KIJI_W_LOWER) && !(w->dict & KIJI_W_CAPITAL) && c->how != KIJI_HOW_TITLE)
            return -1;
    }
    e = new_entity(x, c, ci);
    add_aliases(x, e, c);
    if (c->type == KIJI_ENT_PERSON) {
        const word *w = W(x, c->w0);
        near_add(x, x->s + w->start, w->end - w->start, e);
        kiji_buf_clear(b);
        put_key(b, x->s + w->start, w->end - w->start);
        hmap_put(&x->alias, &x->d->arena, b->ptr, b->len, e, false);
    }
    return e;
}

/* Byline: the authors the reader found, where the byline names them. */
static void bylines(ctx *x)
{
    kiji_doc *d = x->d;
    for (size_t ai = 0; ai < d->authors.n; ai++) {
        const char *au = d->authors.v[ai];
        size_t an = strlen(au);
        if (an < 3)
            continue;
        for (size_t pi = 0; pi < d->paras.n; pi++) {
            const kiji_para *p = &d->paras.v[pi];
            if (p->kind != KIJI_PARA_BYLINE)
                continue;
            for (uint32_t o = p->start; o + an <= p->end; o++) {
                if (strncasecmp(x->s + o, au, an))
                    continue;
                /* the words it covers */
                uint32_t w0 = UINT32_MAX, w1 = 0;
                for (size_t wi = 0; wi < x->w.n; wi++) {
                    if (W(x, (uint32_t)wi)->start >= o && W(x, (uint32_t)wi)->end <= o + an) {
                        if (w0 == UINT32_MAX)
                            w0 = (uint32_t)wi;
                        w1 = (uint32_t)wi + 1;
                    } else if (W(x, (uint32_t)wi)->start >= o + an) {
                        break;
                    }
                }
                if (w0 != UINT32_MAX) {
                    cand *c = add_cand(x, w0, w1, KIJI_ENT_PERSON, KIJI_HOW_BYLINE, true);
                    c->canon = au;
                    const word *f = W(x, w0);
                    if (f->gender == 'm' || f->gender == 'f')
                        c->gender = f->gender;
                }
                break;
            }
        }
    }
}

/* Authors the text never names (a NewsML-G2 <creator>, a page's metadata
 * with no byline paragraph) are people of the document too: an entity with
 * no mention (first -1), after those the text names.  An author the body
 * names ("Ana Lima contributed reporting") is that entity already. */
static void authors_unseen(ctx *x)
{
    kiji_doc *d = x->d;
    /* a document has a few authors; metadata listing thousands is no
     * byline, and the bound keeps this linear */
    for (size_t ai = 0; ai < d->authors.n && ai < 64; ai++) {
        const char *au = d->authors.v[ai];
        size_t an = strlen(au);
        if (an < 3 || an > 200 || !memchr(au, ' ', an))
            continue;
        kiji_buf *b = &x->key;
        kiji_buf_clear(b);
        put_key(b, au, an);
        int e = hmap_get(&x->alias, b->ptr, b->len);
        if (e >= 0 && x->e.v[e].type == KIJI_ENT_PERSON)
            continue;
        kiji_entity out = {kiji_arena_strdup(&d->arena, au), KIJI_ENT_PERSON, 0, NULL, NULL, -1,
                           0, NULL};
        const char *sp = memchr(au, ' ', an);
        const char *g = NULL;
        long v = kiji_lex_get(&kiji_lex_given_names, au, (size_t)(sp - au));
        if (v >= 0)
            g = kiji_lex_given_names.tags[v];
        if (g && (g[0] == 'm' || g[0] == 'f'))
            out.gender = (uint8_t)g[0];
        KIJI_VEC_PUSH(d->entities, out);
    }
}

/* ------------------------------------------------ people by evidence */

/* Nouns for companies and other bodies: "the shipping company X", "X, a
 * Lyon-based operator,", "the club said". */
static const char *const body_nouns[] = {
    "company", "companies", "firm", "maker", "operator", "carrier", "shipper", "bank", "lender",
    "insurer", "group", "club", "chipmaker", "automaker", "carmaker", "manufacturer",
    "retailer", "startup", "start-up", "producer", "supplier", "developer", "conglomerate",
    "utility", "airline", "broker", "brokerage", "publisher", "broadcaster", "subsidiary",
    "affiliate", "consultancy", "chain", "cooperative", "union", "shipbuilder", "miner",
    "exporter", "importer", "distributor", NULL};
/* What a body has that a person has not, after a possessive: "X's shares". */
static const char *const body_things[] = {
    "shares", "stock", "plant", "plants", "factory", "factories", "board", "subsidiary",
    "subsidiaries", "profit", "profits", "revenue", "revenues", "sales", "earnings",
    "shareholders", "products", "brand", "headquarters", "ceo", "workforce", "employees",
    "fleet", "vessels", "stores", "branches", "operations", NULL};
static const char *const he_she[] = {"he", "she", "his", "her", "him", "himself", "herself",
                                     NULL};

/* What the words next to [a, b) say of its kind: > 0 a body ("the
 * shipping company X", "shares of X", "X's shares", "X, a Lyon-based
 * operator,"), < 0 a person ("X, a senior analyst,"), 0 nothing. */
static int body_cue(ctx *x, uint32_t a, uint32_t b)
{
    uint32_t sent = W(x, a)->sent;
    int v = 0;
    if (a > 0 && W(x, a - 1)->sent == sent && wordin(x, a - 1, body_nouns))
        v += 3;
    if (a > 1 && wis(x, a - 1, "of") && wis(x, a - 2, "shares"))
        v += 2;
    uint32_t q = b;
    if (q < x->w.n && W(x, q)->sent == sent && wordin(x, q, body_things))
        v += 2;
    /* "the Vantora conglomerate" */
    if (q < x->w.n && W(x, q)->sent == sent && wordin(x, q, body_nouns) && a > 0 &&
        wis(x, a - 1, "the"))
        v += 3;
    if (q + 1 < x->w.n && is_comma(x, q) && W(x, q + 1)->sent == sent &&
        (wis(x, q + 1, "a") || wis(x, q + 1, "an") || wis(x, q + 1, "the"))) {
        for (uint32_t k = q + 2; k < q + 8 && k < x->w.n && W(x, k)->sent == sent; k++) {
            const word *w = W(x, k);
            if (w->kind != K_WORD)
                break;
            if (wordin(x, k, body_nouns)) {
                v += 3;
                break;
            }
            if (!(w->f & WF_CAP) && (w->nw & (NW_ROLE | NW_TITLE))) {
                v -= 3;
                break;
            }
        }
    }
    return v;
}

/* Plural nouns for companies before "including", "such as", "like". */
static const char *const body_plurals[] = {
    "companies", "firms", "insurers", "banks", "lenders", "carmakers", "automakers",
    "chipmakers", "retailers", "airlines", "miners", "operators", "manufacturers", "startups",
    "brands", "groups", "suppliers", "exporters", "utilities", "conglomerates", "rivals",
    "shipbuilders", "shipping lines", "brokers", "developers", "makers", "giants", NULL};

/* Word i stands in a list of companies: after "insurers including", "firms
 * such as", or beside a listed body or an acronym of one ("Ageas and
 * KBC"). */
static bool org_list(ctx *x, uint32_t i)
{
    uint32_t sent = W(x, i)->sent;
    if (i >= 2 && W(x, i - 1)->sent == sent &&
        (wis(x, i - 1, "including") || wis(x, i - 1, "like") ||
         (wis(x, i - 1, "as") && wis(x, i - 2, "such")))) {
        uint32_t k = wis(x, i - 1, "as") ? i - 2 : i - 1;
        for (uint32_t q = k; q-- > 0 && q + 4 > k && W(x, q)->sent == sent;)
            if (wordin(x, q, body_plurals))
                return true;
    }
    for (int side = -1; side <= 1; side += 2) {
        uint32_t c = i + (uint32_t)side, o = i + 2 * (uint32_t)side;
        if ((side < 0 && i < 2) || (side > 0 && i + 2 >= x->w.n) || W(x, o)->sent != sent)
            continue;
        if (!(is_comma(x, c) || wis(x, c, "and") || wis(x, c, "or")))
            continue;
        gaz_hit h = gaz_match(x, o, o + 1);
        if ((h.len == 1 && h.type == KIJI_ENT_ORG) || acronym(x, o) == KIJI_ENT_ORG)
            return true;
    }
    return false;
}

/* What the words around candidate c say of its kind: > 0 a body (a company,
 * a club), < 0 a person, 0 nothing: body_cue, then the pronoun that
 * follows. */
static int body_evidence(ctx *x, const cand *c)
{
    uint32_t a = c->w0, b = c->w1, sent = W(x, a)->sent;
    int v = body_cue(x, a, b);
    /* the first third-person pronoun after it in its sentence: "X said
     * that it ...", "X cut its forecast", "X said he ...".  "it" and "its"
     * count only before another noun phrase could take them ("X said the
     * alliance ... its"), and "it is", "it was" say nothing */
    bool open = true; /* no article, name or comma since the mention */
    for (uint32_t k = b; k < x->w.n && k < b + 25 && W(x, k)->sent == sent; k++) {
        const word *w = W(x, k);
        if (w->kind != K_WORD) {
            if (w->kind == K_PUNCT && x->s[w->start] == ',' && k > b + 1)
                open = false;
            continue;
        }
        if (wordin(x, k, he_she))
            return v - 2;
        if (wis(x, k, "its"))
            return open ? v + 2 : v;
        /* "in a statement" is the saying's, not a new noun phrase */
        bool article = wis(x, k, "the") || wis(x, k, "a") || wis(x, k, "an");
        if ((article && !(wis(x, k - 1, "in") || wis(x, k - 1, "on"))) || (w->f & WF_CAP) ||
            wis(x, k, "they") || wis(x, k, "we") || wis(x, k, "you") || wis(x, k, "i"))
            open = false;
        if (wis(x, k, "it")) {
            /* "X said (in a statement) that it ...": the subject of what X
             * said, not an object ("in it") */
            if (!open || !(wis(x, k - 1, "that") || (W(x, k - 1)->cls & WC_SPEECH)))
                return v;
            /* "it is", "it would be", "it has been": no referent */
            uint32_t n1 = k + 1, n2 = k + 2;
            bool dummy =
                n1 < x->w.n && (wis(x, n1, "is") || wis(x, n1, "was") || wis(x, n1, "seems") ||
                                wis(x, n1, "remains") || wis(x, n1, "appears"));
            if (n2 < x->w.n && (wis(x, n1, "would") || wis(x, n1, "will") ||
                                wis(x, n1, "could") || wis(x, n1, "might") ||
                                wis(x, n1, "has") || wis(x, n1, "had")) &&
                (wis(x, n2, "be") || wis(x, n2, "been")))
                dummy = true;
            return dummy ? v : v + 2;
        }
    }
    return v;
}

/* A person found by shape alone ("Torvane Hallik": two unknown capitalised
 * words) is a person only by default: when the words around its mentions
 * say company more than person, and nothing (a given name, a title, a role,
 * an honorific) said person, it is an organisation. */
static void retype(ctx *x)
{
    if (!x->e.n)
        return;
    int *score = kiji_xcalloc(x->e.n, sizeof *score);
    bool *sure = kiji_xcalloc(x->e.n, sizeof *sure);
    for (size_t i = 0; i < x->c.n; i++) {
        const cand *c = &x->c.v[i];
        if (c->ent < 0 || x->e.v[c->ent].type != KIJI_ENT_PERSON)
            continue;
        if (c->gender || (c->how != KIJI_HOW_SHAPE && c->how != KIJI_HOW_ALIAS &&
                          c->how != KIJI_HOW_SPEECH))
            sure[c->ent] = true;
        score[c->ent] += body_evidence(x, c);
    }
    for (size_t e = 0; e < x->e.n; e++)
        if (x->e.v[e].type == KIJI_ENT_PERSON && !sure[e] && !x->e.v[e].gender && score[e] > 0)
            x->e.v[e].type = KIJI_ENT_ORG;
    free(score);
    free(sure);
}

/* "Hanul Ocean" before "Hanul Ocean Shipbuilding Co.", "the State Bank"
 * before "the State Bank of Ruritania": a body's short name written before
 * its full name is the body.  Entities resolved
 * earlier under a short form the full name registered later are merged
 * into it (one hash look-up per candidate). */
static void merge_short(ctx *x)
{
    if (!x->orgshort.n || !x->e.n)
        return;
    int *to = kiji_xmalloc(x->e.n * sizeof *to);
    for (size_t e = 0; e < x->e.n; e++)
        to[e] = -1;
    for (size_t i = 0; i < x->c.n; i++) {
        const cand *c = &x->c.v[i];
        uint8_t t = c->ent >= 0 ? x->e.v[c->ent].type : 0;
        if (c->ent < 0 || c->canon || to[c->ent] >= 0 ||
            (t != KIJI_ENT_ORG && t != KIJI_ENT_GPE &&
             !(t == KIJI_ENT_PERSON && (c->how == KIJI_HOW_SHAPE || c->how == KIJI_HOW_GIVEN))))
            continue;
        key_words(x, &x->key, c->w0, c->w1);
        int e2 = hmap_get(&x->orgshort, x->key.ptr, x->key.len);
        /* only into a later entity (an earlier one had its chance), a
         * place into a place ("Tarrow Municipality" before "Tarrow
         * Regional Municipality") */
        if (e2 > c->ent && to[e2] < 0 &&
            (x->e.v[e2].type == KIJI_ENT_ORG ? t != KIJI_ENT_GPE : x->e.v[e2].type == t))
            to[c->ent] = e2;
    }
    for (size_t i = 0; i < x->c.n; i++) {
        cand *c = &x->c.v[i];
        if (c->ent >= 0 && to[c->ent] >= 0) {
            c->ent = to[c->ent];
            c->how = KIJI_HOW_ALIAS;
            c->gender = 0; /* what a person's reading gave */
            c->role_s = c->role_e = 0;
        }
    }
    free(to);
}

/* ------------------------------------------------------------ roles */

static int mention_at(const kiji_doc *d, uint32_t off)
{
    size_t lo = 0, hi = d->mentions.n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (d->mentions.v[mid].start < off)
            lo = mid + 1;
        else
            hi = mid;
    }
    return (int)lo;
}

/* "Ana Lima, a defense analyst at the Lisbon Institute," -> role (as
 * written, without the article) and the organisation it names. */
static void apposition(ctx *x, kiji_entity *en, uint32_t after)
{
    kiji_doc *d = x->d;
    uint32_t p = after;
    if (p >= x->w.n || W(x, p)->kind != K_PUNCT || x->s[W(x, p)->start] != ',')
        return;
    uint32_t sent = W(x, p)->sent;
    uint32_t q = p + 1, s = q;
    if (q < x->w.n && (wis(x, q, "a") || wis(x, q, "an") || wis(x, q, "the")))
        s = ++q;
    bool role = false;
    uint32_t e = s;
    while (e < x->w.n && e < s + 25) {
        const word *w = W(x, e);
        if (w->sent != sent)
            break;
        if (w->kind == K_PUNCT) {
            char ch = x->s[w->start];
            if (ch != '-' && ch != '&' && ch != '\'')
                break;
        }
        if (w->kind == K_WORD && (wis(x, e, "who") || wis(x, e, "which") ||
                                  (W(x, e)->cls & WC_SPEECH) || wis(x, e, "noting") ||
                                  wis(x, e, "adding") || wis(x, e, "according")))
            break;
        if (e < s + 7 && w->kind == K_WORD && !(w->f & WF_CAP) && (w->nw & (NW_ROLE | NW_TITLE)))
            role = true;
        e++;
    }
    if (!role || e == s)
        return;
    uint32_t rs = W(x, s)->start, re = W(x, e - 1)->end;
    if (W(x, e - 1)->f & WF_POSS)
        return;
    en->role = kiji_arena_strndup(&d->arena, x->s + rs, re - rs);
    for (int m = mention_at(d, rs); m < (int)d->mentions.n && d->mentions.v[m].end <= re; m++) {
        const kiji_entity *o = &d->entities.v[d->mentions.v[m].entity];
        if (o->type == KIJI_ENT_ORG) {
            en->org = o->name;
            break;
        }
    }
    for (uint32_t i = s; i < e; i++) {
        if (!en->gender && (W(x, i)->nw & NW_MALE))
            en->gender = 'm';
        if (!en->gender && (W(x, i)->nw & NW_FEMALE))
            en->gender = 'f';
    }
}

/* --------------------------------------------------------------- index */

typedef struct {
    const char *k;
    uint32_t n;
    int ent;
} ixrow;

typedef struct {
    ixrow *rows;
    size_t n;
} ent_index;

static int cmp_row(const void *a, const void *b)
{
    const ixrow *x = a, *y = b;
    size_t n = x->n < y->n ? x->n : y->n;
    int c = memcmp(x->k, y->k, n);
    if (c)
        return c;
    if (x->n != y->n)
        return x->n < y->n ? -1 : 1;
    return (x->ent > y->ent) - (x->ent < y->ent);
}

static void build_index(ctx *x)
{
    kiji_doc *d = x->d;
    size_t cap = d->entities.n + d->mentions.n;
    ent_index *ix = kiji_arena_alloc(&d->arena, sizeof *ix);
    ix->rows = kiji_arena_alloc(&d->arena, (cap + 1) * sizeof *ix->rows);
    ix->n = 0;
    kiji_buf *b = &x->key;
    for (size_t i = 0; i < cap; i++) {
        kiji_buf_clear(b);
        int ent;
        if (i < d->entities.n) {
            put_key(b, d->entities.v[i].name, strlen(d->entities.v[i].name));
            ent = (int)i;
        } else {
            const kiji_mention *m = &d->mentions.v[i - d->entities.n];
            put_key(b, x->s + m->start, m->end - m->start);
            ent = m->entity;
        }
        ixrow r = {kiji_arena_strndup(&d->arena, b->ptr, b->len), (uint32_t)b->len, ent};
        ix->rows[ix->n++] = r;
    }
    qsort(ix->rows, ix->n, sizeof *ix->rows, cmp_row);
    d->ent_index = ix;
}

/* ------------------------------------------------------------ the stage */

static int cmp_cand(const void *a, const void *b)
{
    const cand *x = a, *y = b;
    return (x->w0 > y->w0) - (x->w0 < y->w0);
}

static char *title_case(kiji_arena *a, const char *s, size_t n)
{
    char *p = kiji_arena_strndup(a, s, n);
    bool start = true;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)p[i];
        if (isalpha(c)) {
            p[i] = (char)(start ? toupper(c) : tolower(c));
            start = false;
        } else {
            start = c == ' ' || c == '-' || c == '.' || c == '\'';
        }
    }
    return p;
}

/* The name of entity en, whose fullest candidate is f: as written ("Kiev",
 * "Sao Paulo", "NATO", "Chiba Prefecture"; a name in capitals in title
 * case, "OSTRAVIK" as "Ostravik"), except a country's, which is the
 * gazetteer's ("United States" for "U.S."), and an author's, which is the
 * metadata's.  Writes out->name. */
static void entity_name(ctx *x, const xent *en, const cand *f, kiji_entity *out)
{
    kiji_arena *ar = &x->d->arena;
    if (en->canon && (en->type == KIJI_ENT_GPE || f->how == KIJI_HOW_BYLINE) &&
        (f->how == KIJI_HOW_BYLINE || kiji_lex_get(&kiji_lex_countries, en->canon,
                                                   strlen(en->canon)) >= 0)) {
        out->name = kiji_arena_strdup(ar, en->canon);
        return;
    }
    uint32_t ns = W(x, f->w0)->start, ne = W(x, f->w1 - 1)->end;
    if (f->w1 - f->w0 == 1 && (W(x, f->w0)->f & WF_MOD))
        ne = W(x, f->w0)->pre_end; /* "Seoul" of "Seoul-based" */
    bool caps = true;
    for (uint32_t i = f->w0; i < f->w1; i++)
        if (W(x, i)->kind == K_WORD && !(W(x, i)->f & WF_UPPER) &&
            W(x, i)->end - W(x, i)->start > 1)
            caps = false;
    if (caps && (en->type == KIJI_ENT_PERSON || en->type == KIJI_ENT_GPE ||
                 en->type == KIJI_ENT_LOC)) {
        /* "LAUSANNE": the gazetteer's spelling when it has one */
        if (en->canon && f->w1 - f->w0 == 1 &&
            strlen(en->canon) == ne - ns && !strncasecmp(en->canon, x->s + ns, ne - ns))
            out->name = kiji_arena_strdup(ar, en->canon);
        else
            out->name = title_case(ar, x->s + ns, ne - ns);
        if (en->canon && strcmp(en->canon, out->name))
            out->canon = en->canon;
        return;
    }
    out->name = kiji_arena_strndup(ar, x->s + ns, ne - ns);
    if (en->canon && strcmp(en->canon, out->name))
        out->canon = en->canon;
}

void kiji_entities_run(kiji_doc *d)
{
    ctx x;
    memset(&x, 0, sizeof x);
    x.d = d;
    x.s = d->text.ptr;
    kiji_buf_init(&x.key);
    kiji_buf_init(&x.key2);
    d->entities.n = 0;
    d->mentions.n = 0;
    d->ent_index = NULL;

    build_words(&x);
    /* candidates, sentence by sentence */
    bool have_authors = d->authors.n > 0;
    for (uint32_t i = 0; i < x.w.n;) {
        uint32_t s = x.w.v[i].sent, j = i;
        while (j < x.w.n && x.w.v[j].sent == s)
            j++;
        uint8_t kind = d->paras.v[d->sentences.v[s].para].kind;
        if (para_wanted(kind) && !(kind == KIJI_PARA_BYLINE && have_authors))
            scan_sentence(&x, i, j);
        i = j;
    }
    bylines(&x);
    if (x.c.n)
        qsort(x.c.v, x.c.n, sizeof *x.c.v, cmp_cand);

    /* full names first, then single words against them */
    for (size_t i = 0; i < x.c.n; i++) {
        cand *c = &x.c.v[i];
        bool one = c->w1 - c->w0 == 1;
        if (c->strong && c->type >= 0 && (!one || c->type != KIJI_ENT_PERSON) &&
            !(c->canon && one) && !c->surname &&
            !(one && c->type == KIJI_ENT_ORG && c->how == KIJI_HOW_CONTEXT))
            c->ent = resolve_full(&x, c, (int)i);
    }
    for (size_t i = 0; i < x.c.n; i++) {
        cand *c = &x.c.v[i];
        if (c->ent < 0)
            c->ent = resolve_single(&x, c, (int)i);
    }
    merge_short(&x);
    retype(&x);

    /* each entity's name: its fullest mention as written */
    cand **full = kiji_xcalloc(x.e.n + 1, sizeof *full);
    for (size_t i = 0; i < x.c.n; i++) {
        cand *c = &x.c.v[i];
        if (c->ent >= 0 && (!full[c->ent] || c->w1 - c->w0 > full[c->ent]->w1 - full[c->ent]->w0))
            full[c->ent] = c;
    }

    /* entities in order of first mention */
    int *order = kiji_xmalloc((x.e.n + 1) * sizeof *order);
    for (size_t i = 0; i < x.e.n; i++)
        order[i] = -1;
    int ne = 0;
    kiji_span *rspan = kiji_xcalloc(x.e.n + 1, sizeof *rspan);
    for (size_t i = 0; i < x.c.n; i++) {
        cand *c = &x.c.v[i];
        if (c->ent < 0)
            continue;
        if (order[c->ent] < 0) {
            order[c->ent] = ne++;
            const xent *en = &x.e.v[c->ent];
            kiji_entity out = {NULL, en->type, en->gender, NULL, NULL, 0, 0, NULL};
            entity_name(&x, en, full[c->ent], &out);
            /* a name split over lines keeps single spaces */
            for (char *p = (char *)out.name; *p; p++)
                if (*p == '\n' || *p == '\t')
                    *p = ' ';
            out.first = (int)d->mentions.n;
            KIJI_VEC_PUSH(d->entities, out);
        }
        kiji_entity *oe = &d->entities.v[order[c->ent]];
        if (!oe->gender && c->gender)
            oe->gender = (uint8_t)c->gender;
        if (!oe->role && c->role_e > c->role_s) {
            oe->role = kiji_arena_strndup(&d->arena, x.s + c->role_s, c->role_e - c->role_s);
            rspan[order[c->ent]] = (kiji_span){c->role_s, c->role_e};
        }
        kiji_mention m = {W(&x, c->w0)->start, W(&x, c->w1 - 1)->end, order[c->ent], c->how};
        if (c->w1 - c->w0 == 1 && (W(&x, c->w0)->f & WF_MOD))
            m.end = W(&x, c->w0)->pre_end;
        if (d->mentions.n && d->mentions.v[d->mentions.n - 1].end > m.start)
            continue; /* never overlap */
        KIJI_VEC_PUSH(d->mentions, m);
        oe->nmentions++;
    }
    /* the organisation a title names: "Nomura Holdings analyst Kenji Abe" */
    for (size_t i = 0; i < d->entities.n; i++) {
        kiji_entity *oe = &d->entities.v[i];
        for (int m = mention_at(d, rspan[i].start);
             rspan[i].end && m < (int)d->mentions.n && d->mentions.v[m].end <= rspan[i].end; m++) {
            const kiji_entity *o = &d->entities.v[d->mentions.v[m].entity];
            if (o->type == KIJI_ENT_ORG) {
                oe->org = o->name;
                break;
            }
        }
    }
    free(rspan);
    free(full);
    /* roles written after a person's name */
    for (size_t i = 0; i < x.c.n; i++) {
        cand *c = &x.c.v[i];
        if (c->ent < 0)
            continue;
        kiji_entity *oe = &d->entities.v[order[c->ent]];
        if (oe->type == KIJI_ENT_PERSON && !oe->role)
            apposition(&x, oe, c->w1);
    }
    authors_unseen(&x);
    build_index(&x);

    free(order);
    free(x.w.v);
    free(x.c.v);
    free(x.e.v);
    free(x.alias.s);
    free(x.near.s);
    free(x.orgshort.s);
    kiji_buf_free(&x.key);
    kiji_buf_free(&x.key2);
}

int kiji_entity_find(const kiji_doc *d, const char *name, size_t n)
{
    /* strip a possessive, fold case */
    if (n > 2 && name[n - 2] == '\'' && (name[n - 1] == 's' || name[n - 1] == 'S'))
        n -= 2;
    else if (n > 4 && !memcmp(name + n - 4, "\xE2\x80\x99", 3) && (name[n - 1] == 's'))
        n -= 4;
    kiji_buf b = KIJI_BUF_INIT;
    put_key(&b, name, n);
    int found = -1;
    const ent_index *ix = d->ent_index;
    if (ix) {
        size_t lo = 0, hi = ix->n;
        ixrow q = {b.ptr, (uint32_t)b.len, -1};
        while (lo < hi) {
            size_t mid = lo + (hi - lo) / 2;
            if (cmp_row(&ix->rows[mid], &q) < 0)
                lo = mid + 1;
            else
                hi = mid;
        }
        if (lo < ix->n && ix->rows[lo].n == b.len && !memcmp(ix->rows[lo].k, b.ptr, b.len))
            found = ix->rows[lo].ent;
    } else {
        for (size_t i = 0; i < d->entities.n && found < 0; i++)
            if (strlen(d->entities.v[i].name) == n &&
                !strncasecmp(d->entities.v[i].name, name, n))
                found = (int)i;
    }
    kiji_buf_free(&b);
    return found;
}

bool kiji_entity_one_edit(const char *a, size_t na, const char *b, size_t nb)
{
    if (na > nb + 1 || nb > na + 1)
        return false;
    size_t i = 0;
    while (i < na && i < nb && tolower((unsigned char)a[i]) == tolower((unsigned char)b[i]))
        i++;
    if (i == na && i == nb)
        return true;
    /* the rest after one substitution, deletion, insertion or swap */
    size_t ja = na - 1, jb = nb - 1;
    size_t k = 0;
    while (k < na - i && k < nb - i &&
           tolower((unsigned char)a[ja - k]) == tolower((unsigned char)b[jb - k]))
        k++;
    if (na == nb) {
        if (i + k + 1 >= na)
            return true; /* one substitution */
        /* a swap of neighbours */
        return i + 2 + k == na &&
               tolower((unsigned char)a[i]) == tolower((unsigned char)b[i + 1]) &&
               tolower((unsigned char)a[i + 1]) == tolower((unsigned char)b[i]);
    }
    size_t shorter = na < nb ? na : nb;
    return i + k >= shorter;
}

const char *kiji_entity_how_name(unsigned how)
{
    static const char *const names[KIJI_HOW_NHOW] = {
        "", "gazetteer", "title", "nameword", "given-name", "shape", "speech",
        "role", "alias", "near-miss", "byline", "context"};
    return how < KIJI_HOW_NHOW ? names[how] : "";
}
