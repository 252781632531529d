/* test-csv.c: the job log as a CSV file the caseworker opens in a spreadsheet
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "js-joblog-csv.h"
#include "js-test-util.h"

#define BOM "\xEF\xBB\xBF"
#define N_COLUMNS 11

/* Columns of the export, as the header names them. */
enum {
  COLUMN_DATE,
  COLUMN_KIND,
  COLUMN_TITLE,
  COLUMN_EMPLOYER,
  COLUMN_LOCATION,
  COLUMN_SOURCE,
  COLUMN_DEADLINE,
  COLUMN_CONTACT,
  COLUMN_LINK,
  COLUMN_STATUS,
  COLUMN_NOTES,
};

static const char arabic_notes[] =
  "اتصلتُ بالمدير، وقال: \"سنرد عليك\", غداً\r\nالمقابلة يوم الإثنين, الساعة ١٠";

/* Reads a CSV document strictly by RFC 4180: every record ends with CRLF,
 * a field is either bare (no comma, quote, CR or LF) or enclosed in double
 * quotes with its quotes doubled. Any departure fails the test.
 *
 * Returns: (transfer full) (element-type GStrv): the records */
static GPtrArray *
parse_csv (const char *text,
           gsize       length)
{
  GPtrArray *records = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  gsize i = 0;

  while (i < length)
    {
      GPtrArray *record = g_ptr_array_new ();

      for (;;)
        {
          GString *field = g_string_new (NULL);

          if (text[i] == '"')
            {
              for (i++;; i++)
                {
                  g_assert_cmpuint (i, <, length);
                  if (text[i] == '"')
                    {
                      if (i + 1 < length && text[i + 1] == '"')
                        i++;
                      else
                        break;
                    }
                  g_string_append_c (field, text[i]);
                }
              i++;
            }
          else
            {
              for (; i < length && strchr (",\r\n", text[i]) == NULL; i++)
                {
                  g_assert_cmpint (text[i], !=, '"');
                  g_string_append_c (field, text[i]);
                }
            }

          g_ptr_array_add (record, g_string_free (field, FALSE));
          if (i < length && text[i] == ',')
            {
              i++;
              continue;
            }
          break;
        }

      g_assert_cmpuint (i + 1, <, length);
      g_assert_cmpint (text[i], ==, '\r');
      g_assert_cmpint (text[i + 1], ==, '\n');
      i += 2;

      g_ptr_array_add (record, NULL);
      g_ptr_array_add (records, g_ptr_array_free (record, FALSE));
    }

  return records;
}

static char *
row_to_string (const char * const *fields,
               guint               n_fields)
{
  GString *out = g_string_new (NULL);

  js_csv_append_row (out, fields, n_fields);

  return g_string_free (out, FALSE);
}

static void
assert_row (const char * const *fields,
            guint               n_fields,
            const char         *expected)
{
  g_autofree char *row = row_to_string (fields, n_fields);

  g_assert_cmpmem (row, strlen (row), expected, strlen (expected));
}


static JsJoblogEntry *
make_entry (const char *title,
            guint       day)
{
  JsJoblogEntry *entry = js_joblog_entry_new ();
  GDate date;

  js_test_set_date (&date, day, G_DATE_MARCH, 2026);
  js_joblog_entry_set_date (entry, &date);
  js_joblog_entry_set_kind (entry, JS_ENTRY_KIND_ADVERTISED);
  js_joblog_entry_set_status (entry, JS_ENTRY_STATUS_APPLIED);
  js_joblog_entry_set_text (entry, JS_FIELD_TITLE, title);
  js_joblog_entry_set_text (entry, JS_FIELD_EMPLOYER, "Brugsen A/S");
  js_joblog_entry_set_text (entry, JS_FIELD_SOURCE, "Jobnet");

  return entry;
}

/* Exports @entries, checks the frame (byte order mark, length, one header
 * and one record per entry, 11 fields each) and returns the records
 * after the header. */
static GPtrArray *
export_records (GPtrArray *entries)
{
  gsize length = 0;
  g_autofree char *csv = js_joblog_export_csv (entries, &length);
  GPtrArray *records;

  g_assert_nonnull (csv);
  g_assert_cmpuint (length, ==, strlen (csv));
  g_assert_cmpuint (length, >=, 3);
  g_assert_cmpmem (csv, 3, BOM, 3);
  g_assert_true (g_utf8_validate (csv, (gssize) length, NULL));

  records = parse_csv (csv + 3, length - 3);
  g_assert_cmpuint (records->len, ==, entries->len + 1);
  for (guint r = 0; r < records->len; r++)
    g_assert_cmpuint (g_strv_length (g_ptr_array_index (records, r)), ==, N_COLUMNS);

  g_ptr_array_remove_index (records, 0);
  return records;
}

