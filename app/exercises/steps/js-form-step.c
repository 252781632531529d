/* js-form-step.c: a practice online form or mail window (step kind "form")
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One control per <field>, in the order of the exercise: entries for text,
 * e-mail, phone and date, a framed text box with a word count, radio
 * buttons or a drop-down for a choice, a check box, and "Attach a file"
 * with a practice file picker. Style "form" looks like a page on a web
 * site; style "mail" like a new message, labels beside their fields.
 *
 * A field is checked when the citizen leaves it after changing it, and an
 * error shown under a field goes away as soon as the field is right, so
 * nobody is scolded while still typing. Nothing is ever sent.
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "js-file-picker.h"
#include "js-form-step.h"
#include "js-step-util.h"
#include "js-step-widget.h"

/* A choice with more options than this is a drop-down, like on most sites. */
#define MAX_RADIO_OPTIONS 4

typedef enum {
  FIELD_TEXT,
  FIELD_EMAIL,
  FIELD_PHONE,
  FIELD_DATE,
  FIELD_MULTILINE,
  FIELD_CHOICE,
  FIELD_CHECK,
  FIELD_ATTACHMENT,
} FieldType;

typedef struct {
  JsFormStep  *self;
  JsExNode    *node;
  FieldType    type;
  char        *hint;            /* the control's description when nothing is wrong; shown
                                 * under the title except for an attachment's */
  GPtrArray   *options;         /* choice and attachment: JsExNode */
  GtkWidget   *input;           /* the control that carries the error state */
  GtkLabel    *error;
  GtkLabel    *count;           /* multiline: the word count */
  GtkDropDown *dropdown;        /* a choice with many options */
  GPtrArray   *radios;          /* a choice with few options: GtkCheckButton */
  GtkWidget   *attached_box;    /* attachment: the attached file and Remove */
  GtkWidget   *empty_label;     /* attachment: "No file attached" */
  GtkLabel    *attached_label;
  GtkButton   *remove_button;
  char        *attached;        /* attachment: the attached option's id */
  gboolean     dirty;
  gboolean     has_problem;
} Field;

struct _JsFormStep {
  GtkWidget     parent_instance;

  JsExNode     *step;
  gboolean      mail;
  GPtrArray    *fields;         /* Field */
  GtkSizeGroup *label_group;    /* mail: the labels beside the fields */
  GtkWidget    *picker;         /* the open file picker, or NULL */

  GtkLabel     *badge;
  GtkImage     *heading_icon;
  GtkLabel     *heading;
  GtkBox       *fields_box;
};

static void js_form_step_step_widget_init (JsStepWidgetInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (JsFormStep, js_form_step, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (JS_TYPE_STEP_WIDGET,
                                                      js_form_step_step_widget_init))

static void
field_free (Field *field)
{
  g_clear_pointer (&field->hint, g_free);
  g_clear_pointer (&field->options, g_ptr_array_unref);
  g_clear_pointer (&field->radios, g_ptr_array_unref);
  g_clear_pointer (&field->attached, g_free);
  g_free (field);
}

static FieldType
field_type_from_string (const char *type)
{
  static const char * const names[] = {
    "text", "email", "phone", "date", "multiline", "choice", "check", "attachment",
  };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      if (g_strcmp0 (type, names[i]) == 0)
        return i;
    }

  return FIELD_TEXT;
}

static const char *
option_name (Field      *field,
             const char *id)
{
  for (guint i = 0; id != NULL && i < field->options->len; i++)
    {
      JsExNode *option = g_ptr_array_index (field->options, i);

      if (g_strcmp0 (js_ex_node_get_attr (option, "id"), id) == 0)
        return js_ex_node_get_text (option);
    }

  return NULL;
}

static char *
buffer_text (GtkTextBuffer *buffer)
{
  GtkTextIter start;
  GtkTextIter end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static guint
count_words (const char *text)
{
  gboolean in_word = FALSE;
  guint words = 0;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gboolean space = g_unichar_isspace (g_utf8_get_char (p));

      if (!space && !in_word)
        words++;
      in_word = !space;
    }

  return words;
}

