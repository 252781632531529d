/* js-joblog-filters.c: the job log's filters, in their popover
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Status and kind as check boxes, a period or dates of the citizen's
 * own, and "Show everything". Some thirty widgets: the page makes them
 * when the filters are first opened, not with the page. Every change is
 * told with JsJoblogFilters::changed; the page then asks for the query.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "js-date-button.h"
#include "js-joblog-filters.h"
#include "js-time.h"
#include "js-week.h"

typedef enum {
  PERIOD_ANY,
  PERIOD_THIS_WEEK,
  PERIOD_LAST_4_WEEKS,
  PERIOD_LAST_3_MONTHS,
  PERIOD_THIS_YEAR,
} Period;

struct _JsJoblogFilters {
  GtkBox          parent_instance;

  GtkCheckButton *status_checks[JS_N_ENTRY_STATUSES];
  GtkCheckButton *kind_checks[JS_N_ENTRY_KINDS];
  GtkDropDown    *period_dropdown;
  JsDateButton   *from_button;
  JsDateButton   *to_button;
};

G_DEFINE_FINAL_TYPE (JsJoblogFilters, js_joblog_filters, GTK_TYPE_BOX)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
period_bounds (Period  period,
               GDate  *from,
               GDate  *to)
{
  JsIsoWeek week;

  g_date_clear (from, 1);
  g_date_clear (to, 1);
  if (period == PERIOD_ANY)
    return;

  js_today (to);
  *from = *to;
  switch (period)
    {
    case PERIOD_THIS_WEEK:
      js_iso_week_of (to, &week);
      js_iso_week_monday (&week, from);
      break;
    case PERIOD_LAST_4_WEEKS:
      g_date_subtract_days (from, 27);
      break;
    case PERIOD_LAST_3_MONTHS:
      g_date_subtract_months (from, 3);
      break;
    case PERIOD_THIS_YEAR:
      g_date_set_dmy (from, 1, G_DATE_JANUARY, g_date_get_year (to));
      break;
    case PERIOD_ANY:
    default:
      break;
    }
}

static void
changed (JsJoblogFilters *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

static GtkWidget *
heading (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "heading");
  gtk_widget_set_margin_top (label, 6);
  return label;
}

static void
clear_clicked_cb (JsJoblogFilters *self)
{
  for (guint i = 0; i < JS_N_ENTRY_STATUSES; i++)
    gtk_check_button_set_active (self->status_checks[i], FALSE);
  for (guint i = 0; i < JS_N_ENTRY_KINDS; i++)
    gtk_check_button_set_active (self->kind_checks[i], FALSE);
  gtk_drop_down_set_selected (self->period_dropdown, PERIOD_ANY);
  js_date_button_set_date (self->from_button, NULL);
  js_date_button_set_date (self->to_button, NULL);
  changed (self);
}

static GtkCheckButton *
add_check (JsJoblogFilters *self,
           const char      *label)
{
  GtkWidget *check = gtk_check_button_new_with_label (label);

  g_signal_connect_object (check, "toggled", G_CALLBACK (changed), self, G_CONNECT_SWAPPED);
  gtk_box_append (GTK_BOX (self), check);
  return GTK_CHECK_BUTTON (check);
}

static JsDateButton *
add_date (JsJoblogFilters *self,
          const char      *label)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *text = gtk_label_new (label);
  GtkWidget *button = js_date_button_new ();

  gtk_widget_set_hexpand (text, TRUE);
  gtk_label_set_xalign (GTK_LABEL (text), 0);
  g_object_set (button, "allow-none", TRUE, NULL);
  js_date_button_set_label (JS_DATE_BUTTON (button), label);
  g_signal_connect_object (button, "changed", G_CALLBACK (changed), self, G_CONNECT_SWAPPED);
  gtk_box_append (GTK_BOX (row), text);
  gtk_box_append (GTK_BOX (row), button);
  gtk_box_append (GTK_BOX (self), row);
  return JS_DATE_BUTTON (button);
}

static void
js_joblog_filters_class_init (JsJoblogFiltersClass *klass)
{
  /**
   * JsJoblogFilters::changed:
   *
   * A filter was changed: the list is to be shown anew.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
js_joblog_filters_init (JsJoblogFilters *self)
{
  const char * const periods[] = {
    _("Any time"), _("This week"), _("The last 4 weeks"), _("The last 3 months"),
    _("This year"), NULL,
  };
  GtkWidget *clear;

  gtk_orientable_set_orientation (GTK_ORIENTABLE (self), GTK_ORIENTATION_VERTICAL);
  gtk_box_set_spacing (GTK_BOX (self), 6);

  gtk_box_append (GTK_BOX (self), heading (_("Status")));
  for (guint i = 0; i < JS_N_ENTRY_STATUSES; i++)
    self->status_checks[i] = add_check (self, js_entry_status_label (i));

  gtk_box_append (GTK_BOX (self), heading (_("Kind")));
  for (guint i = 0; i < JS_N_ENTRY_KINDS; i++)
    self->kind_checks[i] = add_check (self, js_entry_kind_label (i));

  gtk_box_append (GTK_BOX (self), heading (_("Period")));
  self->period_dropdown = GTK_DROP_DOWN (gtk_drop_down_new_from_strings (periods));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->period_dropdown),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Period"), -1);
  g_signal_connect_object (self->period_dropdown, "notify::selected", G_CALLBACK (changed), self,
                           G_CONNECT_SWAPPED);
  gtk_box_append (GTK_BOX (self), GTK_WIDGET (self->period_dropdown));
  self->from_button = add_date (self, _("From"));
  self->to_button = add_date (self, _("To"));

  clear = gtk_button_new_with_label (_("Show everything"));
  gtk_widget_set_margin_top (clear, 6);
  g_signal_connect_object (clear, "clicked", G_CALLBACK (clear_clicked_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_box_append (GTK_BOX (self), clear);
}

GtkWidget *
js_joblog_filters_new (void)
{
  return g_object_new (JS_TYPE_JOBLOG_FILTERS, NULL);
}

/**
 * js_joblog_filters_fill_query:
 * @self: the filters
 * @query: a query, its text and order set
 *
 * Adds the statuses, kinds and dates chosen to @query.
 */
void
js_joblog_filters_fill_query (JsJoblogFilters *self,
                              JsJoblogQuery   *query)
{
  GDate from;
  GDate to;

  g_return_if_fail (JS_IS_JOBLOG_FILTERS (self));

  for (guint i = 0; i < JS_N_ENTRY_STATUSES; i++)
    {
      if (gtk_check_button_get_active (self->status_checks[i]))
        query->statuses |= 1u << i;
    }
  for (guint i = 0; i < JS_N_ENTRY_KINDS; i++)
    {
      if (gtk_check_button_get_active (self->kind_checks[i]))
        query->kinds |= 1u << i;
    }

  period_bounds (gtk_drop_down_get_selected (self->period_dropdown), &query->from, &query->to);
  js_date_button_get_date (self->from_button, &from);
  js_date_button_get_date (self->to_button, &to);
  if (g_date_valid (&from))
    query->from = from;
  if (g_date_valid (&to))
    query->to = to;
}

/**
 * js_joblog_filters_focus:
 * @self: the filters
 *
 * Puts the keyboard on the first filter, as when they are opened.
 */
void
js_joblog_filters_focus (JsJoblogFilters *self)
{
  g_return_if_fail (JS_IS_JOBLOG_FILTERS (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->status_checks[0]));
}
