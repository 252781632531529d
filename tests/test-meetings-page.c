/* test-meetings-page.c: Meetings and This week drawn from synced meetings
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * On a virtual display, from a store filled by applying pages of changes
 * as the sync does (js-test-meetings.c): in English, Danish, Ukrainian and
 * Arabic every state is said in words (waiting to be sent, sent,
 * confirmed, rejected with the reason, cancelled), the call to book is at
 * the top and warned of in its last days, what the jobcenter allows is
 * told with its limit, the jobcenter's words are shown as written, and no
 * English is left. This week lists the meeting of the week and the call
 * whose last day is today.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "js-i18n.h"
#include "js-meeting-text.h"
#include "js-meetings-page.h"
#include "js-quote.h"
#include "js-store-meetings.h"
#include "js-test-meetings.h"
#include "js-this-week-page.h"
#include "js-time.h"

static void
test_languages (Fixture       *f,
                gconstpointer  data)
{
  static const char * const languages[] = { "en", "da", "uk", "ar" };
  /* Words that must be translated wherever they stand. */
  static const char * const english[] = {
    "Waiting to be sent", "Sent — waiting for the jobcenter", "Confirmed", "Rejected",
    "Cancelled", "Book a meeting", "What to bring", "What it is about", "Past meetings",
    "minutes", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    "January", "February", "March", "April", "June", "July", "August", "September", "October",
    "November", "December", "Warning", "You can move it here until", "caseworker",
  };

  for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
    {
      JsMeetingsPage *page;
      GtkWidget *window;
      g_autofree char *text = NULL;
      g_autofree char *m1 = NULL;
      g_autofree char *cancelled = NULL;
      gboolean attention = FALSE;

      js_i18n_apply (languages[l]);
      page = g_object_new (JS_TYPE_MEETINGS_PAGE, NULL);
      js_meetings_page_set_store (page, f->store);
      window = show (GTK_WIDGET (page));
      text = text_of (GTK_WIDGET (page));

      /* Every state in words, the refusal with its reason. */
      assert_has (text, _("Waiting to be sent"));
      assert_has (text, _("Sent — waiting for the jobcenter"));
      assert_has (text, _("Confirmed"));
      assert_has (text, _("Rejected"));
      assert_has (text, _("The time was no longer free. Choose another time."));
      assert_has (text, _("Cancelled"));
      assert_has (text, _("Past meetings"));

      /* The weekday, date, time and length in Danish time, in the language. */
      m1 = when_of (f->store, M1);
      assert_has (text, m1);
      cancelled = when_of (f->store, M3);
      assert_has (text, cancelled);

      /* The calls: the one of today warned of, the other waiting. */
      assert_has (text, _("Today is the last day to book. A missed deadline can affect your "
                          "benefits."));
      assert_has (text, _("You have asked for a time. Its state is shown below, under the "
                          "meeting."));
      {
        g_autofree char *warning = g_strdup_printf (_("Warning: %s"), "");

        assert_has (text, warning);
      }

      /* What is allowed, with the limit; what is no longer. */
      assert_has (text, _("The jobcenter does not let you move this meeting here. If you cannot "
                          "come, contact your caseworker."));
      {
        g_autoptr(GDateTime) m1_starts = copenhagen (3, 10);
        g_autoptr(GDateTime) until = g_date_time_add_days (m1_starts, -1);
        g_autofree char *moment = js_meeting_moment_text (until);
        g_autofree char *allowed = g_strdup_printf (_("You can move it here until %s."), moment);

        assert_has (text, allowed);
      }

      /* The jobcenter's words as written; the citizen's note. */
      {
        g_autofree char *purpose = js_from_jobcenter ("Opfølgning på din plan");
        g_autofree char *prepare = js_from_jobcenter ("Tag dit CV med.");
        g_autofree char *note = js_quote ("Jeg kommer med min søn.");

        assert_has (text, purpose);
        assert_has (text, prepare);
        assert_has (text, "Kalvebod Brygge 45, 1560 København V");
        assert_has (text, note);
        /* Quotation marks of the language: “…” would read backwards in
         * Arabic, and are not Ukrainian or Danish. */
        if (!g_str_equal (languages[l], "en"))
          assert_lacks (text, "“");
      }
      assert_has (text, js_interpreter_language_name ("uk"));

      /* The refused booking offers the next free time of its call. */
      {
        g_autofree char *s6 = NULL;
        g_autoptr(GDateTime) s6_starts = copenhagen (13, 14);
        g_autoptr(GDateTime) s6_ends = g_date_time_add_minutes (s6_starts, 30);
        JsMeetingRecord slot = { .starts = s6_starts, .ends = s6_ends };
        g_autofree char *when = js_meeting_when_text (&slot);

        s6 = g_strdup_printf (_("Free: %s"), when);
        assert_has (text, s6);
      }

      if (!g_str_equal (languages[l], "en"))
        for (guint i = 0; i < G_N_ELEMENTS (english); i++)
          assert_lacks (text, english[i]);

      g_object_get (page, "attention", &attention, NULL);
      g_assert_true (attention);

      /* The jobcenter's clock differs: the page says so. */
      {
        const char *notice = _("The clock of this PC differs from the jobcenter’s, so the "
                               "times shown for what is still allowed may be off. The "
                               "jobcenter’s answer decides.");
        g_autofree char *before = NULL;
        g_autofree char *after = NULL;

        before = text_of (GTK_WIDGET (page));
        assert_lacks (before, notice);
        js_meetings_page_set_clock_off (page, TRUE);
        after = text_of (GTK_WIDGET (page));
        assert_has (after, notice);
      }
      gtk_window_destroy (GTK_WINDOW (window));
    }
}

