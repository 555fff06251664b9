/*
 * arena.h: a bump allocator owned by one document.  Everything a stage makes
 * for a document (tokens, spans, scratch strings) comes from its arena and is
 * released at once by kiji_arena_free.  Never shared between threads.
 */
#ifndef KIJI_ARENA_H
#define KIJI_ARENA_H

#include <stddef.h>

typedef struct kiji_arena_block kiji_arena_block;

typedef struct {
    kiji_arena_block *head;
    size_t used; /* bytes handed out, for statistics */
} kiji_arena;

void kiji_arena_init(kiji_arena *a);
void kiji_arena_free(kiji_arena *a);
/* n bytes aligned for any type; zeroed. */
void *kiji_arena_alloc(kiji_arena *a, size_t n);
char *kiji_arena_strndup(kiji_arena *a, const char *s, size_t n);
char *kiji_arena_strdup(kiji_arena *a, const char *s);

#endif
