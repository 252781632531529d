/* test-store.c: the local database, its schema versions and its journal
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "js-store-exercises.h"
#include "js-store-private.h"
#include "js-test-util.h"

typedef struct {
  char *dir;
  char *path;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("jobspor-store-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "profile", "jobspor.db", NULL);
}


static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  js_test_remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

/* Opening fails with @code and makes no store. */
static void
assert_open_fails (const char *path,
                   int         code)
{
  g_autoptr(GError) error = NULL;
  JsStore *store = js_store_open (path, &error);

  g_assert_error (error, JS_STORE_ERROR, code);
  g_assert_null (store);
}

static char *
pragma_text (JsStore    *store,
             const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  char *value = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (_js_store_get_db (store), sql, -1, &stmt, NULL), ==,
                   SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  return value;
}

static void
test_open_creates (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsStore) store = js_store_open (f->path, &error);
  g_autofree char *mode = NULL;
  g_autofree char *fks = NULL;

  g_assert_no_error (error);
  g_assert_nonnull (store);
  g_assert_true (g_file_test (f->path, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpint (js_store_get_schema_version (store), ==, js_store_get_latest_version ());

  mode = pragma_text (store, "PRAGMA journal_mode;");
  fks = pragma_text (store, "PRAGMA foreign_keys;");
  g_assert_cmpstr (mode, ==, "wal");
  g_assert_cmpstr (fks, ==, "1");
  g_assert_cmpint (js_store_journal_count (store, &error), ==, 0);
  g_assert_no_error (error);
}

static guint
mode_of (const char *path)
{
  GStatBuf info;

  g_assert_cmpint (g_stat (path, &info), ==, 0);
  return info.st_mode & 0777;
}

/* The profile is the citizen's alone: files 0600 in a 0700 folder, those
 * SQLite adds too, and a profile of an older Jobspor is made so. */
static void
test_open_private (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsStore) store = NULL;
  g_autofree char *folder = g_path_get_dirname (f->path);
  g_autofree char *wal = g_strconcat (f->path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (f->path, "-shm", NULL);
  mode_t old_mask = umask (022);

  store = js_store_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_true (js_store_set_meta (store, "citizen-name", "Oksana", &error));
  g_assert_cmpuint (mode_of (folder), ==, 0700);
  g_assert_cmpuint (mode_of (f->path), ==, 0600);
  g_assert_cmpuint (mode_of (wal), ==, 0600);
  g_assert_cmpuint (mode_of (shm), ==, 0600);
  g_clear_object (&store);

  g_assert_cmpint (g_chmod (f->path, 0644), ==, 0);
  store = js_store_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (mode_of (f->path), ==, 0600);
  umask (old_mask);
}

static void
test_meta_persists (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *missing = NULL;
  g_autofree char *value = NULL;
  JsStore *store;

  store = js_store_open (f->path, &error);
  g_assert_no_error (error);
  missing = js_store_dup_meta (store, "citizen-name", &error);
  g_assert_no_error (error);
  g_assert_null (missing);
  js_store_set_meta (store, "citizen-name", "Оксана Коваленко — أمل", &error);
  g_assert_no_error (error);
  js_store_set_meta (store, "citizen-name", "Оксана Коваленко — أمل 🙂", &error);
  g_assert_no_error (error);
  g_object_unref (store);

  store = js_store_open (f->path, &error);
  g_assert_no_error (error);
  value = js_store_dup_meta (store, "citizen-name", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (value, ==, "Оксана Коваленко — أمل 🙂");
  g_object_unref (store);
}

/* Every earlier schema version, holding data, upgrades to the newest and
 * keeps its data. */
static void
test_migrate_from_every_version (Fixture       *f,
                                 gconstpointer  data)
{
  for (int version = 0; version < js_store_get_latest_version (); version++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *path = g_strdup_printf ("%s.v%d", f->path, version);
      g_autofree char *kept = NULL;
      g_autoptr(JsExerciseProgress) progress = NULL;
      JsStore *store;

      store = _js_store_open_at_version (path, version, &error);
      g_assert_no_error (error);
      g_assert_cmpint (js_store_get_schema_version (store), ==, version);
      if (version >= 1)
        {
          js_store_set_meta (store, "written-at-version", "yes", &error);
          g_assert_no_error (error);
        }
      g_object_unref (store);

      store = js_store_open (path, &error);
      g_assert_no_error (error);
      g_assert_cmpint (js_store_get_schema_version (store), ==, js_store_get_latest_version ());
      kept = js_store_dup_meta (store, "written-at-version", &error);
      g_assert_no_error (error);
      g_assert_cmpstr (kept, ==, version >= 1 ? "yes" : NULL);

      /* Every table of the newest version is there and works. */
      g_assert_true (js_store_exercise_record_attempt (store, "mouse-click", 80, TRUE, NULL,
                                                       &error));
      g_assert_no_error (error);
      progress = js_store_exercise_lookup (store, "mouse-click", &error);
      g_assert_no_error (error);
      g_assert_cmpint (progress->attempts, ==, 1);
      g_assert_cmpint (js_store_journal_count (store, NULL), ==, 1);
      g_object_unref (store);
    }
}

static char *
file_digest (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);
}

static void
test_open_too_new (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *bump = NULL;
  JsStore *store;

  store = js_store_open (f->path, &error);
  g_assert_no_error (error);
  bump = g_strdup_printf ("PRAGMA user_version = %d;", js_store_get_latest_version () + 1);
  g_assert_true (_js_store_exec (_js_store_get_db (store), bump, NULL));
  g_object_unref (store);

  before = file_digest (f->path);
  assert_open_fails (f->path, JS_STORE_ERROR_TOO_NEW);
  after = file_digest (f->path);
  g_assert_cmpstr (before, ==, after);
}

static void
test_open_corrupt_kept_aside (Fixture       *f,
                              gconstpointer  data)
{
  static const char garbage[] = "This is not a database, just a damaged file.\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(JsStore) fresh = NULL;
  g_autofree char *aside = NULL;
  g_autofree char *dir = g_path_get_dirname (f->path);
  g_autofree char *kept = NULL;

  g_mkdir_with_parents (dir, 0700);
  g_assert_true (g_file_set_contents (f->path, garbage, -1, NULL));

  assert_open_fails (f->path, JS_STORE_ERROR_CORRUPT);

  /* Failing to open never alters the file. */
  g_assert_true (g_file_get_contents (f->path, &kept, NULL, NULL));
  g_assert_cmpstr (kept, ==, garbage);
  g_clear_pointer (&kept, g_free);

  aside = js_store_move_aside (f->path, &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (aside, f->path));
  g_assert_nonnull (strstr (aside, ".unreadable-"));
  g_assert_false (g_file_test (f->path, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_get_contents (aside, &kept, NULL, NULL));
  g_assert_cmpstr (kept, ==, garbage);

  fresh = js_store_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (fresh);
}

static void
test_open_damaged_header (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;
  JsStore *store;

  store = js_store_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_true (_js_store_exec (_js_store_get_db (store), "PRAGMA wal_checkpoint(TRUNCATE);",
                                 NULL));
  g_object_unref (store);

  /* Overwrite the page size and the schema pages with noise. */
  g_assert_true (g_file_get_contents (f->path, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 200);
  memset (contents + 16, 0x5a, MIN (length - 16, 4096));
  g_assert_true (g_file_set_contents (f->path, contents, length, NULL));

  assert_open_fails (f->path, JS_STORE_ERROR_CORRUPT);
}

static void
test_open_foreign_database (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_path_get_dirname (f->path);
  sqlite3 *db = NULL;

  g_mkdir_with_parents (dir, 0700);
  g_assert_cmpint (sqlite3_open (f->path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "CREATE TABLE photos (id INTEGER);", NULL, NULL, NULL), ==,
                   SQLITE_OK);
  sqlite3_close (db);

  assert_open_fails (f->path, JS_STORE_ERROR_CORRUPT);
}

static void
test_open_impossible_folder (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *blocker = g_build_filename (f->dir, "profile", NULL);

  /* A plain file where the profile folder should be. */
  g_assert_true (g_file_set_contents (blocker, "x", -1, NULL));
  assert_open_fails (f->path, JS_STORE_ERROR_OPEN);
}

typedef struct {
  const char *record_id;
  guint       n_ops;
  gboolean    fail_after;
} JournalWork;

static gboolean
journal_work (JsTxn     *txn,
              gpointer   user_data,
              GError   **error)
{
  JournalWork *work = user_data;

  for (guint i = 0; i < work->n_ops; i++)
    {
      g_autofree char *payload = g_strdup_printf ("{\"title\": \"Lagerarbejder %u\"}", i);

      if (!js_txn_journal (txn, "joblog-entry", work->record_id, i + 1, JS_JOURNAL_PUT, payload,
                           error))
        return FALSE;
    }

  if (work->fail_after)
    {
      g_set_error_literal (error, JS_STORE_ERROR, JS_STORE_ERROR_INVALID, "caller gave up");
      return FALSE;
    }

  return TRUE;
}

static void
count_signal_cb (JsStore *store,
                 guint   *count)
{
  (*count)++;
}

static void
test_journal_with_transaction (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsStore) store = js_store_open (f->path, &error);
  g_autofree char *record = g_uuid_string_random ();
  JournalWork ok = { record, 3, FALSE };
  JournalWork failing = { record, 2, TRUE };
  guint emitted = 0;

  g_assert_no_error (error);
  g_signal_connect (store, "journal-changed", G_CALLBACK (count_signal_cb), &emitted);

  g_assert_true (js_store_transaction (store, journal_work, &ok, &error));
  g_assert_no_error (error);
  g_assert_cmpint (js_store_journal_count (store, NULL), ==, 3);
  g_assert_cmpuint (emitted, ==, 1);

  /* A transaction that fails leaves nothing behind and announces nothing. */
  g_assert_false (js_store_transaction (store, journal_work, &failing, &error));
  g_assert_error (error, JS_STORE_ERROR, JS_STORE_ERROR_INVALID);
  g_assert_cmpint (js_store_journal_count (store, NULL), ==, 3);
  g_assert_cmpuint (emitted, ==, 1);
}

static void
test_journal_peek_ack (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsStore) store = js_store_open (f->path, &error);
  g_autofree char *record = g_uuid_string_random ();
  g_autoptr(GPtrArray) ops = NULL;
  g_autoptr(GPtrArray) rest = NULL;
  JournalWork work = { record, 5, FALSE };
  const char *first_two[3] = { NULL, NULL, NULL };
  const char *unknown[2] = { "00000000-0000-4000-8000-000000000000", NULL };
  JsJournalOp *op;

  g_assert_true (js_store_transaction (store, journal_work, &work, &error));

  ops = js_store_journal_peek (store, 2, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ops->len, ==, 2);
  op = g_ptr_array_index (ops, 0);
  g_assert_true (g_uuid_string_is_valid (op->op_id));
  g_assert_cmpstr (op->entity, ==, "joblog-entry");
  g_assert_cmpstr (op->record_id, ==, record);
  g_assert_cmpint (op->base_revision, ==, 1);
  g_assert_cmpint (op->action, ==, JS_JOURNAL_PUT);
  g_assert_cmpstr (op->payload, ==, "{\"title\": \"Lagerarbejder 0\"}");
  g_assert_nonnull (op->created);
  g_assert_cmpint (((JsJournalOp *) g_ptr_array_index (ops, 1))->base_revision, ==, 2);

  first_two[0] = ((JsJournalOp *) g_ptr_array_index (ops, 0))->op_id;
  first_two[1] = ((JsJournalOp *) g_ptr_array_index (ops, 1))->op_id;
  g_assert_true (js_store_journal_ack (store, first_two, &error));
  g_assert_no_error (error);
  g_assert_cmpint (js_store_journal_count (store, NULL), ==, 3);

  /* Acknowledging again, or an unknown operation, changes nothing. */
  g_assert_true (js_store_journal_ack (store, first_two, &error));
  g_assert_true (js_store_journal_ack (store, unknown, &error));
  g_assert_no_error (error);
  g_assert_cmpint (js_store_journal_count (store, NULL), ==, 3);

  rest = js_store_journal_peek (store, 100, &error);
  g_assert_cmpuint (rest->len, ==, 3);
  g_assert_cmpint (((JsJournalOp *) g_ptr_array_index (rest, 0))->base_revision, ==, 3);
}

static gboolean
journal_bad (JsTxn     *txn,
             gpointer   user_data,
             GError   **error)
{
  const char *which = user_data;
  g_autofree char *record = g_uuid_string_random ();

  if (g_str_equal (which, "uuid"))
    return js_txn_journal (txn, "joblog-entry", "not-a-uuid", 1, JS_JOURNAL_PUT, "{}", error);
  if (g_str_equal (which, "payload-missing"))
    return js_txn_journal (txn, "joblog-entry", record, 1, JS_JOURNAL_PUT, NULL, error);
  if (g_str_equal (which, "json"))
    return js_txn_journal (txn, "joblog-entry", record, 1, JS_JOURNAL_PUT, "{\"a\": ", error);
  return js_txn_journal (txn, "", record, 1, JS_JOURNAL_DELETE, NULL, error);
}

static void
test_journal_refuses_bad_operations (Fixture       *f,
                                     gconstpointer  data)
{
  static const char * const cases[] = { "uuid", "payload-missing", "json", "entity" };
  g_autoptr(GError) error = NULL;
  g_autoptr(JsStore) store = js_store_open (f->path, &error);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_assert_false (js_store_transaction (store, journal_bad, (gpointer) cases[i], &error));
      g_assert_error (error, JS_STORE_ERROR, JS_STORE_ERROR_INVALID);
      g_clear_error (&error);
    }

  g_assert_cmpint (js_store_journal_count (store, NULL), ==, 0);
}

