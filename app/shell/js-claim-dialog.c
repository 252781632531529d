/* js-claim-dialog.c: "Add these 3 entries to your job log?"
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Asked of the citizen who signs in when something was made on this PC
 * before anyone signed in. Leaving it is the default: on a shared PC it
 * may be a stranger's.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "js-a11y.h"
#include "js-claim-dialog.h"

static char *
heading (const JsAdoptableCounts *counts)
{
  if (counts->exercises == 0 && counts->drafts == 0)
    return g_strdup_printf (ngettext ("Add this entry to your job log?",
                                      "Add these %u entries to your job log?", counts->entries),
                            counts->entries);

  return g_strdup (_("Add what was made before you signed in?"));
}

static char *
body (const JsAdoptableCounts *counts,
      gboolean                 shared_pc)
{
  GString *text = g_string_new (_("Before you signed in, this was made on this PC:"));

  if (counts->entries > 0)
    {
      g_string_append (text, "\n• ");
      g_string_append_printf (text, ngettext ("%u job-log entry", "%u job-log entries",
                                              counts->entries),
                              counts->entries);
    }
  if (counts->exercises > 0)
    {
      g_string_append (text, "\n• ");
      g_string_append_printf (text, ngettext ("progress on %u exercise",
                                              "progress on %u exercises", counts->exercises),
                              counts->exercises);
    }
  if (counts->drafts > 0)
    {
      g_string_append (text, "\n• ");
      g_string_append (text, _("an entry that was not finished"));
    }

  g_string_append (text, "\n\n");
  /* On a shared PC nothing stays: what is left is deleted with the session. */
  if (shared_pc)
    g_string_append (text, _("If it is yours, add it to your profile, and it is sent to the "
                             "jobcenter with your job log. If you leave it, it is deleted "
                             "from this PC when you sign out."));
  else
    g_string_append (text, _("If it is yours, add it to your profile, and it is sent to the "
                             "jobcenter with your job log. If it is not yours, leave it: it "
                             "stays on this PC for whoever made it."));
  return g_string_free (text, FALSE);
}

/**
 * js_claim_dialog_new:
 * @parent: (nullable): the main window
 * @counts: what was made before sign-in
 * @shared_pc: whether this is a shared PC, where nothing is kept
 *
 * Returns: (transfer none): the question, not yet shown; its responses are
 *   "add" and "leave"
 */
AdwMessageDialog *
js_claim_dialog_new (GtkWindow               *parent,
                     const JsAdoptableCounts *counts,
                     gboolean                 shared_pc)
{
  g_autofree char *title = NULL;
  g_autofree char *text = NULL;
  AdwMessageDialog *dialog;

  g_return_val_if_fail (counts != NULL, NULL);

  title = heading (counts);
  text = body (counts, shared_pc);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (parent, title, text));
  adw_message_dialog_add_responses (dialog,
                                    "leave", _("Leave it"),
                                    "add", _("Add to my profile"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "add", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "leave");
  adw_message_dialog_set_close_response (dialog, "leave");
  js_a11y_fix (GTK_WIDGET (dialog));
  return dialog;
}
