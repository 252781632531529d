/* test-exercise-check.c: checking each kind of step, and scoring attempts
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "js-exercise.h"
#include "js-test-exercise.h"
#include "js-test-util.h"

/* Checks step @index of @exercise with key, value, …, NULL. */
static JsCheck *
check_step (JsExercise *exercise,
            guint       index,
            ...)
{
  g_autoptr(JsAnswer) answer = js_answer_new ();
  JsCheck *check;
  const char *key;
  va_list args;

  va_start (args, index);
  while ((key = va_arg (args, const char *)) != NULL)
    js_answer_set (answer, key, va_arg (args, const char *));
  va_end (args);

  check = js_exercise_check_step (js_test_sample_step (exercise, index), answer);
  g_assert_nonnull (check);
  g_assert_nonnull (check->message);
  g_assert_nonnull (check->problems);
  return check;
}

/* The check is wrong, says @message, and has problems about the ids that
 * follow, in order (NULL-terminated). */
static void
assert_wrong (JsCheck    *check,
              const char *message,
              ...)
{
  const char *id;
  guint n = 0;
  va_list args;

  g_assert_false (check->correct);
  g_assert_cmpstr (check->message, ==, message);

  va_start (args, message);
  while ((id = va_arg (args, const char *)) != NULL)
    {
      JsCheckProblem *problem;

      g_assert_cmpuint (n, <, check->problems->len);
      problem = g_ptr_array_index (check->problems, n++);
      g_assert_cmpstr (problem->id, ==, id);
      g_assert_nonnull (problem->message);
    }
  va_end (args);

  g_assert_cmpuint (check->problems->len, ==, n);
}

static void
assert_right (JsCheck    *check,
              const char *message)
{
  g_assert_true (check->correct);
  g_assert_cmpstr (check->message, ==, message);
  g_assert_cmpuint (check->problems->len, ==, 0);
}

static const char *
problem_message (JsCheck *check,
                 guint    index)
{
  g_assert_cmpuint (index, <, check->problems->len);
  return ((JsCheckProblem *) g_ptr_array_index (check->problems, index))->message;
}

#define WELL_DONE "Well done. That is right."

static void
test_check_choice (void)
{
  g_autoptr(JsExercise) exercise = js_test_load_sample ();
  g_autoptr(JsCheck) none = check_step (exercise, 0, NULL);
  g_autoptr(JsCheck) fake = check_step (exercise, 0, "selected", "fake", NULL);
  g_autoptr(JsCheck) real = check_step (exercise, 0, "selected", "real", NULL);
  g_autoptr(JsCheck) one = check_step (exercise, 1, "selected", "firefox", NULL);
  g_autoptr(JsCheck) too_many = check_step (exercise, 1, "selected", "firefox,word,chrome", NULL);
  g_autoptr(JsCheck) both = check_step (exercise, 1, "selected", "chrome, firefox", NULL);

  assert_wrong (none, "Choose an answer first.", NULL);
  assert_wrong (fake, "Not yet. That answer is not right. Read why, and try another one.",
                "fake", NULL);
  g_assert_cmpstr (problem_message (fake, 0), ==, "Nobody gives away money by e-mail.");
  assert_right (real, "Yes, that one is real.");

  assert_wrong (one, "Not yet. There are more right answers to find.", NULL);
  assert_wrong (too_many, "Not yet. Some of your choices are not right.", "word", NULL);
  g_assert_cmpstr (problem_message (too_many, 0), ==, "Word writes documents.");
  assert_right (both, WELL_DONE);
}

