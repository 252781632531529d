/* test-plan-schedule.c: the plan on the calendar
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Activities fall into now, coming and finished by their dates; what
 * changed between two revisions is found item by item; the suggestion
 * check falls due 7 days after the last one by Copenhagen's calendar
 * (across the change from summer time too); and "This week" gathers the
 * right things on either side of a week boundary.
 */

#include "config.h"

#include "js-plan-schedule.h"
#include "js-test-util.h"

#define SUGGESTION_SOON "6c385c14-e2ba-4c57-ab84-2bcd5aa6c7c5"
#define SUGGESTION_LATE "5b6a7c8d-1e2f-4a3b-9c4d-5e6f7a8b9c0d"
#define SUGGESTION_PAST "4a5b6c7d-8e9f-4a0b-8c1d-2e3f4a5b6c7d"

static JsPlan *
make_plan (const char *goal,
           const char *description)
{
  g_autofree char *json = g_strdup_printf (
    "{\"id\": \"e79aedc4-9742-48cb-8c38-2135424df139\", \"job_goal\": \"%s\","
    " \"weekly_applications\": 2, \"requirement_text\": \"2 job om ugen.\","
    " \"activities\": ["
    "  {\"id\": \"87a3a44f-22bb-4642-99a7-002c9b1dec6a\", \"kind\": \"internship\","
    "   \"title\": \"Praktik\", \"starts\": \"2026-12-01\", \"ends\": \"2027-01-26\","
    "   \"description\": \"%s\"},"
    "  {\"id\": \"773a241e-be2b-4d8e-9a66-c5dd316493d8\", \"kind\": \"danish-lessons\","
    "   \"title\": \"Dansk\", \"starts\": null, \"ends\": null, \"description\": \"\"}],"
    " \"job_suggestions\": ["
    "  {\"id\": \"" SUGGESTION_SOON "\", \"title\": \"Pakkemedarbejder\", \"employer\": \"PostNord\","
    "   \"link\": \"\", \"deadline\": \"2026-12-06\"},"
    "  {\"id\": \"" SUGGESTION_LATE "\", \"title\": \"Chauffør\", \"employer\": \"Arriva\","
    "   \"link\": \"\", \"deadline\": \"2026-12-07\"},"
    "  {\"id\": \"" SUGGESTION_PAST "\", \"title\": \"Kok\", \"employer\": \"Coop\","
    "   \"link\": \"\", \"deadline\": \"2026-11-30\"}],"
    " \"caseworker\": {\"name\": \"Mette\", \"phone\": \"\", \"email\": \"\"},"
    " \"updated\": \"2026-11-13T12:40:00Z\"}", goal, description);
  g_autoptr(GError) error = NULL;
  JsPlan *plan = js_plan_read (json, 4, &error);

  g_assert_no_error (error);
  return plan;
}

static void
test_phases (void)
{
  g_autoptr(JsPlan) plan = make_plan ("Lager", "25 timer");
  JsPlanActivity *internship = plan->activities->pdata[0];
  JsPlanActivity *lessons = plan->activities->pdata[1];
  GDate today;
  int days = 0;

  js_test_set_date (&today, 30, 11, 2026);
  g_assert_cmpint (js_activity_phase (internship, &today), ==, JS_ACTIVITY_COMING);
  g_assert_cmpint (js_activity_phase (lessons, &today), ==, JS_ACTIVITY_NOW);
  js_test_set_date (&today, 1, 12, 2026);
  g_assert_cmpint (js_activity_phase (internship, &today), ==, JS_ACTIVITY_NOW);
  js_test_set_date (&today, 26, 1, 2027);
  g_assert_cmpint (js_activity_phase (internship, &today), ==, JS_ACTIVITY_NOW);
  js_test_set_date (&today, 27, 1, 2027);
  g_assert_cmpint (js_activity_phase (internship, &today), ==, JS_ACTIVITY_FINISHED);

  js_test_set_date (&today, 3, 12, 2026);
  g_assert_true (js_plan_days_until ("2026-12-06", &today, &days));
  g_assert_cmpint (days, ==, 3);
  g_assert_true (js_plan_days_until ("2026-11-30", &today, &days));
  g_assert_cmpint (days, ==, -3);
  g_assert_false (js_plan_days_until (NULL, &today, &days));
}

static void
test_changes (void)
{
  g_autoptr(JsPlan) before = make_plan ("Lager", "25 timer");
  g_autoptr(JsPlan) same = make_plan ("Lager", "25 timer");
  g_autoptr(JsPlan) after = make_plan ("Chauffør", "30 timer");
  g_autoptr(JsPlanChanges) none = js_plan_changes_new (before, same);
  g_autoptr(JsPlanChanges) changes = js_plan_changes_new (before, after);
  g_autoptr(JsPlanChanges) first = js_plan_changes_new (NULL, after);
  JsPlanSuggestion *gone;

  g_assert_true (js_plan_changes_is_empty (none));

  g_assert_false (js_plan_changes_is_empty (changes));
  g_assert_true (changes->job_goal);
  g_assert_false (changes->requirement);
  g_assert_false (changes->caseworker);
  g_assert_cmpint (js_plan_changes_activity (changes, "87a3a44f-22bb-4642-99a7-002c9b1dec6a"),
                   ==, JS_PLAN_CHANGED);
  g_assert_cmpint (js_plan_changes_activity (changes, "773a241e-be2b-4d8e-9a66-c5dd316493d8"),
                   ==, JS_PLAN_UNCHANGED);

  /* A suggestion replaced by a new one: one new, one gone. */
  gone = g_ptr_array_steal_index (after->suggestions, 2);
  g_free (gone->id);
  gone->id = g_strdup ("11111111-2222-4333-8444-555555555555");
  g_ptr_array_add (after->suggestions, gone);
  g_clear_pointer (&changes, js_plan_changes_free);
  changes = js_plan_changes_new (before, after);
  g_assert_cmpint (js_plan_changes_suggestion (changes, gone->id), ==, JS_PLAN_NEW);
  g_assert_cmpint (js_plan_changes_suggestion (changes, SUGGESTION_SOON), ==, JS_PLAN_UNCHANGED);
  g_assert_cmpuint (changes->removed_suggestions, ==, 1);
  g_assert_cmpuint (changes->removed_activities, ==, 0);

  /* Never read: everything is new. */
  g_assert_true (first->job_goal && first->requirement && first->caseworker);
  g_assert_cmpint (js_plan_changes_activity (first, "773a241e-be2b-4d8e-9a66-c5dd316493d8"),
                   ==, JS_PLAN_NEW);
}

