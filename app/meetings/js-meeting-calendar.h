/* js-meeting-calendar.h: meetings saved as a calendar file
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "js-store-meetings.h"

G_BEGIN_DECLS

char *js_meeting_calendar_text (const JsMeetingItem * const *items,
                                guint                        n_items,
                                GDateTime                   *now,
                                GError                     **error);
void  js_meeting_calendar_save (GtkWindow                   *parent,
                                const JsMeetingItem * const *items,
                                guint                        n_items);

G_END_DECLS
