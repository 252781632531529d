/* js-week.h: ISO weeks, today in Copenhagen, and the weekly requirement
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "js-time.h"

G_BEGIN_DECLS

typedef struct {
  guint year;
  guint week;
} JsIsoWeek;

typedef enum {
  JS_WEEK_ON_TRACK,
  JS_WEEK_MET,
  JS_WEEK_FALLING_SHORT,
  JS_WEEK_MISSED,
} JsWeekState;

/* The number of days without entries after which the citizen is warned. */
#define JS_INACTIVITY_DAYS 30

void        js_iso_week_of         (const GDate     *date,
                                    JsIsoWeek       *week);
void        js_iso_week_monday     (const JsIsoWeek *week,
                                    GDate           *monday);
void        js_iso_week_add        (JsIsoWeek       *week,
                                    int              weeks);
int         js_iso_week_compare    (const JsIsoWeek *a,
                                    const JsIsoWeek *b);
guint       js_days_left_in_week   (const GDate     *date);
JsWeekState js_week_state          (guint            done,
                                    guint            required,
                                    const JsIsoWeek *week,
                                    const GDate     *today);
gboolean    js_inactive_too_long   (const GDate     *last_entry,
                                    const GDate     *today,
                                    guint           *days);

G_END_DECLS
