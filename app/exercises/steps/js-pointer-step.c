/* js-pointer-step.c: mouse practice, each task with a keyboard way too
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * click: big buttons that turn green with a tick once clicked (Tab,
 * Space). double-click: file and folder tiles where a click selects and a
 * double click opens (arrow keys, Enter). right-click: tiles whose menu
 * opens with the right mouse button (Shift+F10 or the Menu key). Opening a
 * tile or choosing from its menu is the answer, so it is checked at once.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "js-pointer-step.h"
#include "js-step-util.h"
#include "js-step-widget.h"

typedef enum {
  ACTION_CLICK,
  ACTION_DOUBLE_CLICK,
  ACTION_RIGHT_CLICK,
} Action;

struct _JsPointerStep {
  GtkWidget  parent_instance;

  JsExNode  *step;
  Action     action;
  GtkWidget *box;
  GtkWidget *flow;
  GPtrArray *targets;      /* GtkWidget: the button or tile of each <target> */
  GPtrArray *clicked;      /* target ids, click */
  char      *opened;       /* target id, double-click */
  char      *menu_target;  /* target id whose menu was opened, right-click */
  char      *menu_item;    /* menu-item id chosen, right-click */
  GtkWidget *menu;         /* GtkPopoverMenu, right-click */
};

static void js_pointer_step_widget_init (JsStepWidgetInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (JsPointerStep, js_pointer_step, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (JS_TYPE_STEP_WIDGET,
                                                      js_pointer_step_widget_init))

static const char *
target_id (GtkWidget *target)
{
  return g_object_get_data (G_OBJECT (target), "target-id");
}

static void
answered (JsPointerStep *self,
          gboolean       check_now)
{
  js_step_widget_changed (JS_STEP_WIDGET (self));
  if (check_now)
    gtk_widget_activate_action (GTK_WIDGET (self), "exercise.check", NULL);
}

/* click */

static void
target_clicked_cb (GtkButton     *button,
                   JsPointerStep *self)
{
  GtkWidget *tick = g_object_get_data (G_OBJECT (button), "tick");

  if (!_js_step_ids_add (self->clicked, target_id (GTK_WIDGET (button))))
    return;

  gtk_widget_add_css_class (GTK_WIDGET (button), "exercise-clicked");
  gtk_widget_set_visible (tick, TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  _("Clicked"), -1);
  /* Every button clicked: that is the answer. */
  answered (self, self->clicked->len == self->targets->len);
}

static GtkWidget *
click_target (JsPointerStep *self,
              const char    *label)
{
  GtkWidget *button = gtk_button_new ();
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *tick = gtk_image_new_from_icon_name ("object-select-symbolic");
  GtkWidget *text = gtk_label_new (label);

  gtk_widget_set_halign (content, GTK_ALIGN_CENTER);
  gtk_widget_set_visible (tick, FALSE);
  gtk_label_set_wrap (GTK_LABEL (text), TRUE);
  gtk_label_set_justify (GTK_LABEL (text), GTK_JUSTIFY_CENTER);
  gtk_box_append (GTK_BOX (content), tick);
  gtk_box_append (GTK_BOX (content), text);
  gtk_button_set_child (GTK_BUTTON (button), content);
  gtk_widget_add_css_class (button, "exercise-target");
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
  g_object_set_data (G_OBJECT (button), "tick", tick);
  g_signal_connect_object (button, "clicked", G_CALLBACK (target_clicked_cb), self, 0);
  return button;
}

/* double-click */

static void
open_target (JsPointerStep *self,
             GtkWidget     *tile)
{
  for (guint i = 0; i < self->targets->len; i++)
    gtk_widget_remove_css_class (self->targets->pdata[i], "exercise-opened");
  gtk_widget_add_css_class (tile, "exercise-opened");
  gtk_flow_box_select_child (GTK_FLOW_BOX (self->flow), GTK_FLOW_BOX_CHILD (tile));

  g_free (self->opened);
  self->opened = g_strdup (target_id (tile));
  answered (self, TRUE);
}

static gboolean
open_key_pressed_cb (GtkWidget *tile,
                     GVariant  *arguments,
                     gpointer   user_data)
{
  open_target (JS_POINTER_STEP (user_data), tile);
  return TRUE;
}

static void
tile_pressed_cb (GtkGestureClick *gesture,
                 int              n_press,
                 double           x,
                 double           y,
                 JsPointerStep   *self)
{
  if (n_press != 2)
    return;

  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  open_target (self, gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (gesture)));
}

