/* js-store-journal.c: the change journal (outbox) of a profile
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every change records its operation here inside the transaction that
 * makes it (js_txn_journal()), under a new operation UUID and the owner
 * of the profile; the sync reads the oldest operations and removes the
 * ones the jobcenter acknowledged.
 */

#include "config.h"

#include "js-store-private.h"

/**
 * js_txn_journal:
 * @txn: the running transaction
 * @entity: the kind of record, such as "joblog-entry"
 * @record_id: the record's UUID
 * @base_revision: the jobcenter's revision of the record this change was
 *   made on (0 for a record the jobcenter has not seen)
 * @action: whether the record was written or deleted
 * @payload_json: (nullable): the record as JSON, for %JS_JOURNAL_PUT
 * @error: return location for a #GError
 *
 * Records one change in the journal, inside the transaction that makes the
 * change, under a new operation UUID.
 *
 * Returns: %TRUE on success
 */
gboolean
js_txn_journal (JsTxn            *txn,
                const char       *entity,
                const char       *record_id,
                gint64            base_revision,
                JsJournalAction   action,
                const char       *payload_json,
                GError          **error)
{
  static const char sql[] =
    "INSERT INTO journal (op_id, entity, record_id, base_revision, action, payload, created,"
    " owner) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8);";
  /* A database held at a version before owners (the migration tests). */
  static const char unowned_sql[] =
    "INSERT INTO journal (op_id, entity, record_id, base_revision, action, payload, created)"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7);";
  g_autofree char *op_id = g_uuid_string_random ();
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *created = g_date_time_format_iso8601 (now);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (txn != NULL, FALSE);
  g_return_val_if_fail (entity != NULL, FALSE);
  g_return_val_if_fail (record_id != NULL, FALSE);

  if (!g_uuid_string_is_valid (record_id))
    {
      g_set_error (error, JS_STORE_ERROR, JS_STORE_ERROR_INVALID,
                   "“%s” is not a record UUID", record_id);
      return FALSE;
    }

  if (action == JS_JOURNAL_PUT && payload_json == NULL)
    {
      g_set_error_literal (error, JS_STORE_ERROR, JS_STORE_ERROR_INVALID,
                           "A written record needs its contents in the journal");
      return FALSE;
    }

  if (!(stmt = _js_store_prepare (txn->store, _js_store_has_owners (txn->store) ? sql : unowned_sql,
                                  error)))
    return FALSE;

  sqlite3_bind_text (stmt, 1, op_id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, entity, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, record_id, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 4, base_revision);
  sqlite3_bind_text (stmt, 5, action == JS_JOURNAL_PUT ? "put" : "delete", -1, SQLITE_STATIC);
  if (payload_json != NULL)
    sqlite3_bind_text (stmt, 6, payload_json, -1, SQLITE_STATIC);
  else
    sqlite3_bind_null (stmt, 6);
  sqlite3_bind_text (stmt, 7, created, -1, SQLITE_STATIC);
  if (_js_store_has_owners (txn->store))
    sqlite3_bind_text (stmt, 8, js_store_get_owner (txn->store), -1, SQLITE_STATIC);

  rc = sqlite3_step (stmt);
  _js_store_release (stmt);

  if (rc != SQLITE_DONE)
    return _js_store_set_error (error, txn->db, rc, "Could not record the change");

  txn->n_journaled++;
  return TRUE;
}

gint64
js_store_journal_count (JsStore  *self,
                        GError  **error)
{
  sqlite3_stmt *stmt;
  gint64 count;
  int rc;

  g_return_val_if_fail (JS_IS_STORE (self), -1);

  if (!(stmt = _js_store_prepare (self, "SELECT count(*) FROM journal;", error)))
    return -1;

  rc = sqlite3_step (stmt);
  count = sqlite3_column_int64 (stmt, 0);
  _js_store_release (stmt);

  if (rc != SQLITE_ROW)
    {
      _js_store_set_error (error, _js_store_get_db (self), rc, "Could not count waiting changes");
      return -1;
    }

  return count;
}

