/* js-time.c: Danish time, today, and dates as the API writes them
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The jobcenter's dates are calendar dates in Copenhagen and its times are
 * shown there, whatever the computer's own time zone (API 2.2).
 */

#include "config.h"

#include <string.h>

#include "js-time.h"

/**
 * js_copenhagen_zone:
 *
 * The API's dates are calendar dates in Copenhagen, and clients show its
 * times there (data/api/jobspor-api-v1.md, 2.2).
 *
 * Returns: (transfer full): Danish time, from tzdata, or from its rules
 *   (CET/CEST) where tzdata is missing
 */
GTimeZone *
js_copenhagen_zone (void)
{
  GTimeZone *zone = g_time_zone_new_identifier ("Europe/Copenhagen");

  return zone != NULL ? zone : g_time_zone_new_identifier ("CET-1CEST,M3.5.0,M10.5.0/3");
}

/**
 * js_date_in_copenhagen:
 * @moment: an instant
 * @date: (out): the calendar date in Copenhagen at @moment
 */
void
js_date_in_copenhagen (GDateTime *moment,
                       GDate     *date)
{
  g_autoptr(GTimeZone) zone = js_copenhagen_zone ();
  g_autoptr(GDateTime) local = NULL;

  g_return_if_fail (moment != NULL);
  g_return_if_fail (date != NULL);

  local = g_date_time_to_timezone (moment, zone);
  g_date_clear (date, 1);
  g_date_set_dmy (date, g_date_time_get_day_of_month (local), g_date_time_get_month (local),
                  g_date_time_get_year (local));
}

void
js_today (GDate *date)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  js_date_in_copenhagen (now, date);
}

/**
 * js_date_to_iso:
 * @date: (nullable): a date
 *
 * Returns: (transfer full) (nullable): "YYYY-MM-DD", or %NULL for no date
 */
char *
js_date_to_iso (const GDate *date)
{
  if (date == NULL || !g_date_valid (date))
    return NULL;

  return g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (date), g_date_get_month (date),
                          g_date_get_day (date));
}

/**
 * js_date_from_iso:
 * @iso: a date as "YYYY-MM-DD"
 * @date: (out): where to store it
 *
 * Returns: %TRUE when @iso is exactly a valid calendar date
 */
gboolean
js_date_from_iso (const char *iso,
                  GDate      *date)
{
  guint64 year;
  guint64 month;
  guint64 day;

  g_date_clear (date, 1);

  if (iso == NULL || strlen (iso) != 10 || iso[4] != '-' || iso[7] != '-')
    return FALSE;

  for (guint i = 0; i < 10; i++)
    {
      if (i != 4 && i != 7 && !g_ascii_isdigit (iso[i]))
        return FALSE;
    }

  year = g_ascii_strtoull (iso, NULL, 10);
  month = g_ascii_strtoull (iso + 5, NULL, 10);
  day = g_ascii_strtoull (iso + 8, NULL, 10);

  if (year < JS_FIRST_YEAR || year > 9999 || !g_date_valid_dmy (day, month, year))
    return FALSE;

  g_date_set_dmy (date, day, month, year);
  return TRUE;
}
