/* js-application.c: start-up, languages, the profile's store, app actions
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "js-application.h"
#include "js-i18n.h"
#include "js-language-dialog.h"
#include "js-store-problem.h"
#include "js-window.h"

struct _JsApplication {
  AdwApplication  parent_instance;

  GSettings      *settings;
  JsStore        *store;
  char           *language;
};

G_DEFINE_FINAL_TYPE (JsApplication, js_application, ADW_TYPE_APPLICATION)

enum {
  PROP_0,
  PROP_LANGUAGE,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static char *
profile_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "jobspor", "profiles", "local",
                           "jobspor.db", NULL);
}

static void
apply_language (JsApplication *self,
                const char    *code)
{
  const JsLanguage *language = js_i18n_lookup (code);

  if (language == NULL)
    language = js_i18n_lookup ("en");

  if (g_strcmp0 (self->language, language->code) == 0)
    return;

  g_free (self->language);
  self->language = g_strdup (language->code);
  js_i18n_apply (language->code);
  gtk_widget_set_default_direction (language->right_to_left ? GTK_TEXT_DIR_RTL
                                                            : GTK_TEXT_DIR_LTR);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LANGUAGE]);
}

static void
language_setting_changed_cb (JsApplication *self,
                             const char    *key,
                             GSettings     *settings)
{
  g_autofree char *code = g_settings_get_string (settings, "language");

  if (js_i18n_lookup (code) != NULL)
    apply_language (self, code);
}

static void
store_opened_cb (JsApplication *self,
                 JsStore       *store)
{
  if (g_set_object (&self->store, store))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

static void
open_store (JsApplication *self,
            GtkWindow     *parent)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = profile_path ();
  g_autoptr(JsStore) store = js_store_open (path, &error);

  if (store != NULL)
    {
      store_opened_cb (self, store);
      return;
    }

  g_warning ("Could not open %s: %s", path, error->message);
  js_store_problem_present (parent, path, error, (JsStoreProblemResolved) store_opened_cb,
                            self);
}

static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  JsApplication *self = user_data;
  GList *windows = gtk_application_get_windows (GTK_APPLICATION (self));

  /* Closing each main window lets it save its size first; its dialogs go
   * with it, an open entry keeping what was typed as a draft. */
  for (GList *l = windows; l != NULL;)
    {
      GtkWindow *window = l->data;

      l = l->next;
      if (JS_IS_WINDOW (window))
        gtk_window_close (window);
    }

  g_application_quit (G_APPLICATION (self));
}

static void
language_action (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  JsApplication *self = user_data;

  js_language_dialog_present (self, gtk_application_get_active_window (GTK_APPLICATION (self)));
}

static void
shortcuts_action (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  JsApplication *self = user_data;
  g_autoptr(GtkBuilder) builder = NULL;
  GtkWindow *shortcuts;

  /* Built anew each time, so it is in the language chosen now. */
  builder = gtk_builder_new_from_resource (RESOURCE_PREFIX "/ui/js-shortcuts-window.ui");
  shortcuts = GTK_WINDOW (gtk_builder_get_object (builder, "shortcuts_window"));
  gtk_window_set_transient_for (shortcuts,
                                gtk_application_get_active_window (GTK_APPLICATION (self)));
  gtk_window_present (shortcuts);
}

static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  JsApplication *self = user_data;
  static const char *developers[] = { "Jobspor developers", NULL };

  adw_show_about_window (gtk_application_get_active_window (GTK_APPLICATION (self)),
                         "application-name", "Jobspor",
                         "application-icon", APP_ID,
                         "version", PACKAGE_VERSION,
                         "comments", _("Keep your job-search log, follow your plan and book "
                                       "meetings with the jobcenter, also when you are offline."),
                         "developer-name", _("Jobspor developers"),
                         "developers", developers,
                         "copyright", "© 2026 Jobspor developers",
                         "license-type", GTK_LICENSE_GPL_3_0,
                         "website", "https://jobspor.dk",
                         "issue-url", "https://jobspor.dk/issues",
                         "translator-credits", _("translator-credits"),
                         NULL);
}

static const GActionEntry app_actions[] = {
  { "quit", quit_action },
  { "language", language_action },
  { "shortcuts", shortcuts_action },
  { "about", about_action },
};

