/* js-plan-page.c: My plan, as the jobcenter wrote it
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The last synced plan, offline: the job goal, the job-search requirement
 * in the jobcenter's own words, the jobs to apply for with their
 * deadlines, the weekly check of job suggestions, the activities by now,
 * coming and finished, and the caseworker. What changed since the citizen
 * last read it is marked in words (not colour alone) until they mark it
 * as read, which sends a receipt to the jobcenter. Earlier revisions and
 * earlier plans stay readable. The page never edits the plan.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "js-a11y.h"
#include "js-focus.h"
#include "js-date-format.h"
#include "js-plan-page-private.h"
#include "js-plan-print.h"
#include "js-plan-schedule.h"
#include "js-plan-text.h"
#include "js-store-plan.h"
#include "js-time.h"
#include "js-toaster.h"


G_DEFINE_FINAL_TYPE (JsPlanPage, js_plan_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  PROP_UNREAD,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The plan on screen: the newest, or an earlier one the citizen chose. */
static const JsPlan *
current_plan (JsPlanPage *self)
{
  for (guint i = 1; self->shown_id != NULL && self->plans != NULL && i < self->plans->len; i++)
    {
      const JsPlan *plan = ((JsPlanRevision *) self->plans->pdata[i])->plan;

      if (g_str_equal (plan->id, self->shown_id))
        return plan;
    }

  return _js_plan_page_newest_plan (self);
}

static void
set_unread (JsPlanPage *self,
            gboolean    unread)
{
  if (self->unread == unread)
    return;

  self->unread = unread;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNREAD]);
}

static void
refresh (JsPlanPage *self)
{
  g_autoptr(GError) error = NULL;
  const JsPlan *plan;
  JsPlanRevision *newest;
  GtkWidget *child;
  g_autoptr(JsFocusMark) focus = js_focus_mark_new (GTK_WIDGET (self));
  gboolean earlier;
  gint64 seen;
  GDate today;

  self->check_button = NULL;
  self->focus_row = NULL;
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->groups))) != NULL)
    gtk_box_remove (self->groups, child);
  g_clear_pointer (&self->changes, js_plan_changes_free);
  g_clear_pointer (&self->plans, g_ptr_array_unref);

  if (self->store != NULL && !(self->plans = js_store_plan_list (self->store, &error)))
    g_warning ("Could not read the plan: %s", error->message);

  if ((plan = current_plan (self)) == NULL)
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "plan.mark-read", FALSE);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "plan.print", FALSE);
      set_unread (self, FALSE);
      return;
    }

  newest = self->plans->pdata[0];
  earlier = plan != newest->plan;
  seen = js_store_plan_seen (self->store, newest->plan->id, NULL);
  if (seen < newest->plan->revision)
    {
      g_autoptr(JsPlanRevision) read = seen > 0 ? js_store_plan_get_revision (self->store,
                                                                                newest->plan->id,
                                                                                seen, NULL)
                                                : NULL;
      const JsPlan *before = read != NULL ? read->plan : NULL;

      self->changes = js_plan_changes_new (before, newest->plan);
      self->marks = before != NULL && !earlier;
    }

  js_today (&today);
  self->shown_day = today;
  self->stale = FALSE;
  gtk_widget_set_visible (self->changes_bar, self->changes != NULL && !earlier);
  if (self->changes != NULL && !earlier)
    {
      g_autofree char *when = js_plan_moment_text (plan->updated);
      /* Translators: %s is a date */
      g_autofree char *text = g_strdup_printf (
        seen == 0 ? _("This is your plan from the jobcenter, updated on %s. Read it, then "
                      "mark it as read: the jobcenter then knows you have seen it.")
                  : _("The jobcenter changed your plan on %s. What is new or changed is "
                      "marked. Read it, then mark it as read."),
        when);

      gtk_label_set_label (self->changes_label, text);
    }
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plan.mark-read",
                                 self->changes != NULL && !earlier);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plan.print", TRUE);

  if (earlier)
    _js_plan_page_add_earlier_note (self, plan);
  _js_plan_page_add_goal (self, plan);
  _js_plan_page_add_suggestions (self, plan, &today);
  if (!earlier)
    _js_plan_page_add_check (self, &today);
  _js_plan_page_add_activities (self, plan, &today);
  _js_plan_page_add_caseworker (self, plan);
  if (!earlier)
    _js_plan_page_add_history (self);

  {
    g_autofree char *updated = js_plan_moment_text (plan->updated);
    g_autofree char *received = js_plan_moment_text (
      ((JsPlanRevision *) self->plans->pdata[earlier ? 1 : 0])->received);
    /* Translators: both are dates */
    g_autofree char *text = g_strdup_printf (_("Updated by the jobcenter on %s, fetched on %s."),
                                             updated, received);

    gtk_label_set_label (self->updated_label, text);
  }

  js_a11y_fix (GTK_WIDGET (self->groups));
  gtk_stack_set_visible_child_name (self->stack, "plan");
  g_clear_pointer (&self->focus_key, g_free);
  set_unread (self, self->changes != NULL);
  /* A sync brought something while the citizen was here: the keyboard
   * stays where it was. */
  js_focus_mark_return (g_steal_pointer (&focus));
}

