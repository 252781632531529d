/* test-sync.c: the client against the real jobspor-server
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Offline edits reach the jobcenter record for record; two PCs of one
 * citizen converge and the losing edit is kept; a client killed at random
 * moments during sync, fifty times, loses and duplicates nothing; exercise
 * progress reaches the jobcenter, and two PCs' progress merges into one
 * record.
 */

#include "config.h"

#include <sqlite3.h>

#include <signal.h>
#include <sys/wait.h>

#include "js-server-store.h"
#include "js-store-exercises.h"
#include "js-store-joblog.h"
#include "js-store-sync.h"
#include "js-sync.h"
#include "js-test-server.h"
#include "js-test-util.h"

#define OKSANA "0101901234"

static const char *server_binary;
static const char *sync_once_binary;

typedef struct {
  JsTestServer *server;
  char         *token;
  char         *dir;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *code = NULL;
  g_autoptr(JsSession) session = NULL;

  f->server = js_test_server_start (server_binary);
  f->dir = js_test_make_dir ("jobspor-sync");
  code = js_test_server_admin (f->server, "add-citizen", OKSANA, "Oksana Kovalenko", NULL);
  session = js_sync_sign_in (f->server->url, OKSANA, code, NULL, &error);
  g_assert_no_error (error);
  f->token = g_strdup (session->token);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  js_test_server_stop (f->server);
  js_test_remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->token);
}

static char *
profile (Fixture    *f,
         const char *name)
{
  return js_test_owned_profile (f->dir, name);
}

static JsJoblogEntry *
new_entry (const char *title)
{
  JsJoblogEntry *entry = js_joblog_entry_new ();
  GDate date;

  js_test_set_date (&date, 20, 11, 2026);
  js_joblog_entry_set_date (entry, &date);
  js_joblog_entry_set_text (entry, JS_FIELD_TITLE, title);
  js_joblog_entry_set_text (entry, JS_FIELD_EMPLOYER, "Coop");
  js_joblog_entry_set_text (entry, JS_FIELD_SOURCE, "Jobnet");
  return entry;
}

static void
sync_ok (Fixture    *f,
         const char *path)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (js_sync_run (path, f->server->url, f->token, JS_TEST_OWNER, NULL, NULL, &error));
  g_assert_no_error (error);
}

/* Every entry of a profile as "id title", sorted. */
static char *
local_entries (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsStore) store = js_store_open (path, &error);
  g_autoptr(GArray) rowids = NULL;
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);
  JsJoblogQuery query;

  g_assert_no_error (error);
  js_joblog_query_init (&query);
  rowids = js_store_joblog_find (store, &query, &error);
  for (guint i = 0; i < rowids->len; i++)
    {
      g_autoptr(JsJoblogEntry) entry =
        js_store_joblog_load (store, g_array_index (rowids, gint64, i), NULL);

      g_ptr_array_add (lines, g_strdup_printf ("%s %s", js_joblog_entry_get_id (entry),
                                               js_joblog_entry_get_text (entry, JS_FIELD_TITLE)));
    }
  g_ptr_array_sort_with_data (lines, (GCompareDataFunc) js_test_compare_strings, NULL);
  g_ptr_array_add (lines, NULL);
  return g_strjoinv ("\n", (char **) lines->pdata);
}

/* Every job-log entry the jobcenter has for Oksana, as "id title", sorted. */
static char *
server_entries (Fixture *f)
{
  g_autofree char *listing = js_test_server_admin (f->server, "list", OKSANA, "joblog-entry",
                                                   NULL);
  g_auto(GStrv) rows = g_strsplit (listing, "\n", -1);
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; rows[i] != NULL; i++)
    {
      g_autoptr(JsonNode) node = NULL;
      JsonObject *object;

      if (!g_str_has_prefix (rows[i], "joblog-entry "))
        continue;
      node = json_from_string (rows[i] + strlen ("joblog-entry "), NULL);
      object = json_node_get_object (node);
      g_ptr_array_add (lines, g_strdup_printf ("%s %s",
                                               json_object_get_string_member (object, "id"),
                                               json_object_get_string_member (object, "title")));
    }
  g_ptr_array_sort_with_data (lines, (GCompareDataFunc) js_test_compare_strings, NULL);
  g_ptr_array_add (lines, NULL);
  return g_strjoinv ("\n", (char **) lines->pdata);
}

