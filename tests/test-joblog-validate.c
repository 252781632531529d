/* test-joblog-validate.c: what the entry form tells the citizen to fix
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "js-joblog-validate.h"

/* Which fields each kind must have, besides the date, as the jobcenter
 * asks for them. */
static const struct {
  JsEntryKind kind;
  JsTextField required[3];
  guint       n_required;
} kinds[] = {
  { JS_ENTRY_KIND_ADVERTISED, { JS_FIELD_TITLE, JS_FIELD_EMPLOYER, JS_FIELD_SOURCE }, 3 },
  { JS_ENTRY_KIND_UNSOLICITED, { JS_FIELD_TITLE, JS_FIELD_EMPLOYER }, 2 },
  { JS_ENTRY_KIND_NETWORK, { JS_FIELD_TITLE, JS_FIELD_CONTACT }, 2 },
  { JS_ENTRY_KIND_EVENT, { JS_FIELD_TITLE }, 1 },
  { JS_ENTRY_KIND_OTHER, { JS_FIELD_TITLE }, 1 },
};

/* Wednesday of ISO week 2026-W11. */
static void
get_today (GDate *today)
{
  g_date_clear (today, 1);
  g_date_set_dmy (today, 11, G_DATE_MARCH, 2026);
}

static char *
repeat (const char *unit,
        guint       times)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < times; i++)
    g_string_append (text, unit);

  return g_string_free (text, FALSE);
}

/* An advertised job applied for today, with what the jobcenter needs. */
static JsJoblogEntry *
make_complete_entry (void)
{
  JsJoblogEntry *entry = js_joblog_entry_new ();
  GDate today;

  get_today (&today);
  js_joblog_entry_set_kind (entry, JS_ENTRY_KIND_ADVERTISED);
  js_joblog_entry_set_status (entry, JS_ENTRY_STATUS_APPLIED);
  js_joblog_entry_set_text (entry, JS_FIELD_TITLE, "Lagerarbejder");
  js_joblog_entry_set_text (entry, JS_FIELD_EMPLOYER, "Brugsen A/S");
  js_joblog_entry_set_text (entry, JS_FIELD_SOURCE, "Jobnet");
  js_joblog_entry_set_date (entry, &today);

  return entry;
}

static GPtrArray *
validate (JsJoblogEntry *entry)
{
  GDate today;

  get_today (&today);
  return js_joblog_entry_validate (entry, &today);
}

static void
assert_valid (JsJoblogEntry *entry)
{
  g_autoptr(GPtrArray) problems = validate (entry);

  for (guint i = 0; i < problems->len; i++)
    {
      JsFieldProblem *problem = g_ptr_array_index (problems, i);

      g_test_message ("unexpected problem with %s: %s", problem->field, problem->message);
    }
  g_assert_cmpuint (problems->len, ==, 0);
}

/* Exactly one problem, about @field, with words the citizen can act on. */
static void
assert_one_problem (JsJoblogEntry *entry,
                    const char    *field)
{
  g_autoptr(GPtrArray) problems = validate (entry);
  JsFieldProblem *problem;

  g_assert_cmpuint (problems->len, ==, 1);
  problem = g_ptr_array_index (problems, 0);
  g_assert_cmpstr (problem->field, ==, field);
  g_assert_nonnull (problem->message);
  g_assert_cmpuint (g_utf8_strlen (problem->message, -1), >, 10);
}

static void
test_complete_is_valid (void)
{
  g_autoptr(JsJoblogEntry) entry = make_complete_entry ();

  assert_valid (entry);

  js_joblog_entry_set_text (entry, JS_FIELD_LOCATION, "Aarhus C");
  js_joblog_entry_set_text (entry, JS_FIELD_CONTACT, "Mette Hansen");
  js_joblog_entry_set_text (entry, JS_FIELD_LINK, "https://job.jobnet.dk/CV/FindWork/Details/123");
  js_joblog_entry_set_text (entry, JS_FIELD_NOTES, "Ring igen fredag.\nSpørg efter Mette.");
  assert_valid (entry);
}

static void
test_empty_entry (void)
{
  g_autoptr(JsJoblogEntry) entry = js_joblog_entry_new ();
  g_autoptr(GPtrArray) problems = validate (entry);
  const char *expected[] = { "title", "employer", "source", "date" };

  /* One problem per missing field, none for the optional ones. */
  g_assert_cmpuint (problems->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      gboolean found = FALSE;

      for (guint p = 0; p < problems->len; p++)
        {
          JsFieldProblem *problem = g_ptr_array_index (problems, p);

          g_assert_cmpstr (problem->message, !=, "");
          found |= g_str_equal (problem->field, expected[i]);
        }
      g_assert_true (found);
    }
}

