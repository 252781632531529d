/* test-store-exercises.c: progress on digital-skills exercises
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Attempts count up, the best result and the first completion are kept,
 * every attempt is journaled in its own transaction, progress survives a
 * restart and an upgrade, and progress from the jobcenter (another PC)
 * is merged, never dropped and never put to the citizen as a conflict.
 */

#include "config.h"

#include "js-store-exercises.h"
#include "js-store-private.h"
#include "js-store-sync.h"
#include "js-test-store.h"
#include "js-test-util.h"

#define OKSANA "0101901234"
/* uuid.uuid5 (UUID ("f92fc1de-e22a-4b24-be1d-5eade4836d2c"), "0101901234/mouse-click")
 * in Python: the rule of the API spec, 5.7. */
#define OKSANA_MOUSE_CLICK "ed82a25b-8ec2-5a0f-8ade-c167f6e65759"

typedef struct {
  JsTestStore t;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  js_test_store_set_up (&f->t, "jobspor-exercises");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  js_test_store_tear_down (&f->t);
}

/* 20 November 2026, @hour:00 UTC. */
static GDateTime *
at (int hour)
{
  return g_date_time_new_utc (2026, 11, 20, hour, 0, 0);
}

static void
attempt (JsStore    *store,
         const char *exercise,
         guint       score,
         gboolean    completed,
         int         hour)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) when = at (hour);

  g_assert_true (js_store_exercise_record_attempt (store, exercise, score, completed, when,
                                                   &error));
  g_assert_no_error (error);
}

static char *
format_time (GDateTime *moment)
{
  return moment != NULL ? g_date_time_format_iso8601 (moment) : NULL;
}

static void
assert_progress (JsStore    *store,
                 const char *exercise,
                 int         attempts,
                 int         best_score,
                 const char *completed)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsExerciseProgress) progress = js_store_exercise_lookup (store, exercise, &error);
  g_autofree char *when = NULL;

  g_assert_no_error (error);
  g_assert_nonnull (progress);
  g_assert_cmpstr (progress->exercise, ==, exercise);
  g_assert_true (g_uuid_string_is_valid (progress->id));
  g_assert_cmpint (progress->attempts, ==, attempts);
  g_assert_cmpint (progress->best_score, ==, best_score);
  when = format_time (progress->completed);
  g_assert_cmpstr (when, ==, completed);
}

static GPtrArray *
journal (JsStore *store)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *ops = js_store_journal_peek (store, 100, &error);

  g_assert_no_error (error);
  return ops;
}

/* The newest waiting operation, as JSON, checked to be a whole record. */
static JsonObject *
last_payload (JsStore      *store,
              JsJournalOp **out_op)
{
  g_autoptr(GPtrArray) ops = journal (store);
  JsJournalOp *op;
  JsonNode *node;

  g_assert_cmpuint (ops->len, >, 0);
  op = g_ptr_array_steal_index (ops, ops->len - 1);
  g_assert_cmpstr (op->entity, ==, JS_EXERCISE_PROGRESS_ENTITY);
  g_assert_cmpint (op->action, ==, JS_JOURNAL_PUT);
  node = json_from_string (op->payload, NULL);
  g_assert_true (js_protocol_check_record (op->entity, op->record_id, node, NULL));
  *out_op = op;
  return json_object_ref (json_node_get_object (node));
}