/* right-click */

static void
show_menu (JsPointerStep *self,
           GtkWidget     *tile)
{
  graphene_rect_t bounds;

  if (!gtk_widget_compute_bounds (tile, GTK_WIDGET (self), &bounds))
    return;

  gtk_flow_box_select_child (GTK_FLOW_BOX (self->flow), GTK_FLOW_BOX_CHILD (tile));
  g_free (self->menu_target);
  self->menu_target = g_strdup (target_id (tile));
  gtk_popover_set_pointing_to (GTK_POPOVER (self->menu),
                               &(GdkRectangle) { bounds.origin.x, bounds.origin.y,
                                                 bounds.size.width, bounds.size.height });
  gtk_popover_popup (GTK_POPOVER (self->menu));
}

static void
tile_secondary_pressed_cb (GtkGestureClick *gesture,
                           int              n_press,
                           double           x,
                           double           y,
                           JsPointerStep   *self)
{
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  show_menu (self, gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (gesture)));
}

static gboolean
menu_key_pressed_cb (GtkWidget *tile,
                     GVariant  *arguments,
                     gpointer   user_data)
{
  show_menu (JS_POINTER_STEP (user_data), tile);
  return TRUE;
}

static void
choose_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  JsPointerStep *self = JS_POINTER_STEP (widget);

  g_free (self->menu_item);
  self->menu_item = g_variant_dup_string (parameter, NULL);
  answered (self, TRUE);
}

static GtkWidget *
build_menu (JsPointerStep *self)
{
  g_autoptr(GPtrArray) items = js_ex_node_get_children (self->step, "menu-item");
  g_autoptr(GMenu) model = g_menu_new ();
  GtkWidget *menu;

  for (guint i = 0; i < items->len; i++)
    {
      JsExNode *item = items->pdata[i];
      g_autoptr(GString) label = g_string_new (js_ex_node_get_text (item));
      g_autoptr(GMenuItem) entry = NULL;

      /* Menu labels take mnemonics: an underscore in the text stays one. */
      g_string_replace (label, "_", "__", 0);
      entry = g_menu_item_new (label->str, NULL);
      g_menu_item_set_action_and_target_value (entry, "pointer.choose",
                                               g_variant_new_string (
                                                 js_ex_node_get_attr (item, "id")));
      g_menu_append_item (model, entry);
    }

  menu = gtk_popover_menu_new_from_model (G_MENU_MODEL (model));
  gtk_popover_set_has_arrow (GTK_POPOVER (menu), FALSE);
  gtk_widget_set_parent (menu, GTK_WIDGET (self));
  return menu;
}

/* Tiles: files and folders, as in a file manager */

static GtkWidget *
tile_new (JsPointerStep *self,
          const char    *label)
{
  GtkWidget *tile = gtk_flow_box_child_new ();
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *icon = NULL;
  GtkWidget *text = gtk_label_new (label);
  GtkGesture *gesture = gtk_gesture_click_new ();
  GtkEventController *keys = gtk_shortcut_controller_new ();
  GtkShortcut *shortcut;
  const char *dot = strrchr (label, '.');

  /* "CV.pdf" is a file, "Job search" a folder. */
  icon = gtk_image_new_from_icon_name (dot != NULL && dot[1] != '\0' && dot[1] != ' '
                                         ? "text-x-generic" : "folder");
  gtk_image_set_pixel_size (GTK_IMAGE (icon), 64);
  gtk_label_set_wrap (GTK_LABEL (text), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (text), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_justify (GTK_LABEL (text), GTK_JUSTIFY_CENTER);
  gtk_label_set_max_width_chars (GTK_LABEL (text), 16);
  gtk_box_append (GTK_BOX (content), icon);
  gtk_box_append (GTK_BOX (content), text);
  gtk_flow_box_child_set_child (GTK_FLOW_BOX_CHILD (tile), content);
  gtk_widget_add_css_class (tile, "exercise-tile");
  gtk_accessible_update_property (GTK_ACCESSIBLE (tile), GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);

  /* Enter opens the tile, Shift+F10 or the Menu key opens its menu. */
  if (self->action == ACTION_DOUBLE_CLICK)
    {
      g_signal_connect_object (gesture, "pressed", G_CALLBACK (tile_pressed_cb), self, 0);
      shortcut = gtk_shortcut_new (gtk_alternative_trigger_new (
                                     gtk_keyval_trigger_new (GDK_KEY_Return, 0),
                                     gtk_keyval_trigger_new (GDK_KEY_KP_Enter, 0)),
                                   gtk_callback_action_new (open_key_pressed_cb, self, NULL));
    }
  else
    {
      gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (gesture), GDK_BUTTON_SECONDARY);
      g_signal_connect_object (gesture, "pressed", G_CALLBACK (tile_secondary_pressed_cb), self,
                               0);
      shortcut = gtk_shortcut_new (gtk_alternative_trigger_new (
                                     gtk_keyval_trigger_new (GDK_KEY_F10, GDK_SHIFT_MASK),
                                     gtk_keyval_trigger_new (GDK_KEY_Menu, 0)),
                                   gtk_callback_action_new (menu_key_pressed_cb, self, NULL));
    }
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (keys), shortcut);
  gtk_widget_add_controller (tile, keys);
  gtk_widget_add_controller (tile, GTK_EVENT_CONTROLLER (gesture));
  return tile;
}

