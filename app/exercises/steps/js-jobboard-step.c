/* js-jobboard-step.c: a practice job board (step kind "jobboard")
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A search field and two filters (kind of work, hours) over the exercise's
 * jobs; each result opens to show the ad and "Add to job log". Added jobs
 * are listed under "Your practice job log", each with Remove. Search looks
 * in the job's title, employer, place and description as the citizen sees
 * them, every word typed must be found, and case does not matter. Nothing
 * goes into the citizen's real job log.
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "js-jobboard-step.h"
#include "js-step-util.h"
#include "js-step-widget.h"

typedef enum {
  HOURS_ANY,
  HOURS_FULL,
  HOURS_PART,
} Hours;

typedef struct {
  JsJobboardStep *self;
  JsExNode       *node;
  char           *haystack;    /* what search looks in, case-folded */
  GtkWidget      *row;         /* AdwExpanderRow in the results */
  GtkButton      *add_button;
  GtkWidget      *log_row;     /* in the practice job log, or NULL */
  GtkLabel       *log_error;
} Job;

struct _JsJobboardStep {
  GtkWidget       parent_instance;

  JsExNode       *step;
  GPtrArray      *jobs;         /* Job */
  GPtrArray      *added;        /* job ids, in the order added */
  GPtrArray      *categories;   /* category ids as in the drop-down, after "all" */

  GtkSearchEntry *search_entry;
  GtkDropDown    *category_dropdown;
  GtkDropDown    *hours_dropdown;
  GtkLabel       *count_label;
  GtkListBox     *results;
  GtkWidget      *no_results;
  GtkListBox     *log_list;
  GtkWidget      *log_empty;
  GtkLabel       *log_error;
};

