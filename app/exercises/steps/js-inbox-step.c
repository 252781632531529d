/* js-inbox-step.c: a practice Digital Post inbox (step kind "inbox")
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The letters, newest first, unread ones in bold with an unread icon; a
 * letter opens in the reading pane beside the list, or instead of the list
 * when there is no room for both (then "Back to the inbox" returns). The
 * panes are an ordinary box rather than an AdwLeaflet, whose height in 1.2
 * ignores that wrapped text is taller in a narrower pane. Under the inbox,
 * the question's answers as radio buttons, as in a choice step.
 * The widget reports which letters were opened and which answer is chosen.
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "js-date-format.h"
#include "js-inbox-step.h"
#include "js-step-util.h"
#include "js-step-widget.h"

/* Narrower than this many characters of the current font, a letter is read
 * instead of the list, not beside it; so larger text folds sooner. */
#define FOLD_CHARS 80

typedef struct {
  JsExNode      *node;
  GDate          date;
  gboolean       read;
  GtkListBoxRow *row;
  GtkImage      *icon;
  GtkLabel      *from;
  GtkLabel      *subject;
} Letter;

struct _JsInboxStep {
  GtkWidget    parent_instance;

  JsExNode    *step;
  GPtrArray   *letters;         /* Letter, newest first */
  GPtrArray   *opened;          /* letter ids, in the order first opened */
  GPtrArray   *options;         /* JsExNode */
  GPtrArray   *option_buttons;  /* GtkCheckButton in one group, as options */
  GPtrArray   *why_labels;      /* GtkLabel, as options */
  gboolean     folded;          /* one pane at a time */
  gboolean     reading;         /* folded: the letter is shown, not the list */
  guint        fold_source;

  GtkWidget   *content;
  GtkLabel    *unread_label;
  GtkWidget   *list_page;
  GtkWidget   *pane_separator;
  GtkListBox  *letters_list;
  GtkWidget   *reader_page;
  GtkButton   *back_button;
  GtkStack    *reader_stack;
  GtkLabel    *subject_label;
  GtkLabel    *from_label;
  GtkLabel    *date_label;
  GtkLabel    *body_label;
  GtkBox      *options_box;
};

