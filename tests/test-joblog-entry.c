/* test-joblog-entry.c: one job-log entry, its JSON form and its names
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <json-glib/json-glib.h>

#include "js-joblog-entry.h"
#include "js-test-util.h"

#define ENTRY_ID "6f1c0f1e-8a0b-4c2d-9e3f-0a1b2c3d4e5f"

/* Text a citizen may type, in the scripts Jobspor is used with. */
static const char * const texts[] = {
  /* Arabic with diacritics (harakat) and Arabic punctuation */
  "مُهَنْدِسُ بَرْمَجِيَّاتٍ، وَظِيفَةٌ دَائِمَةٌ؟",
  /* Ukrainian, with ї є ґ in both cases */
  "Їжак і Ґанок: Єдиний прибиральник у Києві, ґрунт, їдальня, єнот",
  /* Danish */
  "Blåbærgrød på Ærø — Østerbro Æble Ål",
  /* emoji: ZWJ sequences, skin tone, flags, a keycap */
  "👩‍💻 👨‍👩‍👧‍👦 🏳️‍🌈 👍🏽 🇩🇰 🇺🇦 1️⃣",
  /* e + COMBINING ACUTE ACCENT, kept decomposed */
  "Cafe\xCC\x81 og re\xCC\x81sume\xCC\x81",
  /* RIGHT-TO-LEFT MARK, LEFT-TO-RIGHT MARK, RLO … PDF */
  "\u200Fعمل\u200E Jobnet \u202Eabc\u202C",
  /* notes over several lines, with tabs and Windows line ends */
  "Ringede mandag.\n\tSendte CV\r\nSvar:\t\"næste uge\"\n\n",
  /* characters JSON must escape */
  "back\\slash \"quoted\" /slash/ \x01\x1F and \u2028\u2029",
};


/* An entry with every field set, and a revision past what a double holds. */
static JsJoblogEntry *
make_full_entry (void)
{
  JsJoblogEntry *entry = js_joblog_entry_new ();
  GDate date;
  GDate deadline;

  js_test_set_date (&date, 11, G_DATE_MARCH, 2026);
  js_test_set_date (&deadline, 29, G_DATE_FEBRUARY, 2028);

  js_joblog_entry_set_id (entry, ENTRY_ID);
  js_joblog_entry_set_revision (entry, G_GINT64_CONSTANT (9007199254740993));
  js_joblog_entry_set_kind (entry, JS_ENTRY_KIND_NETWORK);
  js_joblog_entry_set_status (entry, JS_ENTRY_STATUS_INTERVIEW);
  js_joblog_entry_set_date (entry, &date);
  js_joblog_entry_set_deadline (entry, &deadline);
  js_joblog_entry_set_text (entry, JS_FIELD_TITLE, "Lagerarbejder");
  js_joblog_entry_set_text (entry, JS_FIELD_EMPLOYER, "Brugsen A/S");
  js_joblog_entry_set_text (entry, JS_FIELD_LOCATION, "Aarhus C");
  js_joblog_entry_set_text (entry, JS_FIELD_SOURCE, "Jobnet");
  js_joblog_entry_set_text (entry, JS_FIELD_CONTACT, "Mette Hansen");
  js_joblog_entry_set_text (entry, JS_FIELD_LINK, "https://job.jobnet.dk/CV/FindWork/Details/123");
  js_joblog_entry_set_text (entry, JS_FIELD_NOTES, "Ring igen fredag");

  return entry;
}

static JsJoblogEntry *
round_trip (JsJoblogEntry *entry)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *json = js_joblog_entry_to_json (entry);
  JsJoblogEntry *read;

  g_assert_nonnull (json);
  read = js_joblog_entry_new_from_json (json, &error);
  g_assert_no_error (error);
  g_assert_nonnull (read);

  return read;
}

/* Reading @json fails cleanly: no entry, and an error saying why. */
static void
assert_rejected (const char *json)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsJoblogEntry) entry = NULL;

  entry = js_joblog_entry_new_from_json (json, &error);
  if (entry != NULL)
    g_test_message ("accepted: %s", json);
  g_assert_null (entry);
  g_assert_nonnull (error);
  g_assert_cmpstr (error->message, !=, "");
}

