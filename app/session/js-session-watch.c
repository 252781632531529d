/* js-session-watch.c: a shared PC's idle time-out and session length limit
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Watches every window of the application for a key, a click, a touch or
 * a scroll (src/session/js-session-clock.c does the arithmetic). Before
 * the idle time-out ends the session, a dialog counts down, and any key
 * or click anywhere cancels it; a session length limit is told as a toast
 * at 10, 5 and 1 minute left. When either ends the session, ::expired is
 * emitted; the application then ends it (JsApplication).
 */

#include "config.h"

#include <glib/gi18n.h>

#include "js-a11y.h"
#include "js-session-clock.h"
#include "js-session-watch.h"
#include "js-toaster.h"

#define WATCHED_KEY "js-session-watched"

struct _JsSessionWatch {
  GObject           parent_instance;

  guint             idle_minutes;
  guint             limit_minutes;
  JsSessionClock    clock;
  JsSessionNowFunc  now;
  gpointer          now_data;
  guint             timer;
  guint             close_warning;
  AdwMessageDialog *warning;
  gboolean          expired;
};

G_DEFINE_FINAL_TYPE (JsSessionWatch, js_session_watch, G_TYPE_OBJECT)

enum {
  EXPIRED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static gint64
monotonic_now (gpointer user_data)
{
  return g_get_monotonic_time ();
}

static void
drop_warning (JsSessionWatch *self)
{
  g_clear_handle_id (&self->close_warning, g_source_remove);
  if (self->warning != NULL)
    gtk_window_destroy (GTK_WINDOW (self->warning));
  g_clear_weak_pointer (&self->warning);
}

static gboolean
close_warning_cb (gpointer user_data)
{
  JsSessionWatch *self = user_data;

  self->close_warning = 0;
  drop_warning (self);
  return G_SOURCE_REMOVE;
}

static char *
warning_text (guint seconds)
{
  return g_strdup_printf (ngettext ("This session ends in %u second, and everything in it is "
                                    "deleted from this PC. Press any key or click to stay.",
                                    "This session ends in %u seconds, and everything in it is "
                                    "deleted from this PC. Press any key or click to stay.",
                                    seconds),
                          seconds);
}

/* The main window: the one that shows toasts (JsToaster). */
static GtkWindow *
main_window (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (JS_IS_TOASTER (window))
        return window;
    }
  return NULL;
}

/* Shows or updates the countdown. Its "Stay" button is only there to be
 * found: any key or click, on it or anywhere, cancels the countdown. */