static void
test_record_attempts (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsExerciseProgress) progress = NULL;
  g_autoptr(JsExerciseProgress) missing = NULL;
  g_autoptr(JsJournalOp) op = NULL;
  g_autoptr(JsonObject) payload = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autofree char *last = NULL;

  /* Not finished: counted, but no result and no completion. */
  attempt (f->t.store, "mouse-click", 90, FALSE, 9);
  assert_progress (f->t.store, "mouse-click", 1, 0, NULL);

  /* Finished twice: the first completion stays, the best result rises
   * only with a better finished attempt. */
  attempt (f->t.store, "mouse-click", 70, TRUE, 10);
  assert_progress (f->t.store, "mouse-click", 2, 70, "2026-11-20T10:00:00Z");
  attempt (f->t.store, "mouse-click", 60, TRUE, 11);
  assert_progress (f->t.store, "mouse-click", 3, 70, "2026-11-20T10:00:00Z");
  attempt (f->t.store, "mouse-click", 95, TRUE, 12);
  assert_progress (f->t.store, "mouse-click", 4, 95, "2026-11-20T10:00:00Z");

  /* A clock set wrong earlier: the earliest completion is kept. */
  attempt (f->t.store, "mouse-click", 20, TRUE, 8);
  assert_progress (f->t.store, "mouse-click", 5, 95, "2026-11-20T08:00:00Z");

  progress = js_store_exercise_lookup (f->t.store, "mouse-click", &error);
  last = format_time (progress->last_attempt);
  g_assert_cmpstr (last, ==, "2026-11-20T08:00:00Z");

  /* One journal operation per attempt, the last one the whole record. */
  g_assert_cmpint (js_store_journal_count (f->t.store, NULL), ==, 5);
  payload = last_payload (f->t.store, &op);
  g_assert_cmpstr (op->record_id, ==, progress->id);
  g_assert_cmpint (op->base_revision, ==, 0);
  g_assert_cmpstr (json_object_get_string_member (payload, "id"), ==, progress->id);
  g_assert_cmpstr (json_object_get_string_member (payload, "exercise"), ==, "mouse-click");
  g_assert_cmpint (json_object_get_int_member (payload, "attempts"), ==, 5);
  g_assert_cmpint (json_object_get_int_member (payload, "best_score"), ==, 95);
  g_assert_cmpstr (json_object_get_string_member (payload, "completed"), ==,
                   "2026-11-20T08:00:00Z");
  g_assert_cmpuint (json_object_get_size (payload), ==, 5);

  /* Others are separate; an untried exercise has no progress. */
  attempt (f->t.store, "keyboard-danish-letters", 40, FALSE, 13);
  missing = js_store_exercise_lookup (f->t.store, "mouse-drag-sort", &error);
  g_assert_no_error (error);
  g_assert_null (missing);
  list = js_store_exercise_list (f->t.store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 2);
  g_assert_cmpstr (((JsExerciseProgress *) list->pdata[0])->exercise, ==,
                   "keyboard-danish-letters");
  g_assert_cmpstr (((JsExerciseProgress *) list->pdata[1])->exercise, ==, "mouse-click");
  g_assert_null (((JsExerciseProgress *) list->pdata[0])->completed);
}

static void
test_refuses_bad_attempts (Fixture       *f,
                           gconstpointer  data)
{
  g_autofree char *long_id = g_strnfill (65, 'a');
  g_autoptr(GPtrArray) list = NULL;
  const char *bad_ids[] = { "", "Mouse click", "mus-æ", long_id };

  for (guint i = 0; i < G_N_ELEMENTS (bad_ids); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_false (js_store_exercise_record_attempt (f->t.store, bad_ids[i], 50, TRUE, NULL,
                                                        &error));
      g_assert_error (error, JS_STORE_ERROR, JS_STORE_ERROR_INVALID);
    }

  {
    g_autoptr(GError) error = NULL;

    g_assert_false (js_store_exercise_record_attempt (f->t.store, "mouse-click", 101, TRUE, NULL,
                                                      &error));
    g_assert_error (error, JS_STORE_ERROR, JS_STORE_ERROR_INVALID);
  }

  g_assert_cmpint (js_store_journal_count (f->t.store, NULL), ==, 0);
  list = js_store_exercise_list (f->t.store, NULL);
  g_assert_cmpuint (list->len, ==, 0);
}

