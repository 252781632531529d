/* js-exercises-page.c: the exercises section
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The exercises found on this computer, grouped by area, each with the
 * citizen's progress, and the view that runs one of them. The exercises are
 * read once when the page is built (it is built anew when the language
 * changes, and their text is translated when shown).
 */

#include "config.h"

#include <glib/gi18n.h>

#include "js-date-format.h"
#include "js-exercise-view.h"
#include "js-exercises-page.h"
#include "js-step-util.h"
#include "js-store-exercises.h"
#include "js-week.h"

typedef struct {
  JsExercise   *exercise;  /* owned by the page's list */
  GtkWidget    *row;
  GtkLabel     *status_label;
  GtkLabel     *best_label;
  GtkLabel     *attempts_label;
} Row;

struct _JsExercisesPage {
  GtkWidget    parent_instance;

  JsStore     *store;
  GSignalGroup *store_signals;
  guint        load_source;
  GPtrArray   *exercises;               /* JsExercise; NULL until first needed */               /* JsExercise */
  GArray      *rows;                    /* Row */
  GtkWidget   *groups[JS_N_AREAS];      /* AdwPreferencesGroup, or NULL */
  GtkWidget   *view;                    /* JsExerciseView, or NULL */

  GtkStack    *stack;
  GtkBox      *areas_box;
};

G_DEFINE_FINAL_TYPE (JsExercisesPage, js_exercises_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Set by the build's development environment and the UI tests, to run
 * uninstalled. */
static const char *
exercises_dir (void)
{
  const char *dir = g_getenv ("JOBSPOR_EXERCISES_DIR");

  return dir != NULL && *dir != '\0' ? dir : EXERCISESDIR;
}

/* The exercises, read from disk once per run and shared by every page
 * (a language switch builds a new one): they hold the English text and
 * are translated as they are shown. By area, then level, then title. One
 * broken file must not hide the others: say why, show the rest. */
static GPtrArray *
shared_exercises (void)
{
  static GPtrArray *exercises;

  if (exercises == NULL)
    {
      g_autoptr(GPtrArray) errors = g_ptr_array_new_with_free_func (g_free);

      exercises = js_exercise_load_dir (exercises_dir (), errors);
      for (guint i = 0; i < errors->len; i++)
        g_warning ("An exercise was not loaded: %s", (const char *) errors->pdata[i]);
    }

  return g_ptr_array_ref (exercises);
}

static GHashTable *
progress_by_exercise (JsExercisesPage *self,
                      GPtrArray      **list)
{
  g_autoptr(GError) error = NULL;
  GHashTable *table = g_hash_table_new (g_str_hash, g_str_equal);

  *list = NULL;
  if (self->store == NULL)
    return table;

  *list = js_store_exercise_list (self->store, &error);
  if (*list == NULL)
    {
      g_warning ("Could not read the progress on the exercises: %s", error->message);
      return table;
    }

  for (guint i = 0; i < (*list)->len; i++)
    {
      JsExerciseProgress *progress = (*list)->pdata[i];

      g_hash_table_insert (table, progress->exercise, progress);
    }
  return table;
}

static char *
format_details (JsExercise *exercise)
{
  g_autofree char *minutes =
    g_strdup_printf (ngettext ("About %d minute", "About %d minutes", exercise->minutes),
                     exercise->minutes);

  /* Translators: an exercise's level and length, e.g. "Foundation · About 3 minutes" */
  return g_strdup_printf (_("%s · %s"), js_exercise_level_title (exercise->level), minutes);
}

/* The row's progress in words, and the same as one sentence for a screen reader. */
static void
show_progress (Row                *row,
               JsExerciseProgress *progress)
{
  g_autofree char *status = NULL;
  g_autofree char *best = NULL;
  g_autofree char *attempts = NULL;
  g_autofree char *details = format_details (row->exercise);
  g_autoptr(GString) description = NULL;
  const char *sentences[4];

  if (progress == NULL || progress->attempts <= 0)
    {
      status = g_strdup (_("Not started"));
    }
  else
    {
      if (progress->completed != NULL)
        {
          g_autofree char *day = NULL;
          GDate date;

          js_date_in_copenhagen (progress->completed, &date);
          day = js_format_date (&date);
          /* Translators: %s is a date, e.g. "Done on 3 December 2026" */
          status = g_strdup_printf (_("Done on %s"), day);
          /* Translators: the best score of the finished attempts, e.g. "Best result 75 %" */
          best = g_strdup_printf (_("Best result %d %%"), progress->best_score);
        }
      else
        {
          status = g_strdup (_("Started, not finished"));
        }
      attempts = g_strdup_printf (ngettext ("%d attempt", "%d attempts", progress->attempts),
                                  progress->attempts);
    }

  sentences[0] = details;
  sentences[1] = status;
  sentences[2] = best;
  sentences[3] = attempts;
  _js_label_set_or_hide (row->status_label, status);
  _js_label_set_or_hide (row->best_label, best);
  _js_label_set_or_hide (row->attempts_label, attempts);
  gtk_widget_remove_css_class (GTK_WIDGET (row->status_label), "success");
  if (progress != NULL && progress->completed != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (row->status_label), "success");

  /* For a screen reader: the summary, then each detail as a sentence. */
  description = g_string_new (js_exercise_get_summary (row->exercise));
  for (guint i = 0; i < G_N_ELEMENTS (sentences); i++)
    {
      if (sentences[i] != NULL)
        g_string_append_printf (description, " %s.", sentences[i]);
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (row->row),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description->str, -1);
}

static void
refresh (JsExercisesPage *self)
{
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GHashTable) progress = progress_by_exercise (self, &list);
  guint done[JS_N_AREAS] = { 0 };
  guint total[JS_N_AREAS] = { 0 };

  for (guint i = 0; i < self->rows->len; i++)
    {
      Row *row = &g_array_index (self->rows, Row, i);
      JsExerciseProgress *found = g_hash_table_lookup (progress, row->exercise->id);

      show_progress (row, found);
      total[row->exercise->area]++;
      if (found != NULL && found->completed != NULL)
        done[row->exercise->area]++;
    }

  for (guint area = 0; area < JS_N_AREAS; area++)
    {
      g_autofree char *text = NULL;

      if (self->groups[area] == NULL)
        continue;

      /* Translators: how many exercises of an area are done, e.g. "1 of 4 done" */
      text = g_strdup_printf (ngettext ("%1$u of %2$u done", "%1$u of %2$u done", total[area]),
                              done[area], total[area]);
      adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self->groups[area]), text);
    }
}

