/*
 * read_xml.c: agency and annotated XML (stage "read"): NITF, NewsML-G2
 * newsItem (alone or in a newsMessage) and TimeML.  The root element says
 * which; anything else is refused with its name.
 *
 * Security: libxml2 parses with no network, no DTD loading, no entity
 * substitution; a document whose DTD declares any entity is refused as soon
 * as the declaration is seen (XXE, "billion laughs"), before anything is
 * expanded or read.  Depth and sizes keep libxml2's default limits.
 */
#include <ctype.h>
#include <libxml/SAX2.h>
#include <libxml/parserInternals.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "kiji/calendar.h"
#include "kiji/layout.h"
#include "kiji/markup.h"
#include "kiji/read.h"

#define MAX_DEPTH 300

typedef struct {
    kiji_doc *d;
    kiji_buf tmp;
    int entity_line; /* line of the first entity declaration, 0 if none */
    bool headline;   /* a HEADLINE block is out */
} xr;

/* ------------------------------------------------------------------ */
/* parser hooks                                                        */

/* Any entity declaration ends the parse: kiji needs no entities, and they
 * are how XXE and entity expansion attacks work. */
static void on_entity_decl(void *ctx, const xmlChar *name, int type, const xmlChar *pub,
                           const xmlChar *sys, xmlChar *content)
{
    (void)name, (void)type, (void)pub, (void)sys, (void)content;
    xmlParserCtxtPtr c = ctx;
    xr *r = c->_private;
    if (r && !r->entity_line)
        r->entity_line = xmlSAX2GetLineNumber(ctx);
    xmlStopParser(c);
}

static void on_unparsed_entity_decl(void *ctx, const xmlChar *name, const xmlChar *pub,
                                    const xmlChar *sys, const xmlChar *notation)
{
    (void)notation;
    on_entity_decl(ctx, name, 0, pub, sys, NULL);
}

/* The external subset (<!DOCTYPE nitf SYSTEM "...dtd">) is never fetched. */
static void no_external_subset(void *ctx, const xmlChar *name, const xmlChar *ext,
                               const xmlChar *sys)
{
    (void)ctx, (void)name, (void)ext, (void)sys;
}

static xmlParserInputPtr no_resolve(void *ctx, const xmlChar *pub, const xmlChar *sys)
{
    (void)ctx, (void)pub, (void)sys;
    return NULL;
}

/* ------------------------------------------------------------------ */
/* tree helpers                                                        */

static bool is(const xmlNode *x, const char *name)
{
    return x && x->type == XML_ELEMENT_NODE && x->name && !strcmp((const char *)x->name, name);
}

static const xmlNode *child(const xmlNode *x, const char *name)
{
    for (const xmlNode *c = x ? x->children : NULL; c; c = c->next)
        if (is(c, name))
            return c;
    return NULL;
}

/* The first element named name in x's subtree (x included), or NULL. */
static const xmlNode *find(const xmlNode *x, const char *name)
{
    for (const xmlNode *c = x; c; c = kiji_markup_next(c, x, true))
        if (is(c, name))
            return c;
    return NULL;
}

/* x's text, white space folded, into an arena string (NULL if empty). */
static const char *text_of(xr *r, const xmlNode *x)
{
    if (!x)
        return NULL;
    kiji_buf_clear(&r->tmp);
    kiji_markup_text(x, &r->tmp, 1u << 16);
    return r->tmp.len ? kiji_arena_strndup(&r->d->arena, r->tmp.ptr, r->tmp.len) : NULL;
}

static void add_block(xr *r, const char *s, size_t n, uint8_t kind, bool quote)
{
    kiji_doc *d = r->d;
    while (n && (*s == ' ' || *s == '\n'))
        s++, n--;
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\n'))
        n--;
    if (!n)
        return;
    if (d->input.len)
        kiji_buf_puts(&d->input, "\n\n");
    kiji_block b = {(uint32_t)d->input.len, 0, kind, quote};
    kiji_buf_put(&d->input, s, n);
    b.end = (uint32_t)d->input.len;
    KIJI_VEC_PUSH(d->blocks, b);
    if (kind == KIJI_PARA_HEADLINE)
        r->headline = true;
}

