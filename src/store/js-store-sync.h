/* js-store-sync.h: what sync reads from and writes to the store
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "js-protocol.h"
#include "js-store.h"

G_BEGIN_DECLS

#define JS_SYNC_CURSOR_KEY "sync-cursor"
/* The API level the cursor was read at (spec 1.2, 6.4): a cursor of
 * another level is not used, and everything is pulled again once. */
#define JS_SYNC_LEVEL_KEY  "sync-level"

typedef struct {
  gint64  seq;
  char   *entity;
  char   *record_id;
  char   *kind;
  char   *reason;
  char   *mine;
  char   *theirs;
} JsSyncConflict;

GPtrArray *js_store_sync_next_batch     (JsStore        *store,
                                         const char     *owner,
                                         guint           max,
                                         GError        **error);
GPtrArray *js_store_sync_batch_after    (JsStore        *store,
                                         const char     *owner,
                                         gint64          after,
                                         guint           max,
                                         GError        **error);
gboolean   js_store_sync_apply_results  (JsStore        *store,
                                         GPtrArray      *operations,
                                         GPtrArray      *results,
                                         const char     *own_from,
                                         const char     *own_to,
                                         GError        **error);
gboolean   js_store_sync_apply_page     (JsStore        *store,
                                         JsChangesPage  *page,
                                         GError        **error);
GPtrArray *js_store_sync_list_conflicts (JsStore        *store,
                                         GError        **error);
gboolean   js_store_sync_resolve        (JsStore        *store,
                                         gint64          seq,
                                         gboolean        keep_mine,
                                         GError        **error);
void       js_sync_conflict_free        (JsSyncConflict *conflict);

G_END_DECLS
