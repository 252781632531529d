/* js-week.c: ISO weeks, today in Copenhagen, and the weekly requirement
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The jobcenter counts applications per ISO 8601 week (Monday to Sunday,
 * week 1 holds the year's first Thursday), in Danish time, whatever the
 * computer's own time zone.
 */

#include "config.h"

#include "js-time.h"
#include "js-week.h"

/* Days left in a week, from the last day on which a shortfall is warned. */
#define JS_WARN_DAYS_LEFT 3

void
js_iso_week_of (const GDate *date,
                JsIsoWeek   *week)
{
  GDate thursday = *date;

  g_return_if_fail (g_date_valid (date));

  /* The ISO year is the year of the week's Thursday. */
  g_date_add_days (&thursday, 4);
  g_date_subtract_days (&thursday, g_date_get_weekday (date));
  week->year = g_date_get_year (&thursday);
  week->week = g_date_get_iso8601_week_of_year (date);
}

void
js_iso_week_monday (const JsIsoWeek *week,
                    GDate           *monday)
{
  GDate jan4;

  /* 4 January is always in week 1. */
  g_date_clear (&jan4, 1);
  g_date_set_dmy (&jan4, 4, G_DATE_JANUARY, week->year);
  *monday = jan4;
  g_date_subtract_days (monday, g_date_get_weekday (&jan4) - G_DATE_MONDAY);
  g_date_add_days (monday, (week->week - 1) * 7);
}

void
js_iso_week_add (JsIsoWeek *week,
                 int        weeks)
{
  GDate monday;

  js_iso_week_monday (week, &monday);
  if (weeks >= 0)
    g_date_add_days (&monday, weeks * 7);
  else
    g_date_subtract_days (&monday, -weeks * 7);
  js_iso_week_of (&monday, week);
}

int
js_iso_week_compare (const JsIsoWeek *a,
                     const JsIsoWeek *b)
{
  if (a->year != b->year)
    return a->year < b->year ? -1 : 1;
  if (a->week != b->week)
    return a->week < b->week ? -1 : 1;
  return 0;
}

/* Days left in the week of @date, counting @date itself: 7 on Monday,
 * 1 on Sunday. */
guint
js_days_left_in_week (const GDate *date)
{
  return 8 - g_date_get_weekday (date);
}

/**
 * js_week_state:
 * @done: applications sent in @week
 * @required: applications the plan requires each week
 * @week: the week looked at
 * @today: today's date
 *
 * Returns: whether the requirement is met, on track, falling short in the
 *   last days of the current week, or was missed in a past week
 */
JsWeekState
js_week_state (guint            done,
               guint            required,
               const JsIsoWeek *week,
               const GDate     *today)
{
  JsIsoWeek current;
  int order;

  if (done >= required)
    return JS_WEEK_MET;

  js_iso_week_of (today, &current);
  order = js_iso_week_compare (week, &current);

  if (order < 0)
    return JS_WEEK_MISSED;
  if (order == 0 && js_days_left_in_week (today) <= JS_WARN_DAYS_LEFT)
    return JS_WEEK_FALLING_SHORT;
  return JS_WEEK_ON_TRACK;
}

/**
 * js_inactive_too_long:
 * @last_entry: (nullable): the date of the newest entry
 * @today: today's date
 * @days: (out) (optional): days since @last_entry
 *
 * Returns: %TRUE when the newest entry is %JS_INACTIVITY_DAYS days old or
 *   older, the point at which the jobcenter is alerted
 */
gboolean
js_inactive_too_long (const GDate *last_entry,
                      const GDate *today,
                      guint       *days)
{
  int since;

  if (last_entry == NULL || !g_date_valid (last_entry))
    return FALSE;

  since = g_date_days_between (last_entry, today);
  if (days != NULL)
    *days = MAX (since, 0);

  return since >= JS_INACTIVITY_DAYS;
}
