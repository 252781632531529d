/* js-print.c: a report through the print dialog (paper or PDF)
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The print dialog lets the citizen choose a printer or "Print to File"
 * (a PDF where they choose): nothing is written anywhere else. A report
 * is laid out again for the paper chosen.
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "js-print.h"
#include "js-toaster.h"

typedef struct {
  gpointer         report;
  GDestroyNotify   report_free;
  JsPrintPaginate  paginate;
  JsPrintDraw      draw;
  PangoContext    *context;
  char            *failed;
} PrintJob;

static void
print_job_free (PrintJob *job)
{
  g_clear_pointer (&job->report, job->report_free);
  g_clear_object (&job->context);
  g_free (job->failed);
  g_free (job);
}

static void
begin_print_cb (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                PrintJob          *job)
{
  g_set_object (&job->context, NULL);
  job->context = gtk_print_context_create_pango_context (context);
  gtk_print_operation_set_n_pages (operation,
                                   job->paginate (job->report, job->context,
                                                  gtk_print_context_get_width (context),
                                                  gtk_print_context_get_height (context)));
}

static void
draw_page_cb (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page,
              PrintJob          *job)
{
  job->draw (job->report, gtk_print_context_get_cairo_context (context), job->context, page);
}

static void
print_done_cb (GtkPrintOperation       *operation,
               GtkPrintOperationResult  result,
               GtkWindow               *parent)
{
  PrintJob *job = g_object_get_data (G_OBJECT (operation), "js-print-job");
  g_autoptr(GError) error = NULL;

  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      gtk_print_operation_get_error (operation, &error);
      js_message_show (parent, job->failed,
            error != NULL ? error->message : _("The printer did not answer."));
    }
}

/**
 * js_print_report:
 * @parent: (nullable): the window the print dialog stands over
 * @job_name: the print job's name, as the printer's queue shows it
 * @failed: the heading of the message when printing fails
 * @report: (transfer full): the report
 * @report_free: frees @report
 * @paginate: lays @report out for the paper chosen
 * @draw: draws one page of @report
 *
 * Shows the print dialog and prints @report, or tells in plain words why
 * it could not.
 */
void
js_print_report (GtkWindow       *parent,
                 const char      *job_name,
                 const char      *failed,
                 gpointer         report,
                 GDestroyNotify   report_free,
                 JsPrintPaginate  paginate,
                 JsPrintDraw      draw)
{
  g_autoptr(GtkPrintOperation) operation = gtk_print_operation_new ();
  g_autoptr(GError) error = NULL;
  PrintJob *job = g_new0 (PrintJob, 1);

  job->report = report;
  job->report_free = report_free;
  job->paginate = paginate;
  job->draw = draw;
  job->failed = g_strdup (failed);
  g_object_set_data_full (G_OBJECT (operation), "js-print-job", job,
                          (GDestroyNotify) print_job_free);

  gtk_print_operation_set_job_name (operation, job_name);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_use_full_page (operation, FALSE);
  g_signal_connect (operation, "begin-print", G_CALLBACK (begin_print_cb), job);
  g_signal_connect (operation, "draw-page", G_CALLBACK (draw_page_cb), job);
  g_signal_connect (operation, "done", G_CALLBACK (print_done_cb), parent);

  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, parent,
                               &error) == GTK_PRINT_OPERATION_RESULT_ERROR)
    js_message_show (parent, failed, error->message);
}
