/* js-i18n.c: the four languages and switching between them at run time
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * gettext picks the catalogue from the LANGUAGE variable, which it reads on
 * every lookup once the message locale is anything but "C"; calling
 * textdomain() again drops its cache of earlier answers. So switching is:
 * set LANGUAGE, refresh the cache, rebuild the visible widgets.
 */

#include "config.h"

#include <locale.h>
#include <glib/gi18n.h>

#include "js-i18n.h"

static const JsLanguage languages[] = {
  { "da", "Dansk", FALSE },
  { "uk", "Українська", FALSE },
  { "ar", "العربية", TRUE },
  { "en", "English", FALSE },
};

static char *system_language;
static char *current_language;

static const char *
locale_dir (void)
{
  /* Set by the build's development environment, to run uninstalled. */
  const char *dir = g_getenv ("JOBSPOR_LOCALEDIR");

  return dir != NULL && *dir != '\0' ? dir : LOCALEDIR;
}

static const char *
detect_system_language (void)
{
  const char * const *names = g_get_language_names ();

  for (guint i = 0; names[i] != NULL; i++)
    {
      const JsLanguage *language;
      g_autofree char *base = g_strndup (names[i], strcspn (names[i], "_.@"));

      if (g_str_equal (names[i], "C") || g_str_equal (names[i], "POSIX"))
        break;

      if ((language = js_i18n_lookup (base)) != NULL)
        return language->code;
    }

  return NULL;
}

/* GLib decides once, at the first g_dgettext() call, whether libraries such
 * as GTK and libadwaita may translate their own strings: only when the
 * program's domain has a catalogue for the language in force at that moment.
 * Make that first call while a shipped catalogue is in force, so that their
 * strings follow every later switch too, whatever language Jobspor starts in. */
static void
allow_library_translations (void)
{
  g_autofree char *saved = g_strdup (g_getenv ("LANGUAGE"));

  g_setenv ("LANGUAGE", languages[0].code, TRUE);
  textdomain (GETTEXT_PACKAGE);
  g_dgettext (GETTEXT_PACKAGE, "");

  if (saved != NULL)
    g_setenv ("LANGUAGE", saved, TRUE);
  else
    g_unsetenv ("LANGUAGE");
  textdomain (GETTEXT_PACKAGE);
}

/**
 * js_i18n_init:
 *
 * Sets up the locale and gettext. Call once, first thing in main(), and
 * keep GTK from setting the locale again (gtk_disable_setlocale()): it would
 * put back a plain "C" message locale, in which gettext ignores LANGUAGE.
 */
void
js_i18n_init (void)
{
  const char *messages;

  setlocale (LC_ALL, "");

  /* Note the desktop's language before Jobspor overrides it. */
  g_free (system_language);
  system_language = g_strdup (detect_system_language ());

  /* gettext ignores LANGUAGE in the plain C locale; C.UTF-8 keeps the
   * behaviour of C and lets the choice of language through. */
  messages = setlocale (LC_MESSAGES, NULL);
  if (messages == NULL || g_str_equal (messages, "C") || g_str_equal (messages, "POSIX"))
    setlocale (LC_MESSAGES, "C.UTF-8");

  bindtextdomain (GETTEXT_PACKAGE, locale_dir ());
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  allow_library_translations ();
}

const JsLanguage *
js_i18n_get_languages (guint *n_languages)
{
  g_return_val_if_fail (n_languages != NULL, NULL);

  *n_languages = G_N_ELEMENTS (languages);
  return languages;
}

const JsLanguage *
js_i18n_lookup (const char *code)
{
  if (code == NULL)
    return NULL;

  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    {
      if (g_str_equal (languages[i].code, code))
        return &languages[i];
    }

  return NULL;
}

/**
 * js_i18n_system_language:
 *
 * Returns: (nullable): the desktop's language when it is one of Jobspor's
 *   four, else %NULL
 */
const char *
js_i18n_system_language (void)
{
  return system_language;
}

const char *
js_i18n_get_current (void)
{
  return current_language != NULL ? current_language : "en";
}

/**
 * js_i18n_apply:
 * @code: "da", "uk", "ar" or "en"
 *
 * Makes gettext answer in @code from now on. Widgets built before keep their
 * text: the caller rebuilds them.
 */
void
js_i18n_apply (const char *code)
{
  const JsLanguage *language = js_i18n_lookup (code);

  g_return_if_fail (language != NULL);

  g_free (current_language);
  current_language = g_strdup (language->code);

  /* English is the source language: no catalogue, so nothing to fall back
   * through. The others fall back to English for anything missing. */
  g_setenv ("LANGUAGE", language->code, TRUE);
  textdomain (GETTEXT_PACKAGE);
}
