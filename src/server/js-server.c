/* js-server.c: the reference jobcenter's API over HTTP
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Serves /v1 (data/api/jobspor-api-v1.md) over JsHttpServer, which has
 * already held every request to the limits of size and time. Every request
 * is checked before it touches the store: method, content type, JSON
 * shape, token. Refusals are 4xx with a machine-readable code and change
 * nothing. One log line per request, never with tokens, codes or records.
 */

#include "config.h"

#include "js-server.h"

struct _JsServer {
  GObject          parent_instance;

  JsHttpServer    *http;
  JsServerStore   *store;
  char           **trusted_proxies;
  gboolean         tls;
  gboolean         stopping;
  char            *address;
  /* The pushes' own connection to the database, used by one worker
   * thread at a time, and the pushes waiting for it (QueuedPush). */
  JsServerStore   *writer;
  GPtrArray       *queue;
  guint            commit_id;
  gboolean         committing;
};

/* The most pushes one commit takes; more wait for the next. */
#define PUSHES_PER_COMMIT 64

/* A push from its arrival to its answer. The main thread reads the
 * request and checks the token; the writer's thread parses the body,
 * commits and writes the reply (@reply, or one of the errors); the main
 * thread sends it. */
typedef struct {
  JsHttpResponse *response;
  GBytes         *body;
  char           *citizen;
  guint           minor;
  char           *reply;
  gsize           length;
  char           *changes_from;
  char           *changes_to;
  GError         *protocol_error;
  GError         *store_error;
} QueuedPush;

G_DEFINE_FINAL_TYPE (JsServer, js_server, G_TYPE_OBJECT)

static void
refuse_protocol (JsHttpResponse *response,
                 const GError   *error)
{
  if (g_error_matches (error, JS_PROTOCOL_ERROR, JS_PROTOCOL_ERROR_TOO_LARGE))
    js_http_response_set_error (response, 413, "too-large", error->message);
  else
    js_http_response_set_error (response, 400, "bad-request", error->message);
}

/* Only the media type counts, case-sensitively (spec 1.4). */
static gboolean
has_json_body (const JsHttpRequest *request)
{
  const char *type = js_http_request_header (request, "content-type");
  gsize media = type != NULL ? strcspn (type, ";") : 0;

  while (media > 0 && (type[media - 1] == ' ' || type[media - 1] == '\t'))
    media--;
  return media == strlen ("application/json") && strncmp (type, "application/json", media) == 0;
}

/* The bearer token, or NULL. The scheme is matched exactly (spec 4). */
static const char *
bearer_token (const JsHttpRequest *request)
{
  const char *authorization = js_http_request_header (request, "authorization");

  if (authorization == NULL || !g_str_has_prefix (authorization, "Bearer "))
    return NULL;
  return authorization + strlen ("Bearer ");
}

/* The database could not answer now (unreachable, or busy with other
 * writers too long): 503, to be asked again, and never a wrong answer.
 * Anything else it failed at is 500, or 503 for @unavailable_always. */
static void
refuse_store (JsHttpResponse *response,
              const GError   *error,
              const char     *what,
              gboolean        unavailable_always)
{
  g_warning ("%s: %s", what, error->message);
  if (unavailable_always || g_error_matches (error, JS_SERVER_ERROR, JS_SERVER_ERROR_BUSY) ||
      g_error_matches (error, JS_SERVER_ERROR, JS_SERVER_ERROR_UNAVAILABLE))
    {
      js_http_response_add_header (response, "Retry-After", "30");
      js_http_response_set_error (response, 503, "unavailable", "Try again later");
    }
  else
    js_http_response_set_error (response, 500, "server-error", what);
}

/* The citizen the bearer token belongs to, or NULL after refusing. */
static char *
authenticate (JsServer            *self,
              const JsHttpRequest *request,
              JsHttpResponse      *response)
{
  g_autoptr(GError) error = NULL;
  const char *token = bearer_token (request);
  char *citizen = token != NULL ? js_server_store_authenticate (self->store, token, &error)
                                : NULL;

  if (error != NULL)
    refuse_store (response, error, "Could not check the token", TRUE);
  else if (citizen == NULL)
    {
      js_http_response_add_header (response, "WWW-Authenticate", "Bearer");
      js_http_response_set_error (response, 401, "unauthorized",
                                  "Sign in: the token is missing, unknown or expired");
    }

  return citizen;
}

