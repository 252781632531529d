/* js-admin-config.c: what municipal IT sets for every user of a PC
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Two sources, read in this order, the later winning value by value:
 * /etc/jobspor/jobspor.conf (a key file, for installs on the host) and
 * JOBSPOR_* environment variables (inside Flatpak: `flatpak override
 * --system --env=…`, which needs no permission to any file). Shared-PC
 * mode is the exception: it is on when either source turns it on, so it
 * can be added but never taken away by the other. A value that cannot be
 * read is reported and left at its default; for shared-PC mode the safe
 * default is on, and so is a file that cannot be read at all.
 */

#include "config.h"

#include "js-admin-config.h"

typedef struct {
  JsAdminSetting  setting;
  const char     *group;
  const char     *key;
  const char     *variable;
} Setting;

static const Setting settings[] = {
  { JS_ADMIN_SERVER_URL, "jobcenter", "url", "JOBSPOR_SERVER_URL" },
  { JS_ADMIN_SHARED_PC, "pc", "shared", "JOBSPOR_SHARED_PC" },
  { JS_ADMIN_IDLE_TIMEOUT, "pc", "idle-timeout-minutes", "JOBSPOR_IDLE_TIMEOUT_MINUTES" },
  { JS_ADMIN_SESSION_LIMIT, "pc", "session-limit-minutes", "JOBSPOR_SESSION_LIMIT_MINUTES" },
  { JS_ADMIN_LANGUAGE, "pc", "language", "JOBSPOR_LANGUAGE" },
  { JS_ADMIN_EXERCISES_GUEST, "pc", "exercises-without-sign-in",
    "JOBSPOR_EXERCISES_WITHOUT_SIGN_IN" },
};

void
js_admin_config_free (JsAdminConfig *config)
{
  if (config == NULL)
    return;
  g_free (config->server_url);
  g_free (config->language);
  g_clear_pointer (&config->problems, g_ptr_array_unref);
  g_free (config);
}

static void
problem (JsAdminConfig *config,
         const char    *format,
         ...) G_GNUC_PRINTF (2, 3);

static void
problem (JsAdminConfig *config,
         const char    *format,
         ...)
{
  va_list args;

  va_start (args, format);
  g_ptr_array_add (config->problems, g_strdup_vprintf (format, args));
  va_end (args);
}

static gboolean
parse_boolean (const char *text,
               gboolean   *value)
{
  static const char * const yes[] = { "true", "1", "yes", "on", NULL };
  static const char * const no[] = { "false", "0", "no", "off", NULL };
  g_autofree char *word = g_ascii_strdown (text, -1);

  g_strstrip (word);
  if (g_strv_contains (yes, word))
    *value = TRUE;
  else if (g_strv_contains (no, word))
    *value = FALSE;
  else
    return FALSE;
  return TRUE;
}

static gboolean
parse_minutes (const char *text,
               guint      *value)
{
  g_autofree char *word = g_strstrip (g_strdup (text));
  guint64 minutes = 0;

  if (!g_ascii_string_to_unsigned (word, 10, 0, JS_ADMIN_MAX_MINUTES, &minutes, NULL))
    return FALSE;
  *value = minutes;
  return TRUE;
}

