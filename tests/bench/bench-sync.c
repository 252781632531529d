/* bench-sync.c: sync over loopback against the real jobspor-server
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Prints, one per line as "name: value unit":
 *   - pushing 10,000 job-log entries made offline: time, requests, bytes,
 *     and the server's own share of the time (the median of three
 *     citizens', with the slowest of the three);
 *   - pulling them onto a second PC: the same;
 *   - server throughput for a steady half-pull, half-push mix (wrk, 2
 *     threads, 16 connections, 15 s on this 2-core machine): requests per
 *     second and latency percentiles;
 *   - then the same on PostgreSQL (a throw-away cluster that flushes its
 *     commits as a real one, js-test-postgres.sh), prefixed "postgresql_":
 *     the push, the pull, and the mix against one server process and
 *     against two processes on the one database (wrk's connections split
 *     between them, as a load balancer would).
 *   bench-sync BUILDDIR SOURCEDIR
 */

#include "config.h"

#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <sys/wait.h>

/* The profile key the bench signs in under. */
#define OWNER "bench-owner"

#include "js-store-joblog.h"
#include "js-sync.h"
#include "js-test-server.h"
#include "js-test-util.h"

#define N_ENTRIES 10000

static gboolean
fill (JsTxn     *txn,
      gpointer   user_data,
      GError   **error)
{
  for (guint i = 0; i < N_ENTRIES; i++)
    {
      g_autoptr(JsJoblogEntry) entry = js_joblog_entry_new ();
      g_autofree char *title = g_strdup_printf ("Lagerarbejder %05u", i);
      GDate date;

      g_date_clear (&date, 1);
      g_date_set_dmy (&date, 1 + i % 28, 1 + i % 12, 2026);
      js_joblog_entry_set_date (entry, &date);
      js_joblog_entry_set_text (entry, JS_FIELD_TITLE, title);
      js_joblog_entry_set_text (entry, JS_FIELD_EMPLOYER, "Coop Danmark");
      js_joblog_entry_set_text (entry, JS_FIELD_SOURCE, "Jobnet");
      js_joblog_entry_set_text (entry, JS_FIELD_NOTES, "Ringede til Mette mandag; samtale");
      if (!js_txn_joblog_save (txn, entry, error))
        return FALSE;
    }

  return TRUE;
}

/* The time the server itself spent on the requests whose log lines hold
 * @path, from its log ("ms=4.7"): the rest of a sync's time is the
 * client's and the network's. */
static double
server_seconds (const char *log,
                const char *path)
{
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  double ms = 0;

  if (!g_file_get_contents (log, &text, NULL, NULL))
    return -1;
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *at = strstr (lines[i], " ms=");

      if (strstr (lines[i], path) != NULL && at != NULL)
        ms += g_ascii_strtod (at + 4, NULL);
    }
  return ms / 1000;
}

static char *
run_admin (const char *server,
           const char *db,
           const char *command,
           const char *number,
           const char *name)
{
  const char *argv[] = { server, command, "--db", db, number, name, NULL };
  char *out = NULL;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, NULL, NULL, NULL);
  return g_strstrip (out);
}

static void
report (const char        *what,
        double             seconds,
        const JsSyncStats *stats)
{
  g_print ("%s_seconds: %.2f s\n", what, seconds);
  g_print ("%s_requests: %u count\n", what, stats->requests);
  g_print ("%s_bytes_sent: %" G_GUINT64_FORMAT " B\n", what, stats->bytes_sent);
  g_print ("%s_bytes_received: %" G_GUINT64_FORMAT " B\n", what, stats->bytes_received);
}

/* What one wrk run printed, in figures. */
typedef struct {
  double requests_per_second;
  double p50_ms;
  double p99_ms;
  guint64 non_2xx;
} Load;

/* wrk prints "1.23ms", "456.78us" or "1.02s". */
static double
milliseconds (double      value,
              const char *unit)
{
  if (g_str_equal (unit, "us"))
    return value / 1000;
  if (g_str_equal (unit, "s"))
    return value * 1000;
  if (g_str_equal (unit, "m"))
    return value * 60000;
  return value;
}

static void
read_wrk (const char *out,
          Load       *load)
{
  g_auto(GStrv) lines = g_strsplit (out != NULL ? out : "", "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autofree char *line = g_strstrip (g_strdup (lines[i]));
      double value;
      char unit[8];

      if (g_str_has_prefix (line, "Requests/sec:"))
        load->requests_per_second += g_ascii_strtod (line + strlen ("Requests/sec:"), NULL);
      else if (sscanf (line, "50%% %lf%7s", &value, unit) == 2)
        load->p50_ms = MAX (load->p50_ms, milliseconds (value, unit));
      else if (sscanf (line, "99%% %lf%7s", &value, unit) == 2)
        load->p99_ms = MAX (load->p99_ms, milliseconds (value, unit));
      else if (g_str_has_prefix (line, "Non-2xx"))
        load->non_2xx += g_ascii_strtoull (strrchr (line, ' ') + 1, NULL, 10);
    }
}