/* Checked late on Saturday 24 October 2026 in Copenhagen (summer time,
 * UTC+2: 22:30 UTC is already Sunday 00:30 there), the night the clocks
 * go back: due Sunday 1 November, by the calendar, not 7 × 24 hours. */
static void
test_check_due_across_summer_time (void)
{
  g_autoptr(GDateTime) checked = g_date_time_new_utc (2026, 10, 24, 22, 30, 0);
  GDate today;
  GDate due;
  GDate expected;

  js_test_set_date (&today, 27, 10, 2026);
  js_suggestion_check_due (checked, &today, &due);
  js_test_set_date (&expected, 1, 11, 2026);
  g_assert_cmpint (g_date_compare (&due, &expected), ==, 0);

  /* Never checked: due today. */
  js_suggestion_check_due (NULL, &today, &due);
  g_assert_cmpint (g_date_compare (&due, &today), ==, 0);
}

static guint
count_kind (GPtrArray      *items,
            JsWeekItemKind  kind)
{
  guint n = 0;

  for (guint i = 0; i < items->len; i++)
    n += ((JsWeekItem *) items->pdata[i])->kind == kind;
  return n;
}

static void
test_this_week (void)
{
  g_autoptr(JsPlan) plan = make_plan ("Lager", "25 timer");
  g_autoptr(GHashTable) answered = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GDateTime) checked = g_date_time_new_utc (2026, 11, 28, 10, 0, 0);
  g_autoptr(GPtrArray) items = NULL;
  JsWeekItem *item;
  GDate today;

  /* Thursday 3 December 2026: the week ends Sunday the 6th. */
  js_test_set_date (&today, 3, 12, 2026);
  items = js_this_week (&today, 1, 2, plan, answered, checked, TRUE);
  /* Changes, the overdue Kok, PostNord (Sunday), the check (Saturday 5th),
   * one application more by Sunday; Arriva (Monday) is next week's. */
  g_assert_cmpuint (items->len, ==, 5);
  item = items->pdata[0];
  g_assert_cmpint (item->kind, ==, JS_WEEK_ITEM_SUGGESTION);
  g_assert_true (item->overdue);
  g_assert_cmpstr (item->suggestion->employer, ==, "Coop");
  g_assert_cmpint (((JsWeekItem *) items->pdata[1])->kind, ==, JS_WEEK_ITEM_PLAN_CHANGES);
  g_assert_cmpint (((JsWeekItem *) items->pdata[2])->kind, ==, JS_WEEK_ITEM_CHECK);
  g_assert_cmpint (((JsWeekItem *) items->pdata[3])->kind, ==, JS_WEEK_ITEM_SUGGESTION);
  item = items->pdata[4];
  g_assert_cmpint (item->kind, ==, JS_WEEK_ITEM_APPLICATIONS);
  g_assert_cmpuint (item->count, ==, 1);
  g_assert_cmpint (g_date_get_day (&item->date), ==, 6);

  /* Sunday the 6th, all applied for and read: the week's own items only. */
  g_hash_table_add (answered, (gpointer) SUGGESTION_SOON);
  g_hash_table_add (answered, (gpointer) SUGGESTION_PAST);
  js_test_set_date (&today, 6, 12, 2026);
  g_clear_pointer (&items, g_ptr_array_unref);
  items = js_this_week (&today, 2, 2, plan, answered, checked, FALSE);
  g_assert_cmpuint (items->len, ==, 1);
  g_assert_cmpint (((JsWeekItem *) items->pdata[0])->kind, ==, JS_WEEK_ITEM_CHECK);
  g_assert_true (((JsWeekItem *) items->pdata[0])->overdue);

  /* Monday the 7th: a new week; Arriva's deadline is today. */
  js_test_set_date (&today, 7, 12, 2026);
  g_clear_pointer (&items, g_ptr_array_unref);
  items = js_this_week (&today, 0, 2, plan, answered, checked, FALSE);
  g_assert_cmpuint (count_kind (items, JS_WEEK_ITEM_SUGGESTION), ==, 1);
  g_assert_cmpuint (count_kind (items, JS_WEEK_ITEM_APPLICATIONS), ==, 1);
  g_assert_cmpuint (((JsWeekItem *) items->pdata[items->len - 1])->count, ==, 2);

  /* No plan: only the citizen's own goal. */
  g_clear_pointer (&items, g_ptr_array_unref);
  items = js_this_week (&today, 0, 3, NULL, NULL, NULL, TRUE);
  g_assert_cmpuint (items->len, ==, 1);
  g_assert_cmpint (((JsWeekItem *) items->pdata[0])->kind, ==, JS_WEEK_ITEM_APPLICATIONS);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/plan/phases", test_phases);
  g_test_add_func ("/plan/changes", test_changes);
  g_test_add_func ("/plan/check-due-across-summer-time", test_check_due_across_summer_time);
  g_test_add_func ("/plan/this-week", test_this_week);

  return g_test_run ();
}
