/* js-protocol-records.c: what each kind of record must look like
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One table per entity, as in data/api/jobspor-api-v1.md ("Records"). A
 * record is checked member by member: type, length in characters, range,
 * allowed values; a member the table does not know is an error.
 */

#include "config.h"

#include "js-protocol.h"

typedef enum {
  T_STRING,
  T_INT,
  T_BOOL,
  T_UUID,
  T_DATE,
  T_TIMESTAMP,
  T_ENUM,
  T_ARRAY,
  T_OBJECT,
  T_UUID_LIST,
  T_LANGUAGE,
} Type;

typedef struct _Member Member;

struct _Member {
  const char          *name;
  Type                 type;
  gboolean             nullable;
  gboolean             optional;
  gint64               min;
  gint64               max;
  const char * const  *values;
  const Member        *members;
  /* The minor version of v1 that added the member (0: from the start). */
  guint                minor;
};

#define END { NULL, T_STRING, FALSE, FALSE, 0, 0, NULL, NULL }
#define STRING(name, max) { name, T_STRING, FALSE, FALSE, 0, max, NULL, NULL }
#define INT(name, min, max) { name, T_INT, FALSE, FALSE, min, max, NULL, NULL }
#define BOOL(name) { name, T_BOOL, FALSE, FALSE, 0, 0, NULL, NULL }
#define UUID(name, nullable) { name, T_UUID, nullable, FALSE, 0, 0, NULL, NULL }
/* A member a client may leave out (added after v1's first records, 2.5). */
#define OPTIONAL_UUID(name) { name, T_UUID, TRUE, TRUE, 0, 0, NULL, NULL }
#define DATE(name, nullable) { name, T_DATE, nullable, FALSE, 0, 0, NULL, NULL }
#define TIMESTAMP(name, nullable) { name, T_TIMESTAMP, nullable, FALSE, 0, 0, NULL, NULL }
#define ENUM(name, nullable, values) { name, T_ENUM, nullable, FALSE, 0, 0, values, NULL }
#define ARRAY(name, max, members) { name, T_ARRAY, FALSE, FALSE, 0, max, NULL, members }
#define OBJECT(name, members) { name, T_OBJECT, FALSE, FALSE, 0, 0, NULL, members }
#define REVISION { "revision", T_INT, FALSE, TRUE, 0, G_MAXINT64, NULL, NULL }
#define UUID_LIST(name, max) { name, T_UUID_LIST, FALSE, FALSE, 0, max, NULL, NULL }
/* Members v1.1 added to records v1.0 had: a client or server may leave
 * them out, or write null (2.5, 1.2). */
#define OPTIONAL_STRING(name, max) { name, T_STRING, TRUE, TRUE, 0, max, NULL, NULL, 1 }
#define OPTIONAL_TIMESTAMP(name) { name, T_TIMESTAMP, TRUE, TRUE, 0, 0, NULL, NULL, 1 }
#define OPTIONAL_LANGUAGE(name) { name, T_LANGUAGE, TRUE, TRUE, 0, 35, NULL, NULL, 1 }
/* The jobcenter's words and rules on a slot and on the meeting booked
 * from it (5.3, 5.4). */
#define MEETING_RULES \
  OPTIONAL_STRING ("purpose", 1000), OPTIONAL_STRING ("prepare", 2000), \
  OPTIONAL_TIMESTAMP ("move_until"), OPTIONAL_TIMESTAMP ("cancel_until"), \
  OPTIONAL_STRING ("cancel_consequence", 1000)

