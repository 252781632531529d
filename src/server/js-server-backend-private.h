/* js-server-backend-private.h: what the back ends share
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "js-server-backend.h"

G_BEGIN_DECLS

const char *_js_server_sql_text (JsSql    sql,
                                 gboolean postgres);
gboolean    _js_server_newer_schema (const char  *kind,
                                     gint64       version,
                                     guint        latest,
                                     GError     **error);

G_END_DECLS
