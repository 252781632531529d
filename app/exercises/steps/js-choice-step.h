/* js-choice-step.h: the widget of a "choice" exercise step
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "js-exercise.h"

G_BEGIN_DECLS

#define JS_TYPE_CHOICE_STEP (js_choice_step_get_type ())
G_DECLARE_FINAL_TYPE (JsChoiceStep, js_choice_step, JS, CHOICE_STEP, GtkWidget)

GtkWidget *js_choice_step_new (JsExNode *step);

G_END_DECLS
