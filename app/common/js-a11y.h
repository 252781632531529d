/* js-a11y.h: accessibility fixes for older GTK
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void js_a11y_fix_button_names (GtkWidget *root);

G_END_DECLS
