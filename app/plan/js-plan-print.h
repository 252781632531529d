/* js-plan-print.h: the plan on paper, for a meeting or a teacher
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "js-plan-report.h"
#include "js-protocol.h"

G_BEGIN_DECLS

JsPlanReport *js_plan_print_report (const JsPlan *plan,
                                    const char   *citizen_name,
                                    const GDate  *today,
                                    gboolean      right_to_left);
void          js_plan_print        (const JsPlan *plan,
                                    const char   *citizen_name,
                                    GtkWindow    *parent);

G_END_DECLS
