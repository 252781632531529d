/* js-protocol.c: the /v1 sync API's messages, shared by client and server
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "js-protocol.h"

G_DEFINE_QUARK (js-protocol-error-quark, js_protocol_error)

static gboolean
fail (GError         **error,
      JsProtocolError  code,
      const char      *what)
{
  g_set_error_literal (error, JS_PROTOCOL_ERROR, code, what);
  return FALSE;
}

/**
 * js_json_check_depth:
 * @data: JSON text
 * @length: its length in bytes
 * @max_depth: the deepest nesting of arrays and objects allowed
 *
 * json-glib parses recursively, so a hostile document of a million "["
 * would exhaust the stack. This counts brackets outside strings first.
 *
 * Returns: %TRUE when @data nests no deeper than @max_depth
 */
gboolean
js_json_check_depth (const char *data,
                     gsize       length,
                     guint       max_depth)
{
  guint depth = 0;
  gboolean in_string = FALSE;

  for (gsize i = 0; i < length; i++)
    {
      char c = data[i];

      if (in_string)
        {
          if (c == '\\')
            i++;
          else if (c == '"')
            in_string = FALSE;
          continue;
        }

      if (c == '"')
        in_string = TRUE;
      else if (c == '[' || c == '{')
        {
          if (++depth > max_depth)
            return FALSE;
        }
      else if ((c == ']' || c == '}') && depth > 0)
        depth--;
    }

  return TRUE;
}

/**
 * js_json_parse:
 * @data: (array length=length): the body received
 * @length: its length in bytes
 * @max_length: the most bytes accepted
 * @error: return location for a %JS_PROTOCOL_ERROR
 *
 * Returns: (transfer full): the document's root, an object; %NULL when the
 *   body is too large, nested too deep, not JSON, not UTF-8 or no object
 */
JsonNode *
js_json_parse (const char  *data,
               gsize        length,
               gsize        max_length,
               GError     **error)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) parse_error = NULL;
  JsonNode *root;

  if (length > max_length)
    {
      fail (error, JS_PROTOCOL_ERROR_TOO_LARGE, "the message is too large");
      return NULL;
    }

  if (data == NULL || length == 0 || !g_utf8_validate_len (data, length, NULL) ||
      memchr (data, '\0', length) != NULL)
    {
      fail (error, JS_PROTOCOL_ERROR_MALFORMED, "the message is empty or not UTF-8 text");
      return NULL;
    }

  if (!js_json_check_depth (data, length, JS_PROTOCOL_MAX_DEPTH))
    {
      fail (error, JS_PROTOCOL_ERROR_MALFORMED, "the message is nested too deeply");
      return NULL;
    }

  parser = json_parser_new_immutable ();
  if (!json_parser_load_from_data (parser, data, length, &parse_error))
    {
      g_set_error (error, JS_PROTOCOL_ERROR, JS_PROTOCOL_ERROR_MALFORMED,
                   "the message is not valid JSON: %s", parse_error->message);
      return NULL;
    }

  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      fail (error, JS_PROTOCOL_ERROR_MALFORMED, "the message is not a JSON object");
      return NULL;
    }

  return json_node_copy (root);
}

/**
 * js_json_write:
 * @node: a document
 * @length: (out) (optional): its length in bytes
 *
 * Returns: (transfer full): @node as compact JSON text
 */
char *
js_json_write (JsonNode *node,
               gsize    *length)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();

  json_generator_set_root (generator, node);
  return json_generator_to_data (generator, length);
}

/* Members of @object other than @allowed are an error. */
static gboolean
only_members (JsonObject          *object,
              const char * const  *allowed,
              GError             **error)
{
  JsonObjectIter iter;
  const char *key;
  JsonNode *value;

  json_object_iter_init (&iter, object);
  while (json_object_iter_next (&iter, &key, &value))
    {
      if (!g_strv_contains (allowed, key))
        {
          g_set_error (error, JS_PROTOCOL_ERROR, JS_PROTOCOL_ERROR_INVALID,
                       "unknown member “%.64s”", key);
          return FALSE;
        }
    }

  return TRUE;
}

