/* js-print.h: a report through the print dialog (paper or PDF)
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

typedef guint (*JsPrintPaginate) (gpointer      report,
                                  PangoContext *context,
                                  double        width,
                                  double        height);
typedef void  (*JsPrintDraw)     (gpointer      report,
                                  cairo_t      *cr,
                                  PangoContext *context,
                                  guint         page);

void js_print_report (GtkWindow       *parent,
                      const char      *job_name,
                      const char      *failed,
                      gpointer         report,
                      GDestroyNotify   report_free,
                      JsPrintPaginate  paginate,
                      JsPrintDraw      draw);

G_END_DECLS
