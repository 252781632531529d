/* js-application-profiles.c: whose profile is open, signing in and out
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One profile per citizen (src/store/js-profiles.c): the one of the
 * citizen signed in, or the anonymous one. Switching closes every dialog
 * of the last citizen, replaces JsApplication:store (the window builds a
 * new view) and the sync engine, so nothing of one citizen is shown to or
 * sent for another. What was made before sign-in is offered to the
 * citizen who signs in, never given without asking.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "js-application-private.h"
#include "js-claim-dialog.h"
#include "js-file-util.h"
#include "js-profiles.h"
#include "js-session-dir.h"
#include "js-sign-in-dialog.h"
#include "js-sign-out-dialog.h"
#include "js-store-adopt.h"
#include "js-store-exercises.h"
#include "js-store-problem.h"
#include "js-token-store.h"
#include "js-window.h"

static char *
profiles_dir (JsApplication *self)
{
  if (self->session_dir != NULL)
    return g_build_filename (self->session_dir, "profiles", NULL);
  return g_build_filename (g_get_user_data_dir (), "jobspor", "profiles", NULL);
}

/* On a shared PC the token lives in memory only, with the sync engine:
 * never in the keyring, where the next person at the PC could find it. */
static gboolean
keeps_tokens (JsApplication *self)
{
  return self->server_url != NULL && !self->admin->shared_pc;
}

static void
token_found_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(JsApplication) self = user_data;
  g_autofree char *token = js_token_store_lookup_finish (result, NULL);

  /* Still the profile the token was looked up for: a sign-in or sign-out
   * in the meantime cancels the lookup. */
  if (token != NULL && self->engine != NULL && self->citizen != NULL &&
      js_sync_engine_get_token (self->engine) == NULL)
    js_sync_engine_set_token (self->engine, token, self->citizen);
}

/* Everything of a citizen's on screen goes with their profile: the dialogs
 * they opened (an unfinished entry is kept as a draft in their profile as
 * it closes), the views (JsWindow rebuilds them when the store changes)
 * and the sync of it. GTK's own dialogs (saving, printing) are closed as
 * if cancelled; Jobspor's are destroyed. */
static void
close_dialogs (JsApplication *self)
{
  g_autoptr(GPtrArray) closed = g_ptr_array_new ();

  for (guint round = 0; round < 64; round++)
    {
      GListModel *toplevels = gtk_window_get_toplevels ();
      g_autoptr(GtkWindow) window = NULL;

      for (guint i = 0; i < g_list_model_get_n_items (toplevels) && window == NULL; i++)
        {
          g_autoptr(GtkWindow) candidate = g_list_model_get_item (toplevels, i);

          if (!JS_IS_WINDOW (candidate))
            window = g_steal_pointer (&candidate);
        }

      if (window == NULL)
        return;

      if (gtk_window_get_application (window) != GTK_APPLICATION (self) &&
          !g_ptr_array_find (closed, window, NULL))
        {
          g_ptr_array_add (closed, window);
          gtk_window_close (window);
        }
      else
        gtk_window_destroy (window);
    }
}

/* Makes @store, @citizen's profile (or the anonymous profile when @citizen
 * is %NULL), the one shown and synced. */
static void
show_profile (JsApplication *self,
              const char    *citizen,
              JsStore       *store)
{
  g_cancellable_cancel (self->profile_cancellable);
  g_clear_object (&self->profile_cancellable);
  self->profile_cancellable = g_cancellable_new ();

  close_dialogs (self);
  g_clear_object (&self->engine);
  g_free (self->citizen);
  self->citizen = g_strdup (citizen);

  if (g_set_object (&self->store, store))
    g_object_notify (G_OBJECT (self), "store");
  _js_application_update_at_start (self);

  if (self->server_url != NULL && self->store != NULL)
    {
      self->engine = js_sync_engine_new (self->store, self->server_url);
      g_signal_connect_object (self->engine, "changed", G_CALLBACK (_js_application_update_sync_status), self,
                               G_CONNECT_SWAPPED);
    }

  _js_application_update_sync_status (self);
}

