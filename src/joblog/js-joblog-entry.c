/* js-joblog-entry.c: one entry of the citizen's job log
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "js-joblog-entry.h"
#include "js-protocol.h"

struct _JsJoblogEntry {
  GObject        parent_instance;

  char          *id;
  gint64         revision;
  JsEntryKind    kind;
  JsEntryStatus  status;
  GDate          date;
  GDate          deadline;
  char          *text[JS_N_TEXT_FIELDS];
  char          *suggestion;
};

G_DEFINE_FINAL_TYPE (JsJoblogEntry, js_joblog_entry, G_TYPE_OBJECT)

static const char * const kind_names[JS_N_ENTRY_KINDS] = {
  "advertised", "unsolicited", "network", "event", "other",
};

static const char * const status_names[JS_N_ENTRY_STATUSES] = {
  "planned", "applied", "interview", "offer", "hired", "rejected", "withdrawn",
};

/* The longest text each field takes, in characters; the fields' names are
 * the API's (js_joblog_text_keys), in the same order. */
static const guint text_max_length[JS_N_TEXT_FIELDS] = { 200, 200, 200, 200, 200, 2000, 5000 };

G_STATIC_ASSERT (JS_N_TEXT_FIELDS == JS_JOBLOG_N_TEXTS);

static void
js_joblog_entry_finalize (GObject *object)
{
  JsJoblogEntry *self = (JsJoblogEntry *) object;

  g_free (self->id);
  g_free (self->suggestion);
  for (guint i = 0; i < JS_N_TEXT_FIELDS; i++)
    g_free (self->text[i]);

  G_OBJECT_CLASS (js_joblog_entry_parent_class)->finalize (object);
}

static void
js_joblog_entry_class_init (JsJoblogEntryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = js_joblog_entry_finalize;
}

static void
js_joblog_entry_init (JsJoblogEntry *self)
{
  self->id = g_uuid_string_random ();
  self->kind = JS_ENTRY_KIND_ADVERTISED;
  self->status = JS_ENTRY_STATUS_APPLIED;
  g_date_clear (&self->date, 1);
  g_date_clear (&self->deadline, 1);
  for (guint i = 0; i < JS_N_TEXT_FIELDS; i++)
    self->text[i] = g_strdup ("");
}

/**
 * js_joblog_entry_new:
 *
 * Returns: (transfer full): an empty entry with a new UUID, revision 0
 *   (never saved)
 */
JsJoblogEntry *
js_joblog_entry_new (void)
{
  return g_object_new (JS_TYPE_JOBLOG_ENTRY, NULL);
}

JsJoblogEntry *
js_joblog_entry_copy (JsJoblogEntry *self)
{
  JsJoblogEntry *copy;

  g_return_val_if_fail (JS_IS_JOBLOG_ENTRY (self), NULL);

  copy = js_joblog_entry_new ();
  js_joblog_entry_set_id (copy, self->id);
  copy->revision = self->revision;
  copy->kind = self->kind;
  copy->status = self->status;
  copy->date = self->date;
  copy->deadline = self->deadline;
  for (guint i = 0; i < JS_N_TEXT_FIELDS; i++)
    js_joblog_entry_set_text (copy, i, self->text[i]);
  copy->suggestion = g_strdup (self->suggestion);

  return copy;
}

static gboolean
dates_equal (const GDate *a,
             const GDate *b)
{
  if (!g_date_valid (a) || !g_date_valid (b))
    return g_date_valid (a) == g_date_valid (b);

  return g_date_compare (a, b) == 0;
}

/* Same contents, ignoring the revision. */
gboolean
js_joblog_entry_equal (JsJoblogEntry *self,
                       JsJoblogEntry *other)
{
  g_return_val_if_fail (JS_IS_JOBLOG_ENTRY (self), FALSE);
  g_return_val_if_fail (JS_IS_JOBLOG_ENTRY (other), FALSE);

  if (g_strcmp0 (self->id, other->id) != 0 || self->kind != other->kind ||
      self->status != other->status || !dates_equal (&self->date, &other->date) ||
      !dates_equal (&self->deadline, &other->deadline) ||
      g_strcmp0 (self->suggestion, other->suggestion) != 0)
    return FALSE;

  for (guint i = 0; i < JS_N_TEXT_FIELDS; i++)
    {
      if (g_strcmp0 (self->text[i], other->text[i]) != 0)
        return FALSE;
    }

  return TRUE;
}

