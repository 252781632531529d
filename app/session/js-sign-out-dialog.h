/* js-sign-out-dialog.h: signing out at home, keeping the job log or not
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define JS_SIGN_OUT_CANCEL "cancel"
#define JS_SIGN_OUT_KEEP   "keep"
#define JS_SIGN_OUT_DELETE "delete"

AdwMessageDialog *js_sign_out_dialog_new (GtkWindow *parent);

G_END_DECLS
