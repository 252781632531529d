/* js-meeting-group.c: one meeting or booking, as the Meetings page shows it
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A group of rows that wrap at any width: where it stands in words (a
 * refusal with its reason and the next free times to book instead), a
 * move or cancellation not yet answered, how and with whom it happens,
 * what it is about and what to bring in the jobcenter's own words, the
 * citizen's note and interpreter, and what the jobcenter still allows,
 * each with its button.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "js-meeting-group.h"
#include "js-meeting-text.h"
#include "js-rows.h"
#include "js-quote.h"

/* The free times offered beside a refused booking. */
#define OTHER_TIMES_SHOWN 3

void
_js_meetings_group_add (GtkWidget  *group,
                        const char *title,
                        const char *subtitle)
{
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             js_row_new (title, subtitle));
}

GtkWidget *
_js_meetings_button_new (const char *label,
                         const char *tooltip,
                         const char *action,
                         GVariant   *target)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  if (target != NULL)
    gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), target);
  return button;
}

void
_js_meetings_row_add_button (GtkWidget *row,
                             GtkWidget *button)
{
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  if (adw_action_row_get_activatable_widget (ADW_ACTION_ROW (row)) == NULL)
    adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), button);
}

static void
add_warning_icon (GtkWidget *row)
{
  GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");

  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Warning"), -1);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
}

/* "Dismiss": the citizen has read a refusal. */
static GtkWidget *
dismiss_button (const char *id)
{
  return _js_meetings_button_new (_("_Dismiss"), _("You have read it: remove it from the list"),
                                  "meetings.dismiss", g_variant_new_string (id));
}

/* The state in words, the first row of a meeting: it takes the keyboard
 * after a change of the meeting. */
static GtkWidget *
state_row (const JsMeetingItem *item)
{
  const char *why = item->state == JS_MEETING_STATE_REJECTED
                    ? js_meeting_reason_text (item->reason)
                    : js_meeting_state_explanation (item->state);
  GtkWidget *row = js_row_new (js_meeting_state_name (item->state), why);

  gtk_widget_add_css_class (row, "meeting-state");
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  why, -1);
  if (item->state == JS_MEETING_STATE_REJECTED)
    add_warning_icon (row);
  return row;
}

/* A move or cancellation the jobcenter has not confirmed. */
static void
add_change (GtkWidget           *group,
            const JsMeetingItem *item)
{
  const JsMeetingChange *change = item->change;
  g_autofree char *title = NULL;
  g_autofree char *when = NULL;
  g_autofree char *subtitle = NULL;
  GtkWidget *row;

  if (change->action == JS_MEETING_WISH_MOVE && change->slot != NULL)
    {
      when = js_meeting_when_text (change->slot);
      /* Translators: %s is when the meeting would be */
      title = g_strdup_printf (_("You asked to move it to %s"), when);
    }
  else
    title = g_strdup (_("You asked to cancel it"));

  if (change->state == JS_MEETING_STATE_REJECTED)
    /* Translators: %s is why, in plain words */
    subtitle = g_strdup_printf (_("Rejected: %s The meeting stands at its time."),
                                js_meeting_reason_text (change->reason));
  else
    /* Translators: %1$s is where it stands, %2$s what that means */
    subtitle = g_strdup_printf (_("%1$s. %2$s Until the jobcenter answers, the meeting stands "
                                  "at its time."),
                                js_meeting_state_name (change->state),
                                js_meeting_state_explanation (change->state));

  row = js_row_new (title, subtitle);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  subtitle, -1);
  if (change->state == JS_MEETING_STATE_REJECTED)
    {
      add_warning_icon (row);
      _js_meetings_row_add_button (row, dismiss_button (change->id));
    }
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
}

/* What the jobcenter allows: move until …, cancel until …. */
static void
add_rule (GtkWidget     *group,
          JsMeetingRule  rule,
          GDateTime     *until,
          gboolean       cancel,
          const char    *meeting_id)
{
  g_autofree char *when = until != NULL ? js_meeting_moment_text (until) : NULL;
  g_autofree char *subtitle = NULL;
  GtkWidget *row;

  switch (rule)
    {
    case JS_MEETING_RULE_ALLOWED:
      subtitle = g_strdup_printf (cancel ? _("You can cancel it here until %s.")
                                         : _("You can move it here until %s."),
                                  when);
      break;
    case JS_MEETING_RULE_TOO_LATE:
      subtitle = g_strdup_printf (cancel ? _("It could be cancelled here until %s. Now, "
                                             "contact your caseworker.")
                                         : _("It could be moved here until %s. Now, contact "
                                             "your caseworker."),
                                  when);
      break;
    case JS_MEETING_RULE_NEVER:
      subtitle = g_strdup (cancel ? _("The jobcenter does not let you cancel this meeting "
                                      "here. If you cannot come, contact your caseworker.")
                                  : _("The jobcenter does not let you move this meeting here. "
                                      "If you cannot come, contact your caseworker."));
      break;
    case JS_MEETING_RULE_BUSY:
    case JS_MEETING_RULE_NOT_CONFIRMED:
    default:
      return;
    }

  row = js_row_new (cancel ? _("Cancel the meeting") : _("Move to another time"),
                              subtitle);
  if (rule == JS_MEETING_RULE_ALLOWED && cancel)
    _js_meetings_row_add_button (row, _js_meetings_button_new (
                                        _("_Cancel meeting…"),
                                        _("Ask the jobcenter to cancel this meeting"),
                                        "meetings.cancel", g_variant_new_string (meeting_id)));
  else if (rule == JS_MEETING_RULE_ALLOWED)
    _js_meetings_row_add_button (row, _js_meetings_button_new (
                                        _("_Move…"),
                                        _("Choose another free time for this meeting"),
                                        "meetings.move", g_variant_new_string (meeting_id)));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
}

