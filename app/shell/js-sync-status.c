/* js-sync-status.c: the sync state in words, and errors in plain words
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The header always says what is going on: "Synced 2 minutes ago",
 * "Offline — 3 changes waiting", "Can't reach the jobcenter — will try
 * again at 14:05", "Not signed in — your job log is kept on this PC".
 * Times are Danish time, in the chosen language's digits.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "js-date-format.h"
#include "js-sync-status.h"

/**
 * js_sync_error_words:
 *
 * Returns: what went wrong, in plain words, translated
 */
const char *
js_sync_error_words (const GError *error)
{
  if (error == NULL || error->domain != JS_SYNC_ERROR)
    return _("Something went wrong while syncing");

  switch ((JsSyncError) error->code)
    {
    case JS_SYNC_ERROR_OFFLINE:
    case JS_SYNC_ERROR_TIMEOUT:
      return _("Can’t reach the jobcenter");
    case JS_SYNC_ERROR_TLS:
      return _("The jobcenter’s identity could not be checked");
    case JS_SYNC_ERROR_INSECURE:
      return _("The jobcenter’s address is not safe");
    case JS_SYNC_ERROR_REDIRECT:
    case JS_SYNC_ERROR_TOO_LARGE:
    case JS_SYNC_ERROR_MALFORMED:
      return _("The jobcenter sent an answer Jobspor can’t read");
    case JS_SYNC_ERROR_SIGNED_OUT:
      return _("Your sign-in has expired");
    case JS_SYNC_ERROR_INVALID_CODE:
      return _("The citizen number or the code is wrong");
    case JS_SYNC_ERROR_BUSY:
      return _("The jobcenter is busy");
    case JS_SYNC_ERROR_SERVER:
      return _("The jobcenter has a problem");
    case JS_SYNC_ERROR_NOT_OWNER:
      return _("Some changes on this PC were made by someone else and were not sent");
    case JS_SYNC_ERROR_LOCAL:
    default:
      return _("Jobspor could not save what came from the jobcenter");
    }
}

/**
 * js_sync_status_describe:
 * @status: the state of the sync
 *
 * Returns: (transfer full): the state in words, for the header
 */
char *
js_sync_status_describe (const JsSyncStatus *status)
{
  g_return_val_if_fail (status != NULL, NULL);

  if (!status->configured)
    return g_strdup (_("Not connected to a jobcenter"));

  switch (status->state)
    {
    case JS_SYNC_STATE_SIGNED_OUT:
      if (!status->signed_in && status->shared_pc)
        return g_strdup (_("Not signed in — nothing is kept on this shared PC"));
      if (!status->signed_in)
        return g_strdup (_("Not signed in — your job log is kept on this PC"));
      return g_strdup (_("Signed out — sign in again"));

    case JS_SYNC_STATE_SYNCING:
      return g_strdup (_("Syncing…"));

    case JS_SYNC_STATE_OFFLINE:
      if (status->waiting <= 0)
        return g_strdup (_("Offline"));
      return g_strdup_printf (ngettext ("Offline — %u change waiting",
                                        "Offline — %u changes waiting", status->waiting),
                              (guint) status->waiting);

    case JS_SYNC_STATE_FAILED:
      {
        g_autofree char *at = status->retry_at != NULL ? js_format_time (status->retry_at) : NULL;

        if (at == NULL)
          return g_strdup (js_sync_error_words (status->error));
        /* Translators: "Can't reach the jobcenter — will try again at 14:05" */
        return g_strdup_printf (_("%1$s — will try again at %2$s"),
                                js_sync_error_words (status->error), at);
      }

    case JS_SYNC_STATE_IDLE:
    default:
      {
        g_autofree char *at = NULL;
        guint minutes;

        if (status->last_sync == NULL)
          return g_strdup (_("Not synced yet"));

        minutes = MAX (g_date_time_difference (status->now, status->last_sync), 0) /
                  G_TIME_SPAN_MINUTE;
        if (minutes < 1)
          return g_strdup (_("Synced just now"));
        if (minutes < 60)
          return g_strdup_printf (ngettext ("Synced %u minute ago", "Synced %u minutes ago",
                                            minutes),
                                  minutes);
        at = js_format_time (status->last_sync);
        return g_strdup_printf (_("Synced at %s"), at);
      }
    }
}

/**
 * js_sync_status_text:
 * @engine: (nullable): the sync engine, or %NULL when no jobcenter is set up
 * @signed_in: whether a citizen's profile is open (rather than the one of
 *   no one signed in)
 * @shared_pc: whether the PC keeps nothing when the session ends
 *
 * Returns: (transfer full): the state in words, for the header
 */
char *
js_sync_status_text (JsSyncEngine *engine,
                     gboolean      signed_in,
                     gboolean      shared_pc)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  JsSyncStatus status = { 0 };

  status.configured = engine != NULL;
  status.signed_in = signed_in;
  status.shared_pc = shared_pc;
  status.now = now;
  if (engine != NULL)
    {
      status.state = js_sync_engine_get_state (engine);
      status.waiting = MAX (js_sync_engine_get_waiting (engine), 0);
      status.last_sync = js_sync_engine_get_last_sync (engine);
      status.retry_at = js_sync_engine_get_retry_at (engine);
      status.error = js_sync_engine_get_error (engine);
    }

  return js_sync_status_describe (&status);
}
