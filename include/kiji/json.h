/*
 * json.h: a small JSON writer into a kiji_buf.  It keeps track of commas;
 * strings are escaped and always come out as valid UTF-8 (invalid bytes
 * become U+FFFD).
 */
#ifndef KIJI_JSON_H
#define KIJI_JSON_H

#include <stdbool.h>

#include "buf.h"

#define KIJI_JSON_DEPTH 32

typedef struct {
    kiji_buf *out;
    int depth;
    bool need_comma[KIJI_JSON_DEPTH];
    bool after_key;
} kiji_json;

void kiji_json_init(kiji_json *j, kiji_buf *out);
void kiji_json_obj(kiji_json *j);
void kiji_json_obj_end(kiji_json *j);
void kiji_json_arr(kiji_json *j);
void kiji_json_arr_end(kiji_json *j);
void kiji_json_key(kiji_json *j, const char *key);
void kiji_json_strn(kiji_json *j, const char *s, size_t n);
void kiji_json_str(kiji_json *j, const char *s); /* NULL -> null */
void kiji_json_int(kiji_json *j, long long v);
void kiji_json_num(kiji_json *j, double v);
void kiji_json_null(kiji_json *j);
/* Write s[0..n) escaped, without the surrounding quotes. */
void kiji_json_escape(kiji_buf *out, const char *s, size_t n);

#endif
