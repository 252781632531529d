/* test-server-hardening.c: the real jobspor-server, attacked over TCP
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What anyone on the network can do without a code or a token: hold
 * connections open, use up the server's descriptors, drip a request a
 * byte at a time, stream an endless body, frame a request two ways, send
 * odd or over-long paths and headers. Each is cut short with the answer
 * the API promises, and meanwhile, and afterwards, a citizen signs in.
 */

#include "config.h"

#include <sys/wait.h>

#include "js-protocol.h"
#include "js-test-attack.h"
#include "js-test-http.h"
#include "js-test-server.h"

#define MiB (1024 * 1024)
/* What may be under way in the sockets' buffers when the server refuses a
 * body it has read 4 MiB of. */
#define BUFFERED (16 * MiB)
/* How much more memory refusing endless bodies may take. */
#define MAX_GROWTH (16 * MiB)
/* Seconds a server gets to serve again after an attack. */
#define RECOVERY_SECONDS 10

#define SESSION_HEAD JS_TEST_SESSION_HEAD

static const char *server_binary;
static guint citizens;

typedef struct {
  guint               fd_limit;
  const char * const *args;
} Config;

typedef struct {
  JsTestServer *server;
  guint         port;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  const Config *config = data;
  g_autoptr(GUri) uri = NULL;

  f->server = js_test_server_start_full (server_binary, config->fd_limit, config->args);
  uri = g_uri_parse (f->server->url, G_URI_FLAGS_NONE, NULL);
  f->port = g_uri_get_port (uri);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  js_test_server_stop (f->server);
}

static JsTestConn *
open_conn (Fixture    *f,
           const char *source)
{
  g_autoptr(GError) error = NULL;
  JsTestConn *conn = js_test_conn_open (f->port, source, &error);

  g_assert_no_error (error);
  return conn;
}

/* Sends @request exactly as written, and reads the answer. */
static JsTestReply *
exchange (JsTestConn *conn,
          const char *request)
{
  g_autoptr(GError) error = NULL;
  JsTestReply *reply;

  /* The server may refuse before it has read it all. */
  js_test_conn_send (conn, request, strlen (request), NULL);
  reply = js_test_conn_read_reply (conn, &error);
  g_assert_no_error (error);
  return reply;
}

static JsTestReply *
exchange_once (Fixture    *f,
               const char *request)
{
  g_autoptr(JsTestConn) conn = open_conn (f, NULL);

  return exchange (conn, request);
}

/* A request as a client writes it, on a connection of its own. */
static JsTestReply *
call (Fixture    *f,
      const char *method,
      const char *path,
      const char *token,
      const char *body)
{
  g_autoptr(JsTestConn) conn = open_conn (f, NULL);
  g_autoptr(GError) error = NULL;
  JsTestReply *reply = js_test_conn_request (conn, method, path, token, body, &error);

  g_assert_no_error (error);
  return reply;
}

/* The sign-in body of a new citizen with a fresh one-time code. */
static char *
sign_in_body (Fixture *f)
{
  g_autofree char *number = g_strdup_printf ("0101%06u", ++citizens);
  g_autofree char *code = js_test_server_admin (f->server, "add-citizen", number,
                                                "Test Citizen", NULL);

  return js_sign_in_write (number, code, NULL);
}

/* A new citizen signs in from @source (NULL: 127.0.0.1); NULL when no
 * connection or no answer came. */
static JsTestReply *
try_sign_in (Fixture    *f,
             const char *source,
             GError    **error)
{
  g_autofree char *body = sign_in_body (f);
  g_autoptr(JsTestConn) conn = js_test_conn_open (f->port, source, error);

  if (conn == NULL)
    return NULL;
  return js_test_conn_request (conn, "POST", "/v1/session", NULL, body, error);
}

static char *
token_of (JsTestReply *reply)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsSession) session = NULL;

  g_assert_nonnull (reply);
  g_assert_cmpuint (reply->status, ==, 200);
  session = js_session_parse (reply->body, reply->length, &error);
  g_assert_no_error (error);
  return g_strdup (session->token);
}

