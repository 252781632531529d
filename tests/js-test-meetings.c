/* js-test-meetings.c: the meetings, calls and bookings the Meetings tests look at
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A store filled by applying pages of changes as the sync does: free
 * times, a call to book later and one whose last day is today, confirmed
 * meetings with and without the jobcenter's rules, a cancelled one, one
 * this week, one past; a booking waiting, one sent, one refused. And
 * what the tests use to read a page as a person would.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "js-i18n.h"
#include "js-meeting-text.h"
#include "js-store-meetings.h"
#include "js-store-sync.h"
#include "js-test-meetings.h"
#include "js-test-util.h"
#include "js-time.h"


static char *
utc (GDateTime *time)
{
  g_autoptr(GDateTime) in_utc = g_date_time_to_utc (time);

  return g_date_time_format (in_utc, "%Y-%m-%dT%H:%M:%SZ");
}

/* @hour:00 in Copenhagen, @days from today. */
GDateTime *
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

void
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

void
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

char *
text_of (GtkWidget *widget)
{
  GString *text = g_string_new (NULL);

  collect (widget, text);
  return g_string_free (text, FALSE);
}

void
assert_has (const char *text,
            const char *expected)
{
  if (strstr (text, expected) == NULL)
    g_error ("“%s” is not on the page:\n%s", expected, text);
}

void
assert_lacks (const char *text,
              const char *unexpected)
{
  if (strstr (text, unexpected) != NULL)
    g_error ("“%s” is on the page:\n%s", unexpected, text);
}

/* @label without its mnemonic underscore, as a label shows it. */
char *
plain (const char *label)
{
  g_autoptr(GString) text = g_string_new (label);

  g_string_replace (text, "_", "", 0);
  return g_string_free (g_steal_pointer (&text), FALSE);
}

void
settle (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

GtkWidget *
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
GtkWindow *
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
GtkWidget *
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

char *
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