/**
 * js_joblog_entry_get_suggestion:
 *
 * Returns: (nullable): the UUID of the plan's job suggestion this entry
 *   applies for, or %NULL
 */
const char *
js_joblog_entry_get_suggestion (JsJoblogEntry *self)
{
  g_return_val_if_fail (JS_IS_JOBLOG_ENTRY (self), NULL);

  return self->suggestion;
}

void
js_joblog_entry_set_suggestion (JsJoblogEntry *self,
                                const char    *suggestion)
{
  g_return_if_fail (JS_IS_JOBLOG_ENTRY (self));

  if (suggestion != self->suggestion)
    {
      g_free (self->suggestion);
      self->suggestion = g_strdup (suggestion);
    }
}

const char *
js_joblog_entry_get_id (JsJoblogEntry *self)
{
  g_return_val_if_fail (JS_IS_JOBLOG_ENTRY (self), NULL);

  return self->id;
}

void
js_joblog_entry_set_id (JsJoblogEntry *self,
                        const char    *id)
{
  g_return_if_fail (JS_IS_JOBLOG_ENTRY (self));
  g_return_if_fail (id != NULL && g_uuid_string_is_valid (id));

  g_free (self->id);
  self->id = g_ascii_strdown (id, -1);
}

gint64
js_joblog_entry_get_revision (JsJoblogEntry *self)
{
  g_return_val_if_fail (JS_IS_JOBLOG_ENTRY (self), 0);

  return self->revision;
}

void
js_joblog_entry_set_revision (JsJoblogEntry *self,
                              gint64         revision)
{
  g_return_if_fail (JS_IS_JOBLOG_ENTRY (self));
  g_return_if_fail (revision >= 0);

  self->revision = revision;
}

JsEntryKind
js_joblog_entry_get_kind (JsJoblogEntry *self)
{
  g_return_val_if_fail (JS_IS_JOBLOG_ENTRY (self), JS_ENTRY_KIND_OTHER);

  return self->kind;
}

void
js_joblog_entry_set_kind (JsJoblogEntry *self,
                          JsEntryKind    kind)
{
  g_return_if_fail (JS_IS_JOBLOG_ENTRY (self));
  g_return_if_fail (kind < JS_N_ENTRY_KINDS);

  self->kind = kind;
}

JsEntryStatus
js_joblog_entry_get_status (JsJoblogEntry *self)
{
  g_return_val_if_fail (JS_IS_JOBLOG_ENTRY (self), JS_ENTRY_STATUS_PLANNED);

  return self->status;
}

void
js_joblog_entry_set_status (JsJoblogEntry *self,
                            JsEntryStatus  status)
{
  g_return_if_fail (JS_IS_JOBLOG_ENTRY (self));
  g_return_if_fail (status < JS_N_ENTRY_STATUSES);

  self->status = status;
}

/**
 * js_joblog_entry_get_date:
 *
 * Returns: the date applied, or of the activity; not valid while unset
 */
const GDate *
js_joblog_entry_get_date (JsJoblogEntry *self)
{
  g_return_val_if_fail (JS_IS_JOBLOG_ENTRY (self), NULL);

  return &self->date;
}

void
js_joblog_entry_set_date (JsJoblogEntry *self,
                          const GDate   *date)
{
  g_return_if_fail (JS_IS_JOBLOG_ENTRY (self));

  if (date != NULL && g_date_valid (date))
    self->date = *date;
  else
    g_date_clear (&self->date, 1);
}

/**
 * js_joblog_entry_get_deadline:
 *
 * Returns: the application deadline; not valid when there is none
 */
const GDate *
js_joblog_entry_get_deadline (JsJoblogEntry *self)
{
  g_return_val_if_fail (JS_IS_JOBLOG_ENTRY (self), NULL);

  return &self->deadline;
}

void
js_joblog_entry_set_deadline (JsJoblogEntry *self,
                              const GDate   *deadline)
{
  g_return_if_fail (JS_IS_JOBLOG_ENTRY (self));

  if (deadline != NULL && g_date_valid (deadline))
    self->deadline = *deadline;
  else
    g_date_clear (&self->deadline, 1);
}

