/*
 * ingest.c: paths -> documents -> database (see ingest.h).
 *
 * Every input becomes a job with a sequence number.  With -j 1 a job is read,
 * processed and written in turn.  With -j N a walker thread issues jobs, N
 * workers read and process them (each with its own read-only connection to
 * skip bytes already stored), and the calling thread is the one writer: it
 * writes jobs strictly in sequence order, so ids, merges and messages are the
 * same whatever N is.  At most 4*N jobs are in flight, so memory stays flat
 * however large the corpus.  Directory walks are sorted, skip hidden entries
 * and never loop on symbolic links.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "kiji/docjson.h"
#include "kiji/ingest.h"
#include "kiji/jsonparse.h"
#include "kiji/query.h"
#include "kiji/sha256.h"

#define BATCH_DOCS 64
#define BATCH_SECONDS 1.0

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

const char *kiji_printable(const char *path, kiji_buf *tmp)
{
    kiji_buf_clear(tmp);
    for (const char *p = path; *p; p++) {
        unsigned char c = (unsigned char)*p;
        if (c == '\n')
            kiji_buf_puts(tmp, "\\n");
        else if (c < 0x20 || c == 0x7F)
            kiji_buf_printf(tmp, "\\x%02X", c);
        else
            kiji_buf_putc(tmp, c);
    }
    return tmp->ptr;
}

void kiji_ingest_init(kiji_ingest *ig, kiji_store *store)
{
    memset(ig, 0, sizeof *ig);
    ig->store = store;
    ig->max_bytes = KIJI_DEFAULT_MAX_BYTES;
    ig->jobs = 1;
}

int kiji_read_file(const char *path, size_t max, char **data, size_t *len, kiji_buf *why)
{
    int fd = strcmp(path, "-") ? open(path, O_RDONLY | O_NOCTTY | O_NONBLOCK) : 0;
    if (fd < 0) {
        kiji_buf_printf(why, "cannot open: %s", strerror(errno));
        return KIJI_EIO;
    }
    struct stat st;
    if (fstat(fd, &st) != 0) {
        kiji_buf_printf(why, "cannot stat: %s", strerror(errno));
        if (fd)
            close(fd);
        return KIJI_EIO;
    }
    if (fd && S_ISDIR(st.st_mode)) {
        kiji_buf_puts(why, "is a directory");
        close(fd);
        return KIJI_EREFUSED;
    }
    if (fd && !S_ISREG(st.st_mode)) {
        kiji_buf_puts(why, "not a regular file");
        close(fd);
        return KIJI_EREFUSED;
    }
    if (fd && (size_t)st.st_size > max) {
        kiji_buf_printf(why, "too large: %lld bytes, more than the limit of %zu (--max-size)",
                        (long long)st.st_size, max);
        close(fd);
        return KIJI_EREFUSED;
    }
    if (fd) {
        /* blocking reads from here on */
        int fl = fcntl(fd, F_GETFL);
        if (fl >= 0)
            fcntl(fd, F_SETFL, fl & ~O_NONBLOCK);
    }
    kiji_buf b = KIJI_BUF_INIT;
    if (fd && st.st_size > 0)
        kiji_buf_grow(&b, (size_t)st.st_size);
    int rc = KIJI_OK;
    for (;;) {
        kiji_buf_grow(&b, 65536);
        ssize_t r = read(fd, b.ptr + b.len, b.cap - b.len - 1);
        if (r < 0) {
            if (errno == EINTR)
                continue;
            kiji_buf_printf(why, "read error: %s", strerror(errno));
            rc = KIJI_EIO;
            break;
        }
        if (r == 0)
            break;
        b.len += (size_t)r;
        b.ptr[b.len] = 0;
        if (b.len > max) {
            kiji_buf_printf(why, "too large: more than the limit of %zu bytes (--max-size)", max);
            rc = KIJI_EREFUSED;
            break;
        }
    }
    if (fd)
        close(fd);
    if (rc != KIJI_OK) {
        kiji_buf_free(&b);
        return rc;
    }
    *len = b.len;
    *data = kiji_buf_detach(&b);
    return KIJI_OK;
}

/* ------------------------------------------------------------------ */
/* jobs                                                                */

enum { J_READ, J_REFUSED, J_SAME, J_DONE };

