/* js-sync-status.h: the sync state in words, and errors in plain words
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "js-sync-engine.h"

G_BEGIN_DECLS

/**
 * JsSyncStatus:
 * @configured: whether a jobcenter is set up at all
 * @signed_in: whether a citizen's profile is open
 * @state: what the sync does
 * @waiting: changes waiting to be sent
 * @last_sync: (nullable): when the last sync completed
 * @retry_at: (nullable): when the next try is, after a failure
 * @error: (nullable): what went wrong
 * @now: the time to say "2 minutes ago" against
 */
typedef struct {
  gboolean      configured;
  gboolean      signed_in;
  JsSyncState   state;
  gint64        waiting;
  GDateTime    *last_sync;
  GDateTime    *retry_at;
  const GError *error;
  GDateTime    *now;
  gboolean      shared_pc;  /* nothing is kept when the session ends */
} JsSyncStatus;

char       *js_sync_status_describe (const JsSyncStatus *status);
char       *js_sync_status_text  (JsSyncEngine *engine,
                                  gboolean      signed_in,
                                  gboolean      shared_pc);
const char *js_sync_error_words  (const GError *error);

G_END_DECLS
