/* js-start-page.c: a shared PC's start: language first, then sign-in
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What a stranger at a library PC sees first: the languages, each named in
 * its own script and as large buttons, the PC's own language first; then
 * signing in; then, in plain words, that nothing stays on the PC. Where
 * municipal IT allows it, the exercises can be used without signing in.
 * The page is built anew in each language (JsWindow).
 */

#include "config.h"

#include "js-start-page.h"

struct _JsStartPage {
  AdwBin      parent_instance;

  GtkBox     *languages_box;
  GtkButton  *sign_in_button;
  GtkButton  *guest_button;
};

G_DEFINE_FINAL_TYPE (JsStartPage, js_start_page, ADW_TYPE_BIN)

static void
js_start_page_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), JS_TYPE_START_PAGE);

  G_OBJECT_CLASS (js_start_page_parent_class)->dispose (object);
}

static void
js_start_page_class_init (JsStartPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = js_start_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/js-start-page.ui");
  gtk_widget_class_bind_template_child (widget_class, JsStartPage, languages_box);
  gtk_widget_class_bind_template_child (widget_class, JsStartPage, sign_in_button);
  gtk_widget_class_bind_template_child (widget_class, JsStartPage, guest_button);
}

static void
js_start_page_init (JsStartPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

static GtkWidget *
language_button (const char *code,
                 const char *name,
                 gboolean    current)
{
  GtkWidget *button = gtk_button_new_with_label (name);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "app.set-language");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", code);
  gtk_widget_add_css_class (button, "pill");
  gtk_widget_add_css_class (button, "js-start-language");
  if (current)
    gtk_widget_add_css_class (button, "suggested-action");
  /* Not colour alone: the language in use is "pressed". */
  gtk_accessible_update_state (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_STATE_PRESSED,
                               current ? GTK_ACCESSIBLE_TRISTATE_TRUE
                                       : GTK_ACCESSIBLE_TRISTATE_FALSE, -1);
  return button;
}

/**
 * js_start_page_new:
 * @codes: the language codes, in the order to show them
 * @names: the name of each language, in that language
 * @current: the code of the language the page is in
 * @guest_allowed: whether the exercises may be used without signing in
 *
 * Returns: (transfer floating): the start page
 */
GtkWidget *
js_start_page_new (const char * const *codes,
                   const char * const *names,
                   const char         *current,
                   gboolean            guest_allowed)
{
  JsStartPage *self = g_object_new (JS_TYPE_START_PAGE, NULL);

  for (guint i = 0; codes[i] != NULL && names[i] != NULL; i++)
    gtk_box_append (self->languages_box,
                    language_button (codes[i], names[i], g_strcmp0 (codes[i], current) == 0));
  gtk_widget_set_visible (GTK_WIDGET (self->guest_button), guest_allowed);
  return GTK_WIDGET (self);
}
