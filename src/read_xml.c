/* read_xml.c: NITF, NewsML-G2, TimeML (placeholder until the XML reader lands). */
#include "kiji/read.h"

int kiji_read_xml(kiji_doc *d, kiji_buf *why)
{
    (void)d;
    kiji_buf_puts(why, "XML is not supported yet");
    return KIJI_EREFUSED;
}