static const char *
get_string (JsonObject  *object,
            const char  *member,
            gsize        max_length,
            gboolean     nullable,
            GError     **error)
{
  JsonNode *node = json_object_get_member (object, member);
  const char *text;

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    {
      if (!nullable)
        g_set_error (error, JS_PROTOCOL_ERROR, JS_PROTOCOL_ERROR_INVALID,
                     "“%s” is missing", member);
      return NULL;
    }

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    {
      g_set_error (error, JS_PROTOCOL_ERROR, JS_PROTOCOL_ERROR_INVALID,
                   "“%s” must be a string", member);
      return NULL;
    }

  text = json_node_get_string (node);
  if (strlen (text) > max_length)
    {
      g_set_error (error, JS_PROTOCOL_ERROR, JS_PROTOCOL_ERROR_INVALID,
                   "“%s” is too long", member);
      return NULL;
    }

  return text;
}

static gboolean
get_int (JsonObject  *object,
         const char  *member,
         gint64       min,
         gint64      *value,
         GError     **error)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_INT64 || json_node_get_int (node) < min)
    {
      g_set_error (error, JS_PROTOCOL_ERROR, JS_PROTOCOL_ERROR_INVALID,
                   "“%s” must be a whole number of at least %" G_GINT64_FORMAT, member, min);
      return FALSE;
    }

  *value = json_node_get_int (node);
  return TRUE;
}

static gboolean
get_bool (JsonObject  *object,
          const char  *member,
          gboolean    *value,
          GError     **error)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_BOOLEAN)
    {
      g_set_error (error, JS_PROTOCOL_ERROR, JS_PROTOCOL_ERROR_INVALID,
                   "“%s” must be true or false", member);
      return FALSE;
    }

  *value = json_node_get_boolean (node);
  return TRUE;
}

static JsonArray *
get_array (JsonObject  *object,
           const char  *member,
           guint        max_items,
           GError     **error)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    {
      g_set_error (error, JS_PROTOCOL_ERROR, JS_PROTOCOL_ERROR_INVALID,
                   "“%s” must be an array", member);
      return NULL;
    }

  if (json_array_get_length (json_node_get_array (node)) > max_items)
    {
      g_set_error (error, JS_PROTOCOL_ERROR, JS_PROTOCOL_ERROR_TOO_LARGE,
                   "“%s” has more than %u items", member, max_items);
      return NULL;
    }

  return json_node_get_array (node);
}

/* Citizen numbers: ten digits (the CPR format without the dash). */
gboolean
js_citizen_number_valid (const char *number)
{
  if (number == NULL || strlen (number) != 10)
    return FALSE;

  for (guint i = 0; i < 10; i++)
    {
      if (!g_ascii_isdigit (number[i]))
        return FALSE;
    }

  return TRUE;
}

/**
 * js_normalize_code:
 * @code: a one-time code as typed: any case, with dashes or spaces
 *
 * Returns: (transfer full) (nullable): the 8 characters of the code in
 *   capitals, or %NULL when it cannot be a code
 */
char *
js_normalize_code (const char *code)
{
  GString *normal;

  if (code == NULL || strlen (code) > 32)
    return NULL;

  normal = g_string_new (NULL);
  for (const char *p = code; *p != '\0'; p++)
    {
      char c = g_ascii_toupper (*p);

      if (c == '-' || c == ' ')
        continue;
      if (!strchr ("ABCDEFGHJKLMNPQRSTUVWXYZ23456789", c) || c == '\0')
        {
          g_string_free (normal, TRUE);
          return NULL;
        }
      g_string_append_c (normal, c);
    }

  if (normal->len != 8)
    {
      g_string_free (normal, TRUE);
      return NULL;
    }

  return g_string_free (normal, FALSE);
}

