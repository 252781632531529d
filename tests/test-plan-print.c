/* test-plan-print.c: the plan on paper
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The printed plan (as the print dialog's "Print to File" would write
 * it) holds the citizen's name, the job goal, the requirement, the jobs to
 * apply for and every activity, each kind explained, in the language
 * chosen; a plan of the spec's maximum runs over pages and loses nothing.
 * Read back with pdftotext, as a caseworker's PDF viewer shows it.
 */

#include "config.h"

#include <glib/gstdio.h>

#include "js-i18n.h"
#include "js-plan-print.h"
#include "js-test-util.h"

static char *tmp_dir;

static JsPlan *
make_plan (guint n_activities)
{
  g_autoptr(GString) json = g_string_new (
    "{\"id\": \"e79aedc4-9742-48cb-8c38-2135424df139\","
    " \"job_goal\": \"Lagerarbejder i Storkøbenhavn\", \"weekly_applications\": 2,"
    " \"requirement_text\": \"Søg mindst 2 job om ugen.\", \"activities\": [");
  g_autoptr(GError) error = NULL;
  JsPlan *plan;

  for (guint i = 0; i < n_activities; i++)
    g_string_append_printf (json,
                            "%s{\"id\": \"87a3a44f-22bb-4642-99a7-%012u\", \"kind\": \"%s\","
                            " \"title\": \"Aktivitet nummer %u\", \"starts\": \"2026-12-01\","
                            " \"ends\": \"2027-01-26\", \"description\": \"Mød kl. 7.00.\"}",
                            i == 0 ? "" : ", ", i, i % 2 == 0 ? "internship" : "igu", i);
  g_string_append (json,
                   "], \"job_suggestions\": [{\"id\": \"6c385c14-e2ba-4c57-ab84-2bcd5aa6c7c5\","
                   " \"title\": \"Pakkemedarbejder\", \"employer\": \"PostNord\","
                   " \"link\": \"https://job.example/postnord\", \"deadline\": \"2026-12-04\"}],"
                   " \"caseworker\": {\"name\": \"Mette Jørgensen\", \"phone\": \"+45 33 00 00 00\","
                   " \"email\": \"mette@jobcenter.example\"},"
                   " \"updated\": \"2026-11-13T12:40:00Z\"}");
  plan = js_plan_read (json->str, 4, &error);
  g_assert_no_error (error);
  return plan;
}

/* The report as a PDF, read back as text; @n_pages: its pages. */
static char *
print_and_read (const JsPlan *plan,
                gboolean      right_to_left,
                guint        *n_pages)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  g_autofree char *path = g_build_filename (tmp_dir, "plan.pdf", NULL);
  g_autoptr(JsPlanReport) report = NULL;
  g_autofree char *output = NULL;
  int status;
  GDate today;

  js_test_set_date (&today, 3, 12, 2026);
  report = js_plan_print_report (plan, "Oksana Kovalenko", &today, right_to_left);
  g_assert_true (js_plan_report_write_pdf (report, path, "My plan", &error));
  g_assert_no_error (error);

  g_assert_nonnull (pdftotext);
  {
    const char *argv[] = { pdftotext, "-enc", "UTF-8", path, "-", NULL };

    g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &output,
                  NULL, &status, &error);
  }
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));

  *n_pages = 0;
  for (const char *p = output; *p != '\0'; p++)
    *n_pages += *p == '\f';
  g_unlink (path);
  return g_steal_pointer (&output);
}

static void
test_english (void)
{
  g_autoptr(JsPlan) plan = make_plan (2);
  g_autofree char *text = NULL;
  guint n_pages;

  js_i18n_apply ("en");
  text = print_and_read (plan, FALSE, &n_pages);
  g_assert_cmpuint (n_pages, ==, 1);
  for (const char *expected[] = { "My plan: Oksana Kovalenko", "Printed on 3 December 2026",
                                  "Lagerarbejder i Storkøbenhavn", "2 applications a week",
                                  "Søg mindst 2 job om ugen.", "Pakkemedarbejder, PostNord",
                                  "Activities now", "Aktivitet nummer 0", "Aktivitet nummer 1",
                                  "Internship at a company (virksomhedspraktik)",
                                  "Integration basic education (IGU)", "Mød kl. 7.00.",
                                  "Mette Jørgensen", NULL }, **e = expected; *e != NULL; e++)
    {
      if (strstr (text, *e) == NULL)
        g_error ("“%s” is not in the printed plan:\n%s", *e, text);
    }
}

/* The spec's maximum: 100 activities run over pages, every one printed. */
static void
test_long_plan (void)
{
  g_autoptr(JsPlan) plan = make_plan (100);
  g_autofree char *text = NULL;
  guint n_pages;

  js_i18n_apply ("da");
  text = print_and_read (plan, FALSE, &n_pages);
  g_assert_cmpuint (n_pages, >, 3);
  for (guint i = 0; i < 100; i++)
    {
      g_autofree char *title = g_strdup_printf ("Aktivitet nummer %u\n", i);

      if (strstr (text, title) == NULL)
        g_error ("“%s” is missing from the printed plan", title);
    }
  g_assert_nonnull (strstr (text, "Mette Jørgensen"));
}

/* Arabic, right to left: the jobcenter's Danish words unchanged, the
 * headings in Arabic. */
static void
test_arabic (void)
{
  g_autoptr(JsPlan) plan = make_plan (1);
  g_autofree char *text = NULL;
  guint n_pages;

  js_i18n_apply ("ar");
  text = print_and_read (plan, TRUE, &n_pages);
  g_assert_nonnull (strstr (text, "Lagerarbejder i Storkøbenhavn"));
  g_assert_nonnull (strstr (text, "Oksana Kovalenko"));
  g_assert_null (strstr (text, "Jobs to apply for"));
  g_assert_null (strstr (text, "Activities now"));
  js_i18n_apply ("en");
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  js_i18n_init ();
  tmp_dir = js_test_make_dir ("jobspor-plan-print");

  g_test_add_func ("/plan-print/english", test_english);
  g_test_add_func ("/plan-print/long-plan", test_long_plan);
  g_test_add_func ("/plan-print/arabic", test_arabic);

  status = g_test_run ();
  js_test_remove_tree (tmp_dir);
  g_free (tmp_dir);
  return status;
}
