/* test_timeml.c: the TimeML writer of kiji export --format timeml. */
#include "harness.h"
#include "kiji/timeml.h"

static const char *write1(const char *id, const char *title, const char *pub, const char *text,
                          const kiji_timeml_timex *tx, size_t ntx)
{
    static kiji_buf b = KIJI_BUF_INIT;
    kiji_buf_clear(&b);
    kiji_timeml_write(&b, id, title, pub, text, strlen(text), tx, ntx);
    return b.ptr;
}

TEST(document)
{
    const char *text = "Talks on Sunday & \"next month\" <soon>.";
    kiji_timeml_timex tx[] = {
        {9, 15, "DATE", "2023-11-12", NULL, "2023-11-13"},
        {19, 29, "DATE", "2023-12", "START", "2023-11-10"},
    };
    const char *got = write1("a", "T & <b>", "2023-11-13", text, tx, 2);
    CHECK(strstr(got, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<TimeML ") == got);
    CHECK(strstr(got, "<DOCID>a</DOCID>") != NULL);
    CHECK(strstr(got, "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2023-11-13\" "
                      "temporalFunction=\"false\" functionInDocument=\"CREATION_TIME\">"
                      "2023-11-13</TIMEX3></DCT>") != NULL);
    CHECK(strstr(got, "<TITLE>T &amp; &lt;b&gt;</TITLE>") != NULL);
    CHECK_STR(strstr(got, "<TEXT>"),
              "<TEXT>Talks on <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2023-11-12\" "
              "temporalFunction=\"true\" anchorTimeID=\"t0\">Sunday</TIMEX3> &amp; \""
              "<TIMEX3 tid=\"t2\" type=\"DATE\" value=\"2023-12\" mod=\"START\">next month"
              "</TIMEX3>\" &lt;soon&gt;.</TEXT>\n</TimeML>\n");
}

TEST(bad_spans)
{
    /* overlapping, out of range, inside a UTF-8 character: left out */
    const char *text = "caf\xC3\xA9 in May";
    kiji_timeml_timex tx[] = {
        {9, 12, "DATE", "2023-05", NULL, NULL},
        {10, 12, "DATE", "XXXX-05", NULL, NULL},
        {4, 6, "DATE", "X", NULL, NULL},
        {11, 40, "DATE", "X", NULL, NULL},
    };
    const char *got = write1(NULL, NULL, NULL, text, tx, 4);
    CHECK(strstr(got, "<DCT>") == NULL && strstr(got, "<DOCID>") == NULL);
    CHECK_STR(strstr(got, "<TEXT>"), "<TEXT>caf\xC3\xA9 in <TIMEX3 tid=\"t1\" type=\"DATE\" "
                                     "value=\"2023-05\">May</TIMEX3></TEXT>\n</TimeML>\n");
}

TEST(bytes)
{
    /* invalid UTF-8 and controls XML forbids become U+FFFD; quotes in values */
    kiji_timeml_timex tx[] = {{0, 1, "DATE", "a\"b", NULL, NULL}};
    const char *got = write1("x", NULL, NULL, "1\x01\xFF", tx, 1);
    CHECK_STR(strstr(got, "<TEXT>"), "<TEXT><TIMEX3 tid=\"t1\" type=\"DATE\" value=\"a&quot;b\">1"
                                     "</TIMEX3>\xEF\xBF\xBD\xEF\xBF\xBD</TEXT>\n</TimeML>\n");
}

RUN_TESTS("timeml", CASE(document), CASE(bad_spans), CASE(bytes))
