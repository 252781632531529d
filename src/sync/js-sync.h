/* js-sync.h: one sync with the jobcenter: push the journal, pull changes
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "js-protocol.h"

G_BEGIN_DECLS

#define JS_SYNC_ERROR (js_sync_error_quark ())

/**
 * JsSyncError:
 * @JS_SYNC_ERROR_OFFLINE: the jobcenter cannot be reached (no network, refused)
 * @JS_SYNC_ERROR_TIMEOUT: the jobcenter did not answer in time
 * @JS_SYNC_ERROR_TLS: the jobcenter's certificate is not trusted
 * @JS_SYNC_ERROR_INSECURE: the address is not HTTPS (only loopback may be HTTP)
 * @JS_SYNC_ERROR_REDIRECT: the jobcenter answered with a redirect
 * @JS_SYNC_ERROR_TOO_LARGE: the answer was larger than allowed
 * @JS_SYNC_ERROR_MALFORMED: the answer was not what the API promises
 * @JS_SYNC_ERROR_SIGNED_OUT: the sign-in is no longer valid
 * @JS_SYNC_ERROR_INVALID_CODE: the citizen number or one-time code is wrong
 * @JS_SYNC_ERROR_BUSY: the jobcenter asked to wait (see the retry time)
 * @JS_SYNC_ERROR_SERVER: the jobcenter had an error of its own
 * @JS_SYNC_ERROR_LOCAL: the store on this computer failed
 * @JS_SYNC_ERROR_NOT_OWNER: the profile, or some of its waiting changes,
 *   belong to another citizen than the one signed in: not sent
 */
typedef enum {
  JS_SYNC_ERROR_OFFLINE,
  JS_SYNC_ERROR_TIMEOUT,
  JS_SYNC_ERROR_TLS,
  JS_SYNC_ERROR_INSECURE,
  JS_SYNC_ERROR_REDIRECT,
  JS_SYNC_ERROR_TOO_LARGE,
  JS_SYNC_ERROR_MALFORMED,
  JS_SYNC_ERROR_SIGNED_OUT,
  JS_SYNC_ERROR_INVALID_CODE,
  JS_SYNC_ERROR_BUSY,
  JS_SYNC_ERROR_SERVER,
  JS_SYNC_ERROR_LOCAL,
  JS_SYNC_ERROR_NOT_OWNER,
} JsSyncError;

/* @refused: records dropped for times that make no sense (spec 5.3);
 * @clock_skew: the jobcenter's clock (its Date header) less this PC's, in
 * seconds, when @clock_known. */
typedef struct {
  guint pushed;
  guint pulled;
  guint conflicts;
  guint requests;
  guint64 bytes_sent;
  guint64 bytes_received;
  guint retry_after;
  guint refused;
  gboolean clock_known;
  gint64 clock_skew;
} JsSyncStats;

/* Clocks that differ by more than 5 minutes make the app say that the
 * times it shows may be off. */
#define JS_SYNC_CLOCK_TOLERANCE (5 * 60)

GQuark     js_sync_error_quark   (void);
gboolean   js_sync_clock_skew    (const char    *date_header,
                                  GDateTime     *local_now,
                                  gint64        *skew);
gboolean   js_sync_clock_is_off  (gint64         skew);
gboolean   js_sync_url_allowed   (const char    *url,
                                  GError       **error);
gboolean   js_sync_run           (const char    *db_path,
                                  const char    *url,
                                  const char    *token,
                                  const char    *owner,
                                  JsSyncStats   *stats,
                                  GCancellable  *cancellable,
                                  GError       **error);
JsSession *js_sync_sign_in       (const char    *url,
                                  const char    *citizen,
                                  const char    *code,
                                  GCancellable  *cancellable,
                                  GError       **error);
gboolean   js_sync_sign_out      (const char    *url,
                                  const char    *token,
                                  GCancellable  *cancellable,
                                  GError       **error);
void       js_sync_sign_in_async (gpointer             source,
                                  const char          *url,
                                  const char          *citizen,
                                  const char          *code,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data);
JsSession *js_sync_sign_in_finish (GAsyncResult       *result,
                                   GError            **error);
void       js_sync_sign_out_async (gpointer             source,
                                   const char          *url,
                                   const char          *token,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data);
gboolean   js_sync_sign_out_finish (GAsyncResult      *result,
                                    GError           **error);
void       js_sync_run_async     (gpointer             source,
                                  const char          *db_path,
                                  const char          *url,
                                  const char          *token,
                                  const char          *owner,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data);
gboolean   js_sync_run_finish    (GAsyncResult        *result,
                                  JsSyncStats         *stats,
                                  GError             **error);
void       js_sync_set_timeouts  (guint          io_seconds,
                                  guint          answer_seconds);
guint      js_sync_backoff_delay (guint          failures,
                                  guint32        random);

G_END_DECLS
