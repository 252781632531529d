/* js-server.c: the reference jobcenter's HTTP service
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Serves /v1 (data/api/jobspor-api-v1.md) with libsoup. Every request is
 * checked before it touches the store: method, content type, size, JSON
 * shape, token. Refusals are 4xx with a machine-readable code and change
 * nothing. One log line per request, never with tokens, codes or records.
 */

#include "config.h"

#include "js-server.h"

struct _JsServer {
  GObject          parent_instance;

  SoupServer      *soup;
  JsServerStore   *store;
  gboolean         tls;
  guint            port;
  char            *address;
};

G_DEFINE_FINAL_TYPE (JsServer, js_server, G_TYPE_OBJECT)

#define STARTED_KEY "js-started"

static void
respond (SoupServerMessage *msg,
         guint              status,
         const char        *body,
         gsize              length)
{
  SoupMessageHeaders *headers = soup_server_message_get_response_headers (msg);

  soup_message_headers_replace (headers, "X-Jobspor-Api", "1");
  soup_message_headers_replace (headers, "Cache-Control", "no-store");
  if (body != NULL)
    soup_server_message_set_response (msg, "application/json", SOUP_MEMORY_COPY, body, length);
  else
    soup_message_headers_replace (headers, "Content-Type", "application/json");
  soup_server_message_set_status (msg, status, NULL);
}

static void
refuse (SoupServerMessage *msg,
        guint              status,
        const char        *code,
        const char        *message)
{
  gsize length = 0;
  g_autofree char *body = js_error_body_write (code, message, &length);

  respond (msg, status, body, length);
}

static void
refuse_protocol (SoupServerMessage *msg,
                 const GError      *error)
{
  if (g_error_matches (error, JS_PROTOCOL_ERROR, JS_PROTOCOL_ERROR_TOO_LARGE))
    refuse (msg, SOUP_STATUS_REQUEST_ENTITY_TOO_LARGE, "too-large", error->message);
  else
    refuse (msg, SOUP_STATUS_BAD_REQUEST, "bad-request", error->message);
}

static gboolean
has_json_body (SoupServerMessage *msg)
{
  SoupMessageHeaders *headers = soup_server_message_get_request_headers (msg);
  const char *type = soup_message_headers_get_content_type (headers, NULL);

  return g_strcmp0 (type, "application/json") == 0;
}

/* The citizen the bearer token belongs to, or NULL after refusing. */
static char *
authenticate (JsServer          *self,
              SoupServerMessage *msg)
{
  SoupMessageHeaders *headers = soup_server_message_get_request_headers (msg);
  const char *authorization = soup_message_headers_get_one (headers, "Authorization");
  char *citizen = NULL;

  if (authorization != NULL && g_str_has_prefix (authorization, "Bearer "))
    citizen = js_server_store_authenticate (self->store, authorization + strlen ("Bearer "));

  if (citizen == NULL)
    {
      soup_message_headers_replace (soup_server_message_get_response_headers (msg),
                                    "WWW-Authenticate", "Bearer");
      refuse (msg, SOUP_STATUS_UNAUTHORIZED, "unauthorized",
              "Sign in: the token is missing, unknown or expired");
    }

  return citizen;
}

static void
handle_sign_in (JsServer          *self,
                SoupServerMessage *msg,
                GBytes            *body)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsSignIn) sign_in = NULL;
  g_autoptr(JsSession) session = NULL;
  g_autofree char *reply = NULL;
  gsize length = 0;

  sign_in = js_sign_in_parse (g_bytes_get_data (body, NULL), g_bytes_get_size (body), &error);
  if (sign_in == NULL)
    {
      refuse_protocol (msg, error);
      return;
    }

  session = js_server_store_sign_in (self->store, sign_in->citizen, sign_in->code,
                                     soup_server_message_get_remote_host (msg), &error);
  if (session == NULL)
    {
      if (g_error_matches (error, JS_SERVER_ERROR, JS_SERVER_ERROR_LOCKED))
        {
          soup_message_headers_replace (soup_server_message_get_response_headers (msg),
                                        "Retry-After", "900");
          refuse (msg, 429, "too-many-requests", error->message);
        }
      else if (g_error_matches (error, JS_SERVER_ERROR, JS_SERVER_ERROR_INVALID_CODE))
        refuse (msg, SOUP_STATUS_UNAUTHORIZED, "invalid-code", error->message);
      else
        refuse (msg, SOUP_STATUS_INTERNAL_SERVER_ERROR, "server-error", "Sign-in failed");
      return;
    }

  reply = js_session_write (session, &length);
  respond (msg, SOUP_STATUS_OK, reply, length);
}

static void
handle_sign_out (JsServer          *self,
                 SoupServerMessage *msg)
{
  SoupMessageHeaders *headers = soup_server_message_get_request_headers (msg);
  const char *authorization = soup_message_headers_get_one (headers, "Authorization");
  g_autofree char *citizen = authenticate (self, msg);

  if (citizen == NULL)
    return;

  js_server_store_sign_out (self->store, authorization + strlen ("Bearer "));
  respond (msg, SOUP_STATUS_NO_CONTENT, NULL, 0);
}

