/* js-joblog-model.h: the job log as a list model, loaded as it is shown
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "js-store-joblog.h"

G_BEGIN_DECLS

#define JS_TYPE_JOBLOG_MODEL (js_joblog_model_get_type ())
G_DECLARE_FINAL_TYPE (JsJoblogModel, js_joblog_model, JS, JOBLOG_MODEL, GObject)

JsJoblogModel *js_joblog_model_new         (JsStore             *store);
gboolean       js_joblog_model_set_query   (JsJoblogModel       *self,
                                            const JsJoblogQuery *query,
                                            GError             **error);
gboolean       js_joblog_model_reload      (JsJoblogModel       *self,
                                            GError             **error);
GPtrArray     *js_joblog_model_dup_entries (JsJoblogModel       *self,
                                            GError             **error);

G_END_DECLS
