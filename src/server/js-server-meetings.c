/* js-server-meetings.c: booking, moving and cancelling meetings (spec 7)
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A booking request or a meeting change is answered inside the push that
 * applies it, under the lock of the citizen's row (_js_server_write()):
 * two requests for one slot are answered one after the other, so exactly
 * one gets it. A move writes the old slot free, the new one taken and the
 * meeting at its new time in that one transaction: there is never a
 * moment with two meetings, or none. The jobcenter's rules (deadlines,
 * move_until, cancel_until) are checked against the server's clock,
 * whatever a client sends.
 */

#include "config.h"

#include "js-server-store-private.h"

/* One of the citizen's slots, meetings or calls: the record as stored
 * and as read. */
typedef struct {
  JsonNode        *node;
  JsMeetingRecord *record;
  JsMeetingCall   *call;
} Own;

static void
own_clear (Own *own)
{
  g_clear_pointer (&own->node, json_node_unref);
  g_clear_pointer (&own->record, js_meeting_record_free);
  g_clear_pointer (&own->call, js_meeting_call_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Own, own_clear)

/* Reads @citizen's record @id of @entity into @own; leaves @own empty when
 * there is none (unknown, deleted or another citizen's). %FALSE only when
 * the database failed. */
static gboolean
load_own (JsServerStore  *self,
          const char     *citizen,
          const char     *entity,
          const char     *id,
          Own            *own,
          GError        **error)
{
  Stored stored;

  own_clear (own);
  if (id == NULL)
    return TRUE;
  if (!_js_server_load_record (self, entity, id, &stored, error))
    return FALSE;

  if (stored.exists && !stored.deleted && g_strcmp0 (stored.citizen, citizen) == 0 &&
      (own->node = json_from_string (stored.body, NULL)) != NULL)
    {
      if (g_str_equal (entity, JS_MEETING_CALL_ENTITY))
        own->call = js_meeting_call_from_node (own->node, stored.revision, NULL);
      else
        own->record = js_meeting_record_from_node (entity, own->node, stored.revision, NULL);
      if (own->record == NULL && own->call == NULL)
        own_clear (own);
    }
  _js_server_stored_clear (&stored);
  return TRUE;
}

static gboolean
write_own (JsServerStore  *self,
           const char     *citizen,
           const char     *entity,
           Own            *own,
           GError        **error)
{
  const char *id = own->record != NULL ? own->record->id : own->call->id;

  return _js_server_put_owned (self, citizen, entity, id, own->node, error);
}

static gboolean
call_cb (const char * const *columns,
         gpointer            user_data)
{
  JsonNode *node = columns[0] != NULL ? json_from_string (columns[0], NULL) : NULL;
  JsMeetingCall *call = node != NULL ? js_meeting_call_from_node (node, 0, NULL) : NULL;

  if (call != NULL)
    {
      Own *own = g_new0 (Own, 1);

      own->node = g_steal_pointer (&node);
      own->call = call;
      g_ptr_array_add (user_data, own);
    }
  g_clear_pointer (&node, json_node_unref);
  return TRUE;
}

static void
own_free (Own *own)
{
  own_clear (own);
  g_free (own);
}

/* Every call of @citizen's, as Own. */
static GPtrArray *
load_calls (JsServerStore  *self,
            const char     *citizen,
            GError        **error)
{
  g_autoptr(GPtrArray) calls = g_ptr_array_new_with_free_func ((GDestroyNotify) own_free);

  if (!_js_server_query (self, JS_SQL_LIST, call_cb, calls, error, JS_SQL_TEXT (citizen),
                         JS_SQL_TEXT (JS_MEETING_CALL_ENTITY)))
    return NULL;

  return g_steal_pointer (&calls);
}

static gboolean
lists_slot (const JsMeetingCall *call,
            const char          *slot_id)
{
  return call->slots != NULL && g_strv_contains ((const char * const *) call->slots, slot_id);
}

static gboolean
passed (GDateTime *deadline)
{
  g_autoptr(GDateTime) now = g_date_time_new_from_unix_utc (_js_server_now ());

  return deadline != NULL && g_date_time_compare (now, deadline) >= 0;
}

static gboolean
write_answer (JsServerStore  *self,
              const char     *citizen,
              const char     *entity,
              const char     *id,
              const char     *reason,
              const char     *meeting_id,
              GError        **error)
{
  JsMeetingAnswer answer = { (char *) id, reason == NULL, (char *) reason,
                             reason == NULL ? (char *) meeting_id : NULL };
  g_autoptr(JsonNode) node = js_meeting_answer_to_node (&answer);

  return _js_server_put_owned (self, citizen, entity, id, node, error);
}

/* Why a booking of @slot cannot be confirmed, or %NULL when it can. */
static const char *
booking_refusal (const Own *slot,
                 GPtrArray *calls)
{
  gboolean late = FALSE;

  if (slot->record == NULL)
    return "not-allowed";

  for (guint i = 0; i < calls->len; i++)
    {
      const JsMeetingCall *call = ((Own *) calls->pdata[i])->call;

      if (!lists_slot (call, slot->record->id))
        continue;
      if (call->meeting != NULL)
        return "not-allowed";
      late |= passed (call->book_before);
    }

  if (!slot->record->available)
    return "slot-taken";
  if (late || passed (slot->record->book_before))
    return "deadline-passed";
  return NULL;
}

static gboolean
answer_booking (JsServerStore  *self,
                const char     *citizen,
                JsMeetingWish  *wish,
                GError        **error)
{
  g_auto(Own) slot = { NULL };
  g_autoptr(GPtrArray) calls = NULL;
  g_autoptr(JsonNode) meeting = NULL;
  g_autofree char *meeting_id = NULL;
  const char *reason;

  if (!load_own (self, citizen, JS_MEETING_SLOT_ENTITY, wish->slot, &slot, error) ||
      !(calls = load_calls (self, citizen, error)))
    return FALSE;

  reason = booking_refusal (&slot, calls);
  if (reason == NULL)
    {
      meeting_id = g_uuid_string_random ();
      meeting = js_meeting_on_slot (meeting_id, slot.node);
      js_meeting_slot_set_available (slot.node, FALSE);
      if (!write_own (self, citizen, JS_MEETING_SLOT_ENTITY, &slot, error) ||
          !_js_server_put_owned (self, citizen, JS_MEETING_ENTITY, meeting_id, meeting, error))
        return FALSE;

      for (guint i = 0; i < calls->len; i++)
        {
          Own *call = calls->pdata[i];

          if (!lists_slot (call->call, wish->slot))
            continue;
          js_meeting_call_set_meeting (call->node, meeting_id);
          if (!write_own (self, citizen, JS_MEETING_CALL_ENTITY, call, error))
            return FALSE;
        }
    }

  return write_answer (self, citizen, JS_BOOKING_RESULT_ENTITY, wish->id, reason, meeting_id,
                       error);
}

/* Why a move of @meeting to @slot cannot be confirmed, or %NULL. */
static const char *
move_refusal (const Own  *meeting,
              const Own  *slot,
              GPtrArray  *calls)
{
  for (guint i = 0; i < calls->len; i++)
    {
      const JsMeetingCall *call = ((Own *) calls->pdata[i])->call;

      if (g_strcmp0 (call->meeting, meeting->record->id) == 0 &&
          (slot->record == NULL || !lists_slot (call, slot->record->id)))
        return "not-allowed";
    }

  if (meeting->record->move_until == NULL || slot->record == NULL)
    return "not-allowed";
  if (passed (meeting->record->move_until))
    return "too-late";
  if (!slot->record->available)
    return "slot-taken";
  if (passed (slot->record->book_before))
    return "deadline-passed";
  return NULL;
}

/* The meeting's old slot, when it still exists, is free again. */
static gboolean
release_slot (JsServerStore  *self,
              const char     *citizen,
              const char     *slot_id,
              GError        **error)
{
  g_auto(Own) slot = { NULL };

  if (!load_own (self, citizen, JS_MEETING_SLOT_ENTITY, slot_id, &slot, error))
    return FALSE;
  if (slot.node == NULL)
    return TRUE;

  js_meeting_slot_set_available (slot.node, TRUE);
  return write_own (self, citizen, JS_MEETING_SLOT_ENTITY, &slot, error);
}

static gboolean
move (JsServerStore  *self,
      const char     *citizen,
      Own            *meeting,
      Own            *slot,
      GError        **error)
{
  g_autoptr(JsonNode) moved = js_meeting_on_slot (meeting->record->id, slot->node);

  js_meeting_slot_set_available (slot->node, FALSE);
  return release_slot (self, citizen, meeting->record->slot, error) &&
         write_own (self, citizen, JS_MEETING_SLOT_ENTITY, slot, error) &&
         _js_server_put_owned (self, citizen, JS_MEETING_ENTITY, meeting->record->id, moved,
                               error);
}

/* A cancelled meeting frees its slot and reopens the call it answered. */
static gboolean
cancel (JsServerStore  *self,
        const char     *citizen,
        Own            *meeting,
        GPtrArray      *calls,
        GError        **error)
{
  js_meeting_set_cancelled (meeting->node);
  if (!release_slot (self, citizen, meeting->record->slot, error) ||
      !write_own (self, citizen, JS_MEETING_ENTITY, meeting, error))
    return FALSE;

  for (guint i = 0; i < calls->len; i++)
    {
      Own *call = calls->pdata[i];

      if (g_strcmp0 (call->call->meeting, meeting->record->id) != 0)
        continue;
      js_meeting_call_set_meeting (call->node, NULL);
      if (!write_own (self, citizen, JS_MEETING_CALL_ENTITY, call, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
answer_change (JsServerStore  *self,
               const char     *citizen,
               JsMeetingWish  *wish,
               GError        **error)
{
  g_auto(Own) meeting = { NULL };
  g_auto(Own) slot = { NULL };
  g_autoptr(GPtrArray) calls = NULL;
  const char *reason = NULL;
  gboolean moving = wish->action == JS_MEETING_WISH_MOVE;

  if (!load_own (self, citizen, JS_MEETING_ENTITY, wish->meeting, &meeting, error) ||
      !load_own (self, citizen, JS_MEETING_SLOT_ENTITY, moving ? wish->slot : NULL, &slot,
                 error) ||
      !(calls = load_calls (self, citizen, error)))
    return FALSE;

  if (meeting.record == NULL || meeting.record->cancelled)
    reason = "not-allowed";
  else if (moving)
    reason = move_refusal (&meeting, &slot, calls);
  else if (meeting.record->cancel_until == NULL || wish->slot != NULL)
    reason = "not-allowed";
  else if (passed (meeting.record->cancel_until))
    reason = "too-late";

  if (reason == NULL &&
      !(moving ? move (self, citizen, &meeting, &slot, error)
               : cancel (self, citizen, &meeting, calls, error)))
    return FALSE;

  return write_answer (self, citizen, JS_MEETING_CHANGE_RESULT_ENTITY, wish->id, reason,
                       wish->meeting, error);
}

/**
 * _js_server_answer_wish:
 * @self: the store, inside the push's transaction
 * @citizen: whose push it is
 * @entity: the entity of an applied put
 * @record: the record put, well formed
 * @error: return location for a #GError
 *
 * Answers a `booking-request` with a `booking-result` (spec 7) and a
 * `meeting-change` with a `meeting-change-result` (7.2), writing what a
 * confirmation changes; other records need no answer.
 *
 * Returns: %FALSE only when the database failed
 */
gboolean
_js_server_answer_wish (JsServerStore  *self,
                        const char     *citizen,
                        const char     *entity,
                        JsonNode       *record,
                        GError        **error)
{
  g_autoptr(JsMeetingWish) wish = NULL;

  if (!g_str_equal (entity, JS_BOOKING_REQUEST_ENTITY) &&
      !g_str_equal (entity, JS_MEETING_CHANGE_ENTITY))
    return TRUE;

  wish = js_meeting_wish_from_node (entity, record, error);
  if (wish == NULL)
    return FALSE;

  return wish->action == JS_MEETING_WISH_BOOK ? answer_booking (self, citizen, wish, error)
                                              : answer_change (self, citizen, wish, error);
}
