/* test-server-http.c: the real jobspor-server, over HTTP on loopback
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Sign-in, push and pull as a client does them; who may see and change
 * what; and hostile requests, which get 4xx and change nothing.
 */

#include "config.h"

#include <libsoup/soup.h>

#include "js-protocol.h"
#include "js-server-store.h"
#include "js-test-db.h"
#include "js-test-server.h"
#include "js-test-util.h"

#define OKSANA "0101901234"
#define AHMAD "0202852345"

static const char *server_binary;

typedef struct {
  JsTestServer *server;
  SoupSession  *session;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->server = js_test_server_start (server_binary);
  f->session = soup_session_new_with_options ("timeout", 10, NULL);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->session);
  js_test_server_stop (f->server);
}

typedef struct {
  guint  status;
  char  *body;
  char  *code;
  char  *retry_after;
} Reply;

static void
reply_clear (Reply *reply)
{
  g_clear_pointer (&reply->body, g_free);
  g_clear_pointer (&reply->code, g_free);
  g_clear_pointer (&reply->retry_after, g_free);
}

static Reply
call (Fixture    *f,
      const char *method,
      const char *path,
      const char *token,
      const char *type,
      const char *body,
      gsize       length)
{
  g_autofree char *url = g_strconcat (f->server->url, path, NULL);
  g_autoptr(SoupMessage) msg = soup_message_new (method, url);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  SoupMessageHeaders *headers;
  Reply reply = { 0 };

  g_assert_nonnull (msg);
  if (token != NULL)
    {
      g_autofree char *bearer = g_strconcat ("Bearer ", token, NULL);
      soup_message_headers_replace (soup_message_get_request_headers (msg), "Authorization",
                                    bearer);
    }
  if (body != NULL)
    {
      g_autoptr(GBytes) sent = g_bytes_new (body, length);
      soup_message_set_request_body_from_bytes (msg, type, sent);
    }

  bytes = soup_session_send_and_read (f->session, msg, NULL, &error);
  g_assert_no_error (error);

  headers = soup_message_get_response_headers (msg);
  reply.status = soup_message_get_status (msg);
  if (reply.status != SOUP_STATUS_NO_CONTENT)
    {
      g_assert_cmpstr (soup_message_headers_get_content_type (headers, NULL), ==,
                       "application/json");
    }
  g_assert_cmpstr (soup_message_headers_get_one (headers, "X-Jobspor-Api"), ==, "1");
  /* Every answer names its request, never the same twice (the log's id). */
  {
    static GHashTable *seen;
    const char *id = soup_message_headers_get_one (headers, "X-Request-Id");

    if (seen == NULL)
      seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
    g_assert_nonnull (id);
    g_assert_false (g_hash_table_contains (seen, id));
    g_hash_table_add (seen, g_strdup (id));
  }
  reply.body = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  reply.retry_after = g_strdup (soup_message_headers_get_one (headers, "Retry-After"));
  if (reply.status >= 400)
    {
      reply.code = js_error_body_parse (reply.body, strlen (reply.body));
      g_assert_nonnull (reply.code);
    }
  return reply;
}

static Reply
post (Fixture    *f,
      const char *path,
      const char *token,
      const char *json)
{
  return call (f, "POST", path, token, "application/json", json, strlen (json));
}

static char *
sign_in (Fixture    *f,
         const char *number,
         const char *name)
{
  g_autofree char *code = js_test_server_admin (f->server, "add-citizen", number, name, NULL);
  g_autofree char *body = js_sign_in_write (number, code, NULL);
  Reply reply = post (f, "/session", NULL, body);
  g_autoptr(JsSession) session = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpuint (reply.status, ==, 200);
  session = js_session_parse (reply.body, strlen (reply.body), &error);
  g_assert_no_error (error);
  reply_clear (&reply);
  return g_strdup (session->token);
}

static char *
push_body (const char *op_id,
           const char *id,
           gint64      base,
           const char *title)
{
  return g_strdup_printf (
    "{\"operations\":[{\"op\":\"%s\",\"entity\":\"joblog-entry\",\"id\":\"%s\","
    "\"base_revision\":%" G_GINT64_FORMAT ",\"action\":\"put\",\"record\":{\"id\":\"%s\","
    "\"kind\":\"advertised\",\"status\":\"applied\",\"date\":\"2026-11-20\",\"deadline\":null,"
    "\"title\":\"%s\",\"employer\":\"Coop\",\"location\":\"\",\"source\":\"Jobnet\","
    "\"contact\":\"\",\"link\":\"\",\"notes\":\"\"}}]}",
    op_id, id, base, id, title);
}

static JsChangesPage *
pull_all (Fixture    *f,
          const char *token)
{
  Reply reply = call (f, "GET", "/changes?limit=1000", token, NULL, NULL, 0);
  g_autoptr(GError) error = NULL;
  JsChangesPage *page;

  g_assert_cmpuint (reply.status, ==, 200);
  page = js_changes_page_parse (reply.body, strlen (reply.body), &error);
  g_assert_no_error (error);
  reply_clear (&reply);
  return page;
}