static void
test_check_pointer (void)
{
  g_autoptr(JsExercise) exercise = js_test_load_sample ();
  g_autoptr(JsCheck) two = check_step (exercise, 2, "clicked", "red,green", NULL);
  g_autoptr(JsCheck) all = check_step (exercise, 2, "clicked", "blue,red,green", NULL);
  g_autoptr(JsCheck) not_opened = check_step (exercise, 3, NULL);
  g_autoptr(JsCheck) photo = check_step (exercise, 3, "opened", "photo", NULL);
  g_autoptr(JsCheck) letter = check_step (exercise, 3, "opened", "letter", NULL);
  g_autoptr(JsCheck) no_menu = check_step (exercise, 4, NULL);
  g_autoptr(JsCheck) bin = check_step (exercise, 4, "target", "bin", "menu-item", "rename", NULL);
  g_autoptr(JsCheck) no_item = check_step (exercise, 4, "target", "cv", NULL);
  g_autoptr(JsCheck) open = check_step (exercise, 4, "target", "cv", "menu-item", "open", NULL);
  g_autoptr(JsCheck) rename = check_step (exercise, 4, "target", "cv", "menu-item", "rename", NULL);

  assert_wrong (two, "Not yet. Some have not been clicked.", "blue", NULL);
  assert_right (all, WELL_DONE);

  assert_wrong (not_opened, "Double-click the right one to open it. Or choose it with the arrow "
                "keys and press Enter.", NULL);
  assert_wrong (photo, "Not yet. That opened something else. Try another one.", "photo", NULL);
  assert_right (letter, WELL_DONE);

  assert_wrong (no_menu, "Right-click the right one to open its menu. Or choose it and press "
                "Shift+F10.", NULL);
  assert_wrong (bin, "Not yet. Right-click another one.", "bin", NULL);
  assert_wrong (no_item, "Now choose from the menu.", NULL);
  assert_wrong (open, "Not yet. Open the menu again and choose something else.", "open", NULL);
  assert_right (rename, WELL_DONE);
}

static void
test_check_sort (void)
{
  g_autoptr(JsExercise) exercise = js_test_load_sample ();
  g_autoptr(JsCheck) nothing = check_step (exercise, 5, NULL);
  g_autoptr(JsCheck) one_left = check_step (exercise, 5, "cup", "kitchen", "towel", "bathroom",
                                            NULL);
  g_autoptr(JsCheck) cup = check_step (exercise, 5, "cup", "bathroom", "towel", "bathroom",
                                       "plate", "kitchen", NULL);
  g_autoptr(JsCheck) two = check_step (exercise, 5, "cup", "bathroom", "towel", "kitchen", NULL);
  g_autoptr(JsCheck) right = check_step (exercise, 5, "cup", "kitchen", "towel", "bathroom",
                                         "plate", "kitchen", NULL);

  assert_wrong (nothing, "Put the last 3 things in a box too.", "cup", "towel", "plate", NULL);
  assert_wrong (one_left, "Put the last 1 thing in a box too.", "plate", NULL);
  assert_wrong (cup, "Not yet. 1 thing is in the wrong box.", "cup", NULL);
  g_assert_cmpstr (problem_message (cup, 0), ==, "This does not belong in “Bathroom”.");
  assert_wrong (two, "Not yet. 2 things are in the wrong box.", "cup", "towel", "plate", NULL);
  g_assert_cmpstr (problem_message (two, 2), ==, "Put this in one of the boxes.");
  assert_right (right, WELL_DONE);
}

static void
test_check_type (void)
{
  static const struct {
    const char *typed;
    const char *message;   /* NULL when right */
  } cases[] = {
    { "Søren Ærø", NULL },
    { "  Søren Ærø ", NULL },
    { "", "Type the text in the box." },
    { "Søren", "Right so far, but something is missing after “Søren”." },
    { "Søxen Ærø", "Look again after “Sø”." },
    { "Xøren Ærø", "Look again at the very first letter." },
    { "Søren Ærø!", "There is more than needed after “Søren Ærø”." },
    { "Søren ærø", "Look again at capital and small letters after “Søren ”." },
    { "søren ærø", "Look again at capital and small letters, from the first letter." },
  };
  g_autoptr(JsExercise) exercise = js_test_load_sample ();
  g_autoptr(JsCheck) empty = check_step (exercise, 7, NULL);
  g_autoptr(JsCheck) typed = check_step (exercise, 7, "text", "soeren@mail.dk", "pasted", "no",
                                         NULL);
  g_autoptr(JsCheck) part = check_step (exercise, 7, "text", "soeren@mail", "pasted", "yes",
                                        NULL);
  g_autoptr(JsCheck) pasted = check_step (exercise, 7, "text", "soeren@mail.dk", "pasted", "yes",
                                          NULL);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(JsCheck) check = check_step (exercise, 6, "text", cases[i].typed, "pasted", "no",
                                             NULL);

      if (cases[i].message == NULL)
        assert_right (check, WELL_DONE);
      else
        assert_wrong (check, cases[i].message, NULL);
    }

  assert_wrong (empty, "Copy the text with Ctrl+C, click in the box and paste it with Ctrl+V.",
                NULL);
  g_assert_false (typed->correct);
  g_assert_nonnull (strstr (typed->message, "it was typed"));
  g_assert_nonnull (strstr (typed->message, "Ctrl+C"));
  g_assert_nonnull (strstr (typed->message, "Ctrl+V"));
  assert_wrong (part, "Right so far, but something is missing after “soeren@mail”.", NULL);
  assert_right (pasted, WELL_DONE);
}

