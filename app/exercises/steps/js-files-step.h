/* js-files-step.h: a practice file view (step kind "files")
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "js-exercise.h"

G_BEGIN_DECLS

#define JS_TYPE_FILES_STEP (js_files_step_get_type ())
G_DECLARE_FINAL_TYPE (JsFilesStep, js_files_step, JS, FILES_STEP, GtkWidget)

GtkWidget *js_files_step_new (JsExNode *step);

G_END_DECLS
