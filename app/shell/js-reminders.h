/* js-reminders.h: reminders of meetings and booking deadlines, while Jobspor runs
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "js-store.h"

G_BEGIN_DECLS

/* Where the keys of the reminders shown already are kept (a line each). */
#define JS_REMINDERS_SHOWN_META "meeting-reminders-shown"

#define JS_TYPE_REMINDERS (js_reminders_get_type ())
G_DECLARE_FINAL_TYPE (JsReminders, js_reminders, JS, REMINDERS, GObject)

JsReminders *js_reminders_new         (GApplication *application);
void         js_reminders_set_store   (JsReminders  *self,
                                       JsStore      *store);
void         js_reminders_check       (JsReminders  *self,
                                       GDateTime    *now);
GDateTime   *js_reminders_get_next_at (JsReminders  *self);

G_END_DECLS
