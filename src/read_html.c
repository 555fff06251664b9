/*
 * read_html.c: news web pages (stage "read").  libxml2's HTML parser builds
 * the tree (recovering from any damage, no network, no messages); the page
 * is laid out into text blocks; the article body is the element whose prose
 * outweighs its boilerplate most, helped by the page's own hints
 * (<article>, itemprop=articleBody, JSON-LD articleBody); headline, byline,
 * dateline and captions become blocks of their own kind.  Metadata comes
 * from the page's fields in order of trust (see docs/readers.md).
 *
 * Invariants: the tree is walked without recursion; every element gets one
 * slot in a side table (node->_private holds its index + 1); time and memory
 * are linear in the page, up to the 256 levels of nesting libxml2 allows.
 */
#include <ctype.h>
#include <libxml/HTMLparser.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "kiji/calendar.h"
#include "kiji/jsonparse.h"
#include "kiji/layout.h"
#include "kiji/markup.h"
#include "kiji/read.h"
#include "kiji/utf8.h"

/* Own flags of an element, from its tag and attributes. */
enum {
    F_SKIP = 1u << 0,     /* never shown: script, style, hidden, buttons */
    F_BLOCK = 1u << 1,    /* starts a new block of text */
    F_BOILER = 1u << 2,   /* navigation, footer, ads, share bars, related */
    F_CAPTION = 1u << 3,  /* figcaption or a caption class */
    F_CREDIT = 1u << 4,   /* a photo credit */
    F_FIGURE = 1u << 5,   /* figure: its text is no body text */
    F_QUOTE = 1u << 6,    /* blockquote */
    F_BYLINE = 1u << 7,   /* byline, author (class, rel, itemprop) */
    F_DATE = 1u << 8,     /* <time>, a date class or itemprop */
    F_LINK = 1u << 9,     /* <a href> */
    F_ARTICLE = 1u << 10, /* <article>, itemprop=articleBody, role=article */
    F_HEADING = 1u << 11, /* h1..h6 */
    F_HEADER = 1u << 12,  /* <header>: headline, byline, date live there */
    F_BIO = 1u << 13,     /* an author's biography */
};

typedef struct {
    const xmlNode *node;
    int parent;        /* index of the parent element, -1 at the top */
    uint32_t own;      /* flags from its own tag and attributes */
    uint32_t soft;     /* label flags from its class: for small elements only */
    uint32_t inl;      /* own flags of the inline elements from its block down */
    double good, bad;  /* prose and boilerplate text under it */
    double chars;      /* all text under it */
    uint32_t nblocks;  /* blocks of text under it */
    bool img;          /* an image (not a pixel) is a child of it */
    bool wrapper;      /* boilerplate-classed, but around the h1 or the prose */
} elem;

typedef struct {
    uint32_t start, end; /* into the scratch text */
    int owner;           /* the element whose inline content it is */
    uint32_t link;       /* bytes of it inside links */
    uint32_t nlinks;
    uint32_t inl_all;    /* flags every piece of it carried (AND) */
    uint32_t flags;      /* owner chain and inline flags, after wrappers */
    bool prose, drop, in_ld;
    uint8_t kind;
} tblock;

typedef KIJI_VEC(const char *) strvec;

/* A microdata date or author and the item (itemscope element) it
 * belongs to. */
typedef struct {
    const char *value;
    const xmlNode *item;
    int depth; /* items around it: 0 for an outermost item */
    bool author;
} item_date_t;

typedef struct {
    kiji_doc *d;
    KIJI_VEC(elem) el;
    KIJI_VEC(tblock) bl;
    kiji_buf txt; /* all blocks' text, folded */
    /* the block being filled */
    int owner;
    bool space, open, any_inl;
    uint32_t start, link, nlinks, inl_all;
    int brs; /* consecutive <br> with nothing between */
    bool new_link; /* an <a> began; its first text counts one link */
    /* metadata candidates (arena strings) */
    const char *ld_headline, *ld_date, *ld_body, *ld_url, *ld_site, *ld_lang;
    strvec ld_authors;
    const char *og_title, *tw_title, *og_site, *og_url, *canonical, *og_locale, *html_lang;
    const char *meta_date, *item_date, *title_tag, *app_name;
    strvec meta_authors;
    /* microdata datePublished and <meta itemprop=author> of every item,
     * and the item that holds itemprop=articleBody: the page's own date and
     * authors are that item's, else the outermost item's, not a related
     * story's listed beside it */
    KIJI_VEC(item_date_t) item_dates;
    const xmlNode *body_item;
    kiji_buf ldnorm; /* JSON-LD articleBody, letters and digits only, lower case */
    const xmlNode *body;
} page;

/* ------------------------------------------------------------------ */
/* classifying elements                                                */

static bool tag_in(const char *t, const char *const *list)
{
    for (int i = 0; list[i]; i++)
        if (!strcmp(t, list[i]))
            return true;
    return false;
}

static bool tag_in_ci(const char *t, const char *const *list)
{
    for (int i = 0; list[i]; i++)
        if (!strcasecmp(t, list[i]))
            return true;
    return false;
}

/* Split class and id into lower-case words ("articleBody" gives "article"
 * and "body", "story-body__inner" gives "story", "body", "inner"). */
static size_t words_of(const char *s, char w[][24], size_t max, size_t n)
{
    size_t i = 0;
    while (s && s[i] && n < max) {
        while (s[i] && !isalnum((unsigned char)s[i]))
            i++;
        if (!s[i])
            break;
        size_t k = 0;
        bool prev_lower = false;
        while (s[i] && isalnum((unsigned char)s[i])) {
            bool up = isupper((unsigned char)s[i]);
            if (up && prev_lower && k) /* camelCase boundary */
                break;
            if (k < 23)
                w[n][k++] = (char)tolower((unsigned char)s[i]);
            prev_lower = islower((unsigned char)s[i]) || isdigit((unsigned char)s[i]);
            i++;
        }
        w[n][k] = 0;
        if (k)
            n++;
    }
    return n;
}

static bool word_is(char w[][24], size_t n, const char *const *list)
{
    for (size_t i = 0; i < n; i++)
        if (tag_in(w[i], list))
            return true;
    return false;
}

static bool word_starts(char w[][24], size_t n, const char *const *list)
{
    for (size_t i = 0; i < n; i++)
        for (int k = 0; list[k]; k++)
            if (!strncmp(w[i], list[k], strlen(list[k])))
                return true;
    return false;
}

/* Case-insensitive substring test (ASCII). */
static bool has_ci(const char *hay, const char *needle)
{
    size_t m = strlen(needle);
    for (; *hay; hay++)
        if (!strncasecmp(hay, needle, m))
            return true;
    return false;
}

/* One of the white-space separated class names is in list (any case). */
static bool class_in(const char *cls, const char *const *list)
{
    while (*cls) {
        while (*cls == ' ' || *cls == '\t' || *cls == '\n')
            cls++;
        size_t n = strcspn(cls, " \t\n");
        for (int i = 0; list[i] && n; i++)
            if (strlen(list[i]) == n && !strncasecmp(cls, list[i], n))
                return true;
        cls += n;
    }
    return false;
}

static bool attr_has(const xmlNode *x, const char *name, const char *needle)
{
    const char *v = kiji_markup_attr(x, name);
    return v && has_ci(v, needle);
}

/* The flags of element x.  Those its class or id give for labels
 * (caption, credit, byline, date, bio) go to *soft: they count only for a
 * small element ("content-header__caption-style--default" on a whole
 * header is no caption). */
