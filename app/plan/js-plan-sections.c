/* js-plan-sections.c: the sections of My plan, row by row
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each section of the page as the jobcenter's plan has it: the goal and
 * requirement, the jobs to apply for, the weekly check, the activities, the
 * caseworker and what the plan said before. Rows wrap at any size; what
 * changed is marked in words.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "js-a11y.h"
#include "js-date-format.h"
#include "js-plan-page-private.h"
#include "js-plan-print.h"
#include "js-plan-schedule.h"
#include "js-plan-text.h"
#include "js-rows.h"
#include "js-quote.h"
#include "js-store-plan.h"
#include "js-time.h"
#include "js-toaster.h"

/* The newest plan, the jobcenter's current one. */
const JsPlan *
_js_plan_page_newest_plan (JsPlanPage *self)
{
  if (self->plans == NULL || self->plans->len == 0)
    return NULL;

  return ((JsPlanRevision *) self->plans->pdata[0])->plan;
}

/* How an item is marked: only changes since a revision the citizen read
 * (at the first read everything is new, and the note says so). */
static JsPlanChange
mark_of (JsPlanPage   *self,
         JsPlanChange  change)
{
  return self->changes != NULL && self->marks ? change : JS_PLAN_UNCHANGED;
}

/* "New" or "Changed" beside an item, and the same words for a screen
 * reader in the row's description. */
static void
mark_row (GtkWidget    *row,
          JsPlanChange  change)
{
  GtkWidget *mark;
  const char *text;
  const char *description;

  if (change == JS_PLAN_UNCHANGED)
    return;

  text = change == JS_PLAN_NEW ? C_("plan item", "New") : C_("plan item", "Changed");
  description = change == JS_PLAN_NEW ? _("New since you last read the plan")
                                      : _("Changed since you last read the plan");
  mark = gtk_label_new (text);
  gtk_widget_add_css_class (mark, "plan-mark");
  gtk_widget_set_valign (mark, GTK_ALIGN_CENTER);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), mark);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description, -1);
}

static GtkWidget *
button_new (const char *label,
            const char *action,
            const char *target)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  if (target != NULL)
    gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", target);
  return button;
}

/* A long group (the spec allows 100 activities and 100 jobs) shows its
 * first rows; "Show all" the rest. The page stays quick to open and short
 * to read with a screen reader. */
#define PLAN_ROWS_SHOWN 5

typedef struct {
  JsPlanPage *self;
  GtkWidget  *group;
  const char *key;
  guint       shown;
  guint       hidden;
} Rows;

/* Whether the group's next row is shown (counted either way). */
static gboolean
rows_take (Rows *rows)
{
  if (rows->shown < PLAN_ROWS_SHOWN || g_hash_table_contains (rows->self->expanded, rows->key))
    {
      rows->shown++;
      return TRUE;
    }

  rows->hidden++;
  return FALSE;
}

static void
rows_add (Rows      *rows,
          GtkWidget *row)
{
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (rows->group), row);
  if (rows->shown == PLAN_ROWS_SHOWN + 1 && g_strcmp0 (rows->self->focus_key, rows->key) == 0)
    rows->self->focus_row = row;
}

/* "12 more" and the button that shows them. */
static void
rows_finish (Rows *rows)
{
  g_autofree char *title = NULL;
  GtkWidget *row;
  GtkWidget *button;

  if (rows->hidden == 0)
    return;

  title = g_strdup_printf (ngettext ("%u more", "%u more", rows->hidden), rows->hidden);
  row = js_row_new (title, NULL);
  button = button_new (_("Show _all"), "plan.show-all", rows->key);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), button);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (rows->group), row);
}

