/* js-server-backend.c: where the jobcenter's data lives
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "js-server-backend-private.h"
#include "js-server-postgres.h"
#include "js-server-sqlite.h"

G_DEFINE_INTERFACE (JsServerBackend, js_server_backend, G_TYPE_OBJECT)

/* The statements both dialects read alike. Parameters are "$N", which
 * PostgreSQL numbers and SQLite takes as names. */
static const char * const portable[JS_N_SQL] = {
  [JS_SQL_CITIZEN_PUT] =
    "INSERT INTO citizen (number, name, created) VALUES ($1, $2, $3)"
    " ON CONFLICT (number) DO UPDATE SET name = excluded.name;",
  [JS_SQL_CITIZEN_NAME] = "SELECT name FROM citizen WHERE number = $1;",
  [JS_SQL_CITIZEN_SET_SEQ] = "UPDATE citizen SET seq = $2 WHERE number = $1;",
  [JS_SQL_CODE_ADD] = "INSERT INTO code (hash, citizen, expires) VALUES ($1, $2, $3);",
  [JS_SQL_CODE_SPEND] =
    "UPDATE code SET used = 1 WHERE hash = $1 AND citizen = $2 AND used = 0 AND expires > $3;",
  [JS_SQL_FAILURE_COUNT] =
    "SELECT count(*) FROM sign_in_failure WHERE source = $1"
    " AND (CAST ($2 AS TEXT) IS NULL OR citizen = $2) AND at > $3;",
  [JS_SQL_FAILURE_ADD] = "INSERT INTO sign_in_failure (citizen, source, at) VALUES ($1, $2, $3);",
  [JS_SQL_FAILURE_FORGET_OLD] = "DELETE FROM sign_in_failure WHERE at <= $1;",
  /* Ties with the oldest kept go too: never more than $1 stay. */
  [JS_SQL_FAILURE_FORGET_MOST] =
    "DELETE FROM sign_in_failure WHERE at <= (SELECT at FROM sign_in_failure"
    " ORDER BY at DESC LIMIT 1 OFFSET $1);",
  [JS_SQL_FAILURE_TOTAL] = "SELECT count(*) FROM sign_in_failure;",
  [JS_SQL_TOKEN_ADD] = "INSERT INTO token (hash, citizen, expires) VALUES ($1, $2, $3);",
  [JS_SQL_TOKEN_REVOKE] = "DELETE FROM token WHERE hash = $1;",
  [JS_SQL_TOKEN_CITIZEN] = "SELECT citizen FROM token WHERE hash = $1 AND expires > $2;",
  [JS_SQL_RECORD_LOAD] =
    "SELECT citizen, revision, deleted, body FROM record WHERE entity = $1 AND id = $2;",
  [JS_SQL_RECORD_ADD] =
    "INSERT INTO record (entity, id, citizen, revision, deleted, body, seq)"
    " VALUES ($1, $2, $3, $4, $5, $6, $7);",
  [JS_SQL_RECORD_UPDATE] =
    "UPDATE record SET revision = $4, deleted = $5, body = $6, seq = $7"
    " WHERE entity = $1 AND id = $2 AND citizen = $3;",
  [JS_SQL_RESULT_LOAD] =
    "SELECT status, revision, reason, record FROM operation WHERE citizen = $1 AND op = $2;",
  [JS_SQL_RESULT_ADD] =
    "INSERT INTO operation (citizen, op, status, revision, reason, record, created)"
    " VALUES ($1, $2, $3, $4, $5, $6, $7);",
  [JS_SQL_CHANGES] =
    "SELECT entity, id, revision, deleted, body, seq FROM record"
    " WHERE citizen = $1 AND seq > $2 ORDER BY seq LIMIT $3;",
  [JS_SQL_LIST] =
    "SELECT body FROM record WHERE citizen = $1 AND entity = $2 AND deleted = 0 ORDER BY seq;",
  [JS_SQL_PING] = "SELECT 1;",
  [JS_SQL_CITIZEN_COUNT] = "SELECT count(*) FROM citizen;",
  [JS_SQL_ALL_CITIZENS] = "SELECT number, name, created, seq FROM citizen;",
  [JS_SQL_CITIZEN_COPY] =
    "INSERT INTO citizen (number, name, created, seq) VALUES ($1, $2, $3, $4);",
  [JS_SQL_ALL_CODES] = "SELECT hash, citizen, expires, used FROM code;",
  [JS_SQL_CODE_COPY] = "INSERT INTO code (hash, citizen, expires, used) VALUES ($1, $2, $3, $4);",
  [JS_SQL_ALL_TOKENS] = "SELECT hash, citizen, expires FROM token;",
  [JS_SQL_ALL_RECORDS] = "SELECT entity, id, citizen, revision, deleted, body, seq FROM record;",
  [JS_SQL_ALL_RESULTS] =
    "SELECT citizen, op, status, revision, reason, record, created FROM operation;",
};

