/* js-test-store.c: a fresh profile store in a folder of its own, for tests
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "js-store-sync.h"
#include "js-test-store.h"
#include "js-test-util.h"

/* Applies a page of one change from the jobcenter; @record (taken) NULL:
 * the record was deleted there. */
void
js_test_store_pull (JsStore    *store,
                    const char *entity,
                    const char *id,
                    gint64      revision,
                    JsonNode   *record)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsChangesPage) page = js_changes_page_new ();
  JsChange *change = g_new0 (JsChange, 1);

  change->entity = g_strdup (entity);
  change->record_id = g_strdup (id);
  change->revision = revision;
  change->deleted = record == NULL;
  change->record = record;
  g_ptr_array_add (page->changes, change);
  page->cursor = g_strdup_printf ("%" G_GINT64_FORMAT, revision);

  g_assert_true (js_store_sync_apply_page (store, page, &error));
  g_assert_no_error (error);
}

/* Makes a folder named after @name and opens a new store in it. */
void
js_test_store_set_up (JsTestStore *test,
                      const char  *name)
{
  g_autoptr(GError) error = NULL;

  test->dir = js_test_make_dir (name);
  test->path = g_build_filename (test->dir, "jobspor.db", NULL);
  test->store = js_store_open (test->path, &error);
  g_assert_no_error (error);
}

/* Closes the store and removes its folder with everything in it. */
void
js_test_store_tear_down (JsTestStore *test)
{
  g_clear_object (&test->store);
  js_test_remove_tree (test->dir);
  g_clear_pointer (&test->dir, g_free);
  g_clear_pointer (&test->path, g_free);
}
