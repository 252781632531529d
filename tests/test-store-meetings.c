/* test-store-meetings.c: meetings as the PC keeps them, without a server
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A slot whose times make no sense, pulled over one the PC had, takes it
 * away; slots and a booking pulled before version 7 of the schema are
 * kept through the migration; a booking is refused for a slot that is
 * not free, and two for one slot are not made; after a call's deadline
 * its slots are no longer offered to book, but still to move the meeting
 * that answered it to.
 */

#include "config.h"

#include "js-store-meetings.h"
#include "js-store-private.h"
#include "js-store-sync.h"
#include "js-test-store.h"
#include "js-test-util.h"

#define SLOT    "d31bb8da-4b72-49ac-ab43-5a205e9f5098"
#define REQUEST "59bbb830-2eb0-4793-a04a-476379d1679e"
#define CALL    "a4e5a0f1-3c1b-4f0e-9d43-2a7a3a2f5b10"
#define MEETING "09328d36-66b2-41d7-b9ef-920a4e600001"

#define SLOT_JSON(starts, ends) \
  "{\"id\":\"" SLOT "\",\"starts\":\"" starts "\",\"ends\":\"" ends "\",\"kind\":\"phone\"," \
  "\"place\":\"Jobcentret ringer til dig\",\"caseworker\":\"Mette Hansen\"," \
  "\"book_before\":\"2099-11-23T09:00:00Z\",\"available\":true}"

typedef struct {
  JsTestStore t;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  js_test_store_set_up (&f->t, "jobspor-meetings");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  js_test_store_tear_down (&f->t);
}

/* Applies a page of one change of @entity, as the sync does after
 * checking it. */
static guint
pull_record (JsStore    *store,
             const char *entity,
             const char *id,
             const char *json)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *page_json = g_strdup_printf (
    "{\"changes\":[{\"entity\":\"%s\",\"id\":\"%s\",\"revision\":1,"
    "\"deleted\":false,\"record\":%s}],\"cursor\":\"1\",\"more\":false}", entity, id, json);
  g_autoptr(JsChangesPage) page = js_changes_page_parse (page_json, strlen (page_json), &error);

  g_assert_no_error (error);
  g_assert_true (js_store_sync_apply_page (store, page, &error));
  g_assert_no_error (error);
  return page->refused;
}

static guint
pull (JsStore    *store,
      const char *json)
{
  return pull_record (store, JS_MEETING_SLOT_ENTITY, SLOT, json);
}

static guint
count_free (JsStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_utc (2099, 1, 1, 0, 0, 0);
  g_autoptr(GDateTime) fetched = NULL;
  g_autoptr(GPtrArray) days = js_store_meetings_free_slots (store, NULL, FALSE, now, &fetched,
                                                                    &error);

  g_assert_no_error (error);
  g_assert_nonnull (fetched);
  return days->len;
}

static void
test_nonsense_taken_away (Fixture       *f,
                          gconstpointer  data)
{
  g_assert_cmpuint (pull (f->t.store, SLOT_JSON ("2099-11-24T09:00:00Z", "2099-11-24T09:30:00Z")),
                    ==, 0);
  g_assert_cmpuint (count_free (f->t.store), ==, 1);

  /* The jobcenter's system sends it again ending before it starts: it is
   * no longer offered, and the page counts it. */
  g_assert_cmpuint (pull (f->t.store, SLOT_JSON ("2099-11-24T09:30:00Z", "2099-11-24T09:00:00Z")),
                    ==, 1);
  g_assert_cmpuint (count_free (f->t.store), ==, 0);
}

