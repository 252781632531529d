/* js-server-demo.c: a demo jobcenter to try Jobspor against
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Three citizens of Jobcenter København, each with a plan (activities
 * around today, three jobs to apply for, one overdue) and two weeks of
 * meeting slots. Seeding again adds
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

/* What each demo citizen's plan holds: a job goal and requirement of
 * their own, the same kinds of activities around today and three jobs to
 * apply for, one of them overdue. */
static const struct {
  const char *job_goal;
  int         weekly;
  const char *requirement;
  const char *suggestions[3][2];
} plans[] = {
  { "Lagerarbejder eller køkkenmedhjælper i Storkøbenhavn", 2,
    "Søg mindst 2 job om ugen, heraf mindst 1 opslået stilling. Skriv alle ansøgninger i din "
    "joblog.",
    { { "Lagermedarbejder", "Salling Group" }, { "Køkkenmedhjælper", "Compass Group" },
      { "Pakkemedarbejder", "PostNord" } } },
  { "Buschauffør eller chauffør i hovedstadsområdet", 3,
    "Søg mindst 3 job om ugen. Mindst 2 skal være opslåede stillinger. Skriv dem i din joblog "
    "samme dag.",
    { { "Buschauffør", "Movia / Arriva" }, { "Chauffør, varebil", "GLS Danmark" },
      { "Flytteassistent", "Dansk Flyttehjælp" } } },
  { "Projektleder eller konsulent inden for kommunikation", 2,
    "Søg mindst 2 job om ugen inden for dit jobmål. Du må gerne søge uopfordret.",
    { { "Kommunikationskonsulent", "Københavns Kommune" },
      { "Projektleder, digital kommunikation", "Region Hovedstaden" },
      { "Presse- og kommunikationsmedarbejder", "DSB" } } },
};

/* Days from today: activities finished, now and coming; deadlines in 2
 * and 5 days and one yesterday. */
static const struct {
  const char *kind;
  const char *title;
  int         starts;
  int         ends;
  const char *description;
} activities[] = {
  { "danish-lessons", "Danskuddannelse 2, modul 2", -120, -10,
    "Modulet er bestået. Modul 3 begynder efter nytår." },
  { "mentor", "Mentor: Jonas fra Jobcenter København", -14, 60,
    "Jonas ringer til dig hver mandag og hjælper med ansøgninger og CV." },
  { "danish-lessons", "Danskuddannelse 2, modul 3", -3, 90,
    "Tirsdag og torsdag kl. 9-12 på Studieskolen, Vendersgade 6." },
  { "internship", "Virksomhedspraktik hos Coop, lager i Albertslund", 14, 41,
    "4 ugers praktik, 25 timer om ugen. Mød hos lagerchefen kl. 7.00 første dag." },
  { "job-course", "6 ugers jobrettet uddannelse: truckcertifikat", 45, 87,
    "AMU-kursus på TEC i Hvidovre. Tilmelding sker gennem jobcentret." },
};

G_STATIC_ASSERT (G_N_ELEMENTS (plans) == G_N_ELEMENTS (citizens));

static const int suggestion_deadlines[3] = { 2, 5, -1 };

static char *
iso_date (const GDate *date)
{
  return g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (date), g_date_get_month (date),
                          g_date_get_day (date));
}

static void
add_date_member (JsonBuilder *builder,
                 const char  *member,
                 const GDate *today,
                 int          days)
{
  GDate day = *today;
  g_autofree char *text = NULL;

  g_date_add_days (&day, MAX (days, 0));
  g_date_subtract_days (&day, MAX (-days, 0));
  text = iso_date (&day);
  json_builder_set_member_name (builder, member);
  json_builder_add_string_value (builder, text);
}

static void
add_string_member (JsonBuilder *builder,
                   const char  *member,
                   const char  *value)
{
  json_builder_set_member_name (builder, member);
  json_builder_add_string_value (builder, value);
}

static gboolean
add_plan (JsServerStore  *store,
          const char     *number,
          guint           which,
          GError        **error)
{
  g_autoptr(GTimeZone) zone = js_copenhagen_zone ();
  g_autoptr(GDateTime) now = g_date_time_new_now (zone);
  g_autoptr(GDateTime) utc = g_date_time_to_utc (now);
  g_autofree char *updated = g_date_time_format (utc, "%Y-%m-%dT%H:%M:%SZ");
  g_autofree char *id = g_uuid_string_random ();
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) plan = NULL;
  GDate today;

  js_date_in_copenhagen (now, &today);

  json_builder_begin_object (builder);
  add_string_member (builder, "id", id);
  add_string_member (builder, "job_goal", plans[which].job_goal);
  json_builder_set_member_name (builder, "weekly_applications");
  json_builder_add_int_value (builder, plans[which].weekly);
  add_string_member (builder, "requirement_text", plans[which].requirement);

  json_builder_set_member_name (builder, "activities");
  json_builder_begin_array (builder);
  for (guint i = 0; i < G_N_ELEMENTS (activities); i++)
    {
      g_autofree char *activity = g_uuid_string_random ();

      json_builder_begin_object (builder);
      add_string_member (builder, "id", activity);
      add_string_member (builder, "kind", activities[i].kind);
      add_string_member (builder, "title", activities[i].title);
      add_date_member (builder, "starts", &today, activities[i].starts);
      add_date_member (builder, "ends", &today, activities[i].ends);
      add_string_member (builder, "description", activities[i].description);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "job_suggestions");
  json_builder_begin_array (builder);
  for (guint i = 0; i < G_N_ELEMENTS (suggestion_deadlines); i++)
    {
      g_autofree char *suggestion = g_uuid_string_random ();
      g_autofree char *link = g_strdup_printf ("https://job.jobnet.dk/CV/FindWork/Details/59%05u",
                                               which * 100 + i);

      json_builder_begin_object (builder);
      add_string_member (builder, "id", suggestion);
      add_string_member (builder, "title", plans[which].suggestions[i][0]);
      add_string_member (builder, "employer", plans[which].suggestions[i][1]);
      add_string_member (builder, "link", link);
      add_date_member (builder, "deadline", &today, suggestion_deadlines[i]);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "caseworker");
  json_builder_begin_object (builder);
  add_string_member (builder, "name", "Mette Hansen");
  add_string_member (builder, "phone", "+45 33 66 33 66");
  add_string_member (builder, "email", "jobcenter@kk.dk");
  json_builder_end_object (builder);
  add_string_member (builder, "updated", updated);
  json_builder_end_object (builder);

  plan = json_builder_get_root (builder);
  return js_server_store_put_record (store, number, "plan", plan, error);
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
          if (!add_plan (store, citizens[i].number, i, error))
            return FALSE;
        }

      g_print ("Demo citizen %s (%s): one-time code %s\n", citizens[i].number, citizens[i].name,
               code);
    }

  return TRUE;
}