/* Wrong codes count per client address: behind a load balancer, the one
 * it names. */
static void
handle_sign_in (JsServer            *self,
                const JsHttpRequest *request,
                GBytes              *body,
                const char          *peer,
                JsHttpResponse      *response)
{
  g_autofree char *source = js_http_request_source (request, peer, self->trusted_proxies);
  g_autoptr(GError) error = NULL;
  g_autoptr(JsSignIn) sign_in = NULL;
  g_autoptr(JsSession) session = NULL;
  gsize length = 0;
  char *reply;

  sign_in = js_sign_in_parse (g_bytes_get_data (body, NULL), g_bytes_get_size (body), &error);
  if (sign_in == NULL)
    {
      refuse_protocol (response, error);
      return;
    }

  session = js_server_store_sign_in (self->store, sign_in->citizen, sign_in->code, source,
                                     &error);
  if (session == NULL)
    {
      if (g_error_matches (error, JS_SERVER_ERROR, JS_SERVER_ERROR_LOCKED))
        {
          g_autofree char *wait = g_strdup_printf (
            "%u", js_server_store_get_throttle_minutes (self->store) * 60);

          js_http_response_add_header (response, "Retry-After", wait);
          js_http_response_set_error (response, 429, "too-many-requests", error->message);
        }
      else if (g_error_matches (error, JS_SERVER_ERROR, JS_SERVER_ERROR_INVALID_CODE))
        js_http_response_set_error (response, 401, "invalid-code", error->message);
      else
        refuse_store (response, error, "Sign-in failed", FALSE);
      return;
    }

  reply = js_session_write (session, &length);
  js_http_response_set (response, 200, reply, length);
}

static void
handle_sign_out (JsServer            *self,
                 const JsHttpRequest *request,
                 JsHttpResponse      *response)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *citizen = authenticate (self, request, response);

  if (citizen == NULL)
    return;

  if (!js_server_store_sign_out (self->store, bearer_token (request), &error))
    refuse_store (response, error, "Sign-out failed", TRUE);
  else
    js_http_response_set (response, 204, NULL, 0);
}

static void
queued_push_free (QueuedPush *queued)
{
  g_clear_pointer (&queued->body, g_bytes_unref);
  g_free (queued->citizen);
  g_free (queued->reply);
  g_free (queued->changes_from);
  g_free (queued->changes_to);
  g_clear_error (&queued->protocol_error);
  g_clear_error (&queued->store_error);
  g_free (queued);
}

static void
server_push_free (JsServerPush *push)
{
  g_free (push->citizen);
  g_clear_pointer (&push->operations, g_ptr_array_unref);
  g_clear_pointer (&push->results, g_ptr_array_unref);
  g_clear_error (&push->error);
  g_free (push);
}

/* A conflict's record as the client's version of the API knows it. */
static void
answer_at_minor (JsServerPush *push)
{
  for (guint i = 0; i < push->results->len; i++)
    {
      JsPushResult *result = push->results->pdata[i];
      JsPushOp *op = push->operations->pdata[i];
      JsonNode *record = result->record;
      gboolean keep;

      if (record == NULL)
        continue;
      result->record = js_protocol_record_at_minor (op->entity, record, push->minor, &keep);
      json_node_unref (record);
    }
}

/* Group commit: the well-formed pushes of @batch (QueuedPush) are applied
 * in one transaction, so one disk flush makes all of them durable before
 * any is answered. Each still gets its own answer, as alone. Runs in the
 * writer's thread, touching nothing but @writer and @batch. */
