/* js-joblog-csv.h: the job log as CSV for a spreadsheet
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "js-joblog-entry.h"

G_BEGIN_DECLS

void   js_csv_append_row     (GString            *out,
                              const char * const *fields,
                              guint               n_fields);
char  *js_joblog_export_csv  (GPtrArray          *entries,
                              gsize              *length);

G_END_DECLS
