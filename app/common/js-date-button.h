/* js-date-button.h: a button showing a date, with a calendar to change it
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define JS_TYPE_DATE_BUTTON (js_date_button_get_type ())
G_DECLARE_FINAL_TYPE (JsDateButton, js_date_button, JS, DATE_BUTTON, GtkWidget)

GtkWidget *js_date_button_new        (void);
void       js_date_button_get_date   (JsDateButton *self,
                                      GDate        *date);
void       js_date_button_set_date   (JsDateButton *self,
                                      const GDate  *date);
void       js_date_button_set_label  (JsDateButton *self,
                                      const char   *label);

G_END_DECLS
