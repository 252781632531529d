/* js-store-joblog.h: the job log's records, search and drafts
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "js-joblog-entry.h"
#include "js-store.h"

G_BEGIN_DECLS

#define JS_JOBLOG_ENTITY "joblog-entry"

typedef enum {
  JS_JOBLOG_SORT_NEWEST,
  JS_JOBLOG_SORT_OLDEST,
  JS_JOBLOG_SORT_STATUS,
} JsJoblogSort;

/**
 * JsJoblogQuery:
 * @text: (nullable): words to find in title, employer and notes; each word
 *   matches the start of a word
 * @kinds: bits `1 << JsEntryKind` to keep, 0 for all
 * @statuses: bits `1 << JsEntryStatus` to keep, 0 for all
 * @from: first date to keep, or not valid
 * @to: last date to keep, or not valid
 * @sort: the order
 */
typedef struct {
  const char   *text;
  guint         kinds;
  guint         statuses;
  GDate         from;
  GDate         to;
  JsJoblogSort  sort;
} JsJoblogQuery;

void           js_joblog_query_init               (JsJoblogQuery        *query);

GArray        *js_store_joblog_find               (JsStore              *store,
                                                   const JsJoblogQuery  *query,
                                                   GError              **error);
GArray        *js_store_joblog_match              (JsStore              *store,
                                                   const char           *text,
                                                   GError              **error);
JsJoblogEntry *js_store_joblog_load               (JsStore              *store,
                                                   gint64                rowid,
                                                   GError              **error);
JsJoblogEntry *js_store_joblog_lookup             (JsStore              *store,
                                                   const char           *id,
                                                   GError              **error);
gint64         js_store_joblog_count              (JsStore              *store,
                                                   GError              **error);
gboolean       js_store_joblog_save               (JsStore              *store,
                                                   JsJoblogEntry        *entry,
                                                   GError              **error);
gboolean       js_txn_joblog_save                 (JsTxn                *txn,
                                                   JsJoblogEntry        *entry,
                                                   GError              **error);
gboolean       js_store_joblog_delete             (JsStore              *store,
                                                   JsJoblogEntry        *entry,
                                                   GError              **error);
gint64         js_store_joblog_count_applications (JsStore              *store,
                                                   const GDate          *from,
                                                   const GDate          *to,
                                                   GError              **error);
gboolean       js_store_joblog_last_date          (JsStore              *store,
                                                   GDate                *date,
                                                   GError              **error);
gboolean       js_store_joblog_put_draft          (JsStore              *store,
                                                   JsJoblogEntry        *entry,
                                                   GError              **error);
JsJoblogEntry *js_store_joblog_get_draft          (JsStore              *store,
                                                   GError              **error);
gboolean       js_store_joblog_drop_draft         (JsStore              *store,
                                                   const char           *id,
                                                   GError              **error);

G_END_DECLS
