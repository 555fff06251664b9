/* events.c: placeholder until the events stage lands. */
#include "kiji/events.h"

void kiji_events_run(kiji_doc *d)
{
    (void)d;
}
