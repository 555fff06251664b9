/*
 * events.h: timeline events (stage "events"): the sentences of the body and
 * captions that a dated expression places in time.  Reads doc->sentences
 * and doc->timexes; writes doc->events only, one per sentence and distinct
 * calendar date (a DATE or TIME whose value names a period: durations, sets
 * and PRESENT_REF/PAST_REF place nothing).  The span is the sentence, or
 * the clause around the date in a sentence of more than 400 bytes.  date
 * and mod point at the timex's strings.  Pure: no I/O.
 */
#ifndef KIJI_EVENTS_H
#define KIJI_EVENTS_H

#include "doc.h"

void kiji_events_run(kiji_doc *d);

#endif
