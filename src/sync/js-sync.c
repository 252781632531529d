/* js-sync.c: one sync with the jobcenter: push the journal, pull changes
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Blocking, for a worker thread with its own connection to the profile's
 * database. Every answer is treated as hostile until parsed: no redirects
 * are followed, sizes are capped while reading, HTTPS is required for any
 * host but this computer, and every failure becomes a JsSyncError that
 * the app explains in plain words. The store is only ever changed in whole
 * transactions, so a sync stopped at any instant, even by SIGKILL, loses
 * and duplicates nothing: what was not acknowledged is sent again under
 * the same operation ID, which the jobcenter applies at most once.
 */

#include "config.h"

#include <libsoup/soup.h>

#include "js-store-sync.h"
#include "js-sync-apply.h"
#include "js-sync.h"

/* Backoff after failures: full jitter over 5 s doubling up to 15 min. */
#define BACKOFF_BASE_SECONDS 5
#define BACKOFF_CAP_SECONDS (15 * 60)
#define TIMEOUT_SECONDS 30
/* A whole answer, however slowly it trickles in, gets this long. */
#define ANSWER_SECONDS 120
/* What a push operation adds to its record in the request: ids, names. */
#define OPERATION_BYTES 256

static guint timeout_seconds = TIMEOUT_SECONDS;
static guint answer_seconds = ANSWER_SECONDS;

G_DEFINE_QUARK (js-sync-error-quark, js_sync_error)

/**
 * js_sync_set_timeouts:
 * @io_seconds: how long the network may be silent
 * @answer_seconds_: how long one whole answer may take
 *
 * For tests: the defaults are 30 s and 120 s.
 */
void
js_sync_set_timeouts (guint io_seconds,
                      guint answer_seconds_)
{
  timeout_seconds = io_seconds;
  answer_seconds = answer_seconds_;
}

/**
 * js_sync_backoff_delay:
 * @failures: failures in a row so far (1 after the first)
 * @random: a random number
 *
 * Returns: seconds to wait before trying again: uniform in [1, limit],
 *   the limit doubling from 5 s per failure up to 15 minutes
 */
guint
js_sync_backoff_delay (guint   failures,
                       guint32 random)
{
  guint limit = BACKOFF_BASE_SECONDS;

  for (guint i = 1; i < failures && limit < BACKOFF_CAP_SECONDS; i++)
    limit *= 2;
  limit = MIN (limit, BACKOFF_CAP_SECONDS);

  return 1 + random % limit;
}

static gboolean
is_loopback (const char *host)
{
  g_autoptr(GInetAddress) address = NULL;

  if (g_strcmp0 (host, "localhost") == 0)
    return TRUE;

  address = g_inet_address_new_from_string (host);
  return address != NULL && g_inet_address_get_is_loopback (address);
}

/**
 * js_sync_url_allowed:
 *
 * Returns: %TRUE for an https:// address, or http:// on this computer
 */
gboolean
js_sync_url_allowed (const char  *url,
                     GError     **error)
{
  g_autoptr(GUri) uri = g_uri_parse (url, G_URI_FLAGS_NONE, NULL);
  const char *scheme = uri != NULL ? g_uri_get_scheme (uri) : NULL;

  if (uri == NULL || g_uri_get_host (uri) == NULL ||
      (g_strcmp0 (scheme, "https") != 0 && g_strcmp0 (scheme, "http") != 0))
    {
      g_set_error (error, JS_SYNC_ERROR, JS_SYNC_ERROR_INSECURE,
                   "“%s” is not a web address", url);
      return FALSE;
    }

  if (g_str_equal (scheme, "http") && !is_loopback (g_uri_get_host (uri)))
    {
      g_set_error (error, JS_SYNC_ERROR, JS_SYNC_ERROR_INSECURE,
                   "The jobcenter must be reached over HTTPS");
      return FALSE;
    }

  return TRUE;
}

static void
set_io_error (GError      **error,
              const GError *cause)
{
  JsSyncError code = JS_SYNC_ERROR_OFFLINE;

  if (g_error_matches (cause, G_IO_ERROR, G_IO_ERROR_TIMED_OUT))
    code = JS_SYNC_ERROR_TIMEOUT;
  else if (cause->domain == G_TLS_ERROR ||
           g_error_matches (cause, SOUP_SESSION_ERROR, SOUP_SESSION_ERROR_PARSING))
    code = cause->domain == G_TLS_ERROR ? JS_SYNC_ERROR_TLS : JS_SYNC_ERROR_MALFORMED;
  else if (g_error_matches (cause, SOUP_SESSION_ERROR,
                            SOUP_SESSION_ERROR_MESSAGE_ALREADY_IN_QUEUE))
    code = JS_SYNC_ERROR_LOCAL;

  g_set_error (error, JS_SYNC_ERROR, code, "%s", cause->message);
}

