/* export_timeml.c: placeholder until the TimeML export lands. */
#include "kiji/timeml.h"

int kiji_export_timeml(kiji_store *s, FILE *out, kiji_buf *err)
{
    (void)s, (void)out;
    kiji_buf_puts(err, "TimeML export is not available yet");
    return KIJI_EUSAGE;
}
