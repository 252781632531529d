/* js-plan-report.h: the plan on paper or as a PDF file
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <pango/pangocairo.h>

G_BEGIN_DECLS

#define JS_PLAN_REPORT_ERROR (js_plan_report_error_quark ())

typedef enum {
  JS_PLAN_REPORT_ERROR_WRITE,
} JsPlanReportError;

typedef enum {
  JS_REPORT_TITLE,
  JS_REPORT_HEADING,
  JS_REPORT_TEXT,
  JS_REPORT_SMALL,
} JsReportStyle;

typedef struct _JsPlanReport JsPlanReport;

GQuark        js_plan_report_error_quark (void);
JsPlanReport *js_plan_report_new         (gboolean       right_to_left);
void          js_plan_report_add         (JsPlanReport  *self,
                                          JsReportStyle  style,
                                          const char    *text);
guint         js_plan_report_paginate    (JsPlanReport  *self,
                                          PangoContext  *context,
                                          double         width,
                                          double         height);
void          js_plan_report_draw_page   (JsPlanReport  *self,
                                          cairo_t       *cr,
                                          PangoContext  *context,
                                          guint          page);
gboolean      js_plan_report_write_pdf   (JsPlanReport  *self,
                                          const char    *path,
                                          const char    *title,
                                          GError       **error);
void          js_plan_report_free        (JsPlanReport  *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (JsPlanReport, js_plan_report_free)

G_END_DECLS