static void
show_warning (JsSessionWatch *self,
              guint           seconds)
{
  g_autofree char *text = warning_text (seconds);
  AdwMessageDialog *dialog;

  if (self->warning != NULL)
    {
      adw_message_dialog_set_body (self->warning, text);
      return;
    }

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (main_window (),
                                                       _("Are you still there?"), text));
  adw_message_dialog_add_response (dialog, "stay", _("_Stay"));
  adw_message_dialog_set_default_response (dialog, "stay");
  adw_message_dialog_set_close_response (dialog, "stay");
  js_a11y_fix (GTK_WIDGET (dialog));
  g_set_weak_pointer (&self->warning, dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
tell_limit (guint minutes)
{
  g_autofree char *text = g_strdup_printf (
    ngettext ("The session ends in %u minute. Save or print what you need now.",
              "The session ends in %u minutes. Save or print what you need now.", minutes),
    minutes);
  GtkWindow *window = main_window ();
  AdwToast *toast = adw_toast_new (text);

  adw_toast_set_timeout (toast, 10);
  if (window != NULL)
    js_toaster_add_toast (JS_TOASTER (window), toast);
  else
    g_object_unref (g_object_ref_sink (toast));
}

/**
 * js_session_watch_tick:
 *
 * Looks at the clock: warns, counts down or ends the session. Called
 * every second by the watch itself; tests call it after moving their clock.
 */
void
js_session_watch_tick (JsSessionWatch *self)
{
  gint64 now = self->now (self->now_data);
  guint seconds = 0;
  JsSessionPhase phase = js_session_clock_phase (&self->clock, now, &seconds);
  guint minutes = js_session_clock_limit_notice (&self->clock, now);

  if (self->expired)
    return;

  if (minutes > 0)
    tell_limit (minutes);

  switch (phase)
    {
    case JS_SESSION_IDLE_WARNING:
      show_warning (self, seconds);
      break;
    case JS_SESSION_ENDED_IDLE:
    case JS_SESSION_ENDED_LIMIT:
      drop_warning (self);
      self->expired = TRUE;
      g_signal_emit (self, signals[EXPIRED], 0, phase == JS_SESSION_ENDED_IDLE);
      break;
    case JS_SESSION_GOING:
    default:
      drop_warning (self);
      break;
    }
}

static gboolean
tick_cb (gpointer user_data)
{
  js_session_watch_tick (user_data);
  return G_SOURCE_CONTINUE;
}

/**
 * js_session_watch_activity:
 *
 * A key, a click, a touch or a scroll: the idle time-out starts again and
 * a countdown shown goes (just after the event, not under it).
 */
void
js_session_watch_activity (JsSessionWatch *self)
{
  g_return_if_fail (JS_IS_SESSION_WATCH (self));

  js_session_clock_activity (&self->clock, self->now (self->now_data));
  if (self->warning != NULL && self->close_warning == 0)
    self->close_warning = g_idle_add (close_warning_cb, self);
}

static gboolean
event_cb (GtkEventControllerLegacy *controller,
          GdkEvent                 *event,
          JsSessionWatch           *self)
{
  GdkEventType type = gdk_event_get_event_type (event);

  if (type == GDK_KEY_PRESS || type == GDK_BUTTON_PRESS || type == GDK_TOUCH_BEGIN ||
      type == GDK_SCROLL)
    js_session_watch_activity (self);
  return GDK_EVENT_PROPAGATE;
}

/* Every window of the application, dialogs too, as they come. */
static void
toplevels_changed_cb (GListModel     *toplevels,
                      guint           position,
                      guint           removed,
                      guint           added,
                      JsSessionWatch *self)
{
  for (guint i = position; i < position + added; i++)
    {
      g_autoptr(GtkWidget) window = g_list_model_get_item (toplevels, i);
      GtkEventController *controller;

      if (g_object_get_data (G_OBJECT (window), WATCHED_KEY) != NULL)
        continue;
      controller = gtk_event_controller_legacy_new ();
      gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
      g_signal_connect_object (controller, "event", G_CALLBACK (event_cb), self, 0);
      gtk_widget_add_controller (window, controller);
      g_object_set_data (G_OBJECT (window), WATCHED_KEY, GINT_TO_POINTER (TRUE));
    }
}

static void
js_session_watch_dispose (GObject *object)
{
  JsSessionWatch *self = JS_SESSION_WATCH (object);

  g_clear_handle_id (&self->timer, g_source_remove);
  drop_warning (self);

  G_OBJECT_CLASS (js_session_watch_parent_class)->dispose (object);
}

static void
js_session_watch_class_init (JsSessionWatchClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = js_session_watch_dispose;

  /**
   * JsSessionWatch::expired:
   * @idle: %TRUE for the idle time-out, %FALSE for the length limit
   *
   * The session is over: the application ends it.
   */
  signals[EXPIRED] = g_signal_new ("expired", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_BOOLEAN);
}

static void
js_session_watch_init (JsSessionWatch *self)
{
  self->now = monotonic_now;
}

/**
 * js_session_watch_new:
 * @idle_minutes: the idle time-out, or 0 for none
 * @limit_minutes: the session length limit, or 0 for none
 *
 * Returns: (transfer full): a watch over every window of the application,
 *   running from now
 */
JsSessionWatch *
js_session_watch_new (guint idle_minutes,
                      guint limit_minutes)
{
  JsSessionWatch *self = g_object_new (JS_TYPE_SESSION_WATCH, NULL);
  GListModel *toplevels = gtk_window_get_toplevels ();

  self->idle_minutes = idle_minutes;
  self->limit_minutes = limit_minutes;
  js_session_watch_restart (self);
  g_signal_connect_object (toplevels, "items-changed", G_CALLBACK (toplevels_changed_cb), self, 0);
  toplevels_changed_cb (toplevels, 0, 0, g_list_model_get_n_items (toplevels), self);
  if (idle_minutes > 0 || limit_minutes > 0)
    self->timer = g_timeout_add_seconds (1, tick_cb, self);
  return self;
}

/* Tests: @now is the clock from now on, and the session starts again on it. */
void
js_session_watch_set_clock (JsSessionWatch   *self,
                            JsSessionNowFunc  now,
                            gpointer          user_data)
{
  g_return_if_fail (JS_IS_SESSION_WATCH (self));

  self->now = now;
  self->now_data = user_data;
  js_session_watch_restart (self);
}

/* A new session begins (the last one ended): both limits from now. */
void
js_session_watch_restart (JsSessionWatch *self)
{
  g_return_if_fail (JS_IS_SESSION_WATCH (self));

  drop_warning (self);
  self->expired = FALSE;
  js_session_clock_init (&self->clock, self->idle_minutes, self->limit_minutes,
                         self->now (self->now_data));
}

/**
 * js_session_watch_get_warning:
 *
 * Returns: (transfer none) (nullable): the countdown dialog, while shown
 */
GtkWindow *
js_session_watch_get_warning (JsSessionWatch *self)
{
  g_return_val_if_fail (JS_IS_SESSION_WATCH (self), NULL);

  return self->warning != NULL ? GTK_WINDOW (self->warning) : NULL;
}
