/* read_html.c: HTML news pages (placeholder until the HTML reader lands). */
#include "kiji/read.h"

int kiji_read_html(kiji_doc *d, kiji_buf *why)
{
    (void)d;
    kiji_buf_puts(why, "HTML is not supported yet");
    return KIJI_EREFUSED;
}
