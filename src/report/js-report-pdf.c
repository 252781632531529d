/* js-report-pdf.c: a paginated report written as an A4 PDF file
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The job log and the plan lay themselves out on pages; this writes those
 * pages to a file, as "Print to File" would, for the tests and for saving.
 */

#include "config.h"

#include <cairo-pdf.h>

#include "js-report-pdf.h"

#define A4_WIDTH  595.276
#define A4_HEIGHT 841.89

/**
 * js_report_write_pdf:
 * @path: the PDF file to create or replace
 * @title: the document's title, for its metadata
 * @margin: the margin on every side, in points
 * @report: the report
 * @paginate: lays @report out for the page
 * @draw: draws one page of @report
 *
 * Writes the report as an A4 portrait PDF file.
 *
 * Returns: %CAIRO_STATUS_SUCCESS, or why the file could not be written
 */
cairo_status_t
js_report_write_pdf (const char       *path,
                     const char       *title,
                     double            margin,
                     gpointer          report,
                     JsReportPaginate  paginate,
                     JsReportDraw      draw)
{
  cairo_surface_t *surface = cairo_pdf_surface_create (path, A4_WIDTH, A4_HEIGHT);
  cairo_status_t status = cairo_surface_status (surface);

  if (status == CAIRO_STATUS_SUCCESS)
    {
      cairo_t *cr = cairo_create (surface);
      PangoContext *context = pango_cairo_create_context (cr);
      guint n_pages;

      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, PACKAGE_NAME);
      /* cairo's PDF unit is the point: 72 units per inch */
      pango_cairo_context_set_resolution (context, 72.0);
      pango_context_set_round_glyph_positions (context, FALSE);

      n_pages = paginate (report, context, A4_WIDTH - 2 * margin, A4_HEIGHT - 2 * margin);
      for (guint page = 0; page < n_pages; page++)
        {
          cairo_save (cr);
          cairo_translate (cr, margin, margin);
          draw (report, cr, context, page);
          cairo_restore (cr);
          cairo_show_page (cr);
        }

      status = cairo_status (cr);
      g_object_unref (context);
      cairo_destroy (cr);
      cairo_surface_finish (surface);
      if (status == CAIRO_STATUS_SUCCESS)
        status = cairo_surface_status (surface);
    }
  cairo_surface_destroy (surface);

  return status;
}