const char *
js_joblog_entry_get_text (JsJoblogEntry *self,
                          JsTextField    field)
{
  g_return_val_if_fail (JS_IS_JOBLOG_ENTRY (self), NULL);
  g_return_val_if_fail (field < JS_N_TEXT_FIELDS, NULL);

  return self->text[field];
}

void
js_joblog_entry_set_text (JsJoblogEntry *self,
                          JsTextField    field,
                          const char    *text)
{
  g_return_if_fail (JS_IS_JOBLOG_ENTRY (self));
  g_return_if_fail (field < JS_N_TEXT_FIELDS);

  g_free (self->text[field]);
  self->text[field] = g_strdup (text != NULL ? text : "");
}

/**
 * js_joblog_entry_is_application:
 *
 * Whether the entry counts towards the weekly number of applications: an
 * advertised job or an unsolicited application that has been sent.
 */
gboolean
js_joblog_entry_is_application (JsJoblogEntry *self)
{
  g_return_val_if_fail (JS_IS_JOBLOG_ENTRY (self), FALSE);

  return (self->kind == JS_ENTRY_KIND_ADVERTISED || self->kind == JS_ENTRY_KIND_UNSOLICITED) &&
         self->status != JS_ENTRY_STATUS_PLANNED;
}

/**
 * js_joblog_entry_to_json:
 *
 * Returns: (transfer full): the entry as a JSON object, as the change
 *   journal and the sync API carry it
 */
char *
js_joblog_entry_to_json (JsJoblogEntry *self)
{
  g_autoptr(JsJoblogRecord) record = js_joblog_record_new ();

  g_return_val_if_fail (JS_IS_JOBLOG_ENTRY (self), NULL);

  record->id = g_strdup (self->id);
  record->revision = self->revision;
  record->kind = g_strdup (kind_names[self->kind]);
  record->status = g_strdup (status_names[self->status]);
  record->date = js_date_to_iso (&self->date);
  record->deadline = js_date_to_iso (&self->deadline);
  for (guint i = 0; i < JS_N_TEXT_FIELDS; i++)
    record->text[i] = g_strdup (self->text[i]);
  record->suggestion = g_strdup (self->suggestion);

  return js_joblog_record_write (record);
}

static gboolean
invalid (GError     **error,
         const char  *what)
{
  g_set_error_literal (error, JS_PROTOCOL_ERROR, JS_PROTOCOL_ERROR_MALFORMED, what);
  return FALSE;
}

/* What the values of @record mean, into @self. */
static gboolean
take_record (JsJoblogEntry   *self,
             JsJoblogRecord  *record,
             GError         **error)
{
  if (record->id == NULL || !g_uuid_string_is_valid (record->id))
    return invalid (error, "“id” must be a UUID");
  js_joblog_entry_set_id (self, record->id);
  self->revision = record->revision;

  if (record->kind == NULL || !js_entry_kind_from_string (record->kind, &self->kind) ||
      record->status == NULL || !js_entry_status_from_string (record->status, &self->status))
    return invalid (error, "“kind” or “status” has an unknown value");

  if ((record->date != NULL && !js_date_from_iso (record->date, &self->date)) ||
      (record->deadline != NULL && !js_date_from_iso (record->deadline, &self->deadline)))
    return invalid (error, "dates must be written YYYY-MM-DD");

  for (guint i = 0; i < JS_N_TEXT_FIELDS; i++)
    js_joblog_entry_set_text (self, i, record->text[i]);

  if (record->suggestion != NULL && !g_uuid_string_is_valid (record->suggestion))
    return invalid (error, "“suggestion” must be a UUID");
  js_joblog_entry_set_suggestion (self, record->suggestion);

  return TRUE;
}

/**
 * js_joblog_entry_new_from_json:
 * @json: an entry as js_joblog_entry_to_json() writes it
 * @error: return location for a %JS_PROTOCOL_ERROR
 *
 * Reads an entry strictly: wrong types and unknown kinds or statuses are
 * errors. Missing text fields are empty; missing dates are unset.
 *
 * Returns: (transfer full) (nullable): the entry, or %NULL
 */
