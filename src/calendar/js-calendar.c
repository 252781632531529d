/* js-calendar.c: meetings as an iCalendar file (RFC 5545), made with libical
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One VEVENT per meeting, in Copenhagen time with the zone's VTIMEZONE,
 * so a calendar shows it at the right hour on both sides of a change to
 * or from summer time. The UID is the meeting's own, so importing the
 * file again after a move updates the event (a higher SEQUENCE) instead
 * of adding a second one; a cancelled meeting is STATUS:CANCELLED. Each
 * event reminds two hours before.
 */

#include "config.h"

#include <libical/ical.h>

#include "js-calendar.h"

#define ZONE "Europe/Copenhagen"
#define UID_DOMAIN "@meetings.jobspor.dk"

G_DEFINE_QUARK (js-calendar-error-quark, js_calendar_error)

G_DEFINE_AUTOPTR_CLEANUP_FUNC (icalcomponent, icalcomponent_free)

static struct icaltimetype
to_ical (GDateTime    *time,
         icaltimezone *zone)
{
  return icaltime_from_timet_with_zone ((time_t) g_date_time_to_unix (time), 0, zone);
}

/* DTSTART or DTEND as Copenhagen's wall-clock time with its TZID, which
 * the calendar's VTIMEZONE defines. */
static icalproperty *
local_time (icalproperty *(*new_property) (struct icaltimetype),
            GDateTime     *time,
            icaltimezone  *zone)
{
  struct icaltimetype local = to_ical (time, zone);
  icalproperty *property;

  local.zone = NULL;
  property = new_property (local);
  icalproperty_add_parameter (property, icalparameter_new_tzid (ZONE));
  return property;
}

static icalcomponent *
new_alarm (const char *summary)
{
  struct icaltriggertype trigger = { 0 };
  icalcomponent *alarm = icalcomponent_new (ICAL_VALARM_COMPONENT);

  trigger.time = icaltime_null_time ();
  trigger.duration = icaldurationtype_from_int (-JS_CALENDAR_ALARM_MINUTES * 60);
  icalcomponent_add_property (alarm, icalproperty_new_action (ICAL_ACTION_DISPLAY));
  icalcomponent_add_property (alarm, icalproperty_new_trigger (trigger));
  icalcomponent_add_property (alarm, icalproperty_new_description (summary));
  return alarm;
}

static icalcomponent *
new_event (const JsCalendarEvent *event,
           icaltimezone          *zone,
           struct icaltimetype    stamp)
{
  icalcomponent *vevent = icalcomponent_new (ICAL_VEVENT_COMPONENT);
  g_autofree char *uid = g_strconcat (event->uid, UID_DOMAIN, NULL);

  icalcomponent_add_property (vevent, icalproperty_new_uid (uid));
  icalcomponent_add_property (vevent, icalproperty_new_sequence ((int) event->sequence));
  icalcomponent_add_property (vevent, icalproperty_new_dtstamp (stamp));
  icalcomponent_add_property (vevent, local_time (icalproperty_new_dtstart, event->starts, zone));
  icalcomponent_add_property (vevent, local_time (icalproperty_new_dtend, event->ends, zone));
  icalcomponent_add_property (vevent, icalproperty_new_summary (event->summary));
  if (event->location != NULL)
    icalcomponent_add_property (vevent, icalproperty_new_location (event->location));
  if (event->description != NULL)
    icalcomponent_add_property (vevent, icalproperty_new_description (event->description));
  icalcomponent_add_property (vevent,
                              icalproperty_new_status (event->cancelled ? ICAL_STATUS_CANCELLED
                                                                        : ICAL_STATUS_CONFIRMED));
  if (!event->cancelled)
    icalcomponent_add_component (vevent, new_alarm (event->summary));
  return vevent;
}

/**
 * js_calendar_write:
 * @events: (array length=n_events): the meetings
 * @n_events: how many
 * @now: when the file is made (DTSTAMP)
 * @error: return location for a %JS_CALENDAR_ERROR
 *
 * Returns: (transfer full): the iCalendar text, or %NULL
 */
char *
js_calendar_write (const JsCalendarEvent  *events,
                   guint                   n_events,
                   GDateTime              *now,
                   GError                **error)
{
  g_autoptr(icalcomponent) calendar = NULL;
  icaltimezone *zone;
  icalcomponent *vtimezone;
  struct icaltimetype stamp;
  char *text;

  g_return_val_if_fail (events != NULL || n_events == 0, NULL);
  g_return_val_if_fail (now != NULL, NULL);

  zone = icaltimezone_get_builtin_timezone (ZONE);
  if (zone == NULL || (vtimezone = icaltimezone_get_component (zone)) == NULL)
    {
      g_set_error_literal (error, JS_CALENDAR_ERROR, JS_CALENDAR_ERROR_FAILED,
                           "The time zone " ZONE " is not known (tzdata)");
      return NULL;
    }

  calendar = icalcomponent_new (ICAL_VCALENDAR_COMPONENT);
  icalcomponent_add_property (calendar, icalproperty_new_version ("2.0"));
  icalcomponent_add_property (calendar,
                              icalproperty_new_prodid ("-//Jobspor//Jobspor " PACKAGE_VERSION
                                                       "//EN"));
  icalcomponent_add_property (calendar, icalproperty_new_calscale ("GREGORIAN"));
  /* The zone under the TZID calendars know, "Europe/Copenhagen", without
   * libical's own prefix. */
  vtimezone = icalcomponent_new_clone (vtimezone);
  icalproperty_set_tzid (icalcomponent_get_first_property (vtimezone, ICAL_TZID_PROPERTY), ZONE);
  icalcomponent_add_component (calendar, vtimezone);

  stamp = to_ical (now, icaltimezone_get_utc_timezone ());
  for (guint i = 0; i < n_events; i++)
    icalcomponent_add_component (calendar, new_event (&events[i], zone, stamp));

  text = icalcomponent_as_ical_string_r (calendar);
  if (text == NULL)
    {
      g_set_error (error, JS_CALENDAR_ERROR, JS_CALENDAR_ERROR_FAILED,
                   "The calendar file could not be made: %s", icalerror_strerror (icalerrno));
      return NULL;
    }

  /* libical's memory goes back to libical; the caller gets GLib's. */
  {
    char *copy = g_strdup (text);

    icalmemory_free_buffer (text);
    return copy;
  }
}
