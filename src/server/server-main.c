/* server-main.c: jobspor-server, the reference jobcenter
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   jobspor-server serve [--db DB] [--address IP] [--port N]
 *                        [--tls-cert FILE --tls-key FILE] [--demo] [LIMITS]
 *   jobspor-server add-citizen --db DB NUMBER NAME
 *   jobspor-server new-code --db DB NUMBER
 *   jobspor-server set-plan --db DB NUMBER PLAN.json
 *   jobspor-server add-slots --db DB NUMBER [--from YYYY-MM-DD] [--days N]
 *   jobspor-server add-call --db DB NUMBER [--from YYYY-MM-DD] [--days N]
 *                           [--book-before YYYY-MM-DD] [--purpose TEXT]
 *   jobspor-server list --db DB NUMBER [ENTITY]
 *   jobspor-server progress --db DB NUMBER
 *   jobspor-server copy --db DB TARGET-DB
 *
 * DB is a SQLite file (FILE or sqlite:FILE) or a PostgreSQL database
 * (postgresql://…), which any number of processes may share.
 */

#include "config.h"

#include <glib-unix.h>
#include <locale.h>
#include <signal.h>

#include "js-server-demo.h"
#include "js-time.h"
#include "js-server-progress.h"
#include "js-server.h"

static char *db_path;
static char *address;
static int port = 8080;
static char *tls_cert;
static char *tls_key;
static gboolean demo;
static char *from_date;
static int days = 14;
static char *book_before;
static char *purpose;
static int stop_timeout = 30;
static char **trusted_proxies;
static JsHttpConfig limits;
static JsServerThrottle throttle = {
  JS_SERVER_DEFAULT_FAILURES_PER_SOURCE,
  JS_SERVER_DEFAULT_FAILURES_PER_NUMBER,
  JS_SERVER_DEFAULT_THROTTLE_MINUTES,
};

static const GOptionEntry options[] = {
  { "db", 0, 0, G_OPTION_ARG_FILENAME, &db_path,
    "The database: a SQLite file (FILE or sqlite:FILE) or postgresql://…", "DB" },
  { "address", 0, 0, G_OPTION_ARG_STRING, &address, "Address to listen on (127.0.0.1)", "IP" },
  { "port", 0, 0, G_OPTION_ARG_INT, &port, "Port to listen on (8080; 0 for any)", "N" },
  { "tls-cert", 0, 0, G_OPTION_ARG_FILENAME, &tls_cert, "TLS certificate (PEM)", "FILE" },
  { "tls-key", 0, 0, G_OPTION_ARG_FILENAME, &tls_key, "TLS private key (PEM)", "FILE" },
  { "demo", 0, 0, G_OPTION_ARG_NONE, &demo, "Seed a demo jobcenter first", NULL },
  { "from", 0, 0, G_OPTION_ARG_STRING, &from_date, "add-slots, add-call: first day",
    "YYYY-MM-DD" },
  { "days", 0, 0, G_OPTION_ARG_INT, &days, "add-slots, add-call: how many days (14)", "N" },
  { "book-before", 0, 0, G_OPTION_ARG_STRING, &book_before,
    "add-call: the last day to book, 8 days ahead at least (10 days)", "YYYY-MM-DD" },
  { "purpose", 0, 0, G_OPTION_ARG_STRING, &purpose, "add-call: what the meeting is about",
    "TEXT" },
  { NULL },
};

/* serve's limits (spec 8 and 9); their defaults are in js_http_config_init().
 * GOption writes them as int: a negative number reads as a huge one and is
 * refused by limits_valid(). */
