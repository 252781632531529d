/* js-exercise-view.h: one exercise, step by step
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "js-exercise.h"
#include "js-store.h"

G_BEGIN_DECLS

#define JS_TYPE_EXERCISE_VIEW (js_exercise_view_get_type ())
G_DECLARE_FINAL_TYPE (JsExerciseView, js_exercise_view, JS, EXERCISE_VIEW, GtkWidget)

GtkWidget  *js_exercise_view_new          (JsExercise     *exercise,
                                           JsStore        *store);
JsExercise *js_exercise_view_get_exercise (JsExerciseView *self);

G_END_DECLS
