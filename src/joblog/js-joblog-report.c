/* js-joblog-report.c: the job log on paper or as a PDF file
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The report is what the citizen hands to the jobcenter: a heading with
 * the name and period, then one table row per entry, with the column
 * headings repeated on every page and a footer with the page number and
 * the day it was printed. Drawn with Pango and cairo only, so the app can
 * print it through GtkPrintOperation and the library can write a PDF.
 *
 * Direction: the whole report runs in one direction (right to left for
 * Arabic: columns mirrored, text aligned right). Each paragraph of text is
 * wrapped in Unicode first-strong isolates, so an English employer name
 * inside an Arabic report, or Arabic notes in a Danish one, still reads
 * in its own order while keeping the report's alignment.
 *
 * Rows taller than what is left of a page move to the next page; a row
 * taller than a whole page is split between lines, each cell on its own
 * line boundaries, so no text is ever clipped away.
 */

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>

#include "js-date-format.h"
#include "js-joblog-report.h"
#include "js-week.h"

#define A4_WIDTH   595.276
#define A4_HEIGHT  841.89
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

G_DEFINE_QUARK (js-joblog-report-error-quark, js_joblog_report_error)

/* Appends @part, one isolated paragraph per line, after a line break if
 * @text is not empty; @attrs may be %NULL if not @italic. */
static void
append_part (GString       *text,
             PangoAttrList *attrs,
             const char    *part,
             gboolean       italic)
{
  g_autofree char *valid = NULL;
  g_auto(GStrv) paragraphs = NULL;

  if (part == NULL || *part == '\0')
    return;

  valid = g_utf8_make_valid (part, -1);
  paragraphs = g_strsplit (valid, "\n", -1);
  for (guint i = 0; paragraphs[i] != NULL; i++)
    {
      char *paragraph = paragraphs[i];
      gsize length = strlen (paragraph);
      guint start;
      PangoAttribute *attr;

      if (length > 0 && paragraph[length - 1] == '\r')
        paragraph[length - 1] = '\0';

      if (text->len > 0)
        g_string_append_c (text, '\n');
      start = text->len;
      g_string_append (text, FSI);
      g_string_append (text, paragraph);
      g_string_append (text, PDI);

      if (italic)
        {
          attr = pango_attr_style_new (PANGO_STYLE_ITALIC);
          attr->start_index = start;
          attr->end_index = text->len;
          pango_attr_list_insert (attrs, attr);
        }
    }
}

static void
header_cell_text (Column         column,
                  GString       *text,
                  PangoAttrList *attrs)
{
  /* The same strings as the CSV export's column names, and under each
   * the name of the second line of the cells, in italics. */
  static const char * const labels[N_COLUMNS][2] = {
    [COLUMN_DATE] = { N_("Date"), NULL },
    [COLUMN_KIND] = { N_("Kind"), NULL },
    [COLUMN_JOB] = { N_("Job title or activity"), N_("Employer") },
    [COLUMN_FOUND] = { N_("Where the job was found"), N_("Contact person") },
    [COLUMN_STATUS] = { N_("Status"), NULL },
    [COLUMN_NOTES] = { N_("Notes"), NULL },
  };

  append_part (text, attrs, _(labels[column][0]), FALSE);
  if (labels[column][1] != NULL)
    append_part (text, attrs, _(labels[column][1]), TRUE);
}

