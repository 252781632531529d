/* test-protocol.c: the sync API's messages, and what they refuse
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "js-protocol.h"

#define UUID_A "6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f"
#define UUID_B "0a1b2c3d-4e5f-4a6b-9c7d-8e9f0a1b2c3d"
#define UUID_C "1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e"

static const char entry_json[] =
  "{\"id\":\"" UUID_A "\",\"revision\":2,\"kind\":\"advertised\",\"status\":\"applied\","
  "\"date\":\"2026-11-20\",\"deadline\":null,\"title\":\"Lagerarbejder\","
  "\"employer\":\"Coop Danmark\",\"location\":\"Albertslund\",\"source\":\"Jobnet\","
  "\"contact\":\"\",\"link\":\"https://job.jobnet.dk/1\",\"notes\":\"Ринг у понеділок — مقابلة\"}";

static JsonNode *
parse_node (const char *json)
{
  g_autoptr(GError) error = NULL;
  JsonNode *node = js_json_parse (json, strlen (json), G_MAXSIZE, &error);

  g_assert_no_error (error);
  return node;
}

static void
test_depth (void)
{
  g_autoptr(GString) deep = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  JsonNode *node;

  g_assert_true (js_json_check_depth ("{\"a\":[[{}]]}", 11, 4));
  g_assert_false (js_json_check_depth ("{\"a\":[[{}]]}", 11, 3));
  /* Brackets inside strings, escaped quotes included, do not count. */
  g_assert_true (js_json_check_depth ("{\"a\":\"[[[[\\\"[[[\"}", 17, 1));

  /* A million open brackets: refused before json-glib recurses into it. */
  for (guint i = 0; i < 1000000; i++)
    g_string_append_c (deep, '[');
  node = js_json_parse (deep->str, deep->len, G_MAXSIZE, &error);
  g_assert_error (error, JS_PROTOCOL_ERROR, JS_PROTOCOL_ERROR_MALFORMED);
  g_assert_null (node);
}

static void
test_malformed (void)
{
  static const struct {
    const char *data;
    gsize       length;
  } cases[] = {
    { "", 0 },
    { "{\"citizen\":", 11 },
    { "[1,2,3]", 7 },
    { "\"just a string\"", 15 },
    { "{\"a\":1}\0{}", 10 },
    { "{\"a\":\"\xff\xfe\"}", 10 },
    { "{\"a\":1,}", 8 },
    { "<html>502 Bad Gateway</html>", 28 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      JsonNode *node = js_json_parse (cases[i].data, cases[i].length, 1024, &error);

      g_assert_error (error, JS_PROTOCOL_ERROR, JS_PROTOCOL_ERROR_MALFORMED);
      g_assert_null (node);
    }
}

static void
test_too_large (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *big = g_strnfill (JS_PROTOCOL_MAX_REQUEST_BYTES + 1, ' ');
  g_autoptr(GPtrArray) ops = js_push_request_parse (big, strlen (big), &error);

  g_assert_error (error, JS_PROTOCOL_ERROR, JS_PROTOCOL_ERROR_TOO_LARGE);
  g_assert_null (ops);
}

static void
test_sign_in (void)
{
  g_autoptr(GError) error = NULL;
  gsize length = 0;
  g_autofree char *json = js_sign_in_write ("0101901234", "ab2c-3d4e", &length);
  g_autoptr(JsSignIn) sign_in = js_sign_in_parse (json, length, &error);
  g_autofree char *code = NULL;
  static const char * const refused[] = {
    "{\"citizen\":\"0101901234\"}",
    "{\"citizen\":101901234,\"code\":\"AB2C3D4E\"}",
    "{\"citizen\":\"0101901234\",\"code\":\"AB2C3D4E\",\"admin\":true}",
  };

  g_assert_no_error (error);
  g_assert_cmpstr (sign_in->citizen, ==, "0101901234");
  code = js_normalize_code (sign_in->code);
  g_assert_cmpstr (code, ==, "AB2C3D4E");

  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      g_autoptr(JsSignIn) bad = js_sign_in_parse (refused[i], strlen (refused[i]), &error);

      g_assert_error (error, JS_PROTOCOL_ERROR, JS_PROTOCOL_ERROR_INVALID);
      g_assert_null (bad);
      g_clear_error (&error);
    }
}

