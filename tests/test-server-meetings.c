/* test-server-meetings.c: the jobcenter books, moves and cancels meetings
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * On the reference server's store, SQLite or PostgreSQL (js-test-db.c):
 * a booking answers a call, two bookings of one slot at once give it to
 * one, the jobcenter's deadlines and rules hold whatever a client sends,
 * a move is one transaction, and a v1.0 client sees none of v1.1.
 */

#include "config.h"

#include "js-server-demo.h"
#include "js-server-store.h"
#include "js-test-db.h"
#include "js-test-records.h"
#include "js-test-util.h"
#include "js-time.h"

#define OKSANA "0101901234"
#define AHMAD  "0202852345"

typedef struct {
  char          *dir;
  char          *db;
  JsServerStore *store;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *code = NULL;
  g_autofree char *other = NULL;

  f->dir = js_test_make_dir ("jobspor-server-meetings");
  f->db = js_test_db_new (f->dir);
  f->store = js_server_store_open (f->db, &error);
  g_assert_no_error (error);
  code = js_server_store_add_citizen (f->store, OKSANA, "Oksana Kovalenko", &error);
  other = js_server_store_add_citizen (f->store, AHMAD, "Ahmad Al-Khatib", &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->store);
  js_test_db_drop (f->db);
  js_test_remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->db);
}

static GDateTime *
hours_from_now (int hours)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  return g_date_time_add_hours (now, hours);
}

/* A free slot of Oksana's @hours from now, to be booked until an hour
 * before; moved until @move_hours and cancelled until @cancel_hours from
 * now (never, for G_MININT). */
static char *
add_slot (Fixture *f,
          int      hours,
          int      move_hours,
          int      cancel_hours)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsMeetingRecord) slot = g_new0 (JsMeetingRecord, 1);
  g_autoptr(JsonNode) node = NULL;

  slot->id = g_uuid_string_random ();
  slot->starts = hours_from_now (hours);
  slot->ends = g_date_time_add_minutes (slot->starts, 30);
  slot->place = g_strdup ("Kalvebod Brygge 45");
  slot->caseworker = g_strdup ("Mette Hansen");
  slot->purpose = g_strdup ("Jobsamtale");
  slot->book_before = hours_from_now (hours - 1);
  slot->move_until = move_hours != G_MININT ? hours_from_now (move_hours) : NULL;
  slot->cancel_until = cancel_hours != G_MININT ? hours_from_now (cancel_hours) : NULL;
  slot->available = TRUE;
  node = js_meeting_record_to_node (JS_MEETING_SLOT_ENTITY, slot);
  g_assert_true (js_server_store_put_record (f->store, OKSANA, JS_MEETING_SLOT_ENTITY, node,
                                             &error));
  g_assert_no_error (error);
  return g_steal_pointer (&slot->id);
}

/* A call of Oksana's listing @slots, to be answered before @hours from now. */
static char *
add_call (Fixture            *f,
          const char * const *slots,
          int                 hours)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsMeetingCall) call = g_new0 (JsMeetingCall, 1);
  g_autoptr(JsonNode) node = NULL;

  call->id = g_uuid_string_random ();
  call->from = hours_from_now (-24);
  call->until = hours_from_now (24 * 30);
  call->book_before = hours_from_now (hours);
  call->purpose = g_strdup ("Jobsamtale");
  call->slots = g_strdupv ((char **) slots);
  node = js_meeting_call_to_node (call);
  g_assert_true (js_server_store_put_record (f->store, OKSANA, JS_MEETING_CALL_ENTITY, node,
                                             &error));
  g_assert_no_error (error);
  return g_steal_pointer (&call->id);
}

/* Pushes a booking (@meeting %NULL), a move (@slot set) or a cancellation
 * as @citizen, through @store; returns the wish's id. */
