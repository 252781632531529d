/* test-profiles.c: one profile per citizen, the offer of what was made
 * before sign-in, the journal's owner, and the move from one profile
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "js-profiles.h"
#include "js-store-adopt.h"
#include "js-store-exercises.h"
#include "js-store-joblog.h"
#include "js-store-private.h"
#include "js-store-sync.h"
#include "js-test-util.h"

#define OKSANA "0101901234"
#define AHMAD "0202852345"

typedef struct {
  char       *dir;
  JsProfiles *profiles;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = js_test_make_dir ("jobspor-profiles");
  f->profiles = js_profiles_new (f->dir);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->profiles);
  js_test_remove_tree (f->dir);
  g_free (f->dir);
}

static JsJoblogEntry *
make_entry (const char *title)
{
  JsJoblogEntry *entry = js_joblog_entry_new ();
  GDate day;

  js_test_set_date (&day, 24, 11, 2026);
  js_joblog_entry_set_date (entry, &day);
  js_joblog_entry_set_text (entry, JS_FIELD_TITLE, title);
  js_joblog_entry_set_text (entry, JS_FIELD_EMPLOYER, "Coop");
  js_joblog_entry_set_text (entry, JS_FIELD_SOURCE, "Jobnet");
  return entry;
}

static void
save_entry (JsStore    *store,
            const char *title)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsJoblogEntry) entry = make_entry (title);

  g_assert_true (js_store_joblog_save (store, entry, &error));
  g_assert_no_error (error);
}

/* Every entry's title, sorted, joined by "|". */
static char *
titles (JsStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) rowids = NULL;
  JsJoblogQuery query;

  js_joblog_query_init (&query);
  rowids = js_store_joblog_find (store, &query, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < rowids->len; i++)
    {
      g_autoptr(JsJoblogEntry) entry = js_store_joblog_load (store,
                                                             g_array_index (rowids, gint64, i),
                                                             &error);

      g_assert_no_error (error);
      g_ptr_array_add (list, g_strdup (js_joblog_entry_get_text (entry, JS_FIELD_TITLE)));
    }
  g_ptr_array_sort_with_data (list, js_test_compare_strings, NULL);
  g_ptr_array_add (list, NULL);
  return g_strjoinv ("|", (char **) list->pdata);
}

static void
assert_journal_owned_by (JsStore    *store,
                         const char *owner)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) ops = js_store_journal_peek (store, 1000, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (ops->len, >, 0);
  for (guint i = 0; i < ops->len; i++)
    g_assert_cmpstr (((JsJournalOp *) ops->pdata[i])->owner, ==, owner);
}

/* Whether @needle appears in any file or folder name under @dir. */
static gboolean
name_under (const char *dir,
            const char *needle)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  const char *name;

  while (listing != NULL && (name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *child = g_build_filename (dir, name, NULL);

      if (strstr (name, needle) != NULL)
        return TRUE;
      if (g_file_test (child, G_FILE_TEST_IS_DIR) && name_under (child, needle))
        return TRUE;
    }

  return FALSE;
}

static void
test_key (Fixture       *f,
          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *oksana = js_profiles_key_for (f->profiles, OKSANA, &error);
  g_autofree char *again = js_profiles_key_for (f->profiles, OKSANA, &error);
  g_autofree char *ahmad = js_profiles_key_for (f->profiles, AHMAD, &error);
  g_autofree char *other_dir = js_test_make_dir ("jobspor-profiles-other");
  g_autoptr(JsProfiles) other_pc = js_profiles_new (other_dir);
  g_autofree char *on_other_pc = js_profiles_key_for (other_pc, OKSANA, &error);
  g_autofree char *salt_path = g_build_filename (f->dir, "salt", NULL);
  g_autoptr(JsProfiles) reopened = js_profiles_new (f->dir);
  g_autofree char *after_restart = NULL;
  char *bad;
  GStatBuf info;

  g_assert_no_error (error);
  g_assert_true (js_profiles_key_valid (oksana));
  g_assert_cmpstr (oksana, ==, again);
  g_assert_cmpstr (oksana, !=, ahmad);
  /* Salted per computer: the same number gives another key elsewhere. */
  g_assert_cmpstr (oksana, !=, on_other_pc);
  g_assert_null (strstr (oksana, OKSANA));
  g_assert_null (strstr (oksana, "010190"));

  /* The salt is kept, readable by the citizen's account only. */
  g_assert_cmpint (g_stat (salt_path, &info), ==, 0);
  g_assert_cmpint (info.st_mode & 0777, ==, 0600);
  after_restart = js_profiles_key_for (reopened, OKSANA, &error);
  g_assert_cmpstr (after_restart, ==, oksana);

  bad = js_profiles_key_for (f->profiles, "01019O1234", &error);
  g_assert_null (bad);
  g_assert_error (error, JS_STORE_ERROR, JS_STORE_ERROR_INVALID);

  js_test_remove_tree (other_dir);
}