static void
test_codes_and_numbers (void)
{
  g_autofree char *spaced = js_normalize_code (" ab2c 3d4e ");

  g_assert_cmpstr (spaced, ==, "AB2C3D4E");
  /* 0, 1, I and O are never in codes: they are too easily mistaken. */
  g_assert_null (js_normalize_code ("AB2C3D40"));
  g_assert_null (js_normalize_code ("AB2C3D4"));
  g_assert_null (js_normalize_code ("AB2C3D4EF"));
  g_assert_null (js_normalize_code ("AB2C3D4É"));
  g_assert_null (js_normalize_code (NULL));

  g_assert_true (js_citizen_number_valid ("0101901234"));
  g_assert_false (js_citizen_number_valid ("010190-1234"));
  g_assert_false (js_citizen_number_valid ("01019012345"));
  g_assert_false (js_citizen_number_valid ("01019O1234"));
}

static void
test_session_round_trip (void)
{
  g_autoptr(GError) error = NULL;
  JsSession session = { (char *) "tok_abc", (char *) "0101901234",
                        (char *) "Оксана Коваленко", NULL };
  g_autofree char *json = NULL;
  g_autoptr(JsSession) back = NULL;
  gsize length = 0;

  session.expires = g_date_time_new_utc (2026, 12, 24, 9, 0, 0);
  json = js_session_write (&session, &length);
  back = js_session_parse (json, length, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (back->token, ==, "tok_abc");
  g_assert_cmpstr (back->name, ==, "Оксана Коваленко");
  g_assert_true (g_date_time_equal (back->expires, session.expires));
  g_date_time_unref (session.expires);
}

static void
test_push_round_trip (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) record = parse_node (entry_json);
  g_autoptr(GPtrArray) ops = g_ptr_array_new_with_free_func ((GDestroyNotify) js_push_op_free);
  g_autoptr(GPtrArray) back = NULL;
  g_autofree char *json = NULL;
  JsPushOp *op;
  gsize length = 0;

  g_ptr_array_add (ops, js_push_op_new (UUID_B, "joblog-entry", UUID_A, 1, record));
  g_ptr_array_add (ops, js_push_op_new (UUID_A, "joblog-entry", UUID_B, 3, NULL));
  json = js_push_request_write (ops, &length);
  back = js_push_request_parse (json, length, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (back->len, ==, 2);
  op = g_ptr_array_index (back, 0);
  g_assert_cmpstr (op->op_id, ==, UUID_B);
  g_assert_cmpint (op->base_revision, ==, 1);
  g_assert_false (op->delete);
  g_assert_true (json_node_equal (op->record, record));
  g_assert_true (js_protocol_check_record (op->entity, op->record_id, op->record, &error));
  g_assert_no_error (error);
  op = g_ptr_array_index (back, 1);
  g_assert_true (op->delete);
  g_assert_null (op->record);
}

static void
test_push_refused (void)
{
  g_autoptr(GString) many = g_string_new ("{\"operations\":[");
  const char *refused[] = {
    "{\"operations\":[]}",
    "{\"operations\":{}}",
    "{\"ops\":[]}",
    "{\"operations\":[{\"op\":\"" UUID_B "\",\"entity\":\"joblog-entry\",\"id\":\"" UUID_A
      "\",\"base_revision\":0,\"action\":\"put\"}]}",
    "{\"operations\":[{\"op\":\"" UUID_B "\",\"entity\":\"joblog-entry\",\"id\":\"" UUID_A
      "\",\"base_revision\":0,\"action\":\"delete\",\"record\":{}}]}",
    "{\"operations\":[{\"op\":\"" UUID_B "\",\"entity\":\"joblog-entry\",\"id\":\"" UUID_A
      "\",\"base_revision\":-1,\"action\":\"delete\"}]}",
    "{\"operations\":[{\"op\":\"6F1C2D3E-4B5A-4C6D-8E7F-9A0B1C2D3E4F\",\"entity\":\"x\",\"id\":\""
      UUID_A "\",\"base_revision\":0,\"action\":\"delete\"}]}",
    "{\"operations\":[{\"op\":\"" UUID_B "\",\"entity\":\"joblog-entry\",\"id\":\"" UUID_A
      "\",\"base_revision\":0,\"action\":\"drop\"}]}",
    "{\"operations\":[{\"op\":\"" UUID_B "\",\"entity\":\"joblog-entry\",\"id\":\"" UUID_A
      "\",\"base_revision\":\"0\",\"action\":\"delete\"}]}",
    NULL,
  };

  for (guint i = 0; i <= JS_PROTOCOL_MAX_OPERATIONS; i++)
    g_string_append_printf (many, "%s{\"op\":\"" UUID_B "\",\"entity\":\"joblog-entry\",\"id\":\""
                            UUID_A "\",\"base_revision\":0,\"action\":\"delete\"}",
                            i > 0 ? "," : "");
  g_string_append (many, "]}");
  refused[G_N_ELEMENTS (refused) - 1] = many->str;

  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) ops = js_push_request_parse (refused[i], strlen (refused[i]), &error);

      g_assert_nonnull (error);
      g_assert_true (error->domain == JS_PROTOCOL_ERROR);
      g_assert_null (ops);
    }
}