static char *
push_wish (JsServerStore *store,
           const char    *citizen,
           const char    *meeting,
           const char    *slot)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsMeetingWish) wish = g_new0 (JsMeetingWish, 1);
  g_autoptr(GPtrArray) ops = g_ptr_array_new_with_free_func ((GDestroyNotify) js_push_op_free);
  g_autoptr(GPtrArray) results = NULL;
  g_autoptr(JsonNode) node = NULL;
  g_autofree char *json = NULL;
  g_autofree char *op = g_uuid_string_random ();

  wish->id = g_uuid_string_random ();
  wish->action = meeting == NULL ? JS_MEETING_WISH_BOOK
                 : slot != NULL ? JS_MEETING_WISH_MOVE : JS_MEETING_WISH_CANCEL;
  wish->meeting = g_strdup (meeting);
  wish->slot = g_strdup (slot);
  json = js_meeting_wish_write (wish);
  node = json_from_string (json, NULL);
  g_ptr_array_add (ops, js_push_op_new (op, js_meeting_wish_entity (wish), wish->id, 0, node));
  results = js_server_store_push (store, citizen, ops, &error);
  g_assert_no_error (error);
  g_assert_cmpint (((JsPushResult *) results->pdata[0])->status, ==, JS_PUSH_APPLIED);
  return g_steal_pointer (&wish->id);
}

/* Oksana's record @id of @entity, or NULL. */
static JsonNode *
find (Fixture    *f,
      const char *entity,
      const char *id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) records = js_server_store_list_records (f->store, OKSANA, entity, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < records->len; i++)
    {
      JsonObject *object = json_node_get_object (records->pdata[i]);

      if (g_str_equal (json_object_get_string_member (object, "id"), id))
        return json_node_ref (records->pdata[i]);
    }
  return NULL;
}

/* "confirmed", or "rejected/<reason>", of the answer @id of @entity. */
static char *
answer (Fixture    *f,
        const char *entity,
        const char *id)
{
  g_autoptr(JsonNode) node = find (f, entity, id);
  g_autoptr(JsMeetingAnswer) read = js_meeting_answer_from_node (entity, node, NULL);

  g_assert_nonnull (read);
  return read->confirmed ? g_strdup ("confirmed") : g_strdup_printf ("rejected/%s", read->reason);
}

static JsMeetingRecord *
record (Fixture    *f,
        const char *entity,
        const char *id)
{
  g_autoptr(JsonNode) node = find (f, entity, id);

  return js_meeting_record_from_node (entity, node, 0, NULL);
}

static char *
booked_meeting (Fixture    *f,
                const char *request)
{
  g_autoptr(JsonNode) node = find (f, JS_BOOKING_RESULT_ENTITY, request);
  g_autoptr(JsMeetingAnswer) read = js_meeting_answer_from_node (JS_BOOKING_RESULT_ENTITY, node,
                                                                  NULL);

  return g_strdup (read->meeting);
}

static void
test_booking_answers_call (Fixture       *f,
                           gconstpointer  data)
{
  g_autofree char *first = add_slot (f, 48, 24, 12);
  g_autofree char *second = add_slot (f, 72, 24, 12);
  g_autofree char *call_id = add_call (f, (const char * const[]) { first, second, NULL }, 24 * 9);
  g_autofree char *request = push_wish (f->store, OKSANA, NULL, first);
  g_autofree char *again = NULL;
  g_autofree char *status = answer (f, JS_BOOKING_RESULT_ENTITY, request);
  g_autofree char *meeting_id = booked_meeting (f, request);
  g_autofree char *refused = NULL;
  g_autoptr(JsonNode) call_node = find (f, JS_MEETING_CALL_ENTITY, call_id);
  g_autoptr(JsMeetingCall) call = js_meeting_call_from_node (call_node, 0, NULL);
  g_autoptr(JsMeetingRecord) meeting = record (f, JS_MEETING_ENTITY, meeting_id);

  g_assert_cmpstr (status, ==, "confirmed");
  g_assert_cmpstr (call->meeting, ==, meeting_id);
  /* The meeting carries the slot's words and rules. */
  g_assert_cmpstr (meeting->purpose, ==, "Jobsamtale");
  g_assert_nonnull (meeting->move_until);

  /* The call is answered: its other slot is not booked besides. */
  again = push_wish (f->store, OKSANA, NULL, second);
  refused = answer (f, JS_BOOKING_RESULT_ENTITY, again);
  g_assert_cmpstr (refused, ==, "rejected/not-allowed");
  g_assert_cmpuint (js_test_confirmed_meetings (f->store, OKSANA), ==, 1);
}

static void
test_call_deadline (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *slot = add_slot (f, 48, 24, 12);
  g_autofree char *call_id = add_call (f, (const char * const[]) { slot, NULL }, -1);
  g_autofree char *request = push_wish (f->store, OKSANA, NULL, slot);
  g_autofree char *status = answer (f, JS_BOOKING_RESULT_ENTITY, request);
  g_autoptr(JsMeetingRecord) still = record (f, JS_MEETING_SLOT_ENTITY, slot);

  /* The slot's own deadline is a day away, the call's passed. */
  g_assert_cmpstr (status, ==, "rejected/deadline-passed");
  g_assert_true (still->available);
  g_assert_cmpuint (js_test_confirmed_meetings (f->store, OKSANA), ==, 0);
}