/* Syncs @path, checks it now holds exactly what the jobcenter has, and
 * returns that, as server_entries() does. */
static char *
sync_and_compare (Fixture    *f,
                  const char *path)
{
  g_autofree char *mine = NULL;
  char *theirs;

  sync_ok (f, path);
  mine = local_entries (path);
  theirs = server_entries (f);
  g_assert_cmpstr (mine, ==, theirs);
  return theirs;
}

static void
test_offline_edits_arrive (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = profile (f, "home");
  g_autoptr(JsStore) store = js_store_open (path, &error);
  g_autoptr(JsJoblogEntry) kept = new_entry ("Lagerarbejder");
  g_autoptr(JsJoblogEntry) edited = new_entry ("Kok");
  g_autoptr(JsJoblogEntry) gone = new_entry ("Bager");
  g_autofree char *theirs = NULL;
  g_autofree char *other = NULL;
  g_autofree char *other_path = profile (f, "library");

  /* Days offline: add three, edit one twice, delete one. */
  g_assert_true (js_store_joblog_save (store, kept, &error));
  g_assert_true (js_store_joblog_save (store, edited, &error));
  g_assert_true (js_store_joblog_save (store, gone, &error));
  js_joblog_entry_set_text (edited, JS_FIELD_TITLE, "Kok, deltid");
  g_assert_true (js_store_joblog_save (store, edited, &error));
  js_joblog_entry_set_text (edited, JS_FIELD_TITLE, "Kok, fuldtid");
  g_assert_true (js_store_joblog_save (store, edited, &error));
  g_assert_true (js_store_joblog_delete (store, gone, &error));
  g_assert_no_error (error);
  g_clear_object (&store);

  theirs = sync_and_compare (f, path);
  g_assert_nonnull (strstr (theirs, "Kok, fuldtid"));
  g_assert_null (strstr (theirs, "Bager"));

  /* Nothing left to send; a second PC gets exactly the same log. */
  store = js_store_open (path, &error);
  g_assert_cmpint (js_store_journal_count (store, NULL), ==, 0);
  sync_ok (f, other_path);
  other = local_entries (other_path);
  g_assert_cmpstr (other, ==, theirs);
}

/* Three batches' worth of entries, some edited twice and some deleted
 * (the edits between the others): a batch is sent while the answers to the one
 * before are applied, and an entry's later change waits for the answer to
 * its earlier one. Everything arrives once, as it is on the PC, with
 * nothing left to send. */
static gboolean
make_many (JsTxn     *txn,
           gpointer   user_data,
           GError   **error)
{
  GPtrArray *entries = user_data;

  for (guint i = 0; i < 1200; i++)
    {
      g_autofree char *title = g_strdup_printf ("Lagerarbejder %04u", i);
      JsJoblogEntry *entry = new_entry (title);

      g_ptr_array_add (entries, entry);
      if (!js_txn_joblog_save (txn, entry, error))
        return FALSE;

      /* Every 10th entry changes once more, 50 entries later. */
      if (i % 50 == 49)
        {
          for (guint j = i - 49; j <= i; j += 10)
            {
              JsJoblogEntry *earlier = g_ptr_array_index (entries, j);
              g_autofree char *edited = g_strdup_printf ("Lagerarbejder %04u, edited at %u", j, i);

              js_joblog_entry_set_text (earlier, JS_FIELD_TITLE, edited);
              if (!js_txn_joblog_save (txn, earlier, error))
                return FALSE;
            }
        }
    }

  return TRUE;
}