static void
test_records_checked (void)
{
  static const struct {
    const char *find;
    const char *replace;
  } breakages[] = {
    { "\"advertised\"", "\"advert\"" },
    { "\"2026-11-20\"", "\"2026-02-30\"" },
    { "\"2026-11-20\"", "20261120" },
    { "\"revision\":2", "\"revision\":-2" },
    { "\"Lagerarbejder\"", "null" },
    { "\"notes\":", "\"secret\":1,\"notes\":" },
    { "\"employer\":\"Coop Danmark\",", "" },
    { UUID_A, UUID_B },
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) good = parse_node (entry_json);
  g_autoptr(GString) long_title = g_string_new (NULL);

  g_assert_true (js_protocol_check_record ("joblog-entry", UUID_A, good, &error));
  g_assert_no_error (error);
  g_assert_false (js_protocol_check_record ("payroll", UUID_A, good, &error));
  g_clear_error (&error);

  for (guint i = 0; i < G_N_ELEMENTS (breakages); i++)
    {
      g_autoptr(GString) broken = g_string_new (entry_json);
      g_autoptr(JsonNode) node = NULL;

      g_string_replace (broken, breakages[i].find, breakages[i].replace, 1);
      node = parse_node (broken->str);
      g_assert_false (js_protocol_check_record ("joblog-entry", UUID_A, node, &error));
      g_assert_error (error, JS_PROTOCOL_ERROR, JS_PROTOCOL_ERROR_INVALID);
      g_clear_error (&error);
    }

  /* Lengths count characters: 200 Arabic letters pass, 201 do not. */
  for (guint n = 200; n <= 201; n++)
    {
      g_autoptr(GString) broken = g_string_new (entry_json);
      g_autoptr(JsonNode) node = NULL;

      g_string_truncate (long_title, 0);
      for (guint i = 0; i < n; i++)
        g_string_append (long_title, "ع");
      g_string_replace (broken, "Lagerarbejder", long_title->str, 1);
      node = parse_node (broken->str);
      g_assert_cmpint (js_protocol_check_record ("joblog-entry", UUID_A, node, NULL), ==,
                       n == 200);
    }
}