static uint32_t classify(const xmlNode *x, uint32_t *soft)
{
    static const char *const skip[] = {
        "script", "style",  "noscript", "template", "svg",    "math",   "iframe", "object",
        "embed",  "canvas", "video",    "audio",    "select", "option", "textarea", "button",
        "input",  "head",   "title",    "meta",     "link",   "map",    "dialog", "picture",
        "source", "img",    "form",     NULL};
    static const char *const blocks[] = {
        "address", "article", "aside",  "blockquote", "body",   "center", "dd",      "details",
        "dir",     "div",     "dl",     "dt",         "fieldset", "figcaption", "figure", "footer",
        "h1",      "h2",      "h3",     "h4",         "h5",     "h6",     "header",  "hgroup",
        "hr",      "li",      "main",   "menu",       "nav",    "ol",     "p",       "pre",
        "section", "summary", "table",  "tbody",      "td",     "tfoot",  "th",      "thead",
        "tr",      "ul",      "caption", "legend",    "html",   "frameset", "noframes", NULL};
    /* class and id words (and stems) that mean boilerplate whatever else
     * they say; "comment" is a whole word ("commentary" is an article) */
    static const char *const strong_neg[] = {
        "related",  "recommend", "newsletter", "social",    "share",   "sharing", "promo",
        "sponsor",  "advert",    "cookie",     "consent",   "gdpr",    "outbrain", "taboola",
        "disqus",   "trending",  "popular",    "signup",    "breadcrumb", "toolbar", "skip",
        "masthead", "newsfeed",  "livefeed",   NULL};
    static const char *const strong_words[] = {"comment", "comments", "commenting",
                                               "commentlist", "respond", "replies", NULL};
    /* words that mean boilerplate unless a content word is there too */
    static const char *const weak_neg[] = {
        "nav",    "navbar", "menu",  "sidebar", "footer", "widget", "banner", "rail",
        "aside",  "modal",  "popup", "tags",    "tag",    "topics", "ad",     "ads",
        "adslot", "dfp",    "more",  "alsos",   "teaser", "teasers", "utility", "tools",
        "follow", "print",  "login",  "search", "pagination", "pager", "carousel",
        "subscribe", "subscription", "paywall", NULL};
    static const char *const positive[] = {"article", "body",  "content", "entry", "main",
                                           "post",    "story", "text",    "blog",  "prose",
                                           "hentry",  NULL};
    const char *t = (const char *)x->name;
    if (!t)
        return F_SKIP;
    uint32_t f = 0;
    if (tag_in(t, skip))
        return F_SKIP;
    if (tag_in(t, blocks))
        f |= F_BLOCK;
    if (!strcmp(t, "br"))
        return 0;
    if (!strcmp(t, "nav") || !strcmp(t, "footer") || !strcmp(t, "aside") || !strcmp(t, "menu"))
        f |= F_BOILER;
    else if (!strcmp(t, "header"))
        f |= F_HEADER;
    else if (!strcmp(t, "figure"))
        f |= F_FIGURE;
    else if (!strcmp(t, "figcaption"))
        f |= F_CAPTION;
    else if (!strcmp(t, "blockquote"))
        f |= F_QUOTE;
    else if (!strcmp(t, "time"))
        f |= F_DATE;
    else if (!strcmp(t, "a") && kiji_markup_attr(x, "href"))
        f |= F_LINK;
    else if (!strcmp(t, "article"))
        f |= F_ARTICLE;
    else if (t[0] == 'h' && t[1] >= '1' && t[1] <= '6' && !t[2])
        f |= F_HEADING;
    else if (!strcmp(t, "address"))
        f |= F_BYLINE;
    /* hidden things are not read */
    if (kiji_markup_attr(x, "hidden") || attr_has(x, "aria-hidden", "true"))
        return F_SKIP;
    const char *style = kiji_markup_attr(x, "style");
    if (style && (has_ci(style, "display:none") || has_ci(style, "display: none") ||
                  has_ci(style, "visibility:hidden") || has_ci(style, "visibility: hidden")))
        return F_SKIP;
    const char *role = kiji_markup_attr(x, "role");
    if (role) {
        if (!strcasecmp(role, "navigation") || !strcasecmp(role, "banner") ||
            !strcasecmp(role, "contentinfo") || !strcasecmp(role, "complementary") ||
            !strcasecmp(role, "search") || !strcasecmp(role, "menu") ||
            !strcasecmp(role, "menubar") || !strcasecmp(role, "dialog") ||
            !strcasecmp(role, "alert"))
            f |= F_BOILER;
        else if (!strcasecmp(role, "article"))
            f |= F_ARTICLE;
    }
    const char *ip = kiji_markup_attr(x, "itemprop");
    if (ip) {
        if (has_ci(ip, "articleBody") || !strcasecmp(ip, "text"))
            f |= F_ARTICLE;
        if (has_ci(ip, "author") || has_ci(ip, "creator"))
            f |= F_BYLINE;
        if (has_ci(ip, "datePublished") || has_ci(ip, "dateCreated") ||
            has_ci(ip, "dateModified"))
            f |= F_DATE;
        if (has_ci(ip, "copyrightHolder"))
            f |= F_CREDIT;
    }
    if (attr_has(x, "rel", "author"))
        f |= F_BYLINE;
    /* classes that hide: whole class names only ("hidden-xs" shows on a
     * desktop), and those that keep text for screen readers alone */
    static const char *const hiding[] = {
        "hidden", "hide", "is-hidden", "u-hidden", "invisible", "visually-hidden",
        "visuallyhidden", "sr-only", "screen-reader-text", "screen-reader-only", "off-screen",
        "offscreen", "element-invisible", "a11y-hidden", "u-visually-hidden", "display-none",
        NULL};
    const char *cls = kiji_markup_attr(x, "class");
    if (cls && class_in(cls, hiding))
        return F_SKIP;
    char w[32][24];
    size_t nw = words_of(cls, w, 32, 0);
    nw = words_of(kiji_markup_attr(x, "id"), w, 32, nw);
    if (!nw)
        return f;
    bool pos = word_is(w, nw, positive) || word_starts(w, nw, positive);
    if (word_starts(w, nw, strong_neg) || word_is(w, nw, strong_words) ||
        (!pos && word_is(w, nw, weak_neg)))
        f |= F_BOILER;
    static const char *const caption[] = {"caption", "figcaption", "wp-caption", NULL};
    static const char *const credit[] = {"credit", "copyright", "photographer", "courtesy",
                                         "attribution", NULL};
    static const char *const byline[] = {"byline", "author", "authors", "writer", "contributor",
                                         "by", "reporter", NULL};
    static const char *const byline_stems[] = {"byline", "author", NULL};
    static const char *const date[] = {"date",   "time",     "timestamp", "published",
                                       "pubdate", "dateline", "datetime", "posted", "updated",
                                       NULL};
    static const char *const bio[] = {"bio", "biography", "about", NULL};
    if (word_starts(w, nw, caption))
        *soft |= F_CAPTION;
    if (word_starts(w, nw, credit))
        *soft |= F_CREDIT;
    if (word_is(w, nw, byline) || word_starts(w, nw, byline_stems))
        *soft |= F_BYLINE;
    if (word_is(w, nw, date))
        *soft |= F_DATE;
    if (word_is(w, nw, bio))
        *soft |= F_BIO;
    /* "site-header" holds navigation (boilerplate by its links), but
     * "single-header" the headline and byline: neither is boilerplate */
    static const char *const header[] = {"header", NULL};
    if (word_is(w, nw, header))
        f |= F_HEADER;
    return f;
}

/* ------------------------------------------------------------------ */
/* laying the page out in blocks                                       */

static elem *E(page *pg, int i)
{
    return &pg->el.v[i];
}

static int index_of(const xmlNode *x)
{
    return x && x->_private ? (int)(intptr_t)x->_private - 1 : -1;
}

static void flush(page *pg)
{
    if (pg->open) {
        /* trim the trailing space and newline */
        while (pg->txt.len > pg->start &&
               (pg->txt.ptr[pg->txt.len - 1] == ' ' || pg->txt.ptr[pg->txt.len - 1] == '\n'))
            kiji_buf_truncate(&pg->txt, pg->txt.len - 1);
        if (pg->txt.len > pg->start) {
            tblock b = {0};
            b.start = pg->start;
            b.end = (uint32_t)pg->txt.len;
            b.owner = pg->owner;
            b.link = pg->link > b.end - b.start ? b.end - b.start : pg->link;
            b.nlinks = pg->nlinks;
            b.inl_all = pg->any_inl ? pg->inl_all : 0;
            KIJI_VEC_PUSH(pg->bl, b);
        }
    }
    pg->open = false;
    pg->space = false;
    pg->brs = 0;
}

static void put_text(page *pg, const char *s, size_t n, uint32_t inl)
{
    /* white space alone opens no block */
    size_t k = 0;
    while (k < n && (s[k] == ' ' || s[k] == '\t' || s[k] == '\n' || s[k] == '\r' || s[k] == '\f'))
        k++;
    if (k == n) {
        if (pg->open)
            pg->space = true;
        return;
    }
    if (!pg->open) {
        pg->open = true;
        pg->start = (uint32_t)pg->txt.len;
        pg->link = pg->nlinks = 0;
        pg->inl_all = inl;
        pg->any_inl = true;
        pg->space = false;
    } else {
        pg->inl_all &= inl;
    }
    pg->brs = 0;
    size_t before = pg->txt.len;
    /* fold white space; the block starts without a space */
    if (pg->txt.len == pg->start)
        pg->space = false;
    else if (pg->txt.ptr[pg->txt.len - 1] == '\n')
        pg->space = false;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
            pg->space = true;
            continue;
        }
        if (pg->space && pg->txt.len > pg->start && pg->txt.ptr[pg->txt.len - 1] != ' ' &&
            pg->txt.ptr[pg->txt.len - 1] != '\n')
            kiji_buf_putc(&pg->txt, ' ');
        pg->space = false;
        kiji_buf_putc(&pg->txt, c);
    }
    if (inl & F_LINK) {
        pg->link += (uint32_t)(pg->txt.len - before);
        pg->nlinks += pg->new_link;
    }
    pg->new_link = false;
}

static void on_br(page *pg)
{
    if (!pg->open)
        return;
    /* two line breaks in a row end a paragraph (pages that have no <p>) */
    if (++pg->brs >= 2) {
        flush(pg);
        return;
    }
    while (pg->txt.len > pg->start && pg->txt.ptr[pg->txt.len - 1] == ' ')
        kiji_buf_truncate(&pg->txt, pg->txt.len - 1);
    kiji_buf_putc(&pg->txt, '\n');
    pg->space = false;
}

/* A figcaption's child that is a part of its own (caption text, credit),
 * not emphasis inside the caption's sentence. */
static bool caption_part(const xmlNode *x)
{
    static const char *const parts[] = {"span", "div", "p", "small", "cite", NULL};
    return tag_in((const char *)x->name, parts);
}

/* An image that shows something: <img> or <picture>, not a 1x1 tracking
 * pixel or an icon. */
static bool is_picture(const xmlNode *x)
{
    const char *t = (const char *)x->name;
    if (strcmp(t, "img") && strcmp(t, "picture"))
        return false;
    const char *w = kiji_markup_attr(x, "width"), *h = kiji_markup_attr(x, "height");
    return !(w && atoi(w) > 0 && atoi(w) < 50) && !(h && atoi(h) > 0 && atoi(h) < 50);
}

/* Walk the body once: register every element, cut the text into blocks. */
static void layout_page(page *pg, const xmlNode *top)
{
    const xmlNode *x = top;
    pg->owner = -1;
    bool descend;
    for (;;) {
        descend = false;
        if (x->type == XML_ELEMENT_NODE) {
            int parent = x->parent ? index_of(x->parent) : -1;
            elem e = {x, parent, 0, 0, 0, 0, 0, 0, 0, false, false};
            e.own = classify(x, &e.soft);
            /* a figcaption's parts are blocks of their own: caption, credit */
            if (parent >= 0 && (E(pg, parent)->own & F_CAPTION) && !(e.own & F_BLOCK) &&
                caption_part(x))
                e.own |= F_BLOCK;
            if (e.own & F_BLOCK)
                e.inl = 0;
            else
                e.inl = (parent >= 0 ? E(pg, parent)->inl : 0) | e.own | e.soft;
            KIJI_VEC_PUSH(pg->el, e);
            ((xmlNode *)x)->_private = (void *)(intptr_t)pg->el.n;
            if (parent >= 0 && is_picture(x))
                E(pg, parent)->img = true;
            if (!strcmp((const char *)x->name, "br")) {
                on_br(pg);
            } else if (!(e.own & F_SKIP)) {
                if (e.own & F_BLOCK) {
                    flush(pg);
                    pg->owner = (int)pg->el.n - 1;
                }
                if (e.own & F_LINK)
                    pg->new_link = true;
                descend = x->children != NULL;
            }
            if (!descend && (e.own & F_BLOCK) && !(e.own & F_SKIP)) {
                /* an empty block: the owner goes back to the nearest block
                 * ancestor */
                flush(pg);
                int o = parent;
                while (o >= 0 && !(E(pg, o)->own & F_BLOCK))
                    o = E(pg, o)->parent;
                pg->owner = o;
            }
        } else if ((x->type == XML_TEXT_NODE || x->type == XML_CDATA_SECTION_NODE) &&
                   x->content) {
            int p = x->parent ? index_of(x->parent) : -1;
            put_text(pg, (const char *)x->content, strlen((const char *)x->content),
                     p >= 0 ? E(pg, p)->inl : 0);
        }
        if (descend) {
            x = x->children;
            continue;
        }
        /* leave x and every ancestor that has no next sibling */
        while (x != top && !x->next) {
            x = x->parent;
            int i = index_of(x);
            if (i >= 0 && (E(pg, i)->own & F_BLOCK)) {
                flush(pg);
                int o = E(pg, i)->parent;
                while (o >= 0 && !(E(pg, o)->own & F_BLOCK))
                    o = E(pg, o)->parent;
                pg->owner = o;
            }
        }
        if (x == top)
            break;
        x = x->next;
    }
    flush(pg);
}

