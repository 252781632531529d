/* test-store-plan.c: the jobcenter's plan as the PC keeps it
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Plans come with pulls and every revision is kept; the revision the
 * citizen read is remembered, and the receipt for the jobcenter is
 * journaled in the same transaction; a receipt from another PC marks the
 * plan read here too; a withdrawn plan goes with its history; the weekly
 * check of job suggestions is the citizen's own record; an entry that
 * answers a suggestion keeps the link through a restart.
 */

#include "config.h"

#include "js-store-joblog.h"
#include "js-store-plan.h"
#include "js-store-private.h"
#include "js-store-sync.h"
#include "js-test-store.h"
#include "js-test-util.h"

#define PLAN       "e79aedc4-9742-48cb-8c38-2135424df139"
#define OTHER_PLAN "3c1b0c8e-5a0e-4f57-9a5f-2f8f1b7f4a10"
#define SUGGESTION "6c385c14-e2ba-4c57-ab84-2bcd5aa6c7c5"

typedef struct {
  JsTestStore t;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  js_test_store_set_up (&f->t, "jobspor-plan");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  js_test_store_tear_down (&f->t);
}

static JsonNode *
plan_node (const char *id,
           const char *job_goal,
           const char *updated)
{
  g_autofree char *json = g_strdup_printf (
    "{\"id\": \"%s\", \"job_goal\": \"%s\", \"weekly_applications\": 2,"
    " \"requirement_text\": \"Du skal søge mindst 2 job om ugen.\","
    " \"activities\": [{\"id\": \"87a3a44f-22bb-4642-99a7-002c9b1dec6a\","
    "   \"kind\": \"internship\", \"title\": \"Virksomhedspraktik\","
    "   \"starts\": \"2026-12-01\", \"ends\": null, \"description\": \"25 timer om ugen.\"}],"
    " \"job_suggestions\": [{\"id\": \"" SUGGESTION "\", \"title\": \"Pakkemedarbejder\","
    "   \"employer\": \"PostNord\", \"link\": \"https://job.example/postnord\","
    "   \"deadline\": \"2026-12-04\"}],"
    " \"caseworker\": {\"name\": \"Mette Jørgensen\", \"phone\": \"+45 33 00 00 00\","
    "   \"email\": \"mette@jobcenter.example\"},"
    " \"updated\": \"%s\"}", id, job_goal, updated);

  return json_from_string (json, NULL);
}

static JsPlanRevision *
only_plan (JsStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) plans = js_store_plan_list (store, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (plans->len, ==, 1);
  return g_ptr_array_steal_index (plans, 0);
}

static void
test_revisions_kept (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsPlanRevision) current = NULL;
  g_autoptr(GPtrArray) history = NULL;
  g_autoptr(GPtrArray) plans = NULL;
  JsPlanRevision *first;

  g_assert_cmpint (js_store_plan_seen (f->t.store, PLAN, &error), ==, 0);
  js_test_store_pull (f->t.store, JS_PLAN_ENTITY, PLAN, 3, plan_node (PLAN, "Lagerarbejder",
                                                        "2026-11-13T12:40:00Z"));
  js_test_store_pull (f->t.store, JS_PLAN_ENTITY, PLAN, 7, plan_node (PLAN, "Chauffør",
                                                        "2026-11-20T09:00:00Z"));
  /* The same revision again (a pull repeated after a lost answer). */
  js_test_store_pull (f->t.store, JS_PLAN_ENTITY, PLAN, 7, plan_node (PLAN, "Chauffør",
                                                        "2026-11-20T09:00:00Z"));

  current = only_plan (f->t.store);
  g_assert_cmpstr (current->plan->job_goal, ==, "Chauffør");
  g_assert_cmpint (current->plan->revision, ==, 7);
  g_assert_cmpint (current->plan->weekly_applications, ==, 2);
  g_assert_cmpuint (current->plan->activities->len, ==, 1);
  g_assert_cmpuint (current->plan->suggestions->len, ==, 1);
  g_assert_cmpstr (current->plan->caseworker_name, ==, "Mette Jørgensen");
  g_assert_nonnull (current->received);

  history = js_store_plan_history (f->t.store, PLAN, -1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (history->len, ==, 2);
  g_assert_cmpuint (js_store_plan_count_revisions (f->t.store, PLAN), ==, 2);
  first = history->pdata[1];
  g_assert_cmpint (((JsPlanRevision *) history->pdata[0])->plan->revision, ==, 7);
  g_assert_cmpint (first->plan->revision, ==, 3);
  g_assert_cmpstr (first->plan->job_goal, ==, "Lagerarbejder");
  {
    g_autoptr(GPtrArray) newest = js_store_plan_history (f->t.store, PLAN, 1, &error);
    g_autoptr(JsPlanRevision) third = js_store_plan_get_revision (f->t.store, PLAN, 3, &error);
    g_autoptr(JsPlanRevision) none = js_store_plan_get_revision (f->t.store, PLAN, 4, &error);

    g_assert_cmpuint (newest->len, ==, 1);
    g_assert_cmpint (((JsPlanRevision *) newest->pdata[0])->plan->revision, ==, 7);
    g_assert_cmpstr (third->plan->job_goal, ==, "Lagerarbejder");
    g_assert_null (none);
    g_assert_no_error (error);
  }

  /* A second plan: the one updated last comes first. */
  js_test_store_pull (f->t.store, JS_PLAN_ENTITY, OTHER_PLAN, 9, plan_node (OTHER_PLAN, "Kok",
                                                              "2026-10-01T08:00:00Z"));
  plans = js_store_plan_list (f->t.store, &error);
  g_assert_cmpuint (plans->len, ==, 2);
  g_assert_cmpstr (((JsPlanRevision *) plans->pdata[0])->plan->id, ==, PLAN);
  g_assert_cmpstr (((JsPlanRevision *) plans->pdata[1])->plan->id, ==, OTHER_PLAN);

  /* The jobcenter withdraws the plan: it goes, with its history. */
  js_test_store_pull (f->t.store, JS_PLAN_ENTITY, PLAN, 10, NULL);
  g_clear_pointer (&history, g_ptr_array_unref);
  history = js_store_plan_history (f->t.store, PLAN, -1, &error);
  g_assert_cmpuint (history->len, ==, 0);
  g_clear_pointer (&current, js_plan_revision_free);
  current = only_plan (f->t.store);
  g_assert_cmpstr (current->plan->id, ==, OTHER_PLAN);
}

