/*
 * entities.h: people, organisations, places and other names (stage
 * "entities"), one entity per referent in the document, with every mention,
 * and roles/affiliations of people as written.  Reads the segmented document
 * and the compiled gazetteers; writes doc->entities and doc->mentions only.
 */
#ifndef KIJI_ENTITIES_H
#define KIJI_ENTITIES_H

#include "doc.h"

void kiji_entities_run(kiji_doc *d);

/* Entity index whose canonical name or a mention equals name (any case),
 * or -1: for speaker resolution. */
int kiji_entity_find(const kiji_doc *d, const char *name, size_t n);

#endif