static void
build_targets (JsPointerStep *self)
{
  g_autoptr(GPtrArray) targets = js_ex_node_get_children (self->step, "target");

  self->flow = gtk_flow_box_new ();
  gtk_flow_box_set_homogeneous (GTK_FLOW_BOX (self->flow), TRUE);
  gtk_flow_box_set_min_children_per_line (GTK_FLOW_BOX (self->flow), 1);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (self->flow), 4);
  gtk_flow_box_set_row_spacing (GTK_FLOW_BOX (self->flow), 12);
  gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (self->flow), 12);
  gtk_flow_box_set_activate_on_single_click (GTK_FLOW_BOX (self->flow), FALSE);
  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (self->flow),
                                   self->action == ACTION_CLICK ? GTK_SELECTION_NONE
                                                                : GTK_SELECTION_SINGLE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->flow), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  self->action == ACTION_CLICK ? _("Practice buttons")
                                                               : _("Practice files and folders"),
                                  -1);

  for (guint i = 0; i < targets->len; i++)
    {
      JsExNode *target = targets->pdata[i];
      const char *label = js_ex_node_get_text (target);
      GtkWidget *widget;

      if (self->action == ACTION_CLICK)
        {
          /* The buttons take the focus, not the places that hold them. */
          widget = click_target (self, label);
          gtk_flow_box_append (GTK_FLOW_BOX (self->flow), widget);
          gtk_widget_set_focusable (gtk_widget_get_parent (widget), FALSE);
        }
      else
        {
          widget = tile_new (self, label);
          gtk_flow_box_append (GTK_FLOW_BOX (self->flow), widget);
        }
      g_object_set_data_full (G_OBJECT (widget), "target-id",
                              g_strdup (js_ex_node_get_attr (target, "id")), g_free);
      g_ptr_array_add (self->targets, widget);
    }

  gtk_box_append (GTK_BOX (self->box), self->flow);
}

static const char *
keyboard_way (Action action)
{
  switch (action)
    {
    case ACTION_CLICK:
      return _("With the keyboard: press Tab until a button has a frame, then press Space.");
    case ACTION_DOUBLE_CLICK:
      return _("With the keyboard: press Tab to reach the files, choose one with the arrow "
               "keys, then press Enter to open it.");
    case ACTION_RIGHT_CLICK:
      return _("With the keyboard: choose a file with Tab or the arrow keys, then press Shift "
               "and F10 together, or the Menu key, to open its menu.");
    default:
      g_return_val_if_reached (NULL);
    }
}

static JsAnswer *
js_pointer_step_get_answer (JsStepWidget *widget)
{
  JsPointerStep *self = JS_POINTER_STEP (widget);
  JsAnswer *answer = js_answer_new ();
  g_autofree char *clicked = NULL;

  switch (self->action)
    {
    case ACTION_CLICK:
      clicked = _js_step_join_ids (self->clicked);
      js_answer_set (answer, "clicked", clicked);
      break;
    case ACTION_DOUBLE_CLICK:
      js_answer_set (answer, "opened", self->opened);
      break;
    case ACTION_RIGHT_CLICK:
      js_answer_set (answer, "target", self->menu_target);
      js_answer_set (answer, "menu-item", self->menu_item);
      break;
    default:
      g_return_val_if_reached (answer);
    }
  return answer;
}

