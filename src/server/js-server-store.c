/* js-server-store.c: the reference jobcenter's database
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Citizens, one-time codes and tokens (stored as SHA-256 hashes only),
 * records with their owner, revision and change sequence, and the result
 * of every operation applied, so that an operation sent twice is applied
 * once. Every push runs in one transaction. No SQL is built from input.
 */

#include "config.h"

#include <sqlite3.h>
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

G_DEFINE_FINAL_TYPE (JsServerStore, js_server_store, G_TYPE_OBJECT)

G_DEFINE_QUARK (js-server-error-quark, js_server_error)

static const char schema[] =
  "PRAGMA journal_mode = WAL;"
  "PRAGMA synchronous = FULL;"
  "PRAGMA foreign_keys = ON;"
  "CREATE TABLE IF NOT EXISTS citizen ("
  "  number  TEXT PRIMARY KEY NOT NULL,"
  "  name    TEXT NOT NULL,"
  "  created TEXT NOT NULL"
  ") WITHOUT ROWID;"
  "CREATE TABLE IF NOT EXISTS code ("
  "  hash    TEXT PRIMARY KEY NOT NULL,"
  "  citizen TEXT NOT NULL REFERENCES citizen (number),"
  "  expires INTEGER NOT NULL,"
  "  used    INTEGER NOT NULL DEFAULT 0"
  ") WITHOUT ROWID;"
  "CREATE TABLE IF NOT EXISTS token ("
  "  hash    TEXT PRIMARY KEY NOT NULL,"
  "  citizen TEXT NOT NULL REFERENCES citizen (number),"
  "  expires INTEGER NOT NULL"
  ") WITHOUT ROWID;"
  "DROP TABLE IF EXISTS failure;"
  "CREATE TABLE IF NOT EXISTS sign_in_failure ("
  "  citizen TEXT NOT NULL,"
  "  source  TEXT NOT NULL,"
  "  at      INTEGER NOT NULL"
  ");"
  "CREATE INDEX IF NOT EXISTS sign_in_failure_source ON sign_in_failure (source, at);"
  "CREATE INDEX IF NOT EXISTS sign_in_failure_citizen ON sign_in_failure (citizen, source, at);"
  "CREATE INDEX IF NOT EXISTS sign_in_failure_at ON sign_in_failure (at);"
  "CREATE TABLE IF NOT EXISTS record ("
  "  entity   TEXT NOT NULL,"
  "  id       TEXT NOT NULL,"
  "  citizen  TEXT NOT NULL REFERENCES citizen (number),"
  "  revision INTEGER NOT NULL,"
  "  deleted  INTEGER NOT NULL,"
  "  body     TEXT,"
  "  seq      INTEGER NOT NULL,"
  "  PRIMARY KEY (entity, id)"
  ") WITHOUT ROWID;"
  "CREATE INDEX IF NOT EXISTS record_changes ON record (citizen, seq);"
  "CREATE TABLE IF NOT EXISTS operation ("
  "  citizen  TEXT NOT NULL,"
  "  op       TEXT NOT NULL,"
  "  status   TEXT NOT NULL,"
  "  revision INTEGER NOT NULL,"
  "  reason   TEXT,"
  "  record   TEXT,"
  "  created  INTEGER NOT NULL,"
  "  PRIMARY KEY (citizen, op)"
  ") WITHOUT ROWID;"
  "CREATE TABLE IF NOT EXISTS counter ("
  "  name  TEXT PRIMARY KEY NOT NULL,"
  "  value INTEGER NOT NULL"
  ") WITHOUT ROWID;"
  "INSERT OR IGNORE INTO counter (name, value) VALUES ('seq', 0);";

gboolean
_js_server_db_error (GError     **error,
          sqlite3     *db,
          const char  *what)
{
  g_set_error (error, JS_SERVER_ERROR, JS_SERVER_ERROR_FAILED, "%s: %s", what,
               sqlite3_errmsg (db));
  return FALSE;
}

