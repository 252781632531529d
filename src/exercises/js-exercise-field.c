/* js-exercise-field.c: is one field of a practice form filled in right
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A field with an <error> always says that; else the message fits its type.
 * An <expect>ed value is compared the way a person would: e-mail addresses
 * and text without regard to capitals or extra spaces, phone numbers by
 * their digits, dates by the day they mean.
 */

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "js-exercise-private.h"

/* Lower case, one space between words, none at the ends. */
static char *
text_key (const char *text)
{
  g_autofree char *folded = g_utf8_casefold (text, -1);
  g_auto(GStrv) words = g_strsplit_set (folded, " \t\n\r", -1);
  GString *key = g_string_new (NULL);

  for (guint i = 0; words[i] != NULL; i++)
    {
      if (words[i][0] == '\0')
        continue;
      if (key->len > 0)
        g_string_append_c (key, ' ');
      g_string_append (key, words[i]);
    }

  return g_string_free (key, FALSE);
}

static gboolean
same_value (JsExFieldType  type,
            const char    *typed,
            const char    *expected)
{
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;
  int y1, m1, d1, y2, m2, d2;

  switch (type)
    {
    case JS_EX_FIELD_PHONE:
      a = _js_value_phone_digits (typed);
      b = _js_value_phone_digits (expected);
      return g_strcmp0 (a, b) == 0;
    case JS_EX_FIELD_DATE:
      return _js_value_parse_date (typed, &y1, &m1, &d1) &&
             _js_value_parse_date (expected, &y2, &m2, &d2) &&
             y1 == y2 && m1 == m2 && d1 == d2;
    case JS_EX_FIELD_CHOICE:
    case JS_EX_FIELD_ATTACHMENT:
      return g_str_equal (typed, expected);
    case JS_EX_FIELD_TEXT:
    case JS_EX_FIELD_EMAIL:
    case JS_EX_FIELD_MULTILINE:
    case JS_EX_FIELD_CHECK:
    default:
      a = text_key (typed);
      b = text_key (expected);
      return g_str_equal (a, b);
    }
}

static const char *
empty_problem (JsExFieldType type)
{
  switch (type)
    {
    case JS_EX_FIELD_CHECK:
      return _("Tick this box to go on.");
    case JS_EX_FIELD_CHOICE:
      return _("Choose one of the options.");
    case JS_EX_FIELD_ATTACHMENT:
      return _("Attach a file.");
    case JS_EX_FIELD_TEXT:
    case JS_EX_FIELD_EMAIL:
    case JS_EX_FIELD_PHONE:
    case JS_EX_FIELD_DATE:
    case JS_EX_FIELD_MULTILINE:
    default:
      return _("Fill in this field.");
    }
}

static const char *
unexpected_problem (JsExFieldType type)
{
  switch (type)
    {
    case JS_EX_FIELD_EMAIL:
      return _("This is not the address the task asks for. Look at it again.");
    case JS_EX_FIELD_PHONE:
      return _("This is not the number the task asks for. Look at it again.");
    case JS_EX_FIELD_DATE:
      return _("This is not the date the task asks for. Look at it again.");
    case JS_EX_FIELD_CHOICE:
      return _("Choose the option the task asks for.");
    case JS_EX_FIELD_ATTACHMENT:
      return _("Attach the file the task asks for.");
    case JS_EX_FIELD_TEXT:
    case JS_EX_FIELD_MULTILINE:
    case JS_EX_FIELD_CHECK:
    default:
      return _("This is not what the task asks for. Read the task again.");
    }
}

/* What is wrong with a value that is there, by its type alone. */
static char *
format_problem (JsExNode      *field,
                JsExFieldType  type,
                const char    *value)
{
  g_autofree char *digits = NULL;
  const char *min_words;
  guint64 n_words = 1;
  int year, month, day;

  switch (type)
    {
    case JS_EX_FIELD_EMAIL:
      if (!_js_value_is_email (value))
        return g_strdup (_("Write an e-mail address, like name@example.dk."));
      break;
    case JS_EX_FIELD_PHONE:
      if ((digits = _js_value_phone_digits (value)) == NULL)
        return g_strdup (_("Write a Danish phone number with 8 digits."));
      break;
    case JS_EX_FIELD_DATE:
      if (!_js_value_parse_date (value, &year, &month, &day))
        return g_strdup (_("Write a date as day-month-year, like 24-12-2026."));
      break;
    case JS_EX_FIELD_MULTILINE:
      if ((min_words = js_ex_node_get_attr (field, "min-words")) != NULL)
        g_ascii_string_to_unsigned (min_words, 10, 1, G_MAXUINT, &n_words, NULL);
      if (_js_value_count_words (value) < n_words)
        return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Write at least %u word.",
                                             "Write at least %u words.", n_words),
                                (guint) n_words);
      break;
    case JS_EX_FIELD_CHOICE:
    case JS_EX_FIELD_ATTACHMENT:
      if (js_ex_node_find_by_id (field, "option", value) == NULL)
        return g_strdup (empty_problem (type));
      break;
    case JS_EX_FIELD_CHECK:
      if (!g_str_equal (value, "yes"))
        return g_strdup (empty_problem (type));
      break;
    case JS_EX_FIELD_TEXT:
    default:
      break;
    }

  return NULL;
}

/* Returns: (nullable): why @value is not right for @field, by its type (no
 * <error>), or NULL when it is right */
static char *
builtin_problem (JsExNode   *field,
                 const char *value)
{
  JsExFieldType type = _js_field_type (field);
  gboolean required = g_strcmp0 (js_ex_node_get_attr (field, "required"), "yes") == 0;
  JsExNode *expect = js_ex_node_get_child (field, "expect");
  g_autofree char *tidied = g_strstrip (g_strdup (value != NULL ? value : ""));
  gboolean empty = *tidied == '\0' || (type == JS_EX_FIELD_CHECK && !g_str_equal (tidied, "yes"));
  char *problem;

  if (empty)
    return required ? g_strdup (empty_problem (type)) : NULL;

  if ((problem = format_problem (field, type, tidied)) != NULL)
    return problem;

  if (expect != NULL && !same_value (type, tidied, js_ex_node_get_text (expect)))
    return g_strdup (unexpected_problem (type));

  return NULL;
}

/* Returns: (nullable): what to tell the citizen about @value in @field, or
 * NULL when it is right */
char *
_js_field_problem (JsExNode   *field,
                   const char *value)
{
  g_autofree char *problem = builtin_problem (field, value);
  const char *error = js_ex_node_child_text (field, "error");

  if (problem != NULL && error != NULL)
    return g_strdup (error);

  return g_steal_pointer (&problem);
}

/**
 * js_exercise_check_field:
 * @field: a <field> of a form step
 * @value: (nullable): its value, as in the step's JsAnswer
 *
 * Checks one field, for feedback while the citizen fills in the form.
 *
 * Returns: (transfer full): the check; when it is not right, its message
 *   says why and its one problem names the field
 */
JsCheck *
js_exercise_check_field (JsExNode   *field,
                         const char *value)
{
  JsCheck *check;
  char *problem;

  g_return_val_if_fail (field != NULL, NULL);

  check = _js_check_new ();
  problem = _js_field_problem (field, value);
  check->correct = problem == NULL;
  check->message = g_strdup (problem != NULL ? problem : _("That looks right."));
  if (problem != NULL)
    _js_check_add_problem (check, js_ex_node_get_attr (field, "id"), problem);

  return check;
}
