/* js-server-progress.h: a citizen's exercise progress, for the jobcenter
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "js-server-store.h"

G_BEGIN_DECLS

char *js_server_progress_table (JsServerStore  *store,
                                const char     *citizen,
                                GError        **error);

G_END_DECLS
