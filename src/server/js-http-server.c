/* js-http-server.c: the reference jobcenter's HTTP/1.1 listener
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Accepts connections and hands them to JsHttpConnection, but never more
 * than the connection caps: a connection over a cap is told 503 and
 * closed at once. When the process runs out of file descriptors anyway
 * (other files, a low limit), one descriptor kept in reserve is freed to
 * take the waiting connection, answer it 503 and close it, so the listen
 * queue keeps moving and the server never stops accepting for good.
 *
 * libsoup's SoupServer is not used here: in the libsoup of Debian 12
 * (3.2) it stops accepting for good after one EMFILE, buffers a chunked
 * body whole before a handler can refuse it, has no time-outs for a
 * request's head or an idle connection, and resets over-long lines
 * without an answer (see the note of issue 13).
 */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

#include "js-http-connection.h"
#include "js-protocol.h"

#define ACCEPT_BATCH     32
#define LISTEN_BACKLOG   511
#define RESUME_MS        100
#define MAX_CONNECTIONS  4096
#define SPARE_FDS        64

struct _JsHttpServer {
  GObject                parent_instance;

  JsHttpConfig           config;
  JsHttpConnectionHooks  hooks;
  GTlsCertificate       *certificate;
  GSocket               *listener;
  GSource               *incoming;
  guint                  resume_id;
  int                    reserve_fd;
  gboolean               exhausted;
  gboolean               stopped;
  guint                  port;
  GHashTable            *connections;
  GHashTable            *per_source;
  GBytes                *unavailable;
};

G_DEFINE_FINAL_TYPE (JsHttpServer, js_http_server, G_TYPE_OBJECT)

/**
 * js_http_config_init:
 *
 * Sets every limit to its default. The connection cap stays below the
 * process's descriptor limit, leaving room for the database's files.
 */