static char *
field_value (Field *field)
{
  switch (field->type)
    {
    case FIELD_MULTILINE:
      return buffer_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (field->input)));

    case FIELD_CHOICE:
      if (field->dropdown != NULL)
        {
          guint selected = gtk_drop_down_get_selected (field->dropdown);

          /* Item 0 is "Choose one". */
          if (selected == GTK_INVALID_LIST_POSITION || selected == 0)
            return g_strdup ("");
          return g_strdup (js_ex_node_get_attr (g_ptr_array_index (field->options, selected - 1),
                                                "id"));
        }
      for (guint i = 0; i < field->radios->len; i++)
        {
          GtkCheckButton *radio = g_ptr_array_index (field->radios, i);

          if (gtk_check_button_get_active (radio))
            return g_strdup (js_ex_node_get_attr (g_ptr_array_index (field->options, i), "id"));
        }
      return g_strdup ("");

    case FIELD_CHECK:
      return g_strdup (gtk_check_button_get_active (GTK_CHECK_BUTTON (field->input)) ? "yes" : "no");

    case FIELD_ATTACHMENT:
      return g_strdup (field->attached != NULL ? field->attached : "");

    case FIELD_TEXT:
    case FIELD_EMAIL:
    case FIELD_PHONE:
    case FIELD_DATE:
    default:
      return g_strdup (gtk_editable_get_text (GTK_EDITABLE (field->input)));
    }
}

static void
set_problem (Field      *field,
             const char *message)
{
  field->has_problem = message != NULL;
  _js_step_mark_problem (field->input, field->error, field->hint, message);
}

/* Checks @field: clears its problem when it is right now, and shows what is
 * wrong only when @show is set (on leaving the field), never while typing. */
static void
check_field (Field    *field,
             gboolean  show)
{
  g_autofree char *value = field_value (field);
  g_autoptr(JsCheck) check = js_exercise_check_field (field->node, value);

  if (check->correct)
    set_problem (field, NULL);
  else if (show)
    set_problem (field, _js_check_first_message (check));
}

static void
field_edited (Field *field)
{
  field->dirty = TRUE;
  if (field->has_problem)
    check_field (field, FALSE);
  js_step_widget_changed (JS_STEP_WIDGET (field->self));
}

static void
field_picked (Field *field)
{
  field->dirty = TRUE;
  check_field (field, field->has_problem);
  js_step_widget_changed (JS_STEP_WIDGET (field->self));
}

static void
focus_left_cb (GtkEventControllerFocus *controller,
               Field                   *field)
{
  if (field->dirty)
    check_field (field, TRUE);
}

static void
entry_changed_cb (GtkEditable *editable,
                  Field       *field)
{
  field_edited (field);
}

static void
update_word_count (Field *field)
{
  g_autofree char *text = field_value (field);
  g_autofree char *count = NULL;
  guint words = count_words (text);

  count = g_strdup_printf (ngettext ("%u word", "%u words", words), words);
  gtk_label_set_label (field->count, count);
}

static void
buffer_changed_cb (GtkTextBuffer *buffer,
                   Field         *field)
{
  update_word_count (field);
  field_edited (field);
}

static void
radio_toggled_cb (GtkCheckButton *radio,
                  Field          *field)
{
  if (gtk_check_button_get_active (radio))
    field_picked (field);
}

static void
selected_changed_cb (GObject    *object,
                     GParamSpec *pspec,
                     Field      *field)
{
  field_picked (field);
}

static void
check_toggled_cb (GtkCheckButton *check,
                  Field          *field)
{
  field_picked (field);
}

