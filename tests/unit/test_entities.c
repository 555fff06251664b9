/*
 * test_entities.c: unit tests for the entities stage's helpers: the
 * one-edit test behind near-miss surnames, kiji_entity_find over the
 * document's index, and the evidence names stored with mentions.
 */
#include <string.h>

#include "harness.h"
#include "kiji/doc.h"
#include "kiji/entities.h"
#include "kiji/pipeline.h"

static int edit1(const char *a, const char *b)
{
    return kiji_entity_one_edit(a, strlen(a), b, strlen(b));
}

TEST(one_edit)
{
    CHECK(edit1("Hughes", "Hughes"));
    CHECK(edit1("Hughes", "Hugues")); /* deletion of h... and substitution */
    CHECK(edit1("Halvorsen", "Halvorson"));
    CHECK(edit1("Halvorsen", "Halvrosen")); /* neighbours swapped */
    CHECK(edit1("Smith", "Smiths"));
    CHECK(edit1("Smiths", "Smith"));
    CHECK(edit1("SMITH", "smith"));
    CHECK(!edit1("Hughes", "Hugh"));
    CHECK(!edit1("Berger", "Burgor"));
    CHECK(!edit1("abcd", "badc"));
    CHECK(!edit1("Kim", "Park"));
}

static kiji_doc *run(const char *text)
{
    kiji_doc *d = kiji_doc_new("t.txt", text, strlen(text));
    kiji_buf why = KIJI_BUF_INIT;
    CHECK_INT(kiji_pipeline_run(d, &why, NULL), KIJI_OK);
    kiji_buf_free(&why);
    return d;
}

TEST(find)
{
    kiji_doc *d = run("The report was written by analyst Leopold Marchetti in Vienna.\n\n"
                      "Marchetti\xE2\x80\x99s view was shared by the Danube Research Institute.\n");
    int e = kiji_entity_find(d, "Leopold Marchetti", 17);
    CHECK(e >= 0);
    if (e >= 0) {
        CHECK_STR(d->entities.v[e].name, "Leopold Marchetti");
        CHECK_INT(d->entities.v[e].type, KIJI_ENT_PERSON);
        CHECK_STR(d->entities.v[e].role, "analyst");
    }
    CHECK_INT(kiji_entity_find(d, "marchetti", 9), e);
    CHECK_INT(kiji_entity_find(d, "Marchetti's", 11), e);
    CHECK_INT(kiji_entity_find(d, "Marchetti\xE2\x80\x99s", 13), e);
    CHECK(kiji_entity_find(d, "Vienna", 6) >= 0);
    CHECK(kiji_entity_find(d, "Danube Research Institute", 25) >= 0);
    CHECK_INT(kiji_entity_find(d, "Salzburg", 8), -1);
    CHECK_INT(kiji_entity_find(d, "", 0), -1);
    kiji_doc_free(d);
}

TEST(mentions_sorted_and_counted)
{
    kiji_doc *d = run("Anya Petrova met Omar Haddad in Cairo. Petrova and Haddad spoke. "
                      "\"Good,\" said Haddad.\n");
    int total = 0;
    for (size_t i = 0; i < d->mentions.n; i++) {
        if (i)
            CHECK(d->mentions.v[i - 1].end <= d->mentions.v[i].start);
        CHECK(d->mentions.v[i].entity >= 0 && (size_t)d->mentions.v[i].entity < d->entities.n);
    }
    for (size_t i = 0; i < d->entities.n; i++) {
        total += d->entities.v[i].nmentions;
        /* numbered in order of first mention */
        CHECK_INT(d->mentions.v[d->entities.v[i].first].entity, (int)i);
        if (i)
            CHECK(d->entities.v[i - 1].first < d->entities.v[i].first);
    }
    CHECK_INT(total, (int)d->mentions.n);
    CHECK_INT(d->entities.n, 3);
    CHECK_INT(d->mentions.n, 6);
    kiji_doc_free(d);
}

TEST(gender)
{
    kiji_doc *d = run("Ms. Adebayo and Thomas Klein met spokeswoman Rania Aziz.\n");
    int a = kiji_entity_find(d, "Adebayo", 7), k = kiji_entity_find(d, "Thomas Klein", 12);
    int r = kiji_entity_find(d, "Rania Aziz", 10);
    CHECK(a >= 0 && k >= 0 && r >= 0);
    if (a >= 0 && k >= 0 && r >= 0) {
        CHECK_INT(d->entities.v[a].gender, 'f');
        CHECK_INT(d->entities.v[k].gender, 'm');
        CHECK_INT(d->entities.v[r].gender, 'f');
    }
    kiji_doc_free(d);
}

TEST(how_names)
{
    CHECK_STR(kiji_entity_how_name(KIJI_HOW_GAZETTEER), "gazetteer");
    CHECK_STR(kiji_entity_how_name(KIJI_HOW_NEAR), "near-miss");
    CHECK_STR(kiji_entity_how_name(KIJI_HOW_BYLINE), "byline");
    CHECK_STR(kiji_entity_how_name(KIJI_HOW_CONTEXT), "context");
    CHECK_STR(kiji_entity_how_name(999), "");
    for (unsigned h = KIJI_HOW_GAZETTEER; h < KIJI_HOW_NHOW; h++)
        CHECK(kiji_entity_how_name(h)[0] != '\0');
}