static void
test_record_id (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *id = js_exercise_progress_id (OKSANA, "mouse-click");
  g_autoptr(JsExerciseProgress) before_sign_in = NULL;
  g_autoptr(JsExerciseProgress) signed_in = NULL;
  g_autoptr(JsStore) other = NULL;
  g_autofree char *other_path = g_build_filename (f->t.dir, "other.db", NULL);
  g_autoptr(JsExerciseProgress) elsewhere = NULL;

  g_assert_cmpstr (id, ==, OKSANA_MOUSE_CLICK);

  /* Before sign-in: a random UUID (version 4). */
  attempt (f->t.store, "mouse-drag-sort", 50, TRUE, 9);
  before_sign_in = js_store_exercise_lookup (f->t.store, "mouse-drag-sort", &error);
  g_assert_true (js_protocol_uuid_valid (before_sign_in->id));
  g_assert_cmpint (before_sign_in->id[14], ==, '4');

  /* Signed in: the citizen's own UUID, the same on every PC. */
  js_store_set_meta (f->t.store, "citizen-number", OKSANA, &error);
  attempt (f->t.store, "mouse-click", 50, TRUE, 9);
  signed_in = js_store_exercise_lookup (f->t.store, "mouse-click", &error);
  g_assert_cmpstr (signed_in->id, ==, OKSANA_MOUSE_CLICK);

  other = js_store_open (other_path, &error);
  js_store_set_meta (other, "citizen-number", OKSANA, &error);
  attempt (other, "mouse-click", 10, FALSE, 9);
  elsewhere = js_store_exercise_lookup (other, "mouse-click", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (elsewhere->id, ==, OKSANA_MOUSE_CLICK);
}

/* The change and its journal row commit together: when the journal row
 * cannot be written, the attempt is not counted either. */
static void
test_same_transaction (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) when = at (10);
  sqlite3 *db = _js_store_get_db (f->t.store);

  attempt (f->t.store, "mouse-click", 70, TRUE, 9);
  g_assert_true (_js_store_exec (db, "CREATE TRIGGER no_journal BEFORE INSERT ON journal"
                                     " BEGIN SELECT RAISE (ABORT, 'journal full'); END;", NULL));

  g_assert_false (js_store_exercise_record_attempt (f->t.store, "mouse-click", 90, TRUE, when,
                                                    &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_false (js_store_exercise_record_attempt (f->t.store, "mouse-double-click", 90, TRUE,
                                                    when, &error));
  g_clear_error (&error);

  assert_progress (f->t.store, "mouse-click", 1, 70, "2026-11-20T09:00:00Z");
  g_assert_null (js_store_exercise_lookup (f->t.store, "mouse-double-click", NULL));
  g_assert_cmpint (js_store_journal_count (f->t.store, NULL), ==, 1);

  g_assert_true (_js_store_exec (db, "DROP TRIGGER no_journal;", NULL));
  g_assert_true (js_store_exercise_record_attempt (f->t.store, "mouse-click", 90, TRUE, when,
                                                   &error));
  assert_progress (f->t.store, "mouse-click", 2, 90, "2026-11-20T09:00:00Z");
  g_assert_cmpint (js_store_journal_count (f->t.store, NULL), ==, 2);
}

static void
test_survives_restart (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsExerciseProgress) progress = NULL;
  g_autofree char *last = NULL;

  js_store_set_meta (f->t.store, "citizen-number", OKSANA, &error);
  attempt (f->t.store, "mouse-click", 80, TRUE, 10);
  attempt (f->t.store, "mouse-click", 30, FALSE, 11);
  g_clear_object (&f->t.store);

  f->t.store = js_store_open (f->t.path, &error);
  g_assert_no_error (error);
  assert_progress (f->t.store, "mouse-click", 2, 80, "2026-11-20T10:00:00Z");
  progress = js_store_exercise_lookup (f->t.store, "mouse-click", &error);
  g_assert_cmpstr (progress->id, ==, OKSANA_MOUSE_CLICK);
  last = format_time (progress->last_attempt);
  g_assert_cmpstr (last, ==, "2026-11-20T11:00:00Z");
  g_assert_cmpint (js_store_journal_count (f->t.store, NULL), ==, 2);

  /* And counting goes on from there. */
  attempt (f->t.store, "mouse-click", 85, TRUE, 12);
  assert_progress (f->t.store, "mouse-click", 3, 85, "2026-11-20T10:00:00Z");
}

static void
put_server_record (JsStore    *store,
                   const char *id,
                   gint64      revision,
                   const char *body)
{
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (_js_store_get_db (store),
                                       "INSERT INTO server_record (entity, id, revision, body)"
                                       " VALUES ('exercise-progress', ?1, ?2, ?3);",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, revision);
  sqlite3_bind_text (stmt, 3, body, -1, SQLITE_STATIC);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
  sqlite3_finalize (stmt);
}

static gint64
count_rows (JsStore    *store,
            const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 count;

  g_assert_cmpint (sqlite3_prepare_v2 (_js_store_get_db (store), sql, -1, &stmt, NULL), ==,
                   SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  count = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return count;
}

static gboolean
journal_joblog_op (JsTxn     *txn,
                   gpointer   user_data,
                   GError   **error)
{
  return js_txn_journal (txn, "joblog-entry", "351521cf-3783-4179-ad30-a7cf71caba73", 0,
                         JS_JOURNAL_DELETE, NULL, error);
}

/* A version 3 profile keeps everything, and the progress it had pulled as
 * plain jobcenter records becomes progress, merged per exercise. */
static void
test_migrate_from_v3 (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (f->t.dir, "v3.db", NULL);
  g_autofree char *cursor = NULL;
  g_autoptr(JsExerciseProgress) progress = NULL;
  JsStore *store;

  store = _js_store_open_at_version (path, 3, &error);
  g_assert_no_error (error);
  js_store_set_meta (store, JS_SYNC_CURSOR_KEY, "41", &error);
  put_server_record (store, "36068ac4-1bcc-4799-82ce-ae082aad8adf", 2,
                     "{\"id\": \"36068ac4-1bcc-4799-82ce-ae082aad8adf\", \"revision\": 2,"
                     " \"exercise\": \"mitid-safe-login\", \"attempts\": 3, \"best_score\": 85,"
                     " \"completed\": \"2026-11-15T14:03:22Z\"}");
  put_server_record (store, "4e6fba1c-3d4a-4b7e-9a51-0d1c2b3a4f5e", 1,
                     "{\"id\": \"4e6fba1c-3d4a-4b7e-9a51-0d1c2b3a4f5e\", \"revision\": 1,"
                     " \"exercise\": \"mitid-safe-login\", \"attempts\": 5, \"best_score\": 60,"
                     " \"completed\": \"2026-11-12T09:00:00.5Z\"}");
  put_server_record (store, "5f7a0b2d-4e5b-4c8f-8b62-1e2d3c4b5a6f", 1,
                     "{\"id\": \"5f7a0b2d-4e5b-4c8f-8b62-1e2d3c4b5a6f\", \"revision\": 1,"
                     " \"exercise\": \"mouse-click\", \"attempts\": 1, \"best_score\": 0,"
                     " \"completed\": null}");
  g_assert_true (js_store_transaction (store, journal_joblog_op, NULL, &error));
  g_object_unref (store);

  store = js_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (js_store_get_schema_version (store), ==, js_store_get_latest_version ());
  cursor = js_store_dup_meta (store, JS_SYNC_CURSOR_KEY, &error);
  g_assert_cmpstr (cursor, ==, "41");
  g_assert_cmpint (js_store_journal_count (store, NULL), ==, 1);

  assert_progress (store, "mitid-safe-login", 5, 85, "2026-11-12T09:00:00.500000Z");
  assert_progress (store, "mouse-click", 1, 0, NULL);
  progress = js_store_exercise_lookup (store, "mitid-safe-login", &error);
  g_assert_cmpstr (progress->id, ==, "36068ac4-1bcc-4799-82ce-ae082aad8adf");
  g_assert_cmpint (count_rows (store, "SELECT count(*) FROM server_record;"), ==, 0);

  /* The next attempt continues on the jobcenter's revision. */
  attempt (store, "mitid-safe-login", 90, TRUE, 9);
  assert_progress (store, "mitid-safe-login", 6, 90, "2026-11-12T09:00:00.500000Z");
  g_assert_cmpint (count_rows (store, "SELECT max (base_revision) FROM journal"
                                      " WHERE entity = 'exercise-progress';"), ==, 2);
  g_object_unref (store);
}

static JsonNode *
record_node (const char *id,
             const char *exercise,
             int         attempts,
             int         best_score,
             const char *completed)
{
  g_autofree char *json = NULL;
  g_autofree char *when = completed != NULL ? g_strdup_printf ("\"%s\"", completed)
                                            : g_strdup ("null");

  json = g_strdup_printf ("{\"id\": \"%s\", \"exercise\": \"%s\", \"attempts\": %d,"
                          " \"best_score\": %d, \"completed\": %s}",
                          id, exercise, attempts, best_score, when);
  return json_from_string (json, NULL);
}

/* Applies a page of one change from the jobcenter; @record NULL: deleted. */
static void
pull (JsStore    *store,
      const char *id,
      gint64      revision,
      JsonNode   *record)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsChangesPage) page = js_changes_page_new ();
  JsChange *change = g_new0 (JsChange, 1);

  change->entity = g_strdup (JS_EXERCISE_PROGRESS_ENTITY);
  change->record_id = g_strdup (id);
  change->revision = revision;
  change->deleted = record == NULL;
  change->record = record;
  g_ptr_array_add (page->changes, change);
  page->cursor = g_strdup_printf ("%" G_GINT64_FORMAT, revision);

  g_assert_true (js_store_sync_apply_page (store, page, &error));
  g_assert_no_error (error);
}

