/* test-server-store.c: the reference jobcenter's records, sign-in and sync
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "js-server-store.h"
#include "js-test-db.h"
#include "js-test-records.h"
#include "js-test-util.h"

#define OKSANA "0101901234"
#define AHMAD "0202852345"

typedef struct {
  char          *dir;
  char          *db;
  JsServerStore *store;
  char          *code;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *other = NULL;

  f->dir = js_test_make_dir ("jobspor-server");
  f->db = js_test_db_new (f->dir);
  f->store = js_server_store_open (f->db, &error);
  g_assert_no_error (error);
  f->code = js_server_store_add_citizen (f->store, OKSANA, "Оксана Коваленко", &error);
  g_assert_no_error (error);
  other = js_server_store_add_citizen (f->store, AHMAD, "أحمد الخطيب", &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->store);
  js_test_db_drop (f->db);
  js_test_remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->db);
  g_free (f->code);
}

static GPtrArray *
one_op (const char *op_id,
        const char *entity,
        const char *id,
        gint64      base,
        JsonNode   *record)
{
  GPtrArray *ops = g_ptr_array_new_with_free_func ((GDestroyNotify) js_push_op_free);

  g_ptr_array_add (ops, js_push_op_new (op_id, entity, id, base, record));
  return ops;
}

static JsPushResult *
push_one (Fixture    *f,
          const char *citizen,
          const char *op_id,
          const char *entity,
          const char *id,
          gint64      base,
          JsonNode   *record)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) ops = one_op (op_id, entity, id, base, record);
  g_autoptr(GPtrArray) results = js_server_store_push (f->store, citizen, ops, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (results->len, ==, 1);
  return g_ptr_array_steal_index (results, 0);
}

static void
test_sign_in (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *typed = g_ascii_strdown (f->code, -1);
  g_autoptr(JsSession) session = js_server_store_sign_in (f->store, OKSANA, typed, "home-pc", &error);
  g_autoptr(JsSession) again = NULL;
  g_autofree char *who = NULL;
  g_autofree char *gone = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (strlen (session->token), ==, 43);
  g_assert_cmpstr (session->name, ==, "Оксана Коваленко");
  who = js_server_store_authenticate (f->store, session->token, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (who, ==, OKSANA);

  /* A code works once. */
  again = js_server_store_sign_in (f->store, OKSANA, f->code, "home-pc", &error);
  g_assert_error (error, JS_SERVER_ERROR, JS_SERVER_ERROR_INVALID_CODE);
  g_assert_null (again);
  g_clear_error (&error);

  g_assert_true (js_server_store_sign_out (f->store, session->token, &error));
  g_assert_no_error (error);
  gone = js_server_store_authenticate (f->store, session->token, &error);
  g_assert_no_error (error);
  g_assert_null (gone);
  g_assert_null (js_server_store_authenticate (f->store, "not-a-token", &error));
  g_assert_no_error (error);
}

static void
test_sign_in_locks (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsSession) session = NULL;
  g_autoptr(JsSession) locked = NULL;

  /* Someone guesses at Oksana's number from one place. */
  for (guint i = 0; i < 5; i++)
    {
      g_autoptr(JsSession) wrong = js_server_store_sign_in (f->store, OKSANA, "AAAA-BBBB",
                                                            "stranger", &error);

      g_assert_error (error, JS_SERVER_ERROR, JS_SERVER_ERROR_INVALID_CODE);
      g_clear_error (&error);
    }

  /* That place now waits, even with the right code… */
  locked = js_server_store_sign_in (f->store, OKSANA, f->code, "stranger", &error);
  g_assert_error (error, JS_SERVER_ERROR, JS_SERVER_ERROR_LOCKED);
  g_assert_null (locked);
  g_clear_error (&error);

  /* …but Oksana, with her code, is never kept out by it. */
  session = js_server_store_sign_in (f->store, OKSANA, f->code, "oksanas-pc", &error);
  g_assert_no_error (error);
  g_assert_nonnull (session);
}

/* One place guessing at many numbers waits after 20 wrong codes, and the
 * table of wrong codes does not grow without bound. */
