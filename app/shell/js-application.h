/* js-application.h
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "js-store.h"

G_BEGIN_DECLS

#define JS_TYPE_APPLICATION (js_application_get_type ())
G_DECLARE_FINAL_TYPE (JsApplication, js_application, JS, APPLICATION, AdwApplication)

JsApplication *js_application_new           (void);
JsStore       *js_application_get_store     (JsApplication *self);
GSettings     *js_application_get_settings  (JsApplication *self);
gboolean       js_application_get_at_start  (JsApplication *self);
const char    *js_application_get_pc_language (JsApplication *self);
gboolean       js_application_get_guest_allowed (JsApplication *self);
gboolean       js_application_get_shared_pc (JsApplication *self);
const char    *js_application_get_language  (JsApplication *self);

G_END_DECLS
