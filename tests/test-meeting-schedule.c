/* test-meeting-schedule.c: reminders and This week's meetings, on a fake clock
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "js-meeting-schedule.h"
#include "js-test-util.h"

#define MEETING "09328d36-66b2-41d7-b9ef-920a4e609382"
#define WAITING "1d467f7e-236a-4831-8507-0aec2845275e"
#define CALL    "a4e5a0f1-3c1b-4f0e-9d43-2a7a3a2f5b10"

static GDateTime *
utc (int month,
     int day,
     int hour)
{
  return g_date_time_new_utc (2026, month, day, hour, 0, 0);
}

static JsMeetingItem *
meeting (const char     *id,
         JsMeetingState  state,
         GDateTime      *starts)
{
  JsMeetingItem *item = g_new0 (JsMeetingItem, 1);

  item->id = g_strdup (id);
  item->state = state;
  item->record = g_new0 (JsMeetingRecord, 1);
  item->record->starts = g_date_time_ref (starts);
  item->record->ends = g_date_time_add_minutes (starts, 30);
  return item;
}

static JsMeetingCallItem *
call (GDateTime  *book_before,
      const char *waiting)
{
  JsMeetingCallItem *item = g_new0 (JsMeetingCallItem, 1);

  item->call = g_new0 (JsMeetingCall, 1);
  item->call->id = g_strdup (CALL);
  item->call->book_before = g_date_time_ref (book_before);
  item->waiting = g_strdup (waiting);
  return item;
}

typedef struct {
  GPtrArray *meetings;
  GPtrArray *calls;
} Fixture;

/* A confirmed meeting on Thursday 10 December 2026 at 10:00 Copenhagen
 * (09:00 UTC), a booking still waiting on Wednesday, and a call to book
 * before Saturday 12 December (its last day is Friday 11). */
static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GDateTime) thursday = utc (12, 10, 9);
  g_autoptr(GDateTime) wednesday = utc (12, 9, 12);
  g_autoptr(GDateTime) deadline = utc (12, 11, 23);

  f->meetings = g_ptr_array_new_with_free_func ((GDestroyNotify) js_meeting_item_free);
  g_ptr_array_add (f->meetings, meeting (MEETING, JS_MEETING_STATE_CONFIRMED, thursday));
  g_ptr_array_add (f->meetings, meeting (WAITING, JS_MEETING_STATE_WAITING, wednesday));
  f->calls = g_ptr_array_new_with_free_func ((GDestroyNotify) js_meeting_call_item_free);
  g_ptr_array_add (f->calls, call (deadline, NULL));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_ptr_array_unref (f->meetings);
  g_ptr_array_unref (f->calls);
}

static void
test_when_due (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GPtrArray) reminders = js_reminders_for (f->meetings, f->calls);
  g_autoptr(GDateTime) monday = utc (12, 7, 8);
  g_autoptr(GDateTime) day_before = utc (12, 9, 9);
  g_autoptr(GDateTime) deadline_warning = utc (12, 9, 23);
  g_autoptr(GDateTime) two_hours = utc (12, 10, 7);
  const JsReminder *next;

  /* Only the confirmed meeting and the call: three, the earliest first. */
  g_assert_cmpuint (reminders->len, ==, 3);
  next = js_reminders_next (reminders, monday);
  g_assert_cmpint (next->kind, ==, JS_REMINDER_DAY_BEFORE);
  g_assert_true (g_date_time_equal (next->at, day_before));
  next = js_reminders_next (reminders, day_before);
  g_assert_cmpint (next->kind, ==, JS_REMINDER_DEADLINE);
  g_assert_cmpstr (next->id, ==, CALL);
  g_assert_true (g_date_time_equal (next->at, deadline_warning));
  next = js_reminders_next (reminders, deadline_warning);
  g_assert_cmpint (next->kind, ==, JS_REMINDER_TWO_HOURS);
  g_assert_true (g_date_time_equal (next->at, two_hours));
  g_assert_null (js_reminders_next (reminders, two_hours));
}

