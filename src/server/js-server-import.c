/* js-server-import.c: many new records of a citizen at once
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Records a citizen had elsewhere (another system, or a benchmark's
 * seed) come in by the thousand: checked one by one as a push checks
 * them, then written in one statement, one round trip to PostgreSQL,
 * under the citizen's lock, each at revision 1 with the next change
 * number, so pulls see them in order like any other change.
 */

#include "config.h"

#include "js-server-store-private.h"

typedef struct {
  const char *citizen;
  const char *entity;
  GPtrArray  *records;
} Import;

/* The rows as JS_SQL_RECORD_IMPORT takes them. */
static char *
import_rows (JsServerStore *self,
             Import        *import)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) rows = NULL;

  json_builder_begin_array (builder);
  for (guint i = 0; i < import->records->len; i++)
    {
      JsonNode *record = g_ptr_array_index (import->records, i);
      JsonObject *object = json_node_get_object (record);
      g_autofree char *body = _js_server_body_at_revision (record, 1);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "id");
      json_builder_add_string_value (builder, json_object_get_string_member (object, "id"));
      json_builder_set_member_name (builder, "body");
      json_builder_add_string_value (builder, body);
      json_builder_set_member_name (builder, "seq");
      json_builder_add_int_value (builder, _js_server_next_seq (self, import->citizen));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  rows = json_builder_get_root (builder);
  return js_json_write (rows, NULL);
}

static gboolean
import_txn (JsServerStore  *self,
            gpointer        user_data,
            GError        **error)
{
  Import *import = user_data;
  g_autofree char *rows = import_rows (self, import);
  gint64 added = 0;

  if (!_js_server_changed (self, JS_SQL_RECORD_IMPORT, &added, error,
                           JS_SQL_TEXT (import->entity), JS_SQL_TEXT (import->citizen),
                           JS_SQL_TEXT (rows)))
    return FALSE;

  if (added != (gint64) import->records->len)
    {
      g_set_error_literal (error, JS_SERVER_ERROR, JS_SERVER_ERROR_INVALID,
                           "A record of the import is there already");
      return FALSE;
    }

  return TRUE;
}

/**
 * js_server_store_import:
 * @self: the store
 * @number: the citizen the records are for
 * @entity: their kind
 * @records: (element-type JsonNode): records of @entity, each with its
 *   "id"; none of them in the database yet
 * @error: return location for a #GError
 *
 * Adds @records to the citizen's, all or none, in one transaction: each
 * checked against @entity, each at revision 1. A record already there
 * (of anyone) fails the whole import with %JS_SERVER_ERROR_INVALID.
 *
 * Returns: %TRUE when all were added
 */
gboolean
js_server_store_import (JsServerStore  *self,
                        const char     *number,
                        const char     *entity,
                        GPtrArray      *records,
                        GError        **error)
{
  Import import = { number, entity, records };

  g_return_val_if_fail (JS_IS_SERVER_STORE (self), FALSE);
  g_return_val_if_fail (records != NULL, FALSE);

  if (!js_protocol_entity_known (entity))
    {
      g_set_error (error, JS_SERVER_ERROR, JS_SERVER_ERROR_INVALID,
                   "“%s” is not a kind of record", entity);
      return FALSE;
    }

  for (guint i = 0; i < records->len; i++)
    {
      JsonNode *record = g_ptr_array_index (records, i);
      JsonNode *id = JSON_NODE_HOLDS_OBJECT (record)
                     ? json_object_get_member (json_node_get_object (record), "id") : NULL;

      if (id == NULL || json_node_get_value_type (id) != G_TYPE_STRING)
        {
          g_set_error_literal (error, JS_SERVER_ERROR, JS_SERVER_ERROR_INVALID,
                               "A record needs an “id”");
          return FALSE;
        }
      if (!js_protocol_check_record (entity, json_node_get_string (id), record, error))
        return FALSE;
    }

  if (records->len == 0)
    return TRUE;

  return _js_server_write (self, number, import_txn, &import, error);
}
