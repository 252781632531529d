/* js-exercise-check.c: is the citizen's answer to a step right, and what to
 * look at again when it is not
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What a step widget reports (JsAnswer keys, as data/exercises/README.md):
 *
 *   choice                selected → option ids joined by "," (any order)
 *   pointer click         clicked → target ids clicked so far, joined by ","
 *   pointer double-click  opened → the target id opened
 *   pointer right-click   target → the target whose menu was opened;
 *                         menu-item → the menu item chosen
 *   sort                  item id → bin id, one key per placed item
 *   type                  text → what was typed; pasted → "yes" when it
 *                         arrived by paste, else "no"
 *   form                  field id → value (check: "yes"/"no"; choice and
 *                         attachment: the option id; others: the text)
 *   password              password → the password typed
 *   inbox                 selected → the option id; opened → letter ids
 *   files save            folder → the folder id; name → the file name typed
 *   files find            opened → the file id opened
 *   jobboard              added → job ids added, joined by ","
 *
 * What a JsCheck's problems name:
 *
 *   choice, inbox   each option picked wrongly, with its <why>. (Once the
 *                   step is right the widget shows every option's <why>.)
 *   pointer         the target or menu item that was wrong, or each target
 *                   not clicked yet
 *   sort            each item not placed, or placed in the wrong bin
 *   form            each field that is not right, with its <error> or a
 *                   message for its type
 *   password        each rule not met: "length", "mix", "well-known", "avoid"
 *   files           "folder" and "name" (save), or the file opened (find)
 *   jobboard        each job added that is not the one asked for
 *
 * The message for the whole step is the step's <success> when it is right.
 */

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "js-exercise-private.h"

static void
js_check_problem_free (JsCheckProblem *problem)
{
  g_free (problem->id);
  g_free (problem->message);
  g_free (problem);
}

JsCheck *
_js_check_new (void)
{
  JsCheck *check = g_new0 (JsCheck, 1);

  check->problems = g_ptr_array_new_with_free_func ((GDestroyNotify) js_check_problem_free);
  return check;
}

/* Adds a problem about @id; takes @message. */
void
_js_check_add_problem (JsCheck    *check,
                       const char *id,
                       char       *message)
{
  JsCheckProblem *problem = g_new0 (JsCheckProblem, 1);

  problem->id = g_strdup (id);
  problem->message = message;
  g_ptr_array_add (check->problems, problem);
}

/* Right when no problem was found; @wrong is the message otherwise. */
static JsCheck *
finish (JsCheck  *check,
        JsExNode *step,
        char     *wrong)
{
  const char *success = js_ex_node_child_text (step, "success");

  check->correct = check->problems->len == 0 && wrong == NULL;
  if (check->correct)
    check->message = g_strdup (success != NULL ? success : _("Well done. That is right."));
  else
    check->message = wrong != NULL ? wrong : g_strdup (_("Not yet. Look again and try once more."));

  return check;
}

void
js_check_free (JsCheck *check)
{
  if (check == NULL)
    return;

  g_free (check->message);
  g_ptr_array_unref (check->problems);
  g_free (check);
}

/* The ids in a value like "a,b,c". */
static GHashTable *
id_set (const char *value)
{
  GHashTable *set = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_auto(GStrv) ids = g_strsplit (value != NULL ? value : "", ",", -1);

  for (guint i = 0; ids[i] != NULL; i++)
    {
      g_strstrip (ids[i]);
      if (ids[i][0] != '\0')
        g_hash_table_add (set, g_strdup (ids[i]));
    }

  return set;
}

static gboolean
is_correct (JsExNode *node)
{
  return g_strcmp0 (js_ex_node_get_attr (node, "correct"), "yes") == 0;
}

static const char *
id_of (JsExNode *node)
{
  return js_ex_node_get_attr (node, "id");
}

