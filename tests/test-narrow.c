/* test-narrow.c: every section fits a window 360 px wide at 200 % text
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * On a virtual display with GNOME's "large text" (the font resolution
 * doubled, Xft.dpi 192), in English, Danish, Ukrainian and Arabic: the
 * main view — header, sections, each page — and the dialogs ask for no
 * more than the 360 px the window declares, so nothing is pushed out of
 * a narrow window: empty, and with meetings, calls, bookings in every
 * state (js-test-meetings.c) and job-log entries with long words. The
 * widths measured are in the log.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "js-i18n.h"
#include "js-joblog-entry.h"
#include "js-main-view.h"
#include "js-store-joblog.h"
#include "js-store-sync.h"
#include "js-time.h"
#include "js-test-meetings.h"
#include "js-test-util.h"

#define NARROW 360

static const char * const languages[] = { "en", "da", "uk", "ar" };
static const char * const sections[] = { "thisweek", "joblog", "plan", "meetings", "exercises" };

static int
minimum_width (GtkWidget *widget)
{
  int minimum = 0;

  gtk_widget_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  return minimum;
}

/* Each widget below @widget that asks for more than @limit, deepest
 * first, so the log names the culprit. */
static void
report_wide (GtkWidget *widget,
             int        limit,
             GString   *out,
             int        depth)
{
  if (!gtk_widget_get_visible (widget) || depth > 40)
    return;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    report_wide (child, limit, out, depth + 1);

  if (minimum_width (widget) > limit)
    g_string_append_printf (out, "  %*s%s (%s) %d\n", depth, "", G_OBJECT_TYPE_NAME (widget),
                            GTK_IS_LABEL (widget) ? gtk_label_get_text (GTK_LABEL (widget))
                            : ADW_IS_PREFERENCES_ROW (widget)
                              ? adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget))
                              : gtk_widget_get_name (widget),
                            minimum_width (widget));
}

static void
add_entry (JsStore    *store,
           const char *title)
{
  g_autoptr(JsJoblogEntry) entry = js_joblog_entry_new ();
  g_autoptr(GError) error = NULL;
  GDate day;

  g_date_clear (&day, 1);
  g_date_set_time_t (&day, time (NULL));
  js_joblog_entry_set_date (entry, &day);
  js_joblog_entry_set_status (entry, JS_ENTRY_STATUS_APPLIED);
  js_joblog_entry_set_text (entry, JS_FIELD_TITLE, title);
  js_joblog_entry_set_text (entry, JS_FIELD_EMPLOYER, "Københavns Kommunes Børne- og Ungdomsforvaltning");
  g_assert_true (js_store_joblog_save (store, entry, &error));
  g_assert_no_error (error);
}

/* A plan with jobs to apply for, each with its buttons in a row. */
static void
add_plan (JsStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsChangesPage) page = NULL;
  g_autofree char *deadline = NULL;
  g_autofree char *json = NULL;
  GDate day;

  js_today (&day);
  g_date_add_days (&day, 5);
  deadline = js_date_to_iso (&day);
  json = g_strdup_printf (
    "{\"changes\":[{\"entity\":\"plan\",\"id\":\"e79aedc4-9742-48cb-8c38-2135424df139\","
    "\"revision\":1,\"deleted\":false,\"record\":{\"id\":\"e79aedc4-9742-48cb-8c38-2135424df139\","
    "\"job_goal\":\"Lagerarbejder\",\"weekly_applications\":2,"
    "\"requirement_text\":\"Søg mindst 2 job om ugen.\",\"activities\":[{\"id\":"
    "\"87a3a44f-22bb-4642-99a7-000000000001\",\"kind\":\"job-course\",\"title\":\"Truckcertifikat\","
    "\"starts\":null,\"ends\":null,\"description\":\"AMU-kursus\"}],"
    "\"job_suggestions\":[{\"id\":\"6c385c14-e2ba-4c57-ab84-2bcd5aa6c7c5\","
    "\"title\":\"Lagermedarbejder\",\"employer\":\"Salling Group\","
    "\"link\":\"https://job.example\",\"deadline\":\"%s\"}],"
    "\"caseworker\":{\"name\":\"Mette Jørgensen\",\"phone\":\"+45 33 00 00 00\","
    "\"email\":\"m@jobcenter.example\"},\"updated\":\"2026-11-20T09:00:00Z\"}}],"
    "\"cursor\":\"100\",\"more\":false}", deadline);
  page = js_changes_page_parse (json, strlen (json), &error);
  g_assert_no_error (error);
  g_assert_true (js_store_sync_apply_page (store, page, &error));
  g_assert_no_error (error);
}

/* The main view on @store in a window @width px wide, shown. */
static GtkWidget *
present_view (JsStore     *store,
              int          width,
              JsMainView **view)
{
  GtkWidget *window = gtk_window_new ();

  *view = js_main_view_new ();
  g_object_set (*view, "store", store, NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), width, 640);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (*view));
  gtk_window_present (GTK_WINDOW (window));
  return window;
}

/* The main view on @store in each language, each section shown in turn. */
static void
check_view (JsStore *store,
            GString *wide)
{
  for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
    {
      JsMainView *view;
      GtkWidget *window;

      js_i18n_apply (languages[l]);
      window = present_view (store, NARROW, &view);
      settle ();

      for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
        {
          int width;

          js_main_view_set_section (view, sections[i]);
          settle ();
          width = minimum_width (GTK_WIDGET (view));
          g_test_message ("%s, %s: the main view asks for %d px", languages[l], sections[i],
                          width);
          if (width > NARROW)
            {
              g_string_append_printf (wide, "%s, %s: %d px\n", languages[l], sections[i], width);
              report_wide (GTK_WIDGET (view), NARROW, wide, 0);
            }
        }
      gtk_window_destroy (GTK_WINDOW (window));
      settle ();
    }
}

