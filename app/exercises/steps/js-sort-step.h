/* js-sort-step.h: the widget of a "sort" exercise step
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "js-exercise.h"

G_BEGIN_DECLS

#define JS_TYPE_SORT_STEP (js_sort_step_get_type ())
G_DECLARE_FINAL_TYPE (JsSortStep, js_sort_step, JS, SORT_STEP, GtkWidget)

GtkWidget *js_sort_step_new (JsExNode *step);

G_END_DECLS