/* The child of @step named @name with correct="yes". */
static JsExNode *
correct_child (JsExNode   *step,
               const char *name)
{
  g_autoptr(GPtrArray) children = js_ex_node_get_children (step, name);

  for (guint i = 0; i < children->len; i++)
    {
      if (is_correct (g_ptr_array_index (children, i)))
        return g_ptr_array_index (children, i);
    }

  return NULL;
}

/* choice and inbox */
static JsCheck *
check_options (JsExNode   *step,
               const char *selected)
{
  JsCheck *check = _js_check_new ();
  g_autoptr(GHashTable) chosen = id_set (selected);
  g_autoptr(GPtrArray) options = js_ex_node_get_children (step, "option");
  gboolean multiple = g_strcmp0 (js_ex_node_get_attr (step, "multiple"), "yes") == 0;
  guint missed = 0;

  if (g_hash_table_size (chosen) == 0)
    return finish (check, step, g_strdup (_("Choose an answer first.")));

  for (guint i = 0; i < options->len; i++)
    {
      JsExNode *option = g_ptr_array_index (options, i);
      gboolean picked = g_hash_table_contains (chosen, id_of (option));

      if (picked && !is_correct (option))
        _js_check_add_problem (check, id_of (option),
                               g_strdup (js_ex_node_child_text (option, "why")));
      else if (!picked && is_correct (option))
        missed++;
    }

  if (check->problems->len > 0 && multiple)
    return finish (check, step, g_strdup (_("Not yet. Some of your choices are not right.")));
  if (check->problems->len > 0)
    return finish (check, step, g_strdup (_("Not yet. That answer is not right. Read why, "
                                            "and try another one.")));
  if (missed > 0)
    return finish (check, step, g_strdup (_("Not yet. There are more right answers to find.")));

  return finish (check, step, NULL);
}

static JsCheck *
check_click (JsExNode *step,
             JsAnswer *answer)
{
  JsCheck *check = _js_check_new ();
  g_autoptr(GHashTable) clicked = id_set (js_answer_get (answer, "clicked"));
  g_autoptr(GPtrArray) targets = js_ex_node_get_children (step, "target");

  for (guint i = 0; i < targets->len; i++)
    {
      const char *id = id_of (g_ptr_array_index (targets, i));

      if (!g_hash_table_contains (clicked, id))
        _js_check_add_problem (check, id, g_strdup (_("Click this one too.")));
    }

  if (check->problems->len > 0)
    return finish (check, step, g_strdup (_("Not yet. Some have not been clicked.")));

  return finish (check, step, NULL);
}

/* One thing to pick (the target to open, the menu item, the file): when
 * @picked is not @right, a wrong pick becomes a problem. Returns: (nullable):
 * the message for the step, or NULL when @picked is right */
static char *
check_pick (JsCheck    *check,
            const char *picked,
            const char *right,
            const char *none,
            const char *problem,
            const char *wrong)
{
  if (picked == NULL || *picked == '\0')
    return g_strdup (none);

  if (!g_str_equal (picked, right))
    {
      _js_check_add_problem (check, picked, g_strdup (problem));
      return g_strdup (wrong);
    }

  return NULL;
}

static JsCheck *
check_double_click (JsExNode *step,
                    JsAnswer *answer)
{
  JsCheck *check = _js_check_new ();

  return finish (check, step,
                 check_pick (check, js_answer_get (answer, "opened"),
                             id_of (correct_child (step, "target")),
                             _("Double-click the right one to open it. Or choose it with the "
                               "arrow keys and press Enter."),
                             _("This is not the one to open."),
                             _("Not yet. That opened something else. Try another one.")));
}

static JsCheck *
check_right_click (JsExNode *step,
                   JsAnswer *answer)
{
  JsCheck *check = _js_check_new ();
  char *wrong = check_pick (check, js_answer_get (answer, "target"),
                            id_of (correct_child (step, "target")),
                            _("Right-click the right one to open its menu. Or choose it and "
                              "press Shift+F10."),
                            _("This is not the one to right-click."),
                            _("Not yet. Right-click another one."));

  if (wrong == NULL)
    wrong = check_pick (check, js_answer_get (answer, "menu-item"),
                        id_of (correct_child (step, "menu-item")),
                        _("Now choose from the menu."),
                        _("This is not the right choice."),
                        _("Not yet. Open the menu again and choose something else."));

  return finish (check, step, wrong);
}

