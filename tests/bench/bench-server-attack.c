/* bench-server-attack.c: a citizen's sync while the server is under attack
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs the real jobspor-server with its default limits and times a
 * citizen's sync (sign in, push one entry, pull) over one kept-alive
 * connection: first on a quiet server, then while 50 slow-loris
 * connections drip their headers from one address and endless chunked
 * uploads (each up to 256 MiB) stream in from another. Target: every
 * sync under attack within 1 s. Prints, one per line as "name: value unit":
 *   - sync_quiet_ms_p50, sync_quiet_ms_max;
 *   - sync_attacked_ms_p50, sync_attacked_ms_max, sync_attacked_failed;
 *   - attack_upload_mib (what the uploads got to send), attack_uploads_refused,
 *     attack_loris_connections;
 *   - server_peak_rss_growth_mib (VmHWM after the attack less before).
 *   bench-server-attack BUILDDIR
 */

#include "config.h"

#include <string.h>

#include "js-protocol.h"
#include "js-test-attack.h"
#include "js-test-server.h"

#define ROUNDS 20
#define NUMBER "0101901234"

static guint64
peak_rss (GPid pid)
{
  g_autofree char *path = g_strdup_printf ("/proc/%d/status", pid);
  g_autofree char *text = NULL;
  const char *line;

  if (!g_file_get_contents (path, &text, NULL, NULL) || !(line = strstr (text, "\nVmHWM:")))
    return 0;
  return g_ascii_strtoull (line + strlen ("\nVmHWM:"), NULL, 10) * 1024;
}

static gboolean
answered (JsTestReply *reply,
          guint        status)
{
  return reply != NULL && reply->status == status;
}

/* One sync as the client makes it; its time in ms, or -1 when it failed. */
static double
sync_once (JsTestServer *server,
           guint         port)
{
  g_autofree char *code = js_test_server_admin (server, "new-code", NUMBER, NULL);
  g_autofree char *sign_in = js_sign_in_write (NUMBER, code, NULL);
  g_autofree char *body = js_test_push_body ();
  g_autoptr(JsTestConn) conn = NULL;
  g_autoptr(JsTestReply) session_reply = NULL;
  g_autoptr(JsTestReply) pushed = NULL;
  g_autoptr(JsTestReply) pulled = NULL;
  g_autoptr(JsSession) session = NULL;
  gint64 started = g_get_monotonic_time ();

  conn = js_test_conn_open (port, "127.0.0.1", NULL);
  if (conn == NULL)
    return -1;
  session_reply = js_test_conn_request (conn, "POST", "/v1/session", NULL, sign_in, NULL);
  if (!answered (session_reply, 200) ||
      !(session = js_session_parse (session_reply->body, session_reply->length, NULL)))
    return -1;
  pushed = js_test_conn_request (conn, "POST", "/v1/push", session->token, body, NULL);
  pulled = js_test_conn_request (conn, "GET", "/v1/changes?limit=1000", session->token, NULL,
                                 NULL);
  if (!answered (pushed, 200) || !answered (pulled, 200))
    return -1;
  return (g_get_monotonic_time () - started) / 1000.0;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return (x > y) - (x < y);
}

/* Times ROUNDS syncs and prints their median and slowest. */
static void
time_syncs (JsTestServer *server,
            guint         port,
            const char   *name)
{
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  guint failed = 0;

  for (guint i = 0; i < ROUNDS; i++)
    {
      double ms = sync_once (server, port);

      if (ms < 0)
        failed++;
      else
        g_array_append_val (times, ms);
    }
  g_array_sort (times, compare_doubles);
  if (times->len > 0)
    {
      g_print ("sync_%s_ms_p50: %.1f ms\n", name, g_array_index (times, double, times->len / 2));
      g_print ("sync_%s_ms_max: %.1f ms\n", name, g_array_index (times, double, times->len - 1));
    }
  g_print ("sync_%s_failed: %u count\n", name, failed);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *binary = NULL;
  g_autofree char *code = NULL;
  g_autoptr(GUri) uri = NULL;
  JsTestServer *server;
  JsTestLoris loris = { 0 };
  JsTestUpload upload = { 0 };
  GThread *dripping;
  GThread *uploading;
  guint64 peak_before;
  guint port;

  if (argc != 2)
    {
      g_printerr ("Usage: bench-server-attack BUILDDIR\n");
      return 2;
    }

  binary = g_build_filename (argv[1], "src", "server", "jobspor-server", NULL);
  server = js_test_server_start (binary);
  uri = g_uri_parse (server->url, G_URI_FLAGS_NONE, NULL);
  port = g_uri_get_port (uri);
  code = js_test_server_admin (server, "add-citizen", NUMBER, "Oksana Kovalenko", NULL);

  time_syncs (server, port, "quiet");
  peak_before = peak_rss (server->pid);

  loris = (JsTestLoris) { port, "127.0.0.2", NULL, 50, 300, 60 };
  upload = (JsTestUpload) { port, "127.0.0.3", 0, 0, 0,
                            g_ptr_array_new_with_free_func ((GDestroyNotify) js_test_reply_free) };
  dripping = js_test_loris_start (&loris);
  uploading = js_test_upload_start (&upload);
  g_usleep (G_USEC_PER_SEC / 2);

  time_syncs (server, port, "attacked");

  g_atomic_int_set (&upload.stop, 1);
  g_atomic_int_set (&loris.stop, 1);
  g_thread_join (uploading);
  g_thread_join (dripping);
  g_print ("attack_upload_mib: %.1f MiB\n", upload.sent / 1048576.0);
  g_print ("attack_uploads_refused: %u count\n", upload.replies->len);
  g_print ("attack_loris_connections: %u count\n", loris.n_connections);
  g_print ("server_peak_rss_growth_mib: %.1f MiB\n",
           (double) (peak_rss (server->pid) - peak_before) / 1048576.0);

  g_ptr_array_unref (upload.replies);
  g_ptr_array_unref (loris.replies);
  js_test_server_stop (server);
  return 0;
}
