/* js-server-records.c: records, pushes and changes on the jobcenter side
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A record belongs to one citizen for good. Citizens write their own kinds
 * (job log, bookings, exercise progress, receipts) with a revision check;
 * the jobcenter writes the rest. Every write takes the next number of one
 * change sequence, which is what a pull's cursor counts.
 */

#include "config.h"

#include "js-server-store-private.h"

/* A page of changes stops growing here (JSON bytes, roughly). */
#define PAGE_BYTES (JS_PROTOCOL_MAX_RESPONSE_BYTES / 2)

typedef struct {
  gboolean  exists;
  char     *citizen;
  gint64    revision;
  gboolean  deleted;
  char     *body;
} Stored;

static void
stored_clear (Stored *stored)
{
  g_clear_pointer (&stored->citizen, g_free);
  g_clear_pointer (&stored->body, g_free);
}

static gboolean
load_record (JsServerStore  *self,
             const char     *entity,
             const char     *id,
             Stored         *stored,
             GError        **error)
{
  sqlite3_stmt *stmt = _js_server_prepare (self,
                                           "SELECT citizen, revision, deleted, body FROM record"
                                           " WHERE entity = ?1 AND id = ?2;",
                                           error);
  int rc;

  memset (stored, 0, sizeof *stored);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, entity, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, id, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      stored->exists = TRUE;
      stored->citizen = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      stored->revision = sqlite3_column_int64 (stmt, 1);
      stored->deleted = sqlite3_column_int (stmt, 2);
      stored->body = g_strdup ((const char *) sqlite3_column_text (stmt, 3));
    }
  sqlite3_finalize (stmt);

  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return _js_server_db_error (error, self->db, "Could not read a record");

  return TRUE;
}

static gint64
next_seq (JsServerStore  *self,
          GError        **error)
{
  sqlite3_stmt *stmt;
  gint64 seq = -1;

  if (!_js_server_exec (self, "UPDATE counter SET value = value + 1 WHERE name = 'seq';", error) ||
      !(stmt = _js_server_prepare (self, "SELECT value FROM counter WHERE name = 'seq';", error)))
    return -1;

  if (sqlite3_step (stmt) == SQLITE_ROW)
    seq = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return seq;
}

/* @record as stored: its "revision" member set to the server's. */
static char *
body_at_revision (JsonNode *record,
                  gint64    revision)
{
  g_autoptr(JsonNode) copy = json_node_copy (record);

  json_object_set_int_member (json_node_get_object (copy), "revision", revision);
  return js_json_write (copy, NULL);
}

static gboolean
write_record (JsServerStore  *self,
              const char     *entity,
              const char     *id,
              const char     *citizen,
              gint64          revision,
              const char     *body,
              GError        **error)
{
  gint64 seq = next_seq (self, error);
  sqlite3_stmt *stmt;

  if (seq < 0 ||
      !(stmt = _js_server_prepare (self,
                                   "INSERT INTO record (entity, id, citizen, revision, deleted,"
                                   " body, seq) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"
                                   " ON CONFLICT (entity, id) DO UPDATE SET"
                                   " revision = excluded.revision, deleted = excluded.deleted,"
                                   " body = excluded.body, seq = excluded.seq;",
                                   error)))
    return FALSE;

  sqlite3_bind_text (stmt, 1, entity, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, id, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, citizen, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 4, revision);
  sqlite3_bind_int (stmt, 5, body == NULL);
  if (body != NULL)
    sqlite3_bind_text (stmt, 6, body, -1, SQLITE_TRANSIENT);
  else
    sqlite3_bind_null (stmt, 6);
  sqlite3_bind_int64 (stmt, 7, seq);
  return _js_server_run (self, stmt, error);
}