typedef struct {
  const char *db;
  const char *slot;
  GMutex     *mutex;
  GCond      *cond;
  gboolean   *go;
  char       *request;
} Racer;

static gpointer
race_thread (gpointer data)
{
  Racer *racer = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsServerStore) store = js_server_store_open (racer->db, &error);

  g_assert_no_error (error);
  g_mutex_lock (racer->mutex);
  while (!*racer->go)
    g_cond_wait (racer->cond, racer->mutex);
  g_mutex_unlock (racer->mutex);
  racer->request = push_wish (store, OKSANA, NULL, racer->slot);
  return NULL;
}

/* Two PCs book one slot at the same moment, through connections of their
 * own: exactly one gets it. */
static void
test_race (Fixture       *f,
           gconstpointer  data)
{
  g_autofree char *slot = add_slot (f, 48, 24, 12);
  GMutex mutex;
  GCond cond;
  gboolean go = FALSE;
  Racer racers[2];
  GThread *threads[2];
  guint confirmed = 0;

  g_mutex_init (&mutex);
  g_cond_init (&cond);
  for (guint round = 0; round < 5; round++)
    {
      g_autofree char *round_slot = round == 0 ? g_strdup (slot) : add_slot (f, 48 + round, 24, 12);

      go = FALSE;
      confirmed = 0;
      for (guint i = 0; i < 2; i++)
        {
          racers[i] = (Racer) { f->db, round_slot, &mutex, &cond, &go, NULL };
          threads[i] = g_thread_new ("racer", race_thread, &racers[i]);
        }
      g_mutex_lock (&mutex);
      go = TRUE;
      g_cond_broadcast (&cond);
      g_mutex_unlock (&mutex);

      for (guint i = 0; i < 2; i++)
        {
          g_autofree char *status = NULL;

          g_thread_join (threads[i]);
          status = answer (f, JS_BOOKING_RESULT_ENTITY, racers[i].request);
          if (g_str_equal (status, "confirmed"))
            confirmed++;
          else
            g_assert_cmpstr (status, ==, "rejected/slot-taken");
          g_free (racers[i].request);
        }
      g_assert_cmpuint (confirmed, ==, 1);
    }
  g_assert_cmpuint (js_test_confirmed_meetings (f->store, OKSANA), ==, 5);
  g_mutex_clear (&mutex);
  g_cond_clear (&cond);
}

/* A move is one meeting at the new time, the old slot free again. */
static void
test_move (Fixture       *f,
           gconstpointer  data)
{
  g_autofree char *old_slot = add_slot (f, 48, 24, 12);
  g_autofree char *new_slot = add_slot (f, 96, 24, 12);
  g_autofree char *request = push_wish (f->store, OKSANA, NULL, old_slot);
  g_autofree char *meeting_id = booked_meeting (f, request);
  g_autofree char *change = push_wish (f->store, OKSANA, meeting_id, new_slot);
  g_autofree char *status = answer (f, JS_MEETING_CHANGE_RESULT_ENTITY, change);
  g_autoptr(JsonNode) node = find (f, JS_MEETING_ENTITY, meeting_id);
  g_autoptr(JsMeetingRecord) meeting = record (f, JS_MEETING_ENTITY, meeting_id);
  g_autoptr(JsMeetingRecord) freed = record (f, JS_MEETING_SLOT_ENTITY, old_slot);
  g_autoptr(JsMeetingRecord) taken = record (f, JS_MEETING_SLOT_ENTITY, new_slot);
  g_autofree char *back = NULL;
  g_autofree char *onto_own = NULL;

  g_assert_cmpstr (status, ==, "confirmed");
  g_assert_cmpstr (meeting->slot, ==, new_slot);
  g_assert_cmpint (json_object_get_int_member (json_node_get_object (node), "revision"), ==, 2);
  g_assert_true (freed->available);
  g_assert_false (taken->available);
  g_assert_cmpuint (js_test_confirmed_meetings (f->store, OKSANA), ==, 1);

  /* The old slot can be had again; the meeting's own slot cannot. */
  onto_own = push_wish (f->store, OKSANA, meeting_id, new_slot);
  g_free (status);
  status = answer (f, JS_MEETING_CHANGE_RESULT_ENTITY, onto_own);
  g_assert_cmpstr (status, ==, "rejected/slot-taken");
  back = push_wish (f->store, OKSANA, meeting_id, old_slot);
  g_free (status);
  status = answer (f, JS_MEETING_CHANGE_RESULT_ENTITY, back);
  g_assert_cmpstr (status, ==, "confirmed");
  g_assert_cmpuint (js_test_confirmed_meetings (f->store, OKSANA), ==, 1);
}

