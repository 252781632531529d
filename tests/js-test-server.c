/* js-test-server.c: the real jobspor-server on a free loopback port
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <signal.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/wait.h>

#include "js-store.h"
#include "js-test-db.h"
#include "js-test-server.h"
#include "js-test-util.h"

/* The server dies with the test, even when an assertion aborts it, so it
 * never keeps the test runner waiting on its output; with a descriptor
 * limit, it gets that many descriptors and no way to raise it. */
static void
set_up_child (gpointer user_data)
{
  const JsTestServer *server = user_data;

  prctl (PR_SET_PDEATHSIG, SIGKILL);
  if (server->fd_limit != 0)
    {
      struct rlimit limit = { server->fd_limit, server->fd_limit };

      setrlimit (RLIMIT_NOFILE, &limit);
    }
}

/* Reads the server's log and drops it, so the server never waits on a
 * full pipe however many requests a test makes. Ends when it exits. */
static gpointer
drain_log (gpointer data)
{
  int fd = GPOINTER_TO_INT (data);
  char buffer[4096];

  while (read (fd, buffer, sizeof buffer) > 0)
    ;
  return NULL;
}

static void
launch (JsTestServer *server,
        const char   *port)
{
  const char *serve[] = { server->binary, "serve", "--db", server->db, "--port", port };
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) line = g_string_new (NULL);
  char c;

  for (gsize i = 0; i < G_N_ELEMENTS (serve); i++)
    g_ptr_array_add (argv, (char *) serve[i]);
  for (guint i = 0; server->extra_args[i] != NULL; i++)
    g_ptr_array_add (argv, server->extra_args[i]);
  g_ptr_array_add (argv, NULL);

  g_spawn_async_with_pipes (NULL, (char **) argv->pdata, NULL, G_SPAWN_DO_NOT_REAP_CHILD,
                            set_up_child, server, &server->pid, NULL, &server->out, NULL,
                            &error);
  g_assert_no_error (error);

  /* The first line says where it listens. */
  while (read (server->out, &c, 1) == 1 && c != '\n')
    g_string_append_c (line, c);
  g_assert_true (g_str_has_prefix (line->str, "Listening on "));
  g_free (server->url);
  server->url = g_strdup (line->str + strlen ("Listening on "));
  server->log = g_thread_new ("server-log", drain_log, GINT_TO_POINTER (server->out));
}

/* Starts @binary on @db (a new one when %NULL), with @extra_args after
 * "serve --db DB --port 0", and with at most @fd_limit descriptors unless
 * it is 0. */
static JsTestServer *
start (const char         *binary,
       const char         *db,
       guint               fd_limit,
       const char * const *extra_args)
{
  static const char * const none[] = { NULL };
  JsTestServer *server = g_new0 (JsTestServer, 1);

  server->binary = g_strdup (binary);
  server->dir = js_test_make_dir ("jobspor-test-server");
  server->db = db != NULL ? g_strdup (db) : js_test_db_new (server->dir);
  server->shares_db = db != NULL;
  server->fd_limit = fd_limit;
  server->extra_args = g_strdupv ((char **) (extra_args != NULL ? extra_args : none));
  launch (server, "0");
  return server;
}

JsTestServer *
js_test_server_start_full (const char         *binary,
                           guint               fd_limit,
                           const char * const *extra_args)
{
  return start (binary, NULL, fd_limit, extra_args);
}

/* Starts another server process on @first's database, with @extra_args. */
JsTestServer *
js_test_server_start_beside (JsTestServer       *first,
                             const char * const *extra_args)
{
  return start (first->binary, first->db, 0, extra_args);
}

JsTestServer *
js_test_server_start (const char *binary)
{
  return js_test_server_start_full (binary, 0, NULL);
}

static void
terminate (JsTestServer *server)
{
  kill (server->pid, SIGKILL);
  waitpid (server->pid, NULL, 0);
  g_spawn_close_pid (server->pid);
  g_clear_pointer (&server->log, g_thread_join);
  close (server->out);
}

/* Kills the server, keeping its database, as a crash would. */
void
js_test_server_stop_only (JsTestServer *server)
{
  terminate (server);
  server->pid = 0;
}

/* Sends the server SIGTERM, as a service manager stops it, and waits for
 * it to end; returns its wait status. */
int
js_test_server_terminate (JsTestServer *server)
{
  int status = 0;

  kill (server->pid, SIGTERM);
  waitpid (server->pid, &status, 0);
  g_spawn_close_pid (server->pid);
  g_clear_pointer (&server->log, g_thread_join);
  close (server->out);
  server->pid = 0;
  return status;
}

/* Starts the server again on the same port and database. */
void
js_test_server_relaunch (JsTestServer *server)
{
  g_autoptr(GUri) uri = g_uri_parse (server->url, G_URI_FLAGS_NONE, NULL);
  g_autofree char *port = g_strdup_printf ("%d", g_uri_get_port (uri));

  launch (server, port);
}

void
js_test_server_restart (JsTestServer *server)
{
  js_test_server_stop_only (server);
  js_test_server_relaunch (server);
}

void
js_test_server_stop (JsTestServer *server)
{
  if (server->pid != 0)
    terminate (server);
  if (!server->shares_db)
    js_test_db_drop (server->db);
  js_test_remove_tree (server->dir);
  g_free (server->binary);
  g_free (server->dir);
  g_free (server->db);
  g_free (server->url);
  g_strfreev (server->extra_args);
  g_free (server);
}

/* Runs an admin command on the server's database; returns its output. */
char *
js_test_server_admin (JsTestServer *server,
                      const char   *first,
                      ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status = 0;
  va_list args;

  g_ptr_array_add (argv, server->binary);
  g_ptr_array_add (argv, (char *) first);
  g_ptr_array_add (argv, (char *) "--db");
  g_ptr_array_add (argv, server->db);
  va_start (args, first);
  for (const char *arg = va_arg (args, const char *); arg != NULL;
       arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (char *) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, NULL,
                &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return g_strstrip (out);
}

/* A profile in @dir/@name owned by JS_TEST_OWNER, as the app makes one at
 * sign-in; returns its database file. */
char *
js_test_owned_profile (const char *dir,
                       const char *name)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (dir, name, "jobspor.db", NULL);
  g_autoptr(JsStore) store = js_store_open (path, &error);

  g_assert_no_error (error);
  g_assert_true (js_store_set_owner (store, JS_TEST_OWNER, &error));
  g_assert_no_error (error);
  return path;
}
