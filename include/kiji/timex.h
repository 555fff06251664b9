/*
 * timex.h: temporal expressions, normalised TIMEX3-style against the
 * publication date (stage "dates").  Reads the segmented document (the
 * sentences of headline, captions and body; bylines, credits, links and
 * datelines are left alone), d->published and the entity mentions (a
 * weekday inside a name is no date).  Writes doc->timexes only, in text
 * order, never overlapping: span, type (DATE TIME DURATION SET), value
 * (2023-11-12, 2023-12, 2023-W46, 2023-Q4, 2023-SU, 199, P3Y, PXY,
 * PRESENT_REF, PAST_REF, XXXX-10 without a publication date), mod (START MID
 * END APPROX BEFORE AFTER or NULL) and the anchor it was resolved against
 * (the publication date, the story's previous date, or NULL for values as
 * written).  Values and mods are static or arena strings.  Pure: no I/O.
 * docs/timeline.md lists the forms and conventions.
 */
#ifndef KIJI_TIMEX_H
#define KIJI_TIMEX_H

#include "doc.h"

void kiji_timex_run(kiji_doc *d);

#endif
