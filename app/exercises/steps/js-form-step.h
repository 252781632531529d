/* js-form-step.h: a practice online form or mail window (step kind "form")
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "js-exercise.h"

G_BEGIN_DECLS

#define JS_TYPE_FORM_STEP (js_form_step_get_type ())
G_DECLARE_FINAL_TYPE (JsFormStep, js_form_step, JS, FORM_STEP, GtkWidget)

GtkWidget *js_form_step_new (JsExNode *step);

G_END_DECLS
