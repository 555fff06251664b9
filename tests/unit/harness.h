/*
 * harness.h: the unit-test harness (after sds's testhelp.h).  A test file
 * defines TEST(name) functions and lists them in TESTS; each CHECK counts.
 * The binary prints failures and one line "NAME: N passed, N failed".
 */
#ifndef KIJI_TEST_HARNESS_H
#define KIJI_TEST_HARNESS_H

#include <stdio.h>
#include <string.h>

static int harness_pass, harness_fail;
static const char *harness_test;

#define CHECK(cond)                                                            \
    do {                                                                       \
        if (cond) {                                                            \
            harness_pass++;                                                    \
        } else {                                                               \
            harness_fail++;                                                    \
            printf("  FAIL %s (%s:%d): %s\n", harness_test, __FILE__,          \
                   __LINE__, #cond);                                           \
        }                                                                      \
    } while (0)

#define CHECK_STR(got, want)                                                   \
    do {                                                                       \
        const char *g_ = (got), *w_ = (want);                                  \
        if (g_ && w_ && !strcmp(g_, w_)) {                                     \
            harness_pass++;                                                    \
        } else {                                                               \
            harness_fail++;                                                    \
            printf("  FAIL %s (%s:%d): %s\n    got:  %s\n    want: %s\n",      \
                   harness_test, __FILE__, __LINE__, #got, g_ ? g_ : "(null)", \
                   w_ ? w_ : "(null)");                                        \
        }                                                                      \
    } while (0)

#define CHECK_INT(got, want)                                                   \
    do {                                                                       \
        long long g_ = (long long)(got), w_ = (long long)(want);               \
        if (g_ == w_) {                                                        \
            harness_pass++;                                                    \
        } else {                                                               \
            harness_fail++;                                                    \
            printf("  FAIL %s (%s:%d): %s = %lld, want %lld\n", harness_test,  \
                   __FILE__, __LINE__, #got, g_, w_);                          \
        }                                                                      \
    } while (0)

#define TEST(name) static void name(void)

typedef struct {
    const char *name;
    void (*fn)(void);
} harness_case;

#define RUN_TESTS(suite, ...)                                                  \
    int main(void)                                                             \
    {                                                                          \
        harness_case cases_[] = {__VA_ARGS__};                                 \
        for (size_t i_ = 0; i_ < sizeof cases_ / sizeof *cases_; i_++) {       \
            harness_test = cases_[i_].name;                                    \
            cases_[i_].fn();                                                   \
        }                                                                      \
        printf("%s: %d passed, %d failed\n", suite, harness_pass,              \
               harness_fail);                                                  \
        return harness_fail ? 1 : 0;                                           \
    }
#define CASE(fn) {#fn, fn}

#endif
