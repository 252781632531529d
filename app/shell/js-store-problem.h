/* js-store-problem.h: telling the citizen their saved data can't be opened
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "js-store.h"

G_BEGIN_DECLS

typedef void (*JsStoreProblemResolved) (gpointer  user_data,
                                        JsStore  *store);

void js_store_problem_present (GtkWindow              *parent,
                               const char             *path,
                               const GError           *error,
                               JsStoreProblemResolved  resolved,
                               gpointer                user_data);

G_END_DECLS
