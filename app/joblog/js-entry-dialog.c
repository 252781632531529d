/* js-entry-dialog.c: adding or changing one job-log entry
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the citizen types is kept as a draft in the store a moment after
 * each change, so it survives closing the window, the app or a crash. Save
 * checks the entry and shows each problem in plain words under its field,
 * keeping everything typed; only a valid entry is written and journaled.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "js-a11y.h"
#include "js-date-button.h"
#include "js-entry-dialog.h"
#include "js-joblog-validate.h"
#include "js-week.h"

/* How long after the last keystroke the draft is written. */
#define DRAFT_DELAY_MS 400

struct _JsEntryDialog {
  AdwWindow       parent_instance;

  JsStore        *store;
  JsJoblogEntry  *original;
  JsJoblogEntry  *entry;
  gboolean        is_new;
  gboolean        loading;
  guint           draft_source;

  AdwWindowTitle *window_title;
  GtkScrolledWindow *scroller;
  AdwComboRow    *kind_row;
  AdwComboRow    *status_row;
  AdwEntryRow    *title_row;
  AdwEntryRow    *employer_row;
  AdwEntryRow    *location_row;
  AdwEntryRow    *source_row;
  AdwEntryRow    *contact_row;
  AdwEntryRow    *link_row;
  GtkTextView    *notes_view;
  JsDateButton   *date_button;
  JsDateButton   *deadline_button;
  AdwActionRow   *date_row;
  AdwActionRow   *deadline_row;
  GtkLabel       *title_error;
  GtkLabel       *employer_error;
  GtkLabel       *location_error;
  GtkLabel       *source_error;
  GtkLabel       *contact_error;
  GtkLabel       *link_error;
  GtkLabel       *notes_error;
  GtkLabel       *date_error;
  GtkLabel       *deadline_error;
  GtkButton      *delete_button;

  AdwEntryRow    *text_rows[JS_N_TEXT_FIELDS];
  GtkLabel       *error_labels[JS_N_TEXT_FIELDS];
  gboolean        problems_shown;   /* a save was refused: fixes clear as typed */
};

G_DEFINE_FINAL_TYPE (JsEntryDialog, js_entry_dialog, ADW_TYPE_WINDOW)

enum {
  SAVED,
  DELETED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static char *
notes_text (JsEntryDialog *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->notes_view);
  GtkTextIter start;
  GtkTextIter end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/* The widgets' contents into self->entry. */
static void
read_fields (JsEntryDialog *self)
{
  g_autofree char *notes = notes_text (self);
  GDate date;

  js_joblog_entry_set_kind (self->entry, adw_combo_row_get_selected (self->kind_row));
  js_joblog_entry_set_status (self->entry, adw_combo_row_get_selected (self->status_row));
  for (guint i = 0; i < JS_N_TEXT_FIELDS; i++)
    {
      if (self->text_rows[i] != NULL)
        js_joblog_entry_set_text (self->entry, i,
                                  gtk_editable_get_text (GTK_EDITABLE (self->text_rows[i])));
    }
  js_joblog_entry_set_text (self->entry, JS_FIELD_NOTES, notes);
  js_date_button_get_date (self->date_button, &date);
  js_joblog_entry_set_date (self->entry, &date);
  js_date_button_get_date (self->deadline_button, &date);
  js_joblog_entry_set_deadline (self->entry, &date);
}

static void
write_fields (JsEntryDialog *self)
{
  self->loading = TRUE;
  adw_combo_row_set_selected (self->kind_row, js_joblog_entry_get_kind (self->entry));
  adw_combo_row_set_selected (self->status_row, js_joblog_entry_get_status (self->entry));
  for (guint i = 0; i < JS_N_TEXT_FIELDS; i++)
    {
      if (self->text_rows[i] != NULL)
        gtk_editable_set_text (GTK_EDITABLE (self->text_rows[i]),
                               js_joblog_entry_get_text (self->entry, i));
    }
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->notes_view),
                            js_joblog_entry_get_text (self->entry, JS_FIELD_NOTES), -1);
  js_date_button_set_date (self->date_button, js_joblog_entry_get_date (self->entry));
  js_date_button_set_date (self->deadline_button, js_joblog_entry_get_deadline (self->entry));
  self->loading = FALSE;
}

static void
flush_draft (JsEntryDialog *self)
{
  g_autoptr(GError) error = NULL;

  g_clear_handle_id (&self->draft_source, g_source_remove);
  read_fields (self);

  if (js_joblog_entry_equal (self->entry, self->original) && !self->is_new)
    return;

  if (!js_store_joblog_put_draft (self->store, self->entry, &error))
    g_warning ("Could not keep the draft: %s", error->message);
}

