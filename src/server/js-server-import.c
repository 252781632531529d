/* js-server-import.c: many new records of a citizen at once
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Citizens and the records they had elsewhere (another system, or a
 * benchmark's seed) come in by the thousand: each record checked as a
 * push checks it, each citizen's records written in one statement (one
 * round trip to PostgreSQL) under the citizen's lock, each at revision 1
 * with the next change number, so pulls see them in order like any other
 * change; the whole import is one transaction.
 */

#include "config.h"

#include "js-server-store-private.h"

/* The rows as JS_SQL_RECORD_IMPORT takes them: the citizen's records at
 * revision 1 with their next change numbers. Each record goes in as its
 * JSON text, written once (ids are checked UUIDs: nothing to escape). */
static char *
import_rows (JsServerStore        *self,
             const JsServerImport *import)
{
  GString *rows = g_string_sized_new (64 + 512 * import->records->len);

  g_string_append_c (rows, '[');
  for (guint i = 0; i < import->records->len; i++)
    {
      JsonNode *record = g_ptr_array_index (import->records, i);
      JsonObject *object = json_node_get_object (record);
      g_autofree char *body = _js_server_body_at_revision (record, 1);

      g_string_append_printf (rows, "%s{\"id\":\"%s\",\"seq\":%" G_GINT64_FORMAT ",\"body\":",
                              i > 0 ? "," : "", json_object_get_string_member (object, "id"),
                              _js_server_next_seq (self, import->number));
      g_string_append (rows, body);
      g_string_append_c (rows, '}');
    }
  g_string_append_c (rows, ']');

  return g_string_free (rows, FALSE);
}

/* One citizen's records, under the citizen's lock. */
static gboolean
import_records_txn (JsServerStore  *self,
                    gpointer        user_data,
                    GError        **error)
{
  const JsServerImport *import = user_data;
  g_autofree char *rows = import_rows (self, import);
  gint64 added = 0;

  if (!_js_server_changed (self, JS_SQL_RECORD_IMPORT, &added, error,
                           JS_SQL_TEXT (import->entity), JS_SQL_TEXT (import->number),
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

static gboolean
import_txn (JsServerStore  *self,
            gpointer        user_data,
            GError        **error)
{
  GPtrArray *imports = user_data;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *created = g_date_time_format_iso8601 (now);

  for (guint i = 0; i < imports->len; i++)
    {
      const JsServerImport *import = g_ptr_array_index (imports, i);

      if ((import->name != NULL &&
           !_js_server_exec (self, JS_SQL_CITIZEN_PUT, error, JS_SQL_TEXT (import->number),
                             JS_SQL_TEXT (import->name), JS_SQL_TEXT (created))) ||
          (import->records->len > 0 &&
           !_js_server_write_in_txn (self, import->number, import_records_txn,
                                     (gpointer) import, error)))
        return FALSE;
    }

  return TRUE;
}

/* Each record checked as a push checks it. */
static gboolean
check_import (const JsServerImport  *import,
              GError               **error)
{
  if (!js_citizen_number_valid (import->number) ||
      (import->name != NULL && (*import->name == '\0' || !g_utf8_validate (import->name, -1, NULL) ||
                                g_utf8_strlen (import->name, -1) > 200)))
    {
      g_set_error_literal (error, JS_SERVER_ERROR, JS_SERVER_ERROR_INVALID,
                           "A citizen needs a 10-digit number and a name");
      return FALSE;
    }

  if (!js_protocol_entity_known (import->entity))
    {
      g_set_error (error, JS_SERVER_ERROR, JS_SERVER_ERROR_INVALID,
                   "“%s” is not a kind of record", import->entity);
      return FALSE;
    }

  for (guint i = 0; i < import->records->len; i++)
    {
      JsonNode *record = g_ptr_array_index (import->records, i);
      JsonNode *id = JSON_NODE_HOLDS_OBJECT (record)
                     ? json_object_get_member (json_node_get_object (record), "id") : NULL;

      if (id == NULL || json_node_get_value_type (id) != G_TYPE_STRING ||
          !js_protocol_uuid_valid (json_node_get_string (id)))
        {
          g_set_error_literal (error, JS_SERVER_ERROR, JS_SERVER_ERROR_INVALID,
                               "A record needs an “id”, a UUID");
          return FALSE;
        }
      if (!js_protocol_check_record (import->entity, json_node_get_string (id), record, error))
        return FALSE;
    }

  return TRUE;
}

/**
 * js_server_store_import:
 * @self: the store
 * @imports: (element-type JsServerImport): citizens and their records
 * @error: return location for a #GError
 *
 * Adds records citizens had elsewhere, all or none, in one transaction
 * (one flush to disk for thousands of records): each citizen with a
 * @name is added first (or renamed), with no sign-in code yet (new-code
 * makes one); each record is checked against its @entity and added at
 * revision 1. A record already there (of anyone) fails the whole import
 * with %JS_SERVER_ERROR_INVALID, as does a citizen without a name who is
 * not in the database (%JS_SERVER_ERROR_UNKNOWN_CITIZEN).
 *
 * Returns: %TRUE when all were added
 */
gboolean
js_server_store_import (JsServerStore  *self,
                        GPtrArray      *imports,
                        GError        **error)
{
  g_return_val_if_fail (JS_IS_SERVER_STORE (self), FALSE);
  g_return_val_if_fail (imports != NULL, FALSE);

  for (guint i = 0; i < imports->len; i++)
    if (!check_import (g_ptr_array_index (imports, i), error))
      return FALSE;

  return _js_server_transaction (self, import_txn, imports, error);
}