void
_js_plan_page_add_goal (JsPlanPage   *self,
          const JsPlan *plan)
{
  GtkWidget *group = js_group_new (_("Job goal and requirement"),
                                _("Written by your jobcenter. Their words are shown as they "
                                  "wrote them, often in Danish."));
  GtkWidget *row = js_row_new (_("Job goal"), plan->job_goal);
  g_autofree char *weekly = g_strdup_printf (ngettext ("%u application a week",
                                                       "%u applications a week",
                                                       (gulong) plan->weekly_applications),
                                             (guint) plan->weekly_applications);

  mark_row (row, mark_of (self, self->changes != NULL && self->changes->job_goal
                                   ? JS_PLAN_CHANGED : JS_PLAN_UNCHANGED));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);

  row = js_row_new (weekly, plan->requirement_text);
  mark_row (row, mark_of (self, self->changes != NULL && self->changes->requirement
                                   ? JS_PLAN_CHANGED : JS_PLAN_UNCHANGED));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  gtk_box_append (self->groups, group);
}

void
_js_plan_page_add_suggestions (JsPlanPage   *self,
                 const JsPlan *plan,
                 const GDate  *today)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) answers = js_store_suggestion_answers (self->store, &error);
  GtkWidget *group;
  Rows rows;

  if (answers == NULL)
    g_warning ("Could not read which suggestions were applied for: %s", error->message);

  group = js_group_new (_("Jobs to apply for"),
                     plan->suggestions->len > 0
                       ? _("Your jobcenter asks you to apply for these jobs before the deadline.")
                       : _("Your jobcenter has not asked you to apply for a particular job."));

  rows = (Rows) { self, group, "suggestions", 0, 0 };
  for (guint i = 0; i < plan->suggestions->len; i++)
    {
      const JsPlanSuggestion *suggestion = plan->suggestions->pdata[i];
      JsSuggestionAnswer *answer = answers != NULL ? g_hash_table_lookup (answers, suggestion->id)
                                                   : NULL;
      g_autofree char *deadline = NULL;
      g_autofree char *state = NULL;
      g_autofree char *subtitle = NULL;
      g_autofree char *title = NULL;
      GtkWidget *row;

      if (!rows_take (&rows))
        continue;

      deadline = js_plan_deadline_text (suggestion->deadline, today);
      if (answer != NULL)
        {
          GDate day;
          g_autofree char *date = js_date_from_iso (answer->date, &day) ? js_format_date (&day)
                                                                        : g_strdup (answer->date);

          /* Translators: %s is a date */
          state = g_strdup_printf (answer->planned ? _("In your job log as planned, %s")
                                                   : _("Applied on %s"),
                                   date);
        }
      else
        state = g_strdup (_("Not in your job log yet"));

      /* Translators: a job and its employer */
      title = g_strdup_printf (_("%s, %s"), suggestion->title, suggestion->employer);
      subtitle = g_strdup_printf ("%s\n%s", deadline, state);
      row = js_row_new (title, subtitle);
      mark_row (row, mark_of (self, self->changes != NULL
                                      ? js_plan_changes_suggestion (self->changes, suggestion->id)
                                      : JS_PLAN_UNCHANGED));

      if (suggestion->link != NULL && *suggestion->link != '\0')
        {
          GtkWidget *open = button_new (_("_Open ad"), "plan.open-link", suggestion->link);

          gtk_widget_set_tooltip_text (open, _("Open the job ad in your web browser"));
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), open);
        }
      if (answer == NULL || answer->planned)
        {
          GtkWidget *log = button_new (_("_Log application"), "plan.log-suggestion",
                                       suggestion->id);

          gtk_widget_add_css_class (log, "suggested-action");
          gtk_widget_set_tooltip_text (log, _("Write the application in your job log"));
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), log);
        }
      rows_add (&rows, row);
    }

  rows_finish (&rows);
  gtk_box_append (self->groups, group);
}