static void
test_many_batches_with_edits (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = profile (f, "home");
  g_autofree char *other_path = profile (f, "library");
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(JsStore) store = js_store_open (path, &error);
  g_autofree char *theirs = NULL;
  g_autofree char *other = NULL;
  JsSyncStats stats;
  gint64 waiting;

  g_assert_true (js_store_transaction (store, make_many, entries, &error));
  for (guint i = 7; i < entries->len; i += 250)
    g_assert_true (js_store_joblog_delete (store, g_ptr_array_index (entries, i), &error));
  waiting = js_store_journal_count (store, NULL);
  g_assert_cmpint (waiting, >, 1200);
  g_clear_object (&store);

  g_assert_true (js_sync_run (path, f->server->url, f->token, JS_TEST_OWNER, &stats, NULL,
                              &error));
  g_assert_no_error (error);
  g_assert_cmpuint (stats.pushed, ==, waiting);
  g_assert_cmpuint (stats.conflicts, ==, 0);
  theirs = server_entries (f);
  g_assert_cmpstr (local_entries (path), ==, theirs);
  g_assert_nonnull (strstr (theirs, "Lagerarbejder 0000, edited at 49\n"));
  g_assert_nonnull (strstr (theirs, "Lagerarbejder 1190, edited at 1199"));
  g_assert_null (strstr (theirs, "Lagerarbejder 0007"));

  store = js_store_open (path, &error);
  g_assert_cmpint (js_store_journal_count (store, NULL), ==, 0);
  sync_ok (f, other_path);
  other = local_entries (other_path);
  g_assert_cmpstr (other, ==, theirs);
}

static JsSyncStats
sync_stats (Fixture    *f,
            const char *path)
{
  g_autoptr(GError) error = NULL;
  JsSyncStats stats;

  g_assert_true (js_sync_run (path, f->server->url, f->token, JS_TEST_OWNER, &stats, NULL,
                              &error));
  g_assert_no_error (error);
  return stats;
}

/* A push's own changes are not read back (spec 5.4), unless something
 * else changed in between or the jobcenter keeps a record otherwise than
 * sent: then the pull reads them, with whatever else there is. */
static void
test_own_changes_not_read_back (Fixture       *f,
                                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *home = profile (f, "home");
  g_autofree char *library = profile (f, "library");
  g_autoptr(JsJoblogEntry) first = new_entry ("Lagerarbejder");
  g_autoptr(JsJoblogEntry) second = new_entry ("Kok");
  g_autoptr(JsJoblogEntry) elsewhere = new_entry ("Bager");
  g_autofree char *theirs = NULL;
  JsSyncStats stats;
  JsStore *store;

  store = js_store_open (home, &error);
  g_assert_true (js_store_joblog_save (store, first, &error));
  g_assert_true (js_store_joblog_save (store, second, &error));
  g_object_unref (store);
  stats = sync_stats (f, home);
  g_assert_cmpuint (stats.pushed, ==, 2);
  g_assert_cmpuint (stats.pulled, ==, 0);

  /* The library PC adds one: its push was not the first thing in the
   * account, so it reads all three; and home's next push is not alone. */
  store = js_store_open (library, &error);
  g_assert_true (js_store_joblog_save (store, elsewhere, &error));
  g_object_unref (store);
  stats = sync_stats (f, library);
  g_assert_cmpuint (stats.pulled, ==, 3);

  store = js_store_open (home, &error);
  js_joblog_entry_set_text (first, JS_FIELD_TITLE, "Lagerarbejder, nat");
  g_assert_true (js_store_joblog_save (store, first, &error));
  g_object_unref (store);
  stats = sync_stats (f, home);
  g_assert_cmpuint (stats.pushed, ==, 1);
  g_assert_cmpuint (stats.pulled, ==, 2);
  theirs = server_entries (f);
  g_assert_cmpstr (local_entries (home), ==, theirs);
  g_assert_nonnull (strstr (theirs, "Bager"));
  g_assert_nonnull (strstr (theirs, "Lagerarbejder, nat"));

  /* Alone again; then progress, which the jobcenter merges: read back. */
  store = js_store_open (home, &error);
  js_joblog_entry_set_text (second, JS_FIELD_TITLE, "Kok, deltid");
  g_assert_true (js_store_joblog_save (store, second, &error));
  g_object_unref (store);
  stats = sync_stats (f, home);
  g_assert_cmpuint (stats.pulled, ==, 0);

  store = js_store_open (home, &error);
  g_assert_true (js_store_exercise_record_attempt (store, "mouse-click", 80, TRUE, NULL, &error));
  g_object_unref (store);
  stats = sync_stats (f, home);
  g_assert_cmpuint (stats.pushed, ==, 1);
  g_assert_cmpuint (stats.pulled, ==, 1);

  /* The library PC reads everything, its own included. */
  stats = sync_stats (f, library);
  g_assert_cmpuint (stats.pulled, ==, 3);
  g_assert_cmpstr (local_entries (library), ==, server_entries (f));
}

