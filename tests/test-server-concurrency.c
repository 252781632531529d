/* test-server-concurrency.c: two server processes on one database
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Two jobspor-server processes share one database (PostgreSQL, or one
 * SQLite file). Clients of two citizens push edits of the same records
 * and pull through both at once for a bounded time, and send operations
 * again. Afterwards every client's view, kept only by its cursor, equals
 * a full pull from zero of the database; each operation was applied once
 * and each record's revisions were given one by one, with the record
 * holding the edit of its last. A process killed in the middle of pushes
 * loses no operation it acknowledged, and the retry through the other
 * process is applied once. With the database gone for five seconds under
 * that load, clients get 503 and try again, and all that holds after.
 * Wrong codes and sign-out count across processes too.
 */

#include "config.h"

#include <libsoup/soup.h>

#include "js-protocol.h"
#include "js-server-store.h"
#include "js-test-db.h"
#include "js-test-records.h"
#include "js-test-server.h"

#define N_CITIZENS          2
#define CLIENTS_PER_CITIZEN 4
#define N_CLIENTS           (N_CITIZENS * CLIENTS_PER_CITIZEN)
#define RECORDS_PER_CITIZEN 24
#define RUN_SECONDS         5
#define OUTAGE_SECONDS      5

static const char * const citizens[N_CITIZENS] = { "0101901234", "0202852345" };

static const char *server_binary;
/* Answers 503 (the database gone) that clients waited out and retried. */
static gint unavailable_answers;

typedef struct {
  JsTestServer *servers[2];
  char         *urls[2];
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->servers[0] = js_test_server_start (server_binary);
  f->servers[1] = js_test_server_start_beside (f->servers[0], NULL);
  for (guint i = 0; i < 2; i++)
    f->urls[i] = g_strdup (f->servers[i]->url);
  for (guint i = 0; i < N_CITIZENS; i++)
    g_free (js_test_server_admin (f->servers[0], "add-citizen", citizens[i], "Borger", NULL));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  js_test_server_stop (f->servers[1]);
  js_test_server_stop (f->servers[0]);
  for (guint i = 0; i < 2; i++)
    g_free (f->urls[i]);
}

/* A request to @url/@path; sets *status and returns the body, or NULL
 * with *status 0 when no server answered. */
