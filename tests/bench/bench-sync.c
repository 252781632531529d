/* bench-sync.c: sync over loopback against the real jobspor-server
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Prints, one per line as "name: value unit":
 *   - pushing 10,000 job-log entries made offline: time, requests, bytes;
 *   - pulling them onto a second PC: time, requests, bytes;
 *   - server throughput for a steady half-pull, half-push mix (wrk, 2
 *     threads, 16 connections, 15 s on this 2-core machine): requests per
 *     second and latency percentiles.
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

static void
throughput (const char *url,
            const char *token,
            const char *script)
{
  g_autofree char *wrk = g_find_program_in_path ("wrk");
  g_autofree char *base = g_strndup (url, strlen (url) - strlen ("/v1"));
  const char *argv[] = { wrk, "-t2", "-c16", "-d15s", "--latency", "-s", script, base, NULL };
  g_auto(GStrv) envp = g_environ_setenv (g_get_environ (), "JOBSPOR_TOKEN", token, TRUE);
  g_autofree char *out = NULL;
  g_auto(GStrv) lines = NULL;

  if (wrk == NULL)
    {
      g_print ("server_throughput: skipped (wrk is not installed)\n");
      return;
    }

  g_spawn_sync (NULL, (char **) argv, envp, G_SPAWN_DEFAULT, NULL, NULL, &out, NULL, NULL, NULL);
  lines = g_strsplit (out != NULL ? out : "", "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autofree char *line = g_strstrip (g_strdup (lines[i]));
      double value;
      char unit[8];

      if (g_str_has_prefix (line, "Requests/sec:"))
        g_print ("server_requests_per_second: %s req/s\n", line + strlen ("Requests/sec:") +
                                                             strspn (line + 13, " "));
      else if (sscanf (line, "50%% %lf%7s", &value, unit) == 2 ||
               sscanf (line, "99%% %lf%7s", &value, unit) == 2)
        g_print ("server_latency_p%s: %.2f %s\n", g_str_has_prefix (line, "50") ? "50" : "99",
                 value, unit);
      else if (g_str_has_prefix (line, "Non-2xx"))
        g_print ("server_non_2xx: %s count\n", strrchr (line, ' ') + 1);
    }
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
  g_autofree char *home = g_build_filename (dir, "home", "jobspor.db", NULL);
  g_autofree char *library = g_build_filename (dir, "library", "jobspor.db", NULL);
  g_autofree char *code = NULL;
  g_autofree char *url = NULL;
  g_autoptr(JsSession) session = NULL;
  g_autoptr(JsStore) store = NULL;
  g_autofree char *log = g_build_filename (dir, "jobcenter.log", NULL);
  const char *serve[] = { NULL, "serve", "--db", NULL, "--port", "0", NULL };
  JsSyncStats stats;
  gint64 start;
  GPid pid;
  int out;

  if (argc != 3)
    {
      g_printerr ("usage: %s BUILDDIR SOURCEDIR\n", argv[0]);
      return 2;
    }

  server = g_build_filename (argv[1], "src", "server", "jobspor-server", NULL);
  script = g_build_filename (argv[2], "tests", "bench", "mixed.lua", NULL);
  code = run_admin (server, server_db, "add-citizen", "0101901234", "Oksana Kovalenko");

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

  session = js_sync_sign_in (url, "0101901234", code, NULL, &error);
  g_assert_no_error (error);

  store = js_store_open (home, &error);
  g_assert_true (js_store_set_owner (store, OWNER, &error));
  g_assert_true (js_store_transaction (store, fill, NULL, &error));
  g_clear_object (&store);
  store = js_store_open (library, &error);
  g_assert_true (js_store_set_owner (store, OWNER, &error));
  g_clear_object (&store);

  start = g_get_monotonic_time ();
  g_assert_true (js_sync_run (home, url, session->token, OWNER, &stats, NULL, &error));
  report ("push_10k", (g_get_monotonic_time () - start) / 1e6, &stats);
  g_print ("push_10k_server_seconds: %.2f s\n", server_seconds (log, "path=/v1/push "));

  start = g_get_monotonic_time ();
  g_assert_true (js_sync_run (library, url, session->token, OWNER, &stats, NULL, &error));
  report ("pull_10k", (g_get_monotonic_time () - start) / 1e6, &stats);
  g_print ("pull_10k_records: %u count\n", stats.pulled);
  g_print ("pull_10k_server_seconds: %.2f s\n", server_seconds (log, "path=/v1/changes "));

  throughput (url, session->token, script);

  kill (pid, SIGTERM);
  waitpid (pid, NULL, 0);
  return 0;
}