static void add_node_block(xr *r, const xmlNode *x, uint8_t kind, bool quote)
{
    kiji_buf_clear(&r->tmp);
    kiji_markup_text(x, &r->tmp, 0);
    add_block(r, r->tmp.ptr, r->tmp.len, kind, quote);
}

/* A date from an ISO value ("20231113T000000+0900", "2023-11-13") or from
 * written text; sets d->published unless it is set. */
static bool take_date(xr *r, const char *s)
{
    if (!s || r->d->published)
        return false;
    while (*s == ' ' || *s == '\n' || *s == '\t')
        s++;
    size_t n = strlen(s);
    kiji_datetime t;
    kiji_date dt;
    if (kiji_parse_iso_datetime(s, n, &t))
        dt = t.date;
    else if (!kiji_parse_date(s, n, &dt))
        return false;
    if (dt.y < 1800 || dt.y > 2200)
        return false;
    char buf[11];
    kiji_date_format(dt, buf);
    r->d->published = kiji_arena_strdup(&r->d->arena, buf);
    return true;
}

/* "By GABRIEL DOMINGUEZ and Jane Roe" -> authors, names in normal case. */
static void take_authors(xr *r, const char *s)
{
    if (!s)
        return;
    if (!strncasecmp(s, "by ", 3))
        s += 3;
    while (*s) {
        while (*s == ' ' || *s == ',')
            s++;
        const char *e = s;
        while (*e && *e != ',' && strncasecmp(e, " and ", 5) && strncmp(e, " & ", 3))
            e++;
        size_t n = (size_t)(e - s);
        while (n && s[n - 1] == ' ')
            n--;
        if (n >= 2 && n < 80) {
            char *nm = kiji_name_case(s, n);
            KIJI_VEC_PUSH(r->d->authors, kiji_arena_strdup(&r->d->arena, nm));
            free(nm);
        }
        if (!*e)
            break;
        s = e + (*e == ',' ? 1 : e[1] == '&' ? 3 : 5);
    }
}

static void take_lang(xr *r, const xmlNode *x)
{
    if (r->d->language || !x)
        return;
    xmlChar *l = xmlNodeGetLang(x);
    if (l && *l)
        r->d->language = kiji_arena_strdup(&r->d->arena, (const char *)l);
    xmlFree(l);
}

/* ------------------------------------------------------------------ */
/* bodies: NITF body.content and XHTML                                 */

/* Elements whose text is one block, and its kind. */
static int leaf_kind(const char *t)
{
    static const struct {
        const char *name;
        int kind;
    } leaves[] = {
        {"p", KIJI_PARA_BODY},          {"hl2", KIJI_PARA_BODY},
        {"h2", KIJI_PARA_BODY},         {"h3", KIJI_PARA_BODY},
        {"h4", KIJI_PARA_BODY},         {"h5", KIJI_PARA_BODY},
        {"h6", KIJI_PARA_BODY},         {"li", KIJI_PARA_BODY},
        {"dt", KIJI_PARA_BODY},         {"dd", KIJI_PARA_BODY},
        {"pre", KIJI_PARA_BODY},        {"td", KIJI_PARA_BODY},
        {"th", KIJI_PARA_BODY},         {"hl1", KIJI_PARA_HEADLINE},
        {"h1", KIJI_PARA_HEADLINE},     {"byline", KIJI_PARA_BYLINE},
        {"dateline", KIJI_PARA_DATELINE}, {"media-caption", KIJI_PARA_CAPTION},
        {"figcaption", KIJI_PARA_CAPTION}, {"caption", KIJI_PARA_CAPTION},
        {"media-producer", KIJI_PARA_CREDIT}, {"credit", KIJI_PARA_CREDIT},
        {"tagline", KIJI_PARA_OTHER},   {"note", KIJI_PARA_OTHER},
        {"fn", KIJI_PARA_OTHER},        {"distributor", KIJI_PARA_OTHER},
        {"series", KIJI_PARA_OTHER},    {"title", KIJI_PARA_OTHER},
    };
    for (size_t i = 0; i < sizeof leaves / sizeof *leaves; i++)
        if (!strcmp(t, leaves[i].name))
            return leaves[i].kind;
    return -1;
}

