/*
 * fuzz_jsonparse.c: the forgiving JSON-LD reader, and a walk over what it
 * returns (partial trees included).
 */
#include <stddef.h>
#include <stdint.h>

#include "kiji/jsonparse.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static size_t walk(const kiji_jv *v, int depth)
{
    size_t n = 1;
    if (v->type == KIJI_JV_STR && v->len)
        n += (unsigned char)v->str[v->len - 1] == 0xFF;
    for (const kiji_jv *c = v->child; c && depth < 100; c = c->next)
        n += walk(c, depth + 1);
    return n;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    kiji_arena a;
    kiji_arena_init(&a);
    kiji_buf err = KIJI_BUF_INIT;
    kiji_jv *v = kiji_jv_parse(&a, (const char *)data, size, &err);
    if (v)
        walk(v, 0);
    kiji_jv_get(v, "@type");
    kiji_buf_free(&err);
    kiji_arena_free(&a);
    return 0;
}