/* Answers the oldest waiting operation as the jobcenter would. */
static void
answer (JsStore      *store,
        JsPushStatus  status,
        gint64        revision,
        JsonNode     *record)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) batch = js_store_sync_next_batch (store, js_store_get_owner (store), 1,
                                                         &error);
  g_autoptr(GPtrArray) results =
    g_ptr_array_new_with_free_func ((GDestroyNotify) js_push_result_free);
  JsPushResult *result = g_new0 (JsPushResult, 1);

  g_assert_cmpuint (batch->len, ==, 1);
  result->op_id = g_strdup (((JsJournalOp *) batch->pdata[0])->op_id);
  result->status = status;
  result->revision = revision;
  result->record = record;
  g_ptr_array_add (results, result);

  g_assert_true (js_store_sync_apply_results (store, batch, results, NULL, NULL, &error));
  g_assert_no_error (error);
}

static void
assert_no_conflicts (JsStore *store)
{
  g_autoptr(GPtrArray) conflicts = js_store_sync_list_conflicts (store, NULL);

  g_assert_cmpuint (conflicts->len, ==, 0);
}

/* Waiting operations are replaced by one with the merge, on the
 * jobcenter's revision; none when the jobcenter has it all. */
static void
test_pull_merges (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsJournalOp) op = NULL;
  g_autoptr(JsonObject) payload = NULL;
  g_autoptr(JsJournalOp) next = NULL;
  g_autoptr(JsonObject) next_payload = NULL;

  js_store_set_meta (f->t.store, "citizen-number", OKSANA, &error);
  attempt (f->t.store, "mouse-click", 70, TRUE, 10);
  attempt (f->t.store, "mouse-click", 20, FALSE, 11);

  /* Another PC: more attempts, a lower best, an earlier completion. */
  pull (f->t.store, OKSANA_MOUSE_CLICK, 3,
        record_node (OKSANA_MOUSE_CLICK, "mouse-click", 4, 60, "2026-11-20T09:00:00Z"));
  assert_progress (f->t.store, "mouse-click", 4, 70, "2026-11-20T09:00:00Z");
  g_assert_cmpint (js_store_journal_count (f->t.store, NULL), ==, 1);
  payload = last_payload (f->t.store, &op);
  g_assert_cmpint (op->base_revision, ==, 3);
  g_assert_cmpint (json_object_get_int_member (payload, "attempts"), ==, 4);
  g_assert_cmpint (json_object_get_int_member (payload, "best_score"), ==, 70);
  g_assert_cmpstr (json_object_get_string_member (payload, "completed"), ==,
                   "2026-11-20T09:00:00Z");

  /* The jobcenter has caught up: nothing left to send. */
  pull (f->t.store, OKSANA_MOUSE_CLICK, 4,
        record_node (OKSANA_MOUSE_CLICK, "mouse-click", 4, 70, "2026-11-20T09:00:00Z"));
  assert_progress (f->t.store, "mouse-click", 4, 70, "2026-11-20T09:00:00Z");
  g_assert_cmpint (js_store_journal_count (f->t.store, NULL), ==, 0);

  /* The next attempt is made on revision 4. */
  attempt (f->t.store, "mouse-click", 75, TRUE, 12);
  next_payload = last_payload (f->t.store, &next);
  g_assert_cmpint (next->base_revision, ==, 4);
  g_assert_cmpint (json_object_get_int_member (next_payload, "attempts"), ==, 5);
  assert_no_conflicts (f->t.store);
}

