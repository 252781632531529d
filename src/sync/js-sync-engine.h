/* js-sync-engine.h: when to sync, in the background, and the state in words
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "js-store.h"
#include "js-sync.h"

G_BEGIN_DECLS

typedef enum {
  JS_SYNC_STATE_SIGNED_OUT,
  JS_SYNC_STATE_IDLE,
  JS_SYNC_STATE_SYNCING,
  JS_SYNC_STATE_OFFLINE,
  JS_SYNC_STATE_FAILED,
} JsSyncState;

#define JS_TYPE_SYNC_ENGINE (js_sync_engine_get_type ())
G_DECLARE_FINAL_TYPE (JsSyncEngine, js_sync_engine, JS, SYNC_ENGINE, GObject)

JsSyncEngine *js_sync_engine_new            (JsStore      *store,
                                             const char   *url);
void          js_sync_engine_set_token      (JsSyncEngine *self,
                                             const char   *token,
                                             const char   *owner);
const char   *js_sync_engine_get_token      (JsSyncEngine *self);
JsSyncState   js_sync_engine_get_state      (JsSyncEngine *self);
GDateTime    *js_sync_engine_get_last_sync  (JsSyncEngine *self);
GDateTime    *js_sync_engine_get_retry_at   (JsSyncEngine *self);
const GError *js_sync_engine_get_error      (JsSyncEngine *self);
gint64        js_sync_engine_get_waiting    (JsSyncEngine *self);
void          js_sync_engine_sync_now       (JsSyncEngine *self);
gboolean      js_sync_engine_get_clock_skew (JsSyncEngine *self,
                                             gint64       *skew);
gboolean      js_sync_engine_clock_is_off   (JsSyncEngine *self);
guint         js_sync_engine_get_refused    (JsSyncEngine *self);

G_END_DECLS
