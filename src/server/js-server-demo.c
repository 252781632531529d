/* js-server-demo.c: a demo jobcenter to try Jobspor against
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Three citizens of Jobcenter København, a plan with activities for one of
 * them, and two weeks of meeting slots for each. Seeding again adds
 * nothing twice; it prints a fresh one-time code for every demo citizen.
 */

#include "config.h"

#include "js-server-demo.h"
#include "js-time.h"

static const struct {
  const char *number;
  const char *name;
} citizens[] = {
  { "0101901234", "Oksana Kovalenko" },
  { "0202852345", "Ahmad Al-Khatib" },
  { "0303783456", "Mette Jensen" },
};

static const char plan_json[] =
  "{\"id\":\"%s\",\"job_goal\":\"Lagerarbejder eller køkkenmedhjælper i Storkøbenhavn\","
  "\"weekly_applications\":2,"
  "\"requirement_text\":\"Søg mindst 2 job om ugen, heraf mindst 1 opslået stilling. Skriv "
  "alle ansøgninger i din joblog.\","
  "\"activities\":["
  "{\"id\":\"%s\",\"kind\":\"internship\",\"title\":\"Virksomhedspraktik hos Coop, "
  "Albertslund\",\"starts\":\"%s\",\"ends\":\"%s\",\"description\":\"4 ugers praktik på "
  "lageret, 25 timer om ugen.\"},"
  "{\"id\":\"%s\",\"kind\":\"danish-lessons\",\"title\":\"Danskuddannelse 2, modul 3\","
  "\"starts\":null,\"ends\":null,\"description\":\"Tirsdag og torsdag 9-12 på Studieskolen.\"}],"
  "\"job_suggestions\":["
  "{\"id\":\"%s\",\"title\":\"Lagermedarbejder\",\"employer\":\"Salling Group\","
  "\"link\":\"https://job.jobnet.dk/CV/FindWork/Details/5912345\",\"deadline\":\"%s\"}],"
  "\"caseworker\":{\"name\":\"Mette Hansen\",\"phone\":\"+45 33 66 33 66\","
  "\"email\":\"jobcenter@kk.dk\"},"
  "\"updated\":\"%s\"}";

static char *
iso_date (const GDate *date)
{
  return g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (date), g_date_get_month (date),
                          g_date_get_day (date));
}

static gboolean
add_plan (JsServerStore  *store,
          const char     *number,
          GError        **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *updated = g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
  g_autofree char *id = g_uuid_string_random ();
  g_autofree char *internship = g_uuid_string_random ();
  g_autofree char *lessons = g_uuid_string_random ();
  g_autofree char *suggestion = g_uuid_string_random ();
  g_autofree char *starts = NULL;
  g_autofree char *ends = NULL;
  g_autofree char *deadline = NULL;
  g_autofree char *json = NULL;
  g_autoptr(JsonNode) plan = NULL;
  GDate day;

  g_date_clear (&day, 1);
  g_date_set_dmy (&day, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                  g_date_time_get_year (now));
  g_date_add_days (&day, 14);
  starts = iso_date (&day);
  g_date_add_days (&day, 27);
  ends = iso_date (&day);
  g_date_subtract_days (&day, 34);
  deadline = iso_date (&day);

  json = g_strdup_printf (plan_json, id, internship, starts, ends, lessons, suggestion, deadline,
                          updated);
  plan = json_from_string (json, error);
  return plan != NULL && js_server_store_put_record (store, number, "plan", plan, error);
}

/**
 * js_server_demo_add_slots:
 * @store: the jobcenter's database
 * @number: the citizen the times are offered to
 * @first: (nullable): the first day, or %NULL for tomorrow
 * @days: how many days from @first (weekends get no times)
 * @error: return location for a #GError
 *
 * Adds meeting times at 9:00, 10:30 and 13:00 Danish time on weekdays, to
 * be booked at the latest the day before.
 */