static gboolean
put_owned (JsServerStore  *self,
           const char     *citizen,
           const char     *entity,
           const char     *id,
           JsonNode       *record,
           GError        **error)
{
  Stored stored;
  g_autofree char *body = NULL;
  gboolean ok;

  if (!load_record (self, entity, id, &stored, error))
    return FALSE;

  if (stored.exists && g_strcmp0 (stored.citizen, citizen) != 0)
    {
      stored_clear (&stored);
      g_set_error_literal (error, JS_SERVER_ERROR, JS_SERVER_ERROR_INVALID,
                           "The record belongs to another citizen");
      return FALSE;
    }

  body = record != NULL ? body_at_revision (record, stored.revision + 1) : NULL;
  ok = write_record (self, entity, id, citizen, stored.revision + 1, body, error);
  stored_clear (&stored);
  return ok;
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

  if (!_js_server_exec (self, "BEGIN IMMEDIATE;", error))
    return FALSE;
  if (!put_owned (self, number, entity, json_node_get_string (id), record, error) ||
      !_js_server_exec (self, "COMMIT;", error))
    {
      _js_server_exec (self, "ROLLBACK;", NULL);
      return FALSE;
    }

  return TRUE;
}

static JsPushResult *
stored_result (JsServerStore *self,
               const char    *citizen,
               const char    *op_id)
{
  sqlite3_stmt *stmt = _js_server_prepare (self,
                                           "SELECT status, revision, reason, record FROM operation"
                                           " WHERE citizen = ?1 AND op = ?2;",
                                           NULL);
  JsPushResult *result = NULL;

  if (stmt == NULL)
    return NULL;

  sqlite3_bind_text (stmt, 1, citizen, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, op_id, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *status = (const char *) sqlite3_column_text (stmt, 0);
      const char *record = (const char *) sqlite3_column_text (stmt, 3);

      result = g_new0 (JsPushResult, 1);
      result->op_id = g_strdup (op_id);
      result->status = g_str_equal (status, "applied")    ? JS_PUSH_APPLIED
                       : g_str_equal (status, "conflict") ? JS_PUSH_CONFLICT
                                                          : JS_PUSH_REJECTED;
      result->revision = sqlite3_column_int64 (stmt, 1);
      result->reason = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
      result->record = record != NULL ? json_from_string (record, NULL) : NULL;
    }
  sqlite3_finalize (stmt);
  return result;
}

static gboolean
remember_result (JsServerStore  *self,
                 const char     *citizen,
                 JsPushResult   *result,
                 GError        **error)
{
  g_autofree char *record = result->record != NULL ? js_json_write (result->record, NULL) : NULL;
  sqlite3_stmt *stmt = _js_server_prepare (self,
                                           "INSERT INTO operation (citizen, op, status, revision,"
                                           " reason, record, created)"
                                           " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7);",
                                           error);

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, citizen, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, result->op_id, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, js_push_status_to_string (result->status), -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 4, result->revision);
  if (result->reason != NULL)
    sqlite3_bind_text (stmt, 5, result->reason, -1, SQLITE_TRANSIENT);
  else
    sqlite3_bind_null (stmt, 5);
  if (record != NULL)
    sqlite3_bind_text (stmt, 6, record, -1, SQLITE_TRANSIENT);
  else
    sqlite3_bind_null (stmt, 6);
  sqlite3_bind_int64 (stmt, 7, _js_server_now ());
  return _js_server_run (self, stmt, error);
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

static gboolean
booking_closed (const char *book_before)
{
  g_autoptr(GDateTime) deadline = g_date_time_new_from_iso8601 (book_before, NULL);
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  return deadline == NULL || g_date_time_compare (now, deadline) >= 0;
}

/* A booking request is answered at once, through a booking-result (and a
 * meeting) that the citizen's next pull brings. */
