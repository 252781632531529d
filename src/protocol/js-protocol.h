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
#define JS_PROTOCOL_MAX_REQUEST_BYTES  (4 * 1024 * 1024)
#define JS_PROTOCOL_MAX_RESPONSE_BYTES (8 * 1024 * 1024)
#define JS_PROTOCOL_MAX_OPERATIONS     500
#define JS_PROTOCOL_MAX_PAGE           1000
#define JS_PROTOCOL_DEFAULT_PAGE       200
#define JS_PROTOCOL_MAX_DEPTH          32
#define JS_PROTOCOL_MAX_CURSOR         64

#define JS_PROTOCOL_ERROR (js_protocol_error_quark ())

typedef enum {
  JS_PROTOCOL_ERROR_TOO_LARGE,
  JS_PROTOCOL_ERROR_MALFORMED,
  JS_PROTOCOL_ERROR_INVALID,
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

typedef struct {
  GPtrArray *changes;
  char      *cursor;
  gboolean   more;
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

char          *js_error_body_write          (const char     *code,
                                             const char     *message,
                                             gsize          *length);
char          *js_error_body_parse          (const char     *data,
                                             gsize           length);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (JsJoblogRecord, js_joblog_record_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (JsProgressRecord, js_progress_record_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (JsPlan, js_plan_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (JsSignIn, js_sign_in_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (JsSession, js_session_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (JsPushOp, js_push_op_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (JsPushResult, js_push_result_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (JsChangesPage, js_changes_page_free)

G_END_DECLS
