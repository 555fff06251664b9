/*
 * main.c: the command line.  One table of subcommands gives both the
 * dispatch and the help text; exit codes are declared here once.
 */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>

#include "kiji/ingest.h"
#include "kiji/kiji.h"
#include "kiji/pipeline.h"
#include "kiji/query.h"
#include "kiji/store.h"
#include "kiji/timeline.h"
#include "kiji/timeml.h"

enum { EXIT_OK = 0, EXIT_REFUSED = 1, EXIT_USAGE = 2 };

typedef struct {
    const char *db;
    int argc;
    char **argv;
} ctx;

typedef struct {
    const char *name;
    int (*run)(ctx *c);
    const char *args, *help;
} command;

static int usage_error(const char *cmd, const char *msg, const char *example)
{
    fprintf(stderr, "kiji %s: %s\n", cmd, msg);
    if (example)
        fprintf(stderr, "  e.g. %s\n", example);
    fprintf(stderr, "  (kiji help %s)\n", cmd);
    return EXIT_USAGE;
}

/* --name VALUE or --name=VALUE at argv[*i]; advances *i. */
static bool opt_value(ctx *c, int *i, const char *name, const char **val)
{
    const char *a = c->argv[*i];
    size_t n = strlen(name);
    if (strncmp(a, name, n))
        return false;
    if (a[n] == '=') {
        *val = a + n + 1;
        return true;
    }
    if (a[n] || *i + 1 >= c->argc)
        return false;
    *val = c->argv[++*i];
    return true;
}

/* Common options: --db.  Returns 1 if argv[*i] was one. */
static bool common_opt(ctx *c, int *i)
{
    const char *v;
    if (opt_value(c, i, "--db", &v)) {
        c->db = v;
        return true;
    }
    return false;
}

static bool parse_format(const char *v, kiji_out_format *f)
{
    if (!strcmp(v, "table"))
        *f = KIJI_OUT_TABLE;
    else if (!strcmp(v, "csv"))
        *f = KIJI_OUT_CSV;
    else if (!strcmp(v, "json"))
        *f = KIJI_OUT_JSON;
    else
        return false;
    return true;
}

static bool valid_date_arg(const char *s)
{
    /* YYYY, YYYY-MM or YYYY-MM-DD */
    size_t n = strlen(s);
    if (n != 4 && n != 7 && n != 10)
        return false;
    for (size_t i = 0; i < n; i++) {
        bool dash = i == 4 || i == 7;
        if (dash ? s[i] != '-' : (s[i] < '0' || s[i] > '9'))
            return false;
    }
    return true;
}

static kiji_store *open_db(ctx *c, bool read_only)
{
    kiji_buf err = KIJI_BUF_INIT;
    if (read_only && access(c->db, F_OK) != 0) {
        fprintf(stderr, "kiji: %s: no database here (run kiji ingest --db %s FILES first)\n",
                c->db, c->db);
        return NULL;
    }
    kiji_store *s = kiji_store_open(c->db, read_only, &err);
    if (!s)
        fprintf(stderr, "kiji: %s\n", err.ptr);
    kiji_buf_free(&err);
    return s;
}

/* ------------------------------------------------------------------ */

