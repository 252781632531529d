/* test-app.c: the front end's plumbing, on a virtual display: the language
 * action, the way toasts find the window, and views following the store
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "js-application.h"
#include "js-exercises-page.h"
#include "js-i18n.h"
#include "js-joblog-entry.h"
#include "js-joblog-page.h"
#include "js-store-joblog.h"
#include "js-main-view.h"
#include "js-test-util.h"
#include "js-toaster.h"
#include "js-week-card.h"

/* A window that counts the toasts it is given. */
#define TEST_TYPE_TOASTER_WINDOW (test_toaster_window_get_type ())
G_DECLARE_FINAL_TYPE (TestToasterWindow, test_toaster_window, TEST, TOASTER_WINDOW, GtkWindow)

struct _TestToasterWindow {
  GtkWindow  parent_instance;
  GPtrArray *toasts;
};

static void test_toaster_window_toaster_init (JsToasterInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (TestToasterWindow, test_toaster_window, GTK_TYPE_WINDOW,
                               G_IMPLEMENT_INTERFACE (JS_TYPE_TOASTER,
                                                      test_toaster_window_toaster_init))

static void
test_toaster_window_add_toast (JsToaster *toaster,
                               AdwToast  *toast)
{
  g_ptr_array_add (TEST_TOASTER_WINDOW (toaster)->toasts, toast);
}

static void
test_toaster_window_toaster_init (JsToasterInterface *iface)
{
  iface->add_toast = test_toaster_window_add_toast;
}

static void
test_toaster_window_finalize (GObject *object)
{
  g_ptr_array_unref (TEST_TOASTER_WINDOW (object)->toasts);

  G_OBJECT_CLASS (test_toaster_window_parent_class)->finalize (object);
}

static void
test_toaster_window_class_init (TestToasterWindowClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = test_toaster_window_finalize;
}

static void
test_toaster_window_init (TestToasterWindow *self)
{
  self->toasts = g_ptr_array_new_with_free_func (g_object_unref);
}

/* A toast from a widget deep in the window, and from a dialog standing over
 * it, reaches the window; from a window with no toaster it is dropped. */
static void
test_toast_path (void)
{
  TestToasterWindow *window = g_object_new (TEST_TYPE_TOASTER_WINDOW, NULL);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *label = gtk_label_new ("deep inside");
  GtkWindow *dialog = GTK_WINDOW (gtk_window_new ());
  GtkWindow *alone = GTK_WINDOW (gtk_window_new ());
  GtkWidget *stray = gtk_label_new ("in a window of its own");
  AdwToast *dropped = adw_toast_new ("nowhere");

  gtk_box_append (GTK_BOX (box), label);
  gtk_window_set_child (GTK_WINDOW (window), box);
  gtk_window_set_transient_for (dialog, GTK_WINDOW (window));
  gtk_window_set_child (alone, stray);

  js_toast_show (label, adw_toast_new ("Entry saved"));
  g_assert_cmpuint (window->toasts->len, ==, 1);
  g_assert_cmpstr (adw_toast_get_title (window->toasts->pdata[0]), ==, "Entry saved");

  js_toast_show (GTK_WIDGET (dialog), adw_toast_new ("Saved as CSV"));
  g_assert_cmpuint (window->toasts->len, ==, 2);

  g_object_add_weak_pointer (G_OBJECT (dropped), (gpointer *) &dropped);
  js_toast_show (stray, dropped);
  g_assert_null (dropped);
  g_assert_cmpuint (window->toasts->len, ==, 2);

  gtk_window_destroy (alone);
  gtk_window_destroy (dialog);
  gtk_window_destroy (GTK_WINDOW (window));
}

static JsStore *
open_store (const char *dir,
            const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (dir, name, "jobspor.db", NULL);
  JsStore *store = js_store_open (path, &error);

  g_assert_no_error (error);
  return store;
}

static JsStore *
store_of (gpointer object)
{
  JsStore *store = NULL;

  g_object_get (object, "store", &store, NULL);
  if (store != NULL)
    g_object_unref (store);
  return store;
}

static gpointer
find_child (GtkWidget *widget,
            GType      type)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      gpointer found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type))
        return child;
      if ((found = find_child (child, type)) != NULL)
        return found;
    }

  return NULL;
}

