/* test_core.c: unit tests of the small modules: buffer, arena, offset map,
 * SHA-256, JSON writer, UTF-8 helpers, lexicon lookups, name casing. */
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "kiji/arena.h"
#include "kiji/buf.h"
#include "kiji/json.h"
#include "kiji/layout.h"
#include "kiji/lexicon.h"
#include "kiji/offmap.h"
#include "kiji/repair.h"
#include "kiji/sha256.h"
#include "kiji/utf8.h"

TEST(buf_basics)
{
    kiji_buf b = KIJI_BUF_INIT;
    CHECK(b.ptr != NULL && b.len == 0 && b.ptr[0] == 0);
    kiji_buf_puts(&b, "abc");
    kiji_buf_putc(&b, 'd');
    kiji_buf_printf(&b, "%d-%s", 42, "x");
    CHECK_STR(b.ptr, "abcd42-x");
    kiji_buf_truncate(&b, 2);
    CHECK_STR(b.ptr, "ab");
    for (int i = 0; i < 10000; i++)
        kiji_buf_putc(&b, 'z');
    CHECK_INT(b.len, 10002);
    CHECK(b.ptr[b.len] == 0);
    kiji_buf_clear(&b);
    kiji_buf_put_utf8(&b, 0x201C);
    kiji_buf_put_utf8(&b, 0x1F600);
    kiji_buf_put_utf8(&b, 0xD800); /* a surrogate becomes U+FFFD */
    CHECK_STR(b.ptr, "\xE2\x80\x9C\xF0\x9F\x98\x80\xEF\xBF\xBD");
    char *p = kiji_buf_detach(&b);
    CHECK(b.len == 0 && b.ptr[0] == 0);
    free(p);
    kiji_buf_free(&b);
}

TEST(arena_alloc)
{
    kiji_arena a;
    kiji_arena_init(&a);
    char *s = kiji_arena_strdup(&a, "hello");
    CHECK_STR(s, "hello");
    /* many small and one big allocation, all zeroed and aligned */
    for (int i = 0; i < 5000; i++) {
        long *x = kiji_arena_alloc(&a, sizeof(long) * 3);
        CHECK(((uintptr_t)x % sizeof(long)) == 0 && x[2] == 0);
    }
    char *big = kiji_arena_alloc(&a, 1 << 20);
    CHECK(big[0] == 0 && big[(1 << 20) - 1] == 0);
    CHECK_STR(s, "hello");
    kiji_arena_free(&a);
    CHECK(a.head == NULL);
}

TEST(offmap_lookup)
{
    /* "ab" copied, "XYZ" -> "q", "cd" copied: in "abXYZcd" -> out "abqcd" */
    kiji_offmap m;
    kiji_offmap_init(&m);
    kiji_offmap_copy(&m, 2);
    kiji_offmap_edit(&m, 3, 1);
    kiji_offmap_copy(&m, 2);
    CHECK_INT(m.out_len, 5);
    CHECK_INT(m.in_len, 7);
    CHECK_INT(kiji_offmap_to_in(&m, 0, false), 0);
    CHECK_INT(kiji_offmap_to_in(&m, 2, false), 2);
    CHECK_INT(kiji_offmap_to_in(&m, 3, false), 5); /* 'c' */
    CHECK_INT(kiji_offmap_to_in(&m, 3, true), 5);  /* end of the edit */
    CHECK_INT(kiji_offmap_to_in(&m, 5, true), 7);
    CHECK_INT(kiji_offmap_to_out(&m, 5, false), 3);
    CHECK_INT(kiji_offmap_to_out(&m, 3, false), 2); /* inside the edit: its start */
    CHECK_INT(kiji_offmap_to_out(&m, 3, true), 3);  /* ... or its end */
    kiji_offmap_free(&m);
}

TEST(offmap_compose)
{
    /* inner: "aXXb" -> "ab" (drop XX); outer: "ab" -> "aYb" (insert Y) */
    kiji_offmap inner, outer, res;
    kiji_offmap_init(&inner);
    kiji_offmap_copy(&inner, 1);
    kiji_offmap_edit(&inner, 2, 0);
    kiji_offmap_copy(&inner, 1);
    kiji_offmap_init(&outer);
    kiji_offmap_copy(&outer, 1);
    kiji_offmap_edit(&outer, 0, 1);
    kiji_offmap_copy(&outer, 1);
    kiji_offmap_compose(&outer, &inner, &res);
    CHECK_INT(res.out_len, 3);
    CHECK_INT(res.in_len, 4);
    CHECK_INT(kiji_offmap_to_in(&res, 0, false), 0);
    CHECK_INT(kiji_offmap_to_in(&res, 2, false), 3); /* 'b' */
    CHECK_INT(kiji_offmap_to_in(&res, 3, true), 4);
    kiji_offmap_free(&inner);
    kiji_offmap_free(&outer);
    kiji_offmap_free(&res);
}

