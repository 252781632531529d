/* bench-scale.c: the jobcenter's server with a nation's worth of records
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Seeds 5,000 citizens with 200 job-log entries each (1,000,000 records)
 * through the store's import, starts the real jobspor-server on that
 * database and asks for citizens' first pages. Prints, one per line as
 * "name: value unit", for SQLite and then for PostgreSQL (a throw-away
 * cluster that flushes its commits as a real one, js-test-postgres.sh),
 * prefixed "sqlite_scale_" and "postgresql_scale_":
 *   - seed_seconds: adding the citizens and their records;
 *   - pull_200_ms_p50, pull_200_ms_p95: one citizen's 200 records
 *     (GET /v1/changes?limit=200 as the app asks, on a kept-alive
 *     connection), for 100 citizens picked at random;
 *   - db_size: the database on disk.
 *   bench-scale BUILDDIR SOURCEDIR
 */

#include "config.h"

#include <glib/gstdio.h>

#include "js-server-store.h"
#include "js-test-db.h"
#include "js-test-http.h"
#include "js-test-records.h"
#include "js-test-server.h"
#include "js-test-util.h"

#define N_CITIZENS 5000
#define N_RECORDS 200
#define N_PULLS 100
/* One transaction, one flush to disk, for this many citizens' records. */
#define CITIZENS_PER_IMPORT 50

static char *
number_of (guint citizen)
{
  return g_strdup_printf ("%010u", 1000000000 + citizen);
}

/* Adds every citizen with their records, CITIZENS_PER_IMPORT at a time;
 * returns the seconds it took. */
static double
seed (JsServerStore *store)
{
  gint64 start = g_get_monotonic_time ();

  for (guint first = 0; first < N_CITIZENS; first += CITIZENS_PER_IMPORT)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) imports = g_ptr_array_new_with_free_func (g_free);
      g_autoptr(GPtrArray) strings = g_ptr_array_new_with_free_func (g_free);
      g_autoptr(GPtrArray) arrays = g_ptr_array_new_with_free_func (
        (GDestroyNotify) g_ptr_array_unref);

      for (guint c = first; c < MIN (first + CITIZENS_PER_IMPORT, N_CITIZENS); c++)
        {
          JsServerImport *import = g_new0 (JsServerImport, 1);
          GPtrArray *records = g_ptr_array_new_with_free_func ((GDestroyNotify) json_node_unref);

          for (guint r = 0; r < N_RECORDS; r++)
            {
              g_autofree char *id = g_uuid_string_random ();
              g_autofree char *title = g_strdup_printf ("Lagerarbejder %05u", r);

              g_ptr_array_add (records, js_test_joblog_entry (id, title));
            }
          import->number = number_of (c);
          import->name = g_strdup_printf ("Borger %u", c);
          import->entity = "joblog-entry";
          import->records = records;
          g_ptr_array_add (strings, (char *) import->number);
          g_ptr_array_add (strings, (char *) import->name);
          g_ptr_array_add (arrays, records);
          g_ptr_array_add (imports, import);
        }
      g_assert_true (js_server_store_import (store, imports, &error));
      g_assert_no_error (error);
    }

  return (g_get_monotonic_time () - start) / 1e6;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return x < y ? -1 : x > y;
}

/* One citizen's first page, as the app asks for it; its time in ms. */
static double
pull_first_page (JsTestConn *conn,
                 const char *token)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *request = g_strdup_printf (
    "GET /v1/changes?limit=%u HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Jobspor-Api: %s\r\n"
    "Authorization: Bearer %s\r\n\r\n", N_RECORDS, JS_PROTOCOL_API_HEADER, token);
  g_autoptr(JsTestReply) reply = NULL;
  g_autoptr(JsChangesPage) page = NULL;
  gint64 start = g_get_monotonic_time ();

  g_assert_true (js_test_conn_send (conn, request, strlen (request), &error));
  reply = js_test_conn_read_reply (conn, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (reply->status, ==, 200);
  start = g_get_monotonic_time () - start;

  page = js_changes_page_parse (reply->body, reply->length, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (page->changes->len, ==, N_RECORDS);
  return start / 1000.0;
}

static guint64
size_of (const char *db)
{
  g_autofree char *wal = g_strconcat (db, "-wal", NULL);
  g_autofree char *pages = NULL;
  GStatBuf file = { 0 };
  GStatBuf log = { 0 };

  if (g_str_has_prefix (db, "postgresql://"))
    {
      pages = js_test_db_sql (db, "SELECT pg_database_size (current_database ());");
      return g_ascii_strtoull (pages, NULL, 10);
    }

  g_stat (db, &file);
  g_stat (wal, &log);
  return file.st_size + log.st_size;
}

static void
measure (const char *prefix,
         const char *binary)
{
  g_autoptr(GHashTable) sample = g_hash_table_new (NULL, NULL);
  g_autoptr(GRand) rand = g_rand_new_with_seed (16);
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(JsServerStore) store = NULL;
  g_autoptr(JsTestConn) conn = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GUri) uri = NULL;
  JsTestServer *server = js_test_server_start (binary);

  /* The server serves while the jobcenter imports, as it would. */
  store = js_server_store_open (server->db, &error);
  g_assert_no_error (error);
  g_print ("%sseed_seconds: %.1f s\n", prefix, seed (store));

  uri = g_uri_parse (server->url, G_URI_FLAGS_NONE, NULL);
  conn = js_test_conn_open (g_uri_get_port (uri), "127.0.0.1", &error);
  g_assert_no_error (error);
  while (times->len < N_PULLS)
    {
      guint c = g_rand_int_range (rand, 0, N_CITIZENS);
      g_autofree char *number = number_of (c);
      g_autofree char *code = NULL;
      g_autoptr(JsSession) session = NULL;
      double ms;

      if (!g_hash_table_add (sample, GUINT_TO_POINTER (c)))
        continue;
      code = js_server_store_new_code (store, number, &error);
      session = js_server_store_sign_in (store, number, code, "bench", &error);
      g_assert_no_error (error);
      ms = pull_first_page (conn, session->token);
      g_array_append_val (times, ms);
    }
  g_array_sort (times, compare_doubles);
  g_print ("%spull_200_ms_p50: %.2f ms\n", prefix, g_array_index (times, double, N_PULLS / 2));
  g_print ("%spull_200_ms_p95: %.2f ms\n", prefix,
           g_array_index (times, double, N_PULLS * 95 / 100));
  g_print ("%sdb_size: %.0f MiB\n", prefix, size_of (server->db) / 1048576.0);

  g_clear_object (&store);
  js_test_server_stop (server);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *server = NULL;
  g_autofree char *tests = NULL;

  if (argc != 3)
    {
      g_printerr ("usage: %s BUILDDIR SOURCEDIR\n", argv[0]);
      return 2;
    }

  server = g_build_filename (argv[1], "src", "server", "jobspor-server", NULL);
  tests = g_build_filename (argv[2], "tests", NULL);

  measure ("sqlite_scale_", server);

  g_setenv ("JOBSPOR_TEST_DB", "postgresql", TRUE);
  g_setenv ("JOBSPOR_TEST_PG_DURABLE", "1", TRUE);
  g_setenv ("G_TEST_SRCDIR", tests, TRUE);
  measure ("postgresql_scale_", server);
  return 0;
}
