/* js-sync-status.h: the sync state in words, and errors in plain words
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "js-sync-engine.h"

G_BEGIN_DECLS

char       *js_sync_status_text  (JsSyncEngine *engine,
                                  gboolean      signed_in);
const char *js_sync_error_words  (const GError *error);

G_END_DECLS
