/* js-admin-config.h: what municipal IT sets for every user of a PC
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define JS_ADMIN_CONFIG_PATH "/etc/jobspor/jobspor.conf"

/* The idle time-out of a shared PC when the administrator names none. */
#define JS_ADMIN_DEFAULT_IDLE_MINUTES 10
#define JS_ADMIN_MAX_MINUTES          1440

/* Which values the administrator set; the app shows them as "Set by your
 * administrator" and offers no way to change them. */
typedef enum {
  JS_ADMIN_SERVER_URL      = 1 << 0,
  JS_ADMIN_SHARED_PC       = 1 << 1,
  JS_ADMIN_IDLE_TIMEOUT    = 1 << 2,
  JS_ADMIN_SESSION_LIMIT   = 1 << 3,
  JS_ADMIN_LANGUAGE        = 1 << 4,
  JS_ADMIN_EXERCISES_GUEST = 1 << 5,
} JsAdminSetting;

typedef struct {
  char           *server_url;       /* as written, or NULL */
  gboolean        shared_pc;
  guint           idle_minutes;     /* 0: no idle time-out */
  guint           session_minutes;  /* 0: no limit */
  char           *language;         /* one of the languages given, or NULL */
  gboolean        exercises_guest;  /* exercises without signing in */
  JsAdminSetting  set;
  GPtrArray      *problems;         /* what was wrong, one line each, for the log */
} JsAdminConfig;

JsAdminConfig *js_admin_config_load (const char         *path,
                                     const char * const *environment,
                                     const char * const *languages);
void           js_admin_config_free (JsAdminConfig      *config);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (JsAdminConfig, js_admin_config_free)

G_END_DECLS
