/* js-exercise-validate-steps.c: the rules of each kind of step
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What data/exercises/README.md asks of a choice, pointer, sort, type,
 * form, password, inbox, files and job-board step: its elements, their
 * values and the references between them (js-exercise-validate.c checks
 * the exercise around them).
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "js-exercise-validate-private.h"

/* choice and inbox: <option id correct> with <label> and <why>. */
static gboolean
check_options (Validator *v,
               JsExNode  *step,
               gboolean   message,
               gboolean   many)
{
  const ChildRule rules[] = {
    { "label", 1, 1, _js_validate_no_attrs },
    { "why", 1, 1, _js_validate_no_attrs },
    { "from", 0, message ? 1 : 0, _js_validate_no_attrs },
    { "body", 0, message ? 1 : 0, _js_validate_no_attrs },
    { NULL },
  };
  g_autoptr(GPtrArray) options = js_ex_node_get_children (step, "option");

  for (guint i = 0; i < options->len; i++)
    {
      JsExNode *option = g_ptr_array_index (options, i);
      JsExNode *extra = js_ex_node_get_child (option, "from");

      if (!message && (extra != NULL || (extra = js_ex_node_get_child (option, "body")) != NULL))
        return _js_validate_fail (v, extra, "<%s> is only for messages: add style=\"message\" to the <step>",
                     extra->name);
      if (!_js_validate_check_parent (v, option, _js_validate_id_correct_attrs, rules))
        return FALSE;
    }

  return _js_validate_check_correct (v, step, options, many,
                        "add multiple=\"yes\" to the <step> when more than one is right");
}

gboolean
_js_validate_check_choice (Validator *v,
              JsExNode  *step)
{
  static const char * const styles[] = { "text", "message", "address", NULL };
  const ChildRule rules[] = { STEP_COMMON_RULES, { "option", 2, MANY, NULL }, { NULL } };
  int style, multiple;

  if (!_js_validate_check_parent (v, step, (const char *[]) { "kind", "multiple", "style", NULL }, rules) ||
      (style = _js_validate_enum_attr (v, step, "style", styles, 0)) < 0 ||
      (multiple = _js_validate_yes_no_attr (v, step, "multiple")) < 0)
    return FALSE;

  return check_options (v, step, style == CHOICE_MESSAGE, multiple);
}

gboolean
_js_validate_check_pointer (Validator *v,
               JsExNode  *step)
{
  static const char * const actions[] = { "click", "double-click", "right-click", NULL };
  int action = _js_validate_enum_attr (v, step, "action", actions, -1);
  const ChildRule click_rules[] = {
    STEP_COMMON_RULES, { "target", 1, MANY, _js_validate_id_attrs }, { NULL }
  };
  const ChildRule double_rules[] = {
    STEP_COMMON_RULES, { "target", 2, MANY, _js_validate_id_correct_attrs }, { NULL }
  };
  const ChildRule right_rules[] = {
    STEP_COMMON_RULES,
    { "target", 1, MANY, _js_validate_id_correct_attrs },
    { "menu-item", 2, MANY, _js_validate_id_correct_attrs },
    { NULL },
  };
  const ChildRule *rules[] = { click_rules, double_rules, right_rules };
  g_autoptr(GPtrArray) targets = NULL;
  g_autoptr(GPtrArray) items = NULL;

  if (action < 0 ||
      !_js_validate_check_parent (v, step, (const char *[]) { "kind", "action", NULL }, rules[action]))
    return FALSE;

  targets = js_ex_node_get_children (step, "target");
  items = js_ex_node_get_children (step, "menu-item");
  if (action == POINTER_CLICK)
    return TRUE;
  if (action == POINTER_RIGHT_CLICK && !_js_validate_check_correct (v, step, items, FALSE, "mark only the one to choose"))
    return FALSE;

  return _js_validate_check_correct (v, step, targets, FALSE,
                        action == POINTER_DOUBLE_CLICK ? "mark only the one to open" : "mark only the one to right-click");
}

