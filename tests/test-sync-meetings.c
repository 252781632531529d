/* test-sync-meetings.c: booking, moving and cancelling against the real server
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A booking made offline waits, then is confirmed; two PCs racing for one
 * slot get one meeting between them and the other is told why and offered
 * other times; a deadline passed is refused; a move leaves one meeting
 * and frees the old slot; the jobcenter's time limits hold also when the
 * app is bypassed; a client killed during a move ends with one meeting.
 */

#include "config.h"

#include <signal.h>
#include <sys/wait.h>

#include "js-server-store.h"
#include "js-store-meetings.h"
#include "js-store-sync.h"
#include "js-sync.h"
#include "js-test-http.h"
#include "js-test-records.h"
#include "js-test-server.h"
#include "js-test-util.h"
#include "js-time.h"

#define OKSANA "0101901234"

static const char *server_binary;
static const char *sync_once_binary;

typedef struct {
  JsTestServer  *server;
  JsServerStore *jobcenter;
  char          *token;
  char          *dir;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *code = NULL;
  g_autoptr(JsSession) session = NULL;

  f->server = js_test_server_start (server_binary);
  f->dir = js_test_make_dir ("jobspor-sync-meetings");
  code = js_test_server_admin (f->server, "add-citizen", OKSANA, "Oksana Kovalenko", NULL);
  session = js_sync_sign_in (f->server->url, OKSANA, code, NULL, &error);
  g_assert_no_error (error);
  f->token = g_strdup (session->token);
  /* The jobcenter's own side, on the server's database. */
  f->jobcenter = js_server_store_open (f->server->db, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->jobcenter);
  js_test_server_stop (f->server);
  js_test_remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->token);
}

static JsStore *
open_profile (Fixture    *f,
              const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (f->dir, name, "jobspor.db", NULL);
  JsStore *store = NULL;

  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    g_free (js_test_owned_profile (f->dir, name));
  store = js_store_open (path, &error);
  g_assert_no_error (error);
  return store;
}

static gboolean
try_sync (Fixture      *f,
          JsStore      *store,
          JsSyncStats  *stats,
          GError      **error)
{
  return js_sync_run (js_store_get_path (store), f->server->url, f->token, JS_TEST_OWNER, stats,
                      NULL, error);
}

static void
sync_ok (Fixture *f,
         JsStore *store)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (try_sync (f, store, NULL, &error));
  g_assert_no_error (error);
}

static GPtrArray *
upcoming (JsStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  GPtrArray *items = js_store_meetings_list (store, now, FALSE, &error);

  g_assert_no_error (error);
  return items;
}

/* The free slots (of @call_id, or all) as one list, the soonest first. */
static GPtrArray *
free_slots (JsStore     *store,
            const char  *call_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) fetched = NULL;
  g_autoptr(GPtrArray) days = js_store_meetings_free_slots (store, call_id, FALSE, now, &fetched,
                                                            &error);
  GPtrArray *slots = g_ptr_array_new_with_free_func (g_free);

  g_assert_no_error (error);
  g_assert_nonnull (fetched);
  for (guint d = 0; d < days->len; d++)
    {
      JsSlotDay *day = days->pdata[d];

      g_assert_cmpuint (day->slots->len, >, 0);
      for (guint i = 0; i < day->slots->len; i++)
        g_ptr_array_add (slots, g_strdup (((JsMeetingRecord *) day->slots->pdata[i])->id));
    }
  return slots;
}

static gboolean
has_slot (GPtrArray  *slots,
          const char *id)
{
  return g_ptr_array_find_with_equal_func (slots, id, g_str_equal, NULL);
}

/* Books the first free slot of @call_id (or any) and syncs: confirmed. */
static char *
book_confirmed (Fixture     *f,
                JsStore     *store,
                const char  *slot_id)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *request = js_store_meetings_book (store, slot_id, "", NULL, &error);
  g_autoptr(GPtrArray) items = NULL;
  JsMeetingItem *item;

  g_assert_no_error (error);
  sync_ok (f, store);
  items = upcoming (store);
  g_assert_cmpuint (items->len, ==, 1);
  item = items->pdata[0];
  g_assert_cmpint (item->state, ==, JS_MEETING_STATE_CONFIRMED);
  g_assert_cmpstr (item->request_id, ==, request);
  return g_strdup (item->id);
}

