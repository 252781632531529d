/* js-application.c: start-up, languages, the profile's store, app actions
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#define G_SETTINGS_ENABLE_BACKEND
#include <gio/gsettingsbackend.h>
#include <glib/gi18n.h>

#include "js-a11y.h"
#include "js-application-private.h"
#include "js-i18n.h"
#include "js-language-dialog.h"
#include "js-sync-status.h"
#include "js-window.h"

/* How often "Synced 2 minutes ago" is brought up to date. */
#define STATUS_REFRESH_SECONDS 30


G_DEFINE_FINAL_TYPE (JsApplication, js_application, ADW_TYPE_APPLICATION)

enum {
  PROP_0,
  PROP_LANGUAGE,
  PROP_STORE,
  PROP_SYNC_STATUS,
  PROP_SYNC_DETAILS,
  PROP_CLOCK_OFF,
  PROP_AT_START,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

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
  /* The header's sync state is words too: in the new language at once,
   * not at the next refresh a minute later. */
  if (self->admin != NULL && self->status_timer != 0)
    _js_application_update_sync_status (self);
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

/* What municipal IT set (src/session/js-admin-config.c); each problem
 * with it goes to the log, with the safe default taken. */
static JsAdminConfig *
load_admin_config (void)
{
  g_auto(GStrv) environment = g_get_environ ();
  g_autoptr(GPtrArray) codes = g_ptr_array_new ();
  const JsLanguage *languages;
  guint n_languages = 0;
  JsAdminConfig *config;

  languages = js_i18n_get_languages (&n_languages);
  for (guint i = 0; i < n_languages; i++)
    g_ptr_array_add (codes, (char *) languages[i].code);
  g_ptr_array_add (codes, NULL);

  config = js_admin_config_load (JS_ADMIN_CONFIG_PATH, (const char * const *) environment,
                                 (const char * const *) codes->pdata);
  for (guint i = 0; i < config->problems->len; i++)
    g_warning ("Administrator's configuration: %s", (char *) config->problems->pdata[i]);
  return config;
}

/* The jobcenter's address, if municipal IT set one that may be used. */
static char *
configured_server_url (JsAdminConfig *config)
{
  g_autoptr(GError) error = NULL;

  if (config->server_url == NULL)
    return NULL;

  if (!js_sync_url_allowed (config->server_url, &error))
    {
      g_warning ("Ignoring the configured jobcenter: %s", error->message);
      return NULL;
    }

  return g_strdup (config->server_url);
}

/**
 * _js_application_main_window:
 *
 * The window Jobspor's dialogs stand over: the main window, never another
 * dialog, which may be gone before the dialog is (GTK then warns of a
 * finalised parent).
 *
 * Returns: (transfer none) (nullable): the main window
 */
GtkWindow *
_js_application_main_window (JsApplication *self)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    if (JS_IS_WINDOW (l->data))
      return l->data;
  return gtk_application_get_active_window (GTK_APPLICATION (self));
}

/**
 * _js_application_update_at_start:
 *
 * A shared PC shows its start page while no one is signed in and no one
 * chose to go on without signing in.
 */
void
_js_application_update_at_start (JsApplication *self)
{
  gboolean at_start = self->admin->shared_pc && self->citizen == NULL && !self->guest;

  if (at_start == self->at_start)
    return;
  self->at_start = at_start;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AT_START]);
}

/* A shared PC's session over: the PC's own language again. */
void
_js_application_reset_language (JsApplication *self)
{
  apply_language (self, js_application_get_pc_language (self));
}

static void
continue_as_guest_action (GSimpleAction *action,
                          GVariant      *parameter,
                          gpointer       user_data)
{
  JsApplication *self = user_data;

  if (!self->admin->exercises_guest)
    return;
  self->guest = TRUE;
  _js_application_update_at_start (self);
}

/* The idle time-out or the length limit ended a shared PC's session:
 * the citizen is signed out (the jobcenter told), everything goes, and the
 * PC is back at the start in its own language. */
static void
session_expired_cb (JsApplication  *self,
                    gboolean        idle,
                    JsSessionWatch *watch)
{
  g_message ("The session ended: %s", idle ? "idle time-out" : "length limit");
  _js_application_leave (self, TRUE);
  js_session_watch_restart (watch);
}

static void
set_action_enabled (JsApplication *self,
                    const char    *name,
                    gboolean       enabled)
{
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self), name);

  if (action != NULL)
    g_simple_action_set_enabled (G_SIMPLE_ACTION (action), enabled);
}