static char *
sign_in (Fixture    *f,
         const char *source)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsTestReply) reply = try_sign_in (f, source, &error);

  g_assert_no_error (error);
  return token_of (reply);
}

static void
assert_still_serves (Fixture *f)
{
  g_autofree char *token = sign_in (f, NULL);

  g_assert_nonnull (token);
}

/* After an attack, a sign-in from @source gets 200 within
 * RECOVERY_SECONDS; any answer before that is 503. */
static void
assert_recovers (Fixture    *f,
                 const char *source)
{
  gint64 deadline = g_get_monotonic_time () + RECOVERY_SECONDS * G_USEC_PER_SEC;

  for (;;)
    {
      g_autoptr(JsTestReply) reply = try_sign_in (f, source, NULL);

      if (reply != NULL && reply->status == 200)
        return;
      if (reply != NULL)
        js_test_assert_error (reply, 503, "unavailable");
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_usleep (G_USEC_PER_SEC / 10);
    }
}

/* "NAME:  N kB" in /proc/PID/status, in bytes. */
static guint64
status_bytes (GPid        pid,
              const char *name)
{
  g_autofree char *path = g_strdup_printf ("/proc/%d/status", pid);
  g_autofree char *key = g_strconcat ("\n", name, ":", NULL);
  g_autofree char *text = NULL;
  const char *line;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  line = strstr (text, key);
  g_assert_nonnull (line);
  return g_ascii_strtoull (line + strlen (key), NULL, 10) * 1024;
}

/* Waits for the loris (stopping it first when @stop): every answer it got
 * was 408, and unless stopped, the server ended every connection. */
static void
loris_finish (JsTestLoris    *loris,
              GThread  *thread,
              gboolean  stop)
{
  if (stop)
    g_atomic_int_set (&loris->stop, 1);
  g_thread_join (thread);

  g_test_message ("Loris: %u answers, %u closed, %u still open", loris->replies->len,
                  loris->closed, loris->ignored);
  g_assert_cmpuint (loris->replies->len + loris->closed + loris->ignored, ==,
                    loris->n_connections);
  for (guint i = 0; i < loris->replies->len; i++)
    js_test_assert_error (loris->replies->pdata[i], 408, "request-timeout");
  if (!stop)
    g_assert_cmpuint (loris->ignored, ==, 0);
  g_clear_pointer (&loris->replies, g_ptr_array_unref);
}

static const Config defaults = { 0, NULL };

static const char * const capped_args[] = { "--max-connections", "4", NULL };
static const Config capped = { 0, capped_args };

/* Four connections fill a server capped at four: a fifth is answered 503
 * and closed; once one of the four goes, new ones are served. */
static void
test_connection_cap (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GPtrArray) held = g_ptr_array_new_with_free_func (
    (GDestroyNotify) js_test_conn_free);
  g_autofree char *body = sign_in_body (f);
  g_autoptr(JsTestConn) extra = NULL;
  g_autoptr(JsTestReply) reply = NULL;

  for (guint i = 0; i < 4; i++)
    g_ptr_array_add (held, open_conn (f, NULL));
  extra = open_conn (f, NULL);
  reply = js_test_conn_request (extra, "POST", "/v1/session", NULL, body, NULL);
  js_test_assert_error (reply, 503, "unavailable");
  js_test_assert_closed (extra);

  g_ptr_array_remove_index (held, 0);
  assert_recovers (f, NULL);
  g_ptr_array_set_size (held, 0);
  assert_recovers (f, NULL);
}

static const char * const per_source_args[] = { "--max-connections-per-source", "2", NULL };
static const Config per_source = { 0, per_source_args };

/* Two connections from 127.0.0.2 fill its share: a third from there gets
 * 503, while other addresses are served. */
