/* js-plan-text.c: the plan's words, in the citizen's language
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The plan's enumerations are translated here, each with a line that
 * says in plain words what the activity is; the Danish name stays in
 * parentheses, as citizens meet it in the jobcenter's letters. The
 * jobcenter's own text is never translated.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "js-date-format.h"
#include "js-plan-schedule.h"
#include "js-plan-text.h"
#include "js-time.h"

static const struct {
  const char *kind;
  const char *name;
  const char *explanation;
} kinds[] = {
  { "internship", N_("Internship at a company (virksomhedspraktik)"),
    N_("You work at a company for a while to learn and to show what you can. You keep your "
       "benefits.") },
  { "wage-subsidy", N_("Wage-subsidy job (løntilskud)"),
    N_("A job for a time, where the jobcenter pays part of your wage.") },
  { "igu", N_("Integration basic education (IGU)"),
    N_("Paid work together with school, for refugees and families reunited with them.") },
  { "danish-lessons", N_("Danish lessons (danskuddannelse)"),
    N_("Lessons in Danish at a language school.") },
  { "job-course", N_("Six-week job-oriented course (6 ugers jobrettet uddannelse)"),
    N_("A short course, up to six weeks, for work that employers need people for.") },
  { "upskilling", N_("Upskilling course"),
    N_("A course that gives you skills employers ask for.") },
  { "mentor", N_("Mentor"),
    N_("A person who helps and supports you, at work or on the way to it.") },
  { "health-support", N_("Health support alongside work (IPS)"),
    N_("Help with health or addiction while you look for a job or keep one.") },
  { "clarification", N_("Clarification for flexible job or early pension (ressourceforløb)"),
    N_("You and the jobcenter find out which work you can do, for example in a flexible "
       "job (fleksjob).") },
  { "other", N_("Other activity"),
    N_("Something else you agreed with the jobcenter.") },
};

static guint
kind_index (const char *kind)
{
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      if (g_strcmp0 (kinds[i].kind, kind) == 0)
        return i;
    }

  return G_N_ELEMENTS (kinds) - 1;
}

/**
 * js_plan_activity_kind_name:
 * @kind: the API's name of an activity's kind
 *
 * Returns: (transfer none): the kind in the citizen's language
 */
const char *
js_plan_activity_kind_name (const char *kind)
{
  return _(kinds[kind_index (kind)].name);
}

/**
 * js_plan_activity_kind_explanation:
 * @kind: the API's name of an activity's kind
 *
 * Returns: (transfer none): what such an activity is, in one plain line
 */
const char *
js_plan_activity_kind_explanation (const char *kind)
{
  return _(kinds[kind_index (kind)].explanation);
}

/**
 * js_plan_activity_dates:
 * @activity: an activity
 *
 * Returns: (transfer full) (nullable): its dates in words, or %NULL when it
 *   has none
 */
char *
js_plan_activity_dates (const JsPlanActivity *activity)
{
  GDate starts;
  GDate ends;
  gboolean has_start = activity->starts != NULL && js_date_from_iso (activity->starts, &starts);
  gboolean has_end = activity->ends != NULL && js_date_from_iso (activity->ends, &ends);
  g_autofree char *from = has_start ? js_format_date (&starts) : NULL;
  g_autofree char *to = has_end ? js_format_date (&ends) : NULL;

  if (has_start && has_end)
    return js_format_period (&starts, &ends);
  if (has_start)
    /* Translators: %s is a date */
    return g_strdup_printf (_("From %s"), from);
  if (has_end)
    /* Translators: %s is a date */
    return g_strdup_printf (_("Until %s"), to);
  return NULL;
}

/**
 * js_plan_deadline_text:
 * @deadline: (nullable): a deadline YYYY-MM-DD
 * @today: today
 *
 * Returns: (transfer full): the deadline in words, with the days left or
 *   how long ago it passed
 */
char *
js_plan_deadline_text (const char  *deadline,
                       const GDate *today)
{
  g_autofree char *date = NULL;
  GDate day;
  int days;

  if (!js_plan_days_until (deadline, today, &days) || !js_date_from_iso (deadline, &day))
    return g_strdup (_("No deadline"));

  date = js_format_date (&day);
  if (days < 0)
    /* Translators: %s is a date, %d a number of days */
    return g_strdup_printf (ngettext ("Deadline %s passed %d day ago",
                                      "Deadline %s passed %d days ago", -days),
                            date, -days);
  if (days == 0)
    /* Translators: %s is a date */
    return g_strdup_printf (_("Apply today: the deadline is %s"), date);
  /* Translators: %s is a date, %d a number of days */
  return g_strdup_printf (ngettext ("Apply by %s: %d day left", "Apply by %s: %d days left", days),
                          date, days);
}

/**
 * js_plan_moment_text:
 * @moment: a time
 *
 * Returns: (transfer full): the day of @moment in Copenhagen, in words
 */
char *
js_plan_moment_text (GDateTime *moment)
{
  GDate day;

  js_date_in_copenhagen (moment, &day);
  return js_format_date (&day);
}