/* The half-pull, half-push mix against the servers at @urls (their /v1
 * addresses), 16 connections in all, split evenly between them; prints
 * the requests per second of all together and the worse latencies. */
static void
throughput (const char         *name,
            const char * const *urls,
            const char         *token,
            const char         *script)
{
  g_autofree char *wrk = g_find_program_in_path ("wrk");
  g_auto(GStrv) envp = g_environ_setenv (g_get_environ (), "JOBSPOR_TOKEN", token, TRUE);
  guint n = g_strv_length ((char **) urls);
  g_autofree char *threads = g_strdup_printf ("-t%u", MAX (1, 2 / n));
  g_autofree char *connections = g_strdup_printf ("-c%u", 16 / n);
  g_autoptr(GPtrArray) runs = g_ptr_array_new_with_free_func (g_object_unref);
  Load load = { 0 };

  if (wrk == NULL)
    {
      g_print ("%s_throughput: skipped (wrk is not installed)\n", name);
      return;
    }

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *base = g_strndup (urls[i], strlen (urls[i]) - strlen ("/v1"));
      const char *argv[] = { wrk, threads, connections, "-d15s", "--latency", "-s", script, base,
                             NULL };
      g_autoptr(GSubprocessLauncher) launcher =
        g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE);
      g_autoptr(GError) error = NULL;
      GSubprocess *run;

      g_subprocess_launcher_set_environ (launcher, envp);
      run = g_subprocess_launcher_spawnv (launcher, argv, &error);
      g_assert_no_error (error);
      g_ptr_array_add (runs, run);
    }

  for (guint i = 0; i < runs->len; i++)
    {
      g_autofree char *out = NULL;

      g_subprocess_communicate_utf8 (runs->pdata[i], NULL, NULL, &out, NULL, NULL);
      read_wrk (out, &load);
    }

  g_print ("%s_requests_per_second: %.0f req/s\n", name, load.requests_per_second);
  g_print ("%s_latency_p50: %.2f ms\n", name, load.p50_ms);
  g_print ("%s_latency_p99: %.2f ms\n", name, load.p99_ms);
  g_print ("%s_non_2xx: %" G_GUINT64_FORMAT " count\n", name, load.non_2xx);
}

/* A profile of the citizen's at @path; with 10,000 entries made offline
 * when @fill_it. */
static void
make_profile (const char *path,
              gboolean    fill_it)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsStore) store = js_store_open (path, &error);

  g_assert_no_error (error);
  g_assert_true (js_store_set_owner (store, OWNER, &error));
  if (fill_it)
    g_assert_true (js_store_transaction (store, fill, NULL, &error));
}

/* Makes the citizen of a number and answers with their one-time code. */
typedef char *(*AdminFunc) (gpointer    data,
                            const char *number);

static double
median3 (const double *values)
{
  double a = values[0], b = values[1], c = values[2];

  return MAX (MIN (a, b), MIN (MAX (a, b), c));
}

/* Pushes 10,000 entries from a new citizen's home PC and pulls them onto
 * their library PC, three times (three citizens, so every push starts
 * from an empty account and every pull from nothing): the figures are the
 * median run's, with the slowest beside them, for a shared machine's
 * noise. Returns the last citizen's token. */
static char *
push_and_pull (const char *prefix,
               const char *url,
               AdminFunc   admin,
               gpointer    admin_data,
               const char *dir,
               const char *log)
{
  g_autofree char *push = g_strconcat (prefix, "push_10k", NULL);
  g_autofree char *pull = g_strconcat (prefix, "pull_10k", NULL);
  double seconds[2][3];
  double server[2][3] = { { 0 } };
  JsSyncStats stats[2];
  double counted[2] = { 0, 0 };
  char *token = NULL;

  for (guint run = 0; run < 3; run++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *number = g_strdup_printf ("01019012%02u", 34 + run);
      g_autofree char *code = admin (admin_data, number);
      g_autoptr(JsSession) session = js_sync_sign_in (url, number, code, NULL, &error);
      g_autofree char *name = g_strdup_printf ("run-%u", run);
      g_autofree char *home = g_build_filename (dir, name, "home", "jobspor.db", NULL);
      g_autofree char *library = g_build_filename (dir, name, "library", "jobspor.db", NULL);

      g_assert_no_error (error);
      make_profile (home, TRUE);
      make_profile (library, FALSE);

      for (guint side = 0; side < 2; side++)
        {
          gint64 start = g_get_monotonic_time ();

          g_assert_true (js_sync_run (side == 0 ? home : library, url, session->token, OWNER,
                                      &stats[side], NULL, &error));
          g_assert_no_error (error);
          seconds[side][run] = (g_get_monotonic_time () - start) / 1e6;
          if (log != NULL)
            {
              double total = server_seconds (log, side == 0 ? "path=/v1/push "
                                                            : "path=/v1/changes ");

              server[side][run] = total - counted[side];
              counted[side] = total;
            }
        }
      g_assert_cmpuint (stats[1].pulled, ==, N_ENTRIES);
      g_free (token);
      token = g_strdup (session->token);
    }

  for (guint side = 0; side < 2; side++)
    {
      const char *what = side == 0 ? push : pull;

      report (what, median3 (seconds[side]), &stats[side]);
      g_print ("%s_seconds_slowest: %.2f s\n", what,
               MAX (seconds[side][0], MAX (seconds[side][1], seconds[side][2])));
      if (side == 1)
        g_print ("%s_records: %u count\n", what, stats[side].pulled);
      if (log != NULL)
        g_print ("%s_server_seconds: %.2f s\n", what, median3 (server[side]));
    }

  return token;
}