static void
look_up_token (JsApplication *self)
{
  if (keeps_tokens (self) && self->engine != NULL && self->citizen != NULL)
    js_token_store_lookup_async (self->server_url, self->citizen, self->profile_cancellable,
                                 token_found_cb, g_object_ref (self));
}

typedef struct {
  JsApplication *self;
  char          *citizen;
} Pending;

static void
pending_free (Pending *pending)
{
  g_object_unref (pending->self);
  g_free (pending->citizen);
  g_free (pending);
}

/* A damaged profile was kept aside and a new one made in its place. */
static void
remade_cb (gpointer  user_data,
           JsStore  *store)
{
  Pending *pending = user_data;
  JsApplication *self = pending->self;
  g_autoptr(GError) error = NULL;

  if (pending->citizen != NULL && !js_store_set_owner (store, pending->citizen, &error))
    {
      g_warning ("The new profile could not be made the citizen's: %s", error->message);
      pending_free (pending);
      return;
    }

  show_profile (self, pending->citizen, store);
  look_up_token (self);
  pending_free (pending);
}

/* @citizen's profile (a key, or NULL for the anonymous one) could not be
 * opened: nothing is shown, and the citizen is told why and what can be
 * done; a profile made anew is @citizen's. */
static void
present_store_problem (JsApplication *self,
                       const char    *citizen,
                       const GError  *error,
                       GtkWindow     *parent)
{
  g_autofree char *path = js_profiles_path (self->profiles, citizen);
  Pending *pending = g_new0 (Pending, 1);

  g_warning ("Could not open %s: %s", path, error->message);
  show_profile (self, NULL, NULL);
  pending->self = g_object_ref (self);
  pending->citizen = g_strdup (citizen);
  js_store_problem_present (parent, path, error, remade_cb, pending);
}

/* Opens the profile kept for @citizen (a profile key), or the anonymous
 * one, as at start. */
static void
open_profile (JsApplication *self,
              const char    *citizen,
              GtkWindow     *parent)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsStore) store = js_profiles_open_key (self->profiles, citizen, &error);

  if (store == NULL)
    {
      present_store_problem (self, citizen, error, parent);
      return;
    }

  show_profile (self, citizen, store);
  look_up_token (self);
}

static void
legacy_token_taken_cb (GObject      *source,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  Pending *pending = user_data;
  JsApplication *self = pending->self;
  g_autofree char *token = js_token_store_lookup_finish (result, NULL);

  /* The citizen the old profile went to was still signed in: so they
   * stay. Otherwise their profile waits for their next sign-in. */
  if (token != NULL && self->citizen == NULL)
    {
      open_profile (self, pending->citizen,
                    _js_application_main_window (self));
      if (self->engine != NULL && g_strcmp0 (self->citizen, pending->citizen) == 0)
        {
          js_profiles_set_current (self->profiles, pending->citizen, NULL);
          js_sync_engine_set_token (self->engine, token, pending->citizen);
        }
    }
  pending_free (pending);
}

/* The one profile of Jobspor before profiles becomes its citizen's. */
static void
migrate_legacy_profile (JsApplication *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *citizen = NULL;
  gboolean moved = FALSE;
  Pending *pending;

  if (!js_profiles_migrate_legacy (self->profiles, &moved, &citizen, &error))
    {
      g_warning ("Could not move the profile of an earlier Jobspor: %s", error->message);
      return;
    }

  if (!moved || self->server_url == NULL)
    return;

  pending = g_new0 (Pending, 1);
  pending->self = g_object_ref (self);
  pending->citizen = g_steal_pointer (&citizen);
  js_token_store_take_legacy_async (self->server_url, pending->citizen, self->cancellable,
                                    legacy_token_taken_cb, pending);
}

static void
claim_response_cb (AdwMessageDialog *dialog,
                   const char       *response,
                   JsApplication    *self)
{
  JsStore *anonymous = g_object_get_data (G_OBJECT (dialog), "anonymous");
  g_autoptr(GError) error = NULL;

  if (!g_str_equal (response, "add") || self->citizen == NULL)
    return;

  if (!js_store_adopt (self->store, anonymous, &error))
    {
      g_warning ("Could not take what was made before sign-in: %s", error->message);
      return;
    }

  js_store_changed_elsewhere (self->store);
}

