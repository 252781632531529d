/* js-server-store.c: the reference jobcenter's database
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Citizens, one-time codes and tokens (stored as SHA-256 hashes only),
 * records with their owner, revision and change sequence, and the result
 * of every operation applied, so that an operation sent twice is applied
 * once. The rules live here, the data in a JsServerBackend (SQLite or
 * PostgreSQL): every write is one transaction, run again when it meets
 * another, and every rule holds with several processes on one database.
 * No SQL is built from input.
 */

#include "config.h"

#include <sys/random.h>

#include "js-server-store-private.h"

#define CODE_ALPHABET "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
#define CODE_DAYS 14
#define TOKEN_DAYS 30
/* Wrong codes are counted per source (the client's address) and per
 * citizen from that source, over the last throttle.minutes: a source that
 * guesses too much waits, whichever numbers it tries, and the citizen's
 * own sign-in from anywhere else is never held up by it. */
/* However many sources guess, the table of wrong codes stays this small. */
#define MAX_FAILURE_ROWS 100000
/* A transaction that meets others this often in a row gives up (503). */
#define MAX_ATTEMPTS 8

G_DEFINE_FINAL_TYPE (JsServerStore, js_server_store, G_TYPE_OBJECT)

G_DEFINE_QUARK (js-server-error-quark, js_server_error)

gboolean
_js_server_run (JsServerStore     *self,
                JsSql              sql,
                const JsSqlValue  *params,
                guint              n_params,
                JsSqlRowFunc       row_func,
                gpointer           user_data,
                gint64            *changes,
                GError           **error)
{
  return js_server_backend_run (self->backend, sql, params, n_params, row_func, user_data,
                                changes, error);
}

gint64
_js_server_int (const char *column)
{
  return column != NULL ? g_ascii_strtoll (column, NULL, 10) : 0;
}

/* Row callbacks: the first column of the first row, as a new string
 * (user_data is a char **) or a number (a gint64 *). */
gboolean
_js_server_text_cb (const char * const *columns,
                    gpointer            user_data)
{
  char **text = user_data;

  g_free (*text);
  *text = g_strdup (columns[0]);
  return FALSE;
}

gboolean
_js_server_int_cb (const char * const *columns,
                   gpointer            user_data)
{
  *(gint64 *) user_data = _js_server_int (columns[0]);
  return FALSE;
}

/**
 * _js_server_transaction:
 * @self: the store
 * @func: the work, all of which commits or none
 * @user_data: for @func
 * @error: return location for a #GError
 *
 * Runs @func in a write transaction, again from the start (after a short
 * random wait) when it met another transaction, up to MAX_ATTEMPTS times.
 *
 * Returns: %TRUE when committed
 */
gboolean
_js_server_transaction (JsServerStore    *self,
                        JsServerTxnFunc   func,
                        gpointer          user_data,
                        GError          **error)
{
  for (guint attempt = 1;; attempt++)
    {
      g_autoptr(GError) local = NULL;

      if (js_server_backend_begin (self->backend, &local))
        {
          if (func (self, user_data, &local) && js_server_backend_commit (self->backend, &local))
            return TRUE;
          js_server_backend_rollback (self->backend);
        }

      if (attempt == MAX_ATTEMPTS ||
          !g_error_matches (local, JS_SERVER_ERROR, JS_SERVER_ERROR_BUSY))
        {
          g_propagate_error (error, g_steal_pointer (&local));
          return FALSE;
        }
      g_usleep (g_random_int_range (500, 2000) * attempt);
    }
}

typedef struct {
  const char      *citizen;
  JsServerTxnFunc  func;
  gpointer         user_data;
} Write;

/* One writer's work inside a transaction already begun. */
static gboolean
write_txn (JsServerStore  *self,
           gpointer        user_data,
           GError        **error)
{
  Write *write = user_data;
  gint64 seq = -1;
  gboolean done;

  if (!_js_server_query (self, JS_SQL_CITIZEN_LOCK, _js_server_int_cb, &seq, error,
                         JS_SQL_TEXT (write->citizen)))
    return FALSE;
  if (seq < 0)
    {
      g_set_error (error, JS_SERVER_ERROR, JS_SERVER_ERROR_UNKNOWN_CITIZEN,
                   "No citizen has the number %s", write->citizen);
      return FALSE;
    }

  self->writer = write->citizen;
  self->seq = self->saved_seq = seq;
  done = write->func (self, write->user_data, error);
  self->writer = NULL;

  return done && (self->seq == self->saved_seq ||
                  _js_server_exec (self, JS_SQL_CITIZEN_SET_SEQ, error,
                                   JS_SQL_TEXT (write->citizen), JS_SQL_INT (self->seq)));
}