static void
test_sign_in (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *code = js_test_server_admin (f->server, "add-citizen", OKSANA,
                                                "Оксана Коваленко", NULL);
  g_autofree char *wrong = js_sign_in_write (OKSANA, "AAAA-BBBB", NULL);
  g_autofree char *right = js_sign_in_write (OKSANA, code, NULL);
  Reply reply;

  reply = post (f, "/session", NULL, wrong);
  g_assert_cmpuint (reply.status, ==, 401);
  g_assert_cmpstr (reply.code, ==, "invalid-code");
  reply_clear (&reply);

  reply = post (f, "/session", NULL, right);
  g_assert_cmpuint (reply.status, ==, 200);
  g_assert_nonnull (strstr (reply.body, "Оксана Коваленко"));
  reply_clear (&reply);

  /* Spent. */
  reply = post (f, "/session", NULL, right);
  g_assert_cmpuint (reply.status, ==, 401);
  reply_clear (&reply);
}

static void
test_push_pull (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *token = sign_in (f, OKSANA, "Oksana Kovalenko");
  g_autofree char *id = g_uuid_string_random ();
  g_autofree char *op = g_uuid_string_random ();
  g_autofree char *body = push_body (op, id, 0, "Lagerarbejder");
  g_autoptr(JsChangesPage) page = NULL;
  Reply first = post (f, "/push", token, body);
  Reply again = post (f, "/push", token, body);

  g_assert_cmpuint (first.status, ==, 200);
  g_assert_nonnull (strstr (first.body, "\"applied\""));
  /* Sent twice (a lost answer, a retry): same answer, applied once. */
  g_assert_cmpstr (again.body, ==, first.body);

  page = pull_all (f, token);
  g_assert_cmpuint (page->changes->len, ==, 1);
  g_assert_cmpint (((JsChange *) page->changes->pdata[0])->revision, ==, 1);
  reply_clear (&first);
  reply_clear (&again);
}

/* What Oksana's token may do to Ahmad's data: nothing. */
static void
test_authorization (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *oksana = sign_in (f, OKSANA, "Oksana Kovalenko");
  g_autofree char *ahmad = sign_in (f, AHMAD, "Ahmad Al-Khatib");
  g_autofree char *id = g_uuid_string_random ();
  g_autofree char *op1 = g_uuid_string_random ();
  g_autofree char *op2 = g_uuid_string_random ();
  g_autofree char *mine = push_body (op1, id, 0, "Ahmads ansøgning");
  g_autofree char *theirs = push_body (op2, id, 1, "Overwritten by Oksana");
  g_autoptr(JsChangesPage) oksanas = NULL;
  g_autoptr(JsChangesPage) ahmads = NULL;
  g_autofree char *ahmads_record = NULL;
  Reply reply;

  reply = post (f, "/push", ahmad, mine);
  g_assert_cmpuint (reply.status, ==, 200);
  reply_clear (&reply);

  /* Oksana knows the ID and the revision, and still cannot write it. */
  reply = post (f, "/push", oksana, theirs);
  g_assert_cmpuint (reply.status, ==, 200);
  g_assert_nonnull (strstr (reply.body, "\"not-owner\""));
  reply_clear (&reply);

  oksanas = pull_all (f, oksana);
  g_assert_cmpuint (oksanas->changes->len, ==, 0);
  ahmads = pull_all (f, ahmad);
  g_assert_cmpuint (ahmads->changes->len, ==, 1);
  ahmads_record = js_json_write (((JsChange *) ahmads->changes->pdata[0])->record, NULL);
  g_assert_nonnull (strstr (ahmads_record, "Ahmads ansøgning"));

  /* No token, a made-up token, a revoked token: 401 everywhere. */
  reply = call (f, "GET", "/changes", NULL, NULL, NULL, 0);
  g_assert_cmpuint (reply.status, ==, 401);
  reply_clear (&reply);
  reply = post (f, "/push", "made-up-token", mine);
  g_assert_cmpstr (reply.code, ==, "unauthorized");
  reply_clear (&reply);
  reply = call (f, "DELETE", "/session", oksana, NULL, NULL, 0);
  g_assert_cmpuint (reply.status, ==, 204);
  reply_clear (&reply);
  reply = call (f, "GET", "/changes", oksana, NULL, NULL, 0);
  g_assert_cmpuint (reply.status, ==, 401);
  reply_clear (&reply);
}