static JsCheck *
check_sort (JsExNode *step,
            JsAnswer *answer)
{
  JsCheck *check = _js_check_new ();
  g_autoptr(GPtrArray) items = js_ex_node_get_children (step, "item");
  guint misplaced = 0, unplaced = 0;

  for (guint i = 0; i < items->len; i++)
    {
      JsExNode *item = g_ptr_array_index (items, i);
      const char *bin = js_answer_get (answer, id_of (item));

      if (bin == NULL || *bin == '\0')
        {
          _js_check_add_problem (check, id_of (item), g_strdup (_("Put this in one of the boxes.")));
          unplaced++;
        }
      else if (!g_str_equal (bin, js_ex_node_get_attr (item, "bin")))
        {
          JsExNode *chosen = js_ex_node_find_by_id (step, "bin", bin);
          const char *label = chosen != NULL ? js_ex_node_get_text (chosen) : bin;

          _js_check_add_problem (check, id_of (item),
                                 g_strdup_printf (_("This does not belong in “%s”."), label));
          misplaced++;
        }
    }

  if (misplaced > 0)
    return finish (check, step,
                   g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                 "Not yet. %u thing is in the wrong box.",
                                                 "Not yet. %u things are in the wrong box.",
                                                 misplaced), misplaced));
  if (unplaced > 0)
    return finish (check, step,
                   g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                 "Put the last %u thing in a box too.",
                                                 "Put the last %u things in a box too.",
                                                 unplaced), unplaced));

  return finish (check, step, NULL);
}

/* Unicode NFC without leading and trailing space, so that "ø" typed as one
 * character or as o and a combining stroke are the same. */
static char *
tidy (const char *text)
{
  g_autofree char *normal = g_utf8_normalize (text != NULL ? text : "", -1, G_NORMALIZE_NFC);

  return g_strstrip (g_strdup (normal != NULL ? normal : ""));
}

/* What was typed right, for "Look again after “…”": at most the last 20
 * characters, from the start of a word when it is cut. */
static char *
right_so_far (const char *typed,
              glong       n_right)
{
  const glong shown = 20;
  const char *start = typed;
  const char *end = g_utf8_offset_to_pointer (typed, n_right);

  if (n_right > shown)
    {
      const char *space;

      start = g_utf8_offset_to_pointer (typed, n_right - shown);
      space = memchr (start, ' ', end - start);
      if (space != NULL && space + 1 < end)
        start = space + 1;
    }

  return g_strdup_printf ("%s%.*s", start == typed ? "" : "…", (int) (end - start), start);
}

/* Where @typed first differs from @expected, in words. */
static char *
type_difference (const char *typed,
                 const char *expected)
{
  g_autofree char *typed_folded = g_utf8_casefold (typed, -1);
  g_autofree char *expected_folded = g_utf8_casefold (expected, -1);
  g_autofree char *prefix = NULL;
  const char *t = typed, *e = expected;
  glong n_right = 0;

  while (*t != '\0' && g_utf8_get_char (t) == g_utf8_get_char (e))
    {
      t = g_utf8_next_char (t);
      e = g_utf8_next_char (e);
      n_right++;
    }
  prefix = right_so_far (typed, n_right);

  if (*t == '\0')
    return g_strdup_printf (_("Right so far, but something is missing after “%s”."), prefix);
  if (*e == '\0')
    return g_strdup_printf (_("There is more than needed after “%s”."), prefix);
  if (n_right == 0 && g_str_equal (typed_folded, expected_folded))
    return g_strdup (_("Look again at capital and small letters, from the first letter."));
  if (g_str_equal (typed_folded, expected_folded))
    return g_strdup_printf (_("Look again at capital and small letters after “%s”."), prefix);
  if (n_right == 0)
    return g_strdup (_("Look again at the very first letter."));

  return g_strdup_printf (_("Look again after “%s”."), prefix);
}

