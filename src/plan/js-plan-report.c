/* js-plan-report.c: the plan on paper or as a PDF file
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A report is a list of blocks (a title, headings, paragraphs, small
 * print), each in the citizen's language and laid out in the direction
 * of that language; a block runs on over pages line by line, and a
 * heading never stands alone at the foot of a page. The words are the
 * caller's: this only sets them on pages.
 */

#include "config.h"

#include "js-plan-report.h"
#include "js-report-pdf.h"

#define PDF_MARGIN 48.0

typedef struct {
  JsReportStyle  style;
  char          *text;
  PangoLayout   *layout;
} Block;

typedef struct {
  guint  block;
  int    line;
  guint  page;
  double baseline;                       /* from the top of the page */
} Placed;

struct _JsPlanReport {
  GArray   *blocks;                      /* of Block */
  GArray   *placed;                      /* of Placed */
  gboolean  right_to_left;
  guint     n_pages;
};

G_DEFINE_QUARK (js-plan-report-error-quark, js_plan_report_error)

static void
clear_block (Block *block)
{
  g_free (block->text);
  g_clear_object (&block->layout);
}

/**
 * js_plan_report_new:
 * @right_to_left: whether the citizen's language is written right to left
 *
 * Returns: (transfer full): an empty report
 */
JsPlanReport *
js_plan_report_new (gboolean right_to_left)
{
  JsPlanReport *self = g_new0 (JsPlanReport, 1);

  self->blocks = g_array_new (FALSE, TRUE, sizeof (Block));
  g_array_set_clear_func (self->blocks, (GDestroyNotify) clear_block);
  self->placed = g_array_new (FALSE, TRUE, sizeof (Placed));
  self->right_to_left = right_to_left;
  return self;
}

void
js_plan_report_free (JsPlanReport *self)
{
  if (self == NULL)
    return;

  g_array_unref (self->blocks);
  g_array_unref (self->placed);
  g_free (self);
}

/**
 * js_plan_report_add:
 * @self: a report
 * @style: how the block looks
 * @text: its text, plain (no markup)
 */
void
js_plan_report_add (JsPlanReport  *self,
                    JsReportStyle  style,
                    const char    *text)
{
  Block block = { style, g_strdup (text != NULL ? text : ""), NULL };

  g_return_if_fail (self != NULL);

  g_array_append_val (self->blocks, block);
}

static const char *
font_of (JsReportStyle style)
{
  switch (style)
    {
    case JS_REPORT_TITLE:
      return "Sans Bold 18";
    case JS_REPORT_HEADING:
      return "Sans Bold 13";
    case JS_REPORT_SMALL:
      return "Sans 8.5";
    case JS_REPORT_TEXT:
    default:
      return "Sans 10.5";
    }
}

/* Space above a block, in points. */
static double
space_before (JsReportStyle style)
{
  return style == JS_REPORT_HEADING ? 14.0 : style == JS_REPORT_TITLE ? 0.0 : 5.0;
}

/**
 * js_plan_report_paginate:
 * @self: a report
 * @context: the Pango context of the page's cairo context
 * @width: the width to print on, in points
 * @height: the height of a page, in points
 *
 * Returns: the number of pages
 */
