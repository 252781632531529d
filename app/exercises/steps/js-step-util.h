/* js-step-util.h: small helpers the exercise step widgets share
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "js-exercise.h"

G_BEGIN_DECLS

const char *_js_check_problem_for  (JsCheck    *check,
                                    const char *id);
const char *_js_check_first_message (JsCheck   *check);
void        _js_step_mark_problem  (GtkWidget  *widget,
                                    GtkLabel   *label,
                                    const char *hint,
                                    const char *message);
GtkLabel   *_js_step_label_new     (const char *text);
void        _js_label_set_or_hide  (GtkLabel   *label,
                                    const char *text);
GtkLabel   *_js_step_error_label_new (void);
char       *_js_step_join_ids      (GPtrArray  *ids);
void        _js_step_list_opens_on_enter (GtkListBox *list);
gboolean    _js_step_ids_add       (GPtrArray  *ids,
                                    const char *id);

G_END_DECLS
