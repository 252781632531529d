/* js-server-store.h: the reference jobcenter's database
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "js-protocol.h"

G_BEGIN_DECLS

#define JS_SERVER_ERROR (js_server_error_quark ())

typedef enum {
  JS_SERVER_ERROR_INVALID_CODE,
  JS_SERVER_ERROR_LOCKED,
  JS_SERVER_ERROR_UNKNOWN_CITIZEN,
  JS_SERVER_ERROR_BAD_CURSOR,
  JS_SERVER_ERROR_INVALID,
  JS_SERVER_ERROR_FAILED,
  JS_SERVER_ERROR_BUSY,
  JS_SERVER_ERROR_UNAVAILABLE,
} JsServerError;

/* How many wrong codes make a source wait, and for how long (spec 4.1). */
typedef struct {
  guint per_source;
  guint per_number;
  guint minutes;
} JsServerThrottle;

#define JS_SERVER_DEFAULT_FAILURES_PER_SOURCE 20
#define JS_SERVER_DEFAULT_FAILURES_PER_NUMBER 5
#define JS_SERVER_DEFAULT_THROTTLE_MINUTES    15

/**
 * JsServerPush:
 * @citizen: the signed-in citizen
 * @operations: (element-type JsPushOp): well-formed operations, in order
 * @results: (element-type JsPushResult): set on success, one per operation
 * @error: set when this push failed on its own (nothing of it was kept)
 * @minor: the minor version of the API the client knows, for its answer
 *   (the store does not use it)
 * @only_own: set on success when every change the push made is a job-log
 *   entry kept as the client sent it (apart from its revision), and the
 *   citizen's changes numbered after @changes_from up to @changes_to are
 *   exactly those: a client whose cursor stood at @changes_from may move
 *   it to @changes_to without reading them back (spec 4.3)
 * @changes_from: the citizen's last change number before the push
 * @changes_to: the citizen's last change number after it
 *
 * One citizen's push among several committed together.
 */
typedef struct {
  char      *citizen;
  GPtrArray *operations;
  GPtrArray *results;
  GError    *error;
  guint      minor;
  gboolean   only_own;
  gint64     changes_from;
  gint64     changes_to;
} JsServerPush;

/**
 * JsServerImport:
 * @number: the citizen
 * @name: (nullable): the citizen's name, to add them; %NULL for a citizen
 *   already in the database
 * @entity: the kind of @records
 * @records: (element-type JsonNode): records the database does not have,
 *   each with its "id"
 *
 * One citizen's part of an import (js_server_store_import()).
 */
typedef struct {
  const char *number;
  const char *name;
  const char *entity;
  GPtrArray  *records;
} JsServerImport;

#define JS_TYPE_SERVER_STORE (js_server_store_get_type ())
G_DECLARE_FINAL_TYPE (JsServerStore, js_server_store, JS, SERVER_STORE, GObject)

GQuark         js_server_error_quark           (void);
JsServerStore *js_server_store_open            (const char     *spec,
                                                GError        **error);
char          *js_server_store_add_citizen     (JsServerStore  *self,
                                                const char     *number,
                                                const char     *name,
                                                GError        **error);
char          *js_server_store_new_code        (JsServerStore  *self,
                                                const char     *number,
                                                GError        **error);
gboolean       js_server_store_put_record      (JsServerStore  *self,
                                                const char     *number,
                                                const char     *entity,
                                                JsonNode       *record,
                                                GError        **error);
void           js_server_store_set_throttle    (JsServerStore          *self,
                                                const JsServerThrottle *throttle);
guint          js_server_store_get_throttle_minutes (JsServerStore *self);
gint64         js_server_store_count_failures  (JsServerStore  *self);
gboolean       js_server_store_ping            (JsServerStore  *self,
                                                GError        **error);
gboolean       js_server_store_import          (JsServerStore  *self,
                                                GPtrArray      *imports,
                                                GError        **error);
gboolean       js_server_store_copy            (JsServerStore  *self,
                                                JsServerStore  *target,
                                                GError        **error);
JsSession     *js_server_store_sign_in         (JsServerStore  *self,
                                                const char     *number,
                                                const char     *code,
                                                const char     *source,
                                                GError        **error);
gboolean       js_server_store_sign_out        (JsServerStore  *self,
                                                const char     *token,
                                                GError        **error);
char          *js_server_store_authenticate    (JsServerStore  *self,
                                                const char     *token,
                                                GError        **error);
GPtrArray     *js_server_store_push            (JsServerStore  *self,
                                                const char     *citizen,
                                                GPtrArray      *operations,
                                                GError        **error);
gboolean       js_server_store_push_together   (JsServerStore  *self,
                                                GPtrArray      *pushes,
                                                GError        **error);
JsChangesPage *js_server_store_changes         (JsServerStore  *self,
                                                const char     *citizen,
                                                const char     *since,
                                                guint           limit,
                                                GError        **error);
JsChangesPage *js_server_store_changes_for     (JsServerStore  *self,
                                                const char     *citizen,
                                                const char     *since,
                                                guint           limit,
                                                guint           minor,
                                                GError        **error);
GPtrArray     *js_server_store_list_records    (JsServerStore  *self,
                                                const char     *citizen,
                                                const char     *entity,
                                                GError        **error);

G_END_DECLS