/**
 * _js_server_sql_text:
 * @sql: a statement
 * @postgres: %TRUE for PostgreSQL's dialect, %FALSE for SQLite's
 *
 * Returns: (nullable): its text, or %NULL where the statement has nothing
 *   to do (SQLite's write transaction already holds the whole database)
 */
const char *
_js_server_sql_text (JsSql    sql,
                     gboolean postgres)
{
  g_return_val_if_fail (sql < JS_N_SQL, NULL);

  /* PostgreSQL's processes lock a citizen's row, and a source's wrong
   * codes, for the rest of the transaction. */
  if (sql == JS_SQL_CITIZEN_LOCK)
    return postgres ? "SELECT seq FROM citizen WHERE number = $1 FOR NO KEY UPDATE;"
                    : "SELECT seq FROM citizen WHERE number = $1;";
  if (sql == JS_SQL_SOURCE_LOCK)
    return postgres ? "SELECT pg_advisory_xact_lock (hashtextextended ($1, 0));" : NULL;
  /* One statement, one round trip to PostgreSQL, for a whole import. */
  if (sql == JS_SQL_RECORD_IMPORT)
    return postgres
           ? "INSERT INTO record (entity, id, citizen, revision, deleted, body, seq)"
             " SELECT $1, r.id, $2, 1, 0, r.body, r.seq"
             " FROM json_to_recordset ($3::json) AS r (id text, body json, seq bigint)"
             " ON CONFLICT DO NOTHING;"
           : "INSERT INTO record (entity, id, citizen, revision, deleted, body, seq)"
             " SELECT $1, value ->> 'id', $2, 1, 0, value -> 'body', value ->> 'seq'"
             " FROM json_each ($3) WHERE true ON CONFLICT DO NOTHING;";

  return portable[sql];
}

static void
js_server_backend_default_init (JsServerBackendInterface *iface)
{
}

/* "name://…" with a scheme of letters, digits, "+", "-" and ".". */
static gboolean
has_scheme (const char *spec)
{
  const char *colon = strstr (spec, "://");

  if (colon == NULL || colon == spec || !g_ascii_isalpha (spec[0]))
    return FALSE;
  for (const char *c = spec; c < colon; c++)
    if (!g_ascii_isalnum (*c) && *c != '+' && *c != '-' && *c != '.')
      return FALSE;
  return TRUE;
}

/* Refuses a database that a newer server has migrated past @latest. */
gboolean
_js_server_newer_schema (const char  *kind,
                         gint64       version,
                         guint        latest,
                         GError     **error)
{
  if (version <= latest)
    return FALSE;

  g_set_error (error, JS_SERVER_ERROR, JS_SERVER_ERROR_FAILED,
               "The %s database has schema version %" G_GINT64_FORMAT ", from a newer "
               "jobspor-server; this one knows up to %u", kind, version, latest);
  return TRUE;
}

/**
 * js_server_backend_open:
 * @spec: the --db value: "postgresql://…" (or "postgres://…") for a
 *   PostgreSQL database, "sqlite:PATH" or a plain PATH for a SQLite file
 * @error: return location for a #GError
 *
 * Opens the database, creating or migrating its tables as needed.
 *
 * Returns: (transfer full): the back end, or %NULL
 */