static void
show_attached (Field *field)
{
  const char *name = option_name (field, field->attached);

  gtk_widget_set_visible (field->attached_box, name != NULL);
  gtk_widget_set_visible (field->empty_label, name == NULL);
  if (name != NULL)
    {
      g_autofree char *remove = g_strdup_printf (_("Remove %s"), name);

      gtk_label_set_label (field->attached_label, name);
      gtk_accessible_update_property (GTK_ACCESSIBLE (field->remove_button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, remove, -1);
    }
}

static void
file_chosen_cb (JsFilePicker *picker,
                const char   *id,
                Field        *field)
{
  g_free (field->attached);
  field->attached = g_strdup (id);
  show_attached (field);
  field_picked (field);
  gtk_widget_grab_focus (GTK_WIDGET (field->remove_button));
}

static void
attach_clicked_cb (GtkButton *button,
                   Field     *field)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (field->self));
  JsFilePicker *picker = js_file_picker_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                             field->options);

  g_signal_connect (picker, "chosen", G_CALLBACK (file_chosen_cb), field);
  g_set_weak_pointer (&field->self->picker, GTK_WIDGET (picker));
  gtk_window_present (GTK_WINDOW (picker));
}

static void
remove_clicked_cb (GtkButton *button,
                   Field     *field)
{
  g_clear_pointer (&field->attached, g_free);
  show_attached (field);
  field_picked (field);
  gtk_widget_grab_focus (field->input);
}

static void
watch_focus (Field     *field,
             GtkWidget *widget)
{
  GtkEventController *controller = gtk_event_controller_focus_new ();

  g_signal_connect (controller, "leave", G_CALLBACK (focus_left_cb), field);
  gtk_widget_add_controller (widget, controller);
}

static GtkWidget *
build_entry (Field *field)
{
  static const GtkInputPurpose purposes[] = {
    [FIELD_TEXT] = GTK_INPUT_PURPOSE_FREE_FORM,
    [FIELD_EMAIL] = GTK_INPUT_PURPOSE_EMAIL,
    [FIELD_PHONE] = GTK_INPUT_PURPOSE_PHONE,
    [FIELD_DATE] = GTK_INPUT_PURPOSE_FREE_FORM,
  };
  GtkWidget *entry = gtk_entry_new ();

  gtk_entry_set_input_purpose (GTK_ENTRY (entry), purposes[field->type]);
  gtk_widget_set_hexpand (entry, TRUE);
  gtk_widget_add_css_class (entry, "practice-target");
  if (field->type == FIELD_DATE)
    field->hint = g_strdup (_("Write the day, the month and the year, for example 24-12-2026."));
  g_signal_connect (entry, "changed", G_CALLBACK (entry_changed_cb), field);
  watch_focus (field, entry);
  field->input = entry;

  return entry;
}

static GtkWidget *
build_multiline (Field *field)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *frame = gtk_frame_new (NULL);
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *view = gtk_text_view_new ();
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  const char *min_words = js_ex_node_get_attr (field->node, "min-words");
  guint64 words = min_words != NULL ? g_ascii_strtoull (min_words, NULL, 10) : 0;

  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (view), FALSE);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 8);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scroller), 180);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), view);
  gtk_frame_set_child (GTK_FRAME (frame), scroller);
  gtk_box_append (GTK_BOX (box), frame);

  field->count = _js_step_label_new (NULL);
  gtk_widget_add_css_class (GTK_WIDGET (field->count), "dim-label");
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (field->count));
  if (words > 1)
    field->hint = g_strdup_printf (ngettext ("Write at least %u word.",
                                             "Write at least %u words.", words), (guint) words);

  g_signal_connect (buffer, "changed", G_CALLBACK (buffer_changed_cb), field);
  watch_focus (field, view);
  field->input = view;
  update_word_count (field);

  return box;
}

