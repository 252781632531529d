/* js-server-store-private.h: what the server store's files share
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "js-server-backend.h"
#include "js-server-store.h"

G_BEGIN_DECLS

struct _JsServerStore {
  GObject           parent_instance;

  JsServerBackend  *backend;
  JsServerThrottle  throttle;

  /* Within _js_server_write(): the citizen whose row is locked, and the
   * last change number given (seq) and stored (saved_seq). */
  const char       *writer;
  gint64            seq;
  gint64            saved_seq;
};

/* One try at a transaction's work; it may be called again from the start
 * when the transaction met another (JS_SERVER_ERROR_BUSY). */
typedef gboolean (*JsServerTxnFunc) (JsServerStore  *self,
                                     gpointer        user_data,
                                     GError        **error);

gboolean _js_server_transaction (JsServerStore    *self,
                                 JsServerTxnFunc   func,
                                 gpointer          user_data,
                                 GError          **error);
gboolean _js_server_write       (JsServerStore    *self,
                                 const char       *citizen,
                                 JsServerTxnFunc   func,
                                 gpointer          user_data,
                                 GError          **error);
gboolean _js_server_write_in_txn (JsServerStore   *self,
                                  const char      *citizen,
                                  JsServerTxnFunc  func,
                                  gpointer         user_data,
                                  GError         **error);
gint64   _js_server_next_seq    (JsServerStore    *self,
                                 const char       *citizen);
gboolean _js_server_run         (JsServerStore    *self,
                                 JsSql             sql,
                                 const JsSqlValue *params,
                                 guint             n_params,
                                 JsSqlRowFunc      row_func,
                                 gpointer          user_data,
                                 gint64           *changes,
                                 GError          **error);
gboolean _js_server_text_cb     (const char * const *columns,
                                 gpointer            user_data);
gboolean _js_server_int_cb      (const char * const *columns,
                                 gpointer            user_data);
gint64   _js_server_int         (const char         *column);
gint64   _js_server_now         (void);

/* A record as the database has it (js-server-records.c). */
typedef struct {
  gboolean  exists;
  char     *citizen;
  gint64    revision;
  gboolean  deleted;
  char     *body;
} Stored;

gboolean _js_server_load_record  (JsServerStore    *self,
                                  const char       *entity,
                                  const char       *id,
                                  Stored           *stored,
                                  GError          **error);
void     _js_server_stored_clear (Stored           *stored);
char    *_js_server_body_at_revision (JsonNode    *record,
                                      gint64       revision);
gboolean _js_server_put_owned    (JsServerStore    *self,
                                  const char       *citizen,
                                  const char       *entity,
                                  const char       *id,
                                  JsonNode         *record,
                                  GError          **error);

/* js-server-meetings.c: a booking request or a meeting change is answered
 * in the push that applies it; any other record needs no answer. */
gboolean _js_server_answer_wish  (JsServerStore    *self,
                                  const char       *citizen,
                                  const char       *entity,
                                  JsonNode         *record,
                                  GError          **error);

#define _JS_SQL_PARAMS(...) \
  (const JsSqlValue[]) { __VA_ARGS__ }, G_N_ELEMENTS (((const JsSqlValue[]) { __VA_ARGS__ }))

/* Runs a statement that returns no rows. */
#define _js_server_exec(self, sql, error, ...) \
  _js_server_run ((self), (sql), _JS_SQL_PARAMS (__VA_ARGS__), NULL, NULL, NULL, (error))
/* Runs a statement that writes, with how many rows it wrote in *changes. */
#define _js_server_changed(self, sql, changes, error, ...) \
  _js_server_run ((self), (sql), _JS_SQL_PARAMS (__VA_ARGS__), NULL, NULL, (changes), (error))
/* Runs a statement, with @row_func called for every row. */
#define _js_server_query(self, sql, row_func, user_data, error, ...) \
  _js_server_run ((self), (sql), _JS_SQL_PARAMS (__VA_ARGS__), (row_func), (user_data), NULL, \
                  (error))

G_END_DECLS
