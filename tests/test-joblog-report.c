/* test-joblog-report.c: the printable job log, checked as PDF text
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each test writes a PDF and reads its text back with pdftotext (from
 * poppler-utils), as a caseworker's PDF viewer would show it. The tests
 * run in the C locale, so the labels are the English source strings.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <pango/pangocairo.h>

#include "js-joblog-report.h"
#include "js-test-util.h"

#define CITIZEN "Оксана Коваленко"
#define N_LONG_LOG 120

static char *tmp_dir;


static JsJoblogEntry *
make_entry (guint       day,
            const char *title,
            const char *employer,
            const char *notes)
{
  JsJoblogEntry *entry = js_joblog_entry_new ();
  GDate date;

  js_test_set_date (&date, day, G_DATE_NOVEMBER, 2026);
  js_joblog_entry_set_date (entry, &date);
  js_joblog_entry_set_kind (entry, JS_ENTRY_KIND_ADVERTISED);
  js_joblog_entry_set_status (entry, JS_ENTRY_STATUS_APPLIED);
  js_joblog_entry_set_text (entry, JS_FIELD_TITLE, title);
  js_joblog_entry_set_text (entry, JS_FIELD_EMPLOYER, employer);
  js_joblog_entry_set_text (entry, JS_FIELD_NOTES, notes);

  return entry;
}

static GPtrArray *
new_entries (void)
{
  return g_ptr_array_new_with_free_func (g_object_unref);
}

/* Writes @report as @name in the temporary folder and returns the PDF's
 * text as pdftotext -layout gives it, one form feed after each page. */
static char *
write_and_read (JsJoblogReport *report,
                const char     *name,
                guint          *n_pages)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  g_autofree char *path = g_build_filename (tmp_dir, name, NULL);
  g_autofree char *output = NULL;
  g_autofree char *errors = NULL;
  int status;

  g_assert_true (js_joblog_report_write_pdf (report, path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));

  g_assert_nonnull (pdftotext);
  {
    const char *argv[] = { pdftotext, "-layout", "-enc", "UTF-8", path, "-", NULL };

    g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &output, &errors,
                  &status, &error);
  }
  g_assert_no_error (error);
  g_spawn_check_wait_status (status, &error);
  g_assert_no_error (error);
  g_assert_true (g_utf8_validate (output, -1, NULL));

  *n_pages = 0;
  for (const char *p = output; *p != '\0'; p++)
    {
      if (*p == '\f')
        (*n_pages)++;
    }

  g_unlink (path);

  return g_steal_pointer (&output);
}

/* The N of "Page 1 of N" in @text, or 0 if it has none. */
static guint
page_total (const char *text)
{
  const char *found = strstr (text, "Page 1 of ");

  if (found == NULL)
    return 0;

  return (guint) g_ascii_strtoull (found + strlen ("Page 1 of "), NULL, 10);
}

static gboolean
has_pdftotext (void)
{
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");

  if (pdftotext == NULL)
    g_test_skip ("pdftotext is missing: install poppler-utils (build-aux/install-deps.sh)");

  return pdftotext != NULL;
}

static void
test_danish (void)
{
  g_autoptr(GPtrArray) entries = new_entries ();
  g_autoptr(JsJoblogReport) report = NULL;
  g_autofree char *text = NULL;
  GDate from;
  GDate to;
  guint n_pages;

  if (!has_pdftotext ())
    return;

  g_ptr_array_add (entries, make_entry (3, "Lagerarbejder", "Coop Danmark A/S",
                                        "Ringede til Mette, hun sagde ja til samtale på fredag."));
  g_ptr_array_add (entries, make_entry (10, "Rengøringsassistent", "ISS Facility Services",
                                        "Søgte via Jobnet."));
  js_joblog_entry_set_text (g_ptr_array_index (entries, 0), JS_FIELD_SOURCE, "Jobnet");
  js_joblog_entry_set_text (g_ptr_array_index (entries, 0), JS_FIELD_CONTACT, "Mette Østergård");
  js_test_set_date (&from, 2, G_DATE_NOVEMBER, 2026);
  js_test_set_date (&to, 23, G_DATE_NOVEMBER, 2026);

  report = js_joblog_report_new (entries, CITIZEN, &from, &to, FALSE);
  text = write_and_read (report, "danish.pdf", &n_pages);

  g_assert_nonnull (strstr (text, "Job log"));
  g_assert_nonnull (strstr (text, "Name: " CITIZEN));
  g_assert_nonnull (strstr (text, "Period: 2 November 2026 – 23 November 2026"));
  g_assert_nonnull (strstr (text, "Lagerarbejder"));
  g_assert_nonnull (strstr (text, "Coop Danmark A/S"));
  g_assert_nonnull (strstr (text, "Rengøringsassistent"));
  g_assert_nonnull (strstr (text, "Mette Østergård"));
  g_assert_nonnull (strstr (text, "03/11/2026"));
  g_assert_nonnull (strstr (text, "Applied"));
  g_assert_nonnull (strstr (text, "Status"));
  g_assert_nonnull (strstr (text, "Page 1 of 1"));
  g_assert_nonnull (strstr (text, "Printed "));
  g_assert_cmpuint (n_pages, ==, 1);
}

