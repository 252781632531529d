/* js-cancel-dialog.h: before a meeting is cancelled, what it may mean
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "js-store-meetings.h"

G_BEGIN_DECLS

GtkWidget  *js_cancel_dialog_new      (GtkWindow           *parent,
                                       const JsMeetingItem *item);
const char *js_cancel_dialog_get_note (GtkWidget           *dialog);

G_END_DECLS
