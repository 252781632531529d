/* js-test-http.h: a raw HTTP/1.1 client on TCP, to be hostile with
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Sends exactly the bytes a test writes, from any loopback address, and
 * reads answers strictly: status line, headers, a Content-Length body;
 * checks them against what the API promises of every answer.
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Seconds a client waits to connect, to send and for each read. */
#define JS_TEST_HTTP_TIMEOUT 5

typedef struct {
  GSocket *socket;
  GString *in;      /* received, not yet read as an answer */
} JsTestConn;

typedef struct {
  char       *status_line;
  guint       status;
  GHashTable *headers;  /* lower-case name → value */
  char       *body;
  gsize       length;
  char       *code;     /* of an error body, or NULL */
} JsTestReply;

GSocket     *js_test_connect_pending  (guint        port,
                                       const char  *source);
JsTestConn  *js_test_conn_open        (guint        port,
                                       const char  *source,
                                       GError     **error);
void         js_test_conn_free        (JsTestConn  *conn);
gboolean     js_test_conn_send        (JsTestConn  *conn,
                                       const char  *data,
                                       gsize        length,
                                       GError     **error);
JsTestReply *js_test_conn_read_reply  (JsTestConn  *conn,
                                       GError     **error);
JsTestReply *js_test_conn_request     (JsTestConn  *conn,
                                       const char  *method,
                                       const char  *path,
                                       const char  *token,
                                       const char  *body,
                                       GError     **error);
const char  *js_test_reply_header     (JsTestReply *reply,
                                       const char  *name);
void         js_test_reply_free       (JsTestReply *reply);

JsTestReply *js_test_stream_chunked   (guint        port,
                                       const char  *source,
                                       const char  *path,
                                       guint64      total,
                                       const gint  *stop,
                                       guint64     *sent);

char        *js_test_push_body        (void);

void         js_test_assert_error     (JsTestReply *reply,
                                       guint        status,
                                       const char  *code);
void         js_test_assert_closed    (JsTestConn  *conn);
void         js_test_assert_timed_out (JsTestConn  *conn);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (JsTestConn, js_test_conn_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (JsTestReply, js_test_reply_free)

G_END_DECLS
