/* js-meeting-group.h: one meeting or booking, as the Meetings page shows it
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "js-store-meetings.h"

G_BEGIN_DECLS

GtkWidget *js_meeting_group_new        (JsStore             *store,
                                        const JsMeetingItem *item,
                                        GDateTime           *now,
                                        GtkWidget          **first_row);

void       _js_meetings_group_add      (GtkWidget           *group,
                                        const char          *title,
                                        const char          *subtitle);
GtkWidget *_js_meetings_button_new     (const char          *label,
                                        const char          *tooltip,
                                        const char          *action,
                                        GVariant            *target);
void       _js_meetings_row_add_button (GtkWidget           *row,
                                        GtkWidget           *button);

G_END_DECLS