static void
test_mark_read (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsPlanRevision) current = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_utc (2026, 11, 21, 8, 14, 40);
  g_autoptr(GPtrArray) batch = NULL;
  g_autoptr(JsonNode) receipt = NULL;
  JsJournalOp *op;

  js_test_store_pull (f->t.store, JS_PLAN_ENTITY, PLAN, 4, plan_node (PLAN, "Lagerarbejder",
                                                        "2026-11-13T12:40:00Z"));
  current = only_plan (f->t.store);
  g_assert_true (js_store_plan_mark_read (f->t.store, current->plan, now, &error));
  g_assert_no_error (error);
  g_assert_cmpint (js_store_plan_seen (f->t.store, PLAN, &error), ==, 4);

  /* The receipt waits in the journal, a well-formed record of 5.8. */
  batch = js_store_sync_next_batch (f->t.store, js_store_get_owner (f->t.store), 10, &error);
  g_assert_cmpuint (batch->len, ==, 1);
  op = batch->pdata[0];
  g_assert_cmpstr (op->entity, ==, JS_PLAN_RECEIPT_ENTITY);
  receipt = json_from_string (op->payload, &error);
  g_assert_no_error (error);
  g_assert_true (js_protocol_check_record (op->entity, op->record_id, receipt, &error));
  g_assert_no_error (error);
  g_assert_cmpint (json_object_get_int_member (json_node_get_object (receipt), "plan_revision"),
                   ==, 4);
  g_assert_cmpstr (json_object_get_string_member (json_node_get_object (receipt), "read"), ==,
                   "2026-11-21T08:14:40Z");

  /* A new revision is unread again until it is marked. */
  js_test_store_pull (f->t.store, JS_PLAN_ENTITY, PLAN, 8, plan_node (PLAN, "Chauffør",
                                                        "2026-11-22T09:00:00Z"));
  g_assert_cmpint (js_store_plan_seen (f->t.store, PLAN, &error), ==, 4);
}

/* The citizen read the plan on another PC: the receipt comes with a pull
 * and the plan is read here too; an older receipt never lowers it. */
static void
test_receipt_from_elsewhere (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  const char *receipt = "{\"id\": \"0dce2aa5-041a-4ae2-b084-89c98f6a995e\", \"revision\": 12,"
                        " \"plan_revision\": 8, \"read\": \"2026-11-22T10:00:00Z\"}";
  const char *older = "{\"id\": \"1dce2aa5-041a-4ae2-b084-89c98f6a995e\", \"revision\": 13,"
                      " \"plan_revision\": 4, \"read\": \"2026-11-22T11:00:00Z\"}";

  js_test_store_pull (f->t.store, JS_PLAN_ENTITY, PLAN, 4, plan_node (PLAN, "Lagerarbejder",
                                                        "2026-11-13T12:40:00Z"));
  js_test_store_pull (f->t.store, JS_PLAN_ENTITY, PLAN, 8, plan_node (PLAN, "Chauffør",
                                                        "2026-11-22T09:00:00Z"));
  js_test_store_pull (f->t.store, JS_PLAN_RECEIPT_ENTITY, "0dce2aa5-041a-4ae2-b084-89c98f6a995e", 12,
        json_from_string (receipt, NULL));
  g_assert_cmpint (js_store_plan_seen (f->t.store, PLAN, &error), ==, 8);
  js_test_store_pull (f->t.store, JS_PLAN_RECEIPT_ENTITY, "1dce2aa5-041a-4ae2-b084-89c98f6a995e", 13,
        json_from_string (older, NULL));
  g_assert_cmpint (js_store_plan_seen (f->t.store, PLAN, &error), ==, 8);
  g_assert_cmpint (js_store_journal_count (f->t.store, &error), ==, 0);
}

