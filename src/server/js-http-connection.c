/* js-http-connection.c: one client connection of the HTTP server
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A connection is always in one state, and every state has a deadline:
 * the head must come within the header time-out, the body within the body
 * time-out, the answer must be taken within the write time-out, and a
 * kept-alive connection waits for its next request only the idle time-out.
 * So no client, however slow or silent, keeps a connection for long.
 * Bytes are read in pieces of READ_SIZE and kept only up to the limits, so
 * a client streaming a huge body costs the server no more than the limit.
 */

#include "config.h"

#include <string.h>
#include <unistd.h>

#include "js-http-connection.h"
#include "js-protocol.h"

#define READ_SIZE    16384
#define LINGER_MS    5000
#define LINGER_BYTES (8 * 1024 * 1024)

typedef enum {
  STATE_HEAD,
  STATE_BODY,
  STATE_HANDLE,  /* the handler answers later (js_http_response_defer()) */
  STATE_WRITE,
  STATE_LINGER,
  STATE_CLOSED,
} State;

struct _JsHttpConnection {
  grefcount              ref;
  JsHttpConnectionHooks  hooks;
  GSocket               *socket;
  GIOStream             *stream;
  GCancellable          *cancellable;
  char                  *source;
  State                  state;
  guint8                *buffer;
  GByteArray            *in;
  JsHttpRequest         *request;
  JsHttpChunks           chunks;
  GByteArray            *body;
  guint                  timeout_id;
  gboolean               begun;
  gboolean               idle;
  gboolean               continuing;
  gboolean               keep_alive;
  gboolean               draining;
  gsize                  lingered;
  gint64                 started;
  char                   request_id[32];
  GBytes                *out;
  guint                  status;
  gsize                  body_length;
};

static void read_more (JsHttpConnection *self);

/* A new id for the request now beginning: the process and a count, so the
 * lines of several server processes behind one balancer stay apart. */
static void
next_request_id (JsHttpConnection *self)
{
  static guint64 count;

  g_snprintf (self->request_id, sizeof self->request_id, "%x-%" G_GINT64_MODIFIER "x",
              (guint) getpid (), ++count);
}
static void process   (JsHttpConnection *self);

static JsHttpConnection *
connection_ref (JsHttpConnection *self)
{
  g_ref_count_inc (&self->ref);
  return self;
}

static void
connection_unref (JsHttpConnection *self)
{
  if (!g_ref_count_dec (&self->ref))
    return;
  g_clear_handle_id (&self->timeout_id, g_source_remove);
  g_clear_object (&self->stream);
  g_clear_object (&self->socket);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->request, js_http_request_free);
  g_clear_pointer (&self->in, g_byte_array_unref);
  g_clear_pointer (&self->body, g_byte_array_unref);
  g_clear_pointer (&self->out, g_bytes_unref);
  g_free (self->buffer);
  g_free (self->source);
  g_free (self);
}

/**
 * _js_http_log:
 * @request_id: the request's id, also sent back as X-Request-Id
 *
 * One line a request, key=value, for log collectors: when, which request,
 * what, the answer, how long and how big. The path only: queries hold
 * cursors, and nothing personal is logged.
 */
void
_js_http_log (const char *request_id,
              const char *method,
              const char *path,
              guint       status,
              gint64      started,
              gsize       body_length)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *stamp = g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");

  g_print ("time=%s id=%s method=%s path=%s status=%u ms=%.1f bytes=%" G_GSIZE_FORMAT "\n",
           stamp, request_id, method, path, status,
           (g_get_monotonic_time () - started) / 1000.0, body_length);
}

static gboolean
timed_out_cb (gpointer user_data);

static void
arm (JsHttpConnection *self,
     guint             milliseconds)
{
  g_clear_handle_id (&self->timeout_id, g_source_remove);
  self->timeout_id = g_timeout_add (milliseconds, timed_out_cb, self);
}

static void
respond (JsHttpConnection     *self,
         const JsHttpResponse *response,
         gboolean              keep_alive);

static void
fail (JsHttpConnection *self,
      guint             status,
      const char       *code,
      const char       *message)
{
  JsHttpResponse response;

  _js_http_response_init (&response);
  js_http_response_set_error (&response, status, code, message);
  respond (self, &response, FALSE);
  _js_http_response_clear (&response);
}