static int cmd_ingest(ctx *c)
{
    KIJI_VEC(char *) paths = {0};
    kiji_ingest ig;
    kiji_ingest_init(&ig, NULL);
    ig.progress = isatty(2);
    bool stats = false, from_jsonl = false;
    for (int i = 0; i < c->argc; i++) {
        const char *a = c->argv[i], *v;
        if (common_opt(c, &i))
            continue;
        if (opt_value(c, &i, "-j", &v) || opt_value(c, &i, "--jobs", &v)) {
            char *end;
            long j = strtol(v, &end, 10);
            if (*end || j < 1 || j > 256) {
                KIJI_VEC_FREE(paths);
                return usage_error("ingest", "-j takes a number of workers from 1 to 256",
                                   "kiji ingest -j 2 corpus/");
            }
            ig.jobs = (unsigned)j;
        } else if (opt_value(c, &i, "--max-size", &v)) {
            char *end;
            double mb = strtod(v, &end);
            if (end == v || mb <= 0 || (*end && strcmp(end, "M") && strcmp(end, "MB"))) {
                KIJI_VEC_FREE(paths);
                return usage_error("ingest", "--max-size takes megabytes",
                                   "kiji ingest --max-size 64 big/");
            }
            ig.max_bytes = (size_t)(mb * 1024 * 1024);
        } else if (!strcmp(a, "-v") || !strcmp(a, "--verbose")) {
            ig.verbose = true;
        } else if (!strcmp(a, "-q") || !strcmp(a, "--quiet")) {
            ig.progress = false;
        } else if (!strcmp(a, "--stats")) {
            stats = true;
        } else if (!strcmp(a, "--from-jsonl")) {
            from_jsonl = true;
        } else if (a[0] == '-' && a[1]) {
            KIJI_VEC_FREE(paths);
            return usage_error("ingest", "unknown option", "kiji ingest --db news.db corpus/");
        } else {
            char *p = c->argv[i];
            KIJI_VEC_PUSH(paths, p);
        }
    }
    if (!paths.n)
        return usage_error("ingest", "no files or directories given",
                           "kiji ingest --db news.db corpus/ more/*.txt");
    kiji_store *s = open_db(c, false);
    if (!s) {
        KIJI_VEC_FREE(paths);
        return EXIT_REFUSED;
    }
    ig.store = s;
    ig.db_path = c->db;
    int rc = KIJI_OK;
    if (from_jsonl) {
        /* lines of kiji extract, from files or stdin */
        for (size_t i = 0; i < paths.n && !rc; i++) {
            FILE *f = strcmp(paths.v[i], "-") ? fopen(paths.v[i], "r") : stdin;
            if (!f) {
                fprintf(stderr, "kiji: %s: refused: cannot open\n", paths.v[i]);
                ig.refused++;
                continue;
            }
            rc = kiji_ingest_lines(&ig, f, paths.v[i], true);
            if (f != stdin)
                fclose(f);
        }
    } else {
        rc = kiji_ingest_paths(&ig, paths.v, (int)paths.n);
    }
    if (stats) {
        kiji_stage_times *t = &ig.times;
        struct rusage ru;
        getrusage(RUSAGE_SELF, &ru);
        fprintf(stderr,
                "kiji: %zu files, %zu stored, %zu replaced, %zu unchanged, %zu refused, "
                "%.1f MB stored\n"
                "kiji: seconds (summed over workers): read %.3f repair %.3f layout %.3f "
                "segment %.3f entities %.3f dates %.3f quotes %.3f events %.3f store %.3f\n"
                "kiji: peak memory %.1f MB\n",
                ig.seen, ig.stored, ig.replaced, ig.same, ig.refused,
                (double)ig.bytes / 1048576.0, t->read, t->repair, t->layout, t->segment,
                t->entities, t->timex, t->quotes, t->events, ig.store_time,
                (double)ru.ru_maxrss / 1024.0);
    }
    kiji_store_close(s);
    KIJI_VEC_FREE(paths);
    return rc || ig.refused || ig.failed ? EXIT_REFUSED : EXIT_OK;
}

static int cmd_extract(ctx *c)
{
    KIJI_VEC(char *) paths = {0};
    kiji_ingest ig;
    kiji_ingest_init(&ig, NULL);
    ig.emit = stdout;
    for (int i = 0; i < c->argc; i++) {
        const char *a = c->argv[i], *v;
        if (opt_value(c, &i, "-j", &v) || opt_value(c, &i, "--jobs", &v)) {
            char *end;
            long j = strtol(v, &end, 10);
            if (*end || j < 1 || j > 256) {
                KIJI_VEC_FREE(paths);
                return usage_error("extract", "-j takes a number of workers from 1 to 256",
                                   "kiji extract -j 2 corpus/ > out.jsonl");
            }
            ig.jobs = (unsigned)j;
        } else if (!strcmp(a, "-v") || !strcmp(a, "--verbose")) {
            ig.verbose = true;
        } else if (a[0] == '-' && a[1]) {
            KIJI_VEC_FREE(paths);
            return usage_error("extract", "unknown option", "kiji extract corpus/ > out.jsonl");
        } else {
            char *p = c->argv[i];
            KIJI_VEC_PUSH(paths, p);
        }
    }
    int rc = paths.n ? kiji_ingest_paths(&ig, paths.v, (int)paths.n)
                     : kiji_ingest_lines(&ig, stdin, "-", false);
    if (fflush(stdout) != 0)
        rc = KIJI_EIO;
    KIJI_VEC_FREE(paths);
    return rc || ig.refused ? EXIT_REFUSED : EXIT_OK;
}

