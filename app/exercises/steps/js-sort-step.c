/* js-sort-step.c: drag things into the right boxes
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each <item> is a chip that can be dragged (its id travels as a string)
 * and dropped on a <bin>, or back on the things not sorted yet. For the
 * keyboard, every chip has a "Move to…" menu listing the boxes. A chip sits
 * inside the box it was put in, and says so to a screen reader.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "js-sort-step.h"
#include "js-step-util.h"
#include "js-step-widget.h"

typedef struct {
  const char *id;
  const char *label;
  GtkWidget  *list;   /* GtkBox of the chips in it */
  GtkWidget  *empty;  /* GtkLabel shown while nothing is in it, or NULL */
} Bin;

typedef struct {
  const char *id;
  const char *label;
  Bin        *bin;     /* where it is, or NULL */
  GtkWidget  *holder;  /* the chip and its error label */
  GtkWidget  *chip;
  GtkWidget  *move_button;
  GtkLabel   *error;
} Item;

struct _JsSortStep {
  GtkWidget  parent_instance;

  JsExNode  *step;
  GtkWidget *keyboard;  /* how to do it with the keyboard */
  GtkWidget *pile;      /* the card of the things not sorted yet */
  GtkWidget *boxes;     /* the cards of the boxes */
  Bin        unsorted;
  GArray    *bins;      /* Bin */
  GArray    *items;     /* Item */
};

/* The things to sort stand beside the boxes when there is room, so a drag
 * is short, and above them on a narrow window or with large text. */
#define SPACING 18
#define MIN_COLUMN 300

static void js_sort_step_widget_init (JsStepWidgetInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (JsSortStep, js_sort_step, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (JS_TYPE_STEP_WIDGET,
                                                      js_sort_step_widget_init))

static Item *
find_item (JsSortStep *self,
           const char *id)
{
  for (guint i = 0; id != NULL && i < self->items->len; i++)
    {
      Item *item = &g_array_index (self->items, Item, i);

      if (g_str_equal (item->id, id))
        return item;
    }
  return NULL;
}

static Bin *
find_bin (JsSortStep *self,
          const char *id)
{
  for (guint i = 0; id != NULL && i < self->bins->len; i++)
    {
      Bin *bin = &g_array_index (self->bins, Bin, i);

      if (g_str_equal (bin->id, id))
        return bin;
    }
  return NULL;
}

static char *
place_text (Item *item)
{
  /* Translators: where a thing to sort is now, e.g. "In the box “Private”" */
  return item->bin != NULL ? g_strdup_printf (_("In the box “%s”"), item->bin->label)
                           : g_strdup (_("Not sorted yet"));
}

/* "Not sorted yet" goes once everything is in a box, and the boxes take
 * its room; an empty box says what it is for. */
static void
update_empty_labels (JsSortStep *self)
{
  gtk_widget_set_visible (self->pile, gtk_widget_get_first_child (self->unsorted.list) != NULL);
  for (guint i = 0; i < self->bins->len; i++)
    {
      Bin *bin = &g_array_index (self->bins, Bin, i);

      gtk_widget_set_visible (bin->empty, gtk_widget_get_first_child (bin->list) == NULL);
    }
}

static void
move_item (JsSortStep *self,
           Item       *item,
           Bin        *bin)
{
  g_autofree char *place = NULL;
  Bin *to = bin != NULL ? bin : &self->unsorted;

  if (item->bin == bin && gtk_widget_get_parent (item->holder) == to->list)
    return;

  item->bin = bin;
  g_object_ref (item->holder);
  gtk_box_remove (GTK_BOX (gtk_widget_get_parent (item->holder)), item->holder);
  gtk_box_append (GTK_BOX (to->list), item->holder);
  g_object_unref (item->holder);
  update_empty_labels (self);

  place = place_text (item);
  _js_step_mark_problem (item->move_button, item->error, place, NULL);
  js_step_widget_changed (JS_STEP_WIDGET (self));
}

/* Keyboard: the "Move to…" menu */

static gboolean
menu_closed_cb (gpointer user_data)
{
  GtkWidget *button = user_data;

  if (gtk_widget_get_root (button) != NULL)
    gtk_widget_grab_focus (button);
  return G_SOURCE_REMOVE;
}

static void
move_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  JsSortStep *self = JS_SORT_STEP (widget);
  const char *item_id;
  const char *bin_id;
  Item *item;

  g_variant_get (parameter, "(&s&s)", &item_id, &bin_id);
  if ((item = find_item (self, item_id)) == NULL)
    return;

  move_item (self, item, find_bin (self, bin_id));
  /* The chip moved to another box: keep the focus on it, after the menu
   * has closed. */
  g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, menu_closed_cb, g_object_ref (item->move_button),
                   g_object_unref);
}