/* The next free times, beside a booking the jobcenter refused: booked
 * with one key, with the same note and interpreter. */
static void
add_other_times (JsStore             *store,
                 GtkWidget           *group,
                 const JsMeetingItem *item,
                 GDateTime           *now)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) days = NULL;
  GtkWidget *row;
  guint shown = 0;

  if (item->reason != JS_MEETING_REASON_SLOT_TAKEN &&
      item->reason != JS_MEETING_REASON_DEADLINE_PASSED)
    return;

  days = js_store_meetings_free_slots (store, item->call_id, FALSE, now, NULL, &error);
  if (days == NULL)
    {
      g_warning ("Could not read the free times: %s", error->message);
      return;
    }

  for (guint d = 0; d < days->len && shown < OTHER_TIMES_SHOWN; d++)
    {
      JsSlotDay *day = days->pdata[d];

      for (guint s = 0; s < day->slots->len && shown < OTHER_TIMES_SHOWN; s++, shown++)
        {
          const JsMeetingRecord *slot = day->slots->pdata[s];
          g_autofree char *when = js_meeting_when_text (slot);
          g_autofree char *subtitle = g_strdup_printf ("%s\n%s",
                                                       js_meeting_kind_name (slot->kind),
                                                       slot->caseworker);
          /* Translators: %s is when the meeting would be */
          g_autofree char *title = g_strdup_printf (_("Free: %s"), when);

          row = js_row_new (title, subtitle);
          _js_meetings_row_add_button (row, _js_meetings_button_new (
                                              _("_Book"),
                                              _("Ask for this time instead, with the same note"),
                                              "meetings.rebook-slot",
                                              g_variant_new ("(ss)", item->id, slot->id)));
          adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
        }
    }

  row = js_row_new (shown > 0 ? _("Other free times")
                                         : _("No other free times as of the last sync"),
                              NULL);
  if (shown > 0)
    _js_meetings_row_add_button (row, _js_meetings_button_new (
                                        _("_All times…"),
                                        _("Choose from all the free times"), "meetings.rebook",
                                        g_variant_new_string (item->id)));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
}

static void
add_details (GtkWidget             *group,
             const JsMeetingRecord *record)
{
  g_autofree char *channel = js_meeting_channel_text (record);

  _js_meetings_group_add (group, js_meeting_kind_name (record->kind), channel);
  _js_meetings_group_add (group, _("Caseworker"), record->caseworker);
  if (record->purpose != NULL && *record->purpose != '\0')
    {
      g_autofree char *words = js_from_jobcenter (record->purpose);

      _js_meetings_group_add (group, _("What it is about"), words);
    }
  if (record->prepare != NULL && *record->prepare != '\0')
    {
      g_autofree char *words = js_from_jobcenter (record->prepare);

      _js_meetings_group_add (group, _("What to bring"), words);
    }
}

/**
 * js_meeting_group_new:
 * @store: the store the meeting is in (for free times to offer)
 * @item: a meeting or a booking
 * @now: the time now
 * @first_row: (out) (transfer none): its first row, where it stands
 *
 * Returns: (transfer floating): the meeting as a group of rows, with its
 *   actions (the page's "meetings." actions)
 */
GtkWidget *
js_meeting_group_new (JsStore             *store,
                      const JsMeetingItem *item,
                      GDateTime           *now,
                      GtkWidget          **first_row)
{
  g_autofree char *when = js_meeting_when_text (item->record);
  GtkWidget *group = js_group_new (when, NULL);
  GDateTime *until = NULL;
  JsMeetingRule rule;

  /* For the page to find the meeting again after it is built anew. */
  g_object_set_data_full (G_OBJECT (group), "js-item-id", g_strdup (item->id), g_free);

  *first_row = state_row (item);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), *first_row);
  if (item->state == JS_MEETING_STATE_REJECTED)
    {
      GtkWidget *row = js_row_new (_("Remove it from the list"), NULL);

      add_other_times (store, group, item, now);
      _js_meetings_row_add_button (row, dismiss_button (item->id));
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }
  if (item->change != NULL)
    add_change (group, item);

  add_details (group, item->record);
  if (item->note != NULL && *item->note != '\0')
    {
      g_autofree char *note = js_quote (item->note);

      _js_meetings_group_add (group, _("Your note to the caseworker"), note);
    }
  if (item->interpreter != NULL)
    _js_meetings_group_add (group, _("You asked for an interpreter"),
                            js_interpreter_language_name (item->interpreter));

  if (item->state == JS_MEETING_STATE_CONFIRMED)
    {
      GtkWidget *row;

      rule = js_meeting_item_can_move (item, now, &until);
      add_rule (group, rule, until, FALSE, item->id);
      rule = js_meeting_item_can_cancel (item, now, &until);
      add_rule (group, rule, until, TRUE, item->id);

      row = js_row_new (_("Add to calendar"),
                                  _("Save the meeting as a file for your calendar program or "
                                    "phone."));
      _js_meetings_row_add_button (row, _js_meetings_button_new (
                                          _("Save _file…"),
                                          _("Save this meeting as a calendar file (.ics)"),
                                          "meetings.calendar", g_variant_new_string (item->id)));
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }

  return group;
}