void
js_http_config_init (JsHttpConfig *config)
{
  struct rlimit limit = { 0 };
  rlim_t descriptors = MAX_CONNECTIONS + SPARE_FDS;

  if (getrlimit (RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur != RLIM_INFINITY)
    descriptors = limit.rlim_cur;

  *config = (JsHttpConfig) {
    .header_timeout = JS_HTTP_DEFAULT_HEADER_TIMEOUT,
    .body_timeout = JS_HTTP_DEFAULT_BODY_TIMEOUT,
    .idle_timeout = JS_HTTP_DEFAULT_IDLE_TIMEOUT,
    .write_timeout = JS_HTTP_DEFAULT_WRITE_TIMEOUT,
    .max_connections = MIN (MAX_CONNECTIONS, descriptors >= 2 * SPARE_FDS
                                               ? descriptors - SPARE_FDS : descriptors / 2),
    .max_per_source = JS_HTTP_DEFAULT_MAX_PER_SOURCE,
    .limits = {
      .max_line = JS_HTTP_DEFAULT_MAX_LINE,
      .max_head = JS_HTTP_DEFAULT_MAX_HEAD,
      .max_headers = JS_HTTP_DEFAULT_MAX_HEADERS,
      .max_body = JS_PROTOCOL_MAX_REQUEST_BYTES,
    },
  };
}

/* Tells a client over a cap to come back later, without keeping its
 * descriptor: what it sent is read first, so closing does not reset the
 * connection before the answer is read. */
static void
refuse_descriptor (JsHttpServer *self,
                   int           fd)
{
  char sink[4096];
  gsize length = 0;
  gconstpointer data = g_bytes_get_data (self->unavailable, &length);

  if (self->certificate != NULL)
    return;
  for (guint i = 0; i < 16 && recv (fd, sink, sizeof sink, MSG_DONTWAIT) > 0; i++)
    ;
  if (send (fd, data, length, MSG_DONTWAIT | MSG_NOSIGNAL) > 0)
    shutdown (fd, SHUT_WR);
}

static void
connection_closed_cb (JsHttpConnection *connection,
                      gpointer          user_data)
{
  JsHttpServer *self = user_data;
  const char *source = _js_http_connection_get_source (connection);
  guint count = GPOINTER_TO_UINT (g_hash_table_lookup (self->per_source, source));

  g_hash_table_remove (self->connections, connection);
  if (count > 1)
    g_hash_table_insert (self->per_source, g_strdup (source), GUINT_TO_POINTER (count - 1));
  else
    g_hash_table_remove (self->per_source, source);
}

static char *
dup_source (GSocket *socket)
{
  g_autoptr(GSocketAddress) remote = g_socket_get_remote_address (socket, NULL);

  if (!G_IS_INET_SOCKET_ADDRESS (remote))
    return g_strdup ("-");
  return g_inet_address_to_string (
    g_inet_socket_address_get_address (G_INET_SOCKET_ADDRESS (remote)));
}

static void
admit (JsHttpServer *self,
       GSocket      *socket)
{
  g_autofree char *source = dup_source (socket);
  guint count = GPOINTER_TO_UINT (g_hash_table_lookup (self->per_source, source));
  g_autoptr(GSocketConnection) connection = NULL;
  g_autoptr(GIOStream) tls = NULL;
  JsHttpConnection *served;

  if (g_hash_table_size (self->connections) >= self->config.max_connections ||
      (count >= self->config.max_per_source &&
       !(self->config.trusted_proxies != NULL &&
         g_strv_contains ((const char * const *) self->config.trusted_proxies, source))))
    {
      refuse_descriptor (self, g_socket_get_fd (socket));
      g_socket_close (socket, NULL);
      return;
    }

  connection = g_socket_connection_factory_create_connection (socket);
  if (self->certificate != NULL)
    {
      tls = g_tls_server_connection_new (G_IO_STREAM (connection), self->certificate, NULL);
      if (tls == NULL)
        {
          g_socket_close (socket, NULL);
          return;
        }
    }

  served = _js_http_connection_start (socket, tls != NULL ? tls : G_IO_STREAM (connection),
                                      source, &self->hooks);
  g_hash_table_add (self->connections, served);
  g_hash_table_insert (self->per_source, g_steal_pointer (&source), GUINT_TO_POINTER (count + 1));
}

static void start_accepting (JsHttpServer *self);

static gboolean
resume_cb (gpointer user_data)
{
  JsHttpServer *self = user_data;

  self->resume_id = 0;
  start_accepting (self);
  return G_SOURCE_REMOVE;
}

static void
pause_accepting (JsHttpServer *self)
{
  if (self->incoming != NULL)
    {
      g_source_destroy (self->incoming);
      g_clear_pointer (&self->incoming, g_source_unref);
    }
  if (self->resume_id == 0)
    self->resume_id = g_timeout_add (RESUME_MS, resume_cb, self);
}

/* No descriptor left for a waiting connection: take it with the reserve
 * one, answer 503 and get the reserve back. Without a reserve, wait a
 * moment and try again. */
static gboolean
out_of_descriptors (JsHttpServer *self)
{
  int fd;

  if (!self->exhausted)
    g_printerr ("jobspor-server: out of file descriptors; new connections are told 503\n");
  self->exhausted = TRUE;

  if (self->reserve_fd < 0)
    self->reserve_fd = open ("/dev/null", O_RDONLY | O_CLOEXEC);
  if (self->reserve_fd < 0)
    {
      pause_accepting (self);
      return FALSE;
    }

  close (self->reserve_fd);
  fd = accept4 (g_socket_get_fd (self->listener), NULL, NULL, SOCK_CLOEXEC | SOCK_NONBLOCK);
  if (fd >= 0)
    {
      refuse_descriptor (self, fd);
      close (fd);
    }
  self->reserve_fd = open ("/dev/null", O_RDONLY | O_CLOEXEC);
  return fd >= 0;
}

static gboolean
incoming_cb (GSocket      *listener,
             GIOCondition  condition,
             gpointer      user_data)
{
  JsHttpServer *self = user_data;

  for (guint i = 0; i < ACCEPT_BATCH; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GSocket) socket = g_socket_accept (listener, NULL, &error);

      if (socket != NULL)
        {
          self->exhausted = FALSE;
          admit (self, socket);
        }
      else if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_WOULD_BLOCK))
        break;
      else if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_TOO_MANY_OPEN_FILES) &&
               !out_of_descriptors (self))
        break;
    }

  return self->incoming != NULL ? G_SOURCE_CONTINUE : G_SOURCE_REMOVE;
}