/* ------------------------------------------------------------------ */
/* which blocks are prose, which element holds the article             */

static size_t nchars(const char *s, size_t n)
{
    size_t c = 0;
    for (size_t i = 0; i < n; i++)
        c += ((unsigned char)s[i] & 0xC0) != 0x80;
    return c;
}

/* Ends like a sentence or a quotation, or holds one that does. */
static bool sentence_like(const char *s, size_t n)
{
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\n'))
        n--;
    if (!n)
        return false;
    size_t st;
    int32_t cp = kiji_utf8_prev(s, n, &st);
    if (cp == '.' || cp == '!' || cp == '?' || cp == ':' || cp == ';' || cp == '"' ||
        cp == 0x201D || cp == 0x2019 || cp == ')' || cp == 0x2026 || cp == 0x3002)
        return true;
    for (size_t i = 0; i + 2 < n; i++)
        if ((s[i] == '.' || s[i] == '?' || s[i] == '!') && s[i + 1] == ' ' &&
            isupper((unsigned char)s[i + 2]))
            return true;
    return false;
}

static size_t count_words(const char *s, size_t n)
{
    size_t w = 0;
    bool in = false;
    for (size_t i = 0; i < n; i++) {
        bool sp = s[i] == ' ';
        if (!sp && !in)
            w++;
        in = !sp;
    }
    return w;
}

/* "By Jane Doe", "By JANE DOE and JOHN ROE | Nov. 20": a byline, not a
 * sentence. */
static bool looks_byline(const char *s, size_t n)
{
    if (n < 5 || n > 200 || strncasecmp(s, "by ", 3))
        return false;
    size_t i = 3;
    while (i < n && s[i] == ' ')
        i++;
    return i < n && (isupper((unsigned char)s[i]) || ((unsigned char)s[i] & 0x80)) &&
           count_words(s, n) <= 24;
}

static int heading_level(page *pg, int o, int stop)
{
    for (; o >= 0 && o != stop; o = E(pg, o)->parent) {
        const char *t = (const char *)E(pg, o)->node->name;
        if (t[0] == 'h' && t[1] >= '1' && t[1] <= '6' && !t[2])
            return t[1] - '0';
    }
    return 0;
}

/* A caption, byline or date box: a few blocks, a few lines of text. */
static bool small_box(const elem *e)
{
    return e->chars <= 600 && e->nblocks <= 3;
}

static const uint32_t INHERIT = F_BOILER | F_CAPTION | F_CREDIT | F_FIGURE | F_QUOTE |
                                F_BYLINE | F_DATE | F_HEADING | F_HEADER | F_ARTICLE | F_BIO;

/* The flags of a block: its owner chain's up to (not including) element
 * `stop` (-1: the whole chain), wrappers not counted as boilerplate, and
 * those every inline piece of it carried. */
static uint32_t chain_flags(page *pg, const tblock *b, int stop)
{
    uint32_t f = b->inl_all & (INHERIT | F_LINK);
    for (int o = b->owner; o >= 0 && o != stop; o = E(pg, o)->parent) {
        uint32_t own = E(pg, o)->own & INHERIT;
        if (small_box(E(pg, o)))
            own |= E(pg, o)->soft;
        if (E(pg, o)->wrapper)
            own &= ~F_BOILER;
        f |= own;
    }
    return f;
}

/* Lower-case letters and digits of s, at most max bytes of output. */
static void alnum_lower(kiji_buf *out, const char *s, size_t n, size_t max)
{
    size_t start = out->len;
    for (size_t i = 0; i < n && out->len - start < max; i++) {
        unsigned char c = (unsigned char)s[i];
        if (isalnum(c))
            kiji_buf_putc(out, tolower(c));
        else if (c >= 0x80 && (c & 0xC0) != 0x80) {
            /* keep letters of other scripts whole */
            size_t l;
            int32_t cp = kiji_utf8_decode(s + i, n - i, &l);
            if (cp > 0 && (kiji_cp_is_letter(cp) || kiji_cp_is_digit(cp)))
                kiji_buf_put(out, s + i, l);
            i += l - 1;
        }
    }
}

static void score_blocks(page *pg)
{
    const char *t = pg->txt.ptr;
    double prose_total = 0;
    size_t ld_work = 0;
    for (size_t i = 0; i < pg->bl.n; i++) {
        const tblock *b = &pg->bl.v[i];
        double L = (double)nchars(t + b->start, b->end - b->start);
        for (int o = b->owner; o >= 0; o = E(pg, o)->parent) {
            E(pg, o)->chars += L;
            E(pg, o)->nblocks++;
        }
    }
    kiji_buf key = KIJI_BUF_INIT;
    for (size_t i = 0; i < pg->bl.n; i++) {
        tblock *b = &pg->bl.v[i];
        b->flags = chain_flags(pg, b, -1);
        size_t L = nchars(t + b->start, b->end - b->start);
        size_t K = b->link;
        b->prose = L >= 40 && K * 10 < L * 4 &&
                   !(b->flags & (F_CAPTION | F_FIGURE | F_CREDIT | F_BIO)) &&
                   (sentence_like(t + b->start, b->end - b->start) || L >= 160) &&
                   !looks_byline(t + b->start, b->end - b->start);
        if (b->prose)
            prose_total += (double)L;
        /* JSON-LD articleBody says which paragraphs are the article's */
        if (b->prose && pg->ldnorm.len && ld_work < 50u * 1000 * 1000) {
            kiji_buf_clear(&key);
            alnum_lower(&key, t + b->start, b->end - b->start, 80);
            ld_work += pg->ldnorm.len;
            b->in_ld = key.len >= 20 && strstr(pg->ldnorm.ptr, key.ptr) != NULL;
        }
    }
    kiji_buf_free(&key);
    /* a boilerplate-looking element that holds the page's h1 or nearly all
     * of its prose is the page's wrapper ("has-comments",
     * "page-with-sidebar"), not boilerplate; a comment section long enough
     * to outweigh a short article still holds no headline */
    double *boil = kiji_xcalloc(pg->el.n ? pg->el.n : 1, sizeof *boil);
    bool *h1 = kiji_xcalloc(pg->el.n ? pg->el.n : 1, sizeof *h1);
    for (size_t i = 0; i < pg->bl.n; i++) {
        tblock *b = &pg->bl.v[i];
        bool head = heading_level(pg, b->owner, -1) == 1;
        if (!b->prose && !head)
            continue;
        double L = (double)nchars(t + b->start, b->end - b->start);
        for (int o = b->owner; o >= 0; o = E(pg, o)->parent)
            if (E(pg, o)->own & F_BOILER) {
                boil[o] += b->prose ? L : 0;
                h1[o] |= head;
            }
    }
    for (size_t o = 0; o < pg->el.n; o++)
        if ((pg->el.v[o].own & F_BOILER) && (h1[o] || boil[o] > prose_total * 0.8))
            pg->el.v[o].wrapper = true;
    free(boil);
    free(h1);
    for (size_t i = 0; i < pg->bl.n; i++) {
        tblock *b = &pg->bl.v[i];
        b->flags = chain_flags(pg, b, -1);
        double L = (double)nchars(t + b->start, b->end - b->start), K = b->link;
        double good = 0, bad = 0;
        if (b->flags & F_BOILER) {
            bad = L;
            b->prose = false;
        } else if (b->prose) {
            good = (L - K) * (b->in_ld ? 2 : 1);
            bad = K;
        } else if (b->flags & (F_CAPTION | F_FIGURE | F_BYLINE | F_DATE | F_HEADING)) {
            bad = K;
        } else {
            bad = K + (L - K) * 0.25;
        }
        for (int o = b->owner; o >= 0; o = E(pg, o)->parent) {
            E(pg, o)->good += good;
            E(pg, o)->bad += bad;
        }
    }
}

/* The element that holds the article: most prose for least boilerplate. */
static int choose_root(page *pg)
{
    int best = -1;
    double best_score = 0;
    for (size_t o = 0; o < pg->el.n; o++) {
        const elem *e = &pg->el.v[o];
        if (!(e->own & F_BLOCK) || (e->own & F_SKIP) || e->good <= 0)
            continue;
        double s = e->good - e->bad;
        /* the page's own word for its article (<article>, articleBody)
         * outweighs a little boilerplate: a tenth of its prose */
        if (e->own & F_ARTICLE)
            s += e->good * 0.1;
        if (best < 0 || s > best_score) {
            best = (int)o;
            best_score = s;
        }
    }
    return best;
}

static bool inside(page *pg, int o, int root)
{
    for (; o >= 0; o = E(pg, o)->parent)
        if (o == root)
            return true;
    return false;
}

/* ------------------------------------------------------------------ */
/* metadata                                                            */

/* A metadata string made presentable: entities decoded (JSON-LD carries
 * them), white space folded, trimmed; NULL when empty. */
static const char *clean_str(page *pg, const char *s)
{
    if (!s)
        return NULL;
    kiji_buf a = KIJI_BUF_INIT, b = KIJI_BUF_INIT;
    size_t n = strlen(s);
    if (n > 4096)
        n = 4096;
    kiji_markup_unescape(&a, s, n);
    bool space = false;
    kiji_markup_fold(&b, a.ptr, a.len, &space);
    while (b.len && b.ptr[b.len - 1] == ' ')
        kiji_buf_truncate(&b, b.len - 1);
    const char *r = b.len && kiji_utf8_valid(b.ptr, b.len)
                        ? kiji_arena_strndup(&pg->d->arena, b.ptr, b.len)
                        : NULL;
    kiji_buf_free(&a);
    kiji_buf_free(&b);
    return r;
}

static bool is_url(const char *s)
{
    return s && (!strncasecmp(s, "http://", 7) || !strncasecmp(s, "https://", 8) ||
                 !strncmp(s, "//", 2) || !strncasecmp(s, "www.", 4));
}

/* A person's name from an author field: "By Jane Doe" -> "Jane Doe";
 * URLs, handles and empty strings are no names. */
static void add_author(page *pg, strvec *v, const char *s)
{
    const char *c = clean_str(pg, s);
    if (!c || is_url(c) || c[0] == '@')
        return;
    if (!strncasecmp(c, "by ", 3))
        c += 3;
    while (*c == ' ')
        c++;
    size_t n = strlen(c);
    if (n < 3 || n > 80)
        return;
    /* "A and B", "A, B": several people in one field */
    const char *p = c;
    while (*p) {
        const char *e = p;
        while (*e && *e != ',' && strncmp(e, " and ", 5) && strncmp(e, " & ", 3))
            e++;
        size_t k = (size_t)(e - p);
        while (k && p[k - 1] == ' ')
            k--;
        if (k >= 3) {
            const char *name = kiji_arena_strndup(&pg->d->arena, p, k);
            bool dup = false;
            for (size_t i = 0; i < v->n; i++)
                dup |= !strcasecmp(v->v[i], name);
            if (!dup && v->n < 16)
                KIJI_VEC_PUSH(*v, name);
        }
        if (!*e)
            break;
        p = e + (*e == ',' ? 1 : e[1] == '&' ? 3 : 5);
        while (*p == ' ')
            p++;
    }
}

