/*
 * markup.c: libxml2 set-up, charsets and tree walking shared by read_html.c
 * and read_xml.c (see markup.h).  Invariant: whatever goes to libxml2 is
 * valid UTF-8, so its own encoding guesses never come into play.
 */
#include <ctype.h>
#include <errno.h>
#include <iconv.h>
#include <libxml/HTMLparser.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "kiji/markup.h"
#include "kiji/repair.h"
#include "kiji/utf8.h"

static pthread_once_t init_once = PTHREAD_ONCE_INIT;

static void init_libxml(void)
{
    xmlInitParser();
}

void kiji_markup_init(void)
{
    pthread_once(&init_once, init_libxml);
}

static void swallow_structured(void *user, xmlErrorPtr e)
{
    (void)user, (void)e;
}

static void swallow_generic(void *user, const char *fmt, ...)
{
    (void)user, (void)fmt;
}

void kiji_markup_quiet(xmlParserCtxtPtr ctxt)
{
    /* per context: the structured handler wins over every channel */
    ctxt->sax->initialized = XML_SAX2_MAGIC;
    ctxt->sax->serror = swallow_structured;
    ctxt->sax->error = NULL;
    ctxt->sax->warning = NULL;
    ctxt->vctxt.error = NULL;
    ctxt->vctxt.warning = NULL;
    /* errors raised without a context (encoding set-up, memory) go to the
     * generic handlers, which libxml2 keeps per thread */
    xmlSetGenericErrorFunc(NULL, swallow_generic);
    xmlSetStructuredErrorFunc(NULL, swallow_structured);
}

/* ------------------------------------------------------------------ */
/* charsets                                                            */


/* The label after "charset" or "encoding" at p (name, spaces, '=', quotes),
 * lower case, into name[48]; false if there is none. */
