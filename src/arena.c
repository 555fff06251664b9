/*
 * arena.c: per-document bump allocator.  Blocks are chained; a request larger
 * than a block gets a block of its own.  kiji_arena_free releases them all.
 */
#include <stdalign.h>
#include <stdlib.h>
#include <string.h>

#include "kiji/arena.h"
#include "kiji/kiji.h"

#define BLOCK_SIZE (64 * 1024)

struct kiji_arena_block {
    kiji_arena_block *next;
    size_t size, used;
    alignas(max_align_t) unsigned char data[];
};

void kiji_arena_init(kiji_arena *a)
{
    a->head = NULL;
    a->used = 0;
}

void kiji_arena_free(kiji_arena *a)
{
    kiji_arena_block *b = a->head;
    while (b) {
        kiji_arena_block *next = b->next;
        free(b);
        b = next;
    }
    kiji_arena_init(a);
}

void *kiji_arena_alloc(kiji_arena *a, size_t n)
{
    const size_t align = alignof(max_align_t);
    n = (n + align - 1) & ~(align - 1);
    if (!n)
        n = align;
    kiji_arena_block *b = a->head;
    if (!b || b->size - b->used < n) {
        size_t size = n > BLOCK_SIZE / 4 ? n : BLOCK_SIZE;
        kiji_arena_block *nb = kiji_xmalloc(sizeof *nb + size);
        nb->size = size;
        nb->used = 0;
        if (size == n && b) {
            /* a big one-off: keep the current block in front for small ones */
            nb->next = b->next;
            b->next = nb;
        } else {
            nb->next = b;
            a->head = nb;
        }
        b = nb;
    }
    void *p = b->data + b->used;
    b->used += n;
    a->used += n;
    memset(p, 0, n);
    return p;
}

char *kiji_arena_strndup(kiji_arena *a, const char *s, size_t n)
{
    char *p = kiji_arena_alloc(a, n + 1);
    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

char *kiji_arena_strdup(kiji_arena *a, const char *s)
{
    return kiji_arena_strndup(a, s, strlen(s));
}
