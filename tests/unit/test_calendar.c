/* test_calendar.c: Gregorian arithmetic, ISO weeks, holidays and the
 * periods of TIMEX3 values (calendar.h), the ground the timex stage and the
 * timeline stand on. */
#include "kiji/calendar.h"

#include "harness.h"

static char buf[11];

static const char *fmt(kiji_date d)
{
    kiji_date_format(d, buf);
    return buf;
}

TEST(leap_years)
{
    CHECK(kiji_leap_year(2024));
    CHECK(kiji_leap_year(2000));
    CHECK(!kiji_leap_year(1900));
    CHECK(!kiji_leap_year(2023));
    CHECK_INT(kiji_days_in_month(2024, 2), 29);
    CHECK_INT(kiji_days_in_month(2023, 2), 28);
    CHECK_INT(kiji_days_in_month(2100, 2), 28);
    CHECK_INT(kiji_days_in_month(2023, 13), 0);
}

TEST(days_round_trip)
{
    CHECK_INT(kiji_days_from_civil(1970, 1, 1), 0);
    CHECK_INT(kiji_days_from_civil(2000, 3, 1), 11017);
    CHECK_INT(kiji_days_from_civil(1969, 12, 31), -1);
    for (long z = -800000; z < 800000; z += 997) {
        kiji_date d = kiji_civil_from_days(z);
        CHECK_INT(kiji_days_from_civil(d.y, d.m, d.d), z);
    }
    kiji_date feb28 = {2024, 2, 28};
    CHECK_STR(fmt(kiji_date_add_days(feb28, 1)), "2024-02-29");
    CHECK_STR(fmt(kiji_date_add_days(feb28, 2)), "2024-03-01");
    kiji_date mar1 = {2023, 3, 1};
    CHECK_STR(fmt(kiji_date_add_days(mar1, -1)), "2023-02-28");
    kiji_date dec31 = {2023, 12, 31};
    CHECK_STR(fmt(kiji_date_add_days(dec31, 1)), "2024-01-01");
}

TEST(weekdays)
{
    CHECK_INT(kiji_weekday(2023, 11, 13), 0); /* a Monday */
    CHECK_INT(kiji_weekday(2023, 11, 12), 6); /* a Sunday */
    CHECK_INT(kiji_weekday(2024, 2, 29), 3);  /* a Thursday */
    CHECK_INT(kiji_weekday(1970, 1, 1), 3);
    CHECK_INT(kiji_weekday(1969, 12, 31), 2);
}

TEST(iso_weeks)
{
    int y, w;
    kiji_iso_week(2023, 11, 13, &y, &w);
    CHECK_INT(y, 2023);
    CHECK_INT(w, 46);
    kiji_iso_week(2021, 1, 3, &y, &w); /* a Sunday still in 2020's week 53 */
    CHECK_INT(y, 2020);
    CHECK_INT(w, 53);
    kiji_iso_week(2024, 12, 30, &y, &w); /* a Monday already in 2025's week 1 */
    CHECK_INT(y, 2025);
    CHECK_INT(w, 1);
    CHECK_INT(kiji_iso_weeks_in_year(2020), 53);
    CHECK_INT(kiji_iso_weeks_in_year(2023), 52);
    CHECK_INT(kiji_iso_weeks_in_year(2026), 53);
    CHECK_STR(fmt(kiji_iso_week_monday(2023, 46)), "2023-11-13");
    CHECK_STR(fmt(kiji_iso_week_monday(2025, 1)), "2024-12-30");
    CHECK_STR(fmt(kiji_iso_week_monday(2020, 53)), "2020-12-28");
    CHECK_STR(fmt(kiji_iso_week_monday(2023, 53)), "2024-01-01"); /* counted on */
}