static void
test_connection_cap_per_source (Fixture       *f,
                                gconstpointer  data)
{
  g_autoptr(JsTestConn) first = open_conn (f, "127.0.0.2");
  g_autoptr(JsTestConn) second = open_conn (f, "127.0.0.2");
  g_autoptr(GError) error = NULL;
  g_autoptr(JsTestReply) reply = try_sign_in (f, "127.0.0.2", &error);
  g_autofree char *other = NULL;

  g_assert_no_error (error);
  js_test_assert_error (reply, 503, "unavailable");

  other = sign_in (f, "127.0.0.3");
  g_assert_nonnull (other);
  assert_still_serves (f);

  g_clear_pointer (&first, js_test_conn_free);
  g_clear_pointer (&second, js_test_conn_free);
  assert_recovers (f, "127.0.0.2");
}

static const char * const balanced_args[] = {
  "--max-connections-per-source", "2", "--trusted-proxy", "127.0.0.2", NULL,
};
static const Config balanced = { 0, balanced_args };

/* A load balancer (--trusted-proxy) carries many clients' connections: it
 * has no cap of its own, while others keep theirs. */
static void
test_connection_cap_balancer (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(GPtrArray) open = g_ptr_array_new_with_free_func ((GDestroyNotify) js_test_conn_free);
  g_autoptr(GError) error = NULL;
  g_autoptr(JsTestReply) refused = NULL;

  for (guint i = 0; i < 4; i++)
    {
      g_ptr_array_add (open, open_conn (f, "127.0.0.2"));
      g_ptr_array_add (open, open_conn (f, "127.0.0.3"));
    }
  g_free (sign_in (f, "127.0.0.2"));
  refused = try_sign_in (f, "127.0.0.3", &error);
  g_assert_no_error (error);
  js_test_assert_error (refused, 503, "unavailable");
}

/* A hundred connections from four addresses (so that no cap per address
 * is what saves the server), sending nothing. They are given a few seconds
 * to get through a full accept queue, however the server answers them. */
static GPtrArray *
flood (Fixture *f)
{
  static const char * const sources[] = { "127.0.0.2", "127.0.0.3", "127.0.0.4", "127.0.0.5" };
  GPtrArray *sockets = g_ptr_array_new_with_free_func (g_object_unref);
  gint64 deadline = g_get_monotonic_time () + 3 * G_USEC_PER_SEC;

  for (guint i = 0; i < 100; i++)
    g_ptr_array_add (sockets, js_test_connect_pending (f->port, sources[i % 4]));
  for (guint i = 0; i < sockets->len; i++)
    {
      gint64 left = deadline - g_get_monotonic_time ();

      if (left > 0)
        g_socket_condition_timed_wait (sockets->pdata[i], G_IO_OUT, left, NULL, NULL);
    }

  /* Time for the server to take them in and run out of descriptors. */
  g_usleep (G_USEC_PER_SEC / 2);
  return sockets;
}

/* A cap the descriptors cannot back: the server runs out of them, and
 * once the connections are gone it accepts again. */
static const char * const above_limit_args[] = { "--max-connections", "1000", NULL };
static const Config above_limit = { 64, above_limit_args };

static void
test_descriptors_above_cap (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GPtrArray) sockets = flood (f);

  g_ptr_array_set_size (sockets, 0);
  assert_recovers (f, NULL);
}

/* With the cap it works out from 64 descriptors, a hundred idle
 * connections get the newcomer a 503 or, once they time out, service. */
static const char * const short_header_args[] = { "--header-timeout", "1", NULL };
static const Config few_descriptors = { 64, short_header_args };

static void
test_descriptors_default_cap (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(GPtrArray) sockets = flood (f);
  g_autoptr(GError) error = NULL;
  g_autoptr(JsTestReply) reply = try_sign_in (f, NULL, &error);

  g_assert_no_error (error);
  if (reply->status != 200)
    js_test_assert_error (reply, 503, "unavailable");

  g_ptr_array_set_size (sockets, 0);
  assert_recovers (f, NULL);
}

/* With --header-timeout 1, a connection that sends nothing and one that
 * drips its headers are both ended, and a citizen signs in meanwhile. */
static const Config short_header = { 0, short_header_args };

