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
