/*
 * kiji.h: status codes, version and the helpers every module shares.
 * Errors are values: functions return KIJI_OK or a negative KIJI_E* code;
 * allocation failure is not an error but an abort (kiji_xmalloc).
 */
#ifndef KIJI_KIJI_H
#define KIJI_KIJI_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define KIJI_VERSION "0.1.0"

enum {
    KIJI_OK = 0,
    KIJI_EIO = -1,      /* the file could not be read or written */
    KIJI_EREFUSED = -2, /* the input is not a document kiji takes */
    KIJI_EDB = -3,      /* the database said no */
    KIJI_EUSAGE = -4,   /* the caller asked for something impossible */
};

/* Allocation wrappers: print a message and abort on OOM, never NULL. */
void *kiji_xmalloc(size_t n);
void *kiji_xcalloc(size_t n, size_t size);
void *kiji_xrealloc(void *p, size_t n);
char *kiji_xstrdup(const char *s);
char *kiji_xstrndup(const char *s, size_t n);

/* The first place needle occurs in p[0..n), ignoring ASCII case, or NULL. */
const unsigned char *kiji_find_ci(const unsigned char *p, size_t n, const char *needle);

/* True when the word s[0..n) is one of the NULL-terminated list (exact case). */
bool kiji_word_in_list(const char *s, size_t n, const char *const *list);

/* Grow *pp (an array of *cap elements of size elsize) to hold at least need
 * elements, by half again each time. */
void kiji_grow(void **pp, size_t *cap, size_t need, size_t elsize);

/* Push one element onto a (ptr, n, cap) vector; V is a struct with those fields. */
#define KIJI_VEC(T)                                                            \
    struct {                                                                   \
        T *v;                                                                  \
        size_t n, cap;                                                         \
    }
#define KIJI_VEC_PUSH(vec, x)                                                  \
    do {                                                                       \
        if ((vec).n == (vec).cap)                                              \
            kiji_grow((void **)&(vec).v, &(vec).cap, (vec).n + 1,              \
                      sizeof(*(vec).v));                                       \
        (vec).v[(vec).n++] = (x);                                              \
    } while (0)
#define KIJI_VEC_FREE(vec)                                                     \
    do {                                                                       \
        free((vec).v);                                                         \
        (vec).v = NULL;                                                        \
        (vec).n = (vec).cap = 0;                                               \
    } while (0)

#endif