static bool type_is_article(const kiji_jv *t)
{
    static const char *const kinds[] = {"BlogPosting", "Report", "LiveBlogPosting",
                                        "SocialMediaPosting", "WebPage", NULL};
    if (!t)
        return false;
    const kiji_jv *one = t->type == KIJI_JV_ARR ? t->child : t;
    for (; one; one = t->type == KIJI_JV_ARR ? one->next : NULL) {
        if (one->type != KIJI_JV_STR)
            continue;
        if (strstr(one->str, "Article"))
            return true;
        for (int i = 0; kinds[i]; i++)
            if (!strcmp(one->str, kinds[i]) && i < 4)
                return true;
    }
    return false;
}

static void ld_authors(page *pg, const kiji_jv *a)
{
    if (!a)
        return;
    if (a->type == KIJI_JV_STR) {
        add_author(pg, &pg->ld_authors, a->str);
    } else if (a->type == KIJI_JV_OBJ) {
        const kiji_jv *t = kiji_jv_get(a, "@type");
        if (t && !kiji_jv_is(t, "Person"))
            return; /* an organisation is no author */
        add_author(pg, &pg->ld_authors, kiji_jv_get_str(a, "name"));
    } else if (a->type == KIJI_JV_ARR) {
        for (const kiji_jv *e = a->child; e; e = e->next)
            ld_authors(pg, e);
    }
}

/* Visit JSON-LD objects (arrays, @graph, mainEntity) for the article. */
static void ld_visit(page *pg, const kiji_jv *v, int depth)
{
    if (!v || depth > 8)
        return;
    if (v->type == KIJI_JV_ARR) {
        for (const kiji_jv *e = v->child; e; e = e->next)
            ld_visit(pg, e, depth + 1);
        return;
    }
    if (v->type != KIJI_JV_OBJ)
        return;
    if (type_is_article(kiji_jv_get(v, "@type")) && !pg->ld_headline) {
        pg->ld_headline = clean_str(pg, kiji_jv_get_str(v, "headline"));
        if (!pg->ld_headline)
            pg->ld_headline = clean_str(pg, kiji_jv_get_str(v, "name"));
        const char *dt = kiji_jv_get_str(v, "datePublished");
        if (!dt)
            dt = kiji_jv_get_str(v, "dateCreated");
        pg->ld_date = clean_str(pg, dt);
        ld_authors(pg, kiji_jv_get(v, "author"));
        if (!pg->ld_authors.n)
            ld_authors(pg, kiji_jv_get(v, "creator"));
        const char *body = kiji_jv_get_str(v, "articleBody");
        if (body && !pg->ld_body)
            pg->ld_body = body;
        pg->ld_url = kiji_jv_get_str(v, "url");
        const kiji_jv *me = kiji_jv_get(v, "mainEntityOfPage");
        if (!pg->ld_url && me)
            pg->ld_url = me->type == KIJI_JV_STR ? me->str : kiji_jv_get_str(me, "@id");
        const kiji_jv *pub = kiji_jv_get(v, "publisher");
        if (pub)
            pg->ld_site = clean_str(pg, pub->type == KIJI_JV_STR ? pub->str
                                                                   : kiji_jv_get_str(pub, "name"));
        pg->ld_lang = kiji_jv_get_str(v, "inLanguage");
    }
    ld_visit(pg, kiji_jv_get(v, "@graph"), depth + 1);
    ld_visit(pg, kiji_jv_get(v, "mainEntity"), depth + 1);
}

static void meta_tag(page *pg, const xmlNode *x)
{
    const char *content = kiji_markup_attr(x, "content");
    if (!content || !*content)
        return;
    const char *key = kiji_markup_attr(x, "property");
    if (!key)
        key = kiji_markup_attr(x, "name");
    if (!key) {
        key = kiji_markup_attr(x, "itemprop");
        /* a microdata date or author belongs to its item: see
         * item_date_of() */
        if (key && (has_ci(key, "datePublished") || has_ci(key, "author")))
            return;
    }
    if (!key) {
        const char *he = kiji_markup_attr(x, "http-equiv");
        if (he && !strcasecmp(he, "content-language") && !pg->og_locale)
            pg->og_locale = clean_str(pg, content);
        return;
    }
    static const char *const dates[] = {
        "article:published_time", "og:published_time", "article:published", "datepublished",
        "pubdate", "publishdate", "publish-date", "publish_date", "date", "dc.date",
        "dc.date.issued", "dcterms.created", "dcterms.date", "dcterms.issued", "sailthru.date",
        "parsely-pub-date", "article.published", "original-publish-date", "cxenseparse:recs:publishtime",
        NULL};
    static const char *const authors[] = {"author", "article:author", "byl", "dc.creator",
                                          "sailthru.author", "parsely-author", "dcterms.creator",
                                          NULL};
    if (!strcasecmp(key, "og:title") && !pg->og_title)
        pg->og_title = clean_str(pg, content);
    else if (!strcasecmp(key, "twitter:title") && !pg->tw_title)
        pg->tw_title = clean_str(pg, content);
    else if (!strcasecmp(key, "og:site_name") && !pg->og_site)
        pg->og_site = clean_str(pg, content);
    else if (!strcasecmp(key, "application-name") && !pg->app_name)
        pg->app_name = clean_str(pg, content);
    else if (!strcasecmp(key, "og:url") && !pg->og_url)
        pg->og_url = clean_str(pg, content);
    else if (!strcasecmp(key, "og:locale") && !pg->og_locale)
        pg->og_locale = clean_str(pg, content);
    else if (tag_in_ci(key, dates) && !pg->meta_date)
        pg->meta_date = clean_str(pg, content);
    else if (tag_in_ci(key, authors))
        add_author(pg, &pg->meta_authors, content);
}

/* The microdata item a property belongs to: the nearest element at or
 * above x with itemscope (NULL if none); *depth gets the number of items
 * around that one.  The walk up is bounded: a page nested 10k deep with a
 * date at every level stays linear. */
static const xmlNode *item_of(const xmlNode *x, int *depth)
{
    const xmlNode *item = NULL;
    *depth = 0;
    int steps = 0;
    /* from the parent: an element that is both itemprop and itemscope is a
     * nested item, the value of its parent item's property */
    for (const xmlNode *p = x->parent; p && steps < 256; p = p->parent, steps++) {
        if (p->type != XML_ELEMENT_NODE || !kiji_markup_attr(p, "itemscope"))
            continue;
        if (!item)
            item = p;
        else
            (*depth)++;
    }
    return item;
}

/* The page's microdata date (returned) and authors (added to the meta
 * authors): those of the item holding the article body, else of the
 * outermost item (the first of them). */
static const char *item_date_of(page *pg)
{
    const xmlNode *main = pg->body_item;
    if (!main) {
        const item_date_t *best = NULL;
        for (size_t i = 0; i < pg->item_dates.n; i++)
            if (!best || pg->item_dates.v[i].depth < best->depth)
                best = &pg->item_dates.v[i];
        main = best ? best->item : NULL;
    }
    const char *date = NULL;
    for (size_t i = 0; i < pg->item_dates.n; i++) {
        const item_date_t *c = &pg->item_dates.v[i];
        if (c->item != main)
            continue;
        if (c->author)
            add_author(pg, &pg->meta_authors, c->value);
        else if (!date)
            date = c->value;
    }
    /* the body's item without a date of its own: the outermost one's */
    for (size_t i = 0; i < pg->item_dates.n && !date; i++)
        if (!pg->item_dates.v[i].author && pg->item_dates.v[i].depth == 0)
            date = pg->item_dates.v[i].value;
    return date;
}

/* Walk the whole document for <html lang>, <title>, <meta>, <link
 * rel=canonical> and JSON-LD scripts. */
static void collect_meta(page *pg, const xmlNode *top)
{
    kiji_buf tmp = KIJI_BUF_INIT;
    for (const xmlNode *x = top; x;) {
        bool descend = true;
        if (x->type == XML_ELEMENT_NODE && x->name) {
            const char *t = (const char *)x->name;
            if (!strcmp(t, "html") && !pg->html_lang) {
                pg->html_lang = clean_str(pg, kiji_markup_attr(x, "lang"));
                if (!pg->html_lang)
                    pg->html_lang = clean_str(pg, kiji_markup_attr(x, "xml:lang"));
            } else if (!strcmp(t, "title") && !pg->title_tag) {
                kiji_buf_clear(&tmp);
                kiji_markup_text(x, &tmp, 1000);
                pg->title_tag = clean_str(pg, tmp.ptr);
                descend = false;
            } else if (!strcmp(t, "meta")) {
                meta_tag(pg, x);
            } else if (!strcmp(t, "link")) {
                const char *rel = kiji_markup_attr(x, "rel");
                if (rel && !strcasecmp(rel, "canonical") && !pg->canonical)
                    pg->canonical = clean_str(pg, kiji_markup_attr(x, "href"));
            } else if (!strcmp(t, "script")) {
                const char *ty = kiji_markup_attr(x, "type");
                descend = false;
                if (ty && has_ci(ty, "ld+json")) {
                    kiji_buf_clear(&tmp);
                    for (const xmlNode *c = x->children; c; c = c->next)
                        if (c->content)
                            kiji_buf_puts(&tmp, (const char *)c->content);
                    kiji_jv *v = kiji_jv_parse(&pg->d->arena, tmp.ptr, tmp.len, NULL);
                    ld_visit(pg, v, 0);
                }
            } else if (!strcmp(t, "style") || !strcmp(t, "noscript") || !strcmp(t, "template")) {
                descend = false;
            }
            /* microdata: itemprop=datePublished on a <meta>, <time> or
             * <span>, and the item holding the article's body */
            const char *ip = kiji_markup_attr(x, "itemprop");
            if (ip && has_ci(ip, "datePublished")) {
                const char *v = kiji_markup_attr(x, "datetime");
                if (!v)
                    v = kiji_markup_attr(x, "content");
                if (!v && strcmp(t, "meta")) { /* <span itemprop=...>May 8, 2024</span> */
                    kiji_buf_clear(&tmp);
                    kiji_markup_text(x, &tmp, 100);
                    v = tmp.ptr;
                }
                item_date_t c = {clean_str(pg, v), NULL, 0, false};
                if (c.value) {
                    c.item = item_of(x, &c.depth);
                    KIJI_VEC_PUSH(pg->item_dates, c);
                }
            } else if (ip && has_ci(ip, "author") && !strcmp(t, "meta")) {
                item_date_t c = {kiji_markup_attr(x, "content"), NULL, 0, true};
                if (c.value && *c.value) {
                    c.item = item_of(x, &c.depth);
                    KIJI_VEC_PUSH(pg->item_dates, c);
                }
            } else if (ip && has_ci(ip, "articleBody") && !pg->body_item) {
                int depth;
                pg->body_item = item_of(x, &depth);
            }
        }
        x = kiji_markup_next(x, top, descend);
    }
    kiji_buf_free(&tmp);
    pg->item_date = item_date_of(pg);
    if (pg->ld_body) {
        kiji_buf un = KIJI_BUF_INIT;
        size_t n = strlen(pg->ld_body);
        kiji_markup_unescape(&un, pg->ld_body, n < (1u << 20) ? n : (1u << 20));
        alnum_lower(&pg->ldnorm, un.ptr, un.len, 1u << 20);
        kiji_buf_free(&un);
    }
}

