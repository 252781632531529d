/* js-application-background.c: reminders also when Jobspor is closed
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * At home, the citizen may ask to be reminded of meetings also when the
 * window is closed ("app.remind-when-closed", a check box on Meetings).
 * The desktop is asked through the Background portal to start "jobspor
 * --background" at log-in: the reminders of the profile that would open,
 * and its sync, with no window until the citizen opens one or clicks a
 * reminder. While the choice stands, closing the window leaves that
 * running. If the desktop says no, the choice is undone and the citizen
 * told why. A shared PC has none of it: no reminders are left behind.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "js-application-private.h"
#include "js-background.h"
#include "js-toaster.h"

typedef struct {
  JsApplication *self;
  gboolean       wanted;
} Request;

/* Keeps Jobspor running with no window while the citizen wants it. */
static void
set_held (JsApplication *self,
          gboolean       held)
{
  if (self->background_held == held)
    return;

  self->background_held = held;
  if (held)
    g_application_hold (G_APPLICATION (self));
  else
    g_application_release (G_APPLICATION (self));
}

static void
requested_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  Request *request = user_data;
  g_autoptr(JsApplication) self = request->self;
  g_autoptr(GError) error = NULL;
  gboolean wanted = request->wanted;
  GAction *action;

  g_free (request);
  if (js_background_request_finish (result, &error) || !wanted)
    {
      /* Taking it back stands even if the desktop could not be told: a
       * Jobspor started at log-in then ends at once. */
      if (error != NULL && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_message ("Autostart not taken back: %s", error->message);
      return;
    }
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  g_settings_set_boolean (self->settings, "remind-when-closed", FALSE);
  set_held (self, FALSE);
  action = g_action_map_lookup_action (G_ACTION_MAP (self), "remind-when-closed");
  g_simple_action_set_state (G_SIMPLE_ACTION (action), g_variant_new_boolean (FALSE));
  js_message_show (_js_application_main_window (self),
                   _("Reminders only while Jobspor is open"), error->message);
}

static void
remind_when_closed_change (GSimpleAction *action,
                           GVariant      *value,
                           gpointer       user_data)
{
  JsApplication *self = user_data;
  gboolean wanted = g_variant_get_boolean (value);
  Request *request = g_new0 (Request, 1);

  /* The check box follows the citizen at once; a refusal undoes it. */
  g_simple_action_set_state (action, value);
  g_settings_set_boolean (self->settings, "remind-when-closed", wanted);
  set_held (self, wanted);

  g_cancellable_cancel (self->background_cancellable);
  g_clear_object (&self->background_cancellable);
  self->background_cancellable = g_cancellable_new ();
  request->self = g_object_ref (self);
  request->wanted = wanted;
  js_background_request (_js_application_main_window (self), wanted,
                         self->background_cancellable, requested_cb, request);
}

/**
 * _js_application_background_init:
 *
 * Offers `--background` on the command line.
 */
void
_js_application_background_init (JsApplication *self)
{
  g_application_add_main_option (G_APPLICATION (self), "background", 0, G_OPTION_FLAG_NONE,
                                 G_OPTION_ARG_NONE,
                                 _("Only remind of meetings, with no window (started at log-in)"),
                                 NULL);
}

/**
 * _js_application_background_options:
 * @options: the command line's options
 *
 * With `--background`, when Jobspor runs already, there is nothing to
 * do: it reminds.
 *
 * Returns: the exit status, or -1 to go on
 */
int
_js_application_background_options (JsApplication *self,
                                    GVariantDict  *options)
{
  g_autoptr(GError) error = NULL;

  if (!g_variant_dict_contains (options, "background"))
    return -1;

  if (!g_application_register (G_APPLICATION (self), NULL, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  if (g_application_get_is_remote (G_APPLICATION (self)))
    return 0;

  self->background_start = TRUE;
  return -1;
}

/**
 * _js_application_background_startup:
 *
 * At home, offers "app.remind-when-closed", and keeps Jobspor running
 * after its window closes when the citizen asked for it.
 */
void
_js_application_background_startup (JsApplication *self)
{
  gboolean wanted;
  GSimpleAction *action;

  if (self->admin->shared_pc)
    return;

  wanted = g_settings_get_boolean (self->settings, "remind-when-closed");
  action = g_simple_action_new_stateful ("remind-when-closed", NULL,
                                         g_variant_new_boolean (wanted));
  g_signal_connect (action, "change-state", G_CALLBACK (remind_when_closed_change), self);
  g_action_map_add_action (G_ACTION_MAP (self), G_ACTION (action));
  g_object_unref (action);
  set_held (self, wanted);
}

/**
 * _js_application_background_activate:
 *
 * Started at log-in with `--background`: the reminders of the profile
 * that would open, with no window; nothing at all when the citizen has
 * taken the choice back or on a shared PC (Jobspor then ends).
 *
 * Returns: whether the activation is done (no window to show)
 */
gboolean
_js_application_background_activate (JsApplication *self)
{
  if (!self->background_start)
    return FALSE;

  self->background_start = FALSE;
  if (self->background_held && self->profiles == NULL)
    _js_application_open_first_profile (self, NULL);
  return TRUE;
}

/**
 * _js_application_background_shutdown:
 *
 * Stops waiting for the desktop's answer.
 */
void
_js_application_background_shutdown (JsApplication *self)
{
  g_cancellable_cancel (self->background_cancellable);
  g_clear_object (&self->background_cancellable);
  set_held (self, FALSE);
}
