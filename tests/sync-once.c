/* sync-once.c: one sync of a profile, for the tests that kill it midway
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   sync-once DATABASE URL TOKEN OWNER
 */

#include "config.h"

#include "js-sync.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;

  if (argc != 5)
    {
      g_printerr ("usage: %s DATABASE URL TOKEN OWNER\n", argv[0]);
      return 2;
    }

  if (!js_sync_run (argv[1], argv[2], argv[3], argv[4], NULL, NULL, &error))
    {
      g_printerr ("sync failed: %s\n", error->message);
      return 1;
    }

  return 0;
}
