/* js-server-sqlite.c: the jobcenter's data in one SQLite file
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * WAL, synchronous writes and foreign keys; every statement prepared once
 * when the file is opened. A write transaction is BEGIN IMMEDIATE: it holds
 * the whole file, so its changes are numbered in the order they commit,
 * also with other processes on the same file (each waits up to 5 s). The
 * log is copied back into the file by a thread of its own
 * (js-server-checkpoint.c), never in the middle of a commit.
 * The schema version is PRAGMA user_version.
 */

#include "config.h"

#include <sqlite3.h>

#include "js-server-backend-private.h"
#include "js-server-checkpoint.h"
#include "js-server-sqlite.h"

#define BUSY_MILLISECONDS 5000

struct _JsServerSqlite {
  GObject       parent_instance;

  sqlite3        *db;
  sqlite3_stmt   *statements[JS_N_SQL];
  JsCheckpointer *checkpointer;
};

static void js_server_sqlite_backend_init (JsServerBackendInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (JsServerSqlite, js_server_sqlite, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (JS_TYPE_SERVER_BACKEND,
                                                      js_server_sqlite_backend_init))

static const char * const migrations[] = {
  /* 1: the first schema, from before there was a version (hence IF NOT
   * EXISTS): one change sequence for all citizens in "counter". */
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
  "INSERT OR IGNORE INTO counter (name, value) VALUES ('seq', 0);",

  /* 2: each citizen's changes numbered on the citizen's row, continuing
   * from the citizen's last number, so that every cursor a client holds
   * stays good; a number is never given twice within a citizen. */
  "ALTER TABLE citizen ADD COLUMN seq INTEGER NOT NULL DEFAULT 0;"
  "UPDATE citizen SET seq = (SELECT coalesce (max (seq), 0) FROM record"
  "  WHERE record.citizen = citizen.number);"
  "DROP TABLE counter;"
  "DROP INDEX record_changes;"
  "CREATE UNIQUE INDEX record_changes ON record (citizen, seq);",

  /* 3: a citizen's records lie together in the order of their changes:
   * the table's key is the citizen and the change number, and the id is
   * unique beside it. A pull reads its page in one pass along the table
   * instead of looking up each record by its id (that was most of what a
   * pull cost); a record's new change number moves it to the end. */
  "CREATE TABLE record_by_change ("
  "  entity   TEXT NOT NULL,"
  "  id       TEXT NOT NULL,"
  "  citizen  TEXT NOT NULL REFERENCES citizen (number),"
  "  revision INTEGER NOT NULL,"
  "  deleted  INTEGER NOT NULL,"
  "  body     TEXT,"
  "  seq      INTEGER NOT NULL,"
  "  PRIMARY KEY (citizen, seq)"
  ") WITHOUT ROWID;"
  "INSERT INTO record_by_change (entity, id, citizen, revision, deleted, body, seq)"
  "  SELECT entity, id, citizen, revision, deleted, body, seq FROM record"
  "  ORDER BY citizen, seq;"
  "DROP TABLE record;"
  "ALTER TABLE record_by_change RENAME TO record;"
  "CREATE UNIQUE INDEX record_id ON record (entity, id);",
};

static gboolean
db_error (JsServerSqlite  *self,
          int              rc,
          const char      *what,
          GError         **error)
{
  int code = JS_SERVER_ERROR_FAILED;

  switch (rc & 0xff)
    {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      code = JS_SERVER_ERROR_BUSY;
      break;
    case SQLITE_CANTOPEN:
    case SQLITE_FULL:
    case SQLITE_IOERR:
      code = JS_SERVER_ERROR_UNAVAILABLE;
      break;
    default:
      break;
    }

  g_set_error (error, JS_SERVER_ERROR, code, "%s: %s", what,
               self->db != NULL ? sqlite3_errmsg (self->db) : sqlite3_errstr (rc));
  return FALSE;
}

static gboolean
exec (JsServerSqlite  *self,
      const char      *sql,
      GError         **error)
{
  int rc = sqlite3_exec (self->db, sql, NULL, NULL, NULL);

  return rc == SQLITE_OK || db_error (self, rc, "Database statement failed", error);
}

static gint64
user_version (JsServerSqlite *self)
{
  sqlite3_stmt *stmt = NULL;
  gint64 version = -1;

  if (sqlite3_prepare_v2 (self->db, "PRAGMA user_version;", -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW)
    version = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return version;
}

/* Each step in a transaction of its own, with the version it reaches. */
static gboolean
migrate (JsServerSqlite  *self,
         GError         **error)
{
  gint64 version = user_version (self);

  if (version < 0)
    return db_error (self, sqlite3_errcode (self->db), "Could not read the schema version", error);
  if (_js_server_newer_schema ("SQLite", version, G_N_ELEMENTS (migrations), error))
    return FALSE;

  for (; version < (gint64) G_N_ELEMENTS (migrations); version++)
    {
      g_autofree char *set = g_strdup_printf ("PRAGMA user_version = %" G_GINT64_FORMAT ";",
                                              version + 1);

      if (!exec (self, "BEGIN IMMEDIATE;", error))
        return FALSE;
      if (!exec (self, migrations[version], error) || !exec (self, set, error) ||
          !exec (self, "COMMIT;", error))
        {
          exec (self, "ROLLBACK;", NULL);
          return FALSE;
        }
    }

  return TRUE;
}

static gboolean
prepare_all (JsServerSqlite  *self,
             GError         **error)
{
  for (guint i = 0; i < JS_N_SQL; i++)
    {
      const char *sql = _js_server_sql_text (i, FALSE);
      int rc;

      if (sql == NULL)
        continue;
      rc = sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT,
                               &self->statements[i], NULL);
      if (rc != SQLITE_OK)
        return db_error (self, rc, "Could not prepare a statement", error);
    }

  return TRUE;
}

static gboolean
js_server_sqlite_begin (JsServerBackend  *backend,
                        GError          **error)
{
  return exec (JS_SERVER_SQLITE (backend), "BEGIN IMMEDIATE;", error);
}

static gboolean
js_server_sqlite_commit (JsServerBackend  *backend,
                         GError          **error)
{
  return exec (JS_SERVER_SQLITE (backend), "COMMIT;", error);
}

static gboolean
js_server_sqlite_exec (JsServerBackend  *backend,
                       const char       *sql,
                       GError          **error)
{
  return exec (JS_SERVER_SQLITE (backend), sql, error);
}

static void
js_server_sqlite_rollback (JsServerBackend *backend)
{
  JsServerSqlite *self = JS_SERVER_SQLITE (backend);

  if (!sqlite3_get_autocommit (self->db))
    exec (self, "ROLLBACK;", NULL);
}

/* Parameters are named "$1", "$2", … in the statements' text. */
static void
bind (sqlite3_stmt     *stmt,
      const JsSqlValue *params,
      guint             n_params)
{
  for (guint i = 0; i < n_params; i++)
    {
      char name[16];
      int index;

      g_snprintf (name, sizeof name, "$%u", i + 1);
      index = sqlite3_bind_parameter_index (stmt, name);
      if (params[i].is_int)
        sqlite3_bind_int64 (stmt, index, params[i].number);
      else if (params[i].text != NULL)
        sqlite3_bind_text (stmt, index, params[i].text, -1, SQLITE_STATIC);
      else
        sqlite3_bind_null (stmt, index);
    }
}

static gboolean
js_server_sqlite_run (JsServerBackend   *backend,
                      JsSql              sql,
                      const JsSqlValue  *params,
                      guint              n_params,
                      JsSqlRowFunc       row_func,
                      gpointer           user_data,
                      gint64            *changes,
                      GError           **error)
{
  JsServerSqlite *self = JS_SERVER_SQLITE (backend);
  sqlite3_stmt *stmt = self->statements[sql];
  int rc;

  if (stmt == NULL)
    return TRUE;

  g_return_val_if_fail (n_params == (guint) sqlite3_bind_parameter_count (stmt), FALSE);

  bind (stmt, params, n_params);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      int n_columns = sqlite3_column_count (stmt);
      const char *columns[8];

      g_assert (n_columns <= (int) G_N_ELEMENTS (columns));
      for (int i = 0; i < n_columns; i++)
        columns[i] = (const char *) sqlite3_column_text (stmt, i);
      if (row_func != NULL && !row_func (columns, user_data))
        {
          rc = SQLITE_DONE;
          break;
        }
    }

  if (changes != NULL)
    *changes = sqlite3_changes64 (self->db);
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);

  return rc == SQLITE_DONE || db_error (self, rc, "Database statement failed", error);
}