/* At 200 % text the page still fits a narrow window: rows and the call's
 * words wrap, no button is wider than the window. */
static void
test_large_text (Fixture       *f,
                 gconstpointer  data)
{
  GtkSettings *settings = gtk_settings_get_default ();
  JsMeetingsPage *page;
  GtkWidget *window;
  int dpi = 0;
  int minimum = 0;

  g_object_get (settings, "gtk-xft-dpi", &dpi, NULL);
  g_object_set (settings, "gtk-xft-dpi", 2 * 96 * 1024, NULL);
  js_i18n_apply ("uk");
  page = g_object_new (JS_TYPE_MEETINGS_PAGE, NULL);
  js_meetings_page_set_store (page, f->store);
  js_meetings_page_set_clock_off (page, TRUE);
  window = show (GTK_WIDGET (page));
  gtk_widget_measure (GTK_WIDGET (page), GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL,
                      NULL);
  g_test_message ("minimum width at 200 %% text: %d", minimum);
  g_assert_cmpint (minimum, <=, 480);
  gtk_window_destroy (GTK_WINDOW (window));
  g_object_set (settings, "gtk-xft-dpi", dpi, NULL);
}

static void
test_this_week (Fixture       *f,
                gconstpointer  data)
{
  static const char * const languages[] = { "en", "ar" };

  for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
    {
      JsThisWeekPage *page;
      GtkWidget *window;
      g_autofree char *text = NULL;
      g_autofree char *when = NULL;
      g_autofree char *meeting = NULL;
      g_autofree char *open = NULL;

      js_i18n_apply (languages[l]);
      page = g_object_new (JS_TYPE_THIS_WEEK_PAGE, NULL);
      js_this_week_page_set_store (page, f->store);
      window = show (GTK_WIDGET (page));
      text = text_of (GTK_WIDGET (page));

      when = when_of (f->store, MWEEK);
      meeting = g_strdup_printf (_("Meeting at the jobcenter: %s"), when);
      assert_has (text, meeting);
      assert_has (text, _("Today is the last day to book. A missed deadline can affect your "
                          "benefits."));
      open = plain (_("_Open Meetings"));
      assert_has (text, open);
      if (!g_str_equal (languages[l], "en"))
        assert_lacks (text, "Open Meetings");
      gtk_window_destroy (GTK_WINDOW (window));
    }
}

/* The item the keyboard is in: the meeting's id, or the call's when it
 * is on a call's button. */