/* The main view's store reaches every section and the week card; another
 * store replaces it everywhere, and none leaves none. */
static void
test_views_follow_the_store (void)
{
  g_autofree char *dir = js_test_make_dir ("jobspor-app");
  g_autoptr(JsStore) first = open_store (dir, "first");
  g_autoptr(JsStore) second = open_store (dir, "second");
  JsMainView *view = g_object_ref_sink (js_main_view_new ());
  JsJoblogPage *page = find_child (GTK_WIDGET (view), JS_TYPE_JOBLOG_PAGE);
  JsWeekCard *card = find_child (GTK_WIDGET (view), JS_TYPE_WEEK_CARD);
  gpointer exercises = find_child (GTK_WIDGET (view), JS_TYPE_EXERCISES_PAGE);

  g_assert_nonnull (page);
  g_assert_nonnull (card);
  g_assert_nonnull (exercises);

  g_object_set (view, "store", first, NULL);
  g_assert_true (store_of (page) == first);
  g_assert_true (store_of (card) == first);
  g_assert_true (store_of (exercises) == first);

  g_object_set (view, "store", second, NULL);
  g_assert_true (store_of (page) == second);
  g_assert_true (store_of (card) == second);
  g_assert_true (store_of (exercises) == second);

  g_object_set (view, "store", NULL, NULL);
  g_assert_null (store_of (page));
  g_assert_null (store_of (card));

  g_object_unref (view);
  js_test_remove_tree (dir);
}

static GtkWidget *
find_shown (GtkWidget *widget,
            GType      type)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (!gtk_widget_get_mapped (child))
        continue;
      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type))
        return child;
      if ((found = find_shown (child, type)) != NULL)
        return found;
    }
  return NULL;
}

static gboolean
shows_text (GtkWidget  *widget,
            const char *text)
{
  if (GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0)
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (shows_text (child, text))
      return TRUE;
  return FALSE;
}

/* A sync brings entries while the citizen is on the third one of the job
 * log: the list is read again, and the keyboard is still on that entry. */
static void
test_joblog_focus_kept (void)
{
  g_autofree char *dir = js_test_make_dir ("jobspor-app");
  g_autoptr(JsStore) store = open_store (dir, "focus");
  JsJoblogPage *page = g_object_new (JS_TYPE_JOBLOG_PAGE, NULL);
  GtkWidget *window = gtk_window_new ();
  GtkWidget *list;
  GtkWidget *row;
  GtkWidget *focus;
  GDate day;

  for (guint i = 0; i < 5; i++)
    {
      g_autoptr(JsJoblogEntry) entry = js_joblog_entry_new ();
      g_autoptr(GError) error = NULL;
      g_autofree char *title = g_strdup_printf ("Job %u", i);

      g_date_clear (&day, 1);
      g_date_set_dmy (&day, 10 - i, G_DATE_NOVEMBER, 2026);
      js_joblog_entry_set_date (entry, &day);
      js_joblog_entry_set_text (entry, JS_FIELD_TITLE, title);
      js_joblog_entry_set_text (entry, JS_FIELD_EMPLOYER, "Coop");
      g_assert_true (js_store_joblog_save (store, entry, &error));
      g_assert_no_error (error);
    }

  g_object_set (page, "store", store, NULL);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (page));
  gtk_window_set_default_size (GTK_WINDOW (window), 900, 700);
  gtk_window_present (GTK_WINDOW (window));
  js_test_wait_frames (10);

  /* The log's list (the filters' drop-downs have hidden lists of their own). */
  list = find_shown (GTK_WIDGET (page), GTK_TYPE_LIST_VIEW);
  g_assert_nonnull (list);
  row = gtk_widget_get_first_child (list);
  while (row != NULL && !shows_text (row, "Job 2"))
    row = gtk_widget_get_next_sibling (row);
  g_assert_nonnull (row);
  g_assert_true (gtk_widget_grab_focus (row));

  js_store_changed_elsewhere (store);
  js_test_wait_frames (10);
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_nonnull (focus);
  g_assert_true (gtk_widget_is_ancestor (focus, list));
  while (gtk_widget_get_parent (focus) != list)
    focus = gtk_widget_get_parent (focus);
  g_assert_true (shows_text (focus, "Job 2"));

  gtk_window_destroy (GTK_WINDOW (window));
  g_clear_object (&store);
  js_test_remove_tree (dir);
}