/* Where a job's bytes come from. */
enum { FROM_PATH, FROM_CONTENT, FROM_EXTRACT };

typedef struct job {
    size_t seq;
    char *path;
    int state;
    int from;      /* FROM_*: a file, bytes given, or an extract line */
    char *data;    /* FROM_CONTENT, FROM_EXTRACT: the bytes */
    kiji_buf why;  /* J_REFUSED: the reason */
    kiji_doc *doc; /* J_DONE: the processed document */
    size_t len;    /* raw bytes */
    struct job *next;
} job;

static job *job_new(const char *path, const char *refused)
{
    job *j = kiji_xcalloc(1, sizeof *j);
    j->path = kiji_xstrdup(path);
    kiji_buf_init(&j->why);
    j->state = J_READ;
    if (refused) {
        j->state = J_REFUSED;
        kiji_buf_puts(&j->why, refused);
    }
    return j;
}

/* A job over bytes already in hand (taken over: the job frees them). */
static job *job_with_data(const char *name, int from, char *data, size_t len)
{
    job *j = job_new(name, NULL);
    j->from = from;
    j->data = data;
    j->len = len;
    return j;
}

static void job_free(job *j)
{
    free(j->data);
    free(j->path);
    kiji_buf_free(&j->why);
    kiji_doc_free(j->doc);
    free(j);
}

/* The work of a job short of the store: read, skip known bytes, process.
 * `known` asks whether a hash is stored (NULL: ask later, at write time). */
static void job_process(job *j, size_t max_bytes, kiji_store *known, kiji_stage_times *times)
{
    if (j->state != J_READ)
        return;
    if (j->from == FROM_EXTRACT) {
        /* already extracted: only read back */
        j->doc = kiji_docjson_read(j->data, j->len, &j->why);
        free(j->data);
        j->data = NULL;
        if (!j->doc) {
            j->state = J_REFUSED;
            return;
        }
        j->len = j->doc->raw_len;
        j->state = known && kiji_store_has(known, j->doc->hash) ? J_SAME : J_DONE;
        return;
    }
    char *data = j->data;
    j->data = NULL;
    if (j->from == FROM_PATH &&
        kiji_read_file(j->path, max_bytes, &data, &j->len, &j->why) != KIJI_OK) {
        j->state = J_REFUSED;
        return;
    }
    j->doc = kiji_doc_new(j->path, data, j->len);
    free(data);
    kiji_sha256_hex(j->doc->raw, j->doc->raw_len, j->doc->hash);
    if (known && kiji_store_has(known, j->doc->hash)) {
        j->state = J_SAME;
        return;
    }
    if (kiji_pipeline_run(j->doc, &j->why, times) != KIJI_OK) {
        j->state = J_REFUSED;
        return;
    }
    j->state = J_DONE;
}

/* ------------------------------------------------------------------ */
/* the writer                                                          */

typedef struct {
    kiji_ingest *ig;
    double batch_start, last_progress;
    size_t in_batch;
    kiji_buf tmp;
    int db_error;
} writer;

static void progress(writer *w, bool final)
{
    kiji_ingest *ig = w->ig;
    if (!ig->progress)
        return;
    double t = now();
    if (!final && t - w->last_progress < 0.2)
        return;
    w->last_progress = t;
    fprintf(stderr, "\r\033[Kkiji: %zu files, %zu stored, %zu unchanged, %zu refused", ig->seen,
            ig->stored + ig->replaced, ig->same, ig->refused);
    if (final)
        fputc('\n', stderr);
}

static int flush_batch(writer *w, bool force)
{
    if (!w->in_batch)
        return KIJI_OK;
    if (!force && w->in_batch < BATCH_DOCS && now() - w->batch_start < BATCH_SECONDS)
        return KIJI_OK;
    kiji_buf err = KIJI_BUF_INIT;
    int rc = kiji_store_commit(w->ig->store, &err);
    if (rc)
        fprintf(stderr, "kiji: database: %s\n", err.ptr);
    kiji_buf_free(&err);
    w->in_batch = 0;
    return rc;
}

static void note(writer *w, const char *path, const char *what)
{
    if (w->ig->verbose)
        fprintf(stderr, "kiji: %s: %s\n", kiji_printable(path, &w->tmp), what);
}

