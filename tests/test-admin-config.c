/* test-admin-config.c: what municipal IT sets, from the file and the environment
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "js-admin-config.h"
#include "js-test-util.h"

static const char * const languages[] = { "da", "uk", "ar", "en", NULL };
static const char * const no_environment[] = { NULL };

typedef struct {
  char *dir;
  char *path;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = js_test_make_dir ("jobspor-test-config");
  f->path = g_build_filename (f->dir, "jobspor.conf", NULL);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  js_test_remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

static JsAdminConfig *
load (Fixture            *f,
      const char         *contents,
      const char * const *environment)
{
  if (contents != NULL)
    g_assert_true (g_file_set_contents (f->path, contents, -1, NULL));
  return js_admin_config_load (f->path, environment != NULL ? environment : no_environment,
                               languages);
}

/* A home PC has no file: nothing is set, and nothing is wrong. */
static void
test_defaults (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(JsAdminConfig) config = load (f, NULL, NULL);

  g_assert_null (config->server_url);
  g_assert_false (config->shared_pc);
  g_assert_cmpuint (config->idle_minutes, ==, 0);
  g_assert_cmpuint (config->session_minutes, ==, 0);
  g_assert_null (config->language);
  g_assert_true (config->exercises_guest);
  g_assert_cmpuint (config->set, ==, 0);
  g_assert_cmpuint (config->problems->len, ==, 0);
}

static void
test_file (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(JsAdminConfig) config = load (f,
    "# Library PCs, Kulturhuset\n"
    "[jobcenter]\nurl=https://jobspor.kk.dk/v1\n"
    "[pc]\nshared=true\nidle-timeout-minutes=5\nsession-limit-minutes=50\nlanguage=uk\n"
    "exercises-without-sign-in=false\n", NULL);

  g_assert_cmpstr (config->server_url, ==, "https://jobspor.kk.dk/v1");
  g_assert_true (config->shared_pc);
  g_assert_cmpuint (config->idle_minutes, ==, 5);
  g_assert_cmpuint (config->session_minutes, ==, 50);
  g_assert_cmpstr (config->language, ==, "uk");
  g_assert_false (config->exercises_guest);
  g_assert_cmpuint (config->set, ==, JS_ADMIN_SERVER_URL | JS_ADMIN_SHARED_PC |
                    JS_ADMIN_IDLE_TIMEOUT | JS_ADMIN_SESSION_LIMIT | JS_ADMIN_LANGUAGE |
                    JS_ADMIN_EXERCISES_GUEST);
  g_assert_cmpuint (config->problems->len, ==, 0);
}

/* Inside Flatpak the environment is the route; it wins value by value,
 * except that it cannot turn shared-PC mode off. */
static void
test_environment (Fixture       *f,
                  gconstpointer  data)
{
  const char * const environment[] = {
    "JOBSPOR_SHARED_PC=0", "JOBSPOR_LANGUAGE=ar", "JOBSPOR_IDLE_TIMEOUT_MINUTES=",
    "JOBSPOR_SERVER_URL=https://jobspor.aarhus.dk/v1", NULL,
  };
  g_autoptr(JsAdminConfig) config = load (f,
    "[jobcenter]\nurl=https://jobspor.kk.dk/v1\n[pc]\nshared=true\nlanguage=uk\n",
    environment);

  g_assert_cmpstr (config->server_url, ==, "https://jobspor.aarhus.dk/v1");
  g_assert_true (config->shared_pc);
  g_assert_cmpstr (config->language, ==, "ar");
  /* Shared, no time-out named: the default one. */
  g_assert_cmpuint (config->idle_minutes, ==, JS_ADMIN_DEFAULT_IDLE_MINUTES);
  g_assert_cmpuint (config->problems->len, ==, 0);
}

static void
test_environment_alone (Fixture       *f,
                        gconstpointer  data)
{
  const char * const environment[] = { "JOBSPOR_SHARED_PC=yes", NULL };
  g_autoptr(JsAdminConfig) config = load (f, NULL, environment);

  g_assert_true (config->shared_pc);
  g_assert_cmpuint (config->set, ==, JS_ADMIN_SHARED_PC);
}

/* Bad values are reported and left at their defaults; shared-PC mode
 * then errs on the safe side. */
static void
test_bad_values (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(JsAdminConfig) config = load (f,
    "[pc]\nshared=maybe\nidle-timeout-minutes=ten\nsession-limit-minutes=-5\nlanguage=fr\n"
    "exercises-without-sign-in=2\ncolour=blue\n", NULL);

  g_assert_true (config->shared_pc);
  g_assert_cmpuint (config->idle_minutes, ==, JS_ADMIN_DEFAULT_IDLE_MINUTES);
  g_assert_cmpuint (config->session_minutes, ==, 0);
  g_assert_null (config->language);
  g_assert_true (config->exercises_guest);
  g_assert_cmpuint (config->set, ==, JS_ADMIN_SHARED_PC);
  g_assert_cmpuint (config->problems->len, ==, 6);
  for (guint i = 0; i < config->problems->len; i++)
    g_test_message ("%s", (char *) config->problems->pdata[i]);
}

/* A file that is not a key file at all, or cannot be read: shared-PC
 * mode, to be safe, and a line for the log. */
static void
test_broken_file (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(JsAdminConfig) broken = load (f, "shared = true\n[pc\n\x01\xff", NULL);
  g_autoptr(JsAdminConfig) unreadable = NULL;

  g_assert_true (broken->shared_pc);
  g_assert_cmpuint (broken->problems->len, ==, 1);

  if (getuid () != 0)
    {
      g_assert_cmpint (g_chmod (f->path, 0), ==, 0);
      unreadable = load (f, NULL, NULL);
      g_assert_true (unreadable->shared_pc);
      g_assert_cmpuint (unreadable->problems->len, ==, 1);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/session/admin-config/defaults", test_defaults);
  ADD ("/session/admin-config/file", test_file);
  ADD ("/session/admin-config/environment", test_environment);
  ADD ("/session/admin-config/environment-alone", test_environment_alone);
  ADD ("/session/admin-config/bad-values", test_bad_values);
  ADD ("/session/admin-config/broken-file", test_broken_file);

#undef ADD

  return g_test_run ();
}