/* Offline, the booking waits on this PC; after the sync it is confirmed,
 * answers the call and its time is no longer offered. */
static void
test_book_offline (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsStore) store = open_profile (f, "home");
  g_autofree char *call_id = js_test_server_admin (f->server, "add-call", OKSANA, NULL);
  g_autoptr(GPtrArray) calls = NULL;
  g_autoptr(GPtrArray) slots = NULL;
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GPtrArray) after = NULL;
  g_autofree char *request = NULL;
  JsMeetingItem *item;

  sync_ok (f, store);
  calls = js_store_meetings_open_calls (store, &error);
  g_assert_cmpuint (calls->len, ==, 1);
  g_assert_cmpstr (((JsMeetingCallItem *) calls->pdata[0])->call->id, ==, call_id);
  /* Ten weekdays of three times, less those of tomorrow whose deadline
   * (a day before) passed today. */
  slots = free_slots (store, call_id);
  g_assert_cmpuint (slots->len, >=, 27);
  g_assert_cmpuint (slots->len, <=, 30);

  js_test_server_stop_only (f->server);
  request = js_store_meetings_book (store, slots->pdata[0], "Jeg kommer med min søn.", "uk",
                                    &error);
  g_assert_no_error (error);
  g_assert_false (try_sync (f, store, NULL, &error));
  g_assert_error (error, JS_SYNC_ERROR, JS_SYNC_ERROR_OFFLINE);
  g_clear_error (&error);
  items = upcoming (store);
  item = items->pdata[0];
  g_assert_cmpint (item->state, ==, JS_MEETING_STATE_WAITING);
  g_assert_cmpstr (item->interpreter, ==, "uk");
  g_assert_cmpstr (item->call_id, ==, call_id);
  g_ptr_array_unref (calls);
  calls = js_store_meetings_open_calls (store, &error);
  g_assert_cmpstr (((JsMeetingCallItem *) calls->pdata[0])->waiting, ==, request);

  js_test_server_relaunch (f->server);
  sync_ok (f, store);
  g_ptr_array_unref (items);
  items = upcoming (store);
  g_assert_cmpuint (items->len, ==, 1);
  item = items->pdata[0];
  g_assert_cmpint (item->state, ==, JS_MEETING_STATE_CONFIRMED);
  g_assert_cmpstr (item->record->slot, ==, slots->pdata[0]);
  g_assert_cmpstr (item->note, ==, "Jeg kommer med min søn.");
  g_assert_cmpstr (item->call_id, ==, call_id);
  g_ptr_array_unref (calls);
  calls = js_store_meetings_open_calls (store, &error);
  g_assert_cmpuint (calls->len, ==, 0);
  after = free_slots (store, NULL);
  g_assert_false (has_slot (after, slots->pdata[0]));
  g_assert_cmpuint (js_test_confirmed_meetings (f->jobcenter, OKSANA), ==, 1);
}

typedef struct {
  Fixture *f;
  JsStore *store;
} Racer;

static gpointer
race_thread (gpointer data)
{
  Racer *racer = data;

  sync_ok (racer->f, racer->store);
  return NULL;
}

/* Two PCs book one slot and sync at once: one meeting; the other PC is
 * told the time was taken and has other times to offer. */
