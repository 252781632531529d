/* test-store-joblog.c: saving, finding and deleting job-log entries
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "js-store-joblog.h"
#include "js-store-private.h"
#include "js-store-sync.h"
#include "js-test-store.h"
#include "js-test-util.h"

typedef struct {
  JsTestStore t;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  js_test_store_set_up (&f->t, "jobspor-joblog");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  js_test_store_tear_down (&f->t);
}

static JsJoblogEntry *
make_entry (const char    *title,
            const char    *employer,
            const char    *date,
            JsEntryKind    kind,
            JsEntryStatus  status)
{
  JsJoblogEntry *entry = js_joblog_entry_new ();
  GDate day;

  g_assert_true (js_date_from_iso (date, &day));
  js_joblog_entry_set_kind (entry, kind);
  js_joblog_entry_set_status (entry, status);
  js_joblog_entry_set_date (entry, &day);
  js_joblog_entry_set_text (entry, JS_FIELD_TITLE, title);
  js_joblog_entry_set_text (entry, JS_FIELD_EMPLOYER, employer);
  js_joblog_entry_set_text (entry, JS_FIELD_SOURCE, "Jobnet");
  return entry;
}

static void
save (Fixture       *f,
      JsJoblogEntry *entry)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (js_store_joblog_save (f->t.store, entry, &error));
  g_assert_no_error (error);
}

static GPtrArray *
find_titles (Fixture             *f,
             const JsJoblogQuery *query)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) rowids = js_store_joblog_find (f->t.store, query, &error);
  GPtrArray *titles = g_ptr_array_new_with_free_func (g_free);

  g_assert_no_error (error);
  for (guint i = 0; i < rowids->len; i++)
    {
      g_autoptr(JsJoblogEntry) entry =
        js_store_joblog_load (f->t.store, g_array_index (rowids, gint64, i), &error);

      g_assert_no_error (error);
      g_ptr_array_add (titles, g_strdup (js_joblog_entry_get_text (entry, JS_FIELD_TITLE)));
    }
  g_ptr_array_add (titles, NULL);
  return titles;
}

static void
assert_titles (Fixture             *f,
               const JsJoblogQuery *query,
               const char * const  *expected)
{
  g_autoptr(GPtrArray) titles = find_titles (f, query);
  g_autofree char *got = g_strjoinv (" | ", (char **) titles->pdata);
  g_autofree char *want = g_strjoinv (" | ", (char **) expected);

  g_assert_cmpstr (got, ==, want);
}

static void
test_save_and_journal (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsJoblogEntry) entry =
    make_entry ("Lagerarbejder", "Coop", "2026-11-20", JS_ENTRY_KIND_ADVERTISED,
                JS_ENTRY_STATUS_APPLIED);
  g_autoptr(JsJoblogEntry) loaded = NULL;
  g_autoptr(GPtrArray) ops = NULL;
  JsJournalOp *op;

  save (f, entry);
  g_assert_cmpint (js_joblog_entry_get_revision (entry), ==, 1);

  js_joblog_entry_set_text (entry, JS_FIELD_NOTES, "Ringede til Mette — مقابلة 🙂");
  save (f, entry);
  g_assert_cmpint (js_joblog_entry_get_revision (entry), ==, 2);

  loaded = js_store_joblog_lookup (f->t.store, js_joblog_entry_get_id (entry), &error);
  g_assert_no_error (error);
  g_assert_true (js_joblog_entry_equal (loaded, entry));
  g_assert_cmpint (js_joblog_entry_get_revision (loaded), ==, 2);
  g_assert_cmpint (js_store_joblog_count (f->t.store, NULL), ==, 1);

  /* Each change is in the journal, with the record's revision. */
  ops = js_store_journal_peek (f->t.store, 10, &error);
  g_assert_cmpuint (ops->len, ==, 2);
  op = g_ptr_array_index (ops, 1);
  g_assert_cmpstr (op->entity, ==, JS_JOBLOG_ENTITY);
  g_assert_cmpstr (op->record_id, ==, js_joblog_entry_get_id (entry));
  /* Both changes were made on what the jobcenter has not seen yet. */
  g_assert_cmpint (op->base_revision, ==, 0);
  g_assert_cmpint (op->action, ==, JS_JOURNAL_PUT);
  g_assert_nonnull (strstr (op->payload, "Ringede til Mette"));
}

