/*
 * jsonparse.h: a small, forgiving JSON reader for the JSON-LD blocks of web
 * pages (stage "read").  It builds a tree in the caller's arena.
 *
 * Pages carry JSON-LD that is not quite JSON: trailing commas, // and block
 * comments, raw newlines inside strings, <!-- --> or CDATA wrappers, a stray
 * closing brace after the real value.  The reader accepts all of these and,
 * on a real error, returns the part it could read (closing every open array
 * and object) with the error in *err, so a truncated block still gives its
 * headline and date.  Nesting deeper than KIJI_JV_DEPTH is an error, so a
 * hostile page cannot exhaust the stack; memory is linear in the input.
 */
#ifndef KIJI_JSONPARSE_H
#define KIJI_JSONPARSE_H

#include <stdbool.h>
#include <stddef.h>

#include "arena.h"
#include "buf.h"

#define KIJI_JV_DEPTH 64

typedef enum {
    KIJI_JV_NULL,
    KIJI_JV_FALSE,
    KIJI_JV_TRUE,
    KIJI_JV_NUM,
    KIJI_JV_STR,
    KIJI_JV_ARR,
    KIJI_JV_OBJ,
} kiji_jv_type;

typedef struct kiji_jv kiji_jv;
struct kiji_jv {
    kiji_jv_type type;
    const char *str; /* STR: decoded UTF-8, NUL-terminated; NUM: the literal */
    size_t len;      /* bytes of str */
    double num;      /* NUM */
    const char *key; /* the member's name when the parent is an object */
    kiji_jv *child;  /* ARR, OBJ: first element or member */
    kiji_jv *next;   /* next element or member of the parent */
    size_t n;        /* ARR, OBJ: number of children */
};

/* Parse the first JSON value in s[0..n).  Everything is allocated from a
 * and lives as long as it.  Returns the value, or NULL when s holds none;
 * *err (may be NULL) gets a message when the input was damaged, even when a
 * partial value is returned. */
kiji_jv *kiji_jv_parse(kiji_arena *a, const char *s, size_t n, kiji_buf *err);

/* The member named key of an object (the first one if repeated), or NULL. */
const kiji_jv *kiji_jv_get(const kiji_jv *obj, const char *key);
/* The string of member key, or NULL when it is missing or not a string. */
const char *kiji_jv_get_str(const kiji_jv *obj, const char *key);
/* True when v is a string equal to s, or an array holding such a string
 * (JSON-LD's "@type" may be either). */
bool kiji_jv_is(const kiji_jv *v, const char *s);

#endif
