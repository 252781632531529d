/* js-protocol.h: the /v1 sync API's messages, shared by client and server
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * data/api/jobspor-api-v1.md is the specification these types implement.
 * Every parser is strict: sizes are checked before parsing, nesting depth
 * before building a tree, types and members exactly, unknown values are
 * errors. Nothing here trusts its input.
 */

#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

#define JS_PROTOCOL_VERSION            1
/* v1.1 (1.2): meeting calls, moves and cancellations, the jobcenter's
 * words and rules on meetings, an interpreter for a booking. */
#define JS_PROTOCOL_MINOR              1
#define JS_PROTOCOL_API_HEADER         "1.1"
#define JS_PROTOCOL_MAX_REQUEST_BYTES  (4 * 1024 * 1024)
#define JS_PROTOCOL_MAX_RESPONSE_BYTES (8 * 1024 * 1024)
#define JS_PROTOCOL_MAX_OPERATIONS     500
#define JS_PROTOCOL_MAX_PAGE           1000
/* Answering a push: the changes after the first cursor up to the second
 * are the push's own, as the client sent them (spec 4.3). */
#define JS_PROTOCOL_CHANGES_FROM_HEADER "X-Jobspor-Changes-From"
#define JS_PROTOCOL_CHANGES_TO_HEADER   "X-Jobspor-Changes-To"
#define JS_PROTOCOL_DEFAULT_PAGE       200
#define JS_PROTOCOL_MAX_DEPTH          32
#define JS_PROTOCOL_MAX_CURSOR         64

#define JS_PROTOCOL_ERROR (js_protocol_error_quark ())

typedef enum {
  JS_PROTOCOL_ERROR_TOO_LARGE,
  JS_PROTOCOL_ERROR_MALFORMED,
  JS_PROTOCOL_ERROR_INVALID,
  JS_PROTOCOL_ERROR_TIMES,
} JsProtocolError;

typedef enum {
  JS_PUSH_APPLIED,
  JS_PUSH_CONFLICT,
  JS_PUSH_REJECTED,
} JsPushStatus;

typedef struct {
  char *citizen;
  char *code;
} JsSignIn;

typedef struct {
  char      *token;
  char      *citizen;
  char      *name;
  GDateTime *expires;
} JsSession;

typedef struct {
  char      *op_id;
  char      *entity;
  char      *record_id;
  gint64     base_revision;
  gboolean   delete;
  JsonNode  *record;
  /* The record as JSON text the client's own store wrote: sent as it is
   * (js_push_op_new_json()); used instead of @record when set. */
  char      *record_json;
} JsPushOp;

typedef struct {
  char         *op_id;
  JsPushStatus  status;
  gint64        revision;
  char         *reason;
  JsonNode     *record;
} JsPushResult;

/* @refused: the record's times made no sense (5.3): it is taken as
 * deleted, and @record is %NULL. */
typedef struct {
  char      *entity;
  char      *record_id;
  gint64     revision;
  gboolean   deleted;
  JsonNode  *record;
  /* The record as JSON text the server itself wrote and checked when it
   * stored it: written into a page as it is, without parsing it again.
   * Used instead of @record when set. */
  char      *record_json;
  gboolean   refused;
} JsChange;

/* The text members of a job-log entry (5.1), in the order of the job
 * log's JsTextField. */
#define JS_JOBLOG_N_TEXTS 7
extern const char * const js_joblog_text_keys[JS_JOBLOG_N_TEXTS];

/**
 * JsJoblogRecord:
 *
 * A job-log entry as the API carries it: the values as written, to be
 * checked for meaning by the job log (js-joblog-entry.c).
 */
typedef struct {
  char   *id;
  gint64  revision;
  char   *kind;
  char   *status;
  char   *date;                          /* YYYY-MM-DD, or NULL */
  char   *deadline;                      /* YYYY-MM-DD, or NULL */
  char   *text[JS_JOBLOG_N_TEXTS];       /* NULL when missing */
  char   *suggestion;                    /* the plan's job suggestion, or NULL */
} JsJoblogRecord;

/**
 * JsProgressRecord:
 *
 * Progress on one digital-skills exercise as the API carries it (5.7).
 */