static void
test_pull_other_record (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsExerciseProgress) before = NULL;
  g_autoptr(JsExerciseProgress) after = NULL;
  g_autoptr(JsExerciseProgress) adopted = NULL;
  g_autoptr(JsExerciseProgress) placed = NULL;
  g_autoptr(JsJournalOp) op = NULL;
  g_autoptr(JsonObject) payload = NULL;
  g_autoptr(JsJournalOp) sent = NULL;
  g_autoptr(JsonObject) sent_payload = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autofree char *elsewhere = g_uuid_string_random ();
  g_autofree char *fresh = g_uuid_string_random ();

  /* Before sign-in, another PC's record of the same exercise: one row,
   * under this PC's UUID, holding both. */
  attempt (f->t.store, "mouse-click", 30, TRUE, 10);
  attempt (f->t.store, "mouse-click", 40, FALSE, 11);
  before = js_store_exercise_lookup (f->t.store, "mouse-click", &error);
  pull (f->t.store, elsewhere, 1, record_node (elsewhere, "mouse-click", 1, 90,
                                             "2026-11-19T12:00:00Z"));
  after = js_store_exercise_lookup (f->t.store, "mouse-click", &error);
  g_assert_cmpstr (after->id, ==, before->id);
  assert_progress (f->t.store, "mouse-click", 2, 90, "2026-11-19T12:00:00Z");
  payload = last_payload (f->t.store, &op);
  g_assert_cmpstr (op->record_id, ==, before->id);
  g_assert_cmpint (json_object_get_int_member (payload, "best_score"), ==, 90);

  /* Signed in: the record under the citizen's own UUID is taken over, and
   * what only this PC had goes to it. */
  js_store_set_meta (f->t.store, "citizen-number", OKSANA, &error);
  pull (f->t.store, OKSANA_MOUSE_CLICK, 2,
        record_node (OKSANA_MOUSE_CLICK, "mouse-click", 1, 50, NULL));
  adopted = js_store_exercise_lookup (f->t.store, "mouse-click", &error);
  g_assert_cmpstr (adopted->id, ==, OKSANA_MOUSE_CLICK);
  assert_progress (f->t.store, "mouse-click", 2, 90, "2026-11-19T12:00:00Z");
  sent_payload = last_payload (f->t.store, &sent);
  g_assert_cmpstr (sent->record_id, ==, OKSANA_MOUSE_CLICK);
  g_assert_cmpint (sent->base_revision, ==, 2);
  g_assert_cmpint (json_object_get_int_member (sent_payload, "attempts"), ==, 2);
  g_assert_cmpint (count_rows (f->t.store, "SELECT count(*) FROM journal"
                                         " WHERE entity = 'exercise-progress';"), ==, 1);

  /* An exercise only another PC has tried arrives as it is. */
  pull (f->t.store, fresh, 7, record_node (fresh, "mouse-right-click", 3, 100,
                                         "2026-11-18T08:00:00Z"));
  placed = js_store_exercise_lookup (f->t.store, "mouse-right-click", &error);
  g_assert_cmpstr (placed->id, ==, fresh);
  assert_progress (f->t.store, "mouse-right-click", 3, 100, "2026-11-18T08:00:00Z");

  list = js_store_exercise_list (f->t.store, &error);
  g_assert_cmpuint (list->len, ==, 2);
  assert_no_conflicts (f->t.store);
}

