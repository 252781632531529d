/* js-exercises-page.h: the exercises section
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "js-store.h"

G_BEGIN_DECLS

#define JS_TYPE_EXERCISES_PAGE (js_exercises_page_get_type ())
G_DECLARE_FINAL_TYPE (JsExercisesPage, js_exercises_page, JS, EXERCISES_PAGE, GtkWidget)

void js_exercises_page_set_store (JsExercisesPage *self,
                                  JsStore         *store);

G_END_DECLS