/* Reads at most @limit bytes; more is an error. */
static GBytes *
read_limited (GInputStream  *stream,
              gsize          limit,
              gint64         deadline,
              GCancellable  *cancellable,
              GError       **error)
{
  g_autoptr(GByteArray) data = g_byte_array_new ();
  guint8 buffer[16384];

  for (;;)
    {
      g_autoptr(GError) read_error = NULL;
      gssize n = g_input_stream_read (stream, buffer, sizeof buffer, cancellable, &read_error);

      if (n < 0)
        {
          set_io_error (error, read_error);
          return NULL;
        }
      if (n == 0)
        break;
      if (g_get_monotonic_time () > deadline)
        {
          g_set_error_literal (error, JS_SYNC_ERROR, JS_SYNC_ERROR_TIMEOUT,
                               "The jobcenter's answer came too slowly");
          return NULL;
        }
      if (data->len + (gsize) n > limit)
        {
          g_set_error_literal (error, JS_SYNC_ERROR, JS_SYNC_ERROR_TOO_LARGE,
                               "The jobcenter's answer was too large");
          return NULL;
        }
      g_byte_array_append (data, buffer, n);
    }

  return g_byte_array_free_to_bytes (g_steal_pointer (&data));
}

/* An error body is small (API 3.1); more is not read. */
#define ERROR_BODY_MAX_BYTES 16384

/* The machine-readable code of a refusal's error body, or NULL when the
 * body is missing, too large or not an error body. */
static char *
error_code (GInputStream  *stream,
            gint64         deadline,
            GCancellable  *cancellable)
{
  g_autoptr(GBytes) body = read_limited (stream, ERROR_BODY_MAX_BYTES, deadline, cancellable,
                                         NULL);

  if (body == NULL)
    return NULL;

  return js_error_body_parse (g_bytes_get_data (body, NULL), g_bytes_get_size (body));
}

typedef struct {
  SoupSession *session;
  char        *base;
  char        *token;
  JsSyncStats *stats;
} Client;