static gboolean
draft_timeout_cb (gpointer user_data)
{
  JsEntryDialog *self = user_data;

  self->draft_source = 0;
  flush_draft (self);
  return G_SOURCE_REMOVE;
}

static void clear_fixed_problems (JsEntryDialog *self);

static void
field_changed_cb (JsEntryDialog *self)
{
  if (self->loading)
    return;

  g_clear_handle_id (&self->draft_source, g_source_remove);
  self->draft_source = g_timeout_add (DRAFT_DELAY_MS, draft_timeout_cb, self);
  if (self->problems_shown)
    clear_fixed_problems (self);
}

static void
kind_changed_cb (JsEntryDialog *self)
{
  field_changed_cb (self);
}

static GtkLabel *
error_label_for (JsEntryDialog *self,
                 const char    *field)
{
  if (g_str_equal (field, "date"))
    return self->date_error;
  if (g_str_equal (field, "deadline"))
    return self->deadline_error;

  for (guint i = 0; i < JS_N_TEXT_FIELDS; i++)
    {
      if (g_str_equal (field, js_text_field_key (i)))
        return self->error_labels[i];
    }

  return NULL;
}

static GtkWidget *
field_widget_for (JsEntryDialog *self,
                  const char    *field)
{
  if (g_str_equal (field, "date"))
    return GTK_WIDGET (self->date_button);
  if (g_str_equal (field, "deadline"))
    return GTK_WIDGET (self->deadline_button);
  if (g_str_equal (field, "notes"))
    return GTK_WIDGET (self->notes_view);

  for (guint i = 0; i < JS_N_TEXT_FIELDS; i++)
    {
      if (self->text_rows[i] != NULL && g_str_equal (field, js_text_field_key (i)))
        return GTK_WIDGET (self->text_rows[i]);
    }

  return NULL;
}

