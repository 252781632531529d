/* js-this-week-page.c: everything due this week, in one place
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The first thing a signed-in citizen sees: the applications the week
 * still needs, the jobs the jobcenter asked them to apply for with a
 * deadline this week or passed, the weekly check of job suggestions,
 * changes to the plan not yet read, the meetings of the week and the
 * calls to book whose deadline falls this week or has passed. Each item
 * leads to the place where it is done, by date. Only what the job log,
 * the plan and the meetings hold is shown.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "js-a11y.h"
#include "js-focus.h"
#include "js-date-format.h"
#include "js-meeting-schedule.h"
#include "js-meeting-text.h"
#include "js-plan-schedule.h"
#include "js-plan-text.h"
#include "js-store-joblog.h"
#include "js-store-plan.h"
#include "js-this-week-page.h"
#include "js-week.h"

struct _JsThisWeekPage {
  GtkWidget     parent_instance;

  GtkLabel     *week_label;
  GtkLabel     *summary_label;
  GtkListBox   *items;

  JsStore      *store;
  GSignalGroup *store_signals;
  GPtrArray    *plans;             /* kept while rows borrow its suggestions */
};

G_DEFINE_FINAL_TYPE (JsThisWeekPage, js_this_week_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* @warning: (nullable): the name of the warning sign before it, or NULL
 * for none */
static GtkWidget *
item_row (const char *title,
          const char *subtitle,
          const char *warning,
          const char *button_label,
          const char *action,
          GVariant   *target)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *button = gtk_button_new_with_mnemonic (button_label);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);

  if (warning != NULL)
    {
      GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");

      gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      warning, -1);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
    }

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  if (target != NULL)
    gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), target);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), button);
  return row;
}

static GtkWidget *
row_for (JsThisWeekPage   *self,
         const JsWeekItem *item,
         const GDate      *today,
         gboolean          from_plan,
         guint             required)
{
  g_autofree char *date = js_format_date (&item->date);
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;

  switch (item->kind)
    {
    case JS_WEEK_ITEM_PLAN_CHANGES:
      return item_row (_("Read the changes to your plan"),
                       _("The jobcenter changed your plan. Read it and mark it as read."),
                       NULL, _("_Read plan"), "win.show-section",
                       g_variant_new_string ("plan"));

    case JS_WEEK_ITEM_SUGGESTION:
      /* Translators: a job and its employer */
      title = g_strdup_printf (_("Apply for %s, %s"), item->suggestion->title,
                               item->suggestion->employer);
      subtitle = js_plan_deadline_text (item->suggestion->deadline, today);
      return item_row (title, subtitle, item->overdue ? _("Overdue") : NULL, _("_Log application"),
                       "win.log-suggestion",
                       g_variant_new ("(ssss)", item->suggestion->id, item->suggestion->title,
                                      item->suggestion->employer, item->suggestion->link));

    case JS_WEEK_ITEM_CHECK:
      if (item->overdue)
        /* Translators: %s is a date */
        subtitle = g_strdup_printf (_("It was due on %s. Do it today."), date);
      else if (g_date_compare (&item->date, today) == 0)
        subtitle = g_strdup (_("It is due today."));
      else
        /* Translators: %s is a date */
        subtitle = g_strdup_printf (_("Due on %s."), date);
      return item_row (_("Look at your job suggestions"), subtitle,
                       item->overdue ? _("Overdue") : NULL,
                       _("_Open My plan"), "win.show-section", g_variant_new_string ("plan"));

    case JS_WEEK_ITEM_APPLICATIONS:
    default:
      title = g_strdup_printf (ngettext ("Send %u more application", "Send %u more applications",
                                         item->count),
                               item->count);
      subtitle = g_strdup_printf (
        from_plan ? ngettext ("By %s. Your plan asks for %u application a week.",
                              "By %s. Your plan asks for %u applications a week.", required)
                  : ngettext ("By %s. Your own goal is %u application a week.",
                              "By %s. Your own goal is %u applications a week.", required),
        date, required);
      return item_row (title, subtitle, NULL, _("_Add to job log"), "win.new-entry", NULL);
    }
}

