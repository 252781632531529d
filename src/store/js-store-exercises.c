/* js-store-exercises.c: the citizen's progress on digital-skills exercises
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One row per exercise. Every attempt journals the whole record, so the
 * jobcenter always receives complete progress. Progress only grows: the
 * most attempts, the best result and the earliest completion win whenever
 * two versions meet (a pull, a conflict), so nothing done on any PC is
 * lost and the same merge on every side makes them agree.
 *
 * A record's UUID is derived from the citizen number and the exercise
 * (UUID version 5), so every PC of the citizen writes the same record.
 * Before the citizen has signed in there is no number: the record gets a
 * random UUID, and the pull merges it with the one the jobcenter has.
 */

#include "config.h"

#include "js-protocol.h"
#include "js-store-exercises.h"
#include "js-store-exercises-private.h"

/* The namespace of exercise-progress record UUIDs (data/api/jobspor-api-v1.md, 5.7). */
static const guint8 progress_namespace[16] = {
  0xf9, 0x2f, 0xc1, 0xde, 0xe2, 0x2a, 0x4b, 0x24,
  0xbe, 0x1d, 0x5e, 0xad, 0xe4, 0x83, 0x6d, 0x2c,
};

void
_js_progress_row_clear (JsProgressRow *row)
{
  g_clear_pointer (&row->exercise, g_free);
  g_clear_pointer (&row->id, g_free);
  g_clear_pointer (&row->completed, g_free);
  g_clear_pointer (&row->last_attempt, g_free);
}

/**
 * js_exercise_progress_id:
 * @citizen: the citizen number
 * @exercise: the exercise id
 *
 * The UUID of a citizen's progress record for @exercise: version 5 (SHA-1)
 * of "<citizen>/<exercise>" in Jobspor's namespace, lowercase.
 *
 * Returns: (transfer full): the record's UUID
 */
char *
js_exercise_progress_id (const char *citizen,
                         const char *exercise)
{
  g_autoptr(GChecksum) sha1 = g_checksum_new (G_CHECKSUM_SHA1);
  g_autofree char *name = NULL;
  guint8 digest[20];
  gsize length = sizeof digest;

  g_return_val_if_fail (citizen != NULL, NULL);
  g_return_val_if_fail (exercise != NULL, NULL);

  name = g_strconcat (citizen, "/", exercise, NULL);
  g_checksum_update (sha1, progress_namespace, sizeof progress_namespace);
  g_checksum_update (sha1, (const guchar *) name, -1);
  g_checksum_get_digest (sha1, digest, &length);

  digest[6] = (digest[6] & 0x0f) | 0x50;
  digest[8] = (digest[8] & 0x3f) | 0x80;

  return g_strdup_printf ("%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-"
                          "%02x%02x%02x%02x%02x%02x",
                          digest[0], digest[1], digest[2], digest[3], digest[4], digest[5],
                          digest[6], digest[7], digest[8], digest[9], digest[10], digest[11],
                          digest[12], digest[13], digest[14], digest[15]);
}

/* As the content format names exercises: a-z, 0-9 and "-", 1 to 64. */
gboolean
_js_progress_exercise_valid (const char *exercise)
{
  gsize length = strlen (exercise);

  if (length == 0 || length > PROGRESS_MAX_EXERCISE_CHARS)
    return FALSE;

  for (const char *p = exercise; *p != '\0'; p++)
    {
      if (!g_ascii_islower (*p) && !g_ascii_isdigit (*p) && *p != '-')
        return FALSE;
    }

  return TRUE;
}

char *
_js_progress_format_utc (GDateTime *when)
{
  g_autoptr(GDateTime) utc = g_date_time_to_utc (when);

  return g_date_time_format (utc, "%Y-%m-%dT%H:%M:%SZ");
}

/* Whether @a is an earlier moment than @b; a time that does not parse is
 * never earlier than one that does. */
gboolean
_js_progress_earlier (const char *a,
         const char *b)
{
  g_autoptr(GDateTime) first = g_date_time_new_from_iso8601 (a, NULL);
  g_autoptr(GDateTime) second = g_date_time_new_from_iso8601 (b, NULL);

  if (first == NULL)
    return FALSE;

  return second == NULL || g_date_time_compare (first, second) < 0;
}

/* Raises @into to everything @other has: attempts, best result, earliest
 * completion. Returns whether @into changed. */
gboolean
_js_progress_merge (JsProgressRow       *into,
       const JsProgressRow *other)
{
  gboolean changed = FALSE;

  if (other->attempts > into->attempts)
    {
      into->attempts = other->attempts;
      changed = TRUE;
    }

  if (other->best_score > into->best_score)
    {
      into->best_score = other->best_score;
      changed = TRUE;
    }

  if (other->completed != NULL &&
      (into->completed == NULL || _js_progress_earlier (other->completed, into->completed)))
    {
      g_free (into->completed);
      into->completed = g_strdup (other->completed);
      changed = TRUE;
    }

  return changed;
}

