/* js-server-copy.c: one jobcenter database copied whole into another
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * How a municipality moves from one process on a SQLite file to several
 * on PostgreSQL: citizens, unspent codes, tokens, records and the results
 * of operations, with their change numbers and revisions as they are. So
 * no citizen signs in again, every cursor a client holds stays good and an
 * operation sent again is still applied once. Wrong sign-ins, which only
 * count for minutes, are not copied.
 */

#include "config.h"

#include "js-server-store-private.h"

/* What is copied: the rows of a list, each into the statement after it. */
static const struct {
  JsSql list;
  JsSql add;
  guint n_columns;
} tables[] = {
  { JS_SQL_ALL_CITIZENS, JS_SQL_CITIZEN_COPY, 4 },
  { JS_SQL_ALL_CODES, JS_SQL_CODE_COPY, 4 },
  { JS_SQL_ALL_TOKENS, JS_SQL_TOKEN_ADD, 3 },
  { JS_SQL_ALL_RECORDS, JS_SQL_RECORD_ADD, 7 },
  { JS_SQL_ALL_RESULTS, JS_SQL_RESULT_ADD, 7 },
};

typedef struct {
  JsServerStore *source;
  JsServerStore *target;
  JsSql          add;
  guint          n_columns;
  GError        *error;
} Copy;

/* A row of the source, into the target; stops at the first failure. */
static gboolean
copy_row_cb (const char * const *columns,
             gpointer            user_data)
{
  Copy *copy = user_data;
  JsSqlValue params[8];

  for (guint i = 0; i < copy->n_columns; i++)
    params[i] = JS_SQL_TEXT (columns[i]);
  return _js_server_run (copy->target, copy->add, params, copy->n_columns, NULL, NULL, NULL,
                         &copy->error);
}

static gboolean
copy_txn (JsServerStore  *target,
          gpointer        user_data,
          GError        **error)
{
  Copy *copy = user_data;
  gint64 citizens = -1;

  if (!_js_server_run (target, JS_SQL_CITIZEN_COUNT, NULL, 0, _js_server_int_cb, &citizens,
                       NULL, error))
    return FALSE;
  if (citizens != 0)
    {
      g_set_error_literal (error, JS_SERVER_ERROR, JS_SERVER_ERROR_INVALID,
                           "The database to copy into already has citizens");
      return FALSE;
    }

  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    {
      copy->add = tables[i].add;
      copy->n_columns = tables[i].n_columns;
      if (!_js_server_run (copy->source, tables[i].list, NULL, 0, copy_row_cb, copy, NULL,
                           error))
        return FALSE;
      if (copy->error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&copy->error));
          return FALSE;
        }
    }

  return TRUE;
}

/**
 * js_server_store_copy:
 * @self: the database to copy, which no server should be writing to
 * @target: an empty database (as a server makes it), of either kind
 * @error: return location for a #GError
 *
 * Copies all of @self into @target in one transaction: all or nothing.
 * The source is read in a transaction too, so it is copied as it was at
 * one moment.
 *
 * Returns: %TRUE when copied
 */
gboolean
js_server_store_copy (JsServerStore  *self,
                      JsServerStore  *target,
                      GError        **error)
{
  Copy copy = { self, target };
  gboolean done;

  g_return_val_if_fail (JS_IS_SERVER_STORE (self), FALSE);
  g_return_val_if_fail (JS_IS_SERVER_STORE (target), FALSE);

  if (!js_server_backend_begin (self->backend, error))
    return FALSE;
  done = _js_server_transaction (target, copy_txn, &copy, error);
  js_server_backend_rollback (self->backend);
  return done;
}
