/* js-joblog-filters.h: the job log's filters, in their popover
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "js-store-joblog.h"

G_BEGIN_DECLS

#define JS_TYPE_JOBLOG_FILTERS (js_joblog_filters_get_type ())
G_DECLARE_FINAL_TYPE (JsJoblogFilters, js_joblog_filters, JS, JOBLOG_FILTERS, GtkBox)

GtkWidget *js_joblog_filters_new        (void);
void       js_joblog_filters_fill_query (JsJoblogFilters *self,
                                         JsJoblogQuery   *query);
void       js_joblog_filters_focus      (JsJoblogFilters *self);

G_END_DECLS