static void
test_idle_and_slow (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *body = sign_in_body (f);
  JsTestLoris loris = { f->port, "127.0.0.2", NULL, 1, 200, JS_TEST_HTTP_TIMEOUT };
  GThread *thread = js_test_loris_start (&loris);
  g_autoptr(JsTestConn) idle = open_conn (f, "127.0.0.3");
  g_autoptr(JsTestReply) reply = call (f, "POST", "/v1/session", NULL, body);

  g_assert_cmpuint (reply->status, ==, 200);
  js_test_assert_timed_out (idle);
  loris_finish (&loris, thread, FALSE);
  assert_still_serves (f);
}

/* With --body-timeout 1, a body dripped a byte at a time is cut off. */
static const char * const short_body_args[] = { "--body-timeout", "1", NULL };
static const Config short_body = { 0, short_body_args };

static void
test_slow_body (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *body = sign_in_body (f);
  JsTestLoris loris = { f->port, NULL, SESSION_HEAD "Content-Length: 1000\r\n\r\n", 1, 200,
                  JS_TEST_HTTP_TIMEOUT };
  GThread *thread = js_test_loris_start (&loris);
  g_autoptr(JsTestReply) reply = call (f, "POST", "/v1/session", NULL, body);

  g_assert_cmpuint (reply->status, ==, 200);
  loris_finish (&loris, thread, FALSE);
  assert_still_serves (f);
}

/* A kept-alive connection serves a second request, and with
 * --idle-timeout 1 is then closed without a word. */
static const char * const short_idle_args[] = { "--idle-timeout", "1", NULL };
static const Config short_idle = { 0, short_idle_args };

