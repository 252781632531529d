/* test-plan-page.c: My plan and This week drawn from a synced plan
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * On a virtual display, in English, Danish, Ukrainian and Arabic: every
 * activity kind the spec knows is named and explained in the language
 * (no English left outside the jobcenter's own words), the jobcenter's
 * text is shown unchanged, every button has a name; the suggestion check
 * warns in its last two days and not before; an earlier plan can be read
 * and left again; This week lists what the plan and the job log ask.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "js-i18n.h"
#include "js-plan-page.h"
#include "js-quote.h"
#include "js-store-plan.h"
#include "js-store-sync.h"
#include "js-test-util.h"
#include "js-this-week-page.h"
#include "js-time.h"

#define PLAN  "e79aedc4-9742-48cb-8c38-2135424df139"
#define OLDER "3c1b0c8e-5a0e-4f57-9a5f-2f8f1b7f4a10"

static const char * const kinds[] = {
  "internship", "wage-subsidy", "igu", "danish-lessons", "job-course", "upskilling", "mentor",
  "health-support", "clarification", "other",
};

static const char * const kind_names[] = {
  "Internship at a company (virksomhedspraktik)", "Wage-subsidy job (løntilskud)",
  "Integration basic education (IGU)", "Danish lessons (danskuddannelse)",
  "Six-week job-oriented course (6 ugers jobrettet uddannelse)", "Upskilling course", "Mentor",
  "Health support alongside work (IPS)",
  "Clarification for flexible job or early pension (ressourceforløb)", "Other activity",
};

G_STATIC_ASSERT (G_N_ELEMENTS (kinds) == G_N_ELEMENTS (kind_names));

typedef struct {
  char    *dir;
  JsStore *store;
} Fixture;

static char *
plan_json (const char *id,
           const char *goal,
           const char *updated)
{
  g_autoptr(GString) json = g_string_new (NULL);
  g_autofree char *deadline = NULL;
  GDate day;

  /* Due today: in this week whatever the day. */
  js_today (&day);
  deadline = js_date_to_iso (&day);

  g_string_append_printf (json, "{\"id\": \"%s\", \"job_goal\": \"%s\","
                                " \"weekly_applications\": 2,"
                                " \"requirement_text\": \"Søg mindst 2 job om ugen.\","
                                " \"activities\": [", id, goal);
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    g_string_append_printf (json, "%s{\"id\": \"87a3a44f-22bb-4642-99a7-%012u\","
                                  " \"kind\": \"%s\", \"title\": \"Aktivitet %u\","
                                  " \"starts\": null, \"ends\": null,"
                                  " \"description\": \"Beskrivelse %u\"}",
                            i == 0 ? "" : ", ", i, kinds[i], i, i);
  g_string_append_printf (json, "], \"job_suggestions\": [{\"id\":"
                                " \"6c385c14-e2ba-4c57-ab84-2bcd5aa6c7c5\", \"title\": \"Kok\","
                                " \"employer\": \"Coop\", \"link\": \"https://job.example\","
                                " \"deadline\": \"%s\"}],"
                                " \"caseworker\": {\"name\": \"Mette Jørgensen\","
                                " \"phone\": \"+45 33 00 00 00\", \"email\": \"m@jobcenter.example\"},"
                                " \"updated\": \"%s\"}", deadline, updated);
  return g_string_free (g_steal_pointer (&json), FALSE);
}

static void
pull (JsStore    *store,
      const char *id,
      gint64      revision,
      const char *json)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsChangesPage) page = js_changes_page_new ();
  JsChange *change = g_new0 (JsChange, 1);

  change->entity = g_strdup (JS_PLAN_ENTITY);
  change->record_id = g_strdup (id);
  change->revision = revision;
  change->record = json_from_string (json, NULL);
  g_ptr_array_add (page->changes, change);
  page->cursor = g_strdup_printf ("%" G_GINT64_FORMAT, revision);
  g_assert_true (js_store_sync_apply_page (store, page, &error));
  g_assert_no_error (error);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *newest = plan_json (PLAN, "Lagerarbejder", "2026-11-20T09:00:00Z");
  g_autofree char *older = plan_json (OLDER, "Kok i Valby", "2026-01-05T09:00:00Z");

  f->dir = js_test_make_dir ("jobspor-plan-page");
  path = g_build_filename (f->dir, "jobspor.db", NULL);
  f->store = js_store_open (path, &error);
  g_assert_no_error (error);
  pull (f->store, OLDER, 2, older);
  pull (f->store, PLAN, 5, newest);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->store);
  js_test_remove_tree (f->dir);
  g_free (f->dir);
  js_i18n_apply ("en");
}

/* Every label's text below @widget, and the names of its buttons, in @out;
 * a button with neither label nor accessible name fails. */
