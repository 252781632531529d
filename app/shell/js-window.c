/* js-window.c: the main window
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window itself holds no text: its content is a JsMainView, which is
 * built anew when the citizen switches language, so that every label comes
 * from the newly chosen catalogue while the window keeps its place. On a
 * shared PC with no one signed in, the content is the start page instead
 * (JsApplication:at-start).
 */

#include "config.h"

#include <glib/gi18n.h>

#include "js-a11y.h"
#include "js-i18n.h"
#include "js-main-view.h"
#include "js-start-page.h"
#include "js-toaster.h"
#include "js-window.h"

struct _JsWindow {
  AdwApplicationWindow  parent_instance;

  AdwToastOverlay      *toast_overlay;
  JsMainView           *main_view;
  GPtrArray            *toasts;
  gconstpointer         shown_store;   /* compared, never used */
  GBinding             *store_binding;
  GBinding             *status_binding;
  GBinding             *details_binding;
  GBinding             *clock_binding;
};

static void js_window_toaster_init (JsToasterInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (JsWindow, js_window, ADW_TYPE_APPLICATION_WINDOW,
                               G_IMPLEMENT_INTERFACE (JS_TYPE_TOASTER, js_window_toaster_init))

static void
drop_binding (GBinding **binding)
{
  if (*binding == NULL)
    return;

  g_binding_unbind (*binding);
  g_clear_object (binding);
}

/* A shared PC's start page, its languages in the PC's order: the PC's own
 * language first. */
static void
build_start_page (JsWindow      *self,
                  JsApplication *application)
{
  const char *first = js_application_get_pc_language (application);
  g_autoptr(GPtrArray) codes = g_ptr_array_new ();
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  const JsLanguage *languages;
  guint n_languages = 0;
  GtkWidget *page;

  languages = js_i18n_get_languages (&n_languages);
  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; i < n_languages; i++)
      if ((pass == 0) == g_str_equal (languages[i].code, first))
        {
          g_ptr_array_add (codes, (char *) languages[i].code);
          g_ptr_array_add (names, (char *) languages[i].native_name);
        }
  g_ptr_array_add (codes, NULL);
  g_ptr_array_add (names, NULL);

  page = js_start_page_new ((const char * const *) codes->pdata,
                            (const char * const *) names->pdata,
                            js_application_get_language (application),
                            js_application_get_guest_allowed (application));
  adw_toast_overlay_set_child (self->toast_overlay, page);
  gtk_window_set_title (GTK_WINDOW (self), _("Jobspor"));
  gtk_widget_child_focus (page, GTK_DIR_TAB_FORWARD);
}

static void
build_main_view (JsWindow *self,
                 gboolean  keep_section)
{
  GtkApplication *application = gtk_window_get_application (GTK_WINDOW (self));
  g_autofree char *section = NULL;
  gboolean had_focus = FALSE;

  if (js_application_get_at_start (JS_APPLICATION (application)))
    {
      drop_binding (&self->store_binding);
      drop_binding (&self->status_binding);
      drop_binding (&self->details_binding);
      drop_binding (&self->clock_binding);
      self->main_view = NULL;
      build_start_page (self, JS_APPLICATION (application));
      return;
    }

  if (self->main_view != NULL)
    {
      GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));

      if (keep_section)
        section = g_strdup (js_main_view_get_section (self->main_view));
      had_focus = focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self->main_view));
    }

  /* The old view, on its way out, follows the application no more. */
  drop_binding (&self->store_binding);
  drop_binding (&self->status_binding);
  drop_binding (&self->details_binding);
  drop_binding (&self->clock_binding);

  self->main_view = js_main_view_new ();
  js_main_view_set_shared_pc (self->main_view,
                              js_application_get_shared_pc (JS_APPLICATION (application)));
  self->store_binding = g_object_ref (g_object_bind_property (application, "store",
                                                              self->main_view, "store",
                                                              G_BINDING_SYNC_CREATE));
  self->status_binding = g_object_ref (g_object_bind_property (application, "sync-status",
                                                               self->main_view, "sync-status",
                                                               G_BINDING_SYNC_CREATE));
  self->details_binding = g_object_ref (g_object_bind_property (application, "sync-details",
                                                                self->main_view, "sync-details",
                                                                G_BINDING_SYNC_CREATE));
  self->clock_binding = g_object_ref (g_object_bind_property (application, "clock-off",
                                                              self->main_view, "clock-off",
                                                              G_BINDING_SYNC_CREATE));
  self->shown_store = js_application_get_store (JS_APPLICATION (application));
  if (section != NULL)
    js_main_view_set_section (self->main_view, section);
  adw_toast_overlay_set_child (self->toast_overlay, GTK_WIDGET (self->main_view));

  gtk_window_set_title (GTK_WINDOW (self), _("Jobspor"));

  if (had_focus)
    gtk_widget_child_focus (GTK_WIDGET (self->main_view), GTK_DIR_TAB_FORWARD);
}

static void
language_changed_cb (JsWindow      *self,
                     GParamSpec    *pspec,
                     JsApplication *application)
{
  build_main_view (self, TRUE);
}

/* For the start-up benchmark (tests/bench): say when the first frame with
 * content has been drawn. */
static void
first_frame_cb (GdkFrameClock *clock,
                JsWindow      *self)
{
  g_signal_handlers_disconnect_by_func (clock, first_frame_cb, self);
  g_print ("first-frame\n");
}