/* Only the last 20 characters typed right are quoted, from a word's start. */
static void
test_check_type_long (void)
{
  static const char xml[] =
    "<exercise id=\"t\" area=\"basics\" level=\"foundation\" minutes=\"3\">"
    "<title>T</title><summary>S</summary>"
    "<step kind=\"type\"><instruction>I</instruction><hint>H</hint>"
    "<text translate=\"no\">Kære Jobcenter, jeg kommer til mødet på mandag.</text>"
    "</step></exercise>";
  g_autoptr(GError) error = NULL;
  g_autoptr(JsExercise) exercise = js_exercise_load_data (xml, -1, "t.exercise", &error);
  g_autoptr(JsCheck) check = NULL;

  g_assert_no_error (error);
  check = check_step (exercise, 0, "text", "Kære Jobcenter, jeg kommer til mødet pa mandag.",
                      NULL);
  assert_wrong (check, "Look again after “…kommer til mødet p”.", NULL);
}

/* The answer to the sample's first form with every field right, then
 * @field set to @value. */
static JsCheck *
check_form (JsExercise *exercise,
            const char *field,
            const char *value)
{
  g_autoptr(JsAnswer) answer = js_answer_new ();

  js_answer_set (answer, "name", "Søren Ærø");
  js_answer_set (answer, "mail", "soeren@mail.dk");
  js_answer_set (answer, "born", "24-12-1990");
  js_answer_set (answer, "motivation", "I am\nreliable and   like people.");
  js_answer_set (answer, "hours", "part");
  js_answer_set (answer, "terms", "yes");
  js_answer_set (answer, "cv-file", "cv-pdf");
  if (field != NULL)
    js_answer_set (answer, field, value);

  return js_exercise_check_step (js_test_sample_step (exercise, 8), answer);
}

static void
test_check_form (void)
{
  static const struct {
    const char *field;
    const char *value;
    const char *problem;   /* NULL when still right */
  } cases[] = {
    { NULL, NULL, NULL },
    { "phone", "+45 12 34 56 78", NULL },
    { "phone", "", NULL },
    { "name", NULL, "Fill in this field." },
    { "name", "   ", "Fill in this field." },
    { "mail", "soeren@mail", "Write an e-mail address, like name@example.dk." },
    { "phone", "1234", "Write a Danish phone number with 8 digits." },
    { "born", "30-02-1990", "Write the date you were born, like 24-12-1990." },
    { "motivation", "I am reliable", "Write at least 5 words." },
    { "hours", "full", "Choose the option the task asks for." },
    { "hours", NULL, "Choose one of the options." },
    { "terms", "no", "Tick this box to go on." },
    { "cv-file", "", "Attach a file." },
  };
  g_autoptr(JsExercise) exercise = js_test_load_sample ();
  g_autoptr(JsAnswer) empty = js_answer_new ();
  g_autoptr(JsCheck) nothing = js_exercise_check_step (js_test_sample_step (exercise, 8), empty);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(JsCheck) check = check_form (exercise, cases[i].field, cases[i].value);

      if (cases[i].problem == NULL)
        {
          assert_right (check, WELL_DONE);
          continue;
        }
      assert_wrong (check, "Not yet. 1 field needs another look.", cases[i].field, NULL);
      g_assert_cmpstr (problem_message (check, 0), ==, cases[i].problem);
    }

  /* Every required field, in the form's order; the phone is not required. */
  assert_wrong (nothing, "Not yet. 7 fields need another look.",
                "name", "mail", "born", "motivation", "hours", "terms", "cv-file", NULL);
}