gboolean
js_server_demo_add_slots (JsServerStore  *store,
                          const char     *number,
                          const GDate    *first,
                          int             days,
                          GError        **error)
{
  static const struct {
    int         hour;
    int         minute;
    const char *kind;
    const char *place;
  } times[] = {
    { 9, 0, "in-person", "Jobcenter København, Kalvebod Brygge 45, 1560 København V" },
    { 10, 30, "phone", "Jobcenteret ringer til dig" },
    { 13, 0, "video", "Video: linket kommer i Digital Post" },
  };
  g_autoptr(GTimeZone) zone = js_copenhagen_zone ();
  GDate day;

  if (first != NULL)
    day = *first;
  else
    {
      g_autoptr(GDateTime) now = g_date_time_new_now (zone);

      g_date_clear (&day, 1);
      g_date_set_dmy (&day, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                      g_date_time_get_year (now));
      g_date_add_days (&day, 1);
    }

  for (int d = 0; d < days; d++, g_date_add_days (&day, 1))
    {
      if (g_date_get_weekday (&day) >= G_DATE_SATURDAY)
        continue;

      for (guint t = 0; t < G_N_ELEMENTS (times); t++)
        {
          g_autoptr(GDateTime) local = g_date_time_new (zone, g_date_get_year (&day),
                                                        g_date_get_month (&day),
                                                        g_date_get_day (&day), times[t].hour,
                                                        times[t].minute, 0);
          g_autoptr(GDateTime) starts = g_date_time_to_utc (local);
          g_autoptr(GDateTime) ends = g_date_time_add_minutes (starts, 30);
          g_autoptr(GDateTime) before = g_date_time_add_days (starts, -1);
          g_autofree char *id = g_uuid_string_random ();
          g_autofree char *start_text = g_date_time_format (starts, "%Y-%m-%dT%H:%M:%SZ");
          g_autofree char *end_text = g_date_time_format (ends, "%Y-%m-%dT%H:%M:%SZ");
          g_autofree char *before_text = g_date_time_format (before, "%Y-%m-%dT%H:%M:%SZ");
          g_autoptr(JsonBuilder) builder = json_builder_new ();
          g_autoptr(JsonNode) slot = NULL;

          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "id");
          json_builder_add_string_value (builder, id);
          json_builder_set_member_name (builder, "starts");
          json_builder_add_string_value (builder, start_text);
          json_builder_set_member_name (builder, "ends");
          json_builder_add_string_value (builder, end_text);
          json_builder_set_member_name (builder, "kind");
          json_builder_add_string_value (builder, times[t].kind);
          json_builder_set_member_name (builder, "place");
          json_builder_add_string_value (builder, times[t].place);
          json_builder_set_member_name (builder, "caseworker");
          json_builder_add_string_value (builder, "Mette Hansen");
          json_builder_set_member_name (builder, "book_before");
          json_builder_add_string_value (builder, before_text);
          json_builder_set_member_name (builder, "available");
          json_builder_add_boolean_value (builder, TRUE);
          json_builder_end_object (builder);
          slot = json_builder_get_root (builder);

          if (!js_server_store_put_record (store, number, "meeting-slot", slot, error))
            return FALSE;
        }
    }

  return TRUE;
}

/**
 * js_server_demo_seed:
 *
 * Adds the demo citizens (once) and prints a sign-in code for each.
 *
 * Returns: %TRUE on success
 */
gboolean
js_server_demo_seed (JsServerStore  *store,
                     GError        **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (citizens); i++)
    {
      g_autofree char *code = js_server_store_new_code (store, citizens[i].number, NULL);

      if (code == NULL)
        {
          code = js_server_store_add_citizen (store, citizens[i].number, citizens[i].name, error);
          if (code == NULL || !js_server_demo_add_slots (store, citizens[i].number, NULL, 14, error))
            return FALSE;
          if (i == 0 && !add_plan (store, citizens[i].number, error))
            return FALSE;
        }

      g_print ("Demo citizen %s (%s): one-time code %s\n", citizens[i].number, citizens[i].name,
               code);
    }

  return TRUE;
}
