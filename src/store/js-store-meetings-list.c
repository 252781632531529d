/* js-store-meetings-list.c: what the Meetings page shows, read from the store
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Meetings and bookings with their state in words: a wish still in the
 * journal is waiting to be sent, one the jobcenter applied but has not
 * answered is sent, an answer confirms or refuses it. Calls to book that
 * are still open, and the free slots of the last sync, by day.
 */

#include "config.h"

#include "js-store-meetings.h"
#include "js-store-private.h"
#include "js-time.h"

void
js_meeting_change_free (JsMeetingChange *change)
{
  if (change == NULL)
    return;

  g_free (change->id);
  js_meeting_record_free (change->slot);
  g_free (change);
}

void
js_meeting_item_free (JsMeetingItem *item)
{
  if (item == NULL)
    return;

  g_free (item->id);
  g_free (item->request_id);
  js_meeting_record_free (item->record);
  g_free (item->note);
  g_free (item->interpreter);
  g_free (item->call_id);
  js_meeting_change_free (item->change);
  g_free (item);
}

void
js_meeting_call_item_free (JsMeetingCallItem *item)
{
  if (item == NULL)
    return;

  js_meeting_call_free (item->call);
  g_free (item->waiting);
  g_free (item);
}

void
js_slot_day_free (JsSlotDay *day)
{
  if (day == NULL)
    return;

  g_clear_pointer (&day->slots, g_ptr_array_unref);
  g_free (day);
}

/**
 * js_meeting_reason_from_code:
 * @code: (nullable): the API's code of a refusal
 *
 * Returns: the reason, %JS_MEETING_REASON_NOT_ALLOWED for a code this
 *   version does not know
 */
JsMeetingReason
js_meeting_reason_from_code (const char *code)
{
  static const struct {
    const char      *code;
    JsMeetingReason  reason;
  } reasons[] = {
    { "slot-taken", JS_MEETING_REASON_SLOT_TAKEN },
    { "deadline-passed", JS_MEETING_REASON_DEADLINE_PASSED },
    { "not-allowed", JS_MEETING_REASON_NOT_ALLOWED },
    { "too-late", JS_MEETING_REASON_TOO_LATE },
  };

  if (code == NULL)
    return JS_MEETING_REASON_NONE;
  for (guint i = 0; i < G_N_ELEMENTS (reasons); i++)
    if (g_str_equal (code, reasons[i].code))
      return reasons[i].reason;
  return JS_MEETING_REASON_NOT_ALLOWED;
}

static JsMeetingRule
rule (const JsMeetingItem *item,
      GDateTime           *limit,
      GDateTime           *now,
      GDateTime          **until)
{
  if (until != NULL)
    *until = limit;
  if (item->state != JS_MEETING_STATE_CONFIRMED)
    return JS_MEETING_RULE_NOT_CONFIRMED;
  if (limit == NULL)
    return JS_MEETING_RULE_NEVER;
  if (item->change != NULL && item->change->state != JS_MEETING_STATE_REJECTED)
    return JS_MEETING_RULE_BUSY;
  return g_date_time_compare (now, limit) < 0 ? JS_MEETING_RULE_ALLOWED
                                              : JS_MEETING_RULE_TOO_LATE;
}

/**
 * js_meeting_item_can_move:
 * @item: a meeting
 * @now: the time now (this PC's clock: the jobcenter's answer decides)
 * @until: (out) (optional) (transfer none): until when it may be moved, or
 *   %NULL when never
 *
 * Returns: whether the citizen may ask to move the meeting now
 */
JsMeetingRule
js_meeting_item_can_move (const JsMeetingItem  *item,
                          GDateTime            *now,
                          GDateTime           **until)
{
  return rule (item, item->record->move_until, now, until);
}

/**
 * js_meeting_item_can_cancel:
 *
 * As js_meeting_item_can_move(), for a cancellation; what cancelling may
 * mean is the record's cancel_consequence (or the UI's own words).
 */
JsMeetingRule
js_meeting_item_can_cancel (const JsMeetingItem  *item,
                            GDateTime            *now,
                            GDateTime           **until)
{
  return rule (item, item->record->cancel_until, now, until);
}

static const char *
text (sqlite3_stmt *stmt,
      int           column)
{
  return (const char *) sqlite3_column_text (stmt, column);
}

static char *
utc_text (GDateTime *time)
{
  g_autoptr(GDateTime) utc = g_date_time_to_utc (time);

  return g_date_time_format (utc, "%Y-%m-%dT%H:%M:%SZ");
}