/* A deletion from the jobcenter (Jobspor never sends one) loses nothing:
 * the progress stays and is sent again. */
static void
test_pull_deleted (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsJournalOp) op = NULL;
  g_autoptr(JsonObject) payload = NULL;

  js_store_set_meta (f->t.store, "citizen-number", OKSANA, &error);
  attempt (f->t.store, "mouse-click", 80, TRUE, 10);
  answer (f->t.store, JS_PUSH_APPLIED, 1, NULL);
  g_assert_cmpint (js_store_journal_count (f->t.store, NULL), ==, 0);

  pull (f->t.store, OKSANA_MOUSE_CLICK, 2, NULL);
  assert_progress (f->t.store, "mouse-click", 1, 80, "2026-11-20T10:00:00Z");
  payload = last_payload (f->t.store, &op);
  g_assert_cmpint (op->base_revision, ==, 2);
  g_assert_cmpint (json_object_get_int_member (payload, "best_score"), ==, 80);
}

/* A conflict merges both sides and sends the merge on the jobcenter's
 * revision, without asking the citizen. */
static void
test_conflict_merges (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsJournalOp) op = NULL;
  g_autoptr(JsonObject) payload = NULL;
  g_autoptr(JsJournalOp) next = NULL;
  g_autoptr(JsonObject) next_payload = NULL;

  js_store_set_meta (f->t.store, "citizen-number", OKSANA, &error);
  attempt (f->t.store, "mouse-click", 50, TRUE, 10);
  attempt (f->t.store, "mouse-click", 55, TRUE, 11);

  answer (f->t.store, JS_PUSH_CONFLICT, 2,
          record_node (OKSANA_MOUSE_CLICK, "mouse-click", 3, 40, NULL));
  assert_progress (f->t.store, "mouse-click", 3, 55, "2026-11-20T10:00:00Z");
  assert_no_conflicts (f->t.store);
  g_assert_cmpint (js_store_journal_count (f->t.store, NULL), ==, 1);
  payload = last_payload (f->t.store, &op);
  g_assert_cmpint (op->base_revision, ==, 2);
  g_assert_cmpint (json_object_get_int_member (payload, "attempts"), ==, 3);
  g_assert_cmpint (json_object_get_int_member (payload, "best_score"), ==, 55);

  /* Applied: the revision is noted, the next attempt builds on it. */
  answer (f->t.store, JS_PUSH_APPLIED, 3, NULL);
  g_assert_cmpint (js_store_journal_count (f->t.store, NULL), ==, 0);
  attempt (f->t.store, "mouse-click", 10, FALSE, 12);
  next_payload = last_payload (f->t.store, &next);
  g_assert_cmpint (next->base_revision, ==, 3);
  g_assert_cmpint (json_object_get_int_member (next_payload, "attempts"), ==, 4);

  /* A conflict where the jobcenter already has everything: nothing to send. */
  answer (f->t.store, JS_PUSH_CONFLICT, 5,
          record_node (OKSANA_MOUSE_CLICK, "mouse-click", 6, 90, "2026-11-19T10:00:00Z"));
  assert_progress (f->t.store, "mouse-click", 6, 90, "2026-11-19T10:00:00Z");
  g_assert_cmpint (js_store_journal_count (f->t.store, NULL), ==, 0);
  assert_no_conflicts (f->t.store);
}