/* The evidence a mention records, and types decided by context. */
TEST(context_evidence)
{
    kiji_doc *d = run("Water ran short in the town of Mirrow on Monday, and Talvik Robotics "
                      "closed its plant there. Talvik said the KVNR union agreed. "
                      "Regulators fined Torvane Hallik, which said that it would appeal.\n");
    int m = kiji_entity_find(d, "Mirrow", 6), t = kiji_entity_find(d, "Talvik", 6);
    int k = kiji_entity_find(d, "KVNR", 4), h = kiji_entity_find(d, "Torvane Hallik", 14);
    CHECK(m >= 0 && t >= 0 && k >= 0 && h >= 0);
    if (m >= 0 && t >= 0 && k >= 0 && h >= 0) {
        CHECK_INT(d->entities.v[m].type, KIJI_ENT_GPE);
        CHECK_INT(d->mentions.v[d->entities.v[m].first].how, KIJI_HOW_CONTEXT);
        CHECK_STR(d->entities.v[t].name, "Talvik Robotics");
        CHECK_INT(d->entities.v[k].type, KIJI_ENT_ORG);
        CHECK_INT(d->entities.v[h].type, KIJI_ENT_ORG);
    }
    kiji_doc_free(d);
}

/* Names as written, the gazetteer's form kept apart; a country by the
 * gazetteer. */
TEST(written_names)
{
    kiji_doc *d = run("Officials from NATO met U.S. envoys in Kiev on Monday, and the talks "
                      "went on in Kyiv.\n");
    int n = kiji_entity_find(d, "NATO", 4), u = kiji_entity_find(d, "U.S.", 4);
    int k = kiji_entity_find(d, "Kyiv", 4);
    CHECK(n >= 0 && u >= 0 && k >= 0);
    if (n >= 0 && u >= 0 && k >= 0) {
        CHECK_STR(d->entities.v[n].name, "NATO");
        CHECK_STR(d->entities.v[n].canon, "North Atlantic Treaty Organization");
        CHECK_STR(d->entities.v[u].name, "United States");
        CHECK(d->entities.v[u].canon == NULL);
        CHECK_STR(d->entities.v[k].name, "Kiev");
        CHECK_INT(d->entities.v[k].nmentions, 2);
    }
    kiji_doc_free(d);
}

/* An author the text never names: a person with no mention, found by
 * name; one the text names is that entity. */
TEST(authors_unseen)
{
    kiji_doc *d = run("Engineers in Lyon opened the dam on Friday, said Tomas Reyka.\n");
    KIJI_VEC_PUSH(d->authors, kiji_arena_strdup(&d->arena, "Ilse Varnow"));
    KIJI_VEC_PUSH(d->authors, kiji_arena_strdup(&d->arena, "Tomas Reyka"));
    kiji_entities_run(d);
    int i = kiji_entity_find(d, "Ilse Varnow", 11), t = kiji_entity_find(d, "Tomas Reyka", 11);
    CHECK(i >= 0 && t >= 0);
    if (i >= 0 && t >= 0) {
        CHECK_INT(d->entities.v[i].type, KIJI_ENT_PERSON);
        CHECK_INT(d->entities.v[i].first, -1);
        CHECK_INT(d->entities.v[i].nmentions, 0);
        CHECK_INT(d->entities.v[i].gender, 'f');
        CHECK_INT(i, (int)d->entities.n - 1);
        CHECK(d->entities.v[t].nmentions > 0);
    }
    kiji_doc_free(d);
}

/* Short forms merged into the full name however they are ordered: a
 * company's short name before its full name, a ship without its prefix, a
 * county without its unit word; the entity keeps its first mention. */
TEST(short_forms_merged)
{
    kiji_doc *d = run("Workers at the Hanul Ocean yard in Tarrow County struck. Hanul Ocean "
                      "Shipbuilding Co. said the BRP Lakan Dalisay was delayed. Lakan Dalisay "
                      "will sail from Tarrow in May.\n");
    int h = kiji_entity_find(d, "Hanul Ocean", 11);
    int f = kiji_entity_find(d, "Hanul Ocean Shipbuilding Co.", 28);
    int s = kiji_entity_find(d, "Lakan Dalisay", 13);
    int b = kiji_entity_find(d, "BRP Lakan Dalisay", 17);
    int c = kiji_entity_find(d, "Tarrow", 6), t = kiji_entity_find(d, "Tarrow County", 13);
    CHECK(h >= 0 && h == f && s >= 0 && s == b && c >= 0 && c == t);
    if (h >= 0 && h == f && s >= 0 && s == b && c >= 0 && c == t) {
        CHECK_STR(d->entities.v[h].name, "Hanul Ocean Shipbuilding Co.");
        CHECK_INT(d->entities.v[h].type, KIJI_ENT_ORG);
        CHECK_INT(d->entities.v[h].nmentions, 2);
        CHECK_INT(d->mentions.v[d->entities.v[h].first].how, KIJI_HOW_ALIAS);
        CHECK_INT(d->entities.v[s].type, KIJI_ENT_MISC);
        CHECK_INT(d->entities.v[c].type, KIJI_ENT_GPE);
        CHECK_INT(d->entities.v[c].nmentions, 2);
    }
    for (size_t i = 0; i < d->entities.n; i++)
        if (i)
            CHECK(d->entities.v[i - 1].first < d->entities.v[i].first);
    kiji_doc_free(d);
}

RUN_TESTS("test_entities", CASE(one_edit), CASE(find), CASE(mentions_sorted_and_counted),
          CASE(gender), CASE(how_names), CASE(context_evidence), CASE(written_names),
          CASE(authors_unseen), CASE(short_forms_merged))