static void
test_two_pcs_converge (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *home = profile (f, "home");
  g_autofree char *library = profile (f, "library");
  g_autoptr(JsJoblogEntry) entry = new_entry ("Buschauffør");
  g_autoptr(JsJoblogEntry) at_library = NULL;
  g_autoptr(GPtrArray) conflicts = NULL;
  g_autofree char *home_log = NULL;
  g_autofree char *library_log = NULL;
  g_autofree char *server_log = NULL;
  JsStore *store;
  JsSyncConflict *conflict;

  store = js_store_open (home, &error);
  g_assert_true (js_store_joblog_save (store, entry, &error));
  g_object_unref (store);
  sync_ok (f, home);
  sync_ok (f, library);

  /* Both PCs change the same entry while offline. */
  store = js_store_open (home, &error);
  js_joblog_entry_set_text (entry, JS_FIELD_TITLE, "Buschauffør (home)");
  g_assert_true (js_store_joblog_save (store, entry, &error));
  g_object_unref (store);

  store = js_store_open (library, &error);
  at_library = js_store_joblog_lookup (store, js_joblog_entry_get_id (entry), &error);
  js_joblog_entry_set_text (at_library, JS_FIELD_TITLE, "Buschauffør (library)");
  g_assert_true (js_store_joblog_save (store, at_library, &error));
  g_object_unref (store);

  sync_ok (f, home);
  sync_ok (f, library);
  sync_ok (f, home);

  /* They agree, and the library's losing edit is kept for the citizen. */
  home_log = local_entries (home);
  library_log = local_entries (library);
  server_log = server_entries (f);
  g_assert_cmpstr (home_log, ==, server_log);
  g_assert_cmpstr (library_log, ==, server_log);
  g_assert_nonnull (strstr (server_log, "(home)"));

  store = js_store_open (library, &error);
  conflicts = js_store_sync_list_conflicts (store, &error);
  g_assert_cmpuint (conflicts->len, ==, 1);
  conflict = g_ptr_array_index (conflicts, 0);
  g_assert_cmpstr (conflict->kind, ==, "conflict");
  g_assert_nonnull (strstr (conflict->mine, "(library)"));
  g_assert_nonnull (strstr (conflict->theirs, "(home)"));

  /* The citizen keeps the library's version: it goes to the jobcenter as a
   * new change and both PCs end with it. */
  g_assert_true (js_store_sync_resolve (store, conflict->seq, TRUE, &error));
  g_assert_no_error (error);
  g_clear_pointer (&conflicts, g_ptr_array_unref);
  conflicts = js_store_sync_list_conflicts (store, &error);
  g_assert_cmpuint (conflicts->len, ==, 0);
  g_object_unref (store);

  sync_ok (f, library);
  sync_ok (f, home);
  g_free (home_log);
  g_free (server_log);
  home_log = local_entries (home);
  server_log = server_entries (f);
  g_assert_cmpstr (home_log, ==, server_log);
  g_assert_nonnull (strstr (server_log, "(library)"));
}

static gboolean
add_entries (JsTxn     *txn,
             gpointer   user_data,
             GError   **error)
{
  guint n = GPOINTER_TO_UINT (user_data);

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *title = g_strdup_printf ("Stilling %03u", i);
      g_autoptr(JsJoblogEntry) entry = new_entry (title);

      if (!js_txn_joblog_save (txn, entry, error))
        return FALSE;
    }

  return TRUE;
}

