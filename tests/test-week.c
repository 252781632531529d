/* test-week.c: ISO weeks, today in Copenhagen, and the weekly requirement
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "js-week.h"

static GDate
make_date (guint year,
           guint month,
           guint day)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, month, year);
  g_assert_true (g_date_valid (&date));

  return date;
}

static void
assert_date (const GDate *date,
             guint        year,
             guint        month,
             guint        day)
{
  g_assert_true (g_date_valid (date));
  g_assert_cmpuint (g_date_get_year (date), ==, year);
  g_assert_cmpuint (g_date_get_month (date), ==, month);
  g_assert_cmpuint (g_date_get_day (date), ==, day);
}

static void
assert_week (const JsIsoWeek *week,
             guint            year,
             guint            number)
{
  g_assert_cmpuint (week->year, ==, year);
  g_assert_cmpuint (week->week, ==, number);
}

static const struct {
  guint year, month, day;
  guint week_year, week;
  guint monday_year, monday_month, monday_day;
} iso_weeks[] = {
  { 2026, 12, 31, 2026, 53, 2026, 12, 28 },
  { 2027, 1, 1, 2026, 53, 2026, 12, 28 },
  { 2027, 1, 3, 2026, 53, 2026, 12, 28 },
  { 2027, 1, 4, 2027, 1, 2027, 1, 4 },
  { 2024, 12, 30, 2025, 1, 2024, 12, 30 },
  { 2025, 1, 5, 2025, 1, 2024, 12, 30 },
  { 2024, 12, 29, 2024, 52, 2024, 12, 23 },
  { 2020, 12, 31, 2020, 53, 2020, 12, 28 },
  { 2021, 1, 3, 2020, 53, 2020, 12, 28 },
  { 2021, 1, 4, 2021, 1, 2021, 1, 4 },
  { 2026, 1, 1, 2026, 1, 2025, 12, 29 },
  { 2028, 2, 29, 2028, 9, 2028, 2, 28 },
  { 2026, 3, 11, 2026, 11, 2026, 3, 9 },
};

static void
test_iso_week_of (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (iso_weeks); i++)
    {
      GDate date = make_date (iso_weeks[i].year, iso_weeks[i].month, iso_weeks[i].day);
      JsIsoWeek week;

      js_iso_week_of (&date, &week);
      assert_week (&week, iso_weeks[i].week_year, iso_weeks[i].week);
    }
}

static void
test_iso_week_monday (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (iso_weeks); i++)
    {
      JsIsoWeek week = { iso_weeks[i].week_year, iso_weeks[i].week };
      GDate monday;

      js_iso_week_monday (&week, &monday);
      assert_date (&monday, iso_weeks[i].monday_year, iso_weeks[i].monday_month,
                   iso_weeks[i].monday_day);
      g_assert_cmpint (g_date_get_weekday (&monday), ==, G_DATE_MONDAY);
    }
}

/* Every day of ten years against GLib's own ISO week numbering. */
static void
test_iso_week_every_day (void)
{
  GDate day = make_date (2019, 12, 1);
  GDate end = make_date (2030, 1, 31);
  JsIsoWeek previous = { 0, 0 };

  for (; g_date_compare (&day, &end) <= 0; g_date_add_days (&day, 1))
    {
      g_autoptr(GDateTime) noon = g_date_time_new_utc (g_date_get_year (&day),
                                                       g_date_get_month (&day),
                                                       g_date_get_day (&day), 12, 0, 0);
      JsIsoWeek week;
      GDate monday;

      js_iso_week_of (&day, &week);
      g_assert_cmpuint (week.year, ==, g_date_time_get_week_numbering_year (noon));
      g_assert_cmpuint (week.week, ==, g_date_time_get_week_of_year (noon));

      js_iso_week_monday (&week, &monday);
      g_assert_cmpint (g_date_days_between (&monday, &day), ==, g_date_get_weekday (&day) - 1);

      g_assert_cmpint (js_iso_week_compare (&previous, &week), <=, 0);
      previous = week;
    }
}

