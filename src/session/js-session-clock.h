/* js-session-clock.h: when a shared-PC session warns and when it ends
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The idle warning comes this long before the end (or halfway through a
 * shorter idle time-out); any key or click cancels it. */
#define JS_SESSION_IDLE_WARNING_SECONDS 120

typedef enum {
  JS_SESSION_GOING,
  JS_SESSION_IDLE_WARNING,
  JS_SESSION_ENDED_IDLE,
  JS_SESSION_ENDED_LIMIT,
} JsSessionPhase;

/* All times are monotonic microseconds (g_get_monotonic_time()), so that
 * a clock set back or forward, or a change to summer time, moves nothing. */
typedef struct {
  gint64 idle;           /* 0: no idle time-out */
  gint64 limit;          /* 0: no session length limit */
  gint64 started;
  gint64 last_activity;
  guint  noticed;        /* the limit notices given: minutes left, as bits */
} JsSessionClock;

void           js_session_clock_init         (JsSessionClock *clock,
                                              guint           idle_minutes,
                                              guint           limit_minutes,
                                              gint64          now);
void           js_session_clock_activity     (JsSessionClock *clock,
                                              gint64          now);
JsSessionPhase js_session_clock_phase        (const JsSessionClock *clock,
                                              gint64          now,
                                              guint          *seconds_left);
guint          js_session_clock_limit_notice (JsSessionClock *clock,
                                              gint64          now);

G_END_DECLS