gboolean
_js_validate_check_sort (Validator *v,
            JsExNode  *step)
{
  const ChildRule rules[] = {
    STEP_COMMON_RULES,
    { "bin", 2, MANY, _js_validate_id_attrs },
    { "item", 1, MANY, (const char *[]) { "id", "bin", NULL } },
    { NULL },
  };
  g_autoptr(GPtrArray) items = js_ex_node_get_children (step, "item");

  if (!_js_validate_check_parent (v, step, (const char *[]) { "kind", NULL }, rules))
    return FALSE;

  for (guint i = 0; i < items->len; i++)
    {
      if (_js_validate_check_reference (v, step, g_ptr_array_index (items, i), "bin", "bin") == NULL)
        return FALSE;
    }

  return TRUE;
}

gboolean
_js_validate_check_type (Validator *v,
            JsExNode  *step)
{
  static const char * const modes[] = { "type", "copy", NULL };
  const ChildRule rules[] = { STEP_COMMON_RULES, { "text", 1, 1, _js_validate_no_attrs }, { NULL } };

  return _js_validate_check_parent (v, step, (const char *[]) { "kind", "mode", NULL }, rules) &&
         _js_validate_enum_attr (v, step, "mode", modes, 0) >= 0;
}

/* An <expect>ed value must be one the field accepts. */
static gboolean
check_expect (Validator     *v,
              JsExNode      *field,
              JsExFieldType  type)
{
  JsExNode *expect = js_ex_node_get_child (field, "expect");
  g_autofree char *digits = NULL;
  int year, month, day;

  if (expect == NULL)
    return TRUE;

  switch (type)
    {
    case JS_EX_FIELD_EMAIL:
      if (!_js_value_is_email (expect->text))
        return _js_validate_fail (v, expect, "<expect> of %s is “%s”, which is not an e-mail address",
                     _js_validate_who (v, field), expect->text);
      break;
    case JS_EX_FIELD_PHONE:
      digits = _js_value_phone_digits (expect->text);
      if (digits == NULL)
        return _js_validate_fail (v, expect, "<expect> of %s is “%s”, which is not a Danish phone number "
                     "(8 digits)", _js_validate_who (v, field), expect->text);
      break;
    case JS_EX_FIELD_DATE:
      if (!_js_value_parse_date (expect->text, &year, &month, &day))
        return _js_validate_fail (v, expect, "<expect> of %s is “%s”, which is not a date written "
                     "day-month-year, like 24-12-2026", _js_validate_who (v, field), expect->text);
      break;
    case JS_EX_FIELD_CHOICE:
    case JS_EX_FIELD_ATTACHMENT:
      if (expect->translate)
        return _js_validate_fail (v, expect, "<expect> of %s names an option id: add translate=\"no\"",
                     _js_validate_who (v, field));
      if (js_ex_node_find_by_id (field, "option", expect->text) == NULL)
        return _js_validate_fail (v, expect, "<expect> of %s names option “%s”, which does not exist",
                     _js_validate_who (v, field), expect->text);
      break;
    case JS_EX_FIELD_TEXT:
    case JS_EX_FIELD_MULTILINE:
    case JS_EX_FIELD_CHECK:
    default:
      break;
    }

  return TRUE;
}

static gboolean
check_min_words (Validator     *v,
                 JsExNode      *field,
                 JsExFieldType  type)
{
  const char *min_words = js_ex_node_get_attr (field, "min-words");
  guint64 n;

  if (min_words == NULL)
    return TRUE;
  if (type != JS_EX_FIELD_MULTILINE)
    return _js_validate_fail (v, field, "%s has min-words=\"…\", which is only for type=\"multiline\"",
                 _js_validate_who (v, field));
  if (!g_ascii_string_to_unsigned (min_words, 10, 1, 1000, &n, NULL))
    return _js_validate_fail (v, field, "%s has min-words=\"%s\"; write a whole number from 1 to 1000",
                 _js_validate_who (v, field), min_words);

  return TRUE;
}