void
_js_progress_row_from_statement (sqlite3_stmt *stmt,
                    JsProgressRow          *row)
{
  row->exercise = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  row->id = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
  row->revision = sqlite3_column_int64 (stmt, 2);
  row->attempts = sqlite3_column_int (stmt, 3);
  row->best_score = sqlite3_column_int (stmt, 4);
  row->completed = g_strdup ((const char *) sqlite3_column_text (stmt, 5));
  row->last_attempt = g_strdup ((const char *) sqlite3_column_text (stmt, 6));
}

/* The row whose @column ("exercise" or "id") is @key; @found says whether
 * there is one. */
gboolean
_js_progress_load_row (JsStore     *store,
          gboolean     by_id,
          const char  *key,
          JsProgressRow         *row,
          gboolean    *found,
          GError     **error)
{
  sqlite3_stmt *stmt = _js_store_prepare (store,
                                          by_id ? "SELECT " PROGRESS_COLUMNS " FROM exercise_progress"
                                                  " WHERE id = ?1;"
                                                : "SELECT " PROGRESS_COLUMNS " FROM exercise_progress"
                                                  " WHERE exercise = ?1;",
                                          error);
  int rc;

  *found = FALSE;
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      _js_progress_row_clear (row);
      _js_progress_row_from_statement (stmt, row);
      *found = TRUE;
    }
  _js_store_release (stmt);

  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return _js_store_set_error (error, _js_store_get_db (store), rc,
                                "Could not read exercise progress");

  return TRUE;
}

gboolean
_js_progress_write_row (JsTxn      *txn,
           const JsProgressRow  *row,
           GError    **error)
{
  sqlite3_stmt *stmt = _js_store_prepare (txn->store,
                                          "INSERT INTO exercise_progress (" PROGRESS_COLUMNS ")"
                                          " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"
                                          " ON CONFLICT (exercise) DO UPDATE SET"
                                          " id = excluded.id, revision = excluded.revision,"
                                          " attempts = excluded.attempts,"
                                          " best_score = excluded.best_score,"
                                          " completed = excluded.completed,"
                                          " last_attempt = excluded.last_attempt;",
                                          error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, row->exercise, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, row->id, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 3, row->revision);
  sqlite3_bind_int (stmt, 4, row->attempts);
  sqlite3_bind_int (stmt, 5, row->best_score);
  _js_store_bind_text_or_null (stmt, 6, row->completed);
  _js_store_bind_text_or_null (stmt, 7, row->last_attempt);
  rc = sqlite3_step (stmt);
  _js_store_release (stmt);

  if (rc != SQLITE_DONE)
    return _js_store_set_error (error, txn->db, rc, "Could not save exercise progress");

  return TRUE;
}

/* The record as the API has it (5.7), without the local-only members. */
static char *
row_to_json (const JsProgressRow *row)
{
  JsProgressRecord record = { row->id, row->exercise, row->attempts, row->best_score,
                              row->completed };

  return js_progress_record_write (&record);
}

gboolean
_js_progress_journal_row (JsTxn      *txn,
             const JsProgressRow  *row,
             gint64      base_revision,
             GError    **error)
{
  g_autofree char *payload = row_to_json (row);

  return js_txn_journal (txn, JS_EXERCISE_PROGRESS_ENTITY, row->id, base_revision,
                         JS_JOURNAL_PUT, payload, error);
}

gboolean
_js_progress_id_taken (JsTxn       *txn,
          const char  *id,
          gboolean    *taken,
          GError     **error)
{
  g_auto(JsProgressRow) other = { 0 };

  return _js_progress_load_row (txn->store, TRUE, id, &other, taken, error);
}

/* This citizen's UUID for @exercise, or NULL before sign-in (then @error
 * is not set). */
char *
_js_progress_canonical_id (JsTxn       *txn,
              const char  *exercise,
              GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *citizen = js_store_dup_meta (txn->store, CITIZEN_NUMBER_KEY, &local_error);

  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  return citizen != NULL && *citizen != '\0' ? js_exercise_progress_id (citizen, exercise)
                                             : NULL;
}

/* A new row's UUID: the citizen's own for the exercise, or a random one
 * before sign-in (or when a record from the jobcenter already holds it). */
char *
_js_progress_new_record_id (JsTxn       *txn,
               const char  *exercise,
               GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *id = _js_progress_canonical_id (txn, exercise, &local_error);
  gboolean taken = FALSE;

  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  if (id != NULL && !_js_progress_id_taken (txn, id, &taken, error))
    return NULL;

  if (id == NULL || taken)
    {
      g_free (id);
      id = g_uuid_string_random ();
    }

  return g_steal_pointer (&id);
}

typedef struct {
  const char *exercise;
  guint       score;
  gboolean    completed;
  GDateTime  *when;
} Attempt;

