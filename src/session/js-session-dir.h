/* js-session-dir.h: the folder a shared-PC session keeps everything in
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

char     *js_session_root        (void);
gboolean  js_session_wipe_all    (const char  *root,
                                  GError     **error);
char     *js_session_dir_new     (const char  *root,
                                  GError     **error);

G_END_DECLS