static void js_inbox_step_step_widget_init (JsStepWidgetInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (JsInboxStep, js_inbox_step, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (JS_TYPE_STEP_WIDGET,
                                                      js_inbox_step_step_widget_init))

static void
parse_iso_date (const char *text,
                GDate      *date)
{
  guint year = 0;
  guint month = 0;
  guint day = 0;

  g_date_clear (date, 1);
  if (text != NULL && sscanf (text, "%4u-%2u-%2u", &year, &month, &day) == 3 &&
      g_date_valid_dmy (day, month, year))
    g_date_set_dmy (date, day, month, year);
}

static int
letter_compare_newest_first (gconstpointer a,
                             gconstpointer b)
{
  const Letter *first = *(const Letter **) a;
  const Letter *second = *(const Letter **) b;

  return g_strcmp0 (js_ex_node_get_attr (second->node, "date"),
                    js_ex_node_get_attr (first->node, "date"));
}

static void
update_unread_count (JsInboxStep *self)
{
  g_autofree char *text = NULL;
  guint unread = 0;

  for (guint i = 0; i < self->letters->len; i++)
    {
      Letter *letter = g_ptr_array_index (self->letters, i);

      unread += letter->read ? 0 : 1;
    }

  text = g_strdup_printf (ngettext ("%u unread letter", "%u unread letters", unread), unread);
  gtk_label_set_label (self->unread_label, text);
}

/* The row's look and spoken name follow the letter's read state. */
static void
update_letter_row (Letter *letter)
{
  g_autofree char *date = js_format_date (&letter->date);
  g_autofree char *name = NULL;
  const char *subject = js_ex_node_child_text (letter->node, "subject");
  const char *from = js_ex_node_get_attr (letter->node, "from");

  /* Translators: how a screen reader names a letter in the inbox:
   * %1$s is its subject, %2$s the sender, %3$s the date it was sent. */
  name = g_strdup_printf (_("%1$s, from %2$s, %3$s"), subject, from, date != NULL ? date : "");
  if (!letter->read)
    {
      /* Translators: a letter not yet opened; %s is its description. */
      g_autofree char *unread = g_strdup_printf (_("Unread: %s"), name);

      g_free (name);
      name = g_steal_pointer (&unread);
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (letter->row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  name, -1);

  gtk_image_set_from_icon_name (letter->icon,
                                letter->read ? "mail-read-symbolic" : "mail-unread-symbolic");
  if (letter->read)
    {
      gtk_widget_remove_css_class (GTK_WIDGET (letter->from), "practice-unread");
      gtk_widget_remove_css_class (GTK_WIDGET (letter->subject), "practice-unread");
    }
  else
    {
      gtk_widget_add_css_class (GTK_WIDGET (letter->from), "practice-unread");
      gtk_widget_add_css_class (GTK_WIDGET (letter->subject), "practice-unread");
    }
}

static void
add_letter_row (JsInboxStep *self,
                Letter      *letter)
{
  g_autofree char *short_date = js_format_date_short (&letter->date);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  GtkWidget *top = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkLabel *date = _js_step_label_new (short_date);

  letter->row = GTK_LIST_BOX_ROW (gtk_list_box_row_new ());
  letter->icon = GTK_IMAGE (gtk_image_new ());
  letter->from = _js_step_label_new (js_ex_node_get_attr (letter->node, "from"));
  letter->subject = _js_step_label_new (js_ex_node_child_text (letter->node, "subject"));
  gtk_label_set_max_width_chars (letter->from, 24);
  gtk_label_set_max_width_chars (letter->subject, 30);

  /* The subject is not in a box beside the icon: GTK 4.8 then measures
   * its width for a height, which wraps some Arabic text far too wide.
   * Its start margin lines it up under the sender instead. */
  gtk_widget_add_css_class (GTK_WIDGET (letter->row), "practice-row");
  gtk_widget_set_valign (GTK_WIDGET (letter->icon), GTK_ALIGN_START);
  gtk_widget_add_css_class (GTK_WIDGET (date), "dim-label");
  gtk_label_set_wrap (date, FALSE);
  gtk_widget_set_hexpand (GTK_WIDGET (date), FALSE);
  gtk_widget_set_valign (GTK_WIDGET (date), GTK_ALIGN_START);
  gtk_widget_set_margin_start (GTK_WIDGET (letter->subject), 16 + 12);
  gtk_box_append (GTK_BOX (top), GTK_WIDGET (letter->icon));
  gtk_box_append (GTK_BOX (top), GTK_WIDGET (letter->from));
  gtk_box_append (GTK_BOX (top), GTK_WIDGET (date));
  gtk_box_append (GTK_BOX (box), top);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (letter->subject));
  gtk_widget_set_margin_top (box, 9);
  gtk_widget_set_margin_bottom (box, 9);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_list_box_row_set_child (letter->row, box);
  g_object_set_data (G_OBJECT (letter->row), "js-letter", letter);

  update_letter_row (letter);
  gtk_list_box_append (self->letters_list, GTK_WIDGET (letter->row));
}

static void
update_panes (JsInboxStep *self)
{
  gtk_widget_set_visible (self->list_page, !self->folded || !self->reading);
  gtk_widget_set_hexpand (self->list_page, self->folded);
  gtk_widget_set_visible (self->pane_separator, !self->folded);
  gtk_widget_set_visible (self->reader_page, !self->folded || self->reading);
  gtk_widget_set_visible (GTK_WIDGET (self->back_button), self->folded);
}

static int
fold_width (JsInboxStep *self)
{
  PangoContext *context = gtk_widget_get_pango_context (GTK_WIDGET (self));
  PangoFontMetrics *metrics = pango_context_get_metrics (context, NULL, NULL);
  int width = FOLD_CHARS * pango_font_metrics_get_approximate_char_width (metrics) / PANGO_SCALE;

  pango_font_metrics_unref (metrics);
  return width;
}

static gboolean
fold_changed_cb (gpointer user_data)
{
  JsInboxStep *self = user_data;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  self->fold_source = 0;
  self->folded = gtk_widget_get_width (GTK_WIDGET (self)) < fold_width (self);
  update_panes (self);
  /* Keep the keyboard focus in what is still shown. */
  if (focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self)) &&
      !gtk_widget_get_mapped (focus))
    {
      if (self->reading)
        gtk_widget_grab_focus (GTK_WIDGET (self->back_button));
      else
        gtk_widget_child_focus (GTK_WIDGET (self->letters_list), GTK_DIR_TAB_FORWARD);
    }

  return G_SOURCE_REMOVE;
}