static void
start_accepting (JsHttpServer *self)
{
  if (self->stopped)
    return;
  self->incoming = g_socket_create_source (self->listener, G_IO_IN, NULL);
  g_source_set_callback (self->incoming, G_SOURCE_FUNC (incoming_cb), self, NULL);
  g_source_attach (self->incoming, NULL);
}

static void
js_http_server_dispose (GObject *object)
{
  JsHttpServer *self = JS_HTTP_SERVER (object);

  if (self->connections != NULL)
    {
      g_autoptr(GList) open = g_hash_table_get_keys (self->connections);

      for (GList *l = open; l != NULL; l = l->next)
        _js_http_connection_close (l->data);
    }
  if (self->incoming != NULL)
    g_source_destroy (self->incoming);
  g_clear_pointer (&self->incoming, g_source_unref);
  g_clear_handle_id (&self->resume_id, g_source_remove);
  if (self->listener != NULL)
    g_socket_close (self->listener, NULL);
  g_clear_object (&self->listener);
  g_clear_object (&self->certificate);
  if (self->reserve_fd >= 0)
    close (self->reserve_fd);
  self->reserve_fd = -1;

  G_OBJECT_CLASS (js_http_server_parent_class)->dispose (object);
}

static void
js_http_server_finalize (GObject *object)
{
  JsHttpServer *self = JS_HTTP_SERVER (object);

  g_clear_pointer (&self->connections, g_hash_table_unref);
  g_clear_pointer (&self->per_source, g_hash_table_unref);
  g_clear_pointer (&self->config.trusted_proxies, g_strfreev);
  g_clear_pointer (&self->unavailable, g_bytes_unref);

  G_OBJECT_CLASS (js_http_server_parent_class)->finalize (object);
}

static void
js_http_server_class_init (JsHttpServerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = js_http_server_dispose;
  object_class->finalize = js_http_server_finalize;
}

static void
js_http_server_init (JsHttpServer *self)
{
  JsHttpResponse unavailable;

  self->reserve_fd = open ("/dev/null", O_RDONLY | O_CLOEXEC);
  self->connections = g_hash_table_new (NULL, NULL);
  self->per_source = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  _js_http_response_init (&unavailable);
  js_http_response_set_error (&unavailable, 503, "unavailable",
                              "The server is busy; try again later");
  js_http_response_add_header (&unavailable, "Retry-After", "30");
  self->unavailable = _js_http_response_to_bytes (&unavailable, FALSE, FALSE, FALSE, NULL);
  _js_http_response_clear (&unavailable);
}

/**
 * js_http_server_new:
 * @config: the limits; copied
 * @certificate: (nullable): a certificate with its key, to serve HTTPS
 * @handler: called for each request that came in whole and within limits
 *
 * Returns: (transfer full): a server, not yet listening
 */
JsHttpServer *
js_http_server_new (const JsHttpConfig *config,
                    GTlsCertificate    *certificate,
                    JsHttpHandler       handler,
                    gpointer            user_data)
{
  JsHttpServer *self = g_object_new (JS_TYPE_HTTP_SERVER, NULL);

  self->config = *config;
  self->config.trusted_proxies = g_strdupv (config->trusted_proxies);
  self->certificate = certificate != NULL ? g_object_ref (certificate) : NULL;
  self->hooks = (JsHttpConnectionHooks) {
    .config = &self->config,
    .handler = handler,
    .handler_data = user_data,
    .closed = connection_closed_cb,
    .closed_data = self,
  };
  return self;
}

