/* js-meeting-text.h: meetings in the citizen's language
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "js-store-meetings.h"

G_BEGIN_DECLS

/**
 * JsInterpreterLanguage:
 * @code: the language tag the API takes (BCP 47)
 * @name: the language's name, to translate with _()
 *
 * A language the citizen can ask an interpreter for.
 */
typedef struct {
  const char *code;
  const char *name;
} JsInterpreterLanguage;

char       *js_meeting_times_text       (const JsMeetingRecord *record);
char       *js_meeting_when_text        (const JsMeetingRecord *record);
char       *js_meeting_moment_text      (GDateTime             *moment);
const char *js_meeting_kind_name        (JsMeetingKind          kind);
char       *js_meeting_channel_text     (const JsMeetingRecord *record);
const char *js_meeting_state_name       (JsMeetingState         state);
const char *js_meeting_state_explanation (JsMeetingState        state);
const char *js_meeting_reason_text      (JsMeetingReason        reason);
char       *js_meeting_call_title       (const JsMeetingCall   *call);
char       *js_meeting_call_days_text   (const JsMeetingCall   *call,
                                         const GDate           *today,
                                         gboolean              *warn);
char       *js_meeting_jobcenter_words  (const char            *label,
                                         const char            *text);

const JsInterpreterLanguage *js_interpreter_languages     (guint      *n_languages);
const char                  *js_interpreter_language_name (const char *code);

G_END_DECLS
