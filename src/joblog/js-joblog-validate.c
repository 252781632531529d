/* js-joblog-validate.c: what a job-log entry must hold, in plain words
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every problem names its field, so the form can show the message right
 * next to it, and says what to do rather than what went wrong.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "js-joblog-validate.h"

/* Which fields each kind of entry must have, besides the date. */
static const char * const required_fields[JS_N_ENTRY_KINDS][4] = {
  [JS_ENTRY_KIND_ADVERTISED] = { "title", "employer", "source", NULL },
  [JS_ENTRY_KIND_UNSOLICITED] = { "title", "employer", NULL },
  [JS_ENTRY_KIND_NETWORK] = { "title", "contact", NULL },
  [JS_ENTRY_KIND_EVENT] = { "title", NULL },
  [JS_ENTRY_KIND_OTHER] = { "title", NULL },
};

void
js_field_problem_free (JsFieldProblem *problem)
{
  g_free (problem->message);
  g_free (problem);
}

static void
add_problem (GPtrArray  *problems,
             const char *field,
             char       *message)
{
  JsFieldProblem *problem = g_new0 (JsFieldProblem, 1);

  problem->field = field;
  problem->message = message;
  g_ptr_array_add (problems, problem);
}

gboolean
js_joblog_field_required (JsEntryKind  kind,
                          const char  *field)
{
  g_return_val_if_fail (kind < JS_N_ENTRY_KINDS, FALSE);

  if (g_str_equal (field, "date"))
    return TRUE;

  return g_strv_contains ((const char * const *) required_fields[kind], field);
}

static const char *
missing_message (JsTextField field)
{
  switch (field)
    {
    case JS_FIELD_TITLE:
      return _("Write the job title, or what you did.");
    case JS_FIELD_EMPLOYER:
      return _("Write the name of the employer.");
    case JS_FIELD_SOURCE:
      return _("Write where you found the job, for example Jobnet.");
    case JS_FIELD_CONTACT:
      return _("Write the name of the person you talked to.");
    case JS_FIELD_LOCATION:
    case JS_FIELD_LINK:
    case JS_FIELD_NOTES:
    case JS_N_TEXT_FIELDS:
    default:
      return _("Fill in this field.");
    }
}

static gboolean
is_web_address (const char *text)
{
  g_autoptr(GUri) uri = g_uri_parse (text, G_URI_FLAGS_NONE, NULL);
  const char *scheme;
  const char *host;

  if (uri == NULL)
    return FALSE;

  scheme = g_uri_get_scheme (uri);
  host = g_uri_get_host (uri);
  return (g_ascii_strcasecmp (scheme, "https") == 0 || g_ascii_strcasecmp (scheme, "http") == 0) &&
         host != NULL && strchr (host, '.') != NULL;
}

/* Empty, or only spaces of any kind (no-break spaces included). */
static gboolean
is_blank (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      if (!g_unichar_isspace (g_utf8_get_char (p)))
        return FALSE;
    }

  return TRUE;
}

static void
check_text (JsJoblogEntry *entry,
            JsTextField    field,
            GPtrArray     *problems)
{
  const char *key = js_text_field_key (field);
  const char *text = js_joblog_entry_get_text (entry, field);
  g_autofree char *trimmed = g_strstrip (g_strdup (text));
  guint max_length = js_text_field_max_length (field);

  if (is_blank (text))
    {
      if (js_joblog_field_required (js_joblog_entry_get_kind (entry), key))
        add_problem (problems, key, g_strdup (missing_message (field)));
      return;
    }

  if ((guint) g_utf8_strlen (text, -1) > max_length)
    {
      add_problem (problems, key,
                   g_strdup_printf (ngettext ("Make it shorter: use at most %u character.",
                                              "Make it shorter: use at most %u characters.",
                                              max_length),
                                    max_length));
      return;
    }

  if (field == JS_FIELD_LINK && !is_web_address (trimmed))
    add_problem (problems, key,
                 g_strdup (_("Write the whole web address of the job ad, starting with "
                             "https:// or http://")));
}

/**
 * js_joblog_entry_validate:
 * @entry: the entry as the citizen filled it in
 * @today: today's date, in Copenhagen
 *
 * Returns: (transfer full) (element-type JsFieldProblem): the problems,
 *   one per field at most; empty when the entry may be saved
 */
GPtrArray *
js_joblog_entry_validate (JsJoblogEntry *entry,
                          const GDate   *today)
{
  GPtrArray *problems = g_ptr_array_new_with_free_func ((GDestroyNotify) js_field_problem_free);
  const GDate *date;
  const GDate *deadline;

  g_return_val_if_fail (JS_IS_JOBLOG_ENTRY (entry), problems);
  g_return_val_if_fail (today != NULL && g_date_valid (today), problems);

  for (guint i = 0; i < JS_N_TEXT_FIELDS; i++)
    check_text (entry, i, problems);

  date = js_joblog_entry_get_date (entry);
  if (!g_date_valid (date))
    add_problem (problems, "date", g_strdup (_("Choose the date.")));
  else if (g_date_get_year (date) < JS_FIRST_YEAR)
    add_problem (problems, "date", g_strdup (_("Choose a date from the year 1900 or later.")));
  else if (g_date_compare (date, today) > 0 &&
           js_joblog_entry_get_status (entry) != JS_ENTRY_STATUS_PLANNED)
    add_problem (problems, "date",
                 g_strdup (_("The date can’t be in the future. Choose today or an earlier "
                             "day, or set the status to “Planned” if you have not applied "
                             "yet.")));

  deadline = js_joblog_entry_get_deadline (entry);
  if (g_date_valid (deadline) && g_date_get_year (deadline) < JS_FIRST_YEAR)
    add_problem (problems, "deadline",
                 g_strdup (_("Choose a date from the year 1900 or later.")));

  return problems;
}
