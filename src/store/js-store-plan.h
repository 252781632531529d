/* js-store-plan.h: the jobcenter's plan as this PC has it
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "js-protocol.h"
#include "js-store.h"

G_BEGIN_DECLS

#define JS_PLAN_ENTITY             "plan"
#define JS_PLAN_RECEIPT_ENTITY     "plan-receipt"
#define JS_SUGGESTION_CHECK_ENTITY "suggestion-check"

/* The citizen's own weekly goal, kept until a plan gives the requirement. */
#define JS_WEEKLY_GOAL_META        "weekly-requirement"

/**
 * JsPlanRevision:
 * @plan: the plan as the jobcenter sent it
 * @received: when it came to this PC
 *
 * One revision of a plan kept on the PC.
 */
typedef struct {
  JsPlan    *plan;
  GDateTime *received;
} JsPlanRevision;

/**
 * JsSuggestionAnswer:
 * @entry_id: the job-log entry that answers a suggestion
 * @date: its date, YYYY-MM-DD
 * @planned: whether the citizen only plans to apply so far
 *
 * What the job log says of one of the plan's job suggestions.
 */
typedef struct {
  char     *entry_id;
  char     *date;
  gboolean  planned;
} JsSuggestionAnswer;

GPtrArray  *js_store_plan_list            (JsStore     *store,
                                           GError     **error);
GPtrArray  *js_store_plan_history         (JsStore     *store,
                                           const char  *plan_id,
                                           gint64       limit,
                                           GError     **error);
JsPlanRevision *js_store_plan_get_revision (JsStore    *store,
                                           const char  *plan_id,
                                           gint64       revision,
                                           GError     **error);
guint       js_store_plan_count_revisions (JsStore     *store,
                                           const char  *plan_id);
gint64      js_store_plan_seen            (JsStore     *store,
                                           const char  *plan_id,
                                           GError     **error);
gboolean    js_store_plan_mark_read       (JsStore     *store,
                                           const JsPlan *plan,
                                           GDateTime   *now,
                                           GError     **error);
gboolean    js_store_suggestions_checked  (JsStore     *store,
                                           GDateTime   *now,
                                           GError     **error);
GDateTime  *js_store_suggestions_last_checked (JsStore  *store,
                                           GError     **error);
GHashTable *js_store_suggestion_answers   (JsStore     *store,
                                           GError     **error);
guint       js_store_weekly_requirement   (JsStore     *store,
                                           gboolean    *from_plan);

void        js_plan_revision_free         (JsPlanRevision     *revision);
void        js_suggestion_answer_free     (JsSuggestionAnswer *answer);

/* js-store-sync.c: a plan or a receipt from the jobcenter */
gboolean    _js_txn_plan_apply_server     (JsTxn       *txn,
                                           const char  *entity,
                                           const char  *id,
                                           JsonNode    *record,
                                           gint64       revision,
                                           GError     **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (JsPlanRevision, js_plan_revision_free)

G_END_DECLS