static gboolean
record_in_txn (JsTxn     *txn,
               gpointer   user_data,
               GError   **error)
{
  Attempt *attempt = user_data;
  g_auto(JsProgressRow) row = { 0 };
  g_autofree char *stamp = _js_progress_format_utc (attempt->when);
  gboolean found;

  if (!_js_progress_load_row (txn->store, FALSE, attempt->exercise, &row, &found, error))
    return FALSE;

  if (!found)
    {
      row.exercise = g_strdup (attempt->exercise);
      if (!(row.id = _js_progress_new_record_id (txn, attempt->exercise, error)))
        return FALSE;
    }

  row.attempts = MIN (row.attempts + 1, PROGRESS_MAX_ATTEMPTS);
  if (attempt->completed)
    {
      row.best_score = MAX (row.best_score, (int) attempt->score);
      if (row.completed == NULL || _js_progress_earlier (stamp, row.completed))
        {
          g_free (row.completed);
          row.completed = g_strdup (stamp);
        }
    }
  g_free (row.last_attempt);
  row.last_attempt = g_steal_pointer (&stamp);

  return _js_progress_write_row (txn, &row, error) && _js_progress_journal_row (txn, &row, row.revision, error);
}

/**
 * js_store_exercise_record_attempt:
 * @store: a #JsStore
 * @exercise: the exercise id (a-z, 0-9 and "-", at most 64 characters)
 * @score: the attempt's result, 0..100
 * @completed: whether the citizen finished the exercise in this attempt
 * @when: (nullable): when the attempt ended; %NULL for now
 * @error: return location for a #JsStoreError
 *
 * Counts one more attempt. A completed attempt raises the best result
 * when it is better, and sets the completion date when there was none
 * (or it was later). The whole record goes into the journal in the same
 * transaction.
 *
 * Returns: %TRUE on success
 */
gboolean
js_store_exercise_record_attempt (JsStore     *store,
                                  const char  *exercise,
                                  guint        score,
                                  gboolean     completed,
                                  GDateTime   *when,
                                  GError     **error)
{
  g_autoptr(GDateTime) now = NULL;
  Attempt attempt = { exercise, score, completed, when };

  g_return_val_if_fail (JS_IS_STORE (store), FALSE);
  g_return_val_if_fail (exercise != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_js_progress_exercise_valid (exercise))
    {
      g_set_error (error, JS_STORE_ERROR, JS_STORE_ERROR_INVALID,
                   "“%s” is not an exercise id", exercise);
      return FALSE;
    }

  if (score > 100)
    {
      g_set_error (error, JS_STORE_ERROR, JS_STORE_ERROR_INVALID,
                   "A result of %u is out of range (0 to 100)", score);
      return FALSE;
    }

  if (attempt.when == NULL)
    attempt.when = now = g_date_time_new_now_utc ();

  return js_store_transaction (store, record_in_txn, &attempt, error);
}

static JsExerciseProgress *
progress_from_row (JsProgressRow *row)
{
  JsExerciseProgress *progress = g_new0 (JsExerciseProgress, 1);

  progress->id = g_steal_pointer (&row->id);
  progress->exercise = g_steal_pointer (&row->exercise);
  progress->attempts = row->attempts;
  progress->best_score = row->best_score;
  if (row->completed != NULL)
    progress->completed = g_date_time_new_from_iso8601 (row->completed, NULL);
  if (row->last_attempt != NULL)
    progress->last_attempt = g_date_time_new_from_iso8601 (row->last_attempt, NULL);

  return progress;
}

/**
 * js_store_exercise_lookup:
 * @store: a #JsStore
 * @exercise: the exercise id
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): the progress on @exercise, or %NULL
 *   when the citizen has not tried it (then @error is not set) or on failure
 */
JsExerciseProgress *
js_store_exercise_lookup (JsStore     *store,
                          const char  *exercise,
                          GError     **error)
{
  g_auto(JsProgressRow) row = { 0 };
  gboolean found;

  g_return_val_if_fail (JS_IS_STORE (store), NULL);
  g_return_val_if_fail (exercise != NULL, NULL);

  if (!_js_progress_load_row (store, FALSE, exercise, &row, &found, error) || !found)
    return NULL;

  return progress_from_row (&row);
}

/**
 * js_store_exercise_list:
 * @store: a #JsStore
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (element-type JsExerciseProgress): the progress
 *   on every exercise the citizen has tried, by exercise id
 */
GPtrArray *
js_store_exercise_list (JsStore  *store,
                        GError  **error)
{
  g_autoptr(GPtrArray) list =
    g_ptr_array_new_with_free_func ((GDestroyNotify) js_exercise_progress_free);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (JS_IS_STORE (store), NULL);

  if (!(stmt = _js_store_prepare (store, "SELECT " PROGRESS_COLUMNS " FROM exercise_progress"
                                         " ORDER BY exercise;", error)))
    return NULL;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_auto(JsProgressRow) row = { 0 };

      _js_progress_row_from_statement (stmt, &row);
      g_ptr_array_add (list, progress_from_row (&row));
    }
  _js_store_release (stmt);

  if (rc != SQLITE_DONE)
    {
      _js_store_set_error (error, _js_store_get_db (store), rc,
                           "Could not list exercise progress");
      return NULL;
    }

  return g_steal_pointer (&list);
}

void
js_exercise_progress_free (JsExerciseProgress *progress)
{
  if (progress == NULL)
    return;

  g_free (progress->id);
  g_free (progress->exercise);
  g_clear_pointer (&progress->completed, g_date_time_unref);
  g_clear_pointer (&progress->last_attempt, g_date_time_unref);
  g_free (progress);
}
