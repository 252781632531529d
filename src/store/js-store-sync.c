/* js-store-sync.c: what sync reads from and writes to the store
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The sync rules of DESIGN.md, on the client's side. A batch sends at most
 * one operation per record, so that every operation is made on the
 * revision the jobcenter has. The answers are applied in one transaction:
 * applied operations leave the journal and the record's later operations
 * move onto the new revision; a conflict keeps the citizen's version aside
 * for them to resolve and takes the jobcenter's; a refusal is kept with
 * its reason. A page of changes is applied with its cursor in one
 * transaction, and never over a record with changes still to send.
 * Exercise progress is the exception to both: it only grows, so the two
 * versions are merged (js-store-exercises.c) and nothing is put to the
 * citizen.
 */

#include "config.h"

#include "js-joblog-entry.h"
#include "js-store-exercises.h"
#include "js-store-joblog.h"
#include "js-store-meetings.h"
#include "js-store-plan.h"
#include "js-store-private.h"
#include "js-store-sync.h"

void
js_sync_conflict_free (JsSyncConflict *conflict)
{
  if (conflict == NULL)
    return;

  g_free (conflict->entity);
  g_free (conflict->record_id);
  g_free (conflict->kind);
  g_free (conflict->reason);
  g_free (conflict->mine);
  g_free (conflict->theirs);
  g_free (conflict);
}

/**
 * js_store_sync_next_batch:
 * @store: a #JsStore
 * @owner: the key of the citizen whose sign-in sends them: operations
 *   recorded under anyone else are never in a batch
 * @max: the most operations
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (element-type JsJournalOp): the oldest waiting
 *   operations, at most one per record (its oldest), in the order they
 *   were made
 */
GPtrArray *
js_store_sync_next_batch (JsStore     *store,
                          const char  *owner,
                          guint        max,
                          GError     **error)
{
  return _js_store_journal_peek_first (store, owner, 0, max, error);
}

/**
 * js_store_sync_batch_after:
 * @store: a #JsStore
 * @owner: as for js_store_sync_next_batch()
 * @after: the sequence number of the last operation of a batch sent,
 *   whose answers are not applied yet
 * @max: the most operations
 * @error: return location for a #GError
 *
 * The batch that follows one still in the journal, so that it can be sent
 * while the answers to that one are applied: its operations come after
 * @after, and a record with an operation in that batch has none in this
 * one (its next operation waits for the revision the answer gives).
 *
 * Returns: (transfer full) (element-type JsJournalOp): the operations
 */
GPtrArray *
js_store_sync_batch_after (JsStore     *store,
                           const char  *owner,
                           gint64       after,
                           guint        max,
                           GError     **error)
{
  return _js_store_journal_peek_first (store, owner, after, max, error);
}

/* Runs @sql with ?1 = @first, then ?2 = @second and ?3 = @number where
 * the statement has them. */
static gboolean
exec_for_record (JsTxn       *txn,
                 const char  *sql,
                 const char  *first,
                 const char  *second,
                 gint64       number,
                 GError     **error)
{
  sqlite3_stmt *stmt = _js_store_prepare (txn->store, sql, error);
  int n_params;
  int rc;

  if (stmt == NULL)
    return FALSE;
  n_params = sqlite3_bind_parameter_count (stmt);
  sqlite3_bind_text (stmt, 1, first, -1, SQLITE_TRANSIENT);
  if (n_params >= 2)
    sqlite3_bind_text (stmt, 2, second, -1, SQLITE_TRANSIENT);
  if (n_params >= 3)
    sqlite3_bind_int64 (stmt, 3, number);
  rc = sqlite3_step (stmt);
  _js_store_release (stmt);

  if (rc != SQLITE_DONE)
    return _js_store_set_error (error, txn->db, rc, "Could not update the journal");

  return TRUE;
}

/* Removes every waiting operation for one record. */
gboolean
_js_txn_drop_record_ops (JsTxn       *txn,
                         const char  *entity,
                         const char  *record_id,
                         GError     **error)
{
  return exec_for_record (txn, "DELETE FROM journal WHERE entity = ?1 AND record_id = ?2;",
                          entity, record_id, 0, error);
}

static gboolean
drop_op (JsTxn       *txn,
         const char  *op_id,
         GError     **error)
{
  return exec_for_record (txn, "DELETE FROM journal WHERE op_id = ?1;", op_id, NULL, 0, error);
}