static gboolean
timed_out_cb (gpointer user_data)
{
  JsHttpConnection *self = user_data;

  self->timeout_id = 0;
  if ((self->state == STATE_HEAD && self->begun) || self->state == STATE_BODY)
    fail (self, 408, "request-timeout", "The request did not arrive in time");
  else
    _js_http_connection_close (self);
  return G_SOURCE_REMOVE;
}

static void
write_done_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data);

static void
write_bytes (JsHttpConnection *self,
             GBytes           *bytes)
{
  gsize length = 0;
  gconstpointer data = g_bytes_get_data (bytes, &length);

  /* Kept until the next write, so the bytes outlive this one. */
  g_clear_pointer (&self->out, g_bytes_unref);
  self->out = g_bytes_ref (bytes);
  self->state = STATE_WRITE;
  g_output_stream_write_all_async (g_io_stream_get_output_stream (self->stream), data, length,
                                   G_PRIORITY_DEFAULT, self->cancellable, write_done_cb,
                                   connection_ref (self));
}

static void
respond (JsHttpConnection     *self,
         const JsHttpResponse *response,
         gboolean              keep_alive)
{
  gboolean head = self->request != NULL && g_str_equal (self->request->method, "HEAD");
  gboolean http10 = self->request != NULL && self->request->http10;
  g_autoptr(GBytes) bytes = _js_http_response_to_bytes (response, keep_alive, http10, head,
                                                        self->request_id);

  self->keep_alive = keep_alive;
  self->status = response->status;
  self->body_length = response->length;
  arm (self, self->hooks.config->write_timeout * 1000);
  write_bytes (self, bytes);
}

static void
dispatch (JsHttpConnection *self)
{
  g_autoptr(GBytes) body = g_byte_array_free_to_bytes (g_steal_pointer (&self->body));
  JsHttpResponse *response = g_new0 (JsHttpResponse, 1);

  g_clear_handle_id (&self->timeout_id, g_source_remove);
  _js_http_response_init (response);
  response->connection = connection_ref (self);
  self->state = STATE_HANDLE;
  self->hooks.handler (self->request, body, self->source, response, self->hooks.handler_data);
  if (!response->deferred)
    js_http_response_finish (response);
}

/**
 * js_http_response_defer:
 * @response: the answer a handler was given
 *
 * Keeps the answer open after the handler returns: the connection waits
 * (reading nothing more) until js_http_response_finish() sends it. For
 * answers that wait on other requests, as pushes committed together.
 *
 * Returns: (transfer full): @response, to finish later
 */
JsHttpResponse *
js_http_response_defer (JsHttpResponse *response)
{
  response->deferred = TRUE;
  return response;
}

/**
 * js_http_response_finish:
 * @response: (transfer full): an answer
 *
 * Sends the answer on its connection (when the client is still there)
 * and frees it.
 */
void
js_http_response_finish (JsHttpResponse *response)
{
  JsHttpConnection *self = response->connection;

  if (self->state == STATE_HANDLE)
    respond (self, response, self->request->keep_alive && !self->draining);
  _js_http_response_clear (response);
  connection_unref (self);
  g_free (response);
}

static void
send_continue (JsHttpConnection *self)
{
  static const char interim[] = "HTTP/1.1 100 Continue\r\n\r\n";
  g_autoptr(GBytes) bytes = g_bytes_new_static (interim, strlen (interim));

  self->continuing = TRUE;
  write_bytes (self, bytes);
}

typedef enum {
  STEP_ON,        /* the state changed; go on */
  STEP_NEED_MORE, /* read more first */
  STEP_WAIT,      /* writing; the write's callback goes on */
} Step;

static Step
fail_head (JsHttpConnection *self,
           JsHttpHeadResult  result)
{
  switch (result)
    {
    case JS_HTTP_HEAD_LINE_TOO_LONG:
      fail (self, 414, "uri-too-long", "The request line is too long");
      break;
    case JS_HTTP_HEAD_TOO_LARGE:
      fail (self, 431, "headers-too-large", "The request headers are too large");
      break;
    case JS_HTTP_HEAD_BODY_TOO_LARGE:
      fail (self, 413, "too-large", "The request is too large");
      break;
    case JS_HTTP_HEAD_UNSUPPORTED:
      fail (self, 501, "not-implemented", "Only the chunked transfer coding is understood");
      break;
    case JS_HTTP_HEAD_EXPECTATION:
      fail (self, 417, "expectation-failed", "Only Expect: 100-continue is understood");
      break;
    case JS_HTTP_HEAD_VERSION:
      fail (self, 505, "http-version-not-supported", "Use HTTP/1.1");
      break;
    case JS_HTTP_HEAD_BAD:
    case JS_HTTP_HEAD_INCOMPLETE:
    case JS_HTTP_HEAD_DONE:
    default:
      fail (self, 400, "bad-request", "The request is not valid HTTP/1.1");
      break;
    }
  return STEP_WAIT;
}