/* ------------------------------------------------------------------ */
/* dates and titles                                                    */

static bool plausible(kiji_date dt)
{
    /* 0001-01-01 is a template's placeholder, 9999 a bug */
    return kiji_date_valid(dt) && dt.y >= 1800 && dt.y <= 2200;
}

/* A date in s: an ISO timestamp at its start, else a written date
 * ("Published 10:02 AM EST Nov 19, 2019", "on Monday, November 18th, 2019
 * at 11:08 a.m.", "18 NOV 2019") at any word of it. */
static bool date_in(const char *s, kiji_date *out)
{
    if (!s)
        return false;
    size_t n = strlen(s);
    if (n > 300)
        n = 300;
    size_t i = 0;
    while (i < n && s[i] == ' ')
        i++;
    kiji_datetime t;
    if (kiji_parse_iso_datetime(s + i, n - i, &t) && plausible(t.date)) {
        *out = t.date;
        return true;
    }
    for (; i < n; i++) {
        if (i && isalnum((unsigned char)s[i - 1]))
            continue;
        if (!isalnum((unsigned char)s[i]))
            continue;
        kiji_date dt;
        if (kiji_parse_date(s + i, n - i, &dt) && plausible(dt)) {
            *out = dt;
            return true;
        }
    }
    return false;
}

/* The date in a URL's path: /2019/11/18/, /2019/nov/18/, /2019-11-18/,
 * /20191118/. */
static bool url_date(const char *url, kiji_date *out)
{
    if (!url)
        return false;
    const char *p = strstr(url, "://");
    p = p ? strchr(p + 3, '/') : url;
    for (; p && *p; p++) {
        if (*p != '/' && *p != '-' && *p != '_')
            continue;
        const char *s = p + 1;
        if (!isdigit((unsigned char)s[0]) || !isdigit((unsigned char)s[1]) ||
            !isdigit((unsigned char)s[2]) || !isdigit((unsigned char)s[3]))
            continue;
        kiji_date dt = {atoi(s), 0, 0};
        const char *q = s + 4;
        if (*q == '/' || *q == '-' || *q == '_') {
            q++;
            if (isdigit((unsigned char)q[0]) && isdigit((unsigned char)q[1])) {
                dt.m = (q[0] - '0') * 10 + (q[1] - '0');
                q += 2;
            } else {
                size_t l;
                dt.m = kiji_month_word(q, strlen(q) < 12 ? strlen(q) : 12, &l);
                q += dt.m ? l : 0;
            }
            if (dt.m && (*q == '/' || *q == '-' || *q == '_') && isdigit((unsigned char)q[1]) &&
                isdigit((unsigned char)q[2]) && !isdigit((unsigned char)q[3])) {
                dt.d = (q[1] - '0') * 10 + (q[2] - '0');
            }
        } else if (isdigit((unsigned char)q[0]) && isdigit((unsigned char)q[3]) &&
                   !isdigit((unsigned char)q[4])) {
            dt.m = (q[0] - '0') * 10 + (q[1] - '0');
            dt.d = (q[2] - '0') * 10 + (q[3] - '0');
        }
        if (dt.d && plausible(dt) && dt.y >= 1990) {
            *out = dt;
            return true;
        }
    }
    return false;
}

/* Words of s, lower case, one space between, into out. */
static size_t title_words(kiji_buf *out, const char *s)
{
    size_t n = 0;
    kiji_buf_clear(out);
    for (size_t i = 0; s && s[i];) {
        while (s[i] && !isalnum((unsigned char)s[i]) && !((unsigned char)s[i] & 0x80))
            i++;
        if (!s[i])
            break;
        if (n)
            kiji_buf_putc(out, ' ');
        while (s[i] && (isalnum((unsigned char)s[i]) || ((unsigned char)s[i] & 0x80) ||
                        s[i] == '\'')) {
            if (s[i] != '\'')
                kiji_buf_putc(out, tolower((unsigned char)s[i]));
            i++;
        }
        n++;
    }
    return n;
}

/* How alike two titles are: shared words over the longer's words. */
static double title_sim(const char *a, const char *b)
{
    kiji_buf A = KIJI_BUF_INIT, B = KIJI_BUF_INIT, w = KIJI_BUF_INIT;
    size_t na = title_words(&A, a), nb = title_words(&B, b), common = 0;
    /* " b1 b2 ... " so that " word " finds whole words */
    kiji_buf_clear(&w);
    kiji_buf_putc(&w, ' ');
    kiji_buf_put(&w, B.ptr, B.len);
    kiji_buf_putc(&w, ' ');
    kiji_buf key = KIJI_BUF_INIT;
    for (size_t i = 0; i < A.len;) {
        size_t j = i;
        while (j < A.len && A.ptr[j] != ' ')
            j++;
        kiji_buf_clear(&key);
        kiji_buf_putc(&key, ' ');
        kiji_buf_put(&key, A.ptr + i, j - i);
        kiji_buf_putc(&key, ' ');
        common += strstr(w.ptr, key.ptr) != NULL;
        i = j + 1;
    }
    kiji_buf_free(&key);
    kiji_buf_free(&w);
    kiji_buf_free(&A);
    kiji_buf_free(&B);
    size_t m = na > nb ? na : nb;
    return m ? (double)common / (double)m : 0;
}

static bool same_ci_words(const char *a, const char *b)
{
    kiji_buf A = KIJI_BUF_INIT, B = KIJI_BUF_INIT;
    title_words(&A, a);
    title_words(&B, b);
    bool r = A.len && !strcmp(A.ptr, B.ptr);
    kiji_buf_free(&A);
    kiji_buf_free(&B);
    return r;
}

/* A title without the site's name around it: "Headline | Site",
 * "Headline - BBC News", "Site: Headline".  A side part goes when it names
 * the site, or (for <title>, `loose`) when it is a short tail. */
static const char *strip_site(page *pg, const char *t, const char *site, bool loose)
{
    static const char *const seps[] = {" | ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ",
                                       " :: ", " \xC2\xB7 ", " \xC2\xAB ", " \xC2\xBB ",
                                       " / ", NULL};
    if (!t)
        return NULL;
    size_t n = strlen(t);
    for (int round = 0; round < 4; round++) {
        const char *cut = NULL;
        size_t seplen = 0;
        for (int k = 0; seps[k]; k++) {
            size_t sl = strlen(seps[k]);
            for (size_t i = 0; i + sl <= n; i++)
                if (!memcmp(t + i, seps[k], sl) && (!cut || t + i > cut)) {
                    cut = t + i;
                    seplen = sl;
                }
        }
        if (!cut)
            break;
        const char *tail = cut + seplen;
        size_t tl = n - (size_t)(tail - t), hl = (size_t)(cut - t);
        char tailz[256];
        snprintf(tailz, sizeof tailz, "%.*s", (int)(tl < 255 ? tl : 255), tail);
        bool names_site = site && (same_ci_words(tailz, site) || title_sim(tailz, site) >= 0.5);
        bool short_tail = count_words(tail, tl) <= 5 && count_words(t, hl) >= 3;
        if (!(names_site || (loose && short_tail)) || hl == 0)
            break;
        n = hl;
    }
    /* "Site: Headline" */
    if (site) {
        size_t sl = strlen(site);
        if (n > sl + 2 && !strncasecmp(t, site, sl) && t[sl] == ':' && t[sl + 1] == ' ')
            t += sl + 2, n -= sl + 2;
    }
    return kiji_arena_strndup(&pg->d->arena, t, n);
}

/* ------------------------------------------------------------------ */
/* putting the document together                                       */

/* The lowest common ancestor of two elements (or -1). */
static int common_ancestor(page *pg, int a, int b)
{
    for (int x = a; x >= 0; x = E(pg, x)->parent)
        if (inside(pg, b, x))
            return x;
    return -1;
}

/* A credit after a caption: "J. Scott Applewhite / AP file", "(Credit:
 * iStock)", "Photo: Reuters", "© 2019 Getty Images". */
static bool looks_credit(const char *s, size_t n)
{
    if (!n || n > 120)
        return false;
    char low[128];
    size_t m = n < 127 ? n : 127;
    for (size_t i = 0; i < m; i++)
        low[i] = (char)tolower((unsigned char)s[i]);
    low[m] = 0;
    return memchr(s, '/', n) || strstr(low, "\xc2\xa9") || strstr(low, "photo") ||
           strstr(low, "credit") || strstr(low, "image") || strstr(low, "getty") ||
           strstr(low, "courtesy") || strstr(low, "reuters") || strstr(low, "file") ||
           !sentence_like(s, n);
}

static bool phrase_is_ui(const char *s, size_t n)
{
    static const char *const ui[] = {
        "advertisement", "ad", "ads", "sponsored", "sponsored content", "skip advertisement",
        "continue reading", "continue reading below", "read more", "read more below",
        "share", "share this", "share this article", "share this story", "share on facebook",
        "share on twitter", "tweet", "email", "print", "comments", "comment", "close",
        "loading", "related", "related stories", "related articles", "more", "see more",
        "story continues below", "story continues below advertisement",
        "article continues below advertisement", "scroll to continue with content",
        "view comments", "show comments", "image", "photo", "video", "watch", "listen",
        "play", "enlarge this image", "toggle caption", "hide caption", "click to expand",
        NULL};
    while (n && !isalnum((unsigned char)s[n - 1]))
        n--;
    while (n && !isalnum((unsigned char)s[0]))
        s++, n--;
    if (!n || n > 40)
        return false;
    for (int i = 0; ui[i]; i++)
        if (strlen(ui[i]) == n && !strncasecmp(s, ui[i], n))
            return true;
    return false;
}

/* Text beside a picture in a small box of its own ("<div class=image><img>
 * <span>The mayor on Tuesday. (AP)</span></div>"): a caption even without
 * figcaption.  A paragraph with an image inside it is no such box. */
static bool image_caption(page *pg, const tblock *b)
{
    int o = b->owner;
    for (int up = 0; up < 2 && o >= 0; up++, o = E(pg, o)->parent) {
        const elem *e = E(pg, o);
        if (up == 0 && !strcmp((const char *)e->node->name, "p"))
            continue;
        if (e->img && e->chars <= 250)
            return true;
    }
    return false;
}