void
_js_application_update_sync_status (JsApplication *self)
{
  g_autofree char *text = js_sync_status_text (self->engine, self->citizen != NULL,
                                                self->admin->shared_pc);
  JsSyncState state = self->engine != NULL ? js_sync_engine_get_state (self->engine)
                                           : JS_SYNC_STATE_SIGNED_OUT;
  const GError *error = self->engine != NULL ? js_sync_engine_get_error (self->engine) : NULL;
  /* What went wrong, as technical as it is: for the jobcenter's support. */
  const char *details = error != NULL && state != JS_SYNC_STATE_IDLE &&
                        state != JS_SYNC_STATE_SYNCING ? error->message : NULL;
  /* The jobcenter's clock, from its last answer, is more than a few
   * minutes from this PC's. */
  gboolean clock_off = self->engine != NULL && js_sync_engine_clock_is_off (self->engine);

  set_action_enabled (self, "sign-in", self->engine != NULL && state == JS_SYNC_STATE_SIGNED_OUT);
  set_action_enabled (self, "sign-out", self->citizen != NULL);
  set_action_enabled (self, "sync-now", self->engine != NULL &&
                                          state != JS_SYNC_STATE_SIGNED_OUT &&
                                          state != JS_SYNC_STATE_SYNCING);

  if (clock_off != self->clock_off)
    {
      self->clock_off = clock_off;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CLOCK_OFF]);
    }

  if (g_strcmp0 (details, self->sync_details) != 0)
    {
      g_free (self->sync_details);
      self->sync_details = g_strdup (details);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SYNC_DETAILS]);
    }

  if (g_strcmp0 (text, self->sync_status) == 0)
    return;

  g_free (self->sync_status);
  self->sync_status = g_steal_pointer (&text);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SYNC_STATUS]);
}

static gboolean
status_timer_cb (gpointer user_data)
{
  _js_application_update_sync_status (user_data);
  return G_SOURCE_CONTINUE;
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

  js_language_dialog_present (GTK_APPLICATION (self),
                              gtk_application_get_active_window (GTK_APPLICATION (self)));
}

/* "app.set-language('uk')": the whole interface in that language at once,
 * remembered for the next start. */
static void
set_language_action (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       user_data)
{
  JsApplication *self = user_data;
  const char *code = g_variant_get_string (parameter, NULL);

  if (js_i18n_lookup (code) == NULL)
    return;

  apply_language (self, code);
  g_settings_set_string (self->settings, "language", code);
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
  js_a11y_describe_window_controls (GTK_WIDGET (shortcuts));
  gtk_window_present (shortcuts);
}

/* What municipal IT set, a line each, or NULL when nothing was set. */
static char *
admin_summary (JsAdminConfig *admin)
{
  g_autoptr(GString) text = g_string_new (NULL);
  const JsLanguage *language = js_i18n_lookup (admin->language);

  if (admin->server_url != NULL)
    g_string_append_printf (text, _("Jobcenter: %s"), admin->server_url);
  if (admin->set & JS_ADMIN_SHARED_PC)
    g_string_append_printf (text, "\n%s", admin->shared_pc
                            ? _("Shared PC: nothing is kept after a session")
                            : _("Not a shared PC"));
  if (admin->idle_minutes > 0)
    {
      g_string_append_c (text, '\n');
      g_string_append_printf (text, ngettext ("Sessions end after %u minute without use",
                                              "Sessions end after %u minutes without use",
                                              admin->idle_minutes), admin->idle_minutes);
    }
  if (admin->session_minutes > 0)
    {
      g_string_append_c (text, '\n');
      g_string_append_printf (text, ngettext ("Sessions last at most %u minute",
                                              "Sessions last at most %u minutes",
                                              admin->session_minutes), admin->session_minutes);
    }
  if (language != NULL)
    {
      g_string_append_c (text, '\n');
      g_string_append_printf (text, _("Language of this PC: %s"), language->native_name);
    }
  if (admin->set & JS_ADMIN_EXERCISES_GUEST)
    g_string_append_printf (text, "\n%s", admin->exercises_guest
                            ? _("Exercises can be used without signing in")
                            : _("Sign in to use the exercises"));

  if (text->len == 0)
    return NULL;
  return g_strdup (text->str[0] == '\n' ? text->str + 1 : text->str);
}

static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  JsApplication *self = user_data;
  static const char *developers[] = { "Jobspor developers", NULL };
  g_autofree char *administrator = admin_summary (self->admin);
  AdwAboutWindow *about = ADW_ABOUT_WINDOW (adw_about_window_new ());

  g_object_set (about,
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
  /* What the citizen cannot change here, and who can. */
  if (administrator != NULL)
    adw_about_window_add_legal_section (about, _("Set by your administrator"), NULL,
                                        GTK_LICENSE_CUSTOM, administrator);
  gtk_window_set_transient_for (GTK_WINDOW (about),
                                gtk_application_get_active_window (GTK_APPLICATION (self)));
  js_a11y_describe_window_controls (GTK_WIDGET (about));
  gtk_window_present (GTK_WINDOW (about));
}

