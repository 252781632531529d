/* js-a11y.c: accessibility fixes for older GTK
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * GTK before 4.10 names a button with a mnemonic twice over: its label
 * property and the label widget it is labelled by are joined, so a screen
 * reader says "Quit Quit". Buttons made by libadwaita (message dialog
 * responses) always use mnemonics, so they are corrected after creation.
 */

#include "config.h"

#include "js-a11y.h"

/**
 * js_a11y_fix_button_names:
 * @root: a widget whose buttons to correct
 *
 * On GTK older than 4.10, drops the duplicate label property of every
 * mnemonic button below @root, leaving the name it is labelled by. Does
 * nothing on newer GTK.
 */
void
js_a11y_fix_button_names (GtkWidget *root)
{
  g_return_if_fail (GTK_IS_WIDGET (root));

  if (gtk_get_major_version () > 4 || gtk_get_minor_version () >= 10)
    return;

  if (GTK_IS_BUTTON (root) && gtk_button_get_use_underline (GTK_BUTTON (root)) &&
      gtk_button_get_label (GTK_BUTTON (root)) != NULL)
    gtk_accessible_reset_property (GTK_ACCESSIBLE (root), GTK_ACCESSIBLE_PROPERTY_LABEL);

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    js_a11y_fix_button_names (child);
}