static void js_jobboard_step_step_widget_init (JsStepWidgetInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (JsJobboardStep, js_jobboard_step, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (JS_TYPE_STEP_WIDGET,
                                                      js_jobboard_step_step_widget_init))

static const struct {
  const char *id;
  const char *name;
} categories[] = {
  { "cleaning", N_("Cleaning") },
  { "warehouse", N_("Warehouse") },
  { "care", N_("Care") },
  { "kitchen", N_("Kitchen") },
  { "office", N_("Office") },
  { "transport", N_("Transport") },
  { "retail", N_("Shop") },
  { "it", N_("IT") },
  { "construction", N_("Construction") },
};

static void
job_free (Job *job)
{
  g_free (job->haystack);
  g_free (job);
}

static const char *
category_name (const char *id)
{
  for (guint i = 0; i < G_N_ELEMENTS (categories); i++)
    {
      if (g_strcmp0 (categories[i].id, id) == 0)
        return _(categories[i].name);
    }

  return id;
}

static const char *
hours_name (JsExNode *job)
{
  return g_strcmp0 (js_ex_node_get_attr (job, "hours"), "full") == 0 ? _("Full time")
                                                                     : _("Part time");
}

static char *
fold (const char *text)
{
  g_autofree char *normalized = g_utf8_normalize (text, -1, G_NORMALIZE_ALL);

  return g_utf8_casefold (normalized != NULL ? normalized : "", -1);
}

static char *
job_summary (JsExNode *node)
{
  /* Translators: a job in the results: %1$s is the employer, %2$s the
   * place, %3$s "Full time" or "Part time". */
  return g_strdup_printf (_("%1$s · %2$s · %3$s"), js_ex_node_child_text (node, "employer"),
                          js_ex_node_child_text (node, "place"), hours_name (node));
}

static gboolean
job_matches (JsJobboardStep *self,
             Job            *job)
{
  guint category = gtk_drop_down_get_selected (self->category_dropdown);
  Hours hours = gtk_drop_down_get_selected (self->hours_dropdown);
  g_autofree char *query = fold (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
  g_auto(GStrv) words = g_strsplit_set (query, " \t\n,", -1);

  if (category > 0 && category != GTK_INVALID_LIST_POSITION &&
      g_strcmp0 (js_ex_node_get_attr (job->node, "category"),
                 g_ptr_array_index (self->categories, category - 1)) != 0)
    return FALSE;

  if ((hours == HOURS_FULL || hours == HOURS_PART) &&
      g_strcmp0 (js_ex_node_get_attr (job->node, "hours"), hours == HOURS_FULL ? "full" : "part") != 0)
    return FALSE;

  for (guint i = 0; words[i] != NULL; i++)
    {
      if (*words[i] != '\0' && strstr (job->haystack, words[i]) == NULL)
        return FALSE;
    }

  return TRUE;
}

static gboolean
filter_row (GtkListBoxRow *row,
            gpointer       user_data)
{
  return job_matches (user_data, g_object_get_data (G_OBJECT (row), "js-job"));
}

static void
filter_changed_cb (JsJobboardStep *self)
{
  g_autofree char *count = NULL;
  guint found = 0;

  for (guint i = 0; i < self->jobs->len; i++)
    found += job_matches (self, g_ptr_array_index (self->jobs, i)) ? 1 : 0;

  gtk_list_box_invalidate_filter (self->results);
  count = g_strdup_printf (ngettext ("%u job found", "%u jobs found", found), found);
  gtk_label_set_label (self->count_label, count);
  gtk_widget_set_visible (GTK_WIDGET (self->results), found > 0);
  gtk_widget_set_visible (self->no_results, found == 0);
}

static void
update_add_button (Job *job)
{
  const char *title = js_ex_node_child_text (job->node, "title");
  g_autofree char *name = NULL;

  if (job->log_row != NULL)
    {
      gtk_button_set_label (job->add_button, _("Remove from job log"));
      gtk_widget_remove_css_class (GTK_WIDGET (job->add_button), "suggested-action");
      /* Translators: %s is a job title. */
      name = g_strdup_printf (_("Remove from job log: %s"), title);
    }
  else
    {
      gtk_button_set_label (job->add_button, _("Add to job log"));
      gtk_widget_add_css_class (GTK_WIDGET (job->add_button), "suggested-action");
      /* Translators: %s is a job title. */
      name = g_strdup_printf (_("Add to job log: %s"), title);
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (job->add_button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  name, -1);
}

static void
update_log (JsJobboardStep *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->log_list), self->added->len > 0);
  gtk_widget_set_visible (self->log_empty, self->added->len == 0);
  _js_step_mark_problem (NULL, self->log_error, NULL, NULL);
  js_step_widget_changed (JS_STEP_WIDGET (self));
}

static void
remove_job (Job      *job,
            gboolean  from_log)
{
  JsJobboardStep *self = job->self;
  GtkWidget *next = NULL;
  guint index;

  if (from_log)
    {
      next = gtk_widget_get_next_sibling (job->log_row);
      if (next == NULL)
        next = gtk_widget_get_prev_sibling (job->log_row);
    }
  if (g_ptr_array_find_with_equal_func (self->added, js_ex_node_get_attr (job->node, "id"),
                                        g_str_equal, &index))
    g_ptr_array_remove_index (self->added, index);
  gtk_list_box_remove (self->log_list, job->log_row);
  job->log_row = NULL;
  job->log_error = NULL;
  update_add_button (job);
  update_log (self);

  if (from_log)
    gtk_widget_grab_focus (next != NULL ? g_object_get_data (G_OBJECT (next), "js-remove")
                                        : GTK_WIDGET (self->search_entry));
}

static void
log_remove_clicked_cb (GtkButton *button,
                       Job       *job)
{
  remove_job (job, TRUE);
}

static GtkWidget *
log_row_new (Job *job)
{
  const char *title = js_ex_node_child_text (job->node, "title");
  g_autofree char *summary = job_summary (job->node);
  g_autofree char *remove_name = NULL;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *remove = gtk_button_new_with_label (_("Remove"));
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), summary);
  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove, "practice-target");
  /* Translators: %s is a job title. */
  remove_name = g_strdup_printf (_("Remove from job log: %s"), title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  remove_name, -1);
  g_signal_connect (remove, "clicked", G_CALLBACK (log_remove_clicked_cb), job);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);

  /* The row and, under it, what a check found wrong with this job. */
  job->log_error = _js_step_error_label_new ();
  gtk_widget_set_margin_start (GTK_WIDGET (job->log_error), 12);
  gtk_widget_set_margin_end (GTK_WIDGET (job->log_error), 12);
  gtk_widget_set_margin_bottom (GTK_WIDGET (job->log_error), 6);
  gtk_box_append (GTK_BOX (box), row);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (job->log_error));
  job->log_row = gtk_list_box_row_new ();
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (job->log_row), FALSE);
  gtk_widget_set_focusable (job->log_row, FALSE);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (job->log_row), box);
  g_object_set_data (G_OBJECT (job->log_row), "js-remove", remove);

  return job->log_row;
}

