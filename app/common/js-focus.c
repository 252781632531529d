/* js-focus.c: keeping the keyboard's place while a view is built anew
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A page that rebuilds its rows when a sync brings something would
 * otherwise drop the keyboard focus with the row that held it: GTK then
 * moves it to the first control it finds, and a citizen who was reading
 * with a screen reader, or tabbing to a button, starts again from the
 * top. A mark names the focused control by what it does (its action and
 * target), or by its words, and by where it was; after the rebuild the
 * focus goes to the control that does the same, else to the one in the
 * same place, else to the nearest control there.
 */

#include "config.h"

#include <adwaita.h>

#include "js-focus.h"

struct _JsFocusMark {
  GtkWidget *container;
  GtkWidget *focus;      /* weak: gone when the rebuild removed it */
  char      *key;
  GArray    *path;       /* child positions from @container down to the focus */
};

static void
append_words (GtkWidget *widget,
              GString   *words)
{
  if (!gtk_widget_get_visible (widget))
    return;
  if (GTK_IS_LABEL (widget))
    g_string_append_printf (words, "%s\n", gtk_label_get_text (GTK_LABEL (widget)));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    append_words (child, words);
}

/* What a control does or says, the same for the control built anew; or
 * %NULL for what is not a control. */
static char *
describe (GtkWidget *widget)
{
  const char *type = G_OBJECT_TYPE_NAME (widget);
  g_autoptr(GString) words = NULL;

  if (GTK_IS_ACTIONABLE (widget) &&
      gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)) != NULL)
    {
      GVariant *target = gtk_actionable_get_action_target_value (GTK_ACTIONABLE (widget));
      g_autofree char *printed = target != NULL ? g_variant_print (target, TRUE) : NULL;

      return g_strdup_printf ("%s action %s %s", type,
                              gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)),
                              printed != NULL ? printed : "");
    }
  if (!gtk_widget_get_focusable (widget))
    return NULL;
  if (ADW_IS_PREFERENCES_ROW (widget))
    return g_strdup_printf ("%s row %s", type,
                            adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)));

  /* A button, a list's row, a label one can select: by its words. */
  words = g_string_new (NULL);
  g_string_append_printf (words, "%s words ", type);
  append_words (widget, words);
  return g_string_free (g_steal_pointer (&words), FALSE);
}

static guint
position (GtkWidget *widget)
{
  guint n = 0;

  for (GtkWidget *sibling = gtk_widget_get_prev_sibling (widget); sibling != NULL;
       sibling = gtk_widget_get_prev_sibling (sibling))
    n++;
  return n;
}

/**
 * js_focus_mark_new:
 * @container: the part of a page about to be built anew
 *
 * Returns: (transfer full) (nullable): where the keyboard is inside
 *   @container, or %NULL when it is elsewhere
 */
JsFocusMark *
js_focus_mark_new (GtkWidget *container)
{
  GtkRoot *root;
  GtkWidget *focus;
  JsFocusMark *mark;

  g_return_val_if_fail (GTK_IS_WIDGET (container), NULL);

  root = gtk_widget_get_root (container);
  focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  if (focus == NULL || !gtk_widget_is_ancestor (focus, container))
    return NULL;

  mark = g_new0 (JsFocusMark, 1);
  mark->container = g_object_ref (container);
  g_set_weak_pointer (&mark->focus, focus);
  mark->path = g_array_new (FALSE, FALSE, sizeof (guint));
  /* A control inside a row (a label within a button) counts as the
   * nearest one that says what it is. */
  for (GtkWidget *w = focus; w != container && mark->key == NULL; w = gtk_widget_get_parent (w))
    mark->key = describe (w);
  for (GtkWidget *w = focus; w != container; w = gtk_widget_get_parent (w))
    {
      guint n = position (w);

      g_array_prepend_val (mark->path, n);
    }
  return mark;
}

static GtkWidget *
find_described (GtkWidget  *widget,
                const char *key)
{
  g_autofree char *description = NULL;

  if (!gtk_widget_get_visible (widget))
    return NULL;
  description = describe (widget);
  if (g_strcmp0 (description, key) == 0 && gtk_widget_is_sensitive (widget))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_described (child, key);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
take (GtkWidget *widget)
{
  /* The control itself, else the first control inside it. */
  return (gtk_widget_get_focusable (widget) && gtk_widget_grab_focus (widget)) ||
         gtk_widget_child_focus (widget, GTK_DIR_TAB_FORWARD);
}

/**
 * js_focus_mark_return:
 * @mark: (transfer full) (nullable): from js_focus_mark_new(), before the
 *   rebuild
 *
 * Puts the keyboard back where @mark says, in what was built since.
 */
void
js_focus_mark_return (JsFocusMark *mark)
{
  g_autoptr(GPtrArray) steps = g_ptr_array_new ();
  GtkWidget *found = NULL;
  GtkWidget *at;

  if (mark == NULL)
    return;

  /* Still there (the rebuild kept it): nothing to do. */
  if (mark->focus != NULL && gtk_widget_is_ancestor (mark->focus, mark->container) &&
      gtk_widget_has_focus (mark->focus))
    goto out;

  if (mark->key != NULL)
    found = find_described (mark->container, mark->key);
  if (found != NULL && take (found))
    goto out;

  /* The same place, as far down as it still exists; then outwards. */
  at = mark->container;
  g_ptr_array_add (steps, at);
  for (guint i = 0; i < mark->path->len; i++)
    {
      guint n = g_array_index (mark->path, guint, i);
      GtkWidget *child = gtk_widget_get_first_child (at);

      while (child != NULL && n-- > 0)
        child = gtk_widget_get_next_sibling (child);
      if (child == NULL || !gtk_widget_get_visible (child))
        break;
      at = child;
      g_ptr_array_add (steps, at);
    }
  for (guint i = steps->len; i > 0; i--)
    if (take (steps->pdata[i - 1]))
      break;

out:
  js_focus_mark_free (mark);
}

void
js_focus_mark_free (JsFocusMark *mark)
{
  if (mark == NULL)
    return;

  g_clear_weak_pointer (&mark->focus);
  g_clear_object (&mark->container);
  g_clear_pointer (&mark->key, g_free);
  g_array_unref (mark->path);
  g_free (mark);
}
