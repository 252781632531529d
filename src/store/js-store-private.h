/* js-store-private.h: what the store's own files and its tests share
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>
#include <sqlite3.h>

#include "js-store.h"
#include "js-store-exercises.h"

G_BEGIN_DECLS

struct _JsTxn {
  JsStore *store;
  sqlite3 *db;
  guint    n_journaled;
};

/* Migration N (1-based) takes a database from user_version N-1 to N. */
const char *_js_store_migration      (int          version);

sqlite3      *_js_store_get_db   (JsStore     *self);
gboolean      _js_store_has_owners (JsStore   *self);
/* From this version on, the search index is written before each commit
 * (migration 9). */
#define JS_STORE_SEARCH_QUEUE_VERSION 9
gboolean      _js_store_joblog_index_queued (JsStore  *self,
                                             GError  **error);
sqlite3_stmt *_js_store_prepare  (JsStore     *self,
                                  const char  *sql,
                                  GError     **error);
void          _js_store_release  (sqlite3_stmt *stmt);
void          _js_store_bind_text_or_null (sqlite3_stmt *stmt,
                                           int           index,
                                           const char   *text);
gboolean    _js_store_set_error      (GError     **error,
                                      sqlite3     *db,
                                      int          rc,
                                      const char  *what);
gboolean    _js_store_exec           (sqlite3     *db,
                                      const char  *sql,
                                      GError     **error);
JsStore    *_js_store_open_at_version (const char *path,
                                       int         version,
                                       GError    **error);

/* js-store-joblog.c, for js-store-sync.c */
typedef struct _JsJoblogEntry JsJoblogEntry;

gint64      _js_txn_joblog_known_revision      (JsTxn          *txn,
                                                const char     *id,
                                                GError        **error);
gboolean    _js_txn_joblog_apply_server        (JsTxn          *txn,
                                                const char     *id,
                                                JsJoblogEntry  *entry,
                                                gint64          server_revision,
                                                GError        **error);
gboolean    _js_txn_joblog_delete              (JsTxn          *txn,
                                                JsJoblogEntry  *entry,
                                                GError        **error);
gboolean    _js_txn_joblog_set_server_revisions (JsTxn         *txn,
                                                 const char    *applied,
                                                 GError       **error);

/* js-store-journal.c, for js-store-sync.c */
GPtrArray  *_js_store_journal_peek_first         (JsStore        *self,
                                                  const char     *owner,
                                                  gint64          after,
                                                  guint           limit,
                                                  GError        **error);

/* js-store-sync.c, for js-store-exercises.c and js-store-plan.c */
gboolean    _js_txn_put_server_record            (JsTxn          *txn,
                                                  const char     *entity,
                                                  const char     *id,
                                                  JsonNode       *record,
                                                  gint64          revision,
                                                  GError        **error);
gboolean    _js_txn_drop_record_ops              (JsTxn          *txn,
                                                  const char     *entity,
                                                  const char     *record_id,
                                                  GError        **error);

/* js-store-exercises.c, for js-store-sync.c */
gboolean    _js_txn_exercise_apply_server        (JsTxn          *txn,
                                                  const char     *id,
                                                  JsonNode       *record,
                                                  gint64          revision,
                                                  GError        **error);
gboolean    _js_txn_exercise_resolve_conflict    (JsTxn          *txn,
                                                  JsJournalOp    *op,
                                                  JsonNode       *record,
                                                  gint64          revision,
                                                  GError        **error);
gboolean    _js_txn_exercise_add                 (JsTxn                     *txn,
                                                  const JsExerciseProgress  *progress,
                                                  GError                   **error);
gboolean    _js_txn_exercise_set_server_revision (JsTxn          *txn,
                                                  const char     *id,
                                                  gint64          revision,
                                                  GError        **error);

G_END_DECLS
