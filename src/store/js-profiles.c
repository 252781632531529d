/* js-profiles.c: one profile per citizen, and one before anyone signs in
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every citizen who signs in on this computer gets a folder of their own
 * under the profiles folder, with their own database: job log, journal,
 * sync cursor, drafts, exercise progress, conflicts. The folder is named by
 * a one-way key of the citizen number, never the number itself: PBKDF2
 * (HMAC-SHA-256, many rounds) with a random salt made once per computer,
 * so a folder name cannot be turned back into a number by trying them all
 * in a table. What is made before anyone signs in lives in the
 * "anonymous" folder.
 *
 *   profiles/
 *     salt                this computer's salt (hex)
 *     current             the key of the citizen signed in, if any
 *     anonymous/jobspor.db
 *     <key>/jobspor.db
 *     local/jobspor.db    the one profile of Jobspor before profiles, moved
 *                         by js_profiles_migrate_legacy()
 */

#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <nettle/pbkdf2.h>

#include "js-file-util.h"
#include "js-profiles.h"
#include "js-protocol.h"
#include "js-store-exercises.h"

#define SALT_BYTES 32
#define KEY_BYTES 16
/* About 20 ms on a slow PC: once at each sign-in. */
#define KEY_ROUNDS 60000
#define ANONYMOUS "anonymous"
#define LEGACY "local"
#define DATABASE "jobspor.db"
#define CITIZEN_NUMBER_KEY "citizen-number"

struct _JsProfiles {
  GObject  parent_instance;

  char    *dir;
  char    *salt;
};

G_DEFINE_FINAL_TYPE (JsProfiles, js_profiles, G_TYPE_OBJECT)

static gboolean
is_hex (const char *text,
        gsize       length)
{
  if (text == NULL || strlen (text) != length)
    return FALSE;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (!g_ascii_isdigit (*p) && !(*p >= 'a' && *p <= 'f'))
        return FALSE;
    }

  return TRUE;
}

static char *
to_hex (const guint8 *bytes,
        gsize         length)
{
  GString *hex = g_string_sized_new (length * 2);

  for (gsize i = 0; i < length; i++)
    g_string_append_printf (hex, "%02x", bytes[i]);

  return g_string_free (hex, FALSE);
}

static gboolean
set_errno_error (GError     **error,
                 int          saved_errno,
                 const char  *what,
                 const char  *path)
{
  g_set_error (error, JS_STORE_ERROR, JS_STORE_ERROR_OPEN, "%s %s: %s", what, path,
               g_strerror (saved_errno));
  return FALSE;
}

static gboolean
ensure_dir (const char  *dir,
            GError     **error)
{
  if (g_mkdir_with_parents (dir, 0700) != 0)
    return set_errno_error (error, errno, "Could not create the folder", dir);

  return TRUE;
}

/* This computer's salt, made the first time it is needed. */
static const char *
salt (JsProfiles  *self,
      GError     **error)
{
  g_autofree char *path = g_build_filename (self->dir, "salt", NULL);
  g_autofree char *contents = NULL;
  guint8 bytes[SALT_BYTES];

  if (self->salt != NULL)
    return self->salt;

  if (g_file_get_contents (path, &contents, NULL, NULL))
    {
      g_strstrip (contents);
      if (is_hex (contents, SALT_BYTES * 2))
        return self->salt = g_steal_pointer (&contents);
    }

  for (guint i = 0; i < SALT_BYTES; i += 4)
    {
      guint32 random = g_random_int ();

      memcpy (bytes + i, &random, 4);
    }
  g_clear_pointer (&contents, g_free);
  contents = to_hex (bytes, SALT_BYTES);

  if (!ensure_dir (self->dir, error) ||
      !g_file_set_contents_full (path, contents, -1, G_FILE_SET_CONTENTS_CONSISTENT, 0600,
                                 error))
    return NULL;

  return self->salt = g_steal_pointer (&contents);
}

