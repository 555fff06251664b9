/*
 * doc.c: document lifetime and the names of the enums in doc.h (the strings
 * the database and the export use).
 */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "kiji/doc.h"

const char *kiji_format_name(kiji_format f)
{
    static const char *names[] = {"text", "html", "nitf", "newsml", "timeml", "jsonl"};
    return (unsigned)f < sizeof names / sizeof *names ? names[f] : "?";
}

const char *kiji_para_kind_name(kiji_para_kind k)
{
    static const char *names[] = {"body",    "headline", "byline", "dateline",
                                  "caption", "credit",   "link",   "other"};
    return (unsigned)k < sizeof names / sizeof *names ? names[k] : "?";
}

const char *kiji_ent_type_name(kiji_ent_type t)
{
    static const char *names[] = {"PERSON", "ORG", "GPE", "LOC", "MISC"};
    return (unsigned)t < sizeof names / sizeof *names ? names[t] : "?";
}

const char *kiji_tx_type_name(kiji_tx_type t)
{
    static const char *names[] = {"DATE", "TIME", "DURATION", "SET"};
    return (unsigned)t < sizeof names / sizeof *names ? names[t] : "?";
}

const char *kiji_quote_kind_name(kiji_quote_kind k)
{
    static const char *names[] = {"direct", "partial", "indirect", "term"};
    return (unsigned)k < sizeof names / sizeof *names ? names[k] : "?";
}

kiji_doc *kiji_doc_new(const char *source, const void *raw, size_t len)
{
    kiji_doc *d = kiji_xcalloc(1, sizeof *d);
    kiji_arena_init(&d->arena);
    d->source = kiji_arena_strdup(&d->arena, source ? source : "-");
    unsigned char *copy = kiji_xmalloc(len + 1);
    if (len)
        memcpy(copy, raw, len);
    copy[len] = 0;
    d->raw = copy;
    d->raw_len = len;
    kiji_buf_init(&d->input);
    kiji_buf_init(&d->text);
    kiji_buf_init(&d->warn);
    kiji_offmap_init(&d->map);
    return d;
}

void kiji_doc_free(kiji_doc *d)
{
    if (!d)
        return;
    free((void *)d->raw);
    kiji_buf_free(&d->input);
    kiji_buf_free(&d->text);
    kiji_buf_free(&d->warn);
    kiji_offmap_free(&d->map);
    KIJI_VEC_FREE(d->blocks);
    KIJI_VEC_FREE(d->authors);
    KIJI_VEC_FREE(d->repairs);
    KIJI_VEC_FREE(d->paras);
    KIJI_VEC_FREE(d->sentences);
    KIJI_VEC_FREE(d->tokens);
    KIJI_VEC_FREE(d->entities);
    KIJI_VEC_FREE(d->mentions);
    KIJI_VEC_FREE(d->timexes);
    KIJI_VEC_FREE(d->quotes);
    KIJI_VEC_FREE(d->events);
    kiji_arena_free(&d->arena);
    free(d);
}

void kiji_doc_warn(kiji_doc *d, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    kiji_buf_vprintf(&d->warn, fmt, ap);
    va_end(ap);
    kiji_buf_putc(&d->warn, '\n');
}
