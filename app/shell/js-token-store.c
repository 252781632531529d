/* js-token-store.c: keeping the sign-in token between starts
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The token goes to the desktop's keyring through libsecret (the Secret
 * portal inside Flatpak), never to a file of Jobspor's. Each token is
 * kept with the jobcenter's address and the profile key of the citizen it
 * belongs to (js-profiles.c), so a profile is only ever synced with its
 * own citizen's token. Without a keyring the citizen simply signs in again
 * at the next start.
 */

#include "config.h"

#include <libsecret/secret.h>

#include "js-token-store.h"

static const SecretSchema *
schema (void)
{
  static const SecretSchema token_schema = {
    APP_ID ".CitizenToken", SECRET_SCHEMA_NONE,
    {
      { "server", SECRET_SCHEMA_ATTRIBUTE_STRING },
      { "profile", SECRET_SCHEMA_ATTRIBUTE_STRING },
      { NULL, 0 },
    },
  };

  return &token_schema;
}

/* Jobspor before profiles kept one token per jobcenter, for whoever was
 * signed in last. */
static const SecretSchema *
legacy_schema (void)
{
  static const SecretSchema token_schema = {
    APP_ID ".Token", SECRET_SCHEMA_NONE,
    {
      { "server", SECRET_SCHEMA_ATTRIBUTE_STRING },
      { NULL, 0 },
    },
  };

  return &token_schema;
}

static void
stored_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  if (!secret_password_store_finish (result, &error))
    g_message ("The sign-in is kept for this session only: %s", error->message);
}

void
js_token_store_save (const char *url,
                     const char *profile,
                     const char *token)
{
  g_return_if_fail (url != NULL && profile != NULL && token != NULL);

  secret_password_store (schema (), SECRET_COLLECTION_DEFAULT, "Jobspor", token, NULL, stored_cb,
                         NULL, "server", url, "profile", profile, NULL);
}

static void
looked_up_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(GError) error = NULL;
  char *token = secret_password_lookup_finish (result, &error);

  if (error != NULL)
    g_message ("No kept sign-in: %s", error->message);
  g_task_return_pointer (task, token, g_free);
}

void
js_token_store_lookup_async (const char          *url,
                             const char          *profile,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  GTask *task = g_task_new (NULL, cancellable, callback, user_data);

  secret_password_lookup (schema (), cancellable, looked_up_cb, task, "server", url,
                          "profile", profile, NULL);
}

/**
 * js_token_store_lookup_finish:
 *
 * Returns: (transfer full) (nullable): the kept token, or %NULL
 */
char *
js_token_store_lookup_finish (GAsyncResult  *result,
                              GError       **error)
{
  return g_task_propagate_pointer (G_TASK (result), error);
}

void
js_token_store_forget (const char *url,
                       const char *profile)
{
  secret_password_clear (schema (), NULL, NULL, NULL, "server", url, "profile", profile, NULL);
}

static void
legacy_looked_up_cb (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  const char *url = g_object_get_data (G_OBJECT (task), "url");
  const char *profile = g_task_get_task_data (task);
  g_autofree char *token = secret_password_lookup_finish (result, NULL);

  if (token == NULL)
    {
      g_task_return_pointer (task, NULL, NULL);
      return;
    }

  secret_password_clear (legacy_schema (), NULL, NULL, NULL, "server", url, NULL);
  if (profile == NULL)
    {
      g_task_return_pointer (task, NULL, NULL);
      return;
    }

  js_token_store_save (url, profile, token);
  g_task_return_pointer (task, g_steal_pointer (&token), g_free);
}

/**
 * js_token_store_take_legacy_async:
 * @url: the jobcenter's address
 * @profile: (nullable): the profile key of the citizen the old profile
 *   went to, or %NULL when no one's
 *
 * Takes the token that Jobspor kept before it kept one profile per
 * citizen: it is kept again for @profile and given back, or dropped when
 * @profile is %NULL.
 */
void
js_token_store_take_legacy_async (const char          *url,
                                  const char          *profile,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  GTask *task = g_task_new (NULL, cancellable, callback, user_data);

  g_object_set_data_full (G_OBJECT (task), "url", g_strdup (url), g_free);
  g_task_set_task_data (task, g_strdup (profile), g_free);
  secret_password_lookup (legacy_schema (), cancellable, legacy_looked_up_cb, task,
                          "server", url, NULL);
}