static bool take_label(const unsigned char *p, const unsigned char *end, char name[48])
{
    while (p < end && isalpha(*p))
        p++;
    while (p < end && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r'))
        p++;
    if (p >= end || *p != '=')
        return false;
    p++;
    while (p < end && (*p == ' ' || *p == '\t' || *p == '"' || *p == '\''))
        p++;
    size_t k = 0;
    while (p < end && k < 47 && (isalnum(*p) || *p == '-' || *p == '_' || *p == '.' || *p == ':'))
        name[k++] = (char)tolower(*p++);
    name[k] = 0;
    return k > 0;
}

/* The charset a document declares in its first bytes, or false. */
static bool declared(const unsigned char *p, size_t n, bool html, char name[48])
{
    size_t head = n < 16384 ? n : 16384;
    if (head >= 5 && !memcmp(p, "<?xml", 5)) {
        const unsigned char *e = kiji_find_ci(p, head, "?>");
        const unsigned char *enc = kiji_find_ci(p, e ? (size_t)(e - p) : head, "encoding");
        if (enc && take_label(enc, e ? e : p + head, name))
            return true;
    }
    if (!html)
        return false;
    /* every <meta ...> in the head: charset=X, in its own attribute or in
     * http-equiv's content="text/html; charset=X" */
    const unsigned char *q = p, *end = p + head;
    while ((q = kiji_find_ci(q, (size_t)(end - q), "<meta")) != NULL) {
        const unsigned char *gt = memchr(q, '>', (size_t)(end - q));
        const unsigned char *tag_end = gt ? gt : end;
        const unsigned char *cs = kiji_find_ci(q, (size_t)(tag_end - q), "charset");
        if (cs && take_label(cs, tag_end, name))
            return true;
        q += 5;
    }
    return false;
}

static void canonical_label(char name[48])
{
    static const char *const latin1[] = {
        "iso-8859-1", "iso8859-1", "iso_8859-1", "latin1",  "latin-1", "l1", "us-ascii",
        "ascii",      "cp1252",    "x-cp1252",   "cp819",   "ibm819",  "windows-1252",
        "iso-ir-100", "csisolatin1", "ansi_x3.4-1968", NULL};
    for (int i = 0; latin1[i]; i++)
        if (!strcmp(name, latin1[i])) {
            strcpy(name, "windows-1252");
            return;
        }
    if (!strcmp(name, "utf8") || !strcmp(name, "unicode-1-1-utf-8") || !strcmp(name, "x-utf-8"))
        strcpy(name, "utf-8");
    else if (!strcmp(name, "gb2312") || !strcmp(name, "gbk") || !strcmp(name, "x-gbk"))
        strcpy(name, "gb18030"); /* the superset decodes both */
    else if (!strcmp(name, "ks_c_5601-1987") || !strcmp(name, "euc-kr"))
        strcpy(name, "cp949");
    else if (!strcmp(name, "x-sjis") || !strcmp(name, "sjis") || !strcmp(name, "ms_kanji"))
        strcpy(name, "shift_jis");
}

/* Count the multi-byte UTF-8 characters and the bytes that are no UTF-8. */
static void utf8_census(const unsigned char *p, size_t n, size_t *multi, size_t *bad)
{
    *multi = *bad = 0;
    size_t i = 0, len;
    while (i < n) {
        if (p[i] < 0x80) {
            i++;
        } else if (kiji_utf8_decode((const char *)p + i, n - i, &len) < 0) {
            (*bad)++;
            i++;
        } else {
            (*multi)++;
            i += len;
        }
    }
}

/* UTF-8 (possibly damaged): valid sequences kept, other bytes read as
 * Windows-1252, NUL dropped. */
static size_t from_utf8(const unsigned char *p, size_t n, kiji_buf *out)
{
    size_t bad = 0, i = 0, len;
    kiji_buf_grow(out, n);
    while (i < n) {
        size_t j = i;
        while (j < n && p[j] && p[j] < 0x80)
            j++;
        kiji_buf_put(out, p + i, j - i);
        if ((i = j) >= n)
            break;
        if (!p[i]) {
            i++;
            continue;
        }
        if (kiji_utf8_decode((const char *)p + i, n - i, &len) >= 0) {
            kiji_buf_put(out, p + i, len);
            i += len;
        } else {
            kiji_buf_put_utf8(out, kiji_cp1252(p[i]));
            bad++;
            i++;
        }
    }
    return bad;
}

static void from_cp1252(const unsigned char *p, size_t n, kiji_buf *out)
{
    kiji_buf_grow(out, n + n / 8);
    for (size_t i = 0; i < n; i++) {
        if (!p[i])
            continue;
        if (p[i] < 0x80)
            kiji_buf_putc(out, p[i]);
        else
            kiji_buf_put_utf8(out, kiji_cp1252(p[i]));
    }
}

/* Any other charset through iconv; false when iconv does not know it. */
static bool from_iconv(const unsigned char *p, size_t n, const char *charset, kiji_buf *out,
                       size_t *bad)
{
    iconv_t cd = iconv_open("UTF-8", charset);
    if (cd == (iconv_t)-1)
        return false;
    size_t start = out->len;
    char *in = (char *)p;
    size_t left = n;
    while (left) {
        kiji_buf_grow(out, left * 2 + 16);
        char *o = out->ptr + out->len;
        size_t room = out->cap - out->len - 1;
        size_t r = iconv(cd, &in, &left, &o, &room);
        out->len = (size_t)(o - out->ptr);
        out->ptr[out->len] = 0;
        if (r != (size_t)-1)
            break;
        if (errno == E2BIG)
            continue;
        /* EILSEQ: a byte that does not decode; EINVAL: cut short at the end */
        kiji_buf_puts(out, "\xEF\xBF\xBD");
        (*bad)++;
        if (errno == EINVAL)
            break;
        in++, left--;
        iconv(cd, NULL, NULL, NULL, NULL);
    }
    iconv_close(cd);
    /* NUL bytes (from UTF-16 input, say) are no text */
    size_t w = start;
    for (size_t r = start; r < out->len; r++)
        if (out->ptr[r])
            out->ptr[w++] = out->ptr[r];
    kiji_buf_truncate(out, w);
    return true;
}

size_t kiji_markup_to_utf8(const unsigned char *p, size_t n, bool html, kiji_buf *out,
                           char used[48])
{
    char name[48] = "";
    size_t bom = 0;
    if (n >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF)
        strcpy(name, "utf-8"), bom = 3;
    else if (n >= 2 && p[0] == 0xFF && p[1] == 0xFE)
        strcpy(name, "utf-16le"), bom = 2;
    else if (n >= 2 && p[0] == 0xFE && p[1] == 0xFF)
        strcpy(name, "utf-16be"), bom = 2;
    p += bom, n -= bom;
    if (!bom) {
        size_t multi, nbad;
        utf8_census(p, n, &multi, &nbad);
        if (declared(p, n, html, name))
            canonical_label(name);
        /* the bytes overrule the label: text that is mostly valid multi-byte
         * UTF-8 is UTF-8 whatever the page says (a stray Windows-1252 byte
         * in it is repaired byte by byte), and a page that says UTF-16
         * without a byte-order mark is not (it said so in ASCII) */
        if ((multi && multi >= nbad) || !strncmp(name, "utf-16", 6) ||
            !strncmp(name, "utf-32", 6) || (!name[0] && !nbad))
            strcpy(name, "utf-8");
        else if (!name[0])
            strcpy(name, "windows-1252");
    }
    size_t bad = 0;
    if (!strcmp(name, "utf-8")) {
        bad = from_utf8(p, n, out);
    } else if (!strcmp(name, "windows-1252")) {
        from_cp1252(p, n, out);
    } else if (!from_iconv(p, n, name, out, &bad)) {
        strcpy(name, "windows-1252");
        from_cp1252(p, n, out);
    }
    if (used)
        strcpy(used, name);
    return bad;
}

/* ------------------------------------------------------------------ */
/* trees                                                               */

const char *kiji_markup_attr(const xmlNode *n, const char *name)
{
    if (!n || n->type != XML_ELEMENT_NODE)
        return NULL;
    for (const xmlAttr *a = n->properties; a; a = a->next) {
        if (!a->name || strcmp((const char *)a->name, name))
            continue;
        const xmlNode *c = a->children;
        if (!c)
            return "";
        /* HTML attributes are one text node; XML ones may hold entity
         * references, which kiji never expands: take the first text */
        while (c && c->type != XML_TEXT_NODE)
            c = c->next;
        return c && c->content ? (const char *)c->content : "";
    }
    return NULL;
}

const xmlNode *kiji_markup_next(const xmlNode *n, const xmlNode *top, bool descend)
{
    if (descend && n->children &&
        (n->type == XML_ELEMENT_NODE || n->type == XML_DOCUMENT_NODE ||
         n->type == XML_HTML_DOCUMENT_NODE))
        return n->children;
    while (n && n != top) {
        if (n->next)
            return n->next;
        n = n->parent;
    }
    return NULL;
}

void kiji_markup_fold(kiji_buf *out, const char *s, size_t len, bool *space)
{
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
            *space = true;
            continue;
        }
        if (*space && out->len && out->ptr[out->len - 1] != ' ')
            kiji_buf_putc(out, ' ');
        *space = false;
        kiji_buf_putc(out, c);
    }
}

