/* js-week-card.c: this week's applications against the plan's requirement
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * "2 of 3 applications sent this week", earlier weeks one step at a time,
 * a warning in the last days of a week that falls short, and one when 30
 * days have passed without entries. Until the plan arrives from the
 * jobcenter, the citizen sets the weekly requirement here.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "js-date-format.h"
#include "js-store-joblog.h"
#include "js-store-plan.h"
#include "js-a11y.h"
#include "js-week-card.h"
#include "js-week.h"

struct _JsWeekCard {
  GtkWidget      parent_instance;

  JsStore       *store;
  JsIsoWeek      week;
  gboolean       updating;

  GtkLabel      *week_label;
  GtkLabel      *progress_label;
  GtkLevelBar   *progress_bar;
  GtkLabel      *warning_label;
  GtkMenuButton *goal_button;
  GtkSpinButton *goal_spin;
  GtkLabel      *inactive_label;
};

G_DEFINE_FINAL_TYPE (JsWeekCard, js_week_card, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static char *
progress_text (guint            done,
               guint            goal,
               gboolean         current)
{
  if (goal == 0)
    return g_strdup_printf (current ? ngettext ("%u application sent this week",
                                                "%u applications sent this week", done)
                                    : ngettext ("%u application sent that week",
                                                "%u applications sent that week", done),
                            done);

  return g_strdup_printf (current ? ngettext ("%1$u of %2$u application sent this week",
                                              "%1$u of %2$u applications sent this week", goal)
                                  : ngettext ("%1$u of %2$u application sent that week",
                                              "%1$u of %2$u applications sent that week", goal),
                          done, goal);
}

static char *
warning_text (JsWeekState  state,
              guint        missing,
              const GDate *today)
{
  guint days = js_days_left_in_week (today);
  g_autofree char *need = NULL;
  g_autofree char *left = NULL;

  switch (state)
    {
    case JS_WEEK_FALLING_SHORT:
      need = g_strdup_printf (ngettext ("You still need to send %u application this week.",
                                        "You still need to send %u applications this week.",
                                        missing),
                              missing);
      left = g_strdup_printf (ngettext ("The week ends in %u day.", "The week ends in %u days.",
                                        days),
                              days);
      return g_strconcat (need, " ", left, NULL);

    case JS_WEEK_MISSED:
      return g_strdup_printf (ngettext ("That week was %u application short of your plan.",
                                        "That week was %u applications short of your plan.",
                                        missing),
                              missing);

    case JS_WEEK_ON_TRACK:
    case JS_WEEK_MET:
    default:
      return NULL;
    }
}

/**
 * js_week_card_refresh:
 *
 * Counts again, after the log changed.
 */
void
js_week_card_refresh (JsWeekCard *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *period = NULL;
  g_autofree char *heading = NULL;
  g_autofree char *progress = NULL;
  g_autofree char *warning = NULL;
  g_autofree char *goal_text = NULL;
  JsIsoWeek current;
  GDate monday;
  GDate sunday;
  GDate today;
  GDate last;
  gint64 done;
  guint goal;
  guint idle_days = 0;
  gboolean is_current;
  gboolean from_plan = FALSE;

  g_return_if_fail (JS_IS_WEEK_CARD (self));
  if (self->store == NULL)
    return;

  goal = js_store_weekly_requirement (self->store, &from_plan);
  js_today (&today);
  js_iso_week_of (&today, &current);
  is_current = js_iso_week_compare (&self->week, &current) == 0;

  js_iso_week_monday (&self->week, &monday);
  sunday = monday;
  g_date_add_days (&sunday, 6);

  done = js_store_joblog_count_applications (self->store, &monday, &sunday, &error);
  if (done < 0)
    {
      g_warning ("Could not count the week's applications: %s", error->message);
      done = 0;
    }

  period = js_format_period (&monday, &sunday);
  heading = g_strdup_printf (_("Week %1$u: %2$s"), self->week.week, period);
  gtk_label_set_label (self->week_label, heading);

  progress = progress_text (done, goal, is_current);
  gtk_label_set_label (self->progress_label, progress);
  gtk_widget_set_visible (GTK_WIDGET (self->progress_bar), goal > 0);
  gtk_level_bar_set_value (self->progress_bar, goal > 0 ? MIN (1.0, (double) done / goal) : 0);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->progress_bar),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, progress, -1);

  warning = goal > 0 ? warning_text (js_week_state (done, goal, &self->week, &today),
                                     goal - MIN ((guint) done, goal), &today)
                     : NULL;
  gtk_label_set_label (self->warning_label, warning != NULL ? warning : "");
  gtk_widget_set_visible (GTK_WIDGET (self->warning_label), warning != NULL);

  /* The plan's requirement is the jobcenter's: shown, not changed here. */
  if (from_plan)
    goal_text = g_strdup_printf (ngettext ("Your plan: %u application a week",
                                           "Your plan: %u applications a week", goal),
                                 goal);
  else
    goal_text = goal > 0 ? g_strdup_printf (ngettext ("Weekly goal: %u application",
                                                      "Weekly goal: %u applications", goal),
                                            goal)
                         : g_strdup (_("Set your weekly goal"));
  gtk_menu_button_set_label (self->goal_button, goal_text);
  js_a11y_wrap_labels (GTK_WIDGET (self->goal_button));
  gtk_widget_set_sensitive (GTK_WIDGET (self->goal_button), !from_plan);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->goal_button),
                               from_plan ? _("Set by the jobcenter in your plan")
                                         : _("How many applications you want to send each "
                                             "week"));
  self->updating = TRUE;
  gtk_spin_button_set_value (self->goal_spin, goal);
  self->updating = FALSE;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "week.next", !is_current);

  if (js_store_joblog_last_date (self->store, &last, NULL) &&
      js_inactive_too_long (&last, &today, &idle_days))
    {
      g_autofree char *text =
        g_strdup_printf (ngettext ("You have not added anything to your job log for %u day. "
                                   "The jobcenter is told when 30 days pass without entries.",
                                   "You have not added anything to your job log for %u days. "
                                   "The jobcenter is told when 30 days pass without entries.",
                                   idle_days),
                         idle_days);
      gtk_label_set_label (self->inactive_label, text);
      gtk_widget_set_visible (GTK_WIDGET (self->inactive_label), TRUE);
    }
  else
    gtk_widget_set_visible (GTK_WIDGET (self->inactive_label), FALSE);
}