static void
test_current (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *key = js_profiles_key_for (f->profiles, OKSANA, &error);
  g_autofree char *current = NULL;
  g_autofree char *path = g_build_filename (f->dir, "current", NULL);
  g_autofree char *garbage = NULL;

  g_assert_null (js_profiles_dup_current (f->profiles));
  g_assert_true (js_profiles_set_current (f->profiles, key, &error));
  current = js_profiles_dup_current (f->profiles);
  g_assert_cmpstr (current, ==, key);

  /* A file changed by hand names no one. */
  g_assert_true (g_file_set_contents (path, "../../etc", -1, &error));
  garbage = js_profiles_dup_current (f->profiles);
  g_assert_null (garbage);

  g_assert_true (js_profiles_set_current (f->profiles, NULL, &error));
  g_assert_null (js_profiles_dup_current (f->profiles));
  g_assert_true (js_profiles_set_current (f->profiles, NULL, &error));
  g_assert_no_error (error);
}

/* Two citizens on one PC: each sees and journals only their own. */
static void
test_separate (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsStore) oksana = js_profiles_open (f->profiles, OKSANA, &error);
  g_autoptr(JsStore) ahmad = js_profiles_open (f->profiles, AHMAD, &error);
  g_autoptr(JsStore) anonymous = js_profiles_open (f->profiles, NULL, &error);
  g_autofree char *oksana_key = js_profiles_key_for (f->profiles, OKSANA, &error);
  g_autofree char *ahmad_key = js_profiles_key_for (f->profiles, AHMAD, &error);
  g_autofree char *number = NULL;
  g_autofree char *oksanas = NULL;
  g_autofree char *ahmads = NULL;
  g_autoptr(JsStore) reopened = NULL;

  g_assert_no_error (error);
  save_entry (oksana, "Lagerarbejder");
  save_entry (ahmad, "Buschauffør");

  oksanas = titles (oksana);
  ahmads = titles (ahmad);
  g_assert_cmpstr (oksanas, ==, "Lagerarbejder");
  g_assert_cmpstr (ahmads, ==, "Buschauffør");
  g_assert_cmpint (js_store_joblog_count (anonymous, NULL), ==, 0);

  g_assert_cmpstr (js_store_get_owner (oksana), ==, oksana_key);
  g_assert_cmpstr (js_store_get_owner (anonymous), ==, "");
  assert_journal_owned_by (oksana, oksana_key);
  assert_journal_owned_by (ahmad, ahmad_key);
  number = js_store_dup_meta (oksana, "citizen-number", &error);
  g_assert_cmpstr (number, ==, OKSANA);
  g_assert_null (js_store_dup_meta (anonymous, "citizen-number", &error));

  /* Folders are named by key: no citizen number in any path. */
  g_assert_false (name_under (f->dir, OKSANA));
  g_assert_false (name_under (f->dir, AHMAD));
  g_assert_false (name_under (f->dir, "010190"));

  /* Opened again by key, as at start. */
  reopened = js_profiles_open_key (f->profiles, oksana_key, &error);
  g_assert_no_error (error);
  g_clear_pointer (&oksanas, g_free);
  oksanas = titles (reopened);
  g_assert_cmpstr (oksanas, ==, "Lagerarbejder");
}

/* A profile database put in another citizen's folder is refused. */
static void
test_wrong_folder (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *oksana_key = js_profiles_key_for (f->profiles, OKSANA, &error);
  g_autofree char *ahmad_key = js_profiles_key_for (f->profiles, AHMAD, &error);
  g_autofree char *oksana_path = js_profiles_path (f->profiles, oksana_key);
  g_autofree char *ahmad_path = js_profiles_path (f->profiles, ahmad_key);
  g_autofree char *ahmad_dir = g_path_get_dirname (ahmad_path);
  g_autofree char *contents = NULL;
  gsize length;
  JsStore *store;

  store = js_profiles_open (f->profiles, OKSANA, &error);
  g_assert_no_error (error);
  save_entry (store, "Lagerarbejder");
  g_object_unref (store);

  g_assert_true (g_file_get_contents (oksana_path, &contents, &length, &error));
  g_assert_cmpint (g_mkdir_with_parents (ahmad_dir, 0700), ==, 0);
  g_assert_true (g_file_set_contents (ahmad_path, contents, length, &error));

  store = js_profiles_open_key (f->profiles, ahmad_key, &error);
  g_assert_null (store);
  g_assert_error (error, JS_STORE_ERROR, JS_STORE_ERROR_CORRUPT);
  g_clear_error (&error);

  /* And a profile never changes hands. */
  store = js_profiles_open_key (f->profiles, oksana_key, &error);
  g_assert_no_error (error);
  g_assert_false (js_store_set_owner (store, ahmad_key, &error));
  g_assert_error (error, JS_STORE_ERROR, JS_STORE_ERROR_INVALID);
  g_assert_cmpstr (js_store_get_owner (store), ==, oksana_key);
  g_object_unref (store);
}

