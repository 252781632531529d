/* js-meeting-print.h: the meetings on paper, where nothing can remind
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "js-plan-report.h"

G_BEGIN_DECLS

JsPlanReport *js_meeting_print_report (GPtrArray   *upcoming,
                                       GPtrArray   *open_calls,
                                       const GDate *today,
                                       gboolean     right_to_left);
void          js_meeting_print        (GPtrArray   *upcoming,
                                       GPtrArray   *open_calls,
                                       GtkWindow   *parent);

G_END_DECLS