static void
test_race (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  JsStore *stores[2] = { open_profile (f, "home"), open_profile (f, "library") };
  g_autofree char *none = js_test_server_admin (f->server, "add-slots", OKSANA, NULL);
  g_autoptr(GPtrArray) slots = NULL;
  GThread *threads[2];
  Racer racers[2];
  guint confirmed = 0;
  guint taken = 0;

  for (guint i = 0; i < 2; i++)
    sync_ok (f, stores[i]);
  slots = free_slots (stores[0], NULL);
  for (guint i = 0; i < 2; i++)
    {
      g_autofree char *request = js_store_meetings_book (stores[i], slots->pdata[0], "", NULL,
                                                         &error);

      g_assert_no_error (error);
      racers[i] = (Racer) { f, stores[i] };
    }
  for (guint i = 0; i < 2; i++)
    threads[i] = g_thread_new ("racer", race_thread, &racers[i]);
  for (guint i = 0; i < 2; i++)
    g_thread_join (threads[i]);

  /* Both PCs of the citizen see both: one meeting, one booking refused
   * because the time was taken, and other times to offer. */
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(GPtrArray) items = NULL;
      g_autoptr(GPtrArray) others = NULL;

      /* The first sync of the PC that lost may have pulled before the
       * winner's answer was written: one more brings everything. */
      sync_ok (f, stores[i]);
      items = upcoming (stores[i]);
      g_assert_cmpuint (items->len, ==, 2);
      confirmed = taken = 0;
      for (guint k = 0; k < items->len; k++)
        {
          JsMeetingItem *item = items->pdata[k];

          confirmed += item->state == JS_MEETING_STATE_CONFIRMED;
          taken += item->state == JS_MEETING_STATE_REJECTED &&
                   item->reason == JS_MEETING_REASON_SLOT_TAKEN;
        }
      g_assert_cmpuint (confirmed, ==, 1);
      g_assert_cmpuint (taken, ==, 1);
      others = free_slots (stores[i], NULL);
      g_assert_cmpuint (others->len, >, 0);
      g_assert_false (has_slot (others, slots->pdata[0]));
    }
  g_assert_cmpuint (js_test_confirmed_meetings (f->jobcenter, OKSANA), ==, 1);
  for (guint i = 0; i < 2; i++)
    g_object_unref (stores[i]);
}

/* A slot of Oksana's whose booking deadline passed. */
static char *
passed_slot (Fixture *f)
{
  g_autoptr(GPtrArray) slots = js_server_store_list_records (f->jobcenter, OKSANA,
                                                             JS_MEETING_SLOT_ENTITY, NULL);
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  for (guint i = 0; i < slots->len; i++)
    {
      g_autoptr(JsMeetingRecord) slot = js_meeting_record_from_node (JS_MEETING_SLOT_ENTITY,
                                                                     slots->pdata[i], 0, NULL);

      if (g_date_time_compare (slot->book_before, now) < 0)
        return g_strdup (slot->id);
    }
  g_assert_not_reached ();
}

static void
test_deadline_passed (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsStore) store = open_profile (f, "home");
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GPtrArray) past = NULL;
  g_autofree char *none = NULL;
  g_autofree char *slot = NULL;
  g_autofree char *request = NULL;
  g_autofree char *from = NULL;
  JsMeetingItem *item;
  GDate week_ago;

  js_today (&week_ago);
  g_date_subtract_days (&week_ago, 7);
  from = js_date_to_iso (&week_ago);
  none = js_test_server_admin (f->server, "add-slots", OKSANA, "--from", from, "--days", "7",
                               NULL);
  sync_ok (f, store);
  /* This PC offers no such time; the app bypassed, the jobcenter says no. */
  slot = passed_slot (f);
  request = js_store_meetings_book (store, slot, "", NULL, &error);
  g_assert_no_error (error);
  sync_ok (f, store);

  past = js_store_meetings_list (store, now, TRUE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (past->len, ==, 1);
  item = past->pdata[0];
  g_assert_cmpint (item->state, ==, JS_MEETING_STATE_REJECTED);
  g_assert_cmpint (item->reason, ==, JS_MEETING_REASON_DEADLINE_PASSED);
  g_assert_cmpuint (js_test_confirmed_meetings (f->jobcenter, OKSANA), ==, 0);

  /* Read, the refusal goes from the list. */
  g_assert_true (js_store_meetings_dismiss (store, request, &error));
  g_ptr_array_unref (past);
  past = js_store_meetings_list (store, now, TRUE, &error);
  g_assert_cmpuint (past->len, ==, 0);
}