static void
test_check_form_expect (void)
{
  g_autoptr(JsExercise) exercise = js_test_load_sample ();
  g_autoptr(JsCheck) right = check_step (exercise, 9, "to", " JOB@Netto.dk", "subject",
                                         "application ", NULL);
  g_autoptr(JsCheck) wrong = check_step (exercise, 9, "to", "jobs@netto.dk", "subject",
                                         "Ansøgning", NULL);

  assert_right (right, WELL_DONE);
  assert_wrong (wrong, "Not yet. 2 fields need another look.", "to", "subject", NULL);
  g_assert_cmpstr (problem_message (wrong, 0), ==,
                   "This is not the address the task asks for. Look at it again.");
  g_assert_cmpstr (problem_message (wrong, 1), ==,
                   "This is not what the task asks for. Read the task again.");
}

static void
assert_field (JsExNode   *field,
              const char *value,
              gboolean    right)
{
  g_autoptr(JsCheck) check = js_exercise_check_field (field, value);

  if (check->correct != right)
    g_error ("%s “%s” should be %s", js_ex_node_get_attr (field, "type"), value,
             right ? "right" : "wrong");
  g_assert_nonnull (check->message);
  if (right)
    {
      g_assert_cmpstr (check->message, ==, "That looks right.");
      g_assert_cmpuint (check->problems->len, ==, 0);
    }
  else
    {
      g_assert_cmpuint (check->problems->len, ==, 1);
      g_assert_cmpstr (((JsCheckProblem *) g_ptr_array_index (check->problems, 0))->id, ==,
                       js_ex_node_get_attr (field, "id"));
      g_assert_cmpstr (problem_message (check, 0), ==, check->message);
    }
}

static void
test_check_field (void)
{
  static const struct {
    const char *field;
    const char *value;
    gboolean    right;
  } cases[] = {
    { "mail", "name@example.dk", TRUE },
    { "mail", "a.b+job@æøå.dk", TRUE },
    { "mail", "name@mail.example.com", TRUE },
    { "mail", "name@example", FALSE },
    { "mail", "name example.dk", FALSE },
    { "mail", "@example.dk", FALSE },
    { "mail", "name@@example.dk", FALSE },
    { "mail", "name@.dk", FALSE },
    { "mail", "name@example.d", FALSE },
    { "mail", "na me@example.dk", FALSE },
    { "mail", "name@example..dk", FALSE },
    { "mail", "name.@example.dk", FALSE },
    { "phone", "12345678", TRUE },
    { "phone", "12 34 56 78", TRUE },
    { "phone", "+45 12 34 56 78", TRUE },
    { "phone", "+4512345678", TRUE },
    { "phone", "0045 12345678", TRUE },
    { "phone", "", TRUE },
    { "phone", "1234567", FALSE },
    { "phone", "123456789", FALSE },
    { "phone", "+46 12345678", FALSE },
    { "phone", "12-34-56-78", FALSE },
    { "phone", "tolv", FALSE },
    { "born", "24-12-2026", TRUE },
    { "born", "24.12.2026", TRUE },
    { "born", "1-2-2026", TRUE },
    { "born", "29-02-2028", TRUE },
    { "born", "29-02-2027", FALSE },
    { "born", "31-04-2026", FALSE },
    { "born", "32-01-2026", FALSE },
    { "born", "24-13-2026", FALSE },
    { "born", "2026-12-24", FALSE },
    { "born", "24/12/2026", FALSE },
    { "born", "24-12-26", FALSE },
    { "born", "", FALSE },
    { "motivation", "one two three four five", TRUE },
    { "motivation", "one two three four", FALSE },
    { "name", "x", TRUE },
    { "name", NULL, FALSE },
    { "hours", "part", TRUE },
    { "hours", "full", FALSE },
    { "hours", "evening", FALSE },
    { "terms", "yes", TRUE },
    { "terms", "no", FALSE },
    { "cv-file", "cv-pdf", TRUE },
    { "cv-file", "photo", FALSE },
  };
  g_autoptr(JsExercise) exercise = js_test_load_sample ();
  JsExNode *step = js_test_sample_step (exercise, 8);
  g_autoptr(JsCheck) born = js_exercise_check_field (js_ex_node_find_by_id (step, "field", "born"),
                                                     "31-02-1990");
  g_autoptr(JsCheck) mail = js_exercise_check_field (js_ex_node_find_by_id (step, "field", "mail"),
                                                     "soeren");

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    assert_field (js_ex_node_find_by_id (step, "field", cases[i].field), cases[i].value,
                  cases[i].right);

  /* A field's own <error> says it better than the built-in message. */
  g_assert_cmpstr (born->message, ==, "Write the date you were born, like 24-12-1990.");
  g_assert_cmpstr (mail->message, ==, "Write an e-mail address, like name@example.dk.");
}