static void
test_period_from_entries (void)
{
  g_autoptr(GPtrArray) entries = new_entries ();
  g_autoptr(JsJoblogReport) report = NULL;
  g_autofree char *text = NULL;
  GDate invalid;
  guint n_pages;

  if (!has_pdftotext ())
    return;

  g_ptr_array_add (entries, make_entry (20, "Chauffør", "", ""));
  g_ptr_array_add (entries, make_entry (4, "Pædagogmedhjælper", "", ""));
  g_date_clear (&invalid, 1);

  report = js_joblog_report_new (entries, "", &invalid, &invalid, FALSE);
  text = write_and_read (report, "period.pdf", &n_pages);

  g_assert_nonnull (strstr (text, "Period: 4 November 2026 – 20 November 2026"));
  g_assert_null (strstr (text, "Name:"));
}

static void
test_arabic_right_to_left (void)
{
  g_autoptr(GPtrArray) entries = new_entries ();
  g_autoptr(JsJoblogReport) report = NULL;
  g_autofree char *text = NULL;
  g_autofree char *reversed = NULL;
  g_autofree char *plain = NULL;
  g_autoptr(GRegex) marks = g_regex_new ("[\\s\\x{200E}\\x{200F}\\x{202A}-\\x{202E}\\x{2066}-\\x{2069}]",
                                         0, 0, NULL);
  guint n_pages;

  if (!has_pdftotext ())
    return;

  g_ptr_array_add (entries, make_entry (12, "مساعد مطبخ", "مطعم الشام",
                                        "اتصلت بالمدير وأرسلت سيرتي الذاتية."));
  g_ptr_array_add (entries, make_entry (13, "Lagerarbejder", "Coop", ""));

  report = js_joblog_report_new (entries, "فاطمة حسن", NULL, NULL, TRUE);
  text = write_and_read (report, "arabic.pdf", &n_pages);

  /* pdftotext may give Arabic in logical or in visual order, with bidi
   * marks and spaces between letters. */
  plain = g_regex_replace (marks, text, -1, 0, "", 0, NULL);
  reversed = g_utf8_strreverse ("مطبخ", -1);
  g_assert_true (strstr (plain, "مطبخ") != NULL || strstr (plain, reversed) != NULL);
  g_assert_nonnull (strstr (text, "Lagerarbejder"));
  g_assert_cmpuint (n_pages, ==, 1);
}

static void
test_long_log (void)
{
  g_autoptr(GPtrArray) entries = new_entries ();
  g_autoptr(JsJoblogReport) report = NULL;
  g_autofree char *text = NULL;
  g_autofree char *last_page = NULL;
  guint n_pages;

  if (!has_pdftotext ())
    return;

  for (guint i = 1; i <= N_LONG_LOG; i++)
    {
      g_autofree char *title = g_strdup_printf ("Opslag-%03u", i);

      g_ptr_array_add (entries, make_entry (1 + i % 28, title, "Vestas Wind Systems",
                                            "Sendt ansøgning og CV."));
    }

  report = js_joblog_report_new (entries, CITIZEN, NULL, NULL, FALSE);
  text = write_and_read (report, "long-log.pdf", &n_pages);

  for (guint i = 1; i <= N_LONG_LOG; i++)
    {
      g_autofree char *title = g_strdup_printf ("Opslag-%03u", i);

      if (strstr (text, title) == NULL)
        g_error ("%s is missing from the report", title);
    }
  g_assert_cmpuint (page_total (text), >, 1);
  g_assert_cmpuint (page_total (text), ==, n_pages);
  last_page = g_strdup_printf ("Page %u of %u", n_pages, n_pages);
  g_assert_nonnull (strstr (text, last_page));
}