typedef struct {
  int fd;
} Hang;

/* Journals an operation, tells the parent, then waits to be killed inside
 * the transaction. */
static gboolean
journal_then_hang (JsTxn     *txn,
                   gpointer   user_data,
                   GError   **error)
{
  Hang *hang = user_data;
  g_autofree char *record = g_uuid_string_random ();

  if (!js_txn_journal (txn, "joblog-entry", record, 1, JS_JOURNAL_PUT, "{}", error))
    return FALSE;

  if (write (hang->fd, "j", 1) != 1)
    _exit (3);
  pause ();
  return TRUE;
}

static pid_t
spawn_writer (const char *path,
              gboolean    commit)
{
  int fds[2];
  pid_t pid;
  char c;

  g_assert_cmpint (pipe (fds), ==, 0);
  pid = fork ();
  g_assert_cmpint (pid, >=, 0);

  if (pid == 0)
    {
      g_autoptr(JsStore) store = js_store_open (path, NULL);
      g_autofree char *record = g_uuid_string_random ();
      Hang hang = { fds[1] };
      JournalWork one = { record, 1, FALSE };

      close (fds[0]);
      if (store == NULL)
        _exit (2);
      if (commit)
        {
          if (!js_store_transaction (store, journal_work, &one, NULL))
            _exit (2);
          if (write (fds[1], "c", 1) != 1)
            _exit (3);
          pause ();
        }
      js_store_transaction (store, journal_then_hang, &hang, NULL);
      _exit (0);
    }

  close (fds[1]);
  g_assert_cmpint (read (fds[0], &c, 1), ==, 1);
  close (fds[0]);
  return pid;
}