static void
sync_now_action (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  JsApplication *self = user_data;

  if (self->engine != NULL)
    js_sync_engine_sync_now (self->engine);
}

/* A reminder was clicked: the meeting or call it is about, in the window
 * (made if need be). */
static void
show_meeting_action (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       user_data)
{
  JsApplication *self = user_data;
  GtkWindow *window;

  g_application_activate (G_APPLICATION (self));
  if ((window = _js_application_main_window (self)) != NULL)
    gtk_widget_activate_action (GTK_WIDGET (window), "win.show-meeting", "s",
                                g_variant_get_string (parameter, NULL));
}

/* Another profile: its meetings are the ones to remind of. */
static void
store_changed_cb (JsApplication *self)
{
  if (self->reminders != NULL)
    js_reminders_set_store (self->reminders, self->store);
}

static const GActionEntry app_actions[] = {
  { "quit", quit_action },
  { "sign-in", _js_application_sign_in_action },
  { "sign-out", _js_application_sign_out_action },
  { "sync-now", sync_now_action },
  { "language", language_action },
  { "set-language", set_language_action, "s" },
  { "continue-as-guest", continue_as_guest_action },
  { "shortcuts", shortcuts_action },
  { "about", about_action },
  { "show-meeting", show_meeting_action, "s" },
};

static void
js_application_startup (GApplication *application)
{
  JsApplication *self = JS_APPLICATION (application);
  static const char *section_accels[][2] = {
    { "win.show-section('thisweek')", "<Alt>1" },
    { "win.show-section('joblog')", "<Alt>2" },
    { "win.show-section('plan')", "<Alt>3" },
    { "win.show-section('meetings')", "<Alt>4" },
    { "win.show-section('exercises')", "<Alt>5" },
  };
  g_autofree char *language = NULL;
  const char *initial;

  G_APPLICATION_CLASS (js_application_parent_class)->startup (application);

  self->admin = load_admin_config ();
  _js_application_update_at_start (self);
  if (self->admin->shared_pc)
    {
      g_autoptr(GSettingsBackend) memory = g_memory_settings_backend_new ();

      /* Nothing of one citizen's, not even a language or a recent file,
       * is written where the next one could find it. */
      self->settings = g_settings_new_with_backend (APP_ID, memory);
      g_object_set (gtk_settings_get_default (), "gtk-recent-files-enabled", FALSE, NULL);
    }
  else
    self->settings = g_settings_new (APP_ID);
  g_signal_connect_object (self->settings, "changed::language",
                           G_CALLBACK (language_setting_changed_cb), self, G_CONNECT_SWAPPED);

  language = g_settings_get_string (self->settings, "language");
  initial = js_i18n_lookup (language) != NULL ? language : self->admin->language;
  if (initial == NULL)
    initial = js_i18n_system_language ();
  apply_language (self, initial != NULL ? initial : "en");

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions,
                                   G_N_ELEMENTS (app_actions), self);
  self->server_url = configured_server_url (self->admin);
  if (self->admin->shared_pc)
    {
      self->session_watch = js_session_watch_new (self->admin->idle_minutes,
                                                  self->admin->session_minutes);
      g_signal_connect_object (self->session_watch, "expired",
                               G_CALLBACK (session_expired_cb), self, G_CONNECT_SWAPPED);
    }
  else
    {
      /* At home only: on a shared PC the next citizen would see them. */
      self->reminders = js_reminders_new (application);
      g_signal_connect (self, "notify::store", G_CALLBACK (store_changed_cb), NULL);
    }
  _js_application_background_startup (self);
  self->status_timer = g_timeout_add_seconds (STATUS_REFRESH_SECONDS, status_timer_cb, self);
  _js_application_update_sync_status (self);
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

  if (_js_application_background_activate (self))
    return;

  window = gtk_application_get_active_window (GTK_APPLICATION (self));
  if (window != NULL)
    {
      gtk_window_present (window);
      return;
    }

  window = GTK_WINDOW (js_window_new (self));
  gtk_window_present (window);

  if (self->profiles == NULL)
    _js_application_open_first_profile (self, window);

  /* First start: offer the four languages, the desktop's one chosen. A
   * shared PC starts in its own language every time (the administrator's). */
  language = g_settings_get_string (self->settings, "language");
  if (js_i18n_lookup (language) == NULL && !self->admin->shared_pc)
    js_language_dialog_present (GTK_APPLICATION (self), window);
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

    case PROP_SYNC_STATUS:
      g_value_set_string (value, self->sync_status);
      break;

    case PROP_SYNC_DETAILS:
      g_value_set_string (value, self->sync_details);
      break;

    case PROP_CLOCK_OFF:
      g_value_set_boolean (value, self->clock_off);
      break;

    case PROP_AT_START:
      g_value_set_boolean (value, self->at_start);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static int
