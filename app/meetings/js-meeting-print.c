/* js-meeting-print.c: the meetings on paper, where nothing can remind
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A shared PC keeps nothing to remind the citizen with, so the meetings
 * go home on paper (or as a PDF): the calls to book with their deadline,
 * then each meeting to come with when, how, with whom, where it stands
 * and what the jobcenter said about it, in the citizen's language and
 * direction, the jobcenter's words as they wrote them.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "js-date-format.h"
#include "js-meeting-print.h"
#include "js-meeting-text.h"
#include "js-print.h"
#include "js-quote.h"
#include "js-store-meetings.h"
#include "js-time.h"

static void
add_call (JsPlanReport            *report,
          const JsMeetingCallItem *item,
          const GDate             *today)
{
  g_autofree char *title = js_meeting_call_title (item->call);
  gboolean warn;
  g_autofree char *days = js_meeting_call_days_text (item->call, today, &warn);
  g_autoptr(GString) text = g_string_new (days);

  if (item->waiting != NULL)
    g_string_append_printf (text, "\n%s", _("You have asked for a time. Its state is shown "
                                            "below, under the meeting."));
  if (item->call->purpose != NULL && *item->call->purpose != '\0')
    {
      g_autofree char *words = js_meeting_jobcenter_words (_("What it is about"),
                                                           item->call->purpose);

      g_string_append_printf (text, "\n%s", words);
    }
  js_plan_report_add (report, JS_REPORT_HEADING, title);
  js_plan_report_add (report, JS_REPORT_TEXT, text->str);
}

static void
add_meeting (JsPlanReport        *report,
             const JsMeetingItem *item)
{
  const JsMeetingRecord *record = item->record;
  g_autofree char *when = js_meeting_when_text (record);
  g_autofree char *channel = js_meeting_channel_text (record);
  g_autoptr(GString) text = g_string_new (NULL);

  /* Translators: a meeting's state in words, and what it means */
  g_string_append_printf (text, _("%1$s: %2$s"), js_meeting_state_name (item->state),
                          item->state == JS_MEETING_STATE_REJECTED
                            ? js_meeting_reason_text (item->reason)
                            : js_meeting_state_explanation (item->state));
  g_string_append_printf (text, "\n%s. %s", js_meeting_kind_name (record->kind), channel);
  if (record->caseworker != NULL && *record->caseworker != '\0')
    g_string_append_printf (text, "\n%s: %s", _("Caseworker"), record->caseworker);
  if (record->purpose != NULL && *record->purpose != '\0')
    {
      g_autofree char *words = js_meeting_jobcenter_words (_("What it is about"),
                                                           record->purpose);

      g_string_append_printf (text, "\n%s", words);
    }
  if (record->prepare != NULL && *record->prepare != '\0')
    {
      g_autofree char *words = js_meeting_jobcenter_words (_("What to bring"), record->prepare);

      g_string_append_printf (text, "\n%s", words);
    }
  if (item->note != NULL && *item->note != '\0')
    {
      g_autofree char *note = js_quote (item->note);

      g_string_append_printf (text, "\n%s: %s", _("Your note to the caseworker"), note);
    }
  js_plan_report_add (report, JS_REPORT_HEADING, when);
  js_plan_report_add (report, JS_REPORT_TEXT, text->str);
}

/**
 * js_meeting_print_report:
 * @upcoming: (element-type JsMeetingItem): the meetings and bookings to come
 * @open_calls: (nullable) (element-type JsMeetingCallItem): the calls to book
 * @today: the day it is printed
 * @right_to_left: whether the citizen's language is written right to left
 *
 * Returns: (transfer full): the meetings as a report, in the current language
 */
JsPlanReport *
js_meeting_print_report (GPtrArray   *upcoming,
                         GPtrArray   *open_calls,
                         const GDate *today,
                         gboolean     right_to_left)
{
  JsPlanReport *report = js_plan_report_new (right_to_left);
  g_autofree char *printed = js_format_date (today);
  g_autofree char *stamp = NULL;

  js_plan_report_add (report, JS_REPORT_TITLE, _("My meetings with the jobcenter"));
  /* Translators: %s is a date */
  stamp = g_strdup_printf (_("Printed on %s. All times are Danish time (Copenhagen). Jobspor "
                             "shows any change made later."), printed);
  js_plan_report_add (report, JS_REPORT_SMALL, stamp);

  for (guint i = 0; open_calls != NULL && i < open_calls->len; i++)
    add_call (report, open_calls->pdata[i], today);

  if (upcoming == NULL || upcoming->len == 0)
    js_plan_report_add (report, JS_REPORT_TEXT, _("No meetings to come."));
  for (guint i = 0; upcoming != NULL && i < upcoming->len; i++)
    add_meeting (report, upcoming->pdata[i]);

  js_plan_report_add (report, JS_REPORT_SMALL,
                      _("Written by your jobcenter. Their words are shown as they wrote them, "
                        "often in Danish."));
  return report;
}

/**
 * js_meeting_print:
 * @upcoming: (element-type JsMeetingItem): the meetings and bookings to come
 * @open_calls: (nullable) (element-type JsMeetingCallItem): the calls to book
 * @parent: (nullable): the window the print dialog stands over
 *
 * Prints the meetings, or saves them as a PDF where the citizen chooses
 * in the print dialog.
 */
void
js_meeting_print (GPtrArray *upcoming,
                  GPtrArray *open_calls,
                  GtkWindow *parent)
{
  GDate today;

  js_today (&today);
  js_print_report (parent, _("My meetings with the jobcenter"),
                   _("The meetings were not printed"),
                   js_meeting_print_report (upcoming, open_calls, &today,
                                            gtk_widget_get_default_direction () == GTK_TEXT_DIR_RTL),
                   (GDestroyNotify) js_plan_report_free,
                   (JsPrintPaginate) js_plan_report_paginate,
                   (JsPrintDraw) js_plan_report_draw_page);
}
