/*
 * spec_runner.c: runs the spec tests in the tests/spec files and
 * tests/regression.txt (STYLE 17, 18).  A file is a list of examples:
 *
 *   ### what the example shows (one line)
 *   @stage clean              optional: what to print (default: the file's
 *   @source name.html         stage, from its name); @source sets the file
 *   @published 2023-11-13     name (format detection), @published the date
 *   input lines...
 *   ---
 *   expected output lines...
 *   ===
 *
 * The input is every line up to "---"; in it \t stands for a tab, \xHH for
 * a byte and \\ for a backslash.  Stages and what they print:
 *   clean     the clean text (all paragraphs)
 *   body      the body paragraphs, separated by blank lines
 *   paras     "kind: text" per paragraph
 *   meta      title, authors and published
 *   repairs   "rule: before -> after" per logged repair
 *   sentences one sentence a line
 *   entities  "TYPE name" per entity, in order of first mention
 *   mentions  "name <- mention" per mention
 *   timex     "text | value | type | mod" per temporal expression
 *   quotes    "kind | speaker | text" per quote (terms included)
 *   events    "date | text" per event
 * The runner prints each failing example with its line and both outputs,
 * then "spec: N passed, N failed".
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kiji/doc.h"
#include "kiji/pipeline.h"

static int passed, failed;

static void unescape(kiji_buf *out, const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '\\' && i + 1 < n) {
            char c = s[i + 1];
            if (c == 't') {
                kiji_buf_putc(out, '\t');
                i++;
                continue;
            }
            if (c == '\\') {
                kiji_buf_putc(out, '\\');
                i++;
                continue;
            }
            if (c == 'x' && i + 3 < n) {
                char hex[3] = {s[i + 2], s[i + 3], 0};
                kiji_buf_putc(out, (int)strtol(hex, NULL, 16));
                i += 3;
                continue;
            }
        }
        kiji_buf_putc(out, s[i]);
    }
}

static void put_span(kiji_buf *o, const kiji_doc *d, uint32_t a, uint32_t b)
{
    kiji_buf_put(o, d->text.ptr + a, b - a);
}

static void render(const char *stage, kiji_doc *d, kiji_buf *o)
{
    if (!strcmp(stage, "clean")) {
        kiji_buf_put(o, d->text.ptr, d->text.len);
    } else if (!strcmp(stage, "body")) {
        bool first = true;
        for (size_t i = 0; i < d->paras.n; i++) {
            if (d->paras.v[i].kind != KIJI_PARA_BODY)
                continue;
            if (!first)
                kiji_buf_puts(o, "\n\n");
            put_span(o, d, d->paras.v[i].start, d->paras.v[i].end);
            first = false;
        }
        kiji_buf_putc(o, '\n');
    } else if (!strcmp(stage, "paras")) {
        for (size_t i = 0; i < d->paras.n; i++) {
            kiji_buf_printf(o, "%s: ", kiji_para_kind_name(d->paras.v[i].kind));
            put_span(o, d, d->paras.v[i].start, d->paras.v[i].end);
            kiji_buf_putc(o, '\n');
        }
    } else if (!strcmp(stage, "meta")) {
        kiji_buf_printf(o, "title: %s\nauthors:", d->title ? d->title : "");
        for (size_t i = 0; i < d->authors.n; i++)
            kiji_buf_printf(o, "%s %s", i ? ";" : "", d->authors.v[i]);
        kiji_buf_printf(o, "\npublished: %s\n", d->published ? d->published : "");
    } else if (!strcmp(stage, "repairs")) {
        for (size_t i = 0; i < d->repairs.n; i++)
            kiji_buf_printf(o, "%s: %s -> %s\n", d->repairs.v[i].rule, d->repairs.v[i].before,
                            d->repairs.v[i].after);
    } else if (!strcmp(stage, "sentences")) {
        for (size_t i = 0; i < d->sentences.n; i++) {
            put_span(o, d, d->sentences.v[i].start, d->sentences.v[i].end);
            kiji_buf_putc(o, '\n');
        }
    } else if (!strcmp(stage, "entities")) {
        for (size_t i = 0; i < d->entities.n; i++)
            kiji_buf_printf(o, "%s %s\n", kiji_ent_type_name(d->entities.v[i].type),
                            d->entities.v[i].name);
    } else if (!strcmp(stage, "mentions")) {
        for (size_t i = 0; i < d->mentions.n; i++) {
            const kiji_mention *m = &d->mentions.v[i];
            kiji_buf_printf(o, "%s <- ", m->entity >= 0 ? d->entities.v[m->entity].name : "?");
            put_span(o, d, m->start, m->end);
            kiji_buf_putc(o, '\n');
        }
    } else if (!strcmp(stage, "timex")) {
        for (size_t i = 0; i < d->timexes.n; i++) {
            const kiji_timex *x = &d->timexes.v[i];
            put_span(o, d, x->start, x->end);
            /* no trailing blank when there is no mod */
            kiji_buf_printf(o, " | %s | %s |%s%s\n", x->value, kiji_tx_type_name(x->type),
                            x->mod ? " " : "", x->mod ? x->mod : "");
        }
    } else if (!strcmp(stage, "quotes")) {
        for (size_t i = 0; i < d->quotes.n; i++) {
            const kiji_quote *q = &d->quotes.v[i];
            kiji_buf_printf(o, "%s | %s | ", kiji_quote_kind_name(q->kind),
                            q->speaker_name ? q->speaker_name : "");
            if (q->text)
                kiji_buf_puts(o, q->text);
            else
                put_span(o, d, q->start, q->end);
            kiji_buf_putc(o, '\n');
        }
    } else if (!strcmp(stage, "events")) {
        for (size_t i = 0; i < d->events.n; i++) {
            kiji_buf_printf(o, "%s | ", d->events.v[i].date);
            put_span(o, d, d->events.v[i].start, d->events.v[i].end);
            kiji_buf_putc(o, '\n');
        }
    } else {
        kiji_buf_printf(o, "(unknown stage %s)\n", stage);
    }
}

