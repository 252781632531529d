/* js-server-sqlite.h: the jobcenter's data in one SQLite file
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "js-server-backend.h"

G_BEGIN_DECLS

#define JS_TYPE_SERVER_SQLITE (js_server_sqlite_get_type ())
G_DECLARE_FINAL_TYPE (JsServerSqlite, js_server_sqlite, JS, SERVER_SQLITE, GObject)

JsServerSqlite *js_server_sqlite_open (const char  *path,
                                       GError     **error);

G_END_DECLS
