/* js-files-step.c: a practice file view (step kind "files")
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The exercise's folders and files as a small file manager: where you are
 * as a row of buttons (All folders › Documents › Job search), the current
 * folder's contents as a list, and Up. A folder or file opens with a
 * double-click, with Enter, or with Open. Mode "save" adds a file-name
 * field and Save, which puts the file into the open folder, where it is
 * listed from then on; mode "find" reports the file the citizen opened.
 * Nothing touches the real disk.
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "js-files-step.h"
#include "js-step-util.h"
#include "js-step-widget.h"

#define KIND_FOLDER "folder"
#define KIND_FILE   "file"
#define KIND_SAVED  "saved"

struct _JsFilesStep {
  GtkWidget   parent_instance;

  JsExNode   *step;
  gboolean    save_mode;
  GPtrArray  *folders;       /* JsExNode */
  GPtrArray  *files;         /* JsExNode */
  char       *current;       /* the open folder's id; NULL: all folders */
  char       *saved_folder;  /* save mode: where the file was saved */
  char       *saved_name;
  char       *opened;        /* find mode: the file opened */
  guint       scroll_source;

  GtkScrolledWindow *path_scroller;
  GtkBox     *path_box;
  GtkLabel   *folder_label;
  GtkListBox *list;
  GtkWidget  *empty_label;
  GtkLabel   *status_label;
  GtkWidget  *save_box;
  GtkEntry   *name_entry;
  GtkLabel   *save_error;
};

static void js_files_step_step_widget_init (JsStepWidgetInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (JsFilesStep, js_files_step, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (JS_TYPE_STEP_WIDGET,
                                                      js_files_step_step_widget_init))

static void show_folder (JsFilesStep *self,
                         const char  *id,
                         const char  *focus_id,
                         gboolean     focus);

static JsExNode *
find_node (GPtrArray  *nodes,
           const char *id)
{
  for (guint i = 0; id != NULL && i < nodes->len; i++)
    {
      JsExNode *node = g_ptr_array_index (nodes, i);

      if (g_strcmp0 (js_ex_node_get_attr (node, "id"), id) == 0)
        return node;
    }

  return NULL;
}

static const char *
folder_name (JsFilesStep *self,
             const char  *id)
{
  JsExNode *folder = find_node (self->folders, id);

  return folder != NULL ? js_ex_node_get_text (folder) : _("All folders");
}

static const char *
folder_parent (JsFilesStep *self,
               const char  *id)
{
  JsExNode *folder = find_node (self->folders, id);

  return folder != NULL ? js_ex_node_get_attr (folder, "parent") : NULL;
}

static void
set_status (JsFilesStep *self,
            const char  *text)
{
  _js_label_set_or_hide (self->status_label, text);
  gtk_widget_remove_css_class (GTK_WIDGET (self->status_label), "error");
}

static void
crumb_clicked_cb (GtkButton   *button,
                  JsFilesStep *self)
{
  g_autofree char *id = g_strdup (g_object_get_data (G_OBJECT (button), "js-folder-id"));

  show_folder (self, id, NULL, TRUE);
}

static void
add_crumb (JsFilesStep *self,
           const char  *id,
           gboolean     current)
{
  const char *name = folder_name (self, id);

  if (gtk_widget_get_first_child (GTK_WIDGET (self->path_box)) != NULL)
    gtk_box_append (self->path_box, gtk_image_new_from_icon_name ("go-next-symbolic"));

  if (current)
    {
      GtkWidget *label = gtk_label_new (name);

      gtk_widget_add_css_class (label, "heading");
      gtk_widget_set_margin_start (label, 6);
      gtk_widget_set_margin_end (label, 6);
      gtk_box_append (self->path_box, label);
    }
  else
    {
      GtkWidget *button = gtk_button_new_with_label (name);

      gtk_widget_add_css_class (button, "flat");
      gtk_widget_add_css_class (button, "practice-target");
      g_object_set_data_full (G_OBJECT (button), "js-folder-id", g_strdup (id), g_free);
      g_signal_connect (button, "clicked", G_CALLBACK (crumb_clicked_cb), self);
      gtk_box_append (self->path_box, button);
    }
}

/* The viewport mirrors the adjustment in right-to-left languages, so the
 * end of the path is at the upper end either way. */
static gboolean
scroll_path_to_end_cb (gpointer user_data)
{
  JsFilesStep *self = user_data;
  GtkAdjustment *adjustment = gtk_scrolled_window_get_hadjustment (self->path_scroller);

  self->scroll_source = 0;
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));

  return G_SOURCE_REMOVE;
}

