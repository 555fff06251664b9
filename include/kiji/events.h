/*
 * events.h: timeline events (stage "events"): sentences of the body placed
 * in time by a dated expression.  Writes doc->events.
 */
#ifndef KIJI_EVENTS_H
#define KIJI_EVENTS_H

#include "doc.h"

void kiji_events_run(kiji_doc *d);

#endif