static void
test_long_note (void)
{
  g_autoptr(GPtrArray) entries = new_entries ();
  g_autoptr(JsJoblogReport) report = NULL;
  g_autoptr(GString) note = g_string_new ("NOTESTART ");
  g_autofree char *text = NULL;
  guint n_words = 0;
  guint n_pages;

  if (!has_pdftotext ())
    return;

  while (note->len < 3000 - strlen ("NOTEEND"))
    g_string_append_printf (note, "n%04u ", ++n_words);
  g_string_append (note, "NOTEEND");
  g_assert_cmpuint (note->len, >=, 3000);

  g_ptr_array_add (entries, make_entry (2, "Før", "", "Kort note."));
  g_ptr_array_add (entries, make_entry (3, "Butiksassistent", "Netto", note->str));
  g_ptr_array_add (entries, make_entry (4, "Efter", "", "Kort note."));

  report = js_joblog_report_new (entries, CITIZEN, NULL, NULL, FALSE);
  text = write_and_read (report, "long-note.pdf", &n_pages);

  g_assert_cmpuint (n_pages, >, 1);
  g_assert_nonnull (strstr (text, "NOTESTART"));
  g_assert_nonnull (strstr (text, "NOTEEND"));
  for (guint i = 1; i <= n_words; i++)
    {
      g_autofree char *word = g_strdup_printf ("n%04u", i);

      if (strstr (text, word) == NULL)
        g_error ("word %s of the note is missing from the report", word);
    }
  g_assert_nonnull (strstr (text, "Før"));
  g_assert_nonnull (strstr (text, "Efter"));
}

static void
test_long_url (void)
{
  g_autoptr(GPtrArray) entries = new_entries ();
  g_autoptr(JsJoblogReport) report = NULL;
  g_autoptr(GString) url = g_string_new ("https://www.example.dk/annonce?id=");
  g_autoptr(GString) joined = g_string_new (NULL);
  g_auto(GStrv) tokens = NULL;
  g_autofree char *text = NULL;
  guint n_pages;

  if (!has_pdftotext ())
    return;

  for (guint i = 0; url->len < 300; i++)
    g_string_append_c (url, '0' + i % 10);

  g_ptr_array_add (entries, make_entry (5, "Lagerarbejder", "", ""));
  js_joblog_entry_set_text (g_ptr_array_index (entries, 0), JS_FIELD_LINK, url->str);

  report = js_joblog_report_new (entries, "", NULL, NULL, FALSE);
  text = write_and_read (report, "long-url.pdf", &n_pages);

  /* The URL is wrapped over several lines beside other cells: put its
   * pieces back together from the words that belong to it. */
  tokens = g_regex_split_simple ("\\s+", text, 0, 0);
  for (guint i = 0; tokens[i] != NULL; i++)
    {
      if (*tokens[i] != '\0' && strstr (url->str, tokens[i]) != NULL)
        g_string_append (joined, tokens[i]);
    }
  g_assert_nonnull (strstr (joined->str, url->str));
  g_assert_cmpuint (n_pages, ==, 1);
}

static void
test_empty (void)
{
  g_autoptr(GPtrArray) entries = new_entries ();
  g_autoptr(JsJoblogReport) report = NULL;
  g_autofree char *text = NULL;
  guint n_pages;

  if (!has_pdftotext ())
    return;

  report = js_joblog_report_new (entries, CITIZEN, NULL, NULL, FALSE);
  text = write_and_read (report, "empty.pdf", &n_pages);

  g_assert_cmpuint (n_pages, ==, 1);
  g_assert_nonnull (strstr (text, "No entries in this period."));
  g_assert_nonnull (strstr (text, "Page 1 of 1"));
  g_assert_null (strstr (text, "Period:"));
}