static void
js_server_sqlite_backend_init (JsServerBackendInterface *iface)
{
  iface->begin = js_server_sqlite_begin;
  iface->commit = js_server_sqlite_commit;
  iface->rollback = js_server_sqlite_rollback;
  iface->exec = js_server_sqlite_exec;
  iface->run = js_server_sqlite_run;
}

static void
js_server_sqlite_finalize (GObject *object)
{
  JsServerSqlite *self = JS_SERVER_SQLITE (object);

  g_clear_pointer (&self->checkpointer, js_checkpointer_free);
  for (guint i = 0; i < JS_N_SQL; i++)
    sqlite3_finalize (self->statements[i]);
  if (self->db != NULL)
    sqlite3_close_v2 (self->db);

  G_OBJECT_CLASS (js_server_sqlite_parent_class)->finalize (object);
}

static void
js_server_sqlite_class_init (JsServerSqliteClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = js_server_sqlite_finalize;
}

static void
js_server_sqlite_init (JsServerSqlite *self)
{
}

/**
 * js_server_sqlite_open:
 * @path: the database file, made if missing
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the file, at the latest schema, or %NULL
 */
JsServerSqlite *
js_server_sqlite_open (const char  *path,
                       GError     **error)
{
  g_autoptr(JsServerSqlite) self = g_object_new (JS_TYPE_SERVER_SQLITE, NULL);
  int rc;

  g_return_val_if_fail (path != NULL, NULL);

  rc = sqlite3_open_v2 (path, &self->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL);
  if (rc != SQLITE_OK)
    {
      db_error (self, rc, "Could not open the database", error);
      return NULL;
    }

  sqlite3_busy_timeout (self->db, BUSY_MILLISECONDS);
  /* A cache of 64 MiB: a whole municipality's ids, and the pages an
   * import or a busy minute writes, stay in memory instead of being read
   * again from the file, or written to the log twice in one transaction. */
  if (!exec (self, "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;"
                   "PRAGMA foreign_keys = ON; PRAGMA cache_size = -65536;", error) ||
      !migrate (self, error) || !prepare_all (self, error))
    return NULL;

  self->checkpointer = js_checkpointer_attach (self->db);
  return g_steal_pointer (&self);
}