static const char * const entry_kinds[] = {
  "advertised", "unsolicited", "network", "event", "other", NULL,
};
static const char * const entry_statuses[] = {
  "planned", "applied", "interview", "offer", "hired", "rejected", "withdrawn", NULL,
};
static const char * const activity_kinds[] = {
  "internship", "wage-subsidy", "igu", "danish-lessons", "job-course", "upskilling", "mentor",
  "health-support", "clarification", "other", NULL,
};
static const char * const meeting_kinds[] = { "in-person", "phone", "video", NULL };
static const char * const meeting_statuses[] = { "confirmed", "cancelled", NULL };
static const char * const booking_statuses[] = { "confirmed", "rejected", NULL };
static const char * const booking_reasons[] = {
  "slot-taken", "deadline-passed", "not-allowed", NULL,
};
static const char * const change_actions[] = { "move", "cancel", NULL };
static const char * const change_reasons[] = {
  "slot-taken", "deadline-passed", "not-allowed", "too-late", NULL,
};

static const Member joblog_entry[] = {
  UUID ("id", FALSE), REVISION,
  ENUM ("kind", FALSE, entry_kinds), ENUM ("status", FALSE, entry_statuses),
  DATE ("date", FALSE), DATE ("deadline", TRUE),
  STRING ("title", 200), STRING ("employer", 200), STRING ("location", 200),
  STRING ("source", 200), STRING ("contact", 200), STRING ("link", 2000),
  STRING ("notes", 5000), OPTIONAL_UUID ("suggestion"),
  END,
};

static const Member activity[] = {
  UUID ("id", FALSE), ENUM ("kind", FALSE, activity_kinds), STRING ("title", 200),
  DATE ("starts", TRUE), DATE ("ends", TRUE), STRING ("description", 2000),
  END,
};

static const Member job_suggestion[] = {
  UUID ("id", FALSE), STRING ("title", 200), STRING ("employer", 200), STRING ("link", 2000),
  DATE ("deadline", TRUE),
  END,
};

static const Member caseworker[] = {
  STRING ("name", 200), STRING ("phone", 50), STRING ("email", 200),
  END,
};

static const Member plan[] = {
  UUID ("id", FALSE), REVISION, STRING ("job_goal", 500), INT ("weekly_applications", 0, 30),
  STRING ("requirement_text", 2000), ARRAY ("activities", 100, activity),
  ARRAY ("job_suggestions", 100, job_suggestion), OBJECT ("caseworker", caseworker),
  TIMESTAMP ("updated", FALSE),
  END,
};

static const Member meeting_slot[] = {
  UUID ("id", FALSE), REVISION, TIMESTAMP ("starts", FALSE), TIMESTAMP ("ends", FALSE),
  ENUM ("kind", FALSE, meeting_kinds), STRING ("place", 500), STRING ("caseworker", 200),
  TIMESTAMP ("book_before", FALSE), BOOL ("available"), MEETING_RULES,
  END,
};

static const Member meeting[] = {
  UUID ("id", FALSE), REVISION, UUID ("slot", FALSE), TIMESTAMP ("starts", FALSE),
  TIMESTAMP ("ends", FALSE), ENUM ("kind", FALSE, meeting_kinds), STRING ("place", 500),
  STRING ("caseworker", 200), ENUM ("status", FALSE, meeting_statuses), MEETING_RULES,
  END,
};

static const Member meeting_call[] = {
  UUID ("id", FALSE), REVISION, TIMESTAMP ("from", FALSE), TIMESTAMP ("until", FALSE),
  TIMESTAMP ("book_before", FALSE), STRING ("purpose", 1000), UUID_LIST ("slots", 500),
  UUID ("meeting", TRUE),
  END,
};

static const Member booking_request[] = {
  UUID ("id", FALSE), REVISION, UUID ("slot", FALSE), STRING ("note", 500),
  OPTIONAL_LANGUAGE ("interpreter"),
  END,
};

static const Member meeting_change[] = {
  UUID ("id", FALSE), REVISION, UUID ("meeting", FALSE), ENUM ("action", FALSE, change_actions),
  UUID ("slot", TRUE), STRING ("note", 500),
  END,
};

