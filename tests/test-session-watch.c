/* test-session-watch.c: a shared PC's time-outs on screen, on a clock moved by hand
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The idle countdown appears two minutes before the end, counts down,
 * goes at a key or click, and the session ends when no one comes back;
 * the length limit is told three times, in the language applied. No
 * real waiting: the watch's clock is the test's.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "js-i18n.h"
#include "js-session-watch.h"
#include "js-start-page.h"
#include "js-toaster.h"

#define TEST_TYPE_MAIN_WINDOW (test_main_window_get_type ())
G_DECLARE_FINAL_TYPE (TestMainWindow, test_main_window, TEST, MAIN_WINDOW, GtkWindow)

struct _TestMainWindow {
  GtkWindow  parent_instance;
  GPtrArray *toasts;
};

static void test_main_window_toaster_init (JsToasterInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (TestMainWindow, test_main_window, GTK_TYPE_WINDOW,
                               G_IMPLEMENT_INTERFACE (JS_TYPE_TOASTER,
                                                      test_main_window_toaster_init))

static void
test_main_window_add_toast (JsToaster *toaster,
                            AdwToast  *toast)
{
  g_ptr_array_add (TEST_MAIN_WINDOW (toaster)->toasts, g_object_ref_sink (toast));
}

static void
test_main_window_toaster_init (JsToasterInterface *iface)
{
  iface->add_toast = test_main_window_add_toast;
}

static void
test_main_window_finalize (GObject *object)
{
  g_ptr_array_unref (TEST_MAIN_WINDOW (object)->toasts);

  G_OBJECT_CLASS (test_main_window_parent_class)->finalize (object);
}

static void
test_main_window_class_init (TestMainWindowClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = test_main_window_finalize;
}

static void
test_main_window_init (TestMainWindow *self)
{
  self->toasts = g_ptr_array_new_with_free_func (g_object_unref);
}

static gint64 now;

static gint64
test_now (gpointer user_data)
{
  return now;
}

static void
at (guint minutes,
    guint seconds)
{
  now = 1000 * G_TIME_SPAN_HOUR + minutes * G_TIME_SPAN_MINUTE + seconds * G_TIME_SPAN_SECOND;
}

static void
spin (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static void
expired_cb (JsSessionWatch *watch,
            gboolean        idle,
            int            *ended)
{
  *ended = idle ? 1 : 2;
}

static const char *
body_of (GtkWindow *warning)
{
  return adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (warning));
}

static void
test_idle (void)
{
  TestMainWindow *window = g_object_new (TEST_TYPE_MAIN_WINDOW, NULL);
  g_autoptr(JsSessionWatch) watch = NULL;
  g_autofree char *two_minutes = NULL;
  int ended = 0;

  js_i18n_apply ("uk");
  gtk_window_present (GTK_WINDOW (window));
  at (0, 0);
  watch = js_session_watch_new (10, 0);
  js_session_watch_set_clock (watch, test_now, NULL);
  g_signal_connect (watch, "expired", G_CALLBACK (expired_cb), &ended);

  at (7, 59);
  js_session_watch_tick (watch);
  g_assert_null (js_session_watch_get_warning (watch));

  /* Two minutes before the end, in the citizen's language. */
  at (8, 0);
  js_session_watch_tick (watch);
  g_assert_nonnull (js_session_watch_get_warning (watch));
  g_assert_true (gtk_window_get_transient_for (js_session_watch_get_warning (watch)) ==
                 GTK_WINDOW (window));
  two_minutes = g_strdup_printf (
    ngettext ("This session ends in %u second, and everything in it is deleted from this PC. "
              "Press any key or click to stay.",
              "This session ends in %u seconds, and everything in it is deleted from this PC. "
              "Press any key or click to stay.", 120), 120);
  g_assert_cmpstr (body_of (js_session_watch_get_warning (watch)), ==, two_minutes);
  g_assert_nonnull (strstr (two_minutes, "120"));
  g_assert_null (strstr (two_minutes, "This session"));

  at (9, 30);
  js_session_watch_tick (watch);
  g_assert_nonnull (strstr (body_of (js_session_watch_get_warning (watch)), "30"));

  /* A key: the countdown goes, and the ten minutes start again. */
  js_session_watch_activity (watch);
  spin ();
  g_assert_null (js_session_watch_get_warning (watch));
  at (10, 30);
  js_session_watch_tick (watch);
  g_assert_null (js_session_watch_get_warning (watch));
  g_assert_cmpint (ended, ==, 0);

  /* No one comes back. */
  at (17, 30);
  js_session_watch_tick (watch);
  g_assert_nonnull (js_session_watch_get_warning (watch));
  at (19, 30);
  js_session_watch_tick (watch);
  g_assert_cmpint (ended, ==, 1);
  g_assert_null (js_session_watch_get_warning (watch));

  /* Over once; a new session runs afresh. */
  ended = 0;
  js_session_watch_tick (watch);
  g_assert_cmpint (ended, ==, 0);
  js_session_watch_restart (watch);
  at (27, 29);
  js_session_watch_tick (watch);
  g_assert_null (js_session_watch_get_warning (watch));

  gtk_window_destroy (GTK_WINDOW (window));
  js_i18n_apply ("en");
}

