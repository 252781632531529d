/* js-meeting-schedule.c: reminders of meetings and booking deadlines, and
 * the meetings of this week
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Pure functions of the meetings, the calls and a time the caller gives
 * (its clock, or a test's): which reminders are due when — the day before
 * and two hours before each confirmed meeting, two days before a booking
 * deadline — which are near at start-up, and what This week shows.
 */

#include "config.h"

#include "js-meeting-schedule.h"
#include "js-time.h"

#define DEADLINE_HOURS (JS_CALL_WARN_DAYS * 24)

void
js_reminder_free (JsReminder *reminder)
{
  if (reminder == NULL)
    return;

  g_free (reminder->id);
  g_clear_pointer (&reminder->at, g_date_time_unref);
  g_clear_pointer (&reminder->event, g_date_time_unref);
  g_free (reminder->key);
  g_free (reminder);
}

/**
 * js_meeting_call_last_day:
 * @call: a call to book
 * @day: (out): the last day on which the citizen may book, in Copenhagen
 *   ("Book a meeting before Thursday 12 March" names the day after)
 */
void
js_meeting_call_last_day (const JsMeetingCall *call,
                          GDate               *day)
{
  g_autoptr(GDateTime) last = g_date_time_add_seconds (call->book_before, -1);

  js_date_in_copenhagen (last, day);
}

static void
add (GPtrArray      *reminders,
     JsReminderKind  kind,
     const char     *id,
     GDateTime      *event,
     int             hours_before)
{
  JsReminder *reminder = g_new0 (JsReminder, 1);

  reminder->kind = kind;
  reminder->id = g_strdup (id);
  reminder->event = g_date_time_ref (event);
  reminder->at = g_date_time_add_hours (event, -hours_before);
  reminder->key = g_strdup_printf ("%d/%s/%" G_GINT64_FORMAT, kind, id,
                                   g_date_time_to_unix (event));
  g_ptr_array_add (reminders, reminder);
}

static int
compare_reminders (gconstpointer a,
                   gconstpointer b)
{
  const JsReminder *x = *(JsReminder **) a;
  const JsReminder *y = *(JsReminder **) b;

  return g_date_time_compare (x->at, y->at);
}

/**
 * js_reminders_for:
 * @meetings: (element-type JsMeetingItem): the meetings still to come
 *   (js_store_meetings_list())
 * @calls: (nullable) (element-type JsMeetingCallItem): the open calls
 *   (js_store_meetings_open_calls())
 *
 * Only confirmed meetings are reminded of, and only calls with no booking
 * waiting.
 *
 * Returns: (transfer full) (element-type JsReminder): every reminder, the
 *   earliest first
 */
GPtrArray *
js_reminders_for (GPtrArray *meetings,
                  GPtrArray *calls)
{
  GPtrArray *reminders = g_ptr_array_new_with_free_func ((GDestroyNotify) js_reminder_free);

  for (guint i = 0; meetings != NULL && i < meetings->len; i++)
    {
      const JsMeetingItem *item = meetings->pdata[i];

      if (item->state != JS_MEETING_STATE_CONFIRMED)
        continue;
      add (reminders, JS_REMINDER_DAY_BEFORE, item->id, item->record->starts, 24);
      add (reminders, JS_REMINDER_TWO_HOURS, item->id, item->record->starts, 2);
    }

  for (guint i = 0; calls != NULL && i < calls->len; i++)
    {
      const JsMeetingCallItem *item = calls->pdata[i];

      if (item->waiting == NULL)
        add (reminders, JS_REMINDER_DEADLINE, item->call->id, item->call->book_before,
             DEADLINE_HOURS);
    }

  g_ptr_array_sort (reminders, compare_reminders);
  return reminders;
}

/**
 * js_reminders_near:
 * @reminders: (element-type JsReminder): from js_reminders_for()
 * @now: the time now
 *
 * What to show at start-up: the reminders already due whose meeting or
 * deadline is still ahead. Of one meeting's, only the latest is near.
 *
 * Returns: (transfer container) (element-type JsReminder): borrowed from
 *   @reminders, the earliest first
 */