/* Only the signed-in citizen's own operations go into a batch. */
static void
test_journal_owner (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsStore) store = js_profiles_open (f->profiles, OKSANA, &error);
  g_autofree char *key = js_profiles_key_for (f->profiles, OKSANA, &error);
  g_autoptr(GPtrArray) batch = NULL;
  g_autoptr(GPtrArray) foreign_batch = NULL;

  g_assert_no_error (error);
  save_entry (store, "Lagerarbejder");
  save_entry (store, "Kok");
  /* As if an operation had come from another citizen's sign-in. */
  g_assert_true (_js_store_exec (_js_store_get_db (store),
                                 "UPDATE journal SET owner = 'someone-else'"
                                 " WHERE seq = (SELECT min (seq) FROM journal);", &error));

  batch = js_store_sync_next_batch (store, key, 100, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (batch->len, ==, 1);
  g_assert_cmpstr (((JsJournalOp *) batch->pdata[0])->owner, ==, key);
  g_assert_cmpint (js_store_journal_count_foreign (store, key, NULL), ==, 1);

  foreign_batch = js_store_sync_next_batch (store, "nobody", 100, &error);
  g_assert_cmpuint (foreign_batch->len, ==, 0);
}

/* An entry as schema 4 kept it (no link to a plan's suggestion), with
 * its change in the journal. */
static gboolean
legacy_entry_in_txn (JsTxn     *txn,
                     gpointer   user_data,
                     GError   **error)
{
  g_autoptr(JsJoblogEntry) entry = make_entry (user_data);
  g_autofree char *json = js_joblog_entry_to_json (entry);
  char *sql = sqlite3_mprintf (
    "INSERT INTO joblog_entry (id, revision, kind, status, date, deadline, title, employer,"
    " location, source, contact, link, notes, created, updated)"
    " VALUES (%Q, 1, 'advertised', 'applied', '2026-11-16', NULL, %Q, 'Coop Danmark', '',"
    " 'Jobnet', '', '', '', '2026-11-16T08:00:00Z', '2026-11-16T08:00:00Z');",
    js_joblog_entry_get_id (entry), (const char *) user_data);

  gboolean done = _js_store_exec (txn->db, sql, error) &&
                  js_txn_journal (txn, "joblog-entry", js_joblog_entry_get_id (entry), 0,
                                  JS_JOURNAL_PUT, json, error);

  sqlite3_free (sql);
  return done;
}

static void
save_legacy_entry (JsStore    *store,
                   const char *title)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (js_store_transaction (store, legacy_entry_in_txn, (gpointer) title, &error));
  g_assert_no_error (error);
}

/* Builds the profile of Jobspor before profiles (schema 4) at
 * profiles/local, with everything a citizen could have in it. */
static void
make_legacy (Fixture    *f,
             const char *citizen)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (f->dir, "local", "jobspor.db", NULL);
  g_autoptr(JsStore) store = _js_store_open_at_version (path, 4, &error);
  g_autoptr(JsJoblogEntry) draft = make_entry ("Halvfærdig");

  g_assert_no_error (error);
  save_legacy_entry (store, "Lagerarbejder");
  save_legacy_entry (store, "Kok");
  g_assert_true (js_store_joblog_put_draft (store, draft, &error));
  g_assert_true (js_store_set_meta (store, JS_SYNC_CURSOR_KEY, "17", &error));
  if (citizen != NULL)
    g_assert_true (js_store_exercise_claim (store, citizen, &error));
  g_assert_true (js_store_exercise_record_attempt (store, "mouse-click", 90, TRUE, NULL,
                                                   &error));
  g_assert_no_error (error);
}