typedef struct {
  const char *server;
  const char *db;
} SqliteAdmin;

static char *
sqlite_add_citizen (gpointer    data,
                    const char *number)
{
  SqliteAdmin *admin = data;

  return run_admin (admin->server, admin->db, "add-citizen", number, "Oksana Kovalenko");
}

static char *
postgresql_add_citizen (gpointer    data,
                        const char *number)
{
  return js_test_server_admin (data, "add-citizen", number, "Oksana Kovalenko", NULL);
}

/* The same on PostgreSQL: one server process, then two on its database. */
static void
postgresql (const char *binary,
            const char *sourcedir,
            const char *script)
{
  g_autofree char *tests = g_build_filename (sourcedir, "tests", NULL);
  g_autofree char *dir = js_test_make_dir ("jobspor-bench-sync-pg");
  g_autofree char *token = NULL;
  JsTestServer *first;
  JsTestServer *second;

  g_setenv ("JOBSPOR_TEST_DB", "postgresql", TRUE);
  g_setenv ("JOBSPOR_TEST_PG_DURABLE", "1", TRUE);
  g_setenv ("G_TEST_SRCDIR", tests, TRUE);
  first = js_test_server_start (binary);
  token = push_and_pull ("postgresql_", first->url, postgresql_add_citizen, first, dir, NULL);
  throughput ("postgresql_1p_server", (const char *[]) { first->url, NULL }, token, script);

  second = js_test_server_start_beside (first, NULL);
  throughput ("postgresql_2p_server", (const char *[]) { first->url, second->url, NULL },
              token, script);

  js_test_server_stop (second);
  js_test_server_stop (first);
  js_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *server = NULL;
  g_autofree char *script = NULL;
  g_autofree char *dir = g_dir_make_tmp ("jobspor-bench-sync-XXXXXX", NULL);
  g_autofree char *server_db = g_build_filename (dir, "jobcenter.db", NULL);
  g_autofree char *url = NULL;
  g_autofree char *token = NULL;
  SqliteAdmin admin;
  g_autofree char *log = g_build_filename (dir, "jobcenter.log", NULL);
  const char *serve[] = { NULL, "serve", "--db", NULL, "--port", "0", NULL };
  GPid pid;
  int out;

  if (argc != 3)
    {
      g_printerr ("usage: %s BUILDDIR SOURCEDIR\n", argv[0]);
      return 2;
    }

  server = g_build_filename (argv[1], "src", "server", "jobspor-server", NULL);
  script = g_build_filename (argv[2], "tests", "bench", "mixed.lua", NULL);

  serve[0] = server;
  serve[3] = server_db;
  /* The server logs a line per request: into a file, which never fills. */
  out = open (log, O_WRONLY | O_CREAT | O_TRUNC, 0600);
  g_spawn_async_with_fds (NULL, (char **) serve, NULL, G_SPAWN_DO_NOT_REAP_CHILD, NULL, NULL,
                          &pid, -1, out, -1, &error);
  g_assert_no_error (error);
  close (out);
  for (guint i = 0; i < 100 && url == NULL; i++)
    {
      g_autofree char *text = NULL;
      const char *found;

      g_usleep (50000);
      if (g_file_get_contents (log, &text, NULL, NULL) &&
          (found = strstr (text, "Listening on ")) != NULL && strchr (found, '\n') != NULL)
        url = g_strndup (found + strlen ("Listening on "),
                         strchr (found, '\n') - found - strlen ("Listening on "));
    }
  if (url == NULL)
    g_error ("jobspor-server did not start");

  admin = (SqliteAdmin) { server, server_db };
  token = push_and_pull ("", url, sqlite_add_citizen, &admin, dir, log);
  throughput ("server", (const char *[]) { url, NULL }, token, script);

  kill (pid, SIGTERM);
  waitpid (pid, NULL, 0);
  js_test_remove_tree (dir);

  postgresql (server, argv[2], script);
  return 0;
}