static int cmd_merge(ctx *c)
{
    KIJI_VEC(char *) args = {0};
    for (int i = 0; i < c->argc; i++) {
        if (c->argv[i][0] == '-' && c->argv[i][1]) {
            KIJI_VEC_FREE(args);
            return usage_error("merge", "unknown option", "kiji merge all.db shard1.db shard2.db");
        }
        char *p = c->argv[i];
        KIJI_VEC_PUSH(args, p);
    }
    if (args.n < 2) {
        KIJI_VEC_FREE(args);
        return usage_error("merge", "give the database to merge into, then the shards",
                           "kiji merge all.db shard1.db shard2.db");
    }
    ctx out = *c;
    out.db = args.v[0];
    kiji_store *s = open_db(&out, false);
    if (!s) {
        KIJI_VEC_FREE(args);
        return EXIT_REFUSED;
    }
    kiji_ingest ig;
    kiji_ingest_init(&ig, s);
    int rc = KIJI_OK;
    for (size_t i = 1; i < args.n && !rc; i++) {
        if (!strcmp(args.v[i], args.v[0])) {
            fprintf(stderr, "kiji: %s: refused: a database cannot be merged into itself\n",
                    args.v[i]);
            ig.refused++;
            continue;
        }
        rc = kiji_ingest_merge(&ig, args.v[i]);
    }
    fprintf(stderr, "kiji: merged %zu documents (%zu already there), %zu refused\n",
            ig.stored + ig.replaced, ig.same, ig.refused);
    kiji_store_close(s);
    KIJI_VEC_FREE(args);
    return rc || ig.refused || ig.failed ? EXIT_REFUSED : EXIT_OK;
}

static int cmd_clean(ctx *c)
{
    const char *path = NULL;
    bool body = false, repairs = false;
    for (int i = 0; i < c->argc; i++) {
        const char *a = c->argv[i];
        if (common_opt(c, &i))
            continue;
        if (!strcmp(a, "--body"))
            body = true;
        else if (!strcmp(a, "--repairs"))
            repairs = true;
        else if (a[0] == '-' && a[1])
            return usage_error("clean", "unknown option", "kiji clean article.txt");
        else if (path)
            return usage_error("clean", "one file at a time", "kiji clean article.txt");
        else
            path = a;
    }
    if (!path)
        return usage_error("clean", "which file?", "kiji clean article.txt  (or - for stdin)");
    char *data;
    size_t len;
    kiji_buf why = KIJI_BUF_INIT, tmp = KIJI_BUF_INIT;
    if (kiji_read_file(path, KIJI_DEFAULT_MAX_BYTES, &data, &len, &why) != KIJI_OK) {
        fprintf(stderr, "kiji: %s: refused: %s\n", kiji_printable(path, &tmp), why.ptr);
        kiji_buf_free(&why);
        kiji_buf_free(&tmp);
        return EXIT_REFUSED;
    }
    kiji_doc *d = kiji_doc_new(path, data, len);
    free(data);
    int rc = kiji_pipeline_clean(d, &why);
    if (rc != KIJI_OK) {
        fprintf(stderr, "kiji: %s: refused: %s\n", kiji_printable(path, &tmp), why.ptr);
    } else if (repairs) {
        for (size_t i = 0; i < d->repairs.n; i++) {
            const kiji_repair *r = &d->repairs.v[i];
            printf("%u\t%u\t%s\t%s\t%s\n", r->offset, r->clean_offset, r->rule, r->before,
                   r->after);
        }
    } else if (body) {
        bool first = true;
        for (size_t i = 0; i < d->paras.n; i++) {
            const kiji_para *p = &d->paras.v[i];
            if (p->kind != KIJI_PARA_BODY)
                continue;
            printf("%s%.*s\n", first ? "" : "\n", (int)(p->end - p->start),
                   d->text.ptr + p->start);
            first = false;
        }
    } else {
        fwrite(d->text.ptr, 1, d->text.len, stdout);
    }
    kiji_doc_free(d);
    kiji_buf_free(&why);
    kiji_buf_free(&tmp);
    return rc == KIJI_OK ? EXIT_OK : EXIT_REFUSED;
}