static void
update_path (JsFilesStep *self)
{
  g_autoptr(GPtrArray) chain = g_ptr_array_new ();
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->path_box))) != NULL)
    gtk_box_remove (self->path_box, child);

  for (const char *id = self->current; id != NULL; id = folder_parent (self, id))
    g_ptr_array_insert (chain, 0, (gpointer) id);

  add_crumb (self, NULL, chain->len == 0);
  for (guint i = 0; i < chain->len; i++)
    add_crumb (self, g_ptr_array_index (chain, i), i + 1 == chain->len);

  gtk_label_set_label (self->folder_label, folder_name (self, self->current));
  /* A long path scrolls; the open folder at its end stays in view. */
  if (self->scroll_source == 0)
    self->scroll_source = g_idle_add (scroll_path_to_end_cb, self);
}

static GtkWidget *
item_row_new (const char *kind,
              const char *id,
              const char *name)
{
  gboolean folder = g_str_equal (kind, KIND_FOLDER);
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkLabel *label = _js_step_label_new (name);
  GtkWidget *type = gtk_label_new (folder ? _("Folder") : _("File"));
  g_autofree char *spoken = NULL;

  gtk_box_append (GTK_BOX (box), gtk_image_new_from_icon_name (folder ? "folder-symbolic"
                                                                      : "x-office-document-symbolic"));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (label));
  gtk_widget_add_css_class (type, "dim-label");
  gtk_box_append (GTK_BOX (box), type);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_widget_add_css_class (row, "practice-row");

  /* Translators: how a screen reader names a folder or a file in the
   * practice file view; %s is its name. */
  spoken = g_strdup_printf (folder ? _("Folder %s") : _("File %s"), name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, spoken, -1);
  g_object_set_data (G_OBJECT (row), "js-kind", (gpointer) kind);
  g_object_set_data_full (G_OBJECT (row), "js-id", g_strdup (id), g_free);

  return row;
}

static void
update_list (JsFilesStep *self)
{
  GtkWidget *child;
  gboolean empty = TRUE;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);

  for (guint i = 0; i < self->folders->len; i++)
    {
      JsExNode *folder = g_ptr_array_index (self->folders, i);

      if (g_strcmp0 (js_ex_node_get_attr (folder, "parent"), self->current) != 0)
        continue;
      gtk_list_box_append (self->list, item_row_new (KIND_FOLDER, js_ex_node_get_attr (folder, "id"),
                                                     js_ex_node_get_text (folder)));
      empty = FALSE;
    }

  for (guint i = 0; self->current != NULL && i < self->files->len; i++)
    {
      JsExNode *file = g_ptr_array_index (self->files, i);

      if (g_strcmp0 (js_ex_node_get_attr (file, "folder"), self->current) != 0)
        continue;
      gtk_list_box_append (self->list, item_row_new (KIND_FILE, js_ex_node_get_attr (file, "id"),
                                                     js_ex_node_get_text (file)));
      empty = FALSE;
    }

  if (self->saved_name != NULL && g_strcmp0 (self->saved_folder, self->current) == 0)
    {
      gtk_list_box_append (self->list, item_row_new (KIND_SAVED, KIND_SAVED, self->saved_name));
      empty = FALSE;
    }

  gtk_widget_set_visible (GTK_WIDGET (self->list), !empty);
  gtk_widget_set_visible (self->empty_label, empty);
}

static GtkListBoxRow *
find_row (JsFilesStep *self,
          const char  *id)
{
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->list));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      if (g_strcmp0 (g_object_get_data (G_OBJECT (row), "js-id"), id) == 0)
        return GTK_LIST_BOX_ROW (row);
    }

  return NULL;
}

/* Opens folder @id (NULL: all folders). The row of @focus_id is selected,
 * else the first one; with @focus it also takes the keyboard focus. */
static void
show_folder (JsFilesStep *self,
             const char  *id,
             const char  *focus_id,
             gboolean     focus)
{
  g_autofree char *folder = g_strdup (id);
  GtkListBoxRow *row;

  g_free (self->current);
  self->current = g_steal_pointer (&folder);
  update_path (self);
  update_list (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "files.up", self->current != NULL);

  row = focus_id != NULL ? find_row (self, focus_id) : NULL;
  if (row == NULL)
    row = gtk_list_box_get_row_at_index (self->list, 0);
  if (row == NULL)
    return;

  gtk_list_box_select_row (self->list, row);
  if (focus)
    gtk_widget_grab_focus (GTK_WIDGET (row));
}