/* A failed sync's details, with the jobcenter's code, reach the sync
 * button's tooltip, and go when the sync works again. */
static void
test_sync_details (void)
{
  JsMainView *view = g_object_ref_sink (js_main_view_new ());
  /* The first menu button in the header is the sync button. */
  GtkWidget *button = find_child (GTK_WIDGET (view), GTK_TYPE_MENU_BUTTON);

  g_assert_nonnull (button);

  g_object_set (view, "sync-details", "The jobcenter had a problem (HTTP 500, server-error)",
                NULL);
  g_assert_nonnull (strstr (gtk_widget_get_tooltip_text (button), "HTTP 500, server-error"));

  g_object_set (view, "sync-details", NULL, NULL);
  g_assert_null (strstr (gtk_widget_get_tooltip_text (button), "server-error"));
  g_object_unref (view);
}

static void
count_cb (guint *count)
{
  (*count)++;
}

/* "app.set-language" switches the whole interface at once: the property,
 * the direction, gettext, and the setting for the next start. */
static void
test_language_action (void)
{
  g_autoptr(JsApplication) application = js_application_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *language = NULL;
  g_autofree char *saved = NULL;
  guint notified = 0;

  g_application_set_flags (G_APPLICATION (application), G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (application), NULL, &error));
  g_assert_no_error (error);
  g_signal_connect_swapped (application, "notify::language", G_CALLBACK (count_cb), &notified);

  g_action_group_activate_action (G_ACTION_GROUP (application), "set-language",
                                  g_variant_new_string ("ar"));
  g_object_get (application, "language", &language, NULL);
  g_assert_cmpstr (language, ==, "ar");
  g_assert_cmpuint (notified, ==, 1);
  g_assert_cmpint (gtk_widget_get_default_direction (), ==, GTK_TEXT_DIR_RTL);
  g_assert_cmpstr (js_i18n_get_current (), ==, "ar");
  saved = g_settings_get_string (js_application_get_settings (application), "language");
  g_assert_cmpstr (saved, ==, "ar");

  /* A language Jobspor does not have changes nothing. */
  g_action_group_activate_action (G_ACTION_GROUP (application), "set-language",
                                  g_variant_new_string ("xx"));
  g_clear_pointer (&language, g_free);
  g_object_get (application, "language", &language, NULL);
  g_assert_cmpstr (language, ==, "ar");

  g_action_group_activate_action (G_ACTION_GROUP (application), "set-language",
                                  g_variant_new_string ("da"));
  g_assert_cmpint (gtk_widget_get_default_direction (), ==, GTK_TEXT_DIR_LTR);
  g_assert_cmpuint (notified, ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  js_i18n_init ();
  gtk_disable_setlocale ();
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/app/toast-path", test_toast_path);
  g_test_add_func ("/app/views-follow-the-store", test_views_follow_the_store);
  g_test_add_func ("/app/language-action", test_language_action);
  g_test_add_func ("/app/sync-details", test_sync_details);
  g_test_add_func ("/app/joblog-focus-kept", test_joblog_focus_kept);

  return g_test_run ();
}