static void
mark_read_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  JsPlanPage *self = JS_PLAN_PAGE (widget);
  const JsPlan *plan = _js_plan_page_newest_plan (self);
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GError) error = NULL;

  if (plan == NULL || self->store == NULL)
    return;

  if (!js_store_plan_mark_read (self->store, plan, now, &error))
    {
      g_warning ("Could not mark the plan as read: %s", error->message);
      js_toast_show (widget,
                     adw_toast_new (_("The plan could not be marked as read. Try again.")));
      return;
    }

  refresh (self);
  /* The button went with the note: the keyboard goes on to the plan. */
  gtk_widget_child_focus (GTK_WIDGET (self->groups), GTK_DIR_TAB_FORWARD);
  js_toast_show (widget,
                 adw_toast_new (_("Marked as read. The jobcenter is told at the next sync.")));
}

static void
checked_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  JsPlanPage *self = JS_PLAN_PAGE (widget);
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GError) error = NULL;

  if (self->store == NULL)
    return;

  if (!js_store_suggestions_checked (self->store, now, &error))
    {
      g_warning ("Could not record the check: %s", error->message);
      js_toast_show (widget, adw_toast_new (_("The check could not be saved. Try again.")));
      return;
    }

  refresh (self);
  /* The row was built anew: the keyboard stays on its button. */
  if (self->check_button != NULL)
    gtk_widget_grab_focus (self->check_button);
  js_toast_show (widget, adw_toast_new (_("Saved: you looked at your job suggestions today.")));
}

static void
copy_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget),
                          g_variant_get_string (parameter, NULL));
  js_toast_show (widget, adw_toast_new (_("Copied")));
}

/* The citizen chose to open it: only then the browser (or the phone or
 * mail program) starts. */
static void
open_link_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  const char *uri = g_variant_get_string (parameter, NULL);
  GtkRoot *root = gtk_widget_get_root (widget);

  gtk_show_uri (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, uri, GDK_CURRENT_TIME);
}

static void
log_suggestion_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  JsPlanPage *self = JS_PLAN_PAGE (widget);
  const JsPlan *plan = current_plan (self);
  const char *id = g_variant_get_string (parameter, NULL);

  for (guint i = 0; plan != NULL && i < plan->suggestions->len; i++)
    {
      const JsPlanSuggestion *suggestion = plan->suggestions->pdata[i];

      if (g_str_equal (suggestion->id, id))
        gtk_widget_activate_action (widget, "win.log-suggestion", "(ssss)", suggestion->id,
                                    suggestion->title, suggestion->employer, suggestion->link);
    }
}

/* A long group in full; the keyboard goes to its first row that was
 * hidden. */
static void
show_all_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  JsPlanPage *self = JS_PLAN_PAGE (widget);
  const char *key = g_variant_get_string (parameter, NULL);

  g_hash_table_add (self->expanded, g_strdup (key));
  g_free (self->focus_key);
  self->focus_key = g_strdup (key);
  refresh (self);
  if (self->focus_row != NULL)
    gtk_widget_grab_focus (self->focus_row);
}

/* An earlier plan, or "" for the current one again. */
static void
show_plan_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  JsPlanPage *self = JS_PLAN_PAGE (widget);
  const char *id = g_variant_get_string (parameter, NULL);

  g_clear_pointer (&self->shown_id, g_free);
  if (*id != '\0')
    self->shown_id = g_strdup (id);
  refresh (self);
  gtk_widget_child_focus (GTK_WIDGET (self->groups), GTK_DIR_TAB_FORWARD);
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  JsPlanPage *self = JS_PLAN_PAGE (widget);
  const JsPlan *plan = current_plan (self);
  g_autofree char *name = NULL;
  GtkRoot *root = gtk_widget_get_root (widget);

  if (plan == NULL || self->store == NULL)
    return;

  name = js_store_dup_meta (self->store, JS_CITIZEN_NAME_META, NULL);
  js_plan_print (plan, name, GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL);
}

/* Shown again: built anew only when the job log changed meanwhile (it may
 * have answered a suggestion) or a new day began. */