static void store_doc(writer *w, job *j)
{
    kiji_ingest *ig = w->ig;
    kiji_buf err = KIJI_BUF_INIT;
    double t0 = now();
    if (!w->in_batch) {
        if (kiji_store_begin(ig->store, &err) != KIJI_OK) {
            fprintf(stderr, "kiji: database: %s\n", err.ptr);
            w->db_error = KIJI_EDB;
            kiji_buf_free(&err);
            return;
        }
        w->batch_start = t0;
    }
    int status;
    if (kiji_store_put(ig->store, j->doc, &status, &err) != KIJI_OK) {
        fprintf(stderr, "kiji: %s: not stored: %s\n", kiji_printable(j->path, &w->tmp), err.ptr);
        ig->failed++;
    } else {
        w->in_batch++;
        ig->bytes += j->len;
        if (status == KIJI_STORED_NEW)
            ig->stored++;
        else if (status == KIJI_STORED_REPLACED)
            ig->replaced++;
        else
            ig->same++;
        note(w, j->path, status == KIJI_STORED_NEW        ? "stored"
                         : status == KIJI_STORED_REPLACED ? "replaced"
                                                          : "unchanged");
    }
    if (flush_batch(w, false))
        w->db_error = KIJI_EDB;
    ig->store_time += now() - t0;
    kiji_buf_free(&err);
}

/* Write one finished job (in sequence order) and free it. */
static void job_write(writer *w, job *j)
{
    kiji_ingest *ig = w->ig;
    ig->seen++;
    switch (j->state) {
    case J_REFUSED:
        if (ig->progress)
            fputs("\r\033[K", stderr);
        fprintf(stderr, "kiji: %s: refused: %s\n", kiji_printable(j->path, &w->tmp), j->why.ptr);
        ig->refused++;
        break;
    case J_SAME:
        ig->same++;
        note(w, j->path, "unchanged");
        break;
    case J_DONE:
        if (j->doc->warn.len && ig->verbose)
            fprintf(stderr, "kiji: %s: %s", kiji_printable(j->path, &w->tmp), j->doc->warn.ptr);
        if (ig->emit) {
            kiji_buf_clear(&w->tmp);
            kiji_docjson_write(j->doc, &w->tmp);
            if (fwrite(w->tmp.ptr, 1, w->tmp.len, ig->emit) != w->tmp.len) {
                fprintf(stderr, "kiji: writing the output failed\n");
                w->db_error = KIJI_EIO;
            }
            ig->stored++;
            ig->bytes += j->len;
        } else {
            store_doc(w, j);
        }
        break;
    default:
        break;
    }
    job_free(j);
    progress(w, false);
}

/* ------------------------------------------------------------------ */
/* the walk                                                            */

typedef struct {
    dev_t dev;
    ino_t ino;
} dir_id;

struct pool;

typedef struct walker {
    KIJI_VEC(dir_id) stack; /* directories being walked: a loop guard */
    struct pool *pool;      /* NULL: one job at a time */
    writer *w;
    kiji_stage_times *times;
    bool stop;
    /* what to produce: paths, or the lines of a JSON-lines stream */
    char *const *paths;
    int npaths;
    FILE *lines;
    const char *lines_name;
    int lines_from; /* FROM_CONTENT or FROM_EXTRACT */
} walker;

static void submit(walker *wk, job *j);

