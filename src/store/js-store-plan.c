/* js-store-plan.c: the jobcenter's plan as this PC has it
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The plan is the jobcenter's: it comes with the sync and is never edited
 * here. Every revision that arrives is kept, so the citizen can see what
 * the plan said before and what changed since they last read it. What the
 * citizen does about the plan (having read it, having looked at the job
 * suggestions) is a record of their own, journaled in the transaction
 * that notes it.
 */

#include "config.h"

#include "js-store-plan.h"
#include "js-store-private.h"

void
js_plan_revision_free (JsPlanRevision *revision)
{
  if (revision == NULL)
    return;

  js_plan_free (revision->plan);
  g_clear_pointer (&revision->received, g_date_time_unref);
  g_free (revision);
}

void
js_suggestion_answer_free (JsSuggestionAnswer *answer)
{
  if (answer == NULL)
    return;

  g_free (answer->entry_id);
  g_free (answer->date);
  g_free (answer);
}

/* Every row of @stmt (body, revision, received) as a JsPlanRevision; a
 * row that is not a plan (it passed the check once, so only a damaged
 * file) is passed over with a warning. */
static GPtrArray *
read_revisions (JsStore       *store,
                sqlite3_stmt  *stmt,
                GError       **error)
{
  g_autoptr(GPtrArray) revisions = g_ptr_array_new_with_free_func (
    (GDestroyNotify) js_plan_revision_free);
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(GError) local_error = NULL;
      JsPlan *plan = js_plan_read ((const char *) sqlite3_column_text (stmt, 0),
                                   sqlite3_column_int64 (stmt, 1), &local_error);
      JsPlanRevision *revision;

      if (plan == NULL)
        {
          g_warning ("A kept plan cannot be read: %s", local_error->message);
          continue;
        }

      revision = g_new0 (JsPlanRevision, 1);
      revision->plan = plan;
      revision->received = g_date_time_new_from_iso8601 (
        (const char *) sqlite3_column_text (stmt, 2), NULL);
      g_ptr_array_add (revisions, revision);
    }
  _js_store_release (stmt);

  if (rc != SQLITE_DONE)
    {
      _js_store_set_error (error, _js_store_get_db (store), rc, "Could not read the plan");
      return NULL;
    }

  return g_steal_pointer (&revisions);
}

/**
 * js_store_plan_list:
 * @store: a #JsStore
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (element-type JsPlanRevision) (nullable): the
 *   newest revision of each of the citizen's plans, the plan the jobcenter
 *   updated last first
 */
GPtrArray *
js_store_plan_list (JsStore  *store,
                    GError  **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (JS_IS_STORE (store), NULL);

  if (!(stmt = _js_store_prepare (store,
                                  "SELECT r.body, r.revision, coalesce (("
                                  "  SELECT received FROM plan_revision p"
                                  "  WHERE p.plan_id = r.id AND p.revision = r.revision),"
                                  "  strftime ('%Y-%m-%dT%H:%M:%SZ', 'now'))"
                                  " FROM server_record r WHERE r.entity = 'plan'"
                                  " ORDER BY json_extract (r.body, '$.updated') DESC, r.id;",
                                  error)))
    return NULL;

  return read_revisions (store, stmt, error);
}

/**
 * js_store_plan_history:
 * @store: a #JsStore
 * @plan_id: a plan's UUID
 * @limit: how many revisions at most, the newest; -1 for all
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (element-type JsPlanRevision) (nullable): the
 *   revisions of the plan that came to this PC, the newest first
 */
GPtrArray *
js_store_plan_history (JsStore     *store,
                       const char  *plan_id,
                       gint64       limit,
                       GError     **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (JS_IS_STORE (store), NULL);
  g_return_val_if_fail (plan_id != NULL, NULL);

  if (!(stmt = _js_store_prepare (store,
                                  "SELECT body, revision, received FROM plan_revision"
                                  " WHERE plan_id = ?1 ORDER BY revision DESC LIMIT ?2;",
                                  error)))
    return NULL;
  sqlite3_bind_text (stmt, 1, plan_id, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, limit);

  return read_revisions (store, stmt, error);
}

/**
 * js_store_plan_get_revision:
 * @store: a #JsStore
 * @plan_id: a plan's UUID
 * @revision: one of its revisions
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): that revision, or %NULL when this PC
 *   never had it (then @error is not set) or on failure
 */
