/* test-background.c: reminders also when Jobspor is closed
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * On a virtual display and a session bus of the test's, with a Background
 * portal of the test's (org.freedesktop.portal.Desktop, answering as the
 * desktop would) and a notification daemon (js-test-notifications.c):
 *
 * - asking for autostart sends "jobspor --background" and a reason, and
 *   takes the desktop's yes; a no, a yes without autostart, and no portal
 *   at all are each explained in the citizen's language; taking it back
 *   asks without autostart;
 * - the real program started with --background, as at log-in, shows no
 *   window and reminds of the meeting that is near; clicking the reminder
 *   opens the window; another --background start leaves it be; when the
 *   citizen has taken the choice back it ends at once, reminding of
 *   nothing.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>

#include "js-background.h"
#include "js-i18n.h"
#include "js-profiles.h"
#include "js-store-sync.h"
#include "js-test-notifications.h"
#include "js-test-util.h"

#define APP_BUS_NAME "dk.jobspor.Jobspor"
#define APP_PATH "/dk/jobspor/Jobspor"
#define MEETING "09328d36-66b2-41d7-b9ef-920a4e600001"

static const char portal_xml[] =
  "<node><interface name='org.freedesktop.portal.Background'>"
  "<method name='RequestBackground'><arg type='s' direction='in'/>"
  "<arg type='a{sv}' direction='in'/><arg type='o' direction='out'/></method>"
  "</interface></node>";

/* The desktop's side: what it was asked, and what it answers. */
typedef struct {
  GDBusConnection *connection;   /* of its own, as another process's */
  GDBusNodeInfo   *info;
  guint            object;
  guint            name;
  gboolean         named;
  guint            requests;
  GVariant        *options;      /* of the last request */
  guint32          response;     /* 0 yes, 1 the citizen said no, 2 other */
  gboolean         granted;      /* with a yes: whether autostart was allowed */
} Portal;

typedef struct {
  char        *handle;
  char        *sender;
  guint32      response;
  GVariant    *results;
  Portal      *portal;
} Answer;

static gboolean
answer_cb (gpointer user_data)
{
  Answer *answer = user_data;

  g_assert_true (g_dbus_connection_emit_signal (answer->portal->connection, answer->sender,
                                                answer->handle,
                                                "org.freedesktop.portal.Request", "Response",
                                                g_variant_new ("(u@a{sv})", answer->response,
                                                               answer->results),
                                                NULL));
  g_free (answer->handle);
  g_free (answer->sender);
  g_free (answer);
  return G_SOURCE_REMOVE;
}

static void
portal_called_cb (GDBusConnection       *connection,
                  const char            *sender,
                  const char            *path,
                  const char            *interface,
                  const char            *method,
                  GVariant              *parameters,
                  GDBusMethodInvocation *invocation,
                  gpointer               user_data)
{
  Portal *portal = user_data;
  Answer *answer = g_new0 (Answer, 1);
  g_autoptr(GString) escaped = g_string_new (sender + 1);
  const char *token = NULL;
  GVariantDict results;

  g_clear_pointer (&portal->options, g_variant_unref);
  g_variant_get (parameters, "(&s@a{sv})", NULL, &portal->options);
  portal->requests++;
  g_assert_true (g_variant_lookup (portal->options, "handle_token", "&s", &token));

  g_string_replace (escaped, ".", "_", 0);
  answer->handle = g_strdup_printf ("/org/freedesktop/portal/desktop/request/%s/%s",
                                    escaped->str, token);
  answer->sender = g_strdup (sender);
  answer->response = portal->response;
  answer->portal = portal;
  g_variant_dict_init (&results, NULL);
  g_variant_dict_insert (&results, "background", "b", portal->granted);
  g_variant_dict_insert (&results, "autostart", "b", portal->granted);
  answer->results = g_variant_ref_sink (g_variant_dict_end (&results));
  g_dbus_method_invocation_return_value (invocation, g_variant_new ("(o)", answer->handle));
  g_idle_add (answer_cb, answer);
}

static const GDBusInterfaceVTable portal_vtable = { portal_called_cb, NULL, NULL };

static void
portal_named_cb (GDBusConnection *connection,
                 const char      *name,
                 gpointer         user_data)
{
  ((Portal *) user_data)->named = TRUE;
}

