/* js-store-joblog.c: the job log's records and search
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every save and delete runs in one transaction with its journal operation.
 * Lists are found as ordered row IDs, and entries are loaded one by one as
 * the list shows them, so a log of any length opens at once.
 */

#include "config.h"

#include "js-store-joblog.h"
#include "js-store-private.h"

#define ENTRY_COLUMNS \
  "id, revision, kind, status, date, deadline," \
  " title, employer, location, source, contact, link, notes, suggestion"

static JsJoblogEntry *
entry_from_row (sqlite3_stmt *stmt)
{
  JsJoblogEntry *entry = js_joblog_entry_new ();
  JsEntryKind kind = JS_ENTRY_KIND_OTHER;
  JsEntryStatus status = JS_ENTRY_STATUS_APPLIED;
  GDate date;

  js_joblog_entry_set_id (entry, (const char *) sqlite3_column_text (stmt, 0));
  js_joblog_entry_set_revision (entry, sqlite3_column_int64 (stmt, 1));
  js_entry_kind_from_string ((const char *) sqlite3_column_text (stmt, 2), &kind);
  js_joblog_entry_set_kind (entry, kind);
  js_entry_status_from_string ((const char *) sqlite3_column_text (stmt, 3), &status);
  js_joblog_entry_set_status (entry, status);
  js_date_from_iso ((const char *) sqlite3_column_text (stmt, 4), &date);
  js_joblog_entry_set_date (entry, &date);
  js_date_from_iso ((const char *) sqlite3_column_text (stmt, 5), &date);
  js_joblog_entry_set_deadline (entry, &date);
  for (guint i = 0; i < JS_N_TEXT_FIELDS; i++)
    js_joblog_entry_set_text (entry, i, (const char *) sqlite3_column_text (stmt, 6 + i));
  js_joblog_entry_set_suggestion (entry, (const char *) sqlite3_column_text (stmt,
                                                                            6 + JS_N_TEXT_FIELDS));

  return entry;
}

static JsJoblogEntry *
load_one (JsStore     *store,
          const char  *sql,
          gint64       rowid,
          const char  *id,
          GError     **error)
{
  JsJoblogEntry *entry = NULL;
  sqlite3_stmt *stmt;
  int rc;

  if (!(stmt = _js_store_prepare (store, sql, error)))
    return NULL;

  if (id != NULL)
    sqlite3_bind_text (stmt, 1, id, -1, SQLITE_TRANSIENT);
  else
    sqlite3_bind_int64 (stmt, 1, rowid);

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    entry = entry_from_row (stmt);
  _js_store_release (stmt);

  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    _js_store_set_error (error, _js_store_get_db (store), rc, "Could not read a job-log entry");

  return entry;
}

/**
 * js_store_joblog_load:
 *
 * Returns: (transfer full) (nullable): the entry at @rowid, or %NULL when
 *   it is gone (then @error is not set) or on failure
 */
JsJoblogEntry *
js_store_joblog_load (JsStore  *store,
                      gint64    rowid,
                      GError  **error)
{
  g_return_val_if_fail (JS_IS_STORE (store), NULL);

  return load_one (store, "SELECT " ENTRY_COLUMNS " FROM joblog_entry WHERE rowid = ?1;",
                   rowid, NULL, error);
}