/* A move leaves one meeting, at the new time, and frees the old one. */
static void
test_move (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsStore) store = open_profile (f, "home");
  g_autofree char *none = js_test_server_admin (f->server, "add-slots", OKSANA, "--from",
                                                "2099-01-05", "--days", "5", NULL);
  g_autoptr(GPtrArray) slots = NULL;
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GPtrArray) after = NULL;
  g_autofree char *meeting_id = NULL;
  g_autofree char *change = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  JsMeetingItem *item;
  GDateTime *until = NULL;

  sync_ok (f, store);
  slots = free_slots (store, NULL);
  meeting_id = book_confirmed (f, store, slots->pdata[0]);
  items = upcoming (store);
  g_assert_cmpint (js_meeting_item_can_move (items->pdata[0], now, &until), ==,
                   JS_MEETING_RULE_ALLOWED);
  g_assert_nonnull (until);

  change = js_store_meetings_move (store, meeting_id, slots->pdata[1], "", &error);
  g_assert_no_error (error);
  g_ptr_array_unref (items);
  items = upcoming (store);
  item = items->pdata[0];
  g_assert_nonnull (item->change);
  g_assert_cmpint (item->change->state, ==, JS_MEETING_STATE_WAITING);
  g_assert_cmpint (js_meeting_item_can_cancel (item, now, NULL), ==, JS_MEETING_RULE_BUSY);

  sync_ok (f, store);
  g_ptr_array_unref (items);
  items = upcoming (store);
  g_assert_cmpuint (items->len, ==, 1);
  item = items->pdata[0];
  g_assert_cmpstr (item->id, ==, meeting_id);
  g_assert_cmpint (item->state, ==, JS_MEETING_STATE_CONFIRMED);
  g_assert_cmpstr (item->record->slot, ==, slots->pdata[1]);
  g_assert_cmpint (item->record->revision, ==, 2);
  g_assert_null (item->change);
  after = free_slots (store, NULL);
  g_assert_true (has_slot (after, slots->pdata[0]));
  g_assert_false (has_slot (after, slots->pdata[1]));
  g_assert_cmpuint (js_test_confirmed_meetings (f->jobcenter, OKSANA), ==, 1);
}

/* A meeting and a free slot the jobcenter writes: the meeting may no
 * longer be moved or cancelled. */
static char *
add_late_meeting (Fixture  *f,
                  char    **free_slot)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(JsMeetingRecord) slot = g_new0 (JsMeetingRecord, 1);
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(JsonNode) meeting = NULL;
  g_autofree char *meeting_id = g_uuid_string_random ();

  slot->id = g_uuid_string_random ();
  slot->starts = g_date_time_add_days (now, 3);
  slot->ends = g_date_time_add_minutes (slot->starts, 30);
  slot->place = g_strdup ("Kalvebod Brygge 45");
  slot->caseworker = g_strdup ("Mette Hansen");
  slot->book_before = g_date_time_add_days (now, 2);
  slot->move_until = g_date_time_add_hours (now, -1);
  slot->cancel_until = g_date_time_add_hours (now, -2);
  node = js_meeting_record_to_node (JS_MEETING_SLOT_ENTITY, slot);
  meeting = js_meeting_on_slot (meeting_id, node);
  g_assert_true (js_server_store_put_record (f->jobcenter, OKSANA, JS_MEETING_ENTITY, meeting,
                                             &error));

  g_free (slot->id);
  slot->id = g_uuid_string_random ();
  slot->available = TRUE;
  g_clear_pointer (&node, json_node_unref);
  node = js_meeting_record_to_node (JS_MEETING_SLOT_ENTITY, slot);
  g_assert_true (js_server_store_put_record (f->jobcenter, OKSANA, JS_MEETING_SLOT_ENTITY, node,
                                             &error));
  g_assert_no_error (error);
  *free_slot = g_steal_pointer (&slot->id);
  return g_steal_pointer (&meeting_id);
}

/* Past the jobcenter's limits, a move is refused although the app was
 * bypassed, and so is a cancellation sent by hand over HTTP. */