static const char * const base_members[][2] = {
  { "id", "\"" ENTRY_ID "\"" },
  { "revision", "3" },
  { "kind", "\"advertised\"" },
  { "status", "\"applied\"" },
  { "date", "\"2026-01-05\"" },
  { "deadline", "\"2026-01-31\"" },
  { "title", "\"Lagerarbejder\"" },
  { "employer", "\"Brugsen\"" },
  { "location", "\"Aarhus\"" },
  { "source", "\"Jobnet\"" },
  { "contact", "\"Mette\"" },
  { "link", "\"https://jobnet.dk/1\"" },
  { "notes", "\"\"" },
};

/* A valid entry's JSON with @member's value replaced by @value (JSON
 * text), or left out when @value is %NULL. */
static char *
json_with (const char *member,
           const char *value)
{
  GString *json = g_string_new ("{");
  gboolean first = TRUE;

  for (guint i = 0; i < G_N_ELEMENTS (base_members); i++)
    {
      const char *v = base_members[i][1];

      if (g_str_equal (base_members[i][0], member))
        v = value;
      if (v == NULL)
        continue;
      g_string_append_printf (json, "%s\"%s\": %s", first ? "" : ", ", base_members[i][0], v);
      first = FALSE;
    }
  g_string_append_c (json, '}');

  return g_string_free (json, FALSE);
}

static void
test_json_round_trip (void)
{
  g_autoptr(JsJoblogEntry) entry = make_full_entry ();
  g_autoptr(JsJoblogEntry) read = round_trip (entry);
  g_autofree char *date = NULL;
  g_autofree char *deadline = NULL;

  g_assert_true (js_joblog_entry_equal (entry, read));
  g_assert_cmpint (js_joblog_entry_get_revision (read), ==, G_GINT64_CONSTANT (9007199254740993));
  g_assert_cmpstr (js_joblog_entry_get_id (read), ==, ENTRY_ID);
  g_assert_cmpint (js_joblog_entry_get_kind (read), ==, JS_ENTRY_KIND_NETWORK);
  g_assert_cmpint (js_joblog_entry_get_status (read), ==, JS_ENTRY_STATUS_INTERVIEW);

  date = js_date_to_iso (js_joblog_entry_get_date (read));
  deadline = js_date_to_iso (js_joblog_entry_get_deadline (read));
  g_assert_cmpstr (date, ==, "2026-03-11");
  g_assert_cmpstr (deadline, ==, "2028-02-29");

  for (guint f = 0; f < JS_N_TEXT_FIELDS; f++)
    g_assert_cmpstr (js_joblog_entry_get_text (read, f), ==, js_joblog_entry_get_text (entry, f));
}

/* Every kind and status, and an entry never saved (revision 0, no dates). */
static void
test_json_round_trip_every_value (void)
{
  g_autoptr(JsJoblogEntry) fresh = js_joblog_entry_new ();
  g_autoptr(JsJoblogEntry) fresh_read = round_trip (fresh);

  g_assert_true (js_joblog_entry_equal (fresh, fresh_read));
  g_assert_cmpint (js_joblog_entry_get_revision (fresh_read), ==, 0);
  g_assert_false (g_date_valid (js_joblog_entry_get_date (fresh_read)));
  g_assert_false (g_date_valid (js_joblog_entry_get_deadline (fresh_read)));

  for (guint k = 0; k < JS_N_ENTRY_KINDS; k++)
    for (guint s = 0; s < JS_N_ENTRY_STATUSES; s++)
      {
        g_autoptr(JsJoblogEntry) entry = make_full_entry ();
        g_autoptr(JsJoblogEntry) read = NULL;

        js_joblog_entry_set_kind (entry, k);
        js_joblog_entry_set_status (entry, s);
        js_joblog_entry_set_revision (entry, k * 10 + s);
        read = round_trip (entry);

        g_assert_true (js_joblog_entry_equal (entry, read));
        g_assert_cmpint (js_joblog_entry_get_kind (read), ==, k);
        g_assert_cmpint (js_joblog_entry_get_status (read), ==, s);
        g_assert_cmpint (js_joblog_entry_get_revision (read), ==, k * 10 + s);
      }
}

