/* test-sync-status.c: the header's words for every state of the sync, in
 * every language, with each language's plural forms
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "js-i18n.h"
#include "js-sync-status.h"

static const char * const languages[] = { "en", "da", "uk", "ar" };

static char *
describe (JsSyncState   state,
          gboolean      signed_in,
          gint64        waiting,
          GDateTime    *last_sync,
          GDateTime    *retry_at,
          const GError *error,
          GDateTime    *now)
{
  JsSyncStatus status = { TRUE, signed_in, state, waiting, last_sync, retry_at, error, now };

  return js_sync_status_describe (&status);
}

/* The catalogue's own words for @msgid in the language applied now. */
static const char *
catalogue (const char *msgid)
{
  return g_dgettext (GETTEXT_PACKAGE, msgid);
}

/* @form with its "%u" (if it has one) filled in with @n. */
static char *
fill (const char *form,
      gint64      n)
{
  g_auto(GStrv) parts = g_strsplit (form, "%u", 2);
  g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, n);

  return parts[1] != NULL ? g_strconcat (parts[0], number, parts[1], NULL) : g_strdup (form);
}

static void
assert_translated (const char *language,
                   const char *text,
                   const char *english)
{
  /* Words that Danish borrows from English as they are. */
  static const char * const same_in_danish[] = { "Offline", NULL };

  if (g_str_equal (language, "en"))
    g_assert_cmpstr (text, ==, english);
  else if (!(g_str_equal (language, "da") && g_strv_contains (same_in_danish, english)))
    g_assert_cmpstr (text, !=, english);
}

static void
test_states (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_utc (2026, 12, 3, 13, 0, 0);
  g_autoptr(GDateTime) retry = g_date_time_new_utc (2026, 12, 3, 13, 5, 0);
  g_autoptr(GError) offline = g_error_new_literal (JS_SYNC_ERROR, JS_SYNC_ERROR_OFFLINE, "x");
  g_autoptr(GError) not_owner = g_error_new_literal (JS_SYNC_ERROR, JS_SYNC_ERROR_NOT_OWNER, "x");

  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    {
      const char *language = languages[i];
      JsSyncStatus unconfigured = { FALSE };
      g_autofree char *none = NULL;
      g_autofree char *anonymous = NULL;
      g_autofree char *shared = NULL;
      g_autofree char *expired = NULL;
      g_autofree char *syncing = NULL;
      g_autofree char *offline_text = NULL;
      g_autofree char *failed = NULL;
      g_autofree char *foreign = NULL;
      g_autofree char *never = NULL;
      g_autofree char *expected = NULL;

      js_i18n_apply (language);

      none = js_sync_status_describe (&unconfigured);
      assert_translated (language, none, "Not connected to a jobcenter");

      anonymous = describe (JS_SYNC_STATE_SIGNED_OUT, FALSE, 0, NULL, NULL, NULL, now);
      assert_translated (language, anonymous, "Not signed in — your job log is kept on this PC");
      {
        JsSyncStatus on_shared_pc = { TRUE, FALSE, JS_SYNC_STATE_SIGNED_OUT, 0, NULL, NULL, NULL,
                                      now, TRUE };

        shared = js_sync_status_describe (&on_shared_pc);
        assert_translated (language, shared, "Not signed in — nothing is kept on this shared PC");
      }
      expired = describe (JS_SYNC_STATE_SIGNED_OUT, TRUE, 0, NULL, NULL, NULL, now);
      assert_translated (language, expired, "Signed out — sign in again");
      g_assert_cmpstr (anonymous, !=, expired);

      syncing = describe (JS_SYNC_STATE_SYNCING, TRUE, 3, NULL, NULL, NULL, now);
      assert_translated (language, syncing, "Syncing…");

      offline_text = describe (JS_SYNC_STATE_OFFLINE, TRUE, 0, NULL, NULL, NULL, now);
      assert_translated (language, offline_text, "Offline");
      g_assert_cmpstr (offline_text, ==, catalogue ("Offline"));

      /* 14:05 in Copenhagen (winter: UTC+1), in the language's words. */
      failed = describe (JS_SYNC_STATE_FAILED, TRUE, 0, NULL, retry, offline, now);
      g_assert_nonnull (strstr (failed, catalogue ("Can’t reach the jobcenter")));
      g_assert_nonnull (strstr (failed, "14:05"));
      assert_translated (language, failed, "Can’t reach the jobcenter — will try again at 14:05");

      foreign = describe (JS_SYNC_STATE_FAILED, TRUE, 2, NULL, NULL, not_owner, now);
      assert_translated (language, foreign,
                         "Some changes on this PC were made by someone else and were not sent");

      never = describe (JS_SYNC_STATE_IDLE, TRUE, 0, NULL, NULL, NULL, now);
      assert_translated (language, never, "Not synced yet");

      expected = g_strdup (catalogue ("Synced just now"));
      {
        g_autoptr(GDateTime) seconds_ago = g_date_time_add_seconds (now, -20);
        g_autofree char *just_now = describe (JS_SYNC_STATE_IDLE, TRUE, 0, seconds_ago, NULL,
                                              NULL, now);

        g_assert_cmpstr (just_now, ==, expected);
      }
      {
        /* Over an hour ago: the time of day, in Copenhagen. */
        g_autoptr(GDateTime) morning = g_date_time_new_utc (2026, 12, 3, 8, 30, 0);
        g_autofree char *at = describe (JS_SYNC_STATE_IDLE, TRUE, 0, morning, NULL, NULL, now);

        g_assert_nonnull (strstr (at, "09:30"));
        assert_translated (language, at, "Synced at 09:30");
      }
    }
}