/* A process killed in the middle of a transaction leaves neither the change
 * nor its journal row; one killed right after commit keeps both. */
static void
test_journal_survives_kill (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsStore) store = NULL;
  int status = 0;
  pid_t pid;

  g_object_unref (js_store_open (f->path, &error));
  g_assert_no_error (error);

  pid = spawn_writer (f->path, FALSE);
  kill (pid, SIGKILL);
  waitpid (pid, &status, 0);
  g_assert_true (WIFSIGNALED (status));

  pid = spawn_writer (f->path, TRUE);
  kill (pid, SIGKILL);
  waitpid (pid, &status, 0);
  g_assert_true (WIFSIGNALED (status));

  store = js_store_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (js_store_journal_count (store, NULL), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/store/open/creates", test_open_creates);
  ADD ("/store/open/private", test_open_private);
  ADD ("/store/open/too-new", test_open_too_new);
  ADD ("/store/open/corrupt-kept-aside", test_open_corrupt_kept_aside);
  ADD ("/store/open/damaged-header", test_open_damaged_header);
  ADD ("/store/open/foreign-database", test_open_foreign_database);
  ADD ("/store/open/impossible-folder", test_open_impossible_folder);
  ADD ("/store/meta/persists", test_meta_persists);
  ADD ("/store/migrate/from-every-version", test_migrate_from_every_version);
  ADD ("/store/journal/with-transaction", test_journal_with_transaction);
  ADD ("/store/journal/peek-ack", test_journal_peek_ack);
  ADD ("/store/journal/refuses-bad-operations", test_journal_refuses_bad_operations);
  ADD ("/store/journal/survives-kill", test_journal_survives_kill);

#undef ADD

  return g_test_run ();
}