static void
js_profiles_finalize (GObject *object)
{
  JsProfiles *self = JS_PROFILES (object);

  g_free (self->dir);
  g_free (self->salt);

  G_OBJECT_CLASS (js_profiles_parent_class)->finalize (object);
}

static void
js_profiles_class_init (JsProfilesClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = js_profiles_finalize;
}

static void
js_profiles_init (JsProfiles *self)
{
}

/**
 * js_profiles_new:
 * @dir: the profiles folder, such as ~/.local/share/jobspor/profiles
 *
 * Returns: (transfer full): the profiles kept in @dir
 */
JsProfiles *
js_profiles_new (const char *dir)
{
  JsProfiles *self;

  g_return_val_if_fail (dir != NULL, NULL);

  self = g_object_new (JS_TYPE_PROFILES, NULL);
  self->dir = g_strdup (dir);
  return self;
}

/**
 * js_profiles_key_valid:
 * @key: (nullable): a profile key
 *
 * Returns: whether @key is what js_profiles_key_for() makes
 */
gboolean
js_profiles_key_valid (const char *key)
{
  return is_hex (key, KEY_BYTES * 2);
}

/**
 * js_profiles_key_for:
 * @self: the profiles
 * @citizen: a citizen number (10 digits)
 * @error: return location for a #GError
 *
 * The one-way key of @citizen on this computer: the name of their profile
 * folder and the owner of their changes. Takes some milliseconds, on
 * purpose.
 *
 * Returns: (transfer full): 32 lowercase hex digits, or %NULL
 */
char *
js_profiles_key_for (JsProfiles  *self,
                     const char  *citizen,
                     GError     **error)
{
  const char *computer_salt;
  guint8 key[KEY_BYTES];

  g_return_val_if_fail (JS_IS_PROFILES (self), NULL);
  g_return_val_if_fail (citizen != NULL, NULL);

  if (!js_citizen_number_valid (citizen))
    {
      g_set_error_literal (error, JS_STORE_ERROR, JS_STORE_ERROR_INVALID,
                           "A citizen number has 10 digits");
      return NULL;
    }

  if (!(computer_salt = salt (self, error)))
    return NULL;

  pbkdf2_hmac_sha256 (strlen (citizen), (const guint8 *) citizen, KEY_ROUNDS,
                      strlen (computer_salt), (const guint8 *) computer_salt,
                      sizeof key, key);
  return to_hex (key, sizeof key);
}

/**
 * js_profiles_path:
 * @self: the profiles
 * @key: (nullable): a citizen's key, or %NULL for the anonymous profile
 *
 * Returns: (transfer full): the profile's database file
 */
char *
js_profiles_path (JsProfiles *self,
                  const char *key)
{
  g_return_val_if_fail (JS_IS_PROFILES (self), NULL);
  g_return_val_if_fail (key == NULL || js_profiles_key_valid (key), NULL);

  return g_build_filename (self->dir, key != NULL ? key : ANONYMOUS, DATABASE, NULL);
}

/**
 * js_profiles_remove:
 * @key: a citizen's profile key
 *
 * Deletes the citizen's profile from this PC: the job log, progress,
 * drafts and the sync journal. The profile must be closed.
 */
gboolean
js_profiles_remove (JsProfiles  *self,
                    const char  *key,
                    GError     **error)
{
  g_autofree char *folder = NULL;

  g_return_val_if_fail (JS_IS_PROFILES (self), FALSE);
  g_return_val_if_fail (js_profiles_key_valid (key), FALSE);

  folder = g_build_filename (self->dir, key, NULL);
  return js_remove_tree (folder, error);
}

/**
 * js_profiles_dup_current:
 * @self: the profiles
 *
 * Returns: (transfer full) (nullable): the key of the citizen signed in on
 *   this computer, or %NULL when no one is
 */
