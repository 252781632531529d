/* js-test-notifications.h: a notification daemon of the test's, on its session bus
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef struct {
  GDBusConnection *connection;
  GDBusNodeInfo   *info;
  guint            object;
  guint            name;
  gboolean         named;
  GPtrArray       *titles;       /* of the notifications shown, in order */
  GPtrArray       *bodies;
  guint            replaced;     /* shown in place of an earlier one */
} JsTestNotifications;

JsTestNotifications *js_test_notifications_new   (void);
void                 js_test_notifications_free  (JsTestNotifications *self);
gboolean             js_test_notifications_wait  (JsTestNotifications *self,
                                                  guint                expected);
gboolean             js_test_notifications_shown (JsTestNotifications *self,
                                                  const char          *title);
void                 js_test_notifications_click (JsTestNotifications *self,
                                                  guint                number);

G_END_DECLS
