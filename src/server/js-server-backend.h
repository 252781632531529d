/* js-server-backend.h: where the jobcenter's data lives
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * JsServerStore keeps the rules (who may write what, revisions, change
 * numbers, sign-in throttling); a back end only runs the store's fixed
 * statements, each written in its own SQL dialect, inside transactions.
 * Two implement it: JsServerSqlite (one file, one process) and
 * JsServerPostgres (one database, any number of processes).
 * js_server_backend_open() picks one by the --db value.
 */

#pragma once

#include <glib-object.h>

#include "js-server-store.h"

G_BEGIN_DECLS

/* Every statement the store runs. The comment lists the parameters in
 * order, and after "→" the columns of each row returned. */
typedef enum {
  JS_SQL_CITIZEN_PUT,         /* number, name, created */
  JS_SQL_CITIZEN_NAME,        /* number → name */
  JS_SQL_CITIZEN_LOCK,        /* number → seq; held to the end of the transaction */
  JS_SQL_CITIZEN_SET_SEQ,     /* number, seq */
  JS_SQL_CODE_ADD,            /* hash, citizen, expires */
  JS_SQL_CODE_SPEND,          /* hash, citizen, now; changes 1 when spent */
  JS_SQL_SOURCE_LOCK,         /* source; held to the end of the transaction */
  JS_SQL_FAILURE_COUNT,       /* source, citizen or NULL for any, after → count */
  JS_SQL_FAILURE_ADD,         /* citizen, source, at */
  JS_SQL_FAILURE_FORGET_OLD,  /* at or before */
  JS_SQL_FAILURE_FORGET_MOST, /* how many of the newest to keep */
  JS_SQL_FAILURE_TOTAL,       /* → count */
  JS_SQL_TOKEN_ADD,           /* hash, citizen, expires */
  JS_SQL_TOKEN_REVOKE,        /* hash */
  JS_SQL_TOKEN_CITIZEN,       /* hash, now → citizen */
  JS_SQL_RECORD_LOAD,         /* entity, id → citizen, revision, deleted, body */
  JS_SQL_RECORD_ADD,          /* entity, id, citizen, revision, deleted, body, seq */
  JS_SQL_RECORD_UPDATE,       /* entity, id, citizen, revision, deleted, body, seq */
  JS_SQL_RESULT_LOAD,         /* citizen, op → status, revision, reason, record */
  JS_SQL_RESULT_ADD,          /* citizen, op, status, revision, reason, record, created */
  JS_SQL_CHANGES,             /* citizen, since, limit → entity, id, revision, deleted, body,
                                 seq */
  JS_SQL_LIST,                /* citizen, entity → body */
  JS_SQL_PING,                /* → 1 */
  /* Copying a whole database (js_server_store_copy()): each of the five
   * lists returns the columns the statement after it takes. */
  JS_SQL_CITIZEN_COUNT,       /* → count */
  JS_SQL_ALL_CITIZENS,        /* → number, name, created, seq */
  JS_SQL_CITIZEN_COPY,        /* number, name, created, seq */
  JS_SQL_ALL_CODES,           /* → hash, citizen, expires, used */
  JS_SQL_CODE_COPY,           /* hash, citizen, expires, used */
  JS_SQL_ALL_TOKENS,          /* → hash, citizen, expires (as JS_SQL_TOKEN_ADD) */
  JS_SQL_ALL_RECORDS,         /* → as JS_SQL_RECORD_ADD takes them */
  JS_SQL_ALL_RESULTS,         /* → as JS_SQL_RESULT_ADD takes them */
  /* Many new records of one citizen in one statement (an import): the
   * rows are a JSON array of {"id", "body", "seq"}, the body the record
   * itself (not a string of it); each is revision 1.
   * A record already there is left out, so fewer rows change. */
  JS_SQL_RECORD_IMPORT,       /* entity, citizen, rows */
  JS_N_SQL
} JsSql;

/* A parameter: text (SQL NULL when %NULL) or, with @is_int, a number. */
typedef struct {
  const char *text;
  gint64      number;
  gboolean    is_int;
} JsSqlValue;

#define JS_SQL_TEXT(value) ((JsSqlValue) { .text = (value) })
#define JS_SQL_INT(value)  ((JsSqlValue) { .number = (value), .is_int = TRUE })

/* Called for each row, its columns as text (%NULL for SQL NULL); returns
 * %FALSE to stop reading rows. */
/* A savepoint inside a transaction: one request of several committed
 * together undoes its own work alone. */
typedef enum {
  JS_SAVEPOINT_SET,
  JS_SAVEPOINT_RELEASE,
  JS_SAVEPOINT_ROLLBACK,
} JsSavepoint;

typedef gboolean (*JsSqlRowFunc) (const char * const *columns,
                                  gpointer            user_data);

#define JS_TYPE_SERVER_BACKEND (js_server_backend_get_type ())
G_DECLARE_INTERFACE (JsServerBackend, js_server_backend, JS, SERVER_BACKEND, GObject)

/* Errors are JS_SERVER_ERROR: _BUSY when the transaction met another and
 * may simply run again, _UNAVAILABLE when the database cannot be reached,
 * _FAILED for anything else. */
struct _JsServerBackendInterface
{
  GTypeInterface parent_iface;

  /* A write transaction: the statements until commit() or rollback(). */
  gboolean (*begin)    (JsServerBackend   *self,
                        GError           **error);
  gboolean (*commit)   (JsServerBackend   *self,
                        GError           **error);
  void     (*rollback) (JsServerBackend   *self);
  /* Runs @sql, a statement without parameters that both dialects share
   * as it is (savepoints). */
  gboolean (*exec)     (JsServerBackend   *self,
                        const char        *sql,
                        GError           **error);
  /* Runs @sql with @params; @changes (may be %NULL) gets how many rows
   * it wrote. Outside a transaction a statement stands on its own. */
  gboolean (*run)      (JsServerBackend   *self,
                        JsSql              sql,
                        const JsSqlValue  *params,
                        guint              n_params,
                        JsSqlRowFunc       row_func,
                        gpointer           user_data,
                        gint64            *changes,
                        GError           **error);
};

JsServerBackend *js_server_backend_open     (const char        *spec,
                                             GError           **error);
gboolean         js_server_backend_begin    (JsServerBackend   *self,
                                             GError           **error);
gboolean         js_server_backend_commit   (JsServerBackend   *self,
                                             GError           **error);
void             js_server_backend_rollback (JsServerBackend   *self);
gboolean         js_server_backend_savepoint (JsServerBackend  *self,
                                              JsSavepoint       step,
                                              GError          **error);
gboolean         js_server_backend_run      (JsServerBackend   *self,
                                             JsSql              sql,
                                             const JsSqlValue  *params,
                                             guint              n_params,
                                             JsSqlRowFunc       row_func,
                                             gpointer           user_data,
                                             gint64            *changes,
                                             GError           **error);

G_END_DECLS