void
_js_plan_page_add_check (JsPlanPage  *self,
           const GDate *today)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) last = js_store_suggestions_last_checked (self->store, &error);
  g_autofree char *last_text = NULL;
  g_autofree char *due_text = NULL;
  g_autofree char *subtitle = NULL;
  GtkWidget *group = js_group_new (_("Weekly check of your job suggestions"),
                                _("Every 7 days, look at the job suggestions the jobcenter and "
                                  "Jobnet have for you, and say so here. If you miss it three "
                                  "times in a year, you can lose your registration as "
                                  "unemployed."));
  GtkWidget *row;
  GtkWidget *button;
  GDate due;
  int days;

  if (error != NULL)
    g_warning ("Could not read the last check: %s", error->message);

  js_suggestion_check_due (last, today, &due);
  days = g_date_days_between (today, &due);
  last_text = last != NULL ? js_plan_moment_text (last) : NULL;
  due_text = js_format_date (&due);

  if (days < 0)
    /* Translators: %s is a date */
    subtitle = g_strdup_printf (_("It was due on %s. Do it today."), due_text);
  else if (days == 0)
    subtitle = g_strdup (_("It is due today."));
  else if (days <= JS_SUGGESTION_CHECK_WARN_DAYS)
    /* Translators: %s is a date, %d a number of days */
    subtitle = g_strdup_printf (ngettext ("Due on %s: %d day left.", "Due on %s: %d days left.",
                                          days),
                                due_text, days);
  else
    /* Translators: %s is a date */
    subtitle = g_strdup_printf (_("Next check due on %s."), due_text);

  row = js_row_new (last_text != NULL ? last_text : _("No check recorded yet"),
                 subtitle);
  if (last_text != NULL)
    {
      /* Translators: %s is a date */
      g_autofree char *title = g_strdup_printf (_("Last checked on %s"), last_text);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
    }
  if (days <= JS_SUGGESTION_CHECK_WARN_DAYS)
    {
      GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");

      gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Warning"), -1);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
    }

  button = button_new (_("I have _looked at my job suggestions"), "plan.checked", NULL);
  self->check_button = button;
  gtk_widget_set_tooltip_text (button, _("Record that you looked at your job suggestions today"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  gtk_box_append (self->groups, group);
}

void
_js_plan_page_add_activities (JsPlanPage   *self,
                const JsPlan *plan,
                const GDate  *today)
{
  static const struct {
    JsActivityPhase  phase;
    const char      *title;
    const char      *key;
  } phases[] = {
    { JS_ACTIVITY_NOW, N_("Activities now"), "now" },
    { JS_ACTIVITY_COMING, N_("Coming activities"), "coming" },
    { JS_ACTIVITY_FINISHED, N_("Finished activities"), "finished" },
  };

  for (guint p = 0; p < G_N_ELEMENTS (phases); p++)
    {
      Rows rows = { self, NULL, phases[p].key, 0, 0 };

      for (guint i = 0; i < plan->activities->len; i++)
        {
          const JsPlanActivity *activity = plan->activities->pdata[i];
          g_autofree char *dates = NULL;
          GString *subtitle;
          GtkWidget *row;

          if (js_activity_phase (activity, today) != phases[p].phase)
            continue;

          if (rows.group == NULL)
            rows.group = js_group_new (_(phases[p].title), NULL);
          if (!rows_take (&rows))
            continue;

          dates = js_plan_activity_dates (activity);
          subtitle = g_string_new (js_plan_activity_kind_name (activity->kind));
          g_string_append_printf (subtitle, "\n%s",
                                  js_plan_activity_kind_explanation (activity->kind));
          if (dates != NULL)
            g_string_append_printf (subtitle, "\n%s", dates);
          /* The jobcenter's own words, marked as theirs, not translated. */
          if (activity->description != NULL && *activity->description != '\0')
            {
              g_autofree char *words = js_from_jobcenter (activity->description);

              g_string_append_printf (subtitle, "\n%s", words);
            }

          row = js_row_new (activity->title, subtitle->str);
          g_string_free (subtitle, TRUE);
          mark_row (row, mark_of (self, self->changes != NULL
                                          ? js_plan_changes_activity (self->changes, activity->id)
                                          : JS_PLAN_UNCHANGED));
          rows_add (&rows, row);
        }

      if (rows.group != NULL)
        {
          rows_finish (&rows);
          gtk_box_append (self->groups, rows.group);
        }
    }
}

static void
add_contact_row (GtkWidget  *group,
                 const char *title,
                 const char *value,
                 const char *scheme,
                 const char *open_label,
                 const char *open_tooltip)
{
  g_autofree char *uri = NULL;
  g_autofree char *copy_name = NULL;
  GtkWidget *row;
  GtkWidget *copy;
  GtkWidget *open;

  if (value == NULL || *value == '\0')
    return;

  row = js_row_new (title, value);
  /* No mnemonic: its name for a screen reader says what it copies. */
  copy = gtk_button_new_with_label (_("Copy"));
  gtk_widget_set_valign (copy, GTK_ALIGN_CENTER);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (copy), "plan.copy");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (copy), "s", value);
  /* Translators: %s is "Phone" or "E-mail" */
  copy_name = g_strdup_printf (_("Copy %s"), title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (copy), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  copy_name, -1);
  gtk_widget_set_tooltip_text (copy, copy_name);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), copy);

  /* A phone number as written ("+45 33 00 00 00") is dialled without its
   * spaces; an address goes as it is. */
  if (g_str_equal (scheme, "tel:"))
    {
      GString *digits = g_string_new (scheme);

      for (const char *p = value; *p != '\0'; p++)
        {
          if (g_ascii_isdigit (*p) || *p == '+')
            g_string_append_c (digits, *p);
        }
      uri = g_string_free (digits, FALSE);
    }
  else
    uri = g_strconcat (scheme, value, NULL);
  open = button_new (open_label, "plan.open-link", uri);
  gtk_widget_set_tooltip_text (open, open_tooltip);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), open);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
}