static void
test_idle_keep_alive (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *body = sign_in_body (f);
  g_autoptr(JsTestConn) conn = open_conn (f, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(JsTestReply) signed_in = NULL;
  g_autoptr(JsTestReply) changes = NULL;
  g_autofree char *token = NULL;

  signed_in = js_test_conn_request (conn, "POST", "/v1/session", NULL, body, &error);
  g_assert_no_error (error);
  token = token_of (signed_in);
  changes = js_test_conn_request (conn, "GET", "/v1/changes", token, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (changes->status, ==, 200);
  js_test_assert_closed (conn);
}

/* SIGTERM, as a service manager or a rolling restart sends it: a sign-in
 * whose body is still coming is answered whole, then its connection
 * closed; a kept-alive connection waiting between requests is closed at
 * once; no new connection is taken; the process ends with status 0. */
static void
test_graceful_stop (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *body = sign_in_body (f);
  g_autofree char *head = g_strdup_printf ("POST /v1/session HTTP/1.1\r\nHost: x\r\n"
                                           "Content-Type: application/json\r\n"
                                           "Content-Length: %zu\r\n\r\n", strlen (body));
  g_autoptr(JsTestConn) idle = open_conn (f, NULL);
  g_autoptr(JsTestConn) busy = open_conn (f, NULL);
  g_autoptr(JsTestConn) late = NULL;
  g_autoptr(JsTestReply) healthy = NULL;
  g_autoptr(JsTestReply) signed_in = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *token = NULL;
  int status;

  healthy = js_test_conn_request (idle, "GET", "/v1/health", NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (healthy->status, ==, 200);
  g_assert_true (js_test_conn_send (busy, head, strlen (head), &error));
  g_assert_true (js_test_conn_send (busy, body, 10, &error));
  g_usleep (G_USEC_PER_SEC / 5);

  kill (f->server->pid, SIGTERM);
  g_usleep (G_USEC_PER_SEC / 5);
  js_test_assert_closed (idle);
  late = js_test_conn_open (f->port, NULL, &error);
  g_assert_null (late);
  g_clear_error (&error);

  g_assert_true (js_test_conn_send (busy, body + 10, strlen (body) - 10, &error));
  signed_in = js_test_conn_read_reply (busy, &error);
  g_assert_no_error (error);
  token = token_of (signed_in);
  g_assert_cmpstr (js_test_reply_header (signed_in, "connection"), ==, "close");
  js_test_assert_closed (busy);

  status = js_test_server_terminate (f->server);
  g_assert_true (WIFEXITED (status));
  g_assert_cmpint (WEXITSTATUS (status), ==, 0);
}

static const char * const endpoints[] = { "/v1/session", "/v1/push", "/v1/nope", "/nope" };

/* An endless chunked body, to any path and before any token is looked at,
 * is refused after about 4 MiB, and the server's memory barely moves. */
static void
test_oversize_chunked (Fixture       *f,
                       gconstpointer  data)
{
  guint64 peak;
  guint64 resident;

  assert_still_serves (f);
  peak = status_bytes (f->server->pid, "VmHWM");
  resident = status_bytes (f->server->pid, "VmRSS");

  for (guint i = 0; i < G_N_ELEMENTS (endpoints); i++)
    {
      guint64 sent = 0;
      g_autoptr(JsTestReply) reply = js_test_stream_chunked (f->port, NULL, endpoints[i],
                                                             JS_TEST_ENDLESS, NULL, &sent);

      g_test_message ("%s: answered after %" G_GUINT64_FORMAT " bytes", endpoints[i], sent);
      js_test_assert_error (reply, 413, "too-large");
      g_assert_cmpuint (sent, <=, JS_PROTOCOL_MAX_REQUEST_BYTES + BUFFERED);
    }

  g_test_message ("VmHWM %" G_GUINT64_FORMAT " -> %" G_GUINT64_FORMAT " kB, VmRSS %"
                  G_GUINT64_FORMAT " -> %" G_GUINT64_FORMAT " kB", peak / 1024,
                  status_bytes (f->server->pid, "VmHWM") / 1024, resident / 1024,
                  status_bytes (f->server->pid, "VmRSS") / 1024);
  g_assert_cmpuint (status_bytes (f->server->pid, "VmHWM"), <, peak + MAX_GROWTH);
  assert_still_serves (f);
}

/* A declared Content-Length over 4 MiB is refused before the body: with
 * "Expect: 100-continue" the first answer is 413, never 100. */
static void
test_oversize_declared (Fixture       *f,
                        gconstpointer  data)
{
  for (guint i = 0; i < G_N_ELEMENTS (endpoints); i++)
    {
      g_autofree char *expecting = g_strdup_printf (
        "POST %s HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
        "Content-Length: %" G_GUINT64_FORMAT "\r\nExpect: 100-continue\r\n\r\n", endpoints[i],
        JS_TEST_ENDLESS);
      g_autofree char *declaring = g_strdup_printf (
        "POST %s HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
        "Content-Length: %d\r\n\r\n", endpoints[i], JS_PROTOCOL_MAX_REQUEST_BYTES + 1);
      g_autoptr(JsTestReply) continued = exchange_once (f, expecting);
      g_autoptr(JsTestReply) declared = exchange_once (f, declaring);

      g_assert_true (g_str_has_prefix (continued->status_line, "HTTP/1.1 413"));
      js_test_assert_error (continued, 413, "too-large");
      js_test_assert_error (declared, 413, "too-large");
    }
  assert_still_serves (f);
}

/* POST /v1/session with @framing (the rest of the headers, the empty line
 * and the body): refused as a whole with 400. */
static void
assert_framing_refused (Fixture    *f,
                        const char *framing)
{
  g_autofree char *request = g_strconcat (SESSION_HEAD, framing, NULL);
  g_autoptr(JsTestReply) reply = exchange_once (f, request);

  js_test_assert_error (reply, 400, "bad-request");
}

/* A Content-Length a proxy could read otherwise than the server: 400,
 * and bytes after a negative one are not read as a second request. */
static void
test_content_length (Fixture       *f,
                     gconstpointer  data)
{
  static const char smuggled[] = SESSION_HEAD "Content-Length: -5\r\n\r\n"
                                 "GET /v1/nope HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
  /* Well framed, this body is a wrong code: 401, not 400. */
  g_autofree char *body = js_sign_in_write ("0101999999", "AAAA-BBBB", NULL);
  gsize n = strlen (body);
  g_autofree char *twice = g_strdup_printf ("Content-Length: %" G_GSIZE_FORMAT "\r\n"
                                            "Content-Length: %" G_GSIZE_FORMAT "\r\n\r\n%s",
                                            n, n, body);
  g_autofree char *two = g_strdup_printf ("Content-Length: %" G_GSIZE_FORMAT "\r\n"
                                          "Content-Length: %" G_GSIZE_FORMAT "\r\n\r\n%s ",
                                          n, n + 1, body);
  g_autofree char *listed = g_strdup_printf ("Content-Length: %" G_GSIZE_FORMAT ", %"
                                             G_GSIZE_FORMAT "\r\n\r\n%s ", n, n + 1, body);
  g_autofree char *both = g_strdup_printf ("Content-Length: %" G_GSIZE_FORMAT "\r\n"
                                           "Transfer-Encoding: chunked\r\n\r\n%"
                                           G_GSIZE_MODIFIER "x\r\n%s\r\n0\r\n\r\n",
                                           n, n, body);
  g_autoptr(JsTestConn) conn = open_conn (f, NULL);
  g_autoptr(JsTestReply) reply = exchange (conn, smuggled);
  g_autoptr(JsTestReply) control = call (f, "POST", "/v1/session", NULL, body);

  js_test_assert_error (reply, 400, "bad-request");
  js_test_assert_closed (conn);

  js_test_assert_error (control, 401, "invalid-code");
  assert_framing_refused (f, twice);
  assert_framing_refused (f, two);
  assert_framing_refused (f, listed);
  assert_framing_refused (f, both);
  assert_still_serves (f);
}

/* Dot segments and escapes do not lead to an endpoint: 404, with a token
 * that the plain path accepts. */
static void
test_paths (Fixture       *f,
            gconstpointer  data)
{
  static const char * const paths[] = {
    "/v1/%2e%2e/v1/changes", "/v1/../v1/changes", "/v1/./changes", "/v1/%63hanges",
  };
  g_autofree char *token = sign_in (f, NULL);
  g_autoptr(JsTestReply) control = call (f, "GET", "/v1/changes", token, NULL);

  g_assert_cmpuint (control->status, ==, 200);
  for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
    {
      g_autoptr(JsTestReply) reply = call (f, "GET", paths[i], token, NULL);

      js_test_assert_error (reply, 404, "not-found");
    }
  assert_still_serves (f);
}

/* Request lines and headers past the limits: 414 and 431. */
static void
test_over_long (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *digits = g_strnfill (80 * 1024, '1');
  g_autofree char *letters = g_strnfill (100 * 1024, 'a');
  g_autofree char *query = g_strconcat ("/v1/changes?since=", digits, NULL);
  g_autofree char *path = g_strconcat ("/v1/", letters, NULL);
  g_autoptr(GString) many = g_string_new ("GET /v1/changes HTTP/1.1\r\nHost: 127.0.0.1\r\n");
  g_autoptr(JsTestReply) long_query = call (f, "GET", query, NULL, NULL);
  g_autoptr(JsTestReply) long_path = call (f, "GET", path, NULL, NULL);
  g_autoptr(JsTestReply) long_token = call (f, "GET", "/v1/changes", letters, NULL);
  g_autoptr(JsTestReply) too_many = NULL;

  /* 200 headers of 10 bytes each, "X-000: 1\r\n". */
  for (guint i = 0; i < 200; i++)
    g_string_append_printf (many, "X-%03u: 1\r\n", i);
  g_string_append (many, "\r\n");
  too_many = exchange_once (f, many->str);

  js_test_assert_error (long_query, 414, "uri-too-long");
  js_test_assert_error (long_path, 414, "uri-too-long");
  js_test_assert_error (long_token, 431, "headers-too-large");
  js_test_assert_error (too_many, 431, "headers-too-large");
  assert_still_serves (f);
}

/* While 50 connections drip their headers and endless uploads stream in
 * from 127.0.0.2, a citizen signs in, pushes and pulls, each in time. */
static const char * const attacked_args[] = { "--header-timeout", "2", NULL };
static const Config attacked = { 0, attacked_args };

static void
test_under_attack (Fixture       *f,
                   gconstpointer  data)
{
  JsTestLoris loris = { f->port, "127.0.0.2", NULL, 50, 300, 30 };
  JsTestUpload upload = { f->port, "127.0.0.2", 0, 0, 0,
                    g_ptr_array_new_with_free_func ((GDestroyNotify) js_test_reply_free) };
  GThread *dripping = js_test_loris_start (&loris);
  GThread *uploading = js_test_upload_start (&upload);
  g_autofree char *body = NULL;
  g_autofree char *token = NULL;
  g_autoptr(JsTestReply) pushed = NULL;
  g_autoptr(JsTestReply) pulled = NULL;
  g_autoptr(JsChangesPage) page = NULL;
  g_autoptr(GError) error = NULL;

  /* The attack under way. */
  g_usleep (G_USEC_PER_SEC / 2);
  token = sign_in (f, NULL);
  body = js_test_push_body ();
  pushed = call (f, "POST", "/v1/push", token, body);
  g_assert_cmpuint (pushed->status, ==, 200);
  g_assert_nonnull (strstr (pushed->body, "\"applied\""));
  pulled = call (f, "GET", "/v1/changes?limit=1000", token, NULL);
  g_assert_cmpuint (pulled->status, ==, 200);
  page = js_changes_page_parse (pulled->body, pulled->length, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (page->changes->len, ==, 1);

  g_atomic_int_set (&upload.stop, 1);
  g_thread_join (uploading);
  g_test_message ("Uploads: %u answers to %" G_GUINT64_FORMAT " bytes", upload.replies->len,
                  upload.sent);
  g_assert_cmpuint (upload.longest, <=, JS_PROTOCOL_MAX_REQUEST_BYTES + BUFFERED);
  /* 503 when uploads that just ended still count against 127.0.0.2. */
  for (guint i = 0; i < upload.replies->len; i++)
    {
      JsTestReply *reply = upload.replies->pdata[i];

      js_test_assert_error (reply, reply->status == 503 ? 503 : 413,
                            reply->status == 503 ? "unavailable" : "too-large");
    }
  g_ptr_array_unref (upload.replies);
  loris_finish (&loris, dripping, TRUE);
  assert_still_serves (f);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  server_binary = g_getenv ("JOBSPOR_SERVER");
  g_assert_nonnull (server_binary);

#define ADD(path, config, func) \
  g_test_add (path, Fixture, &config, fixture_set_up, func, fixture_tear_down)

  ADD ("/server/hardening/connection-cap", capped, test_connection_cap);
  ADD ("/server/hardening/connection-cap-per-source", per_source,
       test_connection_cap_per_source);
  ADD ("/server/hardening/connection-cap-balancer", balanced, test_connection_cap_balancer);
  ADD ("/server/hardening/descriptors-above-cap", above_limit, test_descriptors_above_cap);
  ADD ("/server/hardening/descriptors-default-cap", few_descriptors,
       test_descriptors_default_cap);
  ADD ("/server/hardening/idle-and-slow", short_header, test_idle_and_slow);
  ADD ("/server/hardening/slow-body", short_body, test_slow_body);
  ADD ("/server/hardening/idle-keep-alive", short_idle, test_idle_keep_alive);
  ADD ("/server/hardening/oversize-chunked", defaults, test_oversize_chunked);
  ADD ("/server/hardening/oversize-declared", defaults, test_oversize_declared);
  ADD ("/server/hardening/content-length", defaults, test_content_length);
  ADD ("/server/hardening/paths", defaults, test_paths);
  ADD ("/server/hardening/over-long", defaults, test_over_long);
  ADD ("/server/hardening/under-attack", attacked, test_under_attack);
  ADD ("/server/hardening/graceful-stop", defaults, test_graceful_stop);

#undef ADD

  return g_test_run ();
}