typedef struct {
  char   *id;
  char   *exercise;
  gint64  attempts;
  gint64  best_score;
  char   *completed;                     /* RFC 3339 UTC, or NULL */
} JsProgressRecord;

/* The jobcenter's plan (5.2), read after it passed the record check. */
typedef struct {
  char *id;
  char *kind;                            /* the API's name, e.g. "internship" */
  char *title;
  char *starts;                          /* YYYY-MM-DD, or NULL */
  char *ends;                            /* YYYY-MM-DD, or NULL */
  char *description;
} JsPlanActivity;

typedef struct {
  char *id;
  char *title;
  char *employer;
  char *link;
  char *deadline;                        /* YYYY-MM-DD, or NULL */
} JsPlanSuggestion;

typedef struct {
  char      *id;
  gint64     revision;
  char      *job_goal;
  gint64     weekly_applications;
  char      *requirement_text;
  GPtrArray *activities;                 /* of JsPlanActivity */
  GPtrArray *suggestions;                /* of JsPlanSuggestion */
  char      *caseworker_name;
  char      *caseworker_phone;
  char      *caseworker_email;
  GDateTime *updated;
} JsPlan;

/* @refused: how many changes were refused for their times (JsChange). */
/* Meetings (5.3–5.6, 5.10–5.12). */
#define JS_MEETING_SLOT_ENTITY          "meeting-slot"
#define JS_MEETING_ENTITY               "meeting"
#define JS_MEETING_CALL_ENTITY          "meeting-call"
#define JS_BOOKING_REQUEST_ENTITY       "booking-request"
#define JS_BOOKING_RESULT_ENTITY        "booking-result"
#define JS_MEETING_CHANGE_ENTITY        "meeting-change"
#define JS_MEETING_CHANGE_RESULT_ENTITY "meeting-change-result"

typedef enum {
  JS_MEETING_KIND_IN_PERSON,
  JS_MEETING_KIND_PHONE,
  JS_MEETING_KIND_VIDEO,
} JsMeetingKind;

/**
 * JsMeetingRecord:
 * @purpose: (nullable): what the meeting is about, in the jobcenter's words
 * @prepare: (nullable): what to bring or prepare, in the jobcenter's words
 * @move_until: (nullable): until when the citizen may move the meeting;
 *   %NULL: moving is not allowed
 * @cancel_until: (nullable): until when the citizen may cancel it; %NULL:
 *   cancelling is not allowed
 * @cancel_consequence: (nullable): what cancelling may mean, in the
 *   jobcenter's words
 * @book_before: a slot's booking deadline (a meeting's is %NULL)
 * @available: whether a slot can still be booked
 * @slot: the slot a meeting was booked on (a slot's is %NULL)
 * @cancelled: whether a meeting was cancelled
 *
 * A `meeting-slot` (5.3) or a `meeting` (5.4): they share their members.
 */
typedef struct {
  char          *id;
  gint64         revision;
  GDateTime     *starts;
  GDateTime     *ends;
  JsMeetingKind  kind;
  char          *place;
  char          *caseworker;
  char          *purpose;
  char          *prepare;
  GDateTime     *move_until;
  GDateTime     *cancel_until;
  char          *cancel_consequence;
  GDateTime     *book_before;
  gboolean       available;
  char          *slot;
  gboolean       cancelled;
} JsMeetingRecord;

/**
 * JsMeetingCall:
 * @from: the meeting must lie at or after this
 * @until: and end at or before this
 * @book_before: booking is refused from this moment
 * @purpose: what the meeting is about, in the jobcenter's words
 * @slots: the slots that answer the call
 * @meeting: (nullable): the meeting that answered it; %NULL while open
 *
 * The jobcenter asks the citizen to book a meeting (*indkaldelse*, 5.10).
 */
typedef struct {
  char       *id;
  gint64      revision;
  GDateTime  *from;
  GDateTime  *until;
  GDateTime  *book_before;
  char       *purpose;
  char      **slots;
  char       *meeting;
} JsMeetingCall;

