/* js-server-records.c: records, pushes and changes on the jobcenter side
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A record belongs to one citizen for good. Citizens write their own kinds
 * (job log, bookings, exercise progress, receipts) with a revision check;
 * the jobcenter writes the rest. Every write takes the next number of the
 * citizen's change sequence, which is what a pull's cursor counts; writes
 * happen under the lock of the citizen's row (_js_server_write()), so the
 * numbers are given in the order the writes commit and a pull never moves
 * its cursor past a change that commits later.
 */

#include "config.h"

#include "js-server-store-private.h"

/* A page of changes stops growing here (JSON bytes, roughly). */
#define PAGE_BYTES (JS_PROTOCOL_MAX_RESPONSE_BYTES / 2)

void
_js_server_stored_clear (Stored *stored)
{
  g_clear_pointer (&stored->citizen, g_free);
  g_clear_pointer (&stored->body, g_free);
}

static gboolean
stored_cb (const char * const *columns,
           gpointer            user_data)
{
  Stored *stored = user_data;

  stored->exists = TRUE;
  stored->citizen = g_strdup (columns[0]);
  stored->revision = _js_server_int (columns[1]);
  stored->deleted = _js_server_int (columns[2]) != 0;
  stored->body = g_strdup (columns[3]);
  return FALSE;
}

gboolean
_js_server_load_record (JsServerStore  *self,
                        const char     *entity,
                        const char     *id,
                        Stored         *stored,
                        GError        **error)
{
  memset (stored, 0, sizeof *stored);
  return _js_server_query (self, JS_SQL_RECORD_LOAD, stored_cb, stored, error,
                           JS_SQL_TEXT (entity), JS_SQL_TEXT (id));
}

/* @record as stored: its "revision" member set to the server's. */
char *
_js_server_body_at_revision (JsonNode *record,
                             gint64    revision)
{
  g_autoptr(JsonNode) copy = json_node_copy (record);

  json_object_set_int_member (json_node_get_object (copy), "revision", revision);
  return js_json_write (copy, NULL);
}

/* Writes a record of @citizen at the revision after @stored's (its first
 * when @stored says it does not exist), deleted when @body is %NULL. */
static gboolean
write_record (JsServerStore  *self,
              const char     *entity,
              const char     *id,
              const char     *citizen,
              const Stored   *stored,
              const char     *body,
              GError        **error)
{
  gint64 seq = _js_server_next_seq (self, citizen);
  gint64 changes = 0;

  if (seq < 0 ||
      !_js_server_changed (self, stored->exists ? JS_SQL_RECORD_UPDATE : JS_SQL_RECORD_ADD,
                           &changes, error, JS_SQL_TEXT (entity), JS_SQL_TEXT (id),
                           JS_SQL_TEXT (citizen), JS_SQL_INT (stored->revision + 1),
                           JS_SQL_INT (body == NULL), JS_SQL_TEXT (body), JS_SQL_INT (seq)))
    return FALSE;

  /* Never so under the citizen's lock; but were it so, the write would
   * be lost: run the transaction again. */
  if (changes != 1)
    {
      g_set_error_literal (error, JS_SERVER_ERROR, JS_SERVER_ERROR_BUSY,
                           "The record changed meanwhile");
      return FALSE;
    }

  return TRUE;
}

/* Writes @record (deleted when %NULL) as the citizen's or the jobcenter's
 * record of @citizen; a record of another citizen is refused. */
gboolean
_js_server_put_owned (JsServerStore  *self,
                      const char     *citizen,
                      const char     *entity,
                      const char     *id,
                      JsonNode       *record,
                      GError        **error)
{
  Stored stored;
  g_autofree char *body = NULL;
  gboolean ok;

  if (!_js_server_load_record (self, entity, id, &stored, error))
    return FALSE;

  if (stored.exists && g_strcmp0 (stored.citizen, citizen) != 0)
    {
      _js_server_stored_clear (&stored);
      g_set_error_literal (error, JS_SERVER_ERROR, JS_SERVER_ERROR_INVALID,
                           "The record belongs to another citizen");
      return FALSE;
    }

  body = record != NULL ? _js_server_body_at_revision (record, stored.revision + 1) : NULL;
  ok = write_record (self, entity, id, citizen, &stored, body, error);
  _js_server_stored_clear (&stored);
  return ok;
}

