/*
 * doc.h: kiji_doc, the document model every stage reads and writes.
 *
 * A document keeps its raw bytes verbatim; the reader turns them into `input`
 * (UTF-8-ish text, paragraphs separated by blank lines) with optional block
 * hints and metadata candidates; repair and layout make the immutable clean
 * `text` and its paragraphs; extractors add stand-off spans into `text`.
 * Offsets are bytes, start inclusive, end exclusive, into `text` unless said.
 * Everything hangs off the document's arena and dies with kiji_doc_free.
 */
#ifndef KIJI_DOC_H
#define KIJI_DOC_H

#include <stdbool.h>
#include <stdint.h>

#include "arena.h"
#include "buf.h"
#include "kiji.h"
#include "offmap.h"

typedef enum {
    KIJI_FMT_TEXT,
    KIJI_FMT_HTML,
    KIJI_FMT_NITF,
    KIJI_FMT_NEWSML,
    KIJI_FMT_TIMEML,
    KIJI_FMT_JSONL, /* reserved: already-extracted documents */
} kiji_format;

const char *kiji_format_name(kiji_format f);

typedef enum {
    KIJI_PARA_BODY,
    KIJI_PARA_HEADLINE,
    KIJI_PARA_BYLINE,
    KIJI_PARA_DATELINE,
    KIJI_PARA_CAPTION,
    KIJI_PARA_CREDIT,
    KIJI_PARA_LINK,
    KIJI_PARA_OTHER, /* kept in the clean text, not in the body (e.g. a role line) */
    KIJI_PARA_NKINDS
} kiji_para_kind;

const char *kiji_para_kind_name(kiji_para_kind k);

typedef struct {
    uint32_t start, end;
    uint8_t kind; /* kiji_para_kind */
    bool quote;   /* a block quote in the source (HTML <blockquote>) */
} kiji_para;

/* One logged repair: `before` (at `offset` in the raw input, as bytes) became
 * `after` at `clean_offset` in the clean text, by the stable rule id. */
typedef struct {
    uint32_t offset, clean_offset;
    const char *before, *after, *rule;
} kiji_repair;

/* Reader output: a block of `input` whose kind the format already says. */
typedef struct {
    uint32_t start, end; /* into input */
    uint8_t kind;
    bool quote;
} kiji_block;

typedef struct {
    uint32_t start, end;
} kiji_span;

/* ----- annotations (filled by the extractors) ----- */

typedef enum {
    KIJI_ENT_PERSON,
    KIJI_ENT_ORG,
    KIJI_ENT_GPE,
    KIJI_ENT_LOC,
    KIJI_ENT_MISC,
    KIJI_ENT_NTYPES
} kiji_ent_type;

const char *kiji_ent_type_name(kiji_ent_type t);

typedef struct {
    uint32_t start, end;
    int entity;    /* index into doc->entities */
    uint8_t how;   /* how it was found: see entities.h */
} kiji_mention;

typedef struct {
    const char *name; /* canonical (fullest) form, arena */
    uint8_t type;     /* kiji_ent_type */
    uint8_t gender;   /* 0 unknown, 'm', 'f' */
    const char *role; /* title/apposition as written, or NULL */
    const char *org;  /* organisation named in the role, or NULL */
    int first;        /* index of its first mention */
    int nmentions;
    /* the gazetteer's canonical form when it differs from name ("North
     * Atlantic Treaty Organization" for "NATO", "Kyiv" for "Kiev"), for one
     * identity across documents; NULL when none (arena or static) */
    const char *canon;
} kiji_entity;

typedef enum { KIJI_TX_DATE, KIJI_TX_TIME, KIJI_TX_DURATION, KIJI_TX_SET } kiji_tx_type;

const char *kiji_tx_type_name(kiji_tx_type t);

typedef struct {
    uint32_t start, end;
    uint8_t type;      /* kiji_tx_type */
    const char *value; /* TIMEX3 value, arena */
    const char *mod;   /* START MID END APPROX BEFORE AFTER, or NULL */
    const char *anchor;/* the date it was resolved against, or NULL */
} kiji_timex;

