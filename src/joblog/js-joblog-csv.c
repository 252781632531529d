/* js-joblog-csv.c: the job log as CSV for a spreadsheet
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * RFC 4180: fields separated by commas, records by CRLF, a field holding a
 * comma, a double quote or a line break is enclosed in double quotes with
 * its quotes doubled. The file starts with a UTF-8 byte order mark so that
 * Excel reads Danish, Arabic and Cyrillic letters correctly (LibreOffice
 * ignores it). A text that a spreadsheet would run as a formula (starting
 * with =, +, -, @, a tab or a carriage return) gets a leading apostrophe, so an entry can never run
 * code on the caseworker's computer.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "js-joblog-csv.h"

static void
append_field (GString    *out,
              const char *field)
{
  gboolean quote = strpbrk (field, ",\"\r\n") != NULL ||
                   (*field != '\0' && (g_ascii_isspace (*field) ||
                                       g_ascii_isspace (field[strlen (field) - 1])));

  if (!quote)
    {
      g_string_append (out, field);
      return;
    }

  g_string_append_c (out, '"');
  for (const char *p = field; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

/**
 * js_csv_append_row:
 * @out: the document so far
 * @fields: (array length=n_fields): the row's fields, UTF-8
 * @n_fields: how many
 *
 * Appends one record, ended by CRLF.
 */
void
js_csv_append_row (GString            *out,
                   const char * const *fields,
                   guint               n_fields)
{
  for (guint i = 0; i < n_fields; i++)
    {
      if (i > 0)
        g_string_append_c (out, ',');
      append_field (out, fields[i] != NULL ? fields[i] : "");
    }
  g_string_append (out, "\r\n");
}

static char *
defuse_formula (const char *text)
{
  if (*text != '\0' && strchr ("=+-@\t\r", *text) != NULL)
    return g_strconcat ("'", text, NULL);

  return g_strdup (text);
}

/**
 * js_joblog_export_csv:
 * @entries: (element-type JsJoblogEntry): the entries, in the order wanted
 * @length: (out) (optional): the length of the document in bytes
 *
 * Returns: (transfer full): the entries as a CSV document with a header
 *   row in the current language
 */
char *
js_joblog_export_csv (GPtrArray *entries,
                      gsize     *length)
{
  const char *header[] = {
    _("Date"), _("Kind"), _("Job title or activity"), _("Employer"), _("Workplace"),
    _("Where the job was found"), _("Application deadline"), _("Contact person"),
    _("Link to the ad"), _("Status"), _("Notes"),
  };
  GString *out = g_string_new ("\xEF\xBB\xBF");

  g_return_val_if_fail (entries != NULL, NULL);

  js_csv_append_row (out, header, G_N_ELEMENTS (header));

  for (guint i = 0; i < entries->len; i++)
    {
      JsJoblogEntry *entry = g_ptr_array_index (entries, i);
      g_autofree char *date = js_date_to_iso (js_joblog_entry_get_date (entry));
      g_autofree char *deadline = js_date_to_iso (js_joblog_entry_get_deadline (entry));
      char *text[JS_N_TEXT_FIELDS];
      const char *row[G_N_ELEMENTS (header)];

      for (guint f = 0; f < JS_N_TEXT_FIELDS; f++)
        text[f] = defuse_formula (js_joblog_entry_get_text (entry, f));

      row[0] = date;
      row[1] = js_entry_kind_label (js_joblog_entry_get_kind (entry));
      row[2] = text[JS_FIELD_TITLE];
      row[3] = text[JS_FIELD_EMPLOYER];
      row[4] = text[JS_FIELD_LOCATION];
      row[5] = text[JS_FIELD_SOURCE];
      row[6] = deadline;
      row[7] = text[JS_FIELD_CONTACT];
      row[8] = text[JS_FIELD_LINK];
      row[9] = js_entry_status_label (js_joblog_entry_get_status (entry));
      row[10] = text[JS_FIELD_NOTES];
      js_csv_append_row (out, row, G_N_ELEMENTS (row));

      for (guint f = 0; f < JS_N_TEXT_FIELDS; f++)
        g_free (text[f]);
    }

  if (length != NULL)
    *length = out->len;

  return g_string_free (out, FALSE);
}
