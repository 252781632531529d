/* js-sign-in-dialog.h: signing in to the jobcenter
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "js-protocol.h"

G_BEGIN_DECLS

#define JS_TYPE_SIGN_IN_DIALOG (js_sign_in_dialog_get_type ())
G_DECLARE_FINAL_TYPE (JsSignInDialog, js_sign_in_dialog, JS, SIGN_IN_DIALOG, AdwWindow)

JsSignInDialog *js_sign_in_dialog_new (GtkWindow  *parent,
                                       const char *url);

G_END_DECLS
