/* js-toaster.h: where a page's "Saved" or "Undo" message goes
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define JS_TYPE_TOASTER (js_toaster_get_type ())
G_DECLARE_INTERFACE (JsToaster, js_toaster, JS, TOASTER, GObject)

struct _JsToasterInterface {
  GTypeInterface parent_iface;

  void (*add_toast) (JsToaster *self,
                     AdwToast  *toast);
};

void js_toaster_add_toast (JsToaster *self,
                           AdwToast  *toast);
void js_toast_show        (GtkWidget *widget,
                           AdwToast  *toast);
void js_message_show      (GtkWindow  *parent,
                           const char *heading,
                           const char *body);

G_END_DECLS
