/* js-joblog-page.c: the job log section
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The week's progress (a JsWeekCard), the list of entries (searchable,
 * filtered, sorted, virtualized), and the ways in: add, edit, delete with
 * Undo, export and print.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "js-a11y.h"
#include "js-conflicts-dialog.h"
#include "js-date-button.h"
#include "js-date-format.h"
#include "js-entry-dialog.h"
#include "js-joblog-export.h"
#include "js-joblog-filters.h"
#include "js-joblog-model.h"
#include "js-joblog-page.h"
#include "js-store-sync.h"
#include "js-toaster.h"
#include "js-week-card.h"
#include "js-week.h"

struct _JsJoblogPage {
  GtkWidget           parent_instance;

  JsStore            *store;
  GSignalGroup       *store_signals;
  JsJoblogModel      *model;
  GtkSingleSelection *selection;
  JsJoblogEntry      *deleted;
  gint64              total;

  JsJoblogFilters    *filters;      /* made when the filters are first opened */

  GtkRevealer        *draft_revealer;
  GtkRevealer        *conflict_revealer;
  GtkLabel           *conflict_label;
  GtkStack           *stack;
  GtkStack           *list_stack;
  JsWeekCard         *week_card;
  GtkSearchEntry     *search_entry;
  GtkBox             *filter_box;
  GtkDropDown        *sort_dropdown;
  GtkListView        *list_view;
};

G_DEFINE_FINAL_TYPE (JsJoblogPage, js_joblog_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
add_toast (JsJoblogPage *self,
           AdwToast     *toast)
{
  js_toast_show (GTK_WIDGET (self), toast);
}

static void
toast (JsJoblogPage *self,
       const char   *title)
{
  add_toast (self, adw_toast_new (title));
}

static void
build_query (JsJoblogPage  *self,
             JsJoblogQuery *query)
{
  js_joblog_query_init (query);
  query->text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  query->sort = gtk_drop_down_get_selected (self->sort_dropdown);
  if (query->sort > JS_JOBLOG_SORT_STATUS)
    query->sort = JS_JOBLOG_SORT_NEWEST;

  /* The filters exist once their popover was first opened. */
  if (self->filters != NULL)
    js_joblog_filters_fill_query (self->filters, query);
}

/* The size of the whole log changes only when the log does, not while
 * the citizen types a search: counted on refresh, not per keystroke. */
static void
count_entries (JsJoblogPage *self)
{
  self->total = js_store_joblog_count (self->store, NULL);
}

static void
update_stacks (JsJoblogPage *self)
{
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->model));

  gtk_stack_set_visible_child_name (self->stack, self->total > 0 ? "log" : "empty");
  gtk_stack_set_visible_child_name (self->list_stack, shown > 0 ? "list" : "no-results");
}

static void
query_changed_cb (JsJoblogPage *self)
{
  g_autoptr(GError) error = NULL;
  JsJoblogQuery query;

  if (self->model == NULL)
    return;

  build_query (self, &query);
  if (!js_joblog_model_set_query (self->model, &query, &error))
    g_warning ("Could not search the job log: %s", error->message);
  update_stacks (self);
}

static void
update_conflicts (JsJoblogPage *self)
{
  g_autoptr(GPtrArray) conflicts = js_store_sync_list_conflicts (self->store, NULL);
  guint n = conflicts != NULL ? conflicts->len : 0;

  if (n > 0)
    {
      g_autofree char *text =
        g_strdup_printf (ngettext ("%u entry was changed on another computer too, or not "
                                   "accepted by the jobcenter. Check it.",
                                   "%u entries were changed on another computer too, or not "
                                   "accepted by the jobcenter. Check them.", n),
                         n);
      gtk_label_set_label (self->conflict_label, text);
    }
  gtk_revealer_set_reveal_child (self->conflict_revealer, n > 0);
}

static void
refresh (JsJoblogPage *self)
{
  g_autoptr(GError) error = NULL;

  if (self->store == NULL)
    return;

  if (!js_joblog_model_reload (self->model, &error))
    g_warning ("Could not read the job log: %s", error->message);
  js_week_card_refresh (self->week_card);
  count_entries (self);
  update_stacks (self);
  update_conflicts (self);
}