/* The jobcenter's rules hold whatever a client sends. */
static void
test_rules_enforced (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *late_slot = add_slot (f, 48, -1, -2);
  g_autofree char *never_slot = add_slot (f, 50, G_MININT, G_MININT);
  g_autofree char *free_slot = add_slot (f, 96, 24, 12);
  g_autofree char *late_request = push_wish (f->store, OKSANA, NULL, late_slot);
  g_autofree char *never_request = push_wish (f->store, OKSANA, NULL, never_slot);
  g_autofree char *late = booked_meeting (f, late_request);
  g_autofree char *never = booked_meeting (f, never_request);
  struct {
    const char *meeting;
    const char *slot;
    const char *expected;
  } cases[] = {
    { late, free_slot, "rejected/too-late" },
    { late, NULL, "rejected/too-late" },
    { never, free_slot, "rejected/not-allowed" },
    { never, NULL, "rejected/not-allowed" },
  };
  g_autoptr(JsMeetingRecord) unchanged = NULL;
  g_autoptr(JsMeetingRecord) still_free = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *change = push_wish (f->store, OKSANA, cases[i].meeting, cases[i].slot);
      g_autofree char *status = answer (f, JS_MEETING_CHANGE_RESULT_ENTITY, change);

      g_assert_cmpstr (status, ==, cases[i].expected);
    }

  unchanged = record (f, JS_MEETING_ENTITY, late);
  still_free = record (f, JS_MEETING_SLOT_ENTITY, free_slot);
  g_assert_false (unchanged->cancelled);
  g_assert_cmpstr (unchanged->slot, ==, late_slot);
  g_assert_true (still_free->available);
  g_assert_cmpuint (js_test_confirmed_meetings (f->store, OKSANA), ==, 2);
}

/* A cancellation frees the slot and opens the call again. */
static void
test_cancel (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *slot = add_slot (f, 48, 24, 12);
  g_autofree char *call_id = add_call (f, (const char * const[]) { slot, NULL }, 24);
  g_autofree char *request = push_wish (f->store, OKSANA, NULL, slot);
  g_autofree char *meeting_id = booked_meeting (f, request);
  g_autofree char *change = push_wish (f->store, OKSANA, meeting_id, NULL);
  g_autofree char *status = answer (f, JS_MEETING_CHANGE_RESULT_ENTITY, change);
  g_autoptr(JsMeetingRecord) meeting = record (f, JS_MEETING_ENTITY, meeting_id);
  g_autoptr(JsMeetingRecord) freed = record (f, JS_MEETING_SLOT_ENTITY, slot);
  g_autoptr(JsonNode) call_node = find (f, JS_MEETING_CALL_ENTITY, call_id);
  g_autoptr(JsMeetingCall) call = js_meeting_call_from_node (call_node, 0, NULL);
  g_autofree char *twice = NULL;

  g_assert_cmpstr (status, ==, "confirmed");
  g_assert_true (meeting->cancelled);
  g_assert_true (freed->available);
  g_assert_null (call->meeting);

  twice = push_wish (f->store, OKSANA, meeting_id, NULL);
  g_free (status);
  status = answer (f, JS_MEETING_CHANGE_RESULT_ENTITY, twice);
  g_assert_cmpstr (status, ==, "rejected/not-allowed");
}

/* Another citizen's meeting cannot be touched. */
static void
test_not_owner (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *slot = add_slot (f, 48, 24, 12);
  g_autofree char *request = push_wish (f->store, OKSANA, NULL, slot);
  g_autofree char *meeting_id = booked_meeting (f, request);
  g_autofree char *theirs = push_wish (f->store, AHMAD, meeting_id, NULL);
  g_autoptr(GPtrArray) answers = js_server_store_list_records (f->store, AHMAD,
                                                               JS_MEETING_CHANGE_RESULT_ENTITY,
                                                               NULL);
  g_autoptr(JsMeetingAnswer) read = js_meeting_answer_from_node (
    JS_MEETING_CHANGE_RESULT_ENTITY, answers->pdata[0], NULL);

  g_assert_false (read->confirmed);
  g_assert_cmpstr (read->reason, ==, "not-allowed");
  g_assert_cmpuint (js_test_confirmed_meetings (f->store, OKSANA), ==, 1);
}

