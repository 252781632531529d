/* js-pointer-step.h: the widget of a "pointer" exercise step
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "js-exercise.h"

G_BEGIN_DECLS

#define JS_TYPE_POINTER_STEP (js_pointer_step_get_type ())
G_DECLARE_FINAL_TYPE (JsPointerStep, js_pointer_step, JS, POINTER_STEP, GtkWidget)

GtkWidget *js_pointer_step_new (JsExNode *step);

G_END_DECLS