static void
up_activated_cb (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  JsFilesStep *self = JS_FILES_STEP (widget);
  g_autofree char *from = g_strdup (self->current);

  if (from != NULL)
    show_folder (self, folder_parent (self, from), from, TRUE);
}

static void
row_activated_cb (JsFilesStep   *self,
                  GtkListBoxRow *row)
{
  const char *kind = g_object_get_data (G_OBJECT (row), "js-kind");
  g_autofree char *id = g_strdup (g_object_get_data (G_OBJECT (row), "js-id"));
  JsExNode *file = find_node (self->files, id);
  g_autofree char *status = NULL;

  if (g_str_equal (kind, KIND_FOLDER))
    {
      show_folder (self, id, NULL, TRUE);
      return;
    }

  if (self->save_mode)
    {
      /* As in a real Save window: picking a file takes its name. */
      gtk_editable_set_text (GTK_EDITABLE (self->name_entry),
                             file != NULL ? js_ex_node_get_text (file) : self->saved_name);
      gtk_widget_grab_focus (GTK_WIDGET (self->name_entry));
      return;
    }

  if (file == NULL)
    return;

  g_free (self->opened);
  self->opened = g_strdup (id);
  /* Translators: said after opening a file in the practice file view. */
  status = g_strdup_printf (_("You opened the file %s."), js_ex_node_get_text (file));
  set_status (self, status);
  js_step_widget_changed (JS_STEP_WIDGET (self));
}

static void
open_activated_cb (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  JsFilesStep *self = JS_FILES_STEP (widget);
  GtkListBoxRow *row = gtk_list_box_get_selected_row (self->list);

  if (row != NULL)
    row_activated_cb (self, row);
}

static void
row_selected_cb (JsFilesStep   *self,
                 GtkListBoxRow *row)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "files.open", row != NULL);
}

static void
name_changed_cb (JsFilesStep *self)
{
  _js_step_mark_problem (GTK_WIDGET (self->name_entry), self->save_error, NULL, NULL);
}

static void
save_activated_cb (JsFilesStep *self)
{
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_entry))));
  g_autofree char *status = NULL;

  if (self->current == NULL)
    {
      _js_step_mark_problem (GTK_WIDGET (self->name_entry), self->save_error, NULL,
                             _("Open a folder first. A file is always saved inside a folder."));
      return;
    }
  if (*name == '\0')
    {
      _js_step_mark_problem (GTK_WIDGET (self->name_entry), self->save_error, NULL,
                             _("Type a name for the file."));
      return;
    }

  g_free (self->saved_folder);
  self->saved_folder = g_strdup (self->current);
  g_free (self->saved_name);
  self->saved_name = g_steal_pointer (&name);
  show_folder (self, self->current, KIND_SAVED, FALSE);

  /* Translators: said after saving in the practice file view: %1$s is the
   * file's name, %2$s the folder's. */
  status = g_strdup_printf (_("Saved the file %1$s in the folder %2$s."),
                            self->saved_name, folder_name (self, self->saved_folder));
  set_status (self, status);
  js_step_widget_changed (JS_STEP_WIDGET (self));
}

static JsAnswer *
js_files_step_get_answer (JsStepWidget *widget)
{
  JsFilesStep *self = JS_FILES_STEP (widget);
  JsAnswer *answer = js_answer_new ();

  if (self->save_mode)
    {
      js_answer_set (answer, "folder", self->saved_folder != NULL ? self->saved_folder : "");
      js_answer_set (answer, "name", self->saved_name != NULL ? self->saved_name : "");
    }
  else
    {
      js_answer_set (answer, "opened", self->opened != NULL ? self->opened : "");
    }

  return answer;
}