void
js_sign_in_free (JsSignIn *sign_in)
{
  if (sign_in == NULL)
    return;

  g_free (sign_in->citizen);
  g_free (sign_in->code);
  g_free (sign_in);
}

JsSignIn *
js_sign_in_parse (const char  *data,
                  gsize        length,
                  GError     **error)
{
  static const char * const allowed[] = { "citizen", "code", NULL };
  g_autoptr(JsonNode) root = js_json_parse (data, length, JS_PROTOCOL_MAX_REQUEST_BYTES, error);
  g_autoptr(JsSignIn) sign_in = NULL;
  JsonObject *object;
  const char *citizen;
  const char *code;

  if (root == NULL)
    return NULL;

  object = json_node_get_object (root);
  if (!only_members (object, allowed, error) ||
      !(citizen = get_string (object, "citizen", 64, FALSE, error)) ||
      !(code = get_string (object, "code", 64, FALSE, error)))
    return NULL;

  sign_in = g_new0 (JsSignIn, 1);
  sign_in->citizen = g_strdup (citizen);
  sign_in->code = g_strdup (code);
  return g_steal_pointer (&sign_in);
}

char *
js_sign_in_write (const char *citizen,
                  const char *code,
                  gsize      *length)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "citizen");
  json_builder_add_string_value (builder, citizen);
  json_builder_set_member_name (builder, "code");
  json_builder_add_string_value (builder, code);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  return js_json_write (root, length);
}

void
js_session_free (JsSession *session)
{
  if (session == NULL)
    return;

  g_free (session->token);
  g_free (session->citizen);
  g_free (session->name);
  g_clear_pointer (&session->expires, g_date_time_unref);
  g_free (session);
}

JsSession *
js_session_parse (const char  *data,
                  gsize        length,
                  GError     **error)
{
  static const char * const allowed[] = { "token", "citizen", "expires", NULL };
  static const char * const citizen_allowed[] = { "number", "name", NULL };
  g_autoptr(JsonNode) root = js_json_parse (data, length, JS_PROTOCOL_MAX_RESPONSE_BYTES, error);
  g_autoptr(JsSession) session = NULL;
  JsonObject *object;
  JsonNode *citizen;
  const char *token;
  const char *number;
  const char *name;
  const char *expires;

  if (root == NULL)
    return NULL;

  object = json_node_get_object (root);
  if (!only_members (object, allowed, error) ||
      !(token = get_string (object, "token", 256, FALSE, error)) ||
      !(expires = get_string (object, "expires", 64, FALSE, error)))
    return NULL;

  citizen = json_object_get_member (object, "citizen");
  if (citizen == NULL || !JSON_NODE_HOLDS_OBJECT (citizen))
    {
      fail (error, JS_PROTOCOL_ERROR_INVALID, "“citizen” must be an object");
      return NULL;
    }
  if (!only_members (json_node_get_object (citizen), citizen_allowed, error) ||
      !(number = get_string (json_node_get_object (citizen), "number", 64, FALSE, error)) ||
      !(name = get_string (json_node_get_object (citizen), "name", 800, FALSE, error)))
    return NULL;

  session = g_new0 (JsSession, 1);
  session->token = g_strdup (token);
  session->citizen = g_strdup (number);
  session->name = g_strdup (name);
  session->expires = g_date_time_new_from_iso8601 (expires, NULL);
  if (session->expires == NULL || *token == '\0' || !js_citizen_number_valid (number))
    {
      fail (error, JS_PROTOCOL_ERROR_INVALID, "the session is incomplete");
      return NULL;
    }

  return g_steal_pointer (&session);
}

