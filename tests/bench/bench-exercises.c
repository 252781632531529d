/* bench-exercises.c: loading every exercise, and checking answers
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Prints, one per line as "name: value unit":
 *   - loading and validating all of data/exercises/ (what the exercises page
 *     does when it is first shown): median of 21 runs;
 *   - the memory the loaded exercises hold (resident set growth);
 *   - checking one answer for every step of every exercise (what the Check
 *     button does), per check.
 *   bench-exercises SOURCEDIR
 */

#include "config.h"

#include <stdio.h>
#include <string.h>

#include "js-exercise.h"

#define RUNS 21

static long
resident_kb (void)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    return -1;
  line = strstr (status, "VmRSS:");
  return line != NULL ? strtol (line + strlen ("VmRSS:"), NULL, 10) : -1;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return (x > y) - (x < y);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *dir = NULL;
  g_autoptr(GPtrArray) kept = NULL;
  g_autoptr(JsAnswer) empty = js_answer_new ();
  double times[RUNS];
  long before;
  guint n_steps = 0;
  gint64 start;

  if (argc != 2)
    {
      fprintf (stderr, "usage: bench-exercises SOURCEDIR\n");
      return 2;
    }
  dir = g_build_filename (argv[1], "data", "exercises", NULL);

  /* Memory first, before the timed runs leave freed pages in the heap. */
  before = resident_kb ();
  kept = js_exercise_load_dir (dir, NULL);
  printf ("exercises-files: %u files\n", kept->len);
  printf ("exercises-memory: %ld KiB\n", resident_kb () - before);

  for (guint run = 0; run < RUNS; run++)
    {
      g_autoptr(GPtrArray) errors = g_ptr_array_new_with_free_func (g_free);
      g_autoptr(GPtrArray) exercises = NULL;

      start = g_get_monotonic_time ();
      exercises = js_exercise_load_dir (dir, errors);
      times[run] = (g_get_monotonic_time () - start) / 1000.0;
      if (errors->len > 0 || exercises->len == 0)
        {
          fprintf (stderr, "cannot load %s: %s\n", dir,
                   errors->len > 0 ? (char *) errors->pdata[0] : "no exercises");
          return 1;
        }
    }
  qsort (times, RUNS, sizeof times[0], compare_doubles);

  printf ("exercises-load-all: %.2f ms\n", times[RUNS / 2]);

  start = g_get_monotonic_time ();
  for (guint i = 0; i < kept->len; i++)
    {
      JsExercise *exercise = g_ptr_array_index (kept, i);

      for (guint s = 0; s < exercise->steps->len; s++)
        {
          g_autoptr(JsCheck) check = js_exercise_check_step (exercise->steps->pdata[s], empty);

          n_steps++;
        }
    }
  printf ("exercises-check-step: %.1f us\n",
          (g_get_monotonic_time () - start) / (double) MAX (n_steps, 1));

  return 0;
}
