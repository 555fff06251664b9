/*
 * read.c: format detection and the plain-text reader (stage "read").
 * Plain text needs no reading beyond refusing what is not text: the line
 * structure is layout's business and the encoding repair's.  UTF-16 (with
 * its byte-order mark) is the one encoding turned into UTF-8 here, since
 * its NUL bytes would otherwise look like binary data.
 */
#include <ctype.h>
#include <string.h>
#include <strings.h>

#include "kiji/markup.h"
#include "kiji/read.h"
#include "kiji/utf8.h"

static bool has_ext(const char *name, const char *ext)
{
    if (!name)
        return false;
    size_t n = strlen(name), e = strlen(ext);
    return n > e && name[n - e - 1] == '.' && !strcasecmp(name + n - e, ext);
}


kiji_format kiji_detect(const unsigned char *p, size_t n, const char *name)
{
    size_t i = 0;
    if (n >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF)
        i = 3;
    while (i < n && isspace(p[i]))
        i++;
    size_t head = n - i < 4096 ? n - i : 4096;
    const unsigned char *h = p + i;
    if (head && h[0] == '<') {
        if (kiji_find_ci(h, head, "<nitf"))
            return KIJI_FMT_NITF;
        if (kiji_find_ci(h, head, "<newsItem") || kiji_find_ci(h, head, "<newsMessage"))
            return KIJI_FMT_NEWSML;
        if (kiji_find_ci(h, head, "<TimeML") || kiji_find_ci(h, head, "<DCT"))
            return KIJI_FMT_TIMEML;
        if (kiji_find_ci(h, head, "<html") || kiji_find_ci(h, head, "<!doctype html") ||
            kiji_find_ci(h, head, "<head") || kiji_find_ci(h, head, "<body") ||
            kiji_find_ci(h, head, "<article") || kiji_find_ci(h, head, "<div") || kiji_find_ci(h, head, "<p>"))
            return KIJI_FMT_HTML;
        if (kiji_find_ci(h, head, "<?xml") || kiji_find_ci(h, head, "<!DOCTYPE"))
            return KIJI_FMT_NITF; /* XML of some kind: the XML reader says which,
                                     or refuses it by its root element */
    }
    if (has_ext(name, "html") || has_ext(name, "htm") || has_ext(name, "xhtml"))
        return KIJI_FMT_HTML;
    if (has_ext(name, "xml") || has_ext(name, "nitf"))
        return KIJI_FMT_NITF;
    if (has_ext(name, "tml") || has_ext(name, "timeml"))
        return KIJI_FMT_TIMEML;
    return KIJI_FMT_TEXT;
}

/* A name for binary data, or NULL when it may be text. */
static const char *binary_kind(const unsigned char *p, size_t n)
{
    static const struct {
        const char *magic;
        size_t len;
        const char *what;
    } sig[] = {
        {"\x89PNG\r\n\x1a\n", 8, "a PNG image"},
        {"\xff\xd8\xff", 3, "a JPEG image"},
        {"GIF8", 4, "a GIF image"},
        {"%PDF-", 5, "a PDF file (extract its text first, e.g. with pdftotext)"},
        {"PK\x03\x04", 4, "a ZIP archive (or an office document)"},
        {"\x1f\x8b", 2, "gzip-compressed data (gunzip it first)"},
        {"BZh", 3, "bzip2-compressed data"},
        {"\xfd" "7zXZ", 5, "xz-compressed data"},
        {"\x7f" "ELF", 4, "an executable"},
        {"SQLite format 3", 15, "an SQLite database"},
        {"RIFF", 4, "a RIFF media file"},
        {"\xd0\xcf\x11\xe0", 4, "an OLE2 document (old Office format)"},
    };
    for (size_t i = 0; i < sizeof sig / sizeof *sig; i++)
        if (n >= sig[i].len && !memcmp(p, sig[i].magic, sig[i].len))
            return sig[i].what;
    /* Text is mostly printable ASCII, white space and valid UTF-8; Latin-1
     * text has a few high bytes among its letters.  Random or compressed
     * bytes are printable well under half the time, and UTF-16 has a NUL
     * every other byte. */
    size_t scan = n < 8192 ? n : 8192, good = 0, nul = 0;
    for (size_t i = 0; i < scan;) {
        unsigned char c = p[i];
        if (!c)
            nul++;
        if ((c >= 0x20 && c < 0x7F) || c == '\n' || c == '\r' || c == '\t' || c == '\f') {
            good++;
            i++;
            continue;
        }
        size_t len;
        if (c >= 0x80 && kiji_utf8_decode((const char *)p + i, scan - i, &len) >= 0) {
            good += len;
            i += len;
            continue;
        }
        /* a lone high byte: Latin-1 if a letter is next to it */
        if (c >= 0xA0 && ((i && isalpha(p[i - 1])) || (i + 1 < scan && isalpha(p[i + 1]))))
            good++;
        i++;
    }
    if (scan && (nul * 100 > scan * 10 || good * 100 < scan * 85))
        return "binary data";
    return NULL;
}

static bool utf16_bom(const unsigned char *p, size_t n)
{
    return n >= 2 && ((p[0] == 0xFF && p[1] == 0xFE) || (p[0] == 0xFE && p[1] == 0xFF));
}

int kiji_read_text(kiji_doc *d, kiji_buf *why)
{
    if (utf16_bom(d->raw, d->raw_len)) {
        kiji_markup_to_utf8(d->raw, d->raw_len, false, &d->input, NULL);
        return KIJI_OK;
    }
    /* a line longer than any article's paragraph is not text */
    size_t run = 0;
    for (size_t i = 0; i < d->raw_len; i++) {
        if (d->raw[i] == '\n' || d->raw[i] == '\r') {
            run = 0;
            continue;
        }
        if (++run > KIJI_MAX_LINE) {
            kiji_buf_printf(why, "a line of more than %u bytes: not article text",
                            KIJI_MAX_LINE);
            return KIJI_EREFUSED;
        }
    }
    kiji_buf_put(&d->input, d->raw, d->raw_len);
    return KIJI_OK;
}

int kiji_read(kiji_doc *d, kiji_buf *why)
{
    if (!d->raw_len) {
        kiji_buf_puts(why, "empty file");
        return KIJI_EREFUSED;
    }
    bool blank = true;
    for (size_t i = 0; i < d->raw_len && blank; i++)
        blank = isspace(d->raw[i]);
    if (blank) {
        kiji_buf_puts(why, "no text (only white space)");
        return KIJI_EREFUSED;
    }
    if (utf16_bom(d->raw, d->raw_len)) {
        /* detect on the start of it in UTF-8; the readers convert it all */
        kiji_buf head = KIJI_BUF_INIT;
        kiji_markup_to_utf8(d->raw, d->raw_len < 8192 ? d->raw_len & ~(size_t)1 : 8192, false,
                            &head, NULL);
        d->format = kiji_detect((const unsigned char *)head.ptr, head.len, d->source);
        kiji_buf_free(&head);
    } else {
        const char *bin = binary_kind(d->raw, d->raw_len);
        if (bin) {
            kiji_buf_printf(why, "not text: looks like %s", bin);
            return KIJI_EREFUSED;
        }
        d->format = kiji_detect(d->raw, d->raw_len, d->source);
    }
    switch (d->format) {
    case KIJI_FMT_HTML:
        return kiji_read_html(d, why);
    case KIJI_FMT_NITF:
    case KIJI_FMT_NEWSML:
    case KIJI_FMT_TIMEML:
        return kiji_read_xml(d, why);
    default:
        d->format = KIJI_FMT_TEXT;
        return kiji_read_text(d, why);
    }
}
