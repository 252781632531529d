/* js-main-view.h
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "js-store.h"

G_BEGIN_DECLS

#define JS_TYPE_MAIN_VIEW (js_main_view_get_type ())
G_DECLARE_FINAL_TYPE (JsMainView, js_main_view, JS, MAIN_VIEW, GtkWidget)

JsMainView *js_main_view_new          (void);
const char *js_main_view_get_section  (JsMainView *self);
void        js_main_view_set_section  (JsMainView *self,
                                       const char *section);
void        js_main_view_apply_for    (JsMainView *self,
                                       const char *suggestion,
                                       const char *title,
                                       const char *employer,
                                       const char *link);
void        js_main_view_new_entry    (JsMainView *self);
void        js_main_view_show_meeting (JsMainView *self,
                                       const char *id);
void        js_main_view_set_shared_pc (JsMainView *self,
                                        gboolean    shared_pc);
void        js_main_view_set_sync_status (JsMainView *self,
                                          const char *text);

G_END_DECLS
