/* quotes.c: placeholder until the quotes stage lands. */
#include "kiji/quotes.h"

void kiji_quotes_run(kiji_doc *d)
{
    (void)d;
}
