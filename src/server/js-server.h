/* js-server.h: the reference jobcenter's HTTP service
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "js-http-server.h"
#include "js-server-store.h"

G_BEGIN_DECLS

#define JS_TYPE_SERVER (js_server_get_type ())
G_DECLARE_FINAL_TYPE (JsServer, js_server, JS, SERVER, GObject)

JsServer *js_server_new      (JsServerStore      *store,
                              JsServerStore      *writer,
                              const JsHttpConfig *config,
                              GTlsCertificate    *certificate);
gboolean  js_server_listen   (JsServer         *self,
                              const char       *address,
                              guint             port,
                              GError          **error);
guint     js_server_get_port (JsServer         *self);
char     *js_server_dup_url  (JsServer         *self);
void      js_server_stop     (JsServer         *self);
guint     js_server_get_connections (JsServer *self);

G_END_DECLS