static gboolean
answer_booking (JsServerStore  *self,
                const char     *citizen,
                JsonNode       *request,
                GError        **error)
{
  JsonObject *object = json_node_get_object (request);
  const char *request_id = json_object_get_string_member (object, "id");
  const char *slot_id = json_object_get_string_member (object, "slot");
  g_autoptr(JsonNode) slot = NULL;
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) answer = NULL;
  g_autofree char *meeting_id = NULL;
  const char *reason = NULL;
  Stored stored;

  if (!load_record (self, "meeting-slot", slot_id, &stored, error))
    return FALSE;

  if (!stored.exists || stored.deleted || g_strcmp0 (stored.citizen, citizen) != 0)
    reason = "not-allowed";
  else if (!(slot = json_from_string (stored.body, NULL)))
    reason = "not-allowed";
  else if (!json_object_get_boolean_member (json_node_get_object (slot), "available"))
    reason = "slot-taken";
  else if (booking_closed (json_object_get_string_member (json_node_get_object (slot),
                                                          "book_before")))
    reason = "deadline-passed";
  stored_clear (&stored);

  if (reason == NULL)
    {
      JsonObject *slot_object = json_node_get_object (slot);
      g_autoptr(JsonBuilder) meeting = json_builder_new ();
      g_autoptr(JsonNode) meeting_node = NULL;
      static const char * const copied[] = { "starts", "ends", "kind", "place", "caseworker" };

      meeting_id = g_uuid_string_random ();
      json_builder_begin_object (meeting);
      json_builder_set_member_name (meeting, "id");
      json_builder_add_string_value (meeting, meeting_id);
      json_builder_set_member_name (meeting, "slot");
      json_builder_add_string_value (meeting, slot_id);
      for (guint i = 0; i < G_N_ELEMENTS (copied); i++)
        {
          json_builder_set_member_name (meeting, copied[i]);
          json_builder_add_string_value (meeting,
                                         json_object_get_string_member (slot_object, copied[i]));
        }
      json_builder_set_member_name (meeting, "status");
      json_builder_add_string_value (meeting, "confirmed");
      json_builder_end_object (meeting);
      meeting_node = json_builder_get_root (meeting);

      json_object_set_boolean_member (slot_object, "available", FALSE);
      if (!put_owned (self, citizen, "meeting-slot", slot_id, slot, error) ||
          !put_owned (self, citizen, "meeting", meeting_id, meeting_node, error))
        return FALSE;
    }

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "id");
  json_builder_add_string_value (builder, request_id);
  json_builder_set_member_name (builder, "status");
  json_builder_add_string_value (builder, reason == NULL ? "confirmed" : "rejected");
  json_builder_set_member_name (builder, "reason");
  if (reason != NULL)
    json_builder_add_string_value (builder, reason);
  else
    json_builder_add_null_value (builder);
  json_builder_set_member_name (builder, "meeting");
  if (meeting_id != NULL)
    json_builder_add_string_value (builder, meeting_id);
  else
    json_builder_add_null_value (builder);
  json_builder_end_object (builder);
  answer = json_builder_get_root (builder);

  return put_owned (self, citizen, "booking-result", request_id, answer, error);
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

  if (!load_record (self, op->entity, op->record_id, &stored, error))
    return NULL;

  if (stored.exists && g_strcmp0 (stored.citizen, citizen) != 0)
    {
      stored_clear (&stored);
      return new_result (op, JS_PUSH_REJECTED, 0, "not-owner");
    }

  if (op->base_revision != stored.revision)
    {
      result = new_result (op, JS_PUSH_CONFLICT, stored.revision, NULL);
      if (stored.body != NULL && !stored.deleted)
        result->record = json_from_string (stored.body, NULL);
      stored_clear (&stored);
      return result;
    }

  body = op->delete ? NULL : body_at_revision (op->record, stored.revision + 1);
  if (!write_record (self, op->entity, op->record_id, citizen, stored.revision + 1, body, error))
    {
      stored_clear (&stored);
      return NULL;
    }

  if (!op->delete && g_str_equal (op->entity, "booking-request") &&
      !answer_booking (self, citizen, op->record, error))
    {
      stored_clear (&stored);
      return NULL;
    }

  result = new_result (op, JS_PUSH_APPLIED, stored.revision + 1, NULL);
  stored_clear (&stored);
  return result;
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
  g_autoptr(GPtrArray) results =
    g_ptr_array_new_with_free_func ((GDestroyNotify) js_push_result_free);

  g_return_val_if_fail (JS_IS_SERVER_STORE (self), NULL);

  if (!_js_server_exec (self, "BEGIN IMMEDIATE;", error))
    return NULL;

  for (guint i = 0; i < operations->len; i++)
    {
      JsPushOp *op = g_ptr_array_index (operations, i);
      JsPushResult *result = stored_result (self, citizen, op->op_id);

      if (result == NULL)
        {
          result = apply_op (self, citizen, op, error);
          if (result == NULL || !remember_result (self, citizen, result, error))
            {
              g_clear_pointer (&result, js_push_result_free);
              _js_server_exec (self, "ROLLBACK;", NULL);
              return NULL;
            }
        }
      g_ptr_array_add (results, result);
    }

  if (!_js_server_exec (self, "COMMIT;", error))
    {
      _js_server_exec (self, "ROLLBACK;", NULL);
      return NULL;
    }

  return g_steal_pointer (&results);
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