static GtkWidget *
build_choice (Field *field)
{
  GtkWidget *group = NULL;

  if (field->options->len > MAX_RADIO_OPTIONS)
    {
      g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);

      gtk_string_list_append (names, _("Choose one"));
      for (guint i = 0; i < field->options->len; i++)
        gtk_string_list_append (names, js_ex_node_get_text (g_ptr_array_index (field->options, i)));
      field->dropdown = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&names)),
                                                          NULL));
      gtk_widget_set_halign (GTK_WIDGET (field->dropdown), GTK_ALIGN_START);
      gtk_widget_add_css_class (GTK_WIDGET (field->dropdown), "practice-target");
      g_signal_connect (field->dropdown, "notify::selected", G_CALLBACK (selected_changed_cb),
                        field);
      field->input = GTK_WIDGET (field->dropdown);
      return field->input;
    }

  field->radios = g_ptr_array_new ();
  field->input = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  for (guint i = 0; i < field->options->len; i++)
    {
      const char *name = js_ex_node_get_text (g_ptr_array_index (field->options, i));
      /* In a group it is a radio button, which GTK 4.8 does not tell screen readers. */
      GtkWidget *radio = g_object_new (GTK_TYPE_CHECK_BUTTON,
                                       "accessible-role", GTK_ACCESSIBLE_ROLE_RADIO, NULL);

      gtk_check_button_set_child (GTK_CHECK_BUTTON (radio), GTK_WIDGET (_js_step_label_new (name)));
      gtk_accessible_update_property (GTK_ACCESSIBLE (radio), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
      gtk_widget_add_css_class (radio, "practice-target");
      if (group != NULL)
        gtk_check_button_set_group (GTK_CHECK_BUTTON (radio), GTK_CHECK_BUTTON (group));
      else
        group = radio;
      g_signal_connect (radio, "toggled", G_CALLBACK (radio_toggled_cb), field);
      g_ptr_array_add (field->radios, radio);
      gtk_box_append (GTK_BOX (field->input), radio);
    }

  return field->input;
}

static GtkWidget *
build_check (Field      *field,
             const char *text)
{
  GtkWidget *check = gtk_check_button_new ();

  gtk_check_button_set_child (GTK_CHECK_BUTTON (check), GTK_WIDGET (_js_step_label_new (text)));
  gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
  gtk_widget_add_css_class (check, "practice-target");
  g_signal_connect (check, "toggled", G_CALLBACK (check_toggled_cb), field);
  field->input = check;

  return check;
}

static GtkWidget *
build_attachment (Field *field)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *attach = gtk_button_new ();
  GtkWidget *content = adw_button_content_new ();
  GtkWidget *remove = gtk_button_new_with_label (_("Remove"));

  adw_button_content_set_icon_name (ADW_BUTTON_CONTENT (content), "mail-attachment-symbolic");
  adw_button_content_set_label (ADW_BUTTON_CONTENT (content), _("Attach a file"));
  gtk_button_set_child (GTK_BUTTON (attach), content);
  gtk_widget_set_halign (attach, GTK_ALIGN_START);
  gtk_widget_add_css_class (attach, "practice-target");
  g_signal_connect (attach, "clicked", G_CALLBACK (attach_clicked_cb), field);
  gtk_box_append (GTK_BOX (box), attach);

  field->empty_label = GTK_WIDGET (_js_step_label_new (_("No file attached")));
  gtk_widget_add_css_class (field->empty_label, "dim-label");
  gtk_box_append (GTK_BOX (box), field->empty_label);

  field->attached_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_widget_add_css_class (field->attached_box, "practice-attached");
  gtk_box_append (GTK_BOX (field->attached_box),
                  gtk_image_new_from_icon_name ("text-x-generic-symbolic"));
  field->attached_label = _js_step_label_new (NULL);
  gtk_widget_set_hexpand (GTK_WIDGET (field->attached_label), TRUE);
  gtk_widget_set_valign (GTK_WIDGET (field->attached_label), GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (field->attached_box), GTK_WIDGET (field->attached_label));
  gtk_widget_add_css_class (remove, "practice-target");
  g_signal_connect (remove, "clicked", G_CALLBACK (remove_clicked_cb), field);
  field->remove_button = GTK_BUTTON (remove);
  gtk_box_append (GTK_BOX (field->attached_box), remove);
  gtk_box_append (GTK_BOX (box), field->attached_box);

  field->input = attach;
  show_attached (field);

  return box;
}

