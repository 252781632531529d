/* test-sync-hostile.c: broken and hostile jobcenter answers
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A fake jobcenter on loopback answers every way a real one must not:
 * wrong types, huge or truncated bodies, the wrong content type, errors,
 * redirects to plain HTTP, a connection cut mid-answer, an untrusted
 * certificate. Each sync fails with the right error, and the profile keeps
 * every entry and every waiting change.
 */

#include "config.h"

#include <libsoup/soup.h>

#include "js-store-joblog.h"
#include "js-sync.h"
#include "js-test-util.h"

#define OWNER "test-owner"

typedef struct {
  gboolean     drip;
  guint        status;
  const char  *type;
  char        *body;
  gssize       declared;
  const char  *location;
  const char  *retry_after;
} Answer;

typedef struct {
  GThread      *thread;
  GMainContext *context;
  GMainLoop    *loop;
  SoupServer   *server;
  Answer        answer;
  char         *url;
  gboolean      tls;
  GMutex        lock;
  GCond         ready;
} Fake;

static gboolean
drip_cb (gpointer user_data)
{
  GIOStream *stream = user_data;

  return g_output_stream_write (g_io_stream_get_output_stream (stream), " ", 1, NULL, NULL) == 1
           ? G_SOURCE_CONTINUE
           : G_SOURCE_REMOVE;
}

static void
answer_cb (SoupServer        *server,
           SoupServerMessage *msg,
           const char        *path,
           GHashTable        *query,
           gpointer           user_data)
{
  Fake *fake = user_data;
  Answer *answer = &fake->answer;
  SoupMessageHeaders *headers = soup_server_message_get_response_headers (msg);

  if (answer->drip)
    {
      /* A byte every 200 ms, never the end: slow enough to hold a sync
       * forever, fast enough that no single read times out. */
      GIOStream *stream = soup_server_message_steal_connection (msg);
      const char head[] = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                          "Content-Length: 100000\r\n\r\n{";

      g_output_stream_write_all (g_io_stream_get_output_stream (stream), head, strlen (head),
                                 NULL, NULL, NULL);
      g_timeout_add_full (G_PRIORITY_DEFAULT, 200, drip_cb, stream, g_object_unref);
      return;
    }

  if (answer->declared > 0)
    {
      /* Promise more than is sent, then hang up: the network drops
       * mid-answer. */
      g_autoptr(GIOStream) stream = soup_server_message_steal_connection (msg);
      g_autofree char *head = g_strdup_printf ("HTTP/1.1 200 OK\r\nContent-Type: "
                                               "application/json\r\nContent-Length: %"
                                               G_GSSIZE_FORMAT "\r\n\r\n%s",
                                               answer->declared, answer->body);

      g_output_stream_write_all (g_io_stream_get_output_stream (stream), head, strlen (head),
                                 NULL, NULL, NULL);
      g_io_stream_close (stream, NULL, NULL);
      return;
    }

  soup_server_message_set_status (msg, answer->status, NULL);
  if (answer->location != NULL)
    soup_message_headers_replace (headers, "Location", answer->location);
  if (answer->retry_after != NULL)
    soup_message_headers_replace (headers, "Retry-After", answer->retry_after);
  if (answer->body != NULL)
    soup_server_message_set_response (msg, answer->type, SOUP_MEMORY_COPY, answer->body,
                                      strlen (answer->body));
}

static gpointer
serve (gpointer user_data)
{
  Fake *fake = user_data;
  g_autoptr(GError) error = NULL;
  GSList *uris;

  g_main_context_push_thread_default (fake->context);
  if (!soup_server_listen_local (fake->server, 0,
                                 SOUP_SERVER_LISTEN_IPV4_ONLY |
                                   (fake->tls ? SOUP_SERVER_LISTEN_HTTPS : 0),
                                 &error))
    g_error ("%s", error->message);
  uris = soup_server_get_uris (fake->server);

  g_mutex_lock (&fake->lock);
  fake->url = g_strdup_printf ("%s://127.0.0.1:%d/v1",
                               g_uri_get_scheme (uris->data), g_uri_get_port (uris->data));
  g_cond_signal (&fake->ready);
  g_mutex_unlock (&fake->lock);
  g_slist_free_full (uris, (GDestroyNotify) g_uri_unref);

  g_main_loop_run (fake->loop);
  soup_server_disconnect (fake->server);
  g_main_context_pop_thread_default (fake->context);
  return NULL;
}

