/* js-server-demo.c: a demo jobcenter to try Jobspor against
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Three citizens of Jobcenter København, each with a plan (activities
 * around today, three jobs to apply for, one overdue), two weeks of
 * meeting slots, a call to book and two meetings, one of which may no
 * longer be cancelled. Seeding again adds nothing twice; it prints a fresh one-time code for every demo citizen.
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

#define CASEWORKER "Mette Hansen"
#define CANCEL_CONSEQUENCE \
  "Aflyser du uden en gyldig grund, kan det få betydning for din ydelse. Er du syg, så ring " \
  "til jobcentret."
#define CALL_PURPOSE "Jobsamtale med din rådgiver"
#define CALL_PREPARE "Tag dit CV og din joblog med."
/* A call's deadline lies this many days ahead at least (Jobnet's rule). */
#define CALL_MIN_DAYS 8
#define CALL_DEFAULT_DAYS 10

static GDateTime *
copenhagen_time (const GDate *day,
                 int          hour,
                 int          minute)
{
  g_autoptr(GTimeZone) zone = js_copenhagen_zone ();
  g_autoptr(GDateTime) local = g_date_time_new (zone, g_date_get_year (day),
                                                g_date_get_month (day), g_date_get_day (day),
                                                hour, minute, 0);

  return g_date_time_to_utc (local);
}

static void
tomorrow (GDate *day)
{
  js_today (day);
  g_date_add_days (day, 1);
}

/* A free slot of 30 minutes at @hour:@minute on @day, to be booked and
 * moved until the day before and cancelled until two days before (spec
 * 9). */
static JsMeetingRecord *
new_slot (const GDate   *day,
          int            hour,
          int            minute,
          JsMeetingKind  kind,
          const char    *place,
          const char    *purpose,
          const char    *prepare)
{
  JsMeetingRecord *slot = g_new0 (JsMeetingRecord, 1);

  slot->id = g_uuid_string_random ();
  slot->starts = copenhagen_time (day, hour, minute);
  slot->ends = g_date_time_add_minutes (slot->starts, 30);
  slot->kind = kind;
  slot->place = g_strdup (place);
  slot->caseworker = g_strdup (CASEWORKER);
  slot->purpose = g_strdup (purpose);
  slot->prepare = g_strdup (prepare);
  slot->book_before = g_date_time_add_days (slot->starts, -1);
  slot->move_until = g_date_time_add_days (slot->starts, -1);
  slot->cancel_until = g_date_time_add_days (slot->starts, -2);
  slot->cancel_consequence = g_strdup (CANCEL_CONSEQUENCE);
  slot->available = TRUE;
  return slot;
}

/* Writes @slot; returns it as written, or %NULL. */
static JsonNode *
put_slot (JsServerStore    *store,
          const char       *number,
          JsMeetingRecord  *slot,
          GError          **error)
{
  g_autoptr(JsonNode) node = js_meeting_record_to_node (JS_MEETING_SLOT_ENTITY, slot);

  if (!js_server_store_put_record (store, number, JS_MEETING_SLOT_ENTITY, node, error))
    return NULL;
  return g_steal_pointer (&node);
}

/* Slots at 9:00, 10:30 and 13:00 Danish time on the weekdays of @days
 * days from @first; their ids into @ids when given. */
