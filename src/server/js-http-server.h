/* js-http-server.h: the reference jobcenter's HTTP/1.1 connections
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "js-http-parse.h"

G_BEGIN_DECLS

/* Every limit a client meets before the API's handlers see its request
 * (data/api/jobspor-api-v1.md, sections 8 and 9). Times in seconds. */
typedef struct {
  guint        header_timeout;
  guint        body_timeout;
  guint        idle_timeout;
  guint        write_timeout;
  guint        max_connections;
  guint        max_per_source;
  JsHttpLimits limits;
  /* Addresses of load balancers (as g_inet_address_to_string() writes
   * them), or %NULL: no cap per source for them, and the client is the
   * last address of their X-Forwarded-For (js_http_request_source()). */
  char       **trusted_proxies;
} JsHttpConfig;

#define JS_HTTP_DEFAULT_HEADER_TIMEOUT 10
#define JS_HTTP_DEFAULT_BODY_TIMEOUT   120
#define JS_HTTP_DEFAULT_IDLE_TIMEOUT   60
#define JS_HTTP_DEFAULT_WRITE_TIMEOUT  120
#define JS_HTTP_DEFAULT_MAX_PER_SOURCE 64

void js_http_config_init (JsHttpConfig *config);

typedef struct _JsHttpResponse JsHttpResponse;

void js_http_response_set        (JsHttpResponse *response,
                                  guint           status,
                                  char           *json,
                                  gsize           length);
void js_http_response_set_error  (JsHttpResponse *response,
                                  guint           status,
                                  const char     *code,
                                  const char     *message);
void js_http_response_add_header (JsHttpResponse *response,
                                  const char     *name,
                                  const char     *value);
JsHttpResponse *js_http_response_defer  (JsHttpResponse *response);
void            js_http_response_finish (JsHttpResponse *response);

char *js_http_request_source (const JsHttpRequest *request,
                              const char          *peer,
                              char * const        *trusted_proxies);

/* Called once a request has come in whole and within the limits. */
typedef void (*JsHttpHandler) (const JsHttpRequest *request,
                               GBytes              *body,
                               const char          *source,
                               JsHttpResponse      *response,
                               gpointer             user_data);

#define JS_TYPE_HTTP_SERVER (js_http_server_get_type ())
G_DECLARE_FINAL_TYPE (JsHttpServer, js_http_server, JS, HTTP_SERVER, GObject)

JsHttpServer *js_http_server_new             (const JsHttpConfig *config,
                                              GTlsCertificate    *certificate,
                                              JsHttpHandler       handler,
                                              gpointer            user_data);
gboolean      js_http_server_listen          (JsHttpServer       *self,
                                              GInetAddress       *address,
                                              guint               port,
                                              GError            **error);
guint         js_http_server_get_port        (JsHttpServer       *self);
guint         js_http_server_get_connections (JsHttpServer       *self);
void          js_http_server_stop            (JsHttpServer       *self);

G_END_DECLS
