/* js-language-dialog.c: choosing the language, at first start and later
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each language is offered in its own name, so a citizen who reads none of
 * the others can still find theirs. Picking one applies it at once, to this
 * dialog too.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "js-a11y.h"
#include "js-i18n.h"
#include "js-language-dialog.h"

struct _JsLanguageDialog {
  AdwWindow       parent_instance;

  GtkApplication *application;
  GHashTable     *rows;

  AdwWindowTitle *window_title;
  GtkLabel       *heading;
  GtkLabel       *description;
  GtkListBox     *list;
  GtkButton      *done_button;
};

G_DEFINE_FINAL_TYPE (JsLanguageDialog, js_language_dialog, ADW_TYPE_WINDOW)

static const char *
language_name (const char *code)
{
  if (g_str_equal (code, "da"))
    return _("Danish");
  if (g_str_equal (code, "uk"))
    return _("Ukrainian");
  if (g_str_equal (code, "ar"))
    return _("Arabic");
  return _("English");
}

static void
retranslate (JsLanguageDialog *self)
{
  GHashTableIter iter;
  gpointer code;
  gpointer row;

  gtk_window_set_title (GTK_WINDOW (self), _("Language"));
  adw_window_title_set_title (self->window_title, _("Language"));
  gtk_label_set_label (self->heading, _("Choose your language"));
  gtk_label_set_label (self->description,
                       _("Jobspor will be shown in this language. You can change it at any "
                         "time from the main menu."));
  gtk_button_set_label (self->done_button, _("Continue"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Languages"),
                                  -1);

  g_hash_table_iter_init (&iter, self->rows);
  while (g_hash_table_iter_next (&iter, &code, &row))
    {
      const char *name = language_name (code);
      const JsLanguage *language = js_i18n_lookup (code);

      /* The row's own name is always in its language; below it, the name
       * in the language chosen now, unless that says the same. */
      adw_action_row_set_subtitle (row, g_str_equal (name, language->native_name) ? "" : name);
    }
}

static void
language_changed_cb (JsLanguageDialog *self,
                     GParamSpec       *pspec,
                     GtkApplication   *application)
{
  retranslate (self);
}

static void
check_toggled_cb (GtkCheckButton   *check,
                  JsLanguageDialog *self)
{
  const char *code = g_object_get_data (G_OBJECT (check), "language");

  if (gtk_check_button_get_active (check))
    g_action_group_activate_action (G_ACTION_GROUP (self->application), "set-language",
                                    g_variant_new_string (code));
}

static void
add_language_row (JsLanguageDialog *self,
                  const JsLanguage *language,
                  GtkCheckButton   *group,
                  const char       *current)
{
  GtkWidget *row = adw_action_row_new ();
  /* One of four, as a screen reader should say: radio buttons. */
  GtkWidget *check = g_object_new (GTK_TYPE_CHECK_BUTTON,
                                   "accessible-role", GTK_ACCESSIBLE_ROLE_RADIO,
                                   NULL);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), language->native_name);
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), FALSE);

  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  if (group != NULL)
    gtk_check_button_set_group (GTK_CHECK_BUTTON (check), group);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), g_str_equal (current, language->code));
  g_object_set_data (G_OBJECT (check), "language", (gpointer) language->code);
  g_signal_connect (check, "toggled", G_CALLBACK (check_toggled_cb), self);

  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
  gtk_list_box_append (self->list, row);
  g_hash_table_insert (self->rows, (gpointer) language->code, row);
}

static void
done_clicked_cb (JsLanguageDialog *self)
{
  gtk_window_close (GTK_WINDOW (self));
}

static gboolean
js_language_dialog_close_request (GtkWindow *window)
{
  JsLanguageDialog *self = JS_LANGUAGE_DIALOG (window);
  g_autofree char *current = NULL;

  /* Closing the dialog keeps the language on screen as the choice, so
   * it is not asked again at the next start. */
  g_object_get (self->application, "language", &current, NULL);
  g_action_group_activate_action (G_ACTION_GROUP (self->application), "set-language",
                                  g_variant_new_string (current));

  return GTK_WINDOW_CLASS (js_language_dialog_parent_class)->close_request (window);
}

static void
js_language_dialog_dispose (GObject *object)
{
  JsLanguageDialog *self = JS_LANGUAGE_DIALOG (object);

  g_clear_pointer (&self->rows, g_hash_table_unref);
  g_clear_object (&self->application);

  G_OBJECT_CLASS (js_language_dialog_parent_class)->dispose (object);
}

static void
js_language_dialog_class_init (JsLanguageDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = js_language_dialog_dispose;
  window_class->close_request = js_language_dialog_close_request;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/js-language-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, JsLanguageDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, JsLanguageDialog, heading);
  gtk_widget_class_bind_template_child (widget_class, JsLanguageDialog, description);
  gtk_widget_class_bind_template_child (widget_class, JsLanguageDialog, list);
  gtk_widget_class_bind_template_child (widget_class, JsLanguageDialog, done_button);
  gtk_widget_class_bind_template_callback (widget_class, done_clicked_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
js_language_dialog_init (JsLanguageDialog *self)
{
  self->rows = g_hash_table_new (g_str_hash, g_str_equal);
  gtk_widget_init_template (GTK_WIDGET (self));
  js_a11y_describe_window_controls (GTK_WIDGET (self));
}

/**
 * js_language_dialog_present:
 * @application: the application: its "language" property is the language
 *   shown, its "set-language" action chooses another
 * @parent: (nullable): the window to show the dialog over
 *
 * Shows the language chooser.
 */
void
js_language_dialog_present (GtkApplication *application,
                            GtkWindow      *parent)
{
  JsLanguageDialog *self;
  GtkCheckButton *group = NULL;
  g_autofree char *current = NULL;
  const JsLanguage *languages;
  guint n_languages;

  g_return_if_fail (GTK_IS_APPLICATION (application));

  self = g_object_new (JS_TYPE_LANGUAGE_DIALOG,
                       "application", application,
                       "transient-for", parent,
                       "modal", TRUE,
                       NULL);
  self->application = g_object_ref (application);

  g_object_get (application, "language", &current, NULL);
  languages = js_i18n_get_languages (&n_languages);
  for (guint i = 0; i < n_languages; i++)
    {
      add_language_row (self, &languages[i], group, current);
      if (group == NULL)
        group = GTK_CHECK_BUTTON (adw_action_row_get_activatable_widget (
          g_hash_table_lookup (self->rows, languages[i].code)));
    }

  g_signal_connect_object (application, "notify::language",
                           G_CALLBACK (language_changed_cb), self, G_CONNECT_SWAPPED);
  retranslate (self);
  gtk_window_present (GTK_WINDOW (self));
}