char *
js_profiles_dup_current (JsProfiles *self)
{
  g_autofree char *path = NULL;
  g_autofree char *contents = NULL;

  g_return_val_if_fail (JS_IS_PROFILES (self), NULL);

  path = g_build_filename (self->dir, "current", NULL);
  if (!g_file_get_contents (path, &contents, NULL, NULL))
    return NULL;

  g_strstrip (contents);
  return js_profiles_key_valid (contents) ? g_steal_pointer (&contents) : NULL;
}

/**
 * js_profiles_set_current:
 * @self: the profiles
 * @key: (nullable): the key of the citizen who signed in, or %NULL at
 *   sign-out
 * @error: return location for a #GError
 *
 * Returns: %TRUE on success
 */
gboolean
js_profiles_set_current (JsProfiles  *self,
                         const char  *key,
                         GError     **error)
{
  g_autofree char *path = NULL;

  g_return_val_if_fail (JS_IS_PROFILES (self), FALSE);
  g_return_val_if_fail (key == NULL || js_profiles_key_valid (key), FALSE);

  path = g_build_filename (self->dir, "current", NULL);
  if (key == NULL)
    {
      if (g_unlink (path) != 0 && errno != ENOENT)
        return set_errno_error (error, errno, "Could not remove", path);
      return TRUE;
    }

  return ensure_dir (self->dir, error) &&
         g_file_set_contents_full (path, key, -1, G_FILE_SET_CONTENTS_CONSISTENT, 0600, error);
}

/**
 * js_profiles_open:
 * @self: the profiles
 * @citizen: (nullable): the number of the citizen who signed in, or %NULL
 *   for the anonymous profile
 * @error: return location for a #JsStoreError
 *
 * Opens (or makes) the profile of @citizen, as js_profiles_open_signed_in()
 * does with the citizen's key worked out here.
 *
 * Returns: (transfer full): the profile's store, or %NULL
 */
JsStore *
js_profiles_open (JsProfiles  *self,
                  const char  *citizen,
                  GError     **error)
{
  g_autofree char *key = NULL;

  g_return_val_if_fail (JS_IS_PROFILES (self), NULL);

  if (citizen == NULL)
    return js_profiles_open_key (self, NULL, error);

  if (!(key = js_profiles_key_for (self, citizen, error)))
    return NULL;

  return js_profiles_open_signed_in (self, key, citizen, error);
}

/**
 * js_profiles_open_signed_in:
 * @self: the profiles
 * @key: the key of @citizen (js_profiles_key_for())
 * @citizen: the number of the citizen who signed in
 * @error: return location for a #JsStoreError
 *
 * Opens (or makes) the profile of @citizen: its store is owned by the
 * citizen's key, so that each change recorded in it is the citizen's, and
 * knows the citizen number, so that exercise progress gets the citizen's
 * own record ids.
 *
 * Returns: (transfer full): the profile's store, or %NULL
 */
JsStore *
js_profiles_open_signed_in (JsProfiles  *self,
                            const char  *key,
                            const char  *citizen,
                            GError     **error)
{
  g_autofree char *path = NULL;
  g_autoptr(JsStore) store = NULL;

  g_return_val_if_fail (JS_IS_PROFILES (self), NULL);
  g_return_val_if_fail (js_profiles_key_valid (key), NULL);
  g_return_val_if_fail (citizen != NULL, NULL);

  path = js_profiles_path (self, key);
  if (!(store = js_store_open (path, error)) ||
      !js_store_set_owner (store, key, error) ||
      !js_store_exercise_claim (store, citizen, error))
    return NULL;

  return g_steal_pointer (&store);
}

/**
 * js_profiles_open_key:
 * @self: the profiles
 * @key: (nullable): a citizen's key, or %NULL for the anonymous profile
 * @error: return location for a #JsStoreError
 *
 * Opens the profile kept for @key, as at start for the citizen who stayed
 * signed in. A citizen's profile that has no owner (damaged, or put there
 * by hand) is refused, so its changes are never sent as theirs.
 *
 * Returns: (transfer full): the profile's store, or %NULL
 */
