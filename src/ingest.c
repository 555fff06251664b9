/*
 * ingest.c: paths -> documents -> database (see ingest.h).  Directory walks
 * are sorted (the same tree always ingests in the same order), skip hidden
 * entries and never loop on symbolic links.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "kiji/ingest.h"
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

typedef struct {
    dev_t dev;
    ino_t ino;
} dir_id;

typedef struct {
    kiji_ingest *ig;
    KIJI_VEC(dir_id) stack; /* directories being walked: a loop guard */
    double batch_start, last_progress;
    size_t in_batch;
    kiji_buf tmp;
    int db_error;
} walker;

static void refuse(walker *w, const char *path, const char *why)
{
    if (w->ig->progress)
        fputs("\r\033[K", stderr);
    fprintf(stderr, "kiji: %s: refused: %s\n", kiji_printable(path, &w->tmp), why);
    w->ig->refused++;
}

static void progress(walker *w, bool final)
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

static int flush_batch(walker *w, bool force)
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

static void ingest_bytes(walker *w, const char *path, char *data, size_t len)
{
    kiji_ingest *ig = w->ig;
    kiji_doc *d = kiji_doc_new(path, data, len);
    free(data);
    kiji_buf why = KIJI_BUF_INIT;
    /* the same bytes again: nothing to do */
    kiji_sha256_hex(d->raw, d->raw_len, d->hash);
    if (kiji_store_has(ig->store, d->hash)) {
        ig->same++;
        if (ig->verbose)
            fprintf(stderr, "kiji: %s: unchanged\n", kiji_printable(path, &w->tmp));
        kiji_doc_free(d);
        return;
    }
    int rc = kiji_pipeline_run(d, &why, &ig->times);
    if (rc != KIJI_OK) {
        refuse(w, path, why.ptr);
        kiji_buf_free(&why);
        kiji_doc_free(d);
        return;
    }
    if (d->warn.len && ig->verbose)
        fprintf(stderr, "kiji: %s: %s", kiji_printable(path, &w->tmp), d->warn.ptr);
    double t0 = now();
    if (!w->in_batch) {
        if (kiji_store_begin(ig->store, &why) != KIJI_OK) {
            fprintf(stderr, "kiji: database: %s\n", why.ptr);
            w->db_error = KIJI_EDB;
            kiji_buf_free(&why);
            kiji_doc_free(d);
            return;
        }
        w->batch_start = t0;
    }
    int status;
    rc = kiji_store_put(ig->store, d, &status, &why);
    if (rc != KIJI_OK) {
        fprintf(stderr, "kiji: %s: not stored: %s\n", kiji_printable(path, &w->tmp), why.ptr);
        ig->failed++;
    } else {
        w->in_batch++;
        ig->bytes += len;
        if (status == KIJI_STORED_NEW)
            ig->stored++;
        else if (status == KIJI_STORED_REPLACED)
            ig->replaced++;
        else
            ig->same++;
        if (ig->verbose)
            fprintf(stderr, "kiji: %s: %s\n", kiji_printable(path, &w->tmp),
                    status == KIJI_STORED_NEW ? "stored"
                    : status == KIJI_STORED_REPLACED ? "replaced"
                                                     : "unchanged");
    }
    if (flush_batch(w, false))
        w->db_error = KIJI_EDB;
    ig->store_time += now() - t0;
    kiji_buf_free(&why);
    kiji_doc_free(d);
}

static void ingest_file(walker *w, const char *path)
{
    w->ig->seen++;
    char *data = NULL;
    size_t len = 0;
    kiji_buf why = KIJI_BUF_INIT;
    if (kiji_read_file(path, w->ig->max_bytes, &data, &len, &why) != KIJI_OK)
        refuse(w, path, why.ptr);
    else
        ingest_bytes(w, path, data, len);
    kiji_buf_free(&why);
    progress(w, false);
}

static int cmp_names(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static void walk(walker *w, const char *path);

static void walk_dir(walker *w, const char *path, const struct stat *st)
{
    for (size_t i = 0; i < w->stack.n; i++) {
        if (w->stack.v[i].dev == st->st_dev && w->stack.v[i].ino == st->st_ino) {
            refuse(w, path, "directory loop (a symbolic link back to a parent): skipped");
            return;
        }
    }
    DIR *dir = opendir(path);
    if (!dir) {
        w->ig->seen++;
        kiji_buf why = KIJI_BUF_INIT;
        kiji_buf_printf(&why, "cannot open directory: %s", strerror(errno));
        refuse(w, path, why.ptr);
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
    KIJI_VEC_PUSH(w->stack, id);
    kiji_buf child = KIJI_BUF_INIT;
    for (size_t i = 0; i < names.n && !w->db_error; i++) {
        kiji_buf_clear(&child);
        kiji_buf_puts(&child, path);
        if (child.len && child.ptr[child.len - 1] != '/')
            kiji_buf_putc(&child, '/');
        kiji_buf_puts(&child, names.v[i]);
        walk(w, child.ptr);
    }
    w->stack.n--;
    kiji_buf_free(&child);
    for (size_t i = 0; i < names.n; i++)
        free(names.v[i]);
    KIJI_VEC_FREE(names);
}

static void walk(walker *w, const char *path)
{
    if (!strcmp(path, "-")) {
        ingest_file(w, path);
        return;
    }
    struct stat st;
    if (stat(path, &st) != 0) {
        w->ig->seen++;
        kiji_buf why = KIJI_BUF_INIT;
        struct stat lst;
        if (errno == ELOOP || (lstat(path, &lst) == 0 && S_ISLNK(lst.st_mode)))
            kiji_buf_printf(&why, "broken or looping symbolic link (%s)", strerror(errno));
        else
            kiji_buf_printf(&why, "%s", strerror(errno));
        refuse(w, path, why.ptr);
        kiji_buf_free(&why);
        return;
    }
    if (S_ISDIR(st.st_mode))
        walk_dir(w, path, &st);
    else
        ingest_file(w, path);
}

int kiji_ingest_paths(kiji_ingest *ig, char *const *paths, int n)
{
    walker w;
    memset(&w, 0, sizeof w);
    w.ig = ig;
    kiji_buf_init(&w.tmp);
    for (int i = 0; i < n && !w.db_error; i++)
        walk(&w, paths[i]);
    if (flush_batch(&w, true))
        w.db_error = KIJI_EDB;
    progress(&w, true);
    KIJI_VEC_FREE(w.stack);
    kiji_buf_free(&w.tmp);
    return w.db_error;
}
