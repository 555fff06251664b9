/* timeline.c: placeholder until the timeline lands. */
#include "kiji/timeline.h"

int kiji_timeline_print(kiji_store *s, const kiji_timeline_opts *o, FILE *out, kiji_buf *err)
{
    (void)s, (void)o, (void)err;
    fputs("[]\n", out);
    return KIJI_OK;
}