static void
test_check_password_strength (void)
{
  static const struct {
    const char *password;
    guint       strength;
    const char *unmet;     /* the first rule not met, or NULL */
  } cases[] = {
    { "", 0, "Use at least 12 characters." },
    { "abc", 1, "Use at least 12 characters." },
    { "abcdefg1", 2, "Use at least 12 characters." },
    { "abcdefghijkl", 3, "Add a digit or a symbol, or make it at least 16 characters long." },
    { "Kaffe-Cykel-Sky7", 4, NULL },
    { "tre blå heste løber", 4, NULL },
    { "lilla elefant danser", 4, NULL },
    { "password", 1, "Use at least 12 characters." },
    { "PASSWORD1234", 1, "This is a well-known password. It is tried first when someone guesses, "
      "so choose something else." },
    { "Sommer2024!!", 1, "This is a well-known password. It is tried first when someone "
      "guesses, so choose something else." },
    { "P@ssw0rd12345", 1, "This is a well-known password. It is tried first when someone "
      "guesses, so choose something else." },
    { "2024hejmeddig", 1, "This is a well-known password. It is tried first when someone "
      "guesses, so choose something else." },
    { "aaaaaaaaaaaa1", 1, "This is a well-known password. It is tried first when someone "
      "guesses, so choose something else." },
    { "Oksana-Kaffe-2026", 1, "Leave out “Oksana”: others can guess it from what they know "
      "about you." },
    { "0ksana-kaffe-2026", 1, "Leave out “Oksana”: others can guess it from what they know "
      "about you." },
  };
  static const char * const well_known[] = {
    "sommer2024", "kodeord", "password", "123456", "qwerty", "hejmeddig", "QWERTY", "Kodeord",
  };
  g_autoptr(JsExercise) exercise = js_test_load_sample ();
  JsExNode *step = js_test_sample_step (exercise, 10);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GPtrArray) unmet = g_ptr_array_new_with_free_func (g_free);
      guint strength = js_password_strength (cases[i].password, step, unmet);

      if (strength != cases[i].strength)
        g_error ("“%s” has strength %u, not %u", cases[i].password, strength, cases[i].strength);
      if (cases[i].unmet == NULL)
        g_assert_cmpuint (unmet->len, ==, 0);
      else
        g_assert_true (g_ptr_array_find_with_equal_func (unmet, cases[i].unmet, g_str_equal, NULL));
    }

  for (guint i = 0; i < G_N_ELEMENTS (well_known); i++)
    {
      g_autoptr(GPtrArray) unmet = g_ptr_array_new_with_free_func (g_free);

      g_assert_cmpuint (js_password_strength (well_known[i], NULL, unmet), <=, 1);
      g_assert_true (g_ptr_array_find_with_equal_func (unmet, "This is a well-known password. It "
                                                       "is tried first when someone guesses, so "
                                                       "choose something else.", g_str_equal,
                                                       NULL));
    }

  /* Without a step there is nothing to avoid. */
  g_assert_cmpuint (js_password_strength ("Oksana-Kaffe-2026", NULL, NULL), ==, 4);
}

