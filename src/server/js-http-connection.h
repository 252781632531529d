/* js-http-connection.h: one client connection of the HTTP server (private)
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "js-http-server.h"

G_BEGIN_DECLS

typedef struct _JsHttpConnection JsHttpConnection;

struct _JsHttpResponse {
  guint             status;
  GString          *headers;    /* extra header lines, each ending in CRLF */
  char             *body;
  gsize             length;
  JsHttpConnection *connection; /* the answer's, while it is under way */
  gboolean          deferred;   /* js_http_response_finish() sends it */
};

void    _js_http_response_init     (JsHttpResponse       *response);
void    _js_http_response_clear    (JsHttpResponse       *response);
GBytes *_js_http_response_to_bytes (const JsHttpResponse *response,
                                    gboolean              keep_alive,
                                    gboolean              http10,
                                    gboolean              head,
                                    const char           *request_id);

typedef struct {
  const JsHttpConfig *config;
  JsHttpHandler       handler;
  gpointer            handler_data;
  /* Called once, when the connection is closed for any reason. */
  void              (*closed) (JsHttpConnection *connection,
                               gpointer          user_data);
  gpointer            closed_data;
} JsHttpConnectionHooks;

JsHttpConnection *_js_http_connection_start      (GSocket                     *socket,
                                                  GIOStream                   *stream,
                                                  const char                  *source,
                                                  const JsHttpConnectionHooks *hooks);
void              _js_http_connection_close      (JsHttpConnection            *connection);
void              _js_http_connection_drain      (JsHttpConnection            *connection);
const char       *_js_http_connection_get_source (JsHttpConnection            *connection);

typedef void (*JsHttpTlsReadyFunc) (gboolean done,
                                    gpointer user_data);

void              _js_http_tls_handshake         (const char                  *source,
                                                  GSocket                     *socket,
                                                  GTlsConnection              *tls,
                                                  GCancellable                *cancellable,
                                                  JsHttpTlsReadyFunc           ready,
                                                  gpointer                     user_data);

void              _js_http_log                   (const char                  *request_id,
                                                  const char                  *method,
                                                  const char                  *path,
                                                  guint                        status,
                                                  gint64                       started,
                                                  gsize                        body_length);

G_END_DECLS
