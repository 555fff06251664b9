/* test_markup.c: charsets and tree text shared by the HTML and XML readers
 * (markup.h). */
#include <libxml/HTMLparser.h>

#include "harness.h"
#include "kiji/markup.h"

static const char *conv(const char *s, size_t n, bool html, char used[48])
{
    static kiji_buf b = KIJI_BUF_INIT;
    kiji_buf_clear(&b);
    kiji_markup_to_utf8((const unsigned char *)s, n, html, &b, used);
    return b.ptr;
}

TEST(charsets)
{
    char used[48];
    /* UTF-8 with BOM */
    CHECK_STR(conv("\xEF\xBB\xBF" "caf\xC3\xA9", 8, true, used), "caf\xC3\xA9");
    CHECK_STR(used, "utf-8");
    /* declared Latin-1, written in Latin-1 */
    const char *l1 = "<meta charset=\"iso-8859-1\"><p>caf\xE9 \x93q\x94";
    CHECK_STR(conv(l1, strlen(l1), true, used),
              "<meta charset=\"iso-8859-1\"><p>caf\xC3\xA9 \xE2\x80\x9Cq\xE2\x80\x9D");
    CHECK_STR(used, "windows-1252");
    /* declared Latin-1 (http-equiv), written in UTF-8: the bytes win */
    const char *lie = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">"
                      "caf\xC3\xA9";
    conv(lie, strlen(lie), true, used);
    CHECK_STR(used, "utf-8");
    /* nothing declared, not UTF-8: Windows-1252 */
    CHECK_STR(conv("caf\xE9", 4, true, used), "caf\xC3\xA9");
    CHECK_STR(used, "windows-1252");
    /* damaged UTF-8: stray bytes read as Windows-1252, NUL dropped */
    CHECK_STR(conv("a\xC3\xA9 \x92 b\0" "c", 10, true, used), "a\xC3\xA9 \xE2\x80\x99 bc");
    /* a charset through iconv: Shift_JIS from the XML declaration */
    const char *sj = "<?xml version=\"1.0\" encoding=\"Shift_JIS\"?><a>\x93\xFA\x96\x7B</a>";
    CHECK_STR(conv(sj, strlen(sj), false, used),
              "<?xml version=\"1.0\" encoding=\"Shift_JIS\"?><a>\xE6\x97\xA5\xE6\x9C\xAC</a>");
    CHECK_STR(used, "shift_jis");
    /* UTF-16LE with BOM */
    CHECK_STR(conv("\xFF\xFE<\0p\0>\0\xE9\0", 10, true, used), "<p>\xC3\xA9");
    /* an unknown label falls back to Windows-1252 */
    const char *unk = "<meta charset=x-no-such-charset>\xE9";
    CHECK_STR(conv(unk, strlen(unk), true, used), "<meta charset=x-no-such-charset>\xC3\xA9");
    CHECK_STR(used, "windows-1252");
}

TEST(text_and_unescape)
{
    const char *h = "<html><body><div id=a> Hello <b>big</b>\n\n world<script>x()</script>"
                    "<br>again </div></body></html>";
    kiji_markup_init();
    htmlDocPtr doc = htmlReadMemory(h, (int)strlen(h), NULL, "UTF-8",
                                    HTML_PARSE_RECOVER | HTML_PARSE_NOERROR |
                                        HTML_PARSE_NOWARNING | HTML_PARSE_NONET);
    xmlNode *body = xmlDocGetRootElement(doc)->children;
    kiji_buf b = KIJI_BUF_INIT;
    kiji_markup_text(body, &b, 0);
    CHECK_STR(b.ptr, "Hello big world again");
    CHECK_STR(kiji_markup_attr(body->children, "id"), "a");
    CHECK(kiji_markup_attr(body->children, "class") == NULL);
    xmlFreeDoc(doc);
    kiji_buf_clear(&b);
    const char *e = "&#034;A&#x2019;s &amp; &nbsp;&eacute; &bogus; & &#0; &#150;";
    kiji_markup_unescape(&b, e, strlen(e));
    CHECK_STR(b.ptr, "\"A\xE2\x80\x99s & \xC2\xA0\xC3\xA9 &bogus; & &#0; \xE2\x80\x93");
    kiji_buf_free(&b);
}

RUN_TESTS("markup", CASE(charsets), CASE(text_and_unescape))