static void
commit_batch (JsServerStore *writer,
              GPtrArray     *batch)
{
  g_autoptr(GPtrArray) pushes = g_ptr_array_new_with_free_func ((GDestroyNotify) server_push_free);
  g_autoptr(GPtrArray) owners = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < batch->len; i++)
    {
      QueuedPush *queued = g_ptr_array_index (batch, i);
      g_autoptr(GPtrArray) ops = js_push_request_parse (g_bytes_get_data (queued->body, NULL),
                                                        g_bytes_get_size (queued->body),
                                                        &queued->protocol_error);
      JsServerPush *push;

      if (ops == NULL)
        continue;
      push = g_new0 (JsServerPush, 1);
      push->minor = queued->minor;
      push->citizen = g_strdup (queued->citizen);
      push->operations = g_steal_pointer (&ops);
      g_ptr_array_add (pushes, push);
      g_ptr_array_add (owners, queued);
    }

  if (pushes->len > 0 && !js_server_store_push_together (writer, pushes, &error))
    {
      for (guint i = 0; i < owners->len; i++)
        ((QueuedPush *) owners->pdata[i])->store_error = g_error_copy (error);
      return;
    }

  for (guint i = 0; i < pushes->len; i++)
    {
      JsServerPush *push = g_ptr_array_index (pushes, i);
      QueuedPush *queued = g_ptr_array_index (owners, i);

      if (push->error != NULL)
        queued->store_error = g_steal_pointer (&push->error);
      else
        {
          answer_at_minor (push);
          queued->reply = js_push_reply_write (push->results, &queued->length);
          /* The changes the client need not read back (spec 4.3); the
           * start of the account is the empty cursor, as a client that
           * never pulled holds it. */
          if (push->only_own)
            {
              queued->changes_from = push->changes_from == 0
                                       ? g_strdup ("")
                                       : g_strdup_printf ("%" G_GINT64_FORMAT,
                                                          push->changes_from);
              queued->changes_to = g_strdup_printf ("%" G_GINT64_FORMAT, push->changes_to);
            }
        }
    }
}

static void
commit_in_thread (GTask        *task,
                  gpointer      source_object,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  commit_batch (JS_SERVER (source_object)->writer, task_data);
  g_task_return_boolean (task, TRUE);
}

/* Sends the answers of a committed batch (or its refusals). */
static void
answer_batch (GPtrArray *batch)
{
  for (guint i = 0; i < batch->len; i++)
    {
      QueuedPush *queued = g_ptr_array_index (batch, i);
      JsHttpResponse *response = g_steal_pointer (&queued->response);

      if (queued->protocol_error != NULL)
        refuse_protocol (response, queued->protocol_error);
      else if (queued->store_error != NULL)
        refuse_store (response, queued->store_error, "Push failed", TRUE);
      else
        {
          if (queued->changes_to != NULL)
            {
              js_http_response_add_header (response, JS_PROTOCOL_CHANGES_FROM_HEADER,
                                           queued->changes_from);
              js_http_response_add_header (response, JS_PROTOCOL_CHANGES_TO_HEADER,
                                           queued->changes_to);
            }
          js_http_response_set (response, 200, g_steal_pointer (&queued->reply), queued->length);
        }
      js_http_response_finish (response);
    }
}

/* The oldest waiting pushes, at most PUSHES_PER_COMMIT. */
static GPtrArray *
take_batch (JsServer *self)
{
  guint n = MIN (self->queue->len, PUSHES_PER_COMMIT);
  GPtrArray *batch = g_ptr_array_new_full (n, (GDestroyNotify) queued_push_free);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (batch, g_ptr_array_steal_index (self->queue, 0));
  return batch;
}

static void start_commit (JsServer *self);

static void
committed_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  JsServer *self = JS_SERVER (object);

  answer_batch (g_task_get_task_data (G_TASK (result)));
  self->committing = FALSE;
  start_commit (self);
}

/* Hands the waiting pushes to the writer, unless it is busy: then they
 * wait, and more gather, for the next commit as soon as it is done. The
 * main thread goes on reading and answering pulls meanwhile, the disk
 * flush included. */
static void
start_commit (JsServer *self)
{
  g_autoptr(GTask) task = NULL;

  if (self->committing || self->queue->len == 0)
    return;

  self->committing = TRUE;
  task = g_task_new (self, NULL, committed_cb, NULL);
  g_task_set_source_tag (task, start_commit);
  g_task_set_task_data (task, take_batch (self), (GDestroyNotify) g_ptr_array_unref);
  g_task_run_in_thread (task, commit_in_thread);
}

static gboolean
commit_cb (gpointer user_data)
{
  JsServer *self = user_data;

  self->commit_id = 0;
  start_commit (self);
  return G_SOURCE_REMOVE;
}