static GMenuModel *
move_menu (JsSortStep *self,
           Item       *item)
{
  GMenu *menu = g_menu_new ();

  for (guint i = 0; i < self->bins->len; i++)
    {
      Bin *bin = &g_array_index (self->bins, Bin, i);
      g_autoptr(GString) label = g_string_new (bin->label);
      g_autoptr(GMenuItem) entry = NULL;

      g_string_replace (label, "_", "__", 0);
      entry = g_menu_item_new (label->str, NULL);
      g_menu_item_set_action_and_target_value (entry, "sort.move",
                                               g_variant_new ("(ss)", item->id, bin->id));
      g_menu_append_item (menu, entry);
    }
  return G_MENU_MODEL (menu);
}

/* Mouse: drag and drop */

static GdkContentProvider *
drag_prepare_cb (GtkDragSource *source,
                 double         x,
                 double         y,
                 Item          *item)
{
  return gdk_content_provider_new_typed (G_TYPE_STRING, item->id);
}

static void
drag_began_cb (GtkDragSource *source,
               GdkDrag       *drag,
               Item          *item)
{
  g_autoptr(GdkPaintable) icon = gtk_widget_paintable_new (item->chip);

  gtk_drag_source_set_icon (source, icon, 0, 0);
}

static gboolean
dropped_cb (GtkDropTarget *target,
            const GValue  *value,
            double         x,
            double         y,
            JsSortStep    *self)
{
  Bin *bin = g_object_get_data (G_OBJECT (target), "bin");
  Item *item = find_item (self, g_value_get_string (value));

  if (item == NULL)
    return FALSE;

  move_item (self, item, bin == &self->unsorted ? NULL : bin);
  return TRUE;
}

static GtkWidget *
bin_card (JsSortStep *self,
          Bin        *bin,
          const char *empty_text)
{
  GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *title = gtk_label_new (bin->label);
  GtkDropTarget *target = gtk_drop_target_new (G_TYPE_STRING, GDK_ACTION_MOVE);

  gtk_widget_add_css_class (card, "card");
  gtk_widget_add_css_class (card, "exercise-bin");
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_widget_add_css_class (title, "heading");

  bin->list = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_set_vexpand (bin->list, TRUE);
  gtk_box_append (GTK_BOX (card), title);
  if (empty_text != NULL)
    {
      bin->empty = gtk_label_new (empty_text);
      gtk_label_set_wrap (GTK_LABEL (bin->empty), TRUE);
      gtk_label_set_xalign (GTK_LABEL (bin->empty), 0);
      gtk_widget_add_css_class (bin->empty, "dim-label");
      gtk_box_append (GTK_BOX (card), bin->empty);
    }
  gtk_box_append (GTK_BOX (card), bin->list);

  g_object_set_data (G_OBJECT (target), "bin", bin);
  g_signal_connect_object (target, "drop", G_CALLBACK (dropped_cb), self, 0);
  gtk_widget_add_controller (card, GTK_EVENT_CONTROLLER (target));
  return card;
}

static void
build_item (JsSortStep *self,
            Item       *item)
{
  g_autoptr(GMenuModel) menu = move_menu (self, item);
  g_autofree char *name = NULL;
  g_autofree char *place = place_text (item);
  GtkWidget *label = gtk_label_new (item->label);
  GtkDragSource *source = gtk_drag_source_new ();

  item->holder = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  item->chip = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_widget_add_css_class (item->chip, "exercise-chip");
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_hexpand (label, TRUE);

  item->move_button = gtk_menu_button_new ();
  gtk_menu_button_set_label (GTK_MENU_BUTTON (item->move_button), _("Move to…"));
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (item->move_button), menu);
  gtk_widget_set_valign (item->move_button, GTK_ALIGN_CENTER);
  /* Translators: a button on a thing to sort, e.g. "Move “My CV” to a box" */
  name = g_strdup_printf (_("Move “%s” to a box"), item->label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (item->move_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, place, -1);

  gtk_box_append (GTK_BOX (item->chip), label);
  gtk_box_append (GTK_BOX (item->chip), item->move_button);
  item->error = _js_step_error_label_new ();
  gtk_box_append (GTK_BOX (item->holder), item->chip);
  gtk_box_append (GTK_BOX (item->holder), GTK_WIDGET (item->error));

  gtk_drag_source_set_actions (source, GDK_ACTION_MOVE);
  g_signal_connect (source, "prepare", G_CALLBACK (drag_prepare_cb), item);
  g_signal_connect (source, "drag-begin", G_CALLBACK (drag_began_cb), item);
  gtk_widget_add_controller (item->chip, GTK_EVENT_CONTROLLER (source));

  gtk_box_append (GTK_BOX (self->unsorted.list), item->holder);
}

