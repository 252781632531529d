/* js-background.c: asking the desktop to start Jobspor at log-in, for reminders
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The Background portal (through libportal) asks the citizen whether
 * Jobspor may start when they log in, as "jobspor --background": the
 * reminders with no window. Asking again without autostart takes that
 * back. The errors say in plain words what happened; the portal's own
 * message goes to the log only.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <libportal-gtk4/portal-gtk4.h>

#include "js-background.h"

G_DEFINE_QUARK (js-background-error-quark, js_background_error)

static void
requested_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(GError) error = NULL;
  gboolean autostart = GPOINTER_TO_INT (g_task_get_task_data (task));

  if (xdp_portal_request_background_finish (XDP_PORTAL (source), result, &error))
    {
      g_task_return_boolean (task, TRUE);
      return;
    }

  if (error != NULL && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_message ("The Background portal answered: %s", error->message);
      g_task_return_new_error (task, JS_BACKGROUND_ERROR, JS_BACKGROUND_ERROR_UNAVAILABLE,
                               _("This computer could not let Jobspor start when you log in. "
                                 "Jobspor reminds you while it is open. You can also add your "
                                 "meetings to your calendar."));
    }
  else if (g_task_return_error_if_cancelled (task))
    ;
  else if (autostart)
    g_task_return_new_error (task, JS_BACKGROUND_ERROR, JS_BACKGROUND_ERROR_REFUSED,
                             _("Jobspor was not allowed to start when you log in, so it "
                               "reminds you only while it is open. You can also add your "
                               "meetings to your calendar."));
  else
    g_task_return_boolean (task, TRUE);
}

/**
 * js_background_request:
 * @parent: (nullable): the window the desktop's question stands over
 * @autostart: whether Jobspor should start at log-in (or no longer)
 * @cancellable: (nullable): to stop waiting for the answer
 * @callback: called with the answer
 * @user_data: for @callback
 *
 * Asks the desktop through the Background portal to start "jobspor
 * --background" when the citizen logs in, or to stop doing so.
 */
void
js_background_request (GtkWindow           *parent,
                       gboolean             autostart,
                       GCancellable        *cancellable,
                       GAsyncReadyCallback  callback,
                       gpointer             user_data)
{
  g_autoptr(XdpPortal) portal = xdp_portal_new ();
  g_autoptr(GTask) task = g_task_new (NULL, cancellable, callback, user_data);
  XdpParent *xdp_parent = parent != NULL ? xdp_parent_new_gtk (parent) : NULL;
  GPtrArray *commandline = g_ptr_array_new_with_free_func (g_free);

  g_task_set_source_tag (task, js_background_request);
  g_task_set_task_data (task, GINT_TO_POINTER (autostart), NULL);

  g_ptr_array_add (commandline, g_strdup ("jobspor"));
  g_ptr_array_add (commandline, g_strdup ("--background"));
  /* The portal keeps the commandline array (transfer container); the
   * task keeps the portal until it answers. */
  g_object_set_data_full (G_OBJECT (task), "js-portal", g_object_ref (portal), g_object_unref);
  xdp_portal_request_background (portal, xdp_parent,
                                 _("Jobspor reminds you of your meetings with the jobcenter, "
                                   "also when it is closed."),
                                 commandline,
                                 autostart ? XDP_BACKGROUND_FLAG_AUTOSTART
                                           : XDP_BACKGROUND_FLAG_NONE,
                                 cancellable, requested_cb, g_object_ref (task));
  g_clear_pointer (&xdp_parent, xdp_parent_free);
}

/**
 * js_background_request_finish:
 * @result: what js_background_request() gave its callback
 * @error: where to say, in words for the citizen, why it was not done
 *
 * Returns: whether the desktop did as asked
 */
gboolean
js_background_request_finish (GAsyncResult  *result,
                              GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