static void
handle_push (JsServer          *self,
             SoupServerMessage *msg,
             GBytes            *body)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *citizen = authenticate (self, msg);
  g_autoptr(GPtrArray) ops = NULL;
  g_autoptr(GPtrArray) results = NULL;
  g_autofree char *reply = NULL;
  gsize length = 0;

  if (citizen == NULL)
    return;

  ops = js_push_request_parse (g_bytes_get_data (body, NULL), g_bytes_get_size (body), &error);
  if (ops == NULL)
    {
      refuse_protocol (msg, error);
      return;
    }

  results = js_server_store_push (self->store, citizen, ops, &error);
  if (results == NULL)
    {
      g_warning ("Push failed: %s", error->message);
      soup_message_headers_replace (soup_server_message_get_response_headers (msg),
                                    "Retry-After", "30");
      refuse (msg, SOUP_STATUS_SERVICE_UNAVAILABLE, "unavailable", "Try again later");
      return;
    }

  reply = js_push_reply_write (results, &length);
  respond (msg, SOUP_STATUS_OK, reply, length);
}

static void
handle_changes (JsServer          *self,
                SoupServerMessage *msg,
                GHashTable        *query)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *citizen = authenticate (self, msg);
  g_autoptr(JsChangesPage) page = NULL;
  g_autofree char *reply = NULL;
  const char *since = query != NULL ? g_hash_table_lookup (query, "since") : NULL;
  const char *limit_text = query != NULL ? g_hash_table_lookup (query, "limit") : NULL;
  guint64 limit = JS_PROTOCOL_DEFAULT_PAGE;
  gsize length = 0;

  if (citizen == NULL)
    return;

  if (limit_text != NULL &&
      !g_ascii_string_to_unsigned (limit_text, 10, 1, JS_PROTOCOL_MAX_PAGE, &limit, NULL))
    {
      refuse (msg, SOUP_STATUS_BAD_REQUEST, "bad-request", "limit must be 1 to 1000");
      return;
    }

  page = js_server_store_changes (self->store, citizen, since, limit, &error);
  if (page == NULL)
    {
      if (g_error_matches (error, JS_SERVER_ERROR, JS_SERVER_ERROR_BAD_CURSOR))
        refuse (msg, SOUP_STATUS_BAD_REQUEST, "bad-request", error->message);
      else
        refuse (msg, SOUP_STATUS_INTERNAL_SERVER_ERROR, "server-error", "Could not read changes");
      return;
    }

  reply = js_changes_page_write (page, &length);
  respond (msg, SOUP_STATUS_OK, reply, length);
}

static void
handle_v1 (SoupServer        *server,
           SoupServerMessage *msg,
           const char        *path,
           GHashTable        *query,
           gpointer           user_data)
{
  JsServer *self = user_data;
  const char *method = soup_server_message_get_method (msg);
  SoupMessageBody *request = soup_server_message_get_request_body (msg);
  g_autoptr(GBytes) body = NULL;
  gboolean post = g_str_equal (method, SOUP_METHOD_POST);

  if (request->length > JS_PROTOCOL_MAX_REQUEST_BYTES)
    {
      refuse (msg, SOUP_STATUS_REQUEST_ENTITY_TOO_LARGE, "too-large", "The request is too large");
      return;
    }

  if (post && !has_json_body (msg))
    {
      refuse (msg, SOUP_STATUS_UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type",
              "Send application/json");
      return;
    }

  body = soup_message_body_flatten (request);

  if (g_str_equal (path, "/v1/session"))
    {
      if (post)
        handle_sign_in (self, msg, body);
      else if (g_str_equal (method, SOUP_METHOD_DELETE))
        handle_sign_out (self, msg);
      else
        refuse (msg, SOUP_STATUS_METHOD_NOT_ALLOWED, "method-not-allowed", "Use POST or DELETE");
    }
  else if (g_str_equal (path, "/v1/push"))
    {
      if (post)
        handle_push (self, msg, body);
      else
        refuse (msg, SOUP_STATUS_METHOD_NOT_ALLOWED, "method-not-allowed", "Use POST");
    }
  else if (g_str_equal (path, "/v1/changes"))
    {
      if (g_str_equal (method, SOUP_METHOD_GET))
        handle_changes (self, msg, query);
      else
        refuse (msg, SOUP_STATUS_METHOD_NOT_ALLOWED, "method-not-allowed", "Use GET");
    }
  else
    refuse (msg, SOUP_STATUS_NOT_FOUND, "not-found", "No such endpoint");
}

static void
handle_other (SoupServer        *server,
              SoupServerMessage *msg,
              const char        *path,
              GHashTable        *query,
              gpointer           user_data)
{
  refuse (msg, SOUP_STATUS_NOT_FOUND, "not-found", "No such endpoint");
}

