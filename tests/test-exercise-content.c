/* test-exercise-content.c: the exercises in data/exercises/ load, cover
 * every area, and are translated into every language
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * For the people who write exercises: each test lists every problem it
 * finds, "FILE:LINE: problem", then fails once.
 *
 * The folder is $JOBSPOR_EXERCISES_DIR, else data/exercises/ of the source
 * tree; the translations are the build's own catalogues, in
 * $JOBSPOR_LOCALEDIR (the build's po/ folder, set in tests/meson.build).
 */

#include "config.h"

#include <locale.h>
#include <string.h>
#include <glib/gi18n.h>

#include "js-exercise.h"

#define MIN_EXERCISES 20

static const struct {
  const char *code;
  const char *name;
} languages[] = {
  { "da", "Danish" },
  { "uk", "Ukrainian" },
  { "ar", "Arabic" },
};

static GPtrArray *exercises;  /* JsExercise */
static GPtrArray *errors;     /* char *: files that did not load */

static char *
exercises_dir (void)
{
  const char *dir = g_getenv ("JOBSPOR_EXERCISES_DIR");

  if (dir != NULL && *dir != '\0')
    return g_strdup (dir);

  return g_test_build_filename (G_TEST_DIST, "..", "data", "exercises", NULL);
}

static char *
locale_dir (void)
{
  const char *dir = g_getenv ("JOBSPOR_LOCALEDIR");

  if (dir != NULL && *dir != '\0')
    return g_strdup (dir);

  return g_test_build_filename (G_TEST_BUILT, "..", "po", NULL);
}

static const char *
file_of (JsExercise *exercise)
{
  const char *slash = strrchr (exercise->path, G_DIR_SEPARATOR);

  return slash != NULL ? slash + 1 : exercise->path;
}

/* Prints every problem, then fails the test once. */
static void
report (GPtrArray  *problems,
        const char *what)
{
  if (problems->len == 0)
    return;

  for (guint i = 0; i < problems->len; i++)
    g_printerr ("%s\n", (const char *) g_ptr_array_index (problems, i));

  g_test_fail_printf ("%u %s", problems->len, what);
}

static void
test_files (void)
{
  report (errors, errors->len == 1 ? "exercise file is broken" : "exercise files are broken");
}

static void
test_coverage (void)
{
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  guint per_area[JS_N_AREAS] = { 0 };
  g_autofree char *dir = exercises_dir ();

  for (guint i = 0; i < exercises->len; i++)
    {
      JsExercise *exercise = g_ptr_array_index (exercises, i);
      JsExercise *other = g_hash_table_lookup (ids, exercise->id);

      per_area[exercise->area]++;
      if (other != NULL)
        g_ptr_array_add (problems, g_strdup_printf ("%s:%d: the id “%s” is used by %s too",
                                                    file_of (exercise), exercise->root->line,
                                                    exercise->id, file_of (other)));
      else
        g_hash_table_insert (ids, exercise->id, exercise);
    }

  if (exercises->len < MIN_EXERCISES)
    g_ptr_array_add (problems, g_strdup_printf ("%s: %u exercises load, at least %d are needed",
                                                dir, exercises->len, MIN_EXERCISES));

  for (JsExerciseArea area = 0; area < JS_N_AREAS; area++)
    {
      if (per_area[area] == 0)
        g_ptr_array_add (problems, g_strdup_printf ("%s: no exercise has area=\"%s\"", dir,
                                                    js_exercise_area_to_string (area)));
    }

  report (problems, "problems with the set of exercises");
}

/* Makes gettext answer in @code: LANGUAGE is read at every lookup in a
 * locale other than C, and textdomain() drops the answers cached so far
 * (as app/js-i18n.c switches). */
static void
use_language (const char *code)
{
  g_setenv ("LANGUAGE", code, TRUE);
  textdomain (GETTEXT_PACKAGE);
}

/* Each text is looked up in each language, so that the problems with one
 * line of a file stand together. */
static void
test_translations (void)
{
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *dir = locale_dir ();
  gboolean built[G_N_ELEMENTS (languages)];

  bindtextdomain (GETTEXT_PACKAGE, dir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");

  /* Looked up without a catalogue, every text would seem untranslated, and
   * GLib would stop translating for good (g_dgettext() decides at its
   * first call). */
  for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
    {
      g_autofree char *catalogue = g_build_filename (dir, languages[l].code, "LC_MESSAGES",
                                                     GETTEXT_PACKAGE ".mo", NULL);

      built[l] = g_file_test (catalogue, G_FILE_TEST_EXISTS);
      if (!built[l])
        g_ptr_array_add (problems, g_strdup_printf ("%s: missing, so nothing is translated "
                                                    "into %s (%s); build the project first",
                                                    catalogue, languages[l].name,
                                                    languages[l].code));
    }

  for (guint i = 0; i < exercises->len; i++)
    {
      JsExercise *exercise = g_ptr_array_index (exercises, i);
      g_autoptr(GPtrArray) msgids = js_exercise_collect_msgids (exercise);

      for (guint m = 0; m < msgids->len; m++)
        {
          JsExNode *node = g_ptr_array_index (msgids, m);

          for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
            {
              if (!built[l])
                continue;

              use_language (languages[l].code);
              /* Without a translation, gettext hands back the msgid itself. */
              if (g_dgettext (GETTEXT_PACKAGE, node->text) == node->text)
                g_ptr_array_add (problems,
                                 g_strdup_printf ("%s:%d: “%s” has no translation in %s (%s)",
                                                  file_of (exercise), node->line, node->text,
                                                  languages[l].name, languages[l].code));
            }
        }
    }

  g_unsetenv ("LANGUAGE");
  report (problems, "translation problems");
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *dir = NULL;
  int status;

  /* UTF-8, so that messages print as written; and gettext reads LANGUAGE
   * only in a locale other than C. */
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  dir = exercises_dir ();
  errors = g_ptr_array_new_with_free_func (g_free);
  exercises = js_exercise_load_dir (dir, errors);

  g_test_add_func ("/exercise-content/files", test_files);
  g_test_add_func ("/exercise-content/coverage", test_coverage);
  g_test_add_func ("/exercise-content/translations", test_translations);

  status = g_test_run ();

  g_ptr_array_unref (exercises);
  g_ptr_array_unref (errors);
  return status;
}
