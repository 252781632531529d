/* js-protocol-push.c: sending changes: push requests and the answer per operation
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "js-protocol-private.h"

JsPushOp *
js_push_op_new (const char *op_id,
                const char *entity,
                const char *record_id,
                gint64      base_revision,
                JsonNode   *record)
{
  JsPushOp *op = g_new0 (JsPushOp, 1);

  op->op_id = g_strdup (op_id);
  op->entity = g_strdup (entity);
  op->record_id = g_strdup (record_id);
  op->base_revision = base_revision;
  op->delete = record == NULL;
  op->record = record != NULL ? json_node_copy (record) : NULL;
  return op;
}

/**
 * js_push_op_new_json:
 * @record_json: (nullable): the record as JSON text the client's own store
 *   wrote and checked, sent as it is; %NULL for a delete
 *
 * Like js_push_op_new(), for a record already written as JSON: pushes of
 * thousands of entries are not parsed and written again.
 *
 * Returns: (transfer full): the operation
 */
JsPushOp *
js_push_op_new_json (const char *op_id,
                     const char *entity,
                     const char *record_id,
                     gint64      base_revision,
                     const char *record_json)
{
  JsPushOp *op = js_push_op_new (op_id, entity, record_id, base_revision, NULL);

  op->delete = record_json == NULL;
  op->record_json = g_strdup (record_json);
  return op;
}

void
js_push_op_free (JsPushOp *op)
{
  if (op == NULL)
    return;

  g_free (op->op_id);
  g_free (op->entity);
  g_free (op->record_id);
  g_clear_pointer (&op->record, json_node_unref);
  g_free (op->record_json);
  g_free (op);
}

static JsPushOp *
read_op (JsonNode  *node,
         GError   **error)
{
  static const char * const allowed[] = {
    "op", "entity", "id", "base_revision", "action", "record", NULL,
  };
  g_autoptr(JsPushOp) op = g_new0 (JsPushOp, 1);
  JsonObject *object;
  const char *op_id;
  const char *entity;
  const char *id;
  const char *action;
  JsonNode *record;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      _js_protocol_fail (error, JS_PROTOCOL_ERROR_INVALID, "an operation must be an object");
      return NULL;
    }

  object = json_node_get_object (node);
  if (!_js_protocol_only_members (object, allowed, error) ||
      !(op_id = _js_protocol_get_string (object, "op", 36, FALSE, error)) ||
      !(entity = _js_protocol_get_string (object, "entity", 64, FALSE, error)) ||
      !(id = _js_protocol_get_string (object, "id", 36, FALSE, error)) ||
      !(action = _js_protocol_get_string (object, "action", 16, FALSE, error)) ||
      !_js_protocol_get_int (object, "base_revision", 0, &op->base_revision, error))
    return NULL;

  if (!js_protocol_uuid_valid (op_id) || !js_protocol_uuid_valid (id))
    {
      _js_protocol_fail (error, JS_PROTOCOL_ERROR_INVALID, "“op” and “id” must be lowercase UUIDs");
      return NULL;
    }

  record = json_object_get_member (object, "record");
  if (g_str_equal (action, "put"))
    {
      if (record == NULL || !JSON_NODE_HOLDS_OBJECT (record))
        {
          _js_protocol_fail (error, JS_PROTOCOL_ERROR_INVALID, "a put needs its record");
          return NULL;
        }
      op->record = json_node_copy (record);
    }
  else if (g_str_equal (action, "delete"))
    {
      if (record != NULL && !JSON_NODE_HOLDS_NULL (record))
        {
          _js_protocol_fail (error, JS_PROTOCOL_ERROR_INVALID, "a delete carries no record");
          return NULL;
        }
      op->delete = TRUE;
    }
  else
    {
      _js_protocol_fail (error, JS_PROTOCOL_ERROR_INVALID, "“action” must be put or delete");
      return NULL;
    }

  op->op_id = g_strdup (op_id);
  op->entity = g_strdup (entity);
  op->record_id = g_strdup (id);
  return g_steal_pointer (&op);
}

/**
 * js_push_request_parse:
 *
 * Returns: (transfer full) (element-type JsPushOp): the operations, 1 to
 *   %JS_PROTOCOL_MAX_OPERATIONS, each well formed (records are checked
 *   against their entity by the receiver, per operation)
 */
