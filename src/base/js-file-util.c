/* js-file-util.c: removing a folder and all it holds
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <ftw.h>
#include <stdio.h>

#include "js-file-util.h"

#define OPEN_FDS 16

static int
remove_entry_cb (const char        *path,
                 const struct stat *info,
                 int                flag,
                 struct FTW        *ftw)
{
  /* Not followed, only removed: a link that points elsewhere. */
  if (remove (path) != 0 && errno != ENOENT)
    return errno;
  return 0;
}

/**
 * js_remove_tree:
 * @path: a folder (or a file)
 *
 * Removes @path and all it holds, never following a link; a path that is
 * not there is no error.
 */
gboolean
js_remove_tree (const char  *path,
                GError     **error)
{
  int failed;

  g_return_val_if_fail (path != NULL, FALSE);

  failed = nftw (path, remove_entry_cb, OPEN_FDS, FTW_DEPTH | FTW_PHYS);
  if (failed != 0 && !(failed == -1 && errno == ENOENT))
    {
      int code = failed > 0 ? failed : errno;

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (code),
                   "Could not remove %s: %s", path, g_strerror (code));
      return FALSE;
    }
  return TRUE;
}
