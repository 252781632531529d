/* js-store-joblog-search.c: finding entries: full-text search, filters, order
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The words the citizen types become an FTS5 prefix query over title,
 * employer and notes (any script, diacritics folded); filters and order
 * go into one prepared statement per combination. Only row IDs come
 * back: the list loads the entries it shows.
 */

#include "config.h"

#include <string.h>

#include "js-store-joblog.h"
#include "js-store-private.h"

/**
 * _js_store_joblog_index_queued:
 * @self: a #JsStore inside a transaction
 * @error: return location for a #GError
 *
 * Writes the words the transaction's changes queued (migration 9) to the
 * search index, in one statement: one index segment for the whole
 * transaction. Called before every commit.
 *
 * Returns: %TRUE on success
 */
gboolean
_js_store_joblog_index_queued (JsStore  *self,
                               GError  **error)
{
  static const char * const statements[] = {
    "INSERT INTO joblog_search (joblog_search, rowid, title, employer, notes)"
    " SELECT command, entry, title, employer, notes FROM joblog_search_queue ORDER BY seq;",
    "DELETE FROM joblog_search_queue;",
  };
  sqlite3_stmt *stmt = _js_store_prepare (self,
                                          "SELECT EXISTS (SELECT 1 FROM joblog_search_queue);",
                                          error);
  gboolean queued;

  if (stmt == NULL)
    return FALSE;
  queued = sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_int (stmt, 0) != 0;
  _js_store_release (stmt);
  if (!queued)
    return TRUE;

  for (guint i = 0; i < G_N_ELEMENTS (statements); i++)
    {
      int rc;

      if (!(stmt = _js_store_prepare (self, statements[i], error)))
        return FALSE;
      rc = sqlite3_step (stmt);
      _js_store_release (stmt);
      if (rc != SQLITE_DONE)
        return _js_store_set_error (error, _js_store_get_db (self), rc,
                                    "Could not update the search index");
    }

  return TRUE;
}

#define FIND_FROM "SELECT e.rowid FROM joblog_entry e WHERE "
#define FIND_TEXT "e.rowid IN (SELECT rowid FROM joblog_search WHERE joblog_search MATCH ?1) AND "
#define FIND_FILTER \
  "(?2 IS NULL OR instr (?2, ',' || e.kind || ',') > 0)" \
  " AND (?3 IS NULL OR instr (?3, ',' || e.status || ',') > 0)" \
  " AND (?4 IS NULL OR e.date >= ?4) AND (?5 IS NULL OR e.date <= ?5)"
#define ORDER_NEWEST " ORDER BY e.date DESC, e.rowid DESC;"
#define ORDER_OLDEST " ORDER BY e.date ASC, e.rowid ASC;"
#define ORDER_STATUS \
  " ORDER BY CASE e.status WHEN 'planned' THEN 0 WHEN 'applied' THEN 1" \
  " WHEN 'interview' THEN 2 WHEN 'offer' THEN 3 WHEN 'hired' THEN 4" \
  " WHEN 'rejected' THEN 5 ELSE 6 END, e.date DESC, e.rowid DESC;"

/* [with search text][sort] */
static const char * const find_sql[2][3] = {
  {
    FIND_FROM FIND_FILTER ORDER_NEWEST,
    FIND_FROM FIND_FILTER ORDER_OLDEST,
    FIND_FROM FIND_FILTER ORDER_STATUS,
  },
  {
    FIND_FROM FIND_TEXT FIND_FILTER ORDER_NEWEST,
    FIND_FROM FIND_TEXT FIND_FILTER ORDER_OLDEST,
    FIND_FROM FIND_TEXT FIND_FILTER ORDER_STATUS,
  },
};

void
js_joblog_query_init (JsJoblogQuery *query)
{
  memset (query, 0, sizeof *query);
  g_date_clear (&query->from, 1);
  g_date_clear (&query->to, 1);
  query->sort = JS_JOBLOG_SORT_NEWEST;
}

static gboolean
has_letter_or_digit (const char *word)
{
  for (const char *p = word; *p != '\0'; p = g_utf8_next_char (p))
    {
      if (g_unichar_isalnum (g_utf8_get_char (p)))
        return TRUE;
    }

  return FALSE;
}

/* Each word the citizen typed, quoted, as a prefix: «lager arb» finds
 * "Lagerarbejder" at "Arbejdsgiver A/S". NULL when nothing is searchable. */
