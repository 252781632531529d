/* js-exercise-password.c: the rules of a strong password, for the practice
 * step and its live meter
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The rules (data/exercises/README.md): at least 12 characters; letters and
 * at least one digit or symbol, or at least 16 characters; not a well-known
 * password; none of the step's <avoid> words. A well-known password is one
 * from the list below, or one of its words with digits or symbols around it
 * ("Sommer2024!") or with look-alike digits ("P4ssw0rd"), or one character
 * or two over and over.
 */

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "js-exercise-private.h"


/* Lower case. Passwords and the words they are built on, from the lists of
 * leaked passwords, Danish ones too. */
static const char * const well_known[] = {
  "123456", "1234567", "12345678", "123456789", "1234567890", "123123", "111111", "000000",
  "654321", "112233", "abc123", "qwerty", "qwertyuiop", "qwertz", "azerty", "asdfgh",
  "asdfghjkl", "zxcvbnm", "password", "passwort", "kodeord", "adgangskode", "hemmelig",
  "secret", "admin", "login", "letmein", "welcome", "velkommen", "iloveyou", "jegelskerdig",
  "hejmeddig", "hejhej", "hej", "hello", "sommer", "vinter", "efterår", "efteraar", "forår",
  "foraar", "summer", "winter", "danmark", "denmark", "københavn", "kobenhavn", "aarhus",
  "odense", "aalborg", "fodbold", "football", "monkey", "dragon", "master", "princess",
  "sunshine", "shadow", "superman", "batman", "pokemon", "trustno1", "mitid", "nemid",
  "jobcenter", "computer", "internet", "test", "testtest", "solskin", "kærlighed",
  "kaerlighed", "mormor", "farfar", "morfar", "farmor", "familie", "hund", "kat",
};

/* "P4ssw0rd" as "password". */
static char *
undo_look_alikes (const char *text)
{
  static const char from[] = "0134@$5!";
  static const char to[] = "oieaassi";
  char *plain = g_strdup (text);

  for (char *p = plain; *p != '\0'; p++)
    {
      const char *found = strchr (from, *p);

      if (found != NULL)
        *p = to[found - from];
    }

  return plain;
}

/* @folded without the digits and symbols at either end. */
static char *
core_word (const char *folded)
{
  const char *start = folded;
  const char *end = folded + strlen (folded);

  while (*start != '\0' && !g_unichar_isalpha (g_utf8_get_char (start)))
    start = g_utf8_next_char (start);
  while (end > start && !g_unichar_isalpha (g_utf8_get_char (g_utf8_prev_char (end))))
    end = g_utf8_prev_char (end);

  return g_strndup (start, end - start);
}

static gboolean
is_listed (const char *word)
{
  return *word != '\0' && g_strv_contains (well_known, word);
}

static gboolean
repeats_itself (const char *folded)
{
  gunichar first = 0, second = 0;

  for (const char *p = folded; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (first == 0 || c == first)
        first = c;
      else if (second == 0 || c == second)
        second = c;
      else
        return FALSE;
    }

  return TRUE;
}

static gboolean
is_well_known (const char *folded)
{
  g_autofree char *plain = undo_look_alikes (folded);
  g_autofree char *core = core_word (folded);
  g_autofree char *plain_core = undo_look_alikes (core);
  g_autofree char *core_of_plain = core_word (plain);

  return is_listed (folded) || is_listed (plain) || is_listed (core) || is_listed (plain_core) ||
         is_listed (core_of_plain) || repeats_itself (folded);
}

/* Returns: (nullable): the first <avoid> word that is in @folded */
static const char *
avoided_word (const char *folded,
              JsExNode   *step)
{
  g_autofree char *plain = undo_look_alikes (folded);

  for (guint i = 0; step != NULL && i < step->children->len; i++)
    {
      JsExNode *avoid = g_ptr_array_index (step->children, i);
      g_autofree char *word = NULL;

      if (!g_str_equal (avoid->name, "avoid"))
        continue;

      word = g_utf8_casefold (js_ex_node_get_text (avoid), -1);
      if (strstr (folded, word) != NULL || strstr (plain, word) != NULL)
        return js_ex_node_get_text (avoid);
    }

  return NULL;
}

static gboolean
has_mix (const char *password)
{
  gboolean letter = FALSE, other = FALSE;

  for (const char *p = password; *p != '\0'; p = g_utf8_next_char (p))
    {
      if (g_unichar_isalpha (g_utf8_get_char (p)))
        letter = TRUE;
      else
        other = TRUE;
    }

  return letter && other;
}

/* Adds a problem to @check for each rule @password does not meet (ids
 * "length", "mix", "well-known", "avoid"). Returns: the strength, 0 to 4 */
guint
_js_password_rules (const char *password,
                    JsExNode   *step,
                    JsCheck    *check)
{
  g_autofree char *folded = g_utf8_casefold (password != NULL ? password : "", -1);
  glong length = g_utf8_strlen (folded, -1);
  const char *avoided = avoided_word (folded, step);
  guint n_before = check->problems->len;
  gboolean guessable = FALSE;
  guint strength;

  if (length < JS_PASSWORD_MIN_LENGTH)
    _js_check_add_problem (check, "length",
                           g_strdup_printf (ngettext ("Use at least %d character.",
                                                      "Use at least %d characters.",
                                                      JS_PASSWORD_MIN_LENGTH),
                                            JS_PASSWORD_MIN_LENGTH));
  if (length < JS_PASSWORD_LONG_ENOUGH && !has_mix (folded))
    _js_check_add_problem (check, "mix",
                           g_strdup_printf (ngettext ("Add a digit or a symbol, or make it "
                                                      "at least %d character long.",
                                                      "Add a digit or a symbol, or make it "
                                                      "at least %d characters long.",
                                                      JS_PASSWORD_LONG_ENOUGH),
                                            JS_PASSWORD_LONG_ENOUGH));
  if (length > 0 && is_well_known (folded))
    {
      _js_check_add_problem (check, "well-known",
                             g_strdup (_("This is a well-known password. It is tried first "
                                         "when someone guesses, so choose something else.")));
      guessable = TRUE;
    }
  if (avoided != NULL)
    {
      _js_check_add_problem (check, "avoid",
                             g_strdup_printf (_("Leave out “%s”: others can guess it from what "
                                                "they know about you."), avoided));
      guessable = TRUE;
    }

  /* Every rule not met costs one, a short password cannot be more than
   * weak or fair, and a guessable one is weak whatever its length. */
  strength = 4 - MIN (check->problems->len - n_before, 4);
  if (length < 8)
    strength = MIN (strength, 1);
  else if (length < JS_PASSWORD_MIN_LENGTH)
    strength = MIN (strength, 2);
  if (guessable)
    strength = MIN (strength, 1);

  return length == 0 ? 0 : strength;
}

/**
 * js_password_strength:
 * @password: the password typed so far
 * @step: (nullable): the password step, for its <avoid> words
 * @unmet: (nullable) (element-type utf8): where to add, translated, each
 *   rule not met yet; the array must free its strings with g_free()
 *
 * Returns: 0 (none or very weak) to 4 (strong: every rule is met)
 */
guint
js_password_strength (const char *password,
                      JsExNode   *step,
                      GPtrArray  *unmet)
{
  g_autoptr(JsCheck) check = _js_check_new ();
  guint strength = _js_password_rules (password, step, check);

  for (guint i = 0; unmet != NULL && i < check->problems->len; i++)
    {
      JsCheckProblem *problem = g_ptr_array_index (check->problems, i);

      g_ptr_array_add (unmet, g_strdup (problem->message));
    }

  return strength;
}