static void
show_problem (JsEntryDialog *self,
              const char    *field,
              const char    *message)
{
  GtkLabel *label = error_label_for (self, field);
  GtkWidget *widget = field_widget_for (self, field);
  GtkWidget *row = label != NULL ? gtk_widget_get_parent (GTK_WIDGET (label)) : NULL;

  if (label == NULL || widget == NULL)
    return;

  gtk_label_set_label (label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_IS_LIST_BOX_ROW (row) ? row : GTK_WIDGET (label), message != NULL);

  if (message != NULL)
    {
      gtk_widget_add_css_class (widget, "error");
      gtk_accessible_update_state (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_STATE_INVALID,
                                   GTK_ACCESSIBLE_INVALID_TRUE, -1);
      gtk_accessible_update_property (GTK_ACCESSIBLE (widget),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, message, -1);
    }
  else
    {
      gtk_widget_remove_css_class (widget, "error");
      gtk_accessible_reset_state (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_STATE_INVALID);
      gtk_accessible_reset_property (GTK_ACCESSIBLE (widget),
                                     GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
    }
}

/* The fields whose problems the form marks, in the order it shows them. */
static const char * const checked_fields[] = {
  "title", "employer", "location", "source", "date", "deadline", "contact", "link", "notes",
};

/* After a refused save, a field put right loses its red mark and its
 * message as the citizen types, not only at the next save; no new marks
 * appear while typing. */
static void
clear_fixed_problems (JsEntryDialog *self)
{
  g_autoptr(GPtrArray) problems = NULL;
  GDate today;

  js_today (&today);
  read_fields (self);
  problems = js_joblog_entry_validate (self->entry, &today);
  for (guint i = 0; i < G_N_ELEMENTS (checked_fields); i++)
    {
      GtkWidget *widget = field_widget_for (self, checked_fields[i]);
      gboolean still = FALSE;

      for (guint p = 0; p < problems->len && !still; p++)
        still = g_str_equal (((JsFieldProblem *) problems->pdata[p])->field, checked_fields[i]);
      if (!still && widget != NULL && gtk_widget_has_css_class (widget, "error"))
        show_problem (self, checked_fields[i], NULL);
    }
  self->problems_shown = problems->len > 0;
}

static gboolean
check_entry (JsEntryDialog *self)
{
  const char * const *fields = checked_fields;
  g_autoptr(GPtrArray) problems = NULL;
  GtkWidget *first = NULL;
  GDate today;

  js_today (&today);
  problems = js_joblog_entry_validate (self->entry, &today);

  for (guint i = 0; i < G_N_ELEMENTS (checked_fields); i++)
    show_problem (self, fields[i], NULL);

  for (guint i = 0; i < problems->len; i++)
    {
      JsFieldProblem *problem = g_ptr_array_index (problems, i);

      show_problem (self, problem->field, problem->message);
      if (first == NULL)
        first = field_widget_for (self, problem->field);
    }

  if (first != NULL)
    gtk_widget_grab_focus (first);

  self->problems_shown = problems->len > 0;
  return problems->len == 0;
}

static void
save_clicked_cb (JsEntryDialog *self)
{
  g_autoptr(GError) error = NULL;

  g_clear_handle_id (&self->draft_source, g_source_remove);
  read_fields (self);

  if (!check_entry (self))
    {
      flush_draft (self);
      return;
    }

  if (!js_store_joblog_save (self->store, self->entry, &error))
    {
      g_warning ("Could not save the entry: %s", error->message);
      show_problem (self, "title",
                    _("The entry could not be saved on this computer. Nothing you typed is "
                      "lost: try again in a moment."));
      flush_draft (self);
      return;
    }

  g_signal_emit (self, signals[SAVED], 0, self->entry);
  gtk_window_destroy (GTK_WINDOW (self));
}

static gboolean
save_shortcut_cb (GtkWidget *widget,
                  GVariant  *args,
                  gpointer   user_data)
{
  save_clicked_cb (JS_ENTRY_DIALOG (widget));
  return TRUE;
}

static void
delete_clicked_cb (JsEntryDialog *self)
{
  g_autoptr(GError) error = NULL;

  g_clear_handle_id (&self->draft_source, g_source_remove);
  if (!js_store_joblog_delete (self->store, self->original, &error))
    {
      g_warning ("Could not delete the entry: %s", error->message);
      return;
    }

  g_signal_emit (self, signals[DELETED], 0, self->original);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
discard (JsEntryDialog *self)
{
  g_autoptr(GError) error = NULL;

  g_clear_handle_id (&self->draft_source, g_source_remove);
  if (!js_store_joblog_drop_draft (self->store, js_joblog_entry_get_id (self->entry), &error))
    g_warning ("Could not drop the draft: %s", error->message);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
discard_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     JsEntryDialog    *self)
{
  if (g_str_equal (response, "discard"))
    discard (self);
}

static gboolean
has_changes (JsEntryDialog *self)
{
  read_fields (self);
  if (!self->is_new)
    return !js_joblog_entry_equal (self->entry, self->original);

  /* A new entry counts as changed once anything was typed or picked. */
  for (guint i = 0; i < JS_N_TEXT_FIELDS; i++)
    {
      if (*js_joblog_entry_get_text (self->entry, i) != '\0')
        return TRUE;
    }
  return FALSE;
}

static void
cancel_clicked_cb (JsEntryDialog *self)
{
  AdwMessageDialog *dialog;

  if (!has_changes (self))
    {
      discard (self);
      return;
    }

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (
    GTK_WINDOW (self), self->is_new ? _("Throw away this entry?") : _("Throw away your changes?"),
    _("What you typed will be lost. To keep it, choose Keep editing and then Save.")));
  adw_message_dialog_add_responses (dialog, "keep", _("_Keep editing"), "discard",
                                    _("_Throw away"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "keep");
  adw_message_dialog_set_close_response (dialog, "keep");
  g_signal_connect_object (dialog, "response", G_CALLBACK (discard_response_cb), self, 0);
  js_a11y_fix (GTK_WIDGET (dialog));
  gtk_window_present (GTK_WINDOW (dialog));
}

static gboolean
js_entry_dialog_close_request (GtkWindow *window)
{
  cancel_clicked_cb (JS_ENTRY_DIALOG (window));
  return TRUE;
}

static void
fill_choices (JsEntryDialog *self)
{
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) statuses = gtk_string_list_new (NULL);

  for (guint i = 0; i < JS_N_ENTRY_KINDS; i++)
    gtk_string_list_append (kinds, js_entry_kind_label (i));
  for (guint i = 0; i < JS_N_ENTRY_STATUSES; i++)
    gtk_string_list_append (statuses, js_entry_status_label (i));

  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (kinds));
  adw_combo_row_set_model (self->status_row, G_LIST_MODEL (statuses));
}

static void
js_entry_dialog_dispose (GObject *object)
{
  JsEntryDialog *self = JS_ENTRY_DIALOG (object);

  /* Closed with the app or its window: keep what was typed. */
  if (self->draft_source != 0)
    flush_draft (self);

  gtk_widget_dispose_template (GTK_WIDGET (self), JS_TYPE_ENTRY_DIALOG);
  g_clear_object (&self->store);
  g_clear_object (&self->original);
  g_clear_object (&self->entry);

  G_OBJECT_CLASS (js_entry_dialog_parent_class)->dispose (object);
}

