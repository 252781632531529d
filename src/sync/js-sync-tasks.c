/* js-sync-tasks.c: sign-in, sign-out and sync without blocking the caller
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * GTask wrappers over the blocking cores of js-sync.c: each runs in a
 * worker thread and reports back in the caller's main context. The caller
 * owns the GCancellable; cancelling it ends the request as soon as the
 * network allows, and the callback gets G_IO_ERROR_CANCELLED.
 */

#include "config.h"

#include "js-sync.h"

typedef struct {
  char        *db_path;
  char        *url;
  char        *token;
  char        *owner;
  char        *citizen;
  char        *code;
  JsSyncStats  stats;
} Request;

static void
request_free (Request *request)
{
  g_free (request->db_path);
  g_free (request->url);
  g_free (request->token);
  g_free (request->owner);
  g_free (request->citizen);
  g_free (request->code);
  g_free (request);
}

static GTask *
new_task (gpointer             source,
          gpointer             tag,
          GCancellable        *cancellable,
          GAsyncReadyCallback  callback,
          gpointer             user_data,
          Request             *request)
{
  GTask *task = g_task_new (source, cancellable, callback, user_data);

  g_task_set_source_tag (task, tag);
  g_task_set_task_data (task, request, (GDestroyNotify) request_free);
  return task;
}

static void
sign_in_thread (GTask        *task,
                gpointer      source,
                gpointer      task_data,
                GCancellable *cancellable)
{
  Request *request = task_data;
  GError *error = NULL;
  JsSession *session = js_sync_sign_in (request->url, request->citizen, request->code,
                                        cancellable, &error);

  if (session != NULL)
    g_task_return_pointer (task, session, (GDestroyNotify) js_session_free);
  else
    g_task_return_error (task, error);
}

/**
 * js_sync_sign_in_async:
 * @source: (nullable): the object the callback is for
 * @url: the jobcenter's /v1 address
 * @citizen: the citizen number
 * @code: the one-time code
 * @cancellable: (nullable): a #GCancellable
 * @callback: called with the result
 * @user_data: data for @callback
 *
 * js_sync_sign_in() in a worker thread.
 */
void
js_sync_sign_in_async (gpointer             source,
                       const char          *url,
                       const char          *citizen,
                       const char          *code,
                       GCancellable        *cancellable,
                       GAsyncReadyCallback  callback,
                       gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  Request *request;

  g_return_if_fail (url != NULL && citizen != NULL && code != NULL);

  request = g_new0 (Request, 1);
  request->url = g_strdup (url);
  request->citizen = g_strdup (citizen);
  request->code = g_strdup (code);
  task = new_task (source, js_sync_sign_in_async, cancellable, callback, user_data, request);
  g_task_run_in_thread (task, sign_in_thread);
}

/**
 * js_sync_sign_in_finish:
 *
 * Returns: (transfer full): the session, or %NULL with @error set
 */
JsSession *
js_sync_sign_in_finish (GAsyncResult  *result,
                        GError       **error)
{
  g_return_val_if_fail (G_IS_TASK (result), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == js_sync_sign_in_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

static void
sign_out_thread (GTask        *task,
                 gpointer      source,
                 gpointer      task_data,
                 GCancellable *cancellable)
{
  Request *request = task_data;
  GError *error = NULL;

  if (js_sync_sign_out (request->url, request->token, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/**
 * js_sync_sign_out_async:
 * @source: (nullable): the object the callback is for
 * @url: the jobcenter's /v1 address
 * @token: the token to revoke
 * @cancellable: (nullable): a #GCancellable
 * @callback: (nullable): called with the result
 * @user_data: data for @callback
 *
 * js_sync_sign_out() in a worker thread.
 */
void
js_sync_sign_out_async (gpointer             source,
                        const char          *url,
                        const char          *token,
                        GCancellable        *cancellable,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  Request *request;

  g_return_if_fail (url != NULL && token != NULL);

  request = g_new0 (Request, 1);
  request->url = g_strdup (url);
  request->token = g_strdup (token);
  task = new_task (source, js_sync_sign_out_async, cancellable, callback, user_data, request);
  g_task_run_in_thread (task, sign_out_thread);
}

/**
 * js_sync_sign_out_finish:
 *
 * Returns: %TRUE when the jobcenter confirmed the sign-out
 */
gboolean
js_sync_sign_out_finish (GAsyncResult  *result,
                         GError       **error)
{
  g_return_val_if_fail (G_IS_TASK (result), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == js_sync_sign_out_async,
                        FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

static void
run_thread (GTask        *task,
            gpointer      source,
            gpointer      task_data,
            GCancellable *cancellable)
{
  Request *request = task_data;
  GError *error = NULL;

  if (js_sync_run (request->db_path, request->url, request->token, request->owner,
                   &request->stats, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/**
 * js_sync_run_async:
 * @source: (nullable): the object the callback is for
 * @db_path: the profile's database
 * @url: the jobcenter's /v1 address
 * @token: the sign-in token
 * @owner: the profile key of the citizen @token belongs to
 * @cancellable: (nullable): a #GCancellable
 * @callback: called with the result
 * @user_data: data for @callback
 *
 * js_sync_run() in a worker thread, with a connection of its own to the
 * profile's database.
 */
void
js_sync_run_async (gpointer             source,
                   const char          *db_path,
                   const char          *url,
                   const char          *token,
                   const char          *owner,
                   GCancellable        *cancellable,
                   GAsyncReadyCallback  callback,
                   gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  Request *request;

  g_return_if_fail (db_path != NULL && url != NULL && token != NULL && owner != NULL);

  request = g_new0 (Request, 1);
  request->db_path = g_strdup (db_path);
  request->url = g_strdup (url);
  request->token = g_strdup (token);
  request->owner = g_strdup (owner);
  task = new_task (source, js_sync_run_async, cancellable, callback, user_data, request);
  g_task_run_in_thread (task, run_thread);
}

/**
 * js_sync_run_finish:
 * @result: the result
 * @stats: (out caller-allocates) (optional): what was exchanged, also
 *   when the sync failed
 * @error: return location for a %JS_SYNC_ERROR
 *
 * Returns: %TRUE when both directions completed
 */
gboolean
js_sync_run_finish (GAsyncResult  *result,
                    JsSyncStats   *stats,
                    GError       **error)
{
  Request *request;

  g_return_val_if_fail (G_IS_TASK (result), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == js_sync_run_async, FALSE);

  request = g_task_get_task_data (G_TASK (result));
  if (stats != NULL)
    *stats = request->stats;
  return g_task_propagate_boolean (G_TASK (result), error);
}