static char *
request (SoupSession *session,
         const char  *method,
         const char  *url,
         const char  *path,
         const char  *token,
         const char  *body,
         guint       *status)
{
  g_autofree char *uri = g_strconcat (url, path, NULL);
  g_autoptr(SoupMessage) msg = soup_message_new (method, uri);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  if (token != NULL)
    {
      g_autofree char *bearer = g_strconcat ("Bearer ", token, NULL);

      soup_message_headers_replace (soup_message_get_request_headers (msg), "Authorization",
                                    bearer);
    }
  if (body != NULL)
    {
      g_autoptr(GBytes) sent = g_bytes_new (body, strlen (body));

      soup_message_set_request_body_from_bytes (msg, "application/json", sent);
    }

  bytes = soup_session_send_and_read (session, msg, NULL, &error);
  *status = error != NULL ? 0 : soup_message_get_status (msg);
  if (error != NULL)
    return NULL;
  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

/* request(), again after a moment for as long as the answer is 503, as a
 * client does with Retry-After; never for anything else. */
static char *
request_until_served (SoupSession *session,
                      const char  *method,
                      const char  *url,
                      const char  *path,
                      const char  *token,
                      const char  *body,
                      guint       *status)
{
  for (;;)
    {
      char *reply = request (session, method, url, path, token, body, status);

      if (*status != 503)
        return reply;
      g_free (reply);
      g_atomic_int_inc (&unavailable_answers);
      g_usleep (G_USEC_PER_SEC / 10);
    }
}

static char *
sign_in (SoupSession  *session,
         JsTestServer *admin,
         const char   *url,
         const char   *number)
{
  g_autofree char *code = js_test_server_admin (admin, "new-code", number, NULL);
  g_autofree char *body = js_sign_in_write (number, code, NULL);
  g_autoptr(JsSession) session_reply = NULL;
  g_autofree char *reply = NULL;
  g_autoptr(GError) error = NULL;
  guint status;

  reply = request (session, "POST", url, "/session", NULL, body, &status);
  g_assert_cmpuint (status, ==, 200);
  session_reply = js_session_parse (reply, strlen (reply), &error);
  g_assert_no_error (error);
  return g_strdup (session_reply->token);
}

/* What a client knows of a record, or what the database holds. */
typedef struct {
  gint64  revision;
  char   *title;
} Seen;

static void
seen_free (Seen *seen)
{
  g_free (seen->title);
  g_free (seen);
}

static void
see (GHashTable *view,
     const char *id,
     gint64      revision,
     JsonNode   *record)
{
  Seen *seen = g_new0 (Seen, 1);

  seen->revision = revision;
  seen->title = g_strdup (json_object_get_string_member (json_node_get_object (record), "title"));
  g_hash_table_replace (view, g_strdup (id), seen);
}

/* An operation a client sent, and what the server answered the first time. */
typedef struct {
  JsPushOp     *op;
  char         *title;
  JsPushStatus  status;
  gint64        revision;
} Sent;

static void
sent_free (Sent *sent)
{
  js_push_op_free (sent->op);
  g_free (sent->title);
  g_free (sent);
}

typedef struct {
  guint        index;
  const char  *citizen;
  char        *token;
  char       **urls;
  char       **ids;
  GRand       *rand;
  gint64       deadline;
  GHashTable  *view;    /* record id → Seen, from pushes and pulls */
  char        *cursor;
  GPtrArray   *sent;
  guint        edits;
} Client;

/* Pushes @ops through @url; returns the results, or NULL when no server
 * was there to answer. */
static GPtrArray *
push (SoupSession *session,
      const char  *url,
      const char  *token,
      GPtrArray   *ops)
{
  g_autofree char *body = js_push_request_write (ops, NULL);
  g_autofree char *reply = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *results;
  guint status;

  reply = request_until_served (session, "POST", url, "/push", token, body, &status);
  if (status == 0)
    return NULL;
  g_assert_cmpuint (status, ==, 200);
  results = js_push_reply_parse (reply, strlen (reply), ops, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (results->len, ==, ops->len);
  return results;
}

/* One edit of one of the citizen's records, from what the client knows,
 * or a new record (written once: a change a cursor skipped would show). */
static void
push_edit (Client      *c,
           SoupSession *session,
           const char  *url,
           gboolean     new_record)
{
  g_autofree char *new_id = new_record ? g_uuid_string_random () : NULL;
  const char *id = new_id != NULL ? new_id : c->ids[g_rand_int_range (c->rand, 0,
                                                                       RECORDS_PER_CITIZEN)];
  Seen *seen = g_hash_table_lookup (c->view, id);
  gint64 base = seen != NULL ? seen->revision : 0;
  g_autofree char *op_id = g_uuid_string_random ();
  g_autofree char *title = g_strdup_printf ("client %u edit %u", c->index, c->edits++);
  g_autoptr(JsonNode) record = js_test_joblog_entry (id, title);
  g_autoptr(GPtrArray) ops = g_ptr_array_new ();
  g_autoptr(GPtrArray) results = NULL;
  Sent *sent = g_new0 (Sent, 1);
  JsPushResult *result;

  sent->op = js_push_op_new (op_id, "joblog-entry", id, base, record);
  sent->title = g_strdup (title);
  g_ptr_array_add (ops, sent->op);
  results = push (session, url, c->token, ops);
  g_assert_nonnull (results);
  result = g_ptr_array_index (results, 0);
  sent->status = result->status;
  sent->revision = result->revision;
  g_ptr_array_add (c->sent, sent);

  if (result->status == JS_PUSH_APPLIED)
    {
      g_assert_cmpint (result->revision, ==, base + 1);
      see (c->view, id, result->revision, record);
    }
  else
    {
      /* Someone else's edit came first: the server is never behind what
       * this client knew. */
      g_assert_cmpint (result->status, ==, JS_PUSH_CONFLICT);
      g_assert_cmpint (result->revision, >, base);
      g_assert_nonnull (result->record);
      see (c->view, id, result->revision, result->record);
    }
  g_ptr_array_unref (g_steal_pointer (&results));
}

/* An operation sent before, again: the same answer, nothing applied. */
static void
push_again (Client      *c,
            SoupSession *session,
            const char  *url)
{
  Sent *sent = g_ptr_array_index (c->sent, g_rand_int_range (c->rand, 0, c->sent->len));
  g_autoptr(GPtrArray) ops = g_ptr_array_new ();
  g_autoptr(GPtrArray) results = NULL;
  JsPushResult *result;

  g_ptr_array_add (ops, sent->op);
  results = push (session, url, c->token, ops);
  g_assert_nonnull (results);
  result = g_ptr_array_index (results, 0);
  g_assert_cmpint (result->status, ==, sent->status);
  g_assert_cmpint (result->revision, ==, sent->revision);
  g_ptr_array_free (g_steal_pointer (&results), TRUE);
}

/* Pulls from the client's cursor until no more, in pages of any size. */
static void
pull (Client      *c,
      SoupSession *session,
      const char  *url,
      guint        limit)
{
  for (gboolean more = TRUE; more;)
    {
      g_autofree char *path = g_strdup_printf ("/changes?since=%s&limit=%u", c->cursor, limit);
      g_autofree char *reply = NULL;
      g_autoptr(JsChangesPage) page = NULL;
      g_autoptr(GError) error = NULL;
      guint status;

      reply = request_until_served (session, "GET", url, path, c->token, NULL, &status);
      g_assert_cmpuint (status, ==, 200);
      page = js_changes_page_parse (reply, strlen (reply), &error);
      g_assert_no_error (error);

      for (guint i = 0; i < page->changes->len; i++)
        {
          JsChange *change = g_ptr_array_index (page->changes, i);
          Seen *seen = g_hash_table_lookup (c->view, change->record_id);

          g_assert_false (change->deleted);
          if (seen != NULL)
            g_assert_cmpint (change->revision, >=, seen->revision);
          see (c->view, change->record_id, change->revision, change->record);
        }
      g_assert_cmpint (g_ascii_strtoll (page->cursor, NULL, 10), >=,
                       g_ascii_strtoll (c->cursor, NULL, 10));
      g_free (c->cursor);
      c->cursor = g_strdup (page->cursor);
      more = page->more;
    }
}

static gpointer
client_run_cb (gpointer data)
{
  Client *c = data;
  g_autoptr(SoupSession) session = soup_session_new_with_options ("timeout", 60, NULL);

  while (g_get_monotonic_time () < c->deadline)
    {
      const char *url = c->urls[g_rand_int_range (c->rand, 0, 2)];
      guint dice = g_rand_int_range (c->rand, 0, 10);

      if (dice < 5)
        push_edit (c, session, url, dice >= 3);
      else if (dice < 6 && c->sent->len > 0)
        push_again (c, session, url);
      else
        pull (c, session, url, g_rand_int_range (c->rand, 1, 40));
    }

  return NULL;
}

/* Everything of @citizen's in the database: a full pull from zero. */
static GHashTable *
database_view (const char *db,
               const char *citizen)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsServerStore) store = js_server_store_open (db, &error);
  GHashTable *view = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                            (GDestroyNotify) seen_free);
  g_autofree char *cursor = NULL;

  g_assert_no_error (error);
  for (gboolean more = TRUE; more;)
    {
      g_autoptr(JsChangesPage) page = js_server_store_changes (store, citizen, cursor, 1000,
                                                               &error);

      g_assert_no_error (error);
      for (guint i = 0; i < page->changes->len; i++)
        {
          JsChange *change = g_ptr_array_index (page->changes, i);
          /* The store gives the record as the text it keeps. */
          g_autoptr(JsonNode) record = json_from_string (change->record_json, NULL);

          /* Each record once, at its latest revision. */
          g_assert_nonnull (record);
          g_assert_false (g_hash_table_contains (view, change->record_id));
          see (view, change->record_id, change->revision, record);
        }
      g_free (cursor);
      cursor = g_strdup (page->cursor);
      more = page->more;
    }

  return view;
}