JsPlanRevision *
js_store_plan_get_revision (JsStore     *store,
                            const char  *plan_id,
                            gint64       revision,
                            GError     **error)
{
  g_autoptr(GPtrArray) found = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (JS_IS_STORE (store), NULL);

  if (!(stmt = _js_store_prepare (store,
                                  "SELECT body, revision, received FROM plan_revision"
                                  " WHERE plan_id = ?1 AND revision = ?2;",
                                  error)))
    return NULL;
  sqlite3_bind_text (stmt, 1, plan_id, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, revision);

  found = read_revisions (store, stmt, error);
  return found != NULL && found->len > 0 ? g_ptr_array_steal_index (found, 0) : NULL;
}

/**
 * js_store_plan_count_revisions:
 * @store: a #JsStore
 * @plan_id: a plan's UUID
 *
 * Returns: how many revisions of the plan this PC keeps
 */
guint
js_store_plan_count_revisions (JsStore    *store,
                               const char *plan_id)
{
  sqlite3_stmt *stmt;
  guint count = 0;

  g_return_val_if_fail (JS_IS_STORE (store), 0);

  stmt = _js_store_prepare (store, "SELECT count(*) FROM plan_revision WHERE plan_id = ?1;",
                            NULL);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_text (stmt, 1, plan_id, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    count = sqlite3_column_int (stmt, 0);
  _js_store_release (stmt);
  return count;
}

/**
 * js_store_plan_seen:
 * @store: a #JsStore
 * @plan_id: a plan's UUID
 * @error: return location for a #GError
 *
 * Returns: the revision of the plan the citizen last marked as read, 0
 *   when never (revisions start at 1), -1 on failure
 */
gint64
js_store_plan_seen (JsStore     *store,
                    const char  *plan_id,
                    GError     **error)
{
  sqlite3_stmt *stmt;
  gint64 seen = 0;
  int rc;

  g_return_val_if_fail (JS_IS_STORE (store), -1);

  if (!(stmt = _js_store_prepare (store, "SELECT revision FROM plan_seen WHERE plan_id = ?1;",
                                  error)))
    return -1;
  sqlite3_bind_text (stmt, 1, plan_id, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    seen = sqlite3_column_int64 (stmt, 0);
  _js_store_release (stmt);

  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      _js_store_set_error (error, _js_store_get_db (store), rc,
                           "Could not read what was read of the plan");
      return -1;
    }

  return seen;
}

/* Notes that the citizen has read @revision of the plan @plan_id (or of
 * whichever plan had a revision @revision, when @plan_id is %NULL: a
 * receipt names only the revision); an older revision never lowers it. */
static gboolean
note_seen (JsTxn       *txn,
           const char  *plan_id,
           gint64       revision,
           GError     **error)
{
  sqlite3_stmt *stmt;
  int rc;

  if (!(stmt = _js_store_prepare (txn->store,
                                  "INSERT INTO plan_seen (plan_id, revision)"
                                  " SELECT DISTINCT plan_id, ?2 FROM plan_revision"
                                  " WHERE revision = ?2 AND (?1 IS NULL OR plan_id = ?1)"
                                  " UNION SELECT ?1, ?2 WHERE ?1 IS NOT NULL"
                                  " ON CONFLICT (plan_id) DO UPDATE"
                                  " SET revision = max (revision, excluded.revision);",
                                  error)))
    return FALSE;
  _js_store_bind_text_or_null (stmt, 1, plan_id);
  sqlite3_bind_int64 (stmt, 2, revision);
  rc = sqlite3_step (stmt);
  _js_store_release (stmt);

  if (rc != SQLITE_DONE)
    return _js_store_set_error (error, txn->db, rc, "Could not note that the plan was read");

  return TRUE;
}

/* A record of the citizen's own, kept as the jobcenter will have it and
 * journaled to be sent: one transaction. */
static gboolean
add_own_record (JsTxn       *txn,
                const char  *entity,
                const char  *id,
                const char  *body,
                GError     **error)
{
  g_autoptr(JsonNode) node = js_json_parse (body, strlen (body), JS_PROTOCOL_MAX_REQUEST_BYTES,
                                            error);

  return node != NULL &&
         _js_txn_put_server_record (txn, entity, id, node, 0, error) &&
         js_txn_journal (txn, entity, id, 0, JS_JOURNAL_PUT, body, error);
}

typedef struct {
  const JsPlan *plan;
  GDateTime    *now;
} MarkRead;

static gboolean
mark_read_in_txn (JsTxn     *txn,
                  gpointer   user_data,
                  GError   **error)
{
  MarkRead *mark = user_data;
  g_autofree char *id = g_uuid_string_random ();
  g_autofree char *receipt = js_plan_receipt_write (id, mark->plan->revision, mark->now);

  return note_seen (txn, mark->plan->id, mark->plan->revision, error) &&
         add_own_record (txn, JS_PLAN_RECEIPT_ENTITY, id, receipt, error);
}

/**
 * js_store_plan_mark_read:
 * @store: a #JsStore
 * @plan: the plan, at the revision the citizen read
 * @now: when they read it
 * @error: return location for a #GError
 *
 * Notes that the citizen read @plan and journals a `plan-receipt` for the
 * jobcenter, in one transaction.
 *
 * Returns: %TRUE on success
 */
gboolean
js_store_plan_mark_read (JsStore       *store,
                         const JsPlan  *plan,
                         GDateTime     *now,
                         GError       **error)
{
  MarkRead mark = { plan, now };

  g_return_val_if_fail (JS_IS_STORE (store), FALSE);
  g_return_val_if_fail (plan != NULL && now != NULL, FALSE);

  return js_store_transaction (store, mark_read_in_txn, &mark, error);
}

static gboolean
checked_in_txn (JsTxn     *txn,
                gpointer   user_data,
                GError   **error)
{
  g_autofree char *id = g_uuid_string_random ();
  g_autofree char *check = js_suggestion_check_write (id, user_data);

  return add_own_record (txn, JS_SUGGESTION_CHECK_ENTITY, id, check, error);
}

/**
 * js_store_suggestions_checked:
 * @store: a #JsStore
 * @now: when the citizen looked at their job suggestions
 * @error: return location for a #GError
 *
 * Records the citizen's own weekly check of the job suggestions, journaled
 * for the jobcenter.
 *
 * Returns: %TRUE on success
 */
gboolean
js_store_suggestions_checked (JsStore    *store,
                              GDateTime  *now,
                              GError    **error)
{
  g_return_val_if_fail (JS_IS_STORE (store), FALSE);
  g_return_val_if_fail (now != NULL, FALSE);

  return js_store_transaction (store, checked_in_txn, now, error);
}

/**
 * js_store_suggestions_last_checked:
 * @store: a #JsStore
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): when the citizen last looked at
 *   their job suggestions, on this PC or another; %NULL when never (then
 *   @error is not set) or on failure
 */
GDateTime *
js_store_suggestions_last_checked (JsStore  *store,
                                   GError  **error)
{
  GDateTime *last = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (JS_IS_STORE (store), NULL);

  if (!(stmt = _js_store_prepare (store,
                                  "SELECT body FROM server_record"
                                  " WHERE entity = 'suggestion-check'"
                                  " ORDER BY julianday (json_extract (body, '$.checked')) DESC"
                                  " LIMIT 1;",
                                  error)))
    return NULL;
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    last = js_suggestion_check_read_time ((const char *) sqlite3_column_text (stmt, 0));
  _js_store_release (stmt);

  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    _js_store_set_error (error, _js_store_get_db (store), rc,
                         "Could not read when the suggestions were checked");

  return last;
}

/**
 * js_store_suggestion_answers:
 * @store: a #JsStore
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): for each job suggestion that an
 *   entry of the job log answers, its UUID to a #JsSuggestionAnswer: the
 *   entry that applied for it (the earliest), or one that plans to
 */
GHashTable *
js_store_suggestion_answers (JsStore  *store,
                             GError  **error)
{
  g_autoptr(GHashTable) answers = g_hash_table_new_full (
    g_str_hash, g_str_equal, g_free, (GDestroyNotify) js_suggestion_answer_free);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (JS_IS_STORE (store), NULL);

  /* Rows in the order the answer is chosen: an application before a plan
   * to apply, the earliest first; the first row of a suggestion wins. */
  if (!(stmt = _js_store_prepare (store,
                                  "SELECT suggestion, id, date, status = 'planned'"
                                  " FROM joblog_entry WHERE suggestion IS NOT NULL"
                                  " ORDER BY status = 'planned', date, rowid;",
                                  error)))
    return NULL;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *suggestion = (const char *) sqlite3_column_text (stmt, 0);
      JsSuggestionAnswer *answer;

      if (g_hash_table_contains (answers, suggestion))
        continue;
      answer = g_new0 (JsSuggestionAnswer, 1);
      answer->entry_id = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      answer->date = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
      answer->planned = sqlite3_column_int (stmt, 3);
      g_hash_table_insert (answers, g_strdup (suggestion), answer);
    }
  _js_store_release (stmt);

  if (rc != SQLITE_DONE)
    {
      _js_store_set_error (error, _js_store_get_db (store), rc,
                           "Could not read which suggestions were answered");
      return NULL;
    }

  return g_steal_pointer (&answers);
}

