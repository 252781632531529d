/* js-exercise-values.c: what counts as an e-mail address, a Danish phone
 * number, a date and a word
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shared by the loader (an <expect>ed value must itself be valid) and the
 * checker (what the citizen typed). Every function takes text without
 * leading or trailing spaces.
 */

#include "config.h"

#include <string.h>

#include "js-exercise-private.h"

static gboolean
domain_label_is_valid (const char *label)
{
  if (*label == '\0' || *label == '-' || g_str_has_suffix (label, "-"))
    return FALSE;

  for (const char *p = label; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_isalnum (c) && c != '-')
        return FALSE;
    }

  return TRUE;
}

static gboolean
local_part_is_valid (const char *local,
                     gsize       length)
{
  if (length == 0 || local[0] == '.' || local[length - 1] == '.')
    return FALSE;

  for (gsize i = 0; i < length; i++)
    {
      if ((guchar) local[i] <= ' ' || strchr ("\",:;<>()[]\\", local[i]) != NULL)
        return FALSE;
      if (local[i] == '.' && local[i + 1] == '.')
        return FALSE;
    }

  return TRUE;
}

/* name@example.dk: one "@", something before it, and after it a domain of
 * two or more parts whose last part is two or more letters. Danish letters
 * are fine in the domain (æøå.dk exists). */
gboolean
_js_value_is_email (const char *text)
{
  const char *at = strchr (text, '@');
  g_auto(GStrv) labels = NULL;
  guint n_labels;
  const char *tld;

  if (at == NULL || strchr (at + 1, '@') != NULL || !g_utf8_validate (text, -1, NULL))
    return FALSE;
  if (!local_part_is_valid (text, at - text))
    return FALSE;

  labels = g_strsplit (at + 1, ".", -1);
  n_labels = g_strv_length (labels);
  if (n_labels < 2)
    return FALSE;
  for (guint i = 0; i < n_labels; i++)
    {
      if (!domain_label_is_valid (labels[i]))
        return FALSE;
    }

  tld = labels[n_labels - 1];
  if (g_utf8_strlen (tld, -1) < 2)
    return FALSE;
  for (const char *p = tld; *p != '\0'; p = g_utf8_next_char (p))
    {
      if (!g_unichar_isalpha (g_utf8_get_char (p)))
        return FALSE;
    }

  return TRUE;
}

/* A Danish number: eight digits, after an optional +45 or 0045, with any
 * spaces. Returns: (nullable): the eight digits, or NULL when @text is not
 * such a number. */
char *
_js_value_phone_digits (const char *text)
{
  g_autoptr(GString) digits = g_string_new (NULL);
  const char *p = text;

  if (g_str_has_prefix (p, "+45"))
    p += 3;
  else if (g_str_has_prefix (p, "0045"))
    p += 4;

  for (; *p != '\0'; p++)
    {
      if (*p == ' ')
        continue;
      if (!g_ascii_isdigit (*p))
        return NULL;
      g_string_append_c (digits, *p);
    }

  if (digits->len != 8)
    return NULL;

  return g_string_free (g_steal_pointer (&digits), FALSE);
}

/* Reads up to @max_digits digits (at least one) at *@p. */
static gboolean
read_number (const char **p,
             guint        min_digits,
             guint        max_digits,
             int         *value)
{
  guint n = 0;

  *value = 0;
  while (g_ascii_isdigit (**p) && n < max_digits)
    {
      *value = *value * 10 + (**p - '0');
      (*p)++;
      n++;
    }

  return n >= min_digits && !g_ascii_isdigit (**p);
}

static gboolean
is_real_date (int year,
              int month,
              int day)
{
  g_autoptr(GDateTime) date = NULL;

  if (year < 1 || month < 1 || month > 12 || day < 1 || day > 31)
    return FALSE;

  date = g_date_time_new_utc (year, month, day, 0, 0, 0);
  return date != NULL;
}

/* A real calendar date written day-month-year with "-" or "." between:
 * 24-12-2026, 24.12.2026, 1-2-2026. */
gboolean
_js_value_parse_date (const char *text,
                      int        *year,
                      int        *month,
                      int        *day)
{
  const char *p = text;

  if (!read_number (&p, 1, 2, day) || (*p != '-' && *p != '.'))
    return FALSE;
  p++;
  if (!read_number (&p, 1, 2, month) || (*p != '-' && *p != '.'))
    return FALSE;
  p++;
  if (!read_number (&p, 4, 4, year) || *p != '\0')
    return FALSE;

  return is_real_date (*year, *month, *day);
}

/* A real calendar date written 2026-11-20, as in a <letter>'s date="". */
gboolean
_js_value_parse_iso_date (const char *text)
{
  const char *p = text;
  int year, month, day;

  if (!read_number (&p, 4, 4, &year) || *p++ != '-')
    return FALSE;
  if (!read_number (&p, 2, 2, &month) || *p++ != '-')
    return FALSE;
  if (!read_number (&p, 2, 2, &day) || *p != '\0')
    return FALSE;

  return is_real_date (year, month, day);
}

guint
_js_value_count_words (const char *text)
{
  gboolean in_word = FALSE;
  guint n = 0;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gboolean space = g_unichar_isspace (g_utf8_get_char (p));

      if (!space && !in_word)
        n++;
      in_word = !space;
    }

  return n;
}
