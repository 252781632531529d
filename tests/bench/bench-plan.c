/* bench-plan.c: how fast My plan shows the biggest plan the spec allows
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A plan of 100 activities and 100 job suggestions (the spec's maximum,
 * 5.2) with 50 revisions kept, in a profile of its own; the plan page is
 * given the profile and the time to its next drawn frame is measured,
 * five times; then the same with a plan of one activity and one job, the
 * floor a frame of the page costs on this machine. Prints "name: value
 * unit" lines; run under a display (`make bench` does).
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "js-plan-page.h"
#include "js-store-plan.h"
#include "js-store-sync.h"

typedef struct {
  GtkWidget *window;
  JsPlanPage *page;
  JsStore   *store;
  JsStore   *small;
  GArray    *times;
  gint64     started;
  guint      runs;
} Bench;

static char *
big_plan (guint revision,
          guint n_items)
{
  GString *json = g_string_new (NULL);

  g_string_append_printf (json,
                          "{\"id\": \"e79aedc4-9742-48cb-8c38-2135424df139\","
                          " \"job_goal\": \"Lagerarbejder, revision %u\","
                          " \"weekly_applications\": 2, \"requirement_text\": \"Søg 2 job om ugen.\","
                          " \"activities\": [", revision);
  for (guint i = 0; i < n_items; i++)
    g_string_append_printf (json,
                            "%s{\"id\": \"87a3a44f-22bb-4642-99a7-%012u\", \"kind\": \"internship\","
                            " \"title\": \"Virksomhedspraktik nummer %u\", \"starts\": \"2026-%02u-01\","
                            " \"ends\": \"2026-%02u-28\", \"description\": \"25 timer om ugen, "
                            "mød hos lagerchefen kl. 7.00 første dag.\"}",
                            i == 0 ? "" : ", ", i, i, 1 + i % 12, 1 + i % 12);
  g_string_append (json, "], \"job_suggestions\": [");
  for (guint i = 0; i < n_items; i++)
    g_string_append_printf (json,
                            "%s{\"id\": \"6c385c14-e2ba-4c57-ab84-%012u\", \"title\": \"Job %u\","
                            " \"employer\": \"PostNord\", \"link\": \"https://job.example/%u\","
                            " \"deadline\": \"2026-12-%02u\"}",
                            i == 0 ? "" : ", ", i, i, i, 1 + i % 28);
  g_string_append (json, "], \"caseworker\": {\"name\": \"Mette Jørgensen\","
                         " \"phone\": \"+45 33 00 00 00\", \"email\": \"mette@jobcenter.example\"},"
                         " \"updated\": \"2026-11-13T12:40:00Z\"}");
  return g_string_free (json, FALSE);
}

static JsStore *
make_store (const char *dir,
            guint       n_items)
{
  g_autofree char *path = g_build_filename (dir, "jobspor.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(JsStore) store = js_store_open (path, &error);

  g_assert_no_error (error);
  for (guint revision = 1; revision <= 50; revision++)
    {
      g_autoptr(JsChangesPage) page = js_changes_page_new ();
      g_autofree char *json = big_plan (revision, n_items);
      JsChange *change = g_new0 (JsChange, 1);

      change->entity = g_strdup (JS_PLAN_ENTITY);
      change->record_id = g_strdup ("e79aedc4-9742-48cb-8c38-2135424df139");
      change->revision = revision;
      change->record = json_from_string (json, NULL);
      g_ptr_array_add (page->changes, change);
      page->cursor = g_strdup_printf ("%u", revision);
      if (!js_store_sync_apply_page (store, page, &error))
        g_error ("Could not keep the plan: %s", error->message);
    }

  return g_steal_pointer (&store);
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return x < y ? -1 : x > y;
}

/* The median of the five times from @first (the runs of one plan). */
static double
median_of (GArray *times,
           guint   first)
{
  double five[5];

  for (guint i = 0; i < 5; i++)
    five[i] = g_array_index (times, double, first + i);
  qsort (five, 5, sizeof (double), compare_doubles);
  return five[2];
}

static void
remove_store (const char *dir)
{
  g_autofree char *db = g_build_filename (dir, "jobspor.db", NULL);
  g_autofree char *wal = g_strconcat (db, "-wal", NULL);
  g_autofree char *shm = g_strconcat (db, "-shm", NULL);

  g_remove (db);
  g_remove (wal);
  g_remove (shm);
  g_rmdir (dir);
}

static void show_once (Bench *bench);

static void
painted_cb (GdkFrameClock *clock,
            Bench         *bench)
{
  double ms = (g_get_monotonic_time () - bench->started) / 1000.0;

  g_signal_handlers_disconnect_by_func (clock, painted_cb, bench);
  g_array_append_val (bench->times, ms);
  js_plan_page_set_store (bench->page, NULL);
  if (++bench->runs < 10)
    g_idle_add_once ((GSourceOnceFunc) show_once, bench);
  else
    gtk_window_close (GTK_WINDOW (bench->window));
}

static void
show_once (Bench *bench)
{
  bench->started = g_get_monotonic_time ();
  js_plan_page_set_store (bench->page, bench->runs < 5 ? bench->store : bench->small);

  g_signal_connect (gtk_widget_get_frame_clock (bench->window), "after-paint",
                    G_CALLBACK (painted_cb), bench);
}

static void
activate_cb (GtkApplication *application,
             Bench          *bench)
{
  bench->window = adw_application_window_new (application);
  bench->page = g_object_new (JS_TYPE_PLAN_PAGE, NULL);
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (bench->window),
                                      GTK_WIDGET (bench->page));
  gtk_window_set_default_size (GTK_WINDOW (bench->window), 980, 680);
  gtk_window_present (GTK_WINDOW (bench->window));
  g_timeout_add_once (500, (GSourceOnceFunc) show_once, bench);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(AdwApplication) application =
    adw_application_new ("dk.jobspor.BenchPlan", G_APPLICATION_NON_UNIQUE);
  g_autofree char *dir = g_dir_make_tmp ("jobspor-bench-plan-XXXXXX", NULL);
  g_autofree char *small_dir = g_dir_make_tmp ("jobspor-bench-plan-XXXXXX", NULL);
  Bench bench = { 0 };
  double big;
  double small;
  int status;

  bench.store = make_store (dir, 100);
  bench.small = make_store (small_dir, 1);
  bench.times = g_array_new (FALSE, FALSE, sizeof (double));
  g_signal_connect (application, "activate", G_CALLBACK (activate_cb), &bench);
  status = g_application_run (G_APPLICATION (application), 0, NULL);

  if (bench.times->len == 10)
    {
      big = median_of (bench.times, 0);
      small = median_of (bench.times, 5);
      g_print ("plan_show_100x100_50_revisions: %.1f ms\n", big);
      g_print ("plan_show_1x1: %.1f ms\n", small);
      g_print ("plan_show_100x100_vs_1x1: %.1f ms\n", big - small);
    }
  g_object_unref (bench.store);
  g_object_unref (bench.small);
  remove_store (dir);
  remove_store (small_dir);
  g_array_unref (bench.times);
  return status;
}
