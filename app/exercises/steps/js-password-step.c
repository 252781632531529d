/* js-password-step.c: make a strong password, with live feedback (step kind "password")
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A password field with a peek button, a strength meter (0 to 4, spoken
 * as a word) and the rules of a strong password, each ticked off as soon
 * as the password meets it. The rules and the strength come from the
 * exercises library (js-exercise-password.c), so the meter and the Check
 * button never disagree. The password is never stored.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "js-password-step.h"
#include "js-step-util.h"
#include "js-step-widget.h"

enum {
  RULE_LENGTH,
  RULE_MIX,
  RULE_WELL_KNOWN,
  RULE_AVOID,
  N_RULES
};

/* The problem ids of the rules in a password step's check. */
static const char * const rule_ids[N_RULES] = { "length", "mix", "well-known", "avoid" };

static const char * const strength_names[] = {
  N_("No password yet"),
  N_("Weak"),
  N_("Fair"),
  N_("Good"),
  N_("Strong"),
};

typedef struct {
  GtkImage *icon;
  GtkLabel *text;
  GtkLabel *detail;  /* what exactly is wrong: the word to leave out */
} Rule;

struct _JsPasswordStep {
  GtkWidget         parent_instance;

  JsExNode         *step;
  Rule              rules[N_RULES];

  GtkPasswordEntry *entry;
  GtkLabel         *strength_label;
  GtkLevelBar      *level_bar;
  GtkBox           *rules_box;
};

static void js_password_step_step_widget_init (JsStepWidgetInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (JsPasswordStep, js_password_step, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (JS_TYPE_STEP_WIDGET,
                                                      js_password_step_step_widget_init))

static char *
rule_text (JsPasswordStep *self,
           guint           rule)
{
  g_autoptr(GPtrArray) avoid = NULL;
  g_autoptr(GString) words = NULL;

  switch (rule)
    {
    case RULE_LENGTH:
      return g_strdup_printf (ngettext ("At least %d character", "At least %d characters",
                                        JS_PASSWORD_MIN_LENGTH), JS_PASSWORD_MIN_LENGTH);
    case RULE_MIX:
      return g_strdup_printf (ngettext ("Letters and a digit or a symbol, "
                                        "or at least %d character",
                                        "Letters and a digit or a symbol, "
                                        "or at least %d characters",
                                        JS_PASSWORD_LONG_ENOUGH), JS_PASSWORD_LONG_ENOUGH);
    case RULE_WELL_KNOWN:
      return g_strdup (_("Not a well-known password, such as Password1 or 123456"));
    case RULE_AVOID:
    default:
      avoid = js_ex_node_get_children (self->step, "avoid");
      if (avoid->len == 0)
        return g_strdup (_("No names, years or places others know about you"));
      words = g_string_new (NULL);
      for (guint i = 0; i < avoid->len; i++)
        {
          if (i > 0)
            /* Translators: between the words of a list, as in "Mette, 1988, Bamse". */
            g_string_append (words, C_("list separator", ", "));
          g_string_append (words, js_ex_node_get_text (g_ptr_array_index (avoid, i)));
        }
      /* Translators: a password rule; %s lists words from the exercise's story. */
      return g_strdup_printf (_("None of these words: %s"), words->str);
    }
}

/* The rule's text beside its icon, the detail under both: nothing that
 * wraps sits in a box beside the icon (see js-form-step.c, add_field). */
static void
add_rule (JsPasswordStep *self,
          guint           rule)
{
  g_autofree char *text = rule_text (self, rule);
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  Rule *r = &self->rules[rule];

  r->icon = GTK_IMAGE (gtk_image_new ());
  gtk_widget_set_valign (GTK_WIDGET (r->icon), GTK_ALIGN_START);
  r->text = _js_step_label_new (text);
  r->detail = _js_step_label_new (NULL);
  gtk_widget_add_css_class (GTK_WIDGET (r->detail), "dim-label");
  gtk_widget_set_margin_start (GTK_WIDGET (r->detail), 16 + 12);
  gtk_widget_set_visible (GTK_WIDGET (r->detail), FALSE);

  gtk_box_append (GTK_BOX (row), GTK_WIDGET (r->icon));
  gtk_box_append (GTK_BOX (row), GTK_WIDGET (r->text));
  gtk_box_append (self->rules_box, row);
  gtk_box_append (self->rules_box, GTK_WIDGET (r->detail));
}

static void
show_rule (Rule       *rule,
           gboolean    met,
           const char *detail)
{
  gtk_image_set_from_icon_name (rule->icon, met ? "emblem-ok-symbolic" : "window-close-symbolic");
  gtk_accessible_update_property (GTK_ACCESSIBLE (rule->icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  met ? _("Done") : _("Not yet"), -1);
  if (met)
    {
      gtk_widget_add_css_class (GTK_WIDGET (rule->icon), "success");
      gtk_widget_remove_css_class (GTK_WIDGET (rule->icon), "dim-label");
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (rule->icon), "success");
      gtk_widget_add_css_class (GTK_WIDGET (rule->icon), "dim-label");
    }
  gtk_widget_remove_css_class (GTK_WIDGET (rule->text), "error");
  _js_label_set_or_hide (rule->detail, detail);
}

static JsCheck *
check_password (JsPasswordStep *self)
{
  g_autoptr(JsAnswer) answer = js_answer_new ();

  js_answer_set (answer, "password", gtk_editable_get_text (GTK_EDITABLE (self->entry)));
  return js_exercise_check_step (self->step, answer);
}

static void
update_feedback (JsPasswordStep *self)
{
  const char *password = gtk_editable_get_text (GTK_EDITABLE (self->entry));
  g_autoptr(JsCheck) check = check_password (self);
  guint strength = MIN (js_password_strength (password, self->step, NULL), 4);
  g_autofree char *strength_text = NULL;

  for (guint i = 0; i < N_RULES; i++)
    {
      const char *problem = _js_check_problem_for (check, rule_ids[i]);
      gboolean with_detail = i == RULE_WELL_KNOWN || i == RULE_AVOID;

      show_rule (&self->rules[i], *password != '\0' && problem == NULL,
                 with_detail ? problem : NULL);
    }

  /* Translators: %s is how strong the password is: Weak, Fair, Good, Strong. */
  strength_text = g_strdup_printf (_("Strength: %s"), _(strength_names[strength]));
  gtk_label_set_label (self->strength_label, strength_text);
  gtk_level_bar_set_value (self->level_bar, strength);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->level_bar),
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_TEXT, strength_text, -1);
}