static void
js_files_step_show_check (JsStepWidget *widget,
                          JsCheck      *check)
{
  JsFilesStep *self = JS_FILES_STEP (widget);
  const char *name_problem = _js_check_problem_for (check, "name");
  const char *folder_problem = _js_check_problem_for (check, "folder");
  g_autofree char *message = NULL;

  if (check->correct)
    {
      _js_step_mark_problem (GTK_WIDGET (self->name_entry), self->save_error, NULL, NULL);
      return;
    }

  if (!self->save_mode)
    {
      set_status (self, _js_check_first_message (check));
      gtk_widget_add_css_class (GTK_WIDGET (self->status_label), "error");
      return;
    }

  if (self->saved_name == NULL)
    message = g_strdup (_("The file is not saved yet. Open the folder, type the name and "
                          "press Save."));
  else if (folder_problem != NULL && name_problem != NULL)
    message = g_strdup_printf ("%s %s", folder_problem, name_problem);
  else
    message = g_strdup (folder_problem != NULL ? folder_problem
                        : name_problem != NULL ? name_problem : check->message);

  _js_step_mark_problem (GTK_WIDGET (self->name_entry), self->save_error, NULL, NULL);
  _js_step_mark_problem (name_problem != NULL || self->saved_name == NULL
                         ? GTK_WIDGET (self->name_entry) : NULL,
                         self->save_error, NULL, message);
}

static void
js_files_step_step_widget_init (JsStepWidgetInterface *iface)
{
  iface->get_answer = js_files_step_get_answer;
  iface->show_check = js_files_step_show_check;
}

static void
js_files_step_dispose (GObject *object)
{
  g_clear_handle_id (&JS_FILES_STEP (object)->scroll_source, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (object), JS_TYPE_FILES_STEP);

  G_OBJECT_CLASS (js_files_step_parent_class)->dispose (object);
}

static void
js_files_step_finalize (GObject *object)
{
  JsFilesStep *self = JS_FILES_STEP (object);

  g_clear_pointer (&self->folders, g_ptr_array_unref);
  g_clear_pointer (&self->files, g_ptr_array_unref);
  g_clear_pointer (&self->current, g_free);
  g_clear_pointer (&self->saved_folder, g_free);
  g_clear_pointer (&self->saved_name, g_free);
  g_clear_pointer (&self->opened, g_free);

  G_OBJECT_CLASS (js_files_step_parent_class)->finalize (object);
}

static void
js_files_step_class_init (JsFilesStepClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = js_files_step_dispose;
  object_class->finalize = js_files_step_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/js-files-step.ui");
  gtk_widget_class_bind_template_child (widget_class, JsFilesStep, path_scroller);
  gtk_widget_class_bind_template_child (widget_class, JsFilesStep, path_box);
  gtk_widget_class_bind_template_child (widget_class, JsFilesStep, folder_label);
  gtk_widget_class_bind_template_child (widget_class, JsFilesStep, list);
  gtk_widget_class_bind_template_child (widget_class, JsFilesStep, empty_label);
  gtk_widget_class_bind_template_child (widget_class, JsFilesStep, status_label);
  gtk_widget_class_bind_template_child (widget_class, JsFilesStep, save_box);
  gtk_widget_class_bind_template_child (widget_class, JsFilesStep, name_entry);
  gtk_widget_class_bind_template_child (widget_class, JsFilesStep, save_error);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, name_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, save_activated_cb);
  gtk_widget_class_install_action (widget_class, "files.up", NULL, up_activated_cb);
  gtk_widget_class_install_action (widget_class, "files.open", NULL, open_activated_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, GDK_ALT_MASK, "files.up", NULL);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
js_files_step_init (JsFilesStep *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  _js_step_list_opens_on_enter (self->list);
}

/**
 * js_files_step_new:
 * @step: a <step kind="files"> node; it must outlive the widget
 *
 * Returns: (transfer floating): the practice file view
 */
GtkWidget *
js_files_step_new (JsExNode *step)
{
  JsFilesStep *self;

  g_return_val_if_fail (step != NULL, NULL);

  self = g_object_new (JS_TYPE_FILES_STEP, NULL);
  self->step = step;
  self->save_mode = g_strcmp0 (js_ex_node_get_attr (step, "mode"), "save") == 0;
  self->folders = js_ex_node_get_children (step, "folder");
  self->files = js_ex_node_get_children (step, "file");

  gtk_widget_set_visible (self->save_box, self->save_mode);
  if (self->save_mode)
    /* Translators: the name a new document has before the citizen names it. */
    gtk_editable_set_text (GTK_EDITABLE (self->name_entry), _("Untitled document"));
  show_folder (self, NULL, NULL, FALSE);

  return GTK_WIDGET (self);
}
