/* js-test-store.h: a fresh profile store in a folder of its own, for tests
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "js-store.h"

G_BEGIN_DECLS

typedef struct {
  char    *dir;
  char    *path;
  JsStore *store;
} JsTestStore;

void js_test_store_set_up    (JsTestStore *test,
                              const char  *name);
void js_test_store_tear_down (JsTestStore *test);
void js_test_store_pull      (JsStore     *store,
                              const char  *entity,
                              const char  *id,
                              gint64       revision,
                              JsonNode    *record);

G_END_DECLS