static void
add_clicked_cb (GtkButton *button,
                Job       *job)
{
  JsJobboardStep *self = job->self;

  if (job->log_row != NULL)
    {
      remove_job (job, FALSE);
      return;
    }

  g_ptr_array_add (self->added, g_strdup (js_ex_node_get_attr (job->node, "id")));
  gtk_list_box_append (self->log_list, log_row_new (job));
  update_add_button (job);
  update_log (self);
}

static void
add_job_row (JsJobboardStep *self,
             Job            *job)
{
  g_autofree char *summary = job_summary (job->node);
  GtkWidget *details = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkLabel *description = _js_step_label_new (js_ex_node_child_text (job->node, "description"));
  GtkLabel *category = _js_step_label_new (category_name (js_ex_node_get_attr (job->node,
                                                                                "category")));

  job->row = adw_expander_row_new ();
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (job->row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (job->row),
                                 js_ex_node_child_text (job->node, "title"));
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (job->row), summary);

  gtk_widget_add_css_class (GTK_WIDGET (category), "dim-label");
  job->add_button = GTK_BUTTON (gtk_button_new ());
  gtk_widget_set_halign (GTK_WIDGET (job->add_button), GTK_ALIGN_START);
  gtk_widget_add_css_class (GTK_WIDGET (job->add_button), "practice-target");
  g_signal_connect (job->add_button, "clicked", G_CALLBACK (add_clicked_cb), job);
  update_add_button (job);

  gtk_box_append (GTK_BOX (box), GTK_WIDGET (category));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (description));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (job->add_button));
  gtk_widget_set_margin_top (box, 12);
  gtk_widget_set_margin_bottom (box, 12);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (details), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (details), FALSE);
  gtk_widget_set_focusable (details, FALSE);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (job->row), details);

  g_object_set_data (G_OBJECT (job->row), "js-job", job);
  gtk_list_box_append (self->results, job->row);
}

static void
build (JsJobboardStep *self)
{
  g_autoptr(GPtrArray) nodes = js_ex_node_get_children (self->step, "job");
  g_autoptr(GtkStringList) category_names = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) hours_names = gtk_string_list_new (NULL);

  for (guint i = 0; i < nodes->len; i++)
    {
      Job *job = g_new0 (Job, 1);
      g_autofree char *text = NULL;

      job->self = self;
      job->node = g_ptr_array_index (nodes, i);
      text = g_strjoin (" ", js_ex_node_child_text (job->node, "title"),
                        js_ex_node_child_text (job->node, "employer"),
                        js_ex_node_child_text (job->node, "place"),
                        js_ex_node_child_text (job->node, "description"), NULL);
      job->haystack = fold (text);
      g_ptr_array_add (self->jobs, job);
      add_job_row (self, job);
    }

  /* Only the kinds of work the board has jobs for, in a fixed order. */
  gtk_string_list_append (category_names, _("All kinds of work"));
  for (guint c = 0; c < G_N_ELEMENTS (categories); c++)
    {
      for (guint i = 0; i < self->jobs->len; i++)
        {
          Job *job = g_ptr_array_index (self->jobs, i);

          if (g_strcmp0 (js_ex_node_get_attr (job->node, "category"), categories[c].id) == 0)
            {
              g_ptr_array_add (self->categories, (gpointer) categories[c].id);
              gtk_string_list_append (category_names, _(categories[c].name));
              break;
            }
        }
    }
  gtk_drop_down_set_model (self->category_dropdown, G_LIST_MODEL (category_names));

  gtk_string_list_append (hours_names, _("Any hours"));
  gtk_string_list_append (hours_names, _("Full time"));
  gtk_string_list_append (hours_names, _("Part time"));
  gtk_drop_down_set_model (self->hours_dropdown, G_LIST_MODEL (hours_names));

  gtk_list_box_set_filter_func (self->results, filter_row, self, NULL);
  filter_changed_cb (self);
  update_log (self);
}

