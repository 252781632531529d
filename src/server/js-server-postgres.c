/* js-server-postgres.c: the jobcenter's data in a PostgreSQL database
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Any number of jobspor-server processes may share one database: every
 * promise is kept by the database, never by a process's memory (spec 9.1).
 * Transactions are READ COMMITTED; the store locks the citizen's row
 * before it reads or writes any of the citizen's records, so the writes of
 * one citizen happen one after another, in the order their change numbers
 * say. What could still meet head-on (two citizens making a record with
 * the same id) ends in a unique violation, and the store runs the whole
 * transaction again. Statements are prepared once per connection and run
 * with their parameters apart from the text: nothing a client sends is
 * ever part of SQL.
 *
 * A connection that is lost is made again at the next transaction; until
 * then the database is "unavailable", which clients see as 503.
 */

#include "config.h"

#include <libpq-fe.h>

#include "js-server-backend-private.h"
#include "js-server-postgres.h"

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PGresult, PQclear)

#define MAX_PARAMS  8
#define MAX_COLUMNS 8

struct _JsServerPostgres {
  GObject   parent_instance;

  char     *uri;
  PGconn   *conn;
  gboolean  in_transaction;
};

static void js_server_postgres_backend_init (JsServerBackendInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (JsServerPostgres, js_server_postgres, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (JS_TYPE_SERVER_BACKEND,
                                                      js_server_postgres_backend_init))

static const char * const migrations[] = {
  /* 1: as SQLite's schema 2. Each citizen's changes are numbered on the
   * citizen's row (seq), which a writer holds locked to its commit. */
  "CREATE TABLE citizen ("
  "  number  text PRIMARY KEY,"
  "  name    text NOT NULL,"
  "  created text NOT NULL,"
  "  seq     bigint NOT NULL DEFAULT 0"
  ");"
  "CREATE TABLE code ("
  "  hash    text PRIMARY KEY,"
  "  citizen text NOT NULL REFERENCES citizen (number),"
  "  expires bigint NOT NULL,"
  "  used    integer NOT NULL DEFAULT 0"
  ");"
  "CREATE TABLE token ("
  "  hash    text PRIMARY KEY,"
  "  citizen text NOT NULL REFERENCES citizen (number),"
  "  expires bigint NOT NULL"
  ");"
  "CREATE TABLE sign_in_failure ("
  "  citizen text NOT NULL,"
  "  source  text NOT NULL,"
  "  at      bigint NOT NULL"
  ");"
  "CREATE INDEX sign_in_failure_source ON sign_in_failure (source, at);"
  "CREATE INDEX sign_in_failure_citizen ON sign_in_failure (citizen, source, at);"
  "CREATE INDEX sign_in_failure_at ON sign_in_failure (at);"
  "CREATE TABLE record ("
  "  entity   text NOT NULL,"
  "  id       text NOT NULL,"
  "  citizen  text NOT NULL REFERENCES citizen (number),"
  "  revision bigint NOT NULL,"
  "  deleted  integer NOT NULL,"
  "  body     text,"
  "  seq      bigint NOT NULL,"
  "  PRIMARY KEY (entity, id)"
  ");"
  "CREATE UNIQUE INDEX record_changes ON record (citizen, seq);"
  "CREATE TABLE operation ("
  "  citizen  text NOT NULL,"
  "  op       text NOT NULL,"
  "  status   text NOT NULL,"
  "  revision bigint NOT NULL,"
  "  reason   text,"
  "  record   text,"
  "  created  bigint NOT NULL,"
  "  PRIMARY KEY (citizen, op)"
  ");",
};

static gboolean
postgres_error (JsServerPostgres  *self,
                const PGresult    *result,
                const char        *what,
                GError           **error)
{
  const char *state = result != NULL ? PQresultErrorField (result, PG_DIAG_SQLSTATE) : NULL;
  g_autofree char *message = g_strdup (result != NULL ? PQresultErrorMessage (result)
                                                      : PQerrorMessage (self->conn));
  int code = JS_SERVER_ERROR_FAILED;

  /* Met another transaction: it may simply run again. */
  if (state != NULL && (g_str_equal (state, "40001") || g_str_equal (state, "40P01") ||
                        g_str_equal (state, "23505")))
    code = JS_SERVER_ERROR_BUSY;
  /* Lost, shut down, full or out of connections: try later. */
  else if (state == NULL || PQstatus (self->conn) != CONNECTION_OK ||
           g_str_has_prefix (state, "08") || g_str_has_prefix (state, "53") ||
           g_str_has_prefix (state, "57"))
    code = JS_SERVER_ERROR_UNAVAILABLE;

  g_set_error (error, JS_SERVER_ERROR, code, "%s: %s", what,
               *g_strstrip (message) != '\0' ? message : "no answer from PostgreSQL");
  return FALSE;
}

/* Runs @sql, text without parameters (the schema, transactions). */
static gboolean
exec (JsServerPostgres  *self,
      const char        *sql,
      GError           **error)
{
  g_autoptr(PGresult) result = PQexec (self->conn, sql);
  ExecStatusType status = PQresultStatus (result);

  if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
    return postgres_error (self, result, "Database statement failed", error);
  return TRUE;
}

/* Notices ("relation already exists, skipping") are not for the log. */
static void
notice_cb (void       *user_data,
           const char *message)
{
}

static gboolean
prepare_all (JsServerPostgres  *self,
             GError           **error)
{
  for (guint i = 0; i < JS_N_SQL; i++)
    {
      char name[16];
      g_autoptr(PGresult) result = NULL;

      g_snprintf (name, sizeof name, "js%u", i);
      result = PQprepare (self->conn, name, _js_server_sql_text (i, TRUE), 0, NULL);
      if (PQresultStatus (result) != PGRES_COMMAND_OK)
        return postgres_error (self, result, "Could not prepare a statement", error);
    }

  return TRUE;
}

static gboolean
connect_db (JsServerPostgres  *self,
            GError           **error)
{
  /* The URI may set any before "dbname"; the encoding is always UTF-8.
   * A database that stops answering without a reset (a machine gone, a
   * network cut) is noticed in seconds, not when TCP gives up; no
   * statement waits longer than 30 s, and a transaction of a process that
   * vanished holds its locks a minute at most. */
  const char * const keywords[] = {
    "connect_timeout", "application_name", "keepalives_idle", "keepalives_interval",
    "keepalives_count", "tcp_user_timeout", "options", "dbname", "client_encoding", NULL,
  };
  const char * const values[] = {
    "5", "jobspor-server", "10", "5", "3", "10000",
    "-c statement_timeout=30s -c idle_in_transaction_session_timeout=60s", self->uri, "UTF8",
    NULL,
  };

  self->in_transaction = FALSE;
  g_clear_pointer (&self->conn, PQfinish);
  self->conn = PQconnectdbParams (keywords, values, TRUE);
  if (self->conn == NULL)
    {
      g_set_error_literal (error, JS_SERVER_ERROR, JS_SERVER_ERROR_UNAVAILABLE,
                           "Could not reach the database: out of memory");
      return FALSE;
    }
  if (PQstatus (self->conn) != CONNECTION_OK)
    return postgres_error (self, NULL, "Could not reach the database", error);

  PQsetNoticeProcessor (self->conn, notice_cb, NULL);
  return TRUE;
}

/* A connection that has failed is made again, with its statements. */
static gboolean
reconnect (JsServerPostgres  *self,
           GError           **error)
{
  return connect_db (self, error) && prepare_all (self, error);
}

static gint64
schema_version (JsServerPostgres  *self,
                GError           **error)
{
  g_autoptr(PGresult) result = PQexec (self->conn,
                                       "SELECT coalesce (max (version), 0) FROM jobspor_schema;");

  if (PQresultStatus (result) != PGRES_TUPLES_OK || PQntuples (result) != 1)
    {
      postgres_error (self, result, "Could not read the schema version", error);
      return -1;
    }
  return g_ascii_strtoll (PQgetvalue (result, 0, 0), NULL, 10);
}

/* All steps in one transaction, which processes starting together take
 * in turn. */
static gboolean
migrate (JsServerPostgres  *self,
         GError           **error)
{
  g_autofree char *set = g_strdup_printf ("DELETE FROM jobspor_schema;"
                                          "INSERT INTO jobspor_schema (version) VALUES (%u);",
                                          (guint) G_N_ELEMENTS (migrations));
  gint64 version;

  if (!exec (self, "BEGIN;", error))
    return FALSE;
  if (!exec (self, "SELECT pg_advisory_xact_lock (hashtext ('jobspor-server schema'));"
                   "CREATE TABLE IF NOT EXISTS jobspor_schema (version integer NOT NULL);",
             error) ||
      (version = schema_version (self, error)) < 0 ||
      _js_server_newer_schema ("PostgreSQL", version, G_N_ELEMENTS (migrations), error))
    goto failed;

  for (; version < (gint64) G_N_ELEMENTS (migrations); version++)
    if (!exec (self, migrations[version], error))
      goto failed;

  if (exec (self, set, error) && exec (self, "COMMIT;", error))
    return TRUE;

failed:
  exec (self, "ROLLBACK;", NULL);
  return FALSE;
}

static gboolean
js_server_postgres_begin (JsServerBackend  *backend,
                          GError          **error)
{
  JsServerPostgres *self = JS_SERVER_POSTGRES (backend);
  g_autoptr(GError) lost = NULL;

  g_return_val_if_fail (!self->in_transaction, FALSE);

  /* BEGIN changes nothing: on a connection found lost, it is safe to
   * connect again and begin there. */
  if (!exec (self, "BEGIN;", &lost))
    {
      if (PQstatus (self->conn) == CONNECTION_OK)
        {
          g_propagate_error (error, g_steal_pointer (&lost));
          return FALSE;
        }
      if (!reconnect (self, error) || !exec (self, "BEGIN;", error))
        return FALSE;
    }

  self->in_transaction = TRUE;
  return TRUE;
}

static gboolean
js_server_postgres_commit (JsServerBackend  *backend,
                           GError          **error)
{
  JsServerPostgres *self = JS_SERVER_POSTGRES (backend);

  self->in_transaction = FALSE;
  return exec (self, "COMMIT;", error);
}

static gboolean
js_server_postgres_exec (JsServerBackend  *backend,
                         const char       *sql,
                         GError          **error)
{
  return exec (JS_SERVER_POSTGRES (backend), sql, error);
}

static void
js_server_postgres_rollback (JsServerBackend *backend)
{
  JsServerPostgres *self = JS_SERVER_POSTGRES (backend);

  self->in_transaction = FALSE;
  if (PQstatus (self->conn) == CONNECTION_OK)
    exec (self, "ROLLBACK;", NULL);
}

static PGresult *
exec_prepared (JsServerPostgres *self,
               JsSql             sql,
               const JsSqlValue *params,
               guint             n_params)
{
  char numbers[MAX_PARAMS][24];
  const char *values[MAX_PARAMS];
  char name[16];

  for (guint i = 0; i < n_params; i++)
    {
      values[i] = params[i].text;
      if (params[i].is_int)
        {
          g_snprintf (numbers[i], sizeof numbers[i], "%" G_GINT64_FORMAT, params[i].number);
          values[i] = numbers[i];
        }
    }

  g_snprintf (name, sizeof name, "js%u", sql);
  return PQexecPrepared (self->conn, name, n_params, values, NULL, NULL, 0);
}

static gboolean
result_ok (const PGresult *result)
{
  ExecStatusType status = PQresultStatus (result);

  return status == PGRES_TUPLES_OK || status == PGRES_COMMAND_OK;
}

static gboolean
js_server_postgres_run (JsServerBackend   *backend,
                        JsSql              sql,
                        const JsSqlValue  *params,
                        guint              n_params,
                        JsSqlRowFunc       row_func,
                        gpointer           user_data,
                        gint64            *changes,
                        GError           **error)
{
  JsServerPostgres *self = JS_SERVER_POSTGRES (backend);
  g_autoptr(PGresult) result = NULL;
  int n_rows;
  int n_columns;

  g_return_val_if_fail (n_params <= MAX_PARAMS, FALSE);

  result = exec_prepared (self, sql, params, n_params);
  /* A statement on its own reads, or writes what may be written twice
   * (sign-out): on a connection found lost it runs again on a new one. */
  if (!result_ok (result) && !self->in_transaction && PQstatus (self->conn) != CONNECTION_OK)
    {
      g_clear_pointer (&result, PQclear);
      if (!reconnect (self, error))
        return FALSE;
      result = exec_prepared (self, sql, params, n_params);
    }
  if (!result_ok (result))
    return postgres_error (self, result, "Database statement failed", error);

  n_rows = PQntuples (result);
  n_columns = MIN (PQnfields (result), MAX_COLUMNS);
  for (int r = 0; r < n_rows && row_func != NULL; r++)
    {
      const char *columns[MAX_COLUMNS];

      for (int c = 0; c < n_columns; c++)
        columns[c] = PQgetisnull (result, r, c) ? NULL : PQgetvalue (result, r, c);
      if (!row_func (columns, user_data))
        break;
    }

  if (changes != NULL)
    *changes = g_ascii_strtoll (PQcmdTuples (result), NULL, 10);
  return TRUE;
}

static void
js_server_postgres_backend_init (JsServerBackendInterface *iface)
{
  iface->begin = js_server_postgres_begin;
  iface->commit = js_server_postgres_commit;
  iface->rollback = js_server_postgres_rollback;
  iface->exec = js_server_postgres_exec;
  iface->run = js_server_postgres_run;
}

static void
js_server_postgres_finalize (GObject *object)
{
  JsServerPostgres *self = JS_SERVER_POSTGRES (object);

  g_clear_pointer (&self->conn, PQfinish);
  g_free (self->uri);

  G_OBJECT_CLASS (js_server_postgres_parent_class)->finalize (object);
}

static void
js_server_postgres_class_init (JsServerPostgresClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = js_server_postgres_finalize;
}

static void
js_server_postgres_init (JsServerPostgres *self)
{
}

/**
 * js_server_postgres_open:
 * @uri: a libpq connection URI, "postgresql://…"; a password is better
 *   given in ~/.pgpass or $PGPASSWORD than in the URI
 * @error: return location for a #GError
 *
 * Connects and brings the schema to the latest version.
 *
 * Returns: (transfer full): the database, or %NULL
 */
JsServerPostgres *
js_server_postgres_open (const char  *uri,
                         GError     **error)
{
  g_autoptr(JsServerPostgres) self = g_object_new (JS_TYPE_SERVER_POSTGRES, NULL);

  g_return_val_if_fail (uri != NULL, NULL);

  self->uri = g_strdup (uri);
  if (!connect_db (self, error) || !migrate (self, error) || !prepare_all (self, error))
    return NULL;

  return g_steal_pointer (&self);
}