static bool skipped(const char *t)
{
    static const char *const skip[] = {
        "head",        "script",     "style",         "img",           "media-reference",
        "media-object", "media-metadata", "object",    "classifier",    "key-list",
        "identified-content", "docdata", "pubdata",   "meta",          "revision-history",
        "link",        "iframe",     "video",         "audio",         "svg",
        "nav",         "aside",      NULL};
    for (int i = 0; skip[i]; i++)
        if (!strcmp(t, skip[i]))
            return true;
    return false;
}

static bool inline_tag(const char *t)
{
    static const char *const inl[] = {
        "a",      "abbr",   "b",     "bdi",    "bdo",    "br",   "cite",      "code",
        "data",   "dfn",    "em",    "i",      "kbd",    "mark", "q",         "s",
        "samp",   "small",  "span",  "strong", "sub",    "sup",  "time",      "u",
        "var",    "wbr",    "person", "org",   "location", "chron", "money",  "num",
        "event",  "function", "object.title", "virtloc", "lang", "pronounce", "copyrite",
        "alt-code", "city", "state", "region", "country", "sublocation", "postcode",
        "frac",   "frac-num", "frac-den", "sub-num", "story.date", "byttl", NULL};
    for (int i = 0; inl[i]; i++)
        if (!strcmp(t, inl[i]))
            return true;
    return false;
}

/* A part of a caption that is its credit: <credit>, <cite>, or an element
 * whose class says credit (XHTML has no credit element). */
static bool credit_part(const xmlNode *c)
{
    const char *cls = kiji_markup_attr(c, "class");
    return is(c, "credit") || is(c, "cite") || is(c, "media-producer") ||
           (cls && (strstr(cls, "credit") || strstr(cls, "copyright")));
}

/* A caption, with its credit (if marked) as a block of its own. */
static void caption_block(xr *r, const xmlNode *x)
{
    kiji_buf cap = KIJI_BUF_INIT, cred = KIJI_BUF_INIT;
    bool space = false, cspace = false;
    for (const xmlNode *c = x->children; c; c = c->next) {
        kiji_buf_clear(&r->tmp);
        kiji_markup_text(c, &r->tmp, 0);
        bool credit = c->type == XML_ELEMENT_NODE && credit_part(c);
        if (cspace || (credit && cred.len))
            cspace = true;
        if (c->type == XML_TEXT_NODE && c->content &&
            (c->content[0] == ' ' || c->content[0] == '\n'))
            space = true;
        kiji_buf *to = credit ? &cred : &cap;
        bool *sp = credit ? &cspace : &space;
        if (*sp && to->len && r->tmp.len)
            kiji_buf_putc(to, ' ');
        *sp = false;
        kiji_buf_put(to, r->tmp.ptr, r->tmp.len);
        if (c->type == XML_TEXT_NODE && c->content && c->content[0] &&
            strchr(" \n\t", c->content[strlen((const char *)c->content) - 1]))
            space = true;
    }
    add_block(r, cap.ptr, cap.len, KIJI_PARA_CAPTION, false);
    add_block(r, cred.ptr, cred.len, KIJI_PARA_CREDIT, false);
    kiji_buf_free(&cap);
    kiji_buf_free(&cred);
}

/* Lay out a body: block elements become blocks of their kind; containers
 * are entered (bq and blockquote mark their paragraphs as quotes; media
 * and figure hold captions; abstract and body.end are not body text);
 * inline runs directly in a container become blocks of their own. */