static void
assert_legacy_kept (JsStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *all = titles (store);
  g_autofree char *cursor = js_store_dup_meta (store, JS_SYNC_CURSOR_KEY, &error);
  g_autoptr(JsJoblogEntry) draft = js_store_joblog_get_draft (store, &error);
  g_autoptr(JsExerciseProgress) progress = js_store_exercise_lookup (store, "mouse-click",
                                                                     &error);

  g_assert_no_error (error);
  g_assert_cmpstr (all, ==, "Kok|Lagerarbejder");
  g_assert_cmpstr (cursor, ==, "17");
  g_assert_cmpstr (js_joblog_entry_get_text (draft, JS_FIELD_TITLE), ==, "Halvfærdig");
  g_assert_cmpint (progress->attempts, ==, 1);
  g_assert_cmpint (js_store_journal_count (store, NULL), ==, 3);
  g_assert_cmpint (js_store_get_schema_version (store), ==, js_store_get_latest_version ());
}

static void
test_migrate_citizen (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *key = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *legacy = g_build_filename (f->dir, "local", NULL);
  g_autoptr(JsStore) store = NULL;
  gboolean moved = FALSE;

  make_legacy (f, OKSANA);
  g_assert_true (js_profiles_migrate_legacy (f->profiles, &moved, &key, &error));
  g_assert_no_error (error);
  g_assert_true (moved);
  expected = js_profiles_key_for (f->profiles, OKSANA, &error);
  g_assert_cmpstr (key, ==, expected);
  g_assert_false (g_file_test (legacy, G_FILE_TEST_EXISTS));
  /* Who stays signed in is for the kept sign-in to say, not the move. */
  g_assert_null (js_profiles_dup_current (f->profiles));

  store = js_profiles_open_key (f->profiles, key, &error);
  g_assert_no_error (error);
  assert_legacy_kept (store);
  /* What waited is the citizen's, and goes with their sign-in only. */
  assert_journal_owned_by (store, key);
  g_assert_false (name_under (f->dir, OKSANA));

  /* Once moved, there is nothing more to move. */
  g_clear_pointer (&key, g_free);
  g_assert_true (js_profiles_migrate_legacy (f->profiles, &moved, &key, &error));
  g_assert_false (moved);
  g_assert_null (key);
}

static void
test_migrate_anonymous (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *key = NULL;
  g_autoptr(JsStore) store = NULL;
  gboolean moved = FALSE;

  make_legacy (f, NULL);
  g_assert_true (js_profiles_migrate_legacy (f->profiles, &moved, &key, &error));
  g_assert_no_error (error);
  g_assert_true (moved);
  g_assert_null (key);

  store = js_profiles_open_key (f->profiles, NULL, &error);
  g_assert_no_error (error);
  assert_legacy_kept (store);
  assert_journal_owned_by (store, "");
}

static void
test_migrate_nothing (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *key = NULL;
  gboolean moved = TRUE;

  g_assert_true (js_profiles_migrate_legacy (f->profiles, &moved, &key, &error));
  g_assert_no_error (error);
  g_assert_false (moved);
  g_assert_null (key);
}

/* The anonymous profile with 3 entries, a draft and two exercises;
 * Oksana's profile with progress on one of them. */
static void
make_adoptable (Fixture  *f,
                JsStore **out_anonymous,
                JsStore **out_oksana)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsStore) anonymous = js_profiles_open (f->profiles, NULL, &error);
  g_autoptr(JsStore) oksana = js_profiles_open (f->profiles, OKSANA, &error);
  g_autoptr(JsJoblogEntry) draft = make_entry ("Halvfærdig");

  g_assert_no_error (error);
  save_entry (anonymous, "Lagerarbejder");
  save_entry (anonymous, "Kok");
  save_entry (anonymous, "Rengøring");
  g_assert_true (js_store_joblog_put_draft (anonymous, draft, &error));
  g_assert_true (js_store_exercise_record_attempt (anonymous, "mouse-click", 60, TRUE, NULL,
                                                   &error));
  g_assert_true (js_store_exercise_record_attempt (anonymous, "mouse-click", 0, FALSE, NULL,
                                                   &error));
  g_assert_true (js_store_exercise_record_attempt (anonymous, "typing-letters", 100, TRUE, NULL,
                                                   &error));
  g_assert_true (js_store_exercise_record_attempt (oksana, "mouse-click", 80, TRUE, NULL,
                                                   &error));
  save_entry (oksana, "Buschauffør");
  g_assert_no_error (error);

  *out_anonymous = g_steal_pointer (&anonymous);
  *out_oksana = g_steal_pointer (&oksana);
}

