/* js-file-util.h: removing a folder and all it holds
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean js_remove_tree (const char  *path,
                         GError     **error);

G_END_DECLS
