/* js-step-widget.c: what every exercise step's widget does
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "js-choice-step.h"
#include "js-files-step.h"
#include "js-form-step.h"
#include "js-inbox-step.h"
#include "js-jobboard-step.h"
#include "js-password-step.h"
#include "js-pointer-step.h"
#include "js-sort-step.h"
#include "js-step-widget.h"
#include "js-type-step.h"

G_DEFINE_INTERFACE (JsStepWidget, js_step_widget, GTK_TYPE_WIDGET)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
js_step_widget_default_init (JsStepWidgetInterface *iface)
{
  /**
   * JsStepWidget::changed:
   *
   * The citizen changed their answer (typed, picked, moved something).
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_INTERFACE (iface), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

/**
 * js_step_widget_new:
 * @step: a <step> node of a loaded exercise; it must outlive the widget
 *
 * Returns: (transfer floating): the widget for @step's kind
 */
GtkWidget *
js_step_widget_new (JsExNode *step)
{
  g_return_val_if_fail (step != NULL, NULL);

  switch (js_exercise_step_kind (step))
    {
    case JS_STEP_CHOICE:
      return js_choice_step_new (step);
    case JS_STEP_POINTER:
      return js_pointer_step_new (step);
    case JS_STEP_SORT:
      return js_sort_step_new (step);
    case JS_STEP_TYPE:
      return js_type_step_new (step);
    case JS_STEP_FORM:
      return js_form_step_new (step);
    case JS_STEP_PASSWORD:
      return js_password_step_new (step);
    case JS_STEP_INBOX:
      return js_inbox_step_new (step);
    case JS_STEP_FILES:
      return js_files_step_new (step);
    case JS_STEP_JOBBOARD:
      return js_jobboard_step_new (step);
    default:
      g_return_val_if_reached (NULL);
    }
}

JsAnswer *
js_step_widget_get_answer (JsStepWidget *self)
{
  g_return_val_if_fail (JS_IS_STEP_WIDGET (self), NULL);

  return JS_STEP_WIDGET_GET_IFACE (self)->get_answer (self);
}

void
js_step_widget_show_check (JsStepWidget *self,
                           JsCheck      *check)
{
  g_return_if_fail (JS_IS_STEP_WIDGET (self));
  g_return_if_fail (check != NULL);

  JS_STEP_WIDGET_GET_IFACE (self)->show_check (self, check);
}

void
js_step_widget_changed (JsStepWidget *self)
{
  g_return_if_fail (JS_IS_STEP_WIDGET (self));

  g_signal_emit (self, signals[CHANGED], 0);
}