static void
client_clear (Client *client)
{
  g_clear_object (&client->session);
  g_clear_pointer (&client->base, g_free);
  g_clear_pointer (&client->token, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Client, client_clear)

static gboolean
client_init (Client       *client,
             const char   *url,
             const char   *token,
             JsSyncStats  *stats,
             GError      **error)
{
  if (!js_sync_url_allowed (url, error))
    return FALSE;

  client->session = soup_session_new_with_options ("timeout", timeout_seconds,
                                                   "idle-timeout", timeout_seconds,
                                                   "user-agent", "Jobspor/" PACKAGE_VERSION,
                                                   NULL);
  client->base = g_str_has_suffix (url, "/") ? g_strndup (url, strlen (url) - 1) : g_strdup (url);
  client->token = g_strdup (token);
  client->stats = stats;
  return TRUE;
}

static guint
retry_after (SoupMessage *msg)
{
  const char *value = soup_message_headers_get_one (soup_message_get_response_headers (msg),
                                                    "Retry-After");
  guint64 seconds = 0;

  if (value == NULL || !g_ascii_string_to_unsigned (value, 10, 0, 24 * 3600, &seconds, NULL))
    return 0;
  return seconds;
}

/* A refusal in plain terms, with the jobcenter's code of it for the
 * details (the jobcenter's support knows its codes). */
static void
set_refusal (Client        *client,
             SoupMessage   *msg,
             const char    *path,
             GInputStream  *stream,
             gint64         deadline,
             GCancellable  *cancellable,
             GError       **error)
{
  g_autofree char *code = error_code (stream, deadline, cancellable);
  const char *said = code != NULL ? code : "no code";
  guint status = soup_message_get_status (msg);

  if (status == SOUP_STATUS_UNAUTHORIZED)
    g_set_error (error, JS_SYNC_ERROR,
                 g_str_has_suffix (path, "/session") ? JS_SYNC_ERROR_INVALID_CODE
                                                    : JS_SYNC_ERROR_SIGNED_OUT,
                 "The jobcenter did not accept the sign-in (HTTP %u, %s)", status, said);
  else if (status == 429 || status == SOUP_STATUS_SERVICE_UNAVAILABLE)
    {
      if (client->stats != NULL)
        client->stats->retry_after = retry_after (msg);
      g_set_error (error, JS_SYNC_ERROR, JS_SYNC_ERROR_BUSY,
                   "The jobcenter asked to wait %u seconds (HTTP %u, %s)",
                   retry_after (msg), status, said);
    }
  else if (status >= 500)
    g_set_error (error, JS_SYNC_ERROR, JS_SYNC_ERROR_SERVER,
                 "The jobcenter had a problem (HTTP %u, %s)", status, said);
  else
    g_set_error (error, JS_SYNC_ERROR, JS_SYNC_ERROR_MALFORMED,
                 "The jobcenter refused the request (HTTP %u, %s)", status, said);
}

/* The request, with the API's headers, the sign-in and the body; NULL
 * when the address is not one. */
static SoupMessage *
new_message (Client     *client,
             const char *method,
             const char *path,
             const char *body,
             gsize       length)
{
  g_autofree char *url = g_strconcat (client->base, path, NULL);
  SoupMessage *msg = soup_message_new (method, url);
  SoupMessageHeaders *headers;

  if (msg == NULL)
    return NULL;

  soup_message_add_flags (msg, SOUP_MESSAGE_NO_REDIRECT);
  headers = soup_message_get_request_headers (msg);
  soup_message_headers_replace (headers, "Accept", "application/json");
  soup_message_headers_replace (headers, "X-Jobspor-Api", JS_PROTOCOL_API_HEADER);
  if (client->token != NULL)
    {
      g_autofree char *bearer = g_strconcat ("Bearer ", client->token, NULL);
      soup_message_headers_replace (headers, "Authorization", bearer);
    }
  if (body != NULL)
    {
      g_autoptr(GBytes) sent = g_bytes_new (body, length);
      soup_message_set_request_body_from_bytes (msg, "application/json", sent);
      if (client->stats != NULL)
        client->stats->bytes_sent += length;
    }

  if (client->stats != NULL)
    client->stats->requests++;
  return msg;
}

/* How far the jobcenter's clock is from this PC's, by its Date header. */
static void
note_clock (Client             *client,
            SoupMessageHeaders *headers)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  gint64 skew = 0;

  if (client->stats != NULL &&
      js_sync_clock_skew (soup_message_headers_get_one (headers, "Date"), now, &skew))
    {
      client->stats->clock_known = TRUE;
      client->stats->clock_skew = skew;
    }
}

/* Sends a request and returns the body of a 2xx JSON answer; @own, when
 * given, gets the push's own changes the answer names. */
static GBytes *
request (Client            *client,
         const char        *method,
         const char        *path,
         const char        *body,
         gsize              length,
         JsSyncOwnChanges  *own,
         GCancellable      *cancellable,
         GError           **error)
{
  g_autoptr(SoupMessage) msg = new_message (client, method, path, body, length);
  g_autoptr(GInputStream) stream = NULL;
  g_autoptr(GError) send_error = NULL;
  g_autoptr(GBytes) reply = NULL;
  SoupMessageHeaders *headers;
  const char *type;
  guint status;
  goffset declared;
  gint64 deadline = g_get_monotonic_time () + answer_seconds * G_USEC_PER_SEC;

  if (msg == NULL)
    {
      g_set_error_literal (error, JS_SYNC_ERROR, JS_SYNC_ERROR_INSECURE,
                           "The jobcenter's address is not valid");
      return NULL;
    }

  stream = soup_session_send (client->session, msg, cancellable, &send_error);
  if (stream == NULL)
    {
      set_io_error (error, send_error);
      return NULL;
    }

  status = soup_message_get_status (msg);
  headers = soup_message_get_response_headers (msg);
  note_clock (client, headers);
  declared = soup_message_headers_get_content_length (headers);
  if (declared > JS_PROTOCOL_MAX_RESPONSE_BYTES)
    {
      g_set_error_literal (error, JS_SYNC_ERROR, JS_SYNC_ERROR_TOO_LARGE,
                           "The jobcenter's answer was too large");
      return NULL;
    }

  if (SOUP_STATUS_IS_REDIRECTION (status))
    {
      g_set_error_literal (error, JS_SYNC_ERROR, JS_SYNC_ERROR_REDIRECT,
                           "The jobcenter sent us somewhere else; not followed");
      return NULL;
    }
  if (!SOUP_STATUS_IS_SUCCESSFUL (status))
    {
      set_refusal (client, msg, path, stream, deadline, cancellable, error);
      return NULL;
    }

  if (status == SOUP_STATUS_NO_CONTENT)
    return g_bytes_new (NULL, 0);

  type = soup_message_headers_get_content_type (headers, NULL);
  if (g_strcmp0 (type, "application/json") != 0)
    {
      g_set_error_literal (error, JS_SYNC_ERROR, JS_SYNC_ERROR_MALFORMED,
                           "The jobcenter's answer is not JSON");
      return NULL;
    }

  if (own != NULL)
    {
      const char *from = soup_message_headers_get_one (headers, JS_PROTOCOL_CHANGES_FROM_HEADER);
      const char *to = soup_message_headers_get_one (headers, JS_PROTOCOL_CHANGES_TO_HEADER);

      /* Held to what a page's cursor may be (4.4); anything else is
       * ignored, and the pull reads the changes as always. */
      if (from != NULL && to != NULL && *to != '\0' &&
          strlen (from) <= JS_PROTOCOL_MAX_CURSOR && strlen (to) <= JS_PROTOCOL_MAX_CURSOR &&
          g_utf8_validate (from, -1, NULL) && g_utf8_validate (to, -1, NULL))
        {
          own->from = g_strdup (from);
          own->to = g_strdup (to);
        }
    }

  reply = read_limited (stream, JS_PROTOCOL_MAX_RESPONSE_BYTES, deadline, cancellable, error);
  if (reply != NULL && client->stats != NULL)
    client->stats->bytes_received += g_bytes_get_size (reply);
  return g_steal_pointer (&reply);
}

