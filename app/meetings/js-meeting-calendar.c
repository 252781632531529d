/* js-meeting-calendar.c: meetings saved as a calendar file
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One meeting, or all confirmed meetings to come, as an .ics file made by
 * src/calendar with the words in the citizen's language, saved where the
 * citizen chooses through the save dialog (the portal's in the Flatpak).
 * A calendar program or phone imports it; importing it again after a
 * move updates the event, as the meeting keeps its UID.
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <string.h>

#include "js-calendar.h"
#include "js-meeting-calendar.h"
#include "js-meeting-text.h"
#include "js-time.h"
#include "js-toaster.h"

typedef struct {
  char *summary;
  char *location;
  char *description;
} Words;

static void
words_clear (Words *words)
{
  g_free (words->summary);
  g_free (words->location);
  g_free (words->description);
}

static void
words_for (Words               *words,
           const JsMeetingItem *item)
{
  const JsMeetingRecord *record = item->record;
  g_autoptr(GString) description = g_string_new (NULL);
  g_autofree char *purpose = js_meeting_jobcenter_words (_("What it is about"), record->purpose);
  g_autofree char *prepare = js_meeting_jobcenter_words (_("What to bring"), record->prepare);

  /* Translators: a calendar event's title; %s is the caseworker's name */
  words->summary = g_strdup_printf (_("Meeting at the jobcenter with %s"), record->caseworker);
  words->location = record->kind == JS_MEETING_KIND_IN_PERSON
                    ? g_strdup (record->place)
                    : js_meeting_channel_text (record);

  g_string_append (description, js_meeting_kind_name (record->kind));
  if (record->kind != JS_MEETING_KIND_IN_PERSON)
    {
      g_autofree char *channel = js_meeting_channel_text (record);

      g_string_append_printf (description, "\n%s", channel);
    }
  if (purpose != NULL)
    g_string_append_printf (description, "\n%s", purpose);
  if (prepare != NULL)
    g_string_append_printf (description, "\n%s", prepare);
  g_string_append_printf (description, "\n%s",
                          _("Made by Jobspor. If the meeting is moved or cancelled, save the "
                            "file again."));
  words->description = g_string_free (g_steal_pointer (&description), FALSE);
}

/**
 * js_meeting_calendar_text:
 * @items: (array length=n_items): meetings confirmed or cancelled
 * @n_items: how many
 * @now: when the file is made
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the iCalendar text, in the current language,
 *   or %NULL
 */
char *
js_meeting_calendar_text (const JsMeetingItem * const  *items,
                          guint                         n_items,
                          GDateTime                    *now,
                          GError                      **error)
{
  g_autofree JsCalendarEvent *events = g_new0 (JsCalendarEvent, MAX (n_items, 1));
  g_autofree Words *words = g_new0 (Words, MAX (n_items, 1));
  char *text;

  for (guint i = 0; i < n_items; i++)
    {
      const JsMeetingItem *item = items[i];

      words_for (&words[i], item);
      events[i] = (JsCalendarEvent) {
        .uid = item->id,
        .sequence = item->record->revision,
        .starts = item->record->starts,
        .ends = item->record->ends,
        .cancelled = item->state == JS_MEETING_STATE_CANCELLED,
        .summary = words[i].summary,
        .location = words[i].location,
        .description = words[i].description,
      };
    }

  text = js_calendar_write (events, n_items, now, error);
  for (guint i = 0; i < n_items; i++)
    words_clear (&words[i]);
  return text;
}

static void
written_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(GtkWindow) parent = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_file_get_basename (G_FILE (source));

  if (!g_file_replace_contents_finish (G_FILE (source), result, NULL, &error))
    {
      g_autofree char *body =
        g_strdup_printf (_("“%s” could not be saved: %s. Choose another folder and try again."),
                         name, error->message);

      js_message_show (parent, _("The file was not saved"), body);
      return;
    }

  if (parent != NULL)
    {
      /* Translators: %s is a file name */
      g_autofree char *done = g_strdup_printf (_("Saved as “%s”. Open it to add it to your "
                                                 "calendar."),
                                               name);

      js_toast_show (GTK_WIDGET (parent), adw_toast_new (done));
    }
}

static void
chosen_cb (GtkNativeDialog *chooser,
           int              response,
           GBytes          *bytes)
{
  g_autoptr(GFile) file = NULL;
  GtkWindow *parent = gtk_native_dialog_get_transient_for (chooser);

  if (response == GTK_RESPONSE_ACCEPT &&
      (file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser))) != NULL)
    g_file_replace_contents_bytes_async (file, bytes, NULL, FALSE,
                                         G_FILE_CREATE_REPLACE_DESTINATION, NULL, written_cb,
                                         parent != NULL ? g_object_ref (parent) : NULL);

  g_bytes_unref (bytes);
  g_object_unref (chooser);
}

/**
 * js_meeting_calendar_save:
 * @parent: (nullable): the window the save dialog stands over
 * @items: (array length=n_items): the meetings, confirmed or cancelled
 * @n_items: how many, at least one
 *
 * Makes the calendar file now, in the current language, and lets the
 * citizen choose where to save it.
 */
void
js_meeting_calendar_save (GtkWindow                   *parent,
                          const JsMeetingItem * const *items,
                          guint                        n_items)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *text = NULL;
  g_autofree char *name = NULL;
  GtkFileChooserNative *chooser;
  gsize length;

  g_return_if_fail (items != NULL && n_items > 0);

  if (!(text = js_meeting_calendar_text (items, n_items, now, &error)))
    {
      g_warning ("Could not make a calendar file: %s", error->message);
      js_message_show (parent, _("The file was not saved"),
                       _("Jobspor could not make the calendar file. Write the time down, or "
                         "print it."));
      return;
    }

  if (n_items == 1)
    {
      g_autoptr(GTimeZone) zone = js_copenhagen_zone ();
      g_autoptr(GDateTime) local = g_date_time_to_timezone (items[0]->record->starts, zone);
      g_autofree char *day = g_date_time_format (local, "%Y-%m-%d");

      name = g_strdup_printf ("%s-%s.ics", C_("file name", "meeting"), day);
    }
  else
    name = g_strdup_printf ("%s.ics", C_("file name", "meetings"));

  chooser = gtk_file_chooser_native_new (n_items == 1 ? _("Save the meeting for your calendar")
                                                      : _("Save your meetings for your calendar"),
                                         parent, GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"),
                                         _("_Cancel"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  gtk_file_filter_set_name (filter, _("Calendar file (.ics)"));
  gtk_file_filter_add_mime_type (filter, "text/calendar");
  gtk_file_filter_add_suffix (filter, "ics");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);

  length = strlen (text);
  g_signal_connect (chooser, "response", G_CALLBACK (chosen_cb),
                    g_bytes_new_take (g_steal_pointer (&text), length));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}
