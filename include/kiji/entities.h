/*
 * entities.h: people, organisations, places and other names (stage
 * "entities"), one entity per referent in the document, with every mention,
 * and roles/affiliations of people as written.  Reads the segmented document
 * and the compiled gazetteers; writes doc->entities, doc->mentions and
 * doc->ent_index only.  Mentions are sorted by start and never overlap;
 * entities are numbered in order of first mention.  A possessive ('s, ’s)
 * is never part of a mention.  Everything lives in the document's arena.
 */
#ifndef KIJI_ENTITIES_H
#define KIJI_ENTITIES_H

#include <stdbool.h>

#include "doc.h"

/* kiji_mention.how: the evidence that found a mention. */
enum {
    KIJI_HOW_GAZETTEER = 1, /* a country, city, region or institution list */
    KIJI_HOW_TITLE,         /* a title before it: "Defense Minister Ana Lima" */
    KIJI_HOW_NAMEWORD,      /* "... Institute", "University of ...", "... Peninsula" */
    KIJI_HOW_GIVEN,         /* a known given name starts it */
    KIJI_HOW_SHAPE,         /* capitalised words no dictionary knows */
    KIJI_HOW_SPEECH,        /* next to a speech verb: "said Lima" */
    KIJI_HOW_ROLE,          /* a role noun before it: "analyst Ana Lima" */
    KIJI_HOW_ALIAS,         /* a part of a name met elsewhere in the document */
    KIJI_HOW_NEAR,          /* one edit away from a person's name: "Hugues" */
    KIJI_HOW_BYLINE,        /* an author named in the byline */
    KIJI_HOW_CONTEXT,       /* the words around it: "the town of X", "X province" */
    KIJI_HOW_NHOW
};

/* The evidence's name ("gazetteer", "title", ...), for storage and display. */
const char *kiji_entity_how_name(unsigned how);

void kiji_entities_run(kiji_doc *d);

/* Entity index whose canonical name or a mention equals name (any case,
 * a trailing possessive ignored), or -1: for speaker resolution.  Binary
 * search over doc->ent_index once kiji_entities_run has filled it. */
int kiji_entity_find(const kiji_doc *d, const char *name, size_t n);

/* True when a and b (ASCII case ignored) are at most one edit apart:
 * one insertion, deletion, substitution or swap of neighbours. */
bool kiji_entity_one_edit(const char *a, size_t na, const char *b, size_t nb);

#endif