JsServerBackend *
js_server_backend_open (const char  *spec,
                        GError     **error)
{
  g_return_val_if_fail (spec != NULL, NULL);

  if (g_str_has_prefix (spec, "postgresql://") || g_str_has_prefix (spec, "postgres://"))
    return JS_SERVER_BACKEND (js_server_postgres_open (spec, error));

  if (g_str_has_prefix (spec, "sqlite:"))
    spec += strlen ("sqlite:");
  else if (has_scheme (spec))
    {
      g_set_error (error, JS_SERVER_ERROR, JS_SERVER_ERROR_INVALID,
                   "“%.*s” is no kind of database this server knows: use postgresql://… or "
                   "a file name", (int) (strstr (spec, "://") - spec), spec);
      return NULL;
    }

  if (*spec == '\0')
    {
      g_set_error_literal (error, JS_SERVER_ERROR, JS_SERVER_ERROR_INVALID,
                           "The database needs a file name");
      return NULL;
    }

  return JS_SERVER_BACKEND (js_server_sqlite_open (spec, error));
}

gboolean
js_server_backend_begin (JsServerBackend  *self,
                         GError          **error)
{
  g_return_val_if_fail (JS_IS_SERVER_BACKEND (self), FALSE);

  return JS_SERVER_BACKEND_GET_IFACE (self)->begin (self, error);
}

gboolean
js_server_backend_commit (JsServerBackend  *self,
                          GError          **error)
{
  g_return_val_if_fail (JS_IS_SERVER_BACKEND (self), FALSE);

  return JS_SERVER_BACKEND_GET_IFACE (self)->commit (self, error);
}

void
js_server_backend_rollback (JsServerBackend *self)
{
  g_return_if_fail (JS_IS_SERVER_BACKEND (self));

  JS_SERVER_BACKEND_GET_IFACE (self)->rollback (self);
}

/**
 * js_server_backend_savepoint:
 * @self: a back end, in a transaction
 * @step: set the savepoint, release it (keep the work) or roll back to it
 * @error: return location for a #GError
 *
 * Returns: %TRUE on success
 */
gboolean
js_server_backend_savepoint (JsServerBackend  *self,
                             JsSavepoint       step,
                             GError          **error)
{
  static const char * const sql[] = {
    [JS_SAVEPOINT_SET] = "SAVEPOINT request;",
    [JS_SAVEPOINT_RELEASE] = "RELEASE SAVEPOINT request;",
    [JS_SAVEPOINT_ROLLBACK] = "ROLLBACK TO SAVEPOINT request;",
  };

  g_return_val_if_fail (JS_IS_SERVER_BACKEND (self), FALSE);
  g_return_val_if_fail (step <= JS_SAVEPOINT_ROLLBACK, FALSE);

  return JS_SERVER_BACKEND_GET_IFACE (self)->exec (self, sql[step], error);
}

/**
 * js_server_backend_run:
 * @self: the back end
 * @sql: the statement
 * @params: (array length=n_params): its parameters, as JsSql lists them
 * @n_params: how many
 * @row_func: (nullable): called for each row returned
 * @user_data: for @row_func
 * @changes: (out) (optional): how many rows the statement wrote
 * @error: return location for a #GError
 *
 * Returns: %TRUE when the statement ran
 */
gboolean
js_server_backend_run (JsServerBackend   *self,
                       JsSql              sql,
                       const JsSqlValue  *params,
                       guint              n_params,
                       JsSqlRowFunc       row_func,
                       gpointer           user_data,
                       gint64            *changes,
                       GError           **error)
{
  g_return_val_if_fail (JS_IS_SERVER_BACKEND (self), FALSE);
  g_return_val_if_fail (sql < JS_N_SQL, FALSE);

  if (changes != NULL)
    *changes = 0;
  return JS_SERVER_BACKEND_GET_IFACE (self)->run (self, sql, params, n_params, row_func,
                                                  user_data, changes, error);
}