static void
test_limit (void)
{
  TestMainWindow *window = g_object_new (TEST_TYPE_MAIN_WINDOW, NULL);
  g_autoptr(JsSessionWatch) watch = NULL;
  int ended = 0;

  js_i18n_apply ("ar");
  at (0, 0);
  watch = js_session_watch_new (0, 50);
  js_session_watch_set_clock (watch, test_now, NULL);
  g_signal_connect (watch, "expired", G_CALLBACK (expired_cb), &ended);

  for (guint minute = 0; minute < 50; minute++)
    {
      at (minute, 0);
      js_session_watch_activity (watch);
      js_session_watch_tick (watch);
    }
  g_assert_cmpuint (window->toasts->len, ==, 3);
  for (guint i = 0; i < 3; i++)
    {
      static const guint minutes[] = { 10, 5, 1 };
      g_autofree char *expected = g_strdup_printf (
        ngettext ("The session ends in %u minute. Save or print what you need now.",
                  "The session ends in %u minutes. Save or print what you need now.",
                  minutes[i]), minutes[i]);

      g_assert_cmpstr (adw_toast_get_title (window->toasts->pdata[i]), ==, expected);
      g_assert_null (strstr (expected, "The session"));
    }
  g_assert_cmpint (ended, ==, 0);

  at (50, 0);
  js_session_watch_tick (watch);
  g_assert_cmpint (ended, ==, 2);

  gtk_window_destroy (GTK_WINDOW (window));
  js_i18n_apply ("en");
}

static GtkWidget *
find_button (GtkWidget  *widget,
             const char *label)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_BUTTON (child) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (child)), label) == 0)
        return child;
      if ((found = find_button (child, label)) != NULL)
        return found;
    }
  return NULL;
}

/* The languages in the order given, each naming itself and choosing
 * itself; practising without signing in only where it is allowed. */
static void
test_start_page (void)
{
  const char * const codes[] = { "ar", "da", "uk", "en", NULL };
  const char * const names[] = { "العربية", "Dansk", "Українська", "English", NULL };
  GtkWidget *allowed = g_object_ref_sink (js_start_page_new (codes, names, "ar", TRUE));
  GtkWidget *refused = g_object_ref_sink (js_start_page_new (codes, names, "ar", FALSE));
  const char *guest = g_dgettext (GETTEXT_PACKAGE, "Practise without signing in");
  GtkWidget *first = find_button (allowed, "العربية");
  GtkWidget *ukrainian = find_button (allowed, "Українська");
  g_autoptr(GVariant) target = NULL;

  g_assert_nonnull (first);
  g_assert_nonnull (ukrainian);
  g_assert_true (gtk_widget_get_next_sibling (first) == find_button (allowed, "Dansk"));
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (ukrainian)), ==,
                   "app.set-language");
  target = g_variant_ref (gtk_actionable_get_action_target_value (GTK_ACTIONABLE (ukrainian)));
  g_assert_cmpstr (g_variant_get_string (target, NULL), ==, "uk");
  g_assert_true (gtk_widget_has_css_class (first, "suggested-action"));
  g_assert_false (gtk_widget_has_css_class (ukrainian, "suggested-action"));

  g_assert_true (gtk_widget_get_visible (find_button (allowed, guest)));
  g_assert_false (gtk_widget_get_visible (find_button (refused, guest)));

  g_object_unref (allowed);
  g_object_unref (refused);
}

int
main (int   argc,
      char *argv[])
{
  js_i18n_init ();
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/session/watch/idle", test_idle);
  g_test_add_func ("/session/watch/limit", test_limit);
  g_test_add_func ("/session/start-page", test_start_page);

  return g_test_run ();
}