static void
test_delete_and_undo (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsJoblogEntry) entry =
    make_entry ("Pædagogmedhjælper", "Københavns Kommune", "2026-11-18",
                JS_ENTRY_KIND_UNSOLICITED, JS_ENTRY_STATUS_APPLIED);
  g_autoptr(JsJoblogEntry) gone = NULL;
  g_autoptr(JsJoblogEntry) back = NULL;
  g_autoptr(GPtrArray) ops = NULL;

  save (f, entry);
  g_assert_true (js_store_joblog_delete (f->t.store, entry, &error));
  g_assert_no_error (error);
  gone = js_store_joblog_lookup (f->t.store, js_joblog_entry_get_id (entry), &error);
  g_assert_no_error (error);
  g_assert_null (gone);
  g_assert_cmpint (js_store_joblog_count (f->t.store, NULL), ==, 0);

  /* Deleting twice is refused and journals nothing more. */
  g_assert_false (js_store_joblog_delete (f->t.store, entry, &error));
  g_assert_error (error, JS_STORE_ERROR, JS_STORE_ERROR_INVALID);
  g_clear_error (&error);

  /* Undo: the same entry, same ID, a newer revision. */
  save (f, entry);
  back = js_store_joblog_lookup (f->t.store, js_joblog_entry_get_id (entry), &error);
  g_assert_true (js_joblog_entry_equal (back, entry));
  g_assert_cmpint (js_joblog_entry_get_revision (back), ==, 3);

  ops = js_store_journal_peek (f->t.store, 10, &error);
  g_assert_cmpuint (ops->len, ==, 3);
  g_assert_cmpint (((JsJournalOp *) g_ptr_array_index (ops, 1))->action, ==, JS_JOURNAL_DELETE);
  g_assert_cmpint (((JsJournalOp *) g_ptr_array_index (ops, 1))->base_revision, ==, 0);
  g_assert_cmpint (((JsJournalOp *) g_ptr_array_index (ops, 2))->action, ==, JS_JOURNAL_PUT);
}

static void
test_save_refuses_undated (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsJoblogEntry) entry = js_joblog_entry_new ();

  js_joblog_entry_set_text (entry, JS_FIELD_TITLE, "No date");
  g_assert_false (js_store_joblog_save (f->t.store, entry, &error));
  g_assert_error (error, JS_STORE_ERROR, JS_STORE_ERROR_INVALID);
  g_assert_cmpint (js_joblog_entry_get_revision (entry), ==, 0);
  g_assert_cmpint (js_store_journal_count (f->t.store, NULL), ==, 0);
}

static void
fill_log (Fixture *f)
{
  static const struct {
    const char    *title;
    const char    *employer;
    const char    *date;
    JsEntryKind    kind;
    JsEntryStatus  status;
  } rows[] = {
    { "Lagerarbejder", "Coop Danmark", "2026-11-02", JS_ENTRY_KIND_ADVERTISED,
      JS_ENTRY_STATUS_REJECTED },
    { "Buschauffør", "Movia", "2026-11-10", JS_ENTRY_KIND_ADVERTISED, JS_ENTRY_STATUS_INTERVIEW },
    { "Rengøringsassistent", "ISS Århus", "2026-11-16", JS_ENTRY_KIND_UNSOLICITED,
      JS_ENTRY_STATUS_APPLIED },
    { "Jobmesse i Bella Center", "", "2026-11-17", JS_ENTRY_KIND_EVENT, JS_ENTRY_STATUS_APPLIED },
    { "Прибиральниця", "Hotel d'Angleterre", "2026-11-18", JS_ENTRY_KIND_ADVERTISED,
      JS_ENTRY_STATUS_PLANNED },
    { "مساعد مطبخ", "Restaurant Kebabistan", "2026-11-19", JS_ENTRY_KIND_ADVERTISED,
      JS_ENTRY_STATUS_APPLIED },
  };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_autoptr(JsJoblogEntry) entry =
        make_entry (rows[i].title, rows[i].employer, rows[i].date, rows[i].kind, rows[i].status);
      save (f, entry);
    }
}

