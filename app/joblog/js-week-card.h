/* js-week-card.h: this week's applications against the plan's requirement
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "js-store.h"

G_BEGIN_DECLS

#define JS_TYPE_WEEK_CARD (js_week_card_get_type ())
G_DECLARE_FINAL_TYPE (JsWeekCard, js_week_card, JS, WEEK_CARD, GtkWidget)

void js_week_card_set_store (JsWeekCard *self,
                             JsStore    *store);
void js_week_card_refresh   (JsWeekCard *self);

G_END_DECLS
