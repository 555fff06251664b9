/*
 * mklexicon.c: host tool that compiles a word list into a C table (in the
 * spirit of SQLite's mkkeywordhash.c).  Runs at build time; its output goes to
 * src/gen/NAME.inc and is never edited by hand.
 *
 *   mklexicon NAME dict FILE      a dictionary, one word a line (Debian's
 *                                 wamerican): key = the word lower-cased,
 *                                 value = KIJI_W_LOWER if it occurs in lower
 *                                 case, | KIJI_W_CAPITAL if capitalised.
 *   mklexicon NAME list FILE...   libpostal-style lists: `canonical|alias|...`
 *                                 with an optional TAB and tag after the last
 *                                 alias; `#` starts a comment line.  Every
 *                                 name and alias is a key whose value is the
 *                                 line's entry number; entries keep their
 *                                 canonical form and tag.
 *
 * Keys are lower-cased (ASCII letters only; other bytes are kept) and sorted
 * bytewise, so the binary can binary-search them (lexicon.c).
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    char *key;
    unsigned val;
} pair;

static pair *pairs;
static size_t npairs, cappairs;
static char **canon, **tags;
static size_t nentries, capentries;

static void *xrealloc(void *p, size_t n)
{
    p = realloc(p, n);
    if (!p) {
        perror("mklexicon");
        exit(1);
    }
    return p;
}

static char *lower_dup(const char *s, size_t n)
{
    char *p = xrealloc(NULL, n + 1);
    for (size_t i = 0; i < n; i++)
        p[i] = (char)tolower((unsigned char)s[i]);
    p[n] = 0;
    return p;
}

static char *trim(char *s)
{
    while (*s == ' ' || *s == '\t')
        s++;
    size_t n = strlen(s);
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r' ||
                 s[n - 1] == '\n'))
        s[--n] = 0;
    return s;
}

static void add_pair(const char *k, size_t n, unsigned val)
{
    if (!n)
        return;
    if (npairs == cappairs) {
        cappairs = cappairs ? cappairs * 2 : 4096;
        pairs = xrealloc(pairs, cappairs * sizeof *pairs);
    }
    pairs[npairs].key = lower_dup(k, n);
    pairs[npairs].val = val;
    npairs++;
}

static int cmp_pair(const void *a, const void *b)
{
    const pair *x = a, *y = b;
    int c = strcmp(x->key, y->key);
    if (c)
        return c;
    return (x->val > y->val) - (x->val < y->val);
}

static void emit_string(FILE *out, const char *s)
{
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c == '"' || c == '\\')
            fprintf(out, "\\%c", c);
        else if (c < 32 || c >= 127)
            fprintf(out, "\\%03o", c);
        else
            fputc(c, out);
    }
}

static void read_dict(const char *path)
{
    FILE *f = fopen(path, "r");
    if (!f) {
        fprintf(stderr, "mklexicon: %s: cannot open (install Debian's wamerican)\n", path);
        exit(1);
    }
    char line[512];
    while (fgets(line, sizeof line, f)) {
        char *w = trim(line);
        size_t n = strlen(w);
        /* possessive forms add nothing: the lookup strips 's itself */
        if (n >= 2 && w[n - 2] == '\'' && w[n - 1] == 's')
            continue;
        unsigned flag = isupper((unsigned char)w[0]) ? 2u : 1u;
        add_pair(w, n, flag);
    }
    fclose(f);
}

