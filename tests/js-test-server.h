/* js-test-server.h: the real jobspor-server on a free loopback port
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The profile key the sync tests sign in under (js_sync_run's owner). */
#define JS_TEST_OWNER "test-owner"

typedef struct {
  char     *binary;
  char     *dir;
  char     *db;
  char     *url;
  GPid      pid;
  int       out;
  GThread  *log;  /* drains the server's output */
  guint     fd_limit;
  char    **extra_args;
  gboolean  shares_db;  /* started beside another on its database */
} JsTestServer;

JsTestServer *js_test_server_start   (const char   *binary);
JsTestServer *js_test_server_start_full (const char         *binary,
                                         guint               fd_limit,
                                         const char * const *extra_args);
JsTestServer *js_test_server_start_beside (JsTestServer       *first,
                                           const char * const *extra_args);
void          js_test_server_stop    (JsTestServer *server);
void          js_test_server_restart (JsTestServer *server);
void          js_test_server_stop_only (JsTestServer *server);
int           js_test_server_terminate (JsTestServer *server);
void          js_test_server_relaunch  (JsTestServer *server);
char         *js_test_server_admin   (JsTestServer *server,
                                      const char   *first,
                                      ...) G_GNUC_NULL_TERMINATED;
char         *js_test_owned_profile  (const char   *dir,
                                      const char   *name);

G_END_DECLS