typedef enum {
    KIJI_Q_DIRECT,
    KIJI_Q_PARTIAL,
    KIJI_Q_INDIRECT,
    KIJI_Q_TERM
} kiji_quote_kind;

const char *kiji_quote_kind_name(kiji_quote_kind k);

typedef struct {
    uint32_t start, end;      /* the quoted words, without the marks */
    uint8_t kind;             /* kiji_quote_kind */
    int speaker;              /* entity index, or -1 */
    const char *speaker_name; /* as resolved (full name), or a group phrase */
    uint32_t sp_start, sp_end;/* the mention that named the speaker (0,0 none) */
    const char *cue;          /* the cue word, or NULL */
    const char *rule;         /* the attribution rule that decided */
    float confidence;
    const char *text;         /* the words when they are not text[start..end):
                                 a quote over paragraphs without the marks
                                 that reopen it, reported speech without its
                                 parenthetical cue ("..., he added, ..."); arena,
                                 or NULL for the plain span */
} kiji_quote;

typedef struct {
    uint32_t start, end;  /* the sentence or clause */
    int timex;            /* index into doc->timexes */
    const char *date;     /* the date value */
    const char *mod;
} kiji_event;

typedef struct {
    uint32_t start, end;
    uint32_t para;       /* index into doc->paras */
    uint32_t tok, ntok;  /* its tokens in doc->tokens */
} kiji_sentence;

typedef enum {
    KIJI_TOK_WORD,  /* letters, digits, inner ' ’ - . (U.S., Won-sik, don't) */
    KIJI_TOK_NUM,   /* starts with a digit: 2023, 3.5, 1990s, 13th */
    KIJI_TOK_PUNCT, /* anything else, one character */
} kiji_tok_kind;

/* token flags */
#define KIJI_TF_CAP 1u    /* first letter upper case */
#define KIJI_TF_UPPER 2u  /* all letters upper case (2+ letters) */
#define KIJI_TF_SSTART 4u /* first word of its sentence */
#define KIJI_TF_QUOTE 8u  /* a quotation mark */

typedef struct {
    uint32_t start, end;
    uint8_t kind;  /* kiji_tok_kind */
    uint8_t flags;
} kiji_token;

typedef struct kiji_doc {
    kiji_arena arena;
    const char *source; /* path as given, or "-" */
    kiji_format format;
    char hash[65];      /* SHA-256 of raw, hex */

    const unsigned char *raw; /* verbatim bytes (owned, malloc) */
    size_t raw_len;

    /* reader output */
    kiji_buf input;
    KIJI_VEC(kiji_block) blocks; /* empty for plain text: layout infers */

    /* metadata (arena strings or NULL) */
    const char *title, *published, *url, *site, *language, *pub_time;
    KIJI_VEC(const char *) authors;

    /* repair + layout output */
    kiji_buf text;       /* clean text, immutable after layout */
    kiji_offmap map;     /* clean -> input */
    KIJI_VEC(kiji_repair) repairs;
    KIJI_VEC(kiji_para) paras;
    KIJI_VEC(kiji_sentence) sentences;
    KIJI_VEC(kiji_token) tokens;

    /* extractors */
    KIJI_VEC(kiji_entity) entities;
    KIJI_VEC(kiji_mention) mentions;
    KIJI_VEC(kiji_timex) timexes;
    KIJI_VEC(kiji_quote) quotes;
    KIJI_VEC(kiji_event) events;
    /* entities.c: sorted name -> entity table for kiji_entity_find (arena) */
    const void *ent_index;

    kiji_buf warn; /* non-fatal notes for the user, one per line */
} kiji_doc;

/* A new document over a copy of raw[0..len). Never fails. */
kiji_doc *kiji_doc_new(const char *source, const void *raw, size_t len);
void kiji_doc_free(kiji_doc *d);
/* Add a line to the document's warnings (shown to the user, not fatal). */
void kiji_doc_warn(kiji_doc *d, const char *fmt, ...) KIJI_PRINTF(2, 3);

static inline kiji_str kiji_doc_span(const kiji_doc *d, uint32_t start, uint32_t end)
{
    return kiji_str_make(d->text.ptr + start, end - start);
}

#endif