/**
 * JsMeetingAnswer:
 * @id: the id of the booking request or meeting change answered
 * @reason: (nullable): the API's code of a refusal
 * @meeting: (nullable): the meeting booked, moved or cancelled
 *
 * The server's answer to a booking (5.6) or a change (5.12).
 */
typedef struct {
  char     *id;
  gboolean  confirmed;
  char     *reason;
  char     *meeting;
} JsMeetingAnswer;

typedef enum {
  JS_MEETING_WISH_BOOK,
  JS_MEETING_WISH_MOVE,
  JS_MEETING_WISH_CANCEL,
} JsMeetingWishAction;

/**
 * JsMeetingWish:
 * @meeting: (nullable): the meeting to move or cancel
 * @slot: (nullable): the slot to book, or to move to
 * @interpreter: (nullable): a booking's interpreter's language (BCP 47)
 *
 * What the citizen asks: a `booking-request` (5.5) or a `meeting-change`
 * (5.11).
 */
typedef struct {
  char                *id;
  JsMeetingWishAction  action;
  char                *meeting;
  char                *slot;
  char                *note;
  char                *interpreter;
} JsMeetingWish;

typedef struct {
  GPtrArray *changes;
  char      *cursor;
  gboolean   more;
  guint      refused;
} JsChangesPage;

GQuark         js_protocol_error_quark      (void);

gboolean       js_json_check_depth          (const char     *data,
                                             gsize           length,
                                             guint           max_depth);
JsonNode      *js_json_parse                (const char     *data,
                                             gsize           length,
                                             gsize           max_length,
                                             GError        **error);
char          *js_json_write                (JsonNode       *node,
                                             gsize          *length);

gboolean       js_protocol_uuid_valid       (const char     *text);
gboolean       js_protocol_entity_known     (const char     *entity);
gboolean       js_protocol_entity_citizens  (const char     *entity);
gboolean       js_protocol_check_record     (const char     *entity,
                                             const char     *record_id,
                                             JsonNode       *record,
                                             GError        **error);
gboolean       js_protocol_language_valid   (const char     *text);
JsonNode      *js_protocol_record_at_minor  (const char     *entity,
                                             JsonNode       *record,
                                             guint           minor,
                                             gboolean       *keep);
guint          js_protocol_minor_from_header (const char    *value);


char          *js_normalize_code            (const char     *code);
gboolean       js_citizen_number_valid      (const char     *number);

JsSignIn      *js_sign_in_parse             (const char     *data,
                                             gsize           length,
                                             GError        **error);
char          *js_sign_in_write             (const char     *citizen,
                                             const char     *code,
                                             gsize          *length);
void           js_sign_in_free              (JsSignIn       *sign_in);

JsSession     *js_session_parse             (const char     *data,
                                             gsize           length,
                                             GError        **error);
char          *js_session_write             (const JsSession *session,
                                             gsize          *length);
void           js_session_free              (JsSession      *session);

GPtrArray     *js_push_request_parse        (const char     *data,
                                             gsize           length,
                                             GError        **error);
char          *js_push_request_write        (GPtrArray      *operations,
                                             gsize          *length);
JsPushOp      *js_push_op_new               (const char     *op_id,
                                             const char     *entity,
                                             const char     *record_id,
                                             gint64          base_revision,
                                             JsonNode       *record);
JsPushOp      *js_push_op_new_json          (const char     *op_id,
                                             const char     *entity,
                                             const char     *record_id,
                                             gint64          base_revision,
                                             const char     *record_json);
void           js_push_op_free              (JsPushOp       *op);

GPtrArray     *js_push_reply_parse          (const char     *data,
                                             gsize           length,
                                             GPtrArray      *operations,
                                             GError        **error);
char          *js_push_reply_write          (GPtrArray      *results,
                                             gsize          *length);
void           js_push_result_free          (JsPushResult   *result);
const char    *js_push_status_to_string     (JsPushStatus    status);

JsChangesPage *js_changes_page_parse        (const char     *data,
                                             gsize           length,
                                             GError        **error);
char          *js_changes_page_write        (const JsChangesPage *page,
                                             gsize          *length);