static void
test_empty (void)
{
  GtkSettings *settings = gtk_settings_get_default ();
  g_autofree char *dir = js_test_make_dir ("jobspor-narrow");
  g_autofree char *path = g_build_filename (dir, "jobspor.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(JsStore) store = js_store_open (path, &error);
  g_autoptr(GString) wide = g_string_new (NULL);
  int dpi = 0;

  g_assert_no_error (error);
  g_object_get (settings, "gtk-xft-dpi", &dpi, NULL);
  g_object_set (settings, "gtk-xft-dpi", 2 * 96 * 1024, NULL);
  check_view (store, wide);
  g_object_set (settings, "gtk-xft-dpi", dpi, NULL);
  js_i18n_apply ("en");
  js_test_remove_tree (dir);
  if (wide->len > 0)
    g_error ("Wider than %d px at 200 %% text:\n%s", NARROW, wide->str);
}

static void
test_full (Fixture       *f,
           gconstpointer  data)
{
  GtkSettings *settings = gtk_settings_get_default ();
  g_autoptr(GString) wide = g_string_new (NULL);
  int dpi = 0;

  add_plan (f->store);
  add_entry (f->store, "Pædagogmedhjælper i integrerede institutioner");
  add_entry (f->store, "Лаборант-дослідник відділу контролю якості");
  g_object_get (settings, "gtk-xft-dpi", &dpi, NULL);
  g_object_set (settings, "gtk-xft-dpi", 2 * 96 * 1024, NULL);
  check_view (f->store, wide);
  g_object_set (settings, "gtk-xft-dpi", dpi, NULL);
  js_i18n_apply ("en");
  if (wide->len > 0)
    g_error ("Wider than %d px at 200 %% text:\n%s", NARROW, wide->str);
}

/* The widest word of @label's text, as @label would lay it out. */
static int
widest_word (GtkLabel *label)
{
  g_auto(GStrv) words = g_strsplit (gtk_label_get_text (label), " ", -1);
  int widest = 0;

  for (guint i = 0; words[i] != NULL; i++)
    {
      g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (GTK_WIDGET (label),
                                                                      words[i]);
      int width = 0;

      pango_layout_get_pixel_size (layout, &width, NULL);
      widest = MAX (widest, width);
    }
  return widest;
}

/* Each button label below @widget (in a flow box, when @in_flow_box)
 * narrower than its widest word: a word broken into pieces. */
static void
report_broken_words (GtkWidget  *widget,
                     gboolean    in_flow_box,
                     const char *where,
                     GString    *out)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    report_broken_words (child, in_flow_box, where, out);

  if (GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget) &&
      gtk_widget_get_ancestor (widget, GTK_TYPE_BUTTON) != NULL &&
      (!in_flow_box || gtk_widget_get_ancestor (widget, GTK_TYPE_FLOW_BOX_CHILD) != NULL) &&
      gtk_widget_get_width (widget) < widest_word (GTK_LABEL (widget)))
    g_string_append_printf (out, "%s: “%s” is %d px wide, its widest word %d px\n", where,
                            gtk_label_get_text (GTK_LABEL (widget)),
                            gtk_widget_get_width (widget), widest_word (GTK_LABEL (widget)));
}

/* In a window wide enough, the words of every button in every section
 * stay whole: a row gave "Open ad" the width of a letter ("ال-إع-لان"),
 * and a flow box its tools ("ت-ص-فية"). In a narrow window at 200 % text
 * a word may break where it must, but the job log's tools, which a flow
 * box moves to a line of their own, stay whole there too. In every
 * language. */
static void
test_whole_words (Fixture       *f,
                  gconstpointer  data)
{
  GtkSettings *settings = gtk_settings_get_default ();
  g_autoptr(GString) broken = g_string_new (NULL);
  int dpi = 0;

  add_plan (f->store);
  add_entry (f->store, "Lagerarbejder");
  g_object_get (settings, "gtk-xft-dpi", &dpi, NULL);
  for (guint scale = 1; scale <= 2; scale++)
    {
      g_object_set (settings, "gtk-xft-dpi", (int) scale * 96 * 1024, NULL);
      for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
        {
          g_autofree char *where = g_strdup_printf ("%s at %u00 %%", languages[l], scale);
          JsMainView *view;
          GtkWidget *window;

          js_i18n_apply (languages[l]);
          window = present_view (f->store, scale == 1 ? 980 : NARROW, &view);
          for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
            {
              g_autofree char *section = g_strdup_printf ("%s, %s", where, sections[i]);

              js_main_view_set_section (view, sections[i]);
              js_test_wait_frames (10);
              report_broken_words (GTK_WIDGET (view), scale == 2, section, broken);
            }
          gtk_window_destroy (GTK_WINDOW (window));
          settle ();
        }
    }
  g_object_set (settings, "gtk-xft-dpi", dpi, NULL);
  js_i18n_apply ("en");
  if (broken->len > 0)
    g_error ("Words broken in buttons:\n%s", broken->str);
}

int
main (int   argc,
      char *argv[])
{
  js_i18n_init ();
  gtk_disable_setlocale ();
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  js_i18n_apply ("en");

  g_test_add_func ("/narrow/empty", test_empty);
  g_test_add ("/narrow/full", Fixture, NULL, fixture_set_up, test_full, fixture_tear_down);
  g_test_add ("/narrow/whole-words", Fixture, NULL, fixture_set_up, test_whole_words,
              fixture_tear_down);

  return g_test_run ();
}
