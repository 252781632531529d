/* js-store-exercises-merge.c: exercise progress meeting another version
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Progress only grows: when the jobcenter's version arrives (a pull, a
 * conflict answer) or progress made before sign-in is taken into a
 * citizen's profile, the most attempts, the best result and the earliest
 * completion win, and what the jobcenter lacks is sent again.
 */

#include "config.h"

#include "js-protocol.h"
#include "js-store-exercises-private.h"

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
  g_auto(JsProgressRow) row = { 0 };
  JsProgressRow other = { 0 };
  gboolean found;

  if (!_js_progress_exercise_valid (progress->exercise))
    {
      g_set_error (error, JS_STORE_ERROR, JS_STORE_ERROR_INVALID,
                   "“%s” is not an exercise id", progress->exercise);
      return FALSE;
    }

  if (!_js_progress_load_row (txn->store, FALSE, progress->exercise, &row, &found, error))
    return FALSE;

  if (!found)
    {
      row.exercise = g_strdup (progress->exercise);
      if (!(row.id = _js_progress_new_record_id (txn, progress->exercise, error)))
        return FALSE;
    }

  other.best_score = CLAMP (progress->best_score, 0, 100);
  other.completed = progress->completed != NULL ? _js_progress_format_utc (progress->completed) : NULL;
  _js_progress_merge (&row, &other);
  g_free (other.completed);
  row.attempts = CLAMP ((gint64) row.attempts + MAX (progress->attempts, 0), 0, PROGRESS_MAX_ATTEMPTS);
  if (progress->last_attempt != NULL)
    {
      g_autofree char *last = _js_progress_format_utc (progress->last_attempt);

      if (row.last_attempt == NULL || _js_progress_earlier (row.last_attempt, last))
        {
          g_free (row.last_attempt);
          row.last_attempt = g_steal_pointer (&last);
        }
    }

  return _js_progress_write_row (txn, &row, error) && _js_progress_journal_row (txn, &row, row.revision, error);
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
                                          "SELECT " PROGRESS_COLUMNS " FROM exercise_progress"
                                          " WHERE revision = 0 ORDER BY exercise;",
                                          error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      JsProgressRow row = { 0 };
      g_autofree char *own = NULL;

      _js_progress_row_from_statement (stmt, &row);
      own = js_exercise_progress_id (citizen, row.exercise);
      if (g_str_equal (own, row.id))
        _js_progress_row_clear (&row);
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
  g_autoptr(GArray) rows = g_array_new (FALSE, TRUE, sizeof (JsProgressRow));

  g_array_set_clear_func (rows, (GDestroyNotify) _js_progress_row_clear);
  if (!js_store_set_meta (txn->store, CITIZEN_NUMBER_KEY, citizen, error) ||
      !unclaimed_rows (txn, citizen, rows, error))
    return FALSE;

  for (guint i = 0; i < rows->len; i++)
    {
      JsProgressRow *row = &g_array_index (rows, JsProgressRow, i);
      g_autofree char *own = js_exercise_progress_id (citizen, row->exercise);
      gboolean taken = FALSE;

      if (!_js_progress_id_taken (txn, own, &taken, error))
        return FALSE;
      if (taken)
        continue;

      /* What waits under the old UUID goes once, under the new one. */
      if (!_js_txn_drop_record_ops (txn, JS_EXERCISE_PROGRESS_ENTITY, row->id, error))
        return FALSE;
      g_free (row->id);
      row->id = g_steal_pointer (&own);
      if (!_js_progress_write_row (txn, row, error) || !_js_progress_journal_row (txn, row, 0, error))
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


/* The jobcenter's record (already checked against the API) as a row. */
static gboolean
row_from_record (JsonNode   *record,
                 const char *id,
                 gint64      revision,
                 JsProgressRow        *row)
{
  g_autoptr(JsProgressRecord) progress = js_progress_record_from_node (record);

  if (progress == NULL || g_utf8_strlen (progress->exercise, -1) > PROGRESS_MAX_EXERCISE_CHARS)
    return FALSE;

  row->exercise = g_strdup (progress->exercise);
  row->id = g_strdup (id);
  row->revision = revision;
  row->attempts = progress->attempts;
  row->best_score = progress->best_score;
  row->completed = g_strdup (progress->completed);
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
  g_autofree char *canonical = _js_progress_canonical_id (txn, exercise, &local_error);
  gboolean taken = FALSE;

  *adopt = FALSE;
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  if (canonical == NULL || !g_str_equal (canonical, id))
    return TRUE;

  if (!_js_progress_id_taken (txn, id, &taken, error))
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
  g_auto(JsProgressRow) row = { 0 };
  gboolean found;

  if (!_js_progress_load_row (txn->store, TRUE, id, &row, &found, error))
    return FALSE;
  if (!found)
    return TRUE;

  row.revision = revision;
  return _js_txn_drop_record_ops (txn, JS_EXERCISE_PROGRESS_ENTITY, id, error) &&
         _js_progress_write_row (txn, &row, error) &&
         _js_progress_journal_row (txn, &row, revision, error);
}

/* @theirs at @revision meets @mine, which has the same UUID or takes it:
 * @mine becomes the merge, at @revision, and is journaled when the
 * jobcenter lacks some of it. */
static gboolean
merge_at_revision (JsTxn      *txn,
                   JsProgressRow        *mine,
                   const JsProgressRow  *theirs,
                   gint64      revision,
                   GError    **error)
{
  g_auto(JsProgressRow) server = { 0 };
  gboolean ahead = TRUE;

  if (theirs != NULL)
    {
      server.attempts = theirs->attempts;
      server.best_score = theirs->best_score;
      server.completed = g_strdup (theirs->completed);
      ahead = _js_progress_merge (&server, mine);
      _js_progress_merge (mine, theirs);
      g_free (mine->id);
      mine->id = g_strdup (theirs->id);
    }

  mine->revision = revision;
  return _js_progress_write_row (txn, mine, error) && (!ahead || _js_progress_journal_row (txn, mine, revision, error));
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
  g_auto(JsProgressRow) theirs = { 0 };
  g_auto(JsProgressRow) mine = { 0 };
  gboolean found;
  gboolean adopt = FALSE;

  if (record == NULL)
    return revive (txn, id, revision, error);

  /* Nothing usable (the API checks records before they get here). */
  if (!row_from_record (record, id, revision, &theirs))
    return TRUE;

  if (!_js_progress_load_row (txn->store, FALSE, theirs.exercise, &mine, &found, error))
    return FALSE;

  if (!found)
    {
      gboolean taken = FALSE;

      /* The UUID is another exercise's here: the record cannot be placed. */
      if (!_js_progress_id_taken (txn, id, &taken, error))
        return FALSE;
      return taken || _js_progress_write_row (txn, &theirs, error);
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
  if (!_js_progress_merge (&mine, &theirs))
    return TRUE;

  return _js_progress_write_row (txn, &mine, error) && _js_progress_journal_row (txn, &mine, mine.revision, error);
}

static char *
payload_exercise (const char *payload)
{
  g_autoptr(JsProgressRecord) progress = js_progress_record_read (payload);

  return progress != NULL ? g_strdup (progress->exercise) : NULL;
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
  g_auto(JsProgressRow) theirs = { 0 };
  g_auto(JsProgressRow) mine = { 0 };
  g_autofree char *exercise = NULL;
  gboolean found;

  if (!_js_txn_drop_record_ops (txn, JS_EXERCISE_PROGRESS_ENTITY, op->record_id, error) ||
      !_js_progress_load_row (txn->store, TRUE, op->record_id, &mine, &found, error))
    return FALSE;

  /* The row has since taken this citizen's own UUID: merge into it. */
  if (!found && (exercise = payload_exercise (op->payload)) != NULL &&
      !_js_progress_load_row (txn->store, FALSE, exercise, &mine, &found, error))
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

  if (record == NULL || !_js_progress_merge (&mine, &theirs))
    return TRUE;

  return _js_progress_write_row (txn, &mine, error) && _js_progress_journal_row (txn, &mine, mine.revision, error);
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
