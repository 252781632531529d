/* js-meeting-text.c: meetings in the citizen's language
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The words the Meetings page, This week and the calendar file share:
 * when a meeting is (weekday, date, time and length, in Danish time),
 * how it happens, where a booking stands, why the jobcenter refused one,
 * and until when a call to book may be answered. The jobcenter's own
 * text is never translated; it is shown in quotes, as theirs.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "js-date-format.h"
#include "js-meeting-schedule.h"
#include "js-meeting-text.h"
#include "js-quote.h"
#include "js-time.h"

/* The languages of the citizens the jobcenter serves most (DOMAIN.md),
 * then the neighbours'; a tag of the API's simple form each. */
static const JsInterpreterLanguage languages[] = {
  { "uk", N_("Ukrainian") },
  { "ar", N_("Arabic") },
  { "prs", N_("Dari") },
  { "ps", N_("Pashto") },
  { "fa", N_("Persian (Farsi)") },
  { "ti", N_("Tigrinya") },
  { "so", N_("Somali") },
  { "ku", N_("Kurdish") },
  { "tr", N_("Turkish") },
  { "ur", N_("Urdu") },
  { "ru", N_("Russian") },
  { "pl", N_("Polish") },
  { "ro", N_("Romanian") },
  { "en", N_("English") },
};

/**
 * js_meeting_moment_text:
 * @moment: an instant
 *
 * Returns: (transfer full): @moment in Copenhagen with its weekday, such
 *   as "Wednesday 11 March 2026 at 10:30"
 */
char *
js_meeting_moment_text (GDateTime *moment)
{
  g_autofree char *day_text = NULL;
  g_autofree char *time_text = NULL;
  GDate day;

  js_date_in_copenhagen (moment, &day);
  day_text = js_format_weekday_date (&day);
  time_text = js_format_time (moment);

  /* Translators: a day and a time: %1$s is the day with its weekday,
   * %2$s the time of day */
  return g_strdup_printf (C_("day and time: 1 day, 2 time", "%1$s at %2$s"), day_text,
                          time_text);
}

/**
 * js_meeting_times_text:
 * @record: a meeting or a slot
 *
 * Returns: (transfer full): from when until when, in Copenhagen, such as
 *   "10:30–11:00 (30 minutes)"
 */
char *
js_meeting_times_text (const JsMeetingRecord *record)
{
  g_autofree char *starts = js_format_time (record->starts);
  g_autofree char *ends = js_format_time (record->ends);
  g_autofree char *length = js_format_duration (g_date_time_difference (record->ends,
                                                                        record->starts));

  /* Translators: %1$s and %2$s are the times a meeting starts and ends,
   * %3$s how long it lasts */
  return g_strdup_printf (C_("meeting times: 1 start, 2 end, 3 length", "%1$s–%2$s (%3$s)"),
                          starts, ends, length);
}

/**
 * js_meeting_when_text:
 * @record: a meeting or a slot
 *
 * Returns: (transfer full): when it is, such as "Thursday 12 March 2026,
 *   10:30–11:00 (30 minutes)", in Copenhagen
 */
char *
js_meeting_when_text (const JsMeetingRecord *record)
{
  g_autofree char *day_text = NULL;
  g_autofree char *times = js_meeting_times_text (record);
  GDate day;

  js_date_in_copenhagen (record->starts, &day);
  day_text = js_format_weekday_date (&day);

  /* Translators: when a meeting is: %1$s is the day with its weekday,
   * %2$s the times, as in "10:30–11:00 (30 minutes)" */
  return g_strdup_printf (C_("meeting day and times: 1 day, 2 times", "%1$s, %2$s"), day_text,
                          times);
}

/**
 * js_meeting_kind_name:
 * @kind: how a meeting happens
 *
 * Returns: (transfer none): in a few words, "In person", "By phone" or
 *   "By video"
 */
const char *
js_meeting_kind_name (JsMeetingKind kind)
{
  switch (kind)
    {
    case JS_MEETING_KIND_PHONE:
      return _("By phone");
    case JS_MEETING_KIND_VIDEO:
      return _("By video");
    case JS_MEETING_KIND_IN_PERSON:
    default:
      return _("In person");
    }
}

/**
 * js_meeting_channel_text:
 * @record: a meeting or a slot
 *
 * Returns: (transfer full): where, or how to take part, with the
 *   jobcenter's words, to stand under js_meeting_kind_name()
 */
char *
js_meeting_channel_text (const JsMeetingRecord *record)
{
  g_autofree char *place = js_isolate (record->place);

  switch (record->kind)
    {
    case JS_MEETING_KIND_PHONE:
      /* Translators: %s is the jobcenter's own words, not translated */
      return g_strdup_printf (_("The jobcenter calls you. From the jobcenter: “%s”"), place);
    case JS_MEETING_KIND_VIDEO:
      /* Translators: %s is the jobcenter's own words, not translated */
      return g_strdup_printf (_("How to join, from the jobcenter: “%s”"), place);
    case JS_MEETING_KIND_IN_PERSON:
    default:
      /* Translators: %s is an address */
      return g_strdup_printf (_("Address: %s"), place);
    }
}

/**
 * js_meeting_state_name:
 * @state: where a booking or a meeting stands
 *
 * Returns: (transfer none): the state in a few words
 */
const char *
js_meeting_state_name (JsMeetingState state)
{
  switch (state)
    {
    case JS_MEETING_STATE_WAITING:
      return _("Waiting to be sent");
    case JS_MEETING_STATE_SENT:
      return _("Sent — waiting for the jobcenter");
    case JS_MEETING_STATE_REJECTED:
      return _("Rejected");
    case JS_MEETING_STATE_CANCELLED:
      return _("Cancelled");
    case JS_MEETING_STATE_CONFIRMED:
    default:
      return _("Confirmed");
    }
}