static void
test_sign_in_throttled_per_source (Fixture       *f,
                                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsSession) session = NULL;

  for (guint i = 0; i < 3000; i++)
    {
      g_autofree char *number = g_strdup_printf ("%010u", 1000000000u + i * 7919u);
      g_autoptr(JsSession) wrong = js_server_store_sign_in (f->store, number, "AAAA-BBBB",
                                                            "guesser", &error);

      int expected = i < 20 ? JS_SERVER_ERROR_INVALID_CODE : JS_SERVER_ERROR_LOCKED;

      g_assert_null (wrong);
      g_assert_error (error, JS_SERVER_ERROR, expected);
      g_clear_error (&error);
    }
  g_assert_cmpint (js_server_store_count_failures (f->store), <=, 20);

  session = js_server_store_sign_in (f->store, OKSANA, f->code, "oksanas-pc", &error);
  g_assert_no_error (error);
  g_assert_nonnull (session);
}

static void
test_push_once (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *id = g_uuid_string_random ();
  g_autofree char *op = g_uuid_string_random ();
  g_autoptr(JsonNode) record = js_test_joblog_entry (id, "Lagerarbejder");
  g_autoptr(JsPushResult) first = push_one (f, OKSANA, op, "joblog-entry", id, 0, record);
  g_autoptr(JsPushResult) repeat = push_one (f, OKSANA, op, "joblog-entry", id, 0, record);
  g_autoptr(GError) error = NULL;
  g_autoptr(JsChangesPage) page = NULL;
  g_autoptr(JsonNode) stored = NULL;
  JsChange *change;

  g_assert_cmpint (first->status, ==, JS_PUSH_APPLIED);
  g_assert_cmpint (first->revision, ==, 1);
  /* The same operation again: the same answer, nothing applied twice. */
  g_assert_cmpint (repeat->status, ==, JS_PUSH_APPLIED);
  g_assert_cmpint (repeat->revision, ==, 1);

  page = js_server_store_changes (f->store, OKSANA, NULL, 100, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (page->changes->len, ==, 1);
  change = g_ptr_array_index (page->changes, 0);
  g_assert_cmpint (change->revision, ==, 1);
  stored = json_from_string (change->record_json, &error);
  g_assert_no_error (error);
  g_assert_cmpint (json_object_get_int_member (json_node_get_object (stored), "revision"), ==, 1);
}

static void
test_conflict_and_rejections (Fixture       *f,
                              gconstpointer  data)
{
  g_autofree char *id = g_uuid_string_random ();
  g_autofree char *op1 = g_uuid_string_random ();
  g_autofree char *op2 = g_uuid_string_random ();
  g_autofree char *op3 = g_uuid_string_random ();
  g_autofree char *op4 = g_uuid_string_random ();
  g_autofree char *op5 = g_uuid_string_random ();
  g_autoptr(JsonNode) pc1 = js_test_joblog_entry (id, "Edited on the library PC");
  g_autoptr(JsonNode) pc2 = js_test_joblog_entry (id, "Edited at home");
  g_autoptr(JsonNode) broken = js_test_joblog_entry (id, "x");
  g_autoptr(JsPushResult) created = push_one (f, OKSANA, op1, "joblog-entry", id, 0, pc1);
  g_autoptr(JsPushResult) conflict = NULL;
  g_autoptr(JsPushResult) not_owner = NULL;
  g_autoptr(JsPushResult) read_only = NULL;
  g_autoptr(JsPushResult) invalid = NULL;

  g_assert_cmpint (created->status, ==, JS_PUSH_APPLIED);

  /* Another PC edited revision 0 too: a conflict, with the server's version. */
  conflict = push_one (f, OKSANA, op2, "joblog-entry", id, 0, pc2);
  g_assert_cmpint (conflict->status, ==, JS_PUSH_CONFLICT);
  g_assert_cmpint (conflict->revision, ==, 1);
  g_assert_cmpstr (json_object_get_string_member (json_node_get_object (conflict->record),
                                                  "title"), ==, "Edited on the library PC");

  /* Ahmad cannot touch Oksana's record, even knowing its ID. */
  not_owner = push_one (f, AHMAD, op3, "joblog-entry", id, 1, NULL);
  g_assert_cmpint (not_owner->status, ==, JS_PUSH_REJECTED);
  g_assert_cmpstr (not_owner->reason, ==, "not-owner");

  read_only = push_one (f, OKSANA, op4, "meeting-slot", id, 0, NULL);
  g_assert_cmpstr (read_only->reason, ==, "read-only");

  json_object_set_string_member (json_node_get_object (broken), "kind", "bribe");
  invalid = push_one (f, OKSANA, op5, "joblog-entry", id, 1, broken);
  g_assert_cmpstr (invalid->reason, ==, "invalid-record");
}

static void
test_changes_paged (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *cursor = NULL;
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(JsChangesPage) ahmads = NULL;
  g_autoptr(JsChangesPage) bad = NULL;
  guint pages = 0;

  for (guint i = 0; i < 5; i++)
    {
      g_autofree char *id = g_uuid_string_random ();
      g_autofree char *op = g_uuid_string_random ();
      g_autoptr(JsonNode) record = js_test_joblog_entry (id, "Stilling");
      g_autoptr(JsPushResult) result = push_one (f, OKSANA, op, "joblog-entry", id, 0, record);
    }

  for (gboolean more = TRUE; more; pages++)
    {
      g_autoptr(JsChangesPage) page = js_server_store_changes (f->store, OKSANA, cursor, 2,
                                                               &error);

      g_assert_no_error (error);
      for (guint i = 0; i < page->changes->len; i++)
        g_assert_true (g_hash_table_add (
          seen, g_strdup (((JsChange *) page->changes->pdata[i])->record_id)));
      g_free (cursor);
      cursor = g_strdup (page->cursor);
      more = page->more;
    }
  g_assert_cmpuint (pages, ==, 3);
  g_assert_cmpuint (g_hash_table_size (seen), ==, 5);

  /* Each citizen sees only their own records. */
  ahmads = js_server_store_changes (f->store, AHMAD, NULL, 100, &error);
  g_assert_cmpuint (ahmads->changes->len, ==, 0);

  bad = js_server_store_changes (f->store, OKSANA, "12; DROP TABLE record", 10, &error);
  g_assert_error (error, JS_SERVER_ERROR, JS_SERVER_ERROR_BAD_CURSOR);
  g_assert_null (bad);
}

/* One citizen's part of an import of new records of @entity. */
static JsServerImport *
import_of (const char *number,
           const char *name,
           GPtrArray  *records)
{
  JsServerImport *import = g_new0 (JsServerImport, 1);

  import->number = number;
  import->name = name;
  import->entity = "joblog-entry";
  import->records = records;
  return import;
}

/* An import adds citizens and their records in order, at revision 1,
 * all or none: a record already there, or one not valid, adds nothing. */
static void
test_import (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func ((GDestroyNotify) json_node_unref);
  g_autoptr(GPtrArray) again = g_ptr_array_new_with_free_func ((GDestroyNotify) json_node_unref);
  g_autoptr(GPtrArray) none = g_ptr_array_new ();
  g_autoptr(GPtrArray) imports = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(JsChangesPage) page = NULL;
  g_autoptr(JsChangesPage) after = NULL;
  g_autoptr(JsChangesPage) ahmads = NULL;
  g_autofree char *pushed_id = g_uuid_string_random ();
  g_autofree char *new_id = g_uuid_string_random ();
  g_autofree char *op = g_uuid_string_random ();
  g_autofree char *code = NULL;
  g_autoptr(JsonNode) pushed = js_test_joblog_entry (pushed_id, "Først");
  g_autoptr(JsPushResult) result = push_one (f, OKSANA, op, "joblog-entry", pushed_id, 0, pushed);

  for (guint i = 0; i < 3; i++)
    {
      g_autofree char *id = g_uuid_string_random ();
      g_autofree char *title = g_strdup_printf ("Importeret %u", i);

      g_ptr_array_add (records, js_test_joblog_entry (id, title));
    }
  g_ptr_array_add (imports, import_of (OKSANA, NULL, records));
  g_ptr_array_add (imports, import_of ("0303903456", "Mette Hansen", none));
  g_assert_true (js_server_store_import (f->store, imports, &error));
  g_assert_no_error (error);

  page = js_server_store_changes (f->store, OKSANA, NULL, 100, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (page->changes->len, ==, 4);
  for (guint i = 0; i < 3; i++)
    {
      JsChange *change = page->changes->pdata[i + 1];
      g_autoptr(JsonNode) stored = json_from_string (change->record_json, NULL);
      JsonObject *object = json_node_get_object (stored);
      g_autofree char *title = g_strdup_printf ("Importeret %u", i);

      g_assert_cmpstr (change->record_id, ==,
                       json_object_get_string_member (
                         json_node_get_object (records->pdata[i]), "id"));
      g_assert_cmpint (change->revision, ==, 1);
      g_assert_cmpint (json_object_get_int_member (object, "revision"), ==, 1);
      g_assert_cmpstr (json_object_get_string_member (object, "title"), ==, title);
    }
  /* The citizen added is there, to be given a code. */
  code = js_server_store_new_code (f->store, "0303903456", &error);
  g_assert_no_error (error);
  g_assert_nonnull (code);

  /* One record there already (the pushed one): nothing of it is added,
   * not even the citizen before it. */
  g_ptr_array_set_size (imports, 0);
  g_ptr_array_add (again, js_test_joblog_entry (new_id, "Ny"));
  g_ptr_array_add (again, json_node_ref (pushed));
  g_ptr_array_add (imports, import_of ("0404904567", "Jens Jensen", none));
  g_ptr_array_add (imports, import_of (AHMAD, NULL, again));
  g_assert_false (js_server_store_import (f->store, imports, &error));
  g_assert_error (error, JS_SERVER_ERROR, JS_SERVER_ERROR_INVALID);
  g_clear_error (&error);
  ahmads = js_server_store_changes (f->store, AHMAD, NULL, 100, &error);
  g_assert_cmpuint (ahmads->changes->len, ==, 0);
  g_assert_null (js_server_store_new_code (f->store, "0404904567", &error));
  g_assert_error (error, JS_SERVER_ERROR, JS_SERVER_ERROR_UNKNOWN_CITIZEN);
  g_clear_error (&error);

  /* A record not valid for its kind is refused before anything is written. */
  json_object_set_string_member (json_node_get_object (again->pdata[0]), "status", "maybe");
  g_ptr_array_remove_index (again, 1);
  g_ptr_array_set_size (imports, 0);
  g_ptr_array_add (imports, import_of (OKSANA, NULL, again));
  g_assert_false (js_server_store_import (f->store, imports, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  after = js_server_store_changes (f->store, OKSANA, page->cursor, 100, &error);
  g_assert_cmpuint (after->changes->len, ==, 0);
}

static JsonNode *
slot (const char *id,
      const char *book_before)
{
  g_autofree char *json = g_strdup_printf (
    "{\"id\":\"%s\",\"starts\":\"2026-12-01T09:00:00Z\",\"ends\":\"2026-12-01T09:30:00Z\","
    "\"kind\":\"in-person\",\"place\":\"Jobcenter København, Kalvebod Brygge 45\","
    "\"caseworker\":\"Mette Hansen\",\"book_before\":\"%s\",\"available\":true}",
    id, book_before);

  return json_from_string (json, NULL);
}

static JsonNode *
booking (const char *id,
         const char *slot_id)
{
  g_autofree char *json = g_strdup_printf ("{\"id\":\"%s\",\"slot\":\"%s\",\"note\":\"\"}", id,
                                           slot_id);

  return json_from_string (json, NULL);
}

static const char *
booking_status (Fixture    *f,
                const char *request_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) results = js_server_store_list_records (f->store, OKSANA,
                                                               "booking-result", &error);
  static char status[32];

  for (guint i = 0; i < results->len; i++)
    {
      JsonObject *object = json_node_get_object (results->pdata[i]);

      if (g_str_equal (json_object_get_string_member (object, "id"), request_id))
        {
          g_snprintf (status, sizeof status, "%s/%s",
                      json_object_get_string_member (object, "status"),
                      json_object_get_null_member (object, "reason")
                        ? "-"
                        : json_object_get_string_member (object, "reason"));
          return status;
        }
    }

  return "none";
}

static void
test_booking (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *open_slot = g_uuid_string_random ();
  g_autofree char *late_slot = g_uuid_string_random ();
  g_autofree char *first = g_uuid_string_random ();
  g_autofree char *second = g_uuid_string_random ();
  g_autofree char *late = g_uuid_string_random ();
  g_autofree char *op1 = g_uuid_string_random ();
  g_autofree char *op2 = g_uuid_string_random ();
  g_autofree char *op3 = g_uuid_string_random ();
  g_autoptr(JsonNode) slot1 = slot (open_slot, "2099-11-30T12:00:00Z");
  g_autoptr(JsonNode) slot2 = slot (late_slot, "2020-01-01T12:00:00Z");
  g_autoptr(JsonNode) book1 = booking (first, open_slot);
  g_autoptr(JsonNode) book2 = booking (second, open_slot);
  g_autoptr(JsonNode) book3 = booking (late, late_slot);
  g_autoptr(JsPushResult) r1 = NULL;
  g_autoptr(JsPushResult) r2 = NULL;
  g_autoptr(JsPushResult) r3 = NULL;
  g_autoptr(GPtrArray) meetings = NULL;

  g_assert_true (js_server_store_put_record (f->store, OKSANA, "meeting-slot", slot1, &error));
  g_assert_true (js_server_store_put_record (f->store, OKSANA, "meeting-slot", slot2, &error));
  g_assert_no_error (error);

  r1 = push_one (f, OKSANA, op1, "booking-request", first, 0, book1);
  r2 = push_one (f, OKSANA, op2, "booking-request", second, 0, book2);
  r3 = push_one (f, OKSANA, op3, "booking-request", late, 0, book3);
  g_assert_cmpint (r1->status, ==, JS_PUSH_APPLIED);

  g_assert_cmpstr (booking_status (f, first), ==, "confirmed/-");
  g_assert_cmpstr (booking_status (f, second), ==, "rejected/slot-taken");
  g_assert_cmpstr (booking_status (f, late), ==, "rejected/deadline-passed");

  meetings = js_server_store_list_records (f->store, OKSANA, "meeting", &error);
  g_assert_cmpuint (meetings->len, ==, 1);

  /* The jobcenter's records are the jobcenter's: a citizen cannot write them,
   * and the jobcenter cannot write into another citizen's record. */
  g_assert_false (js_server_store_put_record (f->store, AHMAD, "meeting-slot", slot1, &error));
  g_assert_error (error, JS_SERVER_ERROR, JS_SERVER_ERROR_INVALID);
}

static JsChangesPage *
changes_since (JsServerStore *store,
               const char    *citizen,
               const char    *since)
{
  g_autoptr(GError) error = NULL;
  JsChangesPage *page = js_server_store_changes (store, citizen, since, 100, &error);

  g_assert_no_error (error);
  return page;
}

static const char *
first_id (JsChangesPage *page)
{
  g_assert_cmpuint (page->changes->len, >, 0);
  return ((JsChange *) g_ptr_array_index (page->changes, 0))->record_id;
}

/* A database from before schema versions, with one change sequence for
 * all citizens, opens with nothing lost; the cursor a client holds gives
 * exactly the changes after it, and a new change comes after it too. */
static void
test_migrate_unversioned (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = js_test_make_dir ("jobspor-server");
  g_autofree char *path = g_build_filename (dir, "jobcenter.db", NULL);
  g_autofree char *dump_path = g_test_build_filename (G_TEST_DIST, "data",
                                                      "server-db-unversioned.sql", NULL);
  g_autofree char *dump = NULL;
  g_autofree char *none = NULL;
  g_autofree char *version = NULL;
  g_autofree char *table = NULL;
  g_autofree char *index = NULL;
  g_autofree char *who = NULL;
  g_autofree char *id = g_uuid_string_random ();
  g_autofree char *op = g_uuid_string_random ();
  g_autoptr(JsonNode) record = js_test_joblog_entry (id, "Lagerarbejder, nat");
  g_autoptr(JsServerStore) store = NULL;
  g_autoptr(JsChangesPage) held = NULL;
  g_autoptr(JsChangesPage) after = NULL;
  g_autoptr(JsChangesPage) ahmads = NULL;
  g_autoptr(GPtrArray) ops = NULL;
  g_autoptr(GPtrArray) results = NULL;
  JsPushResult *result;

  g_assert_true (g_file_get_contents (dump_path, &dump, NULL, &error));
  none = js_test_db_sql (path, dump);
  store = js_server_store_open (path, &error);
  g_assert_no_error (error);
  version = js_test_db_sql (path, "PRAGMA user_version;");
  g_assert_cmpstr (version, ==, "3");
  /* Records lie in the order a pull reads them; ids stay unique. */
  table = js_test_db_sql (path, "SELECT sql FROM sqlite_schema WHERE name = 'record';");
  g_assert_nonnull (strstr (table, "PRIMARY KEY (citizen, seq)"));
  index = js_test_db_sql (path, "SELECT sql FROM sqlite_schema WHERE name = 'record_id';");
  g_assert_nonnull (strstr (index, "UNIQUE INDEX record_id ON record (entity, id)"));

  who = js_server_store_authenticate (store, "token-issued-before-the-upgrade", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (who, ==, OKSANA);

  /* Oksana's client had pulled up to 3 (Ahmad's change was 2). */
  held = changes_since (store, OKSANA, "3");
  g_assert_cmpuint (held->changes->len, ==, 1);
  g_assert_cmpstr (first_id (held), ==, "44444444-4444-4444-8444-444444444444");
  g_assert_cmpstr (held->cursor, ==, "4");

  /* An operation applied before the upgrade is not applied again; a new
   * one comes after her cursor. */
  ops = one_op ("aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa", "joblog-entry", id, 0, record);
  g_ptr_array_add (ops, js_push_op_new (op, "joblog-entry", id, 0, record));
  results = js_server_store_push (store, OKSANA, ops, &error);
  g_assert_no_error (error);
  result = g_ptr_array_index (results, 0);
  g_assert_cmpint (result->status, ==, JS_PUSH_APPLIED);
  g_assert_cmpint (result->revision, ==, 1);
  result = g_ptr_array_index (results, 1);
  g_assert_cmpint (result->status, ==, JS_PUSH_APPLIED);
  after = changes_since (store, OKSANA, held->cursor);
  g_assert_cmpuint (after->changes->len, ==, 1);
  g_assert_cmpstr (first_id (after), ==, id);

  ahmads = changes_since (store, AHMAD, NULL);
  g_assert_cmpuint (ahmads->changes->len, ==, 2);
  g_assert_cmpstr (ahmads->cursor, ==, "5");

  /* Opened again, nothing is migrated twice. */
  g_clear_object (&store);
  store = js_server_store_open (path, &error);
  g_assert_no_error (error);
  g_clear_pointer (&after, js_changes_page_free);
  after = changes_since (store, OKSANA, held->cursor);
  g_assert_cmpuint (after->changes->len, ==, 1);

  js_test_remove_tree (dir);
}

/* Every change of @citizen from zero, one "entity id revision record" a
 * line. */
static char *
everything (JsServerStore *store,
            const char    *citizen)
{
  g_autoptr(JsChangesPage) page = changes_since (store, citizen, NULL);
  g_autoptr(GString) text = g_string_new (NULL);

  g_assert_false (page->more);
  for (guint i = 0; i < page->changes->len; i++)
    {
      JsChange *change = g_ptr_array_index (page->changes, i);
      g_string_append_printf (text, "%s %s %" G_GINT64_FORMAT " %s\n", change->entity,
                              change->record_id, change->revision,
                              change->deleted ? "deleted" : change->record_json);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* A municipality moves from its SQLite file to PostgreSQL (or to another
 * file): everything comes across as it was, so no one signs in again,
 * cursors stay good and an operation sent again is still applied once. */
static void
test_copy (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = js_test_make_dir ("jobspor-server");
  g_autofree char *other_dir = js_test_make_dir ("jobspor-server");
  g_autofree char *path = g_build_filename (dir, "source.db", NULL);
  g_autofree char *spec = js_test_db_new (other_dir);
  g_autoptr(JsServerStore) source = js_server_store_open (path, &error);
  g_autoptr(JsServerStore) target = NULL;
  g_autofree char *first = js_server_store_add_citizen (source, OKSANA, "Oksana", &error);
  g_autofree char *unspent = js_server_store_add_citizen (source, AHMAD, "Ahmad", &error);
  g_autoptr(JsSession) session = js_server_store_sign_in (source, OKSANA, first, "pc", &error);
  g_autoptr(JsSession) on_target = NULL;
  g_autoptr(JsChangesPage) held = NULL;
  g_autoptr(JsChangesPage) after = NULL;
  g_autofree char *id = g_uuid_string_random ();
  g_autofree char *op = g_uuid_string_random ();
  g_autofree char *later = g_uuid_string_random ();
  g_autoptr(JsonNode) record = js_test_joblog_entry (id, "Lagerarbejder");
  g_autoptr(JsonNode) slot_record = NULL;
  g_autoptr(JsPushResult) pushed = NULL;
  g_autoptr(JsPushResult) again = NULL;
  g_autoptr(JsPushResult) next = NULL;
  g_autofree char *slot_id = g_uuid_string_random ();
  g_autofree char *who = NULL;
  Fixture source_fixture = { NULL, NULL, NULL, NULL };
  Fixture target_fixture = { NULL, NULL, NULL, NULL };

  g_assert_no_error (error);
  source_fixture.store = source;
  slot_record = slot (slot_id, "2099-11-30T12:00:00Z");
  g_assert_true (js_server_store_put_record (source, AHMAD, "meeting-slot", slot_record, &error));
  pushed = push_one (&source_fixture, OKSANA, op, "joblog-entry", id, 0, record);
  held = changes_since (source, OKSANA, NULL);

  target = js_server_store_open (spec, &error);
  g_assert_no_error (error);
  g_assert_true (js_server_store_copy (source, target, &error));
  g_assert_no_error (error);
  target_fixture.store = target;

  for (guint i = 0; i < 2; i++)
    {
      const char *citizen = i == 0 ? OKSANA : AHMAD;
      g_autofree char *before = everything (source, citizen);
      g_autofree char *copied = everything (target, citizen);

      g_assert_cmpstr (copied, ==, before);
    }
  who = js_server_store_authenticate (target, session->token, &error);
  g_assert_cmpstr (who, ==, OKSANA);
  on_target = js_server_store_sign_in (target, AHMAD, unspent, "pc", &error);
  g_assert_no_error (error);

  /* The same operation: its stored answer; a new one after the cursor. */
  again = push_one (&target_fixture, OKSANA, op, "joblog-entry", id, 0, record);
  g_assert_cmpint (again->status, ==, JS_PUSH_APPLIED);
  g_assert_cmpint (again->revision, ==, pushed->revision);
  next = push_one (&target_fixture, OKSANA, later, "joblog-entry", id, 1, record);
  g_assert_cmpint (next->status, ==, JS_PUSH_APPLIED);
  after = changes_since (target, OKSANA, held->cursor);
  g_assert_cmpuint (after->changes->len, ==, 1);
  g_assert_cmpint (((JsChange *) g_ptr_array_index (after->changes, 0))->revision, ==, 2);

  /* Never into a database that has citizens. */
  g_assert_false (js_server_store_copy (source, target, &error));
  g_assert_error (error, JS_SERVER_ERROR, JS_SERVER_ERROR_INVALID);

  g_clear_object (&target);
  js_test_db_drop (spec);
  js_test_remove_tree (dir);
  js_test_remove_tree (other_dir);
}

/* SQLite: the log is copied back into the file by the store's own thread
 * (js-server-checkpoint.c), never by a commit. However it goes wrong (the
 * thread never running, or running on a connection that does not see the
 * log), the file would stay as it was and the log grow without end. */
static void
test_log_copied_back (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *notes = g_strnfill (2000, 'n');
  g_autofree char *wal = g_strconcat (f->db, "-wal", NULL);
  GStatBuf before;
  GStatBuf after = { 0 };

  g_assert_cmpint (g_stat (f->db, &before), ==, 0);

  /* 6,000 entries of 2 kB: about 3,000 pages of log. */
  for (guint i = 0; i < 30; i++)
    {
      g_autoptr(GPtrArray) ops = g_ptr_array_new_with_free_func ((GDestroyNotify) js_push_op_free);
      g_autoptr(GPtrArray) results = NULL;
      g_autoptr(GError) error = NULL;

      for (guint j = 0; j < 200; j++)
        {
          g_autofree char *id = g_uuid_string_random ();
          g_autofree char *op = g_uuid_string_random ();
          g_autoptr(JsonNode) record = js_test_joblog_entry (id, "Lagerarbejder");

          json_object_set_string_member (json_node_get_object (record), "notes", notes);
          g_ptr_array_add (ops, js_push_op_new (op, "joblog-entry", id, 0, record));
        }
      results = js_server_store_push (f->store, OKSANA, ops, &error);
      g_assert_no_error (error);
    }

  for (guint i = 0; i < 200 && after.st_size < 8 * 1024 * 1024; i++)
    {
      g_usleep (50000);
      g_assert_cmpint (g_stat (f->db, &after), ==, 0);
    }
  g_assert_cmpint (after.st_size, >=, 8 * 1024 * 1024);
  g_assert_cmpint (before.st_size, <, 1024 * 1024);
  g_assert_true (g_file_test (wal, G_FILE_TEST_EXISTS));
}

/* A database a newer server has migrated is left alone. */
static void
test_newer_schema_refused (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsServerStore) store = NULL;
  g_autofree char *none = NULL;

  g_clear_object (&f->store);
  none = js_test_db_sql (f->db, js_test_db_postgres () ? "UPDATE jobspor_schema SET version = 99;"
                                                       : "PRAGMA user_version = 99;");
  store = js_server_store_open (f->db, &error);
  g_assert_error (error, JS_SERVER_ERROR, JS_SERVER_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, "newer jobspor-server"));
  g_assert_null (store);
}

/* What --db cannot be, and a database that cannot be reached. */
static void
test_open_errors (void)
{
  static const struct {
    const char *spec;
    int         code;
  } cases[] = {
    { "mysql://localhost/jobcenter", JS_SERVER_ERROR_INVALID },
    { "sqlite:", JS_SERVER_ERROR_INVALID },
    { "", JS_SERVER_ERROR_INVALID },
    { "/nonexistent/folder/jobcenter.db", JS_SERVER_ERROR_UNAVAILABLE },
    { "postgresql:///jobcenter?host=/nonexistent", JS_SERVER_ERROR_UNAVAILABLE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(JsServerStore) store = js_server_store_open (cases[i].spec, &error);

      g_assert_null (store);
      g_assert_error (error, JS_SERVER_ERROR, cases[i].code);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/server/store/sign-in", test_sign_in);
  ADD ("/server/store/sign-in-locks", test_sign_in_locks);
  ADD ("/server/store/sign-in-throttled-per-source", test_sign_in_throttled_per_source);
  ADD ("/server/store/push-once", test_push_once);
  ADD ("/server/store/conflict-and-rejections", test_conflict_and_rejections);
  ADD ("/server/store/changes-paged", test_changes_paged);
  ADD ("/server/store/import", test_import);
  ADD ("/server/store/booking", test_booking);
  ADD ("/server/store/newer-schema-refused", test_newer_schema_refused);
  g_test_add_func ("/server/store/open-errors", test_open_errors);
  g_test_add_func ("/server/store/copy", test_copy);
  if (!js_test_db_postgres ())
    {
      g_test_add_func ("/server/store/migrate-unversioned", test_migrate_unversioned);
      ADD ("/server/store/log-copied-back", test_log_copied_back);
    }

#undef ADD

  return g_test_run ();
}
