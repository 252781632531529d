/* js-server-checkpoint.c: copying a SQLite log back, away from commits
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * In WAL mode every commit appends to the log, and SQLite's own way of
 * copying the log back into the database file (a checkpoint, with a disk
 * flush) is to do it in whichever commit finds the log long: that commit,
 * and every push waiting on it, then takes ten times as long, the worst
 * moment of the server's latency. Here a connection's commits only note
 * that its log has grown; a thread of its own, on a connection of its
 * own, does the copying. Its checkpoints are passive: they wait for no
 * reader or writer, and none waits for them. The last connection to close
 * the file copies what is left, as SQLite always does.
 */

#include "config.h"

#include "js-server-checkpoint.h"

/* SQLite's own default for when a log is long enough to copy. */
#define CHECKPOINT_PAGES 1000

struct _JsCheckpointer {
  sqlite3 *db;       /* the connection whose commits are watched */
  char    *path;
  GMutex   lock;
  GCond    wake;
  gboolean wanted;
  gboolean quit;
  GThread *thread;
};

static gpointer
checkpoint_thread (gpointer user_data)
{
  JsCheckpointer *self = user_data;
  sqlite3 *db = NULL;

  /* A connection knows the file is in WAL mode (and can copy its log)
   * only once it has read from it. */
  if (sqlite3_open_v2 (self->path, &db, SQLITE_OPEN_READWRITE, NULL) != SQLITE_OK ||
      sqlite3_exec (db, "SELECT count(*) FROM sqlite_schema;", NULL, NULL, NULL) != SQLITE_OK)
    {
      g_warning ("Could not open %s to copy its log back: %s", self->path, sqlite3_errmsg (db));
      g_clear_pointer (&db, sqlite3_close_v2);
    }

  g_mutex_lock (&self->lock);
  for (;;)
    {
      while (!self->wanted && !self->quit)
        g_cond_wait (&self->wake, &self->lock);
      if (self->quit)
        break;
      self->wanted = FALSE;
      g_mutex_unlock (&self->lock);

      /* Busy (another checkpoint under way) is no failure: the next
       * commit asks again. */
      if (db != NULL)
        sqlite3_wal_checkpoint_v2 (db, NULL, SQLITE_CHECKPOINT_PASSIVE, NULL, NULL);

      g_mutex_lock (&self->lock);
    }
  g_mutex_unlock (&self->lock);

  g_clear_pointer (&db, sqlite3_close_v2);
  return NULL;
}

/* After each commit, in the committing thread. */
static int
wal_hook (void       *user_data,
          sqlite3    *db,
          const char *name,
          int         pages)
{
  JsCheckpointer *self = user_data;

  if (pages < CHECKPOINT_PAGES)
    return SQLITE_OK;

  g_mutex_lock (&self->lock);
  if (self->thread == NULL)
    self->thread = g_thread_try_new ("js-checkpoint", checkpoint_thread, self, NULL);
  self->wanted = TRUE;
  g_cond_signal (&self->wake);
  g_mutex_unlock (&self->lock);

  /* No thread to be had (the system's limit): copied here, as SQLite
   * itself would. */
  if (self->thread == NULL)
    sqlite3_wal_checkpoint_v2 (db, name, SQLITE_CHECKPOINT_PASSIVE, NULL, NULL);
  return SQLITE_OK;
}

/**
 * js_checkpointer_attach:
 * @db: a connection to a database file in WAL mode
 *
 * Takes the copying of @db's log back into the file off its commits. Free
 * it before closing @db.
 *
 * Returns: (transfer full): the checkpointer
 */
JsCheckpointer *
js_checkpointer_attach (sqlite3 *db)
{
  JsCheckpointer *self = g_new0 (JsCheckpointer, 1);

  self->db = db;
  self->path = g_strdup (sqlite3_db_filename (db, "main"));
  g_mutex_init (&self->lock);
  g_cond_init (&self->wake);
  sqlite3_wal_autocheckpoint (db, 0);
  sqlite3_wal_hook (db, wal_hook, self);
  return self;
}

/* Waits for a copy under way; the log is left for the next connection,
 * or for @db's closing. */
void
js_checkpointer_free (JsCheckpointer *self)
{
  if (self == NULL)
    return;

  sqlite3_wal_hook (self->db, NULL, NULL);
  g_mutex_lock (&self->lock);
  self->quit = TRUE;
  g_cond_signal (&self->wake);
  g_mutex_unlock (&self->lock);
  if (self->thread != NULL)
    g_thread_join (self->thread);

  g_mutex_clear (&self->lock);
  g_cond_clear (&self->wake);
  g_free (self->path);
  g_free (self);
}