void
_js_plan_page_add_caseworker (JsPlanPage   *self,
                const JsPlan *plan)
{
  GtkWidget *group = js_group_new (_("Your caseworker"), NULL);
  GtkWidget *row = js_row_new (plan->caseworker_name, NULL);

  mark_row (row, mark_of (self, self->changes != NULL && self->changes->caseworker
                                   ? JS_PLAN_CHANGED : JS_PLAN_UNCHANGED));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  add_contact_row (group, _("Phone"), plan->caseworker_phone, "tel:", _("C_all"),
                   _("Call with the phone program of this PC"));
  add_contact_row (group, _("E-mail"), plan->caseworker_email, "mailto:", _("_Write"),
                   _("Write an e-mail with the mail program of this PC"));
  gtk_box_append (self->groups, group);
}

/* What one revision changed from the one before it, in a line. */
static char *
history_line (const JsPlan *before,
              const JsPlan *after)
{
  g_autoptr(JsPlanChanges) changes = js_plan_changes_new (before, after);
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  guint n;

  if (before == NULL)
    return g_strdup (_("The first plan that came to this PC"));

  if (changes->job_goal)
    g_ptr_array_add (parts, g_strdup (_("job goal changed")));
  if (changes->requirement)
    g_ptr_array_add (parts, g_strdup (_("requirement changed")));
  if (changes->caseworker)
    g_ptr_array_add (parts, g_strdup (_("caseworker changed")));
  if ((n = g_hash_table_size (changes->activities)) > 0)
    g_ptr_array_add (parts, g_strdup_printf (ngettext ("%u activity new or changed",
                                                       "%u activities new or changed", n), n));
  if (changes->removed_activities > 0)
    g_ptr_array_add (parts, g_strdup_printf (ngettext ("%u activity removed",
                                                       "%u activities removed",
                                                       changes->removed_activities),
                                             changes->removed_activities));
  if ((n = g_hash_table_size (changes->suggestions)) > 0)
    g_ptr_array_add (parts, g_strdup_printf (ngettext ("%u job to apply for new or changed",
                                                       "%u jobs to apply for new or changed", n),
                                             n));
  if (changes->removed_suggestions > 0)
    g_ptr_array_add (parts, g_strdup_printf (ngettext ("%u job to apply for removed",
                                                       "%u jobs to apply for removed",
                                                       changes->removed_suggestions),
                                             changes->removed_suggestions));
  if (parts->len == 0)
    return g_strdup (_("Nothing you can see changed"));

  g_ptr_array_add (parts, NULL);
  /* Translators: the separator between changes in a list */
  return g_strjoinv (_(", "), (char **) parts->pdata);
}

