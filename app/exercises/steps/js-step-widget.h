/* js-step-widget.h: what every exercise step's widget does
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One widget class per step kind (app/js-<kind>-step.c). The exercise view
 * builds it with js_step_widget_new(), listens to ::changed, asks for the
 * citizen's JsAnswer when they press Check, and hands back the JsCheck so
 * the widget can mark what was wrong. Every pointer task has a keyboard way
 * and every control an accessible name.
 */

#pragma once

#include <gtk/gtk.h>

#include "js-exercise.h"

G_BEGIN_DECLS

#define JS_TYPE_STEP_WIDGET (js_step_widget_get_type ())
G_DECLARE_INTERFACE (JsStepWidget, js_step_widget, JS, STEP_WIDGET, GtkWidget)

struct _JsStepWidgetInterface
{
  GTypeInterface parent_iface;

  /* What the citizen has done so far; a new JsAnswer (keys: data/exercises/README.md). */
  JsAnswer *(*get_answer) (JsStepWidget *self);
  /* Mark what the check found; @check->problems name option, field or item ids. */
  void      (*show_check) (JsStepWidget *self,
                           JsCheck      *check);
};

GtkWidget *js_step_widget_new         (JsExNode     *step);
JsAnswer  *js_step_widget_get_answer  (JsStepWidget *self);
void       js_step_widget_show_check  (JsStepWidget *self,
                                       JsCheck      *check);
void       js_step_widget_changed     (JsStepWidget *self);

G_END_DECLS