static void
handle_push (JsServer            *self,
             const JsHttpRequest *request,
             GBytes              *body,
             JsHttpResponse      *response)
{
  g_autofree char *citizen = authenticate (self, request, response);
  QueuedPush *queued;

  if (citizen == NULL)
    return;

  queued = g_new0 (QueuedPush, 1);
  queued->response = js_http_response_defer (response);
  queued->body = g_bytes_ref (body);
  queued->citizen = g_steal_pointer (&citizen);
  queued->minor = js_protocol_minor_from_header (js_http_request_header (request,
                                                                         "x-jobspor-api"));
  g_ptr_array_add (self->queue, queued);

  /* Handed over after the other requests ready in this turn were read. */
  if (!self->committing && self->commit_id == 0)
    self->commit_id = g_idle_add_full (G_PRIORITY_DEFAULT, commit_cb, self, NULL);
}

static void
handle_changes (JsServer            *self,
                const JsHttpRequest *request,
                JsHttpResponse      *response)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *citizen = authenticate (self, request, response);
  g_autoptr(GHashTable) query = NULL;
  g_autoptr(JsChangesPage) page = NULL;
  const char *since = NULL;
  const char *limit_text = NULL;
  guint64 limit = JS_PROTOCOL_DEFAULT_PAGE;
  gsize length = 0;
  char *reply;

  if (citizen == NULL)
    return;

  if (request->query != NULL)
    {
      query = g_uri_parse_params (request->query, -1, "&", G_URI_PARAMS_NONE, NULL);
      if (query == NULL)
        {
          js_http_response_set_error (response, 400, "bad-request", "The query is not valid");
          return;
        }
      since = g_hash_table_lookup (query, "since");
      limit_text = g_hash_table_lookup (query, "limit");
    }

  if (limit_text != NULL &&
      !g_ascii_string_to_unsigned (limit_text, 10, 1, JS_PROTOCOL_MAX_PAGE, &limit, NULL))
    {
      js_http_response_set_error (response, 400, "bad-request", "limit must be 1 to 1000");
      return;
    }

  page = js_server_store_changes_for (
    self->store, citizen, since, limit,
    js_protocol_minor_from_header (js_http_request_header (request, "x-jobspor-api")), &error);
  if (page == NULL)
    {
      if (g_error_matches (error, JS_SERVER_ERROR, JS_SERVER_ERROR_BAD_CURSOR))
        js_http_response_set_error (response, 400, "bad-request", error->message);
      else
        refuse_store (response, error, "Could not read changes", FALSE);
      return;
    }

  reply = js_changes_page_write (page, &length);
  js_http_response_set (response, 200, reply, length);
}

/* For a load balancer: 200 while this process can serve, 503 while its
 * database does not answer or it is stopping. No data, no token. */
static void
handle_health (JsServer       *self,
               JsHttpResponse *response)
{
  static const char ok[] = "{\"status\":\"ok\"}";
  g_autoptr(GError) error = NULL;

  if (self->stopping)
    {
      js_http_response_add_header (response, "Retry-After", "30");
      js_http_response_set_error (response, 503, "unavailable", "The server is stopping");
    }
  else if (!js_server_store_ping (self->store, &error))
    refuse_store (response, error, "The database does not answer", TRUE);
  else
    js_http_response_set (response, 200, g_strdup (ok), strlen (ok));
}

/* The path is compared as sent, never decoded, so "/v1/%2e%2e/v1/changes"
 * or "/v1/./changes" is no endpoint (spec 3.2: any other path is 404). */