static void
test_hostile_requests (Fixture       *f,
                       gconstpointer  data)
{
  static const struct {
    const char *method;
    const char *path;
    const char *type;
    const char *body;
    guint       status;
    const char *code;
  } cases[] = {
    { "POST", "/push", "text/plain", "{}", 415, "unsupported-media-type" },
    { "POST", "/push", "application/json", "{\"operations\":", 400, "bad-request" },
    { "POST", "/push", "application/json", "{\"operations\":[],\"admin\":1}", 400, "bad-request" },
    { "POST", "/push", "application/json", "[]", 400, "bad-request" },
    { "POST", "/push", "application/json", "{\"operations\":[{\"op\":\"'; DROP TABLE record;--\""
      ",\"entity\":\"joblog-entry\",\"id\":\"x\",\"base_revision\":0,\"action\":\"delete\"}]}",
      400, "bad-request" },
    { "GET", "/push", NULL, NULL, 405, "method-not-allowed" },
    { "GET", "/changes?limit=0", NULL, NULL, 400, "bad-request" },
    { "GET", "/changes?limit=100000", NULL, NULL, 400, "bad-request" },
    { "GET", "/changes?since=-1", NULL, NULL, 400, "bad-request" },
    { "GET", "/changes?since=1%20OR%201=1", NULL, NULL, 400, "bad-request" },
    { "GET", "/../../etc/passwd", NULL, NULL, 404, "not-found" },
    { "PUT", "/session", "application/json", "{}", 405, "method-not-allowed" },
  };
  g_autofree char *token = sign_in (f, OKSANA, "Oksana Kovalenko");
  g_autofree char *huge = g_strnfill (JS_PROTOCOL_MAX_REQUEST_BYTES + 1024, ' ');
  g_autoptr(GString) deep = g_string_new ("{\"operations\":");
  g_autoptr(JsChangesPage) page = NULL;
  Reply reply;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      reply = call (f, cases[i].method, cases[i].path, token, cases[i].type, cases[i].body,
                    cases[i].body != NULL ? strlen (cases[i].body) : 0);
      g_assert_cmpuint (reply.status, ==, cases[i].status);
      g_assert_cmpstr (reply.code, ==, cases[i].code);
      reply_clear (&reply);
    }

  reply = call (f, "POST", "/push", token, "application/json", huge, strlen (huge));
  g_assert_cmpuint (reply.status, ==, 413);
  reply_clear (&reply);

  for (guint i = 0; i < 200000; i++)
    g_string_append_c (deep, '[');
  reply = call (f, "POST", "/push", token, "application/json", deep->str, deep->len);
  g_assert_cmpuint (reply.status, ==, 400);
  reply_clear (&reply);

  /* After all that, the server still answers and nothing was stored. */
  page = pull_all (f, token);
  g_assert_cmpuint (page->changes->len, ==, 0);
}

static void
test_restart_keeps_everything (Fixture       *f,
                               gconstpointer  data)
{
  g_autofree char *token = sign_in (f, OKSANA, "Oksana Kovalenko");
  g_autofree char *id = g_uuid_string_random ();
  g_autofree char *op = g_uuid_string_random ();
  g_autofree char *body = push_body (op, id, 0, "Kok");
  g_autoptr(JsChangesPage) page = NULL;
  Reply before = post (f, "/push", token, body);
  Reply after;

  js_test_server_restart (f->server);

  /* The token, the record and the operation all survived. */
  after = post (f, "/push", token, body);
  g_assert_cmpstr (after.body, ==, before.body);
  page = pull_all (f, token);
  g_assert_cmpuint (page->changes->len, ==, 1);
  reply_clear (&before);
  reply_clear (&after);
}

/* How many changes of each entity a page holds, as "entity N" lines. */
static char *
count_entities (JsChangesPage *page)
{
  g_autoptr(GHashTable) counts = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);
  GHashTableIter iter;
  gpointer entity, count;

  for (guint i = 0; i < page->changes->len; i++)
    {
      JsChange *change = g_ptr_array_index (page->changes, i);

      g_hash_table_insert (counts, change->entity,
                           GUINT_TO_POINTER (GPOINTER_TO_UINT (
                             g_hash_table_lookup (counts, change->entity)) + 1));
    }
  g_hash_table_iter_init (&iter, counts);
  while (g_hash_table_iter_next (&iter, &entity, &count))
    g_ptr_array_add (lines, g_strdup_printf ("%s %u", (char *) entity, GPOINTER_TO_UINT (count)));
  g_ptr_array_sort_with_data (lines, (GCompareDataFunc) js_test_compare_strings, NULL);
  g_ptr_array_add (lines, NULL);
  return g_strjoinv ("\n", (char **) lines->pdata);
}

/* The admin commands, on the server's database of either kind, while it
 * serves: a plan and a week of slots reach the citizen's pull. */
