/* js-plan-print.c: the plan on paper, for a meeting or a teacher
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The plan as the page shows it, in the citizen's language and direction,
 * with their name and the day it was printed: the jobcenter's words as
 * they wrote them, the activity kinds explained.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "js-date-format.h"
#include "js-plan-print.h"
#include "js-plan-schedule.h"
#include "js-plan-text.h"
#include "js-quote.h"
#include "js-print.h"
#include "js-time.h"

static void
add_activities (JsPlanReport *report,
                const JsPlan *plan,
                const GDate  *today)
{
  static const struct {
    JsActivityPhase  phase;
    const char      *title;
  } phases[] = {
    { JS_ACTIVITY_NOW, N_("Activities now") },
    { JS_ACTIVITY_COMING, N_("Coming activities") },
    { JS_ACTIVITY_FINISHED, N_("Finished activities") },
  };

  for (guint p = 0; p < G_N_ELEMENTS (phases); p++)
    {
      gboolean heading = FALSE;

      for (guint i = 0; i < plan->activities->len; i++)
        {
          const JsPlanActivity *activity = plan->activities->pdata[i];
          g_autofree char *dates = js_plan_activity_dates (activity);
          g_autoptr(GString) text = g_string_new (activity->title);

          if (js_activity_phase (activity, today) != phases[p].phase)
            continue;
          if (!heading)
            js_plan_report_add (report, JS_REPORT_HEADING, _(phases[p].title));
          heading = TRUE;

          g_string_append_printf (text, "\n%s: %s", js_plan_activity_kind_name (activity->kind),
                                  js_plan_activity_kind_explanation (activity->kind));
          if (dates != NULL)
            g_string_append_printf (text, "\n%s", dates);
          if (activity->description[0] != '\0')
            {
              g_autofree char *words = js_from_jobcenter (activity->description);

              g_string_append_printf (text, "\n%s", words);
            }
          js_plan_report_add (report, JS_REPORT_TEXT, text->str);
        }
    }
}

/**
 * js_plan_print_report:
 * @plan: the plan
 * @citizen_name: (nullable): the citizen's name, as the jobcenter has it
 * @today: the day it is printed
 * @right_to_left: whether the citizen's language is written right to left
 *
 * Returns: (transfer full): the plan as a report, in the current language
 */
JsPlanReport *
js_plan_print_report (const JsPlan *plan,
                      const char   *citizen_name,
                      const GDate  *today,
                      gboolean      right_to_left)
{
  JsPlanReport *report = js_plan_report_new (right_to_left);
  g_autofree char *printed = js_format_date (today);
  g_autofree char *updated = js_plan_moment_text (plan->updated);
  g_autofree char *title = NULL;
  g_autofree char *stamp = NULL;
  g_autofree char *weekly = NULL;
  g_autoptr(GString) caseworker = g_string_new (plan->caseworker_name);

  /* Translators: %s is the citizen's name */
  title = citizen_name != NULL && *citizen_name != '\0'
            ? g_strdup_printf (_("My plan: %s"), citizen_name) : g_strdup (_("My plan"));
  js_plan_report_add (report, JS_REPORT_TITLE, title);
  /* Translators: both are dates */
  stamp = g_strdup_printf (_("Printed on %s. The plan was last changed by the jobcenter on %s."),
                           printed, updated);
  js_plan_report_add (report, JS_REPORT_SMALL, stamp);

  js_plan_report_add (report, JS_REPORT_HEADING, _("Job goal"));
  js_plan_report_add (report, JS_REPORT_TEXT, plan->job_goal);
  weekly = g_strdup_printf (ngettext ("%u application a week", "%u applications a week",
                                      (gulong) plan->weekly_applications),
                            (guint) plan->weekly_applications);
  js_plan_report_add (report, JS_REPORT_HEADING, weekly);
  js_plan_report_add (report, JS_REPORT_TEXT, plan->requirement_text);

  if (plan->suggestions->len > 0)
    js_plan_report_add (report, JS_REPORT_HEADING, _("Jobs to apply for"));
  for (guint i = 0; i < plan->suggestions->len; i++)
    {
      const JsPlanSuggestion *suggestion = plan->suggestions->pdata[i];
      g_autofree char *deadline = js_plan_deadline_text (suggestion->deadline, today);
      /* Translators: a job and its employer */
      g_autofree char *job = g_strdup_printf (_("%s, %s"), suggestion->title,
                                              suggestion->employer);
      g_autofree char *text = g_strdup_printf ("%s\n%s%s%s", job, deadline,
                                               *suggestion->link != '\0' ? "\n" : "",
                                               suggestion->link);

      js_plan_report_add (report, JS_REPORT_TEXT, text);
    }

  add_activities (report, plan, today);

  js_plan_report_add (report, JS_REPORT_HEADING, _("Your caseworker"));
  if (*plan->caseworker_phone != '\0')
    g_string_append_printf (caseworker, "\n%s", plan->caseworker_phone);
  if (*plan->caseworker_email != '\0')
    g_string_append_printf (caseworker, "\n%s", plan->caseworker_email);
  js_plan_report_add (report, JS_REPORT_TEXT, caseworker->str);
  js_plan_report_add (report, JS_REPORT_SMALL,
                      _("Written by your jobcenter. Their words are shown as they wrote them, "
                        "often in Danish."));
  return report;
}

/**
 * js_plan_print:
 * @plan: the plan
 * @citizen_name: (nullable): the citizen's name
 * @parent: (nullable): the window the print dialog stands over
 *
 * Prints the plan, or saves it as a PDF where the citizen chooses in the
 * print dialog.
 */
void
js_plan_print (const JsPlan *plan,
               const char   *citizen_name,
               GtkWindow    *parent)
{
  GDate today;

  js_today (&today);
  js_print_report (parent, _("My plan"), _("The plan was not printed"),
                   js_plan_print_report (plan, citizen_name, &today,
                                         gtk_widget_get_default_direction () == GTK_TEXT_DIR_RTL),
                   (GDestroyNotify) js_plan_report_free,
                   (JsPrintPaginate) js_plan_report_paginate,
                   (JsPrintDraw) js_plan_report_draw_page);
}