void
_js_plan_page_add_history (JsPlanPage *self)
{
  const JsPlan *plan = _js_plan_page_newest_plan (self);
  g_autoptr(GError) error = NULL;
  gboolean all = g_hash_table_contains (self->expanded, "history");
  guint total = js_store_plan_count_revisions (self->store, plan->id);
  /* One more than is shown: the last row shown says what it changed. */
  g_autoptr(GPtrArray) history = js_store_plan_history (self->store, plan->id,
                                                        all ? -1 : PLAN_ROWS_SHOWN + 1, &error);
  GtkWidget *group;
  Rows rows;

  if (history == NULL)
    {
      g_warning ("Could not read the plan's history: %s", error->message);
      return;
    }

  if (total <= 1 && self->plans->len <= 1)
    return;

  group = js_group_new (_("What the plan said before"),
                     _("Each time the jobcenter changed your plan, and what changed."));
  rows = (Rows) { self, group, "history", 0, 0 };
  for (guint i = 0; i < history->len; i++)
    {
      JsPlanRevision *revision = history->pdata[i];
      JsPlanRevision *earlier = i + 1 < history->len ? history->pdata[i + 1] : NULL;
      g_autofree char *when = NULL;
      g_autofree char *what = NULL;
      g_autofree char *title = NULL;
      g_autofree char *subtitle = NULL;

      if (!rows_take (&rows))
        continue;

      when = js_plan_moment_text (revision->plan->updated);
      what = history_line (earlier != NULL ? earlier->plan : NULL, revision->plan);
      /* Translators: %s is a date */
      title = g_strdup_printf (_("Changed by the jobcenter on %s"), when);
      subtitle = g_strdup_printf ("%s\n%s: %s", what, _("Job goal"), revision->plan->job_goal);
      rows_add (&rows, js_row_new (title, subtitle));
    }
  rows.hidden = total - MIN (rows.shown, total);
  rows_finish (&rows);

  for (guint i = 1; i < self->plans->len; i++)
    {
      JsPlan *earlier = ((JsPlanRevision *) self->plans->pdata[i])->plan;
      g_autofree char *when = js_plan_moment_text (earlier->updated);
      /* Translators: %s is a date */
      g_autofree char *title = g_strdup_printf (_("Earlier plan, last changed on %s"), when);
      g_autofree char *subtitle = g_strdup_printf ("%s: %s", _("Job goal"), earlier->job_goal);
      GtkWidget *row = js_row_new (title, subtitle);
      GtkWidget *show = button_new (_("_Show"), "plan.show-plan", earlier->id);

      gtk_widget_set_tooltip_text (show, _("Show this earlier plan"));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), show);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }

  gtk_box_append (self->groups, group);
}

/* Reading an earlier plan: it says so, and the way back is first. */
void
_js_plan_page_add_earlier_note (JsPlanPage   *self,
                  const JsPlan *plan)
{
  g_autofree char *when = js_plan_moment_text (plan->updated);
  /* Translators: %s is a date */
  g_autofree char *title = g_strdup_printf (_("An earlier plan, last changed on %s. Your "
                                              "current plan is another."), when);
  GtkWidget *group = js_group_new (_("Earlier plan"), NULL);
  GtkWidget *row = js_row_new (title, NULL);
  GtkWidget *back = button_new (_("_Back to your current plan"), "plan.show-plan", "");

  gtk_widget_add_css_class (back, "suggested-action");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), back);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  gtk_box_append (self->groups, group);
}