static const char *
column_text (sqlite3_stmt *stmt,
             int           column)
{
  return (const char *) sqlite3_column_text (stmt, column);
}

/* The operations @stmt returns, its parameters bound; it is reset. */
static GPtrArray *
read_ops (JsStore       *self,
          sqlite3_stmt  *stmt,
          GError       **error)
{
  g_autoptr(GPtrArray) ops = g_ptr_array_new_with_free_func ((GDestroyNotify) js_journal_op_free);
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      JsJournalOp *op = g_new0 (JsJournalOp, 1);

      op->seq = sqlite3_column_int64 (stmt, 0);
      op->op_id = g_strdup (column_text (stmt, 1));
      op->entity = g_strdup (column_text (stmt, 2));
      op->record_id = g_strdup (column_text (stmt, 3));
      op->base_revision = sqlite3_column_int64 (stmt, 4);
      op->action = g_str_equal (column_text (stmt, 5), "put") ? JS_JOURNAL_PUT : JS_JOURNAL_DELETE;
      op->payload = g_strdup (column_text (stmt, 6));
      op->created = g_date_time_new_from_iso8601 (column_text (stmt, 7), NULL);
      op->owner = g_strdup (column_text (stmt, 8));
      g_ptr_array_add (ops, op);
    }

  _js_store_release (stmt);

  if (rc != SQLITE_DONE)
    {
      _js_store_set_error (error, _js_store_get_db (self), rc, "Could not read waiting changes");
      return NULL;
    }

  return g_steal_pointer (&ops);
}

static GPtrArray *
peek (JsStore     *self,
      const char  *owner,
      guint        limit,
      GError     **error)
{
  static const char all_sql[] =
    "SELECT seq, op_id, entity, record_id, base_revision, action, payload, created, owner"
    " FROM journal ORDER BY seq LIMIT ?1;";
  static const char owned_sql[] =
    "SELECT seq, op_id, entity, record_id, base_revision, action, payload, created, owner"
    " FROM journal WHERE owner = ?2 ORDER BY seq LIMIT ?1;";
  sqlite3_stmt *stmt;

  if (!(stmt = _js_store_prepare (self, owner != NULL ? owned_sql : all_sql, error)))
    return NULL;

  sqlite3_bind_int64 (stmt, 1, limit);
  if (owner != NULL)
    sqlite3_bind_text (stmt, 2, owner, -1, SQLITE_TRANSIENT);

  return read_ops (self, stmt, error);
}

/**
 * _js_store_journal_peek_first:
 * @self: a #JsStore
 * @owner: a profile owner
 * @after: only operations made after the one of this sequence number
 * @limit: the most operations to return
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (element-type JsJournalOp): of each record
 *   with operations recorded under @owner, the oldest of them, in the
 *   order they were made: what the next push may send. Later operations
 *   of a record are never read (a push of 10,000 entries read each
 *   batch's next 2,000 operations before, to keep 500).
 */
GPtrArray *
_js_store_journal_peek_first (JsStore     *self,
                              const char  *owner,
                              gint64       after,
                              guint        limit,
                              GError     **error)
{
  static const char sql[] =
    "SELECT seq, op_id, entity, record_id, base_revision, action, payload, created, owner"
    " FROM journal AS j WHERE owner = ?2 AND seq > ?3 AND NOT EXISTS (SELECT 1 FROM journal AS k"
    "  WHERE k.entity = j.entity AND k.record_id = j.record_id AND k.seq < j.seq"
    "  AND k.owner = j.owner)"
    " ORDER BY seq LIMIT ?1;";
  sqlite3_stmt *stmt;

  if (!(stmt = _js_store_prepare (self, sql, error)))
    return NULL;

  sqlite3_bind_int64 (stmt, 1, limit);
  sqlite3_bind_text (stmt, 2, owner, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 3, after);
  return read_ops (self, stmt, error);
}