static void
test_admin_commands (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *token = sign_in (f, OKSANA, "Oksana Kovalenko");
  g_autofree char *plan_id = g_uuid_string_random ();
  g_autofree char *plan = g_strdup_printf (
    "{\"id\":\"%s\",\"job_goal\":\"Lagerarbejder\",\"weekly_applications\":2,"
    "\"requirement_text\":\"Søg 2 job om ugen.\",\"activities\":[],\"job_suggestions\":[],"
    "\"caseworker\":{\"name\":\"Mette Hansen\",\"phone\":\"+45 33 66 33 66\","
    "\"email\":\"jobcenter@kk.dk\"},\"updated\":\"2026-11-16T08:00:00Z\"}", plan_id);
  g_autofree char *plan_path = g_build_filename (f->server->dir, "plan.json", NULL);
  g_autofree char *none = NULL;
  g_autofree char *listed = NULL;
  g_autofree char *progress = NULL;
  g_autofree char *counted = NULL;
  g_autoptr(JsChangesPage) page = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (plan_path, plan, -1, &error));
  none = js_test_server_admin (f->server, "set-plan", OKSANA, plan_path, NULL);
  g_free (none);
  /* 5 to 11 January 2099: five weekdays, three times each. */
  none = js_test_server_admin (f->server, "add-slots", OKSANA, "--from", "2099-01-05", "--days",
                               "7", NULL);

  page = pull_all (f, token);
  counted = count_entities (page);
  g_assert_cmpstr (counted, ==, "meeting-slot 15\nplan 1");
  /* Nothing the citizen wrote yet: only their plan. */
  listed = js_test_server_admin (f->server, "list", OKSANA, NULL);
  g_assert_true (g_str_has_prefix (listed, "plan {"));
  g_assert_nonnull (strstr (listed, "\"job_goal\":\"Lagerarbejder\""));
  g_assert_null (strchr (g_strstrip (listed), '\n'));
  progress = js_test_server_admin (f->server, "progress", OKSANA, NULL);
  g_assert_cmpstr (progress, ==, "No exercise progress");
}

/* For a load balancer: 200 without a token, no data, only GET. */
static void
test_health (Fixture       *f,
             gconstpointer  data)
{
  Reply reply = call (f, "GET", "/health", NULL, NULL, NULL, 0);

  g_assert_cmpuint (reply.status, ==, 200);
  g_assert_cmpstr (reply.body, ==, "{\"status\":\"ok\"}");
  reply_clear (&reply);

  reply = call (f, "DELETE", "/health", NULL, NULL, NULL, 0);
  g_assert_cmpuint (reply.status, ==, 405);
  reply_clear (&reply);
}

/* Asserts 503 with Retry-After: what a client may retry, never a wrong
 * answer such as 401 for a good token. */
static void
assert_unavailable (Reply reply)
{
  g_assert_cmpuint (reply.status, ==, 503);
  g_assert_cmpstr (reply.code, ==, "unavailable");
  g_assert_cmpstr (reply.retry_after, ==, "30");
  reply_clear (&reply);
}

/* PostgreSQL gone for a while: every request that needs it is 503, and
 * once it is back the server connects again with nothing lost. */
static void
test_database_unreachable (Fixture       *f,
                           gconstpointer  data)
{
  g_autofree char *token = sign_in (f, OKSANA, "Oksana Kovalenko");
  g_autofree char *code = js_test_server_admin (f->server, "new-code", OKSANA, NULL);
  g_autofree char *sign_in_body = js_sign_in_write (OKSANA, code, NULL);
  g_autofree char *id = g_uuid_string_random ();
  g_autofree char *op = g_uuid_string_random ();
  g_autofree char *body = push_body (op, id, 0, "Lagerarbejder");
  g_autoptr(JsChangesPage) page = NULL;
  Reply reply;

  js_test_db_set_reachable (f->server->db, FALSE);
  assert_unavailable (call (f, "GET", "/health", NULL, NULL, NULL, 0));
  assert_unavailable (call (f, "GET", "/changes", token, NULL, NULL, 0));
  assert_unavailable (post (f, "/push", token, body));
  assert_unavailable (post (f, "/session", NULL, sign_in_body));
  assert_unavailable (call (f, "DELETE", "/session", token, NULL, NULL, 0));

  js_test_db_set_reachable (f->server->db, TRUE);
  reply = call (f, "GET", "/health", NULL, NULL, NULL, 0);
  g_assert_cmpuint (reply.status, ==, 200);
  reply_clear (&reply);
  reply = post (f, "/push", token, body);
  g_assert_cmpuint (reply.status, ==, 200);
  g_assert_nonnull (strstr (reply.body, "\"applied\""));
  reply_clear (&reply);
  page = pull_all (f, token);
  g_assert_cmpuint (page->changes->len, ==, 1);
  reply = post (f, "/session", NULL, sign_in_body);
  g_assert_cmpuint (reply.status, ==, 200);
  reply_clear (&reply);
}

/* Everything of Ahmad's as the jobcenter gives it to him: "id revision
 * record" per line. */
