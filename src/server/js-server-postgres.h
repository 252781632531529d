/* js-server-postgres.h: the jobcenter's data in a PostgreSQL database
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "js-server-backend.h"

G_BEGIN_DECLS

#define JS_TYPE_SERVER_POSTGRES (js_server_postgres_get_type ())
G_DECLARE_FINAL_TYPE (JsServerPostgres, js_server_postgres, JS, SERVER_POSTGRES, GObject)

JsServerPostgres *js_server_postgres_open (const char  *uri,
                                           GError     **error);

G_END_DECLS