static int cmd_export(ctx *c)
{
    const char *format = "jsonl";
    for (int i = 0; i < c->argc; i++) {
        const char *v;
        if (common_opt(c, &i))
            continue;
        if (opt_value(c, &i, "--format", &v))
            format = v;
        else
            return usage_error("export", "unknown argument", "kiji export --format jsonl");
    }
    if (strcmp(format, "jsonl") && strcmp(format, "timeml"))
        return usage_error("export", "--format is jsonl or timeml", "kiji export --format jsonl");
    kiji_store *s = open_db(c, true);
    if (!s)
        return EXIT_REFUSED;
    kiji_buf err = KIJI_BUF_INIT;
    int rc = !strcmp(format, "jsonl") ? kiji_query_export_jsonl(s, stdout, &err)
                                      : kiji_export_timeml(s, stdout, &err);
    if (rc)
        fprintf(stderr, "kiji: export: %s\n", err.ptr);
    kiji_buf_free(&err);
    kiji_store_close(s);
    return rc ? EXIT_REFUSED : EXIT_OK;
}

static int cmd_sql(ctx *c)
{
    kiji_out_format f = KIJI_OUT_TABLE;
    const char *sql = NULL;
    for (int i = 0; i < c->argc; i++) {
        const char *v;
        if (common_opt(c, &i))
            continue;
        if (opt_value(c, &i, "--format", &v)) {
            if (!parse_format(v, &f))
                return usage_error("sql", "--format is table, csv or json",
                                   "kiji sql --format csv 'select title from documents'");
        } else if (c->argv[i][0] == '-' && c->argv[i][1]) {
            return usage_error("sql", "unknown option", "kiji sql 'select count(*) from quotes'");
        } else if (sql) {
            return usage_error("sql", "give the query as one argument",
                               "kiji sql \"select speaker, quote from quote_view\"");
        } else {
            sql = c->argv[i];
        }
    }
    if (!sql)
        return usage_error("sql", "no query", "kiji sql 'select title, published from documents'");
    kiji_store *s = open_db(c, true);
    if (!s)
        return EXIT_REFUSED;
    kiji_buf err = KIJI_BUF_INIT;
    int rc = kiji_query_sql(s, sql, f, stdout, &err);
    if (rc)
        fprintf(stderr, "kiji: sql: %s\n", err.ptr);
    kiji_buf_free(&err);
    kiji_store_close(s);
    return rc == KIJI_EUSAGE ? EXIT_USAGE : rc ? EXIT_REFUSED : EXIT_OK;
}