static void
entry_cell_text (JsJoblogEntry *entry,
                 Column         column,
                 GString       *text,
                 PangoAttrList *attrs)
{
  g_autofree char *date = NULL;

  switch (column)
    {
    case COLUMN_DATE:
      date = js_format_date_short (js_joblog_entry_get_date (entry));
      append_part (text, attrs, date, FALSE);
      break;
    case COLUMN_KIND:
      append_part (text, attrs, js_entry_kind_label (js_joblog_entry_get_kind (entry)), FALSE);
      break;
    case COLUMN_JOB:
      append_part (text, attrs, js_joblog_entry_get_text (entry, JS_FIELD_TITLE), FALSE);
      append_part (text, attrs, js_joblog_entry_get_text (entry, JS_FIELD_EMPLOYER), TRUE);
      break;
    case COLUMN_FOUND:
      append_part (text, attrs, js_joblog_entry_get_text (entry, JS_FIELD_SOURCE), FALSE);
      append_part (text, attrs, js_joblog_entry_get_text (entry, JS_FIELD_LINK), FALSE);
      append_part (text, attrs, js_joblog_entry_get_text (entry, JS_FIELD_CONTACT), TRUE);
      break;
    case COLUMN_STATUS:
      append_part (text, attrs, js_entry_status_label (js_joblog_entry_get_status (entry)),
                   FALSE);
      break;
    case COLUMN_NOTES:
      append_part (text, attrs, js_joblog_entry_get_text (entry, JS_FIELD_NOTES), FALSE);
      break;
    case N_COLUMNS:
    default:
      g_assert_not_reached ();
    }
}

/* A layout @width wide that wraps anywhere if it must and aligns to the
 * report's start edge, or to its end edge if @at_end. */
static PangoLayout *
new_layout (JsJoblogReport *self,
            PangoContext   *context,
            const char     *font,
            double          width,
            gboolean        at_end)
{
  g_autoptr(PangoFontDescription) description = pango_font_description_from_string (font);
  PangoLayout *layout = pango_layout_new (context);
  gboolean right = self->right_to_left != at_end;

  pango_layout_set_font_description (layout, description);
  pango_layout_set_width (layout, pango_units_from_double (MAX (width, 1.0)));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  /* One direction for the whole report; the text itself is isolated. */
  pango_layout_set_auto_dir (layout, FALSE);
  pango_layout_set_alignment (layout, right ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT);

  return layout;
}

static PangoLayout *
new_text_layout (JsJoblogReport *self,
                 PangoContext   *context,
                 const char     *font,
                 gboolean        at_end,
                 const char     *text)
{
  g_autoptr(GString) isolated = g_string_new (NULL);
  PangoLayout *layout = new_layout (self, context, font, self->width, at_end);

  append_part (isolated, NULL, text, FALSE);
  pango_layout_set_text (layout, isolated->str, isolated->len);

  return layout;
}

static double
layout_height (PangoLayout *layout)
{
  int height;

  pango_layout_get_size (layout, NULL, &height);

  return pango_units_to_double (height);
}

/* The cells of an entry's row, or of the header row if @entry is NULL. */
static void
create_row (JsJoblogReport *self,
            PangoContext   *context,
            JsJoblogEntry  *entry,
            PangoLayout    *layouts[N_COLUMNS])
{
  for (guint c = 0; c < N_COLUMNS; c++)
    {
      g_autoptr(GString) text = g_string_new (NULL);
      g_autoptr(PangoAttrList) attrs = pango_attr_list_new ();

      layouts[c] = new_layout (self, context, entry != NULL ? TABLE_FONT : HEADER_FONT,
                               self->column_width[c] - 2 * CELL_PADDING, FALSE);
      if (entry != NULL)
        entry_cell_text (entry, c, text, attrs);
      else
        header_cell_text (c, text, attrs);
      pango_layout_set_text (layouts[c], text->str, text->len);
      pango_layout_set_attributes (layouts[c], attrs);
    }
}

static void
clear_row (PangoLayout *layouts[N_COLUMNS])
{
  for (guint c = 0; c < N_COLUMNS; c++)
    g_clear_object (&layouts[c]);
}

static GArray *
line_ranges (PangoLayout *layout)
{
  g_autoptr(PangoLayoutIter) iter = pango_layout_get_iter (layout);
  GArray *ranges = g_array_new (FALSE, FALSE, sizeof (LineRange));

  do
    {
      int top;
      int bottom;
      LineRange range;

      pango_layout_iter_get_line_yrange (iter, &top, &bottom);
      range.top = pango_units_to_double (top);
      range.bottom = pango_units_to_double (bottom);
      g_array_append_val (ranges, range);
    }
  while (pango_layout_iter_next_line (iter));

  return ranges;
}