JsJoblogEntry *
js_store_joblog_lookup (JsStore     *store,
                        const char  *id,
                        GError     **error)
{
  g_return_val_if_fail (JS_IS_STORE (store), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return load_one (store, "SELECT " ENTRY_COLUMNS " FROM joblog_entry WHERE id = ?1;",
                   0, id, error);
}

static gint64
query_count (JsStore      *store,
             const char   *sql,
             const GDate  *from,
             const GDate  *to,
             GError      **error)
{
  g_autofree char *first = js_date_to_iso (from);
  g_autofree char *last = js_date_to_iso (to);
  sqlite3_stmt *stmt;
  gint64 count;
  int rc;

  if (!(stmt = _js_store_prepare (store, sql, error)))
    return -1;

  if (first != NULL)
    {
      sqlite3_bind_text (stmt, 1, first, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 2, last, -1, SQLITE_TRANSIENT);
    }

  rc = sqlite3_step (stmt);
  count = sqlite3_column_int64 (stmt, 0);
  _js_store_release (stmt);

  if (rc != SQLITE_ROW)
    {
      _js_store_set_error (error, _js_store_get_db (store), rc, "Could not count entries");
      return -1;
    }

  return count;
}

gint64
js_store_joblog_count (JsStore  *store,
                       GError  **error)
{
  g_return_val_if_fail (JS_IS_STORE (store), -1);

  return query_count (store, "SELECT count(*) FROM joblog_entry;", NULL, NULL, error);
}

/**
 * js_store_joblog_count_applications:
 *
 * Returns: how many applications (advertised or unsolicited, not only
 *   planned) are dated from @from to @to, both included; -1 on failure
 */
gint64
js_store_joblog_count_applications (JsStore      *store,
                                    const GDate  *from,
                                    const GDate  *to,
                                    GError      **error)
{
  g_return_val_if_fail (JS_IS_STORE (store), -1);
  g_return_val_if_fail (from != NULL && g_date_valid (from), -1);
  g_return_val_if_fail (to != NULL && g_date_valid (to), -1);

  return query_count (store,
                      "SELECT count(*) FROM joblog_entry WHERE date BETWEEN ?1 AND ?2"
                      " AND kind IN ('advertised', 'unsolicited') AND status != 'planned';",
                      from, to, error);
}

/**
 * js_store_joblog_last_date:
 * @date: (out): the newest entry's date; not valid when the log is empty
 *
 * Returns: %TRUE on success
 */
gboolean
js_store_joblog_last_date (JsStore  *store,
                           GDate    *date,
                           GError  **error)
{
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (JS_IS_STORE (store), FALSE);

  g_date_clear (date, 1);
  if (!(stmt = _js_store_prepare (store, "SELECT max (date) FROM joblog_entry;", error)))
    return FALSE;

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    js_date_from_iso ((const char *) sqlite3_column_text (stmt, 0), date);
  _js_store_release (stmt);

  if (rc != SQLITE_ROW)
    return _js_store_set_error (error, _js_store_get_db (store), rc,
                                "Could not find the newest entry");

  return TRUE;
}

static gboolean
step_done (JsTxn        *txn,
           sqlite3_stmt *stmt,
           const char   *what,
           GError      **error)
{
  int rc = sqlite3_step (stmt);

  _js_store_release (stmt);
  if (rc != SQLITE_DONE)
    return _js_store_set_error (error, txn->db, rc, what);

  return TRUE;
}

static gboolean
drop_draft_in_txn (JsTxn       *txn,
                   const char  *id,
                   GError     **error)
{
  sqlite3_stmt *stmt = _js_store_prepare (txn->store, "DELETE FROM joblog_draft WHERE id = ?1;",
                                          error);

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_TRANSIENT);
  return step_done (txn, stmt, "Could not remove a draft", error);
}

/* The entry's local revision (0 when it does not exist) in *@stored and
 * the jobcenter's revision of it, of the row or of its tombstone when it
 * was deleted here (0 when the jobcenter has never had it), in *@known:
 * one statement, which every save and every entry pulled asks. */
static gboolean
revisions (JsTxn       *txn,
           const char  *id,
           gint64      *stored,
           gint64      *known,
           GError     **error)
{
  sqlite3_stmt *stmt = _js_store_prepare (txn->store,
                                          "SELECT revision, server_revision FROM joblog_entry"
                                          " WHERE id = ?1 UNION ALL"
                                          " SELECT 0, server_revision FROM joblog_tombstone"
                                          " WHERE id = ?1 LIMIT 1;",
                                          error);
  int rc;

  *stored = *known = 0;
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      *stored = sqlite3_column_int64 (stmt, 0);
      *known = sqlite3_column_int64 (stmt, 1);
    }
  _js_store_release (stmt);

  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return _js_store_set_error (error, txn->db, rc, "Could not read a job-log entry");

  return TRUE;
}