/* A short line that asks the reader to do something rather than tells
 * the story: "Sign up for our newsletter", "Follow us on Twitter",
 * "Read more: ...", "Get breaking news alerts". */
static bool prompt_line(const char *s, size_t n, bool linked)
{
    static const char *const starts[] = {
        "sign up", "subscribe to", "subscribe for", "get the best of", "follow us",
        "follow @", "click here", "read more:", "read next", "related:", "related coverage",
        "also read", "see also:", "don't miss", "do not miss", "download the", "download our",
        "get breaking news", "get the latest", "join our", "like us on", "watch:", "listen:",
        "more:", "more from", "recommended:", "trending:", NULL};
    /* these start real sentences too: only with a link to click */
    static const char *const linked_starts[] = {"follow ", "listen to ", "watch ", "read ",
                                                "see ", NULL};
    if (n > 160 || (!linked && n > 100))
        return false;
    for (int i = 0; starts[i]; i++) {
        size_t l = strlen(starts[i]);
        if (n >= l && !strncasecmp(s, starts[i], l))
            return true;
    }
    for (int i = 0; linked_starts[i] && linked; i++) {
        size_t l = strlen(linked_starts[i]);
        if (n >= l && !strncasecmp(s, linked_starts[i], l))
            return true;
    }
    return false;
}

/* "Associated Press writers A and B contributed to this report.",
 * "Reporting by A; Editing by B": who worked on the story, not the story. */
static bool contributors_line(const char *s, size_t n)
{
    static const char *const marks[] = {"contributed to this report", "contributed reporting",
                                        "contributed to this story", "reporting by ",
                                        "editing by ", "additional reporting", NULL};
    if (n > 300)
        return false;
    char low[304];
    for (size_t i = 0; i < n; i++)
        low[i] = (char)tolower((unsigned char)s[i]);
    low[n] = 0;
    for (int k = 0; marks[k]; k++)
        if (strstr(low, marks[k]))
            return true;
    return false;
}

/* "Jane Roe is a reporter for The Paper.": the author's biography, which
 * closes many articles. */
static bool author_bio(const kiji_doc *d, const char *s, size_t n)
{
    static const char *const jobs[] = {"reporter", "writer", "correspondent", "editor",
                                       "journalist", "contributor", "columnist", "freelance",
                                       "producer", "author of", NULL};
    if (n > 300)
        return false;
    for (size_t a = 0; a < d->authors.n; a++) {
        size_t l = strlen(d->authors.v[a]);
        if (n <= l + 4 || strncmp(s, d->authors.v[a], l) || strncmp(s + l, " is ", 4))
            continue;
        char low[320];
        size_t m = n < sizeof low - 1 ? n : sizeof low - 1;
        for (size_t i = 0; i < m; i++)
            low[i] = (char)tolower((unsigned char)s[i]);
        low[m] = 0;
        for (int k = 0; jobs[k]; k++)
            if (strstr(low, jobs[k]))
                return true;
    }
    return false;
}

static void add_block(page *pg, const tblock *b, uint8_t kind, bool quote)
{
    kiji_doc *d = pg->d;
    if (d->input.len)
        kiji_buf_puts(&d->input, "\n\n");
    kiji_block k = {(uint32_t)d->input.len, 0, kind, quote};
    kiji_buf_put(&d->input, pg->txt.ptr + b->start, b->end - b->start);
    k.end = (uint32_t)d->input.len;
    KIJI_VEC_PUSH(d->blocks, k);
}

static const char *pick(const char *a, const char *b)
{
    return a ? a : b;
}

static void set_date(kiji_doc *d, kiji_date dt)
{
    char buf[11];
    kiji_date_format(dt, buf);
    d->published = kiji_arena_strdup(&d->arena, buf);
}

/* A person's name: two to five words, no digits, not the outlet, not a
 * desk ("HNN Staff", "Associated Press"). */
static bool person_like(const char *a, const char *site)
{
    static const char *const desks[] = {"staff", "desk", "team", "editor", "editors", "news",
                                        "wire", "wires", "reports", "report", "press", "agency",
                                        "service", "newsroom", "bureau", "media", NULL};
    size_t n = strlen(a), w = count_words(a, n);
    if (w < 2 || w > 5 || strpbrk(a, "0123456789@/") || (site && same_ci_words(a, site)))
        return false;
    char words[8][24];
    size_t nw = words_of(a, words, 8, 0);
    return !word_is(words, nw, desks);
}

/* The name's words appear in the byline, in any case ("Lisa Mascaro" in
 * "By LISA MASCARO, MARY CLARE JALONICK"). */
static bool name_in(const char *byline, const char *name)
{
    kiji_buf A = KIJI_BUF_INIT, B = KIJI_BUF_INIT;
    title_words(&A, name);
    title_words(&B, byline);
    bool r = A.len && strstr(B.ptr, A.ptr) != NULL;
    kiji_buf_free(&A);
    kiji_buf_free(&B);
    return r;
}

/* The headline in <title>: the part of it that the page shows at the
 * start of a block of text ("Site - Headline" with the headline in big
 * type), else the title less the site's name and short tails. */
static const char *title_from_tag(page *pg, const char *site)
{
    static const char *const seps[] = {" | ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ",
                                       " :: ", " \xC2\xB7 ", NULL};
    const char *t = pg->title_tag;
    if (!t)
        return NULL;
    size_t n = strlen(t);
    kiji_buf seg = KIJI_BUF_INIT, blk = KIJI_BUF_INIT, tmp = KIJI_BUF_INIT;
    const char *found = NULL;
    /* cut at every separator; try each part */
    size_t a = 0, nseg = 0;
    for (size_t i = 0; i <= n && !found; i++) {
        size_t sl = 0;
        for (int k = 0; seps[k] && i < n; k++)
            if (!strncmp(t + i, seps[k], strlen(seps[k])))
                sl = strlen(seps[k]);
        if (i < n && !sl)
            continue;
        if (a == 0 && i == n)
            break; /* no separator at all */
        kiji_buf_clear(&tmp);
        kiji_buf_put(&tmp, t + a, i - a);
        size_t w = title_words(&seg, tmp.ptr);
        /* the headline is near the top: the first blocks will do */
        for (size_t b = 0; b < pg->bl.n && b < 2000 && w >= 3 && nseg < 8 && !found; b++) {
            const tblock *x = &pg->bl.v[b];
            size_t len = x->end - x->start < 600 ? x->end - x->start : 600;
            kiji_buf_clear(&tmp);
            kiji_buf_put(&tmp, pg->txt.ptr + x->start, len);
            title_words(&blk, tmp.ptr);
            if (!strncmp(blk.ptr, seg.ptr, seg.len) &&
                (blk.ptr[seg.len] == ' ' || !blk.ptr[seg.len]))
                found = kiji_arena_strndup(&pg->d->arena, t + a, i - a);
        }
        if (i == n)
            break;
        nseg++;
        a = i + sl;
        i = a - 1;
    }
    kiji_buf_free(&seg);
    kiji_buf_free(&blk);
    kiji_buf_free(&tmp);
    return found ? found : strip_site(pg, t, site, true);
}

/* The people a visible byline names: "By LISA MASCARO, MARY CLARE JALONICK
 * and ERIC TUCKER", "By Matthew Digby , Minh Do on Monday, November 18th";
 * what follows a bar, " on " or a digit is no name; capitals are put in
 * normal case. */
static void byline_names(page *pg, const char *bl, const char *site, strvec *out)
{
    if (!looks_byline(bl, strlen(bl)))
        return;
    const char *s = bl + 3;
    size_t n = strlen(s);
    static const char *const stops[] = {" | ", " - ", " on ", " \xE2\x80\xA2 ", " Updated",
                                        " Published", " Posted", "\n", NULL};
    for (int k = 0; stops[k]; k++) {
        const char *e = strstr(s, stops[k]);
        if (e && (size_t)(e - s) < n)
            n = (size_t)(e - s);
    }
    for (size_t i = 0; i < n; i++)
        if (isdigit((unsigned char)s[i])) {
            n = i;
            break;
        }
    char *cased = kiji_name_case(s, n);
    strvec names = {0};
    add_author(pg, &names, cased);
    free(cased);
    for (size_t i = 0; i < names.n; i++)
        if (person_like(names.v[i], site))
            KIJI_VEC_PUSH(*out, names.v[i]);
    KIJI_VEC_FREE(names);
}

/* Titles from the page's fields, best first; the visible headline is
 * judged against them. */
