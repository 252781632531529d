/* js-main-view.c: header bar, sections and their switcher
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "js-exercises-page.h"
#include "js-joblog-page.h"
#include "js-main-view.h"

struct _JsMainView {
  GtkWidget     parent_instance;

  AdwViewStack    *stack;
  JsJoblogPage    *joblog_page;
  JsExercisesPage *exercises_page;
  GtkMenuButton   *sync_button;
  GtkLabel        *sync_label;
  GtkButton       *sign_in_button;
};

G_DEFINE_FINAL_TYPE (JsMainView, js_main_view, GTK_TYPE_WIDGET)

static void
js_main_view_dispose (GObject *object)
{
  JsMainView *self = JS_MAIN_VIEW (object);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), JS_TYPE_MAIN_VIEW);
  /* GTK 4.8 leaves a template's top widget in place when it has no id. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (js_main_view_parent_class)->dispose (object);
}

static void
js_main_view_class_init (JsMainViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = js_main_view_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/js-main-view.ui");
  gtk_widget_class_bind_template_child (widget_class, JsMainView, stack);
  gtk_widget_class_bind_template_child (widget_class, JsMainView, joblog_page);
  gtk_widget_class_bind_template_child (widget_class, JsMainView, exercises_page);
  gtk_widget_class_bind_template_child (widget_class, JsMainView, sync_button);
  gtk_widget_class_bind_template_child (widget_class, JsMainView, sync_label);
  gtk_widget_class_bind_template_child (widget_class, JsMainView, sign_in_button);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
js_main_view_init (JsMainView *self)
{
  g_type_ensure (JS_TYPE_JOBLOG_PAGE);
  g_type_ensure (JS_TYPE_EXERCISES_PAGE);
  gtk_widget_init_template (GTK_WIDGET (self));

  /* "Sign in" stands in the header only while it can be done. */
  g_object_bind_property (self->sign_in_button, "sensitive", self->sign_in_button, "visible",
                          G_BINDING_SYNC_CREATE);
}

JsMainView *
js_main_view_new (void)
{
  return g_object_new (JS_TYPE_MAIN_VIEW, NULL);
}

/**
 * js_main_view_get_section:
 *
 * Returns: the name of the visible section: "joblog", "plan", "meetings"
 *   or "exercises"
 */
const char *
js_main_view_get_section (JsMainView *self)
{
  g_return_val_if_fail (JS_IS_MAIN_VIEW (self), NULL);

  return adw_view_stack_get_visible_child_name (self->stack);
}

void
js_main_view_set_section (JsMainView *self,
                          const char *section)
{
  g_return_if_fail (JS_IS_MAIN_VIEW (self));
  g_return_if_fail (section != NULL);

  if (adw_view_stack_get_child_by_name (self->stack, section) != NULL)
    adw_view_stack_set_visible_child_name (self->stack, section);
}

/**
 * js_main_view_set_store:
 * @self: the main view
 * @store: (nullable): the open profile's store
 */
void
js_main_view_set_store (JsMainView *self,
                        JsStore    *store)
{
  g_return_if_fail (JS_IS_MAIN_VIEW (self));

  js_joblog_page_set_store (self->joblog_page, store);
  js_exercises_page_set_store (self->exercises_page, store);
}

/**
 * js_main_view_set_sync_status:
 * @self: the main view
 * @text: the sync state in words
 */
void
js_main_view_set_sync_status (JsMainView *self,
                              const char *text)
{
  g_autofree char *name = NULL;

  g_return_if_fail (JS_IS_MAIN_VIEW (self));

  gtk_label_set_label (self->sync_label, text);
  /* Translators: read out by screen readers, e.g. "Sync: Synced just now" */
  name = g_strdup_printf (_("Sync: %s"), text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->sync_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
}

/* After the jobcenter's changes arrived. */
void
js_main_view_reload (JsMainView *self)
{
  g_return_if_fail (JS_IS_MAIN_VIEW (self));

  js_joblog_page_reload (self->joblog_page);
  js_exercises_page_reload (self->exercises_page);
}