static void
view_closed_cb (JsExercisesPage *self,
                JsExerciseView  *view)
{
  JsExercise *exercise = js_exercise_view_get_exercise (view);

  gtk_stack_set_visible_child_name (self->stack, "overview");
  gtk_stack_remove (self->stack, GTK_WIDGET (view));
  if (self->view == GTK_WIDGET (view))
    self->view = NULL;
  refresh (self);

  /* Back where the citizen left: on the exercise they just did. */
  for (guint i = 0; i < self->rows->len; i++)
    {
      Row *row = &g_array_index (self->rows, Row, i);

      if (row->exercise == exercise)
        gtk_widget_grab_focus (row->row);
    }
}

static void
open_exercise (JsExercisesPage *self,
               JsExercise      *exercise)
{
  if (self->view != NULL)
    gtk_stack_remove (self->stack, self->view);

  self->view = js_exercise_view_new (exercise, self->store);
  g_signal_connect_object (self->view, "closed", G_CALLBACK (view_closed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->view, "recorded", G_CALLBACK (refresh), self,
                           G_CONNECT_SWAPPED);
  gtk_stack_add_named (self->stack, self->view, "exercise");
  gtk_stack_set_visible_child (self->stack, self->view);
  gtk_widget_child_focus (self->view, GTK_DIR_TAB_FORWARD);
}

static void
row_activated_cb (AdwActionRow    *row,
                  JsExercisesPage *self)
{
  open_exercise (self, g_object_get_data (G_OBJECT (row), "exercise"));
}

static GtkWidget *
progress_line (GtkWidget *box)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_width_chars (GTK_LABEL (label), 12);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 22);
  gtk_label_set_xalign (GTK_LABEL (label), 1);
  gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_RIGHT);
  gtk_box_append (GTK_BOX (box), label);
  return label;
}