TEST(month_add)
{
    int y = 2023, m = 12;
    kiji_month_add(&y, &m, 1);
    CHECK_INT(y, 2024);
    CHECK_INT(m, 1);
    kiji_month_add(&y, &m, -1);
    CHECK_INT(y, 2023);
    CHECK_INT(m, 12);
    kiji_month_add(&y, &m, -12);
    CHECK_INT(y, 2022);
    CHECK_INT(m, 12);
    y = 2023, m = 1;
    kiji_month_add(&y, &m, -25);
    CHECK_INT(y, 2020);
    CHECK_INT(m, 12);
}

TEST(holidays)
{
    CHECK_STR(fmt(kiji_easter(2024)), "2024-03-31");
    CHECK_STR(fmt(kiji_easter(2023)), "2023-04-09");
    CHECK_STR(fmt(kiji_easter(2019)), "2019-04-21");
    CHECK_STR(fmt(kiji_easter(2000)), "2000-04-23");
    CHECK_STR(fmt(kiji_easter(2038)), "2038-04-25"); /* the latest possible */
    CHECK_STR(fmt(kiji_nth_weekday(2023, 11, 3, 4)), "2023-11-23"); /* Thanksgiving */
    CHECK_STR(fmt(kiji_nth_weekday(2024, 11, 3, 4)), "2024-11-28");
    CHECK_STR(fmt(kiji_nth_weekday(2023, 5, 0, -1)), "2023-05-29"); /* last Monday */
    CHECK_STR(fmt(kiji_nth_weekday(2023, 9, 0, 1)), "2023-09-04");
}

static void range_is(const char *v, const char *a, const char *b)
{
    kiji_date f, l;
    char fa[11], fb[11];
    bool ok = kiji_value_range(v, &f, &l);
    CHECK(ok);
    if (!ok) {
        printf("    for %s\n", v);
        return;
    }
    kiji_date_format(f, fa);
    kiji_date_format(l, fb);
    CHECK_STR(fa, a);
    CHECK_STR(fb, b);
}

TEST(value_ranges)
{
    range_is("2023-11-12", "2023-11-12", "2023-11-12");
    range_is("2023-11-12T15:00", "2023-11-12", "2023-11-12");
    range_is("2023-11-12TMO", "2023-11-12", "2023-11-12");
    range_is("2023-11", "2023-11-01", "2023-11-30");
    range_is("2024-02", "2024-02-01", "2024-02-29");
    range_is("2023", "2023-01-01", "2023-12-31");
    range_is("199", "1990-01-01", "1999-12-31");
    range_is("20", "2000-01-01", "2099-12-31");
    range_is("2023-W46", "2023-11-13", "2023-11-19");
    range_is("2023-W45-WE", "2023-11-11", "2023-11-12");
    range_is("2020-W53-7", "2021-01-03", "2021-01-03");
    range_is("2023-Q4", "2023-10-01", "2023-12-31");
    range_is("2024-H1", "2024-01-01", "2024-06-30");
    range_is("2023-SU", "2023-06-01", "2023-08-31");
    range_is("2023-WI", "2023-12-01", "2024-02-29");
    kiji_date f, l;
    CHECK(!kiji_value_range("PRESENT_REF", &f, &l));
    CHECK(!kiji_value_range("P3Y", &f, &l));
    CHECK(!kiji_value_range("XXXX-10", &f, &l));
    CHECK(!kiji_value_range("2023-13", &f, &l));
    CHECK(!kiji_value_range("2023-02-30", &f, &l));
    CHECK(!kiji_value_range("2023-W53", &f, &l));
    CHECK(!kiji_value_range("2023-Q5", &f, &l));
    /* the quarter reported, with no publication date to place it */
    CHECK(!kiji_value_range("XXXX-QX", &f, &l));
    CHECK(!kiji_value_range("2023-QX", &f, &l));
    CHECK(!kiji_value_range("2023-Q0", &f, &l));
    CHECK(!kiji_value_range("", &f, &l));
}

RUN_TESTS("test_calendar", CASE(leap_years), CASE(days_round_trip), CASE(weekdays),
          CASE(iso_weeks), CASE(month_add), CASE(holidays), CASE(value_ranges))