/* What was made before anyone signed in is offered to the citizen who
 * signs in now: never given to anyone without asking. */
static void
offer_claim (JsApplication *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsStore) anonymous = js_profiles_open_key (self->profiles, NULL, &error);
  JsAdoptableCounts counts;
  AdwMessageDialog *dialog;

  if (anonymous == NULL || !js_store_count_adoptable (anonymous, &counts, &error))
    {
      g_message ("Nothing to offer from before sign-in: %s", error->message);
      return;
    }

  if (counts.entries + counts.exercises + counts.drafts == 0)
    return;

  dialog = js_claim_dialog_new (_js_application_main_window (self),
                                &counts, self->admin->shared_pc);
  g_object_set_data_full (G_OBJECT (dialog), "anonymous", g_steal_pointer (&anonymous),
                          g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (claim_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
signed_in_cb (JsApplication  *self,
              JsSession      *session,
              JsSignInDialog *dialog)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *citizen = js_profiles_key_for (self->profiles, session->citizen, &error);

  if (citizen == NULL)
    {
      g_warning ("Could not find the citizen's profile: %s", error->message);
      return;
    }

  if (g_strcmp0 (citizen, self->citizen) != 0 || self->store == NULL)
    {
      g_autoptr(JsStore) store = js_profiles_open_signed_in (self->profiles, citizen,
                                                             session->citizen, &error);

      if (store == NULL)
        {
          present_store_problem (self, citizen, error,
                                 _js_application_main_window (self));
          return;
        }
      show_profile (self, citizen, store);
    }
  else if (!js_store_exercise_claim (self->store, session->citizen, &error))
    g_warning ("Could not keep the citizen number with the profile: %s", error->message);

  if (!js_profiles_set_current (self->profiles, citizen, &error))
    g_warning ("The sign-in is kept for this session only: %s", error->message);
  js_store_set_meta (self->store, JS_CITIZEN_NAME_META, session->name, NULL);
  if (keeps_tokens (self))
    js_token_store_save (self->server_url, citizen, session->token);
  js_sync_engine_set_token (self->engine, session->token, citizen);
  offer_claim (self);
}

void
_js_application_sign_in_action (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  JsApplication *self = user_data;
  JsSignInDialog *dialog;

  if (self->engine == NULL)
    return;

  dialog = js_sign_in_dialog_new (_js_application_main_window (self),
                                  self->server_url);
  gtk_window_set_application (GTK_WINDOW (dialog), GTK_APPLICATION (self));
  g_signal_connect_object (dialog, "signed-in", G_CALLBACK (signed_in_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* A new session folder on a shared PC, and the profiles in it. Without
 * one (no runtime folder can be written) nothing is kept at all: the
 * profiles then go to a folder that cannot be made, and the citizen is
 * told the profile cannot be opened. */
static void
start_shared_session (JsApplication *self)
{
  g_autofree char *root = js_session_root ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;

  g_clear_object (&self->profiles);
  g_free (self->session_dir);
  self->session_dir = js_session_dir_new (root, &error);
  if (self->session_dir == NULL)
    g_warning ("No session folder: %s", error->message);
  dir = self->session_dir != NULL ? profiles_dir (self) : g_build_filename (root, "none", NULL);
  self->profiles = js_profiles_new (dir);
}

/**
 * _js_application_end_shared_session:
 *
 * On a shared PC, removes the session folder with all it holds. The
 * profile must be closed first (JsApplication:store %NULL).
 */
void
_js_application_end_shared_session (JsApplication *self)
{
  g_autoptr(GError) error = NULL;

  if (self->session_dir == NULL)
    return;
  if (!js_remove_tree (self->session_dir, &error))
    g_warning ("The session could not be wiped: %s", error->message);
  g_clear_pointer (&self->session_dir, g_free);
}

/* The jobcenter stops accepting the token; when it cannot be reached the
 * token is forgotten here all the same and expires there. */
static void
revoked_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  if (!js_sync_sign_out_finish (result, &error))
    g_message ("The jobcenter was not told of the sign-out: %s", error->message);
}

/* Signs out at once: the jobcenter is told (when it can be), the token
 * forgotten, and the citizen's profile closes; on a shared PC the whole
 * session goes. */
void
_js_application_sign_out_now (JsApplication *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *citizen = NULL;
  const char *token = self->engine != NULL ? js_sync_engine_get_token (self->engine) : NULL;

  if (self->citizen == NULL)
    {
      if (self->admin->shared_pc)
        _js_application_restart_shared_session (self);
      return;
    }

  if (token != NULL)
    js_sync_sign_out_async (NULL, self->server_url, token, self->cancellable, revoked_cb, NULL);

  if (keeps_tokens (self))
    js_token_store_forget (self->server_url, self->citizen);

  if (self->admin->shared_pc)
    {
      _js_application_restart_shared_session (self);
      return;
    }
  if (!js_profiles_set_current (self->profiles, NULL, &error))
    g_warning ("Could not forget who was signed in: %s", error->message);

  /* The citizen's profile closes; the one of no one signed in opens. */
  citizen = g_strdup (self->citizen);
  open_profile (self, NULL, _js_application_main_window (self));
  if (self->delete_local && !js_profiles_remove (self->profiles, citizen, &error))
    g_warning ("Could not delete the profile from this PC: %s", error->message);
  self->delete_local = FALSE;
}

/* At home: kept, or deleted from this PC once what is unsent has been
 * sent (or the citizen chose to lose it). */
static void
sign_out_answered_cb (AdwMessageDialog *dialog,
                      const char       *response,
                      JsApplication    *self)
{
  if (g_str_equal (response, JS_SIGN_OUT_KEEP))
    _js_application_sign_out_now (self);
  else if (g_str_equal (response, JS_SIGN_OUT_DELETE))
    {
      self->delete_local = TRUE;
      _js_application_leave (self, FALSE);
    }
}

/* On a shared PC, what has not reached the jobcenter is sent (or the
 * citizen chooses) before the session goes (js-application-session.c). */
void
_js_application_sign_out_action (GSimpleAction *action,
                                 GVariant      *parameter,
                                 gpointer       user_data)
{
  JsApplication *self = user_data;
  AdwMessageDialog *dialog;

  if (self->admin->shared_pc)
    {
      _js_application_leave (self, FALSE);
      return;
    }

  dialog = js_sign_out_dialog_new (_js_application_main_window (self));
  g_signal_connect_object (dialog, "response", G_CALLBACK (sign_out_answered_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/**
 * _js_application_restart_shared_session:
 *
 * On a shared PC: everything of the session goes (the profile, its
 * folder, the dialogs open), and a new session begins with the profile
 * of no one signed in.
 */
void
_js_application_restart_shared_session (JsApplication *self)
{
  self->guest = FALSE;
  _js_application_reset_language (self);
  show_profile (self, NULL, NULL);
  _js_application_end_shared_session (self);
  start_shared_session (self);
  open_profile (self, NULL, _js_application_main_window (self));
}

/* At start: the profile of an earlier Jobspor moves to its citizen, then
 * the citizen who stayed signed in, or the anonymous profile, opens. On a
 * shared PC, what an earlier session left (a crash, a power cut) is wiped
 * first, and a new session starts with the anonymous profile. */
void
_js_application_open_first_profile (JsApplication *self,
                                    GtkWindow     *window)
{
  g_autofree char *citizen = NULL;

  if (self->admin->shared_pc)
    {
      g_autofree char *root = js_session_root ();
      g_autoptr(GError) error = NULL;

      if (!js_session_wipe_all (root, &error))
        g_warning ("Could not wipe earlier sessions: %s", error->message);
      start_shared_session (self);
      open_profile (self, NULL, window);
      return;
    }

  self->profiles = js_profiles_new (profiles_dir (self));
  migrate_legacy_profile (self);
  citizen = js_profiles_dup_current (self->profiles);
  open_profile (self, citizen, window);
}