typedef struct {
  const char *citizen;
  const char *entity;
  const char *id;
  JsonNode   *record;
} PutRecord;

static gboolean
put_record_txn (JsServerStore  *self,
                gpointer        user_data,
                GError        **error)
{
  PutRecord *put = user_data;

  return _js_server_put_owned (self, put->citizen, put->entity, put->id, put->record, error);
}

/**
 * js_server_store_put_record:
 * @self: the store
 * @number: the citizen the record is for
 * @entity: a jobcenter-owned entity ("plan", "meeting-slot", …)
 * @record: the record, checked against @entity
 * @error: return location for a #GError
 *
 * Writes a record as the jobcenter: it wins over anything the citizen has.
 *
 * Returns: %TRUE on success
 */
gboolean
js_server_store_put_record (JsServerStore  *self,
                            const char     *number,
                            const char     *entity,
                            JsonNode       *record,
                            GError        **error)
{
  PutRecord put;
  JsonNode *id;

  g_return_val_if_fail (JS_IS_SERVER_STORE (self), FALSE);

  if (js_protocol_entity_citizens (entity) || !js_protocol_entity_known (entity))
    {
      g_set_error (error, JS_SERVER_ERROR, JS_SERVER_ERROR_INVALID,
                   "“%s” is not a kind of record the jobcenter writes", entity);
      return FALSE;
    }

  if (record == NULL || !JSON_NODE_HOLDS_OBJECT (record) ||
      !(id = json_object_get_member (json_node_get_object (record), "id")) ||
      json_node_get_value_type (id) != G_TYPE_STRING)
    {
      g_set_error_literal (error, JS_SERVER_ERROR, JS_SERVER_ERROR_INVALID,
                           "The record needs an “id”");
      return FALSE;
    }

  if (!js_protocol_check_record (entity, json_node_get_string (id), record, error))
    return FALSE;

  put.citizen = number;
  put.entity = entity;
  put.id = json_node_get_string (id);
  put.record = record;
  return _js_server_write (self, number, put_record_txn, &put, error);
}

static gboolean
result_cb (const char * const *columns,
           gpointer            user_data)
{
  JsPushResult *result = g_new0 (JsPushResult, 1);
  const char *status = columns[0];

  result->status = g_strcmp0 (status, "applied") == 0    ? JS_PUSH_APPLIED
                   : g_strcmp0 (status, "conflict") == 0 ? JS_PUSH_CONFLICT
                                                         : JS_PUSH_REJECTED;
  result->revision = _js_server_int (columns[1]);
  result->reason = g_strdup (columns[2]);
  result->record = columns[3] != NULL ? json_from_string (columns[3], NULL) : NULL;
  *(JsPushResult **) user_data = result;
  return FALSE;
}

/* Sets *result to the result @op_id got when it was applied, or to %NULL
 * when it never was. */
static gboolean
stored_result (JsServerStore  *self,
               const char     *citizen,
               const char     *op_id,
               JsPushResult  **result,
               GError        **error)
{
  *result = NULL;
  if (!_js_server_query (self, JS_SQL_RESULT_LOAD, result_cb, result, error,
                         JS_SQL_TEXT (citizen), JS_SQL_TEXT (op_id)))
    {
      g_clear_pointer (result, js_push_result_free);
      return FALSE;
    }

  if (*result != NULL)
    (*result)->op_id = g_strdup (op_id);
  return TRUE;
}

/* The operation's id is the table's key with the citizen: a second
 * process applying the same operation fails to commit, and runs again. */
static gboolean
remember_result (JsServerStore  *self,
                 const char     *citizen,
                 JsPushResult   *result,
                 GError        **error)
{
  g_autofree char *record = result->record != NULL ? js_json_write (result->record, NULL) : NULL;

  return _js_server_exec (self, JS_SQL_RESULT_ADD, error, JS_SQL_TEXT (citizen),
                          JS_SQL_TEXT (result->op_id),
                          JS_SQL_TEXT (js_push_status_to_string (result->status)),
                          JS_SQL_INT (result->revision), JS_SQL_TEXT (result->reason),
                          JS_SQL_TEXT (record), JS_SQL_INT (_js_server_now ()));
}