char *
js_session_write (const JsSession *session,
                  gsize           *length)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *expires = g_date_time_format_iso8601 (session->expires);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "token");
  json_builder_add_string_value (builder, session->token);
  json_builder_set_member_name (builder, "citizen");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "number");
  json_builder_add_string_value (builder, session->citizen);
  json_builder_set_member_name (builder, "name");
  json_builder_add_string_value (builder, session->name);
  json_builder_end_object (builder);
  json_builder_set_member_name (builder, "expires");
  json_builder_add_string_value (builder, expires);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  return js_json_write (root, length);
}

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

void
js_push_op_free (JsPushOp *op)
{
  if (op == NULL)
    return;

  g_free (op->op_id);
  g_free (op->entity);
  g_free (op->record_id);
  g_clear_pointer (&op->record, json_node_unref);
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
      fail (error, JS_PROTOCOL_ERROR_INVALID, "an operation must be an object");
      return NULL;
    }

  object = json_node_get_object (node);
  if (!only_members (object, allowed, error) ||
      !(op_id = get_string (object, "op", 36, FALSE, error)) ||
      !(entity = get_string (object, "entity", 64, FALSE, error)) ||
      !(id = get_string (object, "id", 36, FALSE, error)) ||
      !(action = get_string (object, "action", 16, FALSE, error)) ||
      !get_int (object, "base_revision", 0, &op->base_revision, error))
    return NULL;

  if (!js_protocol_uuid_valid (op_id) || !js_protocol_uuid_valid (id))
    {
      fail (error, JS_PROTOCOL_ERROR_INVALID, "“op” and “id” must be lowercase UUIDs");
      return NULL;
    }

  record = json_object_get_member (object, "record");
  if (g_str_equal (action, "put"))
    {
      if (record == NULL || !JSON_NODE_HOLDS_OBJECT (record))
        {
          fail (error, JS_PROTOCOL_ERROR_INVALID, "a put needs its record");
          return NULL;
        }
      op->record = json_node_copy (record);
    }
  else if (g_str_equal (action, "delete"))
    {
      if (record != NULL && !JSON_NODE_HOLDS_NULL (record))
        {
          fail (error, JS_PROTOCOL_ERROR_INVALID, "a delete carries no record");
          return NULL;
        }
      op->delete = TRUE;
    }
  else
    {
      fail (error, JS_PROTOCOL_ERROR_INVALID, "“action” must be put or delete");
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

  if (!only_members (json_node_get_object (root), allowed, error) ||
      !(array = get_array (json_node_get_object (root), "operations", JS_PROTOCOL_MAX_OPERATIONS,
                           error)))
    return NULL;

  if (json_array_get_length (array) == 0)
    {
      fail (error, JS_PROTOCOL_ERROR_INVALID, "a push needs at least one operation");
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
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "operations");
  json_builder_begin_array (builder);
  for (guint i = 0; i < operations->len; i++)
    {
      JsPushOp *op = g_ptr_array_index (operations, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "op");
      json_builder_add_string_value (builder, op->op_id);
      json_builder_set_member_name (builder, "entity");
      json_builder_add_string_value (builder, op->entity);
      json_builder_set_member_name (builder, "id");
      json_builder_add_string_value (builder, op->record_id);
      json_builder_set_member_name (builder, "base_revision");
      json_builder_add_int_value (builder, op->base_revision);
      json_builder_set_member_name (builder, "action");
      json_builder_add_string_value (builder, op->delete ? "delete" : "put");
      json_builder_set_member_name (builder, "record");
      if (op->delete)
        json_builder_add_null_value (builder);
      else
        json_builder_add_value (builder, json_node_copy (op->record));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  return js_json_write (root, length);
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
      fail (error, JS_PROTOCOL_ERROR_INVALID, "a result must be an object");
      return NULL;
    }

  object = json_node_get_object (node);
  if (!only_members (object, allowed, error) ||
      !(op_id = get_string (object, "op", 36, FALSE, error)) ||
      !(status = get_string (object, "status", 16, FALSE, error)) ||
      !get_int (object, "revision", 0, &result->revision, error))
    return NULL;

  reason = get_string (object, "reason", 64, TRUE, &reason_error);
  if (reason_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&reason_error));
      return NULL;
    }

  /* Results answer the operations sent, in order. */
  if (!g_str_equal (op_id, op->op_id))
    {
      fail (error, JS_PROTOCOL_ERROR_INVALID, "a result answers another operation");
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
      fail (error, JS_PROTOCOL_ERROR_INVALID, "a result has an unknown status");
      return NULL;
    }

  record = json_object_get_member (object, "record");
  if (record != NULL && !JSON_NODE_HOLDS_NULL (record))
    {
      if (result->status != JS_PUSH_CONFLICT)
        {
          fail (error, JS_PROTOCOL_ERROR_INVALID, "only a conflict carries a record");
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

  if (!only_members (json_node_get_object (root), allowed, error) ||
      !(array = get_array (json_node_get_object (root), "results", JS_PROTOCOL_MAX_OPERATIONS,
                           error)))
    return NULL;

  if (json_array_get_length (array) != operations->len)
    {
      fail (error, JS_PROTOCOL_ERROR_INVALID, "the answer has a result per operation missing");
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

char *
js_push_reply_write (GPtrArray *results,
                     gsize     *length)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "results");
  json_builder_begin_array (builder);
  for (guint i = 0; i < results->len; i++)
    {
      JsPushResult *result = g_ptr_array_index (results, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "op");
      json_builder_add_string_value (builder, result->op_id);
      json_builder_set_member_name (builder, "status");
      json_builder_add_string_value (builder, js_push_status_to_string (result->status));
      json_builder_set_member_name (builder, "revision");
      json_builder_add_int_value (builder, result->revision);
      json_builder_set_member_name (builder, "reason");
      if (result->reason != NULL)
        json_builder_add_string_value (builder, result->reason);
      else
        json_builder_add_null_value (builder);
      json_builder_set_member_name (builder, "record");
      if (result->record != NULL)
        json_builder_add_value (builder, json_node_copy (result->record));
      else
        json_builder_add_null_value (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  return js_json_write (root, length);
}

void
js_change_free (JsChange *change)
{
  if (change == NULL)
    return;

  g_free (change->entity);
  g_free (change->record_id);
  g_clear_pointer (&change->record, json_node_unref);
  g_free (change);
}

JsChangesPage *
js_changes_page_new (void)
{
  JsChangesPage *page = g_new0 (JsChangesPage, 1);

  page->changes = g_ptr_array_new_with_free_func ((GDestroyNotify) js_change_free);
  return page;
}

void
js_changes_page_free (JsChangesPage *page)
{
  if (page == NULL)
    return;

  g_clear_pointer (&page->changes, g_ptr_array_unref);
  g_free (page->cursor);
  g_free (page);
}

static JsChange *
read_change (JsonNode  *node,
             GError   **error)
{
  static const char * const allowed[] = {
    "entity", "id", "revision", "deleted", "record", NULL,
  };
  JsChange *change;
  JsonObject *object;
  const char *entity;
  const char *id;
  gint64 revision;
  gboolean deleted;
  JsonNode *record;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      fail (error, JS_PROTOCOL_ERROR_INVALID, "a change must be an object");
      return NULL;
    }

  object = json_node_get_object (node);
  if (!only_members (object, allowed, error) ||
      !(entity = get_string (object, "entity", 64, FALSE, error)) ||
      !(id = get_string (object, "id", 36, FALSE, error)) ||
      !get_int (object, "revision", 1, &revision, error) ||
      !get_bool (object, "deleted", &deleted, error))
    return NULL;

  if (!js_protocol_uuid_valid (id) || !js_protocol_entity_known (entity))
    {
      fail (error, JS_PROTOCOL_ERROR_INVALID, "a change names an unknown record");
      return NULL;
    }

  record = json_object_get_member (object, "record");
  if (deleted != (record == NULL || JSON_NODE_HOLDS_NULL (record)))
    {
      fail (error, JS_PROTOCOL_ERROR_INVALID, "a change must carry its record unless deleted");
      return NULL;
    }
  if (!deleted && !js_protocol_check_record (entity, id, record, error))
    return NULL;

  change = g_new0 (JsChange, 1);
  change->entity = g_strdup (entity);
  change->record_id = g_strdup (id);
  change->revision = revision;
  change->deleted = deleted;
  change->record = deleted ? NULL : json_node_copy (record);
  return change;
}

/**
 * js_changes_page_parse:
 *
 * Returns: (transfer full): a page of changes, every record checked
 *   against its entity, or %NULL
 */
JsChangesPage *
js_changes_page_parse (const char  *data,
                       gsize        length,
                       GError     **error)
{
  static const char * const allowed[] = { "changes", "cursor", "more", NULL };
  g_autoptr(JsonNode) root = js_json_parse (data, length, JS_PROTOCOL_MAX_RESPONSE_BYTES, error);
  g_autoptr(JsChangesPage) page = js_changes_page_new ();
  JsonObject *object;
  JsonArray *array;
  const char *cursor;

  if (root == NULL)
    return NULL;

  object = json_node_get_object (root);
  if (!only_members (object, allowed, error) ||
      !(array = get_array (object, "changes", JS_PROTOCOL_MAX_PAGE, error)) ||
      !(cursor = get_string (object, "cursor", JS_PROTOCOL_MAX_CURSOR, FALSE, error)) ||
      !get_bool (object, "more", &page->more, error))
    return NULL;

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsChange *change = read_change (json_array_get_element (array, i), error);

      if (change == NULL)
        return NULL;
      g_ptr_array_add (page->changes, change);
    }

  page->cursor = g_strdup (cursor);
  return g_steal_pointer (&page);
}

char *
js_changes_page_write (const JsChangesPage *page,
                       gsize               *length)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "changes");
  json_builder_begin_array (builder);
  for (guint i = 0; i < page->changes->len; i++)
    {
      JsChange *change = g_ptr_array_index (page->changes, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "entity");
      json_builder_add_string_value (builder, change->entity);
      json_builder_set_member_name (builder, "id");
      json_builder_add_string_value (builder, change->record_id);
      json_builder_set_member_name (builder, "revision");
      json_builder_add_int_value (builder, change->revision);
      json_builder_set_member_name (builder, "deleted");
      json_builder_add_boolean_value (builder, change->deleted);
      json_builder_set_member_name (builder, "record");
      if (change->record != NULL)
        json_builder_add_value (builder, json_node_copy (change->record));
      else
        json_builder_add_null_value (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_set_member_name (builder, "cursor");
  json_builder_add_string_value (builder, page->cursor != NULL ? page->cursor : "");
  json_builder_set_member_name (builder, "more");
  json_builder_add_boolean_value (builder, page->more);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  return js_json_write (root, length);
}

char *
js_error_body_write (const char *code,
                     const char *message,
                     gsize      *length)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "error");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "code");
  json_builder_add_string_value (builder, code);
  json_builder_set_member_name (builder, "message");
  json_builder_add_string_value (builder, message);
  json_builder_end_object (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  return js_json_write (root, length);
}

/**
 * js_error_body_parse:
 *
 * Returns: (transfer full) (nullable): the machine-readable code of an
 *   error body, or %NULL when @data is not one
 */
char *
js_error_body_parse (const char *data,
                     gsize       length)
{
  g_autoptr(JsonNode) root = js_json_parse (data, length, 64 * 1024, NULL);
  JsonNode *error_node;
  const char *code;

  if (root == NULL ||
      !(error_node = json_object_get_member (json_node_get_object (root), "error")) ||
      !JSON_NODE_HOLDS_OBJECT (error_node) ||
      !(code = get_string (json_node_get_object (error_node), "code", 64, FALSE, NULL)))
    return NULL;

  return g_strdup (code);
}
