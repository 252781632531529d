/* js-joblog-export.c: taking the job log to the meeting
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A CSV file for a spreadsheet, chosen through the file chooser portal
 * when sandboxed, and a printout (or PDF, through the print dialog's
 * "Print to File") with the citizen's name and the period.
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "js-a11y.h"
#include "js-joblog-csv.h"
#include "js-joblog-export.h"
#include "js-joblog-report.h"
#include "js-print.h"
#include "js-toaster.h"
#include "js-week.h"

static void
show_toast (GtkWindow  *parent,
            const char *title)
{
  if (parent != NULL)
    js_toast_show (GTK_WIDGET (parent), adw_toast_new (title));
}

static void
csv_written_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(GtkWindow) parent = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_file_get_basename (G_FILE (source));

  if (!g_file_replace_contents_finish (G_FILE (source), result, NULL, &error))
    {
      g_autofree char *body =
        g_strdup_printf (_("“%s” could not be saved: %s. Choose another folder and try again."),
                         name, error->message);
      js_message_show (parent, _("The file was not saved"), body);
      return;
    }

  {
    g_autofree char *done = g_strdup_printf (_("Saved as “%s”"), name);
    show_toast (parent, done);
  }
}

static void
csv_chosen_cb (GtkNativeDialog *chooser,
               int              response,
               GPtrArray       *entries)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GBytes) bytes = NULL;
  GtkWindow *parent = gtk_native_dialog_get_transient_for (chooser);
  char *csv;
  gsize length = 0;

  if (response == GTK_RESPONSE_ACCEPT &&
      (file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser))) != NULL)
    {
      csv = js_joblog_export_csv (entries, &length);
      bytes = g_bytes_new_take (csv, length);
      g_file_replace_contents_bytes_async (file, bytes, NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION,
                                           NULL, csv_written_cb,
                                           parent != NULL ? g_object_ref (parent) : NULL);
    }

  g_ptr_array_unref (entries);
  g_object_unref (chooser);
}

/**
 * js_joblog_save_csv:
 * @parent: the window to show the file chooser over
 * @entries: (element-type JsJoblogEntry): what to export, in order
 *
 * Asks where to save, then writes @entries as CSV there.
 */
void
js_joblog_save_csv (GtkWindow *parent,
                    GPtrArray *entries)
{
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = NULL;
  GDate today;

  js_today (&today);
  name = g_strdup_printf ("%s-%04u-%02u-%02u.csv", C_("file name", "joblog"),
                          g_date_get_year (&today), g_date_get_month (&today),
                          g_date_get_day (&today));

  chooser = gtk_file_chooser_native_new (_("Save the job log as a spreadsheet"), parent,
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  gtk_file_filter_set_name (filter, _("Spreadsheet (CSV)"));
  gtk_file_filter_add_mime_type (filter, "text/csv");
  gtk_file_filter_add_suffix (filter, "csv");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);

  g_signal_connect (chooser, "response", G_CALLBACK (csv_chosen_cb), g_ptr_array_ref (entries));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
start_printing (GtkWindow   *parent,
                GPtrArray   *entries,
                const char  *name,
                const GDate *from,
                const GDate *to)
{
  JsJoblogReport *report = js_joblog_report_new (entries, name, from, to,
                                                 gtk_widget_get_default_direction () ==
                                                   GTK_TEXT_DIR_RTL);

  js_print_report (parent, _("Job log"), _("The job log was not printed"), report,
                   (GDestroyNotify) js_joblog_report_free,
                   (JsPrintPaginate) js_joblog_report_paginate,
                   (JsPrintDraw) js_joblog_report_draw_page);
}

typedef struct {
  JsStore   *store;
  GPtrArray *entries;
  GtkEntry  *name_entry;
  GDate      from;
  GDate      to;
} PrintRequest;

static void
print_request_free (PrintRequest *request)
{
  g_clear_object (&request->store);
  g_clear_pointer (&request->entries, g_ptr_array_unref);
  g_free (request);
}

static void
name_response_cb (AdwMessageDialog *dialog,
                  const char       *response,
                  PrintRequest     *request)
{
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (dialog));
  g_autofree char *name = NULL;

  if (g_str_equal (response, "print"))
    {
      name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (request->name_entry))));
      js_store_set_meta (request->store, JS_CITIZEN_NAME_META, name, NULL);
      start_printing (parent, request->entries, name, &request->from, &request->to);
    }

  print_request_free (request);
}

/**
 * js_joblog_print:
 * @parent: the main window
 * @store: the profile's store, which remembers the name for printouts
 * @entries: (element-type JsJoblogEntry): what to print, in order
 * @from: the first day of the period shown, or not valid
 * @to: the last day of the period shown, or not valid
 *
 * Asks for the name to put on the printout, then opens the print dialog,
 * where "Print to File" saves a PDF.
 */
void
js_joblog_print (GtkWindow   *parent,
                 JsStore     *store,
                 GPtrArray   *entries,
                 const GDate *from,
                 const GDate *to)
{
  PrintRequest *request = g_new0 (PrintRequest, 1);
  g_autofree char *name = js_store_dup_meta (store, JS_CITIZEN_NAME_META, NULL);
  GtkWidget *dialog;
  GtkWidget *entry;

  request->store = g_object_ref (store);
  request->entries = g_ptr_array_ref (entries);
  request->from = *from;
  request->to = *to;

  dialog = adw_message_dialog_new (parent, _("Your name on the printout"),
                                   _("The jobcenter sees whose job log it is. The name stays "
                                     "on this computer."));
  entry = gtk_entry_new ();
  gtk_editable_set_text (GTK_EDITABLE (entry), name != NULL ? name : "");
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_entry_set_input_purpose (GTK_ENTRY (entry), GTK_INPUT_PURPOSE_NAME);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Your name"), -1);
  request->name_entry = GTK_ENTRY (entry);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"),
                                    "print", _("_Print…"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "print",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "print");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect (dialog, "response", G_CALLBACK (name_response_cb), request);
  js_a11y_fix (dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}
