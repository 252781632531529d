/* js-plan-schedule.c: what the plan asks of the citizen, and when
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Dates are calendar dates in Copenhagen (GDate, never a time of day), so
 * a week and "days left" do not shift with daylight-saving time. What is
 * shown is only ever what the jobcenter wrote: nothing here invents an
 * item; it only places the plan's items and the citizen's own job log on
 * the calendar.
 */

#include "config.h"

#include "js-plan-schedule.h"
#include "js-time.h"

/**
 * js_activity_phase:
 * @activity: an activity of the plan
 * @today: today in Copenhagen
 *
 * Returns: whether the activity is going on now, is still to come (it
 *   starts after today) or is finished (it ended before today); one with
 *   no dates is going on now
 */
JsActivityPhase
js_activity_phase (const JsPlanActivity *activity,
                   const GDate          *today)
{
  GDate date;

  if (activity->ends != NULL && js_date_from_iso (activity->ends, &date) &&
      g_date_compare (&date, today) < 0)
    return JS_ACTIVITY_FINISHED;

  if (activity->starts != NULL && js_date_from_iso (activity->starts, &date) &&
      g_date_compare (&date, today) > 0)
    return JS_ACTIVITY_COMING;

  return JS_ACTIVITY_NOW;
}

/**
 * js_plan_days_until:
 * @iso_date: (nullable): a date YYYY-MM-DD
 * @today: today in Copenhagen
 * @days: (out): days from @today to @iso_date, negative when it has passed
 *
 * Returns: %FALSE when there is no date
 */
gboolean
js_plan_days_until (const char  *iso_date,
                    const GDate *today,
                    int         *days)
{
  GDate date;

  if (iso_date == NULL || !js_date_from_iso (iso_date, &date))
    return FALSE;

  *days = g_date_days_between (today, &date);
  return TRUE;
}

/**
 * js_suggestion_check_due:
 * @last_checked: (nullable): when the citizen last looked at their job
 *   suggestions
 * @today: today in Copenhagen
 * @due: (out): the day the next check is due: 7 days after the last one
 *   (in Copenhagen), or today when there was none
 */
void
js_suggestion_check_due (GDateTime   *last_checked,
                         const GDate *today,
                         GDate       *due)
{
  if (last_checked == NULL)
    {
      *due = *today;
      return;
    }

  js_date_in_copenhagen (last_checked, due);
  g_date_add_days (due, JS_SUGGESTION_CHECK_DAYS);
}

static gboolean
same_activity (const JsPlanActivity *a,
               const JsPlanActivity *b)
{
  return g_strcmp0 (a->kind, b->kind) == 0 && g_strcmp0 (a->title, b->title) == 0 &&
         g_strcmp0 (a->starts, b->starts) == 0 && g_strcmp0 (a->ends, b->ends) == 0 &&
         g_strcmp0 (a->description, b->description) == 0;
}

static gboolean
same_suggestion (const JsPlanSuggestion *a,
                 const JsPlanSuggestion *b)
{
  return g_strcmp0 (a->title, b->title) == 0 && g_strcmp0 (a->employer, b->employer) == 0 &&
         g_strcmp0 (a->link, b->link) == 0 && g_strcmp0 (a->deadline, b->deadline) == 0;
}

/* The items of @after (by "id", the first member of both item structs)
 * that are new or differ from @before's, into @changes; returns how many
 * of @before's are gone. */
static guint
compare_items (GPtrArray   *before,
               GPtrArray   *after,
               gboolean   (*same) (gconstpointer, gconstpointer),
               GHashTable  *changes)
{
  g_autoptr(GHashTable) old = g_hash_table_new (g_str_hash, g_str_equal);
  guint kept = 0;

  for (guint i = 0; before != NULL && i < before->len; i++)
    g_hash_table_insert (old, *(char **) before->pdata[i], before->pdata[i]);

  for (guint i = 0; i < after->len; i++)
    {
      const char *id = *(char **) after->pdata[i];
      gpointer previous = g_hash_table_lookup (old, id);

      if (previous != NULL)
        kept++;
      if (previous == NULL)
        g_hash_table_insert (changes, (gpointer) id, GINT_TO_POINTER (JS_PLAN_NEW));
      else if (!same (previous, after->pdata[i]))
        g_hash_table_insert (changes, (gpointer) id, GINT_TO_POINTER (JS_PLAN_CHANGED));
    }

  return g_hash_table_size (old) - kept;
}

/**
 * js_plan_changes_new:
 * @before: (nullable): the revision the citizen read; %NULL when they
 *   never read one, and then everything is new
 * @after: the plan now
 *
 * Returns: (transfer full): what changed; its tables borrow the ids of
 *   @after, which must outlive it
 */