static gboolean
add_slots (JsServerStore  *store,
           const char     *number,
           const GDate    *first,
           int             days,
           const char     *purpose,
           const char     *prepare,
           GPtrArray      *ids,
           GError        **error)
{
  static const struct {
    int            hour;
    int            minute;
    JsMeetingKind  kind;
    const char    *place;
  } times[] = {
    { 9, 0, JS_MEETING_KIND_IN_PERSON, "Jobcenter København, Kalvebod Brygge 45, 1560 København V" },
    { 10, 30, JS_MEETING_KIND_PHONE, "Jobcenteret ringer til dig" },
    { 13, 0, JS_MEETING_KIND_VIDEO, "Video: linket kommer i Digital Post" },
  };
  GDate day = *first;

  for (int d = 0; d < days; d++, g_date_add_days (&day, 1))
    {
      if (g_date_get_weekday (&day) >= G_DATE_SATURDAY)
        continue;

      for (guint t = 0; t < G_N_ELEMENTS (times); t++)
        {
          g_autoptr(JsMeetingRecord) slot = new_slot (&day, times[t].hour, times[t].minute,
                                                      times[t].kind, times[t].place, purpose,
                                                      prepare);
          g_autoptr(JsonNode) written = put_slot (store, number, slot, error);

          if (written == NULL)
            return FALSE;
          if (ids != NULL)
            g_ptr_array_add (ids, g_steal_pointer (&slot->id));
        }
    }

  return TRUE;
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
 * be booked and moved at the latest the day before and cancelled two days
 * before.
 */
gboolean
js_server_demo_add_slots (JsServerStore  *store,
                          const char     *number,
                          const GDate    *first,
                          int             days,
                          GError        **error)
{
  GDate day;

  if (first != NULL)
    day = *first;
  else
    tomorrow (&day);

  return add_slots (store, number, &day, days, NULL, NULL, NULL, error);
}

/**
 * js_server_add_call:
 * @store: the jobcenter's database
 * @number: the citizen asked to book
 * @first: (nullable): the first day of the period, or %NULL for tomorrow
 * @days: the days of the period
 * @last_day: (nullable): the last day the citizen may book, at least 8
 *   days ahead and within the period; %NULL for 10 days from today
 * @purpose: (nullable): what the meeting is about
 * @error: return location for a #GError
 *
 * Asks the citizen to book a meeting (spec 5.10): slots on the weekdays
 * of the period, listed in a `meeting-call` that must be answered before
 * the end of @last_day (Copenhagen).
 *
 * Returns: (transfer full): the call's id, or %NULL
 */
char *
js_server_add_call (JsServerStore  *store,
                    const char     *number,
                    const GDate    *first,
                    int             days,
                    const GDate    *last_day,
                    const char     *purpose,
                    GError        **error)
{
  g_autoptr(JsMeetingCall) call = g_new0 (JsMeetingCall, 1);
  g_autoptr(GPtrArray) slots = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) soonest = g_date_time_add_days (now, CALL_MIN_DAYS);
  g_autoptr(JsonNode) node = NULL;
  GDate from;
  GDate deadline;
  GDate end;

  if (first != NULL)
    from = *first;
  else
    tomorrow (&from);
  end = from;
  g_date_add_days (&end, days);
  if (last_day != NULL)
    deadline = *last_day;
  else
    {
      js_today (&deadline);
      g_date_add_days (&deadline, CALL_DEFAULT_DAYS);
    }
  g_date_add_days (&deadline, 1);

  call->id = g_uuid_string_random ();
  call->from = copenhagen_time (&from, 0, 0);
  call->until = copenhagen_time (&end, 0, 0);
  call->book_before = copenhagen_time (&deadline, 0, 0);
  call->purpose = g_strdup (purpose != NULL ? purpose : CALL_PURPOSE);
  if (g_date_time_compare (call->book_before, soonest) < 0 ||
      g_date_time_compare (call->book_before, call->until) > 0)
    {
      g_set_error (error, JS_SERVER_ERROR, JS_SERVER_ERROR_INVALID,
                   "The deadline must lie at least %d days ahead, and within the period",
                   CALL_MIN_DAYS);
      return NULL;
    }

  if (!add_slots (store, number, &from, days, call->purpose, CALL_PREPARE, slots, error))
    return NULL;
  g_ptr_array_add (slots, NULL);
  call->slots = (char **) g_ptr_array_free (g_steal_pointer (&slots), FALSE);

  node = js_meeting_call_to_node (call);
  if (!js_server_store_put_record (store, number, JS_MEETING_CALL_ENTITY, node, error))
    return NULL;
  return g_steal_pointer (&call->id);
}

/* A confirmed meeting at @hour on the first weekday @days_ahead days from
 * today, on a slot of its own; it may be cancelled until @cancel_hours
 * before it starts. */
static gboolean
add_meeting (JsServerStore  *store,
             const char     *number,
             int             days_ahead,
             int             hour,
             int             cancel_hours,
             const char     *purpose,
             GError        **error)
{
  g_autoptr(JsMeetingRecord) slot = NULL;
  g_autoptr(JsonNode) taken = NULL;
  g_autoptr(JsonNode) meeting = NULL;
  g_autofree char *meeting_id = g_uuid_string_random ();
  GDate day;

  js_today (&day);
  g_date_add_days (&day, days_ahead);
  while (g_date_get_weekday (&day) >= G_DATE_SATURDAY)
    g_date_add_days (&day, 1);

  slot = new_slot (&day, hour, 0, JS_MEETING_KIND_IN_PERSON,
                   "Jobcenter København, Kalvebod Brygge 45, 1560 København V", purpose,
                   "Tag din joblog og dit sygesikringskort med.");
  slot->available = FALSE;
  g_clear_pointer (&slot->cancel_until, g_date_time_unref);
  slot->cancel_until = g_date_time_add_hours (slot->starts, -cancel_hours);
  if (!(taken = put_slot (store, number, slot, error)))
    return FALSE;

  meeting = js_meeting_on_slot (meeting_id, taken);
  return js_server_store_put_record (store, number, JS_MEETING_ENTITY, meeting, error);
}

/* An open call, a meeting that may be moved and cancelled, and one that
 * may still be moved (until the day before) but no longer cancelled. */
static gboolean
add_meetings (JsServerStore  *store,
              const char     *number,
              GError        **error)
{
  g_autofree char *call = js_server_add_call (store, number, NULL, 14, NULL, NULL, error);

  return call != NULL &&
         add_meeting (store, number, 6, 11, 48, "Opfølgning på din plan", error) &&
         add_meeting (store, number, 2, 14, 72, "Samtale om din virksomhedspraktik", error);
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
          if (!add_plan (store, citizens[i].number, i, error) ||
              !add_meetings (store, citizens[i].number, error))
            return FALSE;
        }

      g_print ("Demo citizen %s (%s): one-time code %s\n", citizens[i].number, citizens[i].name,
               code);
    }

  return TRUE;
}
