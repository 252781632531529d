/* js-main-view.c: header bar, sections and their switcher
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The sections are one list of tabs (a screen reader hears each once)
 * beside the content in an AdwFlap: side by side when the window has
 * room, folded away behind the header's "Sections" button when it is
 * narrow or the text large. The labels wrap rather than widen the
 * window; the sync state shrinks to an icon in a squeezer, and "Sign in"
 * (also in the sync menu) gives way, so the header fits 360 px.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "js-a11y.h"
#include "js-exercises-page.h"
#include "js-joblog-page.h"
#include "js-main-view.h"
#include "js-meetings-page.h"
#include "js-plan-page.h"
#include "js-this-week-page.h"

struct _JsMainView {
  GtkWidget     parent_instance;

  AdwViewStack    *stack;
  AdwFlap         *flap;
  GtkBox          *tabs;
  AdwWindowTitle  *window_title;
  JsJoblogPage    *joblog_page;
  JsExercisesPage *exercises_page;
  JsPlanPage      *plan_page;
  JsMeetingsPage  *meetings_page;
  JsThisWeekPage  *this_week_page;
  GtkMenuButton   *sync_button;
  GtkLabel        *sync_label;
  GtkButton       *sign_in_button;

  JsStore         *store;
  char            *sync_details;
  gboolean         clock_off;
};

G_DEFINE_FINAL_TYPE (JsMainView, js_main_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  PROP_SYNC_STATUS,
  PROP_SYNC_DETAILS,
  PROP_CLOCK_OFF,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
js_main_view_dispose (GObject *object)
{
  JsMainView *self = JS_MAIN_VIEW (object);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), JS_TYPE_MAIN_VIEW);
  /* GTK 4.8 leaves a template's top widget in place when it has no id. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->store);
  g_clear_pointer (&self->sync_details, g_free);

  G_OBJECT_CLASS (js_main_view_parent_class)->dispose (object);
}

/* The details of a failed sync stand in the sync button's tooltip and
 * description, for the citizen to read out to the jobcenter's support. */
static void
set_sync_details (JsMainView *self,
                  const char *details)
{
  g_autofree char *text = NULL;

  if (g_strcmp0 (details, self->sync_details) == 0)
    return;

  g_free (self->sync_details);
  self->sync_details = g_strdup (details);
  /* Translators: the technical words after it are not translated */
  text = details != NULL ? g_strdup_printf (_("Details for the jobcenter’s support: %s"), details)
                         : NULL;
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->sync_button),
                               text != NULL ? text : _("Sync with the jobcenter"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->sync_button),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text != NULL ? text : "",
                                  -1);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SYNC_DETAILS]);
}

static void
js_main_view_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  JsMainView *self = JS_MAIN_VIEW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_SYNC_STATUS:
      g_value_set_string (value, gtk_label_get_label (self->sync_label));
      break;

    case PROP_SYNC_DETAILS:
      g_value_set_string (value, self->sync_details);
      break;

    case PROP_CLOCK_OFF:
      g_value_set_boolean (value, self->clock_off);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