static void read_list(const char *path)
{
    FILE *f = fopen(path, "r");
    if (!f) {
        fprintf(stderr, "mklexicon: %s: cannot open\n", path);
        exit(1);
    }
    char line[4096];
    while (fgets(line, sizeof line, f)) {
        char *s = trim(line);
        if (!*s || *s == '#')
            continue;
        char *tag = strchr(s, '\t');
        if (tag) {
            *tag++ = 0;
            tag = trim(tag);
        }
        if (nentries == capentries) {
            capentries = capentries ? capentries * 2 : 256;
            canon = xrealloc(canon, capentries * sizeof *canon);
            tags = xrealloc(tags, capentries * sizeof *tags);
        }
        unsigned id = (unsigned)nentries;
        char *bar = strchr(s, '|');
        size_t cn = bar ? (size_t)(bar - s) : strlen(s);
        while (cn && (s[cn - 1] == ' ' || s[cn - 1] == '\t'))
            cn--;
        canon[nentries] = xrealloc(NULL, cn + 1);
        memcpy(canon[nentries], s, cn);
        canon[nentries][cn] = 0;
        tags[nentries] = strdup(tag ? tag : "");
        nentries++;
        char *p = s;
        for (;;) {
            char *e = strchr(p, '|');
            if (e)
                *e = 0;
            char *t = trim(p);
            add_pair(t, strlen(t), id);
            if (!e)
                break;
            p = e + 1;
        }
    }
    fclose(f);
}

int main(int argc, char **argv)
{
    if (argc < 4 || (strcmp(argv[2], "dict") && strcmp(argv[2], "list"))) {
        fprintf(stderr, "usage: mklexicon NAME dict|list FILE...\n");
        return 2;
    }
    const char *name = argv[1];
    int dict = !strcmp(argv[2], "dict");
    for (int i = 3; i < argc; i++) {
        if (dict)
            read_dict(argv[i]);
        else
            read_list(argv[i]);
    }
    qsort(pairs, npairs, sizeof *pairs, cmp_pair);
    /* merge duplicate keys: dict ORs flags, lists keep the first entry */
    size_t n = 0;
    for (size_t i = 0; i < npairs; i++) {
        if (n && !strcmp(pairs[n - 1].key, pairs[i].key)) {
            if (dict)
                pairs[n - 1].val |= pairs[i].val;
            free(pairs[i].key);
            continue;
        }
        pairs[n++] = pairs[i];
    }
    FILE *out = stdout;
    fprintf(out, "/* Generated by src/tools/mklexicon.c from");
    for (int i = 3; i < argc; i++)
        fprintf(out, " %s", argv[i]);
    fprintf(out, ". Do not edit. */\n");
    fprintf(out, "static const char %s_keys[] =\n", name);
    for (size_t i = 0; i < n; i++) {
        fputs("    \"", out);
        emit_string(out, pairs[i].key);
        fputs("\\0\"\n", out);
    }
    fputs("    \"\";\n", out);
    fprintf(out, "static const uint32_t %s_koff[] = {\n", name);
    size_t off = 0;
    for (size_t i = 0; i < n; i++) {
        fprintf(out, "%zu,%s", off, i % 12 == 11 ? "\n" : "");
        off += strlen(pairs[i].key) + 1;
    }
    fprintf(out, "0};\nstatic const uint32_t %s_kval[] = {\n", name);
    for (size_t i = 0; i < n; i++)
        fprintf(out, "%u,%s", pairs[i].val, i % 16 == 15 ? "\n" : "");
    fprintf(out, "0};\n");
    fprintf(out, "static const char *const %s_canon[] = {\n", name);
    for (size_t i = 0; i < nentries; i++) {
        fputs("    \"", out);
        emit_string(out, canon[i]);
        fputs("\",\n", out);
    }
    fprintf(out, "    NULL};\nstatic const char *const %s_tags[] = {\n", name);
    for (size_t i = 0; i < nentries; i++) {
        fputs("    \"", out);
        emit_string(out, tags[i]);
        fputs("\",\n", out);
    }
    fprintf(out, "    NULL};\n");
    fprintf(out, "static kiji_lex_index %s_index = KIJI_LEX_INDEX_INIT;\n", name);
    fprintf(out,
            "const kiji_lexicon kiji_lex_%s = {\"%s\", %s_keys, %s_koff, %s_kval, %zu,\n"
            "    %s_canon, %s_tags, %zu, &%s_index};\n",
            name, name, name, name, name, n, name, name, nentries, name);
    return 0;
}
