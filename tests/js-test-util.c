/* js-test-util.c: what several unit tests need
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "js-test-util.h"

void
js_test_set_date (GDate *date,
                  guint  day,
                  guint  month,
                  guint  year)
{
  g_date_clear (date, 1);
  g_date_set_dmy (date, day, month, year);
}

/* A new temporary folder; @name is a prefix such as "jobspor-store". */
char *
js_test_make_dir (const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *template = g_strconcat (name, "-XXXXXX", NULL);
  char *dir = g_dir_make_tmp (template, &error);

  g_assert_no_error (error);
  return dir;
}

void
js_test_remove_tree (const char *path)
{
  if (g_file_test (path, G_FILE_TEST_IS_DIR) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK))
    {
      g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
      const char *name;

      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          js_test_remove_tree (child);
        }
    }

  g_remove (path);
}

/* For g_ptr_array_sort_with_data() over an array of strings. */
int
js_test_compare_strings (gconstpointer a,
                         gconstpointer b,
                         gpointer      data)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

/**
 * js_test_wait_frames:
 * @frames: how many frames, of 20 ms each, to let pass
 *
 * Runs the main loop while @frames frames pass: what GTK does in a frame
 * (laying out a page just shown, moving a lost focus) is done after it.
 */
void
js_test_wait_frames (guint frames)
{
  for (guint i = 0; i < frames; i++)
    {
      while (g_main_context_iteration (NULL, FALSE))
        ;
      g_usleep (20000);
    }
  while (g_main_context_iteration (NULL, FALSE))
    ;
}