static void
assert_views_equal (GHashTable *view,
                    GHashTable *truth)
{
  GHashTableIter iter;
  const char *id;
  Seen *seen;

  g_assert_cmpuint (g_hash_table_size (view), ==, g_hash_table_size (truth));
  g_hash_table_iter_init (&iter, truth);
  while (g_hash_table_iter_next (&iter, (gpointer *) &id, (gpointer *) &seen))
    {
      Seen *mine = g_hash_table_lookup (view, id);

      g_assert_nonnull (mine);
      g_assert_cmpint (mine->revision, ==, seen->revision);
      g_assert_cmpstr (mine->title, ==, seen->title);
    }
}

/* The applied operations of all clients of a citizen on each record got
 * revisions 1, 2, … each once, and the record holds the last one's edit. */
static guint
assert_applied_once (Client     *clients,
                     const char *citizen,
                     GHashTable *truth)
{
  g_autoptr(GHashTable) applied = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                         (GDestroyNotify) g_ptr_array_unref);
  GHashTableIter iter;
  const char *id;
  Seen *seen;
  guint total = 0;

  for (guint i = 0; i < N_CLIENTS; i++)
    for (guint s = 0; clients[i].citizen == citizen && s < clients[i].sent->len; s++)
      {
        Sent *sent = g_ptr_array_index (clients[i].sent, s);
        GPtrArray *list = g_hash_table_lookup (applied, sent->op->record_id);

        if (sent->status != JS_PUSH_APPLIED)
          continue;
        if (list == NULL)
          {
            list = g_ptr_array_new ();
            g_hash_table_insert (applied, sent->op->record_id, list);
          }
        g_ptr_array_add (list, sent);
        total++;
      }

  g_assert_cmpuint (g_hash_table_size (applied), ==, g_hash_table_size (truth));
  g_hash_table_iter_init (&iter, truth);
  while (g_hash_table_iter_next (&iter, (gpointer *) &id, (gpointer *) &seen))
    {
      GPtrArray *list = g_hash_table_lookup (applied, id);
      g_autofree gboolean *given = g_new0 (gboolean, seen->revision + 1);

      g_assert_nonnull (list);
      g_assert_cmpuint (list->len, ==, seen->revision);
      for (guint s = 0; s < list->len; s++)
        {
          Sent *sent = g_ptr_array_index (list, s);

          g_assert_cmpint (sent->revision, >=, 1);
          g_assert_cmpint (sent->revision, <=, seen->revision);
          g_assert_false (given[sent->revision]);
          given[sent->revision] = TRUE;
          if (sent->revision == seen->revision)
            g_assert_cmpstr (sent->title, ==, seen->title);
        }
    }

  return total;
}

