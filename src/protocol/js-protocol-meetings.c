/* js-protocol-meetings.c: meetings as the API carries them (5.3–5.6, 5.10–5.12)
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Slots, meetings and calls to book are the jobcenter's; booking requests
 * and changes (move, cancel) the citizen's; the answers the server's. A
 * record is read only after it passed the record check, so every member
 * is there with its type; the jobcenter's words are kept as it wrote them.
 */

#include "config.h"

#include "js-protocol-private.h"

static const char * const kind_names[] = { "in-person", "phone", "video" };

const char *
js_meeting_kind_to_string (JsMeetingKind kind)
{
  g_return_val_if_fail (kind <= JS_MEETING_KIND_VIDEO, "in-person");

  return kind_names[kind];
}

static JsMeetingKind
kind_from_string (const char *text)
{
  for (guint i = 0; i < G_N_ELEMENTS (kind_names); i++)
    if (g_strcmp0 (kind_names[i], text) == 0)
      return i;

  return JS_MEETING_KIND_IN_PERSON;
}

/* A timestamp member, or NULL when it is absent or null. */
static GDateTime *
dup_time (JsonObject *object,
          const char *member)
{
  g_autofree char *text = _js_protocol_dup_string (object, member);

  return text != NULL ? g_date_time_new_from_iso8601 (text, NULL) : NULL;
}

/* The record's "id", checked against @entity; NULL with @error set when
 * @node is not a well-formed record of it. */
static JsonObject *
checked_object (const char  *entity,
                JsonNode    *node,
                GError     **error)
{
  JsonNode *id = node != NULL && JSON_NODE_HOLDS_OBJECT (node)
                 ? json_object_get_member (json_node_get_object (node), "id") : NULL;

  if (id == NULL || !JSON_NODE_HOLDS_VALUE (id) || json_node_get_value_type (id) != G_TYPE_STRING)
    {
      g_set_error (error, JS_PROTOCOL_ERROR, JS_PROTOCOL_ERROR_INVALID,
                   "a %s must be an object with an id", entity);
      return NULL;
    }

  if (!js_protocol_check_record (entity, json_node_get_string (id), node, error))
    return NULL;

  return json_node_get_object (node);
}

static JsonNode *
parse (const char  *json,
       GError     **error)
{
  g_return_val_if_fail (json != NULL, NULL);

  return js_json_parse (json, strlen (json), JS_PROTOCOL_MAX_REQUEST_BYTES, error);
}

/* Writes a time as the API does: UTC, whole seconds, "Z"; null for none. */
static void
add_time (JsonBuilder *builder,
          const char  *member,
          GDateTime   *value)
{
  g_autoptr(GDateTime) utc = value != NULL ? g_date_time_to_utc (value) : NULL;
  g_autofree char *text = utc != NULL ? g_date_time_format (utc, "%Y-%m-%dT%H:%M:%SZ") : NULL;

  _js_protocol_add_string (builder, member, text);
}

static JsonNode *
finish (JsonBuilder *builder)
{
  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}

void
js_meeting_record_free (JsMeetingRecord *record)
{
  if (record == NULL)
    return;

  g_free (record->id);
  g_clear_pointer (&record->starts, g_date_time_unref);
  g_clear_pointer (&record->ends, g_date_time_unref);
  g_free (record->place);
  g_free (record->caseworker);
  g_free (record->purpose);
  g_free (record->prepare);
  g_clear_pointer (&record->move_until, g_date_time_unref);
  g_clear_pointer (&record->cancel_until, g_date_time_unref);
  g_free (record->cancel_consequence);
  g_clear_pointer (&record->book_before, g_date_time_unref);
  g_free (record->slot);
  g_free (record);
}

/**
 * js_meeting_record_from_node:
 * @entity: "meeting-slot" or "meeting"
 * @node: a record of @entity
 * @revision: its revision at the jobcenter
 * @error: return location for a %JS_PROTOCOL_ERROR
 *
 * Returns: (transfer full) (nullable): the slot or meeting, or %NULL when
 *   @node is not a well-formed record of @entity
 */
