/* js-language-dialog.h
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define JS_TYPE_LANGUAGE_DIALOG (js_language_dialog_get_type ())
G_DECLARE_FINAL_TYPE (JsLanguageDialog, js_language_dialog, JS, LANGUAGE_DIALOG, AdwWindow)

void js_language_dialog_present (GtkApplication *application,
                                 GtkWindow      *parent);

G_END_DECLS