/* Clients of two citizens through two processes for @seconds; with
 * @outage, the database is gone for OUTAGE_SECONDS from the first. */
static void
run_clients (Fixture  *f,
             guint     seconds,
             gboolean  outage)
{
  g_autoptr(SoupSession) session = soup_session_new_with_options ("timeout", 60, NULL);
  char **ids[N_CITIZENS];
  Client clients[N_CLIENTS];
  GThread *threads[N_CLIENTS];
  gint64 deadline = g_get_monotonic_time () + seconds * G_USEC_PER_SEC;
  guint applied = 0;
  guint sent = 0;

  for (guint c = 0; c < N_CITIZENS; c++)
    {
      ids[c] = g_new0 (char *, RECORDS_PER_CITIZEN + 1);
      for (guint r = 0; r < RECORDS_PER_CITIZEN; r++)
        ids[c][r] = g_uuid_string_random ();
    }

  for (guint i = 0; i < N_CLIENTS; i++)
    {
      Client *c = &clients[i];

      memset (c, 0, sizeof *c);
      c->index = i;
      c->citizen = citizens[i % N_CITIZENS];
      c->urls = f->urls;
      c->ids = ids[i % N_CITIZENS];
      c->token = sign_in (session, f->servers[0], f->urls[i % 2], c->citizen);
      c->rand = g_rand_new_with_seed (4711 + i);
      c->deadline = deadline;
      c->view = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                       (GDestroyNotify) seen_free);
      c->cursor = g_strdup ("0");
      c->sent = g_ptr_array_new_with_free_func ((GDestroyNotify) sent_free);
    }

  g_atomic_int_set (&unavailable_answers, 0);
  for (guint i = 0; i < N_CLIENTS; i++)
    threads[i] = g_thread_new ("client", client_run_cb, &clients[i]);
  if (outage)
    {
      g_usleep (G_USEC_PER_SEC);
      js_test_db_set_reachable (f->servers[0]->db, FALSE);
      g_usleep (OUTAGE_SECONDS * G_USEC_PER_SEC);
      js_test_db_set_reachable (f->servers[0]->db, TRUE);
    }
  for (guint i = 0; i < N_CLIENTS; i++)
    g_thread_join (threads[i]);

  /* Everyone has stopped: each client catches up through its cursor. */
  for (guint c = 0; c < N_CITIZENS; c++)
    {
      g_autoptr(GHashTable) truth = database_view (f->servers[0]->db, citizens[c]);
      g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM operation WHERE citizen = '%s'"
                                              " AND status = 'applied';", citizens[c]);
      g_autofree char *stored = js_test_db_sql (f->servers[0]->db, sql);
      guint by_citizen;

      for (guint i = c; i < N_CLIENTS; i += N_CITIZENS)
        {
          pull (&clients[i], session, f->urls[i % 2], 1000);
          assert_views_equal (clients[i].view, truth);
        }
      by_citizen = assert_applied_once (clients, citizens[c], truth);
      g_assert_cmpuint (by_citizen, ==, g_ascii_strtoull (stored, NULL, 10));
      applied += by_citizen;
    }

  for (guint c = 0; c < N_CITIZENS; c++)
    g_strfreev (ids[c]);
  for (guint i = 0; i < N_CLIENTS; i++)
    {
      sent += clients[i].sent->len;
      g_free (clients[i].token);
      g_free (clients[i].cursor);
      g_rand_free (clients[i].rand);
      g_hash_table_unref (clients[i].view);
      g_ptr_array_unref (clients[i].sent);
    }
  g_test_message ("%u edits sent, %u applied, %d answers 503", sent, applied,
                  g_atomic_int_get (&unavailable_answers));
  g_assert_cmpuint (applied, >, 0);
  g_assert_cmpuint (applied, <, sent);
  if (outage)
    g_assert_cmpint (g_atomic_int_get (&unavailable_answers), >, 0);
  else
    g_assert_cmpint (g_atomic_int_get (&unavailable_answers), ==, 0);
}