/**
 * js_store_journal_peek:
 * @self: a #JsStore
 * @limit: the most operations to return
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (element-type JsJournalOp): the oldest waiting
 *   operations, in the order they were made
 */
GPtrArray *
js_store_journal_peek (JsStore  *self,
                       guint     limit,
                       GError  **error)
{
  g_return_val_if_fail (JS_IS_STORE (self), NULL);

  return peek (self, NULL, limit, error);
}

/**
 * js_store_journal_peek_owned:
 * @self: a #JsStore
 * @owner: a profile owner (js_store_get_owner())
 * @limit: the most operations to return
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (element-type JsJournalOp): the oldest waiting
 *   operations recorded under @owner, in the order they were made
 */
GPtrArray *
js_store_journal_peek_owned (JsStore     *self,
                             const char  *owner,
                             guint        limit,
                             GError     **error)
{
  g_return_val_if_fail (JS_IS_STORE (self), NULL);
  g_return_val_if_fail (owner != NULL, NULL);

  return peek (self, owner, limit, error);
}

/**
 * js_store_journal_count_foreign:
 * @self: a #JsStore
 * @owner: a profile owner
 * @error: return location for a #GError
 *
 * Returns: how many waiting operations were recorded under another owner
 *   than @owner, or -1 on failure
 */
gint64
js_store_journal_count_foreign (JsStore     *self,
                                const char  *owner,
                                GError     **error)
{
  sqlite3_stmt *stmt;
  gint64 count;
  int rc;

  g_return_val_if_fail (JS_IS_STORE (self), -1);
  g_return_val_if_fail (owner != NULL, -1);

  if (!(stmt = _js_store_prepare (self, "SELECT count(*) FROM journal WHERE owner != ?1;",
                                  error)))
    return -1;

  sqlite3_bind_text (stmt, 1, owner, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  count = sqlite3_column_int64 (stmt, 0);
  _js_store_release (stmt);

  if (rc != SQLITE_ROW)
    {
      _js_store_set_error (error, _js_store_get_db (self), rc, "Could not count waiting changes");
      return -1;
    }

  return count;
}

static gboolean
ack_in_txn (JsTxn     *txn,
            gpointer   user_data,
            GError   **error)
{
  const char * const *op_ids = user_data;
  sqlite3_stmt *stmt;

  if (!(stmt = _js_store_prepare (txn->store, "DELETE FROM journal WHERE op_id = ?1;", error)))
    return FALSE;

  for (guint i = 0; op_ids[i] != NULL; i++)
    {
      int rc;

      sqlite3_bind_text (stmt, 1, op_ids[i], -1, SQLITE_STATIC);
      rc = sqlite3_step (stmt);
      _js_store_release (stmt);

      if (rc != SQLITE_DONE)
        return _js_store_set_error (error, txn->db, rc, "Could not remove a sent change");

      txn->n_journaled += sqlite3_changes (txn->db);
    }

  return TRUE;
}

/**
 * js_store_journal_ack:
 * @self: a #JsStore
 * @op_ids: (array zero-terminated=1): operations the jobcenter acknowledged
 * @error: return location for a #GError
 *
 * Removes acknowledged operations from the journal in one transaction.
 * Unknown operation IDs are ignored, so acknowledging twice is harmless.
 *
 * Returns: %TRUE on success
 */
gboolean
js_store_journal_ack (JsStore             *self,
                      const char * const  *op_ids,
                      GError             **error)
{
  g_return_val_if_fail (JS_IS_STORE (self), FALSE);
  g_return_val_if_fail (op_ids != NULL, FALSE);

  return js_store_transaction (self, ack_in_txn, (gpointer) op_ids, error);
}

void
js_journal_op_free (JsJournalOp *op)
{
  if (op == NULL)
    return;

  g_free (op->op_id);
  g_free (op->entity);
  g_free (op->record_id);
  g_free (op->payload);
  g_free (op->owner);
  g_clear_pointer (&op->created, g_date_time_unref);
  g_free (op);
}