static void
collect (GtkWidget *widget,
         GString   *out)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_visible (widget))
    g_string_append_printf (out, "%s\n", gtk_label_get_text (GTK_LABEL (widget)));
  if (GTK_IS_BUTTON (widget) && gtk_widget_get_visible (widget))
    g_assert_true (gtk_button_get_label (GTK_BUTTON (widget)) != NULL ||
                   gtk_button_get_icon_name (GTK_BUTTON (widget)) != NULL);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect (child, out);
}

static char *
page_text (GtkWidget *page)
{
  GString *text = g_string_new (NULL);

  collect (page, text);
  return g_string_free (text, FALSE);
}

static void
assert_has (const char *text,
            const char *expected)
{
  if (strstr (text, expected) == NULL)
    g_error ("“%s” is not on the page:\n%s", expected, text);
}

static void
assert_lacks (const char *text,
              const char *unexpected)
{
  if (strstr (text, unexpected) != NULL)
    g_error ("“%s” is on the page:\n%s", unexpected, text);
}

static GtkWidget *
show (GtkWidget *page)
{
  GtkWidget *window = gtk_window_new ();

  gtk_window_set_child (GTK_WINDOW (window), page);
  gtk_window_set_default_size (GTK_WINDOW (window), 900, 700);
  gtk_window_present (GTK_WINDOW (window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  return window;
}

static void
test_languages (Fixture       *f,
                gconstpointer  data)
{
  static const char * const languages[] = { "en", "da", "uk", "ar" };

  for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
    {
      JsPlanPage *page;
      GtkWidget *window;
      g_autofree char *text = NULL;

      js_i18n_apply (languages[l]);
      page = g_object_new (JS_TYPE_PLAN_PAGE, NULL);
      js_plan_page_set_store (page, f->store);
      window = show (GTK_WIDGET (page));

      /* Ten activities going on now: five shown, "5 more" to show all. */
      text = page_text (GTK_WIDGET (page));
      {
        g_autofree char *more = g_strdup_printf (ngettext ("%u more", "%u more", 5), 5);

        assert_has (text, more);
        assert_lacks (text, "Aktivitet 9\n");
      }
      g_clear_pointer (&text, g_free);
      gtk_widget_activate_action (GTK_WIDGET (page), "plan.show-all", "s", "now");
      text = page_text (GTK_WIDGET (page));
      assert_has (text, "Aktivitet 9\n");

      /* The jobcenter's words as they are. */
      assert_has (text, "Lagerarbejder");
      assert_has (text, "Søg mindst 2 job om ugen.");
      {
        g_autofree char *job = g_strdup_printf (_("%s, %s"), "Kok", "Coop");

        assert_has (text, job);
      }
      assert_has (text, "Mette Jørgensen");
      for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
        {
          g_autofree char *words = g_strdup_printf ("Beskrivelse %u", i);
          g_autofree char *description = js_from_jobcenter (words);

          assert_has (text, _(kind_names[i]));
          assert_has (text, description);
          if (!g_str_equal (languages[l], "en") && !g_str_equal (kinds[i], "mentor"))
            assert_lacks (text, kind_names[i]);
        }
      assert_has (text, _("Jobs to apply for"));
      assert_has (text, _("Your caseworker"));
      if (!g_str_equal (languages[l], "en"))
        {
          assert_lacks (text, "Jobs to apply for");
          assert_lacks (text, "Activities now");
          assert_lacks (text, "Mark as read");
        }
      /* Never read: the note asks to, and the tab is marked. */
      g_assert_true (gtk_widget_get_visible (GTK_WIDGET (page)));
      {
        gboolean unread = FALSE;

        g_object_get (page, "unread", &unread, NULL);
        g_assert_true (unread);
      }
      gtk_window_destroy (GTK_WINDOW (window));
    }
}

static void
test_check_warning (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) six_days_ago = g_date_time_add_days (now, -6);
  g_autoptr(GDateTime) two_days_ago = g_date_time_add_days (now, -2);
  JsPlanPage *page = g_object_new (JS_TYPE_PLAN_PAGE, NULL);
  GtkWidget *window;
  g_autofree char *never = NULL;
  g_autofree char *soon = NULL;
  g_autofree char *later = NULL;

  js_plan_page_set_store (page, f->store);
  window = show (GTK_WIDGET (page));
  never = page_text (GTK_WIDGET (page));
  assert_has (never, "No check recorded yet");
  assert_has (never, "It is due today.");

  g_assert_true (js_store_suggestions_checked (f->store, six_days_ago, &error));
  js_plan_page_refresh (page);
  soon = page_text (GTK_WIDGET (page));
  assert_has (soon, "1 day left.");

  g_assert_true (js_store_suggestions_checked (f->store, two_days_ago, &error));
  g_assert_true (js_store_suggestions_checked (f->store, now, &error));
  js_plan_page_refresh (page);
  later = page_text (GTK_WIDGET (page));
  assert_has (later, "Next check due on");
  assert_lacks (later, "day left");
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_earlier_plan (Fixture       *f,
                   gconstpointer  data)
{
  JsPlanPage *page = g_object_new (JS_TYPE_PLAN_PAGE, NULL);
  GtkWidget *window;
  g_autofree char *current = NULL;
  g_autofree char *earlier = NULL;
  g_autofree char *back = NULL;

  js_plan_page_set_store (page, f->store);
  window = show (GTK_WIDGET (page));
  current = page_text (GTK_WIDGET (page));
  assert_has (current, "Earlier plan, last changed on 5 January 2026");

  gtk_widget_activate_action (GTK_WIDGET (page), "plan.show-plan", "s", OLDER);
  earlier = page_text (GTK_WIDGET (page));
  assert_has (earlier, "Kok i Valby");
  assert_has (earlier, "An earlier plan, last changed on 5 January 2026.");
  assert_lacks (earlier, "Weekly check of your job suggestions");

  gtk_widget_activate_action (GTK_WIDGET (page), "plan.show-plan", "s", "");
  back = page_text (GTK_WIDGET (page));
  assert_lacks (back, "An earlier plan, last changed on");
  assert_has (back, "Lagerarbejder\n");
  assert_has (back, "Weekly check of your job suggestions");
  gtk_window_destroy (GTK_WINDOW (window));
}

static GtkWidget *
find_action (GtkWidget  *widget,
             const char *action)
{
  if (GTK_IS_ACTIONABLE (widget) &&
      g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_action (child, action);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static GtkWidget *
find_type (GtkWidget *widget,
           GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_type (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static GtkWidget *
focus_of (GtkWidget *window)
{
  /* GTK moves a lost focus after the next frame: let it. */
  js_test_wait_frames (5);
  return gtk_root_get_focus (GTK_ROOT (window));
}

/* A sync brings something while the citizen is on a button: the page is
 * built anew, and the keyboard is on the same button of the new page,
 * not thrown back to the top. */
static void
test_focus_kept (Fixture       *f,
                 gconstpointer  data)
{
  JsPlanPage *page = g_object_new (JS_TYPE_PLAN_PAGE, NULL);
  JsThisWeekPage *week = g_object_new (JS_TYPE_THIS_WEEK_PAGE, NULL);
  GtkWidget *window;
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *check;
  GtkWidget *focus;
  GtkListBoxRow *row;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  js_plan_page_set_store (page, f->store);
  js_this_week_page_set_store (week, f->store);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (week));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (page));
  window = show (box);

  check = find_action (GTK_WIDGET (page), "plan.checked");
  g_assert_nonnull (check);
  g_assert_true (gtk_widget_grab_focus (check));
  g_object_add_weak_pointer (G_OBJECT (check), (gpointer *) &check);
  js_store_changed_elsewhere (f->store);
  focus = focus_of (window);
  g_assert_null (check);  /* built anew */
  g_assert_nonnull (focus);
  g_assert_true (focus == find_action (GTK_WIDGET (page), "plan.checked"));

  /* On This week, the third row of its list. */
  row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (find_type (GTK_WIDGET (week),
                                                                GTK_TYPE_LIST_BOX)), 2);
  g_assert_nonnull (row);
  g_assert_true (gtk_widget_grab_focus (GTK_WIDGET (row)));
  before = page_text (GTK_WIDGET (row));
  g_object_add_weak_pointer (G_OBJECT (row), (gpointer *) &row);
  js_store_changed_elsewhere (f->store);
  focus = focus_of (window);
  g_assert_null (row);
  g_assert_true (GTK_IS_LIST_BOX_ROW (focus));
  g_assert_cmpint (gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (focus)), ==, 2);
  after = page_text (focus);
  g_assert_cmpstr (before, ==, after);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_this_week (Fixture       *f,
                gconstpointer  data)
{
  JsThisWeekPage *page = g_object_new (JS_TYPE_THIS_WEEK_PAGE, NULL);
  GtkWidget *window;
  g_autofree char *text = NULL;

  js_this_week_page_set_store (page, f->store);
  window = show (GTK_WIDGET (page));
  text = page_text (GTK_WIDGET (page));
  assert_has (text, "Apply for Kok, Coop");
  assert_has (text, "Read the changes to your plan");
  assert_has (text, "Look at your job suggestions");
  assert_has (text, "Send 2 more applications");
  assert_has (text, "Your plan asks for 2 applications a week.");
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  js_i18n_init ();
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  js_i18n_apply ("en");

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/plan-page/languages", test_languages);
  ADD ("/plan-page/check-warning", test_check_warning);
  ADD ("/plan-page/earlier-plan", test_earlier_plan);
  ADD ("/plan-page/this-week", test_this_week);
  ADD ("/plan-page/focus-kept", test_focus_kept);

#undef ADD

  return g_test_run ();
}