static void walk_body(xr *r, const xmlNode *x, int kind, bool quote, int depth)
{
    if (depth > MAX_DEPTH)
        return;
    kiji_buf run = KIJI_BUF_INIT;
    bool space = false;
    for (const xmlNode *c = x->children; c; c = c->next) {
        if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
            if (c->content)
                kiji_markup_fold(&run, (const char *)c->content,
                                 strlen((const char *)c->content), &space);
            continue;
        }
        if (c->type != XML_ELEMENT_NODE || !c->name)
            continue;
        const char *t = (const char *)c->name;
        if (inline_tag(t)) {
            kiji_buf_clear(&r->tmp);
            kiji_markup_text(c, &r->tmp, 0);
            if (space && run.len)
                kiji_buf_putc(&run, ' ');
            space = false;
            kiji_buf_put(&run, r->tmp.ptr, r->tmp.len);
            continue;
        }
        /* a block element ends the inline run before it */
        add_block(r, run.ptr, run.len, (uint8_t)kind, quote);
        kiji_buf_clear(&run);
        space = false;
        if (skipped(t))
            continue;
        int k = leaf_kind(t);
        if (k >= 0) {
            if (k == KIJI_PARA_HEADLINE) {
                /* the headline again at the top of an XHTML body */
                if (r->headline)
                    continue;
            } else if (kind != KIJI_PARA_BODY && k == KIJI_PARA_BODY) {
                k = kind; /* a paragraph of a caption or an abstract */
            }
            if (k == KIJI_PARA_CAPTION)
                caption_block(r, c);
            else
                add_node_block(r, c, (uint8_t)k, quote && k == KIJI_PARA_BODY);
            continue;
        }
        int sub = kind;
        if (!strcmp(t, "abstract") || !strcmp(t, "body.end") || !strcmp(t, "footer"))
            sub = KIJI_PARA_OTHER;
        else if (!strcmp(t, "media") || !strcmp(t, "figure"))
            sub = KIJI_PARA_CAPTION;
        walk_body(r, c, sub, quote || !strcmp(t, "bq") || !strcmp(t, "blockquote"), depth + 1);
    }
    add_block(r, run.ptr, run.len, (uint8_t)kind, quote);
    kiji_buf_free(&run);
}

/* ------------------------------------------------------------------ */
/* the formats                                                         */

static const char *attr_or_null(const xmlNode *x, const char *name)
{
    const char *v = kiji_markup_attr(x, name);
    return v && *v ? v : NULL;
}

