/* test-protocol-meetings.c: meetings, calls, bookings and changes on the wire
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "js-protocol.h"

#define SLOT_ID   "6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f"
#define OTHER_ID  "0a1b2c3d-4e5f-4a6b-9c7d-8e9f0a1b2c3d"
#define REQUEST   "1c9d8e7f-6a5b-4c3d-8e1f-0a9b8c7d6e5f"

#define SLOT_MEMBERS \
  "\"starts\":\"2026-11-24T09:00:00Z\",\"ends\":\"2026-11-24T09:30:00Z\"," \
  "\"kind\":\"phone\",\"place\":\"Jobcentret ringer til dig\"," \
  "\"caseworker\":\"Mette Hansen\",\"book_before\":\"2026-11-23T09:00:00Z\",\"available\":true"

static JsonNode *
parse_node (const char *json)
{
  g_autoptr(GError) error = NULL;
  JsonNode *node = js_json_parse (json, strlen (json), G_MAXSIZE, &error);

  g_assert_no_error (error);
  return node;
}

static gboolean
check (const char  *entity,
       const char  *json,
       GError     **error)
{
  g_autoptr(JsonNode) node = parse_node (json);

  return js_protocol_check_record (entity, SLOT_ID, node, error);
}

/* A v1.0 slot, and one with the jobcenter's words and rules of v1.1. */
static void
test_slot_members (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) node = parse_node (
    "{\"id\":\"" SLOT_ID "\"," SLOT_MEMBERS ",\"purpose\":\"Opfølgning på din praktik\","
    "\"prepare\":\"Tag dit CV med\",\"move_until\":\"2026-11-23T09:00:00Z\","
    "\"cancel_until\":null,\"cancel_consequence\":\"Du kan miste din ydelse\"}");
  g_autoptr(JsMeetingRecord) slot = NULL;
  g_autoptr(JsonNode) back = NULL;
  g_autofree char *written = NULL;

  g_assert_true (check ("meeting-slot", "{\"id\":\"" SLOT_ID "\"," SLOT_MEMBERS "}", &error));
  g_assert_no_error (error);

  slot = js_meeting_record_from_node ("meeting-slot", node, 3, &error);
  g_assert_no_error (error);
  g_assert_cmpint (slot->kind, ==, JS_MEETING_KIND_PHONE);
  g_assert_cmpstr (slot->purpose, ==, "Opfølgning på din praktik");
  g_assert_cmpstr (slot->prepare, ==, "Tag dit CV med");
  g_assert_nonnull (slot->move_until);
  g_assert_null (slot->cancel_until);
  g_assert_true (slot->available);
  g_assert_cmpint (slot->revision, ==, 3);

  /* Written back, a null rule is left out: it means the same. */
  back = js_meeting_record_to_node ("meeting-slot", slot);
  written = js_json_write (back, NULL);
  g_assert_null (strstr (written, "cancel_until"));
  g_assert_nonnull (strstr (written, "\"move_until\":\"2026-11-23T09:00:00Z\""));
  g_assert_true (js_protocol_check_record ("meeting-slot", SLOT_ID, back, &error));

  /* Unknown members stay refused. */
  g_assert_false (check ("meeting-slot",
                         "{\"id\":\"" SLOT_ID "\"," SLOT_MEMBERS ",\"purpos\":\"x\"}", &error));
  g_assert_error (error, JS_PROTOCOL_ERROR, JS_PROTOCOL_ERROR_INVALID);
}

/* Times that make no sense are their own error, so a client can count
 * and drop the record instead of refusing the whole page. */
static void
test_times_checked (void)
{
  static const char * const nonsense[] = {
    "\"starts\":\"2026-11-24T09:30:00Z\",\"ends\":\"2026-11-24T09:00:00Z\"",
    "\"starts\":\"2026-11-24T09:00:00Z\",\"ends\":\"2026-11-24T09:00:00Z\"",
    "\"starts\":\"1970-01-01T00:00:00Z\",\"ends\":\"1970-01-01T00:30:00Z\"",
    "\"starts\":\"2026-11-24T09:00:00Z\",\"ends\":\"2026-11-26T09:00:00Z\"",
  };

  for (guint i = 0; i < G_N_ELEMENTS (nonsense); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *meeting = g_strdup_printf (
        "{\"id\":\"" SLOT_ID "\",\"slot\":\"" OTHER_ID "\",%s,\"kind\":\"video\","
        "\"place\":\"\",\"caseworker\":\"\",\"status\":\"confirmed\"}", nonsense[i]);

      g_assert_false (check ("meeting", meeting, &error));
      g_assert_error (error, JS_PROTOCOL_ERROR, JS_PROTOCOL_ERROR_TIMES);
    }
}