static gboolean
malformed (GError       **error,
           const GError  *cause)
{
  g_set_error (error, JS_SYNC_ERROR, JS_SYNC_ERROR_MALFORMED,
               "The jobcenter's answer does not follow the API: %s", cause->message);
  return FALSE;
}

static gboolean
local_failure (GError       **error,
               const GError  *cause)
{
  g_set_error (error, JS_SYNC_ERROR, JS_SYNC_ERROR_LOCAL, "%s", cause->message);
  return FALSE;
}

/* Waits for the answers under way (js-sync-apply.c), if any. */
static gboolean
answers_applied (JsSyncApplying  *applying,
                 GError         **error)
{
  g_autoptr(GError) local_error = NULL;

  return js_sync_applying_finish (applying, &local_error) || local_failure (error, local_error);
}

/* The operations of @batch that fit in one request, written as one; the
 * rest are dropped from @batch. */
static char *
write_batch (GPtrArray *batch,
             GPtrArray *ops,
             gsize     *length)
{
  gsize size = 64;
  char *body;

  /* The records go as the store wrote them. Long notes in any script
   * can make 500 operations larger than the jobcenter accepts: take
   * as many as fit by their size, and should the request still be too
   * large, send fewer at a time until it fits. */
  for (guint i = 0; i < batch->len; i++)
    {
      JsJournalOp *op = g_ptr_array_index (batch, i);
      gboolean put = op->action == JS_JOURNAL_PUT;

      size += OPERATION_BYTES + (put && op->payload != NULL ? strlen (op->payload) : 0);
      if (i > 0 && size > JS_PROTOCOL_MAX_REQUEST_BYTES)
        {
          g_ptr_array_set_size (batch, i);
          break;
        }
      g_ptr_array_add (ops, js_push_op_new_json (op->op_id, op->entity, op->record_id,
                                                 op->base_revision,
                                                 put ? op->payload : NULL));
    }

  body = js_push_request_write (ops, length);
  while (*length > JS_PROTOCOL_MAX_REQUEST_BYTES && ops->len > 1)
    {
      guint keep = ops->len / 2;

      g_ptr_array_set_size (ops, keep);
      g_ptr_array_set_size (batch, keep);
      g_free (body);
      body = js_push_request_write (ops, length);
    }

  return body;
}

/* Sends a batch and those after it, each read before the answers to the
 * one before are applied, and sent while they are. A record with an
 * operation in a batch under way has none in the next (its next
 * operation needs the revision the answer gives): it waits for the next
 * round. Should applying fail, what was sent after it is sent again by
 * the next sync, and applied once all the same (spec 5.3). */
