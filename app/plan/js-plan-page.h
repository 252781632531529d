/* js-plan-page.h: My plan, as the jobcenter wrote it
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "js-store.h"

G_BEGIN_DECLS

#define JS_TYPE_PLAN_PAGE (js_plan_page_get_type ())
G_DECLARE_FINAL_TYPE (JsPlanPage, js_plan_page, JS, PLAN_PAGE, GtkWidget)

void js_plan_page_set_store (JsPlanPage *self,
                             JsStore    *store);
void js_plan_page_refresh   (JsPlanPage *self);

G_END_DECLS