/* A meeting of the week, or a call to book: both lead to Meetings. */
static GtkWidget *
meeting_row_for (const JsWeekMeeting *item,
                 const GDate         *today)
{
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  const char *warning = NULL;

  if (item->kind == JS_WEEK_MEETING)
    {
      const JsMeetingRecord *record = item->meeting->record;
      g_autofree char *when = js_meeting_when_text (record);

      /* Translators: %s is when the meeting is */
      title = g_strdup_printf (_("Meeting at the jobcenter: %s"), when);
      /* Translators: %1$s is where the meeting stands ("Confirmed"), %2$s
       * how it happens ("In person"), %3$s the caseworker */
      subtitle = g_strdup_printf (_("%1$s. %2$s, with %3$s."),
                                  js_meeting_state_name (item->meeting->state),
                                  js_meeting_kind_name (record->kind), record->caseworker);
    }
  else
    {
      gboolean warn = FALSE;

      title = js_meeting_call_title (item->call->call);
      if (item->call->waiting != NULL)
        subtitle = g_strdup (_("You have asked for a time. The jobcenter has not answered "
                               "yet."));
      else
        subtitle = js_meeting_call_days_text (item->call->call, today, &warn);
      if (item->call->waiting == NULL && (item->overdue || item->soon))
        warning = item->overdue ? _("Overdue") : _("Warning");
    }

  return item_row (title, subtitle, warning, _("_Open Meetings"), "win.show-section",
                   g_variant_new_string ("meetings"));
}

static void
refresh (JsThisWeekPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) answers = NULL;
  g_autoptr(GHashTable) applied = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GDateTime) last_checked = NULL;
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GPtrArray) meetings = NULL;
  g_autoptr(GPtrArray) upcoming = NULL;
  g_autoptr(GPtrArray) calls = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *period = NULL;
  g_autofree char *heading = NULL;
  const JsPlan *plan = NULL;
  gboolean from_plan = FALSE;
  gboolean unread = FALSE;
  gint64 done = 0;
  guint required = 0;
  guint total;
  JsIsoWeek week;
  GHashTableIter iter;
  gpointer key;
  gpointer value;
  GDate today;
  GDate monday;
  GDate sunday;
  GtkListBoxRow *row;
  g_autoptr(JsFocusMark) focus = js_focus_mark_new (GTK_WIDGET (self));

  /* gtk_list_box_remove_all() is GTK 4.12. */
  while ((row = gtk_list_box_get_row_at_index (self->items, 0)) != NULL)
    gtk_list_box_remove (self->items, GTK_WIDGET (row));
  g_clear_pointer (&self->plans, g_ptr_array_unref);

  js_today (&today);
  js_iso_week_of (&today, &week);
  js_iso_week_monday (&week, &monday);
  sunday = monday;
  g_date_add_days (&sunday, 6);
  period = js_format_period (&monday, &sunday);
  /* Translators: %1$u is the week's number, %2$s its days */
  heading = g_strdup_printf (_("Week %1$u: %2$s"), week.week, period);
  gtk_label_set_label (self->week_label, heading);

  if (self->store != NULL)
    {
      self->plans = js_store_plan_list (self->store, &error);
      if (self->plans == NULL)
        {
          g_warning ("Could not read the plan: %s", error->message);
          g_clear_error (&error);
        }
      else if (self->plans->len > 0)
        {
          plan = ((JsPlanRevision *) self->plans->pdata[0])->plan;
          unread = js_store_plan_seen (self->store, plan->id, NULL) < plan->revision;
        }

      answers = js_store_suggestion_answers (self->store, NULL);
      if (answers != NULL)
        {
          g_hash_table_iter_init (&iter, answers);
          while (g_hash_table_iter_next (&iter, &key, &value))
            {
              if (!((JsSuggestionAnswer *) value)->planned)
                g_hash_table_add (applied, key);
            }
        }
      last_checked = js_store_suggestions_last_checked (self->store, NULL);
      required = js_store_weekly_requirement (self->store, &from_plan);
      done = MAX (0, js_store_joblog_count_applications (self->store, &monday, &sunday, NULL));
      upcoming = js_store_meetings_list (self->store, now, FALSE, &error);
      if (upcoming != NULL)
        calls = js_store_meetings_open_calls (self->store, &error);
      if (error != NULL)
        g_warning ("Could not read the meetings: %s", error->message);
    }

  items = js_this_week (&today, (guint) done, required, plan, applied, last_checked, unread);
  meetings = js_this_week_meetings (&today, upcoming, calls);
  /* The two lists by date; on one day, the meetings first. */
  for (guint i = 0, m = 0; i < items->len || m < meetings->len;)
    {
      const JsWeekItem *item = i < items->len ? items->pdata[i] : NULL;
      const JsWeekMeeting *meeting = m < meetings->len ? meetings->pdata[m] : NULL;

      if (meeting != NULL && (item == NULL || g_date_compare (&meeting->date, &item->date) <= 0))
        {
          gtk_list_box_append (self->items, meeting_row_for (meeting, &today));
          m++;
        }
      else
        {
          gtk_list_box_append (self->items, row_for (self, item, &today, from_plan, required));
          i++;
        }
    }
  total = items->len + meetings->len;
  gtk_widget_set_visible (GTK_WIDGET (self->items), total > 0);

  if (total == 0)
    gtk_label_set_label (self->summary_label,
                         _("Nothing with a date is due this week. Keep writing what you do in "
                           "your job log."));
  else
    {
      g_autofree char *summary = g_strdup_printf (ngettext ("%u thing to do this week:",
                                                            "%u things to do this week:",
                                                            total),
                                                  total);

      gtk_label_set_label (self->summary_label, summary);
    }

  js_a11y_fix (GTK_WIDGET (self->items));
  /* Rebuilt while the citizen was here: the keyboard stays in place. */
  js_focus_mark_return (g_steal_pointer (&focus));
}

