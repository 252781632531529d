/* test-meetings-page.c: Meetings and This week drawn from synced meetings
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * On a virtual display, from a store filled by applying pages of changes
 * as the sync does: in English, Danish, Ukrainian and Arabic every state
 * is said in words (waiting to be sent, sent, confirmed, rejected with
 * the reason, cancelled), the call to book is at the top and warned of in
 * its last days, what the jobcenter allows is told with its limit, the
 * jobcenter's words are shown as written, and no English is left. A
 * booking made in the dialog waits to be sent and answers the call; a
 * refused one offers other free times at once; a cancellation tells what
 * it may mean first; a move is asked for. This week lists the meeting of
 * the week and the call whose last day is today.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "js-booking-dialog.h"
#include "js-i18n.h"
#include "js-meeting-calendar.h"
#include "js-meeting-text.h"
#include "js-meetings-page.h"
#include "js-store-meetings.h"
#include "js-store-sync.h"
#include "js-test-util.h"
#include "js-this-week-page.h"
#include "js-time.h"

#define CALL_LATER "a4e5a0f1-3c1b-4f0e-9d43-2a7a3a2f5b10"
#define CALL_TODAY "b1d2c3e4-0000-4f0e-9d43-2a7a3a2f5b11"
#define S1 "d31bb8da-4b72-49ac-ab43-5a205e9f5001"
#define S2 "d31bb8da-4b72-49ac-ab43-5a205e9f5002"
#define S3 "d31bb8da-4b72-49ac-ab43-5a205e9f5003"
#define S4 "d31bb8da-4b72-49ac-ab43-5a205e9f5004"
#define S5 "d31bb8da-4b72-49ac-ab43-5a205e9f5005"
#define S6 "d31bb8da-4b72-49ac-ab43-5a205e9f5006"
#define M1 "09328d36-66b2-41d7-b9ef-920a4e600001"
#define M2 "09328d36-66b2-41d7-b9ef-920a4e600002"
#define M3 "09328d36-66b2-41d7-b9ef-920a4e600003"
#define M4 "09328d36-66b2-41d7-b9ef-920a4e600004"
#define MWEEK "09328d36-66b2-41d7-b9ef-920a4e600005"
#define PAST "09328d36-66b2-41d7-b9ef-920a4e600006"

#define CONSEQUENCE "Aflyser du uden grund, kan det få betydning for din ydelse."

typedef struct {
  char      *dir;
  JsStore   *store;
  GString   *changes;
  guint      revision;
  char      *waiting;    /* booking of S1 */
  char      *sent;       /* booking of S2 */
  char      *refused;    /* booking of S3 */
} Fixture;

static char *
utc (GDateTime *time)
{
  g_autoptr(GDateTime) in_utc = g_date_time_to_utc (time);

  return g_date_time_format (in_utc, "%Y-%m-%dT%H:%M:%SZ");
}

/* @hour:00 in Copenhagen, @days from today. */
static GDateTime *
copenhagen (int days,
            int hour)
{
  g_autoptr(GTimeZone) zone = js_copenhagen_zone ();
  GDate day;

  js_today (&day);
  g_date_add_days (&day, days);
  return g_date_time_new (zone, g_date_get_year (&day), g_date_get_month (&day),
                          g_date_get_day (&day), hour, 0, 0);
}

static void
add_change (Fixture    *f,
            const char *entity,
            const char *id,
            const char *record)
{
  g_string_append_printf (f->changes, "%s{\"entity\":\"%s\",\"id\":\"%s\",\"revision\":%u,"
                                      "\"deleted\":false,\"record\":%s}",
                          f->changes->len > 0 ? "," : "", entity, id, ++f->revision, record);
}

