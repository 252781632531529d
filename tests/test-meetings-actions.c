/* test-meetings-actions.c: booking, moving, cancelling and the calendar file on Meetings
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * On a virtual display, from the store of js-test-meetings.c: a booking
 * made in the dialog waits to be sent and answers the call; a refused one
 * offers other free times at once; a cancellation tells what it may mean
 * first; a move is asked for; the calendar file is in the chosen
 * language, one event per meeting; the meetings print (for a shared PC,
 * where nothing reminds) with the calls, states and the jobcenter's words.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "js-booking-dialog.h"
#include "js-i18n.h"
#include "js-meeting-calendar.h"
#include "js-meeting-print.h"
#include "js-meeting-text.h"
#include "js-time.h"
#include "js-meetings-page.h"
#include "js-store-meetings.h"
#include "js-test-meetings.h"

static void
test_book (Fixture       *f,
           gconstpointer  data)
{
  JsMeetingsPage *page = g_object_new (JS_TYPE_MEETINGS_PAGE, NULL);
  GtkWidget *window;
  GtkWindow *dialog;
  GtkWidget *check;
  g_autofree char *offered = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GPtrArray) calls = NULL;
  g_autoptr(GPtrArray) items = NULL;
  guint waiting = 0;

  js_meetings_page_set_store (page, f->store);
  window = show (GTK_WIDGET (page));

  gtk_widget_activate_action (GTK_WIDGET (page), "meetings.book", "s", CALL_TODAY);
  settle ();
  dialog = find_window (JS_TYPE_BOOKING_DIALOG);
  g_assert_nonnull (dialog);
  offered = text_of (GTK_WIDGET (dialog));
  /* The call's two free times, by day, as of the last sync. */
  assert_has (offered, "Free times as of");
  assert_has (offered, "By phone, with Mette Hansen");
  assert_has (offered, "In person, with Mette Hansen");
  assert_lacks (offered, "There are no free times");

  /* Nothing chosen: nothing to book. */
  gtk_widget_activate_action (GTK_WIDGET (dialog), "booking.book", NULL);
  g_assert_true (find_window (JS_TYPE_BOOKING_DIALOG) == dialog);

  check = find_widget (GTK_WIDGET (dialog), GTK_TYPE_CHECK_BUTTON);
  g_assert_nonnull (check);
  /* The keyboard starts on the first time. */
  g_assert_true (gtk_root_get_focus (GTK_ROOT (dialog)) == check);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
  gtk_widget_activate_action (GTK_WIDGET (dialog), "booking.book", NULL);
  settle ();
  g_assert_null (find_window (JS_TYPE_BOOKING_DIALOG));

  /* It waits to be sent, and the call says a time was asked for. */
  calls = js_store_meetings_open_calls (f->store, NULL);
  for (guint i = 0; i < calls->len; i++)
    {
      const JsMeetingCallItem *call = calls->pdata[i];

      if (g_str_equal (call->call->id, CALL_TODAY))
        g_assert_nonnull (call->waiting);
    }
  items = js_store_meetings_list (f->store, now, FALSE, NULL);
  for (guint i = 0; i < items->len; i++)
    waiting += ((JsMeetingItem *) items->pdata[i])->state == JS_MEETING_STATE_WAITING;
  g_assert_cmpuint (waiting, ==, 2);

  after = text_of (GTK_WIDGET (page));
  assert_lacks (after, "Today is the last day to book.");
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A refused booking is booked again at a free time with one action, with
 * its note and interpreter, and the refusal goes. */
static void
test_rebook (Fixture       *f,
             gconstpointer  data)
{
  JsMeetingsPage *page = g_object_new (JS_TYPE_MEETINGS_PAGE, NULL);
  GtkWidget *window;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GPtrArray) items = NULL;
  g_autofree char *text = NULL;
  gboolean found = FALSE;

  js_meetings_page_set_store (page, f->store);
  window = show (GTK_WIDGET (page));
  gtk_widget_activate_action (GTK_WIDGET (page), "meetings.rebook-slot", "(ss)", f->refused,
                              S6);
  settle ();

  items = js_store_meetings_list (f->store, now, FALSE, NULL);
  for (guint i = 0; i < items->len; i++)
    {
      const JsMeetingItem *item = items->pdata[i];

      g_assert_cmpstr (item->id, !=, f->refused);
      if (g_str_equal (item->record->id, S6))
        {
          g_assert_cmpint (item->state, ==, JS_MEETING_STATE_WAITING);
          g_assert_cmpstr (item->note, ==, "Jeg kommer med min søn.");
          g_assert_cmpstr (item->interpreter, ==, "uk");
          found = TRUE;
        }
    }
  g_assert_true (found);
  text = text_of (GTK_WIDGET (page));
  assert_lacks (text, "The time was no longer free.");
  gtk_window_destroy (GTK_WINDOW (window));
}