static void
test_json_text_any_script (void)
{
  for (guint t = 0; t < G_N_ELEMENTS (texts); t++)
    {
      g_autoptr(JsJoblogEntry) entry = make_full_entry ();
      g_autoptr(JsJoblogEntry) read = NULL;

      for (guint f = 0; f < JS_N_TEXT_FIELDS; f++)
        js_joblog_entry_set_text (entry, f, texts[t]);
      read = round_trip (entry);

      g_assert_true (js_joblog_entry_equal (entry, read));
      for (guint f = 0; f < JS_N_TEXT_FIELDS; f++)
        {
          const char *got = js_joblog_entry_get_text (read, f);

          g_assert_cmpmem (got, strlen (got), texts[t], strlen (texts[t]));
        }
    }
}

/* The JSON is valid UTF-8 that any JSON reader understands. */
static void
test_json_is_standard (void)
{
  g_autoptr(JsJoblogEntry) entry = make_full_entry ();
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *json = NULL;
  JsonObject *object;

  js_joblog_entry_set_text (entry, JS_FIELD_NOTES, texts[6]);
  json = js_joblog_entry_to_json (entry);
  g_assert_true (g_utf8_validate (json, -1, NULL));

  json_parser_load_from_data (parser, json, -1, &error);
  g_assert_no_error (error);
  object = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpstr (json_object_get_string_member (object, "id"), ==, ENTRY_ID);
  g_assert_cmpstr (json_object_get_string_member (object, "kind"), ==, "network");
  g_assert_cmpstr (json_object_get_string_member (object, "status"), ==, "interview");
  g_assert_cmpstr (json_object_get_string_member (object, "date"), ==, "2026-03-11");
  g_assert_cmpstr (json_object_get_string_member (object, "notes"), ==, texts[6]);
}

static void
test_json_base_is_valid (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *json = json_with ("", NULL);
  g_autoptr(JsJoblogEntry) entry = js_joblog_entry_new_from_json (json, &error);

  /* The other tests change one member of this; it must be fine as it is. */
  g_assert_no_error (error);
  g_assert_nonnull (entry);
  g_assert_cmpint (js_joblog_entry_get_revision (entry), ==, 3);
  g_assert_cmpstr (js_joblog_entry_get_text (entry, JS_FIELD_SOURCE), ==, "Jobnet");
}