static void
dialog_saved_cb (JsJoblogPage  *self,
                 JsJoblogEntry *entry)
{
  gtk_revealer_set_reveal_child (self->draft_revealer, FALSE);
  refresh (self);
  toast (self, _("Entry saved"));
}

static void
undo_clicked_cb (JsJoblogPage *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "joblog.undo-delete", NULL);
}

static void
entry_deleted (JsJoblogPage  *self,
               JsJoblogEntry *entry)
{
  AdwToast *undo = adw_toast_new (_("Entry deleted"));

  g_set_object (&self->deleted, entry);
  adw_toast_set_button_label (undo, _("Undo"));
  /* The toast lives above the page, out of reach of the page's actions. */
  g_signal_connect_object (undo, "button-clicked", G_CALLBACK (undo_clicked_cb), self,
                           G_CONNECT_SWAPPED);
  adw_toast_set_priority (undo, ADW_TOAST_PRIORITY_HIGH);
  refresh (self);
  add_toast (self, undo);
}

static void
open_dialog (JsJoblogPage  *self,
             JsJoblogEntry *entry,
             gboolean       is_new)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  JsEntryDialog *dialog = js_entry_dialog_new (GTK_WINDOW (root), self->store, entry, is_new);

  g_signal_connect_object (dialog, "saved", G_CALLBACK (dialog_saved_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (dialog, "deleted", G_CALLBACK (entry_deleted), self,
                           G_CONNECT_SWAPPED);
}

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  JsJoblogPage *self = JS_JOBLOG_PAGE (widget);
  g_autoptr(JsJoblogEntry) entry = js_joblog_entry_new ();
  GDate today;

  if (self->store == NULL)
    return;

  js_today (&today);
  js_joblog_entry_set_date (entry, &today);
  open_dialog (self, entry, TRUE);
}

/**
 * js_joblog_page_apply_for:
 * @self: the page
 * @suggestion: the UUID of the plan's job suggestion
 * @title: the job
 * @employer: the employer
 * @link: the job ad's address, or ""
 *
 * Opens a new entry for an application to a job the jobcenter suggested,
 * filled in and linked to the suggestion: the citizen only confirms.
 */
void
js_joblog_page_apply_for (JsJoblogPage *self,
                          const char   *suggestion,
                          const char   *title,
                          const char   *employer,
                          const char   *link)
{
  g_autoptr(JsJoblogEntry) entry = js_joblog_entry_new ();
  GDate today;

  g_return_if_fail (JS_IS_JOBLOG_PAGE (self));

  if (self->store == NULL)
    return;

  js_today (&today);
  js_joblog_entry_set_date (entry, &today);
  js_joblog_entry_set_kind (entry, JS_ENTRY_KIND_ADVERTISED);
  js_joblog_entry_set_status (entry, JS_ENTRY_STATUS_APPLIED);
  js_joblog_entry_set_text (entry, JS_FIELD_TITLE, title);
  js_joblog_entry_set_text (entry, JS_FIELD_EMPLOYER, employer);
  js_joblog_entry_set_text (entry, JS_FIELD_LINK, link);
  /* Translators: where the job was found: the jobcenter suggested it */
  js_joblog_entry_set_text (entry, JS_FIELD_SOURCE, _("Suggested by the jobcenter"));
  js_joblog_entry_set_suggestion (entry, suggestion);
  open_dialog (self, entry, TRUE);
}

static void
row_activated_cb (JsJoblogPage *self,
                  guint         position)
{
  g_autoptr(JsJoblogEntry) entry = g_list_model_get_item (G_LIST_MODEL (self->selection),
                                                          position);

  if (entry != NULL && js_joblog_entry_get_revision (entry) > 0)
    open_dialog (self, entry, FALSE);
}

static void
delete_selected_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  JsJoblogPage *self = JS_JOBLOG_PAGE (widget);
  JsJoblogEntry *selected;
  g_autoptr(JsJoblogEntry) entry = NULL;
  g_autoptr(GError) error = NULL;

  if (self->selection == NULL ||
      !(selected = gtk_single_selection_get_selected_item (self->selection)))
    return;

  entry = js_joblog_entry_copy (selected);
  if (!js_store_joblog_delete (self->store, entry, &error))
    {
      g_warning ("Could not delete the entry: %s", error->message);
      toast (self, _("The entry could not be deleted. Try again."));
      return;
    }

  entry_deleted (self, entry);
}

