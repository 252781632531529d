/* js-store.c: a citizen profile's local database
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One SQLite file per profile: WAL, foreign keys, prepared statements only,
 * every change in a transaction together with its journal (outbox) rows.
 */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <string.h>
#include <glib/gstdio.h>

#include "js-store-private.h"

/* "JSPO": marks the file as a Jobspor database, so that some other program's
 * SQLite file is never mistaken for one. */
#define JS_STORE_APPLICATION_ID 0x4A53504F

/* The profile's owner: a one-way key of the citizen number (JsProfiles),
 * absent in the anonymous profile. */
#define OWNER_KEY "owner"

struct _JsStore {
  GObject     parent_instance;

  char       *path;
  char       *owner;
  sqlite3    *db;
  GHashTable *statements;
  gboolean    in_transaction;
  int         version;
};

G_DEFINE_FINAL_TYPE (JsStore, js_store, G_TYPE_OBJECT)

enum {
  JOURNAL_CHANGED,
  CHANGED_ELSEWHERE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_QUARK (js-store-error-quark, js_store_error)

static JsStoreError
error_code_from_sqlite (int rc)
{
  switch (rc & 0xff)
    {
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      return JS_STORE_ERROR_CORRUPT;
    case SQLITE_FULL:
      return JS_STORE_ERROR_FULL;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return JS_STORE_ERROR_BUSY;
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
    case SQLITE_READONLY:
    case SQLITE_AUTH:
      return JS_STORE_ERROR_OPEN;
    case SQLITE_CONSTRAINT:
    case SQLITE_MISMATCH:
    case SQLITE_TOOBIG:
      return JS_STORE_ERROR_INVALID;
    default:
      return JS_STORE_ERROR_FAILED;
    }
}

gboolean
_js_store_set_error (GError     **error,
                     sqlite3     *db,
                     int          rc,
                     const char  *what)
{
  const char *detail = db != NULL ? sqlite3_errmsg (db) : sqlite3_errstr (rc);

  g_set_error (error, JS_STORE_ERROR, error_code_from_sqlite (rc),
               "%s: %s (SQLite %d)", what, detail, rc);
  return FALSE;
}

gboolean
_js_store_exec (sqlite3     *db,
                const char  *sql,
                GError     **error)
{
  int rc = sqlite3_exec (db, sql, NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    return _js_store_set_error (error, db, rc, "Database statement failed");

  return TRUE;
}

sqlite3 *
_js_store_get_db (JsStore *self)
{
  return self->db;
}

/* Statements are prepared once and kept, keyed by the address of their
 * (static) text; callers release them after use. */
sqlite3_stmt *
_js_store_prepare (JsStore     *self,
                   const char  *sql,
                   GError     **error)
{
  sqlite3_stmt *stmt = g_hash_table_lookup (self->statements, sql);
  int rc;

  if (stmt != NULL)
    return stmt;

  rc = sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      _js_store_set_error (error, self->db, rc, "Could not prepare a statement");
      return NULL;
    }

  g_hash_table_insert (self->statements, (gpointer) sql, stmt);
  return stmt;
}

void
_js_store_release (sqlite3_stmt *stmt)
{
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
}

/* Binds @text at @index, or NULL when there is none. */
void
_js_store_bind_text_or_null (sqlite3_stmt *stmt,
                             int           index,
                             const char   *text)
{
  if (text != NULL)
    sqlite3_bind_text (stmt, index, text, -1, SQLITE_TRANSIENT);
  else
    sqlite3_bind_null (stmt, index);
}

static gboolean
query_int (sqlite3     *db,
           const char  *sql,
           int         *out_value,
           GError     **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_step (stmt);

  if (rc != SQLITE_ROW)
    {
      _js_store_set_error (error, db, rc, "Could not read the database header");
      sqlite3_finalize (stmt);
      return FALSE;
    }

  *out_value = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  return TRUE;
}

static gboolean
migrate (sqlite3  *db,
         int       from,
         int       to,
         GError  **error)
{
  for (int version = from + 1; version <= to; version++)
    {
      g_autofree char *stamp = g_strdup_printf ("PRAGMA user_version = %d;", version);

      if (!_js_store_exec (db, "BEGIN IMMEDIATE;", error))
        return FALSE;

      if (!_js_store_exec (db, _js_store_migration (version), error) ||
          !_js_store_exec (db, stamp, error))
        {
          sqlite3_exec (db, "ROLLBACK;", NULL, NULL, NULL);
          g_prefix_error (error, "Upgrading the database to version %d failed: ", version);
          return FALSE;
        }

      if (!_js_store_exec (db, "COMMIT;", error))
        {
          sqlite3_exec (db, "ROLLBACK;", NULL, NULL, NULL);
          return FALSE;
        }
    }

  return TRUE;
}

static gboolean
configure_connection (sqlite3  *db,
                      GError  **error)
{
  sqlite3_extended_result_codes (db, 1);
  sqlite3_busy_timeout (db, 5000);

  /* journal_mode is the first statement that reads the file, so a file that
   * is not a database fails here with SQLITE_NOTADB. */
  return _js_store_exec (db,
                         "PRAGMA journal_mode = WAL;"
                         "PRAGMA synchronous = FULL;"
                         "PRAGMA foreign_keys = ON;"
                         "PRAGMA secure_delete = ON;",
                         error);
}

static gboolean
check_identity (sqlite3  *db,
                int      *out_version,
                GError  **error)
{
  int version = 0;
  int app_id = 0;
  int n_objects = 0;

  if (!query_int (db, "PRAGMA user_version;", &version, error) ||
      !query_int (db, "PRAGMA application_id;", &app_id, error) ||
      !query_int (db, "SELECT count(*) FROM sqlite_schema;", &n_objects, error))
    return FALSE;

  if (version == 0 && app_id == 0 && n_objects == 0)
    {
      *out_version = 0;
      return _js_store_exec (db, "PRAGMA application_id = 1246974031;", error);
    }

  if (app_id != JS_STORE_APPLICATION_ID)
    {
      g_set_error (error, JS_STORE_ERROR, JS_STORE_ERROR_CORRUPT,
                   "The file is an SQLite database, but not one made by Jobspor");
      return FALSE;
    }

  *out_version = version;
  return TRUE;
}

/* The profile's files are the citizen's alone (0600): SQLite makes its
 * -wal and -shm files with the database file's mode, so the database file
 * is made, or set, that way before SQLite opens it. */
static gboolean
make_private (const char  *path,
              GError     **error)
{
  static const char * const suffixes[] = { "-wal", "-shm", "-journal" };
  int fd = open (path, O_RDWR | O_CREAT | O_CLOEXEC, 0600);

  if (fd < 0 || fchmod (fd, 0600) != 0)
    {
      int saved_errno = errno;

      if (fd >= 0)
        close (fd);
      g_set_error (error, JS_STORE_ERROR, JS_STORE_ERROR_OPEN, "Could not open %s: %s", path,
                   g_strerror (saved_errno));
      return FALSE;
    }
  close (fd);

  for (gsize i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *companion = g_strconcat (path, suffixes[i], NULL);

      if (g_chmod (companion, 0600) != 0 && errno != ENOENT)
        g_warning ("Could not make %s private: %s", companion, g_strerror (errno));
    }
  return TRUE;
}

static JsStore *
open_store (const char  *path,
            int          target_version,
            GError     **error)
{
  g_autoptr(JsStore) self = NULL;
  g_autofree char *dir = NULL;
  int version = 0;
  int rc;

  G_STATIC_ASSERT (JS_STORE_APPLICATION_ID == 1246974031);

  dir = g_path_get_dirname (path);
  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, JS_STORE_ERROR, JS_STORE_ERROR_OPEN,
                   "Could not create the folder %s: %s", dir, g_strerror (saved_errno));
      return NULL;
    }

  if (!make_private (path, error))
    return NULL;

  self = g_object_new (JS_TYPE_STORE, NULL);
  self->path = g_strdup (path);

  rc = sqlite3_open_v2 (path, &self->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL);
  if (rc != SQLITE_OK)
    {
      _js_store_set_error (error, self->db, rc, "Could not open the database");
      return NULL;
    }

  if (!configure_connection (self->db, error) || !check_identity (self->db, &version, error))
    return NULL;

  if (version > js_store_get_latest_version ())
    {
      g_set_error (error, JS_STORE_ERROR, JS_STORE_ERROR_TOO_NEW,
                   "The database has version %d, but this Jobspor knows only up to %d",
                   version, js_store_get_latest_version ());
      return NULL;
    }

  if (version < target_version && !migrate (self->db, version, target_version, error))
    return NULL;
  self->version = MAX (version, target_version);

  if (target_version >= 5)
    {
      self->owner = js_store_dup_meta (self, OWNER_KEY, error);
      if (self->owner == NULL && error != NULL && *error != NULL)
        return NULL;
      if (self->owner == NULL)
        self->owner = g_strdup ("");
    }

  return g_steal_pointer (&self);
}

