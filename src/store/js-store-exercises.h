/* js-store-exercises.h: the citizen's progress on digital-skills exercises
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One row per exercise: attempts, best result and when it was first
 * completed. Every change writes its journal operation (entity
 * "exercise-progress", data/api/jobspor-api-v1.md) in the same transaction,
 * so progress reaches the jobcenter at the next sync and is never counted
 * twice. Progress from the jobcenter (another PC) is merged, never dropped:
 * the most attempts, the best result, the earliest completion.
 */

#pragma once

#include "js-store.h"

G_BEGIN_DECLS

#define JS_EXERCISE_PROGRESS_ENTITY "exercise-progress"

typedef struct {
  char      *id;          /* the record's UUID */
  char      *exercise;    /* the exercise id */
  int        attempts;
  int        best_score;  /* 0..100, of completed attempts; 0 if none */
  GDateTime *completed;   /* first completion (UTC), or NULL */
  GDateTime *last_attempt; /* local only: when the last attempt ended (UTC), or NULL */
} JsExerciseProgress;

gboolean            js_store_exercise_record_attempt (JsStore      *store,
                                                      const char   *exercise,
                                                      guint         score,
                                                      gboolean      completed,
                                                      GDateTime    *when,
                                                      GError      **error);
gboolean            js_store_exercise_claim          (JsStore      *store,
                                                      const char   *citizen,
                                                      GError      **error);
JsExerciseProgress *js_store_exercise_lookup         (JsStore      *store,
                                                      const char   *exercise,
                                                      GError      **error);
GPtrArray          *js_store_exercise_list           (JsStore      *store,
                                                      GError      **error);
void                js_exercise_progress_free        (JsExerciseProgress *progress);
char               *js_exercise_progress_id          (const char   *citizen,
                                                      const char   *exercise);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (JsExerciseProgress, js_exercise_progress_free)

G_END_DECLS