js_main_view_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  JsMainView *self = JS_MAIN_VIEW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      if (g_set_object (&self->store, g_value_get_object (value)))
        g_object_notify_by_pspec (object, pspec);
      break;

    case PROP_SYNC_STATUS:
      js_main_view_set_sync_status (self, g_value_get_string (value));
      break;

    case PROP_SYNC_DETAILS:
      set_sync_details (self, g_value_get_string (value));
      break;

    case PROP_CLOCK_OFF:
      if (self->clock_off != g_value_get_boolean (value))
        {
          self->clock_off = g_value_get_boolean (value);
          js_meetings_page_set_clock_off (self->meetings_page, self->clock_off);
          g_object_notify_by_pspec (object, pspec);
        }
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
js_main_view_class_init (JsMainViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = js_main_view_dispose;
  object_class->get_property = js_main_view_get_property;
  object_class->set_property = js_main_view_set_property;

  /**
   * JsMainView:store:
   *
   * The open profile's store, shown by every section.
   */
  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, JS_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * JsMainView:sync-status:
   *
   * The state of the sync in words, shown in the header.
   */
  properties[PROP_SYNC_STATUS] =
    g_param_spec_string ("sync-status", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * JsMainView:sync-details:
   *
   * What went wrong with the sync, technically, or %NULL.
   */
  properties[PROP_SYNC_DETAILS] =
    g_param_spec_string ("sync-details", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * JsMainView:clock-off:
   *
   * Whether this PC's clock differs from the jobcenter's: Meetings says
   * the limits it shows may be off.
   */
  properties[PROP_CLOCK_OFF] =
    g_param_spec_boolean ("clock-off", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/js-main-view.ui");
  gtk_widget_class_bind_template_child (widget_class, JsMainView, stack);
  gtk_widget_class_bind_template_child (widget_class, JsMainView, flap);
  gtk_widget_class_bind_template_child (widget_class, JsMainView, tabs);
  gtk_widget_class_bind_template_child (widget_class, JsMainView, window_title);
  gtk_widget_class_bind_template_child (widget_class, JsMainView, joblog_page);
  gtk_widget_class_bind_template_child (widget_class, JsMainView, exercises_page);
  gtk_widget_class_bind_template_child (widget_class, JsMainView, plan_page);
  gtk_widget_class_bind_template_child (widget_class, JsMainView, meetings_page);
  gtk_widget_class_bind_template_child (widget_class, JsMainView, this_week_page);
  gtk_widget_class_bind_template_child (widget_class, JsMainView, sync_button);
  gtk_widget_class_bind_template_child (widget_class, JsMainView, sync_label);
  gtk_widget_class_bind_template_child (widget_class, JsMainView, sign_in_button);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

/* The tab of each section says whether it is the one shown, to the eye
 * (pressed) and to a screen reader (selected); the header says which. */
static void
visible_section_changed_cb (JsMainView *self)
{
  const char *name = adw_view_stack_get_visible_child_name (self->stack);

  for (GtkWidget *tab = gtk_widget_get_first_child (GTK_WIDGET (self->tabs)); tab != NULL;
       tab = gtk_widget_get_next_sibling (tab))
    {
      AdwViewStackPage *page = g_object_get_data (G_OBJECT (tab), "js-page");
      gboolean shown = g_strcmp0 (adw_view_stack_page_get_name (page), name) == 0;

      gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (tab), shown);
      gtk_accessible_update_state (GTK_ACCESSIBLE (tab), GTK_ACCESSIBLE_STATE_SELECTED, shown,
                                   -1);
      if (shown)
        adw_window_title_set_title (self->window_title, adw_view_stack_page_get_title (page));
    }
}

static void
tab_toggled_cb (GtkToggleButton *tab,
                JsMainView      *self)
{
  AdwViewStackPage *page = g_object_get_data (G_OBJECT (tab), "js-page");

  if (!gtk_toggle_button_get_active (tab))
    {
      /* A tab is not put out by clicking it again: one is always shown. */
      if (g_strcmp0 (adw_view_stack_get_visible_child_name (self->stack),
                     adw_view_stack_page_get_name (page)) == 0)
        gtk_toggle_button_set_active (tab, TRUE);
      return;
    }

  adw_view_stack_set_visible_child_name (self->stack, adw_view_stack_page_get_name (page));
  /* Narrow: the sections give the room back to the one chosen. */
  if (adw_flap_get_folded (self->flap))
    adw_flap_set_reveal_flap (self->flap, FALSE);
}

/* What needs the citizen's attention is marked beside the tab's name,
 * and said to a screen reader. */
static void
attention_changed_cb (AdwViewStackPage *page,
                      GParamSpec       *pspec,
                      GtkWidget        *tab)
{
  GtkWidget *dot = g_object_get_data (G_OBJECT (tab), "js-dot");
  gboolean attention = adw_view_stack_page_get_needs_attention (page);

  gtk_widget_set_visible (dot, attention);
  gtk_accessible_update_property (GTK_ACCESSIBLE (tab), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  attention ? _("Something here needs your attention") : "",
                                  -1);
}

/* Folded away, the sections are off the window's edge: a screen reader
 * should not find them there either. */
static void
flap_shown_cb (JsMainView *self)
{
  gboolean hidden = adw_flap_get_folded (self->flap) &&
                    adw_flap_get_reveal_progress (self->flap) <= 0.0;

  gtk_accessible_update_state (GTK_ACCESSIBLE (self->tabs), GTK_ACCESSIBLE_STATE_HIDDEN, hidden,
                               -1);
}

static void
add_tabs (JsMainView *self)
{
  g_autoptr(GtkSelectionModel) pages = adw_view_stack_get_pages (self->stack);
  GtkToggleButton *group = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (pages)); i++)
    {
      g_autoptr(AdwViewStackPage) page = g_list_model_get_item (G_LIST_MODEL (pages), i);
      GtkWidget *tab = g_object_new (GTK_TYPE_TOGGLE_BUTTON,
                                     "accessible-role", GTK_ACCESSIBLE_ROLE_TAB,
                                     NULL);
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
      GtkWidget *label = gtk_label_new (adw_view_stack_page_get_title (page));
      GtkWidget *dot = gtk_image_new_from_icon_name ("media-record-symbolic");

      gtk_box_append (GTK_BOX (box),
                      gtk_image_new_from_icon_name (adw_view_stack_page_get_icon_name (page)));
      /* Whole words, at least a dozen characters wide: the flap gives
       * the sections no more than they ask for. */
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD);
      gtk_label_set_width_chars (GTK_LABEL (label), 12);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 16);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_widget_set_hexpand (label, TRUE);
      gtk_box_append (GTK_BOX (box), label);
      gtk_widget_add_css_class (dot, "accent");
      gtk_widget_set_visible (dot, FALSE);
      gtk_box_append (GTK_BOX (box), dot);
      gtk_button_set_child (GTK_BUTTON (tab), box);
      gtk_widget_add_css_class (tab, "flat");
      gtk_widget_add_css_class (tab, "section-tab");
      gtk_accessible_update_property (GTK_ACCESSIBLE (tab), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      adw_view_stack_page_get_title (page), -1);

      g_object_set_data_full (G_OBJECT (tab), "js-page", g_object_ref (page), g_object_unref);
      g_object_set_data (G_OBJECT (tab), "js-dot", dot);
      if (group != NULL)
        gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (tab), group);
      group = GTK_TOGGLE_BUTTON (tab);
      g_signal_connect_object (page, "notify::needs-attention",
                               G_CALLBACK (attention_changed_cb), tab, 0);
      attention_changed_cb (page, NULL, tab);
      gtk_box_append (self->tabs, tab);
    }

  /* Connected after all are made: activating one puts out the others. */
  for (GtkWidget *tab = gtk_widget_get_first_child (GTK_WIDGET (self->tabs)); tab != NULL;
       tab = gtk_widget_get_next_sibling (tab))
    g_signal_connect (tab, "toggled", G_CALLBACK (tab_toggled_cb), self);
  g_signal_connect_object (self->stack, "notify::visible-child-name",
                           G_CALLBACK (visible_section_changed_cb), self, G_CONNECT_SWAPPED);
  visible_section_changed_cb (self);
  g_signal_connect_object (self->flap, "notify::folded", G_CALLBACK (flap_shown_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->flap, "notify::reveal-progress", G_CALLBACK (flap_shown_cb),
                           self, G_CONNECT_SWAPPED);
  flap_shown_cb (self);
}