static void resolve_meta(page *pg, int region, int hl, bool hl_sure, int byline, int dateline)
{
    kiji_doc *d = pg->d;
    const char *site = pg->og_site;
    if (!site || is_url(site) || site[0] == '@' || !strchr(site, ' ') ||
        (pg->ld_site && strlen(pg->ld_site) > strlen(site)))
        site = pick(pg->ld_site, site);
    if (!site)
        site = pg->app_name;
    if (site && (is_url(site) || site[0] == '@'))
        site = NULL; /* a link or a handle is no name: the host will do */
    /* canonical URL */
    const char *url = NULL;
    if (pg->canonical && is_url(pg->canonical))
        url = pg->canonical;
    else if (pg->og_url && is_url(pg->og_url))
        url = pg->og_url;
    else if (pg->ld_url && is_url(pg->ld_url))
        url = clean_str(pg, pg->ld_url);
    if (url && !d->url)
        d->url = url;
    if (!site && url) {
        /* the host, less www. */
        const char *h = strstr(url, "//");
        h = h ? h + 2 : url;
        if (!strncasecmp(h, "www.", 4))
            h += 4;
        size_t l = strcspn(h, "/:?#");
        if (l)
            site = kiji_arena_strndup(&d->arena, h, l);
    }
    if (site && !d->site)
        d->site = site;
    /* title */
    /* title: the headline the page shows, when its own title fields
     * confirm it (a rewritten SEO title in og:title or JSON-LD is the
     * same story's other headline); else the fields in order of trust */
    const char *title = NULL;
    if (hl >= 0 && hl_sure)
        title = kiji_arena_strndup(&d->arena, pg->txt.ptr + pg->bl.v[hl].start,
                                   pg->bl.v[hl].end - pg->bl.v[hl].start);
    if (!title)
        title = pg->ld_headline;
    if (!title)
        title = strip_site(pg, pg->og_title, site, false);
    if (!title)
        title = strip_site(pg, pg->tw_title, site, false);
    if (!title && hl >= 0)
        title = kiji_arena_strndup(&d->arena, pg->txt.ptr + pg->bl.v[hl].start,
                                   pg->bl.v[hl].end - pg->bl.v[hl].start);
    if (!title)
        title = title_from_tag(pg, site);
    if (title && !d->title)
        d->title = title;
    /* authors: JSON-LD, else the meta fields, else the visible byline;
     * when the page shows a byline, only names it shows (a CMS's "author"
     * is often an editor), and all of them if it shows more */
    char bl[512] = "";
    strvec shown = {0};
    if (byline >= 0) {
        snprintf(bl, sizeof bl, "%.*s", (int)(pg->bl.v[byline].end - pg->bl.v[byline].start),
                 pg->txt.ptr + pg->bl.v[byline].start);
        byline_names(pg, bl, site, &shown);
    }
    /* names in author elements of the article ("by <span class=author>") */
    kiji_buf nm = KIJI_BUF_INIT;
    strvec inl = {0};
    for (size_t o = 0; o < pg->el.n && inl.n < 8; o++) {
        const elem *e = &pg->el.v[o];
        uint32_t fl = e->own | (small_box(e) ? e->soft : 0);
        if ((fl & (F_BYLINE | F_BIO | F_SKIP)) != F_BYLINE || !inside(pg, (int)o, region))
            continue;
        kiji_buf_clear(&nm);
        kiji_markup_text(e->node, &nm, 200);
        if (nm.len && nm.len < 120)
            add_author(pg, &inl, nm.ptr);
    }
    kiji_buf_free(&nm);
    for (size_t i = 0; i < inl.n; i++) {
        bool dup = false;
        for (size_t k = 0; k < shown.n; k++)
            dup |= same_ci_words(shown.v[k], inl.v[i]);
        if (!dup && person_like(inl.v[i], site))
            KIJI_VEC_PUSH(shown, inl.v[i]);
    }
    KIJI_VEC_FREE(inl);
    if (!bl[0])
        for (size_t i = 0; i < shown.n; i++)
            snprintf(bl + strlen(bl), sizeof bl - strlen(bl), "%s%s", i ? ", " : "", shown.v[i]);
    for (int round = 0; round < 2 && !d->authors.n; round++) {
        const strvec *src = round ? &pg->meta_authors : &pg->ld_authors;
        size_t people = 0, in_byline = 0;
        for (size_t i = 0; i < src->n; i++)
            if (person_like(src->v[i], site)) {
                people++;
                in_byline += bl[0] && name_in(bl, src->v[i]);
            }
        if (round == 1 && people && in_byline == people && shown.n > people)
            break; /* the byline names them all, and more */
        for (size_t i = 0; i < src->n; i++) {
            const char *a = src->v[i];
            if (person_like(a, site) && (!in_byline || name_in(bl, a)))
                KIJI_VEC_PUSH(d->authors, a);
        }
    }
    if (!d->authors.n)
        for (size_t i = 0; i < shown.n; i++)
            KIJI_VEC_PUSH(d->authors, shown.v[i]);
    KIJI_VEC_FREE(shown);
    /* published: the first plausible of the fields, in order of trust */
    if (!d->published) {
        kiji_date dt;
        const char *cands[] = {pg->ld_date, pg->meta_date, pg->item_date};
        bool found = false;
        for (int i = 0; i < 3 && !found; i++)
            found = date_in(cands[i], &dt);
        /* <time datetime> in the article, then the visible dateline */
        for (size_t o = 0; o < pg->el.n && !found; o++) {
            const elem *e = &pg->el.v[o];
            if (strcmp((const char *)e->node->name, "time") || !inside(pg, (int)o, region))
                continue;
            found = date_in(kiji_markup_attr(e->node, "datetime"), &dt);
        }
        if (!found && dateline >= 0) {
            const tblock *b = &pg->bl.v[dateline];
            char tmp[256];
            snprintf(tmp, sizeof tmp, "%.*s", (int)(b->end - b->start),
                     pg->txt.ptr + b->start);
            found = date_in(tmp, &dt);
        }
        if (!found)
            found = url_date(url, &dt) || url_date(pg->og_url, &dt);
        if (found)
            set_date(d, dt);
    }
    /* language */
    const char *lang = pick(pg->html_lang, pick(pg->og_locale, pg->ld_lang ? clean_str(pg, pg->ld_lang) : NULL));
    if (lang && !d->language) {
        char *l = kiji_arena_strdup(&d->arena, lang);
        for (char *p = l; *p; p++)
            if (*p == '_')
                *p = '-';
        d->language = l;
    }
}

/* JSON-LD articleBody as paragraphs: entities decoded, HTML tags (some
 * pages put markup there) dropped with <p> and <br> as paragraph breaks,
 * paragraphs at line breaks. */
static void ld_paragraphs(const char *body, kiji_buf *out)
{
    kiji_buf un = KIJI_BUF_INIT;
    size_t n = strlen(body);
    kiji_markup_unescape(&un, body, n < (1u << 20) ? n : (1u << 20));
    bool space = false;
    for (size_t i = 0; i < un.len; i++) {
        char c = un.ptr[i];
        if (c == '<' && i + 1 < un.len &&
            (isalpha((unsigned char)un.ptr[i + 1]) || un.ptr[i + 1] == '/')) {
            const char *gt = memchr(un.ptr + i, '>', un.len - i);
            if (gt) {
                const char *tag = un.ptr + i + 1 + (un.ptr[i + 1] == '/');
                if (!strncasecmp(tag, "p", 1) || !strncasecmp(tag, "br", 2) ||
                    !strncasecmp(tag, "div", 3) || !strncasecmp(tag, "h", 1) ||
                    !strncasecmp(tag, "li", 2))
                    c = '\n';
                else
                    c = ' ';
                i = (size_t)(gt - un.ptr);
            }
        }
        if (c == '\n' || c == '\r') {
            while (out->len && out->ptr[out->len - 1] == ' ')
                kiji_buf_truncate(out, out->len - 1);
            if (out->len && out->ptr[out->len - 1] != '\n')
                kiji_buf_puts(out, "\n\n");
            space = false;
        } else {
            kiji_markup_fold(out, &c, 1, &space);
        }
    }
    while (out->len && (out->ptr[out->len - 1] == '\n' || out->ptr[out->len - 1] == ' '))
        kiji_buf_truncate(out, out->len - 1);
    kiji_buf_free(&un);
}

/* A page that carries its article only in JSON-LD (an app shell that a
 * script fills in): when the body found in the page is less than half of
 * articleBody, articleBody's paragraphs are the body. */
static void ld_fallback(page *pg)
{
    kiji_doc *d = pg->d;
    if (!pg->ld_body)
        return;
    kiji_buf ld = KIJI_BUF_INIT;
    ld_paragraphs(pg->ld_body, &ld);
    size_t have = 0;
    for (size_t i = 0; i < d->blocks.n; i++)
        if (d->blocks.v[i].kind == KIJI_PARA_BODY)
            have += nchars(d->input.ptr + d->blocks.v[i].start,
                           d->blocks.v[i].end - d->blocks.v[i].start);
    if (have * 2 < nchars(ld.ptr, ld.len) && ld.len >= 200) {
        size_t k = 0;
        for (size_t i = 0; i < d->blocks.n; i++)
            if (d->blocks.v[i].kind != KIJI_PARA_BODY)
                d->blocks.v[k++] = d->blocks.v[i];
        d->blocks.n = k;
        for (size_t i = 0; i < ld.len;) {
            const char *e = strstr(ld.ptr + i, "\n\n");
            size_t j = e ? (size_t)(e - ld.ptr) : ld.len;
            if (j > i) {
                if (d->input.len)
                    kiji_buf_puts(&d->input, "\n\n");
                kiji_block b = {(uint32_t)d->input.len, 0, KIJI_PARA_BODY, false};
                kiji_buf_put(&d->input, ld.ptr + i, j - i);
                b.end = (uint32_t)d->input.len;
                KIJI_VEC_PUSH(d->blocks, b);
            }
            i = j + 2;
        }
    }
    kiji_buf_free(&ld);
}

