/* js-reminders.c: reminders of meetings and booking deadlines, while Jobspor runs
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A notification the day before and two hours before each confirmed
 * meeting, and two days before a booking deadline (src/plan decides
 * when), from the profile's store: at start for those that are near, then
 * each at its time. A reminder shown is remembered in the profile, so a
 * restart does not show it again; one of a meeting that moved is another.
 * Clicking one opens Meetings at that meeting or call ("app.show-meeting";
 * the desktop starts Jobspor for it through D-Bus when it is closed). The time comes from
 * the caller of js_reminders_check(), so tests never wait for hours; the
 * timer only wakes it, at least once an hour in case the clock changed.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "js-meeting-schedule.h"
#include "js-meeting-text.h"
#include "js-reminders.h"
#include "js-time.h"

/* The longest the timer sleeps: a clock set forward is noticed. */
#define WAKE_SECONDS_MAX 3600

struct _JsReminders {
  GObject       parent_instance;

  GApplication *application;      /* owns this */
  JsStore      *store;
  GSignalGroup *store_signals;
  GDateTime    *next_at;
  guint         timer;
};

G_DEFINE_FINAL_TYPE (JsReminders, js_reminders, G_TYPE_OBJECT)

static const JsMeetingItem *
find_meeting (GPtrArray  *meetings,
              const char *id)
{
  for (guint i = 0; i < meetings->len; i++)
    {
      const JsMeetingItem *item = meetings->pdata[i];

      if (g_str_equal (item->id, id))
        return item;
    }

  return NULL;
}

static const JsMeetingCallItem *
find_call (GPtrArray  *calls,
           const char *id)
{
  for (guint i = 0; i < calls->len; i++)
    {
      const JsMeetingCallItem *item = calls->pdata[i];

      if (g_str_equal (item->call->id, id))
        return item;
    }

  return NULL;
}

/* The notification of @reminder, in the language chosen now; NULL when
 * what it reminds of is gone. */
static GNotification *
notification_for (const JsReminder *reminder,
                  GPtrArray        *meetings,
                  GPtrArray        *calls)
{
  g_autoptr(GNotification) notification = NULL;
  g_autofree char *title = NULL;
  g_autofree char *body = NULL;

  if (reminder->kind == JS_REMINDER_DEADLINE)
    {
      const JsMeetingCallItem *call = find_call (calls, reminder->id);
      g_autofree char *days = NULL;
      GDate today;
      gboolean warn;

      if (call == NULL)
        return NULL;
      js_today (&today);
      title = js_meeting_call_title (call->call);
      days = js_meeting_call_days_text (call->call, &today, &warn);
      /* Translators: %s says how long is left to book */
      body = g_strdup_printf (_("%s Open Jobspor to book a time."), days);
    }
  else
    {
      const JsMeetingItem *meeting = find_meeting (meetings, reminder->id);
      g_autofree char *when = NULL;
      g_autofree char *channel = NULL;

      if (meeting == NULL)
        return NULL;
      title = g_strdup (_("Reminder: meeting at the jobcenter"));
      when = js_meeting_when_text (meeting->record);
      channel = js_meeting_channel_text (meeting->record);
      body = g_strdup_printf ("%s\n%s. %s", when, js_meeting_kind_name (meeting->record->kind),
                              channel);
    }

  notification = g_notification_new (title);
  g_notification_set_body (notification, body);
  g_notification_set_priority (notification, reminder->kind == JS_REMINDER_DAY_BEFORE
                                             ? G_NOTIFICATION_PRIORITY_NORMAL
                                             : G_NOTIFICATION_PRIORITY_HIGH);
  g_notification_set_default_action_and_target (notification, "app.show-meeting", "s",
                                                reminder->id);
  return g_steal_pointer (&notification);
}

static gboolean timer_cb (gpointer user_data);

static void
schedule (JsReminders *self,
          GDateTime   *now)
{
  gint64 seconds;

  g_clear_handle_id (&self->timer, g_source_remove);
  if (self->next_at == NULL)
    return;

  seconds = g_date_time_difference (self->next_at, now) / G_TIME_SPAN_SECOND + 1;
  self->timer = g_timeout_add_seconds ((guint) CLAMP (seconds, 1, WAKE_SECONDS_MAX), timer_cb,
                                       self);
}

static gboolean
timer_cb (gpointer user_data)
{
  JsReminders *self = user_data;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  self->timer = 0;
  js_reminders_check (self, now);
  return G_SOURCE_REMOVE;
}

/* The profile changed (a sync, a booking): what is due is looked at anew. */
static void
store_changed_cb (JsReminders *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  js_reminders_check (self, now);
}

static void
js_reminders_dispose (GObject *object)
{
  JsReminders *self = JS_REMINDERS (object);

  g_clear_handle_id (&self->timer, g_source_remove);
  g_clear_object (&self->store);
  g_clear_object (&self->store_signals);
  g_clear_pointer (&self->next_at, g_date_time_unref);

  G_OBJECT_CLASS (js_reminders_parent_class)->dispose (object);
}

static void
js_reminders_class_init (JsRemindersClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = js_reminders_dispose;
}

