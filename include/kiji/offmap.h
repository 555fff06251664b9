/*
 * offmap.h: the offset map between a text and the text it was made from.
 * A map is a sorted run list of segments: a copy segment maps bytes one to
 * one, an edit segment maps out_len output bytes to in_len input bytes as a
 * whole.  Built left to right by a pass (kiji_offmap_copy / _edit), looked up
 * in O(log n) either way, and composed so that every span of the clean text
 * leads back to the raw bytes (STYLE 5).
 */
#ifndef KIJI_OFFMAP_H
#define KIJI_OFFMAP_H

#include <stdbool.h>
#include <stdint.h>

typedef struct {
    uint32_t out, in;         /* start offsets */
    uint32_t out_len, in_len; /* equal for a copy */
    bool copy;
} kiji_offseg;

typedef struct {
    kiji_offseg *v;
    size_t n, cap;
    uint32_t out_len, in_len; /* totals so far */
} kiji_offmap;

void kiji_offmap_init(kiji_offmap *m);
void kiji_offmap_free(kiji_offmap *m);
/* n input bytes are copied unchanged to the output. */
void kiji_offmap_copy(kiji_offmap *m, uint32_t n);
/* in_n input bytes became out_n output bytes. */
void kiji_offmap_edit(kiji_offmap *m, uint32_t in_n, uint32_t out_n);
/* Output offset to input offset.  Inside an edit segment a start maps to the
 * segment's input start, an end (is_end) to its input end. */
uint32_t kiji_offmap_to_in(const kiji_offmap *m, uint32_t off, bool is_end);
/* Input offset to output offset, with the same rule for edits. */
uint32_t kiji_offmap_to_out(const kiji_offmap *m, uint32_t off, bool is_end);
/* res = inner then outer: inner maps A->B, outer maps B->C, res maps A->C. */
void kiji_offmap_compose(const kiji_offmap *outer, const kiji_offmap *inner,
                         kiji_offmap *res);

#endif