static void
handle_request (const JsHttpRequest *request,
                GBytes              *body,
                const char          *source,
                JsHttpResponse      *response,
                gpointer             user_data)
{
  JsServer *self = user_data;
  const char *method = request->method;
  const char *path = request->path;
  gboolean post = g_str_equal (method, "POST");

  if (post && (g_str_equal (path, "/v1") || g_str_has_prefix (path, "/v1/")) &&
      !has_json_body (request))
    js_http_response_set_error (response, 415, "unsupported-media-type",
                                "Send application/json");
  else if (g_str_equal (path, "/v1/session"))
    {
      if (post)
        handle_sign_in (self, request, body, source, response);
      else if (g_str_equal (method, "DELETE"))
        handle_sign_out (self, request, response);
      else
        js_http_response_set_error (response, 405, "method-not-allowed", "Use POST or DELETE");
    }
  else if (g_str_equal (path, "/v1/push"))
    {
      if (post)
        handle_push (self, request, body, response);
      else
        js_http_response_set_error (response, 405, "method-not-allowed", "Use POST");
    }
  else if (g_str_equal (path, "/v1/changes") || g_str_equal (path, "/v1/health"))
    {
      if (!g_str_equal (method, "GET"))
        js_http_response_set_error (response, 405, "method-not-allowed", "Use GET");
      else if (g_str_equal (path, "/v1/changes"))
        handle_changes (self, request, response);
      else
        handle_health (self, response);
    }
  else
    js_http_response_set_error (response, 404, "not-found", "No such endpoint");
}

static void
js_server_dispose (GObject *object)
{
  JsServer *self = JS_SERVER (object);

  /* Pushes still waiting are committed and answered before the end (a
   * commit under way holds the server until it is answered). */
  g_clear_handle_id (&self->commit_id, g_source_remove);
  while (self->queue != NULL && self->queue->len > 0)
    {
      g_autoptr(GPtrArray) batch = take_batch (self);

      commit_batch (self->writer, batch);
      answer_batch (batch);
    }
  g_clear_pointer (&self->queue, g_ptr_array_unref);
  g_clear_object (&self->http);
  g_clear_object (&self->store);
  g_clear_object (&self->writer);
  g_clear_pointer (&self->address, g_free);
  g_clear_pointer (&self->trusted_proxies, g_strfreev);

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
  self->queue = g_ptr_array_new_with_free_func ((GDestroyNotify) queued_push_free);
}

/**
 * js_server_new:
 * @store: the jobcenter's database
 * @writer: another connection to the same database, for the pushes alone:
 *   they are committed in a worker thread, one batch at a time
 * @config: (nullable): the HTTP limits, or %NULL for the defaults
 * @certificate: (nullable): a certificate with its private key, for HTTPS
 *
 * Returns: (transfer full): a server, not yet listening
 */
JsServer *
js_server_new (JsServerStore      *store,
               JsServerStore      *writer,
               const JsHttpConfig *config,
               GTlsCertificate    *certificate)
{
  JsHttpConfig defaults;
  JsServer *self;

  g_return_val_if_fail (JS_IS_SERVER_STORE (store), NULL);
  g_return_val_if_fail (JS_IS_SERVER_STORE (writer) && writer != store, NULL);

  if (config == NULL)
    {
      js_http_config_init (&defaults);
      config = &defaults;
    }

  self = g_object_new (JS_TYPE_SERVER, NULL);
  self->store = g_object_ref (store);
  self->writer = g_object_ref (writer);
  self->tls = certificate != NULL;
  self->trusted_proxies = g_strdupv (config->trusted_proxies);
  self->http = js_http_server_new (config, certificate, handle_request, self);
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

  g_return_val_if_fail (JS_IS_SERVER (self), FALSE);

  if (inet == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT, "“%s” is not an IP address",
                   address);
      return FALSE;
    }

  if (!js_http_server_listen (self->http, inet, port, error))
    return FALSE;

  g_free (self->address);
  self->address = g_strdup (address);
  return TRUE;
}

/**
 * js_server_stop:
 * @self: the server
 *
 * Begins a graceful stop: no new connections, GET /v1/health answers 503
 * (for a load balancer), and each request under way is answered before
 * its connection closes. Done when js_server_get_connections() is 0.
 */
void
js_server_stop (JsServer *self)
{
  g_return_if_fail (JS_IS_SERVER (self));

  self->stopping = TRUE;
  js_http_server_stop (self->http);
}

/* How many client connections are still open. */
guint
js_server_get_connections (JsServer *self)
{
  g_return_val_if_fail (JS_IS_SERVER (self), 0);

  return js_http_server_get_connections (self->http);
}

guint
js_server_get_port (JsServer *self)
{
  g_return_val_if_fail (JS_IS_SERVER (self), 0);

  return js_http_server_get_port (self->http);
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
                          js_server_get_port (self));
}