static const GOptionEntry limit_options[] = {
  { "header-timeout", 0, 0, G_OPTION_ARG_INT, &limits.header_timeout,
    "Seconds for a request's line and headers (10)", "S" },
  { "body-timeout", 0, 0, G_OPTION_ARG_INT, &limits.body_timeout,
    "Seconds for a request's body (120)", "S" },
  { "idle-timeout", 0, 0, G_OPTION_ARG_INT, &limits.idle_timeout,
    "Seconds a kept-alive connection may wait for its next request (60)", "S" },
  { "write-timeout", 0, 0, G_OPTION_ARG_INT, &limits.write_timeout,
    "Seconds for a client to take an answer (120)", "S" },
  { "max-connections", 0, 0, G_OPTION_ARG_INT, &limits.max_connections,
    "Open connections at most (the descriptor limit less 64, at most 4096)", "N" },
  { "max-connections-per-source", 0, 0, G_OPTION_ARG_INT, &limits.max_per_source,
    "Open connections from one address at most (64)", "N" },
  { "max-line-bytes", 0, 0, G_OPTION_ARG_INT, &limits.limits.max_line,
    "Bytes in a request line at most (8192)", "N" },
  { "max-header-bytes", 0, 0, G_OPTION_ARG_INT, &limits.limits.max_head,
    "Bytes in a request line and headers together at most (16384)", "N" },
  { "sign-in-failures-per-source", 0, 0, G_OPTION_ARG_INT, &throttle.per_source,
    "Wrong codes from one address that make it wait (20)", "N" },
  { "sign-in-failures-per-number", 0, 0, G_OPTION_ARG_INT, &throttle.per_number,
    "Wrong codes for one citizen number from one address that make it wait (5)", "N" },
  { "sign-in-wait", 0, 0, G_OPTION_ARG_INT, &throttle.minutes,
    "Minutes wrong codes count, and the wait (15)", "MIN" },
  { "stop-timeout", 0, 0, G_OPTION_ARG_INT, &stop_timeout,
    "Seconds a SIGTERM waits for the requests under way (30)", "S" },
  { "trusted-proxy", 0, 0, G_OPTION_ARG_STRING_ARRAY, &trusted_proxies,
    "A load balancer's address: no cap per source, and X-Forwarded-For names the client "
    "(repeatable)", "IP" },
  { NULL },
};

static gboolean
limits_valid (void)
{
  guint seconds[] = {
    limits.header_timeout, limits.body_timeout, limits.idle_timeout, limits.write_timeout,
    stop_timeout,
  };

  for (gsize i = 0; i < G_N_ELEMENTS (seconds); i++)
    if (seconds[i] < 1 || seconds[i] > 3600)
      return FALSE;
  return limits.max_connections >= 1 && limits.max_connections <= G_MAXINT &&
         limits.max_per_source >= 1 && limits.max_per_source <= G_MAXINT &&
         throttle.per_source >= 1 && throttle.per_source <= G_MAXINT &&
         throttle.per_number >= 1 && throttle.per_number <= G_MAXINT &&
         throttle.minutes >= 1 && throttle.minutes <= 24 * 60 &&
         limits.limits.max_line >= 256 && limits.limits.max_line <= 1024 * 1024 &&
         limits.limits.max_head >= limits.limits.max_line &&
         limits.limits.max_head <= 1024 * 1024;
}

/* --trusted-proxy as the server compares addresses, or FALSE when one is
 * not an IP address. */
static gboolean
read_trusted_proxies (void)
{
  for (guint i = 0; trusted_proxies != NULL && trusted_proxies[i] != NULL; i++)
    {
      g_autoptr(GInetAddress) inet = g_inet_address_new_from_string (trusted_proxies[i]);

      if (inet == NULL)
        return FALSE;
      g_free (trusted_proxies[i]);
      trusted_proxies[i] = g_inet_address_to_string (inet);
    }

  limits.trusted_proxies = trusted_proxies;
  return TRUE;
}

static int
fail (const char   *what,
      const GError *error)
{
  g_printerr ("jobspor-server: %s%s%s\n", what, error != NULL ? ": " : "",
              error != NULL ? error->message : "");
  return 1;
}

static JsServerStore *
open_store (GError **error)
{
  return js_server_store_open (db_path != NULL ? db_path : "jobcenter.db", error);
}

typedef struct {
  JsServer  *server;
  GMainLoop *loop;
  gint64     deadline;  /* 0 until asked to stop */
  guint      poll_id;
} Stopping;

static gboolean
drained_cb (gpointer user_data)
{
  Stopping *stopping = user_data;

  if (js_server_get_connections (stopping->server) > 0 &&
      g_get_monotonic_time () < stopping->deadline)
    return G_SOURCE_CONTINUE;

  stopping->poll_id = 0;
  g_main_loop_quit (stopping->loop);
  return G_SOURCE_REMOVE;
}

/* SIGTERM or SIGINT: a graceful stop, at most --stop-timeout seconds; a
 * second one stops at once. */
static gboolean
stop_cb (gpointer user_data)
{
  Stopping *stopping = user_data;

  if (stopping->deadline != 0)
    {
      g_main_loop_quit (stopping->loop);
      return G_SOURCE_CONTINUE;
    }

  g_print ("Stopping: %u connections to finish\n", js_server_get_connections (stopping->server));
  stopping->deadline = g_get_monotonic_time () + stop_timeout * G_USEC_PER_SEC;
  js_server_stop (stopping->server);
  stopping->poll_id = g_timeout_add (20, drained_cb, stopping);
  return G_SOURCE_CONTINUE;
}

