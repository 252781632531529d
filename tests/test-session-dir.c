/* test-session-dir.c: a shared-PC session's folder, made private and wiped
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <sys/stat.h>

#include "js-file-util.h"
#include "js-session-dir.h"
#include "js-test-util.h"

static guint
mode_of (const char *path)
{
  GStatBuf info;

  g_assert_cmpint (g_lstat (path, &info), ==, 0);
  return info.st_mode & 0777;
}

static void
write_file (const char *dir,
            const char *name,
            const char *contents)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autofree char *parent = g_path_get_dirname (path);

  g_assert_cmpint (g_mkdir_with_parents (parent, 0700), ==, 0);
  g_assert_true (g_file_set_contents (path, contents, -1, NULL));
}

/* Made private; removed whole, links removed but never followed. */
static void
test_made_and_removed (void)
{
  g_autofree char *base = js_test_make_dir ("jobspor-test-session");
  g_autofree char *root = g_build_filename (base, "runtime", "jobspor-sessions", NULL);
  g_autofree char *outside = g_build_filename (base, "outside.txt", NULL);
  g_autofree char *link = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = js_session_dir_new (root, &error);

  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (dir, root));
  g_assert_cmpuint (mode_of (root), ==, 0700);
  g_assert_cmpuint (mode_of (dir), ==, 0700);

  g_assert_true (g_file_set_contents (outside, "not the session's", -1, NULL));
  write_file (dir, "profiles/abc/jobspor.db", "MARKER");
  write_file (dir, "profiles/abc/jobspor.db-wal", "MARKER");
  link = g_build_filename (dir, "profiles", "link", NULL);
  g_assert_cmpint (symlink (outside, link), ==, 0);

  g_assert_true (js_remove_tree (dir, &error));
  g_assert_no_error (error);
  g_assert_false (g_file_test (dir, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (outside, G_FILE_TEST_IS_REGULAR));

  /* Already gone: nothing to do. */
  g_assert_true (js_remove_tree (dir, &error));
  g_assert_no_error (error);

  js_test_remove_tree (base);
}

/* At start, what a crash left behind goes before anything else. */
static void
test_stale_wiped (void)
{
  g_autofree char *base = js_test_make_dir ("jobspor-test-session");
  g_autofree char *root = g_build_filename (base, "jobspor-sessions", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *first = js_session_dir_new (root, &error);
  g_autofree char *second = js_session_dir_new (root, &error);
  g_autoptr(GDir) left = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (first, !=, second);
  write_file (first, "profiles/x/jobspor.db", "MARKER");
  write_file (second, "token", "MARKER");

  g_assert_true (js_session_wipe_all (root, &error));
  g_assert_no_error (error);
  left = g_dir_open (root, 0, &error);
  g_assert_no_error (error);
  g_assert_null (g_dir_read_name (left));

  js_test_remove_tree (base);
}

static void
test_root_is_runtime (void)
{
  g_autofree char *root = js_session_root ();

  g_assert_true (g_str_has_prefix (root, g_get_user_runtime_dir ()));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/session/dir/made-and-removed", test_made_and_removed);
  g_test_add_func ("/session/dir/stale-wiped", test_stale_wiped);
  g_test_add_func ("/session/dir/root-is-runtime", test_root_is_runtime);

  return g_test_run ();
}
