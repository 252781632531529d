/* js-store-adopt.c: what was made before sign-in, taken into a citizen's profile
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Before anyone signs in, Jobspor keeps what is made in the anonymous
 * profile. The first citizen who signs in is asked whether it is theirs;
 * if so, it moves to their profile: job-log entries, exercise progress and
 * an unfinished entry. Two databases cannot share one atomic transaction in
 * WAL mode, so the move is made to be safe to repeat: first the citizen's
 * profile takes everything in one transaction (skipping what it already
 * took), then the anonymous profile lets go of it in another. A crash
 * between the two leaves the things in both, and the next offer finishes
 * the move without taking anything twice.
 */

#include "config.h"

#include "js-store-adopt.h"
#include "js-store-exercises.h"
#include "js-store-joblog.h"
#include "js-store-private.h"

/* Marks, in the citizen's profile, a progress row of the anonymous profile
 * (by its UUID) whose attempts were added already. */
#define ADOPTED_PREFIX "adopted-progress/"

typedef struct {
  GPtrArray     *entries;   /* JsJoblogEntry */
  GPtrArray     *progress;  /* JsExerciseProgress */
  JsJoblogEntry *draft;
} Adoptable;

static void
adoptable_clear (Adoptable *adoptable)
{
  g_clear_pointer (&adoptable->entries, g_ptr_array_unref);
  g_clear_pointer (&adoptable->progress, g_ptr_array_unref);
  g_clear_object (&adoptable->draft);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Adoptable, adoptable_clear)

static gboolean
load_adoptable (JsStore    *from,
                Adoptable  *adoptable,
                GError    **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GArray) rowids = NULL;
  JsJoblogQuery query;

  js_joblog_query_init (&query);
  query.sort = JS_JOBLOG_SORT_OLDEST;
  if (!(rowids = js_store_joblog_find (from, &query, error)))
    return FALSE;

  adoptable->entries = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < rowids->len; i++)
    {
      JsJoblogEntry *entry = js_store_joblog_load (from, g_array_index (rowids, gint64, i), error);

      if (entry == NULL)
        return FALSE;
      g_ptr_array_add (adoptable->entries, entry);
    }

  if (!(adoptable->progress = js_store_exercise_list (from, error)))
    return FALSE;

  adoptable->draft = js_store_joblog_get_draft (from, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  return TRUE;
}

/**
 * js_store_count_adoptable:
 * @from: the anonymous profile
 * @counts: (out caller-allocates): what it holds
 * @error: return location for a #GError
 *
 * Counts what js_store_adopt() would move: job-log entries, exercises with
 * progress, and an unfinished entry.
 *
 * Returns: %TRUE on success
 */
gboolean
js_store_count_adoptable (JsStore            *from,
                          JsAdoptableCounts  *counts,
                          GError            **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GPtrArray) progress = NULL;
  g_autoptr(JsJoblogEntry) draft = NULL;
  gint64 entries;

  g_return_val_if_fail (JS_IS_STORE (from), FALSE);
  g_return_val_if_fail (counts != NULL, FALSE);

  /* Counted, not loaded: asked at every sign-in, of a profile that may
   * hold a long log. */
  memset (counts, 0, sizeof *counts);
  if ((entries = js_store_joblog_count (from, error)) < 0 ||
      !(progress = js_store_exercise_list (from, error)))
    return FALSE;

  draft = js_store_joblog_get_draft (from, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  counts->entries = entries;
  counts->exercises = progress->len;
  counts->drafts = draft != NULL;
  return TRUE;
}