static void
test_limits_enforced (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsStore) store = open_profile (f, "home");
  g_autofree char *slot = NULL;
  g_autofree char *meeting_id = add_late_meeting (f, &slot);
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GPtrArray) answers = NULL;
  g_autoptr(JsMeetingAnswer) answer = NULL;
  g_autoptr(JsTestConn) conn = NULL;
  g_autoptr(JsTestReply) reply = NULL;
  g_autoptr(GUri) uri = g_uri_parse (f->server->url, G_URI_FLAGS_NONE, NULL);
  g_autofree char *change = NULL;
  g_autofree char *cancel_id = g_uuid_string_random ();
  g_autofree char *op = g_uuid_string_random ();
  g_autofree char *body = NULL;
  JsMeetingItem *item;

  sync_ok (f, store);
  items = upcoming (store);
  item = items->pdata[0];
  g_assert_cmpint (js_meeting_item_can_move (item, now, NULL), ==, JS_MEETING_RULE_TOO_LATE);
  g_assert_cmpint (js_meeting_item_can_cancel (item, now, NULL), ==, JS_MEETING_RULE_TOO_LATE);

  change = js_store_meetings_move (store, meeting_id, slot, "", &error);
  g_assert_no_error (error);
  sync_ok (f, store);
  g_ptr_array_unref (items);
  items = upcoming (store);
  item = items->pdata[0];
  g_assert_cmpstr (item->id, ==, meeting_id);
  g_assert_cmpint (item->state, ==, JS_MEETING_STATE_CONFIRMED);
  g_assert_cmpint (item->change->state, ==, JS_MEETING_STATE_REJECTED);
  g_assert_cmpint (item->change->reason, ==, JS_MEETING_REASON_TOO_LATE);
  g_assert_cmpstr (item->record->slot, !=, slot);

  /* By hand, no app at all. */
  body = g_strdup_printf ("{\"operations\":[{\"op\":\"%s\",\"entity\":\"meeting-change\","
                          "\"id\":\"%s\",\"base_revision\":0,\"action\":\"put\",\"record\":"
                          "{\"id\":\"%s\",\"meeting\":\"%s\",\"action\":\"cancel\","
                          "\"slot\":null,\"note\":\"\"}}]}",
                          op, cancel_id, cancel_id, meeting_id);
  conn = js_test_conn_open (g_uri_get_port (uri), "127.0.0.1", &error);
  g_assert_no_error (error);
  reply = js_test_conn_request (conn, "POST", "/v1/push", f->token, body, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (reply->status, ==, 200);
  g_assert_nonnull (strstr (reply->body, "\"applied\""));

  answers = js_server_store_list_records (f->jobcenter, OKSANA, JS_MEETING_CHANGE_RESULT_ENTITY,
                                          &error);
  g_assert_cmpuint (answers->len, ==, 2);
  answer = js_meeting_answer_from_node (JS_MEETING_CHANGE_RESULT_ENTITY, answers->pdata[1],
                                        &error);
  g_assert_cmpstr (answer->id, ==, cancel_id);
  g_assert_false (answer->confirmed);
  g_assert_cmpstr (answer->reason, ==, "too-late");
  g_assert_cmpuint (js_test_confirmed_meetings (f->jobcenter, OKSANA), ==, 1);
}

/* A client killed at any moment of a move's sync ends, after a restart
 * and a sync, with exactly one meeting: at the new time. */
