/* js-plan-schedule.h: what the plan asks of the citizen, and when
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "js-protocol.h"

G_BEGIN_DECLS

typedef enum {
  JS_ACTIVITY_NOW,
  JS_ACTIVITY_COMING,
  JS_ACTIVITY_FINISHED,
} JsActivityPhase;

typedef enum {
  JS_PLAN_UNCHANGED,
  JS_PLAN_NEW,
  JS_PLAN_CHANGED,
} JsPlanChange;

/* The jobcenter asks the citizen to look at their job suggestions every
 * 7 days; the app warns in the last 2. */
#define JS_SUGGESTION_CHECK_DAYS      7
#define JS_SUGGESTION_CHECK_WARN_DAYS 2

/**
 * JsPlanChanges:
 * @job_goal: whether the job goal changed
 * @requirement: whether the weekly number or the requirement's text changed
 * @caseworker: whether the caseworker or their details changed
 * @activities: activity UUID to #JsPlanChange, for new and changed ones
 * @suggestions: suggestion UUID to #JsPlanChange, for new and changed ones
 * @removed_activities: how many activities are no longer in the plan
 * @removed_suggestions: how many suggestions are no longer in the plan
 *
 * What differs between a revision of a plan the citizen read and a later one.
 */
typedef struct {
  gboolean    job_goal;
  gboolean    requirement;
  gboolean    caseworker;
  GHashTable *activities;
  GHashTable *suggestions;
  guint       removed_activities;
  guint       removed_suggestions;
} JsPlanChanges;

typedef enum {
  JS_WEEK_ITEM_PLAN_CHANGES,
  JS_WEEK_ITEM_SUGGESTION,
  JS_WEEK_ITEM_CHECK,
  JS_WEEK_ITEM_APPLICATIONS,
} JsWeekItemKind;

/**
 * JsWeekItem:
 * @kind: what is due
 * @date: when it is due (today for unread plan changes; Sunday for the
 *   week's applications)
 * @overdue: whether @date has passed
 * @count: applications still needed (%JS_WEEK_ITEM_APPLICATIONS)
 * @suggestion: (nullable): the job suggestion (%JS_WEEK_ITEM_SUGGESTION),
 *   borrowed from the plan
 *
 * One thing due this week.
 */
typedef struct {
  JsWeekItemKind          kind;
  GDate                   date;
  gboolean                overdue;
  guint                   count;
  const JsPlanSuggestion *suggestion;
} JsWeekItem;

JsActivityPhase js_activity_phase           (const JsPlanActivity *activity,
                                             const GDate          *today);
gboolean        js_plan_days_until          (const char           *iso_date,
                                             const GDate          *today,
                                             int                  *days);
void            js_suggestion_check_due     (GDateTime            *last_checked,
                                             const GDate          *today,
                                             GDate                *due);

JsPlanChanges  *js_plan_changes_new         (const JsPlan         *before,
                                             const JsPlan         *after);
gboolean        js_plan_changes_is_empty    (const JsPlanChanges  *changes);
JsPlanChange    js_plan_changes_activity    (const JsPlanChanges  *changes,
                                             const char           *id);
JsPlanChange    js_plan_changes_suggestion  (const JsPlanChanges  *changes,
                                             const char           *id);
void            js_plan_changes_free        (JsPlanChanges        *changes);

GPtrArray      *js_this_week                (const GDate          *today,
                                             guint                 applications_done,
                                             guint                 applications_required,
                                             const JsPlan         *plan,
                                             GHashTable           *answered,
                                             GDateTime            *last_checked,
                                             gboolean              unread_changes);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (JsPlanChanges, js_plan_changes_free)

G_END_DECLS