static void
open_letter (JsInboxStep *self,
             Letter      *letter)
{
  g_autofree char *date = js_format_date (&letter->date);
  g_autofree char *from = NULL;
  g_autofree char *sent = NULL;

  /* Translators: the sender in an open letter; %s is who sent it. */
  from = g_strdup_printf (_("From: %s"), js_ex_node_get_attr (letter->node, "from"));
  /* Translators: the day an open letter was sent; %s is the date written out. */
  sent = g_strdup_printf (_("Sent: %s"), date != NULL ? date : "");
  gtk_label_set_label (self->subject_label, js_ex_node_child_text (letter->node, "subject"));
  gtk_label_set_label (self->from_label, from);
  gtk_label_set_label (self->date_label, sent);
  gtk_label_set_label (self->body_label, js_ex_node_child_text (letter->node, "body"));
  gtk_stack_set_visible_child_name (self->reader_stack, "letter");

  letter->read = TRUE;
  update_letter_row (letter);
  update_unread_count (self);
  _js_step_ids_add (self->opened, js_ex_node_get_attr (letter->node, "id"));

  self->reading = TRUE;
  update_panes (self);
  if (self->folded)
    gtk_widget_grab_focus (GTK_WIDGET (self->back_button));

  js_step_widget_changed (JS_STEP_WIDGET (self));
}

static void
letter_activated_cb (JsInboxStep   *self,
                     GtkListBoxRow *row)
{
  open_letter (self, g_object_get_data (G_OBJECT (row), "js-letter"));
}

static void
back_clicked_cb (JsInboxStep *self)
{
  GtkListBoxRow *row = gtk_list_box_get_selected_row (self->letters_list);

  self->reading = FALSE;
  update_panes (self);
  if (row != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (row));
}

/* Shows @message under option @i: as a problem when @wrong, else as a
 * plain explanation (once the answer is right, every option says why). */
static void
mark_option (JsInboxStep *self,
             guint        i,
             const char  *message,
             gboolean     wrong)
{
  GtkWidget *button = g_ptr_array_index (self->option_buttons, i);
  GtkLabel *why = g_ptr_array_index (self->why_labels, i);

  _js_step_mark_problem (button, why, NULL, wrong ? message : NULL);
  if (!wrong && message != NULL)
    {
      gtk_label_set_label (why, message);
      gtk_widget_remove_css_class (GTK_WIDGET (why), "error");
      gtk_widget_set_visible (GTK_WIDGET (why), TRUE);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, message, -1);
    }
}

static void
option_toggled_cb (GtkCheckButton *button,
                   JsInboxStep    *self)
{
  if (!gtk_check_button_get_active (button))
    return;

  for (guint i = 0; i < self->option_buttons->len; i++)
    mark_option (self, i, NULL, FALSE);
  js_step_widget_changed (JS_STEP_WIDGET (self));
}