static void
test_booking_checked (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autofree char *unknown = NULL;
  g_autofree char *bad_language = NULL;

  pull (f->t.store, SLOT_JSON ("2099-11-24T09:00:00Z", "2099-11-24T09:30:00Z"));
  unknown = js_store_meetings_book (f->t.store, REQUEST, "", NULL, &error);
  g_assert_error (error, JS_STORE_ERROR, JS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  bad_language = js_store_meetings_book (f->t.store, SLOT, "", "Ukrainian", &error);
  g_assert_error (error, JS_STORE_ERROR, JS_STORE_ERROR_INVALID);
  g_clear_error (&error);

  first = js_store_meetings_book (f->t.store, SLOT, "", "uk", &error);
  g_assert_no_error (error);
  second = js_store_meetings_book (f->t.store, SLOT, "", NULL, &error);
  g_assert_error (error, JS_STORE_ERROR, JS_STORE_ERROR_INVALID);
  g_assert_null (second);
  g_assert_cmpint (js_store_journal_count (f->t.store, NULL), ==, 1);
  g_assert_cmpuint (count_free (f->t.store), ==, 0);
}

/* A call whose deadline has passed: its slot is not offered to book any
 * more, but the meeting that answered the call may still move to it. */
static void
test_call_deadline (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_utc (2099, 1, 1, 0, 0, 0);
  g_autoptr(GPtrArray) to_book = NULL;
  g_autoptr(GPtrArray) to_move = NULL;

  pull (f->t.store, SLOT_JSON ("2099-11-24T09:00:00Z", "2099-11-24T09:30:00Z"));
  g_assert_cmpuint (pull_record (f->t.store, JS_MEETING_CALL_ENTITY, CALL,
                                 "{\"id\":\"" CALL "\",\"from\":\"2098-11-01T00:00:00Z\","
                                 "\"until\":\"2099-12-31T00:00:00Z\","
                                 "\"book_before\":\"2098-12-01T00:00:00Z\",\"purpose\":\"\","
                                 "\"slots\":[\"" SLOT "\"],\"meeting\":\"" MEETING "\"}"),
                    ==, 0);

  to_book = js_store_meetings_free_slots (f->t.store, CALL, FALSE, now, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (to_book->len, ==, 0);

  to_move = js_store_meetings_free_slots (f->t.store, CALL, TRUE, now, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (to_move->len, ==, 1);
}

/* Records pulled at version 6 were kept as plain jobcenter records. */
static void
test_migrated (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_strdup_printf ("%s.v6", f->t.path);
  g_autoptr(JsStore) old = _js_store_open_at_version (path, 6, &error);
  g_autoptr(JsStore) store = NULL;
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_utc (2099, 1, 1, 0, 0, 0);
  JsMeetingItem *item;

  g_assert_no_error (error);
  g_assert_true (_js_store_exec (_js_store_get_db (old),
                                 "INSERT INTO server_record (entity, id, revision, body) VALUES"
                                 " ('meeting-slot', '" SLOT "', 2, '"
                                 SLOT_JSON ("2099-11-24T09:00:00Z", "2099-11-24T09:30:00Z")
                                 "'), ('booking-request', '" REQUEST "', 1,"
                                 " '{\"id\":\"" REQUEST "\",\"slot\":\"" SLOT "\","
                                 "\"note\":\"Tolk\"}'), ('booking-result', '" REQUEST "', 1,"
                                 " '{\"id\":\"" REQUEST "\",\"status\":\"rejected\","
                                 "\"reason\":\"slot-taken\",\"meeting\":null}');",
                                 &error));
  g_clear_object (&old);

  store = js_store_open (path, &error);
  g_assert_no_error (error);
  items = js_store_meetings_list (store, now, FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (items->len, ==, 1);
  item = items->pdata[0];
  g_assert_cmpstr (item->id, ==, REQUEST);
  g_assert_cmpint (item->state, ==, JS_MEETING_STATE_REJECTED);
  g_assert_cmpint (item->reason, ==, JS_MEETING_REASON_SLOT_TAKEN);
  g_assert_cmpstr (item->note, ==, "Tolk");
  g_assert_cmpstr (item->record->place, ==, "Jobcentret ringer til dig");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/store/meetings/nonsense-taken-away", test_nonsense_taken_away);
  ADD ("/store/meetings/booking-checked", test_booking_checked);
  ADD ("/store/meetings/migrated", test_migrated);
  ADD ("/store/meetings/call-deadline", test_call_deadline);
#undef ADD

  return g_test_run ();
}
