/* js-test-db.c: the database the server's tests run on
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * With JOBSPOR_TEST_DB=postgresql a test program runs on PostgreSQL: it
 * starts one throw-away cluster (js-test-postgres.sh) and gives every
 * server a new database in it; with JOBSPOR_TEST_PG_DURABLE set too (the
 * benchmarks), the cluster flushes its commits to disk as a real one. Otherwise each server has a SQLite file.
 * A PostgreSQL that cannot be started fails the program: it never falls
 * back to SQLite in silence.
 */

#include "config.h"

#include <fcntl.h>
#include <libpq-fe.h>
#include <sqlite3.h>

#include "js-test-db.h"

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PGconn, PQfinish)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PGresult, PQclear)

/* The cluster's folder (and socket); NULL on SQLite. */
static char *cluster;
/* Held open until the program ends: the helper then stops the cluster. */
static int keep_alive = -1;

static char *
uri_of (const char *database)
{
  return g_strdup_printf ("postgresql:///%s?host=%s&user=jobspor", database, cluster);
}

static void
ignore_notice_cb (void       *user_data,
                  const char *message)
{
}

/* Runs @sql on a PostgreSQL database; returns the first column of the
 * first row, if any. */
static char *
run_postgres (const char *uri,
              const char *sql)
{
  g_autoptr(PGconn) conn = PQconnectdb (uri);
  g_autoptr(PGresult) result = NULL;
  ExecStatusType status;

  if (PQstatus (conn) != CONNECTION_OK)
    g_error ("Could not reach the test cluster: %s", PQerrorMessage (conn));
  PQsetNoticeProcessor (conn, ignore_notice_cb, NULL);
  result = PQexec (conn, sql);
  status = PQresultStatus (result);
  if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
    g_error ("%s failed: %s", sql, PQresultErrorMessage (result));

  return status == PGRES_TUPLES_OK && PQntuples (result) > 0 && PQnfields (result) > 0
         ? g_strdup (PQgetvalue (result, 0, 0)) : NULL;
}

static void
run_sql (const char *sql)
{
  g_autofree char *uri = uri_of ("postgres");
  g_autofree char *none = run_postgres (uri, sql);
}

static int
first_value_cb (void  *user_data,
                int    n_columns,
                char **values,
                char **names)
{
  char **first = user_data;

  if (*first == NULL && n_columns > 0)
    *first = g_strdup (values[0] != NULL ? values[0] : "");
  return 0;
}

/**
 * js_test_db_sql:
 * @spec: a database of js_test_db_new()
 * @sql: statements, as the test writes them (never from input)
 *
 * Runs @sql on the database itself, SQLite or PostgreSQL; a failure
 * fails the test.
 *
 * Returns: (transfer full) (nullable): the first column of the first row
 *   any statement returned
 */
char *
js_test_db_sql (const char *spec,
                const char *sql)
{
  sqlite3 *db = NULL;
  char *first = NULL;
  char *message = NULL;

  if (g_str_has_prefix (spec, "postgresql://"))
    return run_postgres (spec, sql);

  g_assert_cmpint (sqlite3_open (spec, &db), ==, SQLITE_OK);
  if (sqlite3_exec (db, sql, first_value_cb, &first, &message) != SQLITE_OK)
    g_error ("%s failed: %s", sql, message);
  sqlite3_close (db);
  return first;
}

/* Starts the cluster, the first time a test needs a database, when
 * $JOBSPOR_TEST_DB is "postgresql". */