static Portal *
portal_new (void)
{
  Portal *portal = g_new0 (Portal, 1);
  g_autoptr(GError) error = NULL;
  g_autofree char *address = g_dbus_address_get_for_bus_sync (G_BUS_TYPE_SESSION, NULL, &error);

  g_assert_no_error (error);
  portal->connection = g_dbus_connection_new_for_address_sync (
                         address,
                         G_DBUS_CONNECTION_FLAGS_AUTHENTICATION_CLIENT |
                         G_DBUS_CONNECTION_FLAGS_MESSAGE_BUS_CONNECTION,
                         NULL, NULL, &error);
  g_assert_no_error (error);
  portal->info = g_dbus_node_info_new_for_xml (portal_xml, &error);
  g_assert_no_error (error);
  portal->object = g_dbus_connection_register_object (portal->connection,
                                                      "/org/freedesktop/portal/desktop",
                                                      portal->info->interfaces[0],
                                                      &portal_vtable, portal, NULL, &error);
  g_assert_no_error (error);
  portal->name = g_bus_own_name_on_connection (portal->connection,
                                               "org.freedesktop.portal.Desktop",
                                               G_BUS_NAME_OWNER_FLAGS_NONE, portal_named_cb,
                                               NULL, portal, NULL);
  while (!portal->named)
    g_main_context_iteration (NULL, TRUE);
  return portal;
}

static void
portal_free (Portal *portal)
{
  g_bus_unown_name (portal->name);
  g_dbus_connection_unregister_object (portal->connection, portal->object);
  g_dbus_node_info_unref (portal->info);
  g_clear_pointer (&portal->options, g_variant_unref);
  g_dbus_connection_close_sync (portal->connection, NULL, NULL);
  g_clear_object (&portal->connection);
  g_free (portal);
}

static void
got_result_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  *(GAsyncResult **) user_data = g_object_ref (result);
}

/* Asks as the Meetings check box does; the answer. */
static gboolean
ask (gboolean   autostart,
     GError   **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  js_background_request (NULL, autostart, NULL, got_result_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  return js_background_request_finish (result, error);
}

static void
test_portal (void)
{
  Portal *portal = portal_new ();
  g_autoptr(GError) error = NULL;
  g_autofree const char **commandline = NULL;
  const char *reason = NULL;
  gboolean autostart = FALSE;

  js_i18n_apply ("uk");

  /* Yes: autostart of "jobspor --background", with the reason told. */
  portal->response = 0;
  portal->granted = TRUE;
  g_assert_true (ask (TRUE, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (portal->requests, ==, 1);
  g_assert_true (g_variant_lookup (portal->options, "autostart", "b", &autostart));
  g_assert_true (autostart);
  g_assert_true (g_variant_lookup (portal->options, "commandline", "^a&s", &commandline));
  g_assert_cmpuint (g_strv_length ((char **) commandline), ==, 2);
  g_assert_cmpstr (commandline[0], ==, "jobspor");
  g_assert_cmpstr (commandline[1], ==, "--background");
  g_assert_true (g_variant_lookup (portal->options, "reason", "&s", &reason));
  g_assert_cmpstr (reason, ==, _("Jobspor reminds you of your meetings with the jobcenter, "
                                 "also when it is closed."));
  g_assert_cmpstr (reason, !=, "Jobspor reminds you of your meetings with the jobcenter, "
                               "also when it is closed.");

  /* The citizen said no in the desktop's question. */
  portal->response = 1;
  g_assert_false (ask (TRUE, &error));
  g_assert_error (error, JS_BACKGROUND_ERROR, JS_BACKGROUND_ERROR_REFUSED);
  g_assert_cmpstr (error->message, ==,
                   _("Jobspor was not allowed to start when you log in, so it reminds you "
                     "only while it is open. You can also add your meetings to your calendar."));
  g_clear_error (&error);

  /* A yes, but not to autostart. */
  portal->response = 0;
  portal->granted = FALSE;
  g_assert_false (ask (TRUE, &error));
  g_assert_error (error, JS_BACKGROUND_ERROR, JS_BACKGROUND_ERROR_REFUSED);
  g_clear_error (&error);

  /* Taken back: asked without autostart, and that is done. */
  g_assert_true (ask (FALSE, &error));
  g_assert_no_error (error);
  g_assert_true (g_variant_lookup (portal->options, "autostart", "b", &autostart));
  g_assert_false (autostart);
  g_assert_cmpuint (portal->requests, ==, 4);

  /* No portal at all (a PC with no desktop portal). */
  portal_free (portal);
  g_assert_false (ask (TRUE, &error));
  g_assert_error (error, JS_BACKGROUND_ERROR, JS_BACKGROUND_ERROR_UNAVAILABLE);
  g_assert_cmpstr (error->message, ==,
                   _("This computer could not let Jobspor start when you log in. Jobspor "
                     "reminds you while it is open. You can also add your meetings to your "
                     "calendar."));
  js_i18n_apply ("en");
}

/* The real program at log-in ------------------------------------------ */

typedef struct {
  char                *dir;
  JsTestNotifications *daemon;
  GDBusConnection     *bus;
} Home;

static void
write_settings (Home     *home,
                gboolean  remind)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_build_filename (home->dir, "config", "glib-2.0", "settings", NULL);
  g_autofree char *path = g_build_filename (dir, "keyfile", NULL);
  g_autofree char *text = g_strdup_printf ("[dk/jobspor/Jobspor]\nlanguage='da'\n"
                                           "remind-when-closed=%s\n",
                                           remind ? "true" : "false");

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_file_set_contents (path, text, -1, &error);
  g_assert_no_error (error);
}

/* The profile that opens at start (no one signed in) has a confirmed
 * meeting in 10 hours: its reminder of the day before is due. */
static void
write_profile (Home *home)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_build_filename (home->dir, "data", "jobspor", "profiles", NULL);
  g_autoptr(JsProfiles) profiles = js_profiles_new (dir);
  g_autoptr(JsStore) store = js_profiles_open_key (profiles, NULL, &error);
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) starts = g_date_time_add_hours (now, 10);
  g_autoptr(GDateTime) ends = g_date_time_add_minutes (starts, 45);
  g_autofree char *starts_text = g_date_time_format (starts, "%Y-%m-%dT%H:%M:%SZ");
  g_autofree char *ends_text = g_date_time_format (ends, "%Y-%m-%dT%H:%M:%SZ");
  g_autofree char *json = NULL;
  g_autoptr(JsChangesPage) page = NULL;

  g_assert_no_error (error);
  json = g_strdup_printf (
    "{\"changes\":[{\"entity\":\"meeting\",\"id\":\"" MEETING "\",\"revision\":1,"
    "\"deleted\":false,\"record\":{\"id\":\"" MEETING "\",\"slot\":\"" MEETING "\","
    "\"starts\":\"%s\",\"ends\":\"%s\",\"kind\":\"phone\","
    "\"place\":\"Jobcenteret ringer til dig\",\"caseworker\":\"Mette Hansen\","
    "\"status\":\"confirmed\"}}],\"cursor\":\"1\",\"more\":false}",
    starts_text, ends_text);
  page = js_changes_page_parse (json, strlen (json), &error);
  g_assert_no_error (error);
  g_assert_true (js_store_sync_apply_page (store, page, &error));
  g_assert_no_error (error);
}