static void read_nitf(xr *r, const xmlNode *root)
{
    kiji_doc *d = r->d;
    const xmlNode *head = child(root, "head"), *body = child(root, "body");
    const xmlNode *bhead = child(body, "body.head");
    const xmlNode *hl1 = find(bhead ? bhead : body, "hl1");
    d->title = text_of(r, hl1);
    if (!d->title)
        d->title = text_of(r, child(head, "title"));
    if (hl1)
        add_node_block(r, hl1, KIJI_PARA_HEADLINE, false);
    /* byline: a block; the names from <person> or from its text without
     * the <byttl> role */
    for (const xmlNode *c = bhead ? bhead->children : NULL; c; c = c->next) {
        if (is(c, "byline")) {
            add_node_block(r, c, KIJI_PARA_BYLINE, false);
            bool person = false;
            for (const xmlNode *p = c; p; p = kiji_markup_next(p, c, true))
                if (is(p, "person")) {
                    take_authors(r, text_of(r, p));
                    person = true;
                }
            if (!person) {
                kiji_buf names = KIJI_BUF_INIT;
                bool space = false;
                for (const xmlNode *p = c->children; p; p = p->next)
                    if ((p->type == XML_TEXT_NODE && p->content) || (p->type == XML_ELEMENT_NODE &&
                                                                     !is(p, "byttl"))) {
                        kiji_buf_clear(&r->tmp);
                        kiji_markup_text(p, &r->tmp, 0);
                        kiji_markup_fold(&names, r->tmp.ptr, r->tmp.len, &space);
                        space = true;
                    }
                while (names.len && (names.ptr[names.len - 1] == ' ' ||
                                     names.ptr[names.len - 1] == ','))
                    kiji_buf_truncate(&names, names.len - 1);
                take_authors(r, names.ptr);
                kiji_buf_free(&names);
            }
        } else if (is(c, "dateline")) {
            add_node_block(r, c, KIJI_PARA_DATELINE, false);
        } else if (is(c, "abstract")) {
            walk_body(r, c, KIJI_PARA_OTHER, false, 1);
        } else if (is(c, "hedline")) {
            /* hl2 under the headline: a subheadline, not body text */
            for (const xmlNode *h = c->children; h; h = h->next)
                if (is(h, "hl2"))
                    add_node_block(r, h, KIJI_PARA_OTHER, false);
        }
    }
    const xmlNode *content = child(body, "body.content");
    if (content)
        walk_body(r, content, KIJI_PARA_BODY, false, 1);
    const xmlNode *end = child(body, "body.end");
    if (end)
        walk_body(r, end, KIJI_PARA_OTHER, false, 1);
    /* metadata: docdata and pubdata */
    const xmlNode *docdata = child(head, "docdata"), *pubdata = child(head, "pubdata");
    take_date(r, attr_or_null(child(docdata, "date.issue"), "norm"));
    take_date(r, attr_or_null(pubdata, "date.publication"));
    const xmlNode *sd = find(bhead, "story.date");
    take_date(r, attr_or_null(sd, "norm"));
    take_date(r, text_of(r, sd));
    take_date(r, attr_or_null(child(docdata, "date.release"), "norm"));
    const char *site = attr_or_null(pubdata, "name");
    if (!site)
        site = attr_or_null(child(docdata, "doc.copyright"), "holder");
    if (site)
        d->site = kiji_arena_strdup(&d->arena, site);
    const char *url = attr_or_null(pubdata, "ex-ref");
    if (url && (!strncmp(url, "http://", 7) || !strncmp(url, "https://", 8)))
        d->url = kiji_arena_strdup(&d->arena, url);
    take_lang(r, body);
    take_lang(r, root);
}

/* Text in paragraphs, as plain text carries it: blank lines between
 * paragraphs, or one paragraph a line when there are no blank lines. */
static void text_blocks(xr *r, const char *s, size_t n)
{
    bool blank = false;
    for (size_t i = 0; i + 1 < n && !blank; i++)
        if (s[i] == '\n') {
            size_t j = i + 1;
            while (j < n && (s[j] == ' ' || s[j] == '\t' || s[j] == '\r'))
                j++;
            blank = j < n && s[j] == '\n';
        }
    size_t i = 0;
    while (i < n) {
        size_t j = i;
        for (;;) {
            while (j < n && s[j] != '\n')
                j++;
            if (j >= n || !blank)
                break;
            size_t k = j + 1;
            while (k < n && (s[k] == ' ' || s[k] == '\t' || s[k] == '\r'))
                k++;
            if (k >= n || s[k] == '\n')
                break;
            j = k;
        }
        kiji_buf_clear(&r->tmp);
        bool space = false;
        kiji_markup_fold(&r->tmp, s + i, j - i, &space);
        add_block(r, r->tmp.ptr, r->tmp.len, KIJI_PARA_BODY, false);
        i = j + 1;
    }
}

