/* js-choice-step.c: a step where the citizen picks the right answer(s)
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Options are check boxes when more than one may be right, and radio
 * buttons when one is. In the message style each option is a card with the
 * sender, the subject and the text of an e-mail or text message; in the
 * address style the web address is shown in a fixed-width font, so look-alike
 * letters stand apart. After a check, the reason (<why>) is shown under the
 * options it is about.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "js-choice-step.h"
#include "js-step-util.h"
#include "js-step-widget.h"

typedef struct {
  JsExNode   *node;
  GtkWidget  *button;  /* GtkCheckButton */
  GtkWidget  *why;     /* GtkLabel */
  const char *body;    /* a message's text, or NULL */
} Option;

struct _JsChoiceStep {
  GtkWidget  parent_instance;

  GtkWidget *box;
  GArray    *options;  /* Option */
};

static void js_choice_step_widget_init (JsStepWidgetInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (JsChoiceStep, js_choice_step, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (JS_TYPE_STEP_WIDGET,
                                                      js_choice_step_widget_init))

static GtkWidget *
wrapping_label (const char *text,
                const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_hexpand (label, TRUE);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

/* An e-mail or text message: who it is from, its subject and its text. */
static GtkWidget *
message_content (JsExNode   *option,
                 GtkWidget  *button)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  const char *from = js_ex_node_child_text (option, "from");
  const char *subject = js_ex_node_child_text (option, "label");
  const char *body = js_ex_node_child_text (option, "body");
  g_autofree char *from_line = NULL;
  g_autofree char *name = NULL;

  if (from != NULL)
    {
      /* Translators: the sender of a practice e-mail, e.g. "From: Jobcenter København" */
      from_line = g_strdup_printf (_("From: %s"), from);
      gtk_box_append (GTK_BOX (box), wrapping_label (from_line, "dim-label"));
    }
  gtk_box_append (GTK_BOX (box), wrapping_label (subject, "heading"));
  if (body != NULL)
    gtk_box_append (GTK_BOX (box), wrapping_label (body, NULL));

  /* Translators: a practice message read out, e.g. "Your meeting, From: Jobcenter" */
  name = from_line != NULL ? g_strdup_printf (_("%s, %s"), subject, from_line)
                           : g_strdup (subject);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  -1);
  return box;
}

/* What a screen reader says after the option's name: the reason, then a
 * message's text. */
static void
set_description (Option     *option,
                 const char *why)
{
  g_autofree char *text = g_strjoin (" ", why != NULL ? why : "",
                                     option->body != NULL ? option->body : "", NULL);

  gtk_accessible_update_property (GTK_ACCESSIBLE (option->button),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, g_strstrip (text), -1);
}

static void
option_toggled_cb (JsChoiceStep *self)
{
  js_step_widget_changed (JS_STEP_WIDGET (self));
}

/* Enter on an option checks the answer (the check button would take it
 * for itself otherwise). */
static void
check_on_enter (GtkWidget *button)
{
  GtkEventController *keys = gtk_shortcut_controller_new ();
  GtkShortcutAction *check = gtk_named_action_new ("exercise.check");

  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  gtk_shortcut_controller_add_shortcut (
    GTK_SHORTCUT_CONTROLLER (keys),
    gtk_shortcut_new (gtk_alternative_trigger_new (gtk_keyval_trigger_new (GDK_KEY_Return, 0),
                                                   gtk_keyval_trigger_new (GDK_KEY_KP_Enter, 0)),
                      check));
  gtk_widget_add_controller (button, keys);
}

