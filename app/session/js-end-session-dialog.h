/* js-end-session-dialog.h: what would be lost, before a shared PC's session ends
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* The responses: try to send again, save or print the job log first, or
 * end the session all the same. */
#define JS_END_SESSION_RETRY "retry"
#define JS_END_SESSION_SAVE  "save"
#define JS_END_SESSION_PRINT "print"
#define JS_END_SESSION_END   "end"

AdwMessageDialog *js_end_session_dialog_new (GtkWindow *parent,
                                             guint      waiting);

G_END_DECLS