/**
 * js_store_weekly_requirement:
 * @store: a #JsStore
 * @from_plan: (out) (optional): whether the number is the plan's
 *
 * Returns: the applications a week the citizen must send: the newest
 *   plan's number, or the citizen's own goal until a plan came; 0 for none
 */
guint
js_store_weekly_requirement (JsStore  *store,
                             gboolean *from_plan)
{
  g_autofree char *goal = NULL;
  sqlite3_stmt *stmt;
  gint64 weekly = -1;

  g_return_val_if_fail (JS_IS_STORE (store), 0);

  stmt = _js_store_prepare (store,
                            "SELECT json_extract (body, '$.weekly_applications')"
                            " FROM server_record WHERE entity = 'plan'"
                            " ORDER BY json_extract (body, '$.updated') DESC, id LIMIT 1;",
                            NULL);
  if (stmt != NULL)
    {
      if (sqlite3_step (stmt) == SQLITE_ROW)
        weekly = sqlite3_column_int64 (stmt, 0);
      _js_store_release (stmt);
    }

  if (from_plan != NULL)
    *from_plan = weekly >= 0;
  if (weekly >= 0)
    return (guint) CLAMP (weekly, 0, 30);

  goal = js_store_dup_meta (store, JS_WEEKLY_GOAL_META, NULL);
  return goal != NULL ? (guint) g_ascii_strtoull (goal, NULL, 10) : 0;
}