js_application_handle_local_options (GApplication *application,
                                     GVariantDict *options)
{
  return _js_application_background_options (JS_APPLICATION (application), options);
}

/* Everything the application started stops with it: the sync, a sign-out
 * still telling the jobcenter, keyring look-ups. */
static void
js_application_shutdown (GApplication *application)
{
  JsApplication *self = JS_APPLICATION (application);

  g_cancellable_cancel (self->cancellable);
  g_cancellable_cancel (self->profile_cancellable);
  _js_application_background_shutdown (self);
  g_clear_object (&self->reminders);
  g_clear_object (&self->engine);
  /* The profile closes before its folder goes (a shared PC). */
  g_clear_object (&self->store);
  _js_application_end_shared_session (self);

  G_APPLICATION_CLASS (js_application_parent_class)->shutdown (application);
}

static void
js_application_dispose (GObject *object)
{
  JsApplication *self = JS_APPLICATION (object);

  g_clear_handle_id (&self->status_timer, g_source_remove);
  g_clear_handle_id (&self->end_anyway, g_source_remove);
  g_cancellable_cancel (self->profile_cancellable);
  g_clear_object (&self->profile_cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->background_cancellable);
  g_clear_object (&self->engine);
  g_clear_object (&self->session_watch);
  g_clear_object (&self->reminders);
  g_clear_object (&self->store);
  g_clear_object (&self->profiles);
  g_clear_pointer (&self->citizen, g_free);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->language, g_free);
  g_clear_pointer (&self->server_url, g_free);
  g_clear_pointer (&self->admin, js_admin_config_free);
  g_clear_pointer (&self->sync_status, g_free);
  g_clear_pointer (&self->sync_details, g_free);

  G_OBJECT_CLASS (js_application_parent_class)->dispose (object);
}

static void
js_application_class_init (JsApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = js_application_dispose;
  object_class->get_property = js_application_get_property;

  app_class->handle_local_options = js_application_handle_local_options;
  app_class->startup = js_application_startup;
  app_class->activate = js_application_activate;
  app_class->shutdown = js_application_shutdown;

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

  /**
   * JsApplication:sync-status:
   *
   * The state of the sync with the jobcenter, in words, for the header.
   */
  properties[PROP_SYNC_STATUS] =
    g_param_spec_string ("sync-status", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * JsApplication:sync-details:
   *
   * What went wrong with the last sync, as the jobcenter or the network
   * said it (with the jobcenter's error code), or %NULL.
   */
  properties[PROP_SYNC_DETAILS] =
    g_param_spec_string ("sync-details", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * JsApplication:clock-off:
   *
   * Whether this PC's clock differs from the jobcenter's by more than the
   * sync tolerates: what the PC says is still allowed may be off.
   */
  properties[PROP_CLOCK_OFF] =
    g_param_spec_boolean ("clock-off", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * JsApplication:at-start:
   *
   * Whether a shared PC shows its start page (language, sign-in).
   */
  properties[PROP_AT_START] =
    g_param_spec_boolean ("at-start", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
js_application_init (JsApplication *self)
{
  self->cancellable = g_cancellable_new ();
  _js_application_background_init (self);
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

gboolean
js_application_get_at_start (JsApplication *self)
{
  g_return_val_if_fail (JS_IS_APPLICATION (self), FALSE);

  return self->at_start;
}

/**
 * js_application_get_pc_language:
 *
 * Returns: the language the PC starts in: the administrator's, else the
 *   desktop's
 */
const char *
js_application_get_pc_language (JsApplication *self)
{
  const char *language;

  g_return_val_if_fail (JS_IS_APPLICATION (self), "en");

  language = self->admin->language != NULL ? self->admin->language : js_i18n_system_language ();
  return language != NULL ? language : "en";
}

/**
 * js_application_get_shared_pc:
 *
 * Returns: whether municipal IT set this PC up as shared (a library's)
 */
gboolean
js_application_get_shared_pc (JsApplication *self)
{
  g_return_val_if_fail (JS_IS_APPLICATION (self), FALSE);

  return self->admin != NULL && self->admin->shared_pc;
}

/* Whether the exercises may be used without signing in (a shared PC). */
gboolean
js_application_get_guest_allowed (JsApplication *self)
{
  g_return_val_if_fail (JS_IS_APPLICATION (self), FALSE);

  return self->admin->exercises_guest;
}

const char *
js_application_get_language (JsApplication *self)
{
  g_return_val_if_fail (JS_IS_APPLICATION (self), NULL);

  return self->language;
}