static int
serve (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsServerStore) store = open_store (&error);
  g_autoptr(JsServerStore) writer = NULL;
  g_autoptr(GTlsCertificate) certificate = NULL;
  g_autoptr(JsServer) server = NULL;
  g_autoptr(GMainLoop) loop = NULL;
  g_autofree char *url = NULL;
  Stopping stopping = { NULL };
  guint signals[2];

  if (store == NULL)
    return fail ("could not open the database", error);

  if (!limits_valid ())
    return fail ("time-outs and --stop-timeout must be 1 to 3600 seconds, connection caps and "
                 "sign-in failures at least 1, --sign-in-wait 1 to 1440 minutes, "
                 "--max-line-bytes 256 to 1048576 and --max-header-bytes from it to 1048576",
                 NULL);
  js_server_store_set_throttle (store, &throttle);
  if (!read_trusted_proxies ())
    return fail ("--trusted-proxy takes an IP address", NULL);

  if ((tls_cert == NULL) != (tls_key == NULL))
    return fail ("--tls-cert and --tls-key go together", NULL);
  if (tls_cert != NULL &&
      !(certificate = g_tls_certificate_new_from_files (tls_cert, tls_key, &error)))
    return fail ("could not read the certificate", error);

  if (demo && !js_server_demo_seed (store, &error))
    return fail ("could not seed the demo jobcenter", error);

  /* The pushes' own connection, opened after the schema is in place. */
  if (!(writer = open_store (&error)))
    return fail ("could not open the database", error);
  server = js_server_new (store, writer, &limits, certificate);
  if (!js_server_listen (server, address != NULL ? address : "127.0.0.1", port, &error))
    return fail ("could not listen", error);

  url = js_server_dup_url (server);
  g_print ("Listening on %s/v1\n", url);

  loop = g_main_loop_new (NULL, FALSE);
  stopping.server = server;
  stopping.loop = loop;
  signals[0] = g_unix_signal_add (SIGTERM, stop_cb, &stopping);
  signals[1] = g_unix_signal_add (SIGINT, stop_cb, &stopping);
  g_main_loop_run (loop);

  for (guint i = 0; i < G_N_ELEMENTS (signals); i++)
    g_source_remove (signals[i]);
  g_clear_handle_id (&stopping.poll_id, g_source_remove);
  return 0;
}

/* "list NUMBER [ENTITY]": a citizen's records, one "entity json" a line:
 * what the citizen wrote and their plan, or every record of one kind. */
static int
list_records (JsServerStore *store,
              const char    *citizen,
              const char    *only)
{
  static const char * const entities[] = {
    "joblog-entry", "booking-request", "exercise-progress", "plan-receipt", "suggestion-check",
    "meeting-change", "plan", NULL,
  };
  const char * const one[] = { only, NULL };
  const char * const *kinds = only != NULL ? one : entities;

  if (only != NULL && !js_protocol_entity_known (only))
    {
      g_printerr ("jobspor-server: “%s” is not a kind of record\n", only);
      return 1;
    }

  for (guint i = 0; kinds[i] != NULL; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) records = js_server_store_list_records (store, citizen, kinds[i],
                                                                   &error);

      if (records == NULL)
        return fail ("could not list", error);
      for (guint r = 0; r < records->len; r++)
        {
          g_autofree char *json = js_json_write (records->pdata[r], NULL);

          g_print ("%s %s\n", kinds[i], json);
        }
    }
  return 0;
}

/* --from and --days as add-slots and add-call take them; FALSE when not
 * valid. */
static gboolean
read_period (GDate *first)
{
  return days >= 1 && days <= 366 && (from_date == NULL || js_date_from_iso (from_date, first));
}

/* "add-slots NUMBER [--from DATE] [--days N]": meeting times to book. */
static int
add_slots (JsServerStore *store,
           const char    *citizen)
{
  g_autoptr(GError) error = NULL;
  GDate first;

  if (!read_period (&first))
    return fail ("--from must be a date and --days 1 to 366", NULL);
  if (!js_server_demo_add_slots (store, citizen, from_date != NULL ? &first : NULL, days,
                                 &error))
    return fail ("could not add the slots", error);
  return 0;
}

/* "add-call NUMBER [--from DATE] [--days N] [--book-before DATE]
 * [--purpose TEXT]": a call to book a meeting; prints its id. */