/**
 * js_meeting_state_explanation:
 * @state: where a booking or a meeting stands (not rejected: its reason
 *   says more)
 *
 * Returns: (transfer none): what the state means, in a plain line
 */
const char *
js_meeting_state_explanation (JsMeetingState state)
{
  switch (state)
    {
    case JS_MEETING_STATE_WAITING:
      return _("It is only on this PC. Jobspor sends it when it can reach the jobcenter.");
    case JS_MEETING_STATE_SENT:
      return _("The jobcenter has it but has not answered yet.");
    case JS_MEETING_STATE_CANCELLED:
      return _("This meeting was cancelled.");
    case JS_MEETING_STATE_REJECTED:
    case JS_MEETING_STATE_CONFIRMED:
    default:
      return _("The jobcenter has confirmed the meeting.");
    }
}

/**
 * js_meeting_reason_text:
 * @reason: why the jobcenter refused a booking or a change
 *
 * Returns: (transfer none): the reason and what to do, in plain words
 */
const char *
js_meeting_reason_text (JsMeetingReason reason)
{
  switch (reason)
    {
    case JS_MEETING_REASON_SLOT_TAKEN:
      return _("The time was no longer free. Choose another time.");
    case JS_MEETING_REASON_DEADLINE_PASSED:
      return _("The deadline for that time had passed. Choose another time or contact your "
               "caseworker.");
    case JS_MEETING_REASON_TOO_LATE:
      return _("It was too late to change the meeting here. Contact your caseworker.");
    case JS_MEETING_REASON_NOT_SENT:
      return _("The jobcenter’s system could not take it. Contact your caseworker.");
    case JS_MEETING_REASON_NOT_ALLOWED:
    case JS_MEETING_REASON_NONE:
    default:
      return _("The jobcenter did not accept it. Contact your caseworker.");
    }
}

/**
 * js_meeting_call_title:
 * @call: a call to book
 *
 * Returns: (transfer full): "Book a meeting by Wednesday 11 March 2026"
 *   for a deadline at midnight, else with the time it closes
 */
char *
js_meeting_call_title (const JsMeetingCall *call)
{
  g_autoptr(GTimeZone) zone = js_copenhagen_zone ();
  g_autoptr(GDateTime) local = g_date_time_to_timezone (call->book_before, zone);
  g_autofree char *text = NULL;
  GDate last;

  if (g_date_time_get_hour (local) == 0 && g_date_time_get_minute (local) == 0)
    {
      js_meeting_call_last_day (call, &last);
      text = js_format_weekday_date (&last);
      /* Translators: %s is the last day to book, with its weekday */
      return g_strdup_printf (_("Book a meeting by %s"), text);
    }

  text = js_meeting_moment_text (call->book_before);
  /* Translators: %s is a day and a time */
  return g_strdup_printf (_("Book a meeting before %s"), text);
}

/**
 * js_meeting_call_days_text:
 * @call: a call to book
 * @today: today in Copenhagen
 * @warn: (out): whether to warn: the call is in its last days, or past
 *
 * Returns: (transfer full): how long is left to book, in words
 */
char *
js_meeting_call_days_text (const JsMeetingCall *call,
                           const GDate         *today,
                           gboolean            *warn)
{
  GDate last;
  int days;

  js_meeting_call_last_day (call, &last);
  days = g_date_days_between (today, &last);
  *warn = days < JS_CALL_WARN_DAYS;

  if (days < 0)
    return g_strdup (_("The deadline has passed. If you have not booked, call your caseworker "
                       "today: a missed deadline can affect your benefits."));
  if (days == 0)
    return g_strdup (_("Today is the last day to book. A missed deadline can affect your "
                       "benefits."));
  if (days == 1)
    return g_strdup (_("Tomorrow is the last day to book. A missed deadline can affect your "
                       "benefits."));
  /* Translators: %d is a number of days, at least 2 */
  return g_strdup_printf (ngettext ("The last day to book is in %d day.",
                                    "The last day to book is in %d days.", days),
                          days);
}

/**
 * js_meeting_jobcenter_words:
 * @label: what the text is, translated ("What it is about")
 * @text: (nullable): the jobcenter's own text
 *
 * Returns: (transfer full) (nullable): "@label, from the jobcenter: “@text”",
 *   or %NULL when @text is empty
 */
char *
js_meeting_jobcenter_words (const char *label,
                            const char *text)
{
  g_autofree char *isolated = NULL;

  if (text == NULL || *text == '\0')
    return NULL;

  /* Translators: %1$s says what it is ("What to bring"), %2$s is the
   * jobcenter's own words, not translated */
  isolated = js_isolate (text);
  return g_strdup_printf (_("%1$s, from the jobcenter: “%2$s”"), label, isolated);
}

/**
 * js_interpreter_languages:
 * @n_languages: (out): how many
 *
 * Returns: (transfer none) (array length=n_languages): the languages to
 *   offer for an interpreter
 */
const JsInterpreterLanguage *
js_interpreter_languages (guint *n_languages)
{
  *n_languages = G_N_ELEMENTS (languages);
  return languages;
}

/**
 * js_interpreter_language_name:
 * @code: a language tag
 *
 * Returns: (transfer none): the language's name in the citizen's
 *   language, or @code itself for one not offered here
 */
const char *
js_interpreter_language_name (const char *code)
{
  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    {
      if (g_strcmp0 (languages[i].code, code) == 0)
        return _(languages[i].name);
    }

  return code;
}