/**
 * _js_server_write:
 * @self: the store
 * @citizen: whose records @func writes
 * @func: the work
 * @user_data: for @func
 * @error: return location for a #GError
 *
 * Runs @func in a transaction that first locks @citizen's row, so that
 * the citizen's records change one writer at a time, in every process:
 * revisions are checked against what is committed, and the change
 * numbers _js_server_next_seq() gives are in the order of the commits.
 *
 * Returns: %TRUE when committed
 */
gboolean
_js_server_write (JsServerStore    *self,
                  const char       *citizen,
                  JsServerTxnFunc   func,
                  gpointer          user_data,
                  GError          **error)
{
  Write write = { citizen, func, user_data };

  return _js_server_transaction (self, write_txn, &write, error);
}

/**
 * _js_server_write_in_txn:
 *
 * As _js_server_write(), inside a transaction the caller runs (several
 * writers committed together).
 *
 * Returns: %TRUE when @func succeeded
 */
gboolean
_js_server_write_in_txn (JsServerStore    *self,
                         const char       *citizen,
                         JsServerTxnFunc   func,
                         gpointer          user_data,
                         GError          **error)
{
  Write write = { citizen, func, user_data };

  return write_txn (self, &write, error);
}

/* The next change number of @citizen, whose row _js_server_write() holds. */
gint64
_js_server_next_seq (JsServerStore *self,
                     const char    *citizen)
{
  g_return_val_if_fail (self->writer != NULL && g_str_equal (self->writer, citizen), -1);

  return ++self->seq;
}

static char *
hash_secret (const char *secret)
{
  return g_compute_checksum_for_string (G_CHECKSUM_SHA256, secret, -1);
}

static gboolean
random_bytes (guint8  *buffer,
              gsize    length,
              GError **error)
{
  gsize done = 0;

  while (done < length)
    {
      ssize_t n = getrandom (buffer + done, length - done, 0);

      if (n <= 0)
        {
          g_set_error_literal (error, JS_SERVER_ERROR, JS_SERVER_ERROR_FAILED,
                               "No random numbers could be had");
          return FALSE;
        }
      done += n;
    }

  return TRUE;
}

gint64
_js_server_now (void)
{
  return g_get_real_time () / G_USEC_PER_SEC;
}

static void
js_server_store_finalize (GObject *object)
{
  JsServerStore *self = JS_SERVER_STORE (object);

  g_clear_object (&self->backend);

  G_OBJECT_CLASS (js_server_store_parent_class)->finalize (object);
}

static void
js_server_store_class_init (JsServerStoreClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = js_server_store_finalize;
}

static void
js_server_store_init (JsServerStore *self)
{
  self->throttle = (JsServerThrottle) {
    .per_source = JS_SERVER_DEFAULT_FAILURES_PER_SOURCE,
    .per_number = JS_SERVER_DEFAULT_FAILURES_PER_NUMBER,
    .minutes = JS_SERVER_DEFAULT_THROTTLE_MINUTES,
  };
}

/**
 * js_server_store_open:
 * @spec: the database: "postgresql://…", "sqlite:PATH" or a file name
 *   (see js_server_backend_open())
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the store, or %NULL
 */
JsServerStore *
js_server_store_open (const char  *spec,
                      GError     **error)
{
  g_autoptr(JsServerBackend) backend = js_server_backend_open (spec, error);
  JsServerStore *self;

  if (backend == NULL)
    return NULL;

  self = g_object_new (JS_TYPE_SERVER_STORE, NULL);
  self->backend = g_steal_pointer (&backend);
  return self;
}

/* Sets *name to the citizen's name, or to %NULL when there is no such
 * citizen; %FALSE only when the database failed. */
static gboolean
citizen_name (JsServerStore  *self,
              const char     *number,
              char          **name,
              GError        **error)
{
  g_clear_pointer (name, g_free);
  return _js_server_query (self, JS_SQL_CITIZEN_NAME, _js_server_text_cb, name, error,
                           JS_SQL_TEXT (number));
}

