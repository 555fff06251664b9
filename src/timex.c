/* timex.c: placeholder until the timex stage lands. */
#include "kiji/timex.h"

void kiji_timex_run(kiji_doc *d)
{
    (void)d;
}