static void
test_find_sort_and_filter (Fixture       *f,
                           gconstpointer  data)
{
  JsJoblogQuery query;

  fill_log (f);
  js_joblog_query_init (&query);
  assert_titles (f, &query, (const char *[]) { "مساعد مطبخ", "Прибиральниця",
                 "Jobmesse i Bella Center", "Rengøringsassistent", "Buschauffør",
                 "Lagerarbejder", NULL });

  query.sort = JS_JOBLOG_SORT_OLDEST;
  query.kinds = 1u << JS_ENTRY_KIND_UNSOLICITED | 1u << JS_ENTRY_KIND_EVENT;
  assert_titles (f, &query, (const char *[]) { "Rengøringsassistent", "Jobmesse i Bella Center",
                 NULL });

  js_joblog_query_init (&query);
  query.sort = JS_JOBLOG_SORT_STATUS;
  query.statuses = 1u << JS_ENTRY_STATUS_PLANNED | 1u << JS_ENTRY_STATUS_INTERVIEW |
                   1u << JS_ENTRY_STATUS_REJECTED;
  assert_titles (f, &query, (const char *[]) { "Прибиральниця", "Buschauffør", "Lagerarbejder",
                 NULL });

  js_joblog_query_init (&query);
  js_date_from_iso ("2026-11-10", &query.from);
  js_date_from_iso ("2026-11-17", &query.to);
  assert_titles (f, &query, (const char *[]) { "Jobmesse i Bella Center", "Rengøringsassistent",
                 "Buschauffør", NULL });
}

static void
test_find_text (Fixture       *f,
                gconstpointer  data)
{
  JsJoblogQuery query;

  fill_log (f);
  js_joblog_query_init (&query);

  /* Word starts, any case, in title or employer; several words all match. */
  query.text = "lager";
  assert_titles (f, &query, (const char *[]) { "Lagerarbejder", NULL });
  query.text = "  BUS  ";
  assert_titles (f, &query, (const char *[]) { "Buschauffør", NULL });
  query.text = "coop dan";
  assert_titles (f, &query, (const char *[]) { "Lagerarbejder", NULL });
  query.text = "coop movia";
  assert_titles (f, &query, (const char *[]) { NULL });
  query.text = "прибир";
  assert_titles (f, &query, (const char *[]) { "Прибиральниця", NULL });
  query.text = "مطبخ";
  assert_titles (f, &query, (const char *[]) { "مساعد مطبخ", NULL });
  /* Diacritics are not needed, and quotes or symbols are harmless. */
  query.text = "arhus";
  assert_titles (f, &query, (const char *[]) { "Rengøringsassistent", NULL });
  query.text = "d'Angleterre \"";
  assert_titles (f, &query, (const char *[]) { "Прибиральниця", NULL });
  query.text = "\" * OR NEAR( - ";
  assert_titles (f, &query, (const char *[]) { NULL });
  /* Only symbols: nothing to search for, so everything is shown. */
  query.text = "\" * ( - ";
  assert_titles (f, &query, (const char *[]) { "مساعد مطبخ", "Прибиральниця",
                 "Jobmesse i Bella Center", "Rengøringsassistent", "Buschauffør",
                 "Lagerarbejder", NULL });
}