static gboolean
check_field (Validator *v,
             JsExNode  *field)
{
  int type = _js_validate_enum_attr (v, field, "type", _js_validate_field_types, -1);
  gboolean has_options = type == JS_EX_FIELD_CHOICE || type == JS_EX_FIELD_ATTACHMENT;
  const ChildRule rules[] = {
    { "label", 1, 1, _js_validate_no_attrs },
    { "error", 0, 1, _js_validate_no_attrs },
    { "expect", 0, type == JS_EX_FIELD_CHECK ? 0 : 1, _js_validate_no_attrs },
    { "option", type == JS_EX_FIELD_CHOICE ? 2 : has_options, has_options ? MANY : 0, _js_validate_id_attrs },
    { NULL },
  };
  if (type < 0 ||
      !_js_validate_check_parent (v, field, (const char *[]) { "id", "type", "required", "min-words", NULL },
                     rules) ||
      _js_validate_enum_attr (v, field, "required", _js_validate_yes_no, -1) < 0 ||
      !check_min_words (v, field, type))
    return FALSE;

  return check_expect (v, field, type);
}

gboolean
_js_validate_check_form (Validator *v,
            JsExNode  *step)
{
  static const char * const styles[] = { "form", "mail", NULL };
  const ChildRule rules[] = { STEP_COMMON_RULES, { "field", 1, MANY, NULL }, { NULL } };
  g_autoptr(GPtrArray) fields = js_ex_node_get_children (step, "field");

  if (!_js_validate_check_parent (v, step, (const char *[]) { "kind", "style", NULL }, rules) ||
      _js_validate_enum_attr (v, step, "style", styles, 0) < 0)
    return FALSE;

  for (guint i = 0; i < fields->len; i++)
    {
      if (!check_field (v, g_ptr_array_index (fields, i)))
        return FALSE;
    }

  return TRUE;
}

gboolean
_js_validate_check_password (Validator *v,
                JsExNode  *step)
{
  const ChildRule rules[] = { STEP_COMMON_RULES, { "avoid", 0, MANY, _js_validate_no_attrs }, { NULL } };

  return _js_validate_check_parent (v, step, (const char *[]) { "kind", NULL }, rules);
}

gboolean
_js_validate_check_inbox (Validator *v,
             JsExNode  *step)
{
  const ChildRule rules[] = {
    STEP_COMMON_RULES, { "letter", 2, MANY, NULL }, { "option", 2, MANY, NULL }, { NULL }
  };
  const ChildRule letter_rules[] = {
    { "subject", 1, 1, _js_validate_no_attrs }, { "body", 1, 1, _js_validate_no_attrs }, { NULL }
  };
  g_autoptr(GPtrArray) letters = js_ex_node_get_children (step, "letter");

  if (!_js_validate_check_parent (v, step, (const char *[]) { "kind", NULL }, rules))
    return FALSE;

  for (guint i = 0; i < letters->len; i++)
    {
      JsExNode *letter = g_ptr_array_index (letters, i);
      const char *date;

      if (!_js_validate_check_parent (v, letter, (const char *[]) { "id", "from", "date", NULL }, letter_rules) ||
          _js_validate_require_attr (v, letter, "from") == NULL ||
          (date = _js_validate_require_attr (v, letter, "date")) == NULL)
        return FALSE;
      if (!_js_value_parse_iso_date (date))
        return _js_validate_fail (v, letter, "%s has date=\"%s\"; write a real date as year-month-day, "
                     "like 2026-11-20", _js_validate_who (v, letter), date);
    }

  return check_options (v, step, FALSE, FALSE);
}

/* Each folder's parent= names a folder, and following the parents always
 * ends at a top folder. */