JsMeetingRecord *
js_meeting_record_from_node (const char  *entity,
                             JsonNode    *node,
                             gint64       revision,
                             GError     **error)
{
  JsonObject *object = checked_object (entity, node, error);
  JsMeetingRecord *record;
  gboolean slot;

  if (object == NULL)
    return NULL;

  slot = g_str_equal (entity, JS_MEETING_SLOT_ENTITY);
  record = g_new0 (JsMeetingRecord, 1);
  record->id = _js_protocol_dup_string (object, "id");
  record->revision = revision;
  record->starts = dup_time (object, "starts");
  record->ends = dup_time (object, "ends");
  record->kind = kind_from_string (json_object_get_string_member (object, "kind"));
  record->place = _js_protocol_dup_string (object, "place");
  record->caseworker = _js_protocol_dup_string (object, "caseworker");
  record->purpose = _js_protocol_dup_string (object, "purpose");
  record->prepare = _js_protocol_dup_string (object, "prepare");
  record->move_until = dup_time (object, "move_until");
  record->cancel_until = dup_time (object, "cancel_until");
  record->cancel_consequence = _js_protocol_dup_string (object, "cancel_consequence");
  if (slot)
    {
      record->book_before = dup_time (object, "book_before");
      record->available = json_object_get_boolean_member (object, "available");
    }
  else
    {
      record->slot = _js_protocol_dup_string (object, "slot");
      record->cancelled = g_strcmp0 (json_object_get_string_member (object, "status"),
                                     "cancelled") == 0;
    }

  return record;
}

/**
 * js_meeting_record_read:
 *
 * As js_meeting_record_from_node(), from JSON text.
 *
 * Returns: (transfer full) (nullable): the slot or meeting, or %NULL
 */
JsMeetingRecord *
js_meeting_record_read (const char  *entity,
                        const char  *json,
                        gint64       revision,
                        GError     **error)
{
  g_autoptr(JsonNode) node = parse (json, error);

  return node != NULL ? js_meeting_record_from_node (entity, node, revision, error) : NULL;
}

/**
 * js_meeting_record_to_node:
 * @entity: "meeting-slot" or "meeting"
 * @record: the slot or meeting
 *
 * The optional members are written only when set, so a record without
 * them is one a server before v1.1 accepts.
 *
 * Returns: (transfer full): the record, without its revision
 */
JsonNode *
js_meeting_record_to_node (const char            *entity,
                           const JsMeetingRecord *record)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  gboolean slot = g_str_equal (entity, JS_MEETING_SLOT_ENTITY);

  json_builder_begin_object (builder);
  _js_protocol_add_string (builder, "id", record->id);
  if (!slot)
    _js_protocol_add_string (builder, "slot", record->slot);
  add_time (builder, "starts", record->starts);
  add_time (builder, "ends", record->ends);
  _js_protocol_add_string (builder, "kind", js_meeting_kind_to_string (record->kind));
  _js_protocol_add_string (builder, "place", record->place);
  _js_protocol_add_string (builder, "caseworker", record->caseworker);
  if (slot)
    {
      add_time (builder, "book_before", record->book_before);
      json_builder_set_member_name (builder, "available");
      json_builder_add_boolean_value (builder, record->available);
    }
  else
    _js_protocol_add_string (builder, "status", record->cancelled ? "cancelled" : "confirmed");

  if (record->purpose != NULL)
    _js_protocol_add_string (builder, "purpose", record->purpose);
  if (record->prepare != NULL)
    _js_protocol_add_string (builder, "prepare", record->prepare);
  if (record->move_until != NULL)
    add_time (builder, "move_until", record->move_until);
  if (record->cancel_until != NULL)
    add_time (builder, "cancel_until", record->cancel_until);
  if (record->cancel_consequence != NULL)
    _js_protocol_add_string (builder, "cancel_consequence", record->cancel_consequence);

  return finish (builder);
}

void
js_meeting_call_free (JsMeetingCall *call)
{
  if (call == NULL)
    return;

  g_free (call->id);
  g_clear_pointer (&call->from, g_date_time_unref);
  g_clear_pointer (&call->until, g_date_time_unref);
  g_clear_pointer (&call->book_before, g_date_time_unref);
  g_free (call->purpose);
  g_strfreev (call->slots);
  g_free (call->meeting);
  g_free (call);
}

/**
 * js_meeting_call_from_node:
 * @node: a `meeting-call` record (5.10)
 * @revision: its revision at the jobcenter
 * @error: return location for a %JS_PROTOCOL_ERROR
 *
 * Returns: (transfer full) (nullable): the call to book, or %NULL
 */
JsMeetingCall *
js_meeting_call_from_node (JsonNode  *node,
                           gint64     revision,
                           GError   **error)
{
  JsonObject *object = checked_object (JS_MEETING_CALL_ENTITY, node, error);
  JsMeetingCall *call;
  JsonArray *slots;

  if (object == NULL)
    return NULL;

  call = g_new0 (JsMeetingCall, 1);
  call->id = _js_protocol_dup_string (object, "id");
  call->revision = revision;
  call->from = dup_time (object, "from");
  call->until = dup_time (object, "until");
  call->book_before = dup_time (object, "book_before");
  call->purpose = _js_protocol_dup_string (object, "purpose");
  call->meeting = _js_protocol_dup_string (object, "meeting");
  slots = json_object_get_array_member (object, "slots");
  call->slots = g_new0 (char *, json_array_get_length (slots) + 1);
  for (guint i = 0; i < json_array_get_length (slots); i++)
    call->slots[i] = g_strdup (json_array_get_string_element (slots, i));

  return call;
}