static void
js_entry_dialog_class_init (JsEntryDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = js_entry_dialog_dispose;
  window_class->close_request = js_entry_dialog_close_request;

  /**
   * JsEntryDialog::saved:
   * @entry: the entry as saved
   */
  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                 NULL, NULL, NULL, G_TYPE_NONE, 1, JS_TYPE_JOBLOG_ENTRY);

  /**
   * JsEntryDialog::deleted:
   * @entry: the entry as it was, for Undo
   */
  signals[DELETED] = g_signal_new ("deleted", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   NULL, NULL, NULL, G_TYPE_NONE, 1, JS_TYPE_JOBLOG_ENTRY);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/js-entry-dialog.ui");
#define CHILD(name) gtk_widget_class_bind_template_child (widget_class, JsEntryDialog, name)
  CHILD (window_title);
  CHILD (scroller);
  CHILD (kind_row);
  CHILD (status_row);
  CHILD (title_row);
  CHILD (employer_row);
  CHILD (location_row);
  CHILD (source_row);
  CHILD (contact_row);
  CHILD (link_row);
  CHILD (notes_view);
  CHILD (date_button);
  CHILD (deadline_button);
  CHILD (date_row);
  CHILD (deadline_row);
  CHILD (title_error);
  CHILD (employer_error);
  CHILD (location_error);
  CHILD (source_error);
  CHILD (contact_error);
  CHILD (link_error);
  CHILD (notes_error);
  CHILD (date_error);
  CHILD (deadline_error);
  CHILD (delete_button);
#undef CHILD
  gtk_widget_class_bind_template_callback (widget_class, field_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, kind_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, save_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, cancel_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, delete_clicked_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, save_shortcut_cb,
                                NULL);
}

static void
js_entry_dialog_init (JsEntryDialog *self)
{
  g_type_ensure (JS_TYPE_DATE_BUTTON);
  gtk_widget_init_template (GTK_WIDGET (self));

  self->text_rows[JS_FIELD_TITLE] = self->title_row;
  self->text_rows[JS_FIELD_EMPLOYER] = self->employer_row;
  self->text_rows[JS_FIELD_LOCATION] = self->location_row;
  self->text_rows[JS_FIELD_SOURCE] = self->source_row;
  self->text_rows[JS_FIELD_CONTACT] = self->contact_row;
  self->text_rows[JS_FIELD_LINK] = self->link_row;
  self->error_labels[JS_FIELD_TITLE] = self->title_error;
  self->error_labels[JS_FIELD_EMPLOYER] = self->employer_error;
  self->error_labels[JS_FIELD_LOCATION] = self->location_error;
  self->error_labels[JS_FIELD_SOURCE] = self->source_error;
  self->error_labels[JS_FIELD_CONTACT] = self->contact_error;
  self->error_labels[JS_FIELD_LINK] = self->link_error;
  self->error_labels[JS_FIELD_NOTES] = self->notes_error;

  js_date_button_set_label (self->date_button, _("Date applied, or date of the activity"));
  js_date_button_set_label (self->deadline_button, _("Application deadline"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->notes_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Notes"), -1);
  g_signal_connect_object (gtk_text_view_get_buffer (self->notes_view), "changed",
                           G_CALLBACK (field_changed_cb), self, G_CONNECT_SWAPPED);
  js_a11y_fix (GTK_WIDGET (self));
  fill_choices (self);
}

/**
 * js_entry_dialog_new:
 * @parent: the main window
 * @store: the profile's store
 * @entry: the entry to edit, a draft, or a blank one
 * @is_new: whether @entry has never been saved
 *
 * Returns: (transfer none): the dialog, shown; it emits ::saved or ::deleted
 */
JsEntryDialog *
js_entry_dialog_new (GtkWindow     *parent,
                     JsStore       *store,
                     JsJoblogEntry *entry,
                     gboolean       is_new)
{
  JsEntryDialog *self;

  g_return_val_if_fail (JS_IS_STORE (store), NULL);
  g_return_val_if_fail (JS_IS_JOBLOG_ENTRY (entry), NULL);

  self = g_object_new (JS_TYPE_ENTRY_DIALOG,
                       "transient-for", parent,
                       "application", parent != NULL ? gtk_window_get_application (parent) : NULL,
                       NULL);
  self->store = g_object_ref (store);
  self->is_new = is_new;
  self->entry = js_joblog_entry_copy (entry);
  if (!is_new)
    self->original = js_store_joblog_lookup (store, js_joblog_entry_get_id (entry), NULL);
  if (self->original == NULL)
    self->original = js_joblog_entry_copy (entry);

  adw_window_title_set_title (self->window_title, is_new ? _("New entry") : _("Edit entry"));
  gtk_window_set_title (GTK_WINDOW (self), is_new ? _("New entry") : _("Edit entry"));
  gtk_widget_set_visible (GTK_WIDGET (self->delete_button), !is_new);
  write_fields (self);

  gtk_window_present (GTK_WINDOW (self));
  gtk_widget_grab_focus (GTK_WIDGET (self->title_row));
  return self;
}
