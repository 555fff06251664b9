/*
 * calendar.c: Gregorian arithmetic (days from civil after H. Hinnant's
 * well-known algorithm) and English date words.  No locale, no time zone.
 */
#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "kiji/calendar.h"

bool kiji_leap_year(int y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int kiji_days_in_month(int y, int m)
{
    static const int dm[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m < 1 || m > 12)
        return 0;
    return m == 2 && kiji_leap_year(y) ? 29 : dm[m - 1];
}

long kiji_days_from_civil(int y, int m, int d)
{
    y -= m <= 2;
    long era = (y >= 0 ? y : y - 399) / 400;
    long yoe = y - era * 400;
    long doy = (153L * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

kiji_date kiji_civil_from_days(long z)
{
    z += 719468;
    long era = (z >= 0 ? z : z - 146096) / 146097;
    long doe = z - era * 146097;
    long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long y = yoe + era * 400;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    long d = doy - (153 * mp + 2) / 5 + 1;
    long m = mp < 10 ? mp + 3 : mp - 9;
    kiji_date r = {(int)(y + (m <= 2)), (int)m, (int)d};
    return r;
}

int kiji_weekday(int y, int m, int d)
{
    long z = kiji_days_from_civil(y, m, d);
    /* 1970-01-01 was a Thursday (3 when Monday = 0) */
    long w = (z % 7 + 7 + 3) % 7;
    return (int)w;
}

kiji_date kiji_date_add_days(kiji_date dt, long n)
{
    return kiji_civil_from_days(kiji_days_from_civil(dt.y, dt.m, dt.d) + n);
}

void kiji_iso_week(int y, int m, int d, int *wy, int *wn)
{
    long z = kiji_days_from_civil(y, m, d);
    int wd = kiji_weekday(y, m, d);
    /* the Thursday of this week decides the year */
    kiji_date thu = kiji_civil_from_days(z - wd + 3);
    long jan1 = kiji_days_from_civil(thu.y, 1, 1);
    *wy = thu.y;
    *wn = (int)((z - wd + 3 - jan1) / 7 + 1);
}

bool kiji_date_valid(kiji_date dt)
{
    return dt.y >= 1 && dt.y <= 9999 && dt.m >= 1 && dt.m <= 12 && dt.d >= 1 &&
           dt.d <= kiji_days_in_month(dt.y, dt.m);
}

static size_t alpha_len(const char *s, size_t n)
{
    size_t i = 0;
    while (i < n && isalpha((unsigned char)s[i]))
        i++;
    return i;
}

static bool ieq(const char *a, const char *b, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (tolower((unsigned char)a[i]) != tolower((unsigned char)b[i]))
            return false;
    return true;
}

/* Match a word of s against full names and their accepted short forms. */
static int name_word(const char *s, size_t n, size_t *len, const char *const *full,
                     int count, const char *const *extra, const int *extra_val)
{
    size_t w = alpha_len(s, n);
    if (w < 3)
        return -1;
    int found = -1;
    for (int i = 0; i < count && found < 0; i++) {
        size_t fl = strlen(full[i]);
        if (w == fl && ieq(s, full[i], w))
            found = i;
        else if (w == 3 && ieq(s, full[i], 3))
            found = i;
    }
    for (int i = 0; extra && extra[i] && found < 0; i++)
        if (strlen(extra[i]) == w && ieq(s, extra[i], w))
            found = extra_val[i];
    if (found < 0)
        return -1;
    *len = w;
    if (w < n && s[w] == '.' && w < 9)
        (*len)++;
    return found;
}

int kiji_month_word(const char *s, size_t n, size_t *len)
{
    static const char *const months[12] = {"January", "February", "March",     "April",
                                           "May",     "June",     "July",      "August",
                                           "September", "October", "November", "December"};
    static const char *const extra[] = {"Sept", NULL};
    static const int extra_val[] = {8};
    int m = name_word(s, n, len, months, 12, extra, extra_val);
    return m < 0 ? 0 : m + 1;
}

int kiji_weekday_word(const char *s, size_t n, size_t *len)
{
    static const char *const days[7] = {"Monday", "Tuesday",  "Wednesday", "Thursday",
                                        "Friday", "Saturday", "Sunday"};
    static const char *const extra[] = {"Tues", "Weds", "Thur", "Thurs", NULL};
    static const int extra_val[] = {1, 2, 3, 3};
    return name_word(s, n, len, days, 7, extra, extra_val);
}

static size_t skip_spaces(const char *s, size_t n, size_t i)
{
    while (i < n && (s[i] == ' ' || s[i] == '\t'))
        i++;
    return i;
}

static size_t read_int(const char *s, size_t n, size_t i, int maxdigits, int *v)
{
    int x = 0, k = 0;
    while (i < n && isdigit((unsigned char)s[i]) && k < maxdigits) {
        x = x * 10 + (s[i] - '0');
        i++, k++;
    }
    if (!k || (i < n && isdigit((unsigned char)s[i])))
        return 0;
    *v = x;
    return i;
}

size_t kiji_parse_date(const char *s, size_t n, kiji_date *out)
{
    size_t i = skip_spaces(s, n, 0), l, j;
    static const char *const lead[] = {"Published:", "Published", "Updated:", "Updated",
                                       "Posted:", "Posted", "Date:", NULL};
    for (int k = 0; lead[k]; k++) {
        size_t ll = strlen(lead[k]);
        if (n - i > ll && ieq(s + i, lead[k], ll)) {
            i = skip_spaces(s, n, i + ll);
            break;
        }
    }
    if (kiji_weekday_word(s + i, n - i, &l) >= 0) {
        i += l;
        if (i < n && s[i] == ',')
            i++;
        i = skip_spaces(s, n, i);
    }
    kiji_date dt = {0, 0, 0};
    int v;
    if ((j = read_int(s, n, i, 4, &v)) && j - i == 4 && j < n && s[j] == '-') {
        /* 2023-11-13 */
        dt.y = v;
        if (!(j = read_int(s, n, j + 1, 2, &dt.m)) || j >= n || s[j] != '-' ||
            !(j = read_int(s, n, j + 1, 2, &dt.d)))
            return 0;
        i = j;
    } else if ((j = read_int(s, n, i, 2, &v))) {
        /* 13 November 2023 */
        dt.d = v;
        i = skip_spaces(s, n, j);
        if (!(dt.m = kiji_month_word(s + i, n - i, &l)))
            return 0;
        i = skip_spaces(s, n, i + l);
        if (i < n && s[i] == ',')
            i = skip_spaces(s, n, i + 1);
        if (!(j = read_int(s, n, i, 4, &dt.y)) || j - i != 4)
            return 0;
        i = j;
    } else if ((dt.m = kiji_month_word(s + i, n - i, &l))) {
        /* Nov 13, 2023 */
        i = skip_spaces(s, n, i + l);
        if (!(j = read_int(s, n, i, 2, &dt.d)))
            return 0;
        i = j;
        if (n - i >= 2 && (ieq(s + i, "st", 2) || ieq(s + i, "nd", 2) || ieq(s + i, "rd", 2) ||
                           ieq(s + i, "th", 2)))
            i += 2;
        if (i < n && s[i] == ',')
            i++;
        i = skip_spaces(s, n, i);
        if (!(j = read_int(s, n, i, 4, &dt.y)) || j - i != 4)
            return 0;
        i = j;
    } else {
        return 0;
    }
    if (!kiji_date_valid(dt))
        return 0;
    *out = dt;
    return i;
}

void kiji_date_format(kiji_date dt, char buf[11])
{
    int y = dt.y < 0 ? 0 : dt.y > 9999 ? 9999 : dt.y;
    int m = dt.m < 0 ? 0 : dt.m > 12 ? 12 : dt.m;
    int d = dt.d < 0 ? 0 : dt.d > 31 ? 31 : dt.d;
    if (m && d)
        snprintf(buf, 11, "%04d-%02d-%02d", y, m, d);
    else if (m)
        snprintf(buf, 11, "%04d-%02d", y, m);
    else
        snprintf(buf, 11, "%04d", y);
}

/* Exactly k digits at s[i..), or -1. */
static int iso_digits(const char *s, size_t n, size_t i, int k)
{
    int v = 0;
    for (int j = 0; j < k; j++) {
        if (i + j >= n || !isdigit((unsigned char)s[i + j]))
            return -1;
        v = v * 10 + (s[i + j] - '0');
    }
    return v;
}

size_t kiji_parse_iso_datetime(const char *s, size_t n, kiji_datetime *out)
{
    kiji_datetime t = {{0, 0, 0}, 0, 0, 0, 0, false, false};
    size_t i = 0;
    bool basic; /* 20191120 rather than 2019-11-20 */
    if ((t.date.y = iso_digits(s, n, 0, 4)) < 0)
        return 0;
    if (n > 4 && s[4] == '-') {
        basic = false;
        t.date.m = iso_digits(s, n, 5, 2);
        if (t.date.m < 0 || n < 8 || s[7] != '-' || (t.date.d = iso_digits(s, n, 8, 2)) < 0)
            return 0;
        i = 10;
    } else {
        basic = true;
        t.date.m = iso_digits(s, n, 4, 2);
        if (t.date.m < 0 || (t.date.d = iso_digits(s, n, 6, 2)) < 0)
            return 0;
        i = 8;
    }
    /* a date of more digits (a 9-digit id) is no date */
    if (i < n && isdigit((unsigned char)s[i]))
        return 0;
    if (!kiji_date_valid(t.date))
        return 0;
    size_t j = i;
    if (j + 1 < n && (s[j] == 'T' || s[j] == 't' || s[j] == ' ') &&
        isdigit((unsigned char)s[j + 1])) {
        j++;
        int h = iso_digits(s, n, j, 2), mi = -1, se = 0;
        size_t k = j + 2;
        if (basic)
            mi = iso_digits(s, n, k, 2), k += 2;
        else if (k < n && s[k] == ':')
            mi = iso_digits(s, n, k + 1, 2), k += 3;
        if (h >= 0 && h <= 24 && mi >= 0 && mi <= 59) {
            if (!basic && k + 2 < n && s[k] == ':' && (se = iso_digits(s, n, k + 1, 2)) >= 0)
                k += 3;
            else if (basic && (se = iso_digits(s, n, k, 2)) >= 0)
                k += 2;
            else
                se = 0;
            if (k < n && (s[k] == '.' || s[k] == ',') && k + 1 < n &&
                isdigit((unsigned char)s[k + 1])) {
                k++;
                while (k < n && isdigit((unsigned char)s[k]))
                    k++;
            }
            t.hour = h, t.min = mi, t.sec = se > 60 ? 0 : se;
            t.has_time = true;
            i = k;
            /* the zone: Z, +hh:mm, +hhmm, +hh */
            if (i < n && (s[i] == 'Z' || s[i] == 'z')) {
                t.has_tz = true;
                i++;
            } else if (i < n && (s[i] == '+' || s[i] == '-')) {
                int zh = iso_digits(s, n, i + 1, 2), zm = 0;
                size_t e = i + 3;
                if (zh >= 0 && zh <= 14) {
                    if (e < n && s[e] == ':' && (zm = iso_digits(s, n, e + 1, 2)) >= 0)
                        e += 3;
                    else if ((zm = iso_digits(s, n, e, 2)) >= 0)
                        e += 2;
                    else
                        zm = 0;
                    t.tz_min = (s[i] == '-' ? -1 : 1) * (zh * 60 + zm);
                    t.has_tz = true;
                    i = e;
                }
            }
        }
    }
    *out = t;
    return i;
}

/* ---- more arithmetic (timex, timeline) ---- */

int kiji_iso_weeks_in_year(int wy)
{
    /* a year has 53 ISO weeks when 28 December falls in week 53 */
    int y, w;
    kiji_iso_week(wy, 12, 28, &y, &w);
    return w;
}

kiji_date kiji_iso_week_monday(int wy, int wn)
{
    /* 4 January is always in week 1 */
    long jan4 = kiji_days_from_civil(wy, 1, 4);
    int wd = kiji_weekday(wy, 1, 4);
    return kiji_civil_from_days(jan4 - wd + 7L * (wn - 1));
}

void kiji_month_add(int *y, int *m, int n)
{
    long k = (long)*y * 12 + (*m - 1) + n;
    long yy = k >= 0 ? k / 12 : -((-k + 11) / 12);
    *y = (int)yy;
    *m = (int)(k - yy * 12) + 1;
}

kiji_date kiji_easter(int y)
{
    int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4;
    int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    kiji_date r = {y, (h + l - 7 * m + 114) / 31, (h + l - 7 * m + 114) % 31 + 1};
    return r;
}

kiji_date kiji_nth_weekday(int y, int m, int wd, int n)
{
    kiji_date r = {y, m, 1};
    if (n > 0) {
        int first = kiji_weekday(y, m, 1);
        r.d = 1 + (wd - first + 7) % 7 + 7 * (n - 1);
    } else {
        int dl = kiji_days_in_month(y, m);
        int lastwd = kiji_weekday(y, m, dl);
        r.d = dl - (lastwd - wd + 7) % 7;
    }
    return r;
}

/* Digits at s (exactly n of them), or -1. */
static int digits(const char *s, int n)
{
    int v = 0;
    for (int i = 0; i < n; i++) {
        if (!isdigit((unsigned char)s[i]))
            return -1;
        v = v * 10 + (s[i] - '0');
    }
    return v;
}

static kiji_date mk(int y, int m, int d)
{
    kiji_date r = {y, m, d};
    return r;
}

bool kiji_value_range(const char *v, kiji_date *first, kiji_date *last)
{
    size_t n = strlen(v);
    int y;
    kiji_date a, b;
    if (n >= 4 && (y = digits(v, 4)) >= 0) {
        const char *r = v + 4;
        if (!*r || *r == 'T') {
            a = mk(y, 1, 1), b = mk(y, 12, 31);
        } else if (*r != '-') {
            return false;
        } else if (isdigit((unsigned char)r[1])) {
            int m = digits(r + 1, 2);
            if (m < 1 || m > 12 || (r[3] && r[3] != '-' && r[3] != 'T'))
                return false;
            a = mk(y, m, 1), b = mk(y, m, kiji_days_in_month(y, m));
            if (r[3] == '-') {
                int d = digits(r + 4, 2);
                if (d < 1 || d > kiji_days_in_month(y, m) || (r[6] && r[6] != 'T'))
                    return false;
                a = b = mk(y, m, d);
            }
        } else if (r[1] == 'W' && isdigit((unsigned char)r[2])) {
            int w = digits(r + 2, 2);
            if (w < 1 || w > kiji_iso_weeks_in_year(y))
                return false;
            a = kiji_iso_week_monday(y, w);
            b = kiji_date_add_days(a, 6);
            if (r[4] == '-' && r[5] == 'W' && r[6] == 'E' && !r[7]) {
                a = kiji_date_add_days(a, 5);
            } else if (r[4] == '-' && r[5] >= '1' && r[5] <= '7' && !r[6]) {
                a = b = kiji_date_add_days(a, r[5] - '1');
            } else if (r[4]) {
                return false;
            }
        } else if ((r[1] == 'Q' && r[2] >= '1' && r[2] <= '4' && !r[3]) ||
                   (r[1] == 'H' && (r[2] == '1' || r[2] == '2') && !r[3])) {
            int len = r[1] == 'Q' ? 3 : 6, m0 = 1 + (r[2] - '1') * len;
            a = mk(y, m0, 1);
            b = mk(y, m0 + len - 1, kiji_days_in_month(y, m0 + len - 1));
        } else if (r[3] == 0 && (!strcmp(r + 1, "SP") || !strcmp(r + 1, "SU") ||
                                 !strcmp(r + 1, "FA") || !strcmp(r + 1, "WI"))) {
            int m0 = r[1] == 'S' ? (r[2] == 'P' ? 3 : 6) : r[1] == 'F' ? 9 : 12;
            a = mk(y, m0, 1);
            int ey = y, em = m0;
            kiji_month_add(&ey, &em, 2);
            b = mk(ey, em, kiji_days_in_month(ey, em));
        } else {
            return false;
        }
    } else if (n == 3 && (y = digits(v, 3)) >= 0) {
        a = mk(y * 10, 1, 1), b = mk(y * 10 + 9, 12, 31);
    } else if (n == 2 && (y = digits(v, 2)) >= 0) {
        a = mk(y * 100, 1, 1), b = mk(y * 100 + 99, 12, 31);
    } else {
        return false;
    }
    if (a.y < 1 || b.y > 9999)
        return false;
    *first = a;
    *last = b;
    return true;
}
