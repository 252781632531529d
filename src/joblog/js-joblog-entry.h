/* js-joblog-entry.h: one entry of the citizen's job log
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "js-time.h"

G_BEGIN_DECLS

typedef enum {
  JS_ENTRY_KIND_ADVERTISED,
  JS_ENTRY_KIND_UNSOLICITED,
  JS_ENTRY_KIND_NETWORK,
  JS_ENTRY_KIND_EVENT,
  JS_ENTRY_KIND_OTHER,
  JS_N_ENTRY_KINDS
} JsEntryKind;

typedef enum {
  JS_ENTRY_STATUS_PLANNED,
  JS_ENTRY_STATUS_APPLIED,
  JS_ENTRY_STATUS_INTERVIEW,
  JS_ENTRY_STATUS_OFFER,
  JS_ENTRY_STATUS_HIRED,
  JS_ENTRY_STATUS_REJECTED,
  JS_ENTRY_STATUS_WITHDRAWN,
  JS_N_ENTRY_STATUSES
} JsEntryStatus;

/* The earliest year a job-log date may have: dates are stored as
 * YYYY-MM-DD and read back only from here on. */

/* The free-text fields, in the order forms and exports show them. */
typedef enum {
  JS_FIELD_TITLE,
  JS_FIELD_EMPLOYER,
  JS_FIELD_LOCATION,
  JS_FIELD_SOURCE,
  JS_FIELD_CONTACT,
  JS_FIELD_LINK,
  JS_FIELD_NOTES,
  JS_N_TEXT_FIELDS
} JsTextField;

#define JS_TYPE_JOBLOG_ENTRY (js_joblog_entry_get_type ())
G_DECLARE_FINAL_TYPE (JsJoblogEntry, js_joblog_entry, JS, JOBLOG_ENTRY, GObject)

JsJoblogEntry *js_joblog_entry_new            (void);
JsJoblogEntry *js_joblog_entry_copy           (JsJoblogEntry  *self);
gboolean       js_joblog_entry_equal          (JsJoblogEntry  *self,
                                               JsJoblogEntry  *other);

const char    *js_joblog_entry_get_id         (JsJoblogEntry  *self);
void           js_joblog_entry_set_id         (JsJoblogEntry  *self,
                                               const char     *id);
gint64         js_joblog_entry_get_revision   (JsJoblogEntry  *self);
void           js_joblog_entry_set_revision   (JsJoblogEntry  *self,
                                               gint64          revision);
JsEntryKind    js_joblog_entry_get_kind       (JsJoblogEntry  *self);
void           js_joblog_entry_set_kind       (JsJoblogEntry  *self,
                                               JsEntryKind     kind);
JsEntryStatus  js_joblog_entry_get_status     (JsJoblogEntry  *self);
void           js_joblog_entry_set_status     (JsJoblogEntry  *self,
                                               JsEntryStatus   status);
const GDate   *js_joblog_entry_get_date       (JsJoblogEntry  *self);
void           js_joblog_entry_set_date       (JsJoblogEntry  *self,
                                               const GDate    *date);
const GDate   *js_joblog_entry_get_deadline   (JsJoblogEntry  *self);
void           js_joblog_entry_set_deadline   (JsJoblogEntry  *self,
                                               const GDate    *deadline);
const char    *js_joblog_entry_get_text       (JsJoblogEntry  *self,
                                               JsTextField     field);
void           js_joblog_entry_set_text       (JsJoblogEntry  *self,
                                               JsTextField     field,
                                               const char     *text);
const char    *js_joblog_entry_get_suggestion (JsJoblogEntry  *self);
void           js_joblog_entry_set_suggestion (JsJoblogEntry  *self,
                                               const char     *suggestion);
gboolean       js_joblog_entry_is_application (JsJoblogEntry  *self);

char          *js_joblog_entry_to_json        (JsJoblogEntry  *self);
JsJoblogEntry *js_joblog_entry_new_from_json  (const char     *json,
                                               GError        **error);
JsJoblogEntry *js_joblog_entry_new_from_node  (JsonNode       *node,
                                               GError        **error);

const char    *js_entry_kind_to_string        (JsEntryKind     kind);
gboolean       js_entry_kind_from_string      (const char     *string,
                                               JsEntryKind    *kind);
const char    *js_entry_kind_label            (JsEntryKind     kind);
const char    *js_entry_status_to_string      (JsEntryStatus   status);
gboolean       js_entry_status_from_string    (const char     *string,
                                               JsEntryStatus  *status);
const char    *js_entry_status_label          (JsEntryStatus   status);
const char    *js_text_field_key              (JsTextField     field);
guint          js_text_field_max_length       (JsTextField     field);


G_END_DECLS
