/* js-this-week-page.h: everything due this week, in one place
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "js-store.h"

G_BEGIN_DECLS

#define JS_TYPE_THIS_WEEK_PAGE (js_this_week_page_get_type ())
G_DECLARE_FINAL_TYPE (JsThisWeekPage, js_this_week_page, JS, THIS_WEEK_PAGE, GtkWidget)

void js_this_week_page_set_store (JsThisWeekPage *self,
                                  JsStore        *store);

G_END_DECLS