static gboolean
save_in_txn (JsTxn     *txn,
             gpointer   user_data,
             GError   **error)
{
  return js_txn_joblog_save (txn, user_data, error);
}

static gboolean
set_tombstone (JsTxn       *txn,
               const char  *id,
               gint64       revision,
               GError     **error)
{
  sqlite3_stmt *stmt = _js_store_prepare (txn->store,
                                          "INSERT INTO joblog_tombstone (id, server_revision)"
                                          " VALUES (?1, ?2) ON CONFLICT (id) DO UPDATE SET"
                                          " server_revision = excluded.server_revision;",
                                          error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, revision);
  return step_done (txn, stmt, "Could not remember a deleted entry", error);
}

static gboolean
drop_tombstone (JsTxn       *txn,
                const char  *id,
                GError     **error)
{
  sqlite3_stmt *stmt = _js_store_prepare (txn->store,
                                          "DELETE FROM joblog_tombstone WHERE id = ?1;", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_TRANSIENT);
  return step_done (txn, stmt, "Could not forget a deleted entry", error);
}

/* Writes the row. @server_revision is stored for a new row, and for an
 * existing one only when @from_server (a change from the jobcenter). */
static gboolean
write_row (JsTxn          *txn,
           JsJoblogEntry  *entry,
           gint64          revision,
           gint64          server_revision,
           gboolean        from_server,
           GError        **error)
{
  const char *id = js_joblog_entry_get_id (entry);
  g_autofree char *date = js_date_to_iso (js_joblog_entry_get_date (entry));
  g_autofree char *deadline = js_date_to_iso (js_joblog_entry_get_deadline (entry));
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *stamp = g_date_time_format_iso8601 (now);
  sqlite3_stmt *stmt;

  if (!(stmt = _js_store_prepare (txn->store,
                                  "INSERT INTO joblog_entry (id, revision, kind, status, date,"
                                  " deadline, title, employer, location, source, contact, link,"
                                  " notes, created, updated, server_revision, suggestion)"
                                  " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12,"
                                  " ?13, ?14, ?14, ?15, ?17)"
                                  " ON CONFLICT (id) DO UPDATE SET revision = excluded.revision,"
                                  " kind = excluded.kind, status = excluded.status,"
                                  " date = excluded.date, deadline = excluded.deadline,"
                                  " title = excluded.title, employer = excluded.employer,"
                                  " location = excluded.location, source = excluded.source,"
                                  " contact = excluded.contact, link = excluded.link,"
                                  " notes = excluded.notes, updated = excluded.updated,"
                                  " suggestion = excluded.suggestion,"
                                  " server_revision = CASE WHEN ?16 THEN excluded.server_revision"
                                  " ELSE server_revision END;",
                                  error)))
    return FALSE;

  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, revision);
  sqlite3_bind_text (stmt, 3, js_entry_kind_to_string (js_joblog_entry_get_kind (entry)), -1,
                     SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, js_entry_status_to_string (js_joblog_entry_get_status (entry)), -1,
                     SQLITE_STATIC);
  _js_store_bind_text_or_null (stmt, 5, date);
  _js_store_bind_text_or_null (stmt, 6, deadline);
  for (guint i = 0; i < JS_N_TEXT_FIELDS; i++)
    sqlite3_bind_text (stmt, 7 + i, js_joblog_entry_get_text (entry, i), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 14, stamp, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 15, server_revision);
  sqlite3_bind_int (stmt, 16, from_server);
  _js_store_bind_text_or_null (stmt, 17, js_joblog_entry_get_suggestion (entry));

  return step_done (txn, stmt, "Could not save the entry", error) &&
         drop_tombstone (txn, id, error);
}