GPtrArray *
js_push_request_parse (const char  *data,
                       gsize        length,
                       GError     **error)
{
  static const char * const allowed[] = { "operations", NULL };
  g_autoptr(JsonNode) root = js_json_parse (data, length, JS_PROTOCOL_MAX_REQUEST_BYTES, error);
  g_autoptr(GPtrArray) ops = g_ptr_array_new_with_free_func ((GDestroyNotify) js_push_op_free);
  JsonArray *array;

  if (root == NULL)
    return NULL;

  if (!_js_protocol_only_members (json_node_get_object (root), allowed, error) ||
      !(array = _js_protocol_get_array (json_node_get_object (root), "operations", JS_PROTOCOL_MAX_OPERATIONS,
                           error)))
    return NULL;

  if (json_array_get_length (array) == 0)
    {
      _js_protocol_fail (error, JS_PROTOCOL_ERROR_INVALID, "a push needs at least one operation");
      return NULL;
    }

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsPushOp *op = read_op (json_array_get_element (array, i), error);

      if (op == NULL)
        return NULL;
      g_ptr_array_add (ops, op);
    }

  return g_steal_pointer (&ops);
}

char *
js_push_request_write (GPtrArray *operations,
                       gsize     *length)
{
  GString *out = g_string_sized_new (64 + 512 * operations->len);

  g_string_append (out, "{\"operations\":[");
  for (guint i = 0; i < operations->len; i++)
    {
      JsPushOp *op = g_ptr_array_index (operations, i);

      if (i > 0)
        g_string_append_c (out, ',');
      g_string_append (out, "{\"op\":");
      _js_protocol_append_string (out, op->op_id);
      g_string_append (out, ",\"entity\":");
      _js_protocol_append_string (out, op->entity);
      g_string_append (out, ",\"id\":");
      _js_protocol_append_string (out, op->record_id);
      g_string_append_printf (out, ",\"base_revision\":%" G_GINT64_FORMAT ",\"action\":\"%s\","
                              "\"record\":", op->base_revision, op->delete ? "delete" : "put");
      if (op->delete)
        g_string_append (out, "null");
      else if (op->record_json != NULL)
        g_string_append (out, op->record_json);
      else
        {
          g_autofree char *record = js_json_write (op->record, NULL);

          g_string_append (out, record);
        }
      g_string_append_c (out, '}');
    }
  g_string_append (out, "]}");

  if (length != NULL)
    *length = out->len;
  return g_string_free (out, FALSE);
}

const char *
js_push_status_to_string (JsPushStatus status)
{
  switch (status)
    {
    case JS_PUSH_APPLIED:
      return "applied";
    case JS_PUSH_CONFLICT:
      return "conflict";
    case JS_PUSH_REJECTED:
    default:
      return "rejected";
    }
}

void
js_push_result_free (JsPushResult *result)
{
  if (result == NULL)
    return;

  g_free (result->op_id);
  g_free (result->reason);
  g_clear_pointer (&result->record, json_node_unref);
  g_free (result);
}