static gboolean
finish (JsStore       *store,
        sqlite3_stmt  *stmt,
        int            rc,
        GError       **error)
{
  _js_store_release (stmt);
  if (rc != SQLITE_DONE)
    return _js_store_set_error (error, _js_store_get_db (store), rc, "Could not read meetings");
  return TRUE;
}

/* The columns every wish is read with. */
#define WISH_COLUMNS \
  "w.id, w.body, w.slot_body, w.answer, w.reason, w.refused," \
  " EXISTS (SELECT 1 FROM journal j WHERE j.record_id = w.id)"

/* The state of a wish read with WISH_COLUMNS from @column on. */
static JsMeetingState
wish_state (sqlite3_stmt    *stmt,
            int              column,
            JsMeetingReason *reason)
{
  const char *answer = text (stmt, column + 3);

  *reason = JS_MEETING_REASON_NONE;
  if (text (stmt, column + 5) != NULL)
    {
      *reason = JS_MEETING_REASON_NOT_SENT;
      return JS_MEETING_STATE_REJECTED;
    }
  if (g_strcmp0 (answer, "rejected") == 0)
    {
      *reason = js_meeting_reason_from_code (text (stmt, column + 4));
      return JS_MEETING_STATE_REJECTED;
    }
  if (g_strcmp0 (answer, "confirmed") == 0)
    return JS_MEETING_STATE_CONFIRMED;
  return sqlite3_column_int (stmt, column + 6) ? JS_MEETING_STATE_WAITING
                                               : JS_MEETING_STATE_SENT;
}

static JsMeetingRecord *
read_slot (const char *body)
{
  return body != NULL ? js_meeting_record_read (JS_MEETING_SLOT_ENTITY, body, 0, NULL) : NULL;
}

/* The move or cancellation of @meeting not confirmed (yet), if any. */
static JsMeetingChange *
pending_change (JsStore     *store,
                const char  *meeting_id)
{
  sqlite3_stmt *stmt = _js_store_prepare (store,
                                          "SELECT " WISH_COLUMNS ", w.action"
                                          " FROM meeting_wish w WHERE w.meeting = ?1"
                                          " AND w.action != 'book' AND w.dismissed = 0"
                                          " AND (w.answer IS NULL OR w.answer = 'rejected')"
                                          " ORDER BY w.created DESC LIMIT 1;",
                                          NULL);
  JsMeetingChange *change = NULL;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, meeting_id, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      change = g_new0 (JsMeetingChange, 1);
      change->id = g_strdup (text (stmt, 0));
      change->state = wish_state (stmt, 0, &change->reason);
      change->action = g_str_equal (text (stmt, 7), "move") ? JS_MEETING_WISH_MOVE
                                                            : JS_MEETING_WISH_CANCEL;
      change->slot = read_slot (text (stmt, 2));
    }
  _js_store_release (stmt);
  return change;
}

/* The note and interpreter of the booking in @body. */
static void
read_booking (JsMeetingItem *item,
              const char    *body)
{
  g_autoptr(JsonNode) node = body != NULL ? json_from_string (body, NULL) : NULL;
  g_autoptr(JsMeetingWish) wish = node != NULL
                                  ? js_meeting_wish_from_node (JS_BOOKING_REQUEST_ENTITY, node,
                                                               NULL)
                                  : NULL;

  if (wish == NULL)
    return;
  item->note = g_steal_pointer (&wish->note);
  item->interpreter = g_steal_pointer (&wish->interpreter);
}

static gboolean
add_meetings (JsStore     *store,
              const char  *now,
              gboolean     past,
              GPtrArray   *items,
              GError     **error)
{
  sqlite3_stmt *stmt = _js_store_prepare (
    store,
    "SELECT m.id, m.revision, m.body,"
    " (SELECT w.id FROM meeting_wish w WHERE w.action = 'book' AND w.answered_meeting = m.id),"
    " (SELECT w.body FROM meeting_wish w WHERE w.action = 'book' AND w.answered_meeting = m.id),"
    " (SELECT c.id FROM meeting_call c WHERE c.meeting = m.id)"
    " FROM meeting m WHERE (julianday (m.ends) <= julianday (?1)) = ?2;",
    error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, now, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 2, past);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      JsMeetingRecord *record = js_meeting_record_read (JS_MEETING_ENTITY, text (stmt, 2),
                                                        sqlite3_column_int64 (stmt, 1), NULL);
      JsMeetingItem *item;

      if (record == NULL)
        continue;
      item = g_new0 (JsMeetingItem, 1);
      item->id = g_strdup (text (stmt, 0));
      item->record = record;
      item->state = record->cancelled ? JS_MEETING_STATE_CANCELLED : JS_MEETING_STATE_CONFIRMED;
      item->request_id = g_strdup (text (stmt, 3));
      read_booking (item, text (stmt, 4));
      item->call_id = g_strdup (text (stmt, 5));
      g_ptr_array_add (items, item);
    }

  return finish (store, stmt, rc, error);
}