static void
ended_cb (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_subprocess_wait_finish (G_SUBPROCESS (source), result, NULL);
  g_object_set_data (source, "js-ended", GINT_TO_POINTER (TRUE));
}

static gboolean
has_ended (GSubprocess *process)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
  return g_object_get_data (G_OBJECT (process), "js-ended") != NULL;
}

static GSubprocess *
start_jobspor (Home *home)
{
  g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_NONE);
  g_autoptr(GError) error = NULL;
  g_autofree char *config = g_build_filename (home->dir, "config", NULL);
  g_autofree char *data = g_build_filename (home->dir, "data", NULL);
  GSubprocess *process;

  g_subprocess_launcher_setenv (launcher, "GSETTINGS_BACKEND", "keyfile", TRUE);
  g_subprocess_launcher_setenv (launcher, "GNOTIFICATION_BACKEND", "freedesktop", TRUE);
  g_subprocess_launcher_setenv (launcher, "XDG_CONFIG_HOME", config, TRUE);
  g_subprocess_launcher_setenv (launcher, "XDG_DATA_HOME", data, TRUE);
  g_subprocess_launcher_setenv (launcher, "HOME", home->dir, TRUE);
  g_subprocess_launcher_unsetenv (launcher, "JOBSPOR_SERVER_URL");
  g_subprocess_launcher_unsetenv (launcher, "JOBSPOR_SHARED_PC");
  process = g_subprocess_launcher_spawn (launcher, &error, g_getenv ("JOBSPOR_PROGRAM"),
                                         "--background", NULL);
  g_assert_no_error (error);
  g_subprocess_wait_async (process, NULL, ended_cb, NULL);
  return process;
}

/* Waits up to 20 s for @process to end; its exit status. */
static int
wait_for_end (GSubprocess *process)
{
  gint64 deadline = g_get_monotonic_time () + 20 * G_TIME_SPAN_SECOND;

  while (!has_ended (process) && g_get_monotonic_time () < deadline)
    g_usleep (20000);
  if (!has_ended (process))
    {
      g_subprocess_force_exit (process);
      g_error ("Jobspor did not end");
    }
  g_assert_true (g_subprocess_get_if_exited (process));
  return g_subprocess_get_exit_status (process);
}

