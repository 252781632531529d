/* js-date-format.h: dates in the language the citizen chose
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *js_format_date        (const GDate *date);
char *js_format_date_short  (const GDate *date);
char *js_format_period      (const GDate *from,
                             const GDate *to);
char *js_format_weekday_date (const GDate *date);
char *js_format_time        (GDateTime   *moment);
char *js_format_duration    (GTimeSpan    span);

G_END_DECLS