JsPlanChanges *
js_plan_changes_new (const JsPlan *before,
                     const JsPlan *after)
{
  JsPlanChanges *changes = g_new0 (JsPlanChanges, 1);

  g_return_val_if_fail (after != NULL, changes);

  changes->activities = g_hash_table_new (g_str_hash, g_str_equal);
  changes->suggestions = g_hash_table_new (g_str_hash, g_str_equal);
  changes->job_goal = before == NULL || g_strcmp0 (before->job_goal, after->job_goal) != 0;
  changes->requirement = before == NULL ||
                         before->weekly_applications != after->weekly_applications ||
                         g_strcmp0 (before->requirement_text, after->requirement_text) != 0;
  changes->caseworker = before == NULL ||
                        g_strcmp0 (before->caseworker_name, after->caseworker_name) != 0 ||
                        g_strcmp0 (before->caseworker_phone, after->caseworker_phone) != 0 ||
                        g_strcmp0 (before->caseworker_email, after->caseworker_email) != 0;
  changes->removed_activities =
    compare_items (before != NULL ? before->activities : NULL, after->activities,
                   (gboolean (*) (gconstpointer, gconstpointer)) same_activity,
                   changes->activities);
  changes->removed_suggestions =
    compare_items (before != NULL ? before->suggestions : NULL, after->suggestions,
                   (gboolean (*) (gconstpointer, gconstpointer)) same_suggestion,
                   changes->suggestions);

  return changes;
}

gboolean
js_plan_changes_is_empty (const JsPlanChanges *changes)
{
  return !changes->job_goal && !changes->requirement && !changes->caseworker &&
         g_hash_table_size (changes->activities) == 0 &&
         g_hash_table_size (changes->suggestions) == 0 &&
         changes->removed_activities == 0 && changes->removed_suggestions == 0;
}

JsPlanChange
js_plan_changes_activity (const JsPlanChanges *changes,
                          const char          *id)
{
  return GPOINTER_TO_INT (g_hash_table_lookup (changes->activities, id));
}

JsPlanChange
js_plan_changes_suggestion (const JsPlanChanges *changes,
                            const char          *id)
{
  return GPOINTER_TO_INT (g_hash_table_lookup (changes->suggestions, id));
}

void
js_plan_changes_free (JsPlanChanges *changes)
{
  if (changes == NULL)
    return;

  g_clear_pointer (&changes->activities, g_hash_table_unref);
  g_clear_pointer (&changes->suggestions, g_hash_table_unref);
  g_free (changes);
}

static JsWeekItem *
week_item (JsWeekItemKind  kind,
           const GDate    *date,
           const GDate    *today)
{
  JsWeekItem *item = g_new0 (JsWeekItem, 1);

  item->kind = kind;
  item->date = *date;
  item->overdue = g_date_compare (date, today) < 0;
  return item;
}

static int
compare_items_by_date (gconstpointer a,
                       gconstpointer b)
{
  const JsWeekItem *x = *(JsWeekItem **) a;
  const JsWeekItem *y = *(JsWeekItem **) b;
  int order = g_date_compare (&x->date, &y->date);

  return order != 0 ? order : (int) x->kind - (int) y->kind;
}

/**
 * js_this_week:
 * @today: today in Copenhagen
 * @applications_done: applications in the job log this week
 * @applications_required: applications the week requires (the plan's
 *   number, or the citizen's own goal); 0 for none
 * @plan: (nullable): the plan
 * @answered: (nullable): UUIDs of the job suggestions the job log has an
 *   application for
 * @last_checked: (nullable): when the citizen last looked at their job
 *   suggestions
 * @unread_changes: whether the plan has changes the citizen has not read
 *
 * Everything with a date up to this week's Sunday, overdue things first:
 * unread plan changes, job suggestions to apply for (deadline this week
 * or passed, not yet applied for), the suggestion check when it falls due
 * this week (only with a plan: the check is the plan's), and the
 * applications the week still needs.
 *
 * Returns: (transfer full) (element-type JsWeekItem): the items, by date
 */
GPtrArray *
js_this_week (const GDate  *today,
              guint         applications_done,
              guint         applications_required,
              const JsPlan *plan,
              GHashTable   *answered,
              GDateTime    *last_checked,
              gboolean      unread_changes)
{
  GPtrArray *items = g_ptr_array_new_with_free_func (g_free);
  GDate sunday = *today;
  GDate due;

  g_date_add_days (&sunday, 7 - g_date_get_weekday (today));

  if (plan != NULL && unread_changes)
    g_ptr_array_add (items, week_item (JS_WEEK_ITEM_PLAN_CHANGES, today, today));

  for (guint i = 0; plan != NULL && i < plan->suggestions->len; i++)
    {
      const JsPlanSuggestion *suggestion = plan->suggestions->pdata[i];
      JsWeekItem *item;

      if (suggestion->deadline == NULL || !js_date_from_iso (suggestion->deadline, &due) ||
          g_date_compare (&due, &sunday) > 0 ||
          (answered != NULL && g_hash_table_contains (answered, suggestion->id)))
        continue;
      item = week_item (JS_WEEK_ITEM_SUGGESTION, &due, today);
      item->suggestion = suggestion;
      g_ptr_array_add (items, item);
    }

  if (plan != NULL)
    {
      js_suggestion_check_due (last_checked, today, &due);
      if (g_date_compare (&due, &sunday) <= 0)
        g_ptr_array_add (items, week_item (JS_WEEK_ITEM_CHECK, &due, today));
    }

  if (applications_required > applications_done)
    {
      JsWeekItem *item = week_item (JS_WEEK_ITEM_APPLICATIONS, &sunday, today);

      item->count = applications_required - applications_done;
      g_ptr_array_add (items, item);
    }

  g_ptr_array_sort (items, compare_items_by_date);
  return items;
}