/* Edits a few entries while syncs are being killed, as a citizen would. */
static void
edit_some (const char *path,
           guint       round)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsStore) store = js_store_open (path, &error);
  g_autoptr(GArray) rowids = NULL;
  JsJoblogQuery query;

  g_assert_no_error (error);
  js_joblog_query_init (&query);
  rowids = js_store_joblog_find (store, &query, &error);
  for (guint i = round % 5; i < rowids->len; i += 5)
    {
      g_autoptr(JsJoblogEntry) entry =
        js_store_joblog_load (store, g_array_index (rowids, gint64, i), NULL);
      g_autofree char *title = g_strdup_printf ("%.13s r%u", js_joblog_entry_get_text (
                                                  entry, JS_FIELD_TITLE), round);

      js_joblog_entry_set_text (entry, JS_FIELD_TITLE, title);
      g_assert_true (js_store_joblog_save (store, entry, &error));
    }
}

static void
test_killed_fifty_times (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (4711);
  g_autofree char *path = profile (f, "home");
  g_autofree char *theirs = NULL;
  g_auto(GStrv) rows = NULL;
  g_autofree char *partial = NULL;
  JsStore *store = js_store_open (path, &error);
  guint killed = 0;

  g_assert_true (js_store_transaction (store, add_entries, GUINT_TO_POINTER (300), &error));
  g_object_unref (store);

  /* Until fifty syncs were killed before they finished: each round edits
   * many entries, starts a sync and kills it somewhere between its start
   * and about 100 ms in. */
  for (guint round = 0; killed < 50 && round < 400; round++)
    {
      const char *argv[] = { sync_once_binary, path, f->server->url, f->token, JS_TEST_OWNER, NULL };
      GPid pid;
      int status = 0;

      edit_some (path, round);
      g_spawn_async (NULL, (char **) argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD, NULL, NULL, &pid,
                     &error);
      g_assert_no_error (error);
      g_usleep (g_rand_int_range (rand, 0, 10000) + (round % 10) * 10000);
      kill (pid, SIGKILL);
      waitpid (pid, &status, 0);
      g_spawn_close_pid (pid);
      killed += WIFSIGNALED (status);

      /* Whatever the moment, the profile opens and holds every entry. */
      store = js_store_open (path, &error);
      g_assert_no_error (error);
      g_assert_cmpint (js_store_joblog_count (store, NULL), ==, 300);
      g_object_unref (store);
    }

  g_assert_cmpuint (killed, ==, 50);

  /* Some of the killed syncs got part of the way: the kills landed while
   * pushing, not only before it started. */
  partial = server_entries (f);
  g_assert_cmpuint (strlen (partial), >, 0);

  /* Exactly the same 300 entries on both sides: none lost, none twice. */
  theirs = sync_and_compare (f, path);
  rows = g_strsplit (theirs, "\n", -1);
  g_assert_cmpuint (g_strv_length (rows), ==, 300);
  store = js_store_open (path, &error);
  g_assert_cmpint (js_store_journal_count (store, NULL), ==, 0);
  g_object_unref (store);
}

static gboolean
add_long_entries (JsTxn     *txn,
                  gpointer   user_data,
                  GError   **error)
{
  g_autoptr(GString) notes = g_string_new (NULL);

  /* 5000 four-byte characters: about 20 kB of JSON per entry. */
  for (guint i = 0; i < 5000; i++)
    g_string_append (notes, "🙂");

  for (guint i = 0; i < 300; i++)
    {
      g_autofree char *title = g_strdup_printf ("Lang note %03u", i);
      g_autoptr(JsJoblogEntry) entry = new_entry (title);

      js_joblog_entry_set_text (entry, JS_FIELD_NOTES, notes->str);
      if (!js_txn_joblog_save (txn, entry, error))
        return FALSE;
    }

  return TRUE;
}

/* 300 entries with the longest notes make about 6 MB: more than one request
 * may carry. They arrive all the same, in smaller pushes. */
