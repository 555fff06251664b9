/*
 * calendar.h: proleptic Gregorian calendar arithmetic and the date words of
 * English news (month and weekday names with their abbreviations).  Pure
 * functions; used by layout (datelines), readers (metadata) and timex.
 */
#ifndef KIJI_CALENDAR_H
#define KIJI_CALENDAR_H

#include <stdbool.h>
#include <stddef.h>

typedef struct {
    int y, m, d; /* m 1..12, d 1..31; 0 where unknown */
} kiji_date;

bool kiji_leap_year(int y);
int kiji_days_in_month(int y, int m);
/* Days since 1970-01-01 (negative before). */
long kiji_days_from_civil(int y, int m, int d);
kiji_date kiji_civil_from_days(long days);
/* 0 = Monday .. 6 = Sunday. */
int kiji_weekday(int y, int m, int d);
kiji_date kiji_date_add_days(kiji_date dt, long n);
/* ISO 8601 week: year and week number of a date. */
void kiji_iso_week(int y, int m, int d, int *wy, int *wn);
bool kiji_date_valid(kiji_date dt);

/* Month number 1..12 of a month word ("Nov", "Nov.", "November", "Sept"),
 * any case; 0 if none.  *len gets the bytes consumed (with a trailing dot). */
int kiji_month_word(const char *s, size_t n, size_t *len);
/* Weekday 0..6 (Monday = 0) of a weekday word ("Mon", "Monday", "Tues."),
 * or -1. */
int kiji_weekday_word(const char *s, size_t n, size_t *len);

/* Parse a whole date such as "Nov 13, 2023", "November 13, 2023",
 * "13 November 2023", "2023-11-13", "Monday, Nov. 13, 2023", with optional
 * leading "Published"/"Updated" and trailing time.  Returns bytes used, 0 if
 * s does not start with a full date. */
size_t kiji_parse_date(const char *s, size_t n, kiji_date *out);

/* An ISO 8601 timestamp as written: the date, and the time and UTC offset
 * when given (has_time, has_tz; tz_min is minutes east of UTC). */
typedef struct {
    kiji_date date;
    int hour, min, sec;
    int tz_min;
    bool has_time, has_tz;
} kiji_datetime;

/* Parse an ISO 8601 / RFC 3339 date or timestamp as pages and feeds write
 * it: "2019-11-20", "2019-11-20T05:52:20-05:00", "2019-11-19T08:41:00.000Z",
 * "2019-11-20 05:52", "20191120T055220+0900", "20191120".  The date is kept
 * as written (the publisher's local day), never moved to UTC.  Returns the
 * bytes used, 0 if s does not start with a valid one. */
size_t kiji_parse_iso_datetime(const char *s, size_t n, kiji_datetime *out);

/* Write YYYY-MM-DD (or YYYY-MM, YYYY where parts are 0) into buf[11]. */
void kiji_date_format(kiji_date dt, char buf[11]);

/* ---- more arithmetic (timex, timeline) ---- */

/* Number of ISO weeks (52 or 53) in ISO year wy. */
int kiji_iso_weeks_in_year(int wy);
/* The Monday of ISO week wn of ISO year wy (wn may run past the year's last
 * week or below 1: it is counted on from week 1). */
kiji_date kiji_iso_week_monday(int wy, int wn);
/* Move (*y, *m) by n months (n may be negative). */
void kiji_month_add(int *y, int *m, int n);
/* Easter Sunday (Gregorian computus, Meeus/Jones/Butcher). */
kiji_date kiji_easter(int y);
/* The n-th weekday wd (0 = Monday) of month m of year y; n = -1 for the
 * last one ("the fourth Thursday of November", "the last Monday of May"). */
kiji_date kiji_nth_weekday(int y, int m, int wd, int n);

/* The first and last day of the period a TIMEX3 calendar value names:
 * YYYY-MM-DD (a time after it, "T15:00", is ignored), YYYY-MM, YYYY, YYY
 * (decade), YY (century), YYYY-Www, YYYY-Www-D, YYYY-Www-WE, YYYY-Qn,
 * YYYY-Hn, YYYY-SP|SU|FA|WI (winter runs from December into the next year).
 * False for anything else (PRESENT_REF, durations, XXXX-10). */
bool kiji_value_range(const char *value, kiji_date *first, kiji_date *last);

#endif
