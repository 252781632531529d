/* js-step-util.c: small helpers the exercise step widgets share
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A problem found by a check is shown the same way in every practice
 * window: in words under the thing it is about, in the error style, and as
 * that thing's accessible description and invalid state, so a screen reader
 * says it when the citizen moves there.
 */

#include "config.h"

#include "js-step-util.h"

/**
 * _js_check_problem_for:
 * @check: a check's result
 * @id: an option, field or item id
 *
 * Returns: (nullable): the message of @check's problem about @id
 */
const char *
_js_check_problem_for (JsCheck    *check,
                       const char *id)
{
  g_return_val_if_fail (check != NULL, NULL);
  g_return_val_if_fail (id != NULL, NULL);

  for (guint i = 0; check->problems != NULL && i < check->problems->len; i++)
    {
      JsCheckProblem *problem = g_ptr_array_index (check->problems, i);

      if (g_strcmp0 (problem->id, id) == 0)
        return problem->message;
    }

  return NULL;
}

/**
 * _js_check_first_message:
 * @check: a check's result
 *
 * Returns: the first problem's message, or the check's message when it
 *   names no problem
 */
const char *
_js_check_first_message (JsCheck *check)
{
  g_return_val_if_fail (check != NULL, NULL);

  if (check->problems != NULL && check->problems->len > 0)
    {
      JsCheckProblem *problem = g_ptr_array_index (check->problems, 0);

      return problem->message;
    }

  return check->message;
}

/**
 * _js_step_mark_problem:
 * @widget: (nullable): the control the problem is about
 * @label: (nullable): the error label under it
 * @hint: (nullable): the control's usual description
 * @message: (nullable): the problem, or %NULL to clear it
 */
void
_js_step_mark_problem (GtkWidget  *widget,
                       GtkLabel   *label,
                       const char *hint,
                       const char *message)
{
  g_return_if_fail (label == NULL || GTK_IS_LABEL (label));

  if (label != NULL)
    {
      _js_label_set_or_hide (label, message);
      if (message != NULL)
        gtk_widget_add_css_class (GTK_WIDGET (label), "error");
    }

  if (widget == NULL)
    return;

  if (message != NULL)
    {
      g_autofree char *description = NULL;

      description = hint != NULL ? g_strdup_printf ("%s %s", message, hint) : g_strdup (message);
      gtk_widget_add_css_class (widget, "error");
      gtk_accessible_update_state (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_STATE_INVALID,
                                   GTK_ACCESSIBLE_INVALID_TRUE, -1);
      gtk_accessible_update_property (GTK_ACCESSIBLE (widget),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description, -1);
    }
  else
    {
      gtk_widget_remove_css_class (widget, "error");
      gtk_accessible_reset_state (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_STATE_INVALID);
      if (hint != NULL)
        gtk_accessible_update_property (GTK_ACCESSIBLE (widget),
                                        GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, hint, -1);
      else
        gtk_accessible_reset_property (GTK_ACCESSIBLE (widget),
                                       GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
    }
}

/**
 * _js_label_set_or_hide:
 * @label: a label
 * @text: (nullable): its text
 *
 * Shows @text in @label, or hides @label when there is no text.
 */
void
_js_label_set_or_hide (GtkLabel   *label,
                       const char *text)
{
  g_return_if_fail (GTK_IS_LABEL (label));

  gtk_label_set_label (label, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (label), text != NULL && *text != '\0');
}

/**
 * _js_step_label_new:
 * @text: (nullable): the text
 *
 * Returns: (transfer floating): a label that wraps, starts at the start
 *   side, and uses the room it is given before wrapping
 */
GtkLabel *
_js_step_label_new (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 70);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_hexpand (label, TRUE);

  return GTK_LABEL (label);
}

/**
 * _js_step_error_label_new:
 *
 * Returns: (transfer floating): a hidden, wrapping label in the error style
 */
GtkLabel *
_js_step_error_label_new (void)
{
  GtkLabel *label = _js_step_label_new (NULL);

  gtk_widget_add_css_class (GTK_WIDGET (label), "error");
  gtk_widget_set_visible (GTK_WIDGET (label), FALSE);

  return label;
}

/**
 * _js_step_join_ids:
 * @ids: (element-type utf8): ids
 *
 * Returns: (transfer full): @ids joined by ",", as the answer keys want them
 */
char *
_js_step_join_ids (GPtrArray *ids)
{
  g_autoptr(GString) joined = g_string_new (NULL);

  for (guint i = 0; i < ids->len; i++)
    {
      if (i > 0)
        g_string_append_c (joined, ',');
      g_string_append (joined, g_ptr_array_index (ids, i));
    }

  return g_string_free (g_steal_pointer (&joined), FALSE);
}

/**
 * _js_step_ids_add:
 * @ids: (element-type utf8): ids owning their strings
 * @id: an id
 *
 * Adds @id to the end of @ids unless it is there already.
 *
 * Returns: whether @id was added
 */
gboolean
_js_step_ids_add (GPtrArray  *ids,
                  const char *id)
{
  if (g_ptr_array_find_with_equal_func (ids, id, g_str_equal, NULL))
    return FALSE;

  g_ptr_array_add (ids, g_strdup (id));
  return TRUE;
}

static gboolean
activate_focused_row_cb (GtkWidget *list,
                         GVariant  *args,
                         gpointer   user_data)
{
  GtkRoot *root = gtk_widget_get_root (list);
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  for (GtkWidget *w = focus; w != NULL && w != list; w = gtk_widget_get_parent (w))
    {
      if (GTK_IS_LIST_BOX_ROW (w) && gtk_list_box_row_get_activatable (GTK_LIST_BOX_ROW (w)))
        return gtk_widget_activate (w);
    }

  return FALSE;
}

/**
 * _js_step_list_opens_on_enter:
 * @list: a list whose rows open, like a folder or a letter
 *
 * Makes Enter open the focused row of @list itself. Otherwise the window
 * would, last of all, and the exercise runner, whose Enter checks the
 * answer, would come first.
 */
void
_js_step_list_opens_on_enter (GtkListBox *list)
{
  static const guint keys[] = { GDK_KEY_Return, GDK_KEY_KP_Enter, GDK_KEY_ISO_Enter };
  GtkEventController *controller = gtk_shortcut_controller_new ();

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                          gtk_shortcut_new (gtk_keyval_trigger_new (keys[i], 0),
                                                            gtk_callback_action_new (
                                                              activate_focused_row_cb,
                                                              NULL, NULL)));
  gtk_widget_add_controller (GTK_WIDGET (list), controller);
}