static const Member meeting_change_result[] = {
  UUID ("id", FALSE), REVISION, ENUM ("status", FALSE, booking_statuses),
  ENUM ("reason", TRUE, change_reasons), UUID ("meeting", TRUE),
  END,
};

static const Member booking_result[] = {
  UUID ("id", FALSE), REVISION, ENUM ("status", FALSE, booking_statuses),
  ENUM ("reason", TRUE, booking_reasons), UUID ("meeting", TRUE),
  END,
};

static const Member exercise_progress[] = {
  UUID ("id", FALSE), REVISION, STRING ("exercise", 64), INT ("attempts", 0, 100000),
  INT ("best_score", 0, 100), TIMESTAMP ("completed", TRUE),
  END,
};

static const Member plan_receipt[] = {
  UUID ("id", FALSE), REVISION, INT ("plan_revision", 0, G_MAXINT64), TIMESTAMP ("read", FALSE),
  END,
};

static const Member suggestion_check[] = {
  UUID ("id", FALSE), REVISION, TIMESTAMP ("checked", FALSE),
  END,
};

/* @minor: the minor version of v1 that added the entity (1.2). */
static const struct {
  const char   *name;
  gboolean      citizens;
  const Member *members;
  guint         minor;
} entities[] = {
  { "joblog-entry", TRUE, joblog_entry, 0 },
  { "booking-request", TRUE, booking_request, 0 },
  { "exercise-progress", TRUE, exercise_progress, 0 },
  { "plan-receipt", TRUE, plan_receipt, 0 },
  { "suggestion-check", TRUE, suggestion_check, 0 },
  { "meeting-change", TRUE, meeting_change, 1 },
  { "plan", FALSE, plan, 0 },
  { "meeting-slot", FALSE, meeting_slot, 0 },
  { "meeting", FALSE, meeting, 0 },
  { "booking-result", FALSE, booking_result, 0 },
  { "meeting-call", FALSE, meeting_call, 1 },
  { "meeting-change-result", FALSE, meeting_change_result, 1 },
};

static gssize
entity_index (const char *entity)
{
  for (guint i = 0; i < G_N_ELEMENTS (entities); i++)
    {
      if (g_strcmp0 (entities[i].name, entity) == 0)
        return i;
    }

  return -1;
}

static const Member *
entity_members (const char *entity)
{
  gssize i = entity_index (entity);

  return i >= 0 ? entities[i].members : NULL;
}

gboolean
js_protocol_entity_known (const char *entity)
{
  return entity_members (entity) != NULL;
}

/* Whether citizens write records of @entity (the jobcenter owns the rest). */
gboolean
js_protocol_entity_citizens (const char *entity)
{
  for (guint i = 0; i < G_N_ELEMENTS (entities); i++)
    {
      if (g_strcmp0 (entities[i].name, entity) == 0)
        return entities[i].citizens;
    }

  return FALSE;
}

static gboolean
invalid (GError     **error,
         const char  *member,
         const char  *what)
{
  g_set_error (error, JS_PROTOCOL_ERROR, JS_PROTOCOL_ERROR_INVALID, "“%s” %s", member, what);
  return FALSE;
}

static gboolean
is_date (const char *text)
{
  guint64 year;
  guint64 month;
  guint64 day;

  if (strlen (text) != 10 || text[4] != '-' || text[7] != '-')
    return FALSE;
  for (guint i = 0; i < 10; i++)
    {
      if (i != 4 && i != 7 && !g_ascii_isdigit (text[i]))
        return FALSE;
    }

  year = g_ascii_strtoull (text, NULL, 10);
  month = g_ascii_strtoull (text + 5, NULL, 10);
  day = g_ascii_strtoull (text + 8, NULL, 10);
  return year >= 1900 && g_date_valid_dmy (day, month, year);
}