static JsPushResult *
new_result (JsPushOp     *op,
            JsPushStatus  status,
            gint64        revision,
            const char   *reason)
{
  JsPushResult *result = g_new0 (JsPushResult, 1);

  result->op_id = g_strdup (op->op_id);
  result->status = status;
  result->revision = revision;
  result->reason = g_strdup (reason);
  return result;
}

static JsPushResult *
apply_op (JsServerStore  *self,
          const char     *citizen,
          JsPushOp       *op,
          GError        **error)
{
  Stored stored;
  g_autofree char *body = NULL;
  JsPushResult *result;

  if (!js_protocol_entity_known (op->entity))
    return new_result (op, JS_PUSH_REJECTED, 0, "unknown-entity");
  if (!js_protocol_entity_citizens (op->entity))
    return new_result (op, JS_PUSH_REJECTED, 0, "read-only");
  if (!op->delete && !js_protocol_check_record (op->entity, op->record_id, op->record, NULL))
    return new_result (op, JS_PUSH_REJECTED, 0, "invalid-record");

  if (!_js_server_load_record (self, op->entity, op->record_id, &stored, error))
    return NULL;

  if (stored.exists && g_strcmp0 (stored.citizen, citizen) != 0)
    {
      _js_server_stored_clear (&stored);
      return new_result (op, JS_PUSH_REJECTED, 0, "not-owner");
    }

  if (op->base_revision != stored.revision)
    {
      result = new_result (op, JS_PUSH_CONFLICT, stored.revision, NULL);
      if (stored.body != NULL && !stored.deleted)
        result->record = json_from_string (stored.body, NULL);
      _js_server_stored_clear (&stored);
      return result;
    }

  body = op->delete ? NULL : _js_server_body_at_revision (op->record, stored.revision + 1);
  if (!write_record (self, op->entity, op->record_id, citizen, &stored, body, error))
    {
      _js_server_stored_clear (&stored);
      return NULL;
    }

  if (!op->delete && !_js_server_answer_wish (self, citizen, op->entity, op->record, error))
    {
      _js_server_stored_clear (&stored);
      return NULL;
    }

  result = new_result (op, JS_PUSH_APPLIED, stored.revision + 1, NULL);
  _js_server_stored_clear (&stored);
  return result;
}

typedef struct {
  const char *citizen;
  GPtrArray  *operations;
  GPtrArray  *results;
  gboolean    only_own;
  gint64      from;
  gint64      to;
} Push;

static gboolean
push_txn (JsServerStore  *self,
          gpointer        user_data,
          GError        **error)
{
  Push *push = user_data;

  g_ptr_array_set_size (push->results, 0);
  push->only_own = TRUE;
  push->from = self->seq;
  for (guint i = 0; i < push->operations->len; i++)
    {
      JsPushOp *op = g_ptr_array_index (push->operations, i);
      JsPushResult *result = NULL;

      if (!stored_result (self, push->citizen, op->op_id, &result, error))
        return FALSE;
      if (result == NULL)
        {
          result = apply_op (self, push->citizen, op, error);
          if (result == NULL || !remember_result (self, push->citizen, result, error))
            {
              g_clear_pointer (&result, js_push_result_free);
              return FALSE;
            }
          /* A job-log entry is kept as sent; any other kind may be
           * merged, or change others (a booking its slot). */
          if (result->status == JS_PUSH_APPLIED && !g_str_equal (op->entity, "joblog-entry"))
            push->only_own = FALSE;
        }
      g_ptr_array_add (push->results, result);
    }

  push->to = self->seq;
  return TRUE;
}

/**
 * js_server_store_push:
 * @self: the store
 * @citizen: the signed-in citizen
 * @operations: (element-type JsPushOp): well-formed operations, in order
 * @error: return location for a #GError
 *
 * Applies each operation at most once, all in one transaction: an
 * operation seen before gets the result it got then, and changes nothing.
 *
 * Returns: (transfer full) (element-type JsPushResult): one result per
 *   operation, or %NULL when the database failed (then nothing changed)
 */
GPtrArray *
js_server_store_push (JsServerStore  *self,
                      const char     *citizen,
                      GPtrArray      *operations,
                      GError        **error)
{
  Push push = { citizen, operations, NULL, FALSE, 0, 0 };

  g_return_val_if_fail (JS_IS_SERVER_STORE (self), NULL);

  push.results = g_ptr_array_new_with_free_func ((GDestroyNotify) js_push_result_free);
  if (!_js_server_write (self, citizen, push_txn, &push, error))
    g_clear_pointer (&push.results, g_ptr_array_unref);

  return push.results;
}