static void
js_pointer_step_show_check (JsStepWidget *widget,
                            JsCheck      *check)
{
  JsPointerStep *self = JS_POINTER_STEP (widget);

  /* What to say about a button or tile: a screen reader hears it there. */
  for (guint i = 0; i < self->targets->len; i++)
    {
      GtkWidget *target = self->targets->pdata[i];
      const char *message = _js_check_problem_for (check, target_id (target));

      if (message != NULL)
        gtk_accessible_update_property (GTK_ACCESSIBLE (target),
                                        GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, message, -1);
    }
}

static void
js_pointer_step_widget_init (JsStepWidgetInterface *iface)
{
  iface->get_answer = js_pointer_step_get_answer;
  iface->show_check = js_pointer_step_show_check;
}

/* The widget lays out its one child itself, so that it can place the menu. */

static GtkSizeRequestMode
js_pointer_step_get_request_mode (GtkWidget *widget)
{
  return gtk_widget_get_request_mode (JS_POINTER_STEP (widget)->box);
}

static void
js_pointer_step_measure (GtkWidget      *widget,
                         GtkOrientation  orientation,
                         int             for_size,
                         int            *minimum,
                         int            *natural,
                         int            *minimum_baseline,
                         int            *natural_baseline)
{
  gtk_widget_measure (JS_POINTER_STEP (widget)->box, orientation, for_size, minimum, natural,
                      minimum_baseline, natural_baseline);
}

static void
js_pointer_step_size_allocate (GtkWidget *widget,
                               int        width,
                               int        height,
                               int        baseline)
{
  JsPointerStep *self = JS_POINTER_STEP (widget);

  gtk_widget_allocate (self->box, width, height, baseline, NULL);
  if (self->menu != NULL)
    gtk_popover_present (GTK_POPOVER (self->menu));
}

static void
js_pointer_step_dispose (GObject *object)
{
  JsPointerStep *self = JS_POINTER_STEP (object);

  g_clear_pointer (&self->menu, gtk_widget_unparent);
  g_clear_pointer (&self->box, gtk_widget_unparent);
  g_clear_pointer (&self->targets, g_ptr_array_unref);
  g_clear_pointer (&self->clicked, g_ptr_array_unref);
  g_clear_pointer (&self->opened, g_free);
  g_clear_pointer (&self->menu_target, g_free);
  g_clear_pointer (&self->menu_item, g_free);

  G_OBJECT_CLASS (js_pointer_step_parent_class)->dispose (object);
}

static void
js_pointer_step_class_init (JsPointerStepClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = js_pointer_step_dispose;
  widget_class->get_request_mode = js_pointer_step_get_request_mode;
  widget_class->measure = js_pointer_step_measure;
  widget_class->size_allocate = js_pointer_step_size_allocate;

  gtk_widget_class_install_action (widget_class, "pointer.choose", "s", choose_action);
}

static void
js_pointer_step_init (JsPointerStep *self)
{
  self->targets = g_ptr_array_new ();
  self->clicked = g_ptr_array_new_with_free_func (g_free);
  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));
}

/**
 * js_pointer_step_new:
 * @step: a <step kind="pointer">; it must outlive the widget
 *
 * Returns: (transfer floating): the step's widget
 */
GtkWidget *
js_pointer_step_new (JsExNode *step)
{
  JsPointerStep *self;
  const char *action;
  GtkWidget *keyboard;

  g_return_val_if_fail (step != NULL, NULL);

  self = g_object_new (JS_TYPE_POINTER_STEP, NULL);
  self->step = step;
  action = js_ex_node_get_attr (step, "action");
  if (g_strcmp0 (action, "double-click") == 0)
    self->action = ACTION_DOUBLE_CLICK;
  else if (g_strcmp0 (action, "right-click") == 0)
    self->action = ACTION_RIGHT_CLICK;
  else
    self->action = ACTION_CLICK;

  keyboard = gtk_label_new (keyboard_way (self->action));
  gtk_label_set_wrap (GTK_LABEL (keyboard), TRUE);
  gtk_label_set_xalign (GTK_LABEL (keyboard), 0);
  gtk_widget_add_css_class (keyboard, "dim-label");
  gtk_box_append (GTK_BOX (self->box), keyboard);

  build_targets (self);
  if (self->action == ACTION_RIGHT_CLICK)
    self->menu = build_menu (self);

  return GTK_WIDGET (self);
}