static void
js_main_view_init (JsMainView *self)
{
  g_type_ensure (JS_TYPE_JOBLOG_PAGE);
  g_type_ensure (JS_TYPE_EXERCISES_PAGE);
  g_type_ensure (JS_TYPE_PLAN_PAGE);
  g_type_ensure (JS_TYPE_MEETINGS_PAGE);
  g_type_ensure (JS_TYPE_THIS_WEEK_PAGE);
  gtk_widget_init_template (GTK_WIDGET (self));
  add_tabs (self);
  js_a11y_describe_window_controls (GTK_WIDGET (self));

  /* "Sign in" stands in the header only while it can be done. */
  g_object_bind_property (self->sign_in_button, "sensitive", self->sign_in_button, "visible",
                          G_BINDING_SYNC_CREATE);

  /* Every section shows the profile the view shows. */
  g_object_bind_property (self, "store", self->joblog_page, "store", G_BINDING_SYNC_CREATE);
  g_object_bind_property (self, "store", self->exercises_page, "store", G_BINDING_SYNC_CREATE);
  g_object_bind_property (self, "store", self->plan_page, "store", G_BINDING_SYNC_CREATE);
  g_object_bind_property (self, "store", self->meetings_page, "store", G_BINDING_SYNC_CREATE);
  g_object_bind_property (self, "store", self->this_week_page, "store", G_BINDING_SYNC_CREATE);
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
 * js_main_view_show_meeting:
 * @self: the main view
 * @id: the UUID of a meeting or of a call to book one
 *
 * Shows Meetings with the keyboard on that meeting or call.
 */
void
js_main_view_show_meeting (JsMainView *self,
                           const char *id)
{
  g_return_if_fail (JS_IS_MAIN_VIEW (self));
  g_return_if_fail (id != NULL);

  js_main_view_set_section (self, "meetings");
  js_meetings_page_reveal (self->meetings_page, id);
}

/**
 * js_main_view_set_shared_pc:
 * @self: the main view
 * @shared_pc: whether this is a shared PC
 *
 * Tells the sections that nothing may be left behind for the next
 * citizen (Meetings offers paper instead of reminders).
 */
void
js_main_view_set_shared_pc (JsMainView *self,
                            gboolean    shared_pc)
{
  g_return_if_fail (JS_IS_MAIN_VIEW (self));

  js_meetings_page_set_shared_pc (self->meetings_page, shared_pc);
}

/**
 * js_main_view_apply_for:
 * @self: the main view
 * @suggestion: the UUID of the plan's job suggestion
 * @title: the job
 * @employer: the employer
 * @link: the job ad's address
 *
 * Shows the job log with a new application to a suggested job, to confirm.
 */
void
js_main_view_apply_for (JsMainView *self,
                        const char *suggestion,
                        const char *title,
                        const char *employer,
                        const char *link)
{
  g_return_if_fail (JS_IS_MAIN_VIEW (self));

  adw_view_stack_set_visible_child_name (self->stack, "joblog");
  js_joblog_page_apply_for (self->joblog_page, suggestion, title, employer, link);
}

/**
 * js_main_view_new_entry:
 * @self: the main view
 *
 * Shows the job log with a new entry open.
 */
void
js_main_view_new_entry (JsMainView *self)
{
  g_return_if_fail (JS_IS_MAIN_VIEW (self));

  adw_view_stack_set_visible_child_name (self->stack, "joblog");
  gtk_widget_activate_action (GTK_WIDGET (self->joblog_page), "joblog.new", NULL);
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
  gboolean changed;

  g_return_if_fail (JS_IS_MAIN_VIEW (self));

  if (text == NULL)
    text = "";
  changed = g_strcmp0 (text, gtk_label_get_label (self->sync_label)) != 0;
  gtk_label_set_label (self->sync_label, text);
  /* Translators: read out by screen readers, e.g. "Sync: Synced just now" */
  name = g_strdup_printf (_("Sync: %s"), text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->sync_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  if (changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SYNC_STATUS]);
}
