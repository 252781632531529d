/* js-report-pdf.h: a paginated report written as an A4 PDF file
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <pango/pangocairo.h>

G_BEGIN_DECLS

typedef guint (*JsReportPaginate) (gpointer      report,
                                   PangoContext *context,
                                   double        width,
                                   double        height);
typedef void  (*JsReportDraw)     (gpointer      report,
                                   cairo_t      *cr,
                                   PangoContext *context,
                                   guint         page);

cairo_status_t js_report_write_pdf (const char       *path,
                                    const char       *title,
                                    double            margin,
                                    gpointer          report,
                                    JsReportPaginate  paginate,
                                    JsReportDraw      draw);

G_END_DECLS