static void
apply (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *json = g_strdup_printf ("{\"changes\":[%s],\"cursor\":\"%u\",\"more\":false}",
                                           f->changes->str, f->revision);
  g_autoptr(JsChangesPage) page = js_changes_page_parse (json, strlen (json), &error);

  g_assert_no_error (error);
  g_assert_true (js_store_sync_apply_page (f->store, page, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (page->refused, ==, 0);
  g_string_truncate (f->changes, 0);
}

/* A slot or meeting: @kind, starting @starts, 30 minutes, with the
 * members in @more (JSON after a comma: a slot's "available", a
 * meeting's rules). */
static void
add_record (Fixture    *f,
            const char *entity,
            const char *id,
            GDateTime  *starts,
            const char *kind,
            const char *place,
            const char *more)
{
  g_autoptr(GDateTime) ends = g_date_time_add_minutes (starts, 30);
  g_autoptr(GDateTime) before = g_date_time_add_days (starts, -1);
  g_autofree char *starts_text = utc (starts);
  g_autofree char *ends_text = utc (ends);
  g_autofree char *before_text = utc (before);
  g_autofree char *record = g_strdup_printf (
    "{\"id\":\"%s\",\"starts\":\"%s\",\"ends\":\"%s\",\"kind\":\"%s\",\"place\":\"%s\","
    "\"caseworker\":\"Mette Hansen\",\"purpose\":\"Opfølgning på din plan\","
    "\"prepare\":\"Tag dit CV med.\"%s%s}",
    id, starts_text, ends_text, kind, place,
    g_str_equal (entity, JS_MEETING_SLOT_ENTITY) ? "" : ",\"status\":\"confirmed\"", more);

  if (g_str_equal (entity, JS_MEETING_SLOT_ENTITY))
    {
      g_autofree char *slot = g_strdup_printf ("%.*s,\"book_before\":\"%s\"}",
                                               (int) strlen (record) - 1, record, before_text);

      add_change (f, entity, id, slot);
    }
  else
    {
      g_autofree char *meeting = g_strdup_printf ("%.*s,\"slot\":\"%s\"}",
                                                  (int) strlen (record) - 1, record, id);

      add_change (f, entity, id, meeting);
    }
}

static char *
rules (GDateTime  *move_until,
       GDateTime  *cancel_until,
       const char *consequence)
{
  g_autofree char *move = move_until != NULL ? utc (move_until) : NULL;
  g_autofree char *cancel = cancel_until != NULL ? utc (cancel_until) : NULL;
  GString *text = g_string_new (NULL);

  if (move != NULL)
    g_string_append_printf (text, ",\"move_until\":\"%s\"", move);
  if (cancel != NULL)
    g_string_append_printf (text, ",\"cancel_until\":\"%s\"", cancel);
  if (consequence != NULL)
    g_string_append_printf (text, ",\"cancel_consequence\":\"%s\"", consequence);
  return g_string_free (text, FALSE);
}

static void
add_call (Fixture    *f,
          const char *id,
          int         last_day,
          const char *slots)
{
  g_autoptr(GDateTime) from = copenhagen (0, 0);
  g_autoptr(GDateTime) until = copenhagen (30, 0);
  g_autoptr(GDateTime) before = copenhagen (last_day + 1, 0);
  g_autofree char *from_text = utc (from);
  g_autofree char *until_text = utc (until);
  g_autofree char *before_text = utc (before);
  g_autofree char *record = g_strdup_printf (
    "{\"id\":\"%s\",\"from\":\"%s\",\"until\":\"%s\",\"book_before\":\"%s\","
    "\"purpose\":\"Jobsamtale med din rådgiver\",\"slots\":[%s],\"meeting\":null}",
    id, from_text, until_text, before_text, slots);

  add_change (f, JS_MEETING_CALL_ENTITY, id, record);
}

/* The journal operation of @id was sent and applied. */
static void
ack (JsStore    *store,
     const char *id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) ops = js_store_journal_peek (store, 100, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < ops->len; i++)
    {
      JsJournalOp *op = ops->pdata[i];
      const char *op_ids[] = { op->op_id, NULL };

      if (g_str_equal (op->record_id, id))
        g_assert_true (js_store_journal_ack (store, op_ids, &error));
    }
  g_assert_no_error (error);
}

static char *
book (JsStore    *store,
      const char *slot)
{
  g_autoptr(GError) error = NULL;
  char *id = js_store_meetings_book (store, slot, "Jeg kommer med min søn.", "uk", &error);

  g_assert_no_error (error);
  return id;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) week_start = g_date_time_add_minutes (now, -10);
  g_autoptr(GDateTime) past = g_date_time_add_days (now, -3);
  g_autoptr(GDateTime) hour_ago = g_date_time_add_hours (now, -1);
  g_autoptr(GDateTime) m1 = copenhagen (3, 10);
  g_autoptr(GDateTime) m2 = copenhagen (4, 10);
  g_autoptr(GDateTime) m3 = copenhagen (5, 10);
  g_autoptr(GDateTime) m4 = copenhagen (6, 13);
  g_autoptr(GDateTime) m1_move = g_date_time_add_days (m1, -1);
  g_autoptr(GDateTime) m1_cancel = g_date_time_add_days (m1, -2);
  g_autoptr(GDateTime) m4_cancel = g_date_time_add_days (m4, -1);
  g_autofree char *m1_rules = rules (m1_move, m1_cancel, CONSEQUENCE);
  g_autofree char *m2_rules = rules (m1_move, hour_ago, NULL);
  g_autofree char *m4_rules = rules (NULL, m4_cancel, NULL);
  g_autofree char *result = NULL;
  static const char * const slot_ids[] = { S1, S2, S3, S4, S5, S6 };

  f->dir = js_test_make_dir ("jobspor-meetings-page");
  path = g_build_filename (f->dir, "jobspor.db", NULL);
  f->store = js_store_open (path, &error);
  g_assert_no_error (error);
  f->changes = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (slot_ids); i++)
    {
      g_autoptr(GDateTime) starts = copenhagen (8 + i, 9 + i);

      add_record (f, JS_MEETING_SLOT_ENTITY, slot_ids[i], starts, i % 2 ? "phone" : "in-person",
                  i % 2 ? "Jobcenteret ringer til dig" : "Kalvebod Brygge 45, 1560 København V",
                  ",\"available\":true");
    }
  add_call (f, CALL_LATER, 9, "\"" S1 "\",\"" S2 "\",\"" S3 "\",\"" S6 "\"");
  add_call (f, CALL_TODAY, 0, "\"" S4 "\",\"" S5 "\"");
  add_record (f, JS_MEETING_ENTITY, M1, m1, "in-person", "Kalvebod Brygge 45, 1560 København V",
              m1_rules);
  add_record (f, JS_MEETING_ENTITY, M2, m2, "in-person", "Kalvebod Brygge 45, 1560 København V",
              m2_rules);
  add_record (f, JS_MEETING_ENTITY, M3, m3, "phone", "Jobcenteret ringer til dig", "");
  add_record (f, JS_MEETING_ENTITY, M4, m4, "video", "Linket kommer i Digital Post", m4_rules);
  add_record (f, JS_MEETING_ENTITY, MWEEK, week_start, "phone", "Jobcenteret ringer til dig", "");
  add_record (f, JS_MEETING_ENTITY, PAST, past, "in-person", "Kalvebod Brygge 45", "");
  apply (f);
  {
    /* M3 was cancelled. */
    g_autoptr(GDateTime) ends = g_date_time_add_minutes (m3, 30);
    g_autofree char *starts_text = utc (m3);
    g_autofree char *ends_text = utc (ends);
    g_autofree char *cancelled = g_strdup_printf (
      "{\"id\":\"" M3 "\",\"slot\":\"" M3 "\",\"starts\":\"%s\",\"ends\":\"%s\","
      "\"kind\":\"phone\",\"place\":\"Jobcenteret ringer til dig\","
      "\"caseworker\":\"Mette Hansen\",\"status\":\"cancelled\"}",
      starts_text, ends_text);

    add_change (f, JS_MEETING_ENTITY, M3, cancelled);
    apply (f);
  }

  /* One booking waits, one was sent, one was refused: its time taken. */
  f->waiting = book (f->store, S1);
  f->sent = book (f->store, S2);
  ack (f->store, f->sent);
  f->refused = book (f->store, S3);
  ack (f->store, f->refused);
  result = g_strdup_printf ("{\"id\":\"%s\",\"status\":\"rejected\",\"reason\":\"slot-taken\","
                            "\"meeting\":null}",
                            f->refused);
  add_change (f, JS_BOOKING_RESULT_ENTITY, f->refused, result);
  {
    g_autoptr(GDateTime) starts = copenhagen (10, 11);

    add_record (f, JS_MEETING_SLOT_ENTITY, S3, starts, "in-person",
                "Kalvebod Brygge 45, 1560 København V", ",\"available\":false");
  }
  apply (f);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->store);
  js_test_remove_tree (f->dir);
  g_free (f->dir);
  g_string_free (f->changes, TRUE);
  g_free (f->waiting);
  g_free (f->sent);
  g_free (f->refused);
  js_i18n_apply ("en");
}

