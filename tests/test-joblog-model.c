/* test-joblog-model.c: the job log as the list shows it
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "js-joblog-model.h"
#include "js-test-store.h"
#include "js-test-util.h"

typedef struct {
  JsTestStore t;
  guint       changes;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  js_test_store_set_up (&f->t, "jobspor-model");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  js_test_store_tear_down (&f->t);
}

static void
add (Fixture       *f,
     const char    *title,
     const char    *date,
     JsEntryStatus  status)
{
  g_autoptr(JsJoblogEntry) entry = js_joblog_entry_new ();
  g_autoptr(GError) error = NULL;
  GDate day;

  js_date_from_iso (date, &day);
  js_joblog_entry_set_date (entry, &day);
  js_joblog_entry_set_status (entry, status);
  js_joblog_entry_set_text (entry, JS_FIELD_TITLE, title);
  g_assert_true (js_store_joblog_save (f->t.store, entry, &error));
}

static char *
titles (GListModel *model)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(JsJoblogEntry) entry = g_list_model_get_item (model, i);

      g_string_append_printf (out, "%s%s", i > 0 ? "|" : "",
                              js_joblog_entry_get_text (entry, JS_FIELD_TITLE));
    }

  return g_string_free (out, FALSE);
}

static void
items_changed_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  Fixture    *f)
{
  f->changes++;
}

static void
set_text (JsJoblogModel *model,
          const char    *text,
          JsJoblogSort   sort)
{
  g_autoptr(GError) error = NULL;
  JsJoblogQuery query;

  js_joblog_query_init (&query);
  query.text = text;
  query.sort = sort;
  g_assert_true (js_joblog_model_set_query (model, &query, &error));
  g_assert_no_error (error);
}

static void
test_search_keeps_order (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(JsJoblogModel) model = js_joblog_model_new (f->t.store);
  g_autofree char *all = NULL;
  g_autofree char *lager = NULL;
  g_autofree char *oldest = NULL;
  g_autofree char *none = NULL;
  g_autofree char *back = NULL;

  add (f, "Lagerarbejder hos Coop", "2026-11-02", JS_ENTRY_STATUS_APPLIED);
  add (f, "Kok", "2026-11-20", JS_ENTRY_STATUS_INTERVIEW);
  add (f, "Lagerchef", "2026-11-12", JS_ENTRY_STATUS_REJECTED);
  add (f, "Chauffør", "2026-11-05", JS_ENTRY_STATUS_PLANNED);
  g_signal_connect (model, "items-changed", G_CALLBACK (items_changed_cb), f);

  set_text (model, NULL, JS_JOBLOG_SORT_NEWEST);
  all = titles (G_LIST_MODEL (model));
  g_assert_cmpstr (all, ==, "Kok|Lagerchef|Chauffør|Lagerarbejder hos Coop");

  /* Typing narrows the list and keeps its order. */
  set_text (model, "lag", JS_JOBLOG_SORT_NEWEST);
  lager = titles (G_LIST_MODEL (model));
  g_assert_cmpstr (lager, ==, "Lagerchef|Lagerarbejder hos Coop");

  set_text (model, "lag", JS_JOBLOG_SORT_OLDEST);
  oldest = titles (G_LIST_MODEL (model));
  g_assert_cmpstr (oldest, ==, "Lagerarbejder hos Coop|Lagerchef");

  set_text (model, "lagx", JS_JOBLOG_SORT_OLDEST);
  none = titles (G_LIST_MODEL (model));
  g_assert_cmpstr (none, ==, "");

  /* Clearing the words shows everything again. */
  set_text (model, "  ", JS_JOBLOG_SORT_NEWEST);
  back = titles (G_LIST_MODEL (model));
  g_assert_cmpstr (back, ==, all);
  g_assert_cmpuint (f->changes, ==, 5);
}

static void
test_reload_sees_changes (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(JsJoblogModel) model = js_joblog_model_new (f->t.store);
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(JsJoblogEntry) first = NULL;

  add (f, "Kok", "2026-11-20", JS_ENTRY_STATUS_APPLIED);
  set_text (model, "kok", JS_JOBLOG_SORT_NEWEST);
  add (f, "Kokkeelev", "2026-11-21", JS_ENTRY_STATUS_APPLIED);

  /* A search keeps its words across a reload after the log changed. */
  before = titles (G_LIST_MODEL (model));
  g_assert_cmpstr (before, ==, "Kok");
  g_assert_true (js_joblog_model_reload (model, &error));
  after = titles (G_LIST_MODEL (model));
  g_assert_cmpstr (after, ==, "Kokkeelev|Kok");

  /* An entry deleted since the query is an empty placeholder, never a crash. */
  first = g_list_model_get_item (G_LIST_MODEL (model), 0);
  g_assert_true (js_store_joblog_delete (f->t.store, first, &error));
  g_clear_object (&first);
  g_assert_true (js_joblog_model_reload (model, &error));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 1);
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (model), 1));
}

static void
test_dup_entries (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(JsJoblogModel) model = js_joblog_model_new (f->t.store);
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < 700; i++)
    {
      g_autofree char *title = g_strdup_printf ("Stilling %03u", i);
      g_autofree char *date = g_strdup_printf ("2026-%02u-%02u", 1 + i % 12, 1 + i % 28);

      add (f, title, date, JS_ENTRY_STATUS_APPLIED);
    }
  set_text (model, NULL, JS_JOBLOG_SORT_OLDEST);

  /* More than the cache holds: every entry, in order, exactly once. */
  entries = js_joblog_model_dup_entries (model, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (entries->len, ==, 700);
  for (guint i = 1; i < entries->len; i++)
    g_assert_cmpint (g_date_compare (js_joblog_entry_get_date (entries->pdata[i - 1]),
                                     js_joblog_entry_get_date (entries->pdata[i])), <=, 0);
  for (guint i = 0; i < 700; i++)
    {
      g_autoptr(JsJoblogEntry) item = g_list_model_get_item (G_LIST_MODEL (model), i);

      g_assert_cmpstr (js_joblog_entry_get_id (item), ==,
                       js_joblog_entry_get_id (entries->pdata[i]));
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/joblog/model/search-keeps-order", test_search_keeps_order);
  ADD ("/joblog/model/reload-sees-changes", test_reload_sees_changes);
  ADD ("/joblog/model/dup-entries", test_dup_entries);

#undef ADD

  return g_test_run ();
}