static void
add_option (JsInboxStep *self,
            JsExNode    *option)
{
  const char *text = js_ex_node_child_text (option, "label");
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  /* In a group it is a radio button, which GTK 4.8 does not tell screen readers. */
  GtkWidget *button = g_object_new (GTK_TYPE_CHECK_BUTTON,
                                   "accessible-role", GTK_ACCESSIBLE_ROLE_RADIO, NULL);
  GtkLabel *why = _js_step_error_label_new ();

  gtk_check_button_set_child (GTK_CHECK_BUTTON (button), GTK_WIDGET (_js_step_label_new (text)));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
  gtk_widget_add_css_class (button, "practice-target");
  if (self->option_buttons->len > 0)
    gtk_check_button_set_group (GTK_CHECK_BUTTON (button),
                                g_ptr_array_index (self->option_buttons, 0));
  g_signal_connect (button, "toggled", G_CALLBACK (option_toggled_cb), self);
  gtk_widget_set_margin_start (GTK_WIDGET (why), 32);

  gtk_box_append (GTK_BOX (box), button);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (why));
  gtk_box_append (self->options_box, box);
  g_ptr_array_add (self->option_buttons, button);
  g_ptr_array_add (self->why_labels, why);
}

static void
build (JsInboxStep *self)
{
  g_autoptr(GPtrArray) letters = js_ex_node_get_children (self->step, "letter");

  for (guint i = 0; i < letters->len; i++)
    {
      Letter *letter = g_new0 (Letter, 1);

      letter->node = g_ptr_array_index (letters, i);
      parse_iso_date (js_ex_node_get_attr (letter->node, "date"), &letter->date);
      g_ptr_array_add (self->letters, letter);
    }
  g_ptr_array_sort (self->letters, letter_compare_newest_first);
  for (guint i = 0; i < self->letters->len; i++)
    add_letter_row (self, g_ptr_array_index (self->letters, i));
  update_unread_count (self);

  self->options = js_ex_node_get_children (self->step, "option");
  for (guint i = 0; i < self->options->len; i++)
    add_option (self, g_ptr_array_index (self->options, i));
}

static JsAnswer *
js_inbox_step_get_answer (JsStepWidget *widget)
{
  JsInboxStep *self = JS_INBOX_STEP (widget);
  JsAnswer *answer = js_answer_new ();
  g_autofree char *opened = _js_step_join_ids (self->opened);
  const char *selected = "";

  for (guint i = 0; i < self->option_buttons->len; i++)
    {
      if (gtk_check_button_get_active (g_ptr_array_index (self->option_buttons, i)))
        selected = js_ex_node_get_attr (g_ptr_array_index (self->options, i), "id");
    }

  js_answer_set (answer, "selected", selected);
  js_answer_set (answer, "opened", opened);

  return answer;
}

static void
js_inbox_step_show_check (JsStepWidget *widget,
                          JsCheck      *check)
{
  JsInboxStep *self = JS_INBOX_STEP (widget);

  /* Wrong: why each picked option is wrong. Right: why every option is
   * right or wrong, to learn from. */
  for (guint i = 0; i < self->options->len; i++)
    {
      JsExNode *option = g_ptr_array_index (self->options, i);

      if (check->correct)
        mark_option (self, i, js_ex_node_child_text (option, "why"), FALSE);
      else
        mark_option (self, i, _js_check_problem_for (check, js_ex_node_get_attr (option, "id")),
                     TRUE);
    }
}

static void
js_inbox_step_step_widget_init (JsStepWidgetInterface *iface)
{
  iface->get_answer = js_inbox_step_get_answer;
  iface->show_check = js_inbox_step_show_check;
}

static GtkSizeRequestMode
js_inbox_step_get_request_mode (GtkWidget *widget)
{
  return gtk_widget_get_request_mode (JS_INBOX_STEP (widget)->content);
}

static void
js_inbox_step_measure (GtkWidget      *widget,
                       GtkOrientation  orientation,
                       int             for_size,
                       int            *minimum,
                       int            *natural,
                       int            *minimum_baseline,
                       int            *natural_baseline)
{
  gtk_widget_measure (JS_INBOX_STEP (widget)->content, orientation, for_size, minimum, natural,
                      minimum_baseline, natural_baseline);
}