static JsAnswer *
js_jobboard_step_get_answer (JsStepWidget *widget)
{
  JsJobboardStep *self = JS_JOBBOARD_STEP (widget);
  JsAnswer *answer = js_answer_new ();
  g_autofree char *added = _js_step_join_ids (self->added);

  js_answer_set (answer, "added", added);

  return answer;
}

static void
js_jobboard_step_show_check (JsStepWidget *widget,
                             JsCheck      *check)
{
  JsJobboardStep *self = JS_JOBBOARD_STEP (widget);
  g_autoptr(GString) others = g_string_new (NULL);

  for (guint i = 0; check->problems != NULL && i < check->problems->len; i++)
    {
      JsCheckProblem *problem = g_ptr_array_index (check->problems, i);
      gboolean in_log = FALSE;

      for (guint j = 0; j < self->jobs->len; j++)
        {
          Job *job = g_ptr_array_index (self->jobs, j);

          if (job->log_row != NULL &&
              g_strcmp0 (js_ex_node_get_attr (job->node, "id"), problem->id) == 0)
            {
              _js_step_mark_problem (g_object_get_data (G_OBJECT (job->log_row), "js-remove"),
                                     job->log_error, NULL, problem->message);
              in_log = TRUE;
            }
        }
      if (!in_log)
        g_string_append_printf (others, "%s%s", others->len > 0 ? "\n" : "", problem->message);
    }

  _js_step_mark_problem (NULL, self->log_error, NULL, others->len > 0 ? others->str : NULL);
}

static void
js_jobboard_step_step_widget_init (JsStepWidgetInterface *iface)
{
  iface->get_answer = js_jobboard_step_get_answer;
  iface->show_check = js_jobboard_step_show_check;
}

static void
js_jobboard_step_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), JS_TYPE_JOBBOARD_STEP);

  G_OBJECT_CLASS (js_jobboard_step_parent_class)->dispose (object);
}

static void
js_jobboard_step_finalize (GObject *object)
{
  JsJobboardStep *self = JS_JOBBOARD_STEP (object);

  g_clear_pointer (&self->jobs, g_ptr_array_unref);
  g_clear_pointer (&self->added, g_ptr_array_unref);
  g_clear_pointer (&self->categories, g_ptr_array_unref);

  G_OBJECT_CLASS (js_jobboard_step_parent_class)->finalize (object);
}

static void
js_jobboard_step_class_init (JsJobboardStepClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = js_jobboard_step_dispose;
  object_class->finalize = js_jobboard_step_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/js-jobboard-step.ui");
  gtk_widget_class_bind_template_child (widget_class, JsJobboardStep, search_entry);
  gtk_widget_class_bind_template_child (widget_class, JsJobboardStep, category_dropdown);
  gtk_widget_class_bind_template_child (widget_class, JsJobboardStep, hours_dropdown);
  gtk_widget_class_bind_template_child (widget_class, JsJobboardStep, count_label);
  gtk_widget_class_bind_template_child (widget_class, JsJobboardStep, results);
  gtk_widget_class_bind_template_child (widget_class, JsJobboardStep, no_results);
  gtk_widget_class_bind_template_child (widget_class, JsJobboardStep, log_list);
  gtk_widget_class_bind_template_child (widget_class, JsJobboardStep, log_empty);
  gtk_widget_class_bind_template_child (widget_class, JsJobboardStep, log_error);
  gtk_widget_class_bind_template_callback (widget_class, filter_changed_cb);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
js_jobboard_step_init (JsJobboardStep *self)
{
  self->jobs = g_ptr_array_new_with_free_func ((GDestroyNotify) job_free);
  self->added = g_ptr_array_new_with_free_func (g_free);
  self->categories = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
  _js_step_list_opens_on_enter (self->results);
}

/**
 * js_jobboard_step_new:
 * @step: a <step kind="jobboard"> node; it must outlive the widget
 *
 * Returns: (transfer floating): the practice job board
 */
GtkWidget *
js_jobboard_step_new (JsExNode *step)
{
  JsJobboardStep *self;

  g_return_val_if_fail (step != NULL, NULL);

  self = g_object_new (JS_TYPE_JOBBOARD_STEP, NULL);
  self->step = step;
  build (self);

  return GTK_WIDGET (self);
}
