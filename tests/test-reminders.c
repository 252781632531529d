/* test-reminders.c: reminders reach the desktop's notification daemon on time
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * On a session bus of its own (dbus-run-session), with a notification daemon of
 * the test's (js-test-notifications.c): the reminders that are near show at once, each once,
 * also after a restart; the next is due two hours before the meeting and
 * shows when the injected clock gets there (no sleeping for hours);
 * clicking one activates "app.show-meeting" for that meeting.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "js-i18n.h"
#include "js-meeting-text.h"
#include "js-reminders.h"
#include "js-store-sync.h"
#include "js-test-notifications.h"
#include "js-test-util.h"

#define MEETING "09328d36-66b2-41d7-b9ef-920a4e600001"
#define CALL    "a4e5a0f1-3c1b-4f0e-9d43-2a7a3a2f5b10"

typedef struct {
  JsTestNotifications *daemon;
  guint            clicked;      /* app.show-meeting activated */
  char            *clicked_id;   /* for this meeting or call */
  GApplication    *application;
  char            *dir;
  JsStore         *store;
  GDateTime       *starts;       /* the meeting's */
} Fixture;

static void
show_meeting_cb (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  Fixture *f = user_data;

  f->clicked++;
  g_free (f->clicked_id);
  f->clicked_id = g_variant_dup_string (parameter, NULL);
}

static char *
utc (GDateTime *time)
{
  return g_date_time_format (time, "%Y-%m-%dT%H:%M:%SZ");
}

static void
apply (JsStore    *store,
       const char *changes)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *json = g_strdup_printf ("{\"changes\":[%s],\"cursor\":\"9\",\"more\":false}",
                                           changes);
  g_autoptr(JsChangesPage) page = js_changes_page_parse (json, strlen (json), &error);

  g_assert_no_error (error);
  g_assert_true (js_store_sync_apply_page (store, page, &error));
  g_assert_no_error (error);
}

/* A confirmed meeting in 10 hours (its reminder of the day before is
 * due, the two hours' not yet) and a call to book closing in 30 hours
 * (in its last two days). */
static void
fill (Fixture *f)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) hour = g_date_time_new_utc (g_date_time_get_year (now),
                                                   g_date_time_get_month (now),
                                                   g_date_time_get_day_of_month (now),
                                                   g_date_time_get_hour (now), 0, 0);
  g_autoptr(GDateTime) ends = NULL;
  g_autoptr(GDateTime) before = g_date_time_add_hours (hour, 30);
  g_autoptr(GDateTime) until = g_date_time_add_days (hour, 20);
  g_autofree char *starts_text = NULL;
  g_autofree char *ends_text = NULL;
  g_autofree char *before_text = utc (before);
  g_autofree char *until_text = utc (until);
  g_autofree char *changes = NULL;

  f->starts = g_date_time_add_hours (hour, 10);
  ends = g_date_time_add_minutes (f->starts, 45);
  starts_text = utc (f->starts);
  ends_text = utc (ends);
  changes = g_strdup_printf (
    "{\"entity\":\"meeting\",\"id\":\"" MEETING "\",\"revision\":1,\"deleted\":false,"
    "\"record\":{\"id\":\"" MEETING "\",\"slot\":\"" MEETING "\",\"starts\":\"%s\","
    "\"ends\":\"%s\",\"kind\":\"phone\",\"place\":\"Jobcenteret ringer til dig\","
    "\"caseworker\":\"Mette Hansen\",\"status\":\"confirmed\"}},"
    "{\"entity\":\"meeting-call\",\"id\":\"" CALL "\",\"revision\":2,\"deleted\":false,"
    "\"record\":{\"id\":\"" CALL "\",\"from\":\"%s\",\"until\":\"%s\",\"book_before\":\"%s\","
    "\"purpose\":\"\",\"slots\":[],\"meeting\":null}}",
    starts_text, ends_text, starts_text, until_text, before_text);
  apply (f->store, changes);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  static const GActionEntry actions[] = { { "show-meeting", show_meeting_cb, "s" } };
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  f->daemon = js_test_notifications_new ();

  f->application = g_application_new ("dk.jobspor.Jobspor.ReminderTest",
                                       G_APPLICATION_DEFAULT_FLAGS);
  g_action_map_add_action_entries (G_ACTION_MAP (f->application), actions, 1, f);
  g_assert_true (g_application_register (f->application, NULL, &error));
  g_assert_no_error (error);

  f->dir = js_test_make_dir ("jobspor-reminders");
  path = g_build_filename (f->dir, "jobspor.db", NULL);
  f->store = js_store_open (path, &error);
  g_assert_no_error (error);
  fill (f);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->store);
  js_test_remove_tree (f->dir);
  g_free (f->dir);
  g_clear_pointer (&f->starts, g_date_time_unref);
  g_free (f->clicked_id);
  g_clear_object (&f->application);
  js_test_notifications_free (f->daemon);
}