static JsCheck *
check_type (JsExNode *step,
            JsAnswer *answer)
{
  JsCheck *check = _js_check_new ();
  gboolean copy = g_strcmp0 (js_ex_node_get_attr (step, "mode"), "copy") == 0;
  gboolean pasted = g_strcmp0 (js_answer_get (answer, "pasted"), "yes") == 0;
  g_autofree char *typed = tidy (js_answer_get (answer, "text"));
  g_autofree char *expected = tidy (js_ex_node_child_text (step, "text"));

  if (*typed == '\0' && copy)
    return finish (check, step, g_strdup (_("Copy the text with Ctrl+C, click in the box and "
                                            "paste it with Ctrl+V.")));
  if (*typed == '\0')
    return finish (check, step, g_strdup (_("Type the text in the box.")));
  if (!g_str_equal (typed, expected))
    return finish (check, step, type_difference (typed, expected));
  if (copy && !pasted)
    return finish (check, step, g_strdup (_("The text is right, but it was typed. This time, "
                                            "copy it: select the text and press Ctrl+C, then "
                                            "click in the box and press Ctrl+V. The right-click "
                                            "menu has Copy and Paste too.")));

  return finish (check, step, NULL);
}

static JsCheck *
check_form (JsExNode *step,
            JsAnswer *answer)
{
  JsCheck *check = _js_check_new ();
  g_autoptr(GPtrArray) fields = js_ex_node_get_children (step, "field");

  for (guint i = 0; i < fields->len; i++)
    {
      JsExNode *field = g_ptr_array_index (fields, i);
      char *problem = _js_field_problem (field, js_answer_get (answer, id_of (field)));

      if (problem != NULL)
        _js_check_add_problem (check, id_of (field), problem);
    }

  if (check->problems->len > 0)
    return finish (check, step,
                   g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                 "Not yet. %u field needs another look.",
                                                 "Not yet. %u fields need another look.",
                                                 check->problems->len),
                                    check->problems->len));

  return finish (check, step, NULL);
}

/* A file name as the citizen may type it: case and a trailing extension
 * (".docx") do not matter, nor spaces at either end. */
static char *
file_name_key (const char *name)
{
  g_autofree char *tidied = tidy (name);
  char *dot = strrchr (tidied, '.');

  if (dot != NULL && dot != tidied && strlen (dot + 1) >= 1 && strlen (dot + 1) <= 5)
    {
      gboolean extension = TRUE;

      for (const char *p = dot + 1; *p != '\0'; p++)
        extension = extension && g_ascii_isalnum (*p);
      if (extension)
        *dot = '\0';
    }

  return g_utf8_casefold (g_strchomp (tidied), -1);
}

static JsCheck *
check_save (JsExNode *step,
            JsAnswer *answer)
{
  JsCheck *check = _js_check_new ();
  JsExNode *save = js_ex_node_get_child (step, "save");
  const char *folder = js_answer_get (answer, "folder");
  const char *name = js_answer_get (answer, "name");
  g_autofree char *typed = file_name_key (name);
  g_autofree char *expected = file_name_key (js_ex_node_get_text (save));
  gboolean folder_right = g_strcmp0 (folder, js_ex_node_get_attr (save, "folder")) == 0;
  gboolean name_right = g_str_equal (typed, expected);

  if (folder == NULL || *folder == '\0')
    return finish (check, step, g_strdup (_("Choose the folder to save the file in.")));

  if (!folder_right)
    _js_check_add_problem (check, "folder", g_strdup (_("This is not the folder the task asks for.")));
  if (!name_right && *typed == '\0')
    _js_check_add_problem (check, "name", g_strdup (_("Type a name for the file.")));
  else if (!name_right)
    _js_check_add_problem (check, "name",
                           g_strdup_printf (_("Check the name: the task asks for “%s”."),
                                            js_ex_node_get_text (save)));

  if (!folder_right && !name_right)
    return finish (check, step, g_strdup (_("Not yet. Check the folder and the name.")));
  if (!folder_right)
    return finish (check, step, g_strdup (_("Not yet. The name is right, but choose another "
                                            "folder.")));
  if (!name_right)
    return finish (check, step, g_strdup (_("Not yet. The folder is right, but check the name.")));

  return finish (check, step, NULL);
}