static const char *
field_of (GPtrArray *records,
          guint      record,
          guint      column)
{
  char **fields = g_ptr_array_index (records, record);

  return fields[column];
}

static void
test_row_plain (void)
{
  const char *fields[] = { "2026-03-11", "Lagerarbejder", "Brugsen A/S", "in side" };

  assert_row (fields, G_N_ELEMENTS (fields), "2026-03-11,Lagerarbejder,Brugsen A/S,in side\r\n");
  assert_row (fields, 1, "2026-03-11\r\n");
  assert_row (fields, 0, "\r\n");
}

static void
test_row_quoting (void)
{
  static const char * const cases[][2] = {
    { "Aarhus, Aalborg", "\"Aarhus, Aalborg\"" },
    { "say \"hi\"", "\"say \"\"hi\"\"\"" },
    { "\"", "\"\"\"\"" },
    { "\"\"", "\"\"\"\"\"\"" },
    { "a\rb", "\"a\rb\"" },
    { "a\nb", "\"a\nb\"" },
    { "a\r\nb", "\"a\r\nb\"" },
    { "\r\n", "\"\r\n\"" },
    { " leading", "\" leading\"" },
    { "trailing ", "\"trailing \"" },
    { "\ttab", "\"\ttab\"" },
    { " ", "\" \"" },
    { "mid'quote", "mid'quote" },
    { "semi;colon", "semi;colon" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const char *fields[] = { "x", cases[i][0], "y" };
      g_autofree char *expected = g_strdup_printf ("x,%s,y\r\n", cases[i][1]);

      assert_row (fields, G_N_ELEMENTS (fields), expected);
    }
}

static void
test_row_empty_fields (void)
{
  const char *fields[] = { "", NULL, "", "z", NULL };

  assert_row (fields, G_N_ELEMENTS (fields), ",,,z,\r\n");
  assert_row (fields, 2, ",\r\n");
}

static void
test_row_any_script (void)
{
  const char *fields[] = {
    "مُهَنْدِسُ بَرْمَجِيَّاتٍ",
    "Їжак, ґанок і єнот",
    "Blåbærgrød",
    "👩‍💻🇩🇰",
    "\u200Fعمل\u200E",
  };
  const char *expected =
    "مُهَنْدِسُ بَرْمَجِيَّاتٍ,\"Їжак, ґанок і єнот\",Blåbærgrød,👩‍💻🇩🇰,\u200Fعمل\u200E\r\n";

  assert_row (fields, G_N_ELEMENTS (fields), expected);
}

static void
test_row_appends (void)
{
  const char *first[] = { "a", "b" };
  const char *second[] = { "c,d" };
  g_autoptr(GString) out = g_string_new ("head\r\n");

  js_csv_append_row (out, first, G_N_ELEMENTS (first));
  js_csv_append_row (out, second, G_N_ELEMENTS (second));
  g_assert_cmpstr (out->str, ==, "head\r\na,b\r\n\"c,d\"\r\n");
}

/* Whatever goes into a row comes back out of a strict reader unchanged. */
static void
test_row_round_trip (void)
{
  const char *fields[] = {
    "", "plain", "comma,", "\"quoted\"", "line\nbreak", "cr\rlf\r\n", " padded ", arabic_notes,
    "\"\",\"\"", ",", "\r\n\r\n", "'=1+1",
  };
  g_autofree char *row = row_to_string (fields, G_N_ELEMENTS (fields));
  g_autoptr(GPtrArray) records = parse_csv (row, strlen (row));
  char **parsed;

  g_assert_cmpuint (records->len, ==, 1);
  parsed = g_ptr_array_index (records, 0);
  g_assert_cmpuint (g_strv_length (parsed), ==, G_N_ELEMENTS (fields));
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    g_assert_cmpstr (parsed[i], ==, fields[i]);
}

static void
test_export_frame (void)
{
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func (g_object_unref);
  gsize length = 0;
  g_autofree char *csv = js_joblog_export_csv (entries, &length);
  g_autofree char *without_length = NULL;
  g_autoptr(GPtrArray) records = NULL;
  char **header;

  g_assert_cmpmem (csv, 3, BOM, 3);
  g_assert_cmpuint (length, ==, strlen (csv));
  g_assert_true (g_str_has_suffix (csv, "\r\n"));

  records = parse_csv (csv + 3, length - 3);
  g_assert_cmpuint (records->len, ==, 1);
  header = g_ptr_array_index (records, 0);
  g_assert_cmpuint (g_strv_length (header), ==, N_COLUMNS);
  for (guint i = 0; i < N_COLUMNS; i++)
    g_assert_cmpstr (header[i], !=, "");
  g_assert_cmpstr (header[COLUMN_DATE], ==, "Date");
  g_assert_cmpstr (header[COLUMN_NOTES], ==, "Notes");

  g_ptr_array_add (entries, make_entry ("Lagerarbejder", 11));
  without_length = js_joblog_export_csv (entries, NULL);
  g_assert_true (g_str_has_prefix (without_length, csv));
}

static void
test_export_order_and_dates (void)
{
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) records = NULL;
  JsJoblogEntry *entry;
  GDate deadline;

  /* Not in date order: the export keeps the order it is given. */
  g_ptr_array_add (entries, make_entry ("Anden", 9));
  g_ptr_array_add (entries, make_entry ("Første", 11));
  g_ptr_array_add (entries, make_entry ("Tredje", 2));

  entry = g_ptr_array_index (entries, 1);
  js_test_set_date (&deadline, 29, G_DATE_FEBRUARY, 2028);
  js_joblog_entry_set_deadline (entry, &deadline);
  js_joblog_entry_set_kind (entry, JS_ENTRY_KIND_NETWORK);
  js_joblog_entry_set_status (entry, JS_ENTRY_STATUS_INTERVIEW);

  entry = g_ptr_array_index (entries, 2);
  js_joblog_entry_set_date (entry, NULL);

  records = export_records (entries);

  g_assert_cmpstr (field_of (records, 0, COLUMN_TITLE), ==, "Anden");
  g_assert_cmpstr (field_of (records, 1, COLUMN_TITLE), ==, "Første");
  g_assert_cmpstr (field_of (records, 2, COLUMN_TITLE), ==, "Tredje");

  g_assert_cmpstr (field_of (records, 0, COLUMN_DATE), ==, "2026-03-09");
  g_assert_cmpstr (field_of (records, 0, COLUMN_DEADLINE), ==, "");
  g_assert_cmpstr (field_of (records, 1, COLUMN_DATE), ==, "2026-03-11");
  g_assert_cmpstr (field_of (records, 1, COLUMN_DEADLINE), ==, "2028-02-29");
  g_assert_cmpstr (field_of (records, 2, COLUMN_DATE), ==, "");

  g_assert_cmpstr (field_of (records, 0, COLUMN_KIND), ==,
                   js_entry_kind_label (JS_ENTRY_KIND_ADVERTISED));
  g_assert_cmpstr (field_of (records, 0, COLUMN_STATUS), ==,
                   js_entry_status_label (JS_ENTRY_STATUS_APPLIED));
  g_assert_cmpstr (field_of (records, 1, COLUMN_KIND), ==,
                   js_entry_kind_label (JS_ENTRY_KIND_NETWORK));
  g_assert_cmpstr (field_of (records, 1, COLUMN_STATUS), ==,
                   js_entry_status_label (JS_ENTRY_STATUS_INTERVIEW));
  g_assert_cmpstr (field_of (records, 0, COLUMN_EMPLOYER), ==, "Brugsen A/S");
  g_assert_cmpstr (field_of (records, 0, COLUMN_SOURCE), ==, "Jobnet");
}

