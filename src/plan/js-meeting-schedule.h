/* js-meeting-schedule.h: reminders of meetings and booking deadlines, and
 * the meetings of this week
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "js-store-meetings.h"

G_BEGIN_DECLS

/* A booking deadline is warned of in its last 2 days (Copenhagen). */
#define JS_CALL_WARN_DAYS 2

typedef enum {
  JS_REMINDER_DAY_BEFORE,
  JS_REMINDER_TWO_HOURS,
  JS_REMINDER_DEADLINE,
} JsReminderKind;

/**
 * JsReminder:
 * @kind: the day before a meeting, two hours before it, or two days
 *   before a booking deadline
 * @id: the meeting's id, or the call's
 * @at: when the reminder is due
 * @event: when the meeting starts, or the booking deadline
 * @key: the same for the same reminder of the same time, another when
 *   the meeting moves: to remember which were shown
 *
 * One reminder to show.
 */
typedef struct {
  JsReminderKind  kind;
  char           *id;
  GDateTime      *at;
  GDateTime      *event;
  char           *key;
} JsReminder;

typedef enum {
  JS_WEEK_MEETING,
  JS_WEEK_BOOKING_DEADLINE,
} JsWeekMeetingKind;

/**
 * JsWeekMeeting:
 * @kind: a meeting this week, or a call to book whose deadline falls this
 *   week or has passed
 * @date: the meeting's day, or the last day to book (Copenhagen)
 * @overdue: the last day to book has passed
 * @soon: the deadline is in its last 2 days (warn)
 * @meeting: (nullable): the meeting or booking, borrowed from the list given
 * @call: (nullable): the call, borrowed from the list given
 *
 * One item of "This week" about meetings.
 */
typedef struct {
  JsWeekMeetingKind        kind;
  GDate                    date;
  gboolean                 overdue;
  gboolean                 soon;
  const JsMeetingItem     *meeting;
  const JsMeetingCallItem *call;
} JsWeekMeeting;

void       js_meeting_call_last_day (const JsMeetingCall *call,
                                     GDate               *day);
GPtrArray *js_reminders_for         (GPtrArray           *meetings,
                                     GPtrArray           *calls);
GPtrArray *js_reminders_near        (GPtrArray           *reminders,
                                     GDateTime           *now);
const JsReminder *js_reminders_next (GPtrArray           *reminders,
                                     GDateTime           *now);
void       js_reminder_free         (JsReminder          *reminder);
GPtrArray *js_this_week_meetings    (const GDate         *today,
                                     GPtrArray           *meetings,
                                     GPtrArray           *calls);

G_END_DECLS