/* The height of lines [first, end). */
static double
lines_height (GArray *ranges,
              guint   first,
              guint   end)
{
  if (end <= first)
    return 0.0;

  return g_array_index (ranges, LineRange, end - 1).bottom -
         g_array_index (ranges, LineRange, first).top;
}

/* Where the first row goes on @page. */
static double
rows_top (JsJoblogReport *self,
          guint           page)
{
  return (page == 0 ? self->heading_height : 0.0) + self->header_height;
}

static void
add_page (JsJoblogReport *self,
          double         *y)
{
  g_ptr_array_add (self->pages, g_array_new (FALSE, TRUE, sizeof (RowSlice)));
  *y = rows_top (self, self->pages->len - 1);
}

/* Takes from each cell the lines that fit in @room, at least one line
 * per unfinished cell if @force. Returns whether the row is finished. */
static gboolean
take_lines (GArray   *ranges[N_COLUMNS],
            guint     next[N_COLUMNS],
            double    room,
            gboolean  force,
            RowSlice *slice)
{
  gboolean finished = TRUE;

  slice->height = 0.0;
  for (guint c = 0; c < N_COLUMNS; c++)
    {
      guint end = next[c];

      while (end < ranges[c]->len && lines_height (ranges[c], next[c], end + 1) <= room)
        end++;
      if (force && end == next[c] && end < ranges[c]->len)
        end++;

      slice->first[c] = next[c];
      slice->end[c] = end;
      slice->height = MAX (slice->height, lines_height (ranges[c], next[c], end));
      if (end < ranges[c]->len)
        finished = FALSE;
    }

  return finished;
}

static void
paginate_row (JsJoblogReport *self,
              PangoContext   *context,
              guint           row,
              double         *y)
{
  PangoLayout *layouts[N_COLUMNS];
  GArray *ranges[N_COLUMNS];
  guint next[N_COLUMNS] = { 0 };
  gboolean started = FALSE;

  create_row (self, context, g_ptr_array_index (self->entries, row), layouts);
  for (guint c = 0; c < N_COLUMNS; c++)
    ranges[c] = line_ranges (layouts[c]);
  clear_row (layouts);

  for (;;)
    {
      GArray *slices = g_ptr_array_index (self->pages, self->pages->len - 1);
      gboolean fresh = slices->len == 0;
      double room = self->body_bottom - *y - 2 * CELL_PADDING;
      double page_room = self->body_bottom - rows_top (self, 1) - 2 * CELL_PADDING;
      double rest = 0.0;
      RowSlice slice = { row, *y, 0.0, { 0 }, { 0 }, started };
      gboolean finished;

      for (guint c = 0; c < N_COLUMNS; c++)
        rest = MAX (rest, lines_height (ranges[c], next[c], ranges[c]->len));

      /* A row that fits on a page is not split. */
      if (!started && !fresh && rest > room && rest <= page_room)
        {
          add_page (self, y);
          continue;
        }

      finished = take_lines (ranges, next, room, fresh, &slice);
      if (slice.height <= 0.0 && !finished)
        {
          add_page (self, y);
          continue;
        }

      slice.height += 2 * CELL_PADDING;
      g_array_append_val (slices, slice);
      *y += slice.height;
      started = TRUE;
      memcpy (next, slice.end, sizeof next);

      if (finished)
        break;
      add_page (self, y);
    }

  for (guint c = 0; c < N_COLUMNS; c++)
    g_array_unref (ranges[c]);
}

static char *
printed_text (JsJoblogReport *self)
{
  g_autofree char *date = js_format_date (&self->printed);

  /* Translators: at the foot of each page of the printed job log; %s is a date */
  return g_strdup_printf (_("Printed %s"), date != NULL ? date : "");
}

