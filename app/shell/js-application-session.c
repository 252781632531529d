/* js-application-session.c: ending a shared PC's session without losing work
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * On a shared PC, signing out, the idle time-out and the length limit all
 * delete the session; at home, signing out can delete the citizen's copy. Before that, changes not yet at the jobcenter are
 * sent; when they cannot be, the citizen is told what would be lost and
 * chooses (JsEndSessionDialog). A session that timed out with no one at
 * the PC to choose ends anyway after END_ANYWAY_MINUTES: what is on screen
 * must not wait there for the next person.
 */

#include "config.h"

#include "js-application-private.h"
#include "js-end-session-dialog.h"
#include "js-joblog-export.h"
#include "js-joblog-model.h"

#define END_ANYWAY_MINUTES 2

static void
end_now (JsApplication *self)
{
  g_clear_handle_id (&self->end_anyway, g_source_remove);
  g_clear_signal_handler (&self->leaving_handler, self->engine);
  self->leaving = FALSE;
  _js_application_sign_out_now (self);
}

static gboolean
end_anyway_cb (gpointer user_data)
{
  JsApplication *self = user_data;

  self->end_anyway = 0;
  g_message ("No one answered: the session ends with unsent changes");
  end_now (self);
  return G_SOURCE_REMOVE;
}

static GPtrArray *
joblog_entries (JsApplication *self)
{
  g_autoptr(JsJoblogModel) model = js_joblog_model_new (self->store);
  g_autoptr(GError) error = NULL;
  GPtrArray *entries = NULL;

  if (js_joblog_model_reload (model, &error))
    entries = js_joblog_model_dup_entries (model, &error);
  if (entries == NULL)
    g_warning ("Could not read the job log: %s", error->message);
  return entries;
}

/* The whole job log, from its first entry to today. */
static void
print_all (JsApplication *self,
           GtkWindow     *window,
           GPtrArray     *entries)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  GDate from;
  GDate to;

  g_date_clear (&to, 1);
  g_date_set_dmy (&to, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                  g_date_time_get_year (now));
  from = to;
  for (guint i = 0; i < entries->len; i++)
    {
      const GDate *date = js_joblog_entry_get_date (entries->pdata[i]);

      if (date != NULL && g_date_valid (date) && g_date_compare (date, &from) < 0)
        from = *date;
    }
  js_joblog_print (window, self->store, entries, &from, &to);
}

static void
answered_cb (AdwMessageDialog *dialog,
             const char       *response,
             JsApplication    *self)
{
  GtkWindow *window = _js_application_main_window (self);
  g_autoptr(GPtrArray) entries = NULL;

  if (g_str_equal (response, JS_END_SESSION_END))
    end_now (self);
  else if (g_str_equal (response, JS_END_SESSION_RETRY))
    _js_application_leave (self, FALSE);
  else if ((entries = joblog_entries (self)) != NULL)
    {
      /* Saved or printed, the session goes on: the citizen ends it again. */
      g_clear_handle_id (&self->end_anyway, g_source_remove);
      self->leaving = FALSE;
      self->delete_local = FALSE;
      if (g_str_equal (response, JS_END_SESSION_SAVE))
        js_joblog_save_csv (window, entries);
      else
        print_all (self, window, entries);
    }
}

static void
ask (JsApplication *self)
{
  AdwMessageDialog *dialog = js_end_session_dialog_new (
    _js_application_main_window (self),
    (guint) MIN (js_sync_engine_get_waiting (self->engine), G_MAXUINT));

  g_signal_connect_object (dialog, "response", G_CALLBACK (answered_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The try to send is over: end, or ask what to do. */
static void
engine_changed_cb (JsApplication *self)
{
  if (js_sync_engine_get_state (self->engine) == JS_SYNC_STATE_SYNCING)
    return;

  g_clear_signal_handler (&self->leaving_handler, self->engine);
  if (js_sync_engine_get_waiting (self->engine) == 0)
    end_now (self);
  else
    ask (self);
}

/**
 * _js_application_leave:
 * @timed_out: the idle time-out or the length limit ends the session, and
 *   no one may be there to answer
 *
 * Ends a shared PC's session, and the citizen's sign-in with it, once
 * nothing would be lost, or once the citizen says so.
 */
void
_js_application_leave (JsApplication *self,
                       gboolean       timed_out)
{
  JsSyncState state = self->engine != NULL ? js_sync_engine_get_state (self->engine)
                                           : JS_SYNC_STATE_SIGNED_OUT;

  /* No one signed in: nothing was ever to reach the jobcenter. */
  if (self->citizen == NULL || self->engine == NULL ||
      js_sync_engine_get_waiting (self->engine) == 0)
    {
      end_now (self);
      return;
    }

  self->leaving = TRUE;
  if (timed_out && self->end_anyway == 0)
    self->end_anyway = g_timeout_add_seconds (END_ANYWAY_MINUTES * 60, end_anyway_cb, self);
  /* The jobcenter refused the sign-in: nothing can be sent; say so. */
  if (state == JS_SYNC_STATE_SIGNED_OUT)
    {
      ask (self);
      return;
    }
  if (self->leaving_handler == 0)
    self->leaving_handler = g_signal_connect_object (self->engine, "changed",
                                                     G_CALLBACK (engine_changed_cb), self,
                                                     G_CONNECT_SWAPPED);
  if (state == JS_SYNC_STATE_SYNCING)
    return;
  js_sync_engine_sync_now (self->engine);
  if (js_sync_engine_get_state (self->engine) != JS_SYNC_STATE_SYNCING)
    engine_changed_cb (self);
}
