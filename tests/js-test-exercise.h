/* js-test-exercise.h: an exercise with one step of every kind, for tests
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "js-exercise.h"

G_BEGIN_DECLS

extern const char js_test_exercise_sample[];

JsExercise *js_test_load_sample (void);
JsExNode   *js_test_sample_step (JsExercise *exercise,
                                 guint       index);

G_END_DECLS