static Step
read_head (JsHttpConnection *self)
{
  const JsHttpConfig *config = self->hooks.config;
  JsHttpHeadResult result;
  JsHttpRequest *request = NULL;
  gsize head_length = 0;

  if (self->in->len == 0)
    return STEP_NEED_MORE;
  if (!self->begun)
    {
      self->begun = TRUE;
      self->started = g_get_monotonic_time ();
      next_request_id (self);
      if (self->idle)
        arm (self, config->header_timeout * 1000);
      self->idle = FALSE;
    }

  result = js_http_head_parse ((const char *) self->in->data, self->in->len, &config->limits,
                               &request, &head_length);
  if (result == JS_HTTP_HEAD_INCOMPLETE)
    return STEP_NEED_MORE;
  if (result != JS_HTTP_HEAD_DONE)
    return fail_head (self, result);

  g_byte_array_remove_range (self->in, 0, head_length);
  g_clear_pointer (&self->request, js_http_request_free);
  self->request = request;
  self->body = g_byte_array_new ();
  if (!request->chunked && request->content_length <= 0)
    {
      dispatch (self);
      return STEP_WAIT;
    }

  self->state = STATE_BODY;
  js_http_chunks_init (&self->chunks, config->limits.max_body);
  arm (self, config->body_timeout * 1000);
  if (request->expect_continue && self->in->len == 0)
    {
      send_continue (self);
      return STEP_WAIT;
    }
  return STEP_ON;
}

static Step
read_chunks (JsHttpConnection *self)
{
  gsize used = 0;
  JsHttpChunksResult result = js_http_chunks_feed (&self->chunks, self->in->data, self->in->len,
                                                   self->body, &used);

  g_byte_array_remove_range (self->in, 0, used);
  switch (result)
    {
    case JS_HTTP_CHUNKS_MORE:
      return STEP_NEED_MORE;
    case JS_HTTP_CHUNKS_DONE:
      dispatch (self);
      return STEP_WAIT;
    case JS_HTTP_CHUNKS_TOO_LARGE:
      fail (self, 413, "too-large", "The request is too large");
      return STEP_WAIT;
    case JS_HTTP_CHUNKS_BAD:
    default:
      fail (self, 400, "bad-request", "The chunked body is not valid");
      return STEP_WAIT;
    }
}

static Step
read_body (JsHttpConnection *self)
{
  gsize wanted;
  gsize taken;

  if (self->in->len == 0)
    return STEP_NEED_MORE;
  if (self->request->chunked)
    return read_chunks (self);

  wanted = self->request->content_length - self->body->len;
  taken = MIN (wanted, self->in->len);
  g_byte_array_append (self->body, self->in->data, taken);
  g_byte_array_remove_range (self->in, 0, taken);
  if (self->body->len < (gsize) self->request->content_length)
    return STEP_NEED_MORE;
  dispatch (self);
  return STEP_WAIT;
}

static void
process (JsHttpConnection *self)
{
  for (;;)
    {
      Step step;

      if (self->state == STATE_HEAD)
        step = read_head (self);
      else if (self->state == STATE_BODY)
        step = read_body (self);
      else
        return;

      if (step == STEP_NEED_MORE)
        {
          read_more (self);
          return;
        }
      if (step == STEP_WAIT)
        return;
    }
}

static void
read_done_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  JsHttpConnection *self = user_data;
  gssize n = g_input_stream_read_finish (G_INPUT_STREAM (object), result, NULL);

  if (self->state == STATE_CLOSED)
    ;
  else if (n <= 0)
    _js_http_connection_close (self);
  else if (self->state == STATE_LINGER)
    {
      self->lingered += n;
      if (self->lingered > LINGER_BYTES)
        _js_http_connection_close (self);
      else
        read_more (self);
    }
  else
    {
      g_byte_array_append (self->in, self->buffer, n);
      process (self);
    }
  connection_unref (self);
}

static void
read_more (JsHttpConnection *self)
{
  g_input_stream_read_async (g_io_stream_get_input_stream (self->stream), self->buffer, READ_SIZE,
                             G_PRIORITY_DEFAULT, self->cancellable, read_done_cb,
                             connection_ref (self));
}