static void
test_json_wrong_types (void)
{
  static const char * const cases[][2] = {
    { "revision", "\"3\"" },
    { "revision", "3.5" },
    { "revision", "-1" },
    { "revision", "true" },
    { "revision", "null" },
    { "title", "42" },
    { "title", "null" },
    { "title", "[\"Lagerarbejder\"]" },
    { "notes", "{}" },
    { "employer", "false" },
    { "date", "20260105" },
    { "date", "[2026, 1, 5]" },
    { "deadline", "31" },
    { "id", "12345" },
    { "kind", "0" },
    { "status", "1" },
    { "status", "null" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *json = json_with (cases[i][0], cases[i][1]);

      assert_rejected (json);
    }
}

static void
test_json_unknown_names (void)
{
  static const char * const cases[][2] = {
    { "kind", "\"job\"" },
    { "kind", "\"Advertised\"" },
    { "kind", "\"\"" },
    { "kind", NULL },
    { "status", "\"sent\"" },
    { "status", "\"APPLIED\"" },
    { "status", "\"applied \"" },
    { "status", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *json = json_with (cases[i][0], cases[i][1]);

      assert_rejected (json);
    }
}

static void
test_json_malformed_dates (void)
{
  static const char * const dates[] = {
    "\"2026-02-30\"", "\"2026-2-3\"", "\"26-01-01\"", "\"2026-01-01T00:00\"",
    "\"2027-02-29\"", "\"2026-13-01\"", "\"2026-00-10\"", "\"2026-01-00\"",
    "\"2026/01/01\"", "\"2026/01-01\"", "\"2026-01/01\"", "\"01-01-2026\"",
    "\"\"", "\" 2026-01-01\"", "\"2026-01-1a\"", "\"+026-01-01\"",
    "\"2026-01-01\\n\"", "\"٢٠٢٦-٠١-٠١\"",
  };

  for (guint i = 0; i < G_N_ELEMENTS (dates); i++)
    {
      g_autofree char *with_date = json_with ("date", dates[i]);
      g_autofree char *with_deadline = json_with ("deadline", dates[i]);

      assert_rejected (with_date);
      assert_rejected (with_deadline);
    }
}

static void
test_json_not_an_object (void)
{
  static const char * const documents[] = {
    "", " ", "[]", "[{\"id\": \"" ENTRY_ID "\"}]", "\"" ENTRY_ID "\"", "42", "null", "true",
    "{", "}", "{\"id\": }", "{'id': 'x'}", "{\"id\": \"" ENTRY_ID "\",}",
  };

  for (guint i = 0; i < G_N_ELEMENTS (documents); i++)
    assert_rejected (documents[i]);
}

/* A document cut short anywhere, even inside a multi-byte letter. */
static void
test_json_truncated (void)
{
  g_autoptr(JsJoblogEntry) entry = make_full_entry ();
  g_autofree char *json = NULL;
  gsize length;

  js_joblog_entry_set_text (entry, JS_FIELD_TITLE, texts[0]);
  js_joblog_entry_set_text (entry, JS_FIELD_NOTES, texts[3]);
  json = g_strstrip (js_joblog_entry_to_json (entry));
  length = strlen (json);
  g_assert_cmpuint (length, >, 100);

  for (gsize cut = 0; cut < length; cut++)
    {
      g_autofree char *prefix = g_strndup (json, cut);

      assert_rejected (prefix);
    }
}

static void
test_json_invalid_id (void)
{
  static const char * const ids[] = {
    "\"not-a-uuid\"",
    "\"\"",
    "\"6f1c0f1e-8a0b-4c2d-9e3f-0a1b2c3d4e5\"",
    "\"6f1c0f1e-8a0b-4c2d-9e3f-0a1b2c3d4e5f0\"",
    "\"6f1c0f1e8a0b4c2d9e3f0a1b2c3d4e5f\"",
    "\"{6f1c0f1e-8a0b-4c2d-9e3f-0a1b2c3d4e5f}\"",
    "\"6f1c0f1e-8a0b-4c2d-9e3f-0a1b2c3d4e5g\"",
    NULL,
  };

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      g_autofree char *json = json_with ("id", ids[i]);

      assert_rejected (json);
    }
}

static void
test_json_missing_text_is_empty (void)
{
  static const char *json =
    "{\"id\": \"" ENTRY_ID "\", \"kind\": \"event\", \"status\": \"planned\"}";
  g_autoptr(GError) error = NULL;
  g_autoptr(JsJoblogEntry) entry = js_joblog_entry_new_from_json (json, &error);

  g_assert_no_error (error);
  g_assert_nonnull (entry);
  g_assert_cmpint (js_joblog_entry_get_kind (entry), ==, JS_ENTRY_KIND_EVENT);
  g_assert_cmpint (js_joblog_entry_get_status (entry), ==, JS_ENTRY_STATUS_PLANNED);
  g_assert_cmpint (js_joblog_entry_get_revision (entry), ==, 0);
  g_assert_false (g_date_valid (js_joblog_entry_get_date (entry)));
  g_assert_false (g_date_valid (js_joblog_entry_get_deadline (entry)));
  for (guint f = 0; f < JS_N_TEXT_FIELDS; f++)
    g_assert_cmpstr (js_joblog_entry_get_text (entry, f), ==, "");
}

static void
test_json_null_dates_unset (void)
{
  g_autofree char *no_date = json_with ("date", "null");
  g_autofree char *no_deadline = json_with ("deadline", "null");
  g_autoptr(GError) error = NULL;
  g_autoptr(JsJoblogEntry) entry = NULL;
  g_autoptr(JsJoblogEntry) other = NULL;
  g_autofree char *deadline = NULL;
  g_autofree char *date = NULL;

  entry = js_joblog_entry_new_from_json (no_date, &error);
  g_assert_no_error (error);
  g_assert_false (g_date_valid (js_joblog_entry_get_date (entry)));
  deadline = js_date_to_iso (js_joblog_entry_get_deadline (entry));
  g_assert_cmpstr (deadline, ==, "2026-01-31");

  other = js_joblog_entry_new_from_json (no_deadline, &error);
  g_assert_no_error (error);
  g_assert_false (g_date_valid (js_joblog_entry_get_deadline (other)));
  date = js_date_to_iso (js_joblog_entry_get_date (other));
  g_assert_cmpstr (date, ==, "2026-01-05");
}

static void
test_date_iso (void)
{
  static const char * const valid[] = {
    "2028-02-29", "2026-01-01", "2026-12-31", "2000-02-29", "1900-01-01", "9999-12-31",
  };
  static const char * const invalid[] = {
    "2027-02-29", "1900-02-29", "2026-02-30", "2026-04-31", "2026-2-3", "26-01-01",
    "2026-01-01T00:00", "2026-13-01", "2026-00-01", "2026-01-32", "", "2026-01-0",
    "2026_01_01", "2026.01-01", "2026-01.01", "0000-01-01",
  };
  GDate date;
  g_autofree char *unset = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (valid); i++)
    {
      g_autofree char *back = NULL;

      g_assert_true (js_date_from_iso (valid[i], &date));
      g_assert_true (g_date_valid (&date));
      back = js_date_to_iso (&date);
      g_assert_cmpstr (back, ==, valid[i]);
    }

  g_assert_true (js_date_from_iso ("2028-02-29", &date));
  g_assert_cmpint (g_date_get_year (&date), ==, 2028);
  g_assert_cmpint (g_date_get_month (&date), ==, G_DATE_FEBRUARY);
  g_assert_cmpint (g_date_get_day (&date), ==, 29);

  for (guint i = 0; i < G_N_ELEMENTS (invalid); i++)
    {
      /* A failed read leaves no stale date behind. */
      g_date_clear (&date, 1);
      g_date_set_dmy (&date, 1, G_DATE_JUNE, 2026);
      g_assert_false (js_date_from_iso (invalid[i], &date));
      g_assert_false (g_date_valid (&date));
    }

  g_assert_false (js_date_from_iso (NULL, &date));

  g_date_clear (&date, 1);
  unset = js_date_to_iso (&date);
  g_assert_null (unset);
  g_assert_null (js_date_to_iso (NULL));
}

