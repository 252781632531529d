/* js-protocol-changes.c: fetching changes: pages of the jobcenter's changes
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "js-protocol-private.h"

void
js_change_free (JsChange *change)
{
  if (change == NULL)
    return;

  g_free (change->entity);
  g_free (change->record_id);
  g_clear_pointer (&change->record, json_node_unref);
  g_free (change->record_json);
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
  g_autoptr(GError) local_error = NULL;
  JsChange *change;
  JsonObject *object;
  const char *entity;
  const char *id;
  gint64 revision;
  gboolean deleted;
  JsonNode *record;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      _js_protocol_fail (error, JS_PROTOCOL_ERROR_INVALID, "a change must be an object");
      return NULL;
    }

  object = json_node_get_object (node);
  if (!_js_protocol_only_members (object, allowed, error) ||
      !(entity = _js_protocol_get_string (object, "entity", 64, FALSE, error)) ||
      !(id = _js_protocol_get_string (object, "id", 36, FALSE, error)) ||
      !_js_protocol_get_int (object, "revision", 1, &revision, error) ||
      !_js_protocol_get_bool (object, "deleted", &deleted, error))
    return NULL;

  if (!js_protocol_uuid_valid (id) || !js_protocol_entity_known (entity))
    {
      _js_protocol_fail (error, JS_PROTOCOL_ERROR_INVALID, "a change names an unknown record");
      return NULL;
    }

  record = json_object_get_member (object, "record");
  if (deleted != (record == NULL || JSON_NODE_HOLDS_NULL (record)))
    {
      _js_protocol_fail (error, JS_PROTOCOL_ERROR_INVALID, "a change must carry its record unless deleted");
      return NULL;
    }
  change = g_new0 (JsChange, 1);
  change->entity = g_strdup (entity);
  change->record_id = g_strdup (id);
  change->revision = revision;
  change->deleted = deleted;

  /* A meeting whose times make no sense is never shown: it is taken as
   * withdrawn, and counted (5.3). */
  if (!deleted && !js_protocol_check_record (entity, id, record, &local_error))
    {
      if (!g_error_matches (local_error, JS_PROTOCOL_ERROR, JS_PROTOCOL_ERROR_TIMES))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          js_change_free (change);
          return NULL;
        }
      change->deleted = change->refused = TRUE;
      return change;
    }

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
  if (!_js_protocol_only_members (object, allowed, error) ||
      !(array = _js_protocol_get_array (object, "changes", JS_PROTOCOL_MAX_PAGE, error)) ||
      !(cursor = _js_protocol_get_string (object, "cursor", JS_PROTOCOL_MAX_CURSOR, FALSE, error)) ||
      !_js_protocol_get_bool (object, "more", &page->more, error))
    return NULL;

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsChange *change = read_change (json_array_get_element (array, i), error);

      if (change == NULL)
        return NULL;
      page->refused += change->refused;
      g_ptr_array_add (page->changes, change);
    }

  page->cursor = g_strdup (cursor);
  return g_steal_pointer (&page);
}

/**
 * js_changes_page_write:
 * @page: a page of changes
 * @length: (out) (optional): the length of the text
 *
 * Writes the page (4.4). A change's record is written from @record_json
 * as it is when set (the server's own stored text: a page of 200 records
 * is not parsed and written again on every pull), otherwise from @record.
 *
 * Returns: (transfer full): the page as JSON
 */
char *
js_changes_page_write (const JsChangesPage *page,
                       gsize               *length)
{
  GString *out = g_string_sized_new (256 + 512 * page->changes->len);

  g_string_append (out, "{\"changes\":[");
  for (guint i = 0; i < page->changes->len; i++)
    {
      JsChange *change = g_ptr_array_index (page->changes, i);

      if (i > 0)
        g_string_append_c (out, ',');
      g_string_append (out, "{\"entity\":");
      _js_protocol_append_string (out, change->entity);
      g_string_append (out, ",\"id\":");
      _js_protocol_append_string (out, change->record_id);
      g_string_append (out, ",\"revision\":");
      _js_protocol_append_int (out, change->revision);
      g_string_append (out, change->deleted ? ",\"deleted\":true,\"record\":"
                                            : ",\"deleted\":false,\"record\":");
      if (change->deleted)
        g_string_append (out, "null");
      else if (change->record_json != NULL)
        g_string_append (out, change->record_json);
      else if (change->record != NULL)
        {
          g_autofree char *record = js_json_write (change->record, NULL);

          g_string_append (out, record);
        }
      else
        g_string_append (out, "null");
      g_string_append_c (out, '}');
    }
  g_string_append (out, "],\"cursor\":");
  _js_protocol_append_string (out, page->cursor != NULL ? page->cursor : "");
  g_string_append_printf (out, ",\"more\":%s}", page->more ? "true" : "false");

  if (length != NULL)
    *length = out->len;
  return g_string_free (out, FALSE);
}
