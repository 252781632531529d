/* js-protocol-joblog.c: a job-log entry as the API carries it (5.1)
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The one place a job-log entry is turned into JSON and back: for the
 * change journal, the drafts, the conflicts kept for the citizen and the
 * sync. Reading checks the types strictly; what the values mean (a known
 * kind, a real date) is the job log's to check.
 */

#include "config.h"

#include "js-protocol-private.h"

const char * const js_joblog_text_keys[JS_JOBLOG_N_TEXTS] = {
  "title", "employer", "location", "source", "contact", "link", "notes",
};

JsJoblogRecord *
js_joblog_record_new (void)
{
  return g_new0 (JsJoblogRecord, 1);
}

void
js_joblog_record_free (JsJoblogRecord *record)
{
  if (record == NULL)
    return;

  g_free (record->id);
  g_free (record->kind);
  g_free (record->status);
  g_free (record->date);
  g_free (record->deadline);
  g_free (record->suggestion);
  for (guint i = 0; i < JS_JOBLOG_N_TEXTS; i++)
    g_free (record->text[i]);
  g_free (record);
}

/**
 * js_joblog_record_write:
 * @record: an entry
 *
 * Returns: (transfer full): the entry as a JSON object
 */
char *
js_joblog_record_write (const JsJoblogRecord *record)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;

  g_return_val_if_fail (record != NULL, NULL);

  json_builder_begin_object (builder);
  _js_protocol_add_string (builder, "id", record->id);
  json_builder_set_member_name (builder, "revision");
  json_builder_add_int_value (builder, record->revision);
  _js_protocol_add_string (builder, "kind", record->kind);
  _js_protocol_add_string (builder, "status", record->status);
  _js_protocol_add_string (builder, "date", record->date);
  _js_protocol_add_string (builder, "deadline", record->deadline);
  for (guint i = 0; i < JS_JOBLOG_N_TEXTS; i++)
    {
      json_builder_set_member_name (builder, js_joblog_text_keys[i]);
      json_builder_add_string_value (builder, record->text[i] != NULL ? record->text[i] : "");
    }
  /* Optional (5.1): an entry that answers no suggestion is written as a
   * server of the first v1 knows it. */
  if (record->suggestion != NULL)
    _js_protocol_add_string (builder, "suggestion", record->suggestion);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  return js_json_write (root, NULL);
}

/* @member as a string, or NULL when it is missing (or null and
 * @nullable); anything else is an error. */
static gboolean
read_string (JsonObject  *object,
             const char  *member,
             gboolean     nullable,
             char       **out,
             GError     **error)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL || (nullable && JSON_NODE_HOLDS_NULL (node)))
    return TRUE;

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    {
      g_set_error (error, JS_PROTOCOL_ERROR, JS_PROTOCOL_ERROR_MALFORMED,
                   "“%s” must be a string", member);
      return FALSE;
    }

  *out = g_strdup (json_node_get_string (node));
  return TRUE;
}

/**
 * js_joblog_record_from_node:
 * @root: an entry as parsed JSON
 * @error: return location for a %JS_PROTOCOL_ERROR
 *
 * As js_joblog_record_read(), from JSON already parsed (a page of
 * changes): the record is not written out and parsed again.
 *
 * Returns: (transfer full) (nullable): the entry, or %NULL
 */
JsJoblogRecord *
js_joblog_record_from_node (JsonNode  *root,
                            GError   **error)
{
  g_autoptr(JsJoblogRecord) record = js_joblog_record_new ();
  JsonObject *object;
  JsonNode *revision;

  g_return_val_if_fail (root != NULL, NULL);

  if (!JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error_literal (error, JS_PROTOCOL_ERROR, JS_PROTOCOL_ERROR_MALFORMED,
                           "a job-log entry must be a JSON object");
      return NULL;
    }

  object = json_node_get_object (root);
  if (!read_string (object, "id", FALSE, &record->id, error) ||
      !read_string (object, "kind", FALSE, &record->kind, error) ||
      !read_string (object, "status", FALSE, &record->status, error) ||
      !read_string (object, "date", TRUE, &record->date, error) ||
      !read_string (object, "deadline", TRUE, &record->deadline, error) ||
      !read_string (object, "suggestion", TRUE, &record->suggestion, error))
    return NULL;

  for (guint i = 0; i < JS_JOBLOG_N_TEXTS; i++)
    {
      if (!read_string (object, js_joblog_text_keys[i], FALSE, &record->text[i], error))
        return NULL;
    }

  revision = json_object_get_member (object, "revision");
  if (revision != NULL)
    {
      if (!JSON_NODE_HOLDS_VALUE (revision) ||
          json_node_get_value_type (revision) != G_TYPE_INT64 ||
          json_node_get_int (revision) < 0)
        {
          g_set_error_literal (error, JS_PROTOCOL_ERROR, JS_PROTOCOL_ERROR_MALFORMED,
                               "“revision” must be a whole number of at least 0");
          return NULL;
        }
      record->revision = json_node_get_int (revision);
    }

  return g_steal_pointer (&record);
}

/**
 * js_joblog_record_read:
 * @json: an entry as js_joblog_record_write() writes it
 * @error: return location for a %JS_PROTOCOL_ERROR
 *
 * Reads an entry: every member that is there must have its type; missing
 * text is left %NULL, a missing revision 0.
 *
 * Returns: (transfer full) (nullable): the entry, or %NULL
 */
JsJoblogRecord *
js_joblog_record_read (const char  *json,
                       GError     **error)
{
  g_autoptr(JsonNode) root = NULL;

  g_return_val_if_fail (json != NULL, NULL);

  if (!(root = js_json_parse (json, strlen (json), JS_PROTOCOL_MAX_REQUEST_BYTES, error)))
    return NULL;

  return js_joblog_record_from_node (root, error);
}
