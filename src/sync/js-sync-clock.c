/* js-sync-clock.c: whether this PC's clock agrees with the jobcenter's
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every answer of the jobcenter carries an HTTP Date header. A PC whose
 * clock is off by hours would show a deadline as passed, or still open,
 * when it is not; the jobcenter's answer decides, and the app says that
 * the times it shows may be off when the two clocks differ by more than
 * a few minutes.
 */

#include "config.h"

#include <libsoup/soup.h>

#include "js-sync.h"

/**
 * js_sync_clock_skew:
 * @date_header: (nullable): an HTTP Date header (RFC 9110, IMF-fixdate or
 *   the older forms)
 * @local_now: this PC's time when the answer came
 * @skew: (out): the jobcenter's time less @local_now, in whole seconds
 *
 * Returns: %FALSE when there is no header or it cannot be read
 */
gboolean
js_sync_clock_skew (const char *date_header,
                    GDateTime  *local_now,
                    gint64     *skew)
{
  g_autoptr(GDateTime) server = NULL;

  g_return_val_if_fail (local_now != NULL && skew != NULL, FALSE);

  if (date_header == NULL ||
      !(server = soup_date_time_new_from_http_string (date_header)))
    return FALSE;

  *skew = g_date_time_difference (server, local_now) / G_TIME_SPAN_SECOND;
  return TRUE;
}

/**
 * js_sync_clock_is_off:
 * @skew: the jobcenter's time less this PC's, in seconds
 *
 * Returns: whether the clocks differ by more than
 *   %JS_SYNC_CLOCK_TOLERANCE seconds either way
 */
gboolean
js_sync_clock_is_off (gint64 skew)
{
  return skew > JS_SYNC_CLOCK_TOLERANCE || skew < -JS_SYNC_CLOCK_TOLERANCE;
}