static int cmd_quotes(ctx *c)
{
    kiji_quote_filter q;
    memset(&q, 0, sizeof q);
    for (int i = 0; i < c->argc; i++) {
        const char *v;
        if (common_opt(c, &i))
            continue;
        if (opt_value(c, &i, "--speaker", &v))
            q.speaker = v;
        else if (opt_value(c, &i, "--search", &v))
            q.search = v;
        else if (opt_value(c, &i, "--since", &v))
            q.since = v;
        else if (opt_value(c, &i, "--until", &v))
            q.until = v;
        else if (opt_value(c, &i, "--limit", &v))
            q.limit = atoi(v);
        else if (opt_value(c, &i, "--format", &v)) {
            if (!parse_format(v, &q.format))
                return usage_error("quotes", "--format is table, csv or json",
                                   "kiji quotes --speaker Murano --format csv");
        } else
            return usage_error("quotes", "unknown argument", "kiji quotes --speaker Murano");
    }
    if ((q.since && !valid_date_arg(q.since)) || (q.until && !valid_date_arg(q.until)))
        return usage_error("quotes", "dates are YYYY, YYYY-MM or YYYY-MM-DD",
                           "kiji quotes --since 2023-01-01");
    kiji_store *s = open_db(c, true);
    if (!s)
        return EXIT_REFUSED;
    kiji_buf err = KIJI_BUF_INIT;
    int rc = kiji_query_quotes(s, &q, stdout, &err);
    if (rc)
        fprintf(stderr, "kiji: quotes: %s\n", err.ptr);
    kiji_buf_free(&err);
    kiji_store_close(s);
    return rc ? EXIT_REFUSED : EXIT_OK;
}

static int cmd_timeline(ctx *c)
{
    kiji_timeline_opts o;
    memset(&o, 0, sizeof o);
    o.format = "json";
    for (int i = 0; i < c->argc; i++) {
        const char *v;
        if (common_opt(c, &i))
            continue;
        if (opt_value(c, &i, "--format", &v))
            o.format = v;
        else if (opt_value(c, &i, "--since", &v))
            o.since = v;
        else if (opt_value(c, &i, "--until", &v))
            o.until = v;
        else if (opt_value(c, &i, "--speaker", &v))
            o.speaker = v;
        else if (opt_value(c, &i, "--entity", &v))
            o.entity = v;
        else if (!strcmp(c->argv[i], "--separate"))
            o.separate = true;
        else
            return usage_error("timeline", "unknown argument",
                               "kiji timeline --since 2023-01 --format html > timeline.html");
    }
    if (strcmp(o.format, "json") && strcmp(o.format, "csv") && strcmp(o.format, "html") &&
        strcmp(o.format, "timelinejs"))
        return usage_error("timeline", "--format is json, csv, html or timelinejs",
                           "kiji timeline --format html > timeline.html");
    if ((o.since && !valid_date_arg(o.since)) || (o.until && !valid_date_arg(o.until)))
        return usage_error("timeline", "dates are YYYY, YYYY-MM or YYYY-MM-DD",
                           "kiji timeline --since 2023-01-01");
    kiji_store *s = open_db(c, true);
    if (!s)
        return EXIT_REFUSED;
    kiji_buf err = KIJI_BUF_INIT;
    int rc = kiji_timeline_print(s, &o, stdout, &err);
    if (rc)
        fprintf(stderr, "kiji: timeline: %s\n", err.ptr);
    kiji_buf_free(&err);
    kiji_store_close(s);
    return rc ? EXIT_REFUSED : EXIT_OK;
}

static int cmd_show(ctx *c)
{
    const char *which = NULL;
    for (int i = 0; i < c->argc; i++) {
        if (common_opt(c, &i))
            continue;
        if (which)
            return usage_error("show", "one document at a time", "kiji show 1");
        which = c->argv[i];
    }
    if (!which)
        return usage_error("show", "which document?",
                           "kiji show 1   (an id, a source path or a hash prefix)");
    kiji_store *s = open_db(c, true);
    if (!s)
        return EXIT_REFUSED;
    kiji_buf err = KIJI_BUF_INIT;
    int rc = kiji_query_show(s, which, stdout, &err);
    if (rc)
        fprintf(stderr, "kiji: show: %s\n", err.ptr);
    kiji_buf_free(&err);
    kiji_store_close(s);
    return rc == KIJI_EUSAGE ? EXIT_REFUSED : rc ? EXIT_REFUSED : EXIT_OK;
}

static int cmd_version(ctx *c)
{
    (void)c;
    printf("kiji %s\n", KIJI_VERSION);
    return EXIT_OK;
}

static int cmd_help(ctx *c);

