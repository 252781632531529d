/* js-test-records.h: records as the server's tests push them
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "js-server-store.h"

G_BEGIN_DECLS

JsonNode *js_test_joblog_entry       (const char    *id,
                                      const char    *title);
guint     js_test_confirmed_meetings (JsServerStore *store,
                                      const char    *citizen);

G_END_DECLS