/* Trailing white space at the end of both outputs does not count. */
static size_t trimmed(const kiji_buf *b)
{
    size_t n = b->len;
    while (n && (b->ptr[n - 1] == '\n' || b->ptr[n - 1] == ' '))
        n--;
    return n;
}

static void run_example(const char *file, int line, const char *title, const char *stage,
                        const char *source, const char *published, kiji_buf *in,
                        kiji_buf *want)
{
    kiji_doc *d = kiji_doc_new(source, in->ptr, in->len);
    if (published)
        d->published = kiji_arena_strdup(&d->arena, published);
    kiji_buf why = KIJI_BUF_INIT, got = KIJI_BUF_INIT;
    int rc = kiji_pipeline_run(d, &why, NULL);
    if (rc != KIJI_OK)
        kiji_buf_printf(&got, "refused: %s\n", why.ptr);
    else
        render(stage, d, &got);
    size_t gn = trimmed(&got), wn = trimmed(want);
    if (gn == wn && !memcmp(got.ptr, want->ptr, gn)) {
        passed++;
    } else {
        failed++;
        printf("FAIL %s:%d: %s\n--- want\n%.*s\n--- got\n%.*s\n---\n", file, line, title,
               (int)wn, want->ptr, (int)gn, got.ptr);
    }
    kiji_buf_free(&why);
    kiji_buf_free(&got);
    kiji_doc_free(d);
}

static void run_file(const char *path)
{
    FILE *f = fopen(path, "r");
    if (!f) {
        printf("FAIL %s: cannot open\n", path);
        failed++;
        return;
    }
    /* default stage from the file name: tests/spec/repair.txt -> clean */
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    char def_stage[32] = "clean";
    size_t bl = strcspn(base, ".");
    if (bl < sizeof def_stage && strncmp(base, "regression", bl) && strncmp(base, "repair", bl)) {
        memcpy(def_stage, base, bl);
        def_stage[bl] = 0;
    }
    char *lineb = NULL;
    size_t cap = 0;
    ssize_t r;
    int lineno = 0, start = 0, mode = 0; /* 0 between, 1 input, 2 expected */
    char title[256] = "", stage[32], source[256], published[32];
    kiji_buf in = KIJI_BUF_INIT, want = KIJI_BUF_INIT;
    while ((r = getline(&lineb, &cap, f)) >= 0) {
        lineno++;
        size_t n = (size_t)r;
        if (n && lineb[n - 1] == '\n')
            lineb[--n] = 0;
        if (mode == 0) {
            if (!strncmp(lineb, "### ", 4)) {
                snprintf(title, sizeof title, "%s", lineb + 4);
                snprintf(stage, sizeof stage, "%s", def_stage);
                snprintf(source, sizeof source, "spec.txt");
                published[0] = 0;
                kiji_buf_clear(&in);
                kiji_buf_clear(&want);
                start = lineno;
                mode = 1;
            }
            continue;
        }
        if (mode == 1) {
            if (!in.len && !strncmp(lineb, "@stage ", 7)) {
                snprintf(stage, sizeof stage, "%s", lineb + 7);
            } else if (!in.len && !strncmp(lineb, "@source ", 8)) {
                snprintf(source, sizeof source, "%s", lineb + 8);
            } else if (!in.len && !strncmp(lineb, "@published ", 11)) {
                snprintf(published, sizeof published, "%s", lineb + 11);
            } else if (!strcmp(lineb, "---")) {
                mode = 2;
            } else {
                unescape(&in, lineb, n);
                kiji_buf_putc(&in, '\n');
            }
            continue;
        }
        if (!strcmp(lineb, "===")) {
            run_example(path, start, title, stage, source, published[0] ? published : NULL,
                        &in, &want);
            mode = 0;
            continue;
        }
        kiji_buf_put(&want, lineb, n);
        kiji_buf_putc(&want, '\n');
    }
    if (mode != 0) {
        printf("FAIL %s:%d: example not closed with ===\n", path, start);
        failed++;
    }
    free(lineb);
    kiji_buf_free(&in);
    kiji_buf_free(&want);
    fclose(f);
}

int main(int argc, char **argv)
{
    for (int i = 1; i < argc; i++)
        run_file(argv[i]);
    printf("spec: %d passed, %d failed\n", passed, failed);
    return failed ? 1 : 0;
}