static void
test_many_clients_two_processes (Fixture       *f,
                                 gconstpointer  data)
{
  run_clients (f, RUN_SECONDS, FALSE);
}

/* The database gone for five seconds under load: 503, never a wrong
 * answer, and afterwards nothing lost and nothing applied twice. */
static void
test_database_gone_under_load (Fixture       *f,
                               gconstpointer  data)
{
  run_clients (f, OUTAGE_SECONDS + 3, TRUE);
}

typedef struct {
  Fixture        *f;
  char           *token;
  volatile gint   stop;
  GHashTable     *acked;     /* record id → revision the server acknowledged */
  char           *edited;    /* one record edited in every batch */
  guint           retries;
} Pusher;

/* Batches of fifty new records and one edit, through the first process;
 * when it is not there, the same batch through the second. */
static gpointer
pusher_run_cb (gpointer data)
{
  Pusher *p = data;
  g_autoptr(SoupSession) session = soup_session_new_with_options ("timeout", 60, NULL);

  while (!g_atomic_int_get (&p->stop))
    {
      g_autoptr(GPtrArray) ops = g_ptr_array_new_with_free_func ((GDestroyNotify) js_push_op_free);
      g_autoptr(GPtrArray) results = NULL;
      gint64 base = GPOINTER_TO_SIZE (g_hash_table_lookup (p->acked, p->edited));

      for (guint i = 0; i <= 50; i++)
        {
          g_autofree char *op_id = g_uuid_string_random ();
          g_autofree char *id = i < 50 ? g_uuid_string_random () : g_strdup (p->edited);
          g_autoptr(JsonNode) record = js_test_joblog_entry (id, "Lagerarbejder");

          g_ptr_array_add (ops, js_push_op_new (op_id, "joblog-entry", id, i < 50 ? 0 : base,
                                                record));
        }

      results = push (session, p->f->urls[0], p->token, ops);
      if (results == NULL)
        {
          p->retries++;
          results = push (session, p->f->urls[1], p->token, ops);
          g_assert_nonnull (results);
        }

      for (guint i = 0; i < results->len; i++)
        {
          JsPushResult *result = g_ptr_array_index (results, i);
          JsPushOp *op = g_ptr_array_index (ops, i);

          /* Applied once: a new record at 1, the edit one past its base. */
          g_assert_cmpint (result->status, ==, JS_PUSH_APPLIED);
          g_assert_cmpint (result->revision, ==, op->base_revision + 1);
          g_hash_table_replace (p->acked, g_strdup (op->record_id),
                                GSIZE_TO_POINTER (result->revision));
        }
    }

  return NULL;
}

