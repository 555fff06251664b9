/* test_isodate.c: kiji_parse_iso_datetime (calendar.h), the timestamps of
 * web pages and news feeds. */
#include "harness.h"
#include "kiji/calendar.h"

static size_t parse(const char *s, kiji_datetime *t)
{
    return kiji_parse_iso_datetime(s, strlen(s), t);
}

TEST(dates)
{
    kiji_datetime t;
    CHECK_INT(parse("2019-11-20", &t), 10);
    CHECK(t.date.y == 2019 && t.date.m == 11 && t.date.d == 20 && !t.has_time);
    CHECK_INT(parse("20191120", &t), 8);
    CHECK(t.date.y == 2019 && t.date.m == 11 && t.date.d == 20);
    CHECK_INT(parse("2019-02-30", &t), 0);
    CHECK_INT(parse("2019-11", &t), 0);
    CHECK_INT(parse("201911201", &t), 0); /* an id, not a date */
    CHECK_INT(parse("Nov 20", &t), 0);
    CHECK_INT(parse("", &t), 0);
    CHECK_INT(parse("0001-01-01T00:00:00Z", &t), 20); /* valid; plausibility is the caller's */
}

TEST(times_and_zones)
{
    kiji_datetime t;
    CHECK_INT(parse("2019-11-20T05:52:20-05:00", &t), 25);
    CHECK(t.has_time && t.hour == 5 && t.min == 52 && t.sec == 20);
    CHECK(t.has_tz && t.tz_min == -300);
    /* the day as written, not moved to UTC */
    CHECK_INT(parse("2019-11-19T23:30:00-10:00", &t), 25);
    CHECK(t.date.d == 19 && t.tz_min == -600);
    CHECK_INT(parse("2019-11-19T08:41:00.000Z", &t), 24);
    CHECK(t.has_tz && t.tz_min == 0 && t.hour == 8);
    CHECK_INT(parse("2019-11-20 05:52", &t), 16);
    CHECK(t.has_time && !t.has_tz && t.min == 52);
    CHECK_INT(parse("20191120T055220+0900", &t), 20);
    CHECK(t.hour == 5 && t.sec == 20 && t.tz_min == 540);
    CHECK_INT(parse("2019-11-20T0552", &t), 10); /* a broken time: the date stands */
    CHECK(!t.has_time);
    CHECK_INT(parse("2019-11-20T05:52+01", &t), 19);
    CHECK(t.tz_min == 60);
}

RUN_TESTS("isodate", CASE(dates), CASE(times_and_zones))
