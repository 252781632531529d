/* js-toaster.c: where a page's "Saved" or "Undo" message goes
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A page or a dialog shows a toast without knowing the window: the main
 * window implements JsToaster, and js_toast_show() finds it as the
 * widget's root, or the window a dialog stands over.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "js-a11y.h"
#include "js-toaster.h"

G_DEFINE_INTERFACE (JsToaster, js_toaster, G_TYPE_OBJECT)

static void
js_toaster_default_init (JsToasterInterface *iface)
{
}

/**
 * js_toaster_add_toast:
 * @self: a #JsToaster
 * @toast: (transfer full): the message to show for a moment
 */
void
js_toaster_add_toast (JsToaster *self,
                      AdwToast  *toast)
{
  g_return_if_fail (JS_IS_TOASTER (self));
  g_return_if_fail (ADW_IS_TOAST (toast));

  JS_TOASTER_GET_IFACE (self)->add_toast (self, toast);
}

/**
 * js_toast_show:
 * @widget: a widget in a window, or a dialog window
 * @toast: (transfer full): the message to show for a moment
 *
 * Shows @toast on the toaster @widget stands in or over. With none (the
 * widget is not shown, or in a window of its own), the toast is dropped.
 */
void
js_toast_show (GtkWidget *widget,
               AdwToast  *toast)
{
  GtkWindow *window;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (ADW_IS_TOAST (toast));

  window = GTK_IS_WINDOW (widget) ? GTK_WINDOW (widget)
                                  : GTK_WINDOW (gtk_widget_get_root (widget));
  for (guint hops = 0; window != NULL && hops < 8; hops++)
    {
      if (JS_IS_TOASTER (window))
        {
          js_toaster_add_toast (JS_TOASTER (window), toast);
          return;
        }
      window = gtk_window_get_transient_for (window);
    }

  g_object_unref (toast);
}

/**
 * js_message_show:
 * @parent: (nullable): the window the message stands over
 * @heading: what happened, in a few words
 * @body: why, and what to do, in plain words
 *
 * A message that stays until the citizen closes it: for what did not work.
 */
void
js_message_show (GtkWindow  *parent,
                 const char *heading,
                 const char *body)
{
  GtkWidget *dialog = adw_message_dialog_new (parent, heading, body);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  js_a11y_fix (dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}
