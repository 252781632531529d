/* js-entry-dialog.h: adding or changing one job-log entry
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "js-store-joblog.h"

G_BEGIN_DECLS

#define JS_TYPE_ENTRY_DIALOG (js_entry_dialog_get_type ())
G_DECLARE_FINAL_TYPE (JsEntryDialog, js_entry_dialog, JS, ENTRY_DIALOG, AdwWindow)

JsEntryDialog *js_entry_dialog_new (GtkWindow     *parent,
                                    JsStore       *store,
                                    JsJoblogEntry *entry,
                                    gboolean       is_new);

G_END_DECLS