static int
add_call (JsServerStore *store,
          const char    *citizen)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *id = NULL;
  GDate first;
  GDate last;

  if (!read_period (&first) || (book_before != NULL && !js_date_from_iso (book_before, &last)))
    return fail ("--from and --book-before must be dates YYYY-MM-DD and --days 1 to 366", NULL);
  if (purpose != NULL && (!g_utf8_validate (purpose, -1, NULL) ||
                          g_utf8_strlen (purpose, -1) > 1000))
    return fail ("--purpose takes at most 1000 characters", NULL);
  id = js_server_add_call (store, citizen, from_date != NULL ? &first : NULL, days,
                           book_before != NULL ? &last : NULL, purpose, &error);
  if (id == NULL)
    return fail ("could not add the call", error);
  g_print ("%s\n", id);
  return 0;
}

static int
admin (const char *command,
       char      **args,
       int         n_args)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsServerStore) store = open_store (&error);

  if (store == NULL)
    return fail ("could not open the database", error);

  if (g_str_equal (command, "add-citizen") && n_args == 2)
    {
      g_autofree char *code = js_server_store_add_citizen (store, args[0], args[1], &error);

      if (code == NULL)
        return fail ("could not add the citizen", error);
      g_print ("%s\n", code);
      return 0;
    }

  if (g_str_equal (command, "new-code") && n_args == 1)
    {
      g_autofree char *code = js_server_store_new_code (store, args[0], &error);

      if (code == NULL)
        return fail ("could not make a code", error);
      g_print ("%s\n", code);
      return 0;
    }

  if (g_str_equal (command, "set-plan") && n_args == 2)
    {
      g_autofree char *contents = NULL;
      gsize length = 0;
      g_autoptr(JsonNode) plan = NULL;

      if (!g_file_get_contents (args[1], &contents, &length, &error) ||
          !(plan = js_json_parse (contents, length, JS_PROTOCOL_MAX_REQUEST_BYTES, &error)) ||
          !js_server_store_put_record (store, args[0], "plan", plan, &error))
        return fail ("could not set the plan", error);
      return 0;
    }

  if (g_str_equal (command, "add-slots") && n_args == 1)
    return add_slots (store, args[0]);

  if (g_str_equal (command, "add-call") && n_args == 1)
    return add_call (store, args[0]);

  if (g_str_equal (command, "list") && (n_args == 1 || n_args == 2))
    return list_records (store, args[0], n_args == 2 ? args[1] : NULL);

  if (g_str_equal (command, "copy") && n_args == 1)
    {
      g_autoptr(JsServerStore) target = NULL;

      if (g_str_equal (args[0], db_path != NULL ? db_path : "jobcenter.db"))
        return fail ("copy into another database than --db", NULL);
      if (!(target = js_server_store_open (args[0], &error)))
        return fail ("could not open the database to copy into", error);
      if (!js_server_store_copy (store, target, &error))
        return fail ("could not copy", error);
      return 0;
    }

  if (g_str_equal (command, "progress") && n_args == 1)
    {
      g_autofree char *table = js_server_progress_table (store, args[0], &error);

      if (table == NULL)
        return fail ("could not read the progress", error);
      g_print ("%s", table);
      return 0;
    }

  g_printerr ("jobspor-server: unknown command or wrong arguments; see --help\n");
  return 2;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionGroup) limit_group = NULL;
  g_autoptr(GOptionContext) context = g_option_context_new (
    "COMMAND — serve | add-citizen NUMBER NAME | new-code NUMBER | "
    "set-plan NUMBER FILE | add-slots NUMBER | add-call NUMBER | list NUMBER [ENTITY] | "
    "progress NUMBER | "
    "copy TARGET-DB");
  g_autoptr(GError) error = NULL;

  setlocale (LC_ALL, "");
  g_option_context_add_main_entries (context, options, NULL);
  js_http_config_init (&limits);
  limit_group = g_option_group_new ("limits", "Limits of serve (spec section 9):",
                                    "Show the limits of serve", NULL, NULL);
  g_option_group_add_entries (limit_group, limit_options);
  g_option_context_add_group (context, g_steal_pointer (&limit_group));
  g_option_context_set_summary (context, "The reference jobcenter for Jobspor: serves the /v1 "
                                         "sync API and administers citizens, plans, slots and calls to book.");
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return fail ("bad options", error);

  if (argc < 2 || g_str_equal (argv[1], "serve"))
    return serve ();

  return admin (argv[1], argv + 2, argc - 2);
}
