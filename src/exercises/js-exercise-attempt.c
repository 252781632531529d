/* js-exercise-attempt.c: one go at an exercise: tries, hints and the score
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The citizen checks as often as they like. Each wrong check reveals the
 * step's next <hint> (the last one repeats). A step done right at the first
 * check counts 100 %, at the second 50 %, later 25 %; the score is the
 * average over all the exercise's steps, so steps not done count 0 %.
 */

#include "config.h"

#include "js-exercise-private.h"

struct _JsAttempt {
  JsExercise *exercise;  /* borrowed */
  guint       step;
  guint       tries;     /* wrong checks of the current step */
  gboolean    step_done; /* the current step was right */
  gboolean    answered;  /* at least one check was made */
  guint      *scores;    /* per step, in % */
};

/**
 * js_attempt_new:
 * @exercise: a loaded exercise; it must outlive the attempt
 *
 * Returns: (transfer full): an attempt at the first step
 */
JsAttempt *
js_attempt_new (JsExercise *exercise)
{
  JsAttempt *attempt;

  g_return_val_if_fail (exercise != NULL, NULL);

  attempt = g_new0 (JsAttempt, 1);
  attempt->exercise = exercise;
  attempt->scores = g_new0 (guint, exercise->steps->len);

  return attempt;
}

void
js_attempt_free (JsAttempt *attempt)
{
  if (attempt == NULL)
    return;

  g_free (attempt->scores);
  g_free (attempt);
}

/**
 * js_attempt_check:
 * @answer: what the current step's widget reports
 *
 * Checks the current step. A wrong answer counts as a try and reveals the
 * next hint; once the step is right, later checks change nothing.
 *
 * Returns: (transfer full): the check
 */
JsCheck *
js_attempt_check (JsAttempt *attempt,
                  JsAnswer  *answer)
{
  JsCheck *check;

  g_return_val_if_fail (attempt != NULL, NULL);
  g_return_val_if_fail (answer != NULL, NULL);

  check = js_exercise_check_step (g_ptr_array_index (attempt->exercise->steps, attempt->step),
                                  answer);
  attempt->answered = TRUE;

  if (attempt->step_done)
    return check;

  if (check->correct)
    {
      attempt->step_done = TRUE;
      attempt->scores[attempt->step] = attempt->tries == 0 ? 100 : attempt->tries == 1 ? 50 : 25;
    }
  else
    {
      attempt->tries++;
    }

  return check;
}

/* The current step: 0 for the first. */
guint
js_attempt_get_step (JsAttempt *attempt)
{
  g_return_val_if_fail (attempt != NULL, 0);

  return attempt->step;
}

/**
 * js_attempt_next_step:
 *
 * Goes on to the next step, when the current one is right and is not the
 * last.
 *
 * Returns: whether it went on
 */
gboolean
js_attempt_next_step (JsAttempt *attempt)
{
  g_return_val_if_fail (attempt != NULL, FALSE);

  if (!attempt->step_done || attempt->step + 1 >= attempt->exercise->steps->len)
    return FALSE;

  attempt->step++;
  attempt->tries = 0;
  attempt->step_done = FALSE;
  return TRUE;
}

/* The wrong checks of the current step. */
guint
js_attempt_get_tries (JsAttempt *attempt)
{
  g_return_val_if_fail (attempt != NULL, 0);

  return attempt->tries;
}

/* Returns: (nullable): the translated hint to show after the wrong checks
 *   of the current step so far (the Nth after N), or NULL before any */
const char *
js_attempt_get_hint (JsAttempt *attempt)
{
  g_autoptr(GPtrArray) hints = NULL;

  g_return_val_if_fail (attempt != NULL, NULL);

  if (attempt->tries == 0)
    return NULL;

  hints = js_ex_node_get_children (g_ptr_array_index (attempt->exercise->steps, attempt->step),
                                   "hint");
  if (hints->len == 0)
    return NULL;

  return js_ex_node_get_text (g_ptr_array_index (hints, MIN (attempt->tries, hints->len) - 1));
}

/* Whether the last step was done right. */
gboolean
js_attempt_is_finished (JsAttempt *attempt)
{
  g_return_val_if_fail (attempt != NULL, FALSE);

  return attempt->step_done && attempt->step + 1 == attempt->exercise->steps->len;
}

/* The result so far, 0 to 100 %: the average over all steps, rounded. */
guint
js_attempt_get_score (JsAttempt *attempt)
{
  guint n_steps, total = 0;

  g_return_val_if_fail (attempt != NULL, 0);

  n_steps = attempt->exercise->steps->len;
  for (guint i = 0; i < n_steps; i++)
    total += attempt->scores[i];

  return n_steps > 0 ? (total + n_steps / 2) / n_steps : 0;
}

/* Whether at least one check was made, right or wrong. */
gboolean
js_attempt_was_answered (JsAttempt *attempt)
{
  g_return_val_if_fail (attempt != NULL, FALSE);

  return attempt->answered;
}