static JsCheck *
check_find (JsExNode *step,
            JsAnswer *answer)
{
  JsCheck *check = _js_check_new ();

  return finish (check, step,
                 check_pick (check, js_answer_get (answer, "opened"),
                             js_ex_node_get_attr (js_ex_node_get_child (step, "find"), "file"),
                             _("Find the file and open it."),
                             _("This is not the file to open."),
                             _("Not yet. That is another file. Look in the other folders too.")));
}

static JsCheck *
check_jobboard (JsExNode *step,
                JsAnswer *answer)
{
  JsCheck *check = _js_check_new ();
  g_autoptr(GHashTable) added = id_set (js_answer_get (answer, "added"));
  const char *goal = js_ex_node_get_attr (js_ex_node_get_child (step, "goal"), "job");
  g_autoptr(GPtrArray) jobs = js_ex_node_get_children (step, "job");
  gboolean found = g_hash_table_contains (added, goal);

  if (g_hash_table_size (added) == 0)
    return finish (check, step, g_strdup (_("When you have found the job, add it to your "
                                            "practice job log.")));

  for (guint i = 0; i < jobs->len; i++)
    {
      const char *id = id_of (g_ptr_array_index (jobs, i));

      if (g_hash_table_contains (added, id) && !g_str_equal (id, goal))
        _js_check_add_problem (check, id, g_strdup (_("This is not the job the task describes.")));
    }

  if (!found)
    return finish (check, step, g_strdup (_("Not yet. That is not the job the task describes. "
                                            "Read the task again.")));
  if (check->problems->len > 0)
    return finish (check, step, g_strdup (_("You found the right job, but you added others "
                                            "too. Remove them from the practice job log.")));

  return finish (check, step, NULL);
}

static JsCheck *
check_password (JsExNode *step,
                JsAnswer *answer)
{
  JsCheck *check = _js_check_new ();

  _js_password_rules (js_answer_get (answer, "password"), step, check);
  if (check->problems->len > 0)
    return finish (check, step, g_strdup (_("Not yet. Make the password meet every rule.")));

  return finish (check, step, NULL);
}

/**
 * js_exercise_check_step:
 * @step: a <step> of a loaded exercise
 * @answer: what the step's widget reports (keys above)
 *
 * Returns: (transfer full): whether @answer is right, a message for the
 *   step and the problems to mark
 */
JsCheck *
js_exercise_check_step (JsExNode *step,
                        JsAnswer *answer)
{
  const char *action, *mode;

  g_return_val_if_fail (step != NULL, NULL);
  g_return_val_if_fail (answer != NULL, NULL);

  action = js_ex_node_get_attr (step, "action");
  mode = js_ex_node_get_attr (step, "mode");

  switch (js_exercise_step_kind (step))
    {
    case JS_STEP_CHOICE:
    case JS_STEP_INBOX:
      return check_options (step, js_answer_get (answer, "selected"));
    case JS_STEP_POINTER:
      if (g_str_equal (action, "click"))
        return check_click (step, answer);
      if (g_str_equal (action, "double-click"))
        return check_double_click (step, answer);
      return check_right_click (step, answer);
    case JS_STEP_SORT:
      return check_sort (step, answer);
    case JS_STEP_TYPE:
      return check_type (step, answer);
    case JS_STEP_FORM:
      return check_form (step, answer);
    case JS_STEP_PASSWORD:
      return check_password (step, answer);
    case JS_STEP_FILES:
      return g_str_equal (mode, "save") ? check_save (step, answer) : check_find (step, answer);
    case JS_STEP_JOBBOARD:
      return check_jobboard (step, answer);
    default:
      g_return_val_if_reached (NULL);
    }
}