static Fake *
fake_start (gboolean tls)
{
  Fake *fake = g_new0 (Fake, 1);
  g_autoptr(GTlsCertificate) certificate = NULL;

  if (tls)
    {
      g_autofree char *cert = g_test_build_filename (G_TEST_DIST, "data", "selfsigned-cert.pem",
                                                     NULL);
      g_autofree char *key = g_test_build_filename (G_TEST_DIST, "data", "selfsigned-key.pem",
                                                    NULL);
      g_autoptr(GError) error = NULL;

      certificate = g_tls_certificate_new_from_files (cert, key, &error);
      g_assert_no_error (error);
    }

  fake->tls = tls;
  g_mutex_init (&fake->lock);
  g_cond_init (&fake->ready);
  fake->context = g_main_context_new ();
  fake->loop = g_main_loop_new (fake->context, FALSE);
  fake->server = soup_server_new ("tls-certificate", certificate, NULL);
  soup_server_add_handler (fake->server, NULL, answer_cb, fake, NULL);
  fake->answer.status = 200;

  g_mutex_lock (&fake->lock);
  fake->thread = g_thread_new ("fake-jobcenter", serve, fake);
  while (fake->url == NULL)
    g_cond_wait (&fake->ready, &fake->lock);
  g_mutex_unlock (&fake->lock);

  return fake;
}

static void
fake_stop (Fake *fake)
{
  g_main_loop_quit (fake->loop);
  g_main_context_wakeup (fake->context);
  g_thread_join (fake->thread);
  g_object_unref (fake->server);
  g_main_loop_unref (fake->loop);
  g_main_context_unref (fake->context);
  g_free (fake->answer.body);
  g_free (fake->url);
  g_free (fake);
}

static char *
make_profile (const char *dir)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (dir, "jobspor.db", NULL);
  g_autoptr(JsStore) store = js_store_open (path, &error);

  g_assert_true (js_store_set_owner (store, OWNER, &error));
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(JsJoblogEntry) entry = js_joblog_entry_new ();
      GDate date;

      js_test_set_date (&date, 20, 11, 2026);
      js_joblog_entry_set_date (entry, &date);
      js_joblog_entry_set_text (entry, JS_FIELD_TITLE, "Lagerarbejder");
      g_assert_true (js_store_joblog_save (store, entry, &error));
    }
  return path;
}

static void
assert_intact (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsStore) store = js_store_open (path, &error);

  g_assert_no_error (error);
  g_assert_cmpint (js_store_joblog_count (store, NULL), ==, 3);
  g_assert_cmpint (js_store_journal_count (store, NULL), ==, 3);
}

static void
expect (Fake        *fake,
        const char  *path,
        int          code)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (js_sync_run (path, fake->url, "token", OWNER, NULL, NULL, &error));
  g_assert_error (error, JS_SYNC_ERROR, code);
  assert_intact (path);
}

static void
set_answer (Fake       *fake,
            guint       status,
            const char *type,
            const char *body)
{
  g_free (fake->answer.body);
  memset (&fake->answer, 0, sizeof fake->answer);
  fake->answer.status = status;
  fake->answer.type = type;
  fake->answer.body = g_strdup (body);
}

