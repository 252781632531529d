/* js-protocol-session.c: signing in: citizen numbers, one-time codes, sessions
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "js-protocol-private.h"

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
  if (!_js_protocol_only_members (object, allowed, error) ||
      !(citizen = _js_protocol_get_string (object, "citizen", 64, FALSE, error)) ||
      !(code = _js_protocol_get_string (object, "code", 64, FALSE, error)))
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
  if (!_js_protocol_only_members (object, allowed, error) ||
      !(token = _js_protocol_get_string (object, "token", 256, FALSE, error)) ||
      !(expires = _js_protocol_get_string (object, "expires", 64, FALSE, error)))
    return NULL;

  citizen = json_object_get_member (object, "citizen");
  if (citizen == NULL || !JSON_NODE_HOLDS_OBJECT (citizen))
    {
      _js_protocol_fail (error, JS_PROTOCOL_ERROR_INVALID, "“citizen” must be an object");
      return NULL;
    }
  if (!_js_protocol_only_members (json_node_get_object (citizen), citizen_allowed, error) ||
      !(number = _js_protocol_get_string (json_node_get_object (citizen), "number", 64, FALSE, error)) ||
      !(name = _js_protocol_get_string (json_node_get_object (citizen), "name", 800, FALSE, error)))
    return NULL;

  session = g_new0 (JsSession, 1);
  session->token = g_strdup (token);
  session->citizen = g_strdup (number);
  session->name = g_strdup (name);
  session->expires = g_date_time_new_from_iso8601 (expires, NULL);
  if (session->expires == NULL || *token == '\0' || !js_citizen_number_valid (number))
    {
      _js_protocol_fail (error, JS_PROTOCOL_ERROR_INVALID, "the session is incomplete");
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