static void
test_kind_names (void)
{
  JsEntryKind kind;

  for (guint k = 0; k < JS_N_ENTRY_KINDS; k++)
    {
      const char *name = js_entry_kind_to_string (k);

      g_assert_nonnull (name);
      g_assert_cmpstr (name, !=, "");
      g_assert_true (js_entry_kind_from_string (name, &kind));
      g_assert_cmpint (kind, ==, k);
      g_assert_cmpstr (js_entry_kind_label (k), !=, "");

      for (guint other = 0; other < k; other++)
        {
          g_assert_cmpstr (js_entry_kind_to_string (other), !=, name);
          g_assert_cmpstr (js_entry_kind_label (other), !=, js_entry_kind_label (k));
        }
    }

  g_assert_cmpstr (js_entry_kind_to_string (JS_ENTRY_KIND_ADVERTISED), ==, "advertised");
  g_assert_cmpstr (js_entry_kind_to_string (JS_ENTRY_KIND_OTHER), ==, "other");
  g_assert_false (js_entry_kind_from_string ("Advertised", &kind));
  g_assert_false (js_entry_kind_from_string ("", &kind));
  g_assert_false (js_entry_kind_from_string (NULL, &kind));
}

static void
test_status_names (void)
{
  JsEntryStatus status;

  for (guint s = 0; s < JS_N_ENTRY_STATUSES; s++)
    {
      const char *name = js_entry_status_to_string (s);

      g_assert_nonnull (name);
      g_assert_cmpstr (name, !=, "");
      g_assert_true (js_entry_status_from_string (name, &status));
      g_assert_cmpint (status, ==, s);
      g_assert_cmpstr (js_entry_status_label (s), !=, "");

      for (guint other = 0; other < s; other++)
        {
          g_assert_cmpstr (js_entry_status_to_string (other), !=, name);
          g_assert_cmpstr (js_entry_status_label (other), !=, js_entry_status_label (s));
        }
    }

  g_assert_cmpstr (js_entry_status_to_string (JS_ENTRY_STATUS_PLANNED), ==, "planned");
  g_assert_cmpstr (js_entry_status_to_string (JS_ENTRY_STATUS_WITHDRAWN), ==, "withdrawn");
  g_assert_false (js_entry_status_from_string ("sent", &status));
  g_assert_false (js_entry_status_from_string (NULL, &status));
}