static void
test_call (void)
{
  static const char json[] =
    "{\"id\":\"" SLOT_ID "\",\"from\":\"2026-11-24T00:00:00Z\",\"until\":\"2026-12-05T00:00:00Z\","
    "\"book_before\":\"2026-12-01T23:00:00Z\",\"purpose\":\"Jobsamtale\","
    "\"slots\":[\"" OTHER_ID "\"],\"meeting\":null}";
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) node = parse_node (json);
  g_autoptr(JsMeetingCall) call = js_meeting_call_from_node (node, 1, &error);
  g_autoptr(JsonNode) back = NULL;

  g_assert_no_error (error);
  g_assert_cmpstrv (call->slots, ((const char * const[]) { OTHER_ID, NULL }));
  g_assert_null (call->meeting);
  back = js_meeting_call_to_node (call);
  g_assert_true (json_node_equal (back, node));

  g_assert_false (check ("meeting-call",
                         "{\"id\":\"" SLOT_ID "\",\"from\":\"2026-11-24T00:00:00Z\","
                         "\"until\":\"2026-11-20T00:00:00Z\",\"book_before\":"
                         "\"2026-11-19T00:00:00Z\",\"purpose\":\"\",\"slots\":[],"
                         "\"meeting\":null}", &error));
  g_assert_error (error, JS_PROTOCOL_ERROR, JS_PROTOCOL_ERROR_TIMES);
  g_clear_error (&error);
  g_assert_false (check ("meeting-call",
                         "{\"id\":\"" SLOT_ID "\",\"from\":\"2026-11-24T00:00:00Z\","
                         "\"until\":\"2026-11-30T00:00:00Z\",\"book_before\":"
                         "\"2026-11-19T00:00:00Z\",\"purpose\":\"\",\"slots\":[\"X\"],"
                         "\"meeting\":null}", &error));
  g_assert_error (error, JS_PROTOCOL_ERROR, JS_PROTOCOL_ERROR_INVALID);
}

static JsMeetingWish *
new_wish (JsMeetingWishAction  action,
          const char          *meeting,
          const char          *note,
          const char          *interpreter)
{
  JsMeetingWish *wish = g_new0 (JsMeetingWish, 1);

  wish->id = g_strdup (REQUEST);
  wish->action = action;
  wish->meeting = g_strdup (meeting);
  wish->slot = g_strdup (SLOT_ID);
  wish->note = g_strdup (note);
  wish->interpreter = g_strdup (interpreter);
  return wish;
}

static void
test_wishes (void)
{
  g_autoptr(JsMeetingWish) book = new_wish (JS_MEETING_WISH_BOOK, NULL, "Tolk, tak", "uk");
  g_autoptr(JsMeetingWish) plain = new_wish (JS_MEETING_WISH_BOOK, NULL, "", NULL);
  g_autoptr(JsMeetingWish) move = new_wish (JS_MEETING_WISH_MOVE, OTHER_ID, "", NULL);
  g_autoptr(JsMeetingWish) cancel = new_wish (JS_MEETING_WISH_CANCEL, OTHER_ID, "Syg", NULL);
  JsMeetingWish *wishes[] = { book, plain, move, cancel };

  for (guint i = 0; i < G_N_ELEMENTS (wishes); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *json = js_meeting_wish_write (wishes[i]);
      g_autoptr(JsonNode) node = parse_node (json);
      g_autoptr(JsMeetingWish) read = NULL;

      read = js_meeting_wish_from_node (js_meeting_wish_entity (wishes[i]), node, &error);
      g_assert_no_error (error);
      g_assert_cmpint (read->action, ==, wishes[i]->action);
      g_assert_cmpstr (read->interpreter, ==, wishes[i]->interpreter);
      g_assert_cmpstr (read->meeting, ==, wishes[i]->meeting);
      /* A cancellation names no slot. */
      g_assert_cmpstr (read->slot, ==, i == 3 ? NULL : SLOT_ID);
    }

  /* A booking without an interpreter is what a v1.0 server accepts. */
  {
    g_autofree char *json = js_meeting_wish_write (plain);

    g_assert_null (strstr (json, "interpreter"));
  }

  g_assert_true (js_protocol_language_valid ("uk"));
  g_assert_true (js_protocol_language_valid ("prs"));
  g_assert_true (js_protocol_language_valid ("ar-SY"));
  g_assert_false (js_protocol_language_valid ("Ukrainian"));
  g_assert_false (js_protocol_language_valid ("u"));
  g_assert_false (js_protocol_language_valid ("uk-"));
  g_assert_false (js_protocol_language_valid ("uk ua"));
}

