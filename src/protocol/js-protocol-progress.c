/* js-protocol-progress.c: exercise progress as the API carries it (5.7)
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The one place exercise progress is turned into JSON and back. A record
 * from the jobcenter has been checked against the API's tables
 * (js-protocol-records.c) before it comes here; the journal's own
 * records are read back the same way.
 */

#include "config.h"

#include "js-protocol-private.h"

/* As the API bounds it (5.7). */
#define MAX_ATTEMPTS 100000

void
js_progress_record_free (JsProgressRecord *record)
{
  if (record == NULL)
    return;

  g_free (record->id);
  g_free (record->exercise);
  g_free (record->completed);
  g_free (record);
}

/**
 * js_progress_record_write:
 * @record: progress on one exercise
 *
 * Returns: (transfer full): the record as a JSON object
 */
char *
js_progress_record_write (const JsProgressRecord *record)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;

  g_return_val_if_fail (record != NULL, NULL);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "id");
  json_builder_add_string_value (builder, record->id);
  json_builder_set_member_name (builder, "exercise");
  json_builder_add_string_value (builder, record->exercise);
  json_builder_set_member_name (builder, "attempts");
  json_builder_add_int_value (builder, record->attempts);
  json_builder_set_member_name (builder, "best_score");
  json_builder_add_int_value (builder, record->best_score);
  json_builder_set_member_name (builder, "completed");
  if (record->completed != NULL)
    json_builder_add_string_value (builder, record->completed);
  else
    json_builder_add_null_value (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  return js_json_write (root, NULL);
}

static gint64
int_member (JsonObject *object,
            const char *name,
            gint64      max)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_INT64)
    return 0;

  return CLAMP (json_node_get_int (node), 0, max);
}

static const char *
string_member (JsonObject *object,
               const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;

  return json_node_get_string (node);
}

/**
 * js_progress_record_from_node:
 * @node: (nullable): a record
 *
 * Returns: (transfer full) (nullable): the progress, with counts kept in
 *   range, or %NULL when @node is no progress record (no exercise named)
 */
JsProgressRecord *
js_progress_record_from_node (JsonNode *node)
{
  JsProgressRecord *record;
  JsonObject *object;
  const char *exercise;

  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    return NULL;

  object = json_node_get_object (node);
  exercise = string_member (object, "exercise");
  if (exercise == NULL || *exercise == '\0')
    return NULL;

  record = g_new0 (JsProgressRecord, 1);
  record->id = g_strdup (string_member (object, "id"));
  record->exercise = g_strdup (exercise);
  record->attempts = int_member (object, "attempts", MAX_ATTEMPTS);
  record->best_score = int_member (object, "best_score", 100);
  record->completed = g_strdup (string_member (object, "completed"));
  return record;
}

/**
 * js_progress_record_read:
 * @json: (nullable): a record as js_progress_record_write() writes it
 *
 * Returns: (transfer full) (nullable): the progress, or %NULL
 */
JsProgressRecord *
js_progress_record_read (const char *json)
{
  g_autoptr(JsonNode) node = NULL;

  if (json == NULL || !(node = js_json_parse (json, strlen (json), JS_PROTOCOL_MAX_REQUEST_BYTES,
                                              NULL)))
    return NULL;

  return js_progress_record_from_node (node);
}