static void
test_text_field_keys (void)
{
  static const char * const keys[JS_N_TEXT_FIELDS] = {
    "title", "employer", "location", "source", "contact", "link", "notes",
  };

  for (guint f = 0; f < JS_N_TEXT_FIELDS; f++)
    {
      g_assert_cmpstr (js_text_field_key (f), ==, keys[f]);
      g_assert_cmpuint (js_text_field_max_length (f), >=, 200);
    }
}

static void
test_is_application (void)
{
  for (guint k = 0; k < JS_N_ENTRY_KINDS; k++)
    for (guint s = 0; s < JS_N_ENTRY_STATUSES; s++)
      {
        g_autoptr(JsJoblogEntry) entry = js_joblog_entry_new ();
        gboolean expected = (k == JS_ENTRY_KIND_ADVERTISED || k == JS_ENTRY_KIND_UNSOLICITED) &&
                            s != JS_ENTRY_STATUS_PLANNED;

        js_joblog_entry_set_kind (entry, k);
        js_joblog_entry_set_status (entry, s);
        if (expected)
          g_assert_true (js_joblog_entry_is_application (entry));
        else
          g_assert_false (js_joblog_entry_is_application (entry));
      }
}

/* Unset and invalid dates compare equal to each other, and nothing else. */
static void
test_equal_and_copy (void)
{
  g_autoptr(JsJoblogEntry) entry = make_full_entry ();
  g_autoptr(JsJoblogEntry) copy = js_joblog_entry_copy (entry);
  GDate date;

  g_assert_true (js_joblog_entry_equal (entry, copy));
  g_assert_cmpint (js_joblog_entry_get_revision (copy), ==, js_joblog_entry_get_revision (entry));

  js_joblog_entry_set_text (copy, JS_FIELD_NOTES, "Ring igen fredag ");
  g_assert_false (js_joblog_entry_equal (entry, copy));
  js_joblog_entry_set_text (copy, JS_FIELD_NOTES, "Ring igen fredag");

  js_joblog_entry_set_deadline (copy, NULL);
  g_assert_false (js_joblog_entry_equal (entry, copy));
  js_joblog_entry_set_deadline (copy, js_joblog_entry_get_deadline (entry));
  g_assert_true (js_joblog_entry_equal (entry, copy));

  js_test_set_date (&date, 12, G_DATE_MARCH, 2026);
  js_joblog_entry_set_date (copy, &date);
  g_assert_false (js_joblog_entry_equal (entry, copy));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/joblog/entry/json/round-trip", test_json_round_trip);
  g_test_add_func ("/joblog/entry/json/round-trip-every-value", test_json_round_trip_every_value);
  g_test_add_func ("/joblog/entry/json/text-any-script", test_json_text_any_script);
  g_test_add_func ("/joblog/entry/json/is-standard", test_json_is_standard);
  g_test_add_func ("/joblog/entry/json/base-is-valid", test_json_base_is_valid);
  g_test_add_func ("/joblog/entry/json/wrong-types", test_json_wrong_types);
  g_test_add_func ("/joblog/entry/json/unknown-names", test_json_unknown_names);
  g_test_add_func ("/joblog/entry/json/malformed-dates", test_json_malformed_dates);
  g_test_add_func ("/joblog/entry/json/not-an-object", test_json_not_an_object);
  g_test_add_func ("/joblog/entry/json/truncated", test_json_truncated);
  g_test_add_func ("/joblog/entry/json/invalid-id", test_json_invalid_id);
  g_test_add_func ("/joblog/entry/json/missing-text-is-empty", test_json_missing_text_is_empty);
  g_test_add_func ("/joblog/entry/json/null-dates-unset", test_json_null_dates_unset);
  g_test_add_func ("/joblog/entry/date/iso", test_date_iso);
  g_test_add_func ("/joblog/entry/kind/names", test_kind_names);
  g_test_add_func ("/joblog/entry/status/names", test_status_names);
  g_test_add_func ("/joblog/entry/text-field/keys", test_text_field_keys);
  g_test_add_func ("/joblog/entry/is-application", test_is_application);
  g_test_add_func ("/joblog/entry/equal-and-copy", test_equal_and_copy);

  return g_test_run ();
}