static const command commands[] = {
    {"ingest", cmd_ingest, "[-j N] [--max-size MB] [-v] [--stats] [--from-jsonl] PATH...",
     "ingest files, directories (recursively) or - for stdin; --from-jsonl: kiji extract's "
     "lines"},
    {"clean", cmd_clean, "[--body | --repairs] FILE", "print the repaired text of FILE (- for stdin)"},
    {"extract", cmd_extract, "[-j N] [PATH...]",
     "extract without a database: one JSON line per document on stdout (input: paths, or "
     "JSON lines {\"source\", \"content\"} on stdin)"},
    {"merge", cmd_merge, "OUT.db SHARD.db...", "join shard databases into OUT.db"},
    {"export", cmd_export, "[--format jsonl|timeml]", "every document with its annotations"},
    {"quotes", cmd_quotes,
     "[--speaker NAME] [--search TEXT] [--since D] [--until D] [--format table|csv|json]",
     "who said what, when"},
    {"sql", cmd_sql, "[--format table|csv|json] 'SELECT ...'", "read-only SQL over the database"},
    {"timeline", cmd_timeline,
     "[--since D] [--until D] [--speaker NAME] [--entity NAME] [--separate] "
     "[--format json|csv|html|timelinejs]",
     "the dated events the corpus reports (--separate: no merging across documents)"},
    {"show", cmd_show, "DOC", "a document with its annotations (id, path or hash prefix)"},
    {"version", cmd_version, "", "print the version"},
    {"help", cmd_help, "[COMMAND]", "this help"},
};

#define NCOMMANDS (sizeof commands / sizeof *commands)

static void print_usage(FILE *out)
{
    fprintf(out, "kiji %s: who said what, when, about whom, from piles of news documents\n\n"
                 "usage: kiji COMMAND [--db FILE] [OPTIONS]\n\n",
            KIJI_VERSION);
    for (size_t i = 0; i < NCOMMANDS; i++)
        fprintf(out, "  %-9s %s\n", commands[i].name, commands[i].help);
    fprintf(out, "\nThe database is --db FILE, else $KIJI_DB, else ./kiji.db.\n"
                 "Exit status: 0 ok, 1 some input refused or an error, 2 usage error.\n"
                 "kiji help COMMAND shows a command's options; man kiji has the rest.\n");
}

static int cmd_help(ctx *c)
{
    if (c->argc > 0) {
        for (size_t i = 0; i < NCOMMANDS; i++) {
            if (!strcmp(commands[i].name, c->argv[0])) {
                printf("usage: kiji %s [--db FILE] %s\n  %s\n", commands[i].name,
                       commands[i].args, commands[i].help);
                return EXIT_OK;
            }
        }
        fprintf(stderr, "kiji: no command '%s'\n", c->argv[0]);
        return EXIT_USAGE;
    }
    print_usage(stdout);
    return EXIT_OK;
}

int main(int argc, char **argv)
{
    /* past a file-size limit, writes fail with EFBIG and the database says
     * so; the signal would kill the process without a word */
    signal(SIGXFSZ, SIG_IGN);
    if (argc < 2) {
        print_usage(stderr);
        return EXIT_USAGE;
    }
    const char *name = argv[1];
    if (!strcmp(name, "--help") || !strcmp(name, "-h"))
        name = "help";
    if (!strcmp(name, "--version"))
        name = "version";
    ctx c;
    c.db = getenv("KIJI_DB");
    if (!c.db || !*c.db)
        c.db = "kiji.db";
    c.argc = argc - 2;
    c.argv = argv + 2;
    for (int i = 0; i < c.argc; i++) {
        if (!strcmp(c.argv[i], "--help") || !strcmp(c.argv[i], "-h")) {
            char *sub[1] = {(char *)name};
            ctx h = {c.db, 1, sub};
            return cmd_help(&h);
        }
    }
    for (size_t i = 0; i < NCOMMANDS; i++)
        if (!strcmp(commands[i].name, name))
            return commands[i].run(&c);
    fprintf(stderr, "kiji: no command '%s'\n", name);
    print_usage(stderr);
    return EXIT_USAGE;
}
