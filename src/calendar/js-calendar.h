/* js-calendar.h: meetings as an iCalendar file (RFC 5545)
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define JS_CALENDAR_ERROR (js_calendar_error_quark ())

typedef enum {
  JS_CALENDAR_ERROR_FAILED,
} JsCalendarError;

/**
 * JsCalendarEvent:
 * @uid: the meeting's UUID: the event keeps it through moves
 * @sequence: the meeting's revision: higher after every move
 * @starts: when it starts
 * @ends: when it ends
 * @cancelled: whether it was cancelled
 * @summary: the title, in the citizen's language
 * @location: (nullable): where, in the citizen's language (for a phone or
 *   video meeting, how it happens)
 * @description: (nullable): what it is about and what to bring
 *
 * One meeting, with the words the caller has already translated.
 */
typedef struct {
  const char *uid;
  gint64      sequence;
  GDateTime  *starts;
  GDateTime  *ends;
  gboolean    cancelled;
  const char *summary;
  const char *location;
  const char *description;
} JsCalendarEvent;

/* The reminder in every event: this long before the meeting. */
#define JS_CALENDAR_ALARM_MINUTES 120

GQuark  js_calendar_error_quark (void);
char   *js_calendar_write       (const JsCalendarEvent *events,
                                 guint                  n_events,
                                 GDateTime             *now,
                                 GError               **error);

G_END_DECLS