static void
test_check_password (void)
{
  g_autoptr(JsExercise) exercise = js_test_load_sample ();
  g_autoptr(JsCheck) empty = check_step (exercise, 10, NULL);
  g_autoptr(JsCheck) odense = check_step (exercise, 10, "password", "Odense2026", NULL);
  g_autoptr(JsCheck) strong = check_step (exercise, 10, "password", "Kaffe-Cykel-Sky7", NULL);

  assert_wrong (empty, "Not yet. Make the password meet every rule.", "length", "mix", NULL);
  assert_wrong (odense, "Not yet. Make the password meet every rule.",
                "length", "well-known", "avoid", NULL);
  assert_right (strong, WELL_DONE);
}

static void
test_check_inbox (void)
{
  g_autoptr(JsExercise) exercise = js_test_load_sample ();
  g_autoptr(JsCheck) none = check_step (exercise, 11, "opened", "meeting,tax", NULL);
  g_autoptr(JsCheck) friday = check_step (exercise, 11, "selected", "friday", NULL);
  g_autoptr(JsCheck) monday = check_step (exercise, 11, "selected", "monday", "opened", "meeting",
                                          NULL);

  assert_wrong (none, "Choose an answer first.", NULL);
  assert_wrong (friday, "Not yet. That answer is not right. Read why, and try another one.",
                "friday", NULL);
  g_assert_cmpstr (problem_message (friday, 0), ==, "Look at the letter again.");
  assert_right (monday, WELL_DONE);
}

static void
test_check_files (void)
{
  g_autoptr(JsExercise) exercise = js_test_load_sample ();
  g_autoptr(JsCheck) no_folder = check_step (exercise, 12, "name", "Application", NULL);
  g_autoptr(JsCheck) folder = check_step (exercise, 12, "folder", "documents", "name",
                                          "Application", NULL);
  g_autoptr(JsCheck) name = check_step (exercise, 12, "folder", "jobs", "name", "Ansøgning", NULL);
  g_autoptr(JsCheck) no_name = check_step (exercise, 12, "folder", "jobs", NULL);
  g_autoptr(JsCheck) both = check_step (exercise, 12, "folder", "pictures", "name", "x", NULL);
  g_autoptr(JsCheck) saved = check_step (exercise, 12, "folder", "jobs", "name",
                                         " application.docx", NULL);
  g_autoptr(JsCheck) not_found = check_step (exercise, 13, NULL);
  g_autoptr(JsCheck) holiday = check_step (exercise, 13, "opened", "holiday", NULL);
  g_autoptr(JsCheck) found = check_step (exercise, 13, "opened", "cv-doc", NULL);

  assert_wrong (no_folder, "Choose the folder to save the file in.", NULL);
  assert_wrong (folder, "Not yet. The name is right, but choose another folder.", "folder", NULL);
  assert_wrong (name, "Not yet. The folder is right, but check the name.", "name", NULL);
  g_assert_cmpstr (problem_message (name, 0), ==, "Check the name: the task asks for “Application”.");
  assert_wrong (no_name, "Not yet. The folder is right, but check the name.", "name", NULL);
  g_assert_cmpstr (problem_message (no_name, 0), ==, "Type a name for the file.");
  assert_wrong (both, "Not yet. Check the folder and the name.", "folder", "name", NULL);
  assert_right (saved, WELL_DONE);

  assert_wrong (not_found, "Find the file and open it.", NULL);
  assert_wrong (holiday, "Not yet. That is another file. Look in the other folders too.",
                "holiday", NULL);
  assert_right (found, WELL_DONE);
}