static gboolean
push_together_txn (JsServerStore  *self,
                   gpointer        user_data,
                   GError        **error)
{
  GPtrArray *pushes = user_data;

  for (guint i = 0; i < pushes->len; i++)
    {
      JsServerPush *one = g_ptr_array_index (pushes, i);
      Push push = { one->citizen, one->operations, NULL, FALSE, 0, 0 };
      g_autoptr(GError) local = NULL;

      g_clear_error (&one->error);
      g_clear_pointer (&one->results, g_ptr_array_unref);
      push.results = g_ptr_array_new_with_free_func ((GDestroyNotify) js_push_result_free);

      if (!js_server_backend_savepoint (self->backend, JS_SAVEPOINT_SET, error))
        {
          g_ptr_array_unref (push.results);
          return FALSE;
        }
      if (_js_server_write_in_txn (self, one->citizen, push_txn, &push, &local))
        {
          one->results = push.results;
          one->only_own = push.only_own;
          one->changes_from = push.from;
          one->changes_to = push.to;
          if (!js_server_backend_savepoint (self->backend, JS_SAVEPOINT_RELEASE, error))
            return FALSE;
          continue;
        }

      g_ptr_array_unref (push.results);
      /* Met another transaction, or lost the database: all again, or
       * all refused, as one push alone would be. */
      if (g_error_matches (local, JS_SERVER_ERROR, JS_SERVER_ERROR_BUSY) ||
          g_error_matches (local, JS_SERVER_ERROR, JS_SERVER_ERROR_UNAVAILABLE))
        {
          g_propagate_error (error, g_steal_pointer (&local));
          return FALSE;
        }
      one->error = g_steal_pointer (&local);
      if (!js_server_backend_savepoint (self->backend, JS_SAVEPOINT_ROLLBACK, error) ||
          !js_server_backend_savepoint (self->backend, JS_SAVEPOINT_RELEASE, error))
        return FALSE;
    }

  return TRUE;
}

/**
 * js_server_store_push_together:
 * @self: the store
 * @pushes: (element-type JsServerPush): pushes of any citizens, in the
 *   order they came
 * @error: return location for a #GError
 *
 * Applies several pushes in one transaction, so one commit (one flush
 * to disk) makes them all durable: a push that fails on its own gets its
 * error and keeps nothing; the others are kept. Each is applied as
 * js_server_store_push() would.
 *
 * Returns: %TRUE when committed; %FALSE when the database failed (then
 *   nothing changed and every push failed)
 */
gboolean
js_server_store_push_together (JsServerStore  *self,
                               GPtrArray      *pushes,
                               GError        **error)
{
  g_return_val_if_fail (JS_IS_SERVER_STORE (self), FALSE);

  if (_js_server_transaction (self, push_together_txn, pushes, error))
    return TRUE;

  for (guint i = 0; i < pushes->len; i++)
    g_clear_pointer (&((JsServerPush *) g_ptr_array_index (pushes, i))->results,
                     g_ptr_array_unref);
  return FALSE;
}

static gboolean
parse_cursor (const char  *since,
              gint64      *seq,
              GError     **error)
{
  guint64 value = 0;

  *seq = 0;
  if (since == NULL || *since == '\0')
    return TRUE;

  if (strlen (since) > 19 ||
      !g_ascii_string_to_unsigned (since, 10, 0, G_MAXINT64, &value, NULL))
    {
      g_set_error_literal (error, JS_SERVER_ERROR, JS_SERVER_ERROR_BAD_CURSOR,
                           "The cursor is not one this server gave");
      return FALSE;
    }

  *seq = value;
  return TRUE;
}

typedef struct {
  JsChangesPage *page;
  guint          limit;
  guint          minor;
  guint          rows;
  gsize          bytes;
  gint64         last;
} Page;

