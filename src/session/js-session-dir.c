/* js-session-dir.c: the folder a shared-PC session keeps everything in
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * On a shared PC, a citizen's profile (job log, plan, meetings, progress,
 * the sync journal) lives in a folder of its own, made with mode 0700 in
 * the user's runtime folder ($XDG_RUNTIME_DIR: in memory, emptied by the
 * system at log-out and reboot; inside Flatpak, the app's own part of
 * it). Jobspor removes the folder when the session ends, and every
 * session folder it finds at start, left by a crash or a power cut,
 * before it does anything else.
 */

#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>

#include "js-file-util.h"
#include "js-session-dir.h"

/**
 * js_session_root:
 *
 * Returns: (transfer full): the folder the sessions are made in
 */
char *
js_session_root (void)
{
  return g_build_filename (g_get_user_runtime_dir (), "jobspor-sessions", NULL);
}

static gboolean
make_root (const char  *root,
           GError     **error)
{
  if (g_mkdir_with_parents (root, 0700) != 0 || g_chmod (root, 0700) != 0)
    {
      int code = errno;

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (code),
                   "Could not make %s: %s", root, g_strerror (code));
      return FALSE;
    }
  return TRUE;
}

/**
 * js_session_wipe_all:
 * @root: the folder of the sessions (js_session_root())
 *
 * Removes every session in @root: at start, what a crash or a power cut
 * left behind.
 */
gboolean
js_session_wipe_all (const char  *root,
                     GError     **error)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  if (!make_root (root, error) || !(dir = g_dir_open (root, 0, error)))
    return FALSE;

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (root, name, NULL);

      if (!js_remove_tree (path, error))
        return FALSE;
    }
  return TRUE;
}

/**
 * js_session_dir_new:
 * @root: the folder of the sessions (js_session_root())
 *
 * Returns: (transfer full): a new, empty session folder of mode 0700
 */
char *
js_session_dir_new (const char  *root,
                    GError     **error)
{
  g_autofree char *template = g_build_filename (root, "session-XXXXXX", NULL);

  if (!make_root (root, error))
    return NULL;
  if (g_mkdtemp_full (template, 0700) == NULL)
    {
      int code = errno;

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (code),
                   "Could not make a session folder in %s: %s", root, g_strerror (code));
      return NULL;
    }
  return g_steal_pointer (&template);
}
