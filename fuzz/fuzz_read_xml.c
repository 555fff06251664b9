/*
 * fuzz_read_xml.c: the XML readers (NITF, NewsML-G2, TimeML and the entity
 * refusal) with repair and layout.  The first byte picks the root element
 * put in front of the rest, so that every reader gets its share.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "kiji/pipeline.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const char *const heads[] = {
        "", "<nitf><body><body.content>", "<newsItem><contentSet><inlineXML><html><body>",
        "<TimeML><TEXT>", "<?xml version=\"1.0\"?><!DOCTYPE nitf [", "<newsMessage><itemSet>"};
    const char *head = "";
    if (size) {
        head = heads[data[0] % (sizeof heads / sizeof *heads)];
        data++, size--;
    }
    size_t hl = strlen(head);
    char *buf = malloc(hl + size + 1);
    if (!buf)
        return 0;
    memcpy(buf, head, hl);
    if (size)
        memcpy(buf + hl, data, size);
    kiji_doc *d = kiji_doc_new("a.xml", buf, hl + size);
    kiji_buf why = KIJI_BUF_INIT;
    kiji_pipeline_clean(d, &why);
    kiji_buf_free(&why);
    kiji_doc_free(d);
    free(buf);
    return 0;
}
