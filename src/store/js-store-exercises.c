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
#include "js-store-private.h"

/* The namespace of exercise-progress record UUIDs (data/api/jobspor-api-v1.md, 5.7). */
static const guint8 progress_namespace[16] = {
  0xf9, 0x2f, 0xc1, 0xde, 0xe2, 0x2a, 0x4b, 0x24,
  0xbe, 0x1d, 0x5e, 0xad, 0xe4, 0x83, 0x6d, 0x2c,
};

#define CITIZEN_NUMBER_KEY "citizen-number"
#define MAX_ATTEMPTS 100000
#define MAX_EXERCISE_CHARS 64
#define COLUMNS "exercise, id, revision, attempts, best_score, completed, last_attempt"

typedef struct {
  char   *exercise;
  char   *id;
  gint64  revision;
  int     attempts;
  int     best_score;
  char   *completed;     /* as written: RFC 3339 UTC, or NULL */
  char   *last_attempt;
} Row;

static void
row_clear (Row *row)
{
  g_clear_pointer (&row->exercise, g_free);
  g_clear_pointer (&row->id, g_free);
  g_clear_pointer (&row->completed, g_free);
  g_clear_pointer (&row->last_attempt, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Row, row_clear)

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
static gboolean
exercise_valid (const char *exercise)
{
  gsize length = strlen (exercise);

  if (length == 0 || length > MAX_EXERCISE_CHARS)
    return FALSE;

  for (const char *p = exercise; *p != '\0'; p++)
    {
      if (!g_ascii_islower (*p) && !g_ascii_isdigit (*p) && *p != '-')
        return FALSE;
    }

  return TRUE;
}

static char *
format_utc (GDateTime *when)
{
  g_autoptr(GDateTime) utc = g_date_time_to_utc (when);

  return g_date_time_format (utc, "%Y-%m-%dT%H:%M:%SZ");
}

/* Whether @a is an earlier moment than @b; a time that does not parse is
 * never earlier than one that does. */
static gboolean
earlier (const char *a,
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
static gboolean
merge (Row       *into,
       const Row *other)
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
      (into->completed == NULL || earlier (other->completed, into->completed)))
    {
      g_free (into->completed);
      into->completed = g_strdup (other->completed);
      changed = TRUE;
    }

  return changed;
}

static void
row_from_statement (sqlite3_stmt *stmt,
                    Row          *row)
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
static gboolean
load_row (JsStore     *store,
          gboolean     by_id,
          const char  *key,
          Row         *row,
          gboolean    *found,
          GError     **error)
{
  sqlite3_stmt *stmt = _js_store_prepare (store,
                                          by_id ? "SELECT " COLUMNS " FROM exercise_progress"
                                                  " WHERE id = ?1;"
                                                : "SELECT " COLUMNS " FROM exercise_progress"
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
      row_clear (row);
      row_from_statement (stmt, row);
      *found = TRUE;
    }
  _js_store_release (stmt);

  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return _js_store_set_error (error, _js_store_get_db (store), rc,
                                "Could not read exercise progress");

  return TRUE;
}

static void
bind_text_or_null (sqlite3_stmt *stmt,
                   int           index,
                   const char   *text)
{
  if (text != NULL)
    sqlite3_bind_text (stmt, index, text, -1, SQLITE_TRANSIENT);
  else
    sqlite3_bind_null (stmt, index);
}

static gboolean
write_row (JsTxn      *txn,
           const Row  *row,
           GError    **error)
{
  sqlite3_stmt *stmt = _js_store_prepare (txn->store,
                                          "INSERT INTO exercise_progress (" COLUMNS ")"
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
  bind_text_or_null (stmt, 6, row->completed);
  bind_text_or_null (stmt, 7, row->last_attempt);
  rc = sqlite3_step (stmt);
  _js_store_release (stmt);

  if (rc != SQLITE_DONE)
    return _js_store_set_error (error, txn->db, rc, "Could not save exercise progress");

  return TRUE;
}

/* The record as the API has it (5.7), without the local-only members. */
static char *
row_to_json (const Row *row)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "id");
  json_builder_add_string_value (builder, row->id);
  json_builder_set_member_name (builder, "exercise");
  json_builder_add_string_value (builder, row->exercise);
  json_builder_set_member_name (builder, "attempts");
  json_builder_add_int_value (builder, row->attempts);
  json_builder_set_member_name (builder, "best_score");
  json_builder_add_int_value (builder, row->best_score);
  json_builder_set_member_name (builder, "completed");
  if (row->completed != NULL)
    json_builder_add_string_value (builder, row->completed);
  else
    json_builder_add_null_value (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  return js_json_write (root, NULL);
}

