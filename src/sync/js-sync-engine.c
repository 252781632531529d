/* js-sync-engine.c: when to sync, in the background, and the state in words
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Syncs at start, when the network comes up, a few seconds after a local
 * change, on "Sync now" and every few minutes while online; after a
 * failure it waits with exponential backoff and full jitter. Each sync
 * runs in a worker thread with its own database connection, so the
 * interface never waits for the network. One sync at a time: a request
 * during a sync runs once more right after it.
 */

#include "config.h"

#include "js-sync-engine.h"

#define AFTER_CHANGE_SECONDS 3
#define PERIOD_SECONDS (5 * 60)

struct _JsSyncEngine {
  GObject          parent_instance;

  JsStore         *store;
  char            *url;
  char            *token;
  char            *owner;
  GNetworkMonitor *monitor;
  GCancellable    *cancellable;

  JsSyncState      state;
  GDateTime       *last_sync;
  GDateTime       *retry_at;
  GError          *error;
  guint            failures;
  gboolean         running;
  gboolean         again;
  guint            timer;
  gboolean         clock_known;
  gint64           clock_skew;
  guint            refused;
};

G_DEFINE_FINAL_TYPE (JsSyncEngine, js_sync_engine, G_TYPE_OBJECT)

enum {
  CHANGED,
  SYNCED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void start_sync (JsSyncEngine *self);

static gboolean
timer_cb (gpointer user_data)
{
  JsSyncEngine *self = user_data;

  self->timer = 0;
  start_sync (self);
  return G_SOURCE_REMOVE;
}

static void
schedule (JsSyncEngine *self,
          guint         seconds)
{
  g_clear_handle_id (&self->timer, g_source_remove);
  if (self->token != NULL)
    self->timer = g_timeout_add_seconds (seconds, timer_cb, self);
}

static void
set_state (JsSyncEngine *self,
           JsSyncState   state)
{
  self->state = state;
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
sync_done_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  JsSyncEngine *self = JS_SYNC_ENGINE (source);
  g_autoptr(GError) error = NULL;
  JsSyncStats stats;
  gboolean ok = js_sync_run_finish (result, &stats, &error);

  self->running = FALSE;
  if (stats.clock_known)
    {
      self->clock_known = TRUE;
      self->clock_skew = stats.clock_skew;
    }
  self->refused += stats.refused;
  g_clear_pointer (&self->retry_at, g_date_time_unref);
  g_clear_error (&self->error);

  if (ok)
    {
      self->failures = 0;
      g_clear_pointer (&self->last_sync, g_date_time_unref);
      self->last_sync = g_date_time_new_now_utc ();
      set_state (self, JS_SYNC_STATE_IDLE);
      if (stats.pulled + stats.conflicts > 0)
        js_store_changed_elsewhere (self->store);
      g_signal_emit (self, signals[SYNCED], 0, stats.pulled + stats.conflicts);
      schedule (self, self->again ? 0 : PERIOD_SECONDS);
    }
  else if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  else
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
      guint delay;

      self->failures++;
      self->error = g_steal_pointer (&error);
      /* The backoff, but never sooner than the jobcenter asked. */
      delay = MAX (js_sync_backoff_delay (self->failures, g_random_int ()),
                   stats.retry_after);
      self->retry_at = g_date_time_add_seconds (now, delay);
      /* No network at all is "offline"; a network without the jobcenter
       * is a failure to reach it, retried like any other. */
      if (g_error_matches (self->error, JS_SYNC_ERROR, JS_SYNC_ERROR_SIGNED_OUT))
        set_state (self, JS_SYNC_STATE_SIGNED_OUT);
      else if (!g_network_monitor_get_network_available (self->monitor))
        set_state (self, JS_SYNC_STATE_OFFLINE);
      else
        set_state (self, JS_SYNC_STATE_FAILED);
      if (self->state != JS_SYNC_STATE_SIGNED_OUT)
        schedule (self, delay);
    }
  self->again = FALSE;
}

static void
start_sync (JsSyncEngine *self)
{
  if (self->token == NULL)
    return;
  if (self->running)
    {
      self->again = TRUE;
      return;
    }

  self->running = TRUE;
  set_state (self, JS_SYNC_STATE_SYNCING);
  js_sync_run_async (self, js_store_get_path (self->store), self->url, self->token, self->owner,
                     self->cancellable, sync_done_cb, NULL);
}

static void
journal_changed_cb (JsSyncEngine *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
  if (!self->running && self->state != JS_SYNC_STATE_SIGNED_OUT)
    schedule (self, AFTER_CHANGE_SECONDS);
  else if (self->running)
    self->again = TRUE;
}

static void
network_changed_cb (JsSyncEngine *self,
                    gboolean      available)
{
  if (available && (self->state == JS_SYNC_STATE_OFFLINE ||
                    self->state == JS_SYNC_STATE_FAILED))
    schedule (self, 0);
}

static void
js_sync_engine_dispose (GObject *object)
{
  JsSyncEngine *self = JS_SYNC_ENGINE (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->timer, g_source_remove);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (js_sync_engine_parent_class)->dispose (object);
}

static void
js_sync_engine_finalize (GObject *object)
{
  JsSyncEngine *self = JS_SYNC_ENGINE (object);

  g_free (self->url);
  g_free (self->token);
  g_free (self->owner);
  g_clear_pointer (&self->last_sync, g_date_time_unref);
  g_clear_pointer (&self->retry_at, g_date_time_unref);
  g_clear_error (&self->error);

  G_OBJECT_CLASS (js_sync_engine_parent_class)->finalize (object);
}