static gboolean
check_folders (Validator *v,
               JsExNode  *step)
{
  g_autoptr(GPtrArray) folders = js_ex_node_get_children (step, "folder");

  for (guint i = 0; i < folders->len; i++)
    {
      JsExNode *folder = g_ptr_array_index (folders, i);
      JsExNode *up = folder;

      for (guint depth = 0; js_ex_node_get_attr (up, "parent") != NULL; depth++)
        {
          up = _js_validate_check_reference (v, step, up, "parent", "folder");
          if (up == NULL)
            return FALSE;
          if (depth > folders->len)
            return _js_validate_fail (v, folder, "%s is inside itself: follow its parent=\"…\" and a "
                         "folder comes back", _js_validate_who (v, folder));
        }
    }

  return TRUE;
}

gboolean
_js_validate_check_files (Validator *v,
             JsExNode  *step)
{
  static const char * const modes[] = { "save", "find", NULL };
  static const ChildRule empty[] = { { NULL } };
  int mode = _js_validate_enum_attr (v, step, "mode", modes, -1);
  gboolean save = mode == FILES_SAVE, find = mode == FILES_FIND;
  const ChildRule rules[] = {
    STEP_COMMON_RULES,
    { "folder", 1, MANY, (const char *[]) { "id", "parent", NULL } },
    { "file", find, MANY, (const char *[]) { "id", "folder", NULL } },
    { "save", save, save, (const char *[]) { "folder", NULL } },
    { "find", find, find, NULL },
    { NULL },
  };
  g_autoptr(GPtrArray) files = NULL;
  JsExNode *find_node;

  if (mode < 0 || !_js_validate_check_parent (v, step, (const char *[]) { "kind", "mode", NULL }, rules) ||
      !check_folders (v, step))
    return FALSE;

  files = js_ex_node_get_children (step, "file");
  for (guint i = 0; i < files->len; i++)
    {
      if (_js_validate_check_reference (v, step, g_ptr_array_index (files, i), "folder", "folder") == NULL)
        return FALSE;
    }

  if (mode == FILES_SAVE)
    return _js_validate_check_reference (v, step, js_ex_node_get_child (step, "save"), "folder", "folder") != NULL;

  find_node = js_ex_node_get_child (step, "find");
  return _js_validate_check_parent (v, find_node, (const char *[]) { "file", NULL }, empty) &&
         _js_validate_check_reference (v, step, find_node, "file", "file") != NULL;
}

gboolean
_js_validate_check_jobboard (Validator *v,
                JsExNode  *step)
{
  static const ChildRule empty[] = { { NULL } };
  const ChildRule rules[] = {
    STEP_COMMON_RULES, { "job", 2, MANY, NULL }, { "goal", 1, 1, NULL }, { NULL }
  };
  const ChildRule job_rules[] = {
    { "title", 1, 1, _js_validate_no_attrs },
    { "employer", 1, 1, _js_validate_no_attrs },
    { "place", 1, 1, _js_validate_no_attrs },
    { "description", 1, 1, _js_validate_no_attrs },
    { NULL },
  };
  g_autoptr(GPtrArray) jobs = js_ex_node_get_children (step, "job");
  JsExNode *goal;

  if (!_js_validate_check_parent (v, step, (const char *[]) { "kind", NULL }, rules))
    return FALSE;

  for (guint i = 0; i < jobs->len; i++)
    {
      JsExNode *job = g_ptr_array_index (jobs, i);

      if (!_js_validate_check_parent (v, job, (const char *[]) { "id", "category", "hours", NULL }, job_rules) ||
          _js_validate_enum_attr (v, job, "category", _js_validate_job_categories, -1) < 0 ||
          _js_validate_enum_attr (v, job, "hours", (const char *[]) { "full", "part", NULL }, -1) < 0)
        return FALSE;
    }

  goal = js_ex_node_get_child (step, "goal");
  return _js_validate_check_parent (v, goal, (const char *[]) { "job", NULL }, empty) &&
         _js_validate_check_reference (v, step, goal, "job", "job") != NULL;
}