static void
test_long_notes_fit (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = profile (f, "home");
  g_autofree char *other = profile (f, "library");
  g_autofree char *theirs = NULL;
  g_autofree char *back = NULL;
  JsStore *store = js_store_open (path, &error);

  g_assert_true (js_store_transaction (store, add_long_entries, NULL, &error));
  g_object_unref (store);

  theirs = sync_and_compare (f, path);
  g_assert_cmpuint (strlen (theirs), >, 0);

  /* And they come back to another PC in pages the client accepts. */
  sync_ok (f, other);
  back = local_entries (other);
  g_assert_cmpstr (back, ==, theirs);
}

static void
test_sign_out_revokes (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = profile (f, "home");

  sync_ok (f, path);
  g_assert_true (js_sync_sign_out (f->server->url, f->token, NULL, &error));
  g_assert_no_error (error);
  g_assert_false (js_sync_run (path, f->server->url, f->token, JS_TEST_OWNER, NULL, NULL, &error));
  g_assert_error (error, JS_SYNC_ERROR, JS_SYNC_ERROR_SIGNED_OUT);
}

static void
test_server_restarted (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = profile (f, "home");
  g_autofree char *theirs = NULL;
  JsStore *store = js_store_open (path, &error);

  g_assert_true (js_store_transaction (store, add_entries, GUINT_TO_POINTER (120), &error));
  g_object_unref (store);

  /* The jobcenter goes down: the sync fails in plain terms, the log waits. */
  js_test_server_stop_only (f->server);
  g_assert_false (js_sync_run (path, f->server->url, f->token, JS_TEST_OWNER, NULL, NULL, &error));
  g_assert_error (error, JS_SYNC_ERROR, JS_SYNC_ERROR_OFFLINE);
  g_clear_error (&error);

  js_test_server_relaunch (f->server);
  theirs = sync_and_compare (f, path);
}

/* The jobcenter is killed while a sync is under way, and comes back. */
static void
test_server_killed_mid_sync (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = profile (f, "home");
  g_autofree char *theirs = NULL;
  JsStore *store = js_store_open (path, &error);
  const char *argv[] = { sync_once_binary, path, f->server->url, f->token, JS_TEST_OWNER, NULL };
  int status = 0;
  GPid pid;

  g_assert_true (js_store_transaction (store, add_entries, GUINT_TO_POINTER (3000), &error));
  g_object_unref (store);

  g_spawn_async (NULL, (char **) argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD, NULL, NULL, &pid,
                 &error);
  g_assert_no_error (error);
  g_usleep (150000);
  js_test_server_stop_only (f->server);
  waitpid (pid, &status, 0);
  g_spawn_close_pid (pid);
  js_test_server_relaunch (f->server);

  theirs = sync_and_compare (f, path);
}

/* Attempts at an exercise on a PC signed in as Oksana, on 20 November
 * 2026 (@hour UTC; a negative hour is the day before). */
static void
record_attempts (const char *path,
                 const char *exercise,
                 const int  *scores,
                 const int  *hours,
                 guint       n)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsStore) store = js_store_open (path, &error);

  g_assert_no_error (error);
  g_assert_true (js_store_set_meta (store, "citizen-number", OKSANA, &error));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GDateTime) day = g_date_time_new_utc (2026, 11, 20, 0, 0, 0);
      g_autoptr(GDateTime) when = g_date_time_add_hours (day, hours[i]);

      /* A negative score is an attempt left unfinished. */
      g_assert_true (js_store_exercise_record_attempt (store, exercise, ABS (scores[i]),
                                                       scores[i] >= 0, when, &error));
      g_assert_no_error (error);
    }
}

static char *
describe_progress (gint64      attempts,
                   gint64      best_score,
                   const char *completed)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT " attempts, best %" G_GINT64_FORMAT ", completed %s",
                          attempts, best_score, completed != NULL ? completed : "never");
}

/* A profile's progress on @exercise, as describe_progress() puts it. */
static char *
local_progress (const char *path,
                const char *exercise)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsStore) store = js_store_open (path, &error);
  g_autoptr(JsExerciseProgress) progress = js_store_exercise_lookup (store, exercise, &error);
  g_autofree char *completed = NULL;

  g_assert_no_error (error);
  g_assert_nonnull (progress);
  g_assert_cmpint (js_store_journal_count (store, NULL), ==, 0);
  if (progress->completed != NULL)
    completed = g_date_time_format_iso8601 (progress->completed);
  return describe_progress (progress->attempts, progress->best_score, completed);
}