static void
js_sync_engine_class_init (JsSyncEngineClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = js_sync_engine_dispose;
  object_class->finalize = js_sync_engine_finalize;

  /**
   * JsSyncEngine::changed:
   *
   * The state, the time of the last sync or the number of waiting changes
   * changed: the header's words need updating.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   NULL, NULL, NULL, G_TYPE_NONE, 0);

  /**
   * JsSyncEngine::synced:
   * @changes: how many records came from the jobcenter
   *
   * A sync completed; views of the store should reload when @changes > 0.
   */
  signals[SYNCED] = g_signal_new ("synced", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                  NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_UINT);
}

static void
js_sync_engine_init (JsSyncEngine *self)
{
  self->cancellable = g_cancellable_new ();
  self->state = JS_SYNC_STATE_SIGNED_OUT;
}

/**
 * js_sync_engine_new:
 * @store: the profile's store (the engine syncs its file)
 * @url: the jobcenter's /v1 address
 *
 * Returns: (transfer full): an engine, signed out until given a token
 */
JsSyncEngine *
js_sync_engine_new (JsStore    *store,
                    const char *url)
{
  JsSyncEngine *self;

  g_return_val_if_fail (JS_IS_STORE (store), NULL);
  g_return_val_if_fail (url != NULL, NULL);

  self = g_object_new (JS_TYPE_SYNC_ENGINE, NULL);
  self->store = g_object_ref (store);
  self->url = g_strdup (url);
  self->monitor = g_network_monitor_get_default ();
  g_signal_connect_object (store, "journal-changed", G_CALLBACK (journal_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->monitor, "network-changed", G_CALLBACK (network_changed_cb),
                           self, G_CONNECT_SWAPPED);
  return self;
}

/**
 * js_sync_engine_set_token:
 * @self: the engine
 * @token: (nullable): the sign-in token, or %NULL to sign out
 * @owner: (nullable): the profile key of the citizen @token belongs to
 *
 * With a token, syncs at once and then as described above. Only a
 * profile owned by @owner is synced with it (js_sync_run()).
 */
void
js_sync_engine_set_token (JsSyncEngine *self,
                          const char   *token,
                          const char   *owner)
{
  g_return_if_fail (JS_IS_SYNC_ENGINE (self));
  g_return_if_fail (token == NULL || owner != NULL);

  g_free (self->token);
  self->token = g_strdup (token);
  g_free (self->owner);
  self->owner = g_strdup (owner);
  self->failures = 0;
  g_clear_handle_id (&self->timer, g_source_remove);

  if (token == NULL)
    {
      set_state (self, JS_SYNC_STATE_SIGNED_OUT);
      return;
    }

  set_state (self, JS_SYNC_STATE_IDLE);
  start_sync (self);
}

const char *
js_sync_engine_get_token (JsSyncEngine *self)
{
  return self->token;
}

JsSyncState
js_sync_engine_get_state (JsSyncEngine *self)
{
  return self->state;
}

GDateTime *
js_sync_engine_get_last_sync (JsSyncEngine *self)
{
  return self->last_sync;
}

GDateTime *
js_sync_engine_get_retry_at (JsSyncEngine *self)
{
  return self->retry_at;
}

const GError *
js_sync_engine_get_error (JsSyncEngine *self)
{
  return self->error;
}

gint64
js_sync_engine_get_waiting (JsSyncEngine *self)
{
  return js_store_journal_count (self->store, NULL);
}

/* "Sync now": at once, whatever the backoff said. */
void
js_sync_engine_sync_now (JsSyncEngine *self)
{
  g_return_if_fail (JS_IS_SYNC_ENGINE (self));

  g_clear_handle_id (&self->timer, g_source_remove);
  self->failures = 0;
  start_sync (self);
}

/**
 * js_sync_engine_get_clock_skew:
 * @self: the engine
 * @skew: (out) (optional): the jobcenter's clock less this PC's, in
 *   seconds, by the Date of its last answer
 *
 * Returns: whether any answer told the jobcenter's time yet
 */
gboolean
js_sync_engine_get_clock_skew (JsSyncEngine *self,
                               gint64       *skew)
{
  g_return_val_if_fail (JS_IS_SYNC_ENGINE (self), FALSE);

  if (skew != NULL)
    *skew = self->clock_skew;
  return self->clock_known;
}

/**
 * js_sync_engine_clock_is_off:
 * @self: the engine
 *
 * Returns: whether this PC's clock differs from the jobcenter's by more
 *   than 5 minutes: times and deadlines shown may be off, and the
 *   jobcenter's answers decide
 */
gboolean
js_sync_engine_clock_is_off (JsSyncEngine *self)
{
  g_return_val_if_fail (JS_IS_SYNC_ENGINE (self), FALSE);

  return self->clock_known && js_sync_clock_is_off (self->clock_skew);
}

/**
 * js_sync_engine_get_refused:
 * @self: the engine
 *
 * Returns: how many of the jobcenter's records were dropped since the
 *   engine started because their times made no sense (spec 5.3): for
 *   support, never shown as meetings
 */
guint
js_sync_engine_get_refused (JsSyncEngine *self)
{
  g_return_val_if_fail (JS_IS_SYNC_ENGINE (self), 0);

  return self->refused;
}