static void
js_reminders_init (JsReminders *self)
{
  self->store_signals = g_signal_group_new (JS_TYPE_STORE);
  g_signal_group_connect_swapped (self->store_signals, "changed-elsewhere",
                                  G_CALLBACK (store_changed_cb), self);
  g_signal_group_connect_swapped (self->store_signals, "journal-changed",
                                  G_CALLBACK (store_changed_cb), self);
}

/**
 * js_reminders_new:
 * @application: the application that shows the notifications (and owns
 *   the reminders)
 *
 * Returns: (transfer full): reminders of no profile yet
 */
JsReminders *
js_reminders_new (GApplication *application)
{
  JsReminders *self;

  g_return_val_if_fail (G_IS_APPLICATION (application), NULL);

  self = g_object_new (JS_TYPE_REMINDERS, NULL);
  self->application = application;
  return self;
}

/**
 * js_reminders_set_store:
 * @self: the reminders
 * @store: (nullable): the open profile's store, or %NULL for none
 *
 * Follows @store; shows at once the reminders that are near.
 */
void
js_reminders_set_store (JsReminders *self,
                        JsStore     *store)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  g_return_if_fail (JS_IS_REMINDERS (self));

  if (!g_set_object (&self->store, store))
    return;

  g_signal_group_set_target (self->store_signals, store);
  js_reminders_check (self, now);
}

/* The keys of the reminders shown already, read from the profile. */
static GHashTable *
read_shown (JsStore *store)
{
  g_autofree char *text = js_store_dup_meta (store, JS_REMINDERS_SHOWN_META, NULL);
  g_auto(GStrv) keys = g_strsplit (text != NULL ? text : "", "\n", -1);
  GHashTable *shown = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; keys[i] != NULL; i++)
    if (*keys[i] != '\0')
      g_hash_table_add (shown, g_strdup (keys[i]));
  return shown;
}

/**
 * js_reminders_check:
 * @self: the reminders
 * @now: the time now (the clock's, or a test's)
 *
 * Shows each reminder that is due at @now, whose meeting or deadline is
 * still ahead and that was not shown before, and waits for the next.
 */
void
js_reminders_check (JsReminders *self,
                    GDateTime   *now)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) meetings = NULL;
  g_autoptr(GPtrArray) calls = NULL;
  g_autoptr(GPtrArray) reminders = NULL;
  g_autoptr(GPtrArray) near = NULL;
  g_autoptr(GHashTable) shown = NULL;
  g_autoptr(GString) keep = g_string_new (NULL);
  g_autofree char *kept = NULL;
  const JsReminder *next;

  g_return_if_fail (JS_IS_REMINDERS (self));
  g_return_if_fail (now != NULL);

  g_clear_pointer (&self->next_at, g_date_time_unref);
  if (self->store == NULL)
    {
      g_clear_handle_id (&self->timer, g_source_remove);
      return;
    }

  if (!(meetings = js_store_meetings_list (self->store, now, FALSE, &error)) ||
      !(calls = js_store_meetings_open_calls (self->store, &error)))
    {
      g_warning ("Could not read the meetings to remind of: %s", error->message);
      return;
    }

  reminders = js_reminders_for (meetings, calls);
  near = js_reminders_near (reminders, now);
  shown = read_shown (self->store);
  for (guint i = 0; i < near->len; i++)
    {
      const JsReminder *reminder = near->pdata[i];
      g_autoptr(GNotification) notification = NULL;
      g_autofree char *id = NULL;

      if (g_hash_table_contains (shown, reminder->key) ||
          !(notification = notification_for (reminder, meetings, calls)))
        continue;
      /* One notification a meeting or call: the later replaces the earlier. */
      id = g_strconcat ("meeting-", reminder->id, NULL);
      g_application_send_notification (self->application, id, notification);
      g_hash_table_add (shown, g_strdup (reminder->key));
    }

  /* Only the keys of reminders still to come are kept. */
  for (guint i = 0; i < reminders->len; i++)
    {
      const JsReminder *reminder = reminders->pdata[i];

      if (g_hash_table_contains (shown, reminder->key))
        g_string_append_printf (keep, "%s\n", reminder->key);
    }
  kept = js_store_dup_meta (self->store, JS_REMINDERS_SHOWN_META, NULL);
  if (g_strcmp0 (kept != NULL ? kept : "", keep->str) != 0 &&
      !js_store_set_meta (self->store, JS_REMINDERS_SHOWN_META, keep->str, &error))
    g_warning ("Could not keep which reminders were shown: %s", error->message);

  if ((next = js_reminders_next (reminders, now)) != NULL)
    self->next_at = g_date_time_ref (next->at);
  schedule (self, now);
}

/**
 * js_reminders_get_next_at:
 * @self: the reminders
 *
 * Returns: (transfer none) (nullable): when the next reminder is due, as
 *   of the last check; %NULL when none is
 */
GDateTime *
js_reminders_get_next_at (JsReminders *self)
{
  g_return_val_if_fail (JS_IS_REMINDERS (self), NULL);

  return self->next_at;
}