/* Every visible label's text below @widget (a row's title and subtitle
 * are labels); a visible button without a label or an accessible name
 * fails. */
static void
collect (GtkWidget *widget,
         GString   *out)
{
  if (!gtk_widget_get_visible (widget))
    return;
  if (GTK_IS_LABEL (widget))
    g_string_append_printf (out, "%s\n", gtk_label_get_text (GTK_LABEL (widget)));
  if (GTK_IS_BUTTON (widget))
    g_assert_true (gtk_button_get_label (GTK_BUTTON (widget)) != NULL ||
                   gtk_button_get_icon_name (GTK_BUTTON (widget)) != NULL);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect (child, out);
}

static char *
text_of (GtkWidget *widget)
{
  GString *text = g_string_new (NULL);

  collect (widget, text);
  return g_string_free (text, FALSE);
}

static void
assert_has (const char *text,
            const char *expected)
{
  if (strstr (text, expected) == NULL)
    g_error ("“%s” is not on the page:\n%s", expected, text);
}

static void
assert_lacks (const char *text,
              const char *unexpected)
{
  if (strstr (text, unexpected) != NULL)
    g_error ("“%s” is on the page:\n%s", unexpected, text);
}

/* @label without its mnemonic underscore, as a label shows it. */
static char *
plain (const char *label)
{
  g_autoptr(GString) text = g_string_new (label);

  g_string_replace (text, "_", "", 0);
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
settle (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static GtkWidget *
show (GtkWidget *page)
{
  GtkWidget *window = gtk_window_new ();

  gtk_window_set_child (GTK_WINDOW (window), page);
  gtk_window_set_default_size (GTK_WINDOW (window), 900, 700);
  gtk_window_present (GTK_WINDOW (window));
  settle ();
  return window;
}

/* The one window of @type shown, or NULL. */
static GtkWindow *
find_window (GType type)
{
  GListModel *windows = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (windows); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (windows, i);

      /* The list holds it still. */
      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return window;
    }

  return NULL;
}

/* The first visible widget of @type below @widget, or NULL. */
static GtkWidget *
find_widget (GtkWidget *widget,
             GType      type)
{
  if (!gtk_widget_get_visible (widget))
    return NULL;
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, type);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static char *
when_of (JsStore    *store,
         const char *id)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GPtrArray) items = js_store_meetings_list (store, now, FALSE, NULL);

  for (guint i = 0; i < items->len; i++)
    {
      const JsMeetingItem *item = items->pdata[i];

      if (g_str_equal (item->id, id))
        return js_meeting_when_text (item->record);
    }

  g_error ("No meeting %s", id);
  return NULL;
}

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
      assert_has (text, "“Opfølgning på din plan”");
      assert_has (text, "“Tag dit CV med.”");
      assert_has (text, "Kalvebod Brygge 45, 1560 København V");
      assert_has (text, "“Jeg kommer med min søn.”");
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
  ADD ("/meetings-page/book", test_book);
  ADD ("/meetings-page/rebook", test_rebook);
  ADD ("/meetings-page/cancel-and-move", test_cancel_and_move);
  ADD ("/meetings-page/calendar", test_calendar);
  ADD ("/meetings-page/this-week", test_this_week);

#undef ADD

  return g_test_run ();
}