static void
password_changed_cb (JsPasswordStep *self)
{
  _js_step_mark_problem (GTK_WIDGET (self->entry), NULL, NULL, NULL);
  update_feedback (self);
  js_step_widget_changed (JS_STEP_WIDGET (self));
}

static JsAnswer *
js_password_step_get_answer (JsStepWidget *widget)
{
  JsPasswordStep *self = JS_PASSWORD_STEP (widget);
  JsAnswer *answer = js_answer_new ();

  js_answer_set (answer, "password", gtk_editable_get_text (GTK_EDITABLE (self->entry)));

  return answer;
}

static void
js_password_step_show_check (JsStepWidget *widget,
                             JsCheck      *check)
{
  JsPasswordStep *self = JS_PASSWORD_STEP (widget);

  for (guint i = 0; i < N_RULES; i++)
    {
      if (_js_check_problem_for (check, rule_ids[i]) != NULL)
        gtk_widget_add_css_class (GTK_WIDGET (self->rules[i].text), "error");
    }
  _js_step_mark_problem (GTK_WIDGET (self->entry), NULL, NULL,
                         check->correct ? NULL : check->message);
}

static void
js_password_step_step_widget_init (JsStepWidgetInterface *iface)
{
  iface->get_answer = js_password_step_get_answer;
  iface->show_check = js_password_step_show_check;
}

static void
js_password_step_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), JS_TYPE_PASSWORD_STEP);

  G_OBJECT_CLASS (js_password_step_parent_class)->dispose (object);
}

static void
js_password_step_class_init (JsPasswordStepClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = js_password_step_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/js-password-step.ui");
  gtk_widget_class_bind_template_child (widget_class, JsPasswordStep, entry);
  gtk_widget_class_bind_template_child (widget_class, JsPasswordStep, strength_label);
  gtk_widget_class_bind_template_child (widget_class, JsPasswordStep, level_bar);
  gtk_widget_class_bind_template_child (widget_class, JsPasswordStep, rules_box);
  gtk_widget_class_bind_template_callback (widget_class, password_changed_cb);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
js_password_step_init (JsPasswordStep *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  /* The meter's colours: a warning up to fair, plain for good, green when strong. */
  gtk_level_bar_remove_offset_value (self->level_bar, GTK_LEVEL_BAR_OFFSET_LOW);
  gtk_level_bar_remove_offset_value (self->level_bar, GTK_LEVEL_BAR_OFFSET_HIGH);
  gtk_level_bar_remove_offset_value (self->level_bar, GTK_LEVEL_BAR_OFFSET_FULL);
  gtk_level_bar_add_offset_value (self->level_bar, GTK_LEVEL_BAR_OFFSET_LOW, 2);
  gtk_level_bar_add_offset_value (self->level_bar, GTK_LEVEL_BAR_OFFSET_HIGH, 3);
  gtk_level_bar_add_offset_value (self->level_bar, GTK_LEVEL_BAR_OFFSET_FULL, 4);
}

/**
 * js_password_step_new:
 * @step: a <step kind="password"> node; it must outlive the widget
 *
 * Returns: (transfer floating): the practice password form
 */
GtkWidget *
js_password_step_new (JsExNode *step)
{
  JsPasswordStep *self;

  g_return_val_if_fail (step != NULL, NULL);

  self = g_object_new (JS_TYPE_PASSWORD_STEP, NULL);
  self->step = step;
  for (guint i = 0; i < N_RULES; i++)
    add_rule (self, i);
  update_feedback (self);

  return GTK_WIDGET (self);
}