static GtkWidget *
build_control (Field      *field,
               const char *title)
{
  switch (field->type)
    {
    case FIELD_MULTILINE:
      return build_multiline (field);
    case FIELD_CHOICE:
      return build_choice (field);
    case FIELD_CHECK:
      return build_check (field, title);
    case FIELD_ATTACHMENT:
      return build_attachment (field);
    case FIELD_TEXT:
    case FIELD_EMAIL:
    case FIELD_PHONE:
    case FIELD_DATE:
    default:
      return build_entry (field);
    }
}

/* Places a field's title, hint, control and error: under one another on a
 * web page; in a mail, a one-line field's title beside its entry. Nothing
 * that wraps goes into a row beside something else: GTK 4.8 measures such
 * a row's children width-for-height, which lays some Arabic text out far
 * too wide. */
static void
add_field (JsFormStep *self,
           Field      *field)
{
  const char *label = js_ex_node_child_text (field->node, "label");
  gboolean required = g_strcmp0 (js_ex_node_get_attr (field->node, "required"), "yes") == 0;
  g_autofree char *title = NULL;
  GtkWidget *control;
  GtkWidget *column = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkLabel *title_label = NULL;
  GtkLabel *hint = NULL;
  gboolean beside;

  /* Translators: a form field's label when the field must be filled in,
   * such as "E-mail (required)". */
  title = required ? g_strdup_printf (_("%s (required)"), label) : g_strdup (label);
  control = build_control (field, title);
  beside = self->mail && GTK_IS_ENTRY (field->input);

  if (field->type == FIELD_ATTACHMENT)
    {
      /* The button says what it does; its description says what for. */
      field->hint = g_strdup (title);
      gtk_accessible_update_property (GTK_ACCESSIBLE (field->input),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, title, -1);
    }
  else if (field->radios != NULL)
    {
      gtk_accessible_update_property (GTK_ACCESSIBLE (field->input),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
    }
  if (field->type != FIELD_CHECK)
    {
      title_label = _js_step_label_new (title);
      gtk_widget_add_css_class (GTK_WIDGET (title_label), "heading");
    }
  if (title_label != NULL && field->type != FIELD_ATTACHMENT && field->radios == NULL)
    {
      gtk_label_set_mnemonic_widget (title_label, field->input);
      gtk_accessible_update_relation (GTK_ACCESSIBLE (field->input),
                                      GTK_ACCESSIBLE_RELATION_LABELLED_BY, title_label, NULL, -1);
    }

  if (beside)
    {
      GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);

      gtk_widget_set_hexpand (GTK_WIDGET (title_label), FALSE);
      /* A short title such as "To" is whole; the entry gives way. */
      gtk_label_set_wrap (title_label, FALSE);
      gtk_editable_set_width_chars (GTK_EDITABLE (field->input), 8);
      gtk_size_group_add_widget (self->label_group, GTK_WIDGET (title_label));
      gtk_box_append (GTK_BOX (row), GTK_WIDGET (title_label));
      gtk_box_append (GTK_BOX (row), control);
      gtk_box_append (GTK_BOX (column), row);
      if (hint != NULL)
        gtk_box_append (GTK_BOX (column), GTK_WIDGET (hint));
    }
  else
    {
      if (title_label != NULL)
        gtk_box_append (GTK_BOX (column), GTK_WIDGET (title_label));
      if (hint != NULL)
        gtk_box_append (GTK_BOX (column), GTK_WIDGET (hint));
      gtk_box_append (GTK_BOX (column), control);
    }
  field->error = _js_step_error_label_new ();
  gtk_box_append (GTK_BOX (column), GTK_WIDGET (field->error));
  gtk_box_append (self->fields_box, column);
}