static void
test_suggestion_check (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) monday = g_date_time_new_utc (2026, 11, 23, 9, 0, 0);
  g_autoptr(GDateTime) last = js_store_suggestions_last_checked (f->t.store, &error);
  g_autoptr(GPtrArray) batch = NULL;
  g_autoptr(JsonNode) check = NULL;
  const char *elsewhere = "{\"id\": \"2dce2aa5-041a-4ae2-b084-89c98f6a995e\", \"revision\": 3,"
                          " \"checked\": \"2026-11-25T15:30:00Z\"}";
  JsJournalOp *op;

  g_assert_no_error (error);
  g_assert_null (last);

  g_assert_true (js_store_suggestions_checked (f->t.store, monday, &error));
  last = js_store_suggestions_last_checked (f->t.store, &error);
  g_assert_nonnull (last);
  g_assert_true (g_date_time_equal (last, monday));

  batch = js_store_sync_next_batch (f->t.store, js_store_get_owner (f->t.store), 10, &error);
  g_assert_cmpuint (batch->len, ==, 1);
  op = batch->pdata[0];
  g_assert_cmpstr (op->entity, ==, JS_SUGGESTION_CHECK_ENTITY);
  check = json_from_string (op->payload, NULL);
  g_assert_true (js_protocol_check_record (op->entity, op->record_id, check, &error));
  g_assert_no_error (error);

  /* A later check made on another PC is the last one here too. */
  js_test_store_pull (f->t.store, JS_SUGGESTION_CHECK_ENTITY, "2dce2aa5-041a-4ae2-b084-89c98f6a995e", 3,
        json_from_string (elsewhere, NULL));
  g_clear_pointer (&last, g_date_time_unref);
  last = js_store_suggestions_last_checked (f->t.store, &error);
  g_assert_cmpint (g_date_time_get_day_of_month (last), ==, 25);
}

static void
save (JsStore       *store,
      const char    *title,
      JsEntryStatus  status,
      guint          day)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsJoblogEntry) entry = js_joblog_entry_new ();
  GDate date;

  js_test_set_date (&date, day, 11, 2026);
  js_joblog_entry_set_date (entry, &date);
  js_joblog_entry_set_status (entry, status);
  js_joblog_entry_set_text (entry, JS_FIELD_TITLE, title);
  js_joblog_entry_set_text (entry, JS_FIELD_EMPLOYER, "PostNord");
  js_joblog_entry_set_suggestion (entry, SUGGESTION);
  g_assert_true (js_store_joblog_save (store, entry, &error));
  g_assert_no_error (error);
}

static void
test_answers (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) answers = js_store_suggestion_answers (f->t.store, &error);
  g_autoptr(GPtrArray) batch = NULL;
  g_autoptr(JsJoblogEntry) sent = NULL;
  JsSuggestionAnswer *answer;

  g_assert_cmpuint (g_hash_table_size (answers), ==, 0);

  save (f->t.store, "Pakkemedarbejder", JS_ENTRY_STATUS_PLANNED, 20);
  g_clear_pointer (&answers, g_hash_table_unref);
  answers = js_store_suggestion_answers (f->t.store, &error);
  answer = g_hash_table_lookup (answers, SUGGESTION);
  g_assert_nonnull (answer);
  g_assert_true (answer->planned);

  save (f->t.store, "Pakkemedarbejder", JS_ENTRY_STATUS_APPLIED, 24);
  save (f->t.store, "Pakkemedarbejder", JS_ENTRY_STATUS_INTERVIEW, 22);

  /* After a restart: the application (the earliest) answers it. */
  g_clear_object (&f->t.store);
  f->t.store = js_store_open (f->t.path, &error);
  g_assert_no_error (error);
  g_clear_pointer (&answers, g_hash_table_unref);
  answers = js_store_suggestion_answers (f->t.store, &error);
  answer = g_hash_table_lookup (answers, SUGGESTION);
  g_assert_false (answer->planned);
  g_assert_cmpstr (answer->date, ==, "2026-11-22");

  /* The link goes to the jobcenter with the entry. */
  batch = js_store_sync_next_batch (f->t.store, js_store_get_owner (f->t.store), 10, &error);
  g_assert_cmpuint (batch->len, ==, 3);
  sent = js_joblog_entry_new_from_json (((JsJournalOp *) batch->pdata[0])->payload, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (js_joblog_entry_get_suggestion (sent), ==, SUGGESTION);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/store-plan/revisions-kept", test_revisions_kept);
  ADD ("/store-plan/mark-read", test_mark_read);
  ADD ("/store-plan/receipt-from-elsewhere", test_receipt_from_elsewhere);
  ADD ("/store-plan/suggestion-check", test_suggestion_check);
  ADD ("/store-plan/answers", test_answers);

#undef ADD

  return g_test_run ();
}