static void
test_search_follows_edits (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(JsJoblogEntry) entry =
    make_entry ("Kok", "Noma", "2026-11-20", JS_ENTRY_KIND_ADVERTISED, JS_ENTRY_STATUS_APPLIED);
  g_autoptr(GError) error = NULL;
  JsJoblogQuery query;

  save (f, entry);
  js_joblog_query_init (&query);
  query.text = "noma";
  assert_titles (f, &query, (const char *[]) { "Kok", NULL });

  js_joblog_entry_set_text (entry, JS_FIELD_EMPLOYER, "Geranium");
  js_joblog_entry_set_text (entry, JS_FIELD_NOTES, "Samtale torsdag");
  save (f, entry);
  assert_titles (f, &query, (const char *[]) { NULL });
  query.text = "torsdag";
  assert_titles (f, &query, (const char *[]) { "Kok", NULL });

  g_assert_true (js_store_joblog_delete (f->t.store, entry, &error));
  assert_titles (f, &query, (const char *[]) { NULL });
}

static guint
count_found (JsStore    *store,
             const char *text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) rowids = NULL;
  JsJoblogQuery query;

  js_joblog_query_init (&query);
  query.text = text;
  rowids = js_store_joblog_find (store, &query, &error);
  g_assert_no_error (error);
  return rowids->len;
}

