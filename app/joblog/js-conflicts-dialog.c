/* js-conflicts-dialog.c: entries the citizen must decide about
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An entry changed on two computers before they synced: the jobcenter's
 * version is in the log, the citizen's is kept here until they choose.
 * An entry the jobcenter refused is kept here with the reason. Nothing is
 * dropped without the citizen's say.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "js-a11y.h"
#include "js-conflicts-dialog.h"
#include "js-joblog-entry.h"
#include "js-store-sync.h"

struct _JsConflictsDialog {
  AdwWindow   parent_instance;

  JsStore    *store;
  GtkListBox *list;
};

G_DEFINE_FINAL_TYPE (JsConflictsDialog, js_conflicts_dialog, ADW_TYPE_WINDOW)

enum {
  RESOLVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static char *
title_of (const char *json)
{
  g_autoptr(JsJoblogRecord) record = json != NULL ? js_joblog_record_read (json, NULL) : NULL;
  const char *title = record != NULL ? record->text[JS_FIELD_TITLE] : NULL;

  return g_strdup (title != NULL && *title != '\0' ? title : _("(deleted)"));
}

static const char *
reason_words (const char *reason)
{
  if (g_strcmp0 (reason, "invalid-record") == 0)
    return _("it is not complete or not valid");
  if (g_strcmp0 (reason, "not-owner") == 0)
    return _("it belongs to someone else");
  return _("the jobcenter gave no reason Jobspor knows");
}

static void
resolve (JsConflictsDialog *self,
         GtkWidget         *row,
         gboolean           keep_mine)
{
  g_autoptr(GError) error = NULL;
  gint64 seq = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "js-seq"));

  if (!js_store_sync_resolve (self->store, seq, keep_mine, &error))
    {
      g_warning ("Could not resolve a conflict: %s", error->message);
      return;
    }

  gtk_list_box_remove (self->list, row);
  g_signal_emit (self, signals[RESOLVED], 0);
  if (gtk_widget_get_first_child (GTK_WIDGET (self->list)) == NULL)
    gtk_window_destroy (GTK_WINDOW (self));
}

static void
keep_mine_cb (GtkButton         *button,
              JsConflictsDialog *self)
{
  resolve (self, gtk_widget_get_ancestor (GTK_WIDGET (button), ADW_TYPE_ACTION_ROW), TRUE);
}

static void
keep_theirs_cb (GtkButton         *button,
                JsConflictsDialog *self)
{
  resolve (self, gtk_widget_get_ancestor (GTK_WIDGET (button), ADW_TYPE_ACTION_ROW), FALSE);
}

static GtkWidget *
row_button (JsConflictsDialog *self,
            GtkWidget         *row,
            const char        *label,
            GCallback          callback,
            gboolean           suggested)
{
  GtkWidget *button = gtk_button_new_with_label (label);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  if (suggested)
    gtk_widget_add_css_class (button, "suggested-action");
  g_signal_connect (button, "clicked", callback, self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  return button;
}

static void
add_row (JsConflictsDialog *self,
         JsSyncConflict    *conflict)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *mine = title_of (conflict->mine);
  g_autofree char *theirs = title_of (conflict->theirs);
  g_autofree char *subtitle = NULL;

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), mine);
  g_object_set_data (G_OBJECT (row), "js-seq", GSIZE_TO_POINTER (conflict->seq));

  if (g_str_equal (conflict->kind, "conflict"))
    {
      subtitle = g_strdup_printf (_("Changed on another computer too. Yours: “%1$s”. The "
                                    "jobcenter has: “%2$s”."),
                                  mine, theirs);
      row_button (self, row, _("Keep the jobcenter’s"), G_CALLBACK (keep_theirs_cb), FALSE);
      row_button (self, row, _("Keep mine"), G_CALLBACK (keep_mine_cb), TRUE);
    }
  else
    {
      subtitle = g_strdup_printf (_("The jobcenter did not accept this entry: %s."),
                                  reason_words (conflict->reason));
      row_button (self, row, _("OK"), G_CALLBACK (keep_theirs_cb), FALSE);
    }

  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_list_box_append (self->list, row);
}

static void
js_conflicts_dialog_dispose (GObject *object)
{
  JsConflictsDialog *self = JS_CONFLICTS_DIALOG (object);

  g_clear_object (&self->store);

  G_OBJECT_CLASS (js_conflicts_dialog_parent_class)->dispose (object);
}

static void
js_conflicts_dialog_class_init (JsConflictsDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = js_conflicts_dialog_dispose;

  /**
   * JsConflictsDialog::resolved:
   *
   * The citizen decided about one entry.
   */
  signals[RESOLVED] = g_signal_new ("resolved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                    NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
js_conflicts_dialog_init (JsConflictsDialog *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *intro = gtk_label_new (_("These entries were changed on two computers before they "
                                      "synced, or the jobcenter did not accept them. Choose "
                                      "which version to keep."));

  gtk_window_set_title (GTK_WINDOW (self), _("Entries to check"));
  gtk_window_set_default_size (GTK_WINDOW (self), 640, 480);
  gtk_window_set_modal (GTK_WINDOW (self), TRUE);

  gtk_label_set_wrap (GTK_LABEL (intro), TRUE);
  gtk_label_set_xalign (GTK_LABEL (intro), 0);
  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Entries to check"), -1);

  gtk_widget_set_margin_top (content, 18);
  gtk_widget_set_margin_bottom (content, 18);
  gtk_widget_set_margin_start (content, 18);
  gtk_widget_set_margin_end (content, 18);
  gtk_box_append (GTK_BOX (content), intro);
  gtk_box_append (GTK_BOX (content), GTK_WIDGET (self->list));
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), content);
  gtk_widget_set_vexpand (scroller, TRUE);
  gtk_box_append (GTK_BOX (box), header);
  gtk_box_append (GTK_BOX (box), scroller);
  adw_window_set_content (ADW_WINDOW (self), box);
}

JsConflictsDialog *
js_conflicts_dialog_new (GtkWindow *parent,
                         JsStore   *store)
{
  JsConflictsDialog *self = g_object_new (JS_TYPE_CONFLICTS_DIALOG, "transient-for", parent,
                                          NULL);
  g_autoptr(GPtrArray) conflicts = js_store_sync_list_conflicts (store, NULL);

  self->store = g_object_ref (store);
  for (guint i = 0; conflicts != NULL && i < conflicts->len; i++)
    add_row (self, g_ptr_array_index (conflicts, i));

  return self;
}