/* A UUID as the API writes them: 36 characters, lowercase. */
gboolean
js_protocol_uuid_valid (const char *text)
{
  if (text == NULL || !g_uuid_string_is_valid (text))
    return FALSE;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (g_ascii_isupper (*p))
        return FALSE;
    }

  return TRUE;
}

/**
 * js_protocol_language_valid:
 * @text: a language as a booking names the interpreter's
 *
 * Returns: %TRUE for a language tag of BCP 47's simple form: a primary
 *   language of 2 or 3 lowercase letters (ISO 639), then any subtags of 1
 *   to 8 letters or digits after a hyphen ("uk", "ar", "prs", "ar-SY"), at
 *   most 35 characters
 */
gboolean
js_protocol_language_valid (const char *text)
{
  g_auto(GStrv) parts = NULL;
  gsize primary;

  if (text == NULL || strlen (text) > 35)
    return FALSE;

  parts = g_strsplit (text, "-", -1);
  primary = strlen (parts[0]);
  if (primary < 2 || primary > 3)
    return FALSE;
  for (const char *p = parts[0]; *p != '\0'; p++)
    if (!g_ascii_islower (*p))
      return FALSE;

  for (guint i = 1; parts[i] != NULL; i++)
    {
      gsize length = strlen (parts[i]);

      if (length < 1 || length > 8)
        return FALSE;
      for (const char *p = parts[i]; *p != '\0'; p++)
        if (!g_ascii_isalnum (*p))
          return FALSE;
    }

  return TRUE;
}

static gboolean
is_timestamp (const char *text)
{
  g_autoptr(GDateTime) moment = NULL;

  /* RFC 3339 in UTC, as "2026-11-24T09:30:00Z". */
  if (strlen (text) > 40 || !g_str_has_suffix (text, "Z"))
    return FALSE;

  moment = g_date_time_new_from_iso8601 (text, NULL);
  return moment != NULL && g_date_time_get_year (moment) >= 1900;
}

static gboolean check_object (const Member *members,
                              JsonNode     *node,
                              const char   *name,
                              GError      **error);

static gboolean
check_value (const Member  *member,
             JsonNode      *node,
             GError       **error)
{
  const char *text = NULL;

  if (JSON_NODE_HOLDS_NULL (node))
    return member->nullable ? TRUE : invalid (error, member->name, "must not be null");

  switch (member->type)
    {
    case T_UUID_LIST:
      if (!JSON_NODE_HOLDS_ARRAY (node))
        return invalid (error, member->name, "must be an array");
      if (json_array_get_length (json_node_get_array (node)) > (guint) member->max)
        return invalid (error, member->name, "has too many items");
      for (guint i = 0; i < json_array_get_length (json_node_get_array (node)); i++)
        {
          JsonNode *item = json_array_get_element (json_node_get_array (node), i);

          if (!JSON_NODE_HOLDS_VALUE (item) || json_node_get_value_type (item) != G_TYPE_STRING ||
              !js_protocol_uuid_valid (json_node_get_string (item)))
            return invalid (error, member->name, "must hold lowercase UUIDs");
        }
      return TRUE;
    case T_STRING:
    case T_UUID:
    case T_DATE:
    case T_TIMESTAMP:
    case T_ENUM:
    case T_LANGUAGE:
      if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
        return invalid (error, member->name, "must be a string");
      text = json_node_get_string (node);
      if (!g_utf8_validate (text, -1, NULL))
        return invalid (error, member->name, "is not valid UTF-8");
      break;
    case T_INT:
      if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64)
        return invalid (error, member->name, "must be a whole number");
      if (json_node_get_int (node) < member->min || json_node_get_int (node) > member->max)
        return invalid (error, member->name, "is out of range");
      return TRUE;
    case T_BOOL:
      if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_BOOLEAN)
        return invalid (error, member->name, "must be true or false");
      return TRUE;
    case T_ARRAY:
      if (!JSON_NODE_HOLDS_ARRAY (node))
        return invalid (error, member->name, "must be an array");
      if (json_array_get_length (json_node_get_array (node)) > (guint) member->max)
        return invalid (error, member->name, "has too many items");
      for (guint i = 0; i < json_array_get_length (json_node_get_array (node)); i++)
        {
          if (!check_object (member->members,
                             json_array_get_element (json_node_get_array (node), i),
                             member->name, error))
            return FALSE;
        }
      return TRUE;
    case T_OBJECT:
      return check_object (member->members, node, member->name, error);
    default:
      return invalid (error, member->name, "has an unknown type");
    }

  switch (member->type)
    {
    case T_STRING:
      return g_utf8_strlen (text, -1) <= member->max ? TRUE
                                                     : invalid (error, member->name, "is too long");
    case T_UUID:
      return js_protocol_uuid_valid (text) ? TRUE
                                      : invalid (error, member->name, "must be a lowercase UUID");
    case T_DATE:
      return is_date (text) ? TRUE : invalid (error, member->name, "must be a date YYYY-MM-DD");
    case T_TIMESTAMP:
      return is_timestamp (text) ? TRUE
                                 : invalid (error, member->name, "must be an RFC 3339 UTC time");
    case T_ENUM:
      return g_strv_contains (member->values, text) ? TRUE
                                                    : invalid (error, member->name,
                                                               "has an unknown value");
    case T_LANGUAGE:
      return js_protocol_language_valid (text) ? TRUE
                                               : invalid (error, member->name,
                                                          "must be a language code");
    case T_UUID_LIST:
    case T_INT:
    case T_BOOL:
    case T_ARRAY:
    case T_OBJECT:
    default:
      return TRUE;
    }
}

