/* js-file-picker.h: a practice "choose a file" window
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "js-exercise.h"

G_BEGIN_DECLS

#define JS_TYPE_FILE_PICKER (js_file_picker_get_type ())
G_DECLARE_FINAL_TYPE (JsFilePicker, js_file_picker, JS, FILE_PICKER, AdwWindow)

JsFilePicker *js_file_picker_new (GtkWindow *parent,
                                  GPtrArray *files);

G_END_DECLS
