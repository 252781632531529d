/* js-exercise-view.c: one exercise, step by step
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs a JsAttempt: each step's situation and task, its step widget, Check
 * with feedback and, after a wrong try, the next hint. There is no time
 * limit and the citizen may check as often as they like. The attempt is
 * saved when the exercise is finished, and also when the citizen leaves or
 * starts again after checking at least once, as not finished.
 *
 * GTK 4.8 cannot make a screen reader speak on its own, so the feedback is
 * a label with the status role and also the description of the button the
 * focus is on; after a right answer the focus moves to "Next step".
 */

#include "config.h"

#include <glib/gi18n.h>

#include "js-exercise-view.h"
#include "js-step-util.h"
#include "js-step-widget.h"
#include "js-store-exercises.h"
#include "js-toaster.h"

struct _JsExerciseView {
  GtkWidget          parent_instance;

  JsExercise        *exercise;  /* owned by the exercises page */
  JsStore           *store;
  JsAttempt         *attempt;
  GtkWidget         *step_widget;
  gboolean           right;     /* the step shown was checked right */
  gboolean           recorded;  /* the attempt is saved */
  guint              scroll_tick;

  GtkLabel          *title_label;
  GtkStack          *stack;
  GtkScrolledWindow *scroller;
  GtkWidget         *clamp;
  GtkLabel          *step_label;
  GtkLabel          *scenario_label;
  GtkLabel          *instruction_label;
  GtkBox            *step_box;
  GtkWidget         *feedback_box;
  GtkImage          *feedback_icon;
  GtkLabel          *feedback_label;
  GtkLabel          *hint_label;
  GtkButton         *primary_button;
  AdwStatusPage     *result_page;
  GtkLabel          *result_explanation;
  GtkWidget         *result_back_button;
};

G_DEFINE_FINAL_TYPE (JsExerciseView, js_exercise_view, GTK_TYPE_WIDGET)

enum {
  CLOSED,
  RECORDED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static JsExNode *
current_step (JsExerciseView *self)
{
  return self->exercise->steps->pdata[js_attempt_get_step (self->attempt)];
}

static gboolean
is_last_step (JsExerciseView *self)
{
  return js_attempt_get_step (self->attempt) + 1 >= self->exercise->steps->len;
}

static void
set_primary (JsExerciseView *self,
             const char     *label,
             const char     *description)
{
  gtk_button_set_label (self->primary_button, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->primary_button),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  description != NULL ? description : "", -1);
}

static void
add_toast (JsExerciseView *self,
           const char     *title)
{
  js_toast_show (GTK_WIDGET (self), adw_toast_new (title));
}

/* Writes the attempt to the store; FALSE when it could not. */
static gboolean
save_attempt (JsExerciseView *self,
              gboolean        completed)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  self->recorded = TRUE;
  if (self->store == NULL)
    return TRUE;

  if (!js_store_exercise_record_attempt (self->store, self->exercise->id,
                                         js_attempt_get_score (self->attempt), completed, now,
                                         &error))
    {
      g_warning ("Could not save the attempt at %s: %s", self->exercise->id, error->message);
      return FALSE;
    }
  return TRUE;
}

static void
record (JsExerciseView *self,
        gboolean        completed)
{
  if (save_attempt (self, completed))
    g_signal_emit (self, signals[RECORDED], 0);
  else
    add_toast (self, _("Your result could not be saved."));
}

/* Leaving or starting again after at least one check counts as an attempt
 * that was not finished. */
static gboolean
unfinished (JsExerciseView *self)
{
  return self->attempt != NULL && !self->recorded && js_attempt_was_answered (self->attempt);
}

static void
record_unfinished (JsExerciseView *self)
{
  if (unfinished (self))
    record (self, FALSE);
}

static void
step_changed_cb (JsExerciseView *self)
{
  if (!self->right)
    set_primary (self, _("Check"), NULL);
}

static void
show_step (JsExerciseView *self)
{
  JsExNode *step = current_step (self);
  g_autofree char *count = NULL;
  GtkWidget *widget;

  if (self->step_widget != NULL)
    gtk_box_remove (self->step_box, self->step_widget);

  /* Translators: where the citizen is in an exercise, e.g. "Step 1 of 3" */
  count = g_strdup_printf (_("Step %1$u of %2$u"), js_attempt_get_step (self->attempt) + 1,
                           self->exercise->steps->len);
  gtk_label_set_label (self->step_label, count);
  _js_label_set_or_hide (self->scenario_label, js_ex_node_child_text (step, "scenario"));
  _js_label_set_or_hide (self->instruction_label, js_ex_node_child_text (step, "instruction"));

  widget = js_step_widget_new (step);
  if (widget == NULL)
    widget = gtk_label_new (_("This step cannot be shown in this version of Jobspor."));
  else
    g_signal_connect_object (widget, "changed", G_CALLBACK (step_changed_cb), self,
                             G_CONNECT_SWAPPED);
  self->step_widget = widget;
  gtk_box_append (self->step_box, widget);

  self->right = FALSE;
  gtk_widget_set_visible (self->feedback_box, FALSE);
  set_primary (self, _("Check"), NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "exercise.check", TRUE);
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0);
  gtk_stack_set_visible_child_name (self->stack, "step");
}