JsStore *
js_profiles_open_key (JsProfiles  *self,
                      const char  *key,
                      GError     **error)
{
  g_autofree char *path = NULL;
  g_autoptr(JsStore) store = NULL;

  g_return_val_if_fail (JS_IS_PROFILES (self), NULL);
  g_return_val_if_fail (key == NULL || js_profiles_key_valid (key), NULL);

  path = js_profiles_path (self, key);
  if (!(store = js_store_open (path, error)))
    return NULL;

  if (g_strcmp0 (js_store_get_owner (store), key != NULL ? key : "") != 0)
    {
      g_set_error_literal (error, JS_STORE_ERROR, JS_STORE_ERROR_CORRUPT,
                           "The profile's folder and its owner do not match");
      return NULL;
    }

  return g_steal_pointer (&store);
}

static gboolean
move_legacy (JsProfiles  *self,
             const char  *key,
             GError     **error)
{
  g_autofree char *from = g_build_filename (self->dir, LEGACY, NULL);
  g_autofree char *to = g_build_filename (self->dir, key != NULL ? key : ANONYMOUS, NULL);

  if (g_file_test (to, G_FILE_TEST_EXISTS))
    {
      g_set_error (error, JS_STORE_ERROR, JS_STORE_ERROR_OPEN,
                   "Could not move %s: %s is there already", from, to);
      return FALSE;
    }

  if (g_rename (from, to) != 0)
    return set_errno_error (error, errno, "Could not move", from);

  return TRUE;
}

/**
 * js_profiles_migrate_legacy:
 * @self: the profiles
 * @out_moved: (out) (optional): whether there was such a profile to move
 * @out_key: (out) (transfer full) (optional): the key of the citizen the
 *   profile went to, or %NULL when it became the anonymous profile
 * @error: return location for a #GError
 *
 * Jobspor kept one profile for everyone before it kept one per citizen.
 * That profile becomes the profile of the citizen it was last signed in
 * as, with its waiting changes made theirs; or the anonymous profile when
 * no one ever signed in with it. Nothing in it is lost. Does nothing when
 * there is no such profile.
 *
 * Returns: %TRUE on success (also when there was nothing to move)
 */
gboolean
js_profiles_migrate_legacy (JsProfiles  *self,
                            gboolean    *out_moved,
                            char       **out_key,
                            GError     **error)
{
  g_autofree char *path = NULL;
  g_autofree char *citizen = NULL;
  g_autofree char *key = NULL;
  g_autoptr(JsStore) store = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (JS_IS_PROFILES (self), FALSE);

  if (out_moved != NULL)
    *out_moved = FALSE;
  if (out_key != NULL)
    *out_key = NULL;

  path = g_build_filename (self->dir, LEGACY, DATABASE, NULL);
  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    return TRUE;

  /* A damaged file goes to the anonymous profile untouched, where the
   * usual way of keeping it aside takes over. */
  store = js_store_open (path, &local_error);
  if (store != NULL)
    citizen = js_store_dup_meta (store, CITIZEN_NUMBER_KEY, NULL);
  if (citizen != NULL && js_citizen_number_valid (citizen) &&
      !(key = js_profiles_key_for (self, citizen, error)))
    return FALSE;

  g_clear_object (&store);
  if (!move_legacy (self, key, error))
    return FALSE;

  if (key != NULL)
    {
      g_autofree char *moved = js_profiles_path (self, key);

      if (!(store = js_store_open (moved, error)) || !js_store_set_owner (store, key, error))
        return FALSE;
    }

  if (out_moved != NULL)
    *out_moved = TRUE;
  if (out_key != NULL)
    *out_key = g_steal_pointer (&key);
  return TRUE;
}
