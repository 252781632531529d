/* js-session-clock.c: when a shared-PC session warns and when it ends
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Two limits municipal IT may set: an idle time-out (no key or click for
 * so long ends the session, after a warning that any key or click
 * cancels) and a length limit, as libraries use for their PCs (warned at
 * 10, 5 and 1 minute). Pure arithmetic on times the caller gives, so it
 * is tested without waiting.
 */

#include "config.h"

#include "js-session-clock.h"

static const guint notices[] = { 10, 5, 1 };

void
js_session_clock_init (JsSessionClock *clock,
                       guint           idle_minutes,
                       guint           limit_minutes,
                       gint64          now)
{
  *clock = (JsSessionClock) {
    .idle = idle_minutes * G_TIME_SPAN_MINUTE,
    .limit = limit_minutes * G_TIME_SPAN_MINUTE,
    .started = now,
    .last_activity = now,
  };
}

/* A key pressed or a click: the idle time-out starts again. */
void
js_session_clock_activity (JsSessionClock *clock,
                           gint64          now)
{
  clock->last_activity = MAX (clock->last_activity, now);
}

static guint
seconds_until (gint64 end,
               gint64 now)
{
  return (guint) ((end - now + G_USEC_PER_SEC - 1) / G_USEC_PER_SEC);
}

/**
 * js_session_clock_phase:
 * @seconds_left: (out) (optional): with %JS_SESSION_IDLE_WARNING, the
 *   seconds until the session ends, rounded up
 */
JsSessionPhase
js_session_clock_phase (const JsSessionClock *clock,
                        gint64                now,
                        guint                *seconds_left)
{
  gint64 warning = MIN (JS_SESSION_IDLE_WARNING_SECONDS * G_USEC_PER_SEC, clock->idle / 2);
  gint64 idle_end = clock->last_activity + clock->idle;

  if (seconds_left != NULL)
    *seconds_left = 0;

  if (clock->limit > 0 && now >= clock->started + clock->limit)
    return JS_SESSION_ENDED_LIMIT;
  if (clock->idle > 0 && now >= idle_end)
    return JS_SESSION_ENDED_IDLE;
  if (clock->idle > 0 && now >= idle_end - warning)
    {
      if (seconds_left != NULL)
        *seconds_left = seconds_until (idle_end, now);
      return JS_SESSION_IDLE_WARNING;
    }
  return JS_SESSION_GOING;
}

/**
 * js_session_clock_limit_notice:
 *
 * Returns: the minutes left (10, 5 or 1) when the session length limit is
 *   due to be told now and was not yet; 0 otherwise. A notice passed by
 *   (the PC asleep) is not given late: only the nearest one is.
 */
guint
js_session_clock_limit_notice (JsSessionClock *clock,
                               gint64          now)
{
  gint64 left;

  if (clock->limit == 0)
    return 0;
  left = clock->started + clock->limit - now;
  if (left <= 0)
    return 0;

  for (gint i = G_N_ELEMENTS (notices) - 1; i >= 0; i--)
    {
      guint bit = 1u << i;

      if (left > notices[i] * G_TIME_SPAN_MINUTE || clock->noticed & bit)
        continue;
      /* This one and every earlier one are done with. */
      for (gint j = 0; j <= i; j++)
        clock->noticed |= 1u << j;
      return clock->limit > notices[i] * G_TIME_SPAN_MINUTE ? notices[i] : 0;
    }
  return 0;
}