/* A spreadsheet runs text starting with = + - @ (or a tab or carriage
 * return before one) as a formula; the export makes it plain text. */
static void
test_export_formula_defused (void)
{
  static const char * const cases[][2] = {
    { "=HYPERLINK(\"http://evil.example\";\"Klik\")",
      "'=HYPERLINK(\"http://evil.example\";\"Klik\")" },
    { "+45 12 34 56 78", "'+45 12 34 56 78" },
    { "-2+3", "'-2+3" },
    { "@SUM(A1:A9)", "'@SUM(A1:A9)" },
    { "=", "'=" },
    { "\t=1+1", "'\t=1+1" },
    { "\r=1+1", "'\r=1+1" },
    { "a=b", "a=b" },
    { "Jobnet+", "Jobnet+" },
    { "'=already", "'=already" },
    { "", "" },
  };
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) records = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      JsJoblogEntry *entry = make_entry (cases[i][0], 11);

      js_joblog_entry_set_text (entry, JS_FIELD_NOTES, cases[i][0]);
      js_joblog_entry_set_text (entry, JS_FIELD_CONTACT, cases[i][0]);
      g_ptr_array_add (entries, entry);
    }

  records = export_records (entries);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_assert_cmpstr (field_of (records, i, COLUMN_TITLE), ==, cases[i][1]);
      g_assert_cmpstr (field_of (records, i, COLUMN_NOTES), ==, cases[i][1]);
      g_assert_cmpstr (field_of (records, i, COLUMN_CONTACT), ==, cases[i][1]);
    }
}

