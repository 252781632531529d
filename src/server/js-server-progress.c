/* js-server-progress.c: a citizen's exercise progress, for the jobcenter
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One line per exercise. A citizen has one exercise-progress record per
 * exercise, except for progress made before signing in on a PC, which
 * may sit in a record of its own: records of the same exercise are shown
 * merged the way the app merges them (the most attempts, the best result,
 * the earliest completion).
 */

#include "config.h"

#include "js-server-progress.h"
#include "js-time.h"

typedef struct {
  char      *exercise;
  gint64     attempts;
  gint64     best_score;
  GDateTime *completed;
} Line;

static void
line_free (Line *line)
{
  g_free (line->exercise);
  g_clear_pointer (&line->completed, g_date_time_unref);
  g_free (line);
}

static int
compare_lines (gconstpointer a,
               gconstpointer b)
{
  const Line *first = *(const Line * const *) a;
  const Line *second = *(const Line * const *) b;

  return strcmp (first->exercise, second->exercise);
}

/* Adds one stored record (checked when it was pushed) to its line. */
static void
add_record (GHashTable *lines,
            GPtrArray  *order,
            JsonObject *record)
{
  const char *exercise = json_object_get_string_member_with_default (record, "exercise", NULL);
  const char *completed = json_object_get_string_member_with_default (record, "completed", NULL);
  g_autoptr(GDateTime) when = completed != NULL ? g_date_time_new_from_iso8601 (completed, NULL)
                                                : NULL;
  Line *line;

  if (exercise == NULL)
    return;

  if (!(line = g_hash_table_lookup (lines, exercise)))
    {
      line = g_new0 (Line, 1);
      line->exercise = g_strdup (exercise);
      g_hash_table_insert (lines, line->exercise, line);
      g_ptr_array_add (order, line);
    }

  line->attempts = MAX (line->attempts,
                        json_object_get_int_member_with_default (record, "attempts", 0));
  line->best_score = MAX (line->best_score,
                          json_object_get_int_member_with_default (record, "best_score", 0));
  if (when != NULL && (line->completed == NULL || g_date_time_compare (when, line->completed) < 0))
    {
      g_clear_pointer (&line->completed, g_date_time_unref);
      line->completed = g_steal_pointer (&when);
    }
}

/**
 * js_server_progress_table:
 * @store: the jobcenter's store
 * @citizen: the citizen number
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the citizen's progress as a table in plain
 *   text, one exercise a line by exercise id, completion times in
 *   Copenhagen time; or %NULL on failure
 */
char *
js_server_progress_table (JsServerStore  *store,
                          const char     *citizen,
                          GError        **error)
{
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GHashTable) lines = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) order = g_ptr_array_new_with_free_func ((GDestroyNotify) line_free);
  g_autoptr(GTimeZone) zone = js_copenhagen_zone ();
  g_autoptr(GString) table = g_string_new (NULL);
  int width = strlen ("Exercise");

  g_return_val_if_fail (JS_IS_SERVER_STORE (store), NULL);

  if (!(records = js_server_store_list_records (store, citizen, "exercise-progress", error)))
    return NULL;

  for (guint i = 0; i < records->len; i++)
    {
      JsonNode *record = g_ptr_array_index (records, i);

      if (JSON_NODE_HOLDS_OBJECT (record))
        add_record (lines, order, json_node_get_object (record));
    }

  if (order->len == 0)
    return g_strdup ("No exercise progress\n");

  g_ptr_array_sort (order, compare_lines);
  for (guint i = 0; i < order->len; i++)
    width = MAX (width, (int) strlen (((Line *) g_ptr_array_index (order, i))->exercise));

  g_string_append_printf (table, "%-*s  %8s  %11s  %s\n", width, "Exercise", "Attempts",
                          "Best result", "Completed (Copenhagen time)");
  for (guint i = 0; i < order->len; i++)
    {
      Line *line = g_ptr_array_index (order, i);
      g_autoptr(GDateTime) local = line->completed != NULL
                                   ? g_date_time_to_timezone (line->completed, zone) : NULL;
      g_autofree char *completed = local != NULL ? g_date_time_format (local, "%Y-%m-%d %H:%M")
                                                 : g_strdup ("not yet");
      g_autofree char *best = g_strdup_printf ("%" G_GINT64_FORMAT "%%", line->best_score);

      g_string_append_printf (table, "%-*s  %8" G_GINT64_FORMAT "  %11s  %s\n", width,
                              line->exercise, line->attempts, best, completed);
    }

  return g_string_free (g_steal_pointer (&table), FALSE);
}