/* Bookings the jobcenter has not confirmed: waiting, sent or refused. */
static gboolean
add_bookings (JsStore    *store,
              GDateTime  *now,
              gboolean    past,
              GPtrArray  *items,
              GError    **error)
{
  sqlite3_stmt *stmt = _js_store_prepare (
    store,
    "SELECT " WISH_COLUMNS ","
    " (SELECT cs.call_id FROM meeting_call_slot cs WHERE cs.slot_id = w.slot LIMIT 1)"
    " FROM meeting_wish w WHERE w.action = 'book' AND w.dismissed = 0"
    " AND (w.answer IS NULL OR w.answer = 'rejected');",
    error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      JsMeetingRecord *slot = read_slot (text (stmt, 2));
      JsMeetingItem *item;

      if (slot == NULL || (g_date_time_compare (slot->ends, now) <= 0) != past)
        {
          js_meeting_record_free (slot);
          continue;
        }
      item = g_new0 (JsMeetingItem, 1);
      item->id = g_strdup (text (stmt, 0));
      item->request_id = g_strdup (item->id);
      item->state = wish_state (stmt, 0, &item->reason);
      item->record = slot;
      read_booking (item, text (stmt, 1));
      item->call_id = g_strdup (text (stmt, 7));
      g_ptr_array_add (items, item);
    }

  return finish (store, stmt, rc, error);
}

static int
compare_items (gconstpointer a,
               gconstpointer b,
               gpointer      past)
{
  const JsMeetingItem *x = *(JsMeetingItem **) a;
  const JsMeetingItem *y = *(JsMeetingItem **) b;
  int order = g_date_time_compare (x->record->starts, y->record->starts);

  return GPOINTER_TO_INT (past) ? -order : order;
}

/**
 * js_store_meetings_list:
 * @store: a #JsStore
 * @now: the time now
 * @past: %FALSE for the meetings and bookings still to come (they end
 *   after @now), the soonest first; %TRUE for those that ended, the
 *   latest first
 * @error: return location for a #GError
 *
 * Every meeting the jobcenter has for the citizen (confirmed or
 * cancelled), each with its waiting or refused move or cancellation, and
 * every booking it has not confirmed: waiting to be sent, sent, or
 * refused (until dismissed).
 *
 * Returns: (transfer full) (element-type JsMeetingItem) (nullable): the list
 */
GPtrArray *
js_store_meetings_list (JsStore    *store,
                        GDateTime  *now,
                        gboolean    past,
                        GError    **error)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (
    (GDestroyNotify) js_meeting_item_free);
  g_autofree char *now_text = NULL;

  g_return_val_if_fail (JS_IS_STORE (store), NULL);
  g_return_val_if_fail (now != NULL, NULL);

  now_text = utc_text (now);
  if (!add_meetings (store, now_text, past, items, error) ||
      !add_bookings (store, now, past, items, error))
    return NULL;

  for (guint i = 0; i < items->len; i++)
    {
      JsMeetingItem *item = items->pdata[i];

      if (item->state == JS_MEETING_STATE_CONFIRMED)
        item->change = pending_change (store, item->id);
    }

  g_ptr_array_sort_with_data (items, compare_items, GINT_TO_POINTER (past));
  return g_steal_pointer (&items);
}

/**
 * js_store_meetings_open_calls:
 * @store: a #JsStore
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (element-type JsMeetingCallItem) (nullable):
 *   the calls to book no meeting answers yet, the nearest deadline first,
 *   each with a booking of it that waits, if any
 */