static PangoLayout *
info_layout (JsJoblogReport *self,
             PangoContext   *context)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(PangoAttrList) attrs = pango_attr_list_new ();
  g_autofree char *period = js_format_period (&self->from, &self->to);
  PangoLayout *layout = new_layout (self, context, INFO_FONT, self->width, FALSE);

  if (*self->citizen_name != '\0')
    {
      g_autofree char *name = g_strconcat (FSI, self->citizen_name, PDI, NULL);
      /* Translators: under the title of the printed job log; %s is the citizen's name */
      g_autofree char *line = g_strdup_printf (_("Name: %s"), name);

      append_part (text, attrs, line, FALSE);
    }

  if (period != NULL)
    {
      /* Translators: under the title of the printed job log; %s is two dates */
      g_autofree char *line = g_strdup_printf (_("Period: %s"), period);

      append_part (text, attrs, line, FALSE);
    }

  pango_layout_set_text (layout, text->str, text->len);

  return layout;
}

static double
measure_heading (JsJoblogReport *self,
                 PangoContext   *context)
{
  g_autoptr(PangoLayout) title = new_text_layout (self, context, TITLE_FONT, FALSE, _("Job log"));
  g_autoptr(PangoLayout) info = info_layout (self, context);

  return layout_height (title) + TITLE_GAP + layout_height (info) + HEADING_GAP;
}

static double
measure_header (JsJoblogReport *self,
                PangoContext   *context)
{
  PangoLayout *layouts[N_COLUMNS];
  double height = 0.0;

  create_row (self, context, NULL, layouts);
  for (guint c = 0; c < N_COLUMNS; c++)
    height = MAX (height, layout_height (layouts[c]));
  clear_row (layouts);

  return height + 2 * CELL_PADDING;
}

static double
measure_footer (JsJoblogReport *self,
                PangoContext   *context)
{
  g_autofree char *printed = printed_text (self);
  g_autoptr(PangoLayout) layout = new_text_layout (self, context, FOOTER_FONT, FALSE, printed);

  return layout_height (layout);
}

/* Draws lines [first, end) of @layout with the top of the first at @y. */
static void
draw_lines (cairo_t     *cr,
            PangoLayout *layout,
            double       x,
            double       y,
            guint        first,
            guint        end)
{
  g_autoptr(PangoLayoutIter) iter = pango_layout_get_iter (layout);
  double origin = 0.0;
  guint i = 0;

  do
    {
      PangoRectangle logical;
      int top;

      if (i >= end)
        break;

      if (i >= first)
        {
          pango_layout_iter_get_line_yrange (iter, &top, NULL);
          if (i == first)
            origin = pango_units_to_double (top);
          pango_layout_iter_get_line_extents (iter, NULL, &logical);
          cairo_move_to (cr, x + pango_units_to_double (logical.x),
                         y - origin +
                           pango_units_to_double (pango_layout_iter_get_baseline (iter)));
          pango_cairo_show_layout_line (cr, pango_layout_iter_get_line_readonly (iter));
        }
      i++;
    }
  while (pango_layout_iter_next_line (iter));
}

static void
draw_row (JsJoblogReport *self,
          cairo_t        *cr,
          PangoContext   *context,
          JsJoblogEntry  *entry,
          const RowSlice *slice)
{
  PangoLayout *layouts[N_COLUMNS];

  create_row (self, context, entry, layouts);
  cairo_set_source_rgb (cr, 0.0, 0.0, 0.0);
  for (guint c = 0; c < N_COLUMNS; c++)
    draw_lines (cr, layouts[c], self->column_x[c] + CELL_PADDING, slice->y + CELL_PADDING,
                slice->first[c], slice->end[c]);

  /* Say again, in grey, which entry a row continued from a page is. */
  if (slice->continued && slice->first[COLUMN_DATE] == slice->end[COLUMN_DATE])
    {
      cairo_set_source_rgb (cr, 0.45, 0.45, 0.45);
      draw_lines (cr, layouts[COLUMN_DATE], self->column_x[COLUMN_DATE] + CELL_PADDING,
                  slice->y + CELL_PADDING, 0, 1);
    }
  clear_row (layouts);
}