typedef struct {
  const char *number;
  const char *name;
  char       *code;
} NewCode;

/* Stores a new code for data->number and sets data->code to it. */
static gboolean
add_code (JsServerStore  *self,
          NewCode        *data,
          GError        **error)
{
  guint8 bytes[8];
  char code[9];
  g_autofree char *hash = NULL;

  if (!random_bytes (bytes, sizeof bytes, error))
    return FALSE;
  for (guint i = 0; i < 8; i++)
    code[i] = CODE_ALPHABET[bytes[i] % 32];
  code[8] = '\0';

  hash = hash_secret (code);
  if (!_js_server_exec (self, JS_SQL_CODE_ADD, error, JS_SQL_TEXT (hash),
                        JS_SQL_TEXT (data->number),
                        JS_SQL_INT (_js_server_now () + CODE_DAYS * 24 * 3600)))
    return FALSE;

  g_free (data->code);
  data->code = g_strdup_printf ("%.4s-%.4s", code, code + 4);
  return TRUE;
}

static gboolean
new_code_txn (JsServerStore  *self,
              gpointer        user_data,
              GError        **error)
{
  NewCode *data = user_data;
  g_autofree char *name = NULL;

  if (!citizen_name (self, data->number, &name, error))
    return FALSE;
  if (name == NULL)
    {
      g_set_error (error, JS_SERVER_ERROR, JS_SERVER_ERROR_UNKNOWN_CITIZEN,
                   "No citizen has the number %s", data->number);
      return FALSE;
    }

  return add_code (self, data, error);
}

/**
 * js_server_store_new_code:
 *
 * Returns: (transfer full): a new one-time sign-in code for @number, shown
 *   once to the citizen; only its hash is kept
 */
char *
js_server_store_new_code (JsServerStore  *self,
                          const char     *number,
                          GError        **error)
{
  NewCode data = { number, NULL, NULL };

  g_return_val_if_fail (JS_IS_SERVER_STORE (self), NULL);

  if (!_js_server_transaction (self, new_code_txn, &data, error))
    g_clear_pointer (&data.code, g_free);
  return data.code;
}

static gboolean
add_citizen_txn (JsServerStore  *self,
                 gpointer        user_data,
                 GError        **error)
{
  NewCode *data = user_data;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *created = g_date_time_format_iso8601 (now);

  return _js_server_exec (self, JS_SQL_CITIZEN_PUT, error, JS_SQL_TEXT (data->number),
                          JS_SQL_TEXT (data->name), JS_SQL_TEXT (created)) &&
         add_code (self, data, error);
}

/**
 * js_server_store_add_citizen:
 *
 * Returns: (transfer full): the citizen's first one-time sign-in code
 */
char *
js_server_store_add_citizen (JsServerStore  *self,
                             const char     *number,
                             const char     *name,
                             GError        **error)
{
  NewCode data = { number, name, NULL };

  g_return_val_if_fail (JS_IS_SERVER_STORE (self), NULL);

  if (!js_citizen_number_valid (number) || name == NULL || *name == '\0' ||
      !g_utf8_validate (name, -1, NULL) || g_utf8_strlen (name, -1) > 200)
    {
      g_set_error_literal (error, JS_SERVER_ERROR, JS_SERVER_ERROR_INVALID,
                           "A citizen needs a 10-digit number and a name");
      return NULL;
    }

  if (!_js_server_transaction (self, add_citizen_txn, &data, error))
    g_clear_pointer (&data.code, g_free);
  return data.code;
}

/* Sets *count to the wrong codes in the last throttle.minutes from
 * @source, for @number if it is not %NULL. */
static gboolean
recent_failures (JsServerStore  *self,
                 const char     *number,
                 const char     *source,
                 gint64         *count,
                 GError        **error)
{
  return _js_server_query (self, JS_SQL_FAILURE_COUNT, _js_server_int_cb, count, error,
                           JS_SQL_TEXT (source), JS_SQL_TEXT (number),
                           JS_SQL_INT (_js_server_now () - self->throttle.minutes * 60));
}

/* Notes a wrong code, and forgets what no longer counts: rows older than
 * the window, and the oldest beyond MAX_FAILURE_ROWS. */