GPtrArray *
js_store_meetings_open_calls (JsStore  *store,
                              GError  **error)
{
  g_autoptr(GPtrArray) calls = g_ptr_array_new_with_free_func (
    (GDestroyNotify) js_meeting_call_item_free);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (JS_IS_STORE (store), NULL);

  if (!(stmt = _js_store_prepare (
          store,
          "SELECT c.body, c.revision,"
          " (SELECT w.id FROM meeting_wish w JOIN meeting_call_slot cs ON cs.slot_id = w.slot"
          "  WHERE cs.call_id = c.id AND w.action = 'book' AND w.answer IS NULL"
          "  AND w.refused IS NULL AND w.dismissed = 0 LIMIT 1)"
          " FROM meeting_call c WHERE c.meeting IS NULL ORDER BY julianday (c.book_before);",
          error)))
    return NULL;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      JsMeetingCall *call = js_meeting_call_read (text (stmt, 0), sqlite3_column_int64 (stmt, 1),
                                                  NULL);
      JsMeetingCallItem *item;

      if (call == NULL)
        continue;
      item = g_new0 (JsMeetingCallItem, 1);
      item->call = call;
      item->waiting = g_strdup (text (stmt, 2));
      g_ptr_array_add (calls, item);
    }

  if (!finish (store, stmt, rc, error))
    return NULL;
  return g_steal_pointer (&calls);
}

/* Appends @slot to the last day of @days, or to a new day. */
static void
add_to_day (GPtrArray       *days,
            JsMeetingRecord *slot)
{
  JsSlotDay *last = days->len > 0 ? days->pdata[days->len - 1] : NULL;
  GDate day;

  js_date_in_copenhagen (slot->starts, &day);
  if (last == NULL || g_date_compare (&last->day, &day) != 0)
    {
      last = g_new0 (JsSlotDay, 1);
      last->day = day;
      last->slots = g_ptr_array_new_with_free_func ((GDestroyNotify) js_meeting_record_free);
      g_ptr_array_add (days, last);
    }
  g_ptr_array_add (last->slots, slot);
}

/**
 * js_store_meetings_free_slots:
 * @store: a #JsStore
 * @call_id: (nullable): only the slots of this call, or %NULL for every
 *   free slot
 * @moving: whether a meeting is to move to the slot: a call's deadline
 *   is for booking, so a meeting that answered it may still move to its
 *   slots (the jobcenter's move_until decides)
 * @now: the time now
 * @fetched: (out) (optional) (transfer full) (nullable): when the list was
 *   brought by a sync; %NULL when never
 * @error: return location for a #GError
 *
 * The slots free as of the last sync that start, and may be booked,
 * after @now and that no waiting booking or move of the citizen's asks
 * for already.
 *
 * Returns: (transfer full) (element-type JsSlotDay) (nullable): the free
 *   slots by day in Copenhagen, the soonest first
 */
GPtrArray *
js_store_meetings_free_slots (JsStore     *store,
                              const char  *call_id,
                              gboolean     moving,
                              GDateTime   *now,
                              GDateTime  **fetched,
                              GError     **error)
{
  g_autoptr(GPtrArray) days = g_ptr_array_new_with_free_func ((GDestroyNotify) js_slot_day_free);
  g_autofree char *now_text = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (JS_IS_STORE (store), NULL);
  g_return_val_if_fail (now != NULL, NULL);

  if (fetched != NULL)
    {
      g_autofree char *pulled = js_store_dup_meta (store, JS_SYNC_PULLED_KEY, NULL);

      *fetched = pulled != NULL ? g_date_time_new_from_iso8601 (pulled, NULL) : NULL;
    }

  if (!(stmt = _js_store_prepare (
          store,
          "SELECT s.body, s.revision FROM meeting_slot s WHERE s.available = 1"
          " AND julianday (s.book_before) > julianday (?1)"
          " AND julianday (s.starts) > julianday (?1)"
          " AND NOT EXISTS (SELECT 1 FROM meeting_wish w WHERE w.slot = s.id"
          "   AND w.answer IS NULL AND w.refused IS NULL AND w.dismissed = 0)"
          " AND (?2 IS NULL OR EXISTS (SELECT 1 FROM meeting_call_slot cs"
          "   JOIN meeting_call c ON c.id = cs.call_id WHERE cs.call_id = ?2"
          "   AND cs.slot_id = s.id AND (?3 OR julianday (c.book_before) > julianday (?1))))"
          " ORDER BY julianday (s.starts), s.id;",
          error)))
    return NULL;

  now_text = utc_text (now);
  sqlite3_bind_text (stmt, 1, now_text, -1, SQLITE_TRANSIENT);
  _js_store_bind_text_or_null (stmt, 2, call_id);
  sqlite3_bind_int (stmt, 3, moving ? 1 : 0);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      JsMeetingRecord *slot = js_meeting_record_read (JS_MEETING_SLOT_ENTITY, text (stmt, 0),
                                                      sqlite3_column_int64 (stmt, 1), NULL);

      if (slot != NULL)
        add_to_day (days, slot);
    }

  if (!finish (store, stmt, rc, error))
    return NULL;
  return g_steal_pointer (&days);
}
