/*
 * offmap.c: run-list offset maps (see offmap.h).  Invariant: segments are
 * contiguous on both sides, sorted, and adjacent copy segments are merged.
 */
#include <assert.h>
#include <stdlib.h>
#include <string.h>

#include "kiji/kiji.h"
#include "kiji/offmap.h"

void kiji_offmap_init(kiji_offmap *m)
{
    memset(m, 0, sizeof *m);
}

void kiji_offmap_free(kiji_offmap *m)
{
    free(m->v);
    kiji_offmap_init(m);
}

static void push(kiji_offmap *m, uint32_t in_n, uint32_t out_n, bool copy)
{
    if (!in_n && !out_n)
        return;
    if (copy && m->n && m->v[m->n - 1].copy) {
        m->v[m->n - 1].in_len += in_n;
        m->v[m->n - 1].out_len += out_n;
    } else {
        if (m->n == m->cap)
            kiji_grow((void **)&m->v, &m->cap, m->n + 1, sizeof *m->v);
        m->v[m->n++] = (kiji_offseg){m->out_len, m->in_len, out_n, in_n, copy};
    }
    m->in_len += in_n;
    m->out_len += out_n;
}

void kiji_offmap_copy(kiji_offmap *m, uint32_t n)
{
    push(m, n, n, true);
}

void kiji_offmap_edit(kiji_offmap *m, uint32_t in_n, uint32_t out_n)
{
    push(m, in_n, out_n, false);
}

/* The last segment whose start on side `out` is <= off. */
static size_t find(const kiji_offmap *m, uint32_t off, bool out_side)
{
    size_t lo = 0, hi = m->n;
    while (hi - lo > 1) {
        size_t mid = lo + (hi - lo) / 2;
        uint32_t s = out_side ? m->v[mid].out : m->v[mid].in;
        if (s <= off)
            lo = mid;
        else
            hi = mid;
    }
    return lo;
}

static uint32_t map(const kiji_offmap *m, uint32_t off, bool is_end, bool from_out)
{
    if (!m->n)
        return off;
    uint32_t total = from_out ? m->out_len : m->in_len;
    if (off >= total)
        return from_out ? m->in_len : m->out_len;
    size_t i = find(m, off, from_out);
    /* An end offset at a segment's start belongs to the segment before. */
    if (is_end && i > 0 && off == (from_out ? m->v[i].out : m->v[i].in))
        i--;
    const kiji_offseg *s = &m->v[i];
    uint32_t from = from_out ? s->out : s->in, to = from_out ? s->in : s->out;
    uint32_t from_len = from_out ? s->out_len : s->in_len;
    uint32_t to_len = from_out ? s->in_len : s->out_len;
    if (s->copy)
        return to + (off - from);
    if (off == from && !is_end)
        return to;
    if (off >= from + from_len || is_end)
        return to + to_len;
    return to;
}

uint32_t kiji_offmap_to_in(const kiji_offmap *m, uint32_t off, bool is_end)
{
    return map(m, off, is_end, true);
}

uint32_t kiji_offmap_to_out(const kiji_offmap *m, uint32_t off, bool is_end)
{
    return map(m, off, is_end, false);
}

/* Append a piece of the composed map whose input side is [in_a, in_b):
 * input skipped since the last piece (a deletion inside the inner map)
 * becomes an edit of its own, so both sides stay contiguous. */
static void push_piece(kiji_offmap *res, uint32_t in_a, uint32_t in_b, uint32_t out_n, bool copy)
{
    if (in_a > res->in_len)
        push(res, in_a - res->in_len, 0, false);
    if (in_a < res->in_len)
        in_a = res->in_len;
    if (in_b < in_a)
        in_b = in_a;
    if (copy && in_b - in_a == out_n)
        push(res, out_n, out_n, true);
    else
        push(res, in_b - in_a, out_n, false);
}

void kiji_offmap_compose(const kiji_offmap *outer, const kiji_offmap *inner,
                         kiji_offmap *res)
{
    kiji_offmap_init(res);
    if (!inner->n) {
        for (size_t i = 0; i < outer->n; i++)
            push(res, outer->v[i].in_len, outer->v[i].out_len, outer->v[i].copy);
        return;
    }
    for (size_t i = 0; i < outer->n; i++) {
        const kiji_offseg *o = &outer->v[i];
        if (!o->copy) {
            uint32_t a = kiji_offmap_to_in(inner, o->in, false);
            uint32_t b = kiji_offmap_to_in(inner, o->in + o->in_len, true);
            push_piece(res, a, b, o->out_len, false);
            continue;
        }
        /* split the copy run [o->in, o->in + len) at inner's segments */
        uint32_t pos = o->in, end = o->in + o->in_len;
        size_t j = find(inner, pos, true);
        while (pos < end && j < inner->n) {
            const kiji_offseg *s = &inner->v[j];
            uint32_t seg_end = s->out + s->out_len;
            if (seg_end <= pos) {
                j++;
                continue;
            }
            uint32_t piece_end = seg_end < end ? seg_end : end;
            uint32_t n = piece_end - pos;
            if (s->copy)
                push_piece(res, s->in + (pos - s->out), s->in + (piece_end - s->out), n, true);
            else
                push_piece(res, pos == s->out ? s->in : s->in + s->in_len,
                           s->in + s->in_len, n,
                           false);
            pos = piece_end;
            j++;
        }
    }
    /* input deleted at the very end */
    if (res->in_len < inner->in_len)
        push(res, inner->in_len - res->in_len, 0, false);
}