/* Each count gets the form its language has for it, with the number in
 * it: Arabic has six forms, Ukrainian three, Danish and English two. */
static void
test_plurals (void)
{
  static const gint64 counts[] = { 0, 1, 2, 3, 5, 11, 21, 22, 25, 100, 101, 102 };
  g_autoptr(GDateTime) now = g_date_time_new_utc (2026, 12, 3, 13, 0, 0);
  static const struct {
    const char *language;
    guint       forms;
  } expect[] = { { "en", 2 }, { "da", 2 }, { "uk", 3 }, { "ar", 6 } };

  for (guint i = 0; i < G_N_ELEMENTS (expect); i++)
    {
      g_autoptr(GHashTable) waiting_forms = g_hash_table_new_full (g_str_hash, g_str_equal,
                                                                   g_free, NULL);
      g_autoptr(GHashTable) minute_forms = g_hash_table_new_full (g_str_hash, g_str_equal,
                                                                  g_free, NULL);

      js_i18n_apply (expect[i].language);
      for (guint c = 0; c < G_N_ELEMENTS (counts); c++)
        {
          gint64 n = counts[c];
          g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, n);
          g_autofree char *waiting = describe (JS_SYNC_STATE_OFFLINE, TRUE, n, NULL, NULL, NULL,
                                               now);
          const char *form = g_dngettext (GETTEXT_PACKAGE, "Offline — %u change waiting",
                                          "Offline — %u changes waiting", n);
          g_autofree char *expected = fill (form, n);

          if (n == 0)
            continue;
          g_assert_cmpstr (waiting, ==, expected);
          /* The number is written where the form has room for it. */
          if (strstr (form, "%u") != NULL)
            g_assert_nonnull (strstr (waiting, number));
          g_hash_table_add (waiting_forms, g_strdup (form));

          if (n < 60)
            {
              g_autoptr(GDateTime) then = g_date_time_add_minutes (now, -n);
              g_autofree char *ago = describe (JS_SYNC_STATE_IDLE, TRUE, 0, then, NULL, NULL,
                                               now);

              if (n >= 1)
                {
                  const char *minute_form = g_dngettext (GETTEXT_PACKAGE, "Synced %u minute ago",
                                                         "Synced %u minutes ago", n);
                  g_autofree char *expected_ago = fill (minute_form, n);

                  g_assert_cmpstr (ago, ==, expected_ago);
                  g_hash_table_add (minute_forms, g_strdup (minute_form));
                }
            }
        }

      /* Every form the language has was used, and none is left empty or
       * in English. Arabic's form for 0 is never shown (no changes waiting
       * says "Offline"), so the counts above reach the other five. */
      g_assert_cmpuint (g_hash_table_size (waiting_forms), ==,
                        expect[i].forms == 6 ? 5 : expect[i].forms);
      g_assert_cmpuint (g_hash_table_size (minute_forms), >=,
                        expect[i].forms == 6 ? 4 : MIN (expect[i].forms, 2));
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  js_i18n_init ();

  g_test_add_func ("/sync-status/states", test_states);
  g_test_add_func ("/sync-status/plurals", test_plurals);

  return g_test_run ();
}