/**
 * js_txn_joblog_save:
 * @txn: a running transaction
 * @entry: a complete, validated entry
 * @error: return location for a #GError
 *
 * Like js_store_joblog_save(), as one step of a larger transaction (an
 * import, or a page of changes from the jobcenter).
 *
 * Returns: %TRUE on success
 */
gboolean
js_txn_joblog_save (JsTxn          *txn,
                    JsJoblogEntry  *entry,
                    GError        **error)
{
  const char *id = js_joblog_entry_get_id (entry);
  g_autofree char *payload = NULL;
  gint64 stored;
  gint64 base;
  gint64 revision;

  if (!revisions (txn, id, &stored, &base, error))
    return FALSE;

  /* An entry brought back after deletion continues its own count. */
  revision = MAX (stored, js_joblog_entry_get_revision (entry)) + 1;

  if (!write_row (txn, entry, revision, base, FALSE, error))
    return FALSE;

  js_joblog_entry_set_revision (entry, revision);
  payload = js_joblog_entry_to_json (entry);

  return js_txn_journal (txn, JS_JOBLOG_ENTITY, id, base, JS_JOURNAL_PUT, payload, error) &&
         drop_draft_in_txn (txn, id, error);
}

/**
 * _js_txn_joblog_apply_server:
 * @txn: a running transaction
 * @id: the entry's UUID
 * @entry: (nullable): the jobcenter's version, or %NULL when it deleted it
 * @server_revision: the jobcenter's revision
 * @error: return location for a #GError
 *
 * Makes the local entry what the jobcenter has, without journaling.
 *
 * Returns: %TRUE on success
 */
gboolean
_js_txn_joblog_apply_server (JsTxn          *txn,
                             const char     *id,
                             JsJoblogEntry  *entry,
                             gint64          revision,
                             GError        **error)
{
  gint64 stored;
  gint64 known;
  sqlite3_stmt *stmt;

  if (!revisions (txn, id, &stored, &known, error))
    return FALSE;

  /* The citizen's own change coming back from the jobcenter (its revision
   * noted when it was applied), or one older than what this PC has:
   * nothing to write, and the search index is left alone. */
  if (entry != NULL && revision <= known)
    return TRUE;

  if (entry != NULL)
    return write_row (txn, entry, stored + 1, revision, TRUE, error);

  if (!(stmt = _js_store_prepare (txn->store, "DELETE FROM joblog_entry WHERE id = ?1;", error)))
    return FALSE;
  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_TRANSIENT);
  return step_done (txn, stmt, "Could not delete the entry", error) &&
         set_tombstone (txn, id, revision, error);
}

/**
 * _js_txn_joblog_known_revision:
 *
 * Returns: the jobcenter's revision of entry @id as this PC knows it (0
 *   when the jobcenter never had it), -1 on failure
 */
gint64
_js_txn_joblog_known_revision (JsTxn       *txn,
                               const char  *id,
                               GError     **error)
{
  gint64 stored;
  gint64 known;

  return revisions (txn, id, &stored, &known, error) ? known : -1;
}

/**
 * _js_txn_joblog_set_server_revisions:
 * @txn: a running transaction
 * @applied: the changes the jobcenter applied, as JSON: an array of
 *   [op, entity, record id, revision]; those of other kinds are left
 * @error: return location for a #GError
 *
 * Notes the revision the jobcenter gave each entry (or its tombstone),
 * for a whole push's answers in two statements.
 *
 * Returns: %TRUE on success
 */