static void
goal_changed_cb (JsWeekCard *self)
{
  g_autofree char *value = NULL;
  g_autoptr(GError) error = NULL;

  if (self->store == NULL || self->updating)
    return;

  value = g_strdup_printf ("%d", gtk_spin_button_get_value_as_int (self->goal_spin));
  if (!js_store_set_meta (self->store, JS_WEEKLY_GOAL_META, value, &error))
    g_warning ("Could not save the weekly goal: %s", error->message);
  js_week_card_refresh (self);
}

static void
week_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  JsWeekCard *self = JS_WEEK_CARD (widget);

  js_iso_week_add (&self->week, g_str_equal (action_name, "week.next") ? 1 : -1);
  js_week_card_refresh (self);
}

static void
js_week_card_dispose (GObject *object)
{
  JsWeekCard *self = JS_WEEK_CARD (object);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), JS_TYPE_WEEK_CARD);
  /* GTK 4.8 leaves a template's top widget in place when it has no id. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (js_week_card_parent_class)->dispose (object);
}

static void
js_week_card_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  JsWeekCard *self = JS_WEEK_CARD (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
js_week_card_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  JsWeekCard *self = JS_WEEK_CARD (object);

  switch (prop_id)
    {
    case PROP_STORE:
      js_week_card_set_store (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
js_week_card_class_init (JsWeekCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = js_week_card_dispose;
  object_class->get_property = js_week_card_get_property;
  object_class->set_property = js_week_card_set_property;

  /**
   * JsWeekCard:store:
   *
   * The profile whose week is shown, or %NULL.
   */
  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, JS_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/js-week-card.ui");
  gtk_widget_class_bind_template_child (widget_class, JsWeekCard, week_label);
  gtk_widget_class_bind_template_child (widget_class, JsWeekCard, progress_label);
  gtk_widget_class_bind_template_child (widget_class, JsWeekCard, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, JsWeekCard, warning_label);
  gtk_widget_class_bind_template_child (widget_class, JsWeekCard, goal_button);
  gtk_widget_class_bind_template_child (widget_class, JsWeekCard, goal_spin);
  gtk_widget_class_bind_template_child (widget_class, JsWeekCard, inactive_label);
  gtk_widget_class_bind_template_callback (widget_class, goal_changed_cb);

  gtk_widget_class_install_action (widget_class, "week.previous", NULL, week_action);
  gtk_widget_class_install_action (widget_class, "week.next", NULL, week_action);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
}

static void
js_week_card_init (JsWeekCard *self)
{
  GtkLayoutManager *layout;
  GDate today;

  gtk_widget_init_template (GTK_WIDGET (self));

  layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));
  gtk_orientable_set_orientation (GTK_ORIENTABLE (layout), GTK_ORIENTATION_VERTICAL);
  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (layout), 12);

  js_today (&today);
  js_iso_week_of (&today, &self->week);
}

/**
 * js_week_card_set_store:
 * @self: the card
 * @store: the profile's store
 *
 * Shows the current week of the log kept in @store.
 */
void
js_week_card_set_store (JsWeekCard *self,
                        JsStore    *store)
{
  GDate today;

  g_return_if_fail (JS_IS_WEEK_CARD (self));
  g_return_if_fail (store == NULL || JS_IS_STORE (store));

  if (!g_set_object (&self->store, store))
    return;

  js_today (&today);
  js_iso_week_of (&today, &self->week);
  if (store != NULL)
    js_week_card_refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}