static const char *
focused_item (GtkWidget *page)
{
  GtkWidget *focus = gtk_root_get_focus (gtk_widget_get_root (page));
  GtkWidget *group;

  g_assert_nonnull (focus);
  g_assert_true (gtk_widget_is_ancestor (focus, page));
  group = gtk_widget_get_ancestor (focus, ADW_TYPE_PREFERENCES_GROUP);
  if (group != NULL)
    return g_object_get_data (G_OBJECT (group), "js-item-id");
  g_assert_true (GTK_IS_BUTTON (focus));
  return gtk_actionable_get_action_target_value (GTK_ACTIONABLE (focus)) != NULL
           ? g_variant_get_string (gtk_actionable_get_action_target_value (GTK_ACTIONABLE (focus)),
                                   NULL)
           : NULL;
}

/* A reminder clicked puts the keyboard on its meeting, or on its call's
 * "Book" button; a call already answered on the booking waiting for it. */
static void
test_reveal (Fixture       *f,
             gconstpointer  data)
{
  JsMeetingsPage *page = g_object_new (JS_TYPE_MEETINGS_PAGE, NULL);
  GtkWidget *window;
  const char *answer;

  js_meetings_page_set_store (page, f->store);
  window = show (GTK_WIDGET (page));

  js_meetings_page_reveal (page, M4);
  settle ();
  g_assert_cmpstr (focused_item (GTK_WIDGET (page)), ==, M4);

  js_meetings_page_reveal (page, CALL_TODAY);
  settle ();
  g_assert_cmpstr (focused_item (GTK_WIDGET (page)), ==, CALL_TODAY);

  js_meetings_page_reveal (page, M2);
  settle ();
  g_assert_cmpstr (focused_item (GTK_WIDGET (page)), ==, M2);

  /* CALL_LATER has bookings waiting (S1's and S2's). */
  js_meetings_page_reveal (page, CALL_LATER);
  settle ();
  answer = focused_item (GTK_WIDGET (page));
  g_assert_true (g_strcmp0 (answer, f->waiting) == 0 || g_strcmp0 (answer, f->sent) == 0);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A shared PC reminds of nothing: the page says so and offers paper;
 * at home, the choice to be reminded also when Jobspor is closed. */
static void
test_shared_pc (Fixture       *f,
                gconstpointer  data)
{
  JsMeetingsPage *page;
  g_autofree char *home = NULL;
  g_autofree char *shared = NULL;
  g_autofree char *remind = NULL;
  g_autofree char *print = NULL;
  GtkWidget *window;

  /* The page is made in the language, as the window makes it anew. */
  js_i18n_apply ("ar");
  page = g_object_new (JS_TYPE_MEETINGS_PAGE, NULL);
  js_meetings_page_set_store (page, f->store);
  window = show (GTK_WIDGET (page));
  remind = plain (_("_Remind me also when Jobspor is closed"));
  print = plain (_("_Print meetings…"));
  g_assert_cmpstr (remind, !=, "Remind me also when Jobspor is closed");

  home = text_of (GTK_WIDGET (page));
  assert_has (home, remind);
  assert_has (home, print);
  assert_lacks (home, _("This is a shared PC, so Jobspor cannot remind you of your meetings. "
                        "Add them to your calendar, or print them and take the paper with you."));

  js_meetings_page_set_shared_pc (page, TRUE);
  shared = text_of (GTK_WIDGET (page));
  assert_lacks (shared, remind);
  assert_has (shared, print);
  assert_has (shared, _("This is a shared PC, so Jobspor cannot remind you of your meetings. "
                        "Add them to your calendar, or print them and take the paper with you."));
  gtk_window_destroy (GTK_WINDOW (window));
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

  ADD ("/meetings-page/languages", test_languages);
  ADD ("/meetings-page/large-text", test_large_text);
  ADD ("/meetings-page/this-week", test_this_week);
  ADD ("/meetings-page/reveal", test_reveal);
  ADD ("/meetings-page/shared-pc", test_shared_pc);

#undef ADD

  return g_test_run ();
}