static void
undo_delete_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  JsJoblogPage *self = JS_JOBLOG_PAGE (widget);
  g_autoptr(JsJoblogEntry) entry = g_steal_pointer (&self->deleted);
  g_autoptr(GError) error = NULL;

  if (entry == NULL || self->store == NULL)
    return;

  if (!js_store_joblog_save (self->store, entry, &error))
    {
      g_warning ("Could not restore the entry: %s", error->message);
      toast (self, _("The entry could not be brought back. Try again."));
      return;
    }

  refresh (self);
  toast (self, _("Entry restored"));
}

static void
find_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  JsJoblogPage *self = JS_JOBLOG_PAGE (widget);

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
open_draft_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  JsJoblogPage *self = JS_JOBLOG_PAGE (widget);
  g_autoptr(JsJoblogEntry) draft = NULL;
  g_autoptr(JsJoblogEntry) saved = NULL;

  if (self->store == NULL || !(draft = js_store_joblog_get_draft (self->store, NULL)))
    return;

  saved = js_store_joblog_lookup (self->store, js_joblog_entry_get_id (draft), NULL);
  gtk_revealer_set_reveal_child (self->draft_revealer, FALSE);
  open_dialog (self, draft, saved == NULL);
}

static void
drop_draft_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  JsJoblogPage *self = JS_JOBLOG_PAGE (widget);
  g_autoptr(JsJoblogEntry) draft = NULL;

  if (self->store == NULL || !(draft = js_store_joblog_get_draft (self->store, NULL)))
    return;

  js_store_joblog_drop_draft (self->store, js_joblog_entry_get_id (draft), NULL);
  gtk_revealer_set_reveal_child (self->draft_revealer, FALSE);
}

static void
review_conflicts_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  JsJoblogPage *self = JS_JOBLOG_PAGE (widget);
  JsConflictsDialog *dialog;

  if (self->store == NULL)
    return;

  dialog = js_conflicts_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)), self->store);
  g_signal_connect_object (dialog, "resolved", G_CALLBACK (refresh), self, G_CONNECT_SWAPPED);
  js_a11y_fix (GTK_WIDGET (dialog));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
export_csv_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  JsJoblogPage *self = JS_JOBLOG_PAGE (widget);
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GError) error = NULL;

  if (self->model == NULL || !(entries = js_joblog_model_dup_entries (self->model, &error)))
    return;

  js_joblog_save_csv (GTK_WINDOW (gtk_widget_get_root (widget)), entries);
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  JsJoblogPage *self = JS_JOBLOG_PAGE (widget);
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GError) error = NULL;
  JsJoblogQuery query;

  if (self->model == NULL || !(entries = js_joblog_model_dup_entries (self->model, &error)))
    return;

  build_query (self, &query);
  js_joblog_print (GTK_WINDOW (gtk_widget_get_root (widget)), self->store, entries, &query.from,
                   &query.to);
}

/* A row: what and where over two lines at most each, then when and how
 * far on a line of their own, so that it fits a narrow window at large
 * text without cutting the date or the state off. */
static void
row_setup_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  user_data)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *detail = gtk_label_new (NULL);
  GtkWidget *facts = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *date = gtk_label_new (NULL);
  GtkWidget *status = gtk_label_new (NULL);

  gtk_widget_set_margin_start (row, 12);
  gtk_widget_set_margin_end (row, 12);
  gtk_widget_set_margin_top (row, 8);
  gtk_widget_set_margin_bottom (row, 8);
  for (GtkWidget *label = title; label != NULL; label = label == title ? detail : NULL)
    {
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_lines (GTK_LABEL (label), 2);
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
    }
  gtk_label_set_wrap (GTK_LABEL (date), TRUE);
  gtk_label_set_xalign (GTK_LABEL (date), 0);
  gtk_widget_add_css_class (title, "heading");
  gtk_widget_add_css_class (detail, "dim-label");
  gtk_widget_add_css_class (date, "dim-label");
  gtk_widget_add_css_class (status, "entry-status");
  gtk_widget_set_valign (status, GTK_ALIGN_CENTER);

  gtk_box_append (GTK_BOX (row), title);
  gtk_box_append (GTK_BOX (row), detail);
  gtk_box_append (GTK_BOX (facts), date);
  gtk_box_append (GTK_BOX (facts), status);
  gtk_box_append (GTK_BOX (row), facts);
  gtk_list_item_set_child (item, row);
}