static void
test_check_jobboard (void)
{
  g_autoptr(JsExercise) exercise = js_test_load_sample ();
  g_autoptr(JsCheck) none = check_step (exercise, 14, NULL);
  g_autoptr(JsCheck) other = check_step (exercise, 14, "added", "clean-aarhus", NULL);
  g_autoptr(JsCheck) both = check_step (exercise, 14, "added", "clean-aarhus,clean-odense", NULL);
  g_autoptr(JsCheck) right = check_step (exercise, 14, "added", "clean-odense", NULL);

  assert_wrong (none, "When you have found the job, add it to your practice job log.", NULL);
  assert_wrong (other, "Not yet. That is not the job the task describes. Read the task again.",
                "clean-aarhus", NULL);
  assert_wrong (both, "You found the right job, but you added others too. Remove them from the "
                "practice job log.", "clean-aarhus", NULL);
  assert_right (right, WELL_DONE);
}

/* Three choice steps; the first has two hints. */
static const char attempt_xml[] =
  "<exercise id=\"t\" area=\"safety\" level=\"foundation\" minutes=\"3\">"
  "<title>T</title><summary>S</summary>"
  "<step kind=\"choice\"><instruction>One?</instruction><hint>First hint</hint>"
  "<hint>Second hint</hint>"
  "<option id=\"a1\" correct=\"yes\"><label>A</label><why>W</why></option>"
  "<option id=\"b1\"><label>B</label><why>W</why></option></step>"
  "<step kind=\"choice\"><instruction>Two?</instruction><hint>Only hint</hint>"
  "<option id=\"a2\" correct=\"yes\"><label>A</label><why>W</why></option>"
  "<option id=\"b2\"><label>B</label><why>W</why></option></step>"
  "<step kind=\"choice\"><instruction>Three?</instruction><hint>H</hint>"
  "<option id=\"a3\" correct=\"yes\"><label>A</label><why>W</why></option>"
  "<option id=\"b3\"><label>B</label><why>W</why></option></step>"
  "</exercise>";

static gboolean
attempt_choose (JsAttempt  *attempt,
                const char *option)
{
  g_autoptr(JsAnswer) answer = js_answer_new ();
  g_autoptr(JsCheck) check = NULL;

  js_answer_set (answer, "selected", option);
  check = js_attempt_check (attempt, answer);
  g_assert_nonnull (check->message);
  return check->correct;
}

static JsExercise *
load_attempt_exercise (void)
{
  g_autoptr(GError) error = NULL;
  JsExercise *exercise = js_exercise_load_data (attempt_xml, -1, "t.exercise", &error);

  g_assert_no_error (error);
  return exercise;
}

static void
test_attempt_hints (void)
{
  g_autoptr(JsExercise) exercise = load_attempt_exercise ();
  g_autoptr(JsAttempt) attempt = js_attempt_new (exercise);

  g_assert_null (js_attempt_get_hint (attempt));
  g_assert_false (js_attempt_was_answered (attempt));

  g_assert_false (attempt_choose (attempt, "b1"));
  g_assert_true (js_attempt_was_answered (attempt));
  g_assert_cmpuint (js_attempt_get_tries (attempt), ==, 1);
  g_assert_cmpstr (js_attempt_get_hint (attempt), ==, "First hint");

  g_assert_false (attempt_choose (attempt, "b1"));
  g_assert_cmpstr (js_attempt_get_hint (attempt), ==, "Second hint");

  /* The last hint stays. */
  g_assert_false (attempt_choose (attempt, NULL));
  g_assert_cmpuint (js_attempt_get_tries (attempt), ==, 3);
  g_assert_cmpstr (js_attempt_get_hint (attempt), ==, "Second hint");

  g_assert_true (attempt_choose (attempt, "a1"));
  g_assert_cmpuint (js_attempt_get_tries (attempt), ==, 3);
  g_assert_true (js_attempt_next_step (attempt));
  g_assert_cmpuint (js_attempt_get_tries (attempt), ==, 0);
  g_assert_null (js_attempt_get_hint (attempt));

  g_assert_false (attempt_choose (attempt, "b2"));
  g_assert_cmpstr (js_attempt_get_hint (attempt), ==, "Only hint");
}

