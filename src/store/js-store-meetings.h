/* js-store-meetings.h: meetings with the jobcenter as this PC has them
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "js-protocol.h"
#include "js-store.h"

G_BEGIN_DECLS

/* When the last page of changes was applied: what the free slots were
 * "as of". */
#define JS_SYNC_PULLED_KEY "sync-pulled"

/**
 * JsMeetingState:
 * @JS_MEETING_STATE_WAITING: only on this PC: waiting to be sent
 * @JS_MEETING_STATE_SENT: sent, waiting for the jobcenter's answer
 * @JS_MEETING_STATE_CONFIRMED: confirmed by the jobcenter
 * @JS_MEETING_STATE_REJECTED: refused: see the reason
 * @JS_MEETING_STATE_CANCELLED: the meeting was cancelled
 *
 * Where a booking, a meeting or a change of one stands, in the words the
 * citizen is told.
 */
typedef enum {
  JS_MEETING_STATE_WAITING,
  JS_MEETING_STATE_SENT,
  JS_MEETING_STATE_CONFIRMED,
  JS_MEETING_STATE_REJECTED,
  JS_MEETING_STATE_CANCELLED,
} JsMeetingState;

/**
 * JsMeetingReason:
 * @JS_MEETING_REASON_NONE: not refused
 * @JS_MEETING_REASON_SLOT_TAKEN: the time was taken
 * @JS_MEETING_REASON_DEADLINE_PASSED: the booking deadline had passed
 * @JS_MEETING_REASON_NOT_ALLOWED: the jobcenter does not allow it
 * @JS_MEETING_REASON_TOO_LATE: the time limit for moving or cancelling had passed
 * @JS_MEETING_REASON_NOT_SENT: the jobcenter's server could not take it
 *   at all (an older server, or a broken request): nothing reached it
 *
 * Why the jobcenter refused, for the UI to say in plain words.
 */
typedef enum {
  JS_MEETING_REASON_NONE,
  JS_MEETING_REASON_SLOT_TAKEN,
  JS_MEETING_REASON_DEADLINE_PASSED,
  JS_MEETING_REASON_NOT_ALLOWED,
  JS_MEETING_REASON_TOO_LATE,
  JS_MEETING_REASON_NOT_SENT,
} JsMeetingReason;

/**
 * JsMeetingRule:
 * @JS_MEETING_RULE_ALLOWED: allowed until the time given
 * @JS_MEETING_RULE_TOO_LATE: the time given has passed (by this PC's clock;
 *   the jobcenter's answer decides)
 * @JS_MEETING_RULE_NEVER: the jobcenter does not allow it for this meeting
 * @JS_MEETING_RULE_BUSY: a move or cancellation of it is waiting already
 * @JS_MEETING_RULE_NOT_CONFIRMED: it is not a confirmed meeting
 *
 * Whether the citizen may move, or cancel, a meeting now.
 */
typedef enum {
  JS_MEETING_RULE_ALLOWED,
  JS_MEETING_RULE_TOO_LATE,
  JS_MEETING_RULE_NEVER,
  JS_MEETING_RULE_BUSY,
  JS_MEETING_RULE_NOT_CONFIRMED,
} JsMeetingRule;

/**
 * JsMeetingChange:
 * @id: the change's UUID
 * @action: %JS_MEETING_WISH_MOVE or %JS_MEETING_WISH_CANCEL
 * @state: %JS_MEETING_STATE_WAITING, _SENT or _REJECTED
 * @reason: why it was refused
 * @slot: (nullable): for a move, the time asked for
 *
 * A move or cancellation of a meeting that is not (yet) confirmed.
 */
typedef struct {
  char                *id;
  JsMeetingWishAction  action;
  JsMeetingState       state;
  JsMeetingReason      reason;
  JsMeetingRecord     *slot;
} JsMeetingChange;

