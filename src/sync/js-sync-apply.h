/* js-sync-apply.h: applying a sync's answers while the next is under way
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "js-store-sync.h"

G_BEGIN_DECLS

/* What a push's answer says of the changes it made (spec 4.3). */
typedef struct {
  char *from;
  char *to;
} JsSyncOwnChanges;

void js_sync_own_changes_clear (JsSyncOwnChanges *own);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (JsSyncOwnChanges, js_sync_own_changes_clear)

typedef struct {
  GThread          *thread;
  gboolean          started;
  gboolean          applied;     /* when no thread could be had: done here */
  JsStore          *store;
  GPtrArray        *operations;  /* a push: the batch sent … */
  GPtrArray        *results;     /* … and its answers */
  JsSyncOwnChanges  own;         /* … and the changes that were its own */
  JsChangesPage    *page;        /* or a page of changes */
  GError           *error;
} JsSyncApplying;

void     js_sync_applying_start  (JsSyncApplying    *applying,
                                  JsStore           *store,
                                  GPtrArray         *operations,
                                  GPtrArray         *results,
                                  JsSyncOwnChanges  *own,
                                  JsChangesPage     *page);
gboolean js_sync_applying_finish (JsSyncApplying    *applying,
                                  GError           **error);
void     js_sync_applying_clear  (JsSyncApplying    *applying);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (JsSyncApplying, js_sync_applying_clear)

G_END_DECLS