/**
 * js_server_store_changes:
 * @self: the store
 * @citizen: the signed-in citizen
 * @since: (nullable): a cursor from an earlier page, or %NULL for all
 * @limit: the most changes in the page
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the citizen's records changed after @since,
 *   in change order, each once at its latest revision
 */
JsChangesPage *
js_server_store_changes (JsServerStore  *self,
                         const char     *citizen,
                         const char     *since,
                         guint           limit,
                         GError        **error)
{
  g_autoptr(JsChangesPage) page = js_changes_page_new ();
  sqlite3_stmt *stmt;
  gsize bytes = 0;
  gint64 seq;
  gint64 last;
  int rc;

  g_return_val_if_fail (JS_IS_SERVER_STORE (self), NULL);

  if (!parse_cursor (since, &seq, error))
    return NULL;
  last = seq;

  if (!(stmt = _js_server_prepare (self,
                                   "SELECT entity, id, revision, deleted, body, seq FROM record"
                                   " WHERE citizen = ?1 AND seq > ?2 ORDER BY seq LIMIT ?3;",
                                   error)))
    return NULL;

  sqlite3_bind_text (stmt, 1, citizen, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, seq);
  sqlite3_bind_int64 (stmt, 3, (gint64) limit + 1);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      JsChange *change;
      const char *body = (const char *) sqlite3_column_text (stmt, 4);

      /* Full by count, or by size: pages stay well under what clients
       * accept, however long the records. */
      bytes += (body != NULL ? strlen (body) : 0) + 160;
      if (page->changes->len == limit ||
          (page->changes->len > 0 && bytes > PAGE_BYTES))
        {
          page->more = TRUE;
          break;
        }

      change = g_new0 (JsChange, 1);
      change->entity = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      change->record_id = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      change->revision = sqlite3_column_int64 (stmt, 2);
      change->deleted = sqlite3_column_int (stmt, 3) != 0 || body == NULL;
      change->record = change->deleted ? NULL : json_from_string (body, NULL);
      last = sqlite3_column_int64 (stmt, 5);
      g_ptr_array_add (page->changes, change);
    }
  sqlite3_finalize (stmt);

  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      _js_server_db_error (error, self->db, "Could not read changes");
      return NULL;
    }

  page->cursor = g_strdup_printf ("%" G_GINT64_FORMAT, last);
  return g_steal_pointer (&page);
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
  sqlite3_stmt *stmt;
  int rc;

  if (!(stmt = _js_server_prepare (self,
                                   "SELECT body FROM record WHERE citizen = ?1 AND entity = ?2"
                                   " AND deleted = 0 ORDER BY seq;",
                                   error)))
    return NULL;

  sqlite3_bind_text (stmt, 1, citizen, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, entity, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      JsonNode *node = json_from_string ((const char *) sqlite3_column_text (stmt, 0), NULL);

      if (node != NULL)
        g_ptr_array_add (records, node);
    }
  sqlite3_finalize (stmt);

  if (rc != SQLITE_DONE)
    {
      _js_server_db_error (error, self->db, "Could not list records");
      return NULL;
    }

  return g_steal_pointer (&records);
}
