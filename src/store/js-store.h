/* js-store.h: a citizen profile's local database
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define JS_STORE_ERROR (js_store_error_quark ())

/* The citizen's name as the jobcenter has it, kept at sign-in. */
#define JS_CITIZEN_NAME_META "citizen-name"

/**
 * JsStoreError:
 * @JS_STORE_ERROR_OPEN: the file cannot be opened or created (permissions, missing folder)
 * @JS_STORE_ERROR_CORRUPT: the file is not a Jobspor database or is damaged
 * @JS_STORE_ERROR_TOO_NEW: the file was written by a newer version of Jobspor
 * @JS_STORE_ERROR_FULL: the disk is full
 * @JS_STORE_ERROR_BUSY: another program holds the database locked
 * @JS_STORE_ERROR_INVALID: the caller passed data the store refuses
 * @JS_STORE_ERROR_FAILED: any other database failure
 *
 * The ways a store can fail. The UI maps each to a plain-language message.
 */
typedef enum {
  JS_STORE_ERROR_OPEN,
  JS_STORE_ERROR_CORRUPT,
  JS_STORE_ERROR_TOO_NEW,
  JS_STORE_ERROR_FULL,
  JS_STORE_ERROR_BUSY,
  JS_STORE_ERROR_INVALID,
  JS_STORE_ERROR_FAILED,
} JsStoreError;

typedef enum {
  JS_JOURNAL_PUT,
  JS_JOURNAL_DELETE,
} JsJournalAction;

/**
 * JsJournalOp:
 *
 * One operation waiting in the change journal (outbox) to be sent to the
 * jobcenter. Each has an operation UUID that the server uses to apply it at
 * most once.
 */
typedef struct {
  gint64           seq;
  char            *op_id;
  char            *entity;
  char            *record_id;
  gint64           base_revision;
  JsJournalAction  action;
  char            *payload;
  GDateTime       *created;
  char            *owner;
} JsJournalOp;

typedef struct _JsTxn JsTxn;

/**
 * JsStoreTxnFunc:
 *
 * Runs inside one database transaction. Return %FALSE with @error set to roll
 * back everything the function did, journal entries included.
 */
typedef gboolean (*JsStoreTxnFunc) (JsTxn    *txn,
                                    gpointer  user_data,
                                    GError  **error);

#define JS_TYPE_STORE (js_store_get_type ())
G_DECLARE_FINAL_TYPE (JsStore, js_store, JS, STORE, GObject)

GQuark       js_store_error_quark         (void);
JsStore     *js_store_open                (const char          *path,
                                           GError             **error);
const char  *js_store_get_path            (JsStore             *self);
const char  *js_store_get_owner           (JsStore             *self);
void         js_store_changed_elsewhere   (JsStore             *self);
gboolean     js_store_set_owner           (JsStore             *self,
                                           const char          *owner,
                                           GError             **error);
int          js_store_get_schema_version  (JsStore             *self);
int          js_store_get_latest_version  (void);
char        *js_store_move_aside          (const char          *path,
                                           GError             **error);
gboolean     js_store_transaction         (JsStore             *self,
                                           JsStoreTxnFunc       func,
                                           gpointer             user_data,
                                           GError             **error);
char        *js_store_dup_meta            (JsStore             *self,
                                           const char          *key,
                                           GError             **error);
gboolean     js_store_set_meta            (JsStore             *self,
                                           const char          *key,
                                           const char          *value,
                                           GError             **error);
gint64       js_store_journal_count       (JsStore             *self,
                                           GError             **error);
GPtrArray   *js_store_journal_peek        (JsStore             *self,
                                           guint                limit,
                                           GError             **error);
GPtrArray   *js_store_journal_peek_owned  (JsStore             *self,
                                           const char          *owner,
                                           guint                limit,
                                           GError             **error);
gint64       js_store_journal_count_foreign (JsStore           *self,
                                           const char          *owner,
                                           GError             **error);
gboolean     js_store_journal_ack         (JsStore             *self,
                                           const char * const  *op_ids,
                                           GError             **error);

gboolean     js_txn_journal               (JsTxn               *txn,
                                           const char          *entity,
                                           const char          *record_id,
                                           gint64               base_revision,
                                           JsJournalAction      action,
                                           const char          *payload_json,
                                           GError             **error);

void         js_journal_op_free           (JsJournalOp         *op);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (JsJournalOp, js_journal_op_free)

G_END_DECLS