static void
row_bind_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             gpointer                  user_data)
{
  JsJoblogEntry *entry = gtk_list_item_get_item (item);
  GtkWidget *row = gtk_list_item_get_child (item);
  GtkWidget *title = gtk_widget_get_first_child (row);
  GtkWidget *detail = gtk_widget_get_next_sibling (title);
  GtkWidget *date = gtk_widget_get_first_child (gtk_widget_get_next_sibling (detail));
  GtkWidget *status = gtk_widget_get_next_sibling (date);
  GtkWidget *cell = gtk_widget_get_parent (row);
  const char *employer = js_joblog_entry_get_text (entry, JS_FIELD_EMPLOYER);
  const char *kind = js_entry_kind_label (js_joblog_entry_get_kind (entry));
  const char *status_label = js_entry_status_label (js_joblog_entry_get_status (entry));
  g_autofree char *day = js_format_date (js_joblog_entry_get_date (entry));
  g_autofree char *details = *employer != '\0' ? g_strdup_printf ("%s · %s", employer, kind)
                                               : g_strdup (kind);
  g_autofree char *name = NULL;

  gtk_label_set_label (GTK_LABEL (title), js_joblog_entry_get_text (entry, JS_FIELD_TITLE));
  gtk_label_set_label (GTK_LABEL (detail), details);
  gtk_label_set_label (GTK_LABEL (date), day != NULL ? day : "");
  gtk_label_set_label (GTK_LABEL (status), status_label);

  /* One sentence for the screen reader: what, where, when, how far. */
  name = g_strdup_printf ("%s, %s, %s, %s", js_joblog_entry_get_text (entry, JS_FIELD_TITLE),
                          details, day != NULL ? day : "", status_label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  /* The list's own row (what takes the keyboard) carries the sentence
   * too: GTK 4.8 has no gtk_list_item_set_accessible_label(). */
  if (cell != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (cell), GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                    -1);
}

/* Opened by keyboard, the filters have it on the first of them. */
static void
filters_shown_cb (JsJoblogPage *self)
{
  if (self->filters == NULL)
    {
      self->filters = JS_JOBLOG_FILTERS (js_joblog_filters_new ());
      g_signal_connect_object (self->filters, "changed", G_CALLBACK (query_changed_cb), self,
                               G_CONNECT_SWAPPED);
      gtk_box_append (self->filter_box, GTK_WIDGET (self->filters));
    }
  js_joblog_filters_focus (self->filters);
}

static void
js_joblog_page_dispose (GObject *object)
{
  JsJoblogPage *self = JS_JOBLOG_PAGE (object);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), JS_TYPE_JOBLOG_PAGE);
  /* GTK 4.8 leaves a template's top widget in place when it has no id. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->selection);
  g_clear_object (&self->model);
  g_clear_object (&self->store);
  g_clear_object (&self->store_signals);
  g_clear_object (&self->deleted);

  G_OBJECT_CLASS (js_joblog_page_parent_class)->dispose (object);
}

static void
js_joblog_page_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  JsJoblogPage *self = JS_JOBLOG_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
js_joblog_page_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  JsJoblogPage *self = JS_JOBLOG_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      js_joblog_page_set_store (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
js_joblog_page_class_init (JsJoblogPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = js_joblog_page_dispose;
  object_class->get_property = js_joblog_page_get_property;
  object_class->set_property = js_joblog_page_set_property;

  /**
   * JsJoblogPage:store:
   *
   * The profile whose job log is shown, or %NULL.
   */
  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, JS_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/js-joblog-page.ui");