JsChangesPage *js_changes_page_new          (void);
void           js_changes_page_free         (JsChangesPage  *page);
void           js_change_free               (JsChange       *change);

JsJoblogRecord *js_joblog_record_new        (void);
void           js_joblog_record_free        (JsJoblogRecord *record);
char          *js_joblog_record_write       (const JsJoblogRecord *record);
JsJoblogRecord *js_joblog_record_read       (const char     *json,
                                             GError        **error);
JsJoblogRecord *js_joblog_record_from_node  (JsonNode       *root,
                                             GError        **error);

void              js_progress_record_free      (JsProgressRecord       *record);
char             *js_progress_record_write     (const JsProgressRecord *record);
JsProgressRecord *js_progress_record_from_node (JsonNode               *node);
JsProgressRecord *js_progress_record_read      (const char             *json);

JsPlan           *js_plan_from_node            (JsonNode               *node,
                                                gint64                  revision,
                                                GError                **error);
JsPlan           *js_plan_read                 (const char             *json,
                                                gint64                  revision,
                                                GError                **error);
void              js_plan_free                 (JsPlan                 *plan);
char             *js_plan_receipt_write        (const char             *id,
                                                gint64                  plan_revision,
                                                GDateTime              *read);
char             *js_suggestion_check_write    (const char             *id,
                                                GDateTime              *checked);
GDateTime        *js_suggestion_check_read_time (const char            *json);

const char      *js_meeting_kind_to_string    (JsMeetingKind           kind);
JsMeetingRecord *js_meeting_record_from_node  (const char             *entity,
                                               JsonNode               *node,
                                               gint64                  revision,
                                               GError                **error);
JsMeetingRecord *js_meeting_record_read       (const char             *entity,
                                               const char             *json,
                                               gint64                  revision,
                                               GError                **error);
JsonNode        *js_meeting_record_to_node    (const char             *entity,
                                               const JsMeetingRecord  *record);
void             js_meeting_record_free       (JsMeetingRecord        *record);
JsMeetingCall   *js_meeting_call_from_node    (JsonNode               *node,
                                               gint64                  revision,
                                               GError                **error);
JsMeetingCall   *js_meeting_call_read         (const char             *json,
                                               gint64                  revision,
                                               GError                **error);
JsonNode        *js_meeting_call_to_node      (const JsMeetingCall    *call);
void             js_meeting_call_free         (JsMeetingCall          *call);
JsMeetingAnswer *js_meeting_answer_from_node  (const char             *entity,
                                               JsonNode               *node,
                                               GError                **error);
JsonNode        *js_meeting_answer_to_node    (const JsMeetingAnswer  *answer);
void             js_meeting_answer_free       (JsMeetingAnswer        *answer);
JsMeetingWish   *js_meeting_wish_from_node    (const char             *entity,
                                               JsonNode               *node,
                                               GError                **error);
char            *js_meeting_wish_write        (const JsMeetingWish    *wish);
const char      *js_meeting_wish_entity       (const JsMeetingWish    *wish);
JsonNode        *js_meeting_on_slot           (const char             *meeting_id,
                                               JsonNode               *slot);
void             js_meeting_slot_set_available (JsonNode              *slot,
                                               gboolean                available);
void             js_meeting_set_cancelled     (JsonNode               *meeting);
void             js_meeting_call_set_meeting  (JsonNode               *call,
                                               const char             *meeting_id);
void             js_meeting_wish_free         (JsMeetingWish          *wish);

char          *js_error_body_write          (const char     *code,
                                             const char     *message,
                                             gsize          *length);
char          *js_error_body_parse          (const char     *data,
                                             gsize           length);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (JsJoblogRecord, js_joblog_record_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (JsProgressRecord, js_progress_record_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (JsPlan, js_plan_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (JsMeetingRecord, js_meeting_record_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (JsMeetingCall, js_meeting_call_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (JsMeetingAnswer, js_meeting_answer_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (JsMeetingWish, js_meeting_wish_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (JsSignIn, js_sign_in_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (JsSession, js_session_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (JsPushOp, js_push_op_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (JsPushResult, js_push_result_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (JsChangesPage, js_changes_page_free)

G_END_DECLS