static gboolean
check_object (const Member  *members,
              JsonNode      *node,
              const char    *name,
              GError       **error)
{
  JsonObject *object;
  JsonObjectIter iter;
  const char *key;
  JsonNode *value;

  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    return invalid (error, name, "must be an object");

  object = json_node_get_object (node);

  /* Every member present and right... */
  for (const Member *member = members; member->name != NULL; member++)
    {
      JsonNode *child = json_object_get_member (object, member->name);

      if (child == NULL)
        {
          if (member->optional)
            continue;
          return invalid (error, member->name, "is missing");
        }
      if (!check_value (member, child, error))
        return FALSE;
    }

  /* ...and nothing else. */
  json_object_iter_init (&iter, object);
  while (json_object_iter_next (&iter, &key, &value))
    {
      gboolean known = FALSE;

      for (const Member *member = members; member->name != NULL && !known; member++)
        known = g_str_equal (member->name, key);
      if (!known)
        return invalid (error, name, "has a member this version does not know");
    }

  return TRUE;
}

/* Before this, a meeting's time is a mistake of the jobcenter's system
 * (a zero date), never a meeting (5.3). */
#define EARLIEST_MEETING "2000-01-01T00:00:00Z"
#define LONGEST_MEETING (24 * G_TIME_SPAN_HOUR)

static GDateTime *
time_member (JsonObject *object,
             const char *member)
{
  return g_date_time_new_from_iso8601 (json_object_get_string_member (object, member), NULL);
}

static gboolean
nonsense (GError     **error,
          const char  *entity,
          const char  *what)
{
  g_set_error (error, JS_PROTOCOL_ERROR, JS_PROTOCOL_ERROR_TIMES, "a %s %s", entity, what);
  return FALSE;
}

/* A well-formed meeting-slot, meeting or meeting-call whose times make no
 * sense: it ends before it starts, lasts more than a day (a meeting), or
 * lies before 2000. */