static gboolean
take_in_txn (JsTxn     *txn,
             gpointer   user_data,
             GError   **error)
{
  Adoptable *adoptable = user_data;

  for (guint i = 0; i < adoptable->entries->len; i++)
    {
      JsJoblogEntry *entry = g_ptr_array_index (adoptable->entries, i);
      g_autoptr(GError) local_error = NULL;
      g_autoptr(JsJoblogEntry) taken = js_store_joblog_lookup (txn->store,
                                                               js_joblog_entry_get_id (entry),
                                                               &local_error);

      if (local_error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
      if (taken == NULL && !js_txn_joblog_save (txn, entry, error))
        return FALSE;
    }

  for (guint i = 0; i < adoptable->progress->len; i++)
    {
      JsExerciseProgress *progress = g_ptr_array_index (adoptable->progress, i);
      g_autofree char *mark = g_strconcat (ADOPTED_PREFIX, progress->id, NULL);
      g_autoptr(GError) local_error = NULL;
      g_autofree char *done = js_store_dup_meta (txn->store, mark, &local_error);

      if (local_error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
      if (done != NULL)
        continue;

      if (!_js_txn_exercise_add (txn, progress, error) ||
          !js_store_set_meta (txn->store, mark, "1", error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
delete_by (JsTxn       *txn,
           const char  *sql,
           const char  *key,
           GError     **error)
{
  sqlite3_stmt *stmt = _js_store_prepare (txn->store, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  _js_store_release (stmt);

  if (rc != SQLITE_DONE)
    return _js_store_set_error (error, txn->db, rc, "Could not let go of a record");

  return TRUE;
}

static gboolean
release_in_txn (JsTxn     *txn,
                gpointer   user_data,
                GError   **error)
{
  Adoptable *adoptable = user_data;

  for (guint i = 0; i < adoptable->entries->len; i++)
    {
      const char *id = js_joblog_entry_get_id (g_ptr_array_index (adoptable->entries, i));

      if (!delete_by (txn, "DELETE FROM joblog_entry WHERE id = ?1;", id, error) ||
          !delete_by (txn, "DELETE FROM journal WHERE record_id = ?1;", id, error) ||
          !delete_by (txn, "DELETE FROM joblog_draft WHERE id = ?1;", id, error))
        return FALSE;
    }

  for (guint i = 0; i < adoptable->progress->len; i++)
    {
      JsExerciseProgress *progress = g_ptr_array_index (adoptable->progress, i);

      if (!delete_by (txn, "DELETE FROM exercise_progress WHERE id = ?1;", progress->id, error) ||
          !delete_by (txn, "DELETE FROM journal WHERE record_id = ?1;", progress->id, error))
        return FALSE;
    }

  if (adoptable->draft != NULL &&
      !delete_by (txn, "DELETE FROM joblog_draft WHERE id = ?1;",
                  js_joblog_entry_get_id (adoptable->draft), error))
    return FALSE;

  return TRUE;
}

/**
 * js_store_adopt:
 * @to: the profile of the citizen who signed in
 * @from: the anonymous profile
 * @error: return location for a #GError
 *
 * Moves every job-log entry, all exercise progress and the unfinished entry
 * of @from into @to, where they are journaled as the citizen's own changes
 * (so they reach the jobcenter under the citizen's sign-in), then removes
 * them from @from. Attempts on an exercise that @to has progress on too
 * are added up; the best result and the earliest completion are kept.
 * Calling it again after a crash midway finishes the move and takes
 * nothing twice.
 *
 * Returns: %TRUE on success
 */
gboolean
js_store_adopt (JsStore  *to,
                JsStore  *from,
                GError  **error)
{
  g_auto(Adoptable) adoptable = { 0 };

  g_return_val_if_fail (JS_IS_STORE (to), FALSE);
  g_return_val_if_fail (JS_IS_STORE (from), FALSE);
  g_return_val_if_fail (to != from, FALSE);

  if (*js_store_get_owner (to) == '\0')
    {
      g_set_error_literal (error, JS_STORE_ERROR, JS_STORE_ERROR_INVALID,
                           "Only a signed-in citizen's profile can take what was made before");
      return FALSE;
    }

  if (!load_adoptable (from, &adoptable, error) ||
      !js_store_transaction (to, take_in_txn, &adoptable, error))
    return FALSE;

  /* The unfinished entry goes where its author now works, unless the
   * citizen has one of their own there. */
  if (adoptable.draft != NULL)
    {
      g_autoptr(GError) local_error = NULL;
      g_autoptr(JsJoblogEntry) own = js_store_joblog_get_draft (to, &local_error);

      if (local_error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
      if (own == NULL && !js_store_joblog_put_draft (to, adoptable.draft, error))
        return FALSE;
    }

  return js_store_transaction (from, release_in_txn, &adoptable, error);
}
