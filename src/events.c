/*
 * events.c: timeline events (stage "events", see events.h).  A body or
 * caption sentence is an event once per calendar date that one of its
 * expressions gives (a DATE or TIME whose value names a period of the
 * calendar: not PRESENT_REF, durations, sets or XXXX-10).  One pass over
 * sentences and timexes together, both in text order.
 */
#include <string.h>

#include "kiji/calendar.h"
#include "kiji/events.h"

/* A value the timeline can place: a period of the calendar. */
static bool dated(const kiji_timex *x)
{
    kiji_date a, b;
    if (x->type != KIJI_TX_DATE && x->type != KIJI_TX_TIME)
        return false;
    return kiji_value_range(x->value, &a, &b);
}

/* A sentence longer than this gives the clause around its date instead:
 * a run-on paragraph without full stops must not copy itself into every
 * event it holds.  Long but real news sentences (a quote and its
 * attribution, 60-100 words) stay whole: what the event is about may sit
 * far from its date ("X, who ..., said on Tuesday"). */
#define LONG_SENTENCE 700
#define CLAUSE_REACH 300

static bool clause_mark(const char *p)
{
    return *p == ';' || *p == ':' || !strncmp(p, "\xe2\x80\x94", 3); /* em dash */
}

/* The span of the clause around [a, b) inside the sentence [s0, s1). */
static void clause(const kiji_doc *d, uint32_t s0, uint32_t s1, uint32_t a, uint32_t b,
                   uint32_t *c0, uint32_t *c1)
{
    const char *t = d->text.ptr;
    uint32_t l = a - s0 > CLAUSE_REACH ? a - CLAUSE_REACH : s0;
    uint32_t r = s1 - b > CLAUSE_REACH ? b + CLAUSE_REACH : s1;
    for (uint32_t k = a; k > l; k--)
        if (clause_mark(t + k - 1)) {
            l = k;
            break;
        }
    for (uint32_t k = b; k < r; k++)
        if (clause_mark(t + k)) {
            r = k;
            break;
        }
    /* whole words only (and so whole UTF-8 sequences) */
    if (l > s0)
        while (l < a && t[l - 1] != ' ')
            l++;
    if (r < s1)
        while (r > b && t[r] != ' ')
            r--;
    while (l < a && t[l] == ' ')
        l++;
    while (r > b && t[r - 1] == ' ')
        r--;
    *c0 = l, *c1 = r;
}

/* The day part of a value: a sentence with "Tuesday" and "3 p.m. Tuesday"
 * is one event. */
static size_t day_len(const char *v)
{
    const char *t = strchr(v, 'T');
    return t ? (size_t)(t - v) : strlen(v);
}

void kiji_events_run(kiji_doc *d)
{
    d->events.n = 0;
    size_t x = 0;
    for (size_t si = 0; si < d->sentences.n; si++) {
        const kiji_sentence *se = &d->sentences.v[si];
        uint8_t kind = d->paras.v[se->para].kind;
        while (x < d->timexes.n && d->timexes.v[x].start < se->start)
            x++;
        if (kind != KIJI_PARA_BODY && kind != KIJI_PARA_CAPTION)
            continue;
        size_t first = d->events.n;
        for (size_t k = x; k < d->timexes.n && d->timexes.v[k].start < se->end; k++) {
            const kiji_timex *t = &d->timexes.v[k];
            if (!dated(t))
                continue;
            /* one event per distinct date in the sentence (looking back a
             * bounded way: a pathological sentence of dates stays linear) */
            bool seen = false;
            size_t from = d->events.n - first > 16 ? d->events.n - 16 : first;
            for (size_t e = from; e < d->events.n && !seen; e++) {
                const char *v = d->events.v[e].date;
                seen = day_len(v) == day_len(t->value) && !strncmp(v, t->value, day_len(v));
            }
            if (seen)
                continue;
            kiji_event ev = {se->start, se->end, (int)k, t->value, t->mod};
            if (se->end - se->start > LONG_SENTENCE)
                clause(d, se->start, se->end, t->start, t->end, &ev.start, &ev.end);
            KIJI_VEC_PUSH(d->events, ev);
        }
    }
}