/* A client of v1.0 gets no calls or changes, and slots without the new
 * members; the cursor passes what it does not get. */
static void
test_old_client (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *slot = add_slot (f, 48, 24, 12);
  g_autofree char *call_id = add_call (f, (const char * const[]) { slot, NULL }, 24 * 9);
  g_autoptr(JsChangesPage) old = js_server_store_changes_for (f->store, OKSANA, NULL, 1, 0,
                                                              &error);
  g_autoptr(JsChangesPage) rest = NULL;
  g_autoptr(JsChangesPage) full = js_server_store_changes (f->store, OKSANA, NULL, 10, &error);
  JsonObject *stripped;

  g_assert_no_error (error);
  g_assert_cmpuint (old->changes->len, ==, 1);
  stripped = json_node_get_object (((JsChange *) old->changes->pdata[0])->record);
  g_assert_false (json_object_has_member (stripped, "purpose"));
  g_assert_false (json_object_has_member (stripped, "move_until"));
  g_assert_true (old->more);

  /* The call takes a place in the page, but is not in it. */
  rest = js_server_store_changes_for (f->store, OKSANA, old->cursor, 1, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rest->changes->len, ==, 0);
  g_assert_cmpstr (rest->cursor, !=, old->cursor);
  g_assert_cmpuint (full->changes->len, ==, 2);
  g_assert_cmpstr (((JsChange *) full->changes->pdata[1])->entity, ==, JS_MEETING_CALL_ENTITY);
}

static void
test_nonsense_refused (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsMeetingRecord) slot = g_new0 (JsMeetingRecord, 1);
  g_autoptr(JsonNode) node = NULL;

  slot->id = g_uuid_string_random ();
  slot->starts = hours_from_now (48);
  slot->ends = hours_from_now (47);
  slot->place = g_strdup ("");
  slot->caseworker = g_strdup ("");
  slot->book_before = hours_from_now (24);
  node = js_meeting_record_to_node (JS_MEETING_SLOT_ENTITY, slot);
  g_assert_false (js_server_store_put_record (f->store, OKSANA, JS_MEETING_SLOT_ENTITY, node,
                                              &error));
  g_assert_error (error, JS_PROTOCOL_ERROR, JS_PROTOCOL_ERROR_TIMES);
}

/* add-call: a deadline 8 days ahead at least, within the period; slots
 * that the call lists. */
static void
test_add_call (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *call_id = NULL;
  g_autofree char *too_soon = NULL;
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(JsMeetingCall) call = NULL;
  GDate last;

  js_today (&last);
  g_date_add_days (&last, 7);
  too_soon = js_server_add_call (f->store, OKSANA, NULL, 14, &last, NULL, &error);
  g_assert_error (error, JS_SERVER_ERROR, JS_SERVER_ERROR_INVALID);
  g_assert_null (too_soon);
  g_clear_error (&error);

  g_date_add_days (&last, 1);
  call_id = js_server_add_call (f->store, OKSANA, NULL, 14, &last, "Jobsamtale", &error);
  g_assert_no_error (error);
  node = find (f, JS_MEETING_CALL_ENTITY, call_id);
  call = js_meeting_call_from_node (node, 0, NULL);
  g_assert_cmpuint (g_strv_length (call->slots), ==, 10 * 3);
  g_assert_cmpstr (call->purpose, ==, "Jobsamtale");
  g_assert_null (call->meeting);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/server/meetings/booking-answers-call", test_booking_answers_call);
  ADD ("/server/meetings/call-deadline", test_call_deadline);
  ADD ("/server/meetings/race", test_race);
  ADD ("/server/meetings/move", test_move);
  ADD ("/server/meetings/rules-enforced", test_rules_enforced);
  ADD ("/server/meetings/cancel", test_cancel);
  ADD ("/server/meetings/not-owner", test_not_owner);
  ADD ("/server/meetings/old-client", test_old_client);
  ADD ("/server/meetings/nonsense-refused", test_nonsense_refused);
  ADD ("/server/meetings/add-call", test_add_call);
#undef ADD

  return g_test_run ();
}