static void
window_mapped_cb (JsWindow *self)
{
  if (g_getenv ("JOBSPOR_REPORT_FIRST_FRAME") != NULL)
    g_signal_connect_object (gtk_widget_get_frame_clock (GTK_WIDGET (self)), "after-paint",
                             G_CALLBACK (first_frame_cb), self, 0);
}

static void
toast_dismissed_cb (AdwToast *toast,
                    JsWindow *self)
{
  /* The window going away dismisses its toasts after dispose let go of them. */
  if (self->toasts != NULL)
    g_ptr_array_remove (self->toasts, toast);
}

/* Another profile: nothing of the last one stays on screen, not a search
 * typed, a filter chosen or an "Undo" offered. */
static void
store_changed_cb (JsWindow      *self,
                  GParamSpec    *pspec,
                  JsApplication *application)
{
  g_autoptr(GPtrArray) toasts = g_steal_pointer (&self->toasts);
  JsStore *store = js_application_get_store (application);

  self->toasts = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < toasts->len; i++)
    adw_toast_dismiss (g_ptr_array_index (toasts, i));

  /* The first profile of the run goes into the view built for it; only
   * another one needs a view of its own. A citizen who signs in sees This
   * week first; signing out leaves the section as it was. */
  if (self->shown_store == NULL)
    self->shown_store = store;
  else
    build_main_view (self, store == NULL || *js_store_get_owner (store) == '\0');
}

static void
show_section_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  JsWindow *self = JS_WINDOW (widget);

  if (self->main_view != NULL)
    js_main_view_set_section (self->main_view, g_variant_get_string (parameter, NULL));
}

/* A reminder's meeting or call, on Meetings. */
static void
show_meeting_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  JsWindow *self = JS_WINDOW (widget);

  if (self->main_view != NULL)
    js_main_view_show_meeting (self->main_view, g_variant_get_string (parameter, NULL));
}

/* This week's "Add to job log": the job log, with a new entry open. */
static void
new_entry_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  JsWindow *self = JS_WINDOW (widget);

  if (self->main_view != NULL)
    js_main_view_new_entry (self->main_view);
}

/* The plan's "Log application": the job log, with the entry filled in. */
static void
log_suggestion_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  JsWindow *self = JS_WINDOW (widget);
  const char *suggestion;
  const char *title;
  const char *employer;
  const char *link;

  if (self->main_view == NULL)
    return;

  g_variant_get (parameter, "(&s&s&s&s)", &suggestion, &title, &employer, &link);
  js_main_view_apply_for (self->main_view, suggestion, title, employer, link);
}

/* The size and state the citizen left the window in, kept as it changes. */
static void
follow_application (JsWindow      *self,
                    JsApplication *application)
{
  GSettings *settings = js_application_get_settings (application);

  g_settings_bind (settings, "window-width", self, "default-width", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "window-height", self, "default-height", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "window-maximized", self, "maximized", G_SETTINGS_BIND_DEFAULT);

  g_signal_connect_object (application, "notify::language",
                           G_CALLBACK (language_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (application, "notify::store",
                           G_CALLBACK (store_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (application, "notify::at-start",
                           G_CALLBACK (language_changed_cb), self, G_CONNECT_SWAPPED);
  build_main_view (self, TRUE);
}

static void
js_window_add_toast (JsToaster *toaster,
                     AdwToast  *toast)
{
  JsWindow *self = JS_WINDOW (toaster);

  g_ptr_array_add (self->toasts, g_object_ref (toast));
  g_signal_connect_object (toast, "dismissed", G_CALLBACK (toast_dismissed_cb), self, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);

  /* Only the toasts, not the whole window under them. */
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->toast_overlay));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (child != adw_toast_overlay_get_child (self->toast_overlay))
        js_a11y_fix (child);
    }
}

static void
js_window_toaster_init (JsToasterInterface *iface)
{
  iface->add_toast = js_window_add_toast;
}

static void
js_window_dispose (GObject *object)
{
  JsWindow *self = JS_WINDOW (object);

  g_clear_pointer (&self->toasts, g_ptr_array_unref);
  drop_binding (&self->store_binding);
  drop_binding (&self->status_binding);
  drop_binding (&self->details_binding);
  drop_binding (&self->clock_binding);

  G_OBJECT_CLASS (js_window_parent_class)->dispose (object);
}

static void
js_window_class_init (JsWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = js_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/js-window.ui");
  gtk_widget_class_bind_template_child (widget_class, JsWindow, toast_overlay);

  gtk_widget_class_install_action (widget_class, "win.show-section", "s", show_section_action);
  gtk_widget_class_install_action (widget_class, "win.show-meeting", "s", show_meeting_action);
  gtk_widget_class_install_action (widget_class, "win.log-suggestion", "(ssss)",
                                   log_suggestion_action);
  gtk_widget_class_install_action (widget_class, "win.new-entry", NULL, new_entry_action);
}

static void
js_window_init (JsWindow *self)
{
  g_type_ensure (JS_TYPE_MAIN_VIEW);
  self->toasts = g_ptr_array_new_with_free_func (g_object_unref);
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect (self, "map", G_CALLBACK (window_mapped_cb), NULL);
}

JsWindow *
js_window_new (JsApplication *application)
{
  JsWindow *self;

  g_return_val_if_fail (JS_IS_APPLICATION (application), NULL);

  self = g_object_new (JS_TYPE_WINDOW, "application", application, NULL);
  follow_application (self, application);
  return self;
}