/* Progress made before sign-in moves to the citizen's own UUID at sign-in,
 * with its waiting operation, so the jobcenter gets one record, not two;
 * what the jobcenter already has keeps its UUID. */
static void
test_claim_at_sign_in (Fixture       *f,
                       gconstpointer  data)
{
  const char *known = "36068ac4-1bcc-4799-82ce-ae082aad8adf";
  g_autoptr(GError) error = NULL;
  g_autoptr(JsExerciseProgress) before = NULL;
  g_autoptr(JsExerciseProgress) after = NULL;
  g_autoptr(JsExerciseProgress) kept = NULL;
  g_autoptr(GPtrArray) ops = NULL;
  g_autofree char *old_id = NULL;
  g_autofree char *citizen = NULL;
  guint n_click = 0;

  attempt (f->t.store, "mouse-click", 50, TRUE, 9);
  attempt (f->t.store, "mouse-click", 100, TRUE, 10);
  before = js_store_exercise_lookup (f->t.store, "mouse-click", &error);
  old_id = g_strdup (before->id);
  g_assert_cmpstr (old_id, !=, OKSANA_MOUSE_CLICK);
  pull (f->t.store, known, 3, record_node (known, "mouse-drag-sort", 2, 80, NULL));

  g_assert_true (js_store_exercise_claim (f->t.store, OKSANA, &error));
  g_assert_no_error (error);
  citizen = js_store_dup_meta (f->t.store, "citizen-number", &error);
  g_assert_cmpstr (citizen, ==, OKSANA);

  after = js_store_exercise_lookup (f->t.store, "mouse-click", &error);
  g_assert_cmpstr (after->id, ==, OKSANA_MOUSE_CLICK);
  assert_progress (f->t.store, "mouse-click", 2, 100, "2026-11-20T09:00:00Z");
  kept = js_store_exercise_lookup (f->t.store, "mouse-drag-sort", &error);
  g_assert_cmpstr (kept->id, ==, known);

  /* One waiting operation for the record, under the new UUID; none under the old. */
  ops = journal (f->t.store);
  for (guint i = 0; i < ops->len; i++)
    {
      JsJournalOp *op = ops->pdata[i];
      g_autoptr(JsonNode) node = NULL;

      g_assert_cmpstr (op->record_id, !=, old_id);
      g_assert_cmpstr (op->record_id, !=, known);
      if (!g_str_equal (op->record_id, OKSANA_MOUSE_CLICK))
        continue;
      n_click++;
      node = json_from_string (op->payload, NULL);
      g_assert_cmpint (op->base_revision, ==, 0);
      g_assert_cmpstr (json_object_get_string_member (json_node_get_object (node), "id"), ==,
                       OKSANA_MOUSE_CLICK);
      g_assert_cmpint (json_object_get_int_member (json_node_get_object (node), "attempts"), ==,
                       2);
    }
  g_assert_cmpuint (n_click, ==, 1);

  /* Signing in again changes nothing. */
  g_assert_true (js_store_exercise_claim (f->t.store, OKSANA, &error));
  g_assert_cmpint (js_store_journal_count (f->t.store, NULL), ==, ops->len);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/store/exercises/record-attempts", test_record_attempts);
  ADD ("/store/exercises/refuses-bad-attempts", test_refuses_bad_attempts);
  ADD ("/store/exercises/record-id", test_record_id);
  ADD ("/store/exercises/claim-at-sign-in", test_claim_at_sign_in);
  ADD ("/store/exercises/same-transaction", test_same_transaction);
  ADD ("/store/exercises/survives-restart", test_survives_restart);
  ADD ("/store/exercises/migrate-from-v3", test_migrate_from_v3);
  ADD ("/store/exercises/pull-merges", test_pull_merges);
  ADD ("/store/exercises/pull-other-record", test_pull_other_record);
  ADD ("/store/exercises/pull-deleted", test_pull_deleted);
  ADD ("/store/exercises/conflict-merges", test_conflict_merges);

#undef ADD

  return g_test_run ();
}