static void
build (JsSortStep *self)
{
  g_autoptr(GPtrArray) bins = js_ex_node_get_children (self->step, "bin");
  g_autoptr(GPtrArray) items = js_ex_node_get_children (self->step, "item");
  GtkWidget *keyboard = gtk_label_new (_("With the keyboard: press Tab to reach a “Move to…” "
                                         "button, press Space, and choose a box with the arrow "
                                         "keys and Enter."));

  gtk_label_set_wrap (GTK_LABEL (keyboard), TRUE);
  gtk_label_set_xalign (GTK_LABEL (keyboard), 0);
  gtk_widget_add_css_class (keyboard, "dim-label");
  self->keyboard = keyboard;
  gtk_widget_set_parent (keyboard, GTK_WIDGET (self));

  /* Sized first: the items and the cards keep pointers into them. */
  g_array_set_size (self->bins, bins->len);
  g_array_set_size (self->items, items->len);

  self->unsorted.id = "";
  self->unsorted.label = _("Not sorted yet");
  self->pile = bin_card (self, &self->unsorted, NULL);
  gtk_widget_set_parent (self->pile, GTK_WIDGET (self));

  self->boxes = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  for (guint i = 0; i < bins->len; i++)
    {
      Bin *bin = &g_array_index (self->bins, Bin, i);

      bin->id = js_ex_node_get_attr (bins->pdata[i], "id");
      bin->label = js_ex_node_get_text (bins->pdata[i]);
      gtk_box_append (GTK_BOX (self->boxes), bin_card (self, bin, _("Drop things here.")));
    }
  gtk_widget_set_parent (self->boxes, GTK_WIDGET (self));

  for (guint i = 0; i < items->len; i++)
    {
      Item *item = &g_array_index (self->items, Item, i);

      item->id = js_ex_node_get_attr (items->pdata[i], "id");
      item->label = js_ex_node_get_text (items->pdata[i]);
      build_item (self, item);
    }
  update_empty_labels (self);
}

static JsAnswer *
js_sort_step_get_answer (JsStepWidget *widget)
{
  JsSortStep *self = JS_SORT_STEP (widget);
  JsAnswer *answer = js_answer_new ();

  for (guint i = 0; i < self->items->len; i++)
    {
      Item *item = &g_array_index (self->items, Item, i);

      if (item->bin != NULL)
        js_answer_set (answer, item->id, item->bin->id);
    }
  return answer;
}

static void
js_sort_step_show_check (JsStepWidget *widget,
                         JsCheck      *check)
{
  JsSortStep *self = JS_SORT_STEP (widget);

  for (guint i = 0; i < self->items->len; i++)
    {
      Item *item = &g_array_index (self->items, Item, i);
      g_autofree char *place = place_text (item);

      _js_step_mark_problem (item->move_button, item->error, place,
                             _js_check_problem_for (check, item->id));
    }
}

static void
js_sort_step_widget_init (JsStepWidgetInterface *iface)
{
  iface->get_answer = js_sort_step_get_answer;
  iface->show_check = js_sort_step_show_check;
}

/* Layout */

static gboolean
side_by_side (JsSortStep *self,
              int         width)
{
  int pile = 0;
  int boxes = 0;

  if (!gtk_widget_should_layout (self->pile))
    return FALSE;

  gtk_widget_measure (self->pile, GTK_ORIENTATION_HORIZONTAL, -1, &pile, NULL, NULL, NULL);
  gtk_widget_measure (self->boxes, GTK_ORIENTATION_HORIZONTAL, -1, &boxes, NULL, NULL, NULL);
  return (width - SPACING) / 2 >= MAX (MIN_COLUMN, MAX (pile, boxes));
}

static int
height_for (GtkWidget *widget,
            int        width)
{
  int height = 0;

  if (gtk_widget_should_layout (widget))
    gtk_widget_measure (widget, GTK_ORIENTATION_VERTICAL, width, &height, NULL, NULL, NULL);
  return height;
}

