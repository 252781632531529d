/* js-protocol-json.c: JSON as the API allows it: bounded, strict; and the error body
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "js-protocol-private.h"

G_DEFINE_QUARK (js-protocol-error-quark, js_protocol_error)

gboolean
_js_protocol_fail (GError         **error,
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

/* Whether a string in @data holds an escaped NUL ("\u0000"): json-glib
 * would give back the string cut there, so "5555555555\u0000garbage"
 * would read as a valid citizen number, and a title's length be checked
 * on what is left of it. */
static gboolean
has_escaped_nul (const char *data,
                 gsize       length)
{
  gboolean in_string = FALSE;

  for (gsize i = 0; i < length; i++)
    {
      if (!in_string)
        {
          in_string = data[i] == '"';
          continue;
        }

      if (data[i] == '"')
        in_string = FALSE;
      else if (data[i] == '\\')
        {
          if (i + 5 < length && data[i + 1] == 'u' && memcmp (data + i + 2, "0000", 4) == 0)
            return TRUE;
          i++;
        }
    }

  return FALSE;
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
      _js_protocol_fail (error, JS_PROTOCOL_ERROR_TOO_LARGE, "the message is too large");
      return NULL;
    }

  if (data == NULL || length == 0 || !g_utf8_validate_len (data, length, NULL) ||
      memchr (data, '\0', length) != NULL)
    {
      _js_protocol_fail (error, JS_PROTOCOL_ERROR_MALFORMED, "the message is empty or not UTF-8 text");
      return NULL;
    }

  if (!js_json_check_depth (data, length, JS_PROTOCOL_MAX_DEPTH))
    {
      _js_protocol_fail (error, JS_PROTOCOL_ERROR_MALFORMED, "the message is nested too deeply");
      return NULL;
    }

  if (has_escaped_nul (data, length))
    {
      _js_protocol_fail (error, JS_PROTOCOL_ERROR_MALFORMED, "a string holds a NUL character");
      return NULL;
    }

  /* Not an immutable parser: sealing every object (hashing its members)
   * took a tenth of reading a push, and json-glib 1.6 lets a sealed
   * object be changed all the same, so sealing kept nothing safe. */
  parser = json_parser_new ();
  if (!json_parser_load_from_data (parser, data, length, &parse_error))
    {
      g_set_error (error, JS_PROTOCOL_ERROR, JS_PROTOCOL_ERROR_MALFORMED,
                   "the message is not valid JSON: %s", parse_error->message);
      return NULL;
    }

  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      _js_protocol_fail (error, JS_PROTOCOL_ERROR_MALFORMED, "the message is not a JSON object");
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
gboolean
_js_protocol_only_members (JsonObject          *object,
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

const char *
_js_protocol_get_string (JsonObject  *object,
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

gboolean
_js_protocol_get_int (JsonObject  *object,
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

gboolean
_js_protocol_get_bool (JsonObject  *object,
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

JsonArray *
_js_protocol_get_array (JsonObject  *object,
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

/* A string member of a checked record, or NULL when absent or null. */
char *
_js_protocol_dup_string (JsonObject *object,
                         const char *member)
{
  JsonNode *node = json_object_get_member (object, member);

  return node != NULL && !JSON_NODE_HOLDS_NULL (node) ? g_strdup (json_node_get_string (node))
                                                      : NULL;
}

/* Writes @member as @value, or null when @value is %NULL. */
void
_js_protocol_add_string (JsonBuilder *builder,
                         const char  *member,
                         const char  *value)
{
  json_builder_set_member_name (builder, member);
  if (value != NULL)
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
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
      !(code = _js_protocol_get_string (json_node_get_object (error_node), "code", 64, FALSE, NULL)))
    return NULL;

  return g_strdup (code);
}

/* Appends @text to @out as a JSON string, for the messages written by
 * hand where speed counts (pages of changes, pushes). */
void
_js_protocol_append_string (GString    *out,
                            const char *text)
{
  const char *run = text;

  g_string_append_c (out, '"');
  /* Runs that need no escaping (ids, names: nearly all) go in at once. */
  for (const char *p = text; *p != '\0'; p++)
    {
      guchar c = *p;

      if (c != '"' && c != '\\' && c >= 0x20)
        continue;
      g_string_append_len (out, run, p - run);
      if (c == '"' || c == '\\')
        g_string_append_printf (out, "\\%c", c);
      else
        g_string_append_printf (out, "\\u%04x", c);
      run = p + 1;
    }
  g_string_append (out, run);
  g_string_append_c (out, '"');
}

/* Appends @number in decimal: a page or an answer has one per record,
 * and a format string each time cost more than the rest of the line. */
void
_js_protocol_append_int (GString *out,
                         gint64   number)
{
  char digits[24];
  char *p = digits + sizeof digits;
  guint64 magnitude = number < 0 ? -(guint64) number : (guint64) number;

  do
    *--p = '0' + magnitude % 10;
  while ((magnitude /= 10) > 0);
  if (number < 0)
    *--p = '-';
  g_string_append_len (out, p, digits + sizeof digits - p);
}
