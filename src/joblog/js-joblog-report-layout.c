/* js-joblog-report-layout.c: the report's text, laid out with Pango
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What each cell, the heading and the footer say, as Pango layouts in the
 * report's direction, each paragraph isolated so that text in another
 * script keeps its own order (see js-joblog-report.c).
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "js-date-format.h"
#include "js-joblog-report-private.h"
#include "js-week.h"

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
PangoLayout *
_js_report_new_layout (JsJoblogReport *self,
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

PangoLayout *
_js_report_new_text_layout (JsJoblogReport *self,
                 PangoContext   *context,
                 const char     *font,
                 gboolean        at_end,
                 const char     *text)
{
  g_autoptr(GString) isolated = g_string_new (NULL);
  PangoLayout *layout = _js_report_new_layout (self, context, font, self->width, at_end);

  append_part (isolated, NULL, text, FALSE);
  pango_layout_set_text (layout, isolated->str, isolated->len);

  return layout;
}

double
_js_report_layout_height (PangoLayout *layout)
{
  int height;

  pango_layout_get_size (layout, NULL, &height);

  return pango_units_to_double (height);
}

/* The cells of an entry's row, or of the header row if @entry is NULL. */
void
_js_report_create_row (JsJoblogReport *self,
            PangoContext   *context,
            JsJoblogEntry  *entry,
            PangoLayout    *layouts[N_COLUMNS])
{
  for (guint c = 0; c < N_COLUMNS; c++)
    {
      g_autoptr(GString) text = g_string_new (NULL);
      g_autoptr(PangoAttrList) attrs = pango_attr_list_new ();

      layouts[c] = _js_report_new_layout (self, context, entry != NULL ? TABLE_FONT : HEADER_FONT,
                               self->column_width[c] - 2 * CELL_PADDING, FALSE);
      if (entry != NULL)
        entry_cell_text (entry, c, text, attrs);
      else
        header_cell_text (c, text, attrs);
      pango_layout_set_text (layouts[c], text->str, text->len);
      pango_layout_set_attributes (layouts[c], attrs);
    }
}

void
_js_report_clear_row (PangoLayout *layouts[N_COLUMNS])
{
  for (guint c = 0; c < N_COLUMNS; c++)
    g_clear_object (&layouts[c]);
}

char *
_js_report_printed_text (JsJoblogReport *self)
{
  g_autofree char *date = js_format_date (&self->printed);

  /* Translators: at the foot of each page of the printed job log; %s is a date */
  return g_strdup_printf (_("Printed %s"), date != NULL ? date : "");
}

PangoLayout *
_js_report_info_layout (JsJoblogReport *self,
             PangoContext   *context)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(PangoAttrList) attrs = pango_attr_list_new ();
  g_autofree char *period = js_format_period (&self->from, &self->to);
  PangoLayout *layout = _js_report_new_layout (self, context, INFO_FONT, self->width, FALSE);

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