static GtkSizeRequestMode
js_sort_step_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
js_sort_step_measure (GtkWidget      *widget,
                      GtkOrientation  orientation,
                      int             for_size,
                      int            *minimum,
                      int            *natural,
                      int            *minimum_baseline,
                      int            *natural_baseline)
{
  JsSortStep *self = JS_SORT_STEP (widget);
  GtkWidget *parts[] = { self->keyboard, self->pile, self->boxes };
  int column;

  *minimum = *natural = 0;
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      int pile = 0;

      for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
        {
          int part_min = 0;
          int part_nat = 0;

          if (!gtk_widget_should_layout (parts[i]))
            continue;
          gtk_widget_measure (parts[i], orientation, -1, &part_min, &part_nat, NULL, NULL);
          *minimum = MAX (*minimum, part_min);
          if (parts[i] == self->pile)
            pile = part_nat + SPACING;
          else
            *natural = MAX (*natural, part_nat + (parts[i] == self->boxes ? pile : 0));
        }
      *natural = MAX (*natural, *minimum);
      return;
    }

  if (for_size < 0)
    gtk_widget_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &for_size, NULL, NULL);

  *minimum = height_for (self->keyboard, for_size) + SPACING;
  if (side_by_side (self, for_size))
    {
      column = (for_size - SPACING) / 2;
      *minimum += MAX (height_for (self->pile, column), height_for (self->boxes, column));
    }
  else
    {
      *minimum += height_for (self->boxes, for_size);
      if (gtk_widget_should_layout (self->pile))
        *minimum += height_for (self->pile, for_size) + SPACING;
    }
  *natural = *minimum;
}

static void
place (GtkWidget *child,
       int        x,
       int        y,
       int        width,
       int        height)
{
  gtk_widget_size_allocate (child, &(GtkAllocation) { x, y, width, height }, -1);
}

static void
js_sort_step_size_allocate (GtkWidget *widget,
                            int        width,
                            int        height,
                            int        baseline)
{
  JsSortStep *self = JS_SORT_STEP (widget);
  gboolean rtl = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL;
  int y = height_for (self->keyboard, width);
  int column;

  place (self->keyboard, 0, 0, width, y);
  y += SPACING;

  if (side_by_side (self, width))
    {
      column = (width - SPACING) / 2;
      place (self->pile, rtl ? width - column : 0, y, column, height_for (self->pile, column));
      place (self->boxes, rtl ? 0 : width - column, y, column, height_for (self->boxes, column));
      return;
    }

  if (gtk_widget_should_layout (self->pile))
    {
      place (self->pile, 0, y, width, height_for (self->pile, width));
      y += height_for (self->pile, width) + SPACING;
    }
  place (self->boxes, 0, y, width, height_for (self->boxes, width));
}

static void
js_sort_step_dispose (GObject *object)
{
  JsSortStep *self = JS_SORT_STEP (object);

  g_clear_pointer (&self->keyboard, gtk_widget_unparent);
  g_clear_pointer (&self->pile, gtk_widget_unparent);
  g_clear_pointer (&self->boxes, gtk_widget_unparent);

  G_OBJECT_CLASS (js_sort_step_parent_class)->dispose (object);
}

static void
js_sort_step_finalize (GObject *object)
{
  JsSortStep *self = JS_SORT_STEP (object);

  /* After the chips' drag sources, which point into the items, are gone. */
  g_clear_pointer (&self->items, g_array_unref);
  g_clear_pointer (&self->bins, g_array_unref);

  G_OBJECT_CLASS (js_sort_step_parent_class)->finalize (object);
}

static void
js_sort_step_class_init (JsSortStepClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = js_sort_step_dispose;
  object_class->finalize = js_sort_step_finalize;

  gtk_widget_class_install_action (widget_class, "sort.move", "(ss)", move_action);
  widget_class->get_request_mode = js_sort_step_get_request_mode;
  widget_class->measure = js_sort_step_measure;
  widget_class->size_allocate = js_sort_step_size_allocate;
}

static void
js_sort_step_init (JsSortStep *self)
{
  self->bins = g_array_new (FALSE, TRUE, sizeof (Bin));
  self->items = g_array_new (FALSE, TRUE, sizeof (Item));
}

/**
 * js_sort_step_new:
 * @step: a <step kind="sort">; it must outlive the widget
 *
 * Returns: (transfer floating): the step's widget
 */
GtkWidget *
js_sort_step_new (JsExNode *step)
{
  JsSortStep *self;

  g_return_val_if_fail (step != NULL, NULL);

  self = g_object_new (JS_TYPE_SORT_STEP, NULL);
  self->step = step;
  build (self);
  return GTK_WIDGET (self);
}