/* A v1.0 side never meets what v1.1 added: new entities are left out,
 * new members taken off. */
static void
test_at_minor (void)
{
  g_autoptr(JsonNode) slot = parse_node ("{\"id\":\"" SLOT_ID "\"," SLOT_MEMBERS
                                         ",\"purpose\":\"Jobsamtale\",\"move_until\":null}");
  g_autoptr(JsonNode) old = NULL;
  g_autoptr(JsonNode) same = NULL;
  g_autoptr(JsonNode) call = NULL;
  gboolean keep = FALSE;

  old = js_protocol_record_at_minor ("meeting-slot", slot, 0, &keep);
  g_assert_true (keep);
  g_assert_false (json_object_has_member (json_node_get_object (old), "purpose"));
  g_assert_false (json_object_has_member (json_node_get_object (old), "move_until"));
  g_assert_true (json_object_has_member (json_node_get_object (old), "available"));

  same = js_protocol_record_at_minor ("meeting-slot", slot, 1, &keep);
  g_assert_true (keep && json_node_equal (same, slot));

  call = js_protocol_record_at_minor ("meeting-call", slot, 0, &keep);
  g_assert_false (keep);
  g_assert_null (call);
  g_assert_null (js_protocol_record_at_minor ("meeting-change", NULL, 0, &keep));
  g_assert_false (keep);

  g_assert_cmpuint (js_protocol_minor_from_header (NULL), ==, 0);
  g_assert_cmpuint (js_protocol_minor_from_header ("1"), ==, 0);
  g_assert_cmpuint (js_protocol_minor_from_header ("1.1"), ==, 1);
  g_assert_cmpuint (js_protocol_minor_from_header ("1.7"), ==, JS_PROTOCOL_MINOR);
  g_assert_cmpuint (js_protocol_minor_from_header ("2.1"), ==, 0);
}

/* A slot with nonsense times in a page is counted and taken as deleted:
 * the rest of the page stands. */
static void
test_page_refuses_times (void)
{
  static const char page_json[] =
    "{\"changes\":["
    "{\"entity\":\"meeting-slot\",\"id\":\"" SLOT_ID "\",\"revision\":2,\"deleted\":false,"
    "\"record\":{\"id\":\"" SLOT_ID "\",\"revision\":2,"
    "\"starts\":\"2026-11-24T09:30:00Z\",\"ends\":\"2026-11-24T09:00:00Z\",\"kind\":\"phone\","
    "\"place\":\"\",\"caseworker\":\"\",\"book_before\":\"2026-11-23T09:00:00Z\","
    "\"available\":true}},"
    "{\"entity\":\"meeting-slot\",\"id\":\"" OTHER_ID "\",\"revision\":1,\"deleted\":false,"
    "\"record\":{\"id\":\"" OTHER_ID "\"," SLOT_MEMBERS "}}"
    "],\"cursor\":\"9\",\"more\":false}";
  static const char bad_member[] =
    "{\"changes\":["
    "{\"entity\":\"meeting-slot\",\"id\":\"" OTHER_ID "\",\"revision\":1,\"deleted\":false,"
    "\"record\":{\"id\":\"" OTHER_ID "\"," SLOT_MEMBERS ",\"colour\":\"red\"}}"
    "],\"cursor\":\"9\",\"more\":false}";
  g_autoptr(GError) error = NULL;
  g_autoptr(JsChangesPage) page = js_changes_page_parse (page_json, strlen (page_json), &error);
  g_autoptr(JsChangesPage) refused = NULL;
  JsChange *first;

  g_assert_no_error (error);
  g_assert_cmpuint (page->changes->len, ==, 2);
  g_assert_cmpuint (page->refused, ==, 1);
  first = page->changes->pdata[0];
  g_assert_true (first->refused && first->deleted);
  g_assert_null (first->record);
  g_assert_false (((JsChange *) page->changes->pdata[1])->refused);

  /* Anything else wrong still refuses the whole page. */
  refused = js_changes_page_parse (bad_member, strlen (bad_member), &error);
  g_assert_null (refused);
  g_assert_error (error, JS_PROTOCOL_ERROR, JS_PROTOCOL_ERROR_INVALID);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/protocol/meetings/slot-members", test_slot_members);
  g_test_add_func ("/protocol/meetings/times-checked", test_times_checked);
  g_test_add_func ("/protocol/meetings/call", test_call);
  g_test_add_func ("/protocol/meetings/wishes", test_wishes);
  g_test_add_func ("/protocol/meetings/at-minor", test_at_minor);
  g_test_add_func ("/protocol/meetings/page-refuses-times", test_page_refuses_times);

  return g_test_run ();
}