#define CHILD(name) gtk_widget_class_bind_template_child (widget_class, JsJoblogPage, name)
  CHILD (draft_revealer);
  CHILD (conflict_revealer);
  CHILD (conflict_label);
  CHILD (stack);
  CHILD (list_stack);
  CHILD (week_card);
  CHILD (search_entry);
  CHILD (filter_box);
  CHILD (sort_dropdown);
  CHILD (list_view);
#undef CHILD
  gtk_widget_class_bind_template_callback (widget_class, query_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, filters_shown_cb);

  gtk_widget_class_install_action (widget_class, "joblog.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "joblog.delete-selected", NULL,
                                   delete_selected_action);
  gtk_widget_class_install_action (widget_class, "joblog.undo-delete", NULL, undo_delete_action);
  gtk_widget_class_install_action (widget_class, "joblog.find", NULL, find_action);
  gtk_widget_class_install_action (widget_class, "joblog.open-draft", NULL, open_draft_action);
  gtk_widget_class_install_action (widget_class, "joblog.drop-draft", NULL, drop_draft_action);
  gtk_widget_class_install_action (widget_class, "joblog.export-csv", NULL, export_csv_action);
  gtk_widget_class_install_action (widget_class, "joblog.review-conflicts", NULL,
                                   review_conflicts_action);
  gtk_widget_class_install_action (widget_class, "joblog.print", NULL, print_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "joblog.new",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "joblog.find",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "joblog.print",
                                       NULL);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
js_joblog_page_init (JsJoblogPage *self)
{
  const char * const sorts[] = { _("Newest first"), _("Oldest first"), _("By status"), NULL };
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkEventController *shortcuts;

  g_type_ensure (JS_TYPE_DATE_BUTTON);
  g_type_ensure (JS_TYPE_WEEK_CARD);
  gtk_widget_init_template (GTK_WIDGET (self));
  js_a11y_wrap_labels (GTK_WIDGET (self));

  /* Delete acts on the selected entry only while the list has the focus. */
  shortcuts = gtk_shortcut_controller_new ();
  gtk_shortcut_controller_add_shortcut (
    GTK_SHORTCUT_CONTROLLER (shortcuts),
    gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Delete, 0),
                      gtk_named_action_new ("joblog.delete-selected")));
  gtk_widget_add_controller (GTK_WIDGET (self->list_view), shortcuts);

  g_signal_connect (factory, "setup", G_CALLBACK (row_setup_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (row_bind_cb), NULL);
  gtk_list_view_set_factory (self->list_view, factory);
  g_object_unref (factory);

  gtk_drop_down_set_model (self->sort_dropdown, G_LIST_MODEL (gtk_string_list_new (sorts)));

  gtk_stack_set_visible_child_name (self->stack, "empty");

  /* A sync brought changes: read the log again. */
  self->store_signals = g_signal_group_new (JS_TYPE_STORE);
  g_signal_group_connect_swapped (self->store_signals, "changed-elsewhere",
                                  G_CALLBACK (refresh), self);
  g_object_bind_property (self, "store", self->week_card, "store", G_BINDING_SYNC_CREATE);
}

/**
 * js_joblog_page_set_store:
 * @self: the page
 * @store: (nullable): the open profile's store
 *
 * Shows the log kept in @store, and offers an unfinished entry left from
 * last time.
 */
void
js_joblog_page_set_store (JsJoblogPage *self,
                          JsStore      *store)
{
  g_autoptr(JsJoblogEntry) draft = NULL;

  g_return_if_fail (JS_IS_JOBLOG_PAGE (self));

  if (!g_set_object (&self->store, store))
    return;

  g_signal_group_set_target (self->store_signals, store);
  g_clear_object (&self->selection);
  g_clear_object (&self->model);
  if (store == NULL)
    {
      gtk_list_view_set_model (self->list_view, NULL);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
      return;
    }

  /* Fill the model before the list sees it: one long list at once costs
   * the list far less than being told 100,000 rows arrived. */
  self->model = js_joblog_model_new (store);
  count_entries (self);
  query_changed_cb (self);
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->model)));
  gtk_single_selection_set_autoselect (self->selection, TRUE);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));

  draft = js_store_joblog_get_draft (store, NULL);
  gtk_revealer_set_reveal_child (self->draft_revealer, draft != NULL);
  update_conflicts (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}
