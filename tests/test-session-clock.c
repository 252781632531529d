/* test-session-clock.c: a shared-PC session's warnings and end, without waiting
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "js-session-clock.h"

#define START  (1000 * G_TIME_SPAN_HOUR)
#define AT(m, s) (START + (m) * G_TIME_SPAN_MINUTE + (s) * G_TIME_SPAN_SECOND)

static JsSessionPhase
phase (const JsSessionClock *clock,
       gint64                now,
       guint                *seconds)
{
  return js_session_clock_phase (clock, now, seconds);
}

/* Ten idle minutes: quiet for eight, a countdown for two, then the end;
 * a key press in the countdown starts the ten minutes again. */
static void
test_idle (void)
{
  JsSessionClock clock;
  guint seconds = 0;

  js_session_clock_init (&clock, 10, 0, START);
  g_assert_cmpint (phase (&clock, AT (7, 59), &seconds), ==, JS_SESSION_GOING);
  g_assert_cmpint (phase (&clock, AT (8, 0), &seconds), ==, JS_SESSION_IDLE_WARNING);
  g_assert_cmpuint (seconds, ==, 120);
  g_assert_cmpint (phase (&clock, AT (9, 59), &seconds), ==, JS_SESSION_IDLE_WARNING);
  g_assert_cmpuint (seconds, ==, 1);

  js_session_clock_activity (&clock, AT (9, 0));
  g_assert_cmpint (phase (&clock, AT (10, 0), &seconds), ==, JS_SESSION_GOING);
  g_assert_cmpint (phase (&clock, AT (17, 0), &seconds), ==, JS_SESSION_IDLE_WARNING);
  g_assert_cmpuint (seconds, ==, 120);
  g_assert_cmpint (phase (&clock, AT (19, 0), &seconds), ==, JS_SESSION_ENDED_IDLE);
  g_assert_cmpint (phase (&clock, AT (300, 0), &seconds), ==, JS_SESSION_ENDED_IDLE);
}

/* A short time-out warns for its second half. */
static void
test_idle_short (void)
{
  JsSessionClock clock;
  guint seconds = 0;

  js_session_clock_init (&clock, 1, 0, START);
  g_assert_cmpint (phase (&clock, AT (0, 29), &seconds), ==, JS_SESSION_GOING);
  g_assert_cmpint (phase (&clock, AT (0, 30), &seconds), ==, JS_SESSION_IDLE_WARNING);
  g_assert_cmpuint (seconds, ==, 30);
  g_assert_cmpint (phase (&clock, AT (1, 0), &seconds), ==, JS_SESSION_ENDED_IDLE);
}

/* Fifty minutes, as a library gives: told at 10, 5 and 1 minute left,
 * each once, and ended at 50 however busy the citizen is. */
static void
test_limit (void)
{
  JsSessionClock clock;

  js_session_clock_init (&clock, 0, 50, START);
  g_assert_cmpuint (js_session_clock_limit_notice (&clock, AT (39, 59)), ==, 0);
  g_assert_cmpuint (js_session_clock_limit_notice (&clock, AT (40, 0)), ==, 10);
  g_assert_cmpuint (js_session_clock_limit_notice (&clock, AT (40, 1)), ==, 0);
  g_assert_cmpuint (js_session_clock_limit_notice (&clock, AT (45, 0)), ==, 5);
  g_assert_cmpuint (js_session_clock_limit_notice (&clock, AT (49, 0)), ==, 1);
  g_assert_cmpuint (js_session_clock_limit_notice (&clock, AT (49, 30)), ==, 0);

  js_session_clock_activity (&clock, AT (49, 59));
  g_assert_cmpint (phase (&clock, AT (49, 59), NULL), ==, JS_SESSION_GOING);
  g_assert_cmpint (phase (&clock, AT (50, 0), NULL), ==, JS_SESSION_ENDED_LIMIT);
}

/* The PC slept through two notices: only the nearest is given. */
static void
test_limit_missed_notices (void)
{
  JsSessionClock clock;

  js_session_clock_init (&clock, 0, 50, START);
  g_assert_cmpuint (js_session_clock_limit_notice (&clock, AT (49, 10)), ==, 1);
  g_assert_cmpuint (js_session_clock_limit_notice (&clock, AT (49, 20)), ==, 0);
}

/* A limit of 5 minutes does not open with "5 minutes left". */
static void
test_limit_short (void)
{
  JsSessionClock clock;

  js_session_clock_init (&clock, 0, 5, START);
  g_assert_cmpuint (js_session_clock_limit_notice (&clock, AT (0, 0)), ==, 0);
  g_assert_cmpuint (js_session_clock_limit_notice (&clock, AT (4, 0)), ==, 1);
}

static void
test_none (void)
{
  JsSessionClock clock;

  js_session_clock_init (&clock, 0, 0, START);
  g_assert_cmpint (phase (&clock, AT (100000, 0), NULL), ==, JS_SESSION_GOING);
  g_assert_cmpuint (js_session_clock_limit_notice (&clock, AT (100000, 0)), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/session/clock/idle", test_idle);
  g_test_add_func ("/session/clock/idle-short", test_idle_short);
  g_test_add_func ("/session/clock/limit", test_limit);
  g_test_add_func ("/session/clock/limit-missed-notices", test_limit_missed_notices);
  g_test_add_func ("/session/clock/limit-short", test_limit_short);
  g_test_add_func ("/session/clock/none", test_none);

  return g_test_run ();
}
