/* js-test-records.h: records as the server's tests push them
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

JsonNode *js_test_joblog_entry (const char *id,
                                const char *title);

G_END_DECLS