/* Tricky text comes back from a strict reader exactly as it was typed. */
static void
test_export_round_trip (void)
{
  static const struct {
    const char *title;
    const char *employer;
    const char *location;
    const char *contact;
    const char *link;
    const char *notes;
  } cases[] = {
    { "Sælger, deltid", "\"Brugsen\" A/S", "Århus C", "Jens \"JJ\" Jensen",
      "https://job.jobnet.dk/CV/FindWork/Details/123?x=1,2", arabic_notes },
    { " Lagerarbejder ", "Їжак і ґанок, ТОВ", "Київ\nUkraine", "Олена Єременко",
      "", "Дзвонила у понеділок.\r\n\r\nЧекаю відповіді, \"скоро\".\n" },
    { "مُهَنْدِسُ بَرْمَجِيَّاتٍ", "شركة \"النور\"", "", "\u200Fأحمد\u200E", "",
      "👩‍💻, 🇩🇰\t\"emoji\"\r\nCafe\xCC\x81" },
    { "\"", ",", "x\r\n", "y\r", "\n", "\"\"\"," },
  };
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) records = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      JsJoblogEntry *entry = make_entry (cases[i].title, 11);

      js_joblog_entry_set_text (entry, JS_FIELD_EMPLOYER, cases[i].employer);
      js_joblog_entry_set_text (entry, JS_FIELD_LOCATION, cases[i].location);
      js_joblog_entry_set_text (entry, JS_FIELD_CONTACT, cases[i].contact);
      js_joblog_entry_set_text (entry, JS_FIELD_LINK, cases[i].link);
      js_joblog_entry_set_text (entry, JS_FIELD_NOTES, cases[i].notes);
      g_ptr_array_add (entries, entry);
    }

  records = export_records (entries);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_assert_cmpstr (field_of (records, i, COLUMN_TITLE), ==, cases[i].title);
      g_assert_cmpstr (field_of (records, i, COLUMN_EMPLOYER), ==, cases[i].employer);
      g_assert_cmpstr (field_of (records, i, COLUMN_LOCATION), ==, cases[i].location);
      g_assert_cmpstr (field_of (records, i, COLUMN_SOURCE), ==, "Jobnet");
      g_assert_cmpstr (field_of (records, i, COLUMN_CONTACT), ==, cases[i].contact);
      g_assert_cmpstr (field_of (records, i, COLUMN_LINK), ==, cases[i].link);
      g_assert_cmpstr (field_of (records, i, COLUMN_NOTES), ==, cases[i].notes);
      g_assert_cmpstr (field_of (records, i, COLUMN_DATE), ==, "2026-03-11");
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/csv/row/plain", test_row_plain);
  g_test_add_func ("/csv/row/quoting", test_row_quoting);
  g_test_add_func ("/csv/row/empty-fields", test_row_empty_fields);
  g_test_add_func ("/csv/row/any-script", test_row_any_script);
  g_test_add_func ("/csv/row/appends", test_row_appends);
  g_test_add_func ("/csv/row/round-trip", test_row_round_trip);
  g_test_add_func ("/csv/export/frame", test_export_frame);
  g_test_add_func ("/csv/export/order-and-dates", test_export_order_and_dates);
  g_test_add_func ("/csv/export/formula-defused", test_export_formula_defused);
  g_test_add_func ("/csv/export/round-trip", test_export_round_trip);

  return g_test_run ();
}
