/* js-joblog-export.h: taking the job log to the meeting
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "js-store.h"

G_BEGIN_DECLS

void js_joblog_save_csv   (GtkWindow   *parent,
                           GPtrArray   *entries);
void js_joblog_print      (GtkWindow   *parent,
                           JsStore     *store,
                           GPtrArray   *entries,
                           const GDate *from,
                           const GDate *to);

G_END_DECLS