JsMeetingCall *
js_meeting_call_read (const char  *json,
                      gint64       revision,
                      GError     **error)
{
  g_autoptr(JsonNode) node = parse (json, error);

  return node != NULL ? js_meeting_call_from_node (node, revision, error) : NULL;
}

/**
 * js_meeting_call_to_node:
 *
 * Returns: (transfer full): @call as a `meeting-call` record, without its
 *   revision
 */
JsonNode *
js_meeting_call_to_node (const JsMeetingCall *call)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  json_builder_begin_object (builder);
  _js_protocol_add_string (builder, "id", call->id);
  add_time (builder, "from", call->from);
  add_time (builder, "until", call->until);
  add_time (builder, "book_before", call->book_before);
  _js_protocol_add_string (builder, "purpose", call->purpose);
  json_builder_set_member_name (builder, "slots");
  json_builder_begin_array (builder);
  for (guint i = 0; call->slots != NULL && call->slots[i] != NULL; i++)
    json_builder_add_string_value (builder, call->slots[i]);
  json_builder_end_array (builder);
  _js_protocol_add_string (builder, "meeting", call->meeting);
  return finish (builder);
}

void
js_meeting_answer_free (JsMeetingAnswer *answer)
{
  if (answer == NULL)
    return;

  g_free (answer->id);
  g_free (answer->reason);
  g_free (answer->meeting);
  g_free (answer);
}

/**
 * js_meeting_answer_from_node:
 * @entity: "booking-result" or "meeting-change-result"
 * @node: a record of @entity
 * @error: return location for a %JS_PROTOCOL_ERROR
 *
 * Returns: (transfer full) (nullable): the server's answer, or %NULL
 */
JsMeetingAnswer *
js_meeting_answer_from_node (const char  *entity,
                             JsonNode    *node,
                             GError     **error)
{
  JsonObject *object = checked_object (entity, node, error);
  JsMeetingAnswer *answer;

  if (object == NULL)
    return NULL;

  answer = g_new0 (JsMeetingAnswer, 1);
  answer->id = _js_protocol_dup_string (object, "id");
  answer->confirmed = g_str_equal (json_object_get_string_member (object, "status"),
                                   "confirmed");
  answer->reason = _js_protocol_dup_string (object, "reason");
  answer->meeting = _js_protocol_dup_string (object, "meeting");
  return answer;
}

/**
 * js_meeting_answer_to_node:
 * @answer: a confirmation (with its meeting) or a refusal (with its reason)
 *
 * Returns: (transfer full): a `booking-result` or `meeting-change-result`
 */
JsonNode *
js_meeting_answer_to_node (const JsMeetingAnswer *answer)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  json_builder_begin_object (builder);
  _js_protocol_add_string (builder, "id", answer->id);
  _js_protocol_add_string (builder, "status", answer->confirmed ? "confirmed" : "rejected");
  _js_protocol_add_string (builder, "reason", answer->confirmed ? NULL : answer->reason);
  _js_protocol_add_string (builder, "meeting", answer->meeting);
  return finish (builder);
}

void
js_meeting_wish_free (JsMeetingWish *wish)
{
  if (wish == NULL)
    return;

  g_free (wish->id);
  g_free (wish->meeting);
  g_free (wish->slot);
  g_free (wish->note);
  g_free (wish->interpreter);
  g_free (wish);
}

/**
 * js_meeting_wish_from_node:
 * @entity: "booking-request" or "meeting-change"
 * @node: a record of @entity
 * @error: return location for a %JS_PROTOCOL_ERROR
 *
 * Returns: (transfer full) (nullable): what the citizen asked, or %NULL
 */
JsMeetingWish *
js_meeting_wish_from_node (const char  *entity,
                           JsonNode    *node,
                           GError     **error)
{
  JsonObject *object = checked_object (entity, node, error);
  JsMeetingWish *wish;

  if (object == NULL)
    return NULL;

  wish = g_new0 (JsMeetingWish, 1);
  wish->id = _js_protocol_dup_string (object, "id");
  wish->slot = _js_protocol_dup_string (object, "slot");
  wish->note = _js_protocol_dup_string (object, "note");
  if (g_str_equal (entity, JS_BOOKING_REQUEST_ENTITY))
    {
      wish->action = JS_MEETING_WISH_BOOK;
      wish->interpreter = _js_protocol_dup_string (object, "interpreter");
    }
  else
    {
      wish->meeting = _js_protocol_dup_string (object, "meeting");
      wish->action = g_str_equal (json_object_get_string_member (object, "action"), "move")
                     ? JS_MEETING_WISH_MOVE : JS_MEETING_WISH_CANCEL;
    }

  return wish;
}

