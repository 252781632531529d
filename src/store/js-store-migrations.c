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

  /* 2: the job log, its full-text index and unsaved drafts. */
  "CREATE TABLE joblog_entry ("
  "  rowid    INTEGER PRIMARY KEY,"
  "  id       TEXT NOT NULL UNIQUE CHECK (length (id) = 36),"
  "  revision INTEGER NOT NULL CHECK (revision >= 1),"
  "  kind     TEXT NOT NULL CHECK (kind IN"
  "             ('advertised', 'unsolicited', 'network', 'event', 'other')),"
  "  status   TEXT NOT NULL CHECK (status IN"
  "             ('planned', 'applied', 'interview', 'offer', 'hired', 'rejected', 'withdrawn')),"
  "  date     TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),"
  "  deadline TEXT CHECK (deadline IS NULL OR"
  "             deadline GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),"
  "  title    TEXT NOT NULL,"
  "  employer TEXT NOT NULL,"
  "  location TEXT NOT NULL,"
  "  source   TEXT NOT NULL,"
  "  contact  TEXT NOT NULL,"
  "  link     TEXT NOT NULL,"
  "  notes    TEXT NOT NULL,"
  "  created  TEXT NOT NULL,"
  "  updated  TEXT NOT NULL"
  ");"
  "CREATE INDEX joblog_entry_date ON joblog_entry (date, rowid);"
  "CREATE VIRTUAL TABLE joblog_search USING fts5 ("
  "  title, employer, notes,"
  "  content = 'joblog_entry', content_rowid = 'rowid',"
  "  tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3'"
  ");"
  "CREATE TRIGGER joblog_entry_inserted AFTER INSERT ON joblog_entry BEGIN"
  "  INSERT INTO joblog_search (rowid, title, employer, notes)"
  "    VALUES (new.rowid, new.title, new.employer, new.notes);"
  "END;"
  "CREATE TRIGGER joblog_entry_deleted AFTER DELETE ON joblog_entry BEGIN"
  "  INSERT INTO joblog_search (joblog_search, rowid, title, employer, notes)"
  "    VALUES ('delete', old.rowid, old.title, old.employer, old.notes);"
  "END;"
  "CREATE TRIGGER joblog_entry_updated AFTER UPDATE ON joblog_entry BEGIN"
  "  INSERT INTO joblog_search (joblog_search, rowid, title, employer, notes)"
  "    VALUES ('delete', old.rowid, old.title, old.employer, old.notes);"
  "  INSERT INTO joblog_search (rowid, title, employer, notes)"
  "    VALUES (new.rowid, new.title, new.employer, new.notes);"
  "END;"
  "CREATE TABLE joblog_draft ("
  "  id      TEXT PRIMARY KEY NOT NULL CHECK (length (id) = 36),"
  "  entry   TEXT NOT NULL CHECK (json_valid (entry)),"
  "  updated TEXT NOT NULL"
  ") WITHOUT ROWID;",

  /* 3: sync with the jobcenter. Journal operations carry the server
   * revision they were made on; records remember theirs; deleted entries
   * leave a tombstone with it; conflicts and refusals are kept for the
   * citizen; the jobcenter's own records are kept as they come. */
  "ALTER TABLE journal RENAME COLUMN revision TO base_revision;"
  "ALTER TABLE joblog_entry ADD COLUMN server_revision INTEGER NOT NULL DEFAULT 0;"
  "CREATE TABLE joblog_tombstone ("
  "  id              TEXT PRIMARY KEY NOT NULL,"
  "  server_revision INTEGER NOT NULL"
  ") WITHOUT ROWID;"
  "CREATE TABLE sync_conflict ("
  "  seq       INTEGER PRIMARY KEY AUTOINCREMENT,"
  "  entity    TEXT NOT NULL,"
  "  record_id TEXT NOT NULL,"
  "  kind      TEXT NOT NULL CHECK (kind IN ('conflict', 'rejected')),"
  "  reason    TEXT,"
  "  mine      TEXT CHECK (mine IS NULL OR json_valid (mine)),"
  "  theirs    TEXT CHECK (theirs IS NULL OR json_valid (theirs)),"
  "  created   TEXT NOT NULL"
  ");"
  "CREATE TABLE server_record ("
  "  entity   TEXT NOT NULL,"
  "  id       TEXT NOT NULL,"
  "  revision INTEGER NOT NULL,"
  "  body     TEXT NOT NULL CHECK (json_valid (body)),"
  "  PRIMARY KEY (entity, id)"
  ") WITHOUT ROWID;",

  /* 4: progress on digital-skills exercises, one row per exercise, with
   * the record's UUID and the jobcenter's revision of it. Progress pulled
   * before this version was kept as plain jobcenter records: it moves
   * here, merged per exercise (most attempts, best result, earliest
   * completion). */
  "CREATE TABLE exercise_progress ("
  "  exercise     TEXT PRIMARY KEY NOT NULL CHECK (length (exercise) BETWEEN 1 AND 64),"
  "  id           TEXT NOT NULL UNIQUE CHECK (length (id) = 36),"
  "  revision     INTEGER NOT NULL DEFAULT 0 CHECK (revision >= 0),"
  "  attempts     INTEGER NOT NULL DEFAULT 0 CHECK (attempts BETWEEN 0 AND 100000),"
  "  best_score   INTEGER NOT NULL DEFAULT 0 CHECK (best_score BETWEEN 0 AND 100),"
  "  completed    TEXT CHECK (completed IS NULL OR julianday (completed) IS NOT NULL),"
  "  last_attempt TEXT CHECK (last_attempt IS NULL OR julianday (last_attempt) IS NOT NULL)"
  ") WITHOUT ROWID;"
  "INSERT INTO exercise_progress (exercise, id, revision, attempts, best_score, completed)"
  "  SELECT json_extract (body, '$.exercise'), id, revision,"
  "         json_extract (body, '$.attempts'), json_extract (body, '$.best_score'),"
  "         json_extract (body, '$.completed')"
  "  FROM server_record WHERE entity = 'exercise-progress' ORDER BY revision DESC, id"
  "  ON CONFLICT (exercise) DO UPDATE SET"
  "    attempts = max (attempts, excluded.attempts),"
  "    best_score = max (best_score, excluded.best_score),"
  "    completed = CASE WHEN completed IS NULL"
  "                       OR julianday (excluded.completed) < julianday (completed)"
  "                     THEN coalesce (excluded.completed, completed) ELSE completed END;"
  "DELETE FROM server_record WHERE entity = 'exercise-progress';",

  /* 5: one profile per citizen. Each journal operation carries the
   * profile owner it was recorded under (a one-way key of the citizen
   * number, '' for the anonymous profile), so that an operation is never
   * sent with another citizen's token. Operations made before this
   * version get their owner when the profile is given one. */
  "ALTER TABLE journal ADD COLUMN owner TEXT NOT NULL DEFAULT ''"
  "  CHECK (length (owner) <= 64);",

  /* 6: the plan. An entry may answer one of the plan's job suggestions;
   * every revision of a plan that reaches the PC is kept (what the plan
   * said before), with when it came; the revision the citizen last read
   * is remembered per plan. Plans already pulled are their first kept
   * revision. */
  "ALTER TABLE joblog_entry ADD COLUMN suggestion TEXT"
  "  CHECK (suggestion IS NULL OR length (suggestion) = 36);"
  "CREATE INDEX joblog_entry_suggestion ON joblog_entry (suggestion)"
  "  WHERE suggestion IS NOT NULL;"
  "CREATE TABLE plan_revision ("
  "  plan_id  TEXT NOT NULL CHECK (length (plan_id) = 36),"
  "  revision INTEGER NOT NULL CHECK (revision >= 0),"
  "  body     TEXT NOT NULL CHECK (json_valid (body)),"
  "  received TEXT NOT NULL CHECK (julianday (received) IS NOT NULL),"
  "  PRIMARY KEY (plan_id, revision)"
  ") WITHOUT ROWID;"
  "INSERT INTO plan_revision (plan_id, revision, body, received)"
  "  SELECT id, revision, body, strftime ('%Y-%m-%dT%H:%M:%SZ', 'now')"
  "  FROM server_record WHERE entity = 'plan';"
  "CREATE TABLE plan_seen ("
  "  plan_id  TEXT PRIMARY KEY NOT NULL CHECK (length (plan_id) = 36),"
  "  revision INTEGER NOT NULL CHECK (revision >= 0)"
  ") WITHOUT ROWID;",

  /* 7: meetings. The jobcenter's slots, meetings and calls to book, each
   * with the columns the lists need beside the record as sent; the
   * citizen's bookings and changes (move, cancel) with the slot as it
   * was when asked, the jobcenter's answer, or the push's refusal. Those
   * pulled before are moved here. */
  "CREATE TABLE meeting_slot ("
  "  id          TEXT PRIMARY KEY NOT NULL CHECK (length (id) = 36),"
  "  revision    INTEGER NOT NULL,"
  "  starts      TEXT NOT NULL CHECK (julianday (starts) IS NOT NULL),"
  "  ends        TEXT NOT NULL CHECK (julianday (ends) IS NOT NULL),"
  "  book_before TEXT NOT NULL CHECK (julianday (book_before) IS NOT NULL),"
  "  available   INTEGER NOT NULL CHECK (available IN (0, 1)),"
  "  body        TEXT NOT NULL CHECK (json_valid (body))"
  ") WITHOUT ROWID;"
  "CREATE INDEX meeting_slot_starts ON meeting_slot (starts);"
  "CREATE TABLE meeting ("
  "  id        TEXT PRIMARY KEY NOT NULL CHECK (length (id) = 36),"
  "  revision  INTEGER NOT NULL,"
  "  starts    TEXT NOT NULL CHECK (julianday (starts) IS NOT NULL),"
  "  ends      TEXT NOT NULL CHECK (julianday (ends) IS NOT NULL),"
  "  cancelled INTEGER NOT NULL CHECK (cancelled IN (0, 1)),"
  "  body      TEXT NOT NULL CHECK (json_valid (body))"
  ") WITHOUT ROWID;"
  "CREATE TABLE meeting_call ("
  "  id          TEXT PRIMARY KEY NOT NULL CHECK (length (id) = 36),"
  "  revision    INTEGER NOT NULL,"
  "  book_before TEXT NOT NULL CHECK (julianday (book_before) IS NOT NULL),"
  "  meeting     TEXT,"
  "  body        TEXT NOT NULL CHECK (json_valid (body))"
  ") WITHOUT ROWID;"
  "CREATE TABLE meeting_call_slot ("
  "  call_id TEXT NOT NULL REFERENCES meeting_call (id) ON DELETE CASCADE,"
  "  slot_id TEXT NOT NULL,"
  "  PRIMARY KEY (call_id, slot_id)"
  ") WITHOUT ROWID;"
  "CREATE INDEX meeting_call_slot_slot ON meeting_call_slot (slot_id);"
  "CREATE TABLE meeting_wish ("
  "  id        TEXT PRIMARY KEY NOT NULL CHECK (length (id) = 36),"
  "  revision  INTEGER NOT NULL DEFAULT 0,"
  "  action    TEXT NOT NULL CHECK (action IN ('book', 'move', 'cancel')),"
  "  meeting   TEXT,"
  "  slot      TEXT,"
  "  body      TEXT NOT NULL CHECK (json_valid (body)),"
  "  slot_body TEXT CHECK (slot_body IS NULL OR json_valid (slot_body)),"
  "  created   TEXT NOT NULL CHECK (julianday (created) IS NOT NULL),"
  "  answer    TEXT CHECK (answer IN ('confirmed', 'rejected')),"
  "  reason    TEXT,"
  "  answered_meeting TEXT,"
  "  refused   TEXT,"
  "  dismissed INTEGER NOT NULL DEFAULT 0 CHECK (dismissed IN (0, 1))"
  ") WITHOUT ROWID;"
  "CREATE INDEX meeting_wish_meeting ON meeting_wish (meeting);"
  "INSERT INTO meeting_slot (id, revision, starts, ends, book_before, available, body)"
  "  SELECT id, revision, json_extract (body, '$.starts'), json_extract (body, '$.ends'),"
  "         json_extract (body, '$.book_before'), json_extract (body, '$.available'), body"
  "  FROM server_record WHERE entity = 'meeting-slot';"
  "INSERT INTO meeting (id, revision, starts, ends, cancelled, body)"
  "  SELECT id, revision, json_extract (body, '$.starts'), json_extract (body, '$.ends'),"
  "         json_extract (body, '$.status') = 'cancelled', body"
  "  FROM server_record WHERE entity = 'meeting';"
  "INSERT INTO meeting_wish (id, revision, action, slot, body, slot_body, created, answer,"
  "                          reason, answered_meeting)"
  "  SELECT r.id, r.revision, 'book', json_extract (r.body, '$.slot'), r.body, s.body,"
  "         strftime ('%Y-%m-%dT%H:%M:%SZ', 'now'), json_extract (a.body, '$.status'),"
  "         json_extract (a.body, '$.reason'), json_extract (a.body, '$.meeting')"
  "  FROM server_record r"
  "  LEFT JOIN server_record s ON s.entity = 'meeting-slot'"
  "    AND s.id = json_extract (r.body, '$.slot')"
  "  LEFT JOIN server_record a ON a.entity = 'booking-result' AND a.id = r.id"
  "  WHERE r.entity = 'booking-request';"
  "DELETE FROM server_record WHERE entity IN"
  "  ('meeting-slot', 'meeting', 'booking-request', 'booking-result');",

  /* 8: the search index is rewritten only when an entry's words may have
   * changed. Before, noting the jobcenter's revision on an entry (every
   * entry, after every push) deleted and wrote its index rows again,
   * most of what a push of thousands of entries cost this PC. */
  "DROP TRIGGER joblog_entry_updated;"
  "CREATE TRIGGER joblog_entry_updated AFTER UPDATE OF title, employer, notes"
  "  ON joblog_entry BEGIN"
  "  INSERT INTO joblog_search (joblog_search, rowid, title, employer, notes)"
  "    VALUES ('delete', old.rowid, old.title, old.employer, old.notes);"
  "  INSERT INTO joblog_search (rowid, title, employer, notes)"
  "    VALUES (new.rowid, new.title, new.employer, new.notes);"
  "END;",

  /* 9: the search index is written once per transaction. FTS5 flushes
   * what it holds to disk at the end of every statement that writes to
   * it, so a trigger writing to it made one small index segment per
   * entry (and merges of them): most of what taking a page of 1,000
   * entries from the jobcenter cost. The triggers now note the words in
   * a queue, and the store writes the whole queue to the index in one
   * statement before each commit (_js_store_joblog_index_queued()). */
  "CREATE TABLE joblog_search_queue ("
  "  seq      INTEGER PRIMARY KEY,"
  "  command  TEXT CHECK (command IS NULL OR command = 'delete'),"
  "  entry    INTEGER NOT NULL,"
  "  title    TEXT NOT NULL,"
  "  employer TEXT NOT NULL,"
  "  notes    TEXT NOT NULL"
  ");"
  "DROP TRIGGER joblog_entry_inserted;"
  "DROP TRIGGER joblog_entry_deleted;"
  "DROP TRIGGER joblog_entry_updated;"
  "CREATE TRIGGER joblog_entry_inserted AFTER INSERT ON joblog_entry BEGIN"
  "  INSERT INTO joblog_search_queue (command, entry, title, employer, notes)"
  "    VALUES (NULL, new.rowid, new.title, new.employer, new.notes);"
  "END;"
  "CREATE TRIGGER joblog_entry_deleted AFTER DELETE ON joblog_entry BEGIN"
  "  INSERT INTO joblog_search_queue (command, entry, title, employer, notes)"
  "    VALUES ('delete', old.rowid, old.title, old.employer, old.notes);"
  "END;"
  "CREATE TRIGGER joblog_entry_updated AFTER UPDATE OF title, employer, notes"
  "  ON joblog_entry BEGIN"
  "  INSERT INTO joblog_search_queue (command, entry, title, employer, notes)"
  "    VALUES ('delete', old.rowid, old.title, old.employer, old.notes);"
  "  INSERT INTO joblog_search_queue (command, entry, title, employer, notes)"
  "    VALUES (NULL, new.rowid, new.title, new.employer, new.notes);"
  "END;",
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