static int cmp_names(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static void walk(walker *wk, const char *path);

static void walk_dir(walker *wk, const char *path, const struct stat *st)
{
    for (size_t i = 0; i < wk->stack.n; i++) {
        if (wk->stack.v[i].dev == st->st_dev && wk->stack.v[i].ino == st->st_ino) {
            submit(wk, job_new(path, "directory loop (a symbolic link back to a parent): "
                                     "skipped"));
            return;
        }
    }
    DIR *dir = opendir(path);
    if (!dir) {
        kiji_buf why = KIJI_BUF_INIT;
        kiji_buf_printf(&why, "cannot open directory: %s", strerror(errno));
        submit(wk, job_new(path, why.ptr));
        kiji_buf_free(&why);
        return;
    }
    KIJI_VEC(char *) names = {0};
    struct dirent *e;
    while ((e = readdir(dir)) != NULL) {
        if (e->d_name[0] == '.')
            continue; /* ., .., and hidden files */
        char *name = kiji_xstrdup(e->d_name);
        KIJI_VEC_PUSH(names, name);
    }
    closedir(dir);
    qsort(names.v, names.n, sizeof *names.v, cmp_names);
    dir_id id = {st->st_dev, st->st_ino};
    KIJI_VEC_PUSH(wk->stack, id);
    kiji_buf child = KIJI_BUF_INIT;
    for (size_t i = 0; i < names.n && !wk->stop; i++) {
        kiji_buf_clear(&child);
        kiji_buf_puts(&child, path);
        if (child.len && child.ptr[child.len - 1] != '/')
            kiji_buf_putc(&child, '/');
        kiji_buf_puts(&child, names.v[i]);
        walk(wk, child.ptr);
    }
    wk->stack.n--;
    kiji_buf_free(&child);
    for (size_t i = 0; i < names.n; i++)
        free(names.v[i]);
    KIJI_VEC_FREE(names);
}

static void walk(walker *wk, const char *path)
{
    if (!strcmp(path, "-")) {
        submit(wk, job_new(path, NULL));
        return;
    }
    struct stat st;
    if (stat(path, &st) != 0) {
        kiji_buf why = KIJI_BUF_INIT;
        struct stat lst;
        if (errno == ELOOP || (lstat(path, &lst) == 0 && S_ISLNK(lst.st_mode)))
            kiji_buf_printf(&why, "broken or looping symbolic link (%s)", strerror(errno));
        else
            kiji_buf_printf(&why, "%s", strerror(errno));
        submit(wk, job_new(path, why.ptr));
        kiji_buf_free(&why);
        return;
    }
    if (S_ISDIR(st.st_mode))
        walk_dir(wk, path, &st);
    else
        submit(wk, job_new(path, NULL));
}

/* ------------------------------------------------------------------ */
/* JSON lines in                                                         */

/* One line of input: {"source", "content"} (a document to extract) or an
 * extract line (a document to store as it is). */
static void submit_line(walker *wk, char *line, size_t n, size_t lineno)
{
    kiji_buf name = KIJI_BUF_INIT;
    kiji_buf_printf(&name, "%s:%zu", wk->lines_name, lineno);
    if (wk->lines_from == FROM_EXTRACT) {
        submit(wk, job_with_data(name.ptr, FROM_EXTRACT, kiji_xstrndup(line, n), n));
        kiji_buf_free(&name);
        return;
    }
    kiji_arena a;
    kiji_arena_init(&a);
    kiji_buf err = KIJI_BUF_INIT;
    kiji_jv *o = kiji_jv_parse(&a, line, n, &err);
    const kiji_jv *content = o ? kiji_jv_get(o, "content") : NULL;
    const char *source = o ? kiji_jv_get_str(o, "source") : NULL;
    if (!content || content->type != KIJI_JV_STR) {
        submit(wk, job_new(name.ptr, "not a JSON object with a \"content\" string"));
    } else {
        job *j = job_with_data(source ? source : name.ptr, FROM_CONTENT,
                               kiji_xstrndup(content->str, content->len), content->len);
        submit(wk, j);
    }
    kiji_buf_free(&err);
    kiji_arena_free(&a);
    kiji_buf_free(&name);
}

static void read_lines(walker *wk)
{
    char *line = NULL;
    size_t cap = 0, lineno = 0;
    ssize_t r;
    size_t max = 2 * wk->w->ig->max_bytes + 65536; /* base64 raw, clean, spans */
    while (!wk->stop && (r = getline(&line, &cap, wk->lines)) >= 0) {
        lineno++;
        size_t n = (size_t)r;
        while (n && (line[n - 1] == '\n' || line[n - 1] == '\r'))
            n--;
        if (!n)
            continue;
        if (n > max) {
            kiji_buf name = KIJI_BUF_INIT;
            kiji_buf_printf(&name, "%s:%zu", wk->lines_name, lineno);
            submit(wk, job_new(name.ptr, "line too long"));
            kiji_buf_free(&name);
            continue;
        }
        submit_line(wk, line, n, lineno);
    }
    free(line);
}

static void produce(walker *wk)
{
    if (wk->lines) {
        read_lines(wk);
        return;
    }
    for (int i = 0; i < wk->npaths && !wk->stop; i++)
        walk(wk, wk->paths[i]);
}

/* ------------------------------------------------------------------ */
/* the pool: a walker thread, N workers, the caller writes               */

typedef struct pool {
    pthread_mutex_t mu;
    pthread_cond_t changed;
    job *todo_head, *todo_tail; /* issued, not yet taken by a worker */
    job **done;                 /* ring of finished jobs by seq % cap */
    size_t cap;                 /* most jobs in flight */
    size_t issued, written;
    bool walk_over, stop;
    kiji_ingest *ig;
    const char *db_path;
    walker *wk;
} pool;

typedef struct {
    pool *p;
    kiji_stage_times times;
} worker_arg;

static void submit(walker *wk, job *j)
{
    pool *p = wk->pool;
    if (!p) {
        job_process(j, wk->w->ig->max_bytes, wk->w->ig->store, wk->times);
        job_write(wk->w, j);
        if (wk->w->db_error)
            wk->stop = true;
        return;
    }
    pthread_mutex_lock(&p->mu);
    while (p->issued - p->written >= p->cap && !p->stop)
        pthread_cond_wait(&p->changed, &p->mu);
    if (p->stop) {
        wk->stop = true;
        pthread_mutex_unlock(&p->mu);
        job_free(j);
        return;
    }
    j->seq = p->issued++;
    if (p->todo_tail)
        p->todo_tail->next = j;
    else
        p->todo_head = j;
    p->todo_tail = j;
    pthread_cond_broadcast(&p->changed);
    pthread_mutex_unlock(&p->mu);
}

static void *walker_main(void *arg)
{
    pool *p = arg;
    produce(p->wk);
    pthread_mutex_lock(&p->mu);
    p->walk_over = true;
    pthread_cond_broadcast(&p->changed);
    pthread_mutex_unlock(&p->mu);
    return NULL;
}

static void *worker_main(void *arg)
{
    worker_arg *wa = arg;
    pool *p = wa->p;
    kiji_buf err = KIJI_BUF_INIT;
    /* a reader of its own to skip bytes stored already */
    kiji_store *known = p->db_path ? kiji_store_open(p->db_path, true, &err) : NULL;
    kiji_buf_free(&err);
    for (;;) {
        pthread_mutex_lock(&p->mu);
        while (!p->todo_head && !p->walk_over && !p->stop)
            pthread_cond_wait(&p->changed, &p->mu);
        job *j = p->todo_head;
        if (!j || p->stop) {
            pthread_mutex_unlock(&p->mu);
            break;
        }
        p->todo_head = j->next;
        if (!p->todo_head)
            p->todo_tail = NULL;
        j->next = NULL;
        pthread_mutex_unlock(&p->mu);

        job_process(j, p->ig->max_bytes, known, &wa->times);

        pthread_mutex_lock(&p->mu);
        p->done[j->seq % p->cap] = j;
        pthread_cond_broadcast(&p->changed);
        pthread_mutex_unlock(&p->mu);
    }
    kiji_store_close(known);
    return NULL;
}

static void add_times(kiji_stage_times *a, const kiji_stage_times *b)
{
    a->read += b->read, a->repair += b->repair, a->layout += b->layout;
    a->segment += b->segment, a->entities += b->entities, a->timex += b->timex;
    a->quotes += b->quotes, a->events += b->events;
}

static void run_pool(kiji_ingest *ig, walker *wk)
{
    pool p;
    memset(&p, 0, sizeof p);
    pthread_mutex_init(&p.mu, NULL);
    pthread_cond_init(&p.changed, NULL);
    p.cap = 4 * (size_t)ig->jobs;
    p.done = kiji_xcalloc(p.cap, sizeof *p.done);
    p.ig = ig;
    p.db_path = ig->emit ? NULL : ig->db_path;
    p.wk = wk;
    wk->pool = &p;

    pthread_t walker_t;
    pthread_t *workers = kiji_xcalloc(ig->jobs, sizeof *workers);
    worker_arg *args = kiji_xcalloc(ig->jobs, sizeof *args);
    pthread_create(&walker_t, NULL, walker_main, &p);
    for (unsigned i = 0; i < ig->jobs; i++) {
        args[i].p = &p;
        pthread_create(&workers[i], NULL, worker_main, &args[i]);
    }
    /* the writer: jobs in sequence order */
    pthread_mutex_lock(&p.mu);
    for (;;) {
        job *j = p.done[p.written % p.cap];
        if (j && j->seq == p.written) {
            p.done[p.written % p.cap] = NULL;
            pthread_mutex_unlock(&p.mu);
            job_write(wk->w, j);
            pthread_mutex_lock(&p.mu);
            p.written++;
            if (wk->w->db_error)
                p.stop = true;
            pthread_cond_broadcast(&p.changed);
            continue;
        }
        if ((p.walk_over && p.written == p.issued) || p.stop)
            break;
        pthread_cond_wait(&p.changed, &p.mu);
    }
    pthread_cond_broadcast(&p.changed);
    pthread_mutex_unlock(&p.mu);
    pthread_join(walker_t, NULL);
    for (unsigned i = 0; i < ig->jobs; i++) {
        pthread_join(workers[i], NULL);
        add_times(&ig->times, &args[i].times);
    }
    /* after a stop: what was issued and not written is dropped */
    for (size_t i = 0; i < p.cap; i++)
        if (p.done[i])
            job_free(p.done[i]);
    for (job *j = p.todo_head; j;) {
        job *next = j->next;
        job_free(j);
        j = next;
    }
    free(p.done);
    free(workers);
    free(args);
    pthread_cond_destroy(&p.changed);
    pthread_mutex_destroy(&p.mu);
    wk->pool = NULL;
}

static int run(kiji_ingest *ig, walker *wk)
{
    writer w;
    memset(&w, 0, sizeof w);
    w.ig = ig;
    kiji_buf_init(&w.tmp);
    wk->w = &w;
    wk->times = &ig->times;
    if (ig->jobs > 1 && (ig->db_path || ig->emit)) {
        kiji_pipeline_init();
        run_pool(ig, wk);
    } else {
        produce(wk);
    }
    if (flush_batch(&w, true))
        w.db_error = KIJI_EDB;
    progress(&w, true);
    KIJI_VEC_FREE(wk->stack);
    kiji_buf_free(&w.tmp);
    wk->w = NULL; /* w dies here */
    return w.db_error;
}

int kiji_ingest_paths(kiji_ingest *ig, char *const *paths, int n)
{
    walker wk;
    memset(&wk, 0, sizeof wk);
    wk.paths = paths;
    wk.npaths = n;
    return run(ig, &wk);
}

int kiji_ingest_lines(kiji_ingest *ig, FILE *in, const char *name, bool extracted)
{
    walker wk;
    memset(&wk, 0, sizeof wk);
    wk.lines = in;
    wk.lines_name = name;
    wk.lines_from = extracted ? FROM_EXTRACT : FROM_CONTENT;
    return run(ig, &wk);
}

int kiji_ingest_merge(kiji_ingest *ig, const char *shard)
{
    kiji_buf err = KIJI_BUF_INIT;
    kiji_store *in = kiji_store_open(shard, true, &err);
    if (!in) {
        fprintf(stderr, "kiji: %s: %s\n", shard, err.ptr);
        kiji_buf_free(&err);
        ig->refused++;
        return KIJI_OK;
    }
    long long *ids = NULL;
    size_t n = 0;
    int rc = kiji_query_doc_ids(in, &ids, &n, &err);
    writer w;
    memset(&w, 0, sizeof w);
    w.ig = ig;
    kiji_buf_init(&w.tmp);
    for (size_t i = 0; i < n && !rc && !w.db_error; i++) {
        kiji_buf_clear(&err);
        kiji_doc *d = kiji_query_load_doc(in, ids[i], &err);
        kiji_buf name = KIJI_BUF_INIT;
        kiji_buf_printf(&name, "%s#%lld", shard, ids[i]);
        job *j = job_new(d ? d->source : name.ptr, d ? NULL : err.ptr);
        kiji_buf_free(&name);
        if (d) {
            j->doc = d;
            j->len = d->raw_len;
            j->state = kiji_store_has(ig->store, d->hash) ? J_SAME : J_DONE;
        }
        job_write(&w, j);
    }
    if (rc)
        fprintf(stderr, "kiji: %s: %s\n", shard, err.ptr);
    if (flush_batch(&w, true))
        w.db_error = KIJI_EDB;
    free(ids);
    kiji_buf_free(&w.tmp);
    kiji_buf_free(&err);
    kiji_store_close(in);
    return w.db_error ? w.db_error : rc;
}
