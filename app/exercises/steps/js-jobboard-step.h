/* js-jobboard-step.h: a practice job board (step kind "jobboard")
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "js-exercise.h"

G_BEGIN_DECLS

#define JS_TYPE_JOBBOARD_STEP (js_jobboard_step_get_type ())
G_DECLARE_FINAL_TYPE (JsJobboardStep, js_jobboard_step, JS, JOBBOARD_STEP, GtkWidget)

GtkWidget *js_jobboard_step_new (JsExNode *step);

G_END_DECLS