static void
js_application_startup (GApplication *application)
{
  JsApplication *self = JS_APPLICATION (application);
  static const char *section_accels[][2] = {
    { "win.show-section('joblog')", "<Alt>1" },
    { "win.show-section('plan')", "<Alt>2" },
    { "win.show-section('meetings')", "<Alt>3" },
    { "win.show-section('exercises')", "<Alt>4" },
  };
  g_autofree char *language = NULL;
  const char *initial;

  G_APPLICATION_CLASS (js_application_parent_class)->startup (application);

  self->settings = g_settings_new (APP_ID);
  g_signal_connect_object (self->settings, "changed::language",
                           G_CALLBACK (language_setting_changed_cb), self, G_CONNECT_SWAPPED);

  language = g_settings_get_string (self->settings, "language");
  initial = js_i18n_lookup (language) != NULL ? language : js_i18n_system_language ();
  apply_language (self, initial != NULL ? initial : "en");

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions,
                                   G_N_ELEMENTS (app_actions), self);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.quit",
                                         (const char *[]) { "<Control>q", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.shortcuts",
                                         (const char *[]) { "<Control>question", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "window.close",
                                         (const char *[]) { "<Control>w", NULL });
  for (guint i = 0; i < G_N_ELEMENTS (section_accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (self), section_accels[i][0],
                                           (const char *[]) { section_accels[i][1], NULL });
}

static void
js_application_activate (GApplication *application)
{
  JsApplication *self = JS_APPLICATION (application);
  g_autofree char *language = NULL;
  GtkWindow *window;

  window = gtk_application_get_active_window (GTK_APPLICATION (self));
  if (window != NULL)
    {
      gtk_window_present (window);
      return;
    }

  window = GTK_WINDOW (js_window_new (self));
  gtk_window_present (window);

  open_store (self, window);

  /* First start: offer the four languages, the desktop's one chosen. */
  language = g_settings_get_string (self->settings, "language");
  if (js_i18n_lookup (language) == NULL)
    js_language_dialog_present (self, window);
}

static void
js_application_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  JsApplication *self = JS_APPLICATION (object);

  switch (prop_id)
    {
    case PROP_LANGUAGE:
      g_value_set_string (value, self->language);
      break;

    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
js_application_dispose (GObject *object)
{
  JsApplication *self = JS_APPLICATION (object);

  g_clear_object (&self->store);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->language, g_free);

  G_OBJECT_CLASS (js_application_parent_class)->dispose (object);
}

static void
js_application_class_init (JsApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = js_application_dispose;
  object_class->get_property = js_application_get_property;

  app_class->startup = js_application_startup;
  app_class->activate = js_application_activate;

  /**
   * JsApplication:language:
   *
   * The code of the language the interface is shown in. Widgets that
   * carry text rebuild or relabel themselves when it changes.
   */
  properties[PROP_LANGUAGE] =
    g_param_spec_string ("language", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * JsApplication:store:
   *
   * The open profile's database, or %NULL while it cannot be opened.
   */
  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, JS_TYPE_STORE,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
js_application_init (JsApplication *self)
{
}

JsApplication *
js_application_new (void)
{
  return g_object_new (JS_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_DEFAULT_FLAGS,
                       "resource-base-path", RESOURCE_PREFIX,
                       NULL);
}

JsStore *
js_application_get_store (JsApplication *self)
{
  g_return_val_if_fail (JS_IS_APPLICATION (self), NULL);

  return self->store;
}

GSettings *
js_application_get_settings (JsApplication *self)
{
  g_return_val_if_fail (JS_IS_APPLICATION (self), NULL);

  return self->settings;
}

/**
 * js_application_set_language:
 * @self: the application
 * @code: "da", "uk", "ar" or "en"
 *
 * Switches the whole interface to @code at once and remembers the choice.
 */
void
js_application_set_language (JsApplication *self,
                             const char    *code)
{
  g_return_if_fail (JS_IS_APPLICATION (self));
  g_return_if_fail (js_i18n_lookup (code) != NULL);

  apply_language (self, code);
  g_settings_set_string (self->settings, "language", code);
}
