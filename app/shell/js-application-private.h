/* js-application-private.h: what the application's files share
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "js-admin-config.h"
#include "js-application.h"
#include "js-profiles.h"
#include "js-reminders.h"
#include "js-session-watch.h"
#include "js-sync-engine.h"

G_BEGIN_DECLS

struct _JsApplication {
  AdwApplication  parent_instance;

  GSettings      *settings;
  JsAdminConfig  *admin;
  JsProfiles     *profiles;
  char           *session_dir;  /* a shared PC's session folder, or NULL */
  JsSessionWatch *session_watch; /* a shared PC's idle time-out and length limit */
  gboolean        leaving;       /* a shared PC's session is ending */
  gboolean        guest;         /* a shared PC used without signing in */
  gboolean        delete_local;  /* at home: the citizen's copy goes at sign-out */
  gboolean        at_start;
  gulong          leaving_handler;
  guint           end_anyway;
  char           *citizen;      /* the profile key of the citizen signed in, or NULL */
  JsStore        *store;
  char           *language;
  char           *server_url;
  JsSyncEngine   *engine;
  GCancellable   *profile_cancellable;
  GCancellable   *cancellable;          /* what runs until shutdown */
  char           *sync_status;
  char           *sync_details;
  gboolean        clock_off;
  guint           status_timer;
  JsReminders    *reminders;     /* at home only: a shared PC reminds of nothing */
  gboolean        background_start; /* started with --background: no window */
  gboolean        background_held;  /* runs on with no window: reminders when closed */
  GCancellable   *background_cancellable; /* asking the Background portal */
};

void _js_application_update_sync_status (JsApplication *self);
GtkWindow *_js_application_main_window  (JsApplication *self);
void _js_application_update_at_start    (JsApplication *self);
void _js_application_reset_language     (JsApplication *self);
void _js_application_open_first_profile (JsApplication *self,
                                         GtkWindow     *window);
void _js_application_end_shared_session     (JsApplication *self);
void _js_application_restart_shared_session (JsApplication *self);
void _js_application_sign_out_now           (JsApplication *self);
void _js_application_leave                  (JsApplication *self,
                                             gboolean       timed_out);
void _js_application_background_init     (JsApplication *self);
int  _js_application_background_options  (JsApplication *self,
                                          GVariantDict  *options);
void _js_application_background_startup  (JsApplication *self);
gboolean _js_application_background_activate (JsApplication *self);
void _js_application_background_shutdown (JsApplication *self);
void _js_application_sign_in_action     (GSimpleAction *action,
                                         GVariant      *parameter,
                                         gpointer       user_data);
void _js_application_sign_out_action    (GSimpleAction *action,
                                         GVariant      *parameter,
                                         gpointer       user_data);

G_END_DECLS
