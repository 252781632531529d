/* js-store-problem.c: telling the citizen their saved data can't be opened
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each store error becomes a plain-language message and a way forward. A
 * damaged file is never deleted: it is renamed and kept beside the new one.
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "js-a11y.h"
#include "js-store-problem.h"

typedef struct {
  char                   *path;
  JsStoreProblemResolved  resolved;
  gpointer                user_data;
} Problem;

static void
problem_free (Problem *problem)
{
  g_free (problem->path);
  g_free (problem);
}

static void present_error (GtkWindow    *parent,
                           Problem      *problem,
                           const GError *error);

static void
retry (GtkWindow *parent,
       Problem   *problem,
       gboolean   move_aside)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsStore) store = NULL;
  g_autofree char *aside = NULL;

  if (move_aside && !(aside = js_store_move_aside (problem->path, &error)))
    {
      g_warning ("Could not move %s aside: %s", problem->path, error->message);
      g_clear_error (&error);
      g_set_error_literal (&error, JS_STORE_ERROR, JS_STORE_ERROR_OPEN, "rename failed");
      present_error (parent, problem, error);
      return;
    }

  if (!(store = js_store_open (problem->path, &error)))
    {
      g_warning ("Could not open %s: %s", problem->path, error->message);
      present_error (parent, problem, error);
      return;
    }

  if (aside != NULL)
    g_message ("The unreadable database was kept as %s", aside);

  problem->resolved (problem->user_data, store);
  problem_free (problem);
}

static void
response_cb (AdwMessageDialog *dialog,
             const char       *response,
             Problem          *problem)
{
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (dialog));

  if (g_str_equal (response, "retry"))
    retry (parent, problem, FALSE);
  else if (g_str_equal (response, "start-again"))
    retry (parent, problem, TRUE);
  else
    {
      problem_free (problem);
      g_application_quit (g_application_get_default ());
    }
}

static void
present_error (GtkWindow    *parent,
               Problem      *problem,
               const GError *error)
{
  g_autofree char *folder = g_path_get_dirname (problem->path);
  const char *heading;
  g_autofree char *body = NULL;
  const char *action_id = "retry";
  const char *action_label = _("_Try again");
  AdwMessageDialog *dialog;

  switch (g_error_matches (error, JS_STORE_ERROR, error->code) ? error->code
                                                               : JS_STORE_ERROR_FAILED)
    {
    case JS_STORE_ERROR_CORRUPT:
      heading = _("Your saved data can’t be read");
      body = g_strdup_printf (_("The file where Jobspor keeps your job log on this computer is "
                                "damaged. Jobspor can put it aside, unchanged, and start again "
                                "with an empty log. What you already sent to the jobcenter is "
                                "safe there.\n\nThe damaged file will be kept in %s."),
                              folder);
      action_id = "start-again";
      action_label = _("_Keep it aside and start again");
      break;

    case JS_STORE_ERROR_TOO_NEW:
      heading = _("Your data is from a newer Jobspor");
      body = g_strdup (_("A newer version of Jobspor saved the data on this computer, and this "
                         "version can’t read it. Ask for Jobspor to be updated, then open it "
                         "again. Nothing has been changed."));
      action_id = NULL;
      break;

    case JS_STORE_ERROR_FULL:
      heading = _("The disk is full");
      body = g_strdup (_("Jobspor can’t save anything because the disk of this computer is "
                         "full. Delete some files you no longer need, then try again."));
      break;

    case JS_STORE_ERROR_BUSY:
      heading = _("Your data is in use");
      body = g_strdup (_("Another program is using your saved data right now. Close other "
                         "copies of Jobspor, then try again."));
      break;

    case JS_STORE_ERROR_OPEN:
    case JS_STORE_ERROR_INVALID:
    case JS_STORE_ERROR_FAILED:
    default:
      heading = _("Your saved data can’t be opened");
      body = g_strdup_printf (_("Jobspor could not open the folder where it keeps your data "
                                "(%s). Check that it exists and that you may save files there, "
                                "then try again."),
                              folder);
      break;
    }

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (parent, heading, body));
  adw_message_dialog_add_response (dialog, "quit", _("_Quit"));
  if (action_id != NULL)
    {
      adw_message_dialog_add_response (dialog, action_id, action_label);
      adw_message_dialog_set_response_appearance (dialog, action_id,
                                                  ADW_RESPONSE_SUGGESTED);
      adw_message_dialog_set_default_response (dialog, action_id);
    }
  adw_message_dialog_set_close_response (dialog, "quit");
  g_signal_connect (dialog, "response", G_CALLBACK (response_cb), problem);
  js_a11y_fix (GTK_WIDGET (dialog));
  gtk_window_present (GTK_WINDOW (dialog));
}

/**
 * js_store_problem_present:
 * @parent: the window to show the message over
 * @path: the database that failed to open
 * @error: why it failed, a #JsStoreError
 * @resolved: called with the store once it opens
 * @user_data: data for @resolved
 *
 * Explains the failure in plain words and offers what can be done: try
 * again, keep a damaged file aside and start again, or quit.
 */
void
js_store_problem_present (GtkWindow              *parent,
                          const char             *path,
                          const GError           *error,
                          JsStoreProblemResolved  resolved,
                          gpointer                user_data)
{
  Problem *problem;

  g_return_if_fail (path != NULL);
  g_return_if_fail (error != NULL);
  g_return_if_fail (resolved != NULL);

  problem = g_new0 (Problem, 1);
  problem->path = g_strdup (path);
  problem->resolved = resolved;
  problem->user_data = user_data;
  present_error (parent, problem, error);
}