static gboolean
note_failure (JsServerStore  *self,
              const char     *number,
              const char     *source,
              GError        **error)
{
  gint64 now = _js_server_now ();

  return _js_server_exec (self, JS_SQL_FAILURE_ADD, error, JS_SQL_TEXT (number),
                          JS_SQL_TEXT (source), JS_SQL_INT (now)) &&
         _js_server_exec (self, JS_SQL_FAILURE_FORGET_OLD, error,
                          JS_SQL_INT (now - self->throttle.minutes * 60)) &&
         _js_server_exec (self, JS_SQL_FAILURE_FORGET_MOST, error, JS_SQL_INT (MAX_FAILURE_ROWS));
}

/**
 * js_server_store_set_throttle:
 * @throttle: how many wrong codes make a source wait, and how long
 */
void
js_server_store_set_throttle (JsServerStore          *self,
                              const JsServerThrottle *throttle)
{
  g_return_if_fail (JS_IS_SERVER_STORE (self));
  g_return_if_fail (throttle->per_source > 0 && throttle->per_number > 0);
  g_return_if_fail (throttle->minutes > 0);

  self->throttle = *throttle;
}

guint
js_server_store_get_throttle_minutes (JsServerStore *self)
{
  g_return_val_if_fail (JS_IS_SERVER_STORE (self), 0);

  return self->throttle.minutes;
}

/**
 * js_server_store_count_failures:
 * @self: the store
 *
 * Returns: how many wrong codes the store remembers, or -1 when the
 *   database failed
 */
gint64
js_server_store_count_failures (JsServerStore *self)
{
  gint64 count = -1;

  g_return_val_if_fail (JS_IS_SERVER_STORE (self), -1);

  if (!_js_server_run (self, JS_SQL_FAILURE_TOTAL, NULL, 0, _js_server_int_cb, &count, NULL,
                       NULL))
    return -1;
  return count;
}

/**
 * js_server_store_ping:
 * @self: the store
 * @error: return location for a #GError
 *
 * Asks the database for nothing, to know it answers (GET /v1/health).
 *
 * Returns: %TRUE when it did
 */
gboolean
js_server_store_ping (JsServerStore  *self,
                      GError        **error)
{
  g_return_val_if_fail (JS_IS_SERVER_STORE (self), FALSE);

  return _js_server_run (self, JS_SQL_PING, NULL, 0, NULL, NULL, NULL, error);
}

typedef struct {
  const char *number;
  const char *code_hash;
  const char *source;
  const char *token;
  gint64      expires;
  gboolean    locked;
  gboolean    spent;
  char       *name;
} SignIn;

/* The source's wrong codes are counted and noted under a lock on the
 * source, so that several processes count them as one would. */
static gboolean
sign_in_txn (JsServerStore  *self,
             gpointer        user_data,
             GError        **error)
{
  SignIn *data = user_data;
  g_autofree char *token_hash = hash_secret (data->token);
  gint64 from_source = 0;
  gint64 for_number = 0;
  gint64 spent = 0;

  data->locked = data->spent = FALSE;
  if (!_js_server_exec (self, JS_SQL_SOURCE_LOCK, error, JS_SQL_TEXT (data->source)) ||
      !recent_failures (self, NULL, data->source, &from_source, error) ||
      !recent_failures (self, data->number, data->source, &for_number, error))
    return FALSE;

  /* Only the source that guessed waits: a stranger's wrong codes never
   * keep the citizen with the right one out. */
  if (from_source >= self->throttle.per_source || for_number >= self->throttle.per_number)
    {
      data->locked = TRUE;
      return TRUE;
    }

  if (!_js_server_changed (self, JS_SQL_CODE_SPEND, &spent, error, JS_SQL_TEXT (data->code_hash),
                           JS_SQL_TEXT (data->number), JS_SQL_INT (_js_server_now ())))
    return FALSE;
  if (spent != 1)
    return note_failure (self, data->number, data->source, error);

  data->spent = TRUE;
  return citizen_name (self, data->number, &data->name, error) &&
         _js_server_exec (self, JS_SQL_TOKEN_ADD, error, JS_SQL_TEXT (token_hash),
                          JS_SQL_TEXT (data->number), JS_SQL_INT (data->expires));
}