static void
test_process_killed_mid_push (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(SoupSession) session = soup_session_new_with_options ("timeout", 60, NULL);
  g_autoptr(GRand) rand = g_rand_new_with_seed (1864);
  g_autoptr(GHashTable) truth = NULL;
  Pusher p = { f };
  GHashTableIter iter;
  const char *id;
  Seen *seen;
  GThread *thread;

  p.token = sign_in (session, f->servers[0], f->urls[0], citizens[0]);
  p.acked = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  p.edited = g_uuid_string_random ();
  thread = g_thread_new ("pusher", pusher_run_cb, &p);

  /* Killed six times while pushes go on, started again in between. */
  for (guint round = 0; round < 6; round++)
    {
      g_usleep (g_rand_int_range (rand, 100, 400) * 1000);
      js_test_server_stop_only (f->servers[0]);
      g_usleep (200 * 1000);
      js_test_server_relaunch (f->servers[0]);
    }
  g_usleep (200 * 1000);
  g_atomic_int_set (&p.stop, TRUE);
  g_thread_join (thread);
  g_test_message ("%u batches sent again after a kill", p.retries);

  /* Every acknowledged operation is there, each applied once. */
  truth = database_view (f->servers[0]->db, citizens[0]);
  g_assert_cmpuint (g_hash_table_size (truth), ==, g_hash_table_size (p.acked));
  g_hash_table_iter_init (&iter, truth);
  while (g_hash_table_iter_next (&iter, (gpointer *) &id, (gpointer *) &seen))
    g_assert_cmpint (seen->revision, ==,
                     (gint64) GPOINTER_TO_SIZE (g_hash_table_lookup (p.acked, id)));

  g_hash_table_unref (p.acked);
  g_free (p.token);
  g_free (p.edited);
}

/* Wrong codes sent to either process count together, and a token signed
 * out at one is refused at the other at once. */
static void
test_sign_in_across_processes (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(SoupSession) session = soup_session_new_with_options ("timeout", 60, NULL);
  g_autofree char *wrong = js_sign_in_write (citizens[0], "AAAA-BBBB", NULL);
  g_autofree char *code = js_test_server_admin (f->servers[0], "new-code", citizens[0], NULL);
  g_autofree char *right = js_sign_in_write (citizens[0], code, NULL);
  g_autofree char *token = sign_in (session, f->servers[0], f->urls[0], citizens[1]);
  guint status;

  for (guint i = 0; i < JS_SERVER_DEFAULT_FAILURES_PER_NUMBER; i++)
    {
      g_autofree char *reply = request (session, "POST", f->urls[i % 2], "/session", NULL, wrong,
                                        &status);

      g_assert_cmpuint (status, ==, 401);
    }
  for (guint i = 0; i < 2; i++)
    {
      g_autofree char *reply = request (session, "POST", f->urls[i], "/session", NULL, right,
                                        &status);

      g_assert_cmpuint (status, ==, 429);
    }

  g_free (request (session, "GET", f->urls[1], "/changes", token, NULL, &status));
  g_assert_cmpuint (status, ==, 200);
  g_free (request (session, "DELETE", f->urls[0], "/session", token, NULL, &status));
  g_assert_cmpuint (status, ==, 204);
  g_free (request (session, "GET", f->urls[1], "/changes", token, NULL, &status));
  g_assert_cmpuint (status, ==, 401);
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

  ADD ("/server/concurrency/many-clients-two-processes", test_many_clients_two_processes);
  ADD ("/server/concurrency/process-killed-mid-push", test_process_killed_mid_push);
  ADD ("/server/concurrency/sign-in-across-processes", test_sign_in_across_processes);
  if (js_test_db_postgres ())
    ADD ("/server/concurrency/database-gone-under-load", test_database_gone_under_load);

#undef ADD

  return g_test_run ();
}