/* Takes @text, from @where, as the value of @setting. */
static void
apply (JsAdminConfig      *config,
       const Setting      *setting,
       const char         *text,
       const char         *where,
       const char * const *languages)
{
  g_autofree char *value = g_strstrip (g_strdup (text));
  gboolean flag = FALSE;
  gboolean valid = TRUE;

  switch (setting->setting)
    {
    case JS_ADMIN_SERVER_URL:
      g_free (config->server_url);
      config->server_url = *value != '\0' ? g_strdup (value) : NULL;
      break;
    case JS_ADMIN_SHARED_PC:
      valid = parse_boolean (value, &flag);
      /* On when either source says so, and when a source cannot be read. */
      config->shared_pc = config->shared_pc || flag || !valid;
      break;
    case JS_ADMIN_IDLE_TIMEOUT:
      valid = parse_minutes (value, &config->idle_minutes);
      break;
    case JS_ADMIN_SESSION_LIMIT:
      valid = parse_minutes (value, &config->session_minutes);
      break;
    case JS_ADMIN_LANGUAGE:
      valid = g_strv_contains (languages, value);
      if (valid)
        {
          g_free (config->language);
          config->language = g_strdup (value);
        }
      break;
    case JS_ADMIN_EXERCISES_GUEST:
      valid = parse_boolean (value, &config->exercises_guest);
      break;
    default:
      g_assert_not_reached ();
    }

  if (valid || setting->setting == JS_ADMIN_SHARED_PC)
    config->set |= setting->setting;
  if (!valid)
    problem (config, "%s: “%s” is not a valid value for %s; %s", where, value, setting->key,
             setting->setting == JS_ADMIN_SHARED_PC ? "shared-PC mode is on to be safe"
                                                    : "the default is used");
}

static const Setting *
find_setting (const char *group,
              const char *key)
{
  for (gsize i = 0; i < G_N_ELEMENTS (settings); i++)
    if (g_str_equal (settings[i].group, group) && g_str_equal (settings[i].key, key))
      return &settings[i];
  return NULL;
}

static void
read_file (JsAdminConfig      *config,
           const char         *path,
           const char * const *languages)
{
  g_autoptr(GKeyFile) file = g_key_file_new ();
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) groups = NULL;

  if (!g_key_file_load_from_file (file, path, G_KEY_FILE_NONE, &error))
    {
      if (g_error_matches (error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
        return;
      problem (config, "%s cannot be read: %s; shared-PC mode is on to be safe", path,
               error->message);
      config->shared_pc = TRUE;
      config->set |= JS_ADMIN_SHARED_PC;
      return;
    }

  groups = g_key_file_get_groups (file, NULL);
  for (guint g = 0; groups[g] != NULL; g++)
    {
      g_auto(GStrv) keys = g_key_file_get_keys (file, groups[g], NULL, NULL);

      for (guint k = 0; keys != NULL && keys[k] != NULL; k++)
        {
          const Setting *setting = find_setting (groups[g], keys[k]);
          g_autofree char *value = g_key_file_get_value (file, groups[g], keys[k], NULL);

          if (setting == NULL)
            problem (config, "%s: unknown setting “%s” in [%s], ignored", path, keys[k],
                     groups[g]);
          else if (value != NULL)
            apply (config, setting, value, path, languages);
        }
    }
}

/**
 * js_admin_config_load:
 * @path: the configuration file, normally %JS_ADMIN_CONFIG_PATH
 * @environment: the environment, as g_get_environ() gives it
 * @languages: the language codes the app speaks
 *
 * Never fails: what cannot be read is in config->problems, and the value
 * stays at its default (shared-PC mode: on).
 *
 * Returns: (transfer full): the configuration
 */
JsAdminConfig *
js_admin_config_load (const char         *path,
                      const char * const *environment,
                      const char * const *languages)
{
  JsAdminConfig *config = g_new0 (JsAdminConfig, 1);

  config->exercises_guest = TRUE;
  config->problems = g_ptr_array_new_with_free_func (g_free);

  read_file (config, path, languages);
  for (gsize i = 0; i < G_N_ELEMENTS (settings); i++)
    {
      const char *value = g_environ_getenv ((char **) environment, settings[i].variable);

      /* An empty variable counts as not set, as in a shell. */
      if (value != NULL && *value != '\0')
        apply (config, &settings[i], value, settings[i].variable, languages);
    }

  if (config->shared_pc && !(config->set & JS_ADMIN_IDLE_TIMEOUT))
    config->idle_minutes = JS_ADMIN_DEFAULT_IDLE_MINUTES;
  return config;
}