static void read_newsml(xr *r, const xmlNode *item, const xmlNode *message)
{
    kiji_doc *d = r->d;
    const xmlNode *im = child(item, "itemMeta"), *cm = child(item, "contentMeta");
    const xmlNode *cs = child(item, "contentSet");
    /* the main headline: one without a role, else the first */
    const xmlNode *hl = NULL;
    for (const xmlNode *c = cm ? cm->children : NULL; c; c = c->next)
        if (is(c, "headline") && (!hl || (kiji_markup_attr(hl, "role") &&
                                          !kiji_markup_attr(c, "role"))))
            hl = c;
    d->title = text_of(r, hl);
    if (hl)
        add_node_block(r, hl, KIJI_PARA_HEADLINE, false);
    for (const xmlNode *c = cm ? cm->children : NULL; c; c = c->next) {
        if (is(c, "creator")) {
            const char *name = text_of(r, child(c, "name"));
            if (!name)
                name = attr_or_null(c, "literal");
            if (name)
                take_authors(r, name);
        } else if (is(c, "by")) {
            add_node_block(r, c, KIJI_PARA_BYLINE, false);
        } else if (is(c, "dateline")) {
            add_node_block(r, c, KIJI_PARA_DATELINE, false);
        } else if (is(c, "language") && !d->language) {
            const char *tag = attr_or_null(c, "tag");
            if (tag)
                d->language = kiji_arena_strdup(&d->arena, tag);
        }
    }
    if (!d->authors.n)
        for (const xmlNode *c = cm ? cm->children : NULL; c; c = c->next)
            if (is(c, "by"))
                take_authors(r, text_of(r, c));
    take_date(r, text_of(r, child(cm, "contentCreated")));
    take_date(r, text_of(r, child(im, "firstCreated")));
    take_date(r, text_of(r, child(im, "versionCreated")));
    const xmlNode *prov = child(im, "provider");
    const char *site = attr_or_null(prov, "literal");
    if (!site)
        site = text_of(r, child(prov, "name"));
    if (!site && message)
        site = text_of(r, find(child(message, "header"), "sender"));
    if (site)
        d->site = kiji_arena_strdup(&d->arena, site);
    for (const xmlNode *c = im ? im->children : NULL; c && !d->url; c = c->next) {
        const char *href = is(c, "link") ? attr_or_null(c, "href") : NULL;
        if (href && (!strncmp(href, "http://", 7) || !strncmp(href, "https://", 8)))
            d->url = kiji_arena_strdup(&d->arena, href);
    }
    take_lang(r, item);
    /* the body: inline XHTML, else inline text */
    const xmlNode *ix = child(cs, "inlineXML"), *id = child(cs, "inlineData");
    if (ix) {
        const xmlNode *b = find(ix, "body");
        walk_body(r, b ? b : ix, KIJI_PARA_BODY, false, 1);
    } else if (id) {
        kiji_buf raw = KIJI_BUF_INIT;
        for (const xmlNode *c = id; c; c = kiji_markup_next(c, id, true))
            if ((c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) && c->content)
                kiji_buf_puts(&raw, (const char *)c->content);
        text_blocks(r, raw.ptr, raw.len);
        kiji_buf_free(&raw);
    }
}

/* TimeML: the DCT is the date, TITLE (TempEval-3) the title, and TEXT the
 * text as it stands, tags dropped, line breaks kept: layout reads it as it
 * reads plain text. */
static int read_timeml(xr *r, const xmlNode *root, kiji_buf *why)
{
    kiji_doc *d = r->d;
    const xmlNode *dct = find(root, "DCT");
    const xmlNode *tx = find(dct, "TIMEX3");
    if (!take_date(r, attr_or_null(tx, "value")))
        take_date(r, text_of(r, dct));
    const xmlNode *title = child(root, "TITLE");
    d->title = text_of(r, title);
    const xmlNode *text = find(root, "TEXT");
    if (!text) {
        kiji_buf_puts(why, "TimeML document without <TEXT>");
        return KIJI_EREFUSED;
    }
    for (const xmlNode *c = text; c; c = kiji_markup_next(c, text, true))
        if ((c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) && c->content)
            kiji_buf_puts(&d->input, (const char *)c->content);
    take_lang(r, root);
    return KIJI_OK;
}

