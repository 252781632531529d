/* js-store-joblog-drafts.c: what was typed in an entry and not yet saved
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An open entry is kept as a draft while the citizen types, so that
 * closing the window, the app or the session loses nothing; saving the
 * entry drops its draft in the same transaction (js-store-joblog.c).
 */

#include "config.h"

#include "js-store-joblog.h"
#include "js-store-private.h"

/**
 * js_store_joblog_put_draft:
 * @store: a #JsStore
 * @entry: an entry being edited, complete or not
 * @error: return location for a #GError
 *
 * Keeps what the citizen has typed so far, so that it survives closing the
 * window or the app. Drafts stay on this computer: they are not journaled.
 *
 * Returns: %TRUE on success
 */
gboolean
js_store_joblog_put_draft (JsStore        *store,
                           JsJoblogEntry  *entry,
                           GError        **error)
{
  g_autofree char *json = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *stamp = g_date_time_format_iso8601 (now);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (JS_IS_STORE (store), FALSE);
  g_return_val_if_fail (JS_IS_JOBLOG_ENTRY (entry), FALSE);

  json = js_joblog_entry_to_json (entry);
  if (!(stmt = _js_store_prepare (store,
                                  "INSERT INTO joblog_draft (id, entry, updated) VALUES (?1, ?2, ?3)"
                                  " ON CONFLICT (id) DO UPDATE SET entry = excluded.entry,"
                                  " updated = excluded.updated;",
                                  error)))
    return FALSE;

  sqlite3_bind_text (stmt, 1, js_joblog_entry_get_id (entry), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, json, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, stamp, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  _js_store_release (stmt);

  if (rc != SQLITE_DONE)
    return _js_store_set_error (error, _js_store_get_db (store), rc, "Could not keep the draft");

  return TRUE;
}

/**
 * js_store_joblog_get_draft:
 *
 * Returns: (transfer full) (nullable): the most recently touched draft, or
 *   %NULL when there is none (then @error is not set)
 */
JsJoblogEntry *
js_store_joblog_get_draft (JsStore  *store,
                           GError  **error)
{
  g_autofree char *json = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (JS_IS_STORE (store), NULL);

  if (!(stmt = _js_store_prepare (store,
                                  "SELECT entry FROM joblog_draft ORDER BY updated DESC LIMIT 1;",
                                  error)))
    return NULL;

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    json = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  _js_store_release (stmt);

  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      _js_store_set_error (error, _js_store_get_db (store), rc, "Could not read the draft");
      return NULL;
    }

  return json != NULL ? js_joblog_entry_new_from_json (json, error) : NULL;
}

gboolean
js_store_joblog_drop_draft (JsStore     *store,
                            const char  *id,
                            GError     **error)
{
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (JS_IS_STORE (store), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  if (!(stmt = _js_store_prepare (store, "DELETE FROM joblog_draft WHERE id = ?1;", error)))
    return FALSE;

  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  _js_store_release (stmt);

  if (rc != SQLITE_DONE)
    return _js_store_set_error (error, _js_store_get_db (store), rc, "Could not drop the draft");

  return TRUE;
}