static gboolean
push_round (Client        *client,
            JsStore       *store,
            const char    *owner,
            GPtrArray     *first,
            GCancellable  *cancellable,
            GError       **error)
{
  g_auto(JsSyncApplying) applying = { 0 };
  g_autoptr(GPtrArray) batch = g_ptr_array_ref (first);
  g_autoptr(GError) local_error = NULL;

  while (batch->len > 0)
    {
      g_autoptr(GPtrArray) ops = g_ptr_array_new_with_free_func ((GDestroyNotify) js_push_op_free);
      g_autoptr(GPtrArray) results = NULL;
      g_autoptr(GPtrArray) next = NULL;
      g_autoptr(GBytes) reply = NULL;
      g_autofree char *body = NULL;
      g_auto(JsSyncOwnChanges) own = { NULL, NULL };
      gsize length = 0;
      gint64 last;

      body = write_batch (batch, ops, &length);
      last = ((JsJournalOp *) g_ptr_array_index (batch, batch->len - 1))->seq;
      reply = request (client, "POST", "/push", body, length, &own, cancellable, error);
      if (!answers_applied (&applying, reply != NULL ? error : NULL) || reply == NULL)
        return FALSE;

      results = js_push_reply_parse (g_bytes_get_data (reply, NULL), g_bytes_get_size (reply),
                                     ops, &local_error);
      if (results == NULL)
        return malformed (error, local_error);

      if (client->stats != NULL)
        {
          client->stats->pushed += batch->len;
          for (guint i = 0; i < results->len; i++)
            client->stats->conflicts +=
              ((JsPushResult *) results->pdata[i])->status != JS_PUSH_APPLIED;
        }

      next = js_store_sync_batch_after (store, owner, last, JS_PROTOCOL_MAX_OPERATIONS,
                                        &local_error);
      if (next == NULL)
        return local_failure (error, local_error);
      js_sync_applying_start (&applying, store, g_steal_pointer (&batch),
                              g_steal_pointer (&results), &own, NULL);
      batch = g_steal_pointer (&next);
    }

  return answers_applied (&applying, error);
}

/* Rounds of batches until the journal is empty. */
static gboolean
push (Client        *client,
      JsStore       *store,
      const char    *owner,
      GCancellable  *cancellable,
      GError       **error)
{
  for (;;)
    {
      g_autoptr(GError) local_error = NULL;
      g_autoptr(GPtrArray) batch = js_store_sync_next_batch (store, owner,
                                                             JS_PROTOCOL_MAX_OPERATIONS,
                                                             &local_error);

      if (batch == NULL)
        return local_failure (error, local_error);
      if (batch->len == 0)
        return TRUE;
      if (!push_round (client, store, owner, batch, cancellable, error))
        return FALSE;
    }
}

/* Takes the pages of changes one after another, each applied with its
 * cursor while the next is fetched. */
static gboolean
pull (Client        *client,
      JsStore       *store,
      GCancellable  *cancellable,
      GError       **error)
{
  g_auto(JsSyncApplying) applying = { 0 };
  g_autoptr(GError) local_error = NULL;
  g_autofree char *cursor = js_store_dup_meta (store, JS_SYNC_CURSOR_KEY, &local_error);
  g_autofree char *level = js_store_dup_meta (store, JS_SYNC_LEVEL_KEY, NULL);

  if (local_error != NULL)
    return local_failure (error, local_error);

  /* A cursor read at another level of the API passed what this one
   * knows: everything once more (spec 6.4). */
  if (g_strcmp0 (level, JS_PROTOCOL_API_HEADER) != 0)
    g_clear_pointer (&cursor, g_free);

  for (gboolean more = TRUE; more;)
    {
      g_autofree char *escaped = g_uri_escape_string (cursor != NULL ? cursor : "", NULL, FALSE);
      g_autofree char *path = g_strdup_printf ("/changes?since=%s&limit=%u", escaped,
                                               JS_PROTOCOL_MAX_PAGE);
      g_autoptr(GBytes) reply = NULL;
      g_autoptr(JsChangesPage) page = NULL;

      reply = request (client, "GET", path, NULL, 0, NULL, cancellable, error);
      if (!answers_applied (&applying, reply != NULL ? error : NULL) || reply == NULL)
        return FALSE;

      page = js_changes_page_parse (g_bytes_get_data (reply, NULL), g_bytes_get_size (reply),
                                    &local_error);
      if (page == NULL)
        return malformed (error, local_error);

      if (client->stats != NULL)
        {
          client->stats->pulled += page->changes->len;
          client->stats->refused += page->refused;
        }
      more = page->more;
      g_free (cursor);
      cursor = g_strdup (page->cursor);
      js_sync_applying_start (&applying, store, NULL, NULL, NULL, g_steal_pointer (&page));
    }

  return answers_applied (&applying, error);
}