/**
 * JsMeetingItem:
 * @id: the meeting's UUID; for a booking the jobcenter has not confirmed,
 *   the booking request's
 * @request_id: (nullable): the booking request that made it
 * @state: where it stands
 * @reason: why a booking was refused (%JS_MEETING_STATE_REJECTED)
 * @record: the meeting; for a booking not confirmed, the slot asked for
 *   (times in UTC, place, caseworker, the jobcenter's words and rules)
 * @note: (nullable): the citizen's note to the caseworker
 * @interpreter: (nullable): the language of the interpreter asked for
 * @call_id: (nullable): the call to book it answers
 * @change: (nullable): a move or cancellation not confirmed (yet)
 *
 * One meeting, or one booking, as the Meetings page lists it.
 */
typedef struct {
  char            *id;
  char            *request_id;
  JsMeetingState   state;
  JsMeetingReason  reason;
  JsMeetingRecord *record;
  char            *note;
  char            *interpreter;
  char            *call_id;
  JsMeetingChange *change;
} JsMeetingItem;

/**
 * JsMeetingCallItem:
 * @call: the call to book, open
 * @waiting: (nullable): the id of a booking of one of its slots that is
 *   waiting to be sent or for the jobcenter's answer
 *
 * A call the citizen still has to answer.
 */
typedef struct {
  JsMeetingCall *call;
  char          *waiting;
} JsMeetingCallItem;

/**
 * JsSlotDay:
 * @day: the day in Copenhagen
 * @slots: (element-type JsMeetingRecord): its free slots, by time
 *
 * The free slots of one day.
 */
typedef struct {
  GDate      day;
  GPtrArray *slots;
} JsSlotDay;

GPtrArray      *js_store_meetings_list        (JsStore      *store,
                                               GDateTime    *now,
                                               gboolean      past,
                                               GError      **error);
GPtrArray      *js_store_meetings_open_calls  (JsStore      *store,
                                               GError      **error);
GPtrArray      *js_store_meetings_free_slots  (JsStore      *store,
                                               const char   *call_id,
                                               gboolean      moving,
                                               GDateTime    *now,
                                               GDateTime   **fetched,
                                               GError      **error);
char           *js_store_meetings_book        (JsStore      *store,
                                               const char   *slot_id,
                                               const char   *note,
                                               const char   *interpreter,
                                               GError      **error);
char           *js_store_meetings_move        (JsStore      *store,
                                               const char   *meeting_id,
                                               const char   *slot_id,
                                               const char   *note,
                                               GError      **error);
char           *js_store_meetings_cancel      (JsStore      *store,
                                               const char   *meeting_id,
                                               const char   *note,
                                               GError      **error);
gboolean        js_store_meetings_dismiss     (JsStore      *store,
                                               const char   *wish_id,
                                               GError      **error);

JsMeetingRule   js_meeting_item_can_move      (const JsMeetingItem *item,
                                               GDateTime           *now,
                                               GDateTime          **until);
JsMeetingRule   js_meeting_item_can_cancel    (const JsMeetingItem *item,
                                               GDateTime           *now,
                                               GDateTime          **until);
JsMeetingReason js_meeting_reason_from_code   (const char          *code);

void            js_meeting_item_free          (JsMeetingItem       *item);
void            js_meeting_change_free        (JsMeetingChange     *change);
void            js_meeting_call_item_free     (JsMeetingCallItem   *item);
void            js_slot_day_free              (JsSlotDay           *day);

/* js-store-sync.c: the records of meetings the sync meets */
gboolean        _js_txn_meetings_apply_server (JsTxn               *txn,
                                               const char          *entity,
                                               const char          *id,
                                               JsonNode            *record,
                                               gint64               revision,
                                               GError             **error);
gboolean        _js_txn_meetings_set_revision (JsTxn               *txn,
                                               const char          *id,
                                               gint64               revision,
                                               GError             **error);
gboolean        _js_txn_meetings_refused      (JsTxn               *txn,
                                               const char          *id,
                                               const char          *reason,
                                               GError             **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (JsMeetingItem, js_meeting_item_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (JsMeetingCallItem, js_meeting_call_item_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (JsSlotDay, js_slot_day_free)

G_END_DECLS
