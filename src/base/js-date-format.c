/* js-date-format.c: dates in the language the citizen chose
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The app changes language at run time through LANGUAGE, which only
 * gettext reads; LC_TIME stays C, so strftime would always give English
 * month names. Month names and the order of day, month and year are
 * therefore translatable strings of their own. Numbers are plain digits.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "js-date-format.h"
#include "js-time.h"

static const char * const month_names[] = {
  /* Translators: a month name as it stands inside a full date such as
   * "24 November 2026", so use the grammatical case your language uses
   * there (in Ukrainian the genitive: листопада), and a capital letter
   * only if your language writes one there. */
  NC_("month name", "January"),
  NC_("month name", "February"),
  NC_("month name", "March"),
  NC_("month name", "April"),
  NC_("month name", "May"),
  NC_("month name", "June"),
  NC_("month name", "July"),
  NC_("month name", "August"),
  NC_("month name", "September"),
  NC_("month name", "October"),
  NC_("month name", "November"),
  NC_("month name", "December"),
};

static const char * const weekday_names[] = {
  /* Translators: a weekday as it stands before a date, as in "Thursday
   * 12 March 2026"; a capital letter only if your language writes one
   * there (Danish: "torsdag"). */
  NC_("weekday", "Monday"),
  NC_("weekday", "Tuesday"),
  NC_("weekday", "Wednesday"),
  NC_("weekday", "Thursday"),
  NC_("weekday", "Friday"),
  NC_("weekday", "Saturday"),
  NC_("weekday", "Sunday"),
};

/**
 * js_format_date:
 * @date: a date
 *
 * Returns: (transfer full) (nullable): @date written out in the current
 *   language, such as "24 November 2026", or %NULL if @date is invalid
 */
char *
js_format_date (const GDate *date)
{
  const char *month;

  g_return_val_if_fail (date != NULL, NULL);

  if (!g_date_valid (date))
    return NULL;

  month = g_dpgettext2 (GETTEXT_PACKAGE, "month name",
                        month_names[g_date_get_month (date) - 1]);

  /* Translators: a date written out. Reorder with the numbers:
   * %1$u is the day, %2$s the month name, %3$u the year; in Danish
   * "%1$u. %2$s %3$u" gives "24. november 2026". */
  return g_strdup_printf (C_("long date: 1 day, 2 month name, 3 year", "%1$u %2$s %3$u"),
                          (guint) g_date_get_day (date), month,
                          (guint) g_date_get_year (date));
}

/**
 * js_format_date_short:
 * @date: a date
 *
 * Returns: (transfer full) (nullable): @date in digits in the current
 *   language's order, such as "24/11/2026", or %NULL if @date is invalid
 */
char *
js_format_date_short (const GDate *date)
{
  g_return_val_if_fail (date != NULL, NULL);

  if (!g_date_valid (date))
    return NULL;

  /* Translators: a date in digits. Reorder and change the separators
   * as your language writes dates: %1$02u is the day, %2$02u the month,
   * %3$04u the year; in Danish "%1$02u.%2$02u.%3$04u" gives "24.11.2026". */
  return g_strdup_printf (C_("short date: 1 day, 2 month, 3 year", "%1$02u/%2$02u/%3$04u"),
                          (guint) g_date_get_day (date), (guint) g_date_get_month (date),
                          (guint) g_date_get_year (date));
}

/**
 * js_format_period:
 * @from: the first day
 * @to: the last day
 *
 * Returns: (transfer full) (nullable): the period from @from to @to, both
 *   written out, or %NULL if either date is invalid
 */
char *
js_format_period (const GDate *from,
                  const GDate *to)
{
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;

  g_return_val_if_fail (from != NULL, NULL);
  g_return_val_if_fail (to != NULL, NULL);

  first = js_format_date (from);
  last = js_format_date (to);
  if (first == NULL || last == NULL)
    return NULL;

  /* Translators: a period of days: %1$s is the first day, %2$s the last,
   * both as written out by the "long date" string. */
  return g_strdup_printf (C_("period of days", "%1$s – %2$s"), first, last);
}

/**
 * js_format_weekday_date:
 * @date: a date
 *
 * Returns: (transfer full) (nullable): @date with its weekday, such as
 *   "Thursday 12 March 2026", or %NULL if @date is invalid
 */
char *
js_format_weekday_date (const GDate *date)
{
  g_autofree char *written = NULL;
  const char *weekday;

  g_return_val_if_fail (date != NULL, NULL);

  if (!g_date_valid (date))
    return NULL;

  written = js_format_date (date);
  weekday = g_dpgettext2 (GETTEXT_PACKAGE, "weekday",
                          weekday_names[g_date_get_weekday (date) - G_DATE_MONDAY]);

  /* Translators: a date with its weekday: %1$s is the weekday, %2$s the
   * date as written out by the "long date" string; in Danish
   * "%1$s den %2$s" gives "torsdag den 12. marts 2026". */
  return g_strdup_printf (C_("weekday date: 1 weekday, 2 date", "%1$s %2$s"), weekday, written);
}

/**
 * js_format_time:
 * @moment: an instant
 *
 * Returns: (transfer full): the time of day of @moment in Copenhagen,
 *   such as "14:05", whatever the computer's own time zone
 */
char *
js_format_time (GDateTime *moment)
{
  g_autoptr(GTimeZone) zone = NULL;
  g_autoptr(GDateTime) local = NULL;

  g_return_val_if_fail (moment != NULL, NULL);

  zone = js_copenhagen_zone ();
  local = g_date_time_to_timezone (moment, zone);

  /* Translators: a time of day, as in "will try again at 14:05". */
  return g_strdup_printf (C_("time of day", "%02d:%02d"), g_date_time_get_hour (local),
                          g_date_time_get_minute (local));
}

/**
 * js_format_duration:
 * @span: how long, at least a minute
 *
 * Returns: (transfer full): @span in whole minutes, such as "30 minutes",
 *   "1 hour" or "1 hour 30 minutes"
 */
char *
js_format_duration (GTimeSpan span)
{
  guint minutes = (guint) (MAX (span, 0) / G_TIME_SPAN_MINUTE);
  guint hours = minutes / 60;
  g_autofree char *hours_text = NULL;
  g_autofree char *minutes_text = NULL;

  minutes %= 60;
  hours_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u hour", "%u hours", hours),
                                hours);
  minutes_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u minute", "%u minutes",
                                               minutes),
                                  minutes);
  if (hours == 0)
    return g_steal_pointer (&minutes_text);
  if (minutes == 0)
    return g_steal_pointer (&hours_text);

  /* Translators: a duration: %1$s is "1 hour", %2$s "30 minutes" */
  return g_strdup_printf (C_("duration: 1 hours, 2 minutes", "%1$s %2$s"), hours_text,
                          minutes_text);
}