static JsPushResult *
read_result (JsonNode  *node,
             JsPushOp  *op,
             GError   **error)
{
  static const char * const allowed[] = { "op", "status", "revision", "reason", "record", NULL };
  g_autoptr(JsPushResult) result = g_new0 (JsPushResult, 1);
  g_autoptr(GError) reason_error = NULL;
  JsonObject *object;
  const char *op_id;
  const char *status;
  const char *reason;
  JsonNode *record;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      _js_protocol_fail (error, JS_PROTOCOL_ERROR_INVALID, "a result must be an object");
      return NULL;
    }

  object = json_node_get_object (node);
  if (!_js_protocol_only_members (object, allowed, error) ||
      !(op_id = _js_protocol_get_string (object, "op", 36, FALSE, error)) ||
      !(status = _js_protocol_get_string (object, "status", 16, FALSE, error)) ||
      !_js_protocol_get_int (object, "revision", 0, &result->revision, error))
    return NULL;

  reason = _js_protocol_get_string (object, "reason", 64, TRUE, &reason_error);
  if (reason_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&reason_error));
      return NULL;
    }

  /* Results answer the operations sent, in order. */
  if (!g_str_equal (op_id, op->op_id))
    {
      _js_protocol_fail (error, JS_PROTOCOL_ERROR_INVALID, "a result answers another operation");
      return NULL;
    }

  if (g_str_equal (status, "applied"))
    result->status = JS_PUSH_APPLIED;
  else if (g_str_equal (status, "conflict"))
    result->status = JS_PUSH_CONFLICT;
  else if (g_str_equal (status, "rejected"))
    result->status = JS_PUSH_REJECTED;
  else
    {
      _js_protocol_fail (error, JS_PROTOCOL_ERROR_INVALID, "a result has an unknown status");
      return NULL;
    }

  record = json_object_get_member (object, "record");
  if (record != NULL && !JSON_NODE_HOLDS_NULL (record))
    {
      if (result->status != JS_PUSH_CONFLICT)
        {
          _js_protocol_fail (error, JS_PROTOCOL_ERROR_INVALID, "only a conflict carries a record");
          return NULL;
        }
      if (!js_protocol_check_record (op->entity, op->record_id, record, error))
        return NULL;
      result->record = json_node_copy (record);
    }

  result->op_id = g_strdup (op_id);
  result->reason = g_strdup (reason);
  return g_steal_pointer (&result);
}

/**
 * js_push_reply_parse:
 * @data: the server's answer to a push
 * @length: its length
 * @operations: (element-type JsPushOp): the operations that were sent
 * @error: return location for a %JS_PROTOCOL_ERROR
 *
 * Returns: (transfer full) (element-type JsPushResult): one result per
 *   operation, in order, or %NULL when the answer does not match
 */
GPtrArray *
js_push_reply_parse (const char  *data,
                     gsize        length,
                     GPtrArray   *operations,
                     GError     **error)
{
  static const char * const allowed[] = { "results", NULL };
  g_autoptr(JsonNode) root = js_json_parse (data, length, JS_PROTOCOL_MAX_RESPONSE_BYTES, error);
  g_autoptr(GPtrArray) results =
    g_ptr_array_new_with_free_func ((GDestroyNotify) js_push_result_free);
  JsonArray *array;

  if (root == NULL)
    return NULL;

  if (!_js_protocol_only_members (json_node_get_object (root), allowed, error) ||
      !(array = _js_protocol_get_array (json_node_get_object (root), "results", JS_PROTOCOL_MAX_OPERATIONS,
                           error)))
    return NULL;

  if (json_array_get_length (array) != operations->len)
    {
      _js_protocol_fail (error, JS_PROTOCOL_ERROR_INVALID, "the answer has a result per operation missing");
      return NULL;
    }

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsPushResult *result = read_result (json_array_get_element (array, i),
                                          g_ptr_array_index (operations, i), error);

      if (result == NULL)
        return NULL;
      g_ptr_array_add (results, result);
    }

  return g_steal_pointer (&results);
}

/* Written by hand, as a page of changes is: 500 results through a
 * JsonBuilder cost a push more than checking its records. */
char *
js_push_reply_write (GPtrArray *results,
                     gsize     *length)
{
  GString *out = g_string_sized_new (32 + 128 * results->len);

  g_string_append (out, "{\"results\":[");
  for (guint i = 0; i < results->len; i++)
    {
      JsPushResult *result = g_ptr_array_index (results, i);

      if (i > 0)
        g_string_append_c (out, ',');
      g_string_append (out, "{\"op\":");
      _js_protocol_append_string (out, result->op_id);
      g_string_append (out, ",\"status\":\"");
      g_string_append (out, js_push_status_to_string (result->status));
      g_string_append (out, "\",\"revision\":");
      _js_protocol_append_int (out, result->revision);
      g_string_append (out, ",\"reason\":");
      if (result->reason != NULL)
        _js_protocol_append_string (out, result->reason);
      else
        g_string_append (out, "null");
      g_string_append (out, ",\"record\":");
      if (result->record != NULL)
        {
          g_autofree char *record = js_json_write (result->record, NULL);

          g_string_append (out, record);
        }
      else
        g_string_append (out, "null");
      g_string_append_c (out, '}');
    }
  g_string_append (out, "]}");

  if (length != NULL)
    *length = out->len;
  return g_string_free (out, FALSE);
}
