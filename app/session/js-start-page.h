/* js-start-page.h: a shared PC's start: language first, then sign-in
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define JS_TYPE_START_PAGE (js_start_page_get_type ())
G_DECLARE_FINAL_TYPE (JsStartPage, js_start_page, JS, START_PAGE, AdwBin)

GtkWidget *js_start_page_new (const char * const *codes,
                              const char * const *names,
                              const char         *current,
                              gboolean            guest_allowed);

G_END_DECLS
