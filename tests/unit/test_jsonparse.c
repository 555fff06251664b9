/* test_jsonparse.c: the forgiving JSON-LD reader (jsonparse.h). */
#include <stdlib.h>

#include "harness.h"
#include "kiji/jsonparse.h"

static kiji_arena A;

static kiji_jv *parse(const char *s, kiji_buf *err)
{
    return kiji_jv_parse(&A, s, strlen(s), err);
}

TEST(scalars)
{
    kiji_jv *v = parse("  42.5 ", NULL);
    CHECK(v && v->type == KIJI_JV_NUM && v->num == 42.5);
    v = parse("true", NULL);
    CHECK(v && v->type == KIJI_JV_TRUE);
    v = parse("null", NULL);
    CHECK(v && v->type == KIJI_JV_NULL);
    v = parse("\"a\\\"b\\\\c\\/d\\n\"", NULL);
    CHECK(v && v->type == KIJI_JV_STR);
    CHECK_STR(v->str, "a\"b\\c/d\n");
    CHECK(parse("", NULL) == NULL);
    CHECK(parse("   ", NULL) == NULL);
}

TEST(unicode_escapes)
{
    kiji_jv *v = parse("\"caf\\u00e9 \\ud83d\\ude00 \\udc00 \\u2019\"", NULL);
    CHECK(v && v->type == KIJI_JV_STR);
    CHECK_STR(v->str, "caf\xc3\xa9 \xf0\x9f\x98\x80 \xef\xbf\xbd \xe2\x80\x99");
    v = parse("\"\\u00\"", NULL); /* a short escape keeps its letter */
    CHECK_STR(v->str, "u00");
}

TEST(objects)
{
    kiji_jv *v = parse("{\"@type\": [\"NewsArticle\", \"Article\"], \"headline\": \"H\","
                       " \"author\": {\"name\": \"A B\"}, \"n\": [1, 2, 3]}",
                       NULL);
    CHECK(v && v->type == KIJI_JV_OBJ);
    CHECK_INT(v->n, 4);
    CHECK(kiji_jv_is(kiji_jv_get(v, "@type"), "NewsArticle"));
    CHECK(!kiji_jv_is(kiji_jv_get(v, "@type"), "WebPage"));
    CHECK_STR(kiji_jv_get_str(v, "headline"), "H");
    CHECK_STR(kiji_jv_get_str(kiji_jv_get(v, "author"), "name"), "A B");
    CHECK(kiji_jv_get_str(v, "n") == NULL);
    CHECK_INT(kiji_jv_get(v, "n")->n, 3);
    CHECK(kiji_jv_get(v, "missing") == NULL);
}

TEST(forgiving)
{
    kiji_buf err = KIJI_BUF_INIT;
    /* trailing commas, comments, raw newlines, an HTML comment wrapper */
    kiji_jv *v = parse("<!-- {\"a\": [1, 2, ], // note\n /* x */ \"b\": \"line\nbreak\",} -->",
                       &err);
    CHECK(v && v->type == KIJI_JV_OBJ);
    CHECK_INT(v->n, 2);
    CHECK_STR(kiji_jv_get_str(v, "b"), "line\nbreak");
    CHECK_INT(err.len, 0);
    /* a stray brace after the value: the value is kept, the rest ignored */
    v = parse("{\"headline\": \"H\"} },\n \"x\": 1}", &err);
    CHECK_STR(kiji_jv_get_str(v, "headline"), "H");
    /* unquoted and single-quoted names */
    v = parse("{headline: 'H', '@id': \"x\"}", NULL);
    CHECK_STR(kiji_jv_get_str(v, "headline"), "H");
    CHECK_STR(kiji_jv_get_str(v, "@id"), "x");
    kiji_buf_free(&err);
}

TEST(damaged)
{
    kiji_buf err = KIJI_BUF_INIT;
    /* truncated: what was read survives, the error is reported */
    kiji_jv *v = parse("{\"headline\": \"H\", \"datePublished\": \"2019-11-18\", \"body\": \"abc",
                       &err);
    CHECK(v && v->type == KIJI_JV_OBJ);
    CHECK_STR(kiji_jv_get_str(v, "headline"), "H");
    CHECK_STR(kiji_jv_get_str(v, "datePublished"), "2019-11-18");
    CHECK_STR(kiji_jv_get_str(v, "body"), "abc");
    CHECK(err.len > 0);
    kiji_buf_clear(&err);
    v = parse("{\"a\": 1 \"b\": 2}", &err);
    CHECK(v && kiji_jv_get(v, "a") && !kiji_jv_get(v, "b"));
    CHECK(err.len > 0);
    kiji_buf_clear(&err);
    v = parse("{\"a\": @}", &err);
    CHECK(v && v->n == 0 && err.len > 0);
    kiji_buf_free(&err);
}

TEST(deep)
{
    /* 100k nested arrays: an error, no stack overflow */
    size_t n = 100000;
    char *s = malloc(2 * n + 1);
    memset(s, '[', n);
    memset(s + n, ']', n);
    s[2 * n] = 0;
    kiji_buf err = KIJI_BUF_INIT;
    kiji_jv *v = kiji_jv_parse(&A, s, 2 * n, &err);
    CHECK(v && v->type == KIJI_JV_ARR);
    CHECK(strstr(err.ptr, "deeply") != NULL);
    kiji_buf_free(&err);
    free(s);
}

static void free_arena(void);
RUN_TESTS("jsonparse", CASE(scalars), CASE(unicode_escapes), CASE(objects), CASE(forgiving),
          CASE(damaged), CASE(deep), CASE(free_arena))

/* Arena lifetime: one arena for the whole run, freed by the last case. */
static void free_arena(void)
{
    kiji_arena_free(&A);
    CHECK(1);
}