/* The jobcenter's one record of Oksana's progress on @exercise, as
 * describe_progress() puts it; there must be exactly one. */
static char *
server_progress (Fixture    *f,
                 const char *exercise)
{
  g_autofree char *listing = js_test_server_admin (f->server, "list", OKSANA,
                                                   JS_EXERCISE_PROGRESS_ENTITY, NULL);
  g_auto(GStrv) rows = g_strsplit (listing, "\n", -1);
  g_autofree char *id = js_exercise_progress_id (OKSANA, exercise);
  char *found = NULL;

  for (guint i = 0; rows[i] != NULL; i++)
    {
      g_autoptr(JsonNode) node = NULL;
      JsonObject *object;

      g_assert_true (g_str_has_prefix (rows[i], JS_EXERCISE_PROGRESS_ENTITY " "));
      node = json_from_string (rows[i] + strlen (JS_EXERCISE_PROGRESS_ENTITY " "), NULL);
      object = json_node_get_object (node);
      if (!g_str_equal (json_object_get_string_member (object, "exercise"), exercise))
        continue;

      g_assert_null (found);
      g_assert_cmpstr (json_object_get_string_member (object, "id"), ==, id);
      found = describe_progress (json_object_get_int_member (object, "attempts"),
                                 json_object_get_int_member (object, "best_score"),
                                 json_object_get_string_member (object, "completed"));
    }

  g_assert_nonnull (found);
  return found;
}

static void
test_exercise_progress_arrives (Fixture       *f,
                                gconstpointer  data)
{
  static const int click_scores[] = { -40, 85, 70 };
  static const int click_hours[] = { 9, 10, 11 };
  static const int letters_scores[] = { 100 };
  static const int letters_hours[] = { 32 };
  g_autofree char *path = profile (f, "home");
  g_autofree char *click = NULL;
  g_autofree char *theirs = NULL;
  g_autofree char *table = NULL;

  /* Offline, across a restart of the app. */
  record_attempts (path, "mouse-click", click_scores, click_hours, 2);
  record_attempts (path, "mouse-click", click_scores + 2, click_hours + 2, 1);
  record_attempts (path, "keyboard-danish-letters", letters_scores, letters_hours, 1);

  sync_ok (f, path);
  click = local_progress (path, "mouse-click");
  g_assert_cmpstr (click, ==, "3 attempts, best 85, completed 2026-11-20T10:00:00Z");
  theirs = server_progress (f, "mouse-click");
  g_assert_cmpstr (theirs, ==, click);

  /* What a caseworker reads, in Copenhagen time. */
  table = js_test_server_admin (f->server, "progress", OKSANA, NULL);
  g_assert_cmpstr (table, ==,
                   "Exercise                 Attempts  Best result  Completed (Copenhagen time)\n"
                   "keyboard-danish-letters         1         100%  2026-11-21 09:00\n"
                   "mouse-click                     3          85%  2026-11-20 11:00");
}

static void
test_exercise_progress_two_pcs (Fixture       *f,
                                gconstpointer  data)
{
  static const int home_scores[] = { 60, -20, 70, -10 };
  static const int home_hours[] = { 10, 11, 12, 13 };
  static const int library_scores[] = { 95, -50 };
  static const int library_hours[] = { -9, -8 };
  g_autofree char *home = profile (f, "home");
  g_autofree char *library = profile (f, "library");
  g_autofree char *at_home = NULL;
  g_autofree char *at_library = NULL;
  g_autofree char *theirs = NULL;
  g_autoptr(JsStore) store = NULL;
  g_autoptr(GPtrArray) conflicts = NULL;

  /* The same exercise on both PCs, offline: more attempts at home, a
   * better and earlier finish at the library. */
  record_attempts (home, "mouse-click", home_scores, home_hours, G_N_ELEMENTS (home_scores));
  record_attempts (library, "mouse-click", library_scores, library_hours,
                   G_N_ELEMENTS (library_scores));

  sync_ok (f, home);
  sync_ok (f, library);
  sync_ok (f, home);

  at_home = local_progress (home, "mouse-click");
  at_library = local_progress (library, "mouse-click");
  theirs = server_progress (f, "mouse-click");
  g_assert_cmpstr (theirs, ==, "4 attempts, best 95, completed 2026-11-19T15:00:00Z");
  g_assert_cmpstr (at_home, ==, theirs);
  g_assert_cmpstr (at_library, ==, theirs);

  /* Nothing was put to the citizen as a conflict. */
  store = js_store_open (library, NULL);
  conflicts = js_store_sync_list_conflicts (store, NULL);
  g_assert_cmpuint (conflicts->len, ==, 0);
}

