/* js-password-step.h: make a strong password, with live feedback (step kind "password")
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "js-exercise.h"

G_BEGIN_DECLS

#define JS_TYPE_PASSWORD_STEP (js_password_step_get_type ())
G_DECLARE_FINAL_TYPE (JsPasswordStep, js_password_step, JS, PASSWORD_STEP, GtkWidget)

GtkWidget *js_password_step_new (JsExNode *step);

G_END_DECLS