static void
start (JsExerciseView *self)
{
  g_clear_pointer (&self->attempt, js_attempt_free);
  self->attempt = js_attempt_new (self->exercise);
  self->recorded = FALSE;
  show_step (self);
}

/* After the feedback has its size: bring it into view, the top first when
 * it is taller than the view. */
static gboolean
scroll_to_feedback_cb (GtkWidget     *widget,
                       GdkFrameClock *clock,
                       gpointer       user_data)
{
  JsExerciseView *self = JS_EXERCISE_VIEW (widget);
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (self->scroller);
  graphene_rect_t bounds;
  double value;
  double page;

  if (!gtk_widget_compute_bounds (self->feedback_box, self->clamp, &bounds) ||
      bounds.size.height <= 0)
    return G_SOURCE_CONTINUE;

  value = gtk_adjustment_get_value (adjustment);
  page = gtk_adjustment_get_page_size (adjustment);
  if (bounds.origin.y + bounds.size.height > value + page)
    value = bounds.origin.y + bounds.size.height - page;
  if (bounds.origin.y < value)
    value = bounds.origin.y;
  gtk_adjustment_set_value (adjustment, value);

  self->scroll_tick = 0;
  return G_SOURCE_REMOVE;
}

static void
show_feedback (JsExerciseView *self,
               JsCheck        *check)
{
  g_autofree char *hint = NULL;
  g_autofree char *spoken = NULL;
  const char *tip = check->correct ? NULL : js_attempt_get_hint (self->attempt);

  /* What was wrong about each option, item or field is shown next to it by
   * the step widget; here the verdict and, after a wrong try, a hint. */
  if (tip != NULL)
    /* Translators: a hint shown after a wrong try */
    hint = g_strdup_printf (_("Tip: %s"), tip);

  gtk_label_set_label (self->feedback_label, check->message);
  _js_label_set_or_hide (self->hint_label, hint);
  gtk_image_set_from_icon_name (self->feedback_icon, check->correct ? "emblem-ok-symbolic"
                                                                    : "dialog-information-symbolic");
  gtk_widget_remove_css_class (self->feedback_box, check->correct ? "wrong" : "right");
  gtk_widget_add_css_class (self->feedback_box, check->correct ? "right" : "wrong");
  gtk_widget_set_visible (self->feedback_box, TRUE);

  spoken = hint != NULL ? g_strjoin (" ", check->message, hint, NULL) : g_strdup (check->message);
  if (check->correct)
    set_primary (self, is_last_step (self) ? _("Finish") : _("Next step"), spoken);
  else
    set_primary (self, _("Check again"), spoken);

  if (self->scroll_tick == 0)
    self->scroll_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self), scroll_to_feedback_cb,
                                                      NULL, NULL);
}

static void
check_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  JsExerciseView *self = JS_EXERCISE_VIEW (widget);
  g_autoptr(JsAnswer) answer = NULL;
  g_autoptr(JsCheck) check = NULL;

  if (self->right || !JS_IS_STEP_WIDGET (self->step_widget))
    return;

  answer = js_step_widget_get_answer (JS_STEP_WIDGET (self->step_widget));
  check = js_attempt_check (self->attempt, answer);
  js_step_widget_show_check (JS_STEP_WIDGET (self->step_widget), check);
  show_feedback (self, check);

  if (check->correct)
    {
      self->right = TRUE;
      gtk_widget_action_set_enabled (widget, "exercise.check", FALSE);
      gtk_widget_grab_focus (GTK_WIDGET (self->primary_button));
    }
}

static void
finish (JsExerciseView *self)
{
  guint score = js_attempt_get_score (self->attempt);
  g_autofree char *result = NULL;

  record (self, TRUE);

  /* Translators: the score of a finished exercise, e.g. "Your result: 75 %" */
  result = g_strdup_printf (_("Your result: %u %%"), score);
  adw_status_page_set_title (self->result_page, _("You finished the exercise"));
  adw_status_page_set_description (self->result_page, result);
  gtk_label_set_label (self->result_explanation,
                       score == 100
                         ? _("Every step was right at the first try.")
                         : _("A step right at the first try counts 100 %, at the second try "
                             "50 %, and later 25 %. You can try again as often as you "
                             "like."));
  gtk_stack_set_visible_child_name (self->stack, "result");
  gtk_widget_grab_focus (self->result_back_button);
}