/* A profile is only synced with its own citizen's sign-in, and only the
 * changes recorded under that citizen are sent (issue: one citizen, one
 * profile). */
static void
test_only_the_owner_is_sent (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = profile (f, "home");
  g_autoptr(JsStore) store = js_store_open (path, &error);
  g_autoptr(JsJoblogEntry) hers = new_entry ("Made under another sign-in");
  g_autoptr(JsJoblogEntry) mine = new_entry ("Lagerarbejder");
  g_autofree char *theirs = NULL;
  sqlite3 *db = NULL;

  g_assert_true (js_store_joblog_save (store, hers, &error));
  g_assert_no_error (error);

  /* Another citizen's token on this profile: nothing sent or fetched. */
  g_assert_false (js_sync_run (path, f->server->url, f->token, "another-citizen", NULL, NULL,
                               &error));
  g_assert_error (error, JS_SYNC_ERROR, JS_SYNC_ERROR_NOT_OWNER);
  g_clear_error (&error);
  theirs = server_entries (f);
  g_assert_cmpstr (theirs, ==, "");
  g_assert_cmpint (js_store_journal_count (store, NULL), ==, 1);

  /* An operation recorded under someone else stays here, unsent, and is
   * reported; the citizen's own goes. */
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "UPDATE journal SET owner = 'another-citizen';", NULL, NULL,
                                 NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  g_assert_true (js_store_joblog_save (store, mine, &error));
  g_assert_false (js_sync_run (path, f->server->url, f->token, JS_TEST_OWNER, NULL, NULL,
                               &error));
  g_assert_error (error, JS_SYNC_ERROR, JS_SYNC_ERROR_NOT_OWNER);
  g_clear_pointer (&theirs, g_free);
  theirs = server_entries (f);
  g_assert_nonnull (strstr (theirs, "Lagerarbejder"));
  g_assert_null (strstr (theirs, "another sign-in"));
  g_assert_cmpint (js_store_journal_count (store, NULL), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  server_binary = g_getenv ("JOBSPOR_SERVER");
  sync_once_binary = g_getenv ("JOBSPOR_SYNC_ONCE");
  g_assert_nonnull (server_binary);
  g_assert_nonnull (sync_once_binary);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/sync/offline-edits-arrive", test_offline_edits_arrive);
  ADD ("/sync/many-batches-with-edits", test_many_batches_with_edits);
  ADD ("/sync/own-changes-not-read-back", test_own_changes_not_read_back);
  ADD ("/sync/two-pcs-converge", test_two_pcs_converge);
  ADD ("/sync/killed-fifty-times", test_killed_fifty_times);
  ADD ("/sync/server-restarted", test_server_restarted);
  ADD ("/sync/sign-out-revokes", test_sign_out_revokes);
  ADD ("/sync/long-notes-fit", test_long_notes_fit);
  ADD ("/sync/server-killed-mid-sync", test_server_killed_mid_sync);
  ADD ("/sync/exercise-progress-arrives", test_exercise_progress_arrives);
  ADD ("/sync/exercise-progress-two-pcs", test_exercise_progress_two_pcs);
  ADD ("/sync/only-the-owner-is-sent", test_only_the_owner_is_sent);

#undef ADD

  return g_test_run ();
}