static void
test_push_reply (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) record = parse_node (entry_json);
  g_autoptr(GPtrArray) ops = g_ptr_array_new_with_free_func ((GDestroyNotify) js_push_op_free);
  g_autoptr(GPtrArray) results =
    g_ptr_array_new_with_free_func ((GDestroyNotify) js_push_result_free);
  g_autoptr(GPtrArray) back = NULL;
  g_autofree char *json = NULL;
  JsPushResult *conflict = g_new0 (JsPushResult, 1);
  JsPushResult *applied = g_new0 (JsPushResult, 1);
  JsPushResult *rejected = g_new0 (JsPushResult, 1);
  gsize length = 0;
  const char *mismatched;

  g_ptr_array_add (ops, js_push_op_new (UUID_B, "joblog-entry", UUID_A, 1, record));
  g_ptr_array_add (ops, js_push_op_new (UUID_A, "joblog-entry", UUID_A, 2, record));
  conflict->op_id = g_strdup (UUID_B);
  conflict->status = JS_PUSH_CONFLICT;
  conflict->revision = 2;
  conflict->record = json_node_copy (record);
  applied->op_id = g_strdup (UUID_A);
  applied->status = JS_PUSH_APPLIED;
  applied->revision = G_GINT64_CONSTANT (1234567890123);
  rejected->op_id = g_strdup (UUID_C);
  rejected->status = JS_PUSH_REJECTED;
  rejected->reason = g_strdup ("not \"valid\"");
  g_ptr_array_add (results, conflict);
  g_ptr_array_add (results, applied);
  g_ptr_array_add (results, rejected);
  g_ptr_array_add (ops, js_push_op_new (UUID_C, "joblog-entry", UUID_C, 0, record));

  json = js_push_reply_write (results, &length);
  back = js_push_reply_parse (json, length, ops, &error);
  g_assert_no_error (error);
  g_assert_cmpint (((JsPushResult *) back->pdata[0])->status, ==, JS_PUSH_CONFLICT);
  g_assert_nonnull (((JsPushResult *) back->pdata[0])->record);
  g_assert_cmpint (((JsPushResult *) back->pdata[0])->revision, ==, 2);
  g_assert_cmpint (((JsPushResult *) back->pdata[1])->revision, ==,
                   G_GINT64_CONSTANT (1234567890123));
  g_assert_null (((JsPushResult *) back->pdata[1])->record);
  g_assert_cmpint (((JsPushResult *) back->pdata[2])->status, ==, JS_PUSH_REJECTED);
  g_assert_cmpint (((JsPushResult *) back->pdata[2])->revision, ==, 0);
  g_assert_cmpstr (((JsPushResult *) back->pdata[2])->reason, ==, "not \"valid\"");
  g_ptr_array_remove_index (results, 2);
  g_ptr_array_remove_index (ops, 2);

  /* An answer for fewer operations, or in another order, is refused. */
  g_ptr_array_remove_index (results, 1);
  g_clear_pointer (&json, g_free);
  json = js_push_reply_write (results, &length);
  g_clear_pointer (&back, g_ptr_array_unref);
  back = js_push_reply_parse (json, length, ops, &error);
  g_assert_error (error, JS_PROTOCOL_ERROR, JS_PROTOCOL_ERROR_INVALID);
  g_clear_error (&error);

  mismatched = "{\"results\":[{\"op\":\"" UUID_A "\",\"status\":\"applied\",\"revision\":1,"
               "\"reason\":null,\"record\":null},{\"op\":\"" UUID_B "\",\"status\":\"applied\","
               "\"revision\":1,\"reason\":null,\"record\":null}]}";
  g_clear_pointer (&back, g_ptr_array_unref);
  back = js_push_reply_parse (mismatched, strlen (mismatched), ops, &error);
  g_assert_error (error, JS_PROTOCOL_ERROR, JS_PROTOCOL_ERROR_INVALID);
  g_assert_null (back);
}

