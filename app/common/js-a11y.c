/* js-a11y.c: accessibility fixes for older GTK, and for large text
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * GTK before 4.10 names a button with a mnemonic twice over: its label
 * property and the label widget it is labelled by are joined, so a screen
 * reader says "Quit Quit". Buttons made by libadwaita (message dialog
 * responses) always use mnemonics, so they are corrected after creation.
 * And a button's words never wrap by themselves: at 200 % text one long
 * label would make the whole window wider than a narrow screen.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "js-a11y.h"

static void
fix_button_names (GtkWidget *root)
{
  if (GTK_IS_BUTTON (root) && gtk_button_get_use_underline (GTK_BUTTON (root)) &&
      gtk_button_get_label (GTK_BUTTON (root)) != NULL)
    gtk_accessible_reset_property (GTK_ACCESSIBLE (root), GTK_ACCESSIBLE_PROPERTY_LABEL);

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    fix_button_names (child);
}

/* GTK 4.8's own catalogue lacks the window buttons' descriptions in
 * Arabic ("Close the window" was read out in English): they are
 * described in Jobspor's words, again each time GTK makes them anew. */
static void
describe_window_buttons (GtkWidget *controls)
{
  static const struct {
    const char *css_class;
    const char *description;
  } buttons[] = {
    { "close", N_("Close the window") },
    { "minimize", N_("Minimize the window") },
    { "maximize", N_("Maximize the window") },
  };

  for (GtkWidget *child = gtk_widget_get_first_child (controls); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    for (guint i = 0; i < G_N_ELEMENTS (buttons); i++)
      if (gtk_widget_has_css_class (child, buttons[i].css_class))
        gtk_accessible_update_property (GTK_ACCESSIBLE (child),
                                        GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                        _(buttons[i].description), -1);
}

static void
window_buttons_changed_cb (GListModel *children,
                           guint       position,
                           guint       removed,
                           guint       added,
                           GtkWidget  *controls)
{
  describe_window_buttons (controls);
}

/**
 * js_a11y_describe_window_controls:
 * @root: a widget with a header bar below it
 *
 * Describes the window's own buttons (close, minimize, maximize) below
 * @root in the language shown, now and whenever GTK makes them anew.
 */
void
js_a11y_describe_window_controls (GtkWidget *root)
{
  if (GTK_IS_WINDOW_CONTROLS (root) && g_object_get_data (G_OBJECT (root), "js-buttons") == NULL)
    {
      GListModel *children = gtk_widget_observe_children (root);

      g_signal_connect_object (children, "items-changed", G_CALLBACK (window_buttons_changed_cb),
                               root, 0);
      g_object_set_data_full (G_OBJECT (root), "js-buttons", children, g_object_unref);
      describe_window_buttons (root);
    }

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    js_a11y_describe_window_controls (child);
}

/**
 * js_a11y_fix:
 * @root: a widget whose buttons to correct, once they are all made
 *
 * Lets the words of every button below @root wrap (js_a11y_wrap_labels()),
 * describes the window's own buttons in the language shown, and on GTK
 * older than 4.10 drops the duplicate label property of every mnemonic
 * button, leaving the name it is labelled by.
 */
void
js_a11y_fix (GtkWidget *root)
{
  g_return_if_fail (GTK_IS_WIDGET (root));

  js_a11y_wrap_labels (root);
  js_a11y_describe_window_controls (root);
  if (gtk_get_major_version () == 4 && gtk_get_minor_version () < 10)
    fix_button_names (root);
}

/**
 * js_a11y_wrap_labels:
 * @root: a widget whose buttons' words may wrap
 *
 * Lets the text of every button below @root (a button's own label, a
 * menu button's) break into lines, so that at 200 % text in a narrow
 * window a button grows taller rather than pushing the window wider.
 * Call it again after a button's label is set anew.
 */
void
js_a11y_wrap_labels (GtkWidget *root)
{
  g_return_if_fail (GTK_IS_WIDGET (root));

  if (GTK_IS_LABEL (root) && gtk_widget_get_ancestor (root, GTK_TYPE_BUTTON) != NULL)
    {
      /* A flow box gives a child no more than its minimum width once a
       * line is full, and it moves a child to the next line anyway: there
       * whole words only, or "تصفية" becomes "ت-ص-فية". */
      gboolean in_flow_box = gtk_widget_get_ancestor (root, GTK_TYPE_FLOW_BOX_CHILD) != NULL;

      gtk_label_set_wrap (GTK_LABEL (root), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (root),
                               in_flow_box ? PANGO_WRAP_WORD : PANGO_WRAP_WORD_CHAR);
      /* A row asks its buttons for their width at the row's height, and
       * a label that may wrap is content with the width of a letter at
       * any height: a job's "Open ad" became "ال-إع-لان" in a wide
       * window. Asked for its natural width, a label gives that of its
       * words on one line; only its least width lets them wrap. */
      gtk_label_set_natural_wrap_mode (GTK_LABEL (root), GTK_NATURAL_WRAP_NONE);
      gtk_label_set_justify (GTK_LABEL (root), GTK_JUSTIFY_CENTER);
    }

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    js_a11y_wrap_labels (child);
}
