/* js-store-meetings.c: meetings with the jobcenter as this PC has them
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Slots, meetings and calls to book are the jobcenter's: they come with
 * the sync and replace what was here. What the citizen asks — a booking,
 * a move, a cancellation — is a wish of their own, kept with the slot as
 * it was when they asked and journaled in the same transaction, so a
 * booking made offline is there after a crash and is sent exactly once.
 * The jobcenter's answer comes with a later pull. Nothing here decides by
 * the PC's clock whether a deadline has passed: the jobcenter does.
 */

#include "config.h"

#include "js-store-meetings.h"
#include "js-store-private.h"

#define MAX_NOTE 500

static gboolean
run_texts (JsTxn               *txn,
           const char          *sql,
           const char * const  *values,
           guint                n_values,
           GError             **error)
{
  sqlite3_stmt *stmt = _js_store_prepare (txn->store, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  for (guint i = 0; i < n_values; i++)
    _js_store_bind_text_or_null (stmt, i + 1, values[i]);
  rc = sqlite3_step (stmt);
  _js_store_release (stmt);

  if (rc != SQLITE_DONE)
    return _js_store_set_error (error, txn->db, rc, "Could not keep a meeting");
  return TRUE;
}

/* Runs @sql with the texts after it as ?1, ?2, … (NULL for SQL NULL). */
#define RUN(txn, sql, error, ...) \
  run_texts ((txn), (sql), (const char * const[]) { __VA_ARGS__ }, \
             G_N_ELEMENTS (((const char * const[]) { __VA_ARGS__ })), (error))

static char *
utc_text (GDateTime *time)
{
  g_autoptr(GDateTime) utc = time != NULL ? g_date_time_to_utc (time) : NULL;

  return utc != NULL ? g_date_time_format (utc, "%Y-%m-%dT%H:%M:%SZ") : NULL;
}

static gboolean
put_slot_or_meeting (JsTxn        *txn,
                     const char   *entity,
                     const char   *id,
                     JsonNode     *node,
                     gint64        revision,
                     GError      **error)
{
  gboolean slot = g_str_equal (entity, JS_MEETING_SLOT_ENTITY);
  g_autoptr(JsMeetingRecord) record = NULL;
  g_autofree char *body = NULL;
  g_autofree char *rev = g_strdup_printf ("%" G_GINT64_FORMAT, revision);
  g_autofree char *starts = NULL;
  g_autofree char *ends = NULL;
  g_autofree char *book_before = NULL;

  if (node == NULL)
    return slot ? RUN (txn, "DELETE FROM meeting_slot WHERE id = ?1;", error, id)
                : RUN (txn, "DELETE FROM meeting WHERE id = ?1;", error, id);

  if (!(record = js_meeting_record_from_node (entity, node, revision, error)))
    return FALSE;
  body = js_json_write (node, NULL);
  starts = utc_text (record->starts);
  ends = utc_text (record->ends);

  if (!slot)
    return RUN (txn,
                "INSERT INTO meeting (id, revision, starts, ends, cancelled, body)"
                " VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (id) DO UPDATE SET"
                " revision = excluded.revision, starts = excluded.starts, ends = excluded.ends,"
                " cancelled = excluded.cancelled, body = excluded.body;",
                error, id, rev, starts, ends, record->cancelled ? "1" : "0", body);

  book_before = utc_text (record->book_before);
  return RUN (txn,
              "INSERT INTO meeting_slot (id, revision, starts, ends, book_before, available, body)"
              " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT (id) DO UPDATE SET"
              " revision = excluded.revision, starts = excluded.starts, ends = excluded.ends,"
              " book_before = excluded.book_before, available = excluded.available,"
              " body = excluded.body;",
              error, id, rev, starts, ends, book_before, record->available ? "1" : "0", body);
}

static gboolean
put_call (JsTxn       *txn,
          const char  *id,
          JsonNode    *node,
          gint64       revision,
          GError     **error)
{
  g_autoptr(JsMeetingCall) call = NULL;
  g_autofree char *body = NULL;
  g_autofree char *rev = g_strdup_printf ("%" G_GINT64_FORMAT, revision);
  g_autofree char *book_before = NULL;

  if (!RUN (txn, "DELETE FROM meeting_call WHERE id = ?1;", error, id))
    return FALSE;
  if (node == NULL)
    return TRUE;

  if (!(call = js_meeting_call_from_node (node, revision, error)))
    return FALSE;
  body = js_json_write (node, NULL);
  book_before = utc_text (call->book_before);
  if (!RUN (txn,
            "INSERT INTO meeting_call (id, revision, book_before, meeting, body)"
            " VALUES (?1, ?2, ?3, ?4, ?5);",
            error, id, rev, book_before, call->meeting, body))
    return FALSE;

  for (guint i = 0; call->slots[i] != NULL; i++)
    if (!RUN (txn, "INSERT OR IGNORE INTO meeting_call_slot (call_id, slot_id) VALUES (?1, ?2);",
              error, id, call->slots[i]))
      return FALSE;

  return TRUE;
}

static const char *
action_name (JsMeetingWishAction action)
{
  switch (action)
    {
    case JS_MEETING_WISH_MOVE:
      return "move";
    case JS_MEETING_WISH_CANCEL:
      return "cancel";
    case JS_MEETING_WISH_BOOK:
    default:
      return "book";
    }
}

/* A wish as the jobcenter has it: the citizen's own, or one made on
 * another PC; the slot asked for is kept as known now. */
static gboolean
put_wish (JsTxn       *txn,
          const char  *entity,
          const char  *id,
          JsonNode    *node,
          gint64       revision,
          GError     **error)
{
  g_autoptr(JsMeetingWish) wish = NULL;
  g_autofree char *body = NULL;
  g_autofree char *rev = g_strdup_printf ("%" G_GINT64_FORMAT, revision);
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *created = utc_text (now);

  if (node == NULL)
    return RUN (txn, "DELETE FROM meeting_wish WHERE id = ?1;", error, id);

  if (!(wish = js_meeting_wish_from_node (entity, node, error)))
    return FALSE;
  body = js_json_write (node, NULL);
  return RUN (txn,
              "INSERT INTO meeting_wish (id, revision, action, meeting, slot, body, slot_body,"
              " created) VALUES (?1, ?2, ?3, ?4, ?5, ?6,"
              " (SELECT body FROM meeting_slot WHERE id = ?5), ?7)"
              " ON CONFLICT (id) DO UPDATE SET revision = excluded.revision,"
              " body = excluded.body;",
              error, id, rev, action_name (wish->action), wish->meeting, wish->slot, body,
              created);
}

static gboolean
put_answer (JsTxn       *txn,
            const char  *entity,
            const char  *id,
            JsonNode    *node,
            GError     **error)
{
  g_autoptr(JsMeetingAnswer) answer = NULL;

  if (node == NULL)
    return RUN (txn, "UPDATE meeting_wish SET answer = NULL, reason = NULL,"
                     " answered_meeting = NULL WHERE id = ?1;", error, id);

  if (!(answer = js_meeting_answer_from_node (entity, node, error)))
    return FALSE;
  return RUN (txn,
              "UPDATE meeting_wish SET answer = ?2, reason = ?3, answered_meeting = ?4"
              " WHERE id = ?1;",
              error, id, answer->confirmed ? "confirmed" : "rejected", answer->reason,
              answer->meeting);
}

/**
 * _js_txn_meetings_apply_server:
 *
 * A slot, meeting, call, booking request, meeting change or answer from
 * the jobcenter (%NULL: it deleted it) replaces what this PC had.
 */
gboolean
_js_txn_meetings_apply_server (JsTxn       *txn,
                               const char  *entity,
                               const char  *id,
                               JsonNode    *record,
                               gint64       revision,
                               GError     **error)
{
  if (g_str_equal (entity, JS_MEETING_SLOT_ENTITY) || g_str_equal (entity, JS_MEETING_ENTITY))
    return put_slot_or_meeting (txn, entity, id, record, revision, error);
  if (g_str_equal (entity, JS_MEETING_CALL_ENTITY))
    return put_call (txn, id, record, revision, error);
  if (g_str_equal (entity, JS_BOOKING_REQUEST_ENTITY) ||
      g_str_equal (entity, JS_MEETING_CHANGE_ENTITY))
    return put_wish (txn, entity, id, record, revision, error);
  return put_answer (txn, entity, id, record, error);
}

/* The jobcenter applied a wish of ours: it is sent. */
gboolean
_js_txn_meetings_set_revision (JsTxn       *txn,
                               const char  *id,
                               gint64       revision,
                               GError     **error)
{
  g_autofree char *rev = g_strdup_printf ("%" G_GINT64_FORMAT, revision);

  return RUN (txn, "UPDATE meeting_wish SET revision = ?2 WHERE id = ?1;", error, id, rev);
}

/* The jobcenter's server refused a wish of ours outright (4.3). */
gboolean
_js_txn_meetings_refused (JsTxn       *txn,
                          const char  *id,
                          const char  *reason,
                          GError     **error)
{
  return RUN (txn, "UPDATE meeting_wish SET refused = ?2 WHERE id = ?1;", error, id,
              reason != NULL ? reason : "rejected");
}

/* The body of the row @id in @sql's table, or NULL. */
static char *
lookup_body (JsTxn      *txn,
             const char *sql,
             const char *id)
{
  sqlite3_stmt *stmt = _js_store_prepare (txn->store, sql, NULL);
  char *body = NULL;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    body = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  _js_store_release (stmt);
  return body;
}

static gboolean
refuse (GError     **error,
        const char  *why)
{
  g_set_error_literal (error, JS_STORE_ERROR, JS_STORE_ERROR_INVALID, why);
  return FALSE;
}

typedef struct {
  JsMeetingWish *wish;
} Ask;

/* A free slot to book or move to, with its record as known now. */
static char *
free_slot (JsTxn       *txn,
           const char  *slot_id,
           GError     **error)
{
  g_autofree char *body = NULL;
  g_autofree char *asked = NULL;
  g_autoptr(JsMeetingRecord) slot = NULL;

  body = lookup_body (txn, "SELECT body FROM meeting_slot WHERE id = ?1;", slot_id);
  slot = body != NULL ? js_meeting_record_read (JS_MEETING_SLOT_ENTITY, body, 0, NULL) : NULL;
  if (slot == NULL || !slot->available)
    {
      refuse (error, "That time is no longer free");
      return NULL;
    }
  asked = lookup_body (txn, "SELECT id FROM meeting_wish WHERE slot = ?1 AND answer IS NULL"
                           " AND refused IS NULL AND dismissed = 0;", slot_id);
  if (asked != NULL)
    {
      refuse (error, "That time is asked for already");
      return NULL;
    }

  return g_steal_pointer (&body);
}

/* Checks a move or cancellation of a confirmed meeting against what this
 * PC knows: the rule exists, and nothing else is waiting for it. */
static gboolean
changeable (JsTxn          *txn,
            JsMeetingWish  *wish,
            GError        **error)
{
  g_autofree char *body = lookup_body (txn, "SELECT body FROM meeting WHERE id = ?1;",
                                       wish->meeting);
  g_autoptr(JsMeetingRecord) meeting = NULL;
  g_autofree char *busy = NULL;

  meeting = body != NULL ? js_meeting_record_read (JS_MEETING_ENTITY, body, 0, NULL) : NULL;
  if (meeting == NULL || meeting->cancelled)
    return refuse (error, "The meeting is not a confirmed one");
  if ((wish->action == JS_MEETING_WISH_MOVE ? meeting->move_until : meeting->cancel_until) == NULL)
    return refuse (error, "The jobcenter does not allow it for this meeting");

  busy = lookup_body (txn, "SELECT id FROM meeting_wish WHERE meeting = ?1 AND action != 'book'"
                           " AND answer IS NULL AND refused IS NULL;", wish->meeting);
  if (busy != NULL)
    return refuse (error, "A change of the meeting is waiting already");
  return TRUE;
}

static gboolean
ask_in_txn (JsTxn     *txn,
            gpointer   user_data,
            GError   **error)
{
  JsMeetingWish *wish = ((Ask *) user_data)->wish;
  g_autofree char *slot_body = NULL;
  g_autofree char *body = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *created = utc_text (now);

  if (wish->action != JS_MEETING_WISH_BOOK && !changeable (txn, wish, error))
    return FALSE;
  if (wish->action != JS_MEETING_WISH_CANCEL && !(slot_body = free_slot (txn, wish->slot, error)))
    return FALSE;

  body = js_meeting_wish_write (wish);
  return RUN (txn,
              "INSERT INTO meeting_wish (id, action, meeting, slot, body, slot_body, created)"
              " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7);",
              error, wish->id, action_name (wish->action), wish->meeting, wish->slot, body,
              slot_body, created) &&
         js_txn_journal (txn, js_meeting_wish_entity (wish), wish->id, 0, JS_JOURNAL_PUT, body,
                         error);
}

/* Keeps and journals @wish; returns its id. */
static char *
ask (JsStore        *store,
     JsMeetingWish  *wish,
     GError        **error)
{
  Ask data = { wish };

  if (wish->note != NULL && (!g_utf8_validate (wish->note, -1, NULL) ||
                             g_utf8_strlen (wish->note, -1) > MAX_NOTE))
    {
      refuse (error, "The note is too long");
      return NULL;
    }

  wish->id = g_uuid_string_random ();
  if (!js_store_transaction (store, ask_in_txn, &data, error))
    return NULL;
  return g_strdup (wish->id);
}

static JsMeetingWish *
new_wish (JsMeetingWishAction  action,
          const char          *meeting_id,
          const char          *slot_id,
          const char          *note)
{
  JsMeetingWish *wish = g_new0 (JsMeetingWish, 1);

  wish->action = action;
  wish->meeting = g_strdup (meeting_id);
  wish->slot = g_strdup (slot_id);
  wish->note = g_strdup (note != NULL ? note : "");
  return wish;
}

/**
 * js_store_meetings_book:
 * @store: a #JsStore
 * @slot_id: a free slot
 * @note: (nullable): a note to the caseworker, at most 500 characters
 * @interpreter: (nullable): the language the citizen needs an interpreter
 *   for (a language tag such as "uk", "ar", "prs")
 * @error: return location for a #GError (%JS_STORE_ERROR_INVALID when the
 *   slot is not free, or asked for already, or the note or language wrong)
 *
 * Asks the jobcenter for @slot_id: the booking is kept and journaled in
 * one transaction, waiting to be sent; the jobcenter's answer comes with
 * a later sync.
 *
 * Returns: (transfer full): the booking request's id, or %NULL
 */
char *
js_store_meetings_book (JsStore     *store,
                        const char  *slot_id,
                        const char  *note,
                        const char  *interpreter,
                        GError     **error)
{
  g_autoptr(JsMeetingWish) wish = new_wish (JS_MEETING_WISH_BOOK, NULL, slot_id, note);

  g_return_val_if_fail (JS_IS_STORE (store), NULL);
  g_return_val_if_fail (slot_id != NULL, NULL);

  if (interpreter != NULL && !js_protocol_language_valid (interpreter))
    {
      refuse (error, "The interpreter's language is not a language code");
      return NULL;
    }
  wish->interpreter = g_strdup (interpreter);
  return ask (store, wish, error);
}

/**
 * js_store_meetings_move:
 * @store: a #JsStore
 * @meeting_id: a confirmed meeting the jobcenter allows to be moved
 * @slot_id: a free slot to move it to
 * @note: (nullable): a note to the caseworker
 * @error: return location for a #GError (%JS_STORE_ERROR_INVALID when the
 *   meeting may never be moved, a change of it is waiting, or the slot is
 *   not free)
 *
 * Asks the jobcenter to move the meeting, as js_store_meetings_book()
 * asks for a booking. Whether it is too late is the jobcenter's to say.
 *
 * Returns: (transfer full): the change's id, or %NULL
 */
char *
js_store_meetings_move (JsStore     *store,
                        const char  *meeting_id,
                        const char  *slot_id,
                        const char  *note,
                        GError     **error)
{
  g_autoptr(JsMeetingWish) wish = new_wish (JS_MEETING_WISH_MOVE, meeting_id, slot_id, note);

  g_return_val_if_fail (JS_IS_STORE (store), NULL);
  g_return_val_if_fail (meeting_id != NULL && slot_id != NULL, NULL);

  return ask (store, wish, error);
}

/**
 * js_store_meetings_cancel:
 * @store: a #JsStore
 * @meeting_id: a confirmed meeting the jobcenter allows to be cancelled
 * @note: (nullable): a note to the caseworker (why)
 * @error: return location for a #GError
 *
 * Asks the jobcenter to cancel the meeting.
 *
 * Returns: (transfer full): the change's id, or %NULL
 */
char *
js_store_meetings_cancel (JsStore     *store,
                          const char  *meeting_id,
                          const char  *note,
                          GError     **error)
{
  g_autoptr(JsMeetingWish) wish = new_wish (JS_MEETING_WISH_CANCEL, meeting_id, NULL, note);

  g_return_val_if_fail (JS_IS_STORE (store), NULL);
  g_return_val_if_fail (meeting_id != NULL, NULL);

  return ask (store, wish, error);
}

static gboolean
dismiss_in_txn (JsTxn     *txn,
                gpointer   user_data,
                GError   **error)
{
  return RUN (txn, "UPDATE meeting_wish SET dismissed = 1 WHERE id = ?1"
                   " AND (answer = 'rejected' OR refused IS NOT NULL);", error,
              (const char *) user_data);
}

/**
 * js_store_meetings_dismiss:
 * @store: a #JsStore
 * @wish_id: a booking or change the jobcenter refused
 * @error: return location for a #GError
 *
 * The citizen has read a refusal: it is no longer listed. A wish still
 * waiting, or confirmed, is left as it is.
 *
 * Returns: %TRUE on success
 */
gboolean
js_store_meetings_dismiss (JsStore     *store,
                           const char  *wish_id,
                           GError     **error)
{
  g_return_val_if_fail (JS_IS_STORE (store), FALSE);

  return js_store_transaction (store, dismiss_in_txn, (gpointer) wish_id, error);
}
