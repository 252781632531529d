/* server-main.c: jobspor-server, the reference jobcenter
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   jobspor-server serve [--db FILE] [--address IP] [--port N]
 *                        [--tls-cert FILE --tls-key FILE] [--demo]
 *   jobspor-server add-citizen --db FILE NUMBER NAME
 *   jobspor-server new-code --db FILE NUMBER
 *   jobspor-server set-plan --db FILE NUMBER PLAN.json
 *   jobspor-server add-slots --db FILE NUMBER [--from YYYY-MM-DD] [--days N]
 *   jobspor-server list --db FILE NUMBER [ENTITY]
 *   jobspor-server progress --db FILE NUMBER
 */

#include "config.h"

#include <glib-unix.h>
#include <locale.h>
#include <signal.h>

#include "js-server-demo.h"
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

static const GOptionEntry options[] = {
  { "db", 0, 0, G_OPTION_ARG_FILENAME, &db_path, "The database file", "FILE" },
  { "address", 0, 0, G_OPTION_ARG_STRING, &address, "Address to listen on (127.0.0.1)", "IP" },
  { "port", 0, 0, G_OPTION_ARG_INT, &port, "Port to listen on (8080; 0 for any)", "N" },
  { "tls-cert", 0, 0, G_OPTION_ARG_FILENAME, &tls_cert, "TLS certificate (PEM)", "FILE" },
  { "tls-key", 0, 0, G_OPTION_ARG_FILENAME, &tls_key, "TLS private key (PEM)", "FILE" },
  { "demo", 0, 0, G_OPTION_ARG_NONE, &demo, "Seed a demo jobcenter first", NULL },
  { "from", 0, 0, G_OPTION_ARG_STRING, &from_date, "add-slots: first day", "YYYY-MM-DD" },
  { "days", 0, 0, G_OPTION_ARG_INT, &days, "add-slots: how many days (14)", "N" },
  { NULL },
};

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

static gboolean
quit_cb (gpointer user_data)
{
  g_main_loop_quit (user_data);
  return G_SOURCE_CONTINUE;
}

static int
serve (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsServerStore) store = open_store (&error);
  g_autoptr(GTlsCertificate) certificate = NULL;
  g_autoptr(JsServer) server = NULL;
  g_autoptr(GMainLoop) loop = NULL;
  g_autofree char *url = NULL;

  if (store == NULL)
    return fail ("could not open the database", error);

  if ((tls_cert == NULL) != (tls_key == NULL))
    return fail ("--tls-cert and --tls-key go together", NULL);
  if (tls_cert != NULL &&
      !(certificate = g_tls_certificate_new_from_files (tls_cert, tls_key, &error)))
    return fail ("could not read the certificate", error);

  if (demo && !js_server_demo_seed (store, &error))
    return fail ("could not seed the demo jobcenter", error);

  server = js_server_new (store, certificate);
  if (!js_server_listen (server, address != NULL ? address : "127.0.0.1", port, &error))
    return fail ("could not listen", error);

  url = js_server_dup_url (server);
  g_print ("Listening on %s/v1\n", url);

  loop = g_main_loop_new (NULL, FALSE);
  g_unix_signal_add (SIGTERM, quit_cb, loop);
  g_unix_signal_add (SIGINT, quit_cb, loop);
  g_main_loop_run (loop);
  return 0;
}

/* "list NUMBER [ENTITY]": a citizen's records, one "entity json" a line. */
static int
list_records (JsServerStore *store,
              const char    *citizen,
              const char    *only)
{
  static const char * const entities[] = {
    "joblog-entry", "booking-request", "exercise-progress", "plan-receipt", NULL,
  };

  for (guint i = 0; entities[i] != NULL; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) records = NULL;

      if (only != NULL && !g_str_equal (only, entities[i]))
        continue;
      records = js_server_store_list_records (store, citizen, entities[i], &error);
      if (records == NULL)
        return fail ("could not list", error);
      for (guint r = 0; r < records->len; r++)
        {
          g_autofree char *json = js_json_write (records->pdata[r], NULL);

          g_print ("%s %s\n", entities[i], json);
        }
    }
  return 0;
}

/* "add-slots NUMBER [--from DATE] [--days N]": meeting times to book. */
static int
add_slots (JsServerStore *store,
           const char    *citizen)
{
  g_autoptr(GError) error = NULL;
  GDate first;

  g_date_clear (&first, 1);
  if (from_date != NULL)
    g_date_set_parse (&first, from_date);
  if (days < 1 || days > 366 || (from_date != NULL && !g_date_valid (&first)))
    return fail ("--from must be a date and --days 1 to 366", NULL);
  if (!js_server_demo_add_slots (store, citizen, from_date != NULL ? &first : NULL, days,
                                 &error))
    return fail ("could not add the slots", error);
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

  if (g_str_equal (command, "list") && (n_args == 1 || n_args == 2))
    return list_records (store, args[0], n_args == 2 ? args[1] : NULL);

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
  g_autoptr(GOptionContext) context = g_option_context_new (
    "COMMAND — serve | add-citizen NUMBER NAME | new-code NUMBER | "
    "set-plan NUMBER FILE | add-slots NUMBER | list NUMBER [ENTITY] | progress NUMBER");
  g_autoptr(GError) error = NULL;

  setlocale (LC_ALL, "");
  g_option_context_add_main_entries (context, options, NULL);
  g_option_context_set_summary (context, "The reference jobcenter for Jobspor: serves the /v1 "
                                         "sync API and administers citizens, plans and slots.");
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return fail ("bad options", error);

  if (argc < 2 || g_str_equal (argv[1], "serve"))
    return serve ();

  return admin (argv[1], argv + 2, argc - 2);
}