/* A new token: 32 random bytes in base64url, without padding. */
static char *
new_token (GError **error)
{
  guint8 bytes[32];
  char *token;

  if (!random_bytes (bytes, sizeof bytes, error))
    return NULL;

  token = g_base64_encode (bytes, sizeof bytes);
  g_strdelimit (token, "+", '-');
  g_strdelimit (token, "/", '_');
  g_strdelimit (token, "=", '\0');
  return token;
}

/**
 * js_server_store_sign_in:
 * @self: the store
 * @number: the citizen number typed
 * @code: the one-time code typed
 * @source: where the request came from (the client's address)
 * @error: %JS_SERVER_ERROR_INVALID_CODE or %JS_SERVER_ERROR_LOCKED, or a
 *   failure of the database
 *
 * Spends @code and issues a token.
 *
 * Returns: (transfer full): the session, with the token in clear (the only
 *   time it exists outside the client)
 */
JsSession *
js_server_store_sign_in (JsServerStore  *self,
                         const char     *number,
                         const char     *code,
                         const char     *source,
                         GError        **error)
{
  g_autofree char *normal = js_normalize_code (code);
  g_autofree char *code_hash = normal != NULL ? hash_secret (normal) : g_strdup ("");
  g_autofree char *token = NULL;
  g_autoptr(JsSession) session = NULL;
  SignIn data = { number, code_hash, source != NULL ? source : "" };
  gboolean done;

  g_return_val_if_fail (JS_IS_SERVER_STORE (self), NULL);

  if (!js_citizen_number_valid (number))
    {
      g_set_error_literal (error, JS_SERVER_ERROR, JS_SERVER_ERROR_INVALID_CODE,
                           "The citizen number or the code is wrong");
      return NULL;
    }

  if (!(token = new_token (error)))
    return NULL;
  data.token = token;
  data.expires = _js_server_now () + TOKEN_DAYS * 24 * 3600;

  done = _js_server_transaction (self, sign_in_txn, &data, error);
  if (done && data.locked)
    g_set_error (error, JS_SERVER_ERROR, JS_SERVER_ERROR_LOCKED,
                 "Too many wrong codes: wait %u minutes", self->throttle.minutes);
  else if (done && !data.spent)
    g_set_error_literal (error, JS_SERVER_ERROR, JS_SERVER_ERROR_INVALID_CODE,
                         "The citizen number or the code is wrong");
  if (!done || !data.spent)
    {
      g_free (data.name);
      return NULL;
    }

  session = g_new0 (JsSession, 1);
  session->token = g_steal_pointer (&token);
  session->citizen = g_strdup (number);
  session->name = data.name;
  session->expires = g_date_time_new_from_unix_utc (data.expires);
  return g_steal_pointer (&session);
}

/**
 * js_server_store_sign_out:
 *
 * Revokes @token, in every process at once.
 *
 * Returns: %FALSE when the database failed
 */
gboolean
js_server_store_sign_out (JsServerStore  *self,
                          const char     *token,
                          GError        **error)
{
  g_autofree char *hash = hash_secret (token);

  g_return_val_if_fail (JS_IS_SERVER_STORE (self), FALSE);

  return _js_server_exec (self, JS_SQL_TOKEN_REVOKE, error, JS_SQL_TEXT (hash));
}

/**
 * js_server_store_authenticate:
 * @self: the store
 * @token: the bearer token a client sent
 * @error: set only when the database failed
 *
 * Returns: (transfer full) (nullable): the citizen number the token was
 *   issued to, or %NULL when it is unknown, revoked or expired (or the
 *   database failed)
 */
char *
js_server_store_authenticate (JsServerStore  *self,
                              const char     *token,
                              GError        **error)
{
  g_autofree char *hash = NULL;
  char *citizen = NULL;

  g_return_val_if_fail (JS_IS_SERVER_STORE (self), NULL);

  if (token == NULL || *token == '\0' || strlen (token) > 256)
    return NULL;

  hash = hash_secret (token);
  if (!_js_server_query (self, JS_SQL_TOKEN_CITIZEN, _js_server_text_cb, &citizen, error,
                         JS_SQL_TEXT (hash), JS_SQL_INT (_js_server_now ())))
    g_clear_pointer (&citizen, g_free);
  return citizen;
}