/* Choose the headline, byline and dateline blocks, then the body. */
static void assemble(page *pg)
{
    const char *t = pg->txt.ptr;
    int root = choose_root(pg);
    /* titles the page gives, to know its headline when we see it */
    const char *titles[4] = {pg->ld_headline, pg->og_title, pg->tw_title, pg->title_tag};
    bool any_title = titles[0] || titles[1] || titles[2] || titles[3];
    int hl = -1;
    double hl_score = 0, hl_sim = 0;
    char tmp[1024];
    /* a page with one h1 shows its headline there, whatever its SEO title */
    size_t n_h1 = 0;
    for (size_t i = 0; i < pg->bl.n; i++)
        if (!(pg->bl.v[i].flags & F_BOILER) && heading_level(pg, pg->bl.v[i].owner, -1) == 1 &&
            (i == 0 || heading_level(pg, pg->bl.v[i - 1].owner, -1) != 1 ||
             pg->bl.v[i - 1].owner != pg->bl.v[i].owner))
            n_h1++;
    for (size_t i = 0, tried = 0; i < pg->bl.n && tried < 200; i++) {
        tblock *b = &pg->bl.v[i];
        int level = heading_level(pg, b->owner, -1);
        if (!level || level > 2 || (b->flags & F_BOILER) || b->end - b->start > 600)
            continue;
        tried++;
        snprintf(tmp, sizeof tmp, "%.*s", (int)(b->end - b->start), t + b->start);
        double sim = 0;
        for (int k = 0; k < 4; k++)
            if (titles[k]) {
                double s = title_sim(tmp, titles[k]);
                if (s > sim)
                    sim = s;
            }
        bool ok = any_title ? sim >= 0.5 || (level == 1 && (sim >= 0.3 || n_h1 == 1))
                            : level == 1;
        /* the most like the page's titles; an h1 over an h2; the first */
        double score = sim + (level == 1 ? 0.15 : 0);
        if (ok && (hl < 0 || score > hl_score)) {
            hl = (int)i;
            hl_score = score;
            hl_sim = sim;
        }
    }
    if (root < 0) {
        /* no prose anywhere: a short page; everything not boilerplate */
        root = pg->bl.n ? index_of(pg->body) : -1;
    }
    int region = root;
    if (hl >= 0 && root >= 0) {
        int lca = common_ancestor(pg, pg->bl.v[hl].owner, root);
        const char *nm = lca >= 0 ? (const char *)E(pg, lca)->node->name : "body";
        if (lca >= 0 && strcmp(nm, "body") && strcmp(nm, "html"))
            region = lca;
    }
    /* the first prose block of the article, for what comes before it */
    size_t first_prose = pg->bl.n, third_prose = pg->bl.n;
    for (size_t i = 0, k = 0; i < pg->bl.n; i++)
        if (pg->bl.v[i].prose && inside(pg, pg->bl.v[i].owner, root)) {
            if (k == 0)
                first_prose = i;
            if (++k == 3) {
                third_prose = i;
                break;
            }
        }
    int byline = -1, dateline = -1;
    for (size_t i = 0; i < pg->bl.n; i++) {
        tblock *b = &pg->bl.v[i];
        if ((int)i == hl || !inside(pg, b->owner, region) || (b->flags & (F_BOILER | F_BIO)))
            continue;
        size_t L = nchars(t + b->start, b->end - b->start);
        snprintf(tmp, sizeof tmp, "%.*s", (int)(b->end - b->start), t + b->start);
        kiji_date dt;
        bool by = looks_byline(t + b->start, b->end - b->start);
        if (byline < 0 && (((b->flags & F_BYLINE) && L <= 150) || (by && i < third_prose)) &&
            !(b->flags & F_CAPTION))
            byline = (int)i, b->kind = KIJI_PARA_BYLINE;
        else if (dateline < 0 && L <= 100 && !(b->flags & F_CAPTION) &&
                 ((b->flags & F_DATE) || (i < first_prose && !b->prose)) && date_in(tmp, &dt))
            dateline = (int)i, b->kind = KIJI_PARA_DATELINE;
    }
    if (hl >= 0)
        add_block(pg, &pg->bl.v[hl], KIJI_PARA_HEADLINE, false);
    if (byline >= 0)
        add_block(pg, &pg->bl.v[byline], KIJI_PARA_BYLINE, false);
    if (dateline >= 0)
        add_block(pg, &pg->bl.v[dateline], KIJI_PARA_DATELINE, false);
    /* the header around the headline (<header>, class "header"), when it
     * is a header and not a wrapper of the whole article */
    int header = -1;
    for (int o = hl >= 0 ? pg->bl.v[hl].owner : -1; o >= 0 && o != root; o = E(pg, o)->parent) {
        if (E(pg, o)->chars > 1200 || inside(pg, root, o))
            break;
        if (E(pg, o)->own & F_HEADER)
            header = o; /* the outermost: "content-header" over "header__row" */
    }
    /* metadata first: the body's last lines are judged by the authors */
    resolve_meta(pg, region >= 0 ? region : root, hl, hl_sim >= 0.5, byline, dateline);
    /* lists of links (related stories, "more from"): when most items of a
     * list are links, all of it goes */
    bool *listy = kiji_xcalloc(pg->bl.n + 1, sizeof *listy);
    {
        int *nitems = kiji_xcalloc(pg->el.n + 1, sizeof *nitems);
        int *nlinky = kiji_xcalloc(pg->el.n + 1, sizeof *nlinky);
        int *nlinked = kiji_xcalloc(pg->el.n + 1, sizeof *nlinked);
        size_t *chars = kiji_xcalloc(pg->el.n + 1, sizeof *chars);
        size_t *lchars = kiji_xcalloc(pg->el.n + 1, sizeof *lchars);
        int *list_of = kiji_xcalloc(pg->bl.n + 1, sizeof *list_of);
        for (size_t i = 0; i < pg->bl.n; i++) {
            tblock *b = &pg->bl.v[i];
            list_of[i] = -1;
            for (int o = b->owner; o >= 0; o = E(pg, o)->parent) {
                const char *nm = (const char *)E(pg, o)->node->name;
                if (!strcmp(nm, "ul") || !strcmp(nm, "ol")) {
                    list_of[i] = o;
                    nitems[o]++;
                    nlinky[o] += b->link * 2 > b->end - b->start;
                    nlinked[o] += b->nlinks > 0;
                    chars[o] += b->end - b->start;
                    lchars[o] += b->link;
                    break;
                }
            }
        }
        for (size_t i = 0; i < pg->bl.n; i++) {
            int o = list_of[i];
            /* mostly links; or a link in every item and a third of the text */
            listy[i] = o >= 0 && nitems[o] >= 2 &&
                       (nlinky[o] * 2 >= nitems[o] ||
                        (nlinked[o] == nitems[o] && lchars[o] * 3 >= chars[o]));
        }
        free(nitems);
        free(nlinky);
        free(nlinked);
        free(chars);
        free(lchars);
        free(list_of);
    }
    /* the body: the root's blocks, less what is not article text; the
     * captions of the article's figures */
    for (size_t i = 0; i < pg->bl.n && root >= 0; i++) {
        tblock *b = &pg->bl.v[i];
        b->drop = true;
        if ((int)i == hl || (int)i == byline || (int)i == dateline)
            continue;
        bool in_root = inside(pg, b->owner, root);
        if (!in_root && !inside(pg, b->owner, region))
            continue;
        uint32_t f = chain_flags(pg, b, root) | (b->inl_all & F_LINK);
        size_t L = nchars(t + b->start, b->end - b->start);
        double ld = b->end > b->start ? (double)b->link / (double)(b->end - b->start) : 0;
        if (f & F_BOILER)
            continue;
        if (f & (F_CAPTION | F_CREDIT)) {
            b->kind = (f & F_CREDIT) ? KIJI_PARA_CREDIT : KIJI_PARA_CAPTION;
            /* the second part of one caption, if it reads like a credit */
            if (b->kind == KIJI_PARA_CAPTION && i > 0 && !pg->bl.v[i - 1].drop &&
                pg->bl.v[i - 1].kind == KIJI_PARA_CAPTION &&
                common_ancestor(pg, pg->bl.v[i - 1].owner, b->owner) >= 0 &&
                ((E(pg, common_ancestor(pg, pg->bl.v[i - 1].owner, b->owner))->own |
                  E(pg, common_ancestor(pg, pg->bl.v[i - 1].owner, b->owner))->soft) &
                 F_CAPTION) &&
                looks_credit(t + b->start, b->end - b->start))
                b->kind = KIJI_PARA_CREDIT;
            b->drop = false;
            continue;
        }
        if (!in_root || (f & F_FIGURE))
            continue;
        /* the article's header: headline, standfirst, byline, date */
        if (header >= 0 && inside(pg, b->owner, header))
            continue;
        if (((f & (F_BYLINE | F_BIO)) && L < 300) || ((f & F_DATE) && L < 100))
            continue;
        if (ld > 0.5 || (b->nlinks >= 3 && ld > 0.3) ||
            phrase_is_ui(t + b->start, b->end - b->start) ||
            prompt_line(t + b->start, b->end - b->start, b->nlinks > 0))
            continue;
        /* kickers and labels above the headline; slugs, labels and a second
         * byline before the first paragraph */
        if (hl >= 0 && i < (size_t)hl && !b->prose)
            continue;
        if (i < first_prose && !b->prose && !sentence_like(t + b->start, b->end - b->start))
            continue;
        if (i < third_prose && looks_byline(t + b->start, b->end - b->start))
            continue;
        if (listy[i])
            continue;
        b->kind = image_caption(pg, b) ? KIJI_PARA_CAPTION : KIJI_PARA_BODY;
        b->drop = false;
    }
    free(listy);
    /* a short heading over a list of links that was dropped ("More Great
     * Stories", "Related") goes with it */
    for (size_t i = 0; i + 1 < pg->bl.n; i++) {
        tblock *b = &pg->bl.v[i];
        if (b->drop || b->kind != KIJI_PARA_BODY || b->prose ||
            sentence_like(t + b->start, b->end - b->start) || b->end - b->start > 100)
            continue;
        const tblock *nx = &pg->bl.v[i + 1];
        if (nx->drop && inside(pg, nx->owner, root) && nx->link * 2 > nx->end - nx->start)
            b->drop = true;
    }
    /* the author's biography and the contributors among the last two
     * paragraphs */
    for (size_t i = pg->bl.n, seen = 0; i-- > 0 && seen < 2;) {
        tblock *b = &pg->bl.v[i];
        if (b->drop || b->kind != KIJI_PARA_BODY)
            continue;
        seen++;
        if (author_bio(pg->d, t + b->start, b->end - b->start) ||
            contributors_line(t + b->start, b->end - b->start))
            b->drop = true;
    }
    for (size_t i = 0; i < pg->bl.n && root >= 0; i++) {
        tblock *b = &pg->bl.v[i];
        if (!b->drop)
            add_block(pg, b, b->kind, (chain_flags(pg, b, root) & F_QUOTE) != 0);
    }
    ld_fallback(pg);
}

int kiji_read_html(kiji_doc *d, kiji_buf *why)
{
    kiji_markup_init();
    kiji_buf u = KIJI_BUF_INIT;
    kiji_markup_to_utf8(d->raw, d->raw_len, true, &u, NULL);
    if (u.len > (size_t)0x7fffffff) {
        kiji_buf_free(&u);
        kiji_buf_puts(why, "page too large for the HTML parser");
        return KIJI_EREFUSED;
    }
    htmlParserCtxtPtr ctxt = htmlNewParserCtxt();
    if (!ctxt) {
        kiji_buf_free(&u);
        kiji_buf_puts(why, "the HTML parser could not start");
        return KIJI_EREFUSED;
    }
    kiji_markup_quiet(ctxt);
    /* the bytes are UTF-8 now: the page's own charset claims are ignored */
    htmlDocPtr doc = htmlCtxtReadMemory(ctxt, u.ptr, (int)u.len, NULL, "UTF-8",
                                        HTML_PARSE_RECOVER | HTML_PARSE_NOERROR |
                                            HTML_PARSE_NOWARNING | HTML_PARSE_NONET |
                                            HTML_PARSE_IGNORE_ENC);
    kiji_buf_free(&u);
    const xmlNode *top = doc ? xmlDocGetRootElement(doc) : NULL;
    if (!top) {
        if (doc)
            xmlFreeDoc(doc);
        htmlFreeParserCtxt(ctxt);
        kiji_buf_puts(why, "no HTML element found");
        return KIJI_EREFUSED;
    }
    page pg;
    memset(&pg, 0, sizeof pg);
    pg.d = d;
    kiji_buf_init(&pg.txt);
    kiji_buf_init(&pg.ldnorm);
    /* the body, or the whole document when a fragment has none */
    const xmlNode *body = NULL;
    for (const xmlNode *x = top; x && !body; x = kiji_markup_next(x, top, true))
        if (x->type == XML_ELEMENT_NODE && !strcmp((const char *)x->name, "body"))
            body = x;
    pg.body = body ? body : top;
    collect_meta(&pg, (const xmlNode *)doc);
    layout_page(&pg, pg.body);
    score_blocks(&pg);
    assemble(&pg);
    KIJI_VEC_FREE(pg.el);
    KIJI_VEC_FREE(pg.bl);
    KIJI_VEC_FREE(pg.ld_authors);
    KIJI_VEC_FREE(pg.meta_authors);
    KIJI_VEC_FREE(pg.item_dates);
    kiji_buf_free(&pg.txt);
    kiji_buf_free(&pg.ldnorm);
    xmlFreeDoc(doc);
    htmlFreeParserCtxt(ctxt);
    if (!d->blocks.n) {
        kiji_buf_puts(why, "no article text found in the page");
        return KIJI_EREFUSED;
    }
    return KIJI_OK;
}