sqlite3_stmt *
_js_server_prepare (JsServerStore  *self,
         const char     *sql,
         GError        **error)
{
  sqlite3_stmt *stmt = NULL;

  if (sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL) != SQLITE_OK)
    {
      _js_server_db_error (error, self->db, "Could not prepare a statement");
      return NULL;
    }

  return stmt;
}

gboolean
_js_server_exec (JsServerStore  *self,
      const char     *sql,
      GError        **error)
{
  if (sqlite3_exec (self->db, sql, NULL, NULL, NULL) != SQLITE_OK)
    return _js_server_db_error (error, self->db, "Database statement failed");

  return TRUE;
}

/* Runs @stmt to completion and finalizes it. */
gboolean
_js_server_run (JsServerStore  *self,
     sqlite3_stmt   *stmt,
     GError        **error)
{
  int rc = sqlite3_step (stmt);

  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    return _js_server_db_error (error, self->db, "Database write failed");

  return TRUE;
}

static char *
hash_secret (const char *secret)
{
  return g_compute_checksum_for_string (G_CHECKSUM_SHA256, secret, -1);
}

static gboolean
random_bytes (guint8 *buffer,
              gsize   length)
{
  gsize done = 0;

  while (done < length)
    {
      ssize_t n = getrandom (buffer + done, length - done, 0);

      if (n <= 0)
        return FALSE;
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

  if (self->db != NULL)
    sqlite3_close_v2 (self->db);

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

JsServerStore *
js_server_store_open (const char  *path,
                      GError     **error)
{
  g_autoptr(JsServerStore) self = g_object_new (JS_TYPE_SERVER_STORE, NULL);

  if (sqlite3_open_v2 (path, &self->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL) !=
      SQLITE_OK)
    {
      _js_server_db_error (error, self->db, "Could not open the database");
      return NULL;
    }

  sqlite3_busy_timeout (self->db, 5000);
  if (!_js_server_exec (self, schema, error))
    return NULL;

  return g_steal_pointer (&self);
}

static gboolean
citizen_exists (JsServerStore *self,
                const char    *number)
{
  sqlite3_stmt *stmt = _js_server_prepare (self, "SELECT 1 FROM citizen WHERE number = ?1;", NULL);
  gboolean found;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, number, -1, SQLITE_TRANSIENT);
  found = sqlite3_step (stmt) == SQLITE_ROW;
  sqlite3_finalize (stmt);
  return found;
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
  guint8 bytes[8];
  char code[9];
  g_autofree char *hash = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (JS_IS_SERVER_STORE (self), NULL);

  if (!citizen_exists (self, number))
    {
      g_set_error (error, JS_SERVER_ERROR, JS_SERVER_ERROR_UNKNOWN_CITIZEN,
                   "No citizen has the number %s", number);
      return NULL;
    }

  if (!random_bytes (bytes, sizeof bytes))
    {
      g_set_error_literal (error, JS_SERVER_ERROR, JS_SERVER_ERROR_FAILED,
                           "No random numbers could be had");
      return NULL;
    }
  for (guint i = 0; i < 8; i++)
    code[i] = CODE_ALPHABET[bytes[i] % 32];
  code[8] = '\0';

  hash = hash_secret (code);
  if (!(stmt = _js_server_prepare (self, "INSERT INTO code (hash, citizen, expires) VALUES (?1, ?2, ?3);",
                        error)))
    return NULL;
  sqlite3_bind_text (stmt, 1, hash, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, number, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 3, _js_server_now () + CODE_DAYS * 24 * 3600);
  if (!_js_server_run (self, stmt, error))
    return NULL;

  return g_strdup_printf ("%.4s-%.4s", code, code + 4);
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
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *created = g_date_time_format_iso8601 (now);
  sqlite3_stmt *stmt;

  g_return_val_if_fail (JS_IS_SERVER_STORE (self), NULL);

  if (!js_citizen_number_valid (number) || name == NULL || *name == '\0' ||
      !g_utf8_validate (name, -1, NULL) || g_utf8_strlen (name, -1) > 200)
    {
      g_set_error_literal (error, JS_SERVER_ERROR, JS_SERVER_ERROR_INVALID,
                           "A citizen needs a 10-digit number and a name");
      return NULL;
    }

  if (!(stmt = _js_server_prepare (self,
                        "INSERT INTO citizen (number, name, created) VALUES (?1, ?2, ?3)"
                        " ON CONFLICT (number) DO UPDATE SET name = excluded.name;",
                        error)))
    return NULL;
  sqlite3_bind_text (stmt, 1, number, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, name, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, created, -1, SQLITE_TRANSIENT);
  if (!_js_server_run (self, stmt, error))
    return NULL;

  return js_server_store_new_code (self, number, error);
}

/* Wrong codes in the last throttle.minutes from @source, for @number if it is
 * not %NULL. */
static gint64
recent_failures (JsServerStore *self,
                 const char    *number,
                 const char    *source)
{
  sqlite3_stmt *stmt = _js_server_prepare (self,
                                "SELECT count(*) FROM sign_in_failure WHERE source = ?1"
                                " AND (?2 IS NULL OR citizen = ?2) AND at > ?3;",
                                NULL);
  gint64 count = 0;

  if (stmt == NULL)
    return 0;
  sqlite3_bind_text (stmt, 1, source, -1, SQLITE_TRANSIENT);
  if (number != NULL)
    sqlite3_bind_text (stmt, 2, number, -1, SQLITE_TRANSIENT);
  else
    sqlite3_bind_null (stmt, 2);
  sqlite3_bind_int64 (stmt, 3, _js_server_now () - self->throttle.minutes * 60);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    count = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return count;
}

/* Notes a wrong code, and forgets what no longer counts: rows older than
 * the window, and the oldest beyond MAX_FAILURE_ROWS. */
static void
note_failure (JsServerStore *self,
              const char    *number,
              const char    *source)
{
  static const char * const prune[] = {
    "DELETE FROM sign_in_failure WHERE at <= ?1;",
    "DELETE FROM sign_in_failure WHERE rowid IN (SELECT rowid FROM sign_in_failure"
    " ORDER BY at DESC LIMIT -1 OFFSET ?2);",
  };
  sqlite3_stmt *stmt = _js_server_prepare (self,
                                "INSERT INTO sign_in_failure (citizen, source, at)"
                                " VALUES (?1, ?2, ?3);",
                                NULL);

  if (stmt == NULL)
    return;
  sqlite3_bind_text (stmt, 1, number, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, source, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 3, _js_server_now ());
  _js_server_run (self, stmt, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (prune); i++)
    {
      if (!(stmt = _js_server_prepare (self, prune[i], NULL)))
        return;
      sqlite3_bind_int64 (stmt, 1, _js_server_now () - self->throttle.minutes * 60);
      sqlite3_bind_int64 (stmt, 2, MAX_FAILURE_ROWS);
      _js_server_run (self, stmt, NULL);
    }
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
 * Returns: how many wrong codes the store remembers
 */
gint64
js_server_store_count_failures (JsServerStore *self)
{
  sqlite3_stmt *stmt;
  gint64 count = -1;

  g_return_val_if_fail (JS_IS_SERVER_STORE (self), -1);

  if (!(stmt = _js_server_prepare (self, "SELECT count(*) FROM sign_in_failure;", NULL)))
    return -1;
  if (sqlite3_step (stmt) == SQLITE_ROW)
    count = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return count;
}

static char *
citizen_name (JsServerStore *self,
              const char    *number)
{
  sqlite3_stmt *stmt = _js_server_prepare (self, "SELECT name FROM citizen WHERE number = ?1;", NULL);
  char *name = NULL;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, number, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    name = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  return name;
}

/**
 * js_server_store_sign_in:
 * @self: the store
 * @number: the citizen number typed
 * @code: the one-time code typed
 * @source: where the request came from (the client's address)
 * @error: %JS_SERVER_ERROR_INVALID_CODE or %JS_SERVER_ERROR_LOCKED
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
  g_autofree char *hash = NULL;
  g_autoptr(JsSession) session = NULL;
  guint8 bytes[32];
  sqlite3_stmt *stmt;
  int changes;

  g_return_val_if_fail (JS_IS_SERVER_STORE (self), NULL);

  if (!js_citizen_number_valid (number))
    {
      g_set_error_literal (error, JS_SERVER_ERROR, JS_SERVER_ERROR_INVALID_CODE,
                           "The citizen number or the code is wrong");
      return NULL;
    }

  if (source == NULL)
    source = "";

  /* Only the source that guessed waits: a stranger's wrong codes never
   * keep the citizen with the right one out. */
  if (recent_failures (self, NULL, source) >= self->throttle.per_source ||
      recent_failures (self, number, source) >= self->throttle.per_number)
    {
      g_set_error (error, JS_SERVER_ERROR, JS_SERVER_ERROR_LOCKED,
                   "Too many wrong codes: wait %u minutes", self->throttle.minutes);
      return NULL;
    }

  hash = normal != NULL ? hash_secret (normal) : g_strdup ("");
  if (!(stmt = _js_server_prepare (self,
                        "UPDATE code SET used = 1 WHERE hash = ?1 AND citizen = ?2 AND used = 0"
                        " AND expires > ?3;",
                        error)))
    return NULL;
  sqlite3_bind_text (stmt, 1, hash, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, number, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 3, _js_server_now ());
  if (!_js_server_run (self, stmt, error))
    return NULL;
  changes = sqlite3_changes (self->db);

  if (changes != 1)
    {
      note_failure (self, number, source);
      g_set_error_literal (error, JS_SERVER_ERROR, JS_SERVER_ERROR_INVALID_CODE,
                           "The citizen number or the code is wrong");
      return NULL;
    }

  if (!random_bytes (bytes, sizeof bytes))
    {
      g_set_error_literal (error, JS_SERVER_ERROR, JS_SERVER_ERROR_FAILED,
                           "No random numbers could be had");
      return NULL;
    }

  session = g_new0 (JsSession, 1);
  session->token = g_base64_encode (bytes, sizeof bytes);
  g_strdelimit (session->token, "+", '-');
  g_strdelimit (session->token, "/", '_');
  g_strdelimit (session->token, "=", '\0');
  session->citizen = g_strdup (number);
  session->name = citizen_name (self, number);
  session->expires = g_date_time_new_from_unix_utc (_js_server_now () + TOKEN_DAYS * 24 * 3600);

  g_free (hash);
  hash = hash_secret (session->token);
  if (!(stmt = _js_server_prepare (self, "INSERT INTO token (hash, citizen, expires) VALUES (?1, ?2, ?3);",
                        error)))
    return NULL;
  sqlite3_bind_text (stmt, 1, hash, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, number, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 3, g_date_time_to_unix (session->expires));
  if (!_js_server_run (self, stmt, error))
    return NULL;

  return g_steal_pointer (&session);
}

gboolean
js_server_store_sign_out (JsServerStore *self,
                          const char    *token)
{
  g_autofree char *hash = hash_secret (token);
  sqlite3_stmt *stmt = _js_server_prepare (self, "DELETE FROM token WHERE hash = ?1;", NULL);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, hash, -1, SQLITE_TRANSIENT);
  return _js_server_run (self, stmt, NULL);
}

/**
 * js_server_store_authenticate:
 *
 * Returns: (transfer full) (nullable): the citizen number the token was
 *   issued to, or %NULL when it is unknown, revoked or expired
 */
char *
js_server_store_authenticate (JsServerStore *self,
                              const char    *token)
{
  g_autofree char *hash = NULL;
  sqlite3_stmt *stmt;
  char *citizen = NULL;

  if (token == NULL || *token == '\0' || strlen (token) > 256)
    return NULL;

  hash = hash_secret (token);
  if (!(stmt = _js_server_prepare (self, "SELECT citizen FROM token WHERE hash = ?1 AND expires > ?2;",
                        NULL)))
    return NULL;
  sqlite3_bind_text (stmt, 1, hash, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, _js_server_now ());
  if (sqlite3_step (stmt) == SQLITE_ROW)
    citizen = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  return citizen;
}