guint
js_plan_report_paginate (JsPlanReport *self,
                         PangoContext *context,
                         double        width,
                         double        height)
{
  guint page = 0;
  double y = 0;

  g_return_val_if_fail (self != NULL, 0);

  pango_context_set_base_dir (context, self->right_to_left ? PANGO_DIRECTION_RTL
                                                           : PANGO_DIRECTION_LTR);
  g_array_set_size (self->placed, 0);

  for (guint b = 0; b < self->blocks->len; b++)
    {
      Block *block = &g_array_index (self->blocks, Block, b);
      g_autoptr(PangoFontDescription) font = pango_font_description_from_string (
        font_of (block->style));
      PangoLayoutIter *iter;
      int line = 0;
      double first_height = 0;

      g_clear_object (&block->layout);
      block->layout = pango_layout_new (context);
      /* Every paragraph runs in the language's direction, a Danish name in
       * an Arabic page too (bidi keeps its letters in order). */
      pango_layout_set_auto_dir (block->layout, FALSE);
      pango_layout_set_font_description (block->layout, font);
      pango_layout_set_width (block->layout, pango_units_from_double (width));
      pango_layout_set_wrap (block->layout, PANGO_WRAP_WORD_CHAR);
      pango_layout_set_text (block->layout, block->text, -1);

      if (y > 0)
        y += space_before (block->style);

      /* A heading goes with its first line of text to the next page. */
      if (block->style == JS_REPORT_HEADING && b + 1 < self->blocks->len)
        {
          PangoRectangle logical;

          pango_layout_get_pixel_extents (block->layout, NULL, &logical);
          first_height = logical.height + 40.0;
          if (y > 0 && y + first_height > height)
            {
              page++;
              y = 0;
            }
        }

      iter = pango_layout_get_iter (block->layout);
      do
        {
          PangoRectangle logical;
          Placed placed;

          pango_layout_iter_get_line_extents (iter, NULL, &logical);
          if (y > 0 && y + pango_units_to_double (logical.height) > height)
            {
              page++;
              y = 0;
            }

          placed.block = b;
          placed.line = line++;
          placed.page = page;
          placed.baseline = y + pango_units_to_double (pango_layout_iter_get_baseline (iter) -
                                                       logical.y);
          g_array_append_val (self->placed, placed);
          y += pango_units_to_double (logical.height);
        }
      while (pango_layout_iter_next_line (iter));
      pango_layout_iter_free (iter);
    }

  self->n_pages = page + 1;
  return self->n_pages;
}

/**
 * js_plan_report_draw_page:
 * @self: a paginated report
 * @cr: the page, its origin at the top left of the printable area
 * @context: the Pango context the report was paginated with
 * @page: the page to draw, from 0
 */
void
js_plan_report_draw_page (JsPlanReport *self,
                          cairo_t      *cr,
                          PangoContext *context,
                          guint         page)
{
  g_return_if_fail (self != NULL);

  cairo_set_source_rgb (cr, 0, 0, 0);
  for (guint i = 0; i < self->placed->len; i++)
    {
      Placed *placed = &g_array_index (self->placed, Placed, i);
      Block *block = &g_array_index (self->blocks, Block, placed->block);
      PangoLayoutIter *iter;
      PangoRectangle logical;
      int line = 0;

      if (placed->page != page)
        continue;

      iter = pango_layout_get_iter (block->layout);
      while (line < placed->line && pango_layout_iter_next_line (iter))
        line++;
      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      cairo_move_to (cr, pango_units_to_double (logical.x), placed->baseline);
      pango_cairo_show_layout_line (cr, pango_layout_iter_get_line_readonly (iter));
      pango_layout_iter_free (iter);
    }
}

/**
 * js_plan_report_write_pdf:
 * @self: a report
 * @path: the PDF file to create or replace
 * @title: the document's title, for its metadata
 * @error: return location for a %JS_PLAN_REPORT_ERROR
 *
 * Writes the report as an A4 portrait PDF file.
 *
 * Returns: whether the file was written
 */
gboolean
js_plan_report_write_pdf (JsPlanReport  *self,
                          const char    *path,
                          const char    *title,
                          GError       **error)
{
  cairo_status_t status;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  status = js_report_write_pdf (path, title, PDF_MARGIN, self,
                                (JsReportPaginate) js_plan_report_paginate,
                                (JsReportDraw) js_plan_report_draw_page);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, JS_PLAN_REPORT_ERROR, JS_PLAN_REPORT_ERROR_WRITE,
                   "Cannot write the PDF file %s: %s", path, cairo_status_to_string (status));
      return FALSE;
    }

  return TRUE;
}