/* Text a citizen may type, with control, direction and joining characters. */
static void
test_any_text (void)
{
  static const char * const texts[] = {
    "مُهَنْدِسُ بَرْمَجِيَّاتٍ، وَظِيفَةٌ دَائِمَةٌ؟",
    "Їжак і Ґанок: Єдиний прибиральник у Києві",
    "👩‍💻 👨‍👩‍👧‍👦 🏳️‍🌈 👍🏽 🇩🇰 🇺🇦 1️⃣",
    "\u200Fعمل\u200E Jobnet \u202Eabc",
    "Ringede mandag.\n\tSendte CV\r\nSvar:\t\"næste uge\"\n\n",
    "back\\slash <b>not markup</b> &amp; \x01\x1F and \u2028\u2029",
  };

  if (!has_pdftotext ())
    return;

  for (guint rtl = 0; rtl < 2; rtl++)
    {
      g_autoptr(GPtrArray) entries = new_entries ();
      g_autoptr(JsJoblogReport) report = NULL;
      g_autofree char *text = NULL;
      guint n_pages;

      for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
        g_ptr_array_add (entries, make_entry (i + 1, texts[i], texts[i], texts[i]));
      report = js_joblog_report_new (entries, texts[3], NULL, NULL, rtl);
      text = write_and_read (report, "any-text.pdf", &n_pages);

      /* Shown as typed, never taken as markup */
      g_assert_nonnull (strstr (text, "<b>not"));
      g_assert_nonnull (strstr (text, "markup</b>"));
      g_assert_nonnull (strstr (text, "&amp;"));
      g_assert_nonnull (strstr (text, "Ringede mandag."));
    }
}

/* The app's print dialog paginates and draws through the same calls. */
static void
test_paginate_and_draw (void)
{
  g_autoptr(GPtrArray) entries = new_entries ();
  g_autoptr(JsJoblogReport) report = NULL;
  PangoContext *context;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 300, 400);
  cairo_t *cr = cairo_create (surface);
  guint n_pages;

  for (guint i = 0; i < 30; i++)
    g_ptr_array_add (entries, make_entry (1 + i % 28, "Lagerarbejder", "Coop", "Ringede."));

  report = js_joblog_report_new (entries, CITIZEN, NULL, NULL, TRUE);
  context = pango_cairo_create_context (cr);
  pango_cairo_context_set_resolution (context, 72.0);

  /* A small page: many pages, each drawn without trouble. */
  n_pages = js_joblog_report_paginate (report, context, 300.0, 400.0);
  g_assert_cmpuint (n_pages, >, 1);
  for (guint page = 0; page < n_pages; page++)
    js_joblog_report_draw_page (report, cr, context, page);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (pango_context_get_base_dir (context), ==, PANGO_DIRECTION_RTL);

  g_clear_pointer (&report, js_joblog_report_free);
  g_ptr_array_set_size (entries, 0);
  report = js_joblog_report_new (entries, "", NULL, NULL, FALSE);
  g_assert_cmpuint (js_joblog_report_paginate (report, context, 300.0, 400.0), ==, 1);
  js_joblog_report_draw_page (report, cr, context, 0);
  g_assert_cmpint (pango_context_get_base_dir (context), ==, PANGO_DIRECTION_LTR);

  g_object_unref (context);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static void
test_write_error (void)
{
  g_autoptr(GPtrArray) entries = new_entries ();
  g_autoptr(JsJoblogReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (tmp_dir, "missing-folder", "log.pdf", NULL);

  report = js_joblog_report_new (entries, CITIZEN, NULL, NULL, FALSE);

  g_assert_false (js_joblog_report_write_pdf (report, path, &error));
  g_assert_error (error, JS_JOBLOG_REPORT_ERROR, JS_JOBLOG_REPORT_ERROR_WRITE);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int result;

  g_test_init (&argc, &argv, NULL);

  tmp_dir = g_dir_make_tmp ("jobspor-report-XXXXXX", &error);
  g_assert_no_error (error);

  g_test_add_func ("/joblog/report/danish", test_danish);
  g_test_add_func ("/joblog/report/period-from-entries", test_period_from_entries);
  g_test_add_func ("/joblog/report/arabic-right-to-left", test_arabic_right_to_left);
  g_test_add_func ("/joblog/report/long-log", test_long_log);
  g_test_add_func ("/joblog/report/long-note", test_long_note);
  g_test_add_func ("/joblog/report/long-url", test_long_url);
  g_test_add_func ("/joblog/report/empty", test_empty);
  g_test_add_func ("/joblog/report/any-text", test_any_text);
  g_test_add_func ("/joblog/report/paginate-and-draw", test_paginate_and_draw);
  g_test_add_func ("/joblog/report/write-error", test_write_error);

  result = g_test_run ();

  g_rmdir (tmp_dir);
  g_free (tmp_dir);

  return result;
}