/* At start-up, what is due and still ahead; of a meeting, the latest. */
static void
test_near_at_start (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GPtrArray) reminders = js_reminders_for (f->meetings, f->calls);
  g_autoptr(GDateTime) monday = utc (12, 7, 8);
  g_autoptr(GDateTime) thursday_early = utc (12, 10, 8);
  g_autoptr(GDateTime) after = utc (12, 10, 10);
  g_autoptr(GPtrArray) none = js_reminders_near (reminders, monday);
  g_autoptr(GPtrArray) near = js_reminders_near (reminders, thursday_early);
  g_autoptr(GPtrArray) past = js_reminders_near (reminders, after);
  g_autoptr(GPtrArray) moved = NULL;
  g_autoptr(GDateTime) later = utc (12, 11, 9);
  JsReminder *first;

  g_assert_cmpuint (none->len, ==, 0);
  g_assert_cmpuint (near->len, ==, 2);
  first = near->pdata[0];
  g_assert_cmpint (first->kind, ==, JS_REMINDER_DEADLINE);
  g_assert_cmpint (((JsReminder *) near->pdata[1])->kind, ==, JS_REMINDER_TWO_HOURS);
  g_assert_cmpuint (past->len, ==, 1);

  /* A moved meeting's reminders have new keys: they are shown again. */
  {
    JsMeetingItem *item = f->meetings->pdata[0];
    g_autofree char *key = g_strdup (((JsReminder *) near->pdata[1])->key);

    g_date_time_unref (item->record->starts);
    item->record->starts = g_date_time_ref (later);
    moved = js_reminders_for (f->meetings, NULL);
    g_assert_cmpstr (((JsReminder *) moved->pdata[1])->key, !=, key);
  }
}

/* A booking waiting for the call stops its deadline reminder. */
static void
test_waiting_call (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GPtrArray) reminders = NULL;
  JsMeetingCallItem *item = f->calls->pdata[0];

  item->waiting = g_strdup (WAITING);
  reminders = js_reminders_for (f->meetings, f->calls);
  g_assert_cmpuint (reminders->len, ==, 2);
}

static void
test_this_week (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GPtrArray) monday_items = NULL;
  g_autoptr(GPtrArray) thursday_items = NULL;
  g_autoptr(GPtrArray) next_week = NULL;
  JsWeekMeeting *item;
  GDate today;
  GDate last_day;

  js_meeting_call_last_day (((JsMeetingCallItem *) f->calls->pdata[0])->call, &last_day);
  g_assert_cmpint (g_date_get_day (&last_day), ==, 11);

  js_test_set_date (&today, 7, 12, 2026);
  monday_items = js_this_week_meetings (&today, f->meetings, f->calls);
  g_assert_cmpuint (monday_items->len, ==, 3);
  item = monday_items->pdata[0];
  g_assert_cmpint (item->kind, ==, JS_WEEK_MEETING);
  g_assert_cmpstr (item->meeting->id, ==, WAITING);
  g_assert_cmpint (((JsWeekMeeting *) monday_items->pdata[1])->kind, ==, JS_WEEK_MEETING);
  item = monday_items->pdata[2];
  g_assert_cmpint (item->kind, ==, JS_WEEK_BOOKING_DEADLINE);
  g_assert_false (item->soon || item->overdue);

  /* Thursday: the deadline in its last two days is warned of. */
  js_test_set_date (&today, 10, 12, 2026);
  thursday_items = js_this_week_meetings (&today, f->meetings, f->calls);
  item = thursday_items->pdata[thursday_items->len - 1];
  g_assert_true (item->soon);

  /* The week after: the call is overdue; the meetings were last week. */
  js_test_set_date (&today, 14, 12, 2026);
  next_week = js_this_week_meetings (&today, NULL, f->calls);
  g_assert_cmpuint (next_week->len, ==, 1);
  g_assert_true (((JsWeekMeeting *) next_week->pdata[0])->overdue);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/meetings/reminders/when-due", test_when_due);
  ADD ("/meetings/reminders/near-at-start", test_near_at_start);
  ADD ("/meetings/reminders/waiting-call", test_waiting_call);
  ADD ("/meetings/this-week", test_this_week);
#undef ADD

  return g_test_run ();
}
