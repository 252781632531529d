/* js-joblog-report-private.h: what the report's files share
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <pango/pangocairo.h>

#include "js-joblog-report.h"

G_BEGIN_DECLS

#define PDF_MARGIN 36.0

#define TITLE_FONT  "Sans Bold 16"
#define INFO_FONT   "Sans 10"
#define HEADER_FONT "Sans Bold 9"
#define TABLE_FONT  "Sans 9"
#define FOOTER_FONT "Sans 8"

#define CELL_PADDING 3.0
#define TITLE_GAP    4.0
#define HEADING_GAP  12.0
#define FOOTER_GAP   8.0
#define RULE_WIDTH   0.5

/* U+2068 FIRST STRONG ISOLATE and U+2069 POP DIRECTIONAL ISOLATE */
#define FSI "\xE2\x81\xA8"
#define PDI "\xE2\x81\xA9"

typedef enum {
  COLUMN_DATE,
  COLUMN_KIND,
  COLUMN_JOB,
  COLUMN_FOUND,
  COLUMN_STATUS,
  COLUMN_NOTES,
  N_COLUMNS
} Column;

/* Each column's share of the table width, in reading order. */
static const double column_share[N_COLUMNS] = { 0.12, 0.14, 0.21, 0.18, 0.12, 0.23 };

typedef struct {
  double top;
  double bottom;
} LineRange;

/* What one page shows of one entry's row: lines [first, end) of each
 * cell; @continued if the row began on an earlier page. */
typedef struct {
  guint    row;
  double   y;
  double   height;
  guint    first[N_COLUMNS];
  guint    end[N_COLUMNS];
  gboolean continued;
} RowSlice;

struct _JsJoblogReport
{
  GPtrArray *entries;
  char      *citizen_name;
  GDate      from;
  GDate      to;
  gboolean   right_to_left;

  /* Set by js_joblog_report_paginate () */
  GDate      printed;
  double     width;
  double     height;
  double     column_x[N_COLUMNS];
  double     column_width[N_COLUMNS];
  double     heading_height;
  double     header_height;
  double     body_bottom;
  GPtrArray *pages; /* (element-type GArray<RowSlice>) */
};

PangoLayout *_js_report_new_layout      (JsJoblogReport *self,
                                        PangoContext   *context,
                                        const char     *font,
                                        double          width,
                                        gboolean        at_end);
PangoLayout *_js_report_new_text_layout (JsJoblogReport *self,
                                        PangoContext   *context,
                                        const char     *font,
                                        gboolean        at_end,
                                        const char     *text);
double       _js_report_layout_height   (PangoLayout    *layout);
void         _js_report_create_row      (JsJoblogReport *self,
                                        PangoContext   *context,
                                        JsJoblogEntry  *entry,
                                        PangoLayout    *layouts[N_COLUMNS]);
void         _js_report_clear_row       (PangoLayout    *layouts[N_COLUMNS]);
char        *_js_report_printed_text    (JsJoblogReport *self);
PangoLayout *_js_report_info_layout     (JsJoblogReport *self,
                                        PangoContext   *context);

G_END_DECLS