static void
start_cluster (void)
{
  const char *kind = g_getenv ("JOBSPOR_TEST_DB");
  g_autofree char *helper = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) line = g_string_new (NULL);
  const char *argv[5];
  int out = -1;
  char c;

  if (kind == NULL || *kind == '\0' || g_str_equal (kind, "sqlite"))
    return;
  if (!g_str_equal (kind, "postgresql"))
    g_error ("JOBSPOR_TEST_DB is “%s”: it must be sqlite or postgresql", kind);

  cluster = g_dir_make_tmp ("jobspor-pg-XXXXXX", &error);
  g_assert_no_error (error);
  /* A benchmark is no GTest program: it names the tests' folder itself. */
  helper = g_test_initialized ()
           ? g_test_build_filename (G_TEST_DIST, "js-test-postgres.sh", NULL)
           : g_build_filename (g_getenv ("G_TEST_SRCDIR"), "js-test-postgres.sh", NULL);
  argv[0] = "/bin/sh";
  argv[1] = helper;
  argv[2] = cluster;
  argv[3] = g_getenv ("JOBSPOR_TEST_PG_DURABLE") != NULL ? "durable" : NULL;
  argv[4] = NULL;
  if (!g_spawn_async_with_pipes (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, NULL,
                                 &keep_alive, &out, NULL, &error))
    g_error ("Could not start the PostgreSQL test cluster: %s", error->message);
  fcntl (keep_alive, F_SETFD, FD_CLOEXEC);

  while (read (out, &c, 1) == 1 && c != '\n')
    g_string_append_c (line, c);
  close (out);
  if (!g_str_equal (line->str, "ready"))
    g_error ("The PostgreSQL test cluster did not start: see the message above "
             "(PostgreSQL 15 comes with build-aux/install-deps.sh)");
}

/* Asked again while there is none: a benchmark measures SQLite first
 * and then sets $JOBSPOR_TEST_DB for PostgreSQL. */
static void
ensure_cluster (void)
{
  static GMutex lock;

  g_mutex_lock (&lock);
  if (cluster == NULL)
    start_cluster ();
  g_mutex_unlock (&lock);
}

/* Whether the tests run on PostgreSQL. */
gboolean
js_test_db_postgres (void)
{
  ensure_cluster ();
  return cluster != NULL;
}

/**
 * js_test_db_new:
 * @dir: a folder of the test's own
 *
 * Returns: (transfer full): a --db value for a new, empty database: a new
 *   PostgreSQL database in the cluster, or a SQLite file in @dir
 */
char *
js_test_db_new (const char *dir)
{
  static guint made;
  g_autofree char *name = NULL;
  g_autofree char *create = NULL;

  if (!js_test_db_postgres ())
    return g_build_filename (dir, "jobcenter.db", NULL);

  name = g_strdup_printf ("jobcenter_%u", ++made);
  create = g_strdup_printf ("CREATE DATABASE %s;", name);
  run_sql (create);
  return uri_of (name);
}

/* The name of a database of js_test_db_new() on PostgreSQL. */
static char *
name_of (const char *spec)
{
  const char *name = spec + strlen ("postgresql:///");

  return g_strndup (name, strcspn (name, "?"));
}

/**
 * js_test_db_set_reachable:
 * @spec: a PostgreSQL database of js_test_db_new()
 * @reachable: whether servers may connect to it
 *
 * Makes the database refuse connections and cuts those it has, as a
 * database gone for a while looks to a server; or lets it be reached again.
 */
void
js_test_db_set_reachable (const char *spec,
                          gboolean    reachable)
{
  g_autofree char *name = name_of (spec);
  g_autofree char *allow = g_strdup_printf ("ALTER DATABASE %s ALLOW_CONNECTIONS %s;", name,
                                            reachable ? "true" : "false");
  g_autofree char *cut = g_strdup_printf ("SELECT pg_terminate_backend (pid) FROM pg_stat_activity"
                                          " WHERE datname = '%s';", name);

  g_assert_true (g_str_has_prefix (spec, "postgresql:///"));
  run_sql (allow);
  if (!reachable)
    run_sql (cut);
}

/* Drops a database of js_test_db_new() that nothing uses any more. */
void
js_test_db_drop (const char *spec)
{
  g_autofree char *name = NULL;
  g_autofree char *drop = NULL;

  if (cluster == NULL || !g_str_has_prefix (spec, "postgresql:///"))
    return;

  name = name_of (spec);
  drop = g_strdup_printf ("DROP DATABASE %s WITH (FORCE);", name);
  run_sql (drop);
}
