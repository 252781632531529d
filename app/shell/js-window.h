/* js-window.h
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "js-application.h"

G_BEGIN_DECLS

#define JS_TYPE_WINDOW (js_window_get_type ())
G_DECLARE_FINAL_TYPE (JsWindow, js_window, JS, WINDOW, AdwApplicationWindow)

JsWindow *js_window_new (JsApplication *application);

G_END_DECLS