static void
primary_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  JsExerciseView *self = JS_EXERCISE_VIEW (widget);

  if (!self->right)
    {
      check_action (widget, action_name, parameter);
      return;
    }

  if (!js_attempt_next_step (self->attempt))
    {
      finish (self);
      return;
    }

  show_step (self);
  gtk_widget_child_focus (GTK_WIDGET (self->step_box), GTK_DIR_TAB_FORWARD);
}

static void
restart_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  JsExerciseView *self = JS_EXERCISE_VIEW (widget);

  record_unfinished (self);
  start (self);
  gtk_widget_child_focus (GTK_WIDGET (self->step_box), GTK_DIR_TAB_FORWARD);
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  JsExerciseView *self = JS_EXERCISE_VIEW (widget);

  record_unfinished (self);
  g_signal_emit (self, signals[CLOSED], 0);
}

static void
js_exercise_view_dispose (GObject *object)
{
  JsExerciseView *self = JS_EXERCISE_VIEW (object);
  GtkWidget *child;

  /* Closed some other way (the language changed, the app quit): the
   * widgets around may be gone already, so only the store hears of it. */
  if (unfinished (self))
    save_attempt (self, FALSE);

  if (self->scroll_tick != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->scroll_tick);
  self->scroll_tick = 0;
  gtk_widget_dispose_template (GTK_WIDGET (self), JS_TYPE_EXERCISE_VIEW);
  /* GTK 4.8 leaves a template's top widget in place when it has no id. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  self->step_widget = NULL;
  g_clear_pointer (&self->attempt, js_attempt_free);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (js_exercise_view_parent_class)->dispose (object);
}

static void
js_exercise_view_class_init (JsExerciseViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = js_exercise_view_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/js-exercise-view.ui");
#define CHILD(name) gtk_widget_class_bind_template_child (widget_class, JsExerciseView, name)
  CHILD (title_label);
  CHILD (stack);
  CHILD (scroller);
  CHILD (clamp);
  CHILD (step_label);
  CHILD (scenario_label);
  CHILD (instruction_label);
  CHILD (step_box);
  CHILD (feedback_box);
  CHILD (feedback_icon);
  CHILD (feedback_label);
  CHILD (hint_label);
  CHILD (primary_button);
  CHILD (result_page);
  CHILD (result_explanation);
  CHILD (result_back_button);
#undef CHILD

  /**
   * JsExerciseView::closed:
   *
   * The citizen went back to the list of exercises.
   */
  signals[CLOSED] = g_signal_new ("closed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                  NULL, NULL, NULL, G_TYPE_NONE, 0);

  /**
   * JsExerciseView::recorded:
   *
   * An attempt was saved: the progress shown elsewhere is out of date.
   */
  signals[RECORDED] = g_signal_new ("recorded", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                    NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_install_action (widget_class, "exercise.check", NULL, check_action);
  gtk_widget_class_install_action (widget_class, "exercise.primary", NULL, primary_action);
  gtk_widget_class_install_action (widget_class, "exercise.restart", NULL, restart_action);
  gtk_widget_class_install_action (widget_class, "exercise.back", NULL, back_action);

  /* Enter checks the answer, unless the focused control uses Enter itself. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, 0, "exercise.check", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, 0, "exercise.check",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "exercise.back",
                                       NULL);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
js_exercise_view_init (JsExerciseView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * js_exercise_view_new:
 * @exercise: the exercise to run; it must outlive the view
 * @store: (nullable): where attempts are saved
 *
 * Returns: (transfer floating): the view, at the exercise's first step
 */
GtkWidget *
js_exercise_view_new (JsExercise *exercise,
                      JsStore    *store)
{
  JsExerciseView *self;

  g_return_val_if_fail (exercise != NULL, NULL);
  g_return_val_if_fail (exercise->steps->len > 0, NULL);

  self = g_object_new (JS_TYPE_EXERCISE_VIEW, NULL);
  self->exercise = exercise;
  g_set_object (&self->store, store);
  gtk_label_set_label (self->title_label, js_exercise_get_title (exercise));
  start (self);
  return GTK_WIDGET (self);
}

JsExercise *
js_exercise_view_get_exercise (JsExerciseView *self)
{
  g_return_val_if_fail (JS_IS_EXERCISE_VIEW (self), NULL);

  return self->exercise;
}