static char *
all_records (Fixture    *f,
             const char *token)
{
  g_autoptr(JsChangesPage) page = pull_all (f, token);
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < page->changes->len; i++)
    {
      JsChange *change = page->changes->pdata[i];
      g_autofree char *record = change->record != NULL ? js_json_write (change->record, NULL)
                                                       : g_strdup ("deleted");

      g_string_append_printf (text, "%s %" G_GINT64_FORMAT " %s\n", change->record_id,
                              change->revision, record);
    }
  return g_string_free (text, FALSE);
}

/* Oksana's token, fifty times, on the ids of Ahmad's records, with every
 * revision and action a hostile client could try: refused each time, and
 * nothing of his changes. */
static void
test_other_citizens_records (Fixture       *f,
                             gconstpointer  data)
{
  g_autofree char *oksana = sign_in (f, OKSANA, "Oksana Kovalenko");
  g_autofree char *ahmad = sign_in (f, AHMAD, "Ahmad Al-Khatib");
  g_autofree char *entry = g_uuid_string_random ();
  g_autofree char *progress = g_uuid_string_random ();
  g_autofree char *op = g_uuid_string_random ();
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(JsChangesPage) oksanas = NULL;
  g_autofree char *body = push_body (op, entry, 0, "Ahmads ansøgning");
  Reply reply = post (f, "/push", ahmad, body);

  g_assert_cmpuint (reply.status, ==, 200);
  reply_clear (&reply);
  g_clear_pointer (&op, g_free);
  op = g_uuid_string_random ();
  g_clear_pointer (&body, g_free);
  body = g_strdup_printf ("{\"operations\":[{\"op\":\"%s\",\"entity\":\"exercise-progress\","
                          "\"id\":\"%s\",\"base_revision\":0,\"action\":\"put\",\"record\":"
                          "{\"id\":\"%s\",\"exercise\":\"mouse-click\",\"attempts\":2,"
                          "\"best_score\":90,\"completed\":null}}]}", op, progress, progress);
  reply = post (f, "/push", ahmad, body);
  g_assert_cmpuint (reply.status, ==, 200);
  g_assert_nonnull (strstr (reply.body, "\"applied\""));
  reply_clear (&reply);
  before = all_records (f, ahmad);

  for (guint i = 0; i < 50; i++)
    {
      g_autofree char *attempt_op = g_uuid_string_random ();
      g_autofree char *attempt = NULL;
      gint64 base = i % 4;

      switch (i % 3)
        {
        case 0:
          attempt = push_body (attempt_op, entry, base, "Overwritten by Oksana");
          break;
        case 1:
          attempt = g_strdup_printf ("{\"operations\":[{\"op\":\"%s\",\"entity\":"
                                     "\"joblog-entry\",\"id\":\"%s\",\"base_revision\":%"
                                     G_GINT64_FORMAT ",\"action\":\"delete\"}]}",
                                     attempt_op, entry, base);
          break;
        default:
          attempt = g_strdup_printf ("{\"operations\":[{\"op\":\"%s\",\"entity\":"
                                     "\"exercise-progress\",\"id\":\"%s\",\"base_revision\":%"
                                     G_GINT64_FORMAT ",\"action\":\"put\",\"record\":{\"id\":"
                                     "\"%s\",\"exercise\":\"mouse-click\",\"attempts\":0,"
                                     "\"best_score\":0,\"completed\":null}}]}",
                                     attempt_op, progress, base, progress);
          break;
        }

      reply = post (f, "/push", oksana, attempt);
      g_assert_cmpuint (reply.status, ==, 200);
      g_assert_nonnull (strstr (reply.body, "\"not-owner\""));
      g_assert_null (strstr (reply.body, "\"applied\""));
      reply_clear (&reply);
    }

  after = all_records (f, ahmad);
  g_assert_cmpstr (after, ==, before);
  oksanas = pull_all (f, oksana);
  g_assert_cmpuint (oksanas->changes->len, ==, 0);
}

/* An escaped NUL cut strings short: "5555555555\u0000garbage" signed in
 * as 5555555555, a title "before\u0000after" was stored as "before". Now
 * both are refused as malformed, and nothing is stored. */
static void
test_nul_refused (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *code = js_test_server_admin (f->server, "add-citizen", "5555555555",
                                                "Nul Tester", NULL);
  g_autofree char *sneaky = g_strdup_printf ("{\"citizen\":\"5555555555\\u0000garbage\","
                                             "\"code\":\"%s\"}", code);
  g_autofree char *token = sign_in (f, OKSANA, "Oksana Kovalenko");
  g_autofree char *id = g_uuid_string_random ();
  g_autofree char *op = g_uuid_string_random ();
  g_autofree char *body = push_body (op, id, 0, "before\\u0000after");
  g_autoptr(JsChangesPage) page = NULL;
  Reply reply = post (f, "/session", NULL, sneaky);

  g_assert_cmpuint (reply.status, ==, 400);
  reply_clear (&reply);

  reply = post (f, "/push", token, body);
  g_assert_cmpuint (reply.status, ==, 400);
  g_assert_null (strstr (reply.body, "\"applied\""));
  reply_clear (&reply);
  page = pull_all (f, token);
  g_assert_cmpuint (page->changes->len, ==, 0);
}

