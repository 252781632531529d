/* js-test-notifications.c: a notification daemon of the test's, on its session bus
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * org.freedesktop.Notifications, the freedesktop backend of GNotification
 * (GNOTIFICATION_BACKEND=freedesktop): it keeps what is shown, and clicks
 * a notification as the desktop would (ActionInvoked "default"). Each
 * must have a default action: a reminder that does nothing when clicked
 * fails the test.
 */

#include "config.h"

#include "js-test-notifications.h"

static const char introspection[] =
  "<node><interface name='org.freedesktop.Notifications'>"
  "<method name='Notify'><arg type='s' direction='in'/><arg type='u' direction='in'/>"
  "<arg type='s' direction='in'/><arg type='s' direction='in'/><arg type='s' direction='in'/>"
  "<arg type='as' direction='in'/><arg type='a{sv}' direction='in'/>"
  "<arg type='i' direction='in'/><arg type='u' direction='out'/></method>"
  "<method name='CloseNotification'><arg type='u' direction='in'/></method>"
  "<signal name='ActionInvoked'><arg type='u'/><arg type='s'/></signal>"
  "</interface></node>";

static void
method_called_cb (GDBusConnection       *connection,
                  const char            *sender,
                  const char            *path,
                  const char            *interface,
                  const char            *method,
                  GVariant              *parameters,
                  GDBusMethodInvocation *invocation,
                  gpointer               user_data)
{
  JsTestNotifications *self = user_data;
  const char *title;
  const char *body;
  guint32 replaces;
  g_autoptr(GVariant) actions = NULL;

  if (!g_str_equal (method, "Notify"))
    {
      g_dbus_method_invocation_return_value (invocation, NULL);
      return;
    }

  g_variant_get (parameters, "(&su&s&s&s@asa{sv}i)", NULL, &replaces, NULL, &title, &body,
                 &actions, NULL, NULL);
  g_assert_cmpuint (g_variant_n_children (actions), ==, 2);
  g_ptr_array_add (self->titles, g_strdup (title));
  g_ptr_array_add (self->bodies, g_strdup (body));
  self->replaced += replaces != 0;
  g_dbus_method_invocation_return_value (invocation, g_variant_new ("(u)", self->titles->len));
}

static const GDBusInterfaceVTable vtable = { method_called_cb, NULL, NULL };

static void
name_acquired_cb (GDBusConnection *connection,
                  const char      *name,
                  gpointer         user_data)
{
  ((JsTestNotifications *) user_data)->named = TRUE;
}

/**
 * js_test_notifications_new:
 *
 * Returns: (transfer full): the daemon, its name owned on the session bus
 */
JsTestNotifications *
js_test_notifications_new (void)
{
  JsTestNotifications *self = g_new0 (JsTestNotifications, 1);
  g_autoptr(GError) error = NULL;

  self->connection = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, &error);
  g_assert_no_error (error);
  self->info = g_dbus_node_info_new_for_xml (introspection, &error);
  g_assert_no_error (error);
  self->titles = g_ptr_array_new_with_free_func (g_free);
  self->bodies = g_ptr_array_new_with_free_func (g_free);
  self->object = g_dbus_connection_register_object (self->connection,
                                                    "/org/freedesktop/Notifications",
                                                    self->info->interfaces[0], &vtable, self,
                                                    NULL, &error);
  g_assert_no_error (error);
  self->name = g_bus_own_name_on_connection (self->connection, "org.freedesktop.Notifications",
                                             G_BUS_NAME_OWNER_FLAGS_NONE, name_acquired_cb, NULL,
                                             self, NULL);
  while (!self->named)
    g_main_context_iteration (NULL, TRUE);
  return self;
}

void
js_test_notifications_free (JsTestNotifications *self)
{
  g_bus_unown_name (self->name);
  g_dbus_connection_unregister_object (self->connection, self->object);
  g_dbus_node_info_unref (self->info);
  g_ptr_array_unref (self->titles);
  g_ptr_array_unref (self->bodies);
  g_clear_object (&self->connection);
  g_free (self);
}

/**
 * js_test_notifications_wait:
 * @expected: how many should have been shown in all
 *
 * Lets the bus deliver for up to 10 s until @expected were shown, and a
 * moment more for any that should not come.
 *
 * Returns: whether exactly @expected were shown
 */
gboolean
js_test_notifications_wait (JsTestNotifications *self,
                            guint                expected)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_TIME_SPAN_SECOND;

  while (self->titles->len < expected && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
  for (guint i = 0; i < 20; i++)
    {
      g_usleep (10000);
      while (g_main_context_iteration (NULL, FALSE))
        ;
    }
  return self->titles->len == expected;
}

gboolean
js_test_notifications_shown (JsTestNotifications *self,
                             const char          *title)
{
  for (guint i = 0; i < self->titles->len; i++)
    if (g_str_equal (self->titles->pdata[i], title))
      return TRUE;
  return FALSE;
}

/**
 * js_test_notifications_click:
 * @number: which was clicked, from 1 in the order shown
 *
 * Clicks it, as the desktop does: its default action.
 */
void
js_test_notifications_click (JsTestNotifications *self,
                             guint                number)
{
  g_assert_true (g_dbus_connection_emit_signal (self->connection, NULL,
                                                "/org/freedesktop/Notifications",
                                                "org.freedesktop.Notifications", "ActionInvoked",
                                                g_variant_new ("(us)", number, "default"), NULL));
}
