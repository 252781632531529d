/* js-store-migrations.c: the schema, one step per version
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Never edit a step that has shipped: add a new one. Each step runs in its
 * own transaction together with the PRAGMA user_version that records it.
 */

#include "config.h"

#include "js-store-private.h"

static const char * const migrations[] = {
  /* 1: profile metadata and the change journal (outbox). */
  "CREATE TABLE meta ("
  "  key   TEXT PRIMARY KEY NOT NULL,"
  "  value TEXT NOT NULL"
  ") WITHOUT ROWID;"
  "CREATE TABLE journal ("
  "  seq       INTEGER PRIMARY KEY AUTOINCREMENT,"
  "  op_id     TEXT NOT NULL UNIQUE CHECK (length (op_id) = 36),"
  "  entity    TEXT NOT NULL CHECK (length (entity) BETWEEN 1 AND 64),"
  "  record_id TEXT NOT NULL CHECK (length (record_id) = 36),"
  "  revision  INTEGER NOT NULL CHECK (revision >= 0),"
  "  action    TEXT NOT NULL CHECK (action IN ('put', 'delete')),"
  "  payload   TEXT CHECK (payload IS NULL OR json_valid (payload)),"
  "  created   TEXT NOT NULL"
  ");"
  "CREATE INDEX journal_record ON journal (entity, record_id);",
};

int
js_store_get_latest_version (void)
{
  return G_N_ELEMENTS (migrations);
}

const char *
_js_store_migration (int version)
{
  g_return_val_if_fail (version >= 1 && version <= (int) G_N_ELEMENTS (migrations), NULL);

  return migrations[version - 1];
}