/* A session that connects from @address, another loopback address. */
static SoupSession *
session_from (const char *address)
{
  g_autoptr(GInetAddress) inet = g_inet_address_new_from_string (address);
  g_autoptr(GSocketAddress) local = g_inet_socket_address_new (inet, 0);

  return soup_session_new_with_options ("timeout", 10, "local-address", local, NULL);
}

/* A stranger typing wrong codes for Oksana's number, from another address,
 * waits; Oksana, with her code, signs in at once. */
static void
test_strangers_cannot_lock_out (Fixture       *f,
                                gconstpointer  data)
{
  g_autofree char *code = js_test_server_admin (f->server, "add-citizen", OKSANA,
                                                "Oksana Kovalenko", NULL);
  g_autofree char *wrong = js_sign_in_write (OKSANA, "AAAA-BBBB", NULL);
  g_autofree char *right = js_sign_in_write (OKSANA, code, NULL);
  SoupSession *own = f->session;
  Reply reply;

  f->session = session_from ("127.0.0.2");
  for (guint i = 0; i < 6; i++)
    {
      reply = post (f, "/session", NULL, wrong);
      g_assert_cmpuint (reply.status, ==, i < 5 ? 401 : 429);
      reply_clear (&reply);
    }
  g_object_unref (f->session);

  f->session = session_from ("127.0.0.3");
  reply = post (f, "/session", NULL, right);
  g_assert_cmpuint (reply.status, ==, 200);
  reply_clear (&reply);
  g_object_unref (f->session);
  f->session = own;
}

/* Guessing from a few addresses at random numbers, over HTTP: each address
 * waits after its 20 wrong codes, and the table of wrong codes holds no
 * more than those. */
static void
test_failures_bounded (Fixture       *f,
                       gconstpointer  data)
{
  static const char * const guessers[] = { "127.0.0.2", "127.0.0.3", "127.0.0.4" };
  SoupSession *own = f->session;
  g_autoptr(JsServerStore) store = NULL;
  g_autoptr(GError) error = NULL;

  for (guint g = 0; g < G_N_ELEMENTS (guessers); g++)
    {
      f->session = session_from (guessers[g]);
      for (guint i = 0; i < 100; i++)
        {
          g_autofree char *number = g_strdup_printf ("%010u", 1000000000u + g * 100 + i);
          g_autofree char *wrong = js_sign_in_write (number, "AAAA-BBBB", NULL);
          Reply reply = post (f, "/session", NULL, wrong);

          g_assert_cmpuint (reply.status, ==, i < 20 ? 401 : 429);
          reply_clear (&reply);
        }
      g_object_unref (f->session);
    }
  f->session = own;

  store = js_server_store_open (f->server->db, &error);
  g_assert_no_error (error);
  g_assert_cmpint (js_server_store_count_failures (store), ==, 60);
}

/* The operator sets the throttling: here 2 wrong codes and a 1-minute wait. */
static void
test_throttle_options (void)
{
  const char * const args[] = {
    "--sign-in-failures-per-source", "2", "--sign-in-wait", "1", NULL,
  };
  JsTestServer *server = js_test_server_start_full (server_binary, 0, args);
  g_autoptr(SoupSession) session = soup_session_new_with_options ("timeout", 10, NULL);
  g_autofree char *url = g_strconcat (server->url, "/session", NULL);
  g_autofree char *wrong = js_sign_in_write (OKSANA, "AAAA-BBBB", NULL);

  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(SoupMessage) msg = soup_message_new ("POST", url);
      g_autoptr(GBytes) sent = g_bytes_new (wrong, strlen (wrong));
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GError) error = NULL;

      soup_message_set_request_body_from_bytes (msg, "application/json", sent);
      bytes = soup_session_send_and_read (session, msg, NULL, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (soup_message_get_status (msg), ==, i < 2 ? 401 : 429);
      if (i == 2)
        g_assert_cmpstr (soup_message_headers_get_one (soup_message_get_response_headers (msg),
                                                       "Retry-After"), ==, "60");
    }

  js_test_server_stop (server);
}

/* A wrong sign-in through @session, with X-Forwarded-For: @forwarded. */
static guint
wrong_sign_in (SoupSession *session,
               const char  *url,
               const char  *forwarded)
{
  g_autofree char *wrong = js_sign_in_write (OKSANA, "AAAA-BBBB", NULL);
  g_autoptr(GBytes) sent = g_bytes_new (wrong, strlen (wrong));
  g_autoptr(SoupMessage) msg = soup_message_new ("POST", url);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  soup_message_headers_replace (soup_message_get_request_headers (msg), "X-Forwarded-For",
                                forwarded);
  soup_message_set_request_body_from_bytes (msg, "application/json", sent);
  bytes = soup_session_send_and_read (session, msg, NULL, &error);
  g_assert_no_error (error);
  return soup_message_get_status (msg);
}

