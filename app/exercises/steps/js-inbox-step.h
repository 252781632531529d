/* js-inbox-step.h: a practice Digital Post inbox (step kind "inbox")
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "js-exercise.h"

G_BEGIN_DECLS

#define JS_TYPE_INBOX_STEP (js_inbox_step_get_type ())
G_DECLARE_FINAL_TYPE (JsInboxStep, js_inbox_step, JS, INBOX_STEP, GtkWidget)

GtkWidget *js_inbox_step_new (JsExNode *step);

G_END_DECLS
