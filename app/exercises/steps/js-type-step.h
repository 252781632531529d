/* js-type-step.h: the widget of a "type" exercise step
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "js-exercise.h"

G_BEGIN_DECLS

#define JS_TYPE_TYPE_STEP (js_type_step_get_type ())
G_DECLARE_FINAL_TYPE (JsTypeStep, js_type_step, JS, TYPE_STEP, GtkWidget)

GtkWidget *js_type_step_new (JsExNode *step);

G_END_DECLS