static void
test_attempt_steps (void)
{
  g_autoptr(JsExercise) exercise = load_attempt_exercise ();
  g_autoptr(JsAttempt) attempt = js_attempt_new (exercise);

  g_assert_cmpuint (js_attempt_get_step (attempt), ==, 0);
  /* Not before the step is right. */
  g_assert_false (js_attempt_next_step (attempt));
  g_assert_false (attempt_choose (attempt, "b1"));
  g_assert_false (js_attempt_next_step (attempt));
  g_assert_cmpuint (js_attempt_get_step (attempt), ==, 0);

  g_assert_true (attempt_choose (attempt, "a1"));
  g_assert_false (js_attempt_is_finished (attempt));
  g_assert_true (js_attempt_next_step (attempt));
  g_assert_cmpuint (js_attempt_get_step (attempt), ==, 1);

  g_assert_true (attempt_choose (attempt, "a2"));
  g_assert_true (js_attempt_next_step (attempt));
  g_assert_true (attempt_choose (attempt, "a3"));
  g_assert_true (js_attempt_is_finished (attempt));
  g_assert_false (js_attempt_next_step (attempt));
  g_assert_cmpuint (js_attempt_get_step (attempt), ==, 2);
}

static void
test_attempt_score (void)
{
  g_autoptr(JsExercise) exercise = load_attempt_exercise ();
  g_autoptr(JsAttempt) attempt = js_attempt_new (exercise);
  g_autoptr(JsAttempt) perfect = js_attempt_new (exercise);

  g_assert_cmpuint (js_attempt_get_score (attempt), ==, 0);

  /* First try: 100 %. */
  g_assert_true (attempt_choose (attempt, "a1"));
  g_assert_cmpuint (js_attempt_get_score (attempt), ==, 33);
  /* Checking again once right changes nothing. */
  g_assert_false (attempt_choose (attempt, "b1"));
  g_assert_cmpuint (js_attempt_get_tries (attempt), ==, 0);
  g_assert_cmpuint (js_attempt_get_score (attempt), ==, 33);
  g_assert_true (js_attempt_next_step (attempt));

  /* Second try: 50 %. */
  g_assert_false (attempt_choose (attempt, "b2"));
  g_assert_true (attempt_choose (attempt, "a2"));
  g_assert_cmpuint (js_attempt_get_score (attempt), ==, 50);
  g_assert_true (js_attempt_next_step (attempt));

  /* Later: 25 %. (100 + 50 + 25) / 3 = 58.3 */
  g_assert_false (attempt_choose (attempt, "b3"));
  g_assert_false (attempt_choose (attempt, "b3"));
  g_assert_false (attempt_choose (attempt, "b3"));
  g_assert_true (attempt_choose (attempt, "a3"));
  g_assert_cmpuint (js_attempt_get_score (attempt), ==, 58);
  g_assert_true (js_attempt_is_finished (attempt));

  for (guint i = 1; i <= 3; i++)
    {
      g_autofree char *right = g_strdup_printf ("a%u", i);

      g_assert_true (attempt_choose (perfect, right));
      js_attempt_next_step (perfect);
    }
  g_assert_cmpuint (js_attempt_get_score (perfect), ==, 100);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/exercise/check/choice", test_check_choice);
  g_test_add_func ("/exercise/check/pointer", test_check_pointer);
  g_test_add_func ("/exercise/check/sort", test_check_sort);
  g_test_add_func ("/exercise/check/type", test_check_type);
  g_test_add_func ("/exercise/check/type-long", test_check_type_long);
  g_test_add_func ("/exercise/check/form", test_check_form);
  g_test_add_func ("/exercise/check/form-expect", test_check_form_expect);
  g_test_add_func ("/exercise/check/field", test_check_field);
  g_test_add_func ("/exercise/check/password-strength", test_check_password_strength);
  g_test_add_func ("/exercise/check/password", test_check_password);
  g_test_add_func ("/exercise/check/inbox", test_check_inbox);
  g_test_add_func ("/exercise/check/files", test_check_files);
  g_test_add_func ("/exercise/check/jobboard", test_check_jobboard);
  g_test_add_func ("/exercise/attempt/hints", test_attempt_hints);
  g_test_add_func ("/exercise/attempt/steps", test_attempt_steps);
  g_test_add_func ("/exercise/attempt/score", test_attempt_score);

  return g_test_run ();
}