static void
js_plan_page_map (GtkWidget *widget)
{
  JsPlanPage *self = JS_PLAN_PAGE (widget);
  GDate today;

  GTK_WIDGET_CLASS (js_plan_page_parent_class)->map (widget);
  js_today (&today);
  if (self->stale || !g_date_valid (&self->shown_day) ||
      g_date_compare (&today, &self->shown_day) != 0)
    refresh (self);
}

/* A change of the citizen's own (an entry, a receipt): the page is built
 * anew when next shown; while shown, its own actions build it. */
static void
journal_changed_cb (JsPlanPage *self)
{
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    self->stale = TRUE;
}

static void
js_plan_page_dispose (GObject *object)
{
  JsPlanPage *self = JS_PLAN_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), JS_TYPE_PLAN_PAGE);
  g_clear_pointer (&self->changes, js_plan_changes_free);
  g_clear_pointer (&self->plans, g_ptr_array_unref);
  g_clear_pointer (&self->shown_id, g_free);
  g_clear_pointer (&self->expanded, g_hash_table_unref);
  g_clear_pointer (&self->focus_key, g_free);
  g_clear_object (&self->store);
  g_clear_object (&self->store_signals);

  G_OBJECT_CLASS (js_plan_page_parent_class)->dispose (object);
}

static void
js_plan_page_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  JsPlanPage *self = JS_PLAN_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_UNREAD:
      g_value_set_boolean (value, self->unread);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
js_plan_page_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  JsPlanPage *self = JS_PLAN_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      js_plan_page_set_store (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
js_plan_page_class_init (JsPlanPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = js_plan_page_dispose;
  object_class->get_property = js_plan_page_get_property;
  object_class->set_property = js_plan_page_set_property;

  /**
   * JsPlanPage:store:
   *
   * The profile whose plan is shown, or %NULL.
   */
  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, JS_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * JsPlanPage:unread:
   *
   * Whether the plan has changes the citizen has not marked as read.
   */
  properties[PROP_UNREAD] =
    g_param_spec_boolean ("unread", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  widget_class->map = js_plan_page_map;

  gtk_widget_class_install_action (widget_class, "plan.mark-read", NULL, mark_read_action);
  gtk_widget_class_install_action (widget_class, "plan.checked", NULL, checked_action);
  gtk_widget_class_install_action (widget_class, "plan.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "plan.show-plan", "s", show_plan_action);
  gtk_widget_class_install_action (widget_class, "plan.show-all", "s", show_all_action);
  gtk_widget_class_install_action (widget_class, "plan.copy", "s", copy_action);
  gtk_widget_class_install_action (widget_class, "plan.open-link", "s", open_link_action);
  gtk_widget_class_install_action (widget_class, "plan.log-suggestion", "s",
                                   log_suggestion_action);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/js-plan-page.ui");
  gtk_widget_class_bind_template_child (widget_class, JsPlanPage, stack);
  gtk_widget_class_bind_template_child (widget_class, JsPlanPage, changes_bar);
  gtk_widget_class_bind_template_child (widget_class, JsPlanPage, changes_label);
  gtk_widget_class_bind_template_child (widget_class, JsPlanPage, groups);
  gtk_widget_class_bind_template_child (widget_class, JsPlanPage, updated_label);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
js_plan_page_init (JsPlanPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  js_a11y_fix (GTK_WIDGET (self));
  self->expanded = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  /* A sync brought a new plan, or an entry answering a suggestion. */
  self->store_signals = g_signal_group_new (JS_TYPE_STORE);
  g_signal_group_connect_swapped (self->store_signals, "changed-elsewhere",
                                  G_CALLBACK (refresh), self);
  g_signal_group_connect_swapped (self->store_signals, "journal-changed",
                                  G_CALLBACK (journal_changed_cb), self);
  g_date_clear (&self->shown_day, 1);
  refresh (self);
}

/**
 * js_plan_page_set_store:
 * @self: the page
 * @store: (nullable): the open profile's store
 *
 * Shows the plan kept in @store.
 */
void
js_plan_page_set_store (JsPlanPage *self,
                        JsStore    *store)
{
  g_return_if_fail (JS_IS_PLAN_PAGE (self));

  if (!g_set_object (&self->store, store))
    return;

  g_clear_pointer (&self->shown_id, g_free);
  g_hash_table_remove_all (self->expanded);
  g_signal_group_set_target (self->store_signals, store);
  refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

/**
 * js_plan_page_refresh:
 * @self: the page
 *
 * Reads the plan again (a new day, or the job log answered a suggestion).
 */
void
js_plan_page_refresh (JsPlanPage *self)
{
  g_return_if_fail (JS_IS_PLAN_PAGE (self));

  refresh (self);
}