static void
assert_shown (Fixture *f,
              guint    expected)
{
  js_test_notifications_wait (f->daemon, expected);
  g_assert_cmpuint (f->daemon->titles->len, ==, expected);
}

static gboolean
shown (Fixture    *f,
       const char *title)
{
  return js_test_notifications_shown (f->daemon, title);
}

static void
test_on_time (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(JsReminders) reminders = js_reminders_new (f->application);
  g_autoptr(JsReminders) restarted = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) two_hours = g_date_time_add_hours (f->starts, -2);
  g_autoptr(GDateTime) later = g_date_time_add_minutes (two_hours, 1);
  g_autofree char *when = NULL;
  g_autofree char *call_title = NULL;
  g_autoptr(GPtrArray) calls = NULL;

  js_i18n_apply ("da");
  /* Near at start: the day before the meeting, and the call's deadline. */
  js_reminders_set_store (reminders, f->store);
  assert_shown (f, 2);
  g_assert_true (shown (f, _("Reminder: meeting at the jobcenter")));
  calls = js_store_meetings_open_calls (f->store, NULL);
  call_title = js_meeting_call_title (((JsMeetingCallItem *) calls->pdata[0])->call);
  g_assert_true (shown (f, call_title));
  g_assert_cmpstr (_("Reminder: meeting at the jobcenter"), !=,
                   "Reminder: meeting at the jobcenter");
  {
    JsMeetingRecord record = { .starts = f->starts };
    g_autoptr(GDateTime) ends = g_date_time_add_minutes (f->starts, 45);

    record.ends = ends;
    when = js_meeting_when_text (&record);
  }
  g_assert_true (strstr (f->daemon->bodies->pdata[0], when) != NULL ||
                 strstr (f->daemon->bodies->pdata[1], when) != NULL);

  /* Waiting for two hours before the meeting; nothing again meanwhile. */
  g_assert_nonnull (js_reminders_get_next_at (reminders));
  g_assert_true (g_date_time_equal (js_reminders_get_next_at (reminders), two_hours));
  js_reminders_check (reminders, now);
  assert_shown (f, 2);

  /* The clock gets there: the meeting's notification again, in place of
   * the first. */
  js_reminders_check (reminders, later);
  assert_shown (f, 3);
  g_assert_cmpstr (f->daemon->titles->pdata[2], ==, _("Reminder: meeting at the jobcenter"));
  g_assert_cmpuint (f->daemon->replaced, ==, 1);

  /* After a restart, none is shown twice. */
  restarted = js_reminders_new (f->application);
  js_reminders_set_store (restarted, f->store);
  js_reminders_check (restarted, later);
  assert_shown (f, 3);

  /* Clicking it opens Meetings at that meeting. */
  js_test_notifications_click (f->daemon, 3);
  {
    gint64 deadline = g_get_monotonic_time () + 5 * G_TIME_SPAN_SECOND;

    while (f->clicked == 0 && g_get_monotonic_time () < deadline)
      g_main_context_iteration (NULL, FALSE);
  }
  g_assert_cmpuint (f->clicked, ==, 1);
  g_assert_cmpstr (f->clicked_id, ==, MEETING);
  js_i18n_apply ("en");
}

int
main (int   argc,
      char *argv[])
{
  js_i18n_init ();
  g_setenv ("GNOTIFICATION_BACKEND", "freedesktop", TRUE);
  g_test_init (&argc, &argv, NULL);
  js_i18n_apply ("en");

  g_test_add ("/reminders/on-time", Fixture, NULL, fixture_set_up, test_on_time,
              fixture_tear_down);

  return g_test_run ();
}
