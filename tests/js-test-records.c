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

/* How many of @citizen's meetings the jobcenter has confirmed and not
 * cancelled. */
guint
js_test_confirmed_meetings (JsServerStore *store,
                            const char    *citizen)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) meetings = js_server_store_list_records (store, citizen,
                                                                JS_MEETING_ENTITY, &error);
  guint confirmed = 0;

  g_assert_no_error (error);
  for (guint i = 0; i < meetings->len; i++)
    {
      g_autoptr(JsMeetingRecord) meeting = js_meeting_record_from_node (JS_MEETING_ENTITY,
                                                                        meetings->pdata[i], 0,
                                                                        &error);

      g_assert_no_error (error);
      confirmed += !meeting->cancelled;
    }
  return confirmed;
}
