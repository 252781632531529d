/* js-rows.h: groups and rows whose text wraps at any size
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

GtkWidget *js_group_new (const char *title,
                         const char *description);
GtkWidget *js_row_new   (const char *title,
                         const char *subtitle);

G_END_DECLS
