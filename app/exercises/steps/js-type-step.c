/* js-type-step.c: type a text exactly, or copy and paste it
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * In type mode the text is shown large, to be typed into the field below.
 * In copy mode it is shown in a read-only field, where Tab selects it all,
 * ready for Ctrl+C, and the answer says whether the text arrived by paste:
 * typing inserts one character at a time, while Ctrl+V, the Paste menu
 * item, the middle mouse button and dropped text insert many at once.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "js-step-widget.h"
#include "js-type-step.h"

struct _JsTypeStep {
  GtkWidget   parent_instance;

  const char *text;
  gboolean    copy;
  gboolean    pasted;
  GtkWidget  *box;
  GtkWidget  *entry;
  GtkLabel   *progress;
};

static void js_type_step_widget_init (JsStepWidgetInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (JsTypeStep, js_type_step, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (JS_TYPE_STEP_WIDGET,
                                                      js_type_step_widget_init))

static GtkWidget *
heading (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "heading");
  return label;
}

/* The first character typed that differs from the text, counted from 1;
 * 0 while what is typed so far is the start of the text. */
static guint
first_difference (const char *typed,
                  const char *expected)
{
  guint position = 1;

  for (; *typed != '\0'; typed = g_utf8_next_char (typed), position++)
    {
      if (*expected == '\0' || g_utf8_get_char (typed) != g_utf8_get_char (expected))
        return position;
      expected = g_utf8_next_char (expected);
    }
  return 0;
}

static void
text_changed_cb (JsTypeStep *self)
{
  const char *typed = gtk_editable_get_text (GTK_EDITABLE (self->entry));
  guint position = first_difference (typed, self->text);
  g_autofree char *hint = NULL;

  if (*typed == '\0')
    self->pasted = FALSE;

  /* A quiet word while typing: no sound, no colour, only where it differs. */
  if (position > 0)
    /* Translators: shown while typing, when the typed text differs from the example */
    hint = g_strdup_printf (_("Letter %u is different from the text above."), position);
  gtk_label_set_label (self->progress, hint != NULL ? hint : "");
  gtk_widget_set_visible (GTK_WIDGET (self->progress), hint != NULL);

  js_step_widget_changed (JS_STEP_WIDGET (self));
}

static void
text_inserted_cb (GtkEditable *editable,
                  const char  *text,
                  int          length,
                  int         *position,
                  JsTypeStep  *self)
{
  if (g_utf8_strlen (text, length) > 1)
    self->pasted = TRUE;
}

static void
entry_activated_cb (JsTypeStep *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "exercise.check", NULL);
}

static void
build (JsTypeStep *self)
{
  GtkWidget *shown;
  GtkWidget *entry_heading;

  if (self->copy)
    {
      /* Read-only, but it can take the focus and be selected and copied. */
      shown = gtk_entry_new ();
      gtk_editable_set_text (GTK_EDITABLE (shown), self->text);
      gtk_editable_set_editable (GTK_EDITABLE (shown), FALSE);
      gtk_accessible_update_property (GTK_ACCESSIBLE (shown), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Text to copy"), -1);
      gtk_box_append (GTK_BOX (self->box), heading (_("Copy this text:")));
    }
  else
    {
      shown = gtk_label_new (self->text);
      gtk_label_set_wrap (GTK_LABEL (shown), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (shown), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_xalign (GTK_LABEL (shown), 0);
      gtk_box_append (GTK_BOX (self->box), heading (_("Type this text:")));
    }
  gtk_widget_add_css_class (shown, "exercise-type-text");
  gtk_box_append (GTK_BOX (self->box), shown);

  entry_heading = heading (self->copy ? _("Paste it here:") : _("Type it here:"));
  gtk_widget_set_margin_top (entry_heading, 12);
  gtk_box_append (GTK_BOX (self->box), entry_heading);

  self->entry = gtk_entry_new ();
  gtk_widget_add_css_class (self->entry, "exercise-type-entry");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  self->copy ? _("Paste the text here")
                                             : _("Type the text here"), -1);
  gtk_entry_set_input_hints (GTK_ENTRY (self->entry),
                             GTK_INPUT_HINT_NO_SPELLCHECK | GTK_INPUT_HINT_NO_EMOJI);
  g_signal_connect_object (self->entry, "changed", G_CALLBACK (text_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->entry, "activate", G_CALLBACK (entry_activated_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (gtk_editable_get_delegate (GTK_EDITABLE (self->entry)), "insert-text",
                           G_CALLBACK (text_inserted_cb), self, 0);
  gtk_box_append (GTK_BOX (self->box), self->entry);

  self->progress = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->progress, TRUE);
  gtk_label_set_xalign (self->progress, 0);
  gtk_widget_add_css_class (GTK_WIDGET (self->progress), "dim-label");
  gtk_widget_set_visible (GTK_WIDGET (self->progress), FALSE);
  gtk_box_append (GTK_BOX (self->box), GTK_WIDGET (self->progress));
}

static JsAnswer *
js_type_step_get_answer (JsStepWidget *widget)
{
  JsTypeStep *self = JS_TYPE_STEP (widget);
  JsAnswer *answer = js_answer_new ();

  js_answer_set (answer, "text", gtk_editable_get_text (GTK_EDITABLE (self->entry)));
  js_answer_set (answer, "pasted", self->pasted ? "yes" : "no");
  return answer;
}

/* The verdict is shown once, by the exercise view; here the field is
 * marked, and says it again to a screen reader on the way back to it. */
static void
js_type_step_show_check (JsStepWidget *widget,
                         JsCheck      *check)
{
  JsTypeStep *self = JS_TYPE_STEP (widget);

  if (check->correct)
    {
      gtk_widget_remove_css_class (self->entry, "error");
      gtk_accessible_reset_state (GTK_ACCESSIBLE (self->entry), GTK_ACCESSIBLE_STATE_INVALID);
      gtk_accessible_reset_property (GTK_ACCESSIBLE (self->entry),
                                     GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
      return;
    }

  gtk_widget_add_css_class (self->entry, "error");
  gtk_accessible_update_state (GTK_ACCESSIBLE (self->entry), GTK_ACCESSIBLE_STATE_INVALID,
                               GTK_ACCESSIBLE_INVALID_TRUE, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->entry),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, check->message, -1);
}

static void
js_type_step_widget_init (JsStepWidgetInterface *iface)
{
  iface->get_answer = js_type_step_get_answer;
  iface->show_check = js_type_step_show_check;
}

static void
js_type_step_dispose (GObject *object)
{
  JsTypeStep *self = JS_TYPE_STEP (object);

  g_clear_pointer (&self->box, gtk_widget_unparent);

  G_OBJECT_CLASS (js_type_step_parent_class)->dispose (object);
}

static void
js_type_step_class_init (JsTypeStepClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = js_type_step_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
js_type_step_init (JsTypeStep *self)
{
  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));
}

/**
 * js_type_step_new:
 * @step: a <step kind="type">; it must outlive the widget
 *
 * Returns: (transfer floating): the step's widget
 */
GtkWidget *
js_type_step_new (JsExNode *step)
{
  JsTypeStep *self;

  g_return_val_if_fail (step != NULL, NULL);

  self = g_object_new (JS_TYPE_TYPE_STEP, NULL);
  self->text = js_ex_node_child_text (step, "text");
  if (self->text == NULL)
    self->text = "";
  self->copy = g_strcmp0 (js_ex_node_get_attr (step, "mode"), "copy") == 0;
  build (self);
  return GTK_WIDGET (self);
}