static void
build_fields (JsFormStep *self)
{
  g_autoptr(GPtrArray) nodes = js_ex_node_get_children (self->step, "field");

  self->mail = g_strcmp0 (js_ex_node_get_attr (self->step, "style"), "mail") == 0;
  if (self->mail)
    {
      gtk_label_set_label (self->badge, _("Practice mail — nothing is sent"));
      gtk_label_set_label (self->heading, _("New message"));
      gtk_image_set_from_icon_name (self->heading_icon, "mail-message-new-symbolic");
    }
  else
    {
      gtk_label_set_label (self->badge, _("Practice form — nothing is sent"));
      gtk_label_set_label (self->heading, _("Application form"));
      gtk_image_set_from_icon_name (self->heading_icon, "web-browser-symbolic");
    }

  for (guint i = 0; i < nodes->len; i++)
    {
      Field *field = g_new0 (Field, 1);

      field->self = self;
      field->node = g_ptr_array_index (nodes, i);
      field->type = field_type_from_string (js_ex_node_get_attr (field->node, "type"));
      field->options = js_ex_node_get_children (field->node, "option");
      g_ptr_array_add (self->fields, field);
      add_field (self, field);
    }
}

static JsAnswer *
js_form_step_get_answer (JsStepWidget *widget)
{
  JsFormStep *self = JS_FORM_STEP (widget);
  JsAnswer *answer = js_answer_new ();

  for (guint i = 0; i < self->fields->len; i++)
    {
      Field *field = g_ptr_array_index (self->fields, i);
      g_autofree char *value = field_value (field);

      js_answer_set (answer, js_ex_node_get_attr (field->node, "id"), value);
    }

  return answer;
}

static void
js_form_step_show_check (JsStepWidget *widget,
                         JsCheck      *check)
{
  JsFormStep *self = JS_FORM_STEP (widget);

  for (guint i = 0; i < self->fields->len; i++)
    {
      Field *field = g_ptr_array_index (self->fields, i);

      set_problem (field, _js_check_problem_for (check, js_ex_node_get_attr (field->node, "id")));
    }
}

static void
js_form_step_step_widget_init (JsStepWidgetInterface *iface)
{
  iface->get_answer = js_form_step_get_answer;
  iface->show_check = js_form_step_show_check;
}

static void
js_form_step_dispose (GObject *object)
{
  JsFormStep *self = JS_FORM_STEP (object);

  /* The picker reports to a field of this form: it goes with the form. */
  if (self->picker != NULL)
    gtk_window_destroy (GTK_WINDOW (self->picker));
  g_clear_weak_pointer (&self->picker);
  gtk_widget_dispose_template (GTK_WIDGET (self), JS_TYPE_FORM_STEP);
  g_clear_object (&self->label_group);

  G_OBJECT_CLASS (js_form_step_parent_class)->dispose (object);
}

static void
js_form_step_finalize (GObject *object)
{
  JsFormStep *self = JS_FORM_STEP (object);

  g_clear_pointer (&self->fields, g_ptr_array_unref);

  G_OBJECT_CLASS (js_form_step_parent_class)->finalize (object);
}

static void
js_form_step_class_init (JsFormStepClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = js_form_step_dispose;
  object_class->finalize = js_form_step_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/js-form-step.ui");
  gtk_widget_class_bind_template_child (widget_class, JsFormStep, badge);
  gtk_widget_class_bind_template_child (widget_class, JsFormStep, heading_icon);
  gtk_widget_class_bind_template_child (widget_class, JsFormStep, heading);
  gtk_widget_class_bind_template_child (widget_class, JsFormStep, fields_box);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
js_form_step_init (JsFormStep *self)
{
  self->fields = g_ptr_array_new_with_free_func ((GDestroyNotify) field_free);
  self->label_group = gtk_size_group_new (GTK_SIZE_GROUP_HORIZONTAL);
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * js_form_step_new:
 * @step: a <step kind="form"> node; it must outlive the widget
 *
 * Returns: (transfer floating): the practice form or mail window
 */
GtkWidget *
js_form_step_new (JsExNode *step)
{
  JsFormStep *self;

  g_return_val_if_fail (step != NULL, NULL);

  self = g_object_new (JS_TYPE_FORM_STEP, NULL);
  self->step = step;
  build_fields (self);

  return GTK_WIDGET (self);
}
