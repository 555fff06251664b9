/* entities.c: placeholder until the entities stage lands. */
#include "kiji/entities.h"

void kiji_entities_run(kiji_doc *d)
{
    (void)d;
}

int kiji_entity_find(const kiji_doc *d, const char *name, size_t n)
{
    (void)d;
    (void)name;
    (void)n;
    return -1;
}
