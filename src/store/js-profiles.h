/* js-profiles.h: one profile per citizen, and one before anyone signs in
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "js-store.h"

G_BEGIN_DECLS

#define JS_TYPE_PROFILES (js_profiles_get_type ())
G_DECLARE_FINAL_TYPE (JsProfiles, js_profiles, JS, PROFILES, GObject)

JsProfiles *js_profiles_new            (const char   *dir);
gboolean    js_profiles_key_valid      (const char   *key);
char       *js_profiles_key_for        (JsProfiles   *self,
                                        const char   *citizen,
                                        GError      **error);
char       *js_profiles_path           (JsProfiles   *self,
                                        const char   *key);
gboolean    js_profiles_remove         (JsProfiles   *self,
                                        const char   *key,
                                        GError      **error);
char       *js_profiles_dup_current    (JsProfiles   *self);
gboolean    js_profiles_set_current    (JsProfiles   *self,
                                        const char   *key,
                                        GError      **error);
JsStore    *js_profiles_open           (JsProfiles   *self,
                                        const char   *citizen,
                                        GError      **error);
JsStore    *js_profiles_open_signed_in (JsProfiles   *self,
                                        const char   *key,
                                        const char   *citizen,
                                        GError      **error);
JsStore    *js_profiles_open_key       (JsProfiles   *self,
                                        const char   *key,
                                        GError      **error);
gboolean    js_profiles_migrate_legacy (JsProfiles   *self,
                                        gboolean     *out_moved,
                                        char        **out_key,
                                        GError      **error);

G_END_DECLS
