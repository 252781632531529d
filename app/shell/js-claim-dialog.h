/* js-claim-dialog.h: "Add these 3 entries to your job log?"
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "js-store-adopt.h"

G_BEGIN_DECLS

AdwMessageDialog *js_claim_dialog_new (GtkWindow               *parent,
                                       const JsAdoptableCounts *counts,
                                       gboolean                 shared_pc);

G_END_DECLS