static void
draw_grid (JsJoblogReport *self,
           cairo_t        *cr,
           double          top,
           double          bottom,
           GArray         *slices)
{
  cairo_set_source_rgb (cr, 0.55, 0.55, 0.55);
  cairo_set_line_width (cr, RULE_WIDTH);
  cairo_rectangle (cr, 0.0, top, self->width, bottom - top);
  for (guint c = 0; c < N_COLUMNS; c++)
    {
      if (self->column_x[c] > 0.0)
        {
          cairo_move_to (cr, self->column_x[c], top);
          cairo_line_to (cr, self->column_x[c], bottom);
        }
    }
  cairo_move_to (cr, 0.0, top + self->header_height);
  cairo_line_to (cr, self->width, top + self->header_height);
  for (guint i = 0; i < slices->len; i++)
    {
      const RowSlice *slice = &g_array_index (slices, RowSlice, i);

      cairo_move_to (cr, 0.0, slice->y + slice->height);
      cairo_line_to (cr, self->width, slice->y + slice->height);
    }
  cairo_stroke (cr);
}

static void
draw_table (JsJoblogReport *self,
            cairo_t        *cr,
            PangoContext   *context,
            double          top,
            GArray         *slices)
{
  RowSlice header = { 0, top, self->header_height, { 0 }, { 0 }, FALSE };
  double bottom = top + self->header_height;

  for (guint c = 0; c < N_COLUMNS; c++)
    header.end[c] = G_MAXUINT;

  cairo_set_source_rgb (cr, 0.85, 0.85, 0.85);
  cairo_rectangle (cr, 0.0, top, self->width, self->header_height);
  cairo_fill (cr);
  draw_row (self, cr, context, NULL, &header);

  for (guint i = 0; i < slices->len; i++)
    {
      const RowSlice *slice = &g_array_index (slices, RowSlice, i);

      if (slice->row % 2 == 1)
        {
          cairo_set_source_rgb (cr, 0.94, 0.94, 0.94);
          cairo_rectangle (cr, 0.0, slice->y, self->width, slice->height);
          cairo_fill (cr);
        }
      draw_row (self, cr, context, g_ptr_array_index (self->entries, slice->row), slice);
      bottom = slice->y + slice->height;
    }

  draw_grid (self, cr, top, bottom, slices);
}

static void
draw_heading (JsJoblogReport *self,
              cairo_t        *cr,
              PangoContext   *context)
{
  g_autoptr(PangoLayout) title = new_text_layout (self, context, TITLE_FONT, FALSE, _("Job log"));
  g_autoptr(PangoLayout) info = info_layout (self, context);

  cairo_set_source_rgb (cr, 0.0, 0.0, 0.0);
  cairo_move_to (cr, 0.0, 0.0);
  pango_cairo_show_layout (cr, title);
  cairo_move_to (cr, 0.0, layout_height (title) + TITLE_GAP);
  pango_cairo_show_layout (cr, info);
}