JsJoblogEntry *
js_joblog_entry_new_from_json (const char  *json,
                               GError     **error)
{
  g_autoptr(JsJoblogRecord) record = NULL;
  g_autoptr(JsJoblogEntry) self = js_joblog_entry_new ();

  g_return_val_if_fail (json != NULL, NULL);

  if (!(record = js_joblog_record_read (json, error)) || !take_record (self, record, error))
    return NULL;

  return g_steal_pointer (&self);
}

/**
 * js_joblog_entry_new_from_node:
 * @node: an entry as parsed JSON (a record of a page of changes)
 * @error: return location for a %JS_PROTOCOL_ERROR
 *
 * As js_joblog_entry_new_from_json(), without writing @node out and
 * parsing it again.
 *
 * Returns: (transfer full) (nullable): the entry, or %NULL
 */
JsJoblogEntry *
js_joblog_entry_new_from_node (JsonNode  *node,
                               GError   **error)
{
  g_autoptr(JsJoblogRecord) record = NULL;
  g_autoptr(JsJoblogEntry) self = js_joblog_entry_new ();

  g_return_val_if_fail (node != NULL, NULL);

  if (!(record = js_joblog_record_from_node (node, error)) || !take_record (self, record, error))
    return NULL;

  return g_steal_pointer (&self);
}

const char *
js_entry_kind_to_string (JsEntryKind kind)
{
  g_return_val_if_fail (kind < JS_N_ENTRY_KINDS, NULL);

  return kind_names[kind];
}

gboolean
js_entry_kind_from_string (const char  *string,
                           JsEntryKind *kind)
{
  for (guint i = 0; i < JS_N_ENTRY_KINDS; i++)
    {
      if (g_strcmp0 (string, kind_names[i]) == 0)
        {
          *kind = i;
          return TRUE;
        }
    }

  return FALSE;
}

const char *
js_entry_kind_label (JsEntryKind kind)
{
  switch (kind)
    {
    case JS_ENTRY_KIND_ADVERTISED:
      return _("Advertised job");
    case JS_ENTRY_KIND_UNSOLICITED:
      return _("Unsolicited application");
    case JS_ENTRY_KIND_NETWORK:
      return _("Network contact");
    case JS_ENTRY_KIND_EVENT:
      return _("Job fair or recruitment event");
    case JS_ENTRY_KIND_OTHER:
    case JS_N_ENTRY_KINDS:
    default:
      return _("Other job-search activity");
    }
}

const char *
js_entry_status_to_string (JsEntryStatus status)
{
  g_return_val_if_fail (status < JS_N_ENTRY_STATUSES, NULL);

  return status_names[status];
}

gboolean
js_entry_status_from_string (const char    *string,
                             JsEntryStatus *status)
{
  for (guint i = 0; i < JS_N_ENTRY_STATUSES; i++)
    {
      if (g_strcmp0 (string, status_names[i]) == 0)
        {
          *status = i;
          return TRUE;
        }
    }

  return FALSE;
}

const char *
js_entry_status_label (JsEntryStatus status)
{
  switch (status)
    {
    case JS_ENTRY_STATUS_PLANNED:
      return C_("application status", "Planned");
    case JS_ENTRY_STATUS_APPLIED:
      return C_("application status", "Applied");
    case JS_ENTRY_STATUS_INTERVIEW:
      return C_("application status", "Interview");
    case JS_ENTRY_STATUS_OFFER:
      return C_("application status", "Job offer");
    case JS_ENTRY_STATUS_HIRED:
      return C_("application status", "Hired");
    case JS_ENTRY_STATUS_REJECTED:
      return C_("application status", "Rejected");
    case JS_ENTRY_STATUS_WITHDRAWN:
    case JS_N_ENTRY_STATUSES:
    default:
      return C_("application status", "Withdrawn");
    }
}

const char *
js_text_field_key (JsTextField field)
{
  g_return_val_if_fail (field < JS_N_TEXT_FIELDS, NULL);

  return js_joblog_text_keys[field];
}

guint
js_text_field_max_length (JsTextField field)
{
  g_return_val_if_fail (field < JS_N_TEXT_FIELDS, 0);

  return text_max_length[field];
}
