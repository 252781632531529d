/* js-store-exercises-private.h: what the exercise-progress files share
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "js-store-exercises.h"
#include "js-store-private.h"

G_BEGIN_DECLS

#define CITIZEN_NUMBER_KEY "citizen-number"
#define PROGRESS_MAX_ATTEMPTS 100000
#define PROGRESS_MAX_EXERCISE_CHARS 64
#define PROGRESS_COLUMNS "exercise, id, revision, attempts, best_score, completed, last_attempt"

typedef struct {
  char   *exercise;
  char   *id;
  gint64  revision;
  int     attempts;
  int     best_score;
  char   *completed;     /* as written: RFC 3339 UTC, or NULL */
  char   *last_attempt;
} JsProgressRow;

void      _js_progress_row_clear          (JsProgressRow  *row);
gboolean  _js_progress_exercise_valid     (const char     *exercise);
char     *_js_progress_format_utc         (GDateTime      *when);
gboolean  _js_progress_earlier            (const char     *a,
                                           const char     *b);
gboolean  _js_progress_merge              (JsProgressRow       *into,
                                           const JsProgressRow *other);
void      _js_progress_row_from_statement (sqlite3_stmt   *stmt,
                                           JsProgressRow  *row);
gboolean  _js_progress_load_row           (JsStore        *store,
                                           gboolean        by_id,
                                           const char     *key,
                                           JsProgressRow  *row,
                                           gboolean       *found,
                                           GError        **error);
gboolean  _js_progress_write_row          (JsTxn          *txn,
                                           const JsProgressRow *row,
                                           GError        **error);
gboolean  _js_progress_journal_row        (JsTxn          *txn,
                                           const JsProgressRow *row,
                                           gint64          base_revision,
                                           GError        **error);
gboolean  _js_progress_id_taken           (JsTxn          *txn,
                                           const char     *id,
                                           gboolean       *taken,
                                           GError        **error);
char     *_js_progress_canonical_id       (JsTxn          *txn,
                                           const char     *exercise,
                                           GError        **error);
char     *_js_progress_new_record_id      (JsTxn          *txn,
                                           const char     *exercise,
                                           GError        **error);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (JsProgressRow, _js_progress_row_clear)

G_END_DECLS