/**
 * js_meeting_wish_write:
 * @wish: a booking (with its slot, note and interpreter) or a change of a
 *   meeting (move with the new slot, or cancel)
 *
 * A booking without an interpreter is written without the member, as a
 * server before v1.1 accepts it.
 *
 * Returns: (transfer full): a `booking-request` or `meeting-change` record
 */
char *
js_meeting_wish_write (const JsMeetingWish *wish)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;

  json_builder_begin_object (builder);
  _js_protocol_add_string (builder, "id", wish->id);
  if (wish->action == JS_MEETING_WISH_BOOK)
    {
      _js_protocol_add_string (builder, "slot", wish->slot);
      _js_protocol_add_string (builder, "note", wish->note != NULL ? wish->note : "");
      if (wish->interpreter != NULL)
        _js_protocol_add_string (builder, "interpreter", wish->interpreter);
    }
  else
    {
      _js_protocol_add_string (builder, "meeting", wish->meeting);
      _js_protocol_add_string (builder, "action", wish->action == JS_MEETING_WISH_MOVE ? "move" : "cancel");
      _js_protocol_add_string (builder, "slot", wish->action == JS_MEETING_WISH_MOVE ? wish->slot : NULL);
      _js_protocol_add_string (builder, "note", wish->note != NULL ? wish->note : "");
    }

  root = finish (builder);
  return js_json_write (root, NULL);
}

const char *
js_meeting_wish_entity (const JsMeetingWish *wish)
{
  return wish->action == JS_MEETING_WISH_BOOK ? JS_BOOKING_REQUEST_ENTITY
                                              : JS_MEETING_CHANGE_ENTITY;
}

/**
 * js_meeting_on_slot:
 * @meeting_id: the meeting's id: a new one for a booking, its own for a move
 * @slot: a well-formed `meeting-slot`
 *
 * The members are copied as the jobcenter wrote them, so a meeting's
 * times read exactly as its slot's (2.2).
 *
 * Returns: (transfer full): a confirmed `meeting` on @slot, with the
 *   slot's times, place, words and rules (5.4)
 */
JsonNode *
js_meeting_on_slot (const char *meeting_id,
                    JsonNode   *slot)
{
  static const char * const copied[] = {
    "starts", "ends", "kind", "place", "caseworker", "purpose", "prepare", "move_until",
    "cancel_until", "cancel_consequence",
  };
  JsonObject *from = json_node_get_object (slot);
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  json_builder_begin_object (builder);
  _js_protocol_add_string (builder, "id", meeting_id);
  _js_protocol_add_string (builder, "slot", json_object_get_string_member (from, "id"));
  for (guint i = 0; i < G_N_ELEMENTS (copied); i++)
    {
      JsonNode *value = json_object_get_member (from, copied[i]);

      if (value == NULL)
        continue;
      json_builder_set_member_name (builder, copied[i]);
      json_builder_add_value (builder, json_node_copy (value));
    }
  _js_protocol_add_string (builder, "status", "confirmed");
  return finish (builder);
}

/* Sets @member of a well-formed record, as a server answering a wish does. */
static void
set_member (JsonNode   *record,
            const char *member,
            JsonNode   *value)
{
  json_object_set_member (json_node_get_object (record), member, value);
}

void
js_meeting_slot_set_available (JsonNode *slot,
                               gboolean  available)
{
  JsonNode *value = json_node_new (JSON_NODE_VALUE);

  json_node_set_boolean (value, available);
  set_member (slot, "available", value);
}

void
js_meeting_set_cancelled (JsonNode *meeting)
{
  JsonNode *value = json_node_new (JSON_NODE_VALUE);

  json_node_set_string (value, "cancelled");
  set_member (meeting, "status", value);
}

/* Notes the meeting that answers a call, or reopens it (%NULL). */
void
js_meeting_call_set_meeting (JsonNode   *call,
                             const char *meeting_id)
{
  JsonNode *value = json_node_new (meeting_id != NULL ? JSON_NODE_VALUE : JSON_NODE_NULL);

  if (meeting_id != NULL)
    json_node_set_string (value, meeting_id);
  set_member (call, "meeting", value);
}
