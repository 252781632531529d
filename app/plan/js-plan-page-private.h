/* js-plan-page-private.h: what the plan page and the builders of its
 * sections share
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "js-plan-page.h"
#include "js-plan-schedule.h"
#include "js-store-plan.h"

G_BEGIN_DECLS

struct _JsPlanPage {
  GtkWidget       parent_instance;

  GtkStack       *stack;
  GtkWidget      *changes_bar;
  GtkLabel       *changes_label;
  GtkBox         *groups;
  GtkLabel       *updated_label;
  GtkWidget      *check_button;     /* in the groups, rebuilt with them */
  GHashTable     *expanded;         /* keys of the groups shown in full */
  char           *focus_key;        /* the group just shown in full */
  GtkWidget      *focus_row;        /* its first row that was hidden */

  JsStore        *store;
  GSignalGroup   *store_signals;
  GPtrArray      *plans;            /* of JsPlanRevision, the newest plan first */
  char           *shown_id;         /* an earlier plan shown, or NULL: the newest */
  JsPlanChanges  *changes;          /* of the newest plan, or NULL */
  GDate           shown_day;        /* the day the page was built for */
  gboolean        stale;            /* the job log changed while hidden */
  gboolean        marks;            /* items are marked (not at the first read) */
  gboolean        unread;
};

const JsPlan *_js_plan_page_newest_plan      (JsPlanPage   *self);
void          _js_plan_page_add_goal         (JsPlanPage   *self,
                                              const JsPlan *plan);
void          _js_plan_page_add_suggestions  (JsPlanPage   *self,
                                              const JsPlan *plan,
                                              const GDate  *today);
void          _js_plan_page_add_check        (JsPlanPage   *self,
                                              const GDate  *today);
void          _js_plan_page_add_activities   (JsPlanPage   *self,
                                              const JsPlan *plan,
                                              const GDate  *today);
void          _js_plan_page_add_caseworker   (JsPlanPage   *self,
                                              const JsPlan *plan);
void          _js_plan_page_add_history      (JsPlanPage   *self);
void          _js_plan_page_add_earlier_note (JsPlanPage   *self,
                                              const JsPlan *plan);

G_END_DECLS