/* Behind a load balancer (--trusted-proxy), wrong codes count per client
 * the balancer names last in X-Forwarded-For: one guesser waits, another
 * client of the balancer does not. Anyone else's X-Forwarded-For counts
 * for nothing. */
static void
test_trusted_proxy (void)
{
  const char * const args[] = { "--trusted-proxy", "127.0.0.2", NULL };
  JsTestServer *server = js_test_server_start_full (server_binary, 0, args);
  g_autofree char *url = g_strconcat (server->url, "/session", NULL);
  g_autoptr(SoupSession) balancer = session_from ("127.0.0.2");
  g_autoptr(SoupSession) stranger = session_from ("127.0.0.3");

  for (guint i = 0; i < 6; i++)
    g_assert_cmpuint (wrong_sign_in (balancer, url, "203.0.113.9, 192.0.2.7"), ==,
                      i < 5 ? 401 : 429);
  g_assert_cmpuint (wrong_sign_in (balancer, url, "192.0.2.8"), ==, 401);

  for (guint i = 0; i < 6; i++)
    {
      g_autofree char *forwarded = g_strdup_printf ("192.0.2.%u", 20 + i);

      g_assert_cmpuint (wrong_sign_in (stranger, url, forwarded), ==, i < 5 ? 401 : 429);
    }

  js_test_server_stop (server);
}

static gboolean
accept_any_cb (SoupMessage         *msg,
               GTlsCertificate     *certificate,
               GTlsCertificateFlags errors,
               gpointer             user_data)
{
  return TRUE;
}

/* A client that pipelines requests but never reads the answers fills the
 * socket's buffers; with --write-timeout 1 the server gives up on it, and
 * serves others all along. */
static void
test_slow_reader (void)
{
  const char * const args[] = { "--write-timeout", "1", NULL };
  JsTestServer *server = js_test_server_start_full (server_binary, 0, args);
  g_autoptr(GUri) uri = g_uri_parse (server->url, G_URI_FLAGS_NONE, NULL);
  g_autoptr(GSocketClient) client = g_socket_client_new ();
  g_autoptr(GSocketConnection) reader = NULL;
  g_autoptr(GString) requests = g_string_new (NULL);
  g_autoptr(SoupSession) session = soup_session_new_with_options ("timeout", 5, NULL);
  g_autofree char *url = g_strconcat (server->url, "/changes", NULL);
  g_autoptr(GError) error = NULL;
  GSocket *socket;
  char buffer[65536];
  gssize got;

  for (guint i = 0; i < 50000; i++)
    g_string_append (requests, "GET /v1/changes HTTP/1.1\r\nHost: x\r\n\r\n");
  reader = g_socket_client_connect_to_host (client, "127.0.0.1", g_uri_get_port (uri), NULL,
                                            &error);
  g_assert_no_error (error);
  socket = g_socket_connection_get_socket (reader);
  g_socket_set_blocking (socket, FALSE);
  g_socket_send (socket, requests->str, requests->len, NULL, NULL);

  /* It is served meanwhile, and once the server has given up, reading
   * what was sent ends with the connection closed. */
  g_usleep (2 * G_USEC_PER_SEC);
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(SoupMessage) msg = soup_message_new ("GET", url);
      g_autoptr(GBytes) bytes = soup_session_send_and_read (session, msg, NULL, &error);

      g_assert_no_error (error);
      g_assert_cmpuint (soup_message_get_status (msg), ==, 401);
    }
  g_socket_set_blocking (socket, TRUE);
  g_socket_set_timeout (socket, 5);
  do
    got = g_socket_receive (socket, buffer, sizeof buffer, NULL, &error);
  while (got > 0);
  if (error != NULL)
    g_assert_true (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CONNECTION_CLOSED) ||
                   g_error_matches (error, G_IO_ERROR, G_IO_ERROR_BROKEN_PIPE));
  else
    g_assert_cmpint (got, ==, 0);

  js_test_server_stop (server);
}

/* The server with the test certificate, and @option @value if not NULL. */
static JsTestServer *
start_https (const char *option,
             const char *value)
{
  g_autofree char *cert = g_test_build_filename (G_TEST_DIST, "data", "selfsigned-cert.pem",
                                                 NULL);
  g_autofree char *key = g_test_build_filename (G_TEST_DIST, "data", "selfsigned-key.pem", NULL);
  const char * const args[] = { "--tls-cert", cert, "--tls-key", key, option, value, NULL };
  JsTestServer *server = js_test_server_start_full (server_binary, 0, args);

  g_assert_true (g_str_has_prefix (server->url, "https://"));
  return server;
}

