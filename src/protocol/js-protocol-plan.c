/* js-protocol-plan.c: the citizen's plan as the API carries it (5.2)
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A plan is read only after it passed the record check, so every member
 * is there with its type; what is read is the jobcenter's text as it
 * wrote it.
 */

#include "config.h"

#include "js-protocol-private.h"

static void
js_plan_activity_free (JsPlanActivity *activity)
{
  g_free (activity->id);
  g_free (activity->kind);
  g_free (activity->title);
  g_free (activity->starts);
  g_free (activity->ends);
  g_free (activity->description);
  g_free (activity);
}

static void
js_plan_suggestion_free (JsPlanSuggestion *suggestion)
{
  g_free (suggestion->id);
  g_free (suggestion->title);
  g_free (suggestion->employer);
  g_free (suggestion->link);
  g_free (suggestion->deadline);
  g_free (suggestion);
}

void
js_plan_free (JsPlan *plan)
{
  if (plan == NULL)
    return;

  g_free (plan->id);
  g_free (plan->job_goal);
  g_free (plan->requirement_text);
  g_clear_pointer (&plan->activities, g_ptr_array_unref);
  g_clear_pointer (&plan->suggestions, g_ptr_array_unref);
  g_free (plan->caseworker_name);
  g_free (plan->caseworker_phone);
  g_free (plan->caseworker_email);
  g_clear_pointer (&plan->updated, g_date_time_unref);
  g_free (plan);
}

static JsPlanActivity *
read_activity (JsonObject *object)
{
  JsPlanActivity *activity = g_new0 (JsPlanActivity, 1);

  activity->id = _js_protocol_dup_string (object, "id");
  activity->kind = _js_protocol_dup_string (object, "kind");
  activity->title = _js_protocol_dup_string (object, "title");
  activity->starts = _js_protocol_dup_string (object, "starts");
  activity->ends = _js_protocol_dup_string (object, "ends");
  activity->description = _js_protocol_dup_string (object, "description");
  return activity;
}

static JsPlanSuggestion *
read_suggestion (JsonObject *object)
{
  JsPlanSuggestion *suggestion = g_new0 (JsPlanSuggestion, 1);

  suggestion->id = _js_protocol_dup_string (object, "id");
  suggestion->title = _js_protocol_dup_string (object, "title");
  suggestion->employer = _js_protocol_dup_string (object, "employer");
  suggestion->link = _js_protocol_dup_string (object, "link");
  suggestion->deadline = _js_protocol_dup_string (object, "deadline");
  return suggestion;
}

/* The "id" of a record, or NULL when it has none as a string. */
static const char *
record_id (JsonNode *node)
{
  JsonNode *id;

  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node) ||
      !(id = json_object_get_member (json_node_get_object (node), "id")) ||
      !JSON_NODE_HOLDS_VALUE (id) || json_node_get_value_type (id) != G_TYPE_STRING)
    return NULL;

  return json_node_get_string (id);
}

/**
 * js_plan_from_node:
 * @node: a `plan` record
 * @revision: its revision at the jobcenter
 * @error: return location for a %JS_PROTOCOL_ERROR
 *
 * Returns: (transfer full) (nullable): the plan, or %NULL when @node is
 *   not a well-formed plan (5.2)
 */