static void
test_iso_week_add (void)
{
  JsIsoWeek week = { 2026, 53 };

  js_iso_week_add (&week, 1);
  assert_week (&week, 2027, 1);
  js_iso_week_add (&week, -1);
  assert_week (&week, 2026, 53);

  week = (JsIsoWeek) { 2025, 1 };
  js_iso_week_add (&week, -1);
  assert_week (&week, 2024, 52);

  week = (JsIsoWeek) { 2020, 52 };
  js_iso_week_add (&week, 1);
  assert_week (&week, 2020, 53);
  js_iso_week_add (&week, 1);
  assert_week (&week, 2021, 1);

  week = (JsIsoWeek) { 2026, 1 };
  js_iso_week_add (&week, 52);
  assert_week (&week, 2026, 53);
  js_iso_week_add (&week, 0);
  assert_week (&week, 2026, 53);
  js_iso_week_add (&week, -104);
  assert_week (&week, 2025, 1);
  js_iso_week_add (&week, 52);
  assert_week (&week, 2026, 1);
}

/* Going n weeks ahead and n back lands on the same week. */
static void
test_iso_week_add_inverse (void)
{
  for (int n = -120; n <= 120; n += 7)
    for (guint i = 0; i < G_N_ELEMENTS (iso_weeks); i++)
      {
        JsIsoWeek start = { iso_weeks[i].week_year, iso_weeks[i].week };
        JsIsoWeek week = start;
        GDate first;
        GDate moved;

        js_iso_week_add (&week, n);
        js_iso_week_monday (&start, &first);
        js_iso_week_monday (&week, &moved);
        g_assert_cmpint (g_date_days_between (&first, &moved), ==, n * 7);

        js_iso_week_add (&week, -n);
        g_assert_cmpint (js_iso_week_compare (&week, &start), ==, 0);
      }
}

static void
test_iso_week_compare (void)
{
  const JsIsoWeek ordered[] = {
    { 2020, 53 }, { 2021, 1 }, { 2024, 52 }, { 2025, 1 }, { 2025, 2 }, { 2026, 10 },
    { 2026, 11 }, { 2026, 53 }, { 2027, 1 },
  };

  for (guint a = 0; a < G_N_ELEMENTS (ordered); a++)
    for (guint b = 0; b < G_N_ELEMENTS (ordered); b++)
      {
        int order = js_iso_week_compare (&ordered[a], &ordered[b]);

        if (a < b)
          g_assert_cmpint (order, <, 0);
        else if (a > b)
          g_assert_cmpint (order, >, 0);
        else
          g_assert_cmpint (order, ==, 0);
      }
}

static const struct {
  const char *utc;
  guint year, month, day;
} copenhagen[] = {
  { "2026-03-28T23:30:00Z", 2026, 3, 29 }, /* CET, 00:30 */
  { "2026-03-29T00:59:00Z", 2026, 3, 29 }, /* CET, 01:59, just before the clocks go forward */
  { "2026-03-29T21:59:00Z", 2026, 3, 29 }, /* CEST, 23:59 */
  { "2026-03-29T22:00:00Z", 2026, 3, 30 }, /* CEST, midnight */
  { "2026-03-29T22:30:00Z", 2026, 3, 30 }, /* CEST, 00:30 */
  { "2026-10-24T21:59:00Z", 2026, 10, 24 }, /* CEST, 23:59 */
  { "2026-10-24T22:30:00Z", 2026, 10, 25 }, /* CEST, 00:30 */
  { "2026-10-25T22:59:00Z", 2026, 10, 25 }, /* CET, 23:59 */
  { "2026-10-25T23:00:00Z", 2026, 10, 26 }, /* CET, midnight */
  { "2026-07-01T21:59:59Z", 2026, 7, 1 },   /* CEST, 23:59:59 */
  { "2026-07-01T22:00:00Z", 2026, 7, 2 },
  { "2026-12-31T22:59:00Z", 2026, 12, 31 },
  { "2026-12-31T23:30:00Z", 2027, 1, 1 },
  { "2027-01-03T22:59:59Z", 2027, 1, 3 },   /* the last second of 2026-W53 */
  { "2027-01-03T23:00:00Z", 2027, 1, 4 },
  { "2028-02-28T23:00:00Z", 2028, 2, 29 },
  { "2026-03-29T10:00:00+14:00", 2026, 3, 28 }, /* 21:00 CET the day before */
};

static void
check_copenhagen_dates (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (copenhagen); i++)
    {
      g_autoptr(GDateTime) moment = g_date_time_new_from_iso8601 (copenhagen[i].utc, NULL);
      GDate date;

      g_test_message ("%s", copenhagen[i].utc);
      g_assert_nonnull (moment);
      js_date_in_copenhagen (moment, &date);
      assert_date (&date, copenhagen[i].year, copenhagen[i].month, copenhagen[i].day);
    }
}

