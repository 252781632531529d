/* js-test-attack.h: slow-loris connections and endless uploads, in threads
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The attacks of the server's hardening tests and of its benchmark.
 */

#pragma once

#include "js-test-http.h"

G_BEGIN_DECLS

#define JS_TEST_SESSION_HEAD \
  "POST /v1/session HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"

/* An upload "endless" for the server: only the server ends it. */
#define JS_TEST_ENDLESS (256 * (guint64) 1024 * 1024)

/* Connections that send a request one byte at a time, the slow-loris
 * way, in a thread of their own. */
typedef struct {
  guint       port;
  const char *source;
  const char *head;           /* sent at once before the drip, or NULL */
  guint       n_connections;
  guint       interval_ms;
  guint       seconds;        /* the loris gives up after */
  gint        ready;          /* set once its connections are open */
  gint        stop;
  GPtrArray  *replies;        /* the server's answers */
  guint       closed;         /* ended without an answer */
  guint       ignored;        /* still open when the loris gave up */
} JsTestLoris;

/* Chunked uploads to /v1/session, one after another until stopped, in a
 * thread of their own. Each could go on for 256 MiB: only the server ends
 * it. */
typedef struct {
  guint       port;
  const char *source;
  gint        stop;
  guint64     sent;
  guint64     longest;        /* the most one upload got to send */
  GPtrArray  *replies;
} JsTestUpload;

GThread *js_test_loris_start  (JsTestLoris  *loris);
GThread *js_test_upload_start (JsTestUpload *upload);

G_END_DECLS