static void
add_option (JsChoiceStep *self,
            JsExNode     *node,
            const char   *style,
            GtkWidget   **group)
{
  const char *label = js_ex_node_child_text (node, "label");
  GtkWidget *holder = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  Option option = { node };

  /* Grouped check buttons look like radio buttons: say so. */
  option.button = g_object_new (GTK_TYPE_CHECK_BUTTON,
                                "accessible-role", group != NULL ? GTK_ACCESSIBLE_ROLE_RADIO
                                                                 : GTK_ACCESSIBLE_ROLE_CHECKBOX,
                                NULL);
  if (g_strcmp0 (style, "message") == 0)
    {
      gtk_check_button_set_child (GTK_CHECK_BUTTON (option.button),
                                  message_content (node, option.button));
      gtk_widget_add_css_class (holder, "card");
      gtk_widget_add_css_class (holder, "exercise-message");
      option.body = js_ex_node_child_text (node, "body");
    }
  else
    {
      gtk_check_button_set_child (GTK_CHECK_BUTTON (option.button),
                                  wrapping_label (label, g_strcmp0 (style, "address") == 0
                                                           ? "monospace" : NULL));
      gtk_accessible_update_property (GTK_ACCESSIBLE (option.button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
    }
  gtk_widget_add_css_class (option.button, "exercise-option");
  check_on_enter (option.button);

  if (group != NULL)
    {
      if (*group != NULL)
        gtk_check_button_set_group (GTK_CHECK_BUTTON (option.button),
                                    GTK_CHECK_BUTTON (*group));
      else
        *group = option.button;
    }
  g_signal_connect_object (option.button, "toggled", G_CALLBACK (option_toggled_cb), self,
                           G_CONNECT_SWAPPED);

  /* Under the option's text, past its check box. */
  option.why = wrapping_label (NULL, NULL);
  gtk_widget_set_margin_start (option.why, 32);
  gtk_widget_set_visible (option.why, FALSE);

  gtk_box_append (GTK_BOX (holder), option.button);
  gtk_box_append (GTK_BOX (holder), option.why);
  gtk_box_append (GTK_BOX (self->box), holder);
  g_array_append_val (self->options, option);
  set_description (&option, NULL);
}

static JsAnswer *
js_choice_step_get_answer (JsStepWidget *widget)
{
  JsChoiceStep *self = JS_CHOICE_STEP (widget);
  JsAnswer *answer = js_answer_new ();
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();
  g_autofree char *selected = NULL;

  for (guint i = 0; i < self->options->len; i++)
    {
      Option *option = &g_array_index (self->options, Option, i);

      if (gtk_check_button_get_active (GTK_CHECK_BUTTON (option->button)))
        g_ptr_array_add (ids, (gpointer) js_ex_node_get_attr (option->node, "id"));
    }

  selected = _js_step_join_ids (ids);
  js_answer_set (answer, "selected", selected);
  return answer;
}

static void
js_choice_step_show_check (JsStepWidget *widget,
                           JsCheck      *check)
{
  JsChoiceStep *self = JS_CHOICE_STEP (widget);

  for (guint i = 0; i < self->options->len; i++)
    {
      Option *option = &g_array_index (self->options, Option, i);
      /* Once right, every option's reason; before, those picked wrongly. */
      const char *why = check->correct
                          ? js_ex_node_child_text (option->node, "why")
                          : _js_check_problem_for (check, js_ex_node_get_attr (option->node, "id"));

      gtk_label_set_label (GTK_LABEL (option->why), why != NULL ? why : "");
      gtk_widget_set_visible (option->why, why != NULL);
      gtk_widget_remove_css_class (option->why, "error");
      if (why != NULL && !check->correct)
        gtk_widget_add_css_class (option->why, "error");
      set_description (option, why);
    }
}

static void
js_choice_step_widget_init (JsStepWidgetInterface *iface)
{
  iface->get_answer = js_choice_step_get_answer;
  iface->show_check = js_choice_step_show_check;
}

static void
js_choice_step_dispose (GObject *object)
{
  JsChoiceStep *self = JS_CHOICE_STEP (object);

  g_clear_pointer (&self->box, gtk_widget_unparent);
  g_clear_pointer (&self->options, g_array_unref);

  G_OBJECT_CLASS (js_choice_step_parent_class)->dispose (object);
}

static void
js_choice_step_class_init (JsChoiceStepClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = js_choice_step_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
js_choice_step_init (JsChoiceStep *self)
{
  self->options = g_array_new (FALSE, TRUE, sizeof (Option));
}

/**
 * js_choice_step_new:
 * @step: a <step kind="choice">; it must outlive the widget
 *
 * Returns: (transfer floating): the step's widget
 */
GtkWidget *
js_choice_step_new (JsExNode *step)
{
  g_autoptr(GPtrArray) options = NULL;
  JsChoiceStep *self;
  GtkWidget *group = NULL;
  const char *style;
  gboolean multiple;

  g_return_val_if_fail (step != NULL, NULL);

  self = g_object_new (JS_TYPE_CHOICE_STEP, NULL);
  style = js_ex_node_get_attr (step, "style");
  multiple = g_strcmp0 (js_ex_node_get_attr (step, "multiple"), "yes") == 0;

  self->box = g_object_new (GTK_TYPE_BOX,
                            "orientation", GTK_ORIENTATION_VERTICAL,
                            "spacing", 12,
                            "accessible-role", multiple ? GTK_ACCESSIBLE_ROLE_GROUP
                                                        : GTK_ACCESSIBLE_ROLE_RADIO_GROUP,
                            NULL);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->box), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  multiple ? _("Choose all the right answers")
                                           : _("Choose one answer"), -1);

  options = js_ex_node_get_children (step, "option");
  for (guint i = 0; i < options->len; i++)
    add_option (self, options->pdata[i], style, multiple ? NULL : &group);

  return GTK_WIDGET (self);
}