gboolean
js_http_server_listen (JsHttpServer  *self,
                       GInetAddress  *address,
                       guint          port,
                       GError       **error)
{
  g_autoptr(GSocketAddress) wanted = g_inet_socket_address_new (address, port);
  g_autoptr(GSocketAddress) bound = NULL;
  g_autoptr(GSocket) listener = NULL;

  g_return_val_if_fail (JS_IS_HTTP_SERVER (self), FALSE);
  g_return_val_if_fail (self->listener == NULL, FALSE);

  listener = g_socket_new (g_inet_address_get_family (address), G_SOCKET_TYPE_STREAM,
                           G_SOCKET_PROTOCOL_TCP, error);
  if (listener == NULL)
    return FALSE;
  g_socket_set_blocking (listener, FALSE);
  g_socket_set_listen_backlog (listener, LISTEN_BACKLOG);
  if (!g_socket_bind (listener, wanted, TRUE, error) || !g_socket_listen (listener, error))
    return FALSE;

  bound = g_socket_get_local_address (listener, error);
  if (bound == NULL)
    return FALSE;
  self->port = g_inet_socket_address_get_port (G_INET_SOCKET_ADDRESS (bound));
  self->listener = g_steal_pointer (&listener);
  start_accepting (self);
  return TRUE;
}

guint
js_http_server_get_port (JsHttpServer *self)
{
  g_return_val_if_fail (JS_IS_HTTP_SERVER (self), 0);

  return self->port;
}

/**
 * js_http_request_source:
 * @request: a request
 * @peer: the address it came from
 * @trusted_proxies: (nullable): the load balancers' addresses
 *
 * Returns: (transfer full): the client's address: @peer, or when @peer is
 *   a trusted load balancer, the last address of X-Forwarded-For (the one
 *   the balancer added: what comes before it, anyone may write)
 */
char *
js_http_request_source (const JsHttpRequest *request,
                        const char          *peer,
                        char * const        *trusted_proxies)
{
  const char *forwarded = js_http_request_header (request, "x-forwarded-for");
  g_autofree char *last = NULL;
  g_autoptr(GInetAddress) client = NULL;

  if (forwarded == NULL || trusted_proxies == NULL ||
      !g_strv_contains ((const char * const *) trusted_proxies, peer))
    return g_strdup (peer);

  last = g_strstrip (g_strdup (strrchr (forwarded, ',') != NULL ? strrchr (forwarded, ',') + 1
                                                                  : forwarded));
  client = g_inet_address_new_from_string (last);
  return client != NULL ? g_inet_address_to_string (client) : g_strdup (peer);
}

/**
 * js_http_server_stop:
 * @self: the server
 *
 * Stops listening, so the port is free at once, closes the connections
 * that wait between requests and lets each of the others end after the
 * answer to its request under way. js_http_server_get_connections() tells
 * how many are still open.
 */
void
js_http_server_stop (JsHttpServer *self)
{
  g_autoptr(GList) open = NULL;

  g_return_if_fail (JS_IS_HTTP_SERVER (self));

  self->stopped = TRUE;
  if (self->incoming != NULL)
    g_source_destroy (self->incoming);
  g_clear_pointer (&self->incoming, g_source_unref);
  g_clear_handle_id (&self->resume_id, g_source_remove);
  if (self->listener != NULL)
    g_socket_close (self->listener, NULL);

  open = g_hash_table_get_keys (self->connections);
  for (GList *l = open; l != NULL; l = l->next)
    _js_http_connection_drain (l->data);
}

/* How many connections are open now. */
guint
js_http_server_get_connections (JsHttpServer *self)
{
  g_return_val_if_fail (JS_IS_HTTP_SERVER (self), 0);

  return g_hash_table_size (self->connections);
}