static gboolean
save_many (JsTxn     *txn,
           gpointer   user_data,
           GError   **error)
{
  for (guint i = 0; i < 300; i++)
    {
      g_autofree char *title = g_strdup_printf ("Lagerarbejder %03u", i);
      g_autoptr(JsJoblogEntry) entry =
        make_entry (title, "Coop", "2026-11-20", JS_ENTRY_KIND_ADVERTISED,
                    JS_ENTRY_STATUS_APPLIED);

      if (!js_txn_joblog_save (txn, entry, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
save_then_fail (JsTxn     *txn,
                gpointer   user_data,
                GError   **error)
{
  g_autoptr(JsJoblogEntry) entry =
    make_entry ("Bager", "Lagkagehuset", "2026-11-21", JS_ENTRY_KIND_ADVERTISED,
                JS_ENTRY_STATUS_APPLIED);

  if (!js_txn_joblog_save (txn, entry, error))
    return FALSE;
  g_set_error_literal (error, JS_STORE_ERROR, JS_STORE_ERROR_INVALID, "Stopped on purpose");
  return FALSE;
}

/* The words go to the index once per transaction (migration 9): entries
 * indexed before (by the old triggers) are still found and follow edits;
 * 300 entries in one transaction are all found; a transaction that fails
 * leaves nothing behind for the next to index. */
static void
test_search_index_per_transaction (Fixture       *f,
                                   gconstpointer  data)
{
  g_autofree char *path = g_strconcat (f->t.path, ".v8", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(JsJoblogEntry) entry =
    make_entry ("Kok", "Noma", "2026-11-20", JS_ENTRY_KIND_ADVERTISED, JS_ENTRY_STATUS_APPLIED);
  g_autoptr(JsJoblogEntry) later =
    make_entry ("Tjener", "Geranium", "2026-11-22", JS_ENTRY_KIND_ADVERTISED,
                JS_ENTRY_STATUS_APPLIED);
  JsStore *store = _js_store_open_at_version (path, 8, &error);

  g_assert_no_error (error);
  g_assert_true (js_store_joblog_save (store, entry, &error));
  g_assert_cmpuint (count_found (store, "noma"), ==, 1);
  g_object_unref (store);

  store = js_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (count_found (store, "noma"), ==, 1);
  js_joblog_entry_set_text (entry, JS_FIELD_EMPLOYER, "Alchemist");
  g_assert_true (js_store_joblog_save (store, entry, &error));
  g_assert_cmpuint (count_found (store, "noma"), ==, 0);
  g_assert_cmpuint (count_found (store, "alchemist"), ==, 1);

  g_assert_true (js_store_transaction (store, save_many, NULL, &error));
  g_assert_cmpuint (count_found (store, "lagerarbejder"), ==, 300);
  g_assert_cmpuint (count_found (store, "lager coop"), ==, 300);

  g_assert_false (js_store_transaction (store, save_then_fail, NULL, &error));
  g_assert_error (error, JS_STORE_ERROR, JS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (js_store_joblog_save (store, later, &error));
  g_assert_cmpuint (count_found (store, "lagkagehuset"), ==, 0);
  g_assert_cmpuint (count_found (store, "geranium"), ==, 1);

  g_assert_true (js_store_joblog_delete (store, later, &error));
  g_assert_cmpuint (count_found (store, "geranium"), ==, 0);
  g_object_unref (store);
}

static void
test_week_counts (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  GDate monday;
  GDate sunday;
  GDate last;

  g_assert_true (js_store_joblog_last_date (f->t.store, &last, &error));
  g_assert_false (g_date_valid (&last));

  fill_log (f);
  /* Week 47 of 2026: 16–22 November. Planned entries and events do not
   * count as applications. */
  js_date_from_iso ("2026-11-16", &monday);
  js_date_from_iso ("2026-11-22", &sunday);
  g_assert_cmpint (js_store_joblog_count_applications (f->t.store, &monday, &sunday, &error), ==,
                   2);
  g_assert_no_error (error);

  g_assert_true (js_store_joblog_last_date (f->t.store, &last, &error));
  g_assert_cmpuint (g_date_get_day (&last), ==, 19);
}

static void
test_drafts (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsJoblogEntry) typed = js_joblog_entry_new ();
  g_autoptr(JsJoblogEntry) draft = NULL;
  g_autoptr(JsJoblogEntry) none = NULL;
  GDate today;

  draft = js_store_joblog_get_draft (f->t.store, &error);
  g_assert_no_error (error);
  g_assert_null (draft);

  /* Half filled in: no date yet, text in three scripts. */
  js_joblog_entry_set_text (typed, JS_FIELD_TITLE, "Kassemedarbejder — касир — أمين صندوق");
  g_assert_true (js_store_joblog_put_draft (f->t.store, typed, &error));
  g_clear_object (&f->t.store);
  f->t.store = js_store_open (f->t.path, &error);

  draft = js_store_joblog_get_draft (f->t.store, &error);
  g_assert_no_error (error);
  g_assert_true (js_joblog_entry_equal (draft, typed));
  g_assert_cmpint (js_store_journal_count (f->t.store, NULL), ==, 0);

  /* Saving the entry drops its draft in the same transaction. */
  js_date_from_iso ("2026-11-20", &today);
  js_joblog_entry_set_date (draft, &today);
  save (f, draft);
  none = js_store_joblog_get_draft (f->t.store, &error);
  g_assert_null (none);
}

static JsonNode *
as_record (JsJoblogEntry *entry)
{
  g_autofree char *json = js_joblog_entry_to_json (entry);

  return json_from_string (json, NULL);
}

/* The citizen's own entry comes back with the next pull at the revision
 * the jobcenter gave it: nothing is written again (the search index is
 * left alone); a later revision from another PC is taken. */
static void
test_own_change_comes_back (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsJoblogEntry) entry = make_entry ("Lagerarbejder", "Coop", "2026-11-20",
                                               JS_ENTRY_KIND_ADVERTISED,
                                               JS_ENTRY_STATUS_APPLIED);
  g_autoptr(GPtrArray) batch = NULL;
  g_autoptr(GPtrArray) results = g_ptr_array_new_with_free_func (
    (GDestroyNotify) js_push_result_free);
  g_autoptr(JsJoblogEntry) after = NULL;
  g_autoptr(JsJoblogEntry) later = NULL;
  const char *id = js_joblog_entry_get_id (entry);
  JsPushResult *applied = g_new0 (JsPushResult, 1);
  gint64 revision;

  save (f, entry);
  batch = js_store_sync_next_batch (f->t.store, js_store_get_owner (f->t.store), 10, &error);
  g_assert_cmpuint (batch->len, ==, 1);
  applied->op_id = g_strdup (((JsJournalOp *) batch->pdata[0])->op_id);
  applied->status = JS_PUSH_APPLIED;
  applied->revision = 1;
  g_ptr_array_add (results, applied);
  g_assert_true (js_store_sync_apply_results (f->t.store, batch, results, NULL, NULL, &error));
  g_assert_no_error (error);
  {
    g_autoptr(JsJoblogEntry) sent = js_store_joblog_lookup (f->t.store, id, &error);

    revision = js_joblog_entry_get_revision (sent);
  }

  /* Revision 1 again, its text changed on the way: not written. */
  js_joblog_entry_set_text (entry, JS_FIELD_TITLE, "Ændret undervejs");
  js_test_store_pull (f->t.store, "joblog-entry", id, 1, as_record (entry));
  after = js_store_joblog_lookup (f->t.store, id, &error);
  g_assert_cmpstr (js_joblog_entry_get_text (after, JS_FIELD_TITLE), ==, "Lagerarbejder");
  g_assert_cmpint (js_joblog_entry_get_revision (after), ==, revision);

  /* Revision 2, from another PC: taken. */
  js_joblog_entry_set_text (entry, JS_FIELD_TITLE, "Lagerarbejder, nat");
  js_test_store_pull (f->t.store, "joblog-entry", id, 2, as_record (entry));
  later = js_store_joblog_lookup (f->t.store, id, &error);
  g_assert_cmpstr (js_joblog_entry_get_text (later, JS_FIELD_TITLE), ==, "Lagerarbejder, nat");
}

static gint64
search_index_rows (Fixture *f)
{
  sqlite3_stmt *stmt = NULL;
  gint64 rows;

  g_assert_cmpint (sqlite3_prepare_v2 (_js_store_get_db (f->t.store),
                                       "SELECT count(*) FROM joblog_search_data;", -1, &stmt,
                                       NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  rows = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return rows;
}

/* The jobcenter's answer to a push notes its revision on each entry
 * without writing the entries' words to the search index again (for a
 * push of thousands of entries, that was most of the time it took);
 * the entries are found as before, an edit made while the push was under
 * way and one made afterwards are made on the jobcenter's revision. */
static void
test_answer_leaves_search_index (Fixture       *f,
                                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) batch = NULL;
  g_autoptr(GPtrArray) next = NULL;
  g_autoptr(GPtrArray) results = g_ptr_array_new_with_free_func (
    (GDestroyNotify) js_push_result_free);
  g_autoptr(GPtrArray) waiting = NULL;
  g_autoptr(JsJoblogEntry) entry = NULL;
  g_autoptr(JsJoblogEntry) later = NULL;
  JsJoblogQuery query;
  gint64 rows;

  fill_log (f);
  batch = js_store_sync_next_batch (f->t.store, js_store_get_owner (f->t.store), 100, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (batch->len, >, 1);
  /* An edit made while the push was under way waits for the next one. */
  later = js_store_joblog_lookup (f->t.store, ((JsJournalOp *) batch->pdata[1])->record_id,
                                  &error);
  js_joblog_entry_set_text (later, JS_FIELD_NOTES, "Samtale fredag");
  save (f, later);
  for (guint i = 0; i < batch->len; i++)
    {
      JsPushResult *applied = g_new0 (JsPushResult, 1);

      applied->op_id = g_strdup (((JsJournalOp *) batch->pdata[i])->op_id);
      applied->status = JS_PUSH_APPLIED;
      applied->revision = 1;
      g_ptr_array_add (results, applied);
    }

  rows = search_index_rows (f);
  g_assert_true (js_store_sync_apply_results (f->t.store, batch, results, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (search_index_rows (f), ==, rows);
  /* Only the edit made meanwhile waits, now on the jobcenter's revision. */
  waiting = js_store_journal_peek (f->t.store, 10, &error);
  g_assert_cmpuint (waiting->len, ==, 1);
  g_assert_cmpstr (((JsJournalOp *) waiting->pdata[0])->record_id, ==,
                   js_joblog_entry_get_id (later));
  g_assert_cmpint (((JsJournalOp *) waiting->pdata[0])->base_revision, ==, 1);
  g_assert_true (js_store_journal_ack (f->t.store, (const char *[]) {
                                         ((JsJournalOp *) waiting->pdata[0])->op_id, NULL },
                                       &error));

  js_joblog_query_init (&query);
  query.text = "movia";
  assert_titles (f, &query, (const char *[]) { "Buschauffør", NULL });

  entry = js_store_joblog_lookup (f->t.store, ((JsJournalOp *) batch->pdata[0])->record_id,
                                  &error);
  js_joblog_entry_set_text (entry, JS_FIELD_NOTES, "Ringer igen");
  save (f, entry);
  next = js_store_sync_next_batch (f->t.store, js_store_get_owner (f->t.store), 100, &error);
  g_assert_cmpuint (next->len, ==, 1);
  g_assert_cmpint (((JsJournalOp *) next->pdata[0])->base_revision, ==, 1);
}

/* A push sends the oldest operation of each record, as many records as
 * asked for, however many later edits of one record wait before the
 * others. */
static void
test_batch_one_per_record (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsJoblogEntry) often = make_entry ("Kok", "Noma", "2026-11-20",
                                               JS_ENTRY_KIND_ADVERTISED, JS_ENTRY_STATUS_APPLIED);
  g_autoptr(JsJoblogEntry) once = make_entry ("Tjener", "Geranium", "2026-11-21",
                                              JS_ENTRY_KIND_ADVERTISED, JS_ENTRY_STATUS_APPLIED);
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GPtrArray) batch = NULL;

  for (guint i = 0; i < 30; i++)
    {
      g_autofree char *notes = g_strdup_printf ("Ændring %u", i);

      js_joblog_entry_set_text (often, JS_FIELD_NOTES, notes);
      save (f, often);
    }
  save (f, once);

  all = js_store_journal_peek (f->t.store, 100, &error);
  batch = js_store_sync_next_batch (f->t.store, js_store_get_owner (f->t.store), 2, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (batch->len, ==, 2);
  g_assert_cmpstr (((JsJournalOp *) batch->pdata[0])->op_id, ==,
                   ((JsJournalOp *) all->pdata[0])->op_id);
  g_assert_cmpstr (((JsJournalOp *) batch->pdata[1])->record_id, ==,
                   js_joblog_entry_get_id (once));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/store/joblog/save-and-journal", test_save_and_journal);
  ADD ("/store/joblog/own-change-comes-back", test_own_change_comes_back);
  ADD ("/store/joblog/answer-leaves-search-index", test_answer_leaves_search_index);
  ADD ("/store/joblog/batch-one-per-record", test_batch_one_per_record);
  ADD ("/store/joblog/delete-and-undo", test_delete_and_undo);
  ADD ("/store/joblog/save-refuses-undated", test_save_refuses_undated);
  ADD ("/store/joblog/find-sort-and-filter", test_find_sort_and_filter);
  ADD ("/store/joblog/find-text", test_find_text);
  ADD ("/store/joblog/search-follows-edits", test_search_follows_edits);
  ADD ("/store/joblog/search-index-per-transaction", test_search_index_per_transaction);
  ADD ("/store/joblog/week-counts", test_week_counts);
  ADD ("/store/joblog/drafts", test_drafts);

#undef ADD

  return g_test_run ();
}