static gboolean
keep_revision (JsTxn       *txn,
               const char  *id,
               JsonNode    *record,
               gint64       revision,
               GError     **error)
{
  g_autofree char *body = js_json_write (record, NULL);
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *received = g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
  sqlite3_stmt *stmt;
  int rc;

  if (!(stmt = _js_store_prepare (txn->store,
                                  "INSERT INTO plan_revision (plan_id, revision, body, received)"
                                  " VALUES (?1, ?2, ?3, ?4) ON CONFLICT DO NOTHING;",
                                  error)))
    return FALSE;
  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, revision);
  sqlite3_bind_text (stmt, 3, body, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, received, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  _js_store_release (stmt);

  if (rc != SQLITE_DONE)
    return _js_store_set_error (error, txn->db, rc, "Could not keep the plan's revision");

  return TRUE;
}

static gboolean
forget_plan (JsTxn       *txn,
             const char  *id,
             GError     **error)
{
  static const char * const statements[] = {
    "DELETE FROM plan_revision WHERE plan_id = ?1;",
    "DELETE FROM plan_seen WHERE plan_id = ?1;",
  };

  for (guint i = 0; i < G_N_ELEMENTS (statements); i++)
    {
      sqlite3_stmt *stmt = _js_store_prepare (txn->store, statements[i], error);
      int rc;

      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_text (stmt, 1, id, -1, SQLITE_TRANSIENT);
      rc = sqlite3_step (stmt);
      _js_store_release (stmt);
      if (rc != SQLITE_DONE)
        return _js_store_set_error (error, txn->db, rc, "Could not forget a withdrawn plan");
    }

  return TRUE;
}

/**
 * _js_txn_plan_apply_server:
 *
 * A `plan` from the jobcenter is kept as sent and as one more revision (a
 * withdrawn plan goes with its history); a `plan-receipt` (the citizen read
 * the plan on another PC) marks that revision as read here too.
 */
gboolean
_js_txn_plan_apply_server (JsTxn       *txn,
                           const char  *entity,
                           const char  *id,
                           JsonNode    *record,
                           gint64       revision,
                           GError     **error)
{
  if (!_js_txn_put_server_record (txn, entity, id, record, revision, error))
    return FALSE;

  if (g_str_equal (entity, JS_PLAN_RECEIPT_ENTITY))
    {
      JsonNode *read = record != NULL ? json_object_get_member (json_node_get_object (record),
                                                                "plan_revision")
                                      : NULL;

      return read == NULL || note_seen (txn, NULL, json_node_get_int (read), error);
    }

  if (record == NULL)
    return forget_plan (txn, id, error);

  return keep_revision (txn, id, record, revision, error);
}