static void
draw_footer (JsJoblogReport *self,
             cairo_t        *cr,
             PangoContext   *context,
             guint           page)
{
  g_autofree char *printed = printed_text (self);
  /* Translators: at the foot of each page of the printed job log; to
   * reorder, write %1$u for the page and %2$u for the number of pages */
  g_autofree char *number = g_strdup_printf (_("Page %u of %u"), page + 1, self->pages->len);
  g_autoptr(PangoLayout) start = new_text_layout (self, context, FOOTER_FONT, FALSE, printed);
  g_autoptr(PangoLayout) end = new_text_layout (self, context, FOOTER_FONT, TRUE, number);
  double y = self->height - layout_height (start);

  cairo_set_source_rgb (cr, 0.55, 0.55, 0.55);
  cairo_set_line_width (cr, RULE_WIDTH);
  cairo_move_to (cr, 0.0, y - FOOTER_GAP / 2);
  cairo_line_to (cr, self->width, y - FOOTER_GAP / 2);
  cairo_stroke (cr);

  cairo_set_source_rgb (cr, 0.0, 0.0, 0.0);
  cairo_move_to (cr, 0.0, y);
  pango_cairo_show_layout (cr, start);
  cairo_move_to (cr, 0.0, y);
  pango_cairo_show_layout (cr, end);
}

static void
set_direction (JsJoblogReport *self,
               PangoContext   *context)
{
  pango_context_set_base_dir (context, self->right_to_left ? PANGO_DIRECTION_RTL
                                                           : PANGO_DIRECTION_LTR);
}

/**
 * js_joblog_report_new:
 * @entries: (element-type JsJoblogEntry): the entries, in the order wanted;
 *   the report keeps a reference
 * @citizen_name: (nullable): the citizen's name, or empty to leave it out
 * @from: (nullable): the period's first day, or an invalid date (or %NULL)
 *   for the earliest entry's
 * @to: (nullable): the period's last day, or an invalid date (or %NULL)
 *   for the latest entry's
 * @right_to_left: whether the report runs right to left (Arabic)
 *
 * Returns: (transfer full): a report to paginate and draw, or to write as PDF
 */
JsJoblogReport *
js_joblog_report_new (GPtrArray   *entries,
                      const char  *citizen_name,
                      const GDate *from,
                      const GDate *to,
                      gboolean     right_to_left)
{
  JsJoblogReport *self;
  GDate first;
  GDate last;

  g_return_val_if_fail (entries != NULL, NULL);

  self = g_new0 (JsJoblogReport, 1);
  self->entries = g_ptr_array_ref (entries);
  self->citizen_name = g_strdup (citizen_name != NULL ? citizen_name : "");
  self->right_to_left = !!right_to_left;
  g_date_clear (&self->printed, 1);

  g_date_clear (&first, 1);
  g_date_clear (&last, 1);
  for (guint i = 0; i < entries->len; i++)
    {
      const GDate *date = js_joblog_entry_get_date (g_ptr_array_index (entries, i));

      if (!g_date_valid (date))
        continue;
      if (!g_date_valid (&first) || g_date_compare (date, &first) < 0)
        first = *date;
      if (!g_date_valid (&last) || g_date_compare (date, &last) > 0)
        last = *date;
    }
  self->from = from != NULL && g_date_valid (from) ? *from : first;
  self->to = to != NULL && g_date_valid (to) ? *to : last;

  return self;
}

/**
 * js_joblog_report_paginate:
 * @self: a report
 * @context: the context to lay out text in, whose resolution makes font
 *   sizes come out in points; its base direction is set to the report's
 * @width: the printable width, in points
 * @height: the printable height, in points
 *
 * Lays the report out on pages of @width × @height, drawn with the origin
 * at the printable area's top left corner. Pass the same @context to
 * js_joblog_report_draw_page ().
 *
 * Returns: the number of pages, at least 1
 */
guint
js_joblog_report_paginate (JsJoblogReport *self,
                           PangoContext   *context,
                           double          width,
                           double          height)
{
  double x = 0.0;
  double y;

  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (PANGO_IS_CONTEXT (context), 0);
  g_return_val_if_fail (width > 0.0 && height > 0.0, 0);

  set_direction (self, context);
  js_today (&self->printed);
  self->width = width;
  self->height = height;
  for (guint c = 0; c < N_COLUMNS; c++)
    {
      self->column_width[c] = width * column_share[c];
      self->column_x[c] = self->right_to_left ? width - x - self->column_width[c] : x;
      x += self->column_width[c];
    }
  self->heading_height = measure_heading (self, context);
  self->header_height = measure_header (self, context);
  self->body_bottom = height - measure_footer (self, context) - FOOTER_GAP;

  g_clear_pointer (&self->pages, g_ptr_array_unref);
  self->pages = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  add_page (self, &y);

  for (guint i = 0; i < self->entries->len; i++)
    paginate_row (self, context, i, &y);

  return self->pages->len;
}