static void
test_killed_during_move (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (1105);
  g_autoptr(JsStore) store = open_profile (f, "home");
  g_autofree char *none = js_test_server_admin (f->server, "add-slots", OKSANA, "--from",
                                                "2099-01-05", "--days", "5", NULL);
  g_autoptr(GPtrArray) slots = NULL;
  g_autoptr(GPtrArray) items = NULL;
  g_autofree char *meeting_id = NULL;
  g_autofree char *path = g_strdup (js_store_get_path (store));
  guint killed = 0;

  sync_ok (f, store);
  slots = free_slots (store, NULL);
  meeting_id = book_confirmed (f, store, slots->pdata[0]);

  /* Each round asks for a move to the next slot (unless one is waiting)
   * and kills the sync somewhere in its first 30 ms. */
  for (guint round = 0; round < 12; round++)
    {
      const char *argv[] = { sync_once_binary, path, f->server->url, f->token, JS_TEST_OWNER,
                             NULL };
      g_autofree char *change = js_store_meetings_move (store, meeting_id,
                                                        slots->pdata[1 + round % 6], "", NULL);
      GPid pid;
      int status = 0;

      g_spawn_async (NULL, (char **) argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD, NULL, NULL, &pid,
                     &error);
      g_assert_no_error (error);
      g_usleep (g_rand_int_range (rand, 0, 30000));
      kill (pid, SIGKILL);
      waitpid (pid, &status, 0);
      g_spawn_close_pid (pid);
      killed += WIFSIGNALED (status);
      g_assert_cmpuint (js_test_confirmed_meetings (f->jobcenter, OKSANA), ==, 1);
    }
  g_assert_cmpuint (killed, >, 0);

  g_clear_object (&store);
  store = js_store_open (path, &error);
  g_assert_no_error (error);
  sync_ok (f, store);
  items = upcoming (store);
  g_assert_cmpuint (items->len, ==, 1);
  g_assert_cmpstr (((JsMeetingItem *) items->pdata[0])->id, ==, meeting_id);
  g_assert_cmpint (((JsMeetingItem *) items->pdata[0])->state, ==, JS_MEETING_STATE_CONFIRMED);
  g_assert_cmpint (js_store_journal_count (store, NULL), ==, 0);
  g_assert_cmpuint (js_test_confirmed_meetings (f->jobcenter, OKSANA), ==, 1);
}

/* A profile that pulled before v1.1 pulls everything once more. */
static void
test_level_pulls_again (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsStore) store = open_profile (f, "home");
  g_autofree char *call = js_test_server_admin (f->server, "add-call", OKSANA, NULL);
  g_autoptr(GPtrArray) calls = NULL;
  JsSyncStats stats;

  /* A cursor past everything, read at no level: not used. */
  g_assert_true (js_store_set_meta (store, JS_SYNC_CURSOR_KEY, "999999", &error));
  g_assert_true (try_sync (f, store, &stats, &error));
  g_assert_no_error (error);
  calls = js_store_meetings_open_calls (store, &error);
  g_assert_cmpuint (calls->len, ==, 1);

  /* Its clock agrees with the jobcenter's, which it read from the answers. */
  g_assert_true (stats.clock_known);
  g_assert_false (js_sync_clock_is_off (stats.clock_skew));
  g_assert_cmpuint (stats.refused, ==, 0);
}

static void
test_clock_skew (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_utc (2026, 12, 1, 10, 6, 0);
  gint64 skew = 0;

  g_assert_true (js_sync_clock_skew ("Tue, 01 Dec 2026 10:00:00 GMT", now, &skew));
  g_assert_cmpint (skew, ==, -360);
  g_assert_true (js_sync_clock_is_off (skew));
  g_assert_true (js_sync_clock_skew ("Tue, 01 Dec 2026 10:10:59 GMT", now, &skew));
  g_assert_cmpint (skew, ==, 299);
  g_assert_false (js_sync_clock_is_off (skew));
  g_assert_true (js_sync_clock_skew ("Tue, 01 Dec 2026 13:06:00 GMT", now, &skew));
  g_assert_true (js_sync_clock_is_off (skew));
  g_assert_false (js_sync_clock_skew ("yesterday", now, &skew));
  g_assert_false (js_sync_clock_skew (NULL, now, &skew));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  server_binary = g_getenv ("JOBSPOR_SERVER");
  sync_once_binary = g_getenv ("JOBSPOR_SYNC_ONCE");
  g_assert_nonnull (server_binary);
  g_assert_nonnull (sync_once_binary);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/sync/meetings/book-offline", test_book_offline);
  ADD ("/sync/meetings/race", test_race);
  ADD ("/sync/meetings/deadline-passed", test_deadline_passed);
  ADD ("/sync/meetings/move", test_move);
  ADD ("/sync/meetings/limits-enforced", test_limits_enforced);
  ADD ("/sync/meetings/killed-during-move", test_killed_during_move);
  ADD ("/sync/meetings/level-pulls-again", test_level_pulls_again);
#undef ADD
  g_test_add_func ("/sync/meetings/clock-skew", test_clock_skew);

  return g_test_run ();
}
