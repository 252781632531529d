/* js-file-picker.c: a practice "choose a file" window
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What a web form or a mail program opens behind "Attach a file", made
 * small: the exercise's files in a list, one picked with a double-click or
 * Enter, or selected and Attach. Nothing on the computer is read.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "js-file-picker.h"
#include "js-step-util.h"

struct _JsFilePicker {
  AdwWindow   parent_instance;

  GtkListBox *list;
};

G_DEFINE_FINAL_TYPE (JsFilePicker, js_file_picker, ADW_TYPE_WINDOW)

enum {
  CHOSEN,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
choose (JsFilePicker  *self,
        GtkListBoxRow *row)
{
  g_autofree char *id = NULL;

  if (row == NULL)
    return;

  id = g_strdup (g_object_get_data (G_OBJECT (row), "js-file-id"));
  gtk_window_close (GTK_WINDOW (self));
  g_signal_emit (self, signals[CHOSEN], 0, id);
}

static void
row_activated_cb (JsFilePicker  *self,
                  GtkListBoxRow *row)
{
  choose (self, row);
}

static void
row_selected_cb (JsFilePicker  *self,
                 GtkListBoxRow *row)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "picker.attach", row != NULL);
}

static void
attach_activated_cb (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  JsFilePicker *self = JS_FILE_PICKER (widget);

  choose (self, gtk_list_box_get_selected_row (self->list));
}

static GtkWidget *
file_row_new (JsExNode *file)
{
  const char *name = js_ex_node_get_text (file);
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *icon = gtk_image_new_from_icon_name ("text-x-generic-symbolic");
  GtkLabel *label = _js_step_label_new (name);

  gtk_widget_add_css_class (row, "practice-row");
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (label));
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  g_object_set_data_full (G_OBJECT (row), "js-file-id",
                          g_strdup (js_ex_node_get_attr (file, "id")), g_free);

  return row;
}

static void
js_file_picker_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), JS_TYPE_FILE_PICKER);

  G_OBJECT_CLASS (js_file_picker_parent_class)->dispose (object);
}

static void
js_file_picker_class_init (JsFilePickerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = js_file_picker_dispose;

  /**
   * JsFilePicker::chosen:
   * @id: the chosen file's id
   *
   * The citizen chose a file; the window has closed.
   */
  signals[CHOSEN] = g_signal_new ("chosen", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                  NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/js-file-picker.ui");
  gtk_widget_class_bind_template_child (widget_class, JsFilePicker, list);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_selected_cb);
  gtk_widget_class_install_action (widget_class, "picker.attach", NULL, attach_activated_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
js_file_picker_init (JsFilePicker *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "picker.attach", FALSE);
}

/**
 * js_file_picker_new:
 * @parent: (nullable): the window to stay above
 * @files: (element-type JsExNode): the files to offer; their text is the name
 *   and their "id" attribute what ::chosen reports
 *
 * Returns: (transfer none): the picker, not yet shown
 */
JsFilePicker *
js_file_picker_new (GtkWindow *parent,
                    GPtrArray *files)
{
  JsFilePicker *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (files != NULL, NULL);

  self = g_object_new (JS_TYPE_FILE_PICKER, "transient-for", parent, NULL);
  for (guint i = 0; i < files->len; i++)
    gtk_list_box_append (self->list, file_row_new (g_ptr_array_index (files, i)));
  if (files->len > 0)
    gtk_window_set_focus (GTK_WINDOW (self),
                          GTK_WIDGET (gtk_list_box_get_row_at_index (self->list, 0)));

  return self;
}