/* After an answer that closes the connection, the client may still be
 * sending (a body over the limit). Closing at once would reset the
 * connection and could lose the answer, so the rest is read and dropped
 * for a short while first. */
static void
linger (JsHttpConnection *self)
{
  if (G_IS_TLS_CONNECTION (self->stream) ||
      !g_socket_shutdown (self->socket, FALSE, TRUE, NULL))
    {
      _js_http_connection_close (self);
      return;
    }
  self->state = STATE_LINGER;
  arm (self, LINGER_MS);
  read_more (self);
}

static void
write_done_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  JsHttpConnection *self = user_data;
  gboolean written = g_output_stream_write_all_finish (G_OUTPUT_STREAM (object), result, NULL,
                                                       NULL);

  if (self->state == STATE_CLOSED)
    ;
  else if (!written)
    _js_http_connection_close (self);
  else if (self->continuing)
    {
      self->continuing = FALSE;
      self->state = STATE_BODY;
      process (self);
    }
  else
    {
      _js_http_log (self->request_id, self->request != NULL ? self->request->method : "-",
                    self->request != NULL ? self->request->path : "-", self->status,
                    self->started, self->body_length);
      g_clear_pointer (&self->request, js_http_request_free);
      g_clear_pointer (&self->body, g_byte_array_unref);
      if (!self->keep_alive || self->draining)
        linger (self);
      else
        {
          self->state = STATE_HEAD;
          self->begun = FALSE;
          self->idle = TRUE;
          arm (self, self->hooks.config->idle_timeout * 1000);
          process (self);
        }
    }
  connection_unref (self);
}

static void
handshake_done_cb (gboolean done,
                   gpointer user_data)
{
  JsHttpConnection *self = user_data;

  if (self->state == STATE_CLOSED)
    ;
  else if (!done)
    _js_http_connection_close (self);
  else
    read_more (self);
  connection_unref (self);
}

/**
 * _js_http_connection_start:
 * @socket: the accepted socket
 * @stream: the stream to talk over: the socket's connection or TLS on it
 * @source: the client's address
 *
 * Serves requests on the connection until it is closed; hooks->closed
 * is then called.
 *
 * Returns: (transfer none): the connection, owned by itself while open
 */
JsHttpConnection *
_js_http_connection_start (GSocket                     *socket,
                           GIOStream                   *stream,
                           const char                  *source,
                           const JsHttpConnectionHooks *hooks)
{
  JsHttpConnection *self = g_new0 (JsHttpConnection, 1);

  g_ref_count_init (&self->ref);
  self->hooks = *hooks;
  self->socket = g_object_ref (socket);
  self->stream = g_object_ref (stream);
  self->cancellable = g_cancellable_new ();
  self->source = g_strdup (source);
  self->buffer = g_malloc (READ_SIZE);
  self->in = g_byte_array_new ();
  self->state = STATE_HEAD;
  self->started = g_get_monotonic_time ();
  next_request_id (self);

  /* A new connection has the header time-out from its very start, so one
   * that sends nothing is closed as soon as one that sends too slowly. */
  arm (self, hooks->config->header_timeout * 1000);
  if (G_IS_TLS_CONNECTION (stream))
    _js_http_tls_handshake (source, socket, G_TLS_CONNECTION (stream), self->cancellable,
                            handshake_done_cb, connection_ref (self));
  else
    read_more (self);
  return self;
}

const char *
_js_http_connection_get_source (JsHttpConnection *self)
{
  return self->source;
}

/* Closes the connection once the request under way is answered (the
 * answer says "Connection: close"), or at once when none is: the server
 * is stopping. */
void
_js_http_connection_drain (JsHttpConnection *self)
{
  self->draining = TRUE;
  if (self->state == STATE_HEAD && !self->begun)
    _js_http_connection_close (self);
}

/* Closes at once, whatever the state; safe to call more than once. */
void
_js_http_connection_close (JsHttpConnection *self)
{
  if (self->state == STATE_CLOSED)
    return;

  self->state = STATE_CLOSED;
  g_clear_handle_id (&self->timeout_id, g_source_remove);
  g_cancellable_cancel (self->cancellable);
  /* Shut down first: a TLS handshake may be waiting on the socket in a
   * thread of glib-networking, and close() alone would neither wake it
   * nor end the connection until it returns. */
  g_socket_shutdown (self->socket, TRUE, TRUE, NULL);
  g_socket_close (self->socket, NULL);
  self->hooks.closed (self, self->hooks.closed_data);
  connection_unref (self);
}
