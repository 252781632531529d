/* js-test-store.c: a fresh profile store in a folder of its own, for tests
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "js-test-store.h"
#include "js-test-util.h"

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