/* The panes fold and unfold after the frame in which the width crossed
 * fold_width(), since what is shown cannot change while it is allocated. */
static void
js_inbox_step_size_allocate (GtkWidget *widget,
                             int        width,
                             int        height,
                             int        baseline)
{
  JsInboxStep *self = JS_INBOX_STEP (widget);

  gtk_widget_allocate (self->content, width, height, baseline, NULL);
  if ((width < fold_width (self)) != self->folded && self->fold_source == 0)
    self->fold_source = g_idle_add (fold_changed_cb, self);
}

static void
js_inbox_step_dispose (GObject *object)
{
  JsInboxStep *self = JS_INBOX_STEP (object);

  g_clear_handle_id (&self->fold_source, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), JS_TYPE_INBOX_STEP);
  g_clear_pointer (&self->option_buttons, g_ptr_array_unref);
  g_clear_pointer (&self->why_labels, g_ptr_array_unref);

  G_OBJECT_CLASS (js_inbox_step_parent_class)->dispose (object);
}

static void
js_inbox_step_finalize (GObject *object)
{
  JsInboxStep *self = JS_INBOX_STEP (object);

  g_clear_pointer (&self->letters, g_ptr_array_unref);
  g_clear_pointer (&self->opened, g_ptr_array_unref);
  g_clear_pointer (&self->options, g_ptr_array_unref);

  G_OBJECT_CLASS (js_inbox_step_parent_class)->finalize (object);
}

static void
js_inbox_step_class_init (JsInboxStepClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = js_inbox_step_dispose;
  object_class->finalize = js_inbox_step_finalize;
  widget_class->get_request_mode = js_inbox_step_get_request_mode;
  widget_class->measure = js_inbox_step_measure;
  widget_class->size_allocate = js_inbox_step_size_allocate;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/js-inbox-step.ui");
  gtk_widget_class_bind_template_child (widget_class, JsInboxStep, content);
  gtk_widget_class_bind_template_child (widget_class, JsInboxStep, unread_label);
  gtk_widget_class_bind_template_child (widget_class, JsInboxStep, list_page);
  gtk_widget_class_bind_template_child (widget_class, JsInboxStep, pane_separator);
  gtk_widget_class_bind_template_child (widget_class, JsInboxStep, letters_list);
  gtk_widget_class_bind_template_child (widget_class, JsInboxStep, reader_page);
  gtk_widget_class_bind_template_child (widget_class, JsInboxStep, back_button);
  gtk_widget_class_bind_template_child (widget_class, JsInboxStep, reader_stack);
  gtk_widget_class_bind_template_child (widget_class, JsInboxStep, subject_label);
  gtk_widget_class_bind_template_child (widget_class, JsInboxStep, from_label);
  gtk_widget_class_bind_template_child (widget_class, JsInboxStep, date_label);
  gtk_widget_class_bind_template_child (widget_class, JsInboxStep, body_label);
  gtk_widget_class_bind_template_child (widget_class, JsInboxStep, options_box);
  gtk_widget_class_bind_template_callback (widget_class, letter_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, back_clicked_cb);
}

static void
js_inbox_step_init (JsInboxStep *self)
{
  self->letters = g_ptr_array_new_with_free_func (g_free);
  self->opened = g_ptr_array_new_with_free_func (g_free);
  self->option_buttons = g_ptr_array_new ();
  self->why_labels = g_ptr_array_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  _js_step_list_opens_on_enter (self->letters_list);
  update_panes (self);
}

/**
 * js_inbox_step_new:
 * @step: a <step kind="inbox"> node; it must outlive the widget
 *
 * Returns: (transfer floating): the practice inbox
 */
GtkWidget *
js_inbox_step_new (JsExNode *step)
{
  JsInboxStep *self;

  g_return_val_if_fail (step != NULL, NULL);

  self = g_object_new (JS_TYPE_INBOX_STEP, NULL);
  self->step = step;
  build (self);

  return GTK_WIDGET (self);
}