static gboolean
change_cb (const char * const *columns,
           gpointer            user_data)
{
  Page *reading = user_data;
  JsChangesPage *page = reading->page;
  const char *body = columns[4];
  JsChange *change;
  g_autoptr(JsonNode) stored = NULL;
  gboolean keep = TRUE;

  /* Full by count (a change left out for an older client counts too), or
   * by size: pages stay well under what clients accept, however long the
   * records. */
  reading->bytes += (body != NULL ? strlen (body) : 0) + 160;
  if (reading->rows == reading->limit ||
      (page->changes->len > 0 && reading->bytes > PAGE_BYTES))
    {
      page->more = TRUE;
      return FALSE;
    }
  reading->rows++;
  reading->last = _js_server_int (columns[5]);

  change = g_new0 (JsChange, 1);
  change->entity = g_strdup (columns[0]);
  change->record_id = g_strdup (columns[1]);
  change->revision = _js_server_int (columns[2]);
  change->deleted = _js_server_int (columns[3]) != 0 || body == NULL;

  /* A client of the newest version gets the record as the server stored
   * it after checking it, sent as it is; an older one what its version
   * knows (spec 1.2). */
  if (reading->minor >= JS_PROTOCOL_MINOR)
    {
      change->record_json = change->deleted ? NULL : g_strdup (body);
      g_ptr_array_add (page->changes, change);
      return TRUE;
    }

  stored = change->deleted ? NULL : json_from_string (body, NULL);
  change->record = js_protocol_record_at_minor (change->entity, stored, reading->minor, &keep);
  if (!keep)
    {
      js_change_free (change);
      return TRUE;
    }
  g_ptr_array_add (page->changes, change);
  return TRUE;
}

/**
 * js_server_store_changes:
 * @self: the store
 * @citizen: the signed-in citizen
 * @since: (nullable): a cursor from an earlier page, or %NULL for all
 * @limit: the most changes in the page
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the citizen's records changed after @since,
 *   in change order, each once at its latest revision, as the newest
 *   version of the API has them; for a client of that version each change
 *   carries its record as the stored text (@record_json), not parsed
 */
JsChangesPage *
js_server_store_changes (JsServerStore  *self,
                         const char     *citizen,
                         const char     *since,
                         guint           limit,
                         GError        **error)
{
  return js_server_store_changes_for (self, citizen, since, limit, JS_PROTOCOL_MINOR, error);
}

/**
 * js_server_store_changes_for:
 * @minor: the minor version of v1 the client knows (spec 1.2)
 *
 * As js_server_store_changes(), for a client of v1.@minor: what a later
 * version added is left out, and still counted in @limit.
 *
 * Returns: (transfer full): the page
 */
JsChangesPage *
js_server_store_changes_for (JsServerStore  *self,
                             const char     *citizen,
                             const char     *since,
                             guint           limit,
                             guint           minor,
                             GError        **error)
{
  g_autoptr(JsChangesPage) page = js_changes_page_new ();
  Page reading = { page, limit, minor, 0, 0, 0 };
  gint64 seq;

  g_return_val_if_fail (JS_IS_SERVER_STORE (self), NULL);

  if (!parse_cursor (since, &seq, error))
    return NULL;
  reading.last = seq;

  if (!_js_server_query (self, JS_SQL_CHANGES, change_cb, &reading, error, JS_SQL_TEXT (citizen),
                         JS_SQL_INT (seq), JS_SQL_INT ((gint64) limit + 1)))
    return NULL;

  page->cursor = g_strdup_printf ("%" G_GINT64_FORMAT, reading.last);
  return g_steal_pointer (&page);
}

static gboolean
record_cb (const char * const *columns,
           gpointer            user_data)
{
  JsonNode *node = columns[0] != NULL ? json_from_string (columns[0], NULL) : NULL;

  if (node != NULL)
    g_ptr_array_add (user_data, node);
  return TRUE;
}

/**
 * js_server_store_list_records:
 *
 * Returns: (transfer full) (element-type JsonNode): the citizen's current
 *   records of @entity, oldest change first (for the admin command line)
 */
GPtrArray *
js_server_store_list_records (JsServerStore  *self,
                              const char     *citizen,
                              const char     *entity,
                              GError        **error)
{
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func ((GDestroyNotify) json_node_unref);

  g_return_val_if_fail (JS_IS_SERVER_STORE (self), NULL);

  if (!_js_server_query (self, JS_SQL_LIST, record_cb, records, error, JS_SQL_TEXT (citizen),
                         JS_SQL_TEXT (entity)))
    return NULL;

  return g_steal_pointer (&records);
}
