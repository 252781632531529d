/* js-background.h: asking the desktop to start Jobspor at log-in, for reminders
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define JS_BACKGROUND_ERROR (js_background_error_quark ())

typedef enum {
  JS_BACKGROUND_ERROR_REFUSED,
  JS_BACKGROUND_ERROR_UNAVAILABLE,
} JsBackgroundError;

GQuark   js_background_error_quark    (void);
void     js_background_request        (GtkWindow            *parent,
                                       gboolean              autostart,
                                       GCancellable         *cancellable,
                                       GAsyncReadyCallback   callback,
                                       gpointer              user_data);
gboolean js_background_request_finish (GAsyncResult         *result,
                                       GError              **error);

G_END_DECLS