static gboolean
journal_row (JsTxn      *txn,
             const Row  *row,
             gint64      base_revision,
             GError    **error)
{
  g_autofree char *payload = row_to_json (row);

  return js_txn_journal (txn, JS_EXERCISE_PROGRESS_ENTITY, row->id, base_revision,
                         JS_JOURNAL_PUT, payload, error);
}

static gboolean
id_taken (JsTxn       *txn,
          const char  *id,
          gboolean    *taken,
          GError     **error)
{
  g_auto(Row) other = { 0 };

  return load_row (txn->store, TRUE, id, &other, taken, error);
}

/* This citizen's UUID for @exercise, or NULL before sign-in (then @error
 * is not set). */
static char *
canonical_id (JsTxn       *txn,
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
static char *
new_record_id (JsTxn       *txn,
               const char  *exercise,
               GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *id = canonical_id (txn, exercise, &local_error);
  gboolean taken = FALSE;

  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  if (id != NULL && !id_taken (txn, id, &taken, error))
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
  g_auto(Row) row = { 0 };
  g_autofree char *stamp = format_utc (attempt->when);
  gboolean found;

  if (!load_row (txn->store, FALSE, attempt->exercise, &row, &found, error))
    return FALSE;

  if (!found)
    {
      row.exercise = g_strdup (attempt->exercise);
      if (!(row.id = new_record_id (txn, attempt->exercise, error)))
        return FALSE;
    }

  row.attempts = MIN (row.attempts + 1, MAX_ATTEMPTS);
  if (attempt->completed)
    {
      row.best_score = MAX (row.best_score, (int) attempt->score);
      if (row.completed == NULL || earlier (stamp, row.completed))
        {
          g_free (row.completed);
          row.completed = g_strdup (stamp);
        }
    }
  g_free (row.last_attempt);
  row.last_attempt = g_steal_pointer (&stamp);

  return write_row (txn, &row, error) && journal_row (txn, &row, row.revision, error);
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

  if (!exercise_valid (exercise))
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

/**
 * _js_txn_exercise_add:
 * @txn: a running transaction in a citizen's profile
 * @progress: progress made in another profile (before sign-in)
 * @error: return location for a #GError
 *
 * Adds @progress to this profile's: the attempts are added up (they are
 * other attempts), the best result and the earliest completion are kept.
 * The citizen's record is journaled.
 *
 * Returns: %TRUE on success
 */
gboolean
_js_txn_exercise_add (JsTxn                     *txn,
                      const JsExerciseProgress  *progress,
                      GError                   **error)
{
  g_auto(Row) row = { 0 };
  Row other = { 0 };
  gboolean found;

  if (!exercise_valid (progress->exercise))
    {
      g_set_error (error, JS_STORE_ERROR, JS_STORE_ERROR_INVALID,
                   "“%s” is not an exercise id", progress->exercise);
      return FALSE;
    }

  if (!load_row (txn->store, FALSE, progress->exercise, &row, &found, error))
    return FALSE;

  if (!found)
    {
      row.exercise = g_strdup (progress->exercise);
      if (!(row.id = new_record_id (txn, progress->exercise, error)))
        return FALSE;
    }

  other.best_score = CLAMP (progress->best_score, 0, 100);
  other.completed = progress->completed != NULL ? format_utc (progress->completed) : NULL;
  merge (&row, &other);
  g_free (other.completed);
  row.attempts = CLAMP ((gint64) row.attempts + MAX (progress->attempts, 0), 0, MAX_ATTEMPTS);
  if (progress->last_attempt != NULL)
    {
      g_autofree char *last = format_utc (progress->last_attempt);

      if (row.last_attempt == NULL || earlier (row.last_attempt, last))
        {
          g_free (row.last_attempt);
          row.last_attempt = g_steal_pointer (&last);
        }
    }

  return write_row (txn, &row, error) && journal_row (txn, &row, row.revision, error);
}

/* Progress made before sign-in that the jobcenter has never seen
 * (revision 0), under a UUID that is not the citizen's own. */
static gboolean
unclaimed_rows (JsTxn       *txn,
                const char  *citizen,
                GArray      *rows,
                GError     **error)
{
  sqlite3_stmt *stmt = _js_store_prepare (txn->store,
                                          "SELECT " COLUMNS " FROM exercise_progress"
                                          " WHERE revision = 0 ORDER BY exercise;",
                                          error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      Row row = { 0 };
      g_autofree char *own = NULL;

      row_from_statement (stmt, &row);
      own = js_exercise_progress_id (citizen, row.exercise);
      if (g_str_equal (own, row.id))
        row_clear (&row);
      else
        g_array_append_val (rows, row);
    }
  _js_store_release (stmt);

  if (rc != SQLITE_DONE)
    return _js_store_set_error (error, txn->db, rc, "Could not read exercise progress");

  return TRUE;
}

static gboolean
claim_in_txn (JsTxn     *txn,
              gpointer   user_data,
              GError   **error)
{
  const char *citizen = user_data;
  g_autoptr(GArray) rows = g_array_new (FALSE, TRUE, sizeof (Row));

  g_array_set_clear_func (rows, (GDestroyNotify) row_clear);
  if (!js_store_set_meta (txn->store, CITIZEN_NUMBER_KEY, citizen, error) ||
      !unclaimed_rows (txn, citizen, rows, error))
    return FALSE;

  for (guint i = 0; i < rows->len; i++)
    {
      Row *row = &g_array_index (rows, Row, i);
      g_autofree char *own = js_exercise_progress_id (citizen, row->exercise);
      gboolean taken = FALSE;

      if (!id_taken (txn, own, &taken, error))
        return FALSE;
      if (taken)
        continue;

      /* What waits under the old UUID goes once, under the new one. */
      if (!_js_txn_drop_record_ops (txn, JS_EXERCISE_PROGRESS_ENTITY, row->id, error))
        return FALSE;
      g_free (row->id);
      row->id = g_steal_pointer (&own);
      if (!write_row (txn, row, error) || !journal_row (txn, row, 0, error))
        return FALSE;
    }

  return TRUE;
}

/**
 * js_store_exercise_claim:
 * @store: a #JsStore
 * @citizen: the number of the citizen who signed in
 * @error: return location for a #GError
 *
 * Records @citizen as the profile's citizen and moves the progress made
 * before sign-in, which the jobcenter has not seen, to this citizen's own
 * record UUIDs (data/api/jobspor-api-v1.md, 5.7), with its waiting
 * operations: so it reaches the jobcenter as the one record per exercise
 * that every PC of the citizen writes to. One transaction.
 *
 * Returns: %TRUE on success
 */
gboolean
js_store_exercise_claim (JsStore     *store,
                         const char  *citizen,
                         GError     **error)
{
  g_return_val_if_fail (JS_IS_STORE (store), FALSE);
  g_return_val_if_fail (citizen != NULL && *citizen != '\0', FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return js_store_transaction (store, claim_in_txn, (gpointer) citizen, error);
}

static JsExerciseProgress *
progress_from_row (Row *row)
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
  g_auto(Row) row = { 0 };
  gboolean found;

  g_return_val_if_fail (JS_IS_STORE (store), NULL);
  g_return_val_if_fail (exercise != NULL, NULL);

  if (!load_row (store, FALSE, exercise, &row, &found, error) || !found)
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

  if (!(stmt = _js_store_prepare (store, "SELECT " COLUMNS " FROM exercise_progress"
                                         " ORDER BY exercise;", error)))
    return NULL;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_auto(Row) row = { 0 };

      row_from_statement (stmt, &row);
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

static int
int_member (JsonObject *object,
            const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_INT64)
    return 0;

  return CLAMP (json_node_get_int (node), 0, MAX_ATTEMPTS);
}

static const char *
string_member (JsonObject *object,
               const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;

  return json_node_get_string (node);
}

/* The jobcenter's record (already checked against the API) as a row. */
static gboolean
row_from_record (JsonNode   *record,
                 const char *id,
                 gint64      revision,
                 Row        *row)
{
  JsonObject *object;
  const char *exercise;

  if (record == NULL || !JSON_NODE_HOLDS_OBJECT (record))
    return FALSE;

  object = json_node_get_object (record);
  exercise = string_member (object, "exercise");
  if (exercise == NULL || *exercise == '\0' || g_utf8_strlen (exercise, -1) > MAX_EXERCISE_CHARS)
    return FALSE;

  row->exercise = g_strdup (exercise);
  row->id = g_strdup (id);
  row->revision = revision;
  row->attempts = int_member (object, "attempts");
  row->best_score = MIN (int_member (object, "best_score"), 100);
  row->completed = g_strdup (string_member (object, "completed"));
  return TRUE;
}

/* Whether the row for @exercise should take @id: the jobcenter's record
 * under this citizen's own UUID wins over one made before sign-in. */
static gboolean
should_adopt (JsTxn       *txn,
              const char  *exercise,
              const char  *id,
              gboolean    *adopt,
              GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *canonical = canonical_id (txn, exercise, &local_error);
  gboolean taken = FALSE;

  *adopt = FALSE;
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  if (canonical == NULL || !g_str_equal (canonical, id))
    return TRUE;

  if (!id_taken (txn, id, &taken, error))
    return FALSE;

  *adopt = !taken;
  return TRUE;
}

/* The jobcenter deleted the record (not something Jobspor does): the
 * progress stays, and goes back to the jobcenter. */
static gboolean
revive (JsTxn       *txn,
        const char  *id,
        gint64       revision,
        GError     **error)
{
  g_auto(Row) row = { 0 };
  gboolean found;

  if (!load_row (txn->store, TRUE, id, &row, &found, error))
    return FALSE;
  if (!found)
    return TRUE;

  row.revision = revision;
  return _js_txn_drop_record_ops (txn, JS_EXERCISE_PROGRESS_ENTITY, id, error) &&
         write_row (txn, &row, error) &&
         journal_row (txn, &row, revision, error);
}

/* @theirs at @revision meets @mine, which has the same UUID or takes it:
 * @mine becomes the merge, at @revision, and is journaled when the
 * jobcenter lacks some of it. */
static gboolean
merge_at_revision (JsTxn      *txn,
                   Row        *mine,
                   const Row  *theirs,
                   gint64      revision,
                   GError    **error)
{
  g_auto(Row) server = { 0 };
  gboolean ahead = TRUE;

  if (theirs != NULL)
    {
      server.attempts = theirs->attempts;
      server.best_score = theirs->best_score;
      server.completed = g_strdup (theirs->completed);
      ahead = merge (&server, mine);
      merge (mine, theirs);
      g_free (mine->id);
      mine->id = g_strdup (theirs->id);
    }

  mine->revision = revision;
  return write_row (txn, mine, error) && (!ahead || journal_row (txn, mine, revision, error));
}

/**
 * _js_txn_exercise_apply_server:
 * @txn: a running transaction
 * @id: the record's UUID
 * @record: (nullable): the jobcenter's version, or %NULL when it is deleted
 * @revision: the jobcenter's revision
 * @error: return location for a #GError
 *
 * Merges progress from the jobcenter into the row for its exercise, and
 * journals the merge when this PC had more. Waiting operations for the
 * record are replaced by that merge.
 *
 * Returns: %TRUE on success
 */
gboolean
_js_txn_exercise_apply_server (JsTxn       *txn,
                               const char  *id,
                               JsonNode    *record,
                               gint64       revision,
                               GError     **error)
{
  g_auto(Row) theirs = { 0 };
  g_auto(Row) mine = { 0 };
  gboolean found;
  gboolean adopt = FALSE;

  if (record == NULL)
    return revive (txn, id, revision, error);

  /* Nothing usable (the API checks records before they get here). */
  if (!row_from_record (record, id, revision, &theirs))
    return TRUE;

  if (!load_row (txn->store, FALSE, theirs.exercise, &mine, &found, error))
    return FALSE;

  if (!found)
    {
      gboolean taken = FALSE;

      /* The UUID is another exercise's here: the record cannot be placed. */
      if (!id_taken (txn, id, &taken, error))
        return FALSE;
      return taken || write_row (txn, &theirs, error);
    }

  if (g_str_equal (mine.id, id))
    return _js_txn_drop_record_ops (txn, JS_EXERCISE_PROGRESS_ENTITY, id, error) &&
           merge_at_revision (txn, &mine, &theirs, revision, error);

  if (!should_adopt (txn, mine.exercise, id, &adopt, error))
    return FALSE;
  /* What waited under the random UUID goes, if at all, under the citizen's. */
  if (adopt)
    return _js_txn_drop_record_ops (txn, JS_EXERCISE_PROGRESS_ENTITY, mine.id, error) &&
           merge_at_revision (txn, &mine, &theirs, revision, error);

  /* Another record of the same exercise: this row keeps its UUID, takes
   * what the other has, and sends that on. */
  if (!merge (&mine, &theirs))
    return TRUE;

  return write_row (txn, &mine, error) && journal_row (txn, &mine, mine.revision, error);
}

static char *
payload_exercise (const char *payload)
{
  g_autoptr(JsonNode) node = payload != NULL ? json_from_string (payload, NULL) : NULL;

  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    return NULL;

  return g_strdup (string_member (json_node_get_object (node), "exercise"));
}

/**
 * _js_txn_exercise_resolve_conflict:
 * @txn: a running transaction
 * @op: the operation the jobcenter answered with a conflict
 * @record: (nullable): the jobcenter's version, or %NULL when it has none
 * @revision: the jobcenter's revision
 * @error: return location for a #GError
 *
 * Another PC got there first: its progress and this PC's are merged and
 * sent again on the jobcenter's revision. Nothing is put to the citizen.
 *
 * Returns: %TRUE on success
 */
gboolean
_js_txn_exercise_resolve_conflict (JsTxn        *txn,
                                   JsJournalOp  *op,
                                   JsonNode     *record,
                                   gint64        revision,
                                   GError      **error)
{
  g_auto(Row) theirs = { 0 };
  g_auto(Row) mine = { 0 };
  g_autofree char *exercise = NULL;
  gboolean found;

  if (!_js_txn_drop_record_ops (txn, JS_EXERCISE_PROGRESS_ENTITY, op->record_id, error) ||
      !load_row (txn->store, TRUE, op->record_id, &mine, &found, error))
    return FALSE;

  /* The row has since taken this citizen's own UUID: merge into it. */
  if (!found && (exercise = payload_exercise (op->payload)) != NULL &&
      !load_row (txn->store, FALSE, exercise, &mine, &found, error))
    return FALSE;

  if (!found)
    return record == NULL ||
           _js_txn_exercise_apply_server (txn, op->record_id, record, revision, error);

  if (record != NULL && !row_from_record (record, op->record_id, revision, &theirs))
    {
      g_set_error_literal (error, JS_STORE_ERROR, JS_STORE_ERROR_INVALID,
                           "The jobcenter's exercise progress names no exercise");
      return FALSE;
    }

  if (g_str_equal (mine.id, op->record_id))
    return merge_at_revision (txn, &mine, record != NULL ? &theirs : NULL, revision, error);

  if (record == NULL || !merge (&mine, &theirs))
    return TRUE;

  return write_row (txn, &mine, error) && journal_row (txn, &mine, mine.revision, error);
}

/* After the jobcenter applied a push: the revision it gave. */
gboolean
_js_txn_exercise_set_server_revision (JsTxn       *txn,
                                      const char  *id,
                                      gint64       revision,
                                      GError     **error)
{
  sqlite3_stmt *stmt = _js_store_prepare (txn->store,
                                          "UPDATE exercise_progress SET revision = ?2"
                                          " WHERE id = ?1;",
                                          error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, revision);
  rc = sqlite3_step (stmt);
  _js_store_release (stmt);

  if (rc != SQLITE_DONE)
    return _js_store_set_error (error, txn->db, rc, "Could not note the jobcenter's revision");

  return TRUE;
}
