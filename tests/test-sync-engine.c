/* test-sync-engine.c: syncing in the background, and its state
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "js-store-joblog.h"
#include "js-sync-engine.h"
#include "js-test-server.h"
#include "js-test-util.h"

#define OKSANA "0101901234"

static const char *server_binary;

typedef struct {
  JsTestServer *server;
  char         *dir;
  JsStore      *store;
  char         *token;
  guint         synced;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *code = NULL;
  g_autofree char *path = NULL;
  g_autoptr(JsSession) session = NULL;

  f->server = js_test_server_start (server_binary);
  f->dir = js_test_make_dir ("jobspor-engine");
  path = js_test_owned_profile (f->dir, "home");
  f->store = js_store_open (path, &error);
  g_assert_no_error (error);
  code = js_test_server_admin (f->server, "add-citizen", OKSANA, "Oksana Kovalenko", NULL);
  session = js_sync_sign_in (f->server->url, OKSANA, code, NULL, &error);
  g_assert_no_error (error);
  f->token = g_strdup (session->token);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->store);
  js_test_server_stop (f->server);
  js_test_remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->token);
}

static void
synced_cb (JsSyncEngine *engine,
           guint         changes,
           Fixture      *f)
{
  f->synced++;
}

static void
wait_for_state (JsSyncEngine *engine,
                JsSyncState   state)
{
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  while (js_sync_engine_get_state (engine) != state && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpint (js_sync_engine_get_state (engine), ==, state);
}

static void
test_syncs_and_follows_changes (Fixture       *f,
                                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsSyncEngine) engine = js_sync_engine_new (f->store, f->server->url);
  g_autoptr(JsJoblogEntry) entry = js_joblog_entry_new ();
  gint64 deadline;
  GDate date;

  g_signal_connect (engine, "synced", G_CALLBACK (synced_cb), f);
  g_assert_cmpint (js_sync_engine_get_state (engine), ==, JS_SYNC_STATE_SIGNED_OUT);

  /* Signing in syncs at once, in the background. */
  js_sync_engine_set_token (engine, f->token, JS_TEST_OWNER);
  g_assert_cmpint (js_sync_engine_get_state (engine), ==, JS_SYNC_STATE_SYNCING);
  wait_for_state (engine, JS_SYNC_STATE_IDLE);
  g_assert_nonnull (js_sync_engine_get_last_sync (engine));
  g_assert_cmpuint (f->synced, ==, 1);

  /* A change is sent by itself a few seconds later. */
  js_test_set_date (&date, 20, 11, 2026);
  js_joblog_entry_set_date (entry, &date);
  js_joblog_entry_set_text (entry, JS_FIELD_TITLE, "Lagerarbejder");
  g_assert_true (js_store_joblog_save (f->store, entry, &error));
  g_assert_cmpint (js_sync_engine_get_waiting (engine), ==, 1);

  deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;
  while (f->synced < 2 && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (f->synced, ==, 2);
  g_assert_cmpint (js_sync_engine_get_waiting (engine), ==, 0);
}

static void
test_offline_then_back (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(JsSyncEngine) engine = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  js_test_server_stop_only (f->server);
  engine = js_sync_engine_new (f->store, f->server->url);
  js_sync_engine_set_token (engine, f->token, JS_TEST_OWNER);
  wait_for_state (engine, g_network_monitor_get_network_available (
                            g_network_monitor_get_default ())
                            ? JS_SYNC_STATE_FAILED
                            : JS_SYNC_STATE_OFFLINE);
  g_assert_error (js_sync_engine_get_error (engine), JS_SYNC_ERROR, JS_SYNC_ERROR_OFFLINE);
  g_assert_cmpint (g_date_time_compare (js_sync_engine_get_retry_at (engine), now), >, 0);

  /* "Sync now" does not wait for the backoff. */
  js_test_server_relaunch (f->server);
  js_sync_engine_sync_now (engine);
  wait_for_state (engine, JS_SYNC_STATE_IDLE);
  g_assert_null (js_sync_engine_get_error (engine));
}

static void
test_token_refused (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(JsSyncEngine) engine = js_sync_engine_new (f->store, f->server->url);

  js_sync_engine_set_token (engine, "revoked-or-made-up", JS_TEST_OWNER);
  wait_for_state (engine, JS_SYNC_STATE_SIGNED_OUT);
  g_assert_error (js_sync_engine_get_error (engine), JS_SYNC_ERROR, JS_SYNC_ERROR_SIGNED_OUT);
}

static void
got_result_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

static GAsyncResult *
wait_for_result (GAsyncResult **slot)
{
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  while (*slot == NULL && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_nonnull (*slot);
  return *slot;
}

/* Sign-in, sync and sign-out without blocking: each reports in the main
 * context, and a cancelled request says so. */
static void
test_async_requests (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GCancellable) cancelled = g_cancellable_new ();
  g_autofree char *code = js_test_server_admin (f->server, "new-code", OKSANA, NULL);
  g_autoptr(JsSession) session = NULL;
  g_autoptr(JsSession) none = NULL;
  g_autoptr(JsJoblogEntry) entry = js_joblog_entry_new ();
  GAsyncResult *result = NULL;
  JsSyncStats stats;
  GDate date;

  g_cancellable_cancel (cancelled);
  js_sync_sign_in_async (NULL, f->server->url, OKSANA, code, cancelled, got_result_cb, &result);
  none = js_sync_sign_in_finish (wait_for_result (&result), &error);
  g_assert_null (none);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);
  g_clear_object (&result);

  js_sync_sign_in_async (NULL, f->server->url, OKSANA, code, NULL, got_result_cb, &result);
  session = js_sync_sign_in_finish (wait_for_result (&result), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (session->citizen, ==, OKSANA);
  g_clear_object (&result);

  js_test_set_date (&date, 20, 11, 2026);
  js_joblog_entry_set_date (entry, &date);
  js_joblog_entry_set_text (entry, JS_FIELD_TITLE, "Lagerarbejder");
  g_assert_true (js_store_joblog_save (f->store, entry, &error));
  js_sync_run_async (NULL, js_store_get_path (f->store), f->server->url, session->token,
                     JS_TEST_OWNER, NULL, got_result_cb, &result);
  g_assert_true (js_sync_run_finish (wait_for_result (&result), &stats, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (stats.pushed, ==, 1);
  g_clear_object (&result);

  js_sync_sign_out_async (NULL, f->server->url, session->token, NULL, got_result_cb, &result);
  g_assert_true (js_sync_sign_out_finish (wait_for_result (&result), &error));
  g_clear_object (&result);

  js_sync_run_async (NULL, js_store_get_path (f->store), f->server->url, session->token,
                     JS_TEST_OWNER, NULL, got_result_cb, &result);
  g_assert_false (js_sync_run_finish (wait_for_result (&result), NULL, &error));
  g_assert_error (error, JS_SYNC_ERROR, JS_SYNC_ERROR_SIGNED_OUT);
  g_clear_object (&result);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  server_binary = g_getenv ("JOBSPOR_SERVER");
  g_assert_nonnull (server_binary);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/sync/engine/syncs-and-follows-changes", test_syncs_and_follows_changes);
  ADD ("/sync/engine/offline-then-back", test_offline_then_back);
  ADD ("/sync/engine/token-refused", test_token_refused);
  ADD ("/sync/async-requests", test_async_requests);

#undef ADD

  return g_test_run ();
}