static char *
fts_query_from_text (const char *text)
{
  g_auto(GStrv) words = NULL;
  g_autoptr(GString) query = g_string_new (NULL);

  if (text == NULL || !g_utf8_validate (text, -1, NULL))
    return NULL;

  words = g_strsplit_set (text, " \t\r\n", -1);
  for (guint i = 0; words[i] != NULL; i++)
    {
      if (!has_letter_or_digit (words[i]))
        continue;

      if (query->len > 0)
        g_string_append_c (query, ' ');
      g_string_append_c (query, '"');
      for (const char *p = words[i]; *p != '\0'; p++)
        {
          if (*p == '"')
            g_string_append_c (query, '"');
          g_string_append_c (query, *p);
        }
      g_string_append (query, "\"*");
    }

  return query->len > 0 ? g_string_free (g_steal_pointer (&query), FALSE) : NULL;
}

static char *
names_list (guint               bits,
            guint               n,
            const char *(*name) (guint))
{
  GString *list;

  if (bits == 0)
    return NULL;

  list = g_string_new (",");
  for (guint i = 0; i < n; i++)
    {
      if (bits & (1u << i))
        g_string_append_printf (list, "%s,", name (i));
    }

  return g_string_free (list, FALSE);
}

static const char *
kind_name (guint kind)
{
  return js_entry_kind_to_string (kind);
}

static const char *
status_name (guint status)
{
  return js_entry_status_to_string (status);
}


/* Steps @stmt, whose first column is a row ID, to the end. */
static GArray *
collect_rowids (JsStore       *store,
                sqlite3_stmt  *stmt,
                GError       **error)
{
  g_autoptr(GArray) rowids = g_array_new (FALSE, FALSE, sizeof (gint64));
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 rowid = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (rowids, rowid);
    }
  _js_store_release (stmt);

  if (rc != SQLITE_DONE)
    {
      _js_store_set_error (error, _js_store_get_db (store), rc, "Could not search the job log");
      return NULL;
    }

  return g_steal_pointer (&rowids);
}

/**
 * js_store_joblog_find:
 * @store: a #JsStore
 * @query: what to find and in which order
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (element-type gint64): the row IDs of the
 *   matching entries, in order, for js_store_joblog_load()
 */
GArray *
js_store_joblog_find (JsStore              *store,
                      const JsJoblogQuery  *query,
                      GError              **error)
{
  g_autofree char *match = fts_query_from_text (query->text);
  g_autofree char *kinds = names_list (query->kinds, JS_N_ENTRY_KINDS, kind_name);
  g_autofree char *statuses = names_list (query->statuses, JS_N_ENTRY_STATUSES, status_name);
  g_autofree char *from = js_date_to_iso (&query->from);
  g_autofree char *to = js_date_to_iso (&query->to);
  sqlite3_stmt *stmt;

  g_return_val_if_fail (JS_IS_STORE (store), NULL);
  g_return_val_if_fail (query->sort <= JS_JOBLOG_SORT_STATUS, NULL);

  if (!(stmt = _js_store_prepare (store, find_sql[match != NULL][query->sort], error)))
    return NULL;

  if (match != NULL)
    sqlite3_bind_text (stmt, 1, match, -1, SQLITE_TRANSIENT);
  _js_store_bind_text_or_null (stmt, 2, kinds);
  _js_store_bind_text_or_null (stmt, 3, statuses);
  _js_store_bind_text_or_null (stmt, 4, from);
  _js_store_bind_text_or_null (stmt, 5, to);

  return collect_rowids (store, stmt, error);
}

/**
 * js_store_joblog_match:
 * @store: a #JsStore
 * @text: words to find in title, employer and notes
 * @error: return location for a #GError
 *
 * Finds the entries matching @text, unordered: the list model orders them
 * by filtering its already ordered list, which keeps search-as-you-type
 * fast on long logs.
 *
 * Returns: (transfer full) (nullable) (element-type gint64): the row IDs,
 *   or %NULL when @text has nothing to search for (then @error is not set)
 *   or on failure
 */
GArray *
js_store_joblog_match (JsStore     *store,
                       const char  *text,
                       GError     **error)
{
  g_autofree char *match = fts_query_from_text (text);
  sqlite3_stmt *stmt;

  g_return_val_if_fail (JS_IS_STORE (store), NULL);

  if (match == NULL)
    return NULL;

  if (!(stmt = _js_store_prepare (store,
                                  "SELECT rowid FROM joblog_search WHERE joblog_search MATCH ?1;",
                                  error)))
    return NULL;

  sqlite3_bind_text (stmt, 1, match, -1, SQLITE_TRANSIENT);
  return collect_rowids (store, stmt, error);
}