TEST(sha256_vectors)
{
    char hex[65];
    kiji_sha256_hex("", 0, hex);
    CHECK_STR(hex, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    kiji_sha256_hex("abc", 3, hex);
    CHECK_STR(hex, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    const char *two = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";
    kiji_sha256_hex(two, strlen(two), hex);
    CHECK_STR(hex, "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
}

TEST(json_writer)
{
    kiji_buf b = KIJI_BUF_INIT;
    kiji_json j;
    kiji_json_init(&j, &b);
    kiji_json_obj(&j);
    kiji_json_key(&j, "a");
    kiji_json_str(&j, "x\"y\n\x01");
    kiji_json_key(&j, "b");
    kiji_json_arr(&j);
    kiji_json_int(&j, 1);
    kiji_json_null(&j);
    kiji_json_strn(&j, "\xff", 1); /* invalid UTF-8 comes out as U+FFFD */
    kiji_json_arr_end(&j);
    kiji_json_key(&j, "c");
    kiji_json_str(&j, NULL);
    kiji_json_obj_end(&j);
    CHECK_STR(b.ptr, "{\"a\":\"x\\\"y\\n\\u0001\",\"b\":[1,null,\"\xEF\xBF\xBD\"],\"c\":null}");
    kiji_buf_free(&b);
}

TEST(utf8_helpers)
{
    size_t l;
    CHECK_INT(kiji_utf8_decode("\xE2\x80\x99", 3, &l), 0x2019);
    CHECK_INT(l, 3);
    CHECK_INT(kiji_utf8_decode("\xC0\x80", 2, &l), -1); /* overlong */
    CHECK_INT(kiji_utf8_decode("\xE2\x80", 2, &l), -1); /* truncated */
    CHECK(kiji_utf8_valid("caf\xC3\xA9", 5));
    CHECK(!kiji_utf8_valid("caf\xE9", 4));
    size_t st;
    CHECK_INT(kiji_utf8_prev("a\xC3\xA9", 3, &st), 0xE9);
    CHECK_INT(st, 1);
    CHECK(kiji_cp_is_upper(0xC9) && kiji_cp_is_lower(0xE9) && kiji_cp_is_letter(0x4E2D));
    CHECK(kiji_cp_is_open_quote(0x201C) && kiji_cp_is_close_quote(0x201D));
    CHECK_INT(kiji_cp1252(0x93), 0x201C);
    CHECK_INT(kiji_cp1252(0xE9), 0xE9);
}

TEST(lexicon_words)
{
    CHECK(kiji_is_word("the", 3));
    CHECK(kiji_is_word("The", 3));
    CHECK(kiji_is_word("government", 10));
    CHECK(!kiji_is_word("e", 1));
    CHECK(kiji_is_word("a", 1));
    CHECK(!kiji_is_word("ursday", 6));
    CHECK(kiji_word_flags("thursday", 8) & KIJI_W_CAPITAL);
    CHECK(!(kiji_word_flags("thursday", 8) & KIJI_W_LOWER));
    CHECK(kiji_word_flags("city's", 6) & KIJI_W_LOWER);
    CHECK(kiji_word_flags("city\xE2\x80\x99s", 8) & KIJI_W_LOWER);
    CHECK_INT(kiji_lex_get(&kiji_lex_words, "", 0), -1);
}

TEST(name_casing)
{
    char *s;
    s = kiji_name_case("GABRIEL DOMINGUEZ", 17);
    CHECK_STR(s, "Gabriel Dominguez");
    free(s);
    s = kiji_name_case("MARY MCDONALD-O'BRIEN", 21);
    CHECK_STR(s, "Mary McDonald-O'Brien");
    free(s);
    s = kiji_name_case("LUDWIG VAN DER BERG", 19);
    CHECK_STR(s, "Ludwig van der Berg");
    free(s);
    s = kiji_name_case("JOS\xC3\x89 \xC3\x81LVAREZ", 14);
    CHECK_STR(s, "Jos\xC3\xA9 \xC3\x81lvarez");
    free(s);
    s = kiji_name_case("Anna Smith", 10); /* already normal */
    CHECK_STR(s, "Anna Smith");
    free(s);
}

RUN_TESTS("unit/core", CASE(buf_basics), CASE(arena_alloc), CASE(offmap_lookup),
          CASE(offmap_compose), CASE(sha256_vectors), CASE(json_writer), CASE(utf8_helpers),
          CASE(lexicon_words), CASE(name_casing))
