/* js-session-watch.h: a shared PC's idle time-out and session length limit
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* The clock, monotonic microseconds; tests give one they move by hand. */
typedef gint64 (*JsSessionNowFunc) (gpointer user_data);

#define JS_TYPE_SESSION_WATCH (js_session_watch_get_type ())
G_DECLARE_FINAL_TYPE (JsSessionWatch, js_session_watch, JS, SESSION_WATCH, GObject)

JsSessionWatch *js_session_watch_new       (guint             idle_minutes,
                                            guint             limit_minutes);
void            js_session_watch_set_clock (JsSessionWatch   *self,
                                            JsSessionNowFunc  now,
                                            gpointer          user_data);
void            js_session_watch_restart   (JsSessionWatch   *self);
void            js_session_watch_activity  (JsSessionWatch   *self);
void            js_session_watch_tick      (JsSessionWatch   *self);
GtkWindow      *js_session_watch_get_warning (JsSessionWatch *self);

G_END_DECLS
