/* test-date-format.c: dates written out in the chosen language
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The tests run in the C locale without a catalogue, so the strings come
 * out as the English source strings.
 */

#include "config.h"

#include "js-date-format.h"
#include "js-test-util.h"


static void
test_long (void)
{
  static const struct {
    guint       day;
    guint       month;
    guint       year;
    const char *expected;
  } cases[] = {
    { 24, 11, 2026, "24 November 2026" },
    { 1, 1, 2026, "1 January 2026" },
    { 31, 12, 1999, "31 December 1999" },
    { 29, 2, 2028, "29 February 2028" },
    { 5, 5, 2026, "5 May 2026" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = NULL;
      GDate date;

      js_test_set_date (&date, cases[i].day, cases[i].month, cases[i].year);
      text = js_format_date (&date);
      g_assert_cmpstr (text, ==, cases[i].expected);
    }
}

static void
test_short (void)
{
  g_autofree char *text = NULL;
  g_autofree char *padded = NULL;
  GDate date;

  js_test_set_date (&date, 24, 11, 2026);
  text = js_format_date_short (&date);
  g_assert_cmpstr (text, ==, "24/11/2026");

  js_test_set_date (&date, 3, 2, 2026);
  padded = js_format_date_short (&date);
  g_assert_cmpstr (padded, ==, "03/02/2026");
}

static void
test_period (void)
{
  g_autofree char *text = NULL;
  GDate from;
  GDate to;

  js_test_set_date (&from, 2, 11, 2026);
  js_test_set_date (&to, 23, 11, 2026);
  text = js_format_period (&from, &to);
  g_assert_cmpstr (text, ==, "2 November 2026 – 23 November 2026");
}

static void
test_weekday (void)
{
  g_autofree char *thursday = NULL;
  g_autofree char *sunday = NULL;
  GDate date;

  js_test_set_date (&date, 12, 3, 2026);
  thursday = js_format_weekday_date (&date);
  g_assert_cmpstr (thursday, ==, "Thursday 12 March 2026");

  js_test_set_date (&date, 29, 11, 2026);
  sunday = js_format_weekday_date (&date);
  g_assert_cmpstr (sunday, ==, "Sunday 29 November 2026");
}

/* Danish time on both sides of the change to summer time, whatever the
 * test machine's zone. */
static void
test_time (void)
{
  g_autoptr(GDateTime) winter = g_date_time_new_utc (2027, 3, 27, 8, 5, 0);
  g_autoptr(GDateTime) summer = g_date_time_new_utc (2027, 3, 29, 8, 5, 0);
  g_autofree char *winter_text = js_format_time (winter);
  g_autofree char *summer_text = js_format_time (summer);

  g_assert_cmpstr (winter_text, ==, "09:05");
  g_assert_cmpstr (summer_text, ==, "10:05");
}

static void
test_duration (void)
{
  static const struct {
    GTimeSpan   span;
    const char *expected;
  } cases[] = {
    { 30 * G_TIME_SPAN_MINUTE, "30 minutes" },
    { 1 * G_TIME_SPAN_MINUTE, "1 minute" },
    { G_TIME_SPAN_HOUR, "1 hour" },
    { 90 * G_TIME_SPAN_MINUTE, "1 hour 30 minutes" },
    { 2 * G_TIME_SPAN_HOUR + G_TIME_SPAN_MINUTE, "2 hours 1 minute" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = js_format_duration (cases[i].span);

      g_assert_cmpstr (text, ==, cases[i].expected);
    }
}

static void
test_invalid (void)
{
  g_autofree char *text = NULL;
  g_autofree char *short_text = NULL;
  g_autofree char *period = NULL;
  GDate invalid;
  GDate valid;

  g_date_clear (&invalid, 1);
  js_test_set_date (&valid, 24, 11, 2026);

  text = js_format_date (&invalid);
  short_text = js_format_date_short (&invalid);
  period = js_format_period (&valid, &invalid);

  g_assert_null (text);
  g_assert_null (short_text);
  g_assert_null (period);
  g_assert_null (js_format_weekday_date (&invalid));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/date-format/long", test_long);
  g_test_add_func ("/date-format/short", test_short);
  g_test_add_func ("/date-format/period", test_period);
  g_test_add_func ("/date-format/weekday", test_weekday);
  g_test_add_func ("/date-format/time", test_time);
  g_test_add_func ("/date-format/duration", test_duration);
  g_test_add_func ("/date-format/invalid", test_invalid);

  return g_test_run ();
}