JsPlan *
js_plan_from_node (JsonNode  *node,
                   gint64     revision,
                   GError   **error)
{
  g_autoptr(JsPlan) plan = NULL;
  JsonObject *object;
  JsonObject *caseworker;
  JsonArray *array;

  if (record_id (node) == NULL)
    {
      g_set_error_literal (error, JS_PROTOCOL_ERROR, JS_PROTOCOL_ERROR_INVALID,
                           "a plan must be an object with an id");
      return NULL;
    }

  if (!js_protocol_check_record ("plan", record_id (node), node, error))
    return NULL;

  object = json_node_get_object (node);
  plan = g_new0 (JsPlan, 1);
  plan->id = _js_protocol_dup_string (object, "id");
  plan->revision = revision;
  plan->job_goal = _js_protocol_dup_string (object, "job_goal");
  plan->weekly_applications = json_object_get_int_member (object, "weekly_applications");
  plan->requirement_text = _js_protocol_dup_string (object, "requirement_text");
  plan->updated = g_date_time_new_from_iso8601 (json_object_get_string_member (object, "updated"),
                                                NULL);

  plan->activities = g_ptr_array_new_with_free_func ((GDestroyNotify) js_plan_activity_free);
  array = json_object_get_array_member (object, "activities");
  for (guint i = 0; i < json_array_get_length (array); i++)
    g_ptr_array_add (plan->activities,
                     read_activity (json_array_get_object_element (array, i)));

  plan->suggestions = g_ptr_array_new_with_free_func ((GDestroyNotify) js_plan_suggestion_free);
  array = json_object_get_array_member (object, "job_suggestions");
  for (guint i = 0; i < json_array_get_length (array); i++)
    g_ptr_array_add (plan->suggestions,
                     read_suggestion (json_array_get_object_element (array, i)));

  caseworker = json_object_get_object_member (object, "caseworker");
  plan->caseworker_name = _js_protocol_dup_string (caseworker, "name");
  plan->caseworker_phone = _js_protocol_dup_string (caseworker, "phone");
  plan->caseworker_email = _js_protocol_dup_string (caseworker, "email");

  return g_steal_pointer (&plan);
}

/**
 * js_plan_read:
 * @json: a `plan` record as JSON
 * @revision: its revision at the jobcenter
 * @error: return location for a %JS_PROTOCOL_ERROR
 *
 * Returns: (transfer full) (nullable): the plan, or %NULL
 */
JsPlan *
js_plan_read (const char  *json,
              gint64       revision,
              GError     **error)
{
  g_autoptr(JsonNode) root = NULL;

  g_return_val_if_fail (json != NULL, NULL);

  if (!(root = js_json_parse (json, strlen (json), JS_PROTOCOL_MAX_REQUEST_BYTES, error)))
    return NULL;

  return js_plan_from_node (root, revision, error);
}

/* A record the citizen makes about the plan: its id, a time of theirs in
 * UTC and, for a receipt, the plan's revision. */
static char *
write_own_record (const char *id,
                  const char *number_member,
                  gint64      number,
                  const char *time_member,
                  GDateTime  *time)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GDateTime) utc = g_date_time_to_utc (time);
  g_autofree char *stamp = g_date_time_format (utc, "%Y-%m-%dT%H:%M:%SZ");

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "id");
  json_builder_add_string_value (builder, id);
  if (number_member != NULL)
    {
      json_builder_set_member_name (builder, number_member);
      json_builder_add_int_value (builder, number);
    }
  json_builder_set_member_name (builder, time_member);
  json_builder_add_string_value (builder, stamp);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  return js_json_write (root, NULL);
}

/**
 * js_plan_receipt_write:
 * @id: the receipt's UUID
 * @plan_revision: the revision of the plan that was read
 * @read: when it was read
 *
 * Returns: (transfer full): a `plan-receipt` record (5.8)
 */
char *
js_plan_receipt_write (const char *id,
                       gint64      plan_revision,
                       GDateTime  *read)
{
  return write_own_record (id, "plan_revision", plan_revision, "read", read);
}

/**
 * js_suggestion_check_write:
 * @id: the check's UUID
 * @checked: when the citizen looked at their job suggestions
 *
 * Returns: (transfer full): a `suggestion-check` record (5.9)
 */
char *
js_suggestion_check_write (const char *id,
                           GDateTime  *checked)
{
  return write_own_record (id, NULL, 0, "checked", checked);
}

/**
 * js_suggestion_check_read_time:
 * @json: a `suggestion-check` record
 *
 * Returns: (transfer full) (nullable): when the check was made, or %NULL
 *   when @json is not a well-formed check
 */
GDateTime *
js_suggestion_check_read_time (const char *json)
{
  g_autoptr(JsonNode) root = js_json_parse (json, strlen (json), JS_PROTOCOL_MAX_REQUEST_BYTES,
                                            NULL);

  if (record_id (root) == NULL ||
      !js_protocol_check_record ("suggestion-check", record_id (root), root, NULL))
    return NULL;

  return g_date_time_new_from_iso8601 (
    json_object_get_string_member (json_node_get_object (root), "checked"), NULL);
}
