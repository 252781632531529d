/* js-sign-out-dialog.c: signing out at home, keeping the job log or not
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * At home the citizen's copy stays on the PC after signing out, to work
 * offline next time. On a PC that others use too, the citizen can delete
 * it instead; the jobcenter keeps the job log either way, and what has not
 * reached it yet is sent first (JsApplication).
 */

#include "config.h"

#include <glib/gi18n.h>

#include "js-a11y.h"
#include "js-sign-out-dialog.h"

/**
 * js_sign_out_dialog_new:
 *
 * Returns: (transfer none): the dialog, not yet shown
 */
AdwMessageDialog *
js_sign_out_dialog_new (GtkWindow *parent)
{
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (
    adw_message_dialog_new (parent, _("Sign out?"),
                            _("Your job log stays on this PC, so you can work on it offline "
                              "next time. If other people use this PC, delete it from here: "
                              "the jobcenter keeps your job log.")));

  adw_message_dialog_add_responses (dialog,
                                    JS_SIGN_OUT_CANCEL, _("_Cancel"),
                                    JS_SIGN_OUT_DELETE, _("Sign out and _delete"),
                                    JS_SIGN_OUT_KEEP, _("_Sign out"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, JS_SIGN_OUT_DELETE,
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (dialog, JS_SIGN_OUT_KEEP, ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, JS_SIGN_OUT_KEEP);
  adw_message_dialog_set_close_response (dialog, JS_SIGN_OUT_CANCEL);
  js_a11y_fix (GTK_WIDGET (dialog));
  return dialog;
}