static AdwMessageDialog *
open_cancel (JsMeetingsPage *page,
             const char     *meeting)
{
  AdwMessageDialog *dialog;

  gtk_widget_activate_action (GTK_WIDGET (page), "meetings.cancel", "s", meeting);
  settle ();
  dialog = ADW_MESSAGE_DIALOG (find_window (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_nonnull (dialog);
  return dialog;
}

static void
test_cancel_and_move (Fixture       *f,
                      gconstpointer  data)
{
  JsMeetingsPage *page = g_object_new (JS_TYPE_MEETINGS_PAGE, NULL);
  GtkWidget *window;
  AdwMessageDialog *dialog;
  GtkWindow *mover;
  GtkWidget *check;
  g_autofree char *text = NULL;

  js_i18n_apply ("da");
  js_meetings_page_set_store (page, f->store);
  window = show (GTK_WIDGET (page));

  /* Before cancelling: the jobcenter's words about benefits, or ours. */
  dialog = open_cancel (page, M4);
  assert_has (adw_message_dialog_get_body (dialog),
              _("If you cancel without a good reason, it can affect your benefits. If you are "
                "ill, call the jobcenter instead."));
  adw_message_dialog_response (dialog, "keep");
  gtk_window_destroy (GTK_WINDOW (dialog));
  settle ();

  dialog = open_cancel (page, M1);
  assert_has (adw_message_dialog_get_body (dialog), CONSEQUENCE);
  assert_lacks (adw_message_dialog_get_body (dialog), "What cancelling may mean");
  adw_message_dialog_response (dialog, "cancel");
  gtk_window_destroy (GTK_WINDOW (dialog));
  settle ();
  text = text_of (GTK_WIDGET (page));
  assert_has (text, _("You asked to cancel it"));

  /* M1 has a cancellation waiting: it cannot be moved as well; M2 can. */
  gtk_widget_activate_action (GTK_WIDGET (page), "meetings.move", "s", M2);
  settle ();
  mover = find_window (JS_TYPE_BOOKING_DIALOG);
  g_assert_nonnull (mover);
  /* A move asks for no interpreter: the booking did. */
  g_assert_null (find_widget (GTK_WIDGET (mover), GTK_TYPE_SWITCH));
  check = find_widget (GTK_WIDGET (mover), GTK_TYPE_CHECK_BUTTON);
  g_assert_nonnull (check);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
  gtk_widget_activate_action (GTK_WIDGET (mover), "booking.book", NULL);
  settle ();
  g_clear_pointer (&text, g_free);
  text = text_of (GTK_WIDGET (page));
  {
    g_autofree char *prefix = g_strdup_printf (_("You asked to move it to %s"), "");

    assert_has (text, prefix);
  }
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The calendar file in the chosen language, one event per meeting. */
static void
test_calendar (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GPtrArray) items = js_store_meetings_list (f->store, now, FALSE, NULL);
  g_autoptr(GPtrArray) confirmed = g_ptr_array_new ();
  g_autofree char *text = NULL;
  g_autofree char *summary = NULL;
  g_auto(GStrv) events = NULL;

  js_i18n_apply ("uk");
  for (guint i = 0; i < items->len; i++)
    if (((JsMeetingItem *) items->pdata[i])->state == JS_MEETING_STATE_CONFIRMED)
      g_ptr_array_add (confirmed, items->pdata[i]);
  g_assert_cmpuint (confirmed->len, ==, 4);

  text = js_meeting_calendar_text ((const JsMeetingItem * const *) confirmed->pdata,
                                   confirmed->len, now, &error);
  g_assert_no_error (error);
  summary = g_strdup_printf (_("Meeting at the jobcenter with %s"), "Mette Hansen");
  g_assert_cmpstr (summary, !=, "Meeting at the jobcenter with Mette Hansen");
  assert_has (text, summary);
  assert_has (text, "UID:" M1);
  assert_has (text, "TZID=Europe/Copenhagen");
  events = g_strsplit (text, "BEGIN:VEVENT", -1);
  g_assert_cmpuint (g_strv_length (events), ==, 5);
}

/* The printed meetings, read back from the PDF as a viewer shows them:
 * in Ukrainian, the calls to book, each meeting's state in words, the
 * jobcenter's words as written. */
static void
test_print (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GPtrArray) upcoming = js_store_meetings_list (f->store, now, FALSE, NULL);
  g_autoptr(GPtrArray) calls = js_store_meetings_open_calls (f->store, NULL);
  g_autoptr(JsPlanReport) report = NULL;
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  g_autofree char *path = g_build_filename (f->dir, "meetings.pdf", NULL);
  g_autofree char *output = NULL;
  g_autofree char *title = NULL;
  g_autofree char *call_title = NULL;
  int status;
  GDate today;

  js_i18n_apply ("uk");
  js_today (&today);
  g_assert_cmpuint (calls->len, ==, 2);
  report = js_meeting_print_report (upcoming, calls, &today, FALSE);
  g_assert_true (js_plan_report_write_pdf (report, path, "Meetings", &error));
  g_assert_no_error (error);

  g_assert_nonnull (pdftotext);
  {
    const char *argv[] = { pdftotext, "-enc", "UTF-8", path, "-", NULL };

    g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &output,
                  NULL, &status, &error);
  }
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));

  title = g_strdup (_("My meetings with the jobcenter"));
  g_assert_cmpstr (title, !=, "My meetings with the jobcenter");
  assert_has (output, title);
  for (guint i = 0; i < calls->len; i++)
    {
      g_clear_pointer (&call_title, g_free);
      call_title = js_meeting_call_title (((JsMeetingCallItem *) calls->pdata[i])->call);
      assert_has (output, call_title);
    }
  assert_has (output, js_meeting_state_name (JS_MEETING_STATE_CONFIRMED));
  assert_has (output, js_meeting_state_name (JS_MEETING_STATE_REJECTED));
  assert_has (output, "Mette Hansen");
  assert_has (output, "Tag dit CV med.");
  assert_has (output, "Jeg kommer med min søn.");
  assert_lacks (output, "Caseworker");
}

int
main (int   argc,
      char *argv[])
{
  js_i18n_init ();
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  js_i18n_apply ("en");

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/meetings-actions/book", test_book);
  ADD ("/meetings-actions/rebook", test_rebook);
  ADD ("/meetings-actions/cancel-and-move", test_cancel_and_move);
  ADD ("/meetings-actions/calendar", test_calendar);
  ADD ("/meetings-actions/print", test_print);

#undef ADD

  return g_test_run ();
}