gboolean
_js_txn_joblog_set_server_revisions (JsTxn       *txn,
                                     const char  *applied,
                                     GError     **error)
{
  static const char * const updates[] = {
    "UPDATE joblog_entry SET server_revision = a.value ->> 3 FROM json_each (?1) AS a"
    " WHERE a.value ->> 1 = 'joblog-entry' AND joblog_entry.id = a.value ->> 2;",
    "UPDATE joblog_tombstone SET server_revision = a.value ->> 3 FROM json_each (?1) AS a"
    " WHERE a.value ->> 1 = 'joblog-entry' AND joblog_tombstone.id = a.value ->> 2;",
  };

  for (guint i = 0; i < G_N_ELEMENTS (updates); i++)
    {
      sqlite3_stmt *stmt = _js_store_prepare (txn->store, updates[i], error);

      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_text (stmt, 1, applied, -1, SQLITE_STATIC);
      if (!step_done (txn, stmt, "Could not note the jobcenter's revision", error))
        return FALSE;
    }

  return TRUE;
}

/**
 * js_store_joblog_save:
 * @store: a #JsStore
 * @entry: a complete, validated entry
 * @error: return location for a #GError
 *
 * Writes @entry, new or changed, raises its revision and records the change
 * in the journal, all in one transaction; any draft of it is dropped. On
 * success @entry carries its new revision.
 *
 * Returns: %TRUE on success
 */
gboolean
js_store_joblog_save (JsStore        *store,
                      JsJoblogEntry  *entry,
                      GError        **error)
{
  gint64 revision;

  g_return_val_if_fail (JS_IS_STORE (store), FALSE);
  g_return_val_if_fail (JS_IS_JOBLOG_ENTRY (entry), FALSE);

  if (!g_date_valid (js_joblog_entry_get_date (entry)))
    {
      g_set_error_literal (error, JS_STORE_ERROR, JS_STORE_ERROR_INVALID,
                           "A job-log entry needs a date");
      return FALSE;
    }

  revision = js_joblog_entry_get_revision (entry);
  if (!js_store_transaction (store, save_in_txn, entry, error))
    {
      js_joblog_entry_set_revision (entry, revision);
      return FALSE;
    }

  return TRUE;
}

static gboolean
delete_in_txn (JsTxn     *txn,
               gpointer   user_data,
               GError   **error)
{
  JsJoblogEntry *entry = user_data;
  const char *id = js_joblog_entry_get_id (entry);
  gint64 stored;
  gint64 base;
  sqlite3_stmt *stmt;

  if (!revisions (txn, id, &stored, &base, error))
    return FALSE;
  if (stored == 0)
    {
      g_set_error_literal (error, JS_STORE_ERROR, JS_STORE_ERROR_INVALID,
                           "The entry is already deleted");
      return FALSE;
    }

  if (!(stmt = _js_store_prepare (txn->store, "DELETE FROM joblog_entry WHERE id = ?1;", error)))
    return FALSE;
  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_TRANSIENT);
  if (!step_done (txn, stmt, "Could not delete the entry", error))
    return FALSE;

  js_joblog_entry_set_revision (entry, stored + 1);
  return set_tombstone (txn, id, base, error) &&
         js_txn_journal (txn, JS_JOBLOG_ENTITY, id, base, JS_JOURNAL_DELETE, NULL, error) &&
         drop_draft_in_txn (txn, id, error);
}

gboolean
_js_txn_joblog_delete (JsTxn          *txn,
                       JsJoblogEntry  *entry,
                       GError        **error)
{
  return delete_in_txn (txn, entry, error);
}

/**
 * js_store_joblog_delete:
 * @store: a #JsStore
 * @entry: the entry to delete
 * @error: return location for a #GError
 *
 * Deletes @entry and records the deletion in the journal. @entry keeps its
 * contents, with the revision of the deletion, so that saving it again
 * brings it back (Undo).
 *
 * Returns: %TRUE on success
 */
gboolean
js_store_joblog_delete (JsStore        *store,
                        JsJoblogEntry  *entry,
                        GError        **error)
{
  g_return_val_if_fail (JS_IS_STORE (store), FALSE);
  g_return_val_if_fail (JS_IS_JOBLOG_ENTRY (entry), FALSE);

  return js_store_transaction (store, delete_in_txn, entry, error);
}