/* How many windows Jobspor has, as GtkApplication publishes them. */
static guint
count_windows (Home *home)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GVariant) reply = NULL;
  g_autoptr(GDBusNodeInfo) node = NULL;
  const char *xml;
  guint n = 0;

  reply = g_dbus_connection_call_sync (home->bus, APP_BUS_NAME, APP_PATH "/window",
                                       "org.freedesktop.DBus.Introspectable", "Introspect",
                                       NULL, G_VARIANT_TYPE ("(s)"), G_DBUS_CALL_FLAGS_NONE,
                                       5000, NULL, &error);
  g_assert_no_error (error);
  g_variant_get (reply, "(&s)", &xml);
  node = g_dbus_node_info_new_for_xml (xml, &error);
  g_assert_no_error (error);
  while (node->nodes != NULL && node->nodes[n] != NULL)
    n++;
  return n;
}

static gboolean
has_owner (Home       *home,
           const char *name)
{
  g_autoptr(GVariant) reply = g_dbus_connection_call_sync (
                                home->bus, "org.freedesktop.DBus", "/org/freedesktop/DBus",
                                "org.freedesktop.DBus", "NameHasOwner",
                                g_variant_new ("(s)", name), G_VARIANT_TYPE ("(b)"),
                                G_DBUS_CALL_FLAGS_NONE, 5000, NULL, NULL);
  gboolean owned = FALSE;

  if (reply != NULL)
    g_variant_get (reply, "(b)", &owned);
  return owned;
}

static void
home_set_up (Home *home)
{
  g_autoptr(GError) error = NULL;

  home->dir = js_test_make_dir ("jobspor-background");
  home->daemon = js_test_notifications_new ();
  home->bus = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, &error);
  g_assert_no_error (error);
  write_profile (home);
}

static void
home_tear_down (Home *home)
{
  js_test_notifications_free (home->daemon);
  g_clear_object (&home->bus);
  js_test_remove_tree (home->dir);
  g_free (home->dir);
}

static void
test_at_log_in (void)
{
  Home home = { 0 };
  g_autoptr(GSubprocess) jobspor = NULL;
  g_autoptr(GSubprocess) again = NULL;
  g_autoptr(GError) error = NULL;
  gint64 deadline;

  home_set_up (&home);
  write_settings (&home, TRUE);
  js_i18n_apply ("da");

  /* Started at log-in: the reminder, and no window. */
  jobspor = start_jobspor (&home);
  g_assert_true (js_test_notifications_wait (home.daemon, 1));
  g_assert_cmpstr (home.daemon->titles->pdata[0], ==, _("Reminder: meeting at the jobcenter"));
  g_assert_cmpstr (home.daemon->titles->pdata[0], !=, "Reminder: meeting at the jobcenter");
  g_assert_true (has_owner (&home, APP_BUS_NAME));
  g_assert_cmpuint (count_windows (&home), ==, 0);

  /* Started again (a second log-in session's autostart): it leaves the
   * running one be. */
  again = start_jobspor (&home);
  g_assert_cmpint (wait_for_end (again), ==, 0);
  g_assert_false (has_ended (jobspor));

  /* The reminder clicked: the window, on Meetings. */
  js_test_notifications_click (home.daemon, 1);
  deadline = g_get_monotonic_time () + 20 * G_TIME_SPAN_SECOND;
  while (count_windows (&home) == 0 && g_get_monotonic_time () < deadline)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (50000);
    }
  g_assert_cmpuint (count_windows (&home), ==, 1);

  /* Quit ends it. */
  g_dbus_connection_call_sync (home.bus, APP_BUS_NAME, APP_PATH, "org.gtk.Actions", "Activate",
                               g_variant_new ("(sava{sv})", "quit", NULL, NULL), NULL,
                               G_DBUS_CALL_FLAGS_NONE, 5000, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (wait_for_end (jobspor), ==, 0);
  g_assert_cmpuint (home.daemon->titles->len, ==, 1);

  js_i18n_apply ("en");
  home_tear_down (&home);
}

/* The citizen took the choice back, but the desktop still starts it. */
static void
test_taken_back (void)
{
  Home home = { 0 };
  g_autoptr(GSubprocess) jobspor = NULL;

  home_set_up (&home);
  write_settings (&home, FALSE);

  jobspor = start_jobspor (&home);
  g_assert_cmpint (wait_for_end (jobspor), ==, 0);
  g_assert_true (js_test_notifications_wait (home.daemon, 0));
  home_tear_down (&home);
}

int
main (int   argc,
      char *argv[])
{
  js_i18n_init ();
  gtk_disable_setlocale ();
  g_test_init (&argc, &argv, NULL);
  js_i18n_apply ("en");

  g_test_add_func ("/background/portal", test_portal);
  g_test_add_func ("/background/at-log-in", test_at_log_in);
  g_test_add_func ("/background/taken-back", test_taken_back);

  return g_test_run ();
}
