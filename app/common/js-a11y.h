/* js-a11y.h: accessibility fixes for older GTK, and for large text
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void js_a11y_fix               (GtkWidget *root);
void js_a11y_wrap_labels      (GtkWidget *root);
void js_a11y_describe_window_controls (GtkWidget *root);

G_END_DECLS
