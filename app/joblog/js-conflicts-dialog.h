/* js-conflicts-dialog.h: entries the citizen must decide about
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "js-store.h"

G_BEGIN_DECLS

#define JS_TYPE_CONFLICTS_DIALOG (js_conflicts_dialog_get_type ())
G_DECLARE_FINAL_TYPE (JsConflictsDialog, js_conflicts_dialog, JS, CONFLICTS_DIALOG, AdwWindow)

JsConflictsDialog *js_conflicts_dialog_new (GtkWindow *parent,
                                            JsStore   *store);

G_END_DECLS