static void
assert_adopted (JsStore *anonymous,
                JsStore *oksana)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *all = titles (oksana);
  g_autoptr(JsExerciseProgress) click = js_store_exercise_lookup (oksana, "mouse-click", &error);
  g_autoptr(JsExerciseProgress) typing = js_store_exercise_lookup (oksana, "typing-letters",
                                                                   &error);
  g_autoptr(JsJoblogEntry) draft = js_store_joblog_get_draft (oksana, &error);
  g_autofree char *own_id = js_exercise_progress_id (OKSANA, "typing-letters");
  JsAdoptableCounts left;

  g_assert_no_error (error);
  g_assert_cmpstr (all, ==, "Buschauffør|Kok|Lagerarbejder|Rengøring");
  /* 1 attempt of hers, 2 made before: 3, the best result kept. */
  g_assert_cmpint (click->attempts, ==, 3);
  g_assert_cmpint (click->best_score, ==, 80);
  g_assert_cmpint (typing->attempts, ==, 1);
  g_assert_cmpstr (typing->id, ==, own_id);
  g_assert_cmpstr (js_joblog_entry_get_text (draft, JS_FIELD_TITLE), ==, "Halvfærdig");
  assert_journal_owned_by (oksana, js_store_get_owner (oksana));

  g_assert_true (js_store_count_adoptable (anonymous, &left, &error));
  g_assert_cmpuint (left.entries + left.exercises + left.drafts, ==, 0);
  g_assert_cmpint (js_store_journal_count (anonymous, NULL), ==, 0);
}

static void
test_adopt (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsStore) anonymous = NULL;
  g_autoptr(JsStore) oksana = NULL;
  JsAdoptableCounts counts;

  make_adoptable (f, &anonymous, &oksana);
  g_assert_true (js_store_count_adoptable (anonymous, &counts, &error));
  g_assert_cmpuint (counts.entries, ==, 3);
  g_assert_cmpuint (counts.exercises, ==, 2);
  g_assert_cmpuint (counts.drafts, ==, 1);

  g_assert_true (js_store_adopt (oksana, anonymous, &error));
  g_assert_no_error (error);
  assert_adopted (anonymous, oksana);
}

/* Stopped after the citizen's profile took everything and before the
 * anonymous one let go: the next offer takes nothing twice. */
static void
test_adopt_again_after_crash (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsStore) anonymous = NULL;
  g_autoptr(JsStore) oksana = NULL;
  g_autofree char *path = js_profiles_path (f->profiles, NULL);
  g_autofree char *copy = g_strconcat (path, ".before", NULL);
  g_autofree char *contents = NULL;
  gsize length;

  make_adoptable (f, &anonymous, &oksana);
  g_clear_object (&anonymous);
  g_assert_true (g_file_get_contents (path, &contents, &length, &error));

  anonymous = js_profiles_open_key (f->profiles, NULL, &error);
  g_assert_true (js_store_adopt (oksana, anonymous, &error));
  g_clear_object (&anonymous);

  /* The anonymous profile as it was before letting go. */
  g_assert_true (g_file_set_contents (path, contents, length, &error));
  anonymous = js_profiles_open_key (f->profiles, NULL, &error);
  g_assert_cmpint (js_store_joblog_count (anonymous, NULL), ==, 3);

  g_assert_true (js_store_adopt (oksana, anonymous, &error));
  g_assert_no_error (error);
  assert_adopted (anonymous, oksana);
}

static void
test_adopt_needs_a_citizen (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *other_dir = g_build_filename (f->dir, "elsewhere", "jobspor.db", NULL);
  g_autoptr(JsStore) anonymous = js_profiles_open (f->profiles, NULL, &error);
  g_autoptr(JsStore) unowned = js_store_open (other_dir, &error);

  save_entry (anonymous, "Lagerarbejder");
  g_assert_false (js_store_adopt (unowned, anonymous, &error));
  g_assert_error (error, JS_STORE_ERROR, JS_STORE_ERROR_INVALID);
  g_assert_cmpint (js_store_joblog_count (anonymous, NULL), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/profiles/key", test_key);
  ADD ("/profiles/current", test_current);
  ADD ("/profiles/separate", test_separate);
  ADD ("/profiles/wrong-folder", test_wrong_folder);
  ADD ("/profiles/journal-owner", test_journal_owner);
  ADD ("/profiles/migrate/citizen", test_migrate_citizen);
  ADD ("/profiles/migrate/anonymous", test_migrate_anonymous);
  ADD ("/profiles/migrate/nothing", test_migrate_nothing);
  ADD ("/profiles/adopt/all", test_adopt);
  ADD ("/profiles/adopt/again-after-crash", test_adopt_again_after_crash);
  ADD ("/profiles/adopt/needs-a-citizen", test_adopt_needs_a_citizen);

#undef ADD

  return g_test_run ();
}
