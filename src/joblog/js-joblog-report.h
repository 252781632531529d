/* js-joblog-report.h: the job log on paper or as a PDF file
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <pango/pangocairo.h>

#include "js-joblog-entry.h"

G_BEGIN_DECLS

#define JS_JOBLOG_REPORT_ERROR (js_joblog_report_error_quark ())

/**
 * JsJoblogReportError:
 * @JS_JOBLOG_REPORT_ERROR_WRITE: the file cannot be created or written
 *   (no permission, missing folder, disk full)
 *
 * The ways writing a report can fail. The UI maps each to a plain-language message.
 */
typedef enum {
  JS_JOBLOG_REPORT_ERROR_WRITE,
} JsJoblogReportError;

typedef struct _JsJoblogReport JsJoblogReport;

GQuark          js_joblog_report_error_quark  (void);

JsJoblogReport *js_joblog_report_new          (GPtrArray       *entries,
                                               const char      *citizen_name,
                                               const GDate     *from,
                                               const GDate     *to,
                                               gboolean         right_to_left);
guint           js_joblog_report_paginate     (JsJoblogReport  *self,
                                               PangoContext    *context,
                                               double           width,
                                               double           height);
void            js_joblog_report_draw_page    (JsJoblogReport  *self,
                                               cairo_t         *cr,
                                               PangoContext    *context,
                                               guint            page);
gboolean        js_joblog_report_write_pdf    (JsJoblogReport  *self,
                                               const char      *path,
                                               GError         **error);
void            js_joblog_report_free         (JsJoblogReport  *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (JsJoblogReport, js_joblog_report_free)

G_END_DECLS