static void
test_required_per_kind (void)
{
  GDate today;

  get_today (&today);

  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    {
      g_autoptr(JsJoblogEntry) entry = js_joblog_entry_new ();

      /* Only the required fields and the date: enough. */
      js_joblog_entry_set_kind (entry, kinds[k].kind);
      js_joblog_entry_set_date (entry, &today);
      for (guint r = 0; r < kinds[k].n_required; r++)
        js_joblog_entry_set_text (entry, kinds[k].required[r], "Noget");
      assert_valid (entry);

      /* Each one left out is one problem, about that field. */
      for (guint r = 0; r < kinds[k].n_required; r++)
        {
          g_autoptr(JsJoblogEntry) missing = js_joblog_entry_copy (entry);

          js_joblog_entry_set_text (missing, kinds[k].required[r], "");
          assert_one_problem (missing, js_text_field_key (kinds[k].required[r]));
        }

      js_joblog_entry_set_date (entry, NULL);
      assert_one_problem (entry, "date");
    }
}

static void
test_field_required (void)
{
  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    {
      g_assert_true (js_joblog_field_required (kinds[k].kind, "date"));

      for (guint f = 0; f < JS_N_TEXT_FIELDS; f++)
        {
          gboolean required = FALSE;

          for (guint r = 0; r < kinds[k].n_required; r++)
            required |= (kinds[k].required[r] == f);

          if (required)
            g_assert_true (js_joblog_field_required (kinds[k].kind, js_text_field_key (f)));
          else
            g_assert_false (js_joblog_field_required (kinds[k].kind, js_text_field_key (f)));
        }
    }
}

static void
test_whitespace_is_missing (void)
{
  static const char * const blanks[] = { " ", "   ", "\t", "\n", " \r\n\t ", "\r\n\r\n" };

  for (guint b = 0; b < G_N_ELEMENTS (blanks); b++)
    {
      g_autoptr(JsJoblogEntry) entry = make_complete_entry ();
      g_autoptr(JsJoblogEntry) network = make_complete_entry ();

      js_joblog_entry_set_text (entry, JS_FIELD_TITLE, blanks[b]);
      assert_one_problem (entry, "title");
      js_joblog_entry_set_text (entry, JS_FIELD_TITLE, "Lagerarbejder");
      js_joblog_entry_set_text (entry, JS_FIELD_EMPLOYER, blanks[b]);
      assert_one_problem (entry, "employer");

      /* Blank optional fields are simply empty. */
      js_joblog_entry_set_text (entry, JS_FIELD_EMPLOYER, "Brugsen");
      js_joblog_entry_set_text (entry, JS_FIELD_LINK, blanks[b]);
      js_joblog_entry_set_text (entry, JS_FIELD_NOTES, blanks[b]);
      assert_valid (entry);

      js_joblog_entry_set_kind (network, JS_ENTRY_KIND_NETWORK);
      js_joblog_entry_set_text (network, JS_FIELD_CONTACT, blanks[b]);
      assert_one_problem (network, "contact");
    }
}

/* Text with spaces around it is kept, and is not missing. */
static void
test_padded_text_is_present (void)
{
  g_autoptr(JsJoblogEntry) entry = make_complete_entry ();

  js_joblog_entry_set_text (entry, JS_FIELD_TITLE, "  Lagerarbejder\n");
  js_joblog_entry_set_text (entry, JS_FIELD_LINK, " https://www.jobindex.dk/job/1 \n");
  assert_valid (entry);
}

static void
test_future_date (void)
{
  g_autoptr(JsJoblogEntry) entry = make_complete_entry ();
  GDate day;

  get_today (&day);
  g_date_add_days (&day, 1);
  js_joblog_entry_set_date (entry, &day);

  for (guint s = 0; s < JS_N_ENTRY_STATUSES; s++)
    {
      js_joblog_entry_set_status (entry, s);
      if (s == JS_ENTRY_STATUS_PLANNED)
        assert_valid (entry);
      else
        assert_one_problem (entry, "date");
    }

  /* Far ahead is just as much in the future; today and before are fine. */
  js_joblog_entry_set_status (entry, JS_ENTRY_STATUS_APPLIED);
  g_date_add_years (&day, 1);
  js_joblog_entry_set_date (entry, &day);
  assert_one_problem (entry, "date");

  get_today (&day);
  js_joblog_entry_set_date (entry, &day);
  assert_valid (entry);
  g_date_subtract_days (&day, 400);
  js_joblog_entry_set_date (entry, &day);
  assert_valid (entry);
}