static gboolean
check_times (const char  *entity,
             JsonObject  *object,
             GError     **error)
{
  gboolean call = g_str_equal (entity, "meeting-call");
  g_autoptr(GDateTime) earliest = g_date_time_new_from_iso8601 (EARLIEST_MEETING, NULL);
  g_autoptr(GDateTime) starts = NULL;
  g_autoptr(GDateTime) ends = NULL;
  g_autoptr(GDateTime) deadline = NULL;

  if (!call && !g_str_equal (entity, "meeting-slot") && !g_str_equal (entity, "meeting"))
    return TRUE;

  starts = time_member (object, call ? "from" : "starts");
  ends = time_member (object, call ? "until" : "ends");
  if (g_date_time_compare (starts, earliest) < 0)
    return nonsense (error, entity, "lies before 2000");
  if (g_date_time_compare (ends, starts) <= 0)
    return nonsense (error, entity, "ends before it starts");
  if (!call && g_date_time_difference (ends, starts) > LONGEST_MEETING)
    return nonsense (error, entity, "lasts more than a day");

  if (json_object_has_member (object, "book_before"))
    {
      deadline = time_member (object, "book_before");
      if (g_date_time_compare (deadline, earliest) < 0)
        return nonsense (error, entity, "must be booked before 2000");
    }

  return TRUE;
}

/**
 * js_protocol_check_record:
 * @entity: the kind of record
 * @record_id: the record's UUID, which its "id" member must equal
 * @record: the record
 * @error: return location for a %JS_PROTOCOL_ERROR
 *
 * Returns: %TRUE when @record is a well-formed record of @entity
 */
gboolean
js_protocol_check_record (const char  *entity,
                          const char  *record_id,
                          JsonNode    *record,
                          GError     **error)
{
  const Member *members = entity_members (entity);
  JsonNode *id;

  if (members == NULL)
    {
      g_set_error (error, JS_PROTOCOL_ERROR, JS_PROTOCOL_ERROR_INVALID,
                   "unknown kind of record");
      return FALSE;
    }

  if (!check_object (members, record, entity, error))
    return FALSE;

  id = json_object_get_member (json_node_get_object (record), "id");
  if (g_strcmp0 (json_node_get_string (id), record_id) != 0)
    return invalid (error, "id", "differs from the record it is sent for");

  return check_times (entity, json_node_get_object (record), error);
}

/**
 * js_protocol_record_at_minor:
 * @entity: the kind of record
 * @record: (nullable): a well-formed record of @entity, or %NULL for a deletion
 * @minor: the minor version of v1 the other side knows (1.2)
 * @keep: (out): whether @entity is known at @minor at all (a change of
 *   an entity added later is left out of what is sent)
 *
 * Returns: (transfer full) (nullable): @record as a side that knows only
 *   v1.@minor reads it: without the members added after it; %NULL for a
 *   deletion or when @keep is %FALSE
 */
JsonNode *
js_protocol_record_at_minor (const char *entity,
                             JsonNode   *record,
                             guint       minor,
                             gboolean   *keep)
{
  gssize index = entity_index (entity);
  JsonNode *copy;

  *keep = index >= 0 && entities[index].minor <= minor;
  if (!*keep || record == NULL || !JSON_NODE_HOLDS_OBJECT (record))
    return NULL;

  copy = json_node_copy (record);
  for (const Member *member = entities[index].members; member->name != NULL; member++)
    {
      if (member->minor > minor)
        json_object_remove_member (json_node_get_object (copy), member->name);
    }

  return copy;
}

/**
 * js_protocol_minor_from_header:
 * @value: (nullable): the X-Jobspor-Api header a client sent
 *
 * Returns: the minor version of v1 the client knows: %JS_PROTOCOL_MINOR
 *   for "1.1" or a later "1.N", 0 for "1", none or anything else (1.2)
 */
guint
js_protocol_minor_from_header (const char *value)
{
  guint64 minor = 0;

  if (value == NULL || !g_str_has_prefix (value, "1.") ||
      !g_ascii_string_to_unsigned (value + 2, 10, 0, G_MAXUINT, &minor, NULL))
    return 0;

  return MIN (minor, JS_PROTOCOL_MINOR);
}