static void
add_row (JsExercisesPage *self,
         JsExercise      *exercise)
{
  GtkWidget *group = self->groups[exercise->area];
  g_autofree char *details = format_details (exercise);
  g_autofree char *subtitle = g_strdup_printf ("%s\n%s", js_exercise_get_summary (exercise),
                                               details);
  GtkWidget *lines = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  Row row = { exercise };

  if (group == NULL)
    {
      group = self->groups[exercise->area] = adw_preferences_group_new ();
      adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group),
                                       js_exercise_area_title (exercise->area));
      gtk_box_append (self->areas_box, group);
    }

  row.row = adw_action_row_new ();
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row.row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row.row), js_exercise_get_title (exercise));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row.row), subtitle);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row.row), TRUE);
  g_object_set_data (G_OBJECT (row.row), "exercise", exercise);
  g_signal_connect_object (row.row, "activated", G_CALLBACK (row_activated_cb), self, 0);

  gtk_widget_set_valign (lines, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (lines, "exercise-progress");
  row.status_label = GTK_LABEL (progress_line (lines));
  row.best_label = GTK_LABEL (progress_line (lines));
  row.attempts_label = GTK_LABEL (progress_line (lines));
  gtk_widget_add_css_class (GTK_WIDGET (row.status_label), "heading");
  gtk_widget_add_css_class (GTK_WIDGET (row.attempts_label), "dim-label");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row.row), lines);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row.row), gtk_image_new_from_icon_name ("go-next-symbolic"));

  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row.row);
  g_array_append_val (self->rows, row);
}

static void
build_overview (JsExercisesPage *self)
{
  g_clear_handle_id (&self->load_source, g_source_remove);
  if (self->exercises != NULL)
    return;

  self->exercises = shared_exercises ();
  for (guint i = 0; i < self->exercises->len; i++)
    add_row (self, self->exercises->pdata[i]);

  gtk_stack_set_visible_child_name (self->stack, self->exercises->len > 0 ? "overview" : "empty");
  refresh (self);
}

static gboolean
build_overview_idle_cb (gpointer user_data)
{
  JsExercisesPage *self = user_data;

  self->load_source = 0;
  build_overview (self);
  return G_SOURCE_REMOVE;
}

static void
js_exercises_page_map (GtkWidget *widget)
{
  build_overview (JS_EXERCISES_PAGE (widget));

  GTK_WIDGET_CLASS (js_exercises_page_parent_class)->map (widget);
}

static void
js_exercises_page_dispose (GObject *object)
{
  JsExercisesPage *self = JS_EXERCISES_PAGE (object);

  g_clear_handle_id (&self->load_source, g_source_remove);

  /* The view may still save an unfinished attempt as it goes: before the
   * exercises it points into, and without telling this page, whose rows
   * may be gone by then. */
  if (self->view != NULL)
    g_signal_handlers_disconnect_by_data (self->view, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), JS_TYPE_EXERCISES_PAGE);
  self->view = NULL;
  g_clear_pointer (&self->rows, g_array_unref);
  g_clear_pointer (&self->exercises, g_ptr_array_unref);
  g_clear_object (&self->store);
  g_clear_object (&self->store_signals);

  G_OBJECT_CLASS (js_exercises_page_parent_class)->dispose (object);
}

static void
js_exercises_page_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  JsExercisesPage *self = JS_EXERCISES_PAGE (object);

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
js_exercises_page_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  JsExercisesPage *self = JS_EXERCISES_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      js_exercises_page_set_store (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
js_exercises_page_class_init (JsExercisesPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = js_exercises_page_dispose;
  object_class->get_property = js_exercises_page_get_property;
  object_class->set_property = js_exercises_page_set_property;

  /**
   * JsExercisesPage:store:
   *
   * The profile whose exercise progress is shown, or %NULL.
   */
  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, JS_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  widget_class->map = js_exercises_page_map;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/js-exercises-page.ui");
  gtk_widget_class_bind_template_child (widget_class, JsExercisesPage, stack);
  gtk_widget_class_bind_template_child (widget_class, JsExercisesPage, areas_box);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
js_exercises_page_init (JsExercisesPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->rows = g_array_new (FALSE, TRUE, sizeof (Row));
  /* Not in the way of the first frame: the overview is built once the
   * window is drawn, or as soon as the section is shown. */
  self->load_source = g_idle_add_full (G_PRIORITY_LOW, build_overview_idle_cb, self, NULL);

  /* A sync brought progress made on another PC: show it. */
  self->store_signals = g_signal_group_new (JS_TYPE_STORE);
  g_signal_group_connect_swapped (self->store_signals, "changed-elsewhere",
                                  G_CALLBACK (refresh), self);
}

/**
 * js_exercises_page_set_store:
 * @self: the page
 * @store: (nullable): the open profile's store
 *
 * Shows the progress kept in @store; attempts are saved there.
 */
void
js_exercises_page_set_store (JsExercisesPage *self,
                             JsStore         *store)
{
  g_return_if_fail (JS_IS_EXERCISES_PAGE (self));

  if (!g_set_object (&self->store, store))
    return;

  g_signal_group_set_target (self->store_signals, store);
  refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}
