/* js-date-button.c: a button showing a date, with a calendar to change it
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The date is written out in the chosen language ("24 November 2026"), the
 * calendar is reached with Enter or Space and works with the arrow keys,
 * and a date that may be left empty gets a button to clear it.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "js-date-button.h"
#include "js-date-format.h"

struct _JsDateButton {
  GtkWidget      parent_instance;

  GtkMenuButton *menu_button;
  GtkPopover    *popover;
  GtkCalendar   *calendar;      /* made when first opened */
  GtkButton     *clear_button;
  GDate          date;
  char          *label;
  gboolean       allow_none;
  gboolean       updating;
};

G_DEFINE_FINAL_TYPE (JsDateButton, js_date_button, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_ALLOW_NONE,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
update_display (JsDateButton *self)
{
  g_autofree char *text = js_format_date (&self->date);
  g_autofree char *name = NULL;

  gtk_menu_button_set_label (self->menu_button, text != NULL ? text : _("No date"));
  gtk_widget_set_visible (GTK_WIDGET (self->clear_button),
                          self->allow_none && g_date_valid (&self->date));

  /* The screen reader hears what the date is for, then the date. */
  name = g_strdup_printf ("%s: %s", self->label != NULL ? self->label : "",
                          text != NULL ? text : _("No date"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->menu_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
}

static void
day_selected_cb (JsDateButton *self,
                 GtkCalendar  *calendar)
{
  g_autoptr(GDateTime) picked = NULL;

  if (self->updating)
    return;

  picked = gtk_calendar_get_date (calendar);
  g_date_clear (&self->date, 1);
  g_date_set_dmy (&self->date, g_date_time_get_day_of_month (picked),
                  g_date_time_get_month (picked), g_date_time_get_year (picked));
  update_display (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
select_in_calendar (JsDateButton *self)
{
  g_autoptr(GDateTime) shown = NULL;

  if (self->calendar == NULL || !g_date_valid (&self->date))
    return;

  shown = g_date_time_new_local (g_date_get_year (&self->date), g_date_get_month (&self->date),
                                 g_date_get_day (&self->date), 12, 0, 0);
  self->updating = TRUE;
  gtk_calendar_select_day (self->calendar, shown);
  self->updating = FALSE;
}

/* A calendar is some sixty widgets: it is made the first time it is
 * needed, not with every form and filter that has a date. */
static void
popover_shown_cb (JsDateButton *self)
{
  if (self->calendar != NULL)
    return;

  self->calendar = GTK_CALENDAR (gtk_calendar_new ());
  g_signal_connect_swapped (self->calendar, "day-selected", G_CALLBACK (day_selected_cb), self);
  gtk_popover_set_child (self->popover, GTK_WIDGET (self->calendar));
  select_in_calendar (self);
}

static void
clear_clicked_cb (JsDateButton *self)
{
  g_date_clear (&self->date, 1);
  update_display (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->menu_button));
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
js_date_button_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  JsDateButton *self = JS_DATE_BUTTON (object);

  switch (prop_id)
    {
    case PROP_ALLOW_NONE:
      self->allow_none = g_value_get_boolean (value);
      update_display (self);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
js_date_button_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  JsDateButton *self = JS_DATE_BUTTON (object);

  switch (prop_id)
    {
    case PROP_ALLOW_NONE:
      g_value_set_boolean (value, self->allow_none);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
js_date_button_dispose (GObject *object)
{
  JsDateButton *self = JS_DATE_BUTTON (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), JS_TYPE_DATE_BUTTON);
  self->calendar = NULL;
  g_clear_pointer (&self->label, g_free);

  G_OBJECT_CLASS (js_date_button_parent_class)->dispose (object);
}

static void
js_date_button_class_init (JsDateButtonClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = js_date_button_dispose;
  object_class->set_property = js_date_button_set_property;
  object_class->get_property = js_date_button_get_property;

  properties[PROP_ALLOW_NONE] =
    g_param_spec_boolean ("allow-none", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * JsDateButton::changed:
   *
   * The citizen picked or cleared the date.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/js-date-button.ui");
  gtk_widget_class_bind_template_child (widget_class, JsDateButton, menu_button);
  gtk_widget_class_bind_template_child (widget_class, JsDateButton, popover);
  gtk_widget_class_bind_template_child (widget_class, JsDateButton, clear_button);
  gtk_widget_class_bind_template_callback (widget_class, popover_shown_cb);
  gtk_widget_class_bind_template_callback (widget_class, clear_clicked_cb);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
}

static void
js_date_button_init (JsDateButton *self)
{
  g_date_clear (&self->date, 1);
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (gtk_widget_get_layout_manager (GTK_WIDGET (self))),
                              6);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->clear_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Remove the date"), -1);
  update_display (self);
}

GtkWidget *
js_date_button_new (void)
{
  return g_object_new (JS_TYPE_DATE_BUTTON, NULL);
}

void
js_date_button_get_date (JsDateButton *self,
                         GDate        *date)
{
  g_return_if_fail (JS_IS_DATE_BUTTON (self));

  *date = self->date;
}

void
js_date_button_set_date (JsDateButton *self,
                         const GDate  *date)
{
  g_return_if_fail (JS_IS_DATE_BUTTON (self));

  g_date_clear (&self->date, 1);
  if (date != NULL && g_date_valid (date))
    self->date = *date;
  select_in_calendar (self);
  update_display (self);
}

/* What the date is for, read out with it: "Date applied: 24 November". */
void
js_date_button_set_label (JsDateButton *self,
                          const char   *label)
{
  g_return_if_fail (JS_IS_DATE_BUTTON (self));

  g_free (self->label);
  self->label = g_strdup (label);
  update_display (self);
}