static void
test_broken_answers (void)
{
  g_autofree char *dir = js_test_make_dir ("jobspor-hostile");
  g_autofree char *path = make_profile (dir);
  Fake *fake = fake_start (FALSE);
  g_autoptr(GString) huge = g_string_new ("{\"results\":[");

  set_answer (fake, 200, "application/json", "{\"results\":\"all fine\"}");
  expect (fake, path, JS_SYNC_ERROR_MALFORMED);

  set_answer (fake, 200, "application/json", "{\"results\":[{\"op\":");
  expect (fake, path, JS_SYNC_ERROR_MALFORMED);

  set_answer (fake, 200, "text/html", "<html>Welcome to the hotel Wi-Fi</html>");
  expect (fake, path, JS_SYNC_ERROR_MALFORMED);

  set_answer (fake, 200, "application/json", "{\"results\":[]}");
  expect (fake, path, JS_SYNC_ERROR_MALFORMED);

  set_answer (fake, 500, "application/json", "{\"error\":{\"code\":\"server-error\"}}");
  expect (fake, path, JS_SYNC_ERROR_SERVER);
  {
    g_autoptr(GError) error = NULL;

    /* The jobcenter's own code of the refusal is kept for the details. */
    g_assert_false (js_sync_run (path, fake->url, "token", OWNER, NULL, NULL, &error));
    g_assert_nonnull (strstr (error->message, "HTTP 500, server-error"));
  }

  set_answer (fake, 503, "application/json", "{}");
  fake->answer.retry_after = "60";
  expect (fake, path, JS_SYNC_ERROR_BUSY);
  {
    JsSyncStats stats;

    /* The wait the jobcenter asks for is passed on to the scheduler. */
    g_assert_false (js_sync_run (path, fake->url, "token", OWNER, &stats, NULL, NULL));
    g_assert_cmpuint (stats.retry_after, ==, 60);
  }

  set_answer (fake, 401, "application/json", "{}");
  expect (fake, path, JS_SYNC_ERROR_SIGNED_OUT);

  set_answer (fake, 302, NULL, NULL);
  fake->answer.location = "http://evil.example/v1/push";
  expect (fake, path, JS_SYNC_ERROR_REDIRECT);

  set_answer (fake, 200, "application/json", "{\"results\":[");
  fake->answer.declared = 100000;
  expect (fake, path, JS_SYNC_ERROR_OFFLINE);

  while (huge->len < JS_PROTOCOL_MAX_RESPONSE_BYTES + 1024)
    g_string_append (huge, "{\"op\":\"x\"},");
  g_string_append (huge, "{}]}");
  set_answer (fake, 200, "application/json", huge->str);
  expect (fake, path, JS_SYNC_ERROR_TOO_LARGE);

  fake_stop (fake);
  js_test_remove_tree (dir);
}

static void
test_slow_drip (void)
{
  g_autofree char *dir = js_test_make_dir ("jobspor-drip");
  g_autofree char *path = make_profile (dir);
  Fake *fake = fake_start (FALSE);
  gint64 start = g_get_monotonic_time ();

  js_sync_set_timeouts (2, 3);
  set_answer (fake, 200, "application/json", NULL);
  fake->answer.drip = TRUE;
  expect (fake, path, JS_SYNC_ERROR_TIMEOUT);
  g_assert_cmpint (g_get_monotonic_time () - start, <, 20 * G_USEC_PER_SEC);
  js_sync_set_timeouts (30, 120);

  fake_stop (fake);
  js_test_remove_tree (dir);
}

static void
test_untrusted_certificate (void)
{
  g_autofree char *dir = js_test_make_dir ("jobspor-tls");
  g_autofree char *path = make_profile (dir);
  Fake *fake = fake_start (TRUE);

  set_answer (fake, 200, "application/json", "{\"results\":[]}");
  expect (fake, path, JS_SYNC_ERROR_TLS);

  fake_stop (fake);
  js_test_remove_tree (dir);
}

static void
test_addresses (void)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (js_sync_url_allowed ("https://jobcenter.kk.dk/v1", NULL));
  g_assert_true (js_sync_url_allowed ("http://127.0.0.1:8080/v1", NULL));
  g_assert_true (js_sync_url_allowed ("http://[::1]:8080/v1", NULL));
  g_assert_true (js_sync_url_allowed ("http://localhost:8080/v1", NULL));
  g_assert_false (js_sync_url_allowed ("http://jobcenter.kk.dk/v1", &error));
  g_assert_error (error, JS_SYNC_ERROR, JS_SYNC_ERROR_INSECURE);
  g_assert_false (js_sync_url_allowed ("ftp://127.0.0.1/v1", NULL));
  g_assert_false (js_sync_url_allowed ("not a url", NULL));
}

static void
test_backoff (void)
{
  /* Full jitter: never zero, never over the limit, the limit doubling from
   * 5 s to a cap of 15 minutes. */
  g_assert_cmpuint (js_sync_backoff_delay (1, 0), ==, 1);
  g_assert_cmpuint (js_sync_backoff_delay (1, 4), ==, 5);
  g_assert_cmpuint (js_sync_backoff_delay (1, 5), ==, 1);
  g_assert_cmpuint (js_sync_backoff_delay (3, 19), ==, 20);
  g_assert_cmpuint (js_sync_backoff_delay (30, G_MAXUINT32), <=, 900);
  g_assert_cmpuint (js_sync_backoff_delay (30, 899), ==, 900);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/sync/hostile/broken-answers", test_broken_answers);
  g_test_add_func ("/sync/hostile/untrusted-certificate", test_untrusted_certificate);
  g_test_add_func ("/sync/hostile/slow-drip", test_slow_drip);
  g_test_add_func ("/sync/hostile/addresses", test_addresses);
  g_test_add_func ("/sync/backoff", test_backoff);

  return g_test_run ();
}