/* GET /v1/changes without a token, over HTTPS: 401 when served. */
static void
assert_https_served (SoupSession  *session,
                     JsTestServer *server)
{
  g_autofree char *url = g_strconcat (server->url, "/changes", NULL);
  g_autoptr(SoupMessage) msg = soup_message_new ("GET", url);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  g_signal_connect (msg, "accept-certificate", G_CALLBACK (accept_any_cb), NULL);
  bytes = soup_session_send_and_read (session, msg, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (soup_message_get_status (msg), ==, 401);
}

/* With a certificate the server speaks HTTPS, and its time-outs hold for
 * a client that never finishes the TLS handshake too. */
static void
test_https (void)
{
  JsTestServer *server = start_https ("--header-timeout", "1");
  g_autoptr(SoupSession) session = soup_session_new_with_options ("timeout", 10, NULL);
  g_autoptr(GSocketClient) client = g_socket_client_new ();
  g_autoptr(GSocketConnection) silent = NULL;
  g_autoptr(GError) error = NULL;
  gssize received;
  char byte;

  assert_https_served (session, server);

  silent = g_socket_client_connect_to_uri (client, server->url, 0, NULL, &error);
  g_assert_no_error (error);
  g_socket_set_timeout (g_socket_connection_get_socket (silent), 10);
  received = g_socket_receive (g_socket_connection_get_socket (silent), &byte, 1, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (received, ==, 0);

  js_test_server_stop (server);
}

/* Connects from @local and sends @data: a client that then says no more. */
static GSocketConnection *
stall_from (guint         port,
            const char   *local,
            const guint8 *data,
            gsize         length)
{
  g_autoptr(GInetAddress) inet = g_inet_address_new_from_string (local);
  g_autoptr(GSocketAddress) address = g_inet_socket_address_new (inet, 0);
  g_autoptr(GSocketClient) client = g_socket_client_new ();
  g_autoptr(GError) error = NULL;
  GSocketConnection *connection;

  g_socket_client_set_local_address (client, address);
  connection = g_socket_client_connect_to_host (client, "127.0.0.1", port, NULL, &error);
  g_assert_no_error (error);
  g_output_stream_write_all (g_io_stream_get_output_stream (G_IO_STREAM (connection)), data,
                             length, NULL, NULL, &error);
  g_assert_no_error (error);
  return connection;
}

/* Clients that send a ClientHello and stall, or only part of one, take
 * no handshake that a citizen's PC needs: glib-networking's handshake
 * threads are few, and one address gets two of them at a time. */
static void
test_https_stalled_handshakes (void)
{
  g_autofree char *hello_path = g_test_build_filename (G_TEST_DIST, "data", "client-hello.bin",
                                                       NULL);
  JsTestServer *server = start_https (NULL, NULL);
  g_autoptr(GPtrArray) stalled = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(SoupSession) session = soup_session_new_with_options ("timeout", 5, NULL);
  g_autoptr(GUri) uri = g_uri_parse (server->url, G_URI_FLAGS_NONE, NULL);
  g_autofree char *hello = NULL;
  g_autoptr(GError) error = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (hello_path, &hello, &length, &error));
  g_assert_cmpuint (length, >, 5);
  for (guint i = 0; i < 40; i++)
    g_ptr_array_add (stalled, stall_from (g_uri_get_port (uri), "127.0.0.2",
                                          (const guint8 *) hello, length));
  for (guint i = 0; i < 20; i++)
    g_ptr_array_add (stalled, stall_from (g_uri_get_port (uri), "127.0.0.3",
                                          (const guint8 *) hello, 3));
  g_usleep (G_USEC_PER_SEC / 2);

  for (guint i = 0; i < 3; i++)
    assert_https_served (session, server);

  js_test_server_stop (server);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  server_binary = g_getenv ("JOBSPOR_SERVER");
  g_assert_nonnull (server_binary);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/server/http/sign-in", test_sign_in);
  ADD ("/server/http/push-pull", test_push_pull);
  ADD ("/server/http/authorization", test_authorization);
  ADD ("/server/http/other-citizens-records", test_other_citizens_records);
  ADD ("/server/http/nul-refused", test_nul_refused);
  ADD ("/server/http/strangers-cannot-lock-out", test_strangers_cannot_lock_out);
  ADD ("/server/http/failures-bounded", test_failures_bounded);
  ADD ("/server/http/hostile-requests", test_hostile_requests);
  ADD ("/server/http/restart-keeps-everything", test_restart_keeps_everything);
  ADD ("/server/http/health", test_health);
  ADD ("/server/http/admin-commands", test_admin_commands);
  if (js_test_db_postgres ())
    ADD ("/server/http/database-unreachable", test_database_unreachable);
  g_test_add_func ("/server/http/throttle-options", test_throttle_options);
  g_test_add_func ("/server/http/trusted-proxy", test_trusted_proxy);
  g_test_add_func ("/server/http/slow-reader", test_slow_reader);
  g_test_add_func ("/server/http/https", test_https);
  g_test_add_func ("/server/http/https-stalled-handshakes", test_https_stalled_handshakes);

#undef ADD

  return g_test_run ();
}