int kiji_read_xml(kiji_doc *d, kiji_buf *why)
{
    kiji_markup_init();
    kiji_buf u = KIJI_BUF_INIT;
    kiji_markup_to_utf8(d->raw, d->raw_len, false, &u, NULL);
    if (u.len > (size_t)0x7fffffff) {
        kiji_buf_free(&u);
        kiji_buf_puts(why, "document too large for the XML parser");
        return KIJI_EREFUSED;
    }
    xr r = {d, KIJI_BUF_INIT, 0, false};
    xmlParserCtxtPtr ctxt = xmlNewParserCtxt();
    if (!ctxt) {
        kiji_buf_free(&u);
        kiji_buf_puts(why, "the XML parser could not start");
        return KIJI_EREFUSED;
    }
    kiji_markup_quiet(ctxt);
    ctxt->_private = &r;
    ctxt->sax->entityDecl = on_entity_decl;
    ctxt->sax->unparsedEntityDecl = on_unparsed_entity_decl;
    ctxt->sax->externalSubset = no_external_subset;
    ctxt->sax->resolveEntity = no_resolve;
    /* no XML_PARSE_NOENT, DTDLOAD, DTDATTR, XINCLUDE or HUGE: nothing is
     * substituted, loaded or allowed past the default limits */
    xmlDocPtr doc = xmlCtxtReadMemory(ctxt, u.ptr, (int)u.len, NULL, "UTF-8",
                                      XML_PARSE_RECOVER | XML_PARSE_NONET | XML_PARSE_NOERROR |
                                          XML_PARSE_NOWARNING | XML_PARSE_IGNORE_ENC |
                                          XML_PARSE_NOCDATA);
    kiji_buf_free(&u);
    int rc = KIJI_OK;
    const xmlNode *root = doc ? xmlDocGetRootElement(doc) : NULL;
    if (r.entity_line) {
        kiji_buf_printf(why, "DTD with entity declarations (XXE / entity expansion), line %d",
                        r.entity_line);
        rc = KIJI_EREFUSED;
    } else if (!root) {
        const xmlError *e = xmlCtxtGetLastError(ctxt);
        kiji_buf_puts(why, "not well-formed XML");
        if (e && e->message) {
            kiji_buf_printf(why, " (line %d: ", e->line);
            const char *m = e->message;
            size_t n = strlen(m);
            while (n && (m[n - 1] == '\n' || m[n - 1] == ' '))
                n--;
            kiji_buf_put(why, m, n);
            kiji_buf_putc(why, ')');
        }
        rc = KIJI_EREFUSED;
    } else if (is(root, "nitf")) {
        d->format = KIJI_FMT_NITF;
        read_nitf(&r, root);
    } else if (is(root, "newsItem") || is(root, "newsMessage")) {
        d->format = KIJI_FMT_NEWSML;
        const xmlNode *item = is(root, "newsItem") ? root : find(root, "newsItem");
        if (item) {
            read_newsml(&r, item, is(root, "newsMessage") ? root : NULL);
        } else {
            kiji_buf_puts(why, "NewsML-G2 newsMessage without a newsItem");
            rc = KIJI_EREFUSED;
        }
    } else if (is(root, "TimeML")) {
        d->format = KIJI_FMT_TIMEML;
        rc = read_timeml(&r, root, why);
    } else {
        kiji_buf_printf(why, "root <%.40s> is not NITF, NewsML-G2 or TimeML",
                        root->name ? (const char *)root->name : "?");
        rc = KIJI_EREFUSED;
    }
    if (rc == KIJI_OK && !d->input.len) {
        kiji_buf_printf(why, "no text in the %s document", kiji_format_name(d->format));
        rc = KIJI_EREFUSED;
    }
    kiji_buf_free(&r.tmp);
    if (doc)
        xmlFreeDoc(doc);
    xmlFreeParserCtxt(ctxt);
    return rc;
}