/* Before the body is read: refuse a declared body over the limit. */
static void
check_headers (SoupServer        *server,
               SoupServerMessage *msg,
               const char        *path,
               GHashTable        *query,
               gpointer           user_data)
{
  SoupMessageHeaders *headers = soup_server_message_get_request_headers (msg);

  if (soup_message_headers_get_content_length (headers) > JS_PROTOCOL_MAX_REQUEST_BYTES)
    refuse (msg, SOUP_STATUS_REQUEST_ENTITY_TOO_LARGE, "too-large", "The request is too large");
}

static void
request_started_cb (SoupServer        *server,
                    SoupServerMessage *msg,
                    JsServer          *self)
{
  gint64 *started = g_new (gint64, 1);

  *started = g_get_monotonic_time ();
  g_object_set_data_full (G_OBJECT (msg), STARTED_KEY, started, g_free);
}

static void
request_finished_cb (SoupServer        *server,
                     SoupServerMessage *msg,
                     JsServer          *self)
{
  gint64 *started = g_object_get_data (G_OBJECT (msg), STARTED_KEY);
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *stamp = g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
  GUri *uri = soup_server_message_get_uri (msg);
  SoupMessageBody *response = soup_server_message_get_response_body (msg);

  /* Path only: queries hold cursors, and nothing personal is logged. */
  g_print ("%s %s %s %u %.1fms %" G_GOFFSET_FORMAT "B\n", stamp,
           soup_server_message_get_method (msg), uri != NULL ? g_uri_get_path (uri) : "-",
           soup_server_message_get_status (msg),
           started != NULL ? (g_get_monotonic_time () - *started) / 1000.0 : 0.0,
           response != NULL ? response->length : 0);
}

static void
js_server_dispose (GObject *object)
{
  JsServer *self = JS_SERVER (object);

  if (self->soup != NULL)
    soup_server_disconnect (self->soup);
  g_clear_object (&self->soup);
  g_clear_object (&self->store);
  g_clear_pointer (&self->address, g_free);

  G_OBJECT_CLASS (js_server_parent_class)->dispose (object);
}

static void
js_server_class_init (JsServerClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = js_server_dispose;
}

static void
js_server_init (JsServer *self)
{
}

/**
 * js_server_new:
 * @store: the jobcenter's database
 * @certificate: (nullable): a certificate with its private key, for HTTPS
 *
 * Returns: (transfer full): a server, not yet listening
 */
JsServer *
js_server_new (JsServerStore   *store,
               GTlsCertificate *certificate)
{
  JsServer *self;

  g_return_val_if_fail (JS_IS_SERVER_STORE (store), NULL);

  self = g_object_new (JS_TYPE_SERVER, NULL);
  self->store = g_object_ref (store);
  self->tls = certificate != NULL;
  self->soup = soup_server_new ("server-header", "jobspor-server/" PACKAGE_VERSION,
                                "tls-certificate", certificate, NULL);
  soup_server_add_early_handler (self->soup, NULL, check_headers, self, NULL);
  soup_server_add_handler (self->soup, "/v1", handle_v1, self, NULL);
  soup_server_add_handler (self->soup, NULL, handle_other, self, NULL);
  g_signal_connect (self->soup, "request-started", G_CALLBACK (request_started_cb), self);
  g_signal_connect (self->soup, "request-finished", G_CALLBACK (request_finished_cb), self);
  return self;
}

/**
 * js_server_listen:
 * @self: the server
 * @address: an IP address to listen on, such as "127.0.0.1"
 * @port: the port, or 0 for any free one (see js_server_get_port())
 * @error: return location for a #GError
 *
 * Returns: %TRUE when listening
 */
gboolean
js_server_listen (JsServer    *self,
                  const char  *address,
                  guint        port,
                  GError     **error)
{
  g_autoptr(GInetAddress) inet = g_inet_address_new_from_string (address);
  g_autoptr(GSocketAddress) socket_address = NULL;
  GSList *uris;

  g_return_val_if_fail (JS_IS_SERVER (self), FALSE);

  if (inet == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT, "“%s” is not an IP address",
                   address);
      return FALSE;
    }

  socket_address = g_inet_socket_address_new (inet, port);
  if (!soup_server_listen (self->soup, socket_address,
                           self->tls ? SOUP_SERVER_LISTEN_HTTPS : 0, error))
    return FALSE;

  uris = soup_server_get_uris (self->soup);
  if (uris != NULL)
    self->port = g_uri_get_port (uris->data);
  g_slist_free_full (uris, (GDestroyNotify) g_uri_unref);
  g_free (self->address);
  self->address = g_strdup (address);
  return TRUE;
}

guint
js_server_get_port (JsServer *self)
{
  g_return_val_if_fail (JS_IS_SERVER (self), 0);

  return self->port;
}

/**
 * js_server_dup_url:
 *
 * Returns: (transfer full): the base address clients use, such as
 *   "http://127.0.0.1:8080"
 */
char *
js_server_dup_url (JsServer *self)
{
  g_return_val_if_fail (JS_IS_SERVER (self), NULL);

  return g_strdup_printf ("%s://%s:%u", self->tls ? "https" : "http",
                          strchr (self->address, ':') != NULL ? "[::1]" : self->address,
                          self->port);
}
