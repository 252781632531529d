/* test-calendar.c: the calendar file, read back with libical
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A meeting on the Monday after a change to or from summer time starts
 * at the right moment; a moved meeting keeps its UID with a higher
 * SEQUENCE; a cancelled one says so; the file passes libical's RFC 5545
 * checks.
 */

#include "config.h"

#include <libical/ical.h>

#include "js-calendar.h"

#define MEETING "09328d36-66b2-41d7-b9ef-920a4e609382"

G_DEFINE_AUTOPTR_CLEANUP_FUNC (icalcomponent, icalcomponent_free)

static char *
write_one (gint64      sequence,
           GDateTime  *starts,
           gboolean    cancelled)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_utc (2027, 3, 1, 8, 0, 0);
  g_autoptr(GDateTime) ends = g_date_time_add_minutes (starts, 30);
  JsCalendarEvent event = { MEETING, sequence, starts, ends, cancelled, "Møde med jobcentret",
                            "Kalvebod Brygge 45, 1560 København V",
                            "Jobsamtale. Tag dit CV med." };
  char *text = js_calendar_write (&event, 1, now, &error);

  g_assert_no_error (error);
  return text;
}

/* The file's one event, parsed, after libical's checks of RFC 5545. */
static icalcomponent *
parse (const char *text)
{
  icalcomponent *calendar = icalparser_parse_string (text);

  g_assert_nonnull (calendar);
  g_assert_cmpint (icalcomponent_isa (calendar), ==, ICAL_VCALENDAR_COMPONENT);
  g_assert_true (icalrestriction_check (calendar));
  g_assert_cmpint (icalcomponent_count_errors (calendar), ==, 0);
  g_assert_nonnull (icalcomponent_get_first_property (calendar, ICAL_PRODID_PROPERTY));
  g_assert_cmpstr (icalproperty_get_version (
                     icalcomponent_get_first_property (calendar, ICAL_VERSION_PROPERTY)),
                   ==, "2.0");
  g_assert_nonnull (icalcomponent_get_first_component (calendar, ICAL_VTIMEZONE_COMPONENT));
  return calendar;
}

static gint64
utc_start (icalcomponent *calendar)
{
  icalcomponent *event = icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT);
  struct icaltimetype start = icalcomponent_get_dtstart (event);

  g_assert_nonnull (start.zone);
  g_assert_cmpstr (icaltimezone_get_tzid ((icaltimezone *) start.zone), ==, "Europe/Copenhagen");
  return icaltime_as_timet_with_zone (start, start.zone);
}

/* 10:00 in Copenhagen on the Monday after the last Sunday of March is
 * 08:00 UTC (summer time); after the last Sunday of October, 09:00. */
static void
test_dst (void)
{
  static const struct {
    int month;
    int day;
    int utc_hour;
  } cases[] = {
    { 3, 29, 8 },   /* 28 March 2027 is the last Sunday of March */
    { 3, 26, 9 },   /* the Friday before: still winter time */
    { 11, 1, 9 },   /* 31 October 2027 is the last Sunday of October */
    { 10, 29, 8 },  /* the Friday before: still summer time */
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GTimeZone) zone = g_time_zone_new_identifier ("Europe/Copenhagen");
      g_autoptr(GDateTime) local = g_date_time_new (zone, 2027, cases[i].month, cases[i].day, 10,
                                                    0, 0);
      g_autoptr(GDateTime) expected = g_date_time_new_utc (2027, cases[i].month, cases[i].day,
                                                           cases[i].utc_hour, 0, 0);
      g_autofree char *text = write_one (1, local, FALSE);
      g_autoptr(icalcomponent) calendar = parse (text);

      g_assert_cmpint (utc_start (calendar), ==, g_date_time_to_unix (expected));
      g_assert_nonnull (strstr (text, "DTSTART;TZID=Europe/Copenhagen:2027"));
    }
}

static void
test_moved_and_cancelled (void)
{
  g_autoptr(GDateTime) first = g_date_time_new_utc (2027, 3, 29, 8, 0, 0);
  g_autoptr(GDateTime) moved = g_date_time_new_utc (2027, 3, 31, 12, 0, 0);
  g_autofree char *before = write_one (1, first, FALSE);
  g_autofree char *after = write_one (2, moved, FALSE);
  g_autofree char *cancelled = write_one (3, moved, TRUE);
  g_autoptr(icalcomponent) a = parse (before);
  g_autoptr(icalcomponent) b = parse (after);
  g_autoptr(icalcomponent) c = parse (cancelled);
  icalcomponent *event_a = icalcomponent_get_first_component (a, ICAL_VEVENT_COMPONENT);
  icalcomponent *event_b = icalcomponent_get_first_component (b, ICAL_VEVENT_COMPONENT);
  icalcomponent *event_c = icalcomponent_get_first_component (c, ICAL_VEVENT_COMPONENT);

  g_assert_cmpstr (icalcomponent_get_uid (event_a), ==, icalcomponent_get_uid (event_b));
  g_assert_true (g_str_has_prefix (icalcomponent_get_uid (event_a), MEETING));
  g_assert_cmpint (icalcomponent_get_sequence (event_b), >, icalcomponent_get_sequence (event_a));
  g_assert_cmpint (utc_start (b), ==, g_date_time_to_unix (moved));
  g_assert_cmpint (icalcomponent_get_status (event_b), ==, ICAL_STATUS_CONFIRMED);
  g_assert_nonnull (icalcomponent_get_first_component (event_b, ICAL_VALARM_COMPONENT));
  g_assert_cmpstr (icalcomponent_get_location (event_b), ==,
                   "Kalvebod Brygge 45, 1560 København V");
  g_assert_nonnull (icalcomponent_get_first_property (event_b, ICAL_DTSTAMP_PROPERTY));

  g_assert_cmpstr (icalcomponent_get_uid (event_c), ==, icalcomponent_get_uid (event_a));
  g_assert_cmpint (icalcomponent_get_status (event_c), ==, ICAL_STATUS_CANCELLED);
  g_assert_cmpint (icalcomponent_get_sequence (event_c), >, icalcomponent_get_sequence (event_b));
}

static void
test_all_upcoming (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_utc (2027, 3, 1, 8, 0, 0);
  g_autoptr(GDateTime) one = g_date_time_new_utc (2027, 3, 2, 8, 0, 0);
  g_autoptr(GDateTime) two = g_date_time_new_utc (2027, 3, 3, 8, 0, 0);
  g_autoptr(GDateTime) end_one = g_date_time_add_minutes (one, 30);
  g_autoptr(GDateTime) end_two = g_date_time_add_minutes (two, 30);
  JsCalendarEvent events[] = {
    { MEETING, 1, one, end_one, FALSE, "Møde", NULL, NULL },
    { "1d467f7e-236a-4831-8507-0aec2845275e", 4, two, end_two, FALSE, "Зустріч", "Телефон", NULL },
  };
  g_autofree char *text = js_calendar_write (events, G_N_ELEMENTS (events), now, &error);
  g_autoptr(icalcomponent) calendar = NULL;

  g_assert_no_error (error);
  calendar = parse (text);
  g_assert_cmpint (icalcomponent_count_components (calendar, ICAL_VEVENT_COMPONENT), ==, 2);
  g_assert_nonnull (strstr (text, "Зустріч"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/calendar/dst", test_dst);
  g_test_add_func ("/calendar/moved-and-cancelled", test_moved_and_cancelled);
  g_test_add_func ("/calendar/all-upcoming", test_all_upcoming);

  return g_test_run ();
}