static void
test_copenhagen (void)
{
  check_copenhagen_dates ();
}

/* New Year's Eve after 23:00 UTC is New Year's Day in Denmark, which
 * still counts towards the last week of the old year. */
static void
test_copenhagen_new_year (void)
{
  g_autoptr(GDateTime) moment = g_date_time_new_from_iso8601 ("2026-12-31T23:30:00Z", NULL);
  GDate date;
  JsIsoWeek week;

  js_date_in_copenhagen (moment, &date);
  assert_date (&date, 2027, 1, 1);
  js_iso_week_of (&date, &week);
  assert_week (&week, 2026, 53);
}

/* On a computer without time-zone data, the Danish rules still apply. */
static void
test_copenhagen_without_tzdata (void)
{
  if (g_test_subprocess ())
    {
      g_autofree char *empty = g_dir_make_tmp ("jobspor-tzdir-XXXXXX", NULL);
      g_autoptr(GTimeZone) zone = NULL;

      g_assert_nonnull (empty);
      g_setenv ("TZDIR", empty, TRUE);
      zone = g_time_zone_new_identifier ("Europe/Copenhagen");
      g_assert_null (zone);

      check_copenhagen_dates ();
      g_rmdir (empty);
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
}

static void
test_days_left_in_week (void)
{
  GDate day = make_date (2026, 3, 9);

  g_assert_cmpint (g_date_get_weekday (&day), ==, G_DATE_MONDAY);
  for (guint left = 7; left >= 1; left--)
    {
      g_assert_cmpuint (js_days_left_in_week (&day), ==, left);
      g_date_add_days (&day, 1);
    }

  /* Across a year end, inside one ISO week. */
  day = make_date (2026, 12, 31);
  g_assert_cmpuint (js_days_left_in_week (&day), ==, 4);
  day = make_date (2027, 1, 1);
  g_assert_cmpuint (js_days_left_in_week (&day), ==, 3);
  day = make_date (2027, 1, 3);
  g_assert_cmpuint (js_days_left_in_week (&day), ==, 1);
}

static void
test_week_state_current (void)
{
  const JsWeekState expected[7] = {
    JS_WEEK_ON_TRACK,      /* Monday */
    JS_WEEK_ON_TRACK,      /* Tuesday */
    JS_WEEK_ON_TRACK,      /* Wednesday */
    JS_WEEK_ON_TRACK,      /* Thursday */
    JS_WEEK_FALLING_SHORT, /* Friday */
    JS_WEEK_FALLING_SHORT, /* Saturday */
    JS_WEEK_FALLING_SHORT, /* Sunday */
  };
  JsIsoWeek week = { 2026, 11 };
  GDate today = make_date (2026, 3, 9);

  for (guint d = 0; d < 7; d++)
    {
      g_assert_cmpint (js_week_state (0, 2, &week, &today), ==, expected[d]);
      g_assert_cmpint (js_week_state (1, 2, &week, &today), ==, expected[d]);
      g_assert_cmpint (js_week_state (2, 2, &week, &today), ==, JS_WEEK_MET);
      g_assert_cmpint (js_week_state (5, 2, &week, &today), ==, JS_WEEK_MET);
      g_assert_cmpint (js_week_state (0, 0, &week, &today), ==, JS_WEEK_MET);
      g_date_add_days (&today, 1);
    }
}

static void
test_week_state_other_weeks (void)
{
  JsIsoWeek past = { 2026, 10 };
  JsIsoWeek future = { 2026, 12 };
  GDate monday = make_date (2026, 3, 9);
  GDate sunday = make_date (2026, 3, 15);

  g_assert_cmpint (js_week_state (1, 2, &past, &monday), ==, JS_WEEK_MISSED);
  g_assert_cmpint (js_week_state (0, 2, &past, &sunday), ==, JS_WEEK_MISSED);
  g_assert_cmpint (js_week_state (2, 2, &past, &monday), ==, JS_WEEK_MET);
  g_assert_cmpint (js_week_state (3, 2, &past, &sunday), ==, JS_WEEK_MET);

  g_assert_cmpint (js_week_state (0, 2, &future, &sunday), ==, JS_WEEK_ON_TRACK);
  g_assert_cmpint (js_week_state (2, 2, &future, &sunday), ==, JS_WEEK_MET);
}

/* The week of New Year belongs to the old year until its Sunday. */
static void
test_week_state_year_end (void)
{
  JsIsoWeek last = { 2026, 53 };
  JsIsoWeek before = { 2026, 52 };
  GDate new_year = make_date (2027, 1, 1);
  GDate thursday = make_date (2026, 12, 31);
  GDate next_monday = make_date (2027, 1, 4);

  g_assert_cmpint (js_week_state (0, 2, &last, &thursday), ==, JS_WEEK_ON_TRACK);
  g_assert_cmpint (js_week_state (1, 2, &last, &new_year), ==, JS_WEEK_FALLING_SHORT);
  g_assert_cmpint (js_week_state (1, 2, &last, &next_monday), ==, JS_WEEK_MISSED);
  g_assert_cmpint (js_week_state (2, 2, &last, &next_monday), ==, JS_WEEK_MET);
  g_assert_cmpint (js_week_state (0, 2, &before, &new_year), ==, JS_WEEK_MISSED);
}

static void
test_inactive_too_long (void)
{
  GDate today = make_date (2026, 3, 11);
  GDate last;
  GDate unset;
  guint days = G_MAXUINT;

  g_assert_cmpint (JS_INACTIVITY_DAYS, ==, 30);

  last = today;
  g_date_subtract_days (&last, 29);
  g_assert_false (js_inactive_too_long (&last, &today, &days));
  g_assert_cmpuint (days, ==, 29);

  last = today;
  g_date_subtract_days (&last, 30);
  g_assert_true (js_inactive_too_long (&last, &today, &days));
  g_assert_cmpuint (days, ==, 30);

  last = today;
  g_date_subtract_days (&last, 400);
  g_assert_true (js_inactive_too_long (&last, &today, &days));
  g_assert_cmpuint (days, ==, 400);
  g_assert_true (js_inactive_too_long (&last, &today, NULL));

  g_assert_false (js_inactive_too_long (&today, &today, &days));
  g_assert_cmpuint (days, ==, 0);

  /* A planned entry dated ahead is no activity in the past either way. */
  last = today;
  g_date_add_days (&last, 5);
  g_assert_false (js_inactive_too_long (&last, &today, &days));
  g_assert_cmpuint (days, ==, 0);

  /* Over a leap day: 1 February to 2 March 2028 is 30 days. */
  last = make_date (2028, 2, 1);
  today = make_date (2028, 3, 2);
  g_assert_true (js_inactive_too_long (&last, &today, &days));
  g_assert_cmpuint (days, ==, 30);
  today = make_date (2028, 3, 1);
  g_assert_false (js_inactive_too_long (&last, &today, &days));
  g_assert_cmpuint (days, ==, 29);

  /* No entries yet: nothing to warn about. */
  g_date_clear (&unset, 1);
  g_assert_false (js_inactive_too_long (NULL, &today, &days));
  g_assert_false (js_inactive_too_long (&unset, &today, &days));
  g_assert_false (js_inactive_too_long (NULL, &today, NULL));
}

int
main (int   argc,
      char *argv[])
{
  /* The answers must not depend on the computer's own time zone. */
  g_setenv ("TZ", "Pacific/Kiritimati", TRUE);

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/week/iso/of", test_iso_week_of);
  g_test_add_func ("/week/iso/monday", test_iso_week_monday);
  g_test_add_func ("/week/iso/every-day", test_iso_week_every_day);
  g_test_add_func ("/week/iso/add", test_iso_week_add);
  g_test_add_func ("/week/iso/add-inverse", test_iso_week_add_inverse);
  g_test_add_func ("/week/iso/compare", test_iso_week_compare);
  g_test_add_func ("/week/copenhagen/daylight-saving", test_copenhagen);
  g_test_add_func ("/week/copenhagen/new-year", test_copenhagen_new_year);
  g_test_add_func ("/week/copenhagen/without-tzdata", test_copenhagen_without_tzdata);
  g_test_add_func ("/week/days-left", test_days_left_in_week);
  g_test_add_func ("/week/state/current", test_week_state_current);
  g_test_add_func ("/week/state/other-weeks", test_week_state_other_weeks);
  g_test_add_func ("/week/state/year-end", test_week_state_year_end);
  g_test_add_func ("/week/inactive-too-long", test_inactive_too_long);

  return g_test_run ();
}