static bool invisible(const xmlNode *n)
{
    static const char *const tags[] = {"script", "style", "noscript", "template", "head", NULL};
    if (n->type != XML_ELEMENT_NODE || !n->name)
        return false;
    for (int i = 0; tags[i]; i++)
        if (!strcmp((const char *)n->name, tags[i]))
            return true;
    return false;
}

void kiji_markup_text(const xmlNode *n, kiji_buf *out, size_t max)
{
    size_t start = out->len;
    bool space = false;
    if (!n)
        return;
    if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
        if (n->content)
            kiji_markup_fold(out, (const char *)n->content, strlen((const char *)n->content),
                             &space);
    } else {
        for (const xmlNode *c = n->children ? n->children : NULL; c;) {
            bool skip = invisible(c);
            if ((c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) && c->content)
                kiji_markup_fold(out, (const char *)c->content,
                                 strlen((const char *)c->content), &space);
            else if (c->type == XML_ELEMENT_NODE && c->name &&
                     !strcmp((const char *)c->name, "br"))
                space = true;
            if (max && out->len - start > max)
                break;
            c = kiji_markup_next(c, n, !skip);
        }
    }
    if (max && out->len - start > max)
        kiji_buf_truncate(out, start + max);
    while (out->len > start && out->ptr[out->len - 1] == ' ')
        kiji_buf_truncate(out, out->len - 1);
}

void kiji_markup_unescape(kiji_buf *out, const char *s, size_t n)
{
    size_t i = 0;
    while (i < n) {
        const char *amp = memchr(s + i, '&', n - i);
        size_t j = amp ? (size_t)(amp - s) : n;
        kiji_buf_put(out, s + i, j - i);
        if ((i = j) >= n)
            break;
        size_t k = i + 1;
        while (k < n && k - i < 34 && (isalnum((unsigned char)s[k]) || s[k] == '#'))
            k++;
        long cp = -1;
        if (k < n && s[k] == ';' && k > i + 1) {
            char name[36];
            memcpy(name, s + i + 1, k - i - 1);
            name[k - i - 1] = 0;
            if (name[0] == '#') {
                char *e;
                bool hex = name[1] == 'x' || name[1] == 'X';
                cp = strtol(name + (hex ? 2 : 1), &e, hex ? 16 : 10);
                if (*e || e == name + (hex ? 2 : 1))
                    cp = -1;
            } else {
                const htmlEntityDesc *ent = htmlEntityLookup((const xmlChar *)name);
                if (ent)
                    cp = (long)ent->value;
            }
        }
        if (cp <= 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
            kiji_buf_putc(out, '&');
            i++;
            continue;
        }
        kiji_buf_put_utf8(out, cp >= 0x80 && cp < 0xA0 ? kiji_cp1252((unsigned char)cp)
                                                       : (int32_t)cp);
        i = k + 1;
    }
}
