/* js-test-records.c: records as the server's tests push them
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "js-test-records.h"

/* A valid job-log entry @id titled @title (plain text, no quotes). */
JsonNode *
js_test_joblog_entry (const char *id,
                      const char *title)
{
  g_autofree char *json = g_strdup_printf (
    "{\"id\":\"%s\",\"kind\":\"advertised\",\"status\":\"applied\",\"date\":\"2026-11-20\","
    "\"deadline\":null,\"title\":\"%s\",\"employer\":\"Coop\",\"location\":\"\","
    "\"source\":\"Jobnet\",\"contact\":\"\",\"link\":\"\",\"notes\":\"\"}", id, title);

  return json_from_string (json, NULL);
}