static void
test_changes_page (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsChangesPage) page = js_changes_page_new ();
  g_autoptr(JsChangesPage) back = NULL;
  g_autofree char *json = NULL;
  JsChange *change = g_new0 (JsChange, 1);
  JsChange *gone = g_new0 (JsChange, 1);
  gsize length = 0;
  static const char * const refused[] = {
    "{\"changes\":[],\"cursor\":\"c1\"}",
    "{\"changes\":[],\"cursor\":7,\"more\":false}",
    "{\"changes\":[{\"entity\":\"joblog-entry\",\"id\":\"" UUID_B "\",\"revision\":1,"
      "\"deleted\":true,\"record\":{\"id\":\"" UUID_B "\"}}],\"cursor\":\"c\",\"more\":false}",
    "{\"changes\":[{\"entity\":\"joblog-entry\",\"id\":\"" UUID_B "\",\"revision\":1,"
      "\"deleted\":false,\"record\":{\"id\":\"" UUID_B "\"}}],\"cursor\":\"c\",\"more\":false}",
    "{\"changes\":[{\"entity\":\"salary\",\"id\":\"" UUID_B "\",\"revision\":1,"
      "\"deleted\":true,\"record\":null}],\"cursor\":\"c\",\"more\":false}",
    "{\"changes\":[],\"cursor\":\"" "0123456789012345678901234567890123456789012345678901234567890"
      "123456789\",\"more\":false}",
  };

  change->entity = g_strdup ("joblog-entry");
  change->record_id = g_strdup (UUID_A);
  change->revision = 2;
  change->record = parse_node (entry_json);
  gone->entity = g_strdup ("joblog-entry");
  gone->record_id = g_strdup (UUID_B);
  gone->revision = 5;
  gone->deleted = TRUE;
  g_ptr_array_add (page->changes, change);
  g_ptr_array_add (page->changes, gone);
  page->cursor = g_strdup ("42");
  page->more = TRUE;

  json = js_changes_page_write (page, &length);
  back = js_changes_page_parse (json, length, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (back->changes->len, ==, 2);
  g_assert_cmpstr (back->cursor, ==, "42");
  g_assert_true (back->more);
  g_assert_true (((JsChange *) back->changes->pdata[1])->deleted);

  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      g_autoptr(JsChangesPage) bad = js_changes_page_parse (refused[i], strlen (refused[i]),
                                                            &error);

      g_assert_nonnull (error);
      g_assert_null (bad);
      g_clear_error (&error);
    }
}

/* The server writes its stored text as it is: the page reads back the
 * same as one written from parsed records, quotes and control characters
 * in strings escaped. */
static void
test_changes_page_raw (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsChangesPage) page = js_changes_page_new ();
  g_autoptr(JsChangesPage) back = NULL;
  g_autoptr(JsonNode) original = parse_node (entry_json);
  JsonNode *read;
  g_autofree char *json = NULL;
  g_autofree char *again = NULL;
  JsChange *raw = g_new0 (JsChange, 1);
  gsize length = 0;

  raw->entity = g_strdup ("joblog-entry");
  raw->record_id = g_strdup (UUID_A);
  raw->revision = 2;
  raw->record_json = js_json_write (original, NULL);
  g_ptr_array_add (page->changes, raw);
  page->cursor = g_strdup ("7\"\n\\");

  json = js_changes_page_write (page, &length);
  g_assert_cmpuint (length, ==, strlen (json));
  back = js_changes_page_parse (json, length, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (back->cursor, ==, "7\"\n\\");
  read = ((JsChange *) back->changes->pdata[0])->record;
  g_assert_true (json_node_equal (read, original));

  /* Written from the parsed record, the page is the same text. */
  raw->record = json_node_ref (original);
  g_clear_pointer (&raw->record_json, g_free);
  again = js_changes_page_write (page, NULL);
  g_assert_cmpstr (again, ==, json);
}

static void
test_error_body (void)
{
  gsize length = 0;
  g_autofree char *json = js_error_body_write ("unauthorized", "Sign in again", &length);
  g_autofree char *code = js_error_body_parse (json, length);
  g_autofree char *none = js_error_body_parse ("{\"error\":\"x\"}", 13);

  g_assert_cmpstr (code, ==, "unauthorized");
  g_assert_null (none);
}

