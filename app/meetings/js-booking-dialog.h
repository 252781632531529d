/* js-booking-dialog.h: choosing a free time, to book a meeting or move one
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "js-store-meetings.h"

G_BEGIN_DECLS

#define JS_TYPE_BOOKING_DIALOG (js_booking_dialog_get_type ())
G_DECLARE_FINAL_TYPE (JsBookingDialog, js_booking_dialog, JS, BOOKING_DIALOG, AdwWindow)

JsBookingDialog *js_booking_dialog_new_booking    (GtkWindow           *parent,
                                                   JsStore             *store,
                                                   const char          *call_id,
                                                   const JsMeetingItem *refused);
JsBookingDialog *js_booking_dialog_new_move       (GtkWindow           *parent,
                                                   JsStore             *store,
                                                   const JsMeetingItem *meeting);
char            *js_booking_dialog_book           (JsStore             *store,
                                                   const char          *slot_id,
                                                   const char          *note,
                                                   const char          *interpreter,
                                                   const char          *refused_id,
                                                   GError             **error);
const char      *js_booking_dialog_booked_message (void);

G_END_DECLS
