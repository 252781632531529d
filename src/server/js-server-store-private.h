/* js-server-store-private.h: what the server store's files share
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <sqlite3.h>

#include "js-server-store.h"

G_BEGIN_DECLS

struct _JsServerStore {
  GObject  parent_instance;

  sqlite3          *db;
  JsServerThrottle  throttle;
};

gboolean      _js_server_db_error (GError        **error,
                                   sqlite3        *db,
                                   const char     *what);
sqlite3_stmt *_js_server_prepare  (JsServerStore  *self,
                                   const char     *sql,
                                   GError        **error);
gboolean      _js_server_run      (JsServerStore  *self,
                                   sqlite3_stmt   *stmt,
                                   GError        **error);
gboolean      _js_server_exec     (JsServerStore  *self,
                                   const char     *sql,
                                   GError        **error);
gint64        _js_server_now      (void);

G_END_DECLS