/**
 * js_joblog_report_draw_page:
 * @self: a report that js_joblog_report_paginate () laid out
 * @cr: where to draw, with the origin at the printable area's top left
 * @context: the context the report was paginated with
 * @page: the page, counting from 0
 */
void
js_joblog_report_draw_page (JsJoblogReport *self,
                            cairo_t        *cr,
                            PangoContext   *context,
                            guint           page)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (cr != NULL);
  g_return_if_fail (PANGO_IS_CONTEXT (context));
  g_return_if_fail (self->pages != NULL && page < self->pages->len);

  set_direction (self, context);
  cairo_save (cr);

  if (page == 0)
    draw_heading (self, cr, context);

  if (self->entries->len == 0)
    {
      g_autoptr(PangoLayout) empty = new_text_layout (self, context, INFO_FONT, FALSE,
                                                      _("No entries in this period."));

      cairo_move_to (cr, 0.0, self->heading_height);
      pango_cairo_show_layout (cr, empty);
    }
  else
    {
      draw_table (self, cr, context, page == 0 ? self->heading_height : 0.0,
                  g_ptr_array_index (self->pages, page));
    }

  draw_footer (self, cr, context, page);
  cairo_restore (cr);
}

/**
 * js_joblog_report_write_pdf:
 * @self: a report
 * @path: the PDF file to create or replace
 * @error: return location for a #JS_JOBLOG_REPORT_ERROR
 *
 * Writes the report as an A4 portrait PDF file with 36 pt margins.
 *
 * Returns: whether the file was written
 */
gboolean
js_joblog_report_write_pdf (JsJoblogReport *self,
                            const char     *path,
                            GError        **error)
{
  PangoContext *context;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;
  guint n_pages;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  surface = cairo_pdf_surface_create (path, A4_WIDTH, A4_HEIGHT);
  status = cairo_surface_status (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    {
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, _("Job log"));
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, PACKAGE_NAME);

      cr = cairo_create (surface);
      context = pango_cairo_create_context (cr);
      /* cairo's PDF unit is the point: 72 units per inch */
      pango_cairo_context_set_resolution (context, 72.0);
      pango_context_set_round_glyph_positions (context, FALSE);

      n_pages = js_joblog_report_paginate (self, context, A4_WIDTH - 2 * PDF_MARGIN,
                                           A4_HEIGHT - 2 * PDF_MARGIN);
      for (guint page = 0; page < n_pages; page++)
        {
          cairo_save (cr);
          cairo_translate (cr, PDF_MARGIN, PDF_MARGIN);
          js_joblog_report_draw_page (self, cr, context, page);
          cairo_restore (cr);
          cairo_show_page (cr);
        }

      status = cairo_status (cr);
      g_object_unref (context);
      cairo_destroy (cr);
      cairo_surface_finish (surface);
      if (status == CAIRO_STATUS_SUCCESS)
        status = cairo_surface_status (surface);
    }
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, JS_JOBLOG_REPORT_ERROR, JS_JOBLOG_REPORT_ERROR_WRITE,
                   "Cannot write the PDF file %s: %s", path, cairo_status_to_string (status));
      return FALSE;
    }

  return TRUE;
}

void
js_joblog_report_free (JsJoblogReport *self)
{
  if (self == NULL)
    return;

  g_clear_pointer (&self->pages, g_ptr_array_unref);
  g_clear_pointer (&self->entries, g_ptr_array_unref);
  g_free (self->citizen_name);
  g_free (self);
}
