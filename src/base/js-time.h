/* js-time.h: Danish time, today, and dates as the API writes them
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The earliest year a date may have. */
#define JS_FIRST_YEAR 1900

GTimeZone *js_copenhagen_zone    (void);
void       js_date_in_copenhagen (GDateTime   *moment,
                                  GDate       *date);
void       js_today              (GDate       *date);
char      *js_date_to_iso        (const GDate *date);
gboolean   js_date_from_iso      (const char  *iso,
                                  GDate       *date);

G_END_DECLS
