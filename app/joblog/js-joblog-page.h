/* js-joblog-page.h: the job log section
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "js-store.h"

G_BEGIN_DECLS

#define JS_TYPE_JOBLOG_PAGE (js_joblog_page_get_type ())
G_DECLARE_FINAL_TYPE (JsJoblogPage, js_joblog_page, JS, JOBLOG_PAGE, GtkWidget)

void js_joblog_page_apply_for (JsJoblogPage *self,
                               const char   *suggestion,
                               const char   *title,
                               const char   *employer,
                               const char   *link);
void js_joblog_page_set_store (JsJoblogPage *self,
                               JsStore      *store);

G_END_DECLS