/* An escaped NUL in any string of any message is refused: json-glib
 * would cut the string there ("5555555555\u0000garbage" would sign in as
 * 5555555555). An escaped backslash before "u0000" is no NUL. */
static void
test_nul_refused (void)
{
  static const char * const sign_in[] = {
    "{\"citizen\":\"5555555555\\u0000garbage\",\"code\":\"K7QD-4M2X\"}",
    "{\"citizen\":\"5555555555\",\"code\":\"K7QD\\u00004M2X\"}",
  };
  static const char push[] =
    "{\"operations\":[{\"op\":\"0b7e3c1a-5d2f-4e8a-9c6b-1f2e3d4c5b6a\","
    "\"entity\":\"joblog-entry\",\"id\":\"1c9d8e7f-6a5b-4c3d-8e1f-0a9b8c7d6e5f\","
    "\"base_revision\":0,\"action\":\"put\",\"record\":{"
    "\"id\":\"1c9d8e7f-6a5b-4c3d-8e1f-0a9b8c7d6e5f\",\"kind\":\"advertised\","
    "\"status\":\"applied\",\"date\":\"2026-11-20\",\"deadline\":null,"
    "\"title\":\"before\\u0000after\",\"employer\":\"Coop\",\"location\":\"\","
    "\"source\":\"Jobnet\",\"contact\":\"\",\"link\":\"\",\"notes\":\"\"}}]}";
  static const char page[] =
    "{\"changes\":[],\"cursor\":\"4\\u00002\",\"more\":false}";
  static const char not_nul[] = "{\"citizen\":\"\\\\u0000\"}";
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) fine = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (sign_in); i++)
    {
      g_autoptr(JsSignIn) parsed = js_sign_in_parse (sign_in[i], strlen (sign_in[i]), &error);

      g_assert_null (parsed);
      g_assert_error (error, JS_PROTOCOL_ERROR, JS_PROTOCOL_ERROR_MALFORMED);
      g_clear_error (&error);
    }

  g_assert_null (js_push_request_parse (push, strlen (push), &error));
  g_assert_error (error, JS_PROTOCOL_ERROR, JS_PROTOCOL_ERROR_MALFORMED);
  g_clear_error (&error);

  g_assert_null (js_changes_page_parse (page, strlen (page), &error));
  g_assert_error (error, JS_PROTOCOL_ERROR, JS_PROTOCOL_ERROR_MALFORMED);
  g_clear_error (&error);

  g_assert_null (js_joblog_record_read ("{\"id\":\"x\\u0000y\"}", &error));
  g_assert_error (error, JS_PROTOCOL_ERROR, JS_PROTOCOL_ERROR_MALFORMED);
  g_clear_error (&error);

  fine = js_json_parse (not_nul, strlen (not_nul), G_MAXSIZE, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (json_object_get_string_member (json_node_get_object (fine), "citizen"), ==,
                   "\\u0000");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/protocol/json/depth", test_depth);
  g_test_add_func ("/protocol/json/malformed", test_malformed);
  g_test_add_func ("/protocol/json/too-large", test_too_large);
  g_test_add_func ("/protocol/json/nul-refused", test_nul_refused);
  g_test_add_func ("/protocol/sign-in", test_sign_in);
  g_test_add_func ("/protocol/codes-and-numbers", test_codes_and_numbers);
  g_test_add_func ("/protocol/session/round-trip", test_session_round_trip);
  g_test_add_func ("/protocol/push/round-trip", test_push_round_trip);
  g_test_add_func ("/protocol/push/refused", test_push_refused);
  g_test_add_func ("/protocol/records/checked", test_records_checked);
  g_test_add_func ("/protocol/push/reply", test_push_reply);
  g_test_add_func ("/protocol/changes/page", test_changes_page);
  g_test_add_func ("/protocol/changes/page-raw", test_changes_page_raw);
  g_test_add_func ("/protocol/error-body", test_error_body);

  return g_test_run ();
}
