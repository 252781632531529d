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

#include <glib/gi18n-lib.h>

#include "js-date-format.h"
#include "js-joblog-report-private.h"
#include "js-report-pdf.h"
#include "js-week.h"

G_DEFINE_QUARK (js-joblog-report-error-quark, js_joblog_report_error)

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

  _js_report_create_row (self, context, g_ptr_array_index (self->entries, row), layouts);
  for (guint c = 0; c < N_COLUMNS; c++)
    ranges[c] = line_ranges (layouts[c]);
  _js_report_clear_row (layouts);

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

static double
measure_heading (JsJoblogReport *self,
                 PangoContext   *context)
{
  g_autoptr(PangoLayout) title = _js_report_new_text_layout (self, context, TITLE_FONT, FALSE, _("Job log"));
  g_autoptr(PangoLayout) info = _js_report_info_layout (self, context);

  return _js_report_layout_height (title) + TITLE_GAP + _js_report_layout_height (info) + HEADING_GAP;
}

static double
measure_header (JsJoblogReport *self,
                PangoContext   *context)
{
  PangoLayout *layouts[N_COLUMNS];
  double height = 0.0;

  _js_report_create_row (self, context, NULL, layouts);
  for (guint c = 0; c < N_COLUMNS; c++)
    height = MAX (height, _js_report_layout_height (layouts[c]));
  _js_report_clear_row (layouts);

  return height + 2 * CELL_PADDING;
}

static double
measure_footer (JsJoblogReport *self,
                PangoContext   *context)
{
  g_autofree char *printed = _js_report_printed_text (self);
  g_autoptr(PangoLayout) layout = _js_report_new_text_layout (self, context, FOOTER_FONT, FALSE, printed);

  return _js_report_layout_height (layout);
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

  _js_report_create_row (self, context, entry, layouts);
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
  _js_report_clear_row (layouts);
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
  g_autoptr(PangoLayout) title = _js_report_new_text_layout (self, context, TITLE_FONT, FALSE, _("Job log"));
  g_autoptr(PangoLayout) info = _js_report_info_layout (self, context);

  cairo_set_source_rgb (cr, 0.0, 0.0, 0.0);
  cairo_move_to (cr, 0.0, 0.0);
  pango_cairo_show_layout (cr, title);
  cairo_move_to (cr, 0.0, _js_report_layout_height (title) + TITLE_GAP);
  pango_cairo_show_layout (cr, info);
}

static void
draw_footer (JsJoblogReport *self,
             cairo_t        *cr,
             PangoContext   *context,
             guint           page)
{
  g_autofree char *printed = _js_report_printed_text (self);
  /* Translators: at the foot of each page of the printed job log; to
   * reorder, write %1$u for the page and %2$u for the number of pages */
  g_autofree char *number = g_strdup_printf (_("Page %u of %u"), page + 1, self->pages->len);
  g_autoptr(PangoLayout) start = _js_report_new_text_layout (self, context, FOOTER_FONT, FALSE, printed);
  g_autoptr(PangoLayout) end = _js_report_new_text_layout (self, context, FOOTER_FONT, TRUE, number);
  double y = self->height - _js_report_layout_height (start);

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
      g_autoptr(PangoLayout) empty = _js_report_new_text_layout (self, context, INFO_FONT, FALSE,
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
  cairo_status_t status;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  status = js_report_write_pdf (path, _("Job log"), PDF_MARGIN, self,
                                (JsReportPaginate) js_joblog_report_paginate,
                                (JsReportDraw) js_joblog_report_draw_page);
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