static void
finalize_statement (gpointer stmt)
{
  sqlite3_finalize (stmt);
}

static void
js_store_finalize (GObject *object)
{
  JsStore *self = (JsStore *) object;

  g_clear_pointer (&self->statements, g_hash_table_unref);
  if (self->db != NULL)
    sqlite3_close_v2 (self->db);
  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->owner, g_free);

  G_OBJECT_CLASS (js_store_parent_class)->finalize (object);
}

static void
js_store_class_init (JsStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = js_store_finalize;

  /**
   * JsStore::journal-changed:
   *
   * Emitted after a transaction that added operations to the change journal
   * commits, and after acknowledged operations are removed.
   */
  signals[JOURNAL_CHANGED] =
    g_signal_new ("journal-changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  /**
   * JsStore::changed-elsewhere:
   *
   * Records were changed through another connection to the same database
   * (a sync in its worker thread): views of the store read it again.
   */
  signals[CHANGED_ELSEWHERE] =
    g_signal_new ("changed-elsewhere",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
js_store_init (JsStore *self)
{
  self->statements = g_hash_table_new_full (NULL, NULL, NULL, finalize_statement);
}

/**
 * js_store_open:
 * @path: the database file; its folder is created when missing
 * @error: return location for a #JsStoreError
 *
 * Opens the database at @path, creating it when missing and upgrading its
 * schema to the newest version. A file that is not a Jobspor database, or
 * is damaged, fails with %JS_STORE_ERROR_CORRUPT and is left untouched: see
 * js_store_move_aside().
 *
 * Returns: (transfer full): the store, or %NULL
 */
JsStore *
js_store_open (const char  *path,
               GError     **error)
{
  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return open_store (path, js_store_get_latest_version (), error);
}

/* For the migration tests: a database at an earlier schema version. */
JsStore *
_js_store_open_at_version (const char  *path,
                           int          version,
                           GError     **error)
{
  return open_store (path, version, error);
}

const char *
js_store_get_path (JsStore *self)
{
  g_return_val_if_fail (JS_IS_STORE (self), NULL);

  return self->path;
}

/**
 * js_store_changed_elsewhere:
 * @self: a #JsStore
 *
 * Says that records of @self changed through another connection, such as
 * the sync's: emits #JsStore::changed-elsewhere.
 */
void
js_store_changed_elsewhere (JsStore *self)
{
  g_return_if_fail (JS_IS_STORE (self));

  g_signal_emit (self, signals[CHANGED_ELSEWHERE], 0);
}

/* Whether the database has the journal's owner column (version 5 on): a
 * database held at an earlier version is one of the migration tests. */
gboolean
_js_store_has_owners (JsStore *self)
{
  return self->owner != NULL;
}

/**
 * js_store_get_owner:
 * @self: a #JsStore
 *
 * Returns: the key of the citizen whose profile this is, or "" for the
 *   anonymous profile (no one signed in)
 */
const char *
js_store_get_owner (JsStore *self)
{
  g_return_val_if_fail (JS_IS_STORE (self), NULL);

  return self->owner != NULL ? self->owner : "";
}

static gboolean
owner_valid (const char *owner)
{
  gsize length = strlen (owner);

  if (length == 0 || length > 64)
    return FALSE;

  for (const char *p = owner; *p != '\0'; p++)
    {
      if (!g_ascii_isdigit (*p) && !(*p >= 'a' && *p <= 'z') && *p != '-')
        return FALSE;
    }

  return TRUE;
}

static gboolean
set_owner_in_txn (JsTxn     *txn,
                  gpointer   user_data,
                  GError   **error)
{
  const char *owner = user_data;
  sqlite3_stmt *stmt;
  int rc;

  if (!js_store_set_meta (txn->store, OWNER_KEY, owner, error))
    return FALSE;

  if (!(stmt = _js_store_prepare (txn->store, "UPDATE journal SET owner = ?1 WHERE owner = '';",
                                  error)))
    return FALSE;

  sqlite3_bind_text (stmt, 1, owner, -1, SQLITE_STATIC);
  rc = sqlite3_step (stmt);
  _js_store_release (stmt);

  if (rc != SQLITE_DONE)
    return _js_store_set_error (error, txn->db, rc, "Could not record the profile's owner");

  return TRUE;
}

/**
 * js_store_set_owner:
 * @self: a #JsStore
 * @owner: the key of the citizen whose profile this becomes (lowercase
 *   letters, digits and dashes, at most 64)
 * @error: return location for a #GError
 *
 * Makes an anonymous profile a citizen's: from now on its journal
 * operations are recorded as @owner's, and so are the ones already
 * waiting (from a profile made before profiles had owners). A profile that
 * has an owner keeps it: giving it another fails with
 * %JS_STORE_ERROR_INVALID, so one citizen's changes never become
 * another's.
 *
 * Returns: %TRUE on success
 */
gboolean
js_store_set_owner (JsStore     *self,
                    const char  *owner,
                    GError     **error)
{
  g_return_val_if_fail (JS_IS_STORE (self), FALSE);
  g_return_val_if_fail (owner != NULL, FALSE);

  if (!owner_valid (owner))
    {
      g_set_error (error, JS_STORE_ERROR, JS_STORE_ERROR_INVALID,
                   "“%s” is not a profile owner", owner);
      return FALSE;
    }

  if (g_str_equal (js_store_get_owner (self), owner))
    return TRUE;

  if (*js_store_get_owner (self) != '\0')
    {
      g_set_error (error, JS_STORE_ERROR, JS_STORE_ERROR_INVALID,
                   "The profile belongs to someone else already");
      return FALSE;
    }

  if (!js_store_transaction (self, set_owner_in_txn, (gpointer) owner, error))
    return FALSE;

  g_free (self->owner);
  self->owner = g_strdup (owner);
  return TRUE;
}

int
js_store_get_schema_version (JsStore *self)
{
  int version = -1;

  g_return_val_if_fail (JS_IS_STORE (self), -1);

  if (!query_int (self->db, "PRAGMA user_version;", &version, NULL))
    return -1;

  return version;
}

/**
 * js_store_move_aside:
 * @path: a database file that could not be opened
 * @error: return location for a #GError
 *
 * Renames the database at @path, and its WAL and shared-memory files, to a
 * name ending in ".unreadable-<date>", so that a fresh database can be made
 * while the old file is kept for the jobcenter's support to look at.
 *
 * Returns: (transfer full): the new name of the main file, or %NULL
 */
char *
js_store_move_aside (const char  *path,
                     GError     **error)
{
  static const char * const suffixes[] = { "", "-wal", "-shm", "-journal" };
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
  g_autofree char *target = NULL;

  g_return_val_if_fail (path != NULL, NULL);

  for (guint n = 0; target == NULL || g_file_test (target, G_FILE_TEST_EXISTS); n++)
    {
      g_free (target);
      target = n == 0 ? g_strdup_printf ("%s.unreadable-%s", path, stamp)
                      : g_strdup_printf ("%s.unreadable-%s-%u", path, stamp, n);
    }

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *from = g_strconcat (path, suffixes[i], NULL);
      g_autofree char *to = g_strconcat (target, suffixes[i], NULL);

      if (i > 0 && !g_file_test (from, G_FILE_TEST_EXISTS))
        continue;

      if (g_rename (from, to) != 0)
        {
          int saved_errno = errno;

          g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                       "Could not rename %s: %s", from, g_strerror (saved_errno));
          return NULL;
        }
    }

  return g_steal_pointer (&target);
}

/**
 * js_store_transaction:
 * @self: a #JsStore
 * @func: the work to do
 * @user_data: data for @func
 * @error: return location for a #GError
 *
 * Runs @func inside one write transaction. Everything @func changes,
 * including the journal operations it records with js_txn_journal(), is
 * committed together or not at all.
 *
 * Returns: %TRUE when the transaction committed
 */
gboolean
js_store_transaction (JsStore         *self,
                      JsStoreTxnFunc   func,
                      gpointer         user_data,
                      GError         **error)
{
  JsTxn txn = { self, self->db, 0 };
  gboolean ok;

  g_return_val_if_fail (JS_IS_STORE (self), FALSE);
  g_return_val_if_fail (func != NULL, FALSE);
  g_return_val_if_fail (!self->in_transaction, FALSE);

  if (!_js_store_exec (self->db, "BEGIN IMMEDIATE;", error))
    return FALSE;

  self->in_transaction = TRUE;
  ok = func (&txn, user_data, error) &&
       (self->version < JS_STORE_SEARCH_QUEUE_VERSION ||
        _js_store_joblog_index_queued (self, error)) &&
       _js_store_exec (self->db, "COMMIT;", error);
  self->in_transaction = FALSE;

  if (!ok)
    {
      sqlite3_exec (self->db, "ROLLBACK;", NULL, NULL, NULL);
      return FALSE;
    }

  if (txn.n_journaled > 0)
    g_signal_emit (self, signals[JOURNAL_CHANGED], 0);

  return TRUE;
}

/**
 * js_store_dup_meta:
 * @self: a #JsStore
 * @key: the name of a profile setting
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): the value, or %NULL when unset (then
 *   @error is not set) or on failure
 */
char *
js_store_dup_meta (JsStore     *self,
                   const char  *key,
                   GError     **error)
{
  sqlite3_stmt *stmt;
  char *value = NULL;
  int rc;

  g_return_val_if_fail (JS_IS_STORE (self), NULL);
  g_return_val_if_fail (key != NULL, NULL);

  if (!(stmt = _js_store_prepare (self, "SELECT value FROM meta WHERE key = ?1;", error)))
    return NULL;

  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_STATIC);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    value = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  _js_store_release (stmt);

  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    _js_store_set_error (error, self->db, rc, "Could not read a profile setting");

  return value;
}

gboolean
js_store_set_meta (JsStore     *self,
                   const char  *key,
                   const char  *value,
                   GError     **error)
{
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (JS_IS_STORE (self), FALSE);
  g_return_val_if_fail (key != NULL, FALSE);
  g_return_val_if_fail (value != NULL, FALSE);

  if (!(stmt = _js_store_prepare (self,
                        "INSERT INTO meta (key, value) VALUES (?1, ?2)"
                        " ON CONFLICT (key) DO UPDATE SET value = excluded.value;",
                        error)))
    return FALSE;

  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, value, -1, SQLITE_STATIC);
  rc = sqlite3_step (stmt);
  _js_store_release (stmt);

  if (rc != SQLITE_DONE)
    return _js_store_set_error (error, self->db, rc, "Could not save a profile setting");

  return TRUE;
}