static gboolean
keep_conflict (JsTxn       *txn,
               JsJournalOp *op,
               const char  *kind,
               const char  *reason,
               const char  *mine,
               const char  *theirs,
               GError     **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *created = g_date_time_format_iso8601 (now);
  sqlite3_stmt *stmt = _js_store_prepare (txn->store,
                                          "INSERT INTO sync_conflict (entity, record_id, kind,"
                                          " reason, mine, theirs, created)"
                                          " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7);",
                                          error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, op->entity, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, op->record_id, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, kind, -1, SQLITE_STATIC);
  if (reason != NULL)
    sqlite3_bind_text (stmt, 4, reason, -1, SQLITE_TRANSIENT);
  else
    sqlite3_bind_null (stmt, 4);
  if (mine != NULL)
    sqlite3_bind_text (stmt, 5, mine, -1, SQLITE_TRANSIENT);
  else
    sqlite3_bind_null (stmt, 5);
  if (theirs != NULL)
    sqlite3_bind_text (stmt, 6, theirs, -1, SQLITE_TRANSIENT);
  else
    sqlite3_bind_null (stmt, 6);
  sqlite3_bind_text (stmt, 7, created, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  _js_store_release (stmt);

  if (rc != SQLITE_DONE)
    return _js_store_set_error (error, txn->db, rc, "Could not keep a conflict");

  return TRUE;
}

/* Keeps a record as the jobcenter sent it (%NULL: it deleted it). */
gboolean
_js_txn_put_server_record (JsTxn       *txn,
                           const char  *entity,
                           const char  *id,
                           JsonNode    *record,
                           gint64       revision,
                           GError     **error)
{
  g_autofree char *body = record != NULL ? js_json_write (record, NULL) : NULL;
  sqlite3_stmt *stmt;
  int rc;

  if (body == NULL)
    return exec_for_record (txn, "DELETE FROM server_record WHERE entity = ?1 AND id = ?2;",
                            entity, id, 0, error);

  if (!(stmt = _js_store_prepare (txn->store,
                                  "INSERT INTO server_record (entity, id, revision, body)"
                                  " VALUES (?1, ?2, ?3, ?4) ON CONFLICT (entity, id) DO UPDATE"
                                  " SET revision = excluded.revision, body = excluded.body;",
                                  error)))
    return FALSE;
  sqlite3_bind_text (stmt, 1, entity, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, id, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 3, revision);
  sqlite3_bind_text (stmt, 4, body, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  _js_store_release (stmt);

  if (rc != SQLITE_DONE)
    return _js_store_set_error (error, txn->db, rc, "Could not keep a jobcenter record");

  return TRUE;
}

/* The jobcenter's version of a job-log entry, or NULL for "deleted". */
static gboolean
apply_joblog (JsTxn       *txn,
              const char  *entity,
              const char  *id,
              JsonNode    *record,
              gint64       revision,
              GError     **error)
{
  g_autoptr(JsJoblogEntry) entry = NULL;

  /* The citizen's own change coming back: known already, not read again. */
  if (record != NULL)
    {
      gint64 known = _js_txn_joblog_known_revision (txn, id, error);

      if (known < 0)
        return FALSE;
      if (revision <= known)
        return TRUE;
    }

  if (record != NULL && !(entry = js_joblog_entry_new_from_node (record, error)))
    return FALSE;

  return _js_txn_joblog_apply_server (txn, id, entry, revision, error);
}

/* The citizen's version of an entry, as it is now, for the conflict. */
static char *
joblog_local_version (JsTxn       *txn,
                      JsJournalOp *op)
{
  g_autoptr(JsJoblogEntry) entry = js_store_joblog_lookup (txn->store, op->record_id, NULL);

  return entry != NULL ? js_joblog_entry_to_json (entry) : NULL;
}

/* The citizen keeps their version of an entry after a conflict. */
static gboolean
joblog_keep_mine (JsTxn           *txn,
                  JsSyncConflict  *conflict,
                  GError         **error)
{
  if (conflict->mine != NULL)
    {
      g_autoptr(JsJoblogEntry) entry = js_joblog_entry_new_from_json (conflict->mine, error);

      return entry != NULL && js_txn_joblog_save (txn, entry, error);
    }
  else
    {
      g_autoptr(JsJoblogEntry) current = js_store_joblog_lookup (txn->store, conflict->record_id,
                                                                 NULL);

      return current == NULL || _js_txn_joblog_delete (txn, current, error);
    }
}

static gboolean
apply_exercise (JsTxn       *txn,
                const char  *entity,
                const char  *id,
                JsonNode    *record,
                gint64       revision,
                GError     **error)
{
  return _js_txn_exercise_apply_server (txn, id, record, revision, error);
}

/**
 * RecordKind:
 * @entity: the API's name of the kind (5.0)
 * @apply_server: takes the jobcenter's version (%NULL: it deleted the record)
 * @set_server_revision: (nullable): notes the revision the jobcenter gave
 *   an applied change of ours, on the local record
 * @merge_conflict: (nullable): settles a conflict by itself; without it
 *   the citizen's version is kept aside for them and the jobcenter's taken
 * @local_version: (nullable): the citizen's version for a conflict;
 *   without it, the operation's payload
 * @keep_mine: (nullable): makes the citizen's version of a conflict the
 *   record again, as a new change to send
 * @merges_on_pull: whether the jobcenter's version is taken even while
 *   changes of ours are waiting (progress only grows)
 * @refused: (nullable): notes on the local record that the jobcenter
 *   refused a change of it outright (4.3)
 *
 * What the store does with each kind of record the sync meets: one table,
 * so a new kind (plan, meeting, booking request) is one more row.
 */
typedef struct {
  const char *entity;
  gboolean  (*apply_server)        (JsTxn        *txn,
                                    const char   *entity,
                                    const char   *id,
                                    JsonNode     *record,
                                    gint64        revision,
                                    GError      **error);
  gboolean  (*set_server_revision) (JsTxn        *txn,
                                    const char   *id,
                                    gint64        revision,
                                    GError      **error);
  gboolean  (*merge_conflict)      (JsTxn        *txn,
                                    JsJournalOp  *op,
                                    JsonNode     *record,
                                    gint64        revision,
                                    GError      **error);
  char     *(*local_version)       (JsTxn        *txn,
                                    JsJournalOp  *op);
  gboolean  (*keep_mine)           (JsTxn           *txn,
                                    JsSyncConflict  *conflict,
                                    GError         **error);
  gboolean    merges_on_pull;
  gboolean  (*refused)             (JsTxn        *txn,
                                    const char   *id,
                                    const char   *reason,
                                    GError      **error);
} RecordKind;

static const RecordKind record_kinds[] = {
  /* Job-log entries note the jobcenter's revisions all at once
   * (acknowledge()): a push has thousands of them. */
  { JS_JOBLOG_ENTITY, apply_joblog, NULL, NULL, joblog_local_version, joblog_keep_mine, FALSE },
  { JS_EXERCISE_PROGRESS_ENTITY, apply_exercise, _js_txn_exercise_set_server_revision,
    _js_txn_exercise_resolve_conflict, NULL, NULL, TRUE },
  { JS_PLAN_ENTITY, _js_txn_plan_apply_server, NULL, NULL, NULL, NULL, FALSE },
  { JS_PLAN_RECEIPT_ENTITY, _js_txn_plan_apply_server, NULL, NULL, NULL, NULL, FALSE },
  { JS_MEETING_SLOT_ENTITY, _js_txn_meetings_apply_server, NULL, NULL, NULL, NULL, FALSE },
  { JS_MEETING_ENTITY, _js_txn_meetings_apply_server, NULL, NULL, NULL, NULL, FALSE },
  { JS_MEETING_CALL_ENTITY, _js_txn_meetings_apply_server, NULL, NULL, NULL, NULL, FALSE },
  { JS_BOOKING_RESULT_ENTITY, _js_txn_meetings_apply_server, NULL, NULL, NULL, NULL, FALSE },
  { JS_MEETING_CHANGE_RESULT_ENTITY, _js_txn_meetings_apply_server, NULL, NULL, NULL, NULL,
    FALSE },
  { JS_BOOKING_REQUEST_ENTITY, _js_txn_meetings_apply_server, _js_txn_meetings_set_revision,
    NULL, NULL, NULL, FALSE, _js_txn_meetings_refused },
  { JS_MEETING_CHANGE_ENTITY, _js_txn_meetings_apply_server, _js_txn_meetings_set_revision,
    NULL, NULL, NULL, FALSE, _js_txn_meetings_refused },
};

/* Every other kind (the plan, meetings, …) is kept as the jobcenter sent it. */
static const RecordKind kept_as_sent = { NULL, _js_txn_put_server_record, NULL, NULL, NULL, NULL,
                                         FALSE };

static const RecordKind *
kind_of (const char *entity)
{
  for (guint i = 0; i < G_N_ELEMENTS (record_kinds); i++)
    {
      if (g_str_equal (entity, record_kinds[i].entity))
        return &record_kinds[i];
    }

  return &kept_as_sent;
}

typedef struct {
  GPtrArray  *operations;
  GPtrArray  *results;
  const char *own_from;
  const char *own_to;
} Answers;

/* The applied operations leave the journal, the later operations of
 * their records move onto the revisions given, and job-log entries note
 * them: a few statements for a whole push (@applied as
 * _js_txn_joblog_set_server_revisions() takes it), where one push of
 * 500 entries took 2,000 before. A batch has one operation per record,
 * so no operation is both applied and moved. */
static gboolean
acknowledge (JsTxn       *txn,
             const char  *applied,
             GError     **error)
{
  static const char * const statements[] = {
    "DELETE FROM journal WHERE op_id IN (SELECT value ->> 0 FROM json_each (?1));",
    "UPDATE journal SET base_revision = a.value ->> 3 FROM json_each (?1) AS a"
    " WHERE journal.entity = a.value ->> 1 AND journal.record_id = a.value ->> 2;",
  };

  for (guint i = 0; i < G_N_ELEMENTS (statements); i++)
    {
      sqlite3_stmt *stmt = _js_store_prepare (txn->store, statements[i], error);
      int rc;

      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_text (stmt, 1, applied, -1, SQLITE_STATIC);
      rc = sqlite3_step (stmt);
      _js_store_release (stmt);
      if (rc != SQLITE_DONE)
        return _js_store_set_error (error, txn->db, rc, "Could not update the journal");
    }

  return _js_txn_joblog_set_server_revisions (txn, applied, error);
}

/* Stores where the next pull begins, with the level of the API it was
 * read at (spec 6.4): the two always together. */
static gboolean
set_cursor (JsTxn       *txn,
            const char  *cursor,
            GError     **error)
{
  return js_store_set_meta (txn->store, JS_SYNC_CURSOR_KEY, cursor, error) &&
         js_store_set_meta (txn->store, JS_SYNC_LEVEL_KEY, JS_PROTOCOL_API_HEADER, error);
}

/* The jobcenter said its changes after @from up to @to are the ones this
 * push made, as sent (spec 4.3): when the cursor stands at @from, it moves
 * to @to, and the next pull does not bring them back. A cursor of another
 * level of the API, or anywhere else, stays: the pull reads them. */
static gboolean
skip_own_changes (JsTxn       *txn,
                  const char  *from,
                  const char  *to,
                  GError     **error)
{
  g_autofree char *cursor = NULL;
  g_autofree char *level = NULL;
  g_autoptr(GError) local_error = NULL;

  if (from == NULL || to == NULL)
    return TRUE;

  cursor = js_store_dup_meta (txn->store, JS_SYNC_CURSOR_KEY, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  level = js_store_dup_meta (txn->store, JS_SYNC_LEVEL_KEY, NULL);

  if (!g_str_equal (cursor != NULL ? cursor : "", from) ||
      (cursor != NULL && g_strcmp0 (level, JS_PROTOCOL_API_HEADER) != 0))
    return TRUE;

  return set_cursor (txn, to, error);
}

static gboolean
apply_results_in_txn (JsTxn     *txn,
                      gpointer   user_data,
                      GError   **error)
{
  Answers *answers = user_data;
  g_autoptr(JsonBuilder) applied = json_builder_new ();
  g_autoptr(JsonNode) rows = NULL;
  g_autofree char *text = NULL;

  json_builder_begin_array (applied);
  for (guint i = 0; i < answers->operations->len; i++)
    {
      JsJournalOp *op = g_ptr_array_index (answers->operations, i);
      JsPushResult *result = g_ptr_array_index (answers->results, i);
      const RecordKind *kind = kind_of (op->entity);
      g_autofree char *mine = NULL;
      g_autofree char *theirs = NULL;

      switch (result->status)
        {
        case JS_PUSH_APPLIED:
          json_builder_begin_array (applied);
          json_builder_add_string_value (applied, op->op_id);
          json_builder_add_string_value (applied, op->entity);
          json_builder_add_string_value (applied, op->record_id);
          json_builder_add_int_value (applied, result->revision);
          json_builder_end_array (applied);
          if (kind->set_server_revision != NULL &&
              !kind->set_server_revision (txn, op->record_id, result->revision, error))
            return FALSE;
          break;

        case JS_PUSH_CONFLICT:
          /* Some kinds settle it themselves (progress only grows). */
          if (kind->merge_conflict != NULL)
            {
              if (!kind->merge_conflict (txn, op, result->record, result->revision, error))
                return FALSE;
              break;
            }

          /* Someone else changed it first: keep ours aside, take theirs. */
          mine = kind->local_version != NULL ? kind->local_version (txn, op)
                                             : g_strdup (op->payload);
          theirs = result->record != NULL ? js_json_write (result->record, NULL) : NULL;
          if (!keep_conflict (txn, op, "conflict", NULL, mine, theirs, error) ||
              !_js_txn_drop_record_ops (txn, op->entity, op->record_id, error) ||
              !kind->apply_server (txn, op->entity, op->record_id, result->record,
                                   result->revision, error))
            return FALSE;
          break;

        case JS_PUSH_REJECTED:
        default:
          if (!keep_conflict (txn, op, "rejected", result->reason, op->payload, NULL, error) ||
              !drop_op (txn, op->op_id, error) ||
              (kind->refused != NULL &&
               !kind->refused (txn, op->record_id, result->reason, error)))
            return FALSE;
          break;
        }

      txn->n_journaled++;
    }
  json_builder_end_array (applied);

  rows = json_builder_get_root (applied);
  text = js_json_write (rows, NULL);
  return acknowledge (txn, text, error) &&
         skip_own_changes (txn, answers->own_from, answers->own_to, error);
}

/**
 * js_store_sync_apply_results:
 * @store: a #JsStore
 * @operations: (element-type JsJournalOp): the batch that was sent
 * @results: (element-type JsPushResult): the jobcenter's answers, in order
 * @own_from: (nullable): with @own_to, the changes the jobcenter said were
 *   this push's own (spec 4.3): after @own_from up to @own_to
 * @own_to: (nullable): see @own_from
 * @error: return location for a #GError
 *
 * Returns: %TRUE when every answer was applied (all in one transaction)
 */
gboolean
js_store_sync_apply_results (JsStore     *store,
                             GPtrArray   *operations,
                             GPtrArray   *results,
                             const char  *own_from,
                             const char  *own_to,
                             GError     **error)
{
  Answers answers = { operations, results, own_from, own_to };

  g_return_val_if_fail (operations->len == results->len, FALSE);

  return js_store_transaction (store, apply_results_in_txn, &answers, error);
}

static gboolean
has_pending (JsTxn       *txn,
             const char  *entity,
             const char  *id)
{
  sqlite3_stmt *stmt = _js_store_prepare (txn->store,
                                          "SELECT 1 FROM journal WHERE entity = ?1"
                                          " AND record_id = ?2 LIMIT 1;",
                                          NULL);
  gboolean pending;

  if (stmt == NULL)
    return TRUE;
  sqlite3_bind_text (stmt, 1, entity, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, id, -1, SQLITE_TRANSIENT);
  pending = sqlite3_step (stmt) == SQLITE_ROW;
  _js_store_release (stmt);
  return pending;
}

static gboolean
apply_page_in_txn (JsTxn     *txn,
                   gpointer   user_data,
                   GError   **error)
{
  JsChangesPage *page = user_data;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *pulled = g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");

  for (guint i = 0; i < page->changes->len; i++)
    {
      JsChange *change = g_ptr_array_index (page->changes, i);
      const RecordKind *kind = kind_of (change->entity);

      /* Changes of ours still to send win here and the push settles it;
       * progress merges at once, whatever is still to send. */
      if (!kind->merges_on_pull && has_pending (txn, change->entity, change->record_id))
        continue;

      if (!kind->apply_server (txn, change->entity, change->record_id,
                               change->deleted ? NULL : change->record, change->revision, error))
        return FALSE;
    }

  if (!set_cursor (txn, page->cursor, error) ||
      !js_store_set_meta (txn->store, JS_SYNC_PULLED_KEY, pulled, error))
    return FALSE;

  txn->n_journaled += page->changes->len > 0;
  return TRUE;
}

/**
 * js_store_sync_apply_page:
 *
 * Applies a page of the jobcenter's changes and stores its cursor, in one
 * transaction.
 *
 * Returns: %TRUE on success
 */
gboolean
js_store_sync_apply_page (JsStore        *store,
                          JsChangesPage  *page,
                          GError        **error)
{
  return js_store_transaction (store, apply_page_in_txn, page, error);
}

GPtrArray *
js_store_sync_list_conflicts (JsStore  *store,
                              GError  **error)
{
  g_autoptr(GPtrArray) conflicts =
    g_ptr_array_new_with_free_func ((GDestroyNotify) js_sync_conflict_free);
  sqlite3_stmt *stmt = _js_store_prepare (store,
                                          "SELECT seq, entity, record_id, kind, reason, mine,"
                                          " theirs FROM sync_conflict ORDER BY seq;",
                                          error);
  int rc;

  if (stmt == NULL)
    return NULL;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      JsSyncConflict *conflict = g_new0 (JsSyncConflict, 1);

      conflict->seq = sqlite3_column_int64 (stmt, 0);
      conflict->entity = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      conflict->record_id = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
      conflict->kind = g_strdup ((const char *) sqlite3_column_text (stmt, 3));
      conflict->reason = g_strdup ((const char *) sqlite3_column_text (stmt, 4));
      conflict->mine = g_strdup ((const char *) sqlite3_column_text (stmt, 5));
      conflict->theirs = g_strdup ((const char *) sqlite3_column_text (stmt, 6));
      g_ptr_array_add (conflicts, conflict);
    }
  _js_store_release (stmt);

  if (rc != SQLITE_DONE)
    {
      _js_store_set_error (error, _js_store_get_db (store), rc, "Could not list conflicts");
      return NULL;
    }

  return g_steal_pointer (&conflicts);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (JsSyncConflict, js_sync_conflict_free)

typedef struct {
  gint64    seq;
  gboolean  keep_mine;
} Resolution;

static JsSyncConflict *
load_conflict (JsTxn       *txn,
               gint64       seq,
               GError     **error)
{
  g_autoptr(GPtrArray) all = js_store_sync_list_conflicts (txn->store, error);

  for (guint i = 0; all != NULL && i < all->len; i++)
    {
      JsSyncConflict *conflict = g_ptr_array_index (all, i);

      if (conflict->seq == seq)
        return g_ptr_array_steal_index (all, i);
    }

  if (all != NULL)
    g_set_error_literal (error, JS_STORE_ERROR, JS_STORE_ERROR_INVALID,
                         "The conflict is already resolved");
  return NULL;
}

static gboolean
resolve_in_txn (JsTxn     *txn,
                gpointer   user_data,
                GError   **error)
{
  Resolution *resolution = user_data;
  g_autoptr(JsSyncConflict) conflict = load_conflict (txn, resolution->seq, error);
  const RecordKind *kind;
  sqlite3_stmt *stmt;
  int rc;

  if (conflict == NULL)
    return FALSE;

  kind = kind_of (conflict->entity);
  /* Keeping the citizen's version is a new change on top of the
   * jobcenter's: it is journaled like any edit and synced. */
  if (resolution->keep_mine && kind->keep_mine != NULL &&
      !kind->keep_mine (txn, conflict, error))
    return FALSE;

  if (!(stmt = _js_store_prepare (txn->store, "DELETE FROM sync_conflict WHERE seq = ?1;", error)))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, resolution->seq);
  rc = sqlite3_step (stmt);
  _js_store_release (stmt);
  if (rc != SQLITE_DONE)
    return _js_store_set_error (error, txn->db, rc, "Could not resolve the conflict");

  return TRUE;
}

/**
 * js_store_sync_resolve:
 * @store: a #JsStore
 * @seq: the conflict, from js_store_sync_list_conflicts()
 * @keep_mine: %TRUE to keep the citizen's version (sent again), %FALSE to
 *   keep the jobcenter's (already in place)
 * @error: return location for a #GError
 *
 * Returns: %TRUE on success
 */
gboolean
js_store_sync_resolve (JsStore   *store,
                       gint64     seq,
                       gboolean   keep_mine,
                       GError   **error)
{
  Resolution resolution = { seq, keep_mine };

  return js_store_transaction (store, resolve_in_txn, &resolution, error);
}