static void
test_link (void)
{
  static const char * const bad[] = {
    "ftp://x.dk",
    "javascript:alert(1)",
    "www.jobnet.dk",
    "https://localhost",
    "jobnet.dk/job/1",
    "mailto:job@firma.dk",
    "file:///etc/passwd",
    "https://",
    "http:/jobnet.dk",
    "data:text/html,<script>alert(1)</script>",
  };
  static const char * const good[] = {
    "https://job.jobnet.dk/CV/FindWork/Details/123?x=1",
    "http://example.dk",
    "HTTPS://WWW.JOBINDEX.DK/jobannonce/h1234",
    "https://www.linkedin.com/jobs/view/3801234567/?refId=abc#top",
    "https://blåbær.dk/job",
    "https://www.jobindex.dk/jobsøgning?q=lagerarbejder&område=Århus",
    "",
  };
  g_autoptr(JsJoblogEntry) entry = make_complete_entry ();

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_test_message ("link: %s", bad[i]);
      js_joblog_entry_set_text (entry, JS_FIELD_LINK, bad[i]);
      assert_one_problem (entry, "link");
    }

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_test_message ("link: %s", good[i]);
      js_joblog_entry_set_text (entry, JS_FIELD_LINK, good[i]);
      assert_valid (entry);
    }
}

/* The limits count letters as the citizen sees them, not bytes. */
static void
test_length_in_characters (void)
{
  g_autoptr(JsJoblogEntry) entry = make_complete_entry ();
  g_autofree char *arabic_200 = repeat ("ب", 200);
  g_autofree char *arabic_201 = repeat ("ب", 201);
  g_autofree char *emoji_200 = repeat ("😀", 200);
  g_autofree char *emoji_201 = repeat ("😀", 201);
  g_autofree char *danish_200 = repeat ("ø", 200);

  g_assert_cmpuint (js_text_field_max_length (JS_FIELD_TITLE), ==, 200);
  g_assert_cmpuint (strlen (emoji_200), ==, 800);

  js_joblog_entry_set_text (entry, JS_FIELD_TITLE, arabic_200);
  assert_valid (entry);
  js_joblog_entry_set_text (entry, JS_FIELD_TITLE, arabic_201);
  assert_one_problem (entry, "title");

  js_joblog_entry_set_text (entry, JS_FIELD_TITLE, emoji_200);
  assert_valid (entry);
  js_joblog_entry_set_text (entry, JS_FIELD_TITLE, emoji_201);
  assert_one_problem (entry, "title");

  js_joblog_entry_set_text (entry, JS_FIELD_TITLE, "Lagerarbejder");
  js_joblog_entry_set_text (entry, JS_FIELD_EMPLOYER, danish_200);
  assert_valid (entry);
}

/* Every field that is not a link, at its limit and one past it. */
static void
test_length_every_field (void)
{
  for (guint f = 0; f < JS_N_TEXT_FIELDS; f++)
    {
      g_autoptr(JsJoblogEntry) entry = make_complete_entry ();
      guint max = js_text_field_max_length (f);
      g_autofree char *at_limit = NULL;
      g_autofree char *past_limit = NULL;

      if (f == JS_FIELD_LINK)
        continue;

      at_limit = repeat ("æ", max);
      past_limit = repeat ("æ", max + 1);
      js_joblog_entry_set_text (entry, f, at_limit);
      assert_valid (entry);
      js_joblog_entry_set_text (entry, f, past_limit);
      assert_one_problem (entry, js_text_field_key (f));
    }
}

static void
test_length_link (void)
{
  g_autoptr(JsJoblogEntry) entry = make_complete_entry ();
  const char *prefix = "https://job.jobnet.dk/?q=";
  guint max = js_text_field_max_length (JS_FIELD_LINK);
  g_autofree char *padding = repeat ("x", max - (guint) strlen (prefix));
  g_autofree char *at_limit = g_strconcat (prefix, padding, NULL);
  g_autofree char *past_limit = g_strconcat (at_limit, "x", NULL);

  g_assert_cmpuint (max, ==, 2000);
  js_joblog_entry_set_text (entry, JS_FIELD_LINK, at_limit);
  assert_valid (entry);
  js_joblog_entry_set_text (entry, JS_FIELD_LINK, past_limit);
  assert_one_problem (entry, "link");
}

