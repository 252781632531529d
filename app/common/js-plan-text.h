/* js-plan-text.h: the plan's words, in the citizen's language
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "js-protocol.h"

G_BEGIN_DECLS

const char *js_plan_activity_kind_name        (const char           *kind);
const char *js_plan_activity_kind_explanation (const char           *kind);
char       *js_plan_activity_dates            (const JsPlanActivity *activity);
char       *js_plan_deadline_text             (const char           *deadline,
                                               const GDate          *today);
char       *js_plan_moment_text               (GDateTime            *moment);

G_END_DECLS
