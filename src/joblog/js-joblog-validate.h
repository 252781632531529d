/* js-joblog-validate.h: what a job-log entry must hold, in plain words
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "js-joblog-entry.h"

G_BEGIN_DECLS

/**
 * JsFieldProblem:
 * @field: the key of the field ("title", "date", …)
 * @message: what is wrong and what to do, translated
 */
typedef struct {
  const char *field;
  char       *message;
} JsFieldProblem;

GPtrArray *js_joblog_entry_validate   (JsJoblogEntry *entry,
                                       const GDate   *today);
gboolean   js_joblog_field_required   (JsEntryKind    kind,
                                       const char    *field);
void       js_field_problem_free      (JsFieldProblem *problem);

G_END_DECLS