/* No-break and other Unicode spaces are blank too. */
static void
test_unicode_spaces_are_missing (void)
{
  g_autoptr(JsJoblogEntry) entry = make_complete_entry ();

  js_joblog_entry_set_text (entry, JS_FIELD_TITLE, "\u00A0\u2003\u3000");
  assert_one_problem (entry, "title");
}

/* Dates before 1900 cannot be stored and read back, so they are refused
 * with a message rather than lost. */
static void
test_dates_before_1900 (void)
{
  g_autoptr(JsJoblogEntry) entry = make_complete_entry ();
  GDate old;

  g_date_clear (&old, 1);
  g_date_set_dmy (&old, 31, G_DATE_DECEMBER, 1899);
  js_joblog_entry_set_date (entry, &old);
  assert_one_problem (entry, "date");

  js_joblog_entry_set_date (entry, NULL);
  g_date_set_dmy (&old, 1, G_DATE_JANUARY, 1900);
  js_joblog_entry_set_date (entry, &old);
  assert_valid (entry);

  g_date_set_dmy (&old, 1, G_DATE_MARCH, 1850);
  js_joblog_entry_set_deadline (entry, &old);
  assert_one_problem (entry, "deadline");
}

static void
test_entry_unchanged (void)
{
  g_autoptr(JsJoblogEntry) entry = make_complete_entry ();
  g_autoptr(JsJoblogEntry) copy = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autofree char *too_long = repeat ("ї", 201);
  GDate future;

  get_today (&future);
  g_date_add_days (&future, 3);
  js_joblog_entry_set_revision (entry, 7);
  js_joblog_entry_set_date (entry, &future);
  js_joblog_entry_set_text (entry, JS_FIELD_TITLE, "  Lagerarbejder \n");
  js_joblog_entry_set_text (entry, JS_FIELD_EMPLOYER, "\t");
  js_joblog_entry_set_text (entry, JS_FIELD_LOCATION, too_long);
  js_joblog_entry_set_text (entry, JS_FIELD_LINK, " www.jobnet.dk ");
  js_joblog_entry_set_text (entry, JS_FIELD_NOTES, " مرحبا \r\n");
  copy = js_joblog_entry_copy (entry);

  problems = validate (entry);
  g_assert_cmpuint (problems->len, ==, 4);

  g_assert_true (js_joblog_entry_equal (entry, copy));
  g_assert_cmpint (js_joblog_entry_get_revision (entry), ==, 7);
  g_assert_cmpstr (js_joblog_entry_get_text (entry, JS_FIELD_TITLE), ==, "  Lagerarbejder \n");
  g_assert_cmpstr (js_joblog_entry_get_text (entry, JS_FIELD_LINK), ==, " www.jobnet.dk ");
  g_assert_cmpstr (js_joblog_entry_get_text (entry, JS_FIELD_NOTES), ==, " مرحبا \r\n");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/joblog/validate/complete-is-valid", test_complete_is_valid);
  g_test_add_func ("/joblog/validate/empty-entry", test_empty_entry);
  g_test_add_func ("/joblog/validate/unicode-spaces-are-missing",
                   test_unicode_spaces_are_missing);
  g_test_add_func ("/joblog/validate/dates-before-1900", test_dates_before_1900);
  g_test_add_func ("/joblog/validate/required-per-kind", test_required_per_kind);
  g_test_add_func ("/joblog/validate/field-required", test_field_required);
  g_test_add_func ("/joblog/validate/whitespace-is-missing", test_whitespace_is_missing);
  g_test_add_func ("/joblog/validate/padded-text-is-present", test_padded_text_is_present);
  g_test_add_func ("/joblog/validate/future-date", test_future_date);
  g_test_add_func ("/joblog/validate/link", test_link);
  g_test_add_func ("/joblog/validate/length-in-characters", test_length_in_characters);
  g_test_add_func ("/joblog/validate/length-every-field", test_length_every_field);
  g_test_add_func ("/joblog/validate/length-link", test_length_link);
  g_test_add_func ("/joblog/validate/entry-unchanged", test_entry_unchanged);

  return g_test_run ();
}
