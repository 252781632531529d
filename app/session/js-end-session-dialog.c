/* js-end-session-dialog.c: what would be lost, before a shared PC's session ends
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * On a shared PC the session's folder is deleted when it ends. When some
 * changes have not reached the jobcenter (offline, the jobcenter down),
 * the citizen is told so in plain words before anything is deleted, and
 * chooses: try again, save or print the job log through the file or print
 * dialog, or end the session all the same. Nothing is the default that
 * loses data: Escape tries again.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "js-a11y.h"
#include "js-end-session-dialog.h"

/**
 * js_end_session_dialog_new:
 * @waiting: the changes not yet at the jobcenter
 *
 * Returns: (transfer none): the dialog, not yet shown
 */
AdwMessageDialog *
js_end_session_dialog_new (GtkWindow *parent,
                           guint      waiting)
{
  g_autofree char *body = g_strdup_printf (
    ngettext ("%u change has not reached the jobcenter yet. When this session ends, "
              "everything is deleted from this PC, and the change is lost. Try again, or "
              "save or print your job log first.",
              "%u changes have not reached the jobcenter yet. When this session ends, "
              "everything is deleted from this PC, and the changes are lost. Try again, or "
              "save or print your job log first.", waiting),
    waiting);
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (
    adw_message_dialog_new (parent, _("Not everything reached the jobcenter"), body));

  adw_message_dialog_add_responses (dialog,
                                    JS_END_SESSION_RETRY, _("_Try again"),
                                    JS_END_SESSION_SAVE, _("_Save job log…"),
                                    JS_END_SESSION_PRINT, _("_Print job log…"),
                                    JS_END_SESSION_END, _("_End and delete"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, JS_END_SESSION_RETRY,
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_response_appearance (dialog, JS_END_SESSION_END,
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, JS_END_SESSION_RETRY);
  adw_message_dialog_set_close_response (dialog, JS_END_SESSION_RETRY);
  js_a11y_fix (GTK_WIDGET (dialog));
  return dialog;
}