/**
 * js_sync_run:
 * @db_path: the profile's database
 * @url: the jobcenter's /v1 address
 * @token: the sign-in token
 * @owner: the profile key of the citizen @token belongs to
 * @stats: (out caller-allocates) (optional): what was exchanged
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a %JS_SYNC_ERROR
 *
 * Sends every waiting change, then brings every change of the jobcenter's.
 * Blocks: call it from a worker thread.
 *
 * Only the profile owned by @owner is synced, and only the changes
 * recorded under @owner are sent: a profile of someone else fails with
 * %JS_SYNC_ERROR_NOT_OWNER before anything is sent or fetched, and
 * changes recorded under someone else stay unsent, reported by the same
 * error after the sync.
 *
 * Returns: %TRUE when both directions completed
 */
gboolean
js_sync_run (const char    *db_path,
             const char    *url,
             const char    *token,
             const char    *owner,
             JsSyncStats   *stats,
             GCancellable  *cancellable,
             GError       **error)
{
  g_auto(Client) client = { 0 };
  g_autoptr(JsStore) store = NULL;
  g_autoptr(GError) local_error = NULL;
  gint64 foreign;

  if (stats != NULL)
    memset (stats, 0, sizeof *stats);

  if (owner == NULL || *owner == '\0')
    {
      g_set_error_literal (error, JS_SYNC_ERROR, JS_SYNC_ERROR_NOT_OWNER,
                           "No citizen is signed in to this profile");
      return FALSE;
    }

  if (!client_init (&client, url, token, stats, error))
    return FALSE;

  if (!(store = js_store_open (db_path, &local_error)))
    return local_failure (error, local_error);

  if (!g_str_equal (js_store_get_owner (store), owner))
    {
      g_set_error_literal (error, JS_SYNC_ERROR, JS_SYNC_ERROR_NOT_OWNER,
                           "This profile belongs to another citizen than the sign-in");
      return FALSE;
    }

  if (!push (&client, store, owner, cancellable, error) ||
      !pull (&client, store, cancellable, error))
    return FALSE;

  foreign = js_store_journal_count_foreign (store, owner, &local_error);
  if (foreign < 0)
    return local_failure (error, local_error);
  if (foreign > 0)
    {
      g_set_error (error, JS_SYNC_ERROR, JS_SYNC_ERROR_NOT_OWNER,
                   "%" G_GINT64_FORMAT " waiting changes were made under another sign-in"
                   " and were not sent", foreign);
      return FALSE;
    }

  return TRUE;
}

/**
 * js_sync_sign_in:
 *
 * Returns: (transfer full): the session, or %NULL with
 *   %JS_SYNC_ERROR_INVALID_CODE when the number or code is wrong
 */
JsSession *
js_sync_sign_in (const char    *url,
                 const char    *citizen,
                 const char    *code,
                 GCancellable  *cancellable,
                 GError       **error)
{
  g_auto(Client) client = { 0 };
  g_autoptr(GBytes) reply = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *body = NULL;
  JsSession *session;
  gsize length = 0;

  if (!client_init (&client, url, NULL, NULL, error))
    return NULL;

  body = js_sign_in_write (citizen, code, &length);
  reply = request (&client, "POST", "/session", body, length, NULL, cancellable, error);
  if (reply == NULL)
    return NULL;

  session = js_session_parse (g_bytes_get_data (reply, NULL), g_bytes_get_size (reply),
                              &local_error);
  if (session == NULL)
    malformed (error, local_error);
  return session;
}

/**
 * js_sync_sign_out:
 * @url: the jobcenter's /v1 address
 * @token: the token to revoke
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a %JS_SYNC_ERROR
 *
 * Asks the jobcenter to stop accepting @token. Blocks.
 *
 * Returns: %TRUE when the jobcenter confirmed
 */
gboolean
js_sync_sign_out (const char    *url,
                  const char    *token,
                  GCancellable  *cancellable,
                  GError       **error)
{
  g_auto(Client) client = { 0 };
  g_autoptr(GBytes) reply = NULL;

  if (!client_init (&client, url, token, NULL, error))
    return FALSE;

  reply = request (&client, "DELETE", "/session", NULL, 0, NULL, cancellable, error);
  return reply != NULL;
}