/* Shown again: a day may have passed, an entry been written. */
static void
js_this_week_page_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (js_this_week_page_parent_class)->map (widget);
  refresh (JS_THIS_WEEK_PAGE (widget));
}

static void
js_this_week_page_dispose (GObject *object)
{
  JsThisWeekPage *self = JS_THIS_WEEK_PAGE (object);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), JS_TYPE_THIS_WEEK_PAGE);
  /* GTK 4.8 leaves a template's top widget in place when it has no id. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_pointer (&self->plans, g_ptr_array_unref);
  g_clear_object (&self->store);
  g_clear_object (&self->store_signals);

  G_OBJECT_CLASS (js_this_week_page_parent_class)->dispose (object);
}

static void
js_this_week_page_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  JsThisWeekPage *self = JS_THIS_WEEK_PAGE (object);

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
js_this_week_page_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  JsThisWeekPage *self = JS_THIS_WEEK_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      js_this_week_page_set_store (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
js_this_week_page_class_init (JsThisWeekPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = js_this_week_page_dispose;
  object_class->get_property = js_this_week_page_get_property;
  object_class->set_property = js_this_week_page_set_property;
  widget_class->map = js_this_week_page_map;

  /**
   * JsThisWeekPage:store:
   *
   * The profile whose week is shown, or %NULL.
   */
  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, JS_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/js-this-week-page.ui");
  gtk_widget_class_bind_template_child (widget_class, JsThisWeekPage, week_label);
  gtk_widget_class_bind_template_child (widget_class, JsThisWeekPage, summary_label);
  gtk_widget_class_bind_template_child (widget_class, JsThisWeekPage, items);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
js_this_week_page_init (JsThisWeekPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  /* A sync brought a plan or entries; an entry was written or deleted. */
  self->store_signals = g_signal_group_new (JS_TYPE_STORE);
  g_signal_group_connect_swapped (self->store_signals, "changed-elsewhere",
                                  G_CALLBACK (refresh), self);
  g_signal_group_connect_swapped (self->store_signals, "journal-changed",
                                  G_CALLBACK (refresh), self);
  refresh (self);
}

/**
 * js_this_week_page_set_store:
 * @self: the page
 * @store: (nullable): the open profile's store
 */
void
js_this_week_page_set_store (JsThisWeekPage *self,
                             JsStore        *store)
{
  g_return_if_fail (JS_IS_THIS_WEEK_PAGE (self));

  if (!g_set_object (&self->store, store))
    return;

  g_signal_group_set_target (self->store_signals, store);
  refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}
