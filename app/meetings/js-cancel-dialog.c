/* js-cancel-dialog.c: before a meeting is cancelled, what it may mean
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The question, with what cancelling may mean for the citizen's benefits
 * in the jobcenter's own words (or ours when it gave none), a note for
 * the caseworker, and "Keep the meeting" as the answer Enter and Escape
 * give. Its "response" is "cancel" or "keep".
 */

#include "config.h"

#include <glib/gi18n.h>

#include "js-a11y.h"
#include "js-cancel-dialog.h"
#include "js-meeting-text.h"
#include "js-quote.h"

/**
 * js_cancel_dialog_new:
 * @parent: (nullable): the window it stands over
 * @item: the meeting to cancel
 *
 * Returns: (transfer none): the dialog, not yet presented
 */
GtkWidget *
js_cancel_dialog_new (GtkWindow           *parent,
                      const JsMeetingItem *item)
{
  g_autofree char *when = js_meeting_when_text (item->record);
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  const char *consequence = item->record->cancel_consequence;
  GtkWidget *dialog;
  GtkWidget *entry;

  /* Translators: %s is when the meeting is */
  heading = g_strdup_printf (_("Cancel the meeting on %s?"), when);
  if (consequence != NULL && *consequence != '\0')
    {
      g_autofree char *words = js_isolate (consequence);

      /* Translators: %s is the jobcenter's own words, not translated */
      body = g_strdup_printf (_("What cancelling may mean for you, from the jobcenter: “%s”"),
                              words);
    }
  else
    body = g_strdup (_("If you cancel without a good reason, it can affect your benefits. If "
                       "you are ill, call the jobcenter instead."));

  dialog = adw_message_dialog_new (parent, heading, body);
  entry = gtk_entry_new ();
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("Why, for your caseworker (optional)"));
  gtk_entry_set_max_length (GTK_ENTRY (entry), 500);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Why, for your caseworker (optional)"), -1);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "keep", _("_Keep the meeting"),
                                    "cancel", _("_Cancel the meeting"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "cancel",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "keep");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "keep");
  g_object_set_data (G_OBJECT (dialog), "js-note", entry);
  js_a11y_fix (dialog);
  return dialog;
}

/**
 * js_cancel_dialog_get_note:
 * @dialog: a dialog made by js_cancel_dialog_new()
 *
 * Returns: (transfer none): the citizen's note to the caseworker
 */
const char *
js_cancel_dialog_get_note (GtkWidget *dialog)
{
  GtkEditable *note = g_object_get_data (G_OBJECT (dialog), "js-note");

  g_return_val_if_fail (GTK_IS_EDITABLE (note), "");

  return gtk_editable_get_text (note);
}
