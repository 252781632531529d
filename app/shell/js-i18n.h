/* js-i18n.h: the four languages and switching between them at run time
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct {
  const char *code;
  const char *native_name;
  gboolean    right_to_left;
} JsLanguage;

void              js_i18n_init             (void);
const JsLanguage *js_i18n_get_languages    (guint       *n_languages);
const JsLanguage *js_i18n_lookup           (const char  *code);
const char       *js_i18n_system_language  (void);
const char       *js_i18n_get_current      (void);
void              js_i18n_apply            (const char  *code);

G_END_DECLS
