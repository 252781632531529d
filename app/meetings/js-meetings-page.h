/* js-meetings-page.h: meetings with the jobcenter, and calls to book one
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "js-store.h"

G_BEGIN_DECLS

#define JS_TYPE_MEETINGS_PAGE (js_meetings_page_get_type ())
G_DECLARE_FINAL_TYPE (JsMeetingsPage, js_meetings_page, JS, MEETINGS_PAGE, GtkWidget)

void js_meetings_page_set_store     (JsMeetingsPage *self,
                                     JsStore        *store);
void js_meetings_page_set_clock_off (JsMeetingsPage *self,
                                     gboolean        clock_off);
void js_meetings_page_set_shared_pc (JsMeetingsPage *self,
                                     gboolean        shared_pc);
void js_meetings_page_reveal        (JsMeetingsPage *self,
                                     const char     *id);

G_END_DECLS
