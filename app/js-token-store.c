/* js-token-store.c: keeping the sign-in token between starts
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The token goes to the desktop's keyring through libsecret (the Secret
 * portal inside Flatpak), never to a file of Jobspor's. Without a keyring
 * the citizen simply signs in again at the next start.
 */

#include "config.h"

#include <libsecret/secret.h>

#include "js-token-store.h"

static const SecretSchema *
schema (void)
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
                     const char *token)
{
  secret_password_store (schema (), SECRET_COLLECTION_DEFAULT, "Jobspor", token, NULL, stored_cb,
                         NULL, "server", url, NULL);
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
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  GTask *task = g_task_new (NULL, cancellable, callback, user_data);

  secret_password_lookup (schema (), cancellable, looked_up_cb, task, "server", url, NULL);
}

/**
 * js_token_store_lookup_finish:
 *
 * Returns: (transfer full) (nullable): the kept token, or %NULL
 */
char *
js_token_store_lookup_finish (GAsyncResult *result)
{
  return g_task_propagate_pointer (G_TASK (result), NULL);
}

void
js_token_store_forget (const char *url)
{
  secret_password_clear (schema (), NULL, NULL, NULL, "server", url, NULL);
}
