/* js-store-adopt.h: what was made before sign-in, taken into a citizen's profile
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "js-store.h"

G_BEGIN_DECLS

typedef struct {
  guint entries;
  guint exercises;
  guint drafts;
} JsAdoptableCounts;

gboolean js_store_count_adoptable (JsStore            *from,
                                   JsAdoptableCounts  *counts,
                                   GError            **error);
gboolean js_store_adopt           (JsStore            *to,
                                   JsStore            *from,
                                   GError            **error);

G_END_DECLS