GPtrArray *
js_reminders_near (GPtrArray *reminders,
                   GDateTime *now)
{
  GPtrArray *near = g_ptr_array_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  /* From the latest back, so that the latest of each is kept. */
  for (guint i = reminders->len; i > 0; i--)
    {
      JsReminder *reminder = reminders->pdata[i - 1];

      if (g_date_time_compare (reminder->at, now) > 0 ||
          g_date_time_compare (reminder->event, now) <= 0 ||
          !g_hash_table_add (seen, reminder->id))
        continue;
      g_ptr_array_insert (near, 0, reminder);
    }

  return near;
}

/**
 * js_reminders_next:
 * @reminders: (element-type JsReminder): from js_reminders_for()
 * @now: the time now
 *
 * Returns: (transfer none) (nullable): the next reminder due after @now,
 *   to wait for; %NULL when none
 */
const JsReminder *
js_reminders_next (GPtrArray *reminders,
                   GDateTime *now)
{
  for (guint i = 0; i < reminders->len; i++)
    {
      const JsReminder *reminder = reminders->pdata[i];

      if (g_date_time_compare (reminder->at, now) > 0)
        return reminder;
    }

  return NULL;
}

static JsWeekMeeting *
week_meeting (JsWeekMeetingKind  kind,
              const GDate       *date)
{
  JsWeekMeeting *item = g_new0 (JsWeekMeeting, 1);

  item->kind = kind;
  item->date = *date;
  return item;
}

static int
compare_by_date (gconstpointer a,
                 gconstpointer b)
{
  const JsWeekMeeting *x = *(JsWeekMeeting **) a;
  const JsWeekMeeting *y = *(JsWeekMeeting **) b;
  int order = g_date_compare (&x->date, &y->date);

  return order != 0 ? order : (int) y->kind - (int) x->kind;
}

/**
 * js_this_week_meetings:
 * @today: today in Copenhagen
 * @meetings: (element-type JsMeetingItem): the meetings still to come
 * @calls: (element-type JsMeetingCallItem): the open calls
 *
 * For This week, beside js_this_week(): the meetings up to this week's
 * Sunday that stand or are asked for (not refused, not cancelled), and
 * the calls whose last day to book falls by Sunday or has passed, a
 * deadline first on its day.
 *
 * Returns: (transfer full) (element-type JsWeekMeeting): the items, by
 *   date; they borrow from @meetings and @calls
 */
GPtrArray *
js_this_week_meetings (const GDate *today,
                       GPtrArray   *meetings,
                       GPtrArray   *calls)
{
  GPtrArray *items = g_ptr_array_new_with_free_func (g_free);
  GDate sunday = *today;
  GDate day;

  g_date_add_days (&sunday, 7 - g_date_get_weekday (today));

  for (guint i = 0; meetings != NULL && i < meetings->len; i++)
    {
      const JsMeetingItem *meeting = meetings->pdata[i];
      JsWeekMeeting *item;

      if (meeting->state == JS_MEETING_STATE_REJECTED ||
          meeting->state == JS_MEETING_STATE_CANCELLED)
        continue;
      js_date_in_copenhagen (meeting->record->starts, &day);
      if (g_date_compare (&day, &sunday) > 0)
        continue;
      item = week_meeting (JS_WEEK_MEETING, &day);
      item->meeting = meeting;
      g_ptr_array_add (items, item);
    }

  for (guint i = 0; calls != NULL && i < calls->len; i++)
    {
      const JsMeetingCallItem *call = calls->pdata[i];
      JsWeekMeeting *item;

      js_meeting_call_last_day (call->call, &day);
      if (g_date_compare (&day, &sunday) > 0)
        continue;
      item = week_meeting (JS_WEEK_BOOKING_DEADLINE, &day);
      item->call = call;
      item->overdue = g_date_compare (&day, today) < 0;
      item->soon = !item->overdue && g_date_days_between (today, &day) < JS_CALL_WARN_DAYS;
      g_ptr_array_add (items, item);
    }

  g_ptr_array_sort (items, compare_by_date);
  return items;
}
