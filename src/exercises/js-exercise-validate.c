/* js-exercise-validate.c: the rules of data/exercises/README.md
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A loaded tree is checked top-down: every element and attribute must be
 * one the format knows in that place, with allowed values, and every
 * reference (bin=, folder=, parent=, file=, job=, <expect>) must name an
 * element of the same step. The first problem found is reported as
 * "FILE:LINE: problem", in English, for the person who wrote the file:
 * these messages are not translated.
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "js-exercise-validate-private.h"

const char * const _js_validate_no_attrs[] = { NULL };
const char * const _js_validate_id_attrs[] = { "id", NULL };
const char * const _js_validate_id_correct_attrs[] = { "id", "correct", NULL };

static const char * const areas[] = {
  "basics", "information", "communication", "content", "safety", "problem-solving", NULL
};
static const char * const levels[] = { "foundation", "intermediate", "advanced", NULL };
static const char * const kinds[] = {
  "choice", "pointer", "sort", "type", "form", "password", "inbox", "files", "jobboard", NULL
};
const char * const _js_validate_yes_no[] = { "yes", "no", NULL };
/* In the order of JsExFieldType. */
const char * const _js_validate_field_types[] = {
  "text", "email", "phone", "date", "multiline", "choice", "check", "attachment", NULL
};
const char * const _js_validate_job_categories[] = {
  "cleaning", "warehouse", "care", "kitchen", "office", "transport", "retail", "it",
  "construction", NULL
};

gboolean
_js_validate_fail (Validator  *v,
      JsExNode   *node,
      const char *format,
      ...)
{
  g_autofree char *problem = NULL;
  va_list args;

  va_start (args, format);
  problem = g_strdup_vprintf (format, args);
  va_end (args);

  g_set_error (v->error, JS_EXERCISE_ERROR, JS_EXERCISE_ERROR_INVALID,
               "%s:%d: %s", v->file, node->line, problem);
  return FALSE;
}

static const char *
keep (Validator *v,
      char      *text)
{
  const char *kept = g_string_chunk_insert (v->words, text);

  g_free (text);
  return kept;
}

/* "<step kind="files" mode="save">" for a step, else "<item>". */
static const char *
tag (Validator *v,
     JsExNode  *node)
{
  static const char * const shown[] = { "kind", "action", "mode" };
  GString *text = g_string_new (NULL);

  g_string_append_printf (text, "<%s", node->name);
  for (guint i = 0; g_str_equal (node->name, "step") && i < G_N_ELEMENTS (shown); i++)
    {
      const char *value = js_ex_node_get_attr (node, shown[i]);

      if (value != NULL)
        g_string_append_printf (text, " %s=\"%s\"", shown[i], value);
    }
  g_string_append_c (text, '>');

  return keep (v, g_string_free (text, FALSE));
}

/* "<item> “cup”" for an element with an id, else its tag. */
const char *
_js_validate_who (Validator *v,
     JsExNode  *node)
{
  const char *id = js_ex_node_get_attr (node, "id");

  if (id == NULL || g_str_equal (node->name, "exercise"))
    return tag (v, node);

  return keep (v, g_strdup_printf ("<%s> “%s”", node->name, id));
}

/* "a, b or c" */
static const char *
list_words (Validator          *v,
            const char * const *words,
            const char         *before,
            const char         *after)
{
  GString *list = g_string_new (NULL);

  for (guint i = 0; words[i] != NULL; i++)
    {
      if (i > 0)
        g_string_append (list, words[i + 1] == NULL ? " or " : ", ");
      g_string_append_printf (list, "%s%s%s", before, words[i], after);
    }

  return keep (v, g_string_free (list, FALSE));
}

static int
compare_strings (const void *a,
                 const void *b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* An attribute that must be there. */
const char *
_js_validate_require_attr (Validator  *v,
              JsExNode   *node,
              const char *name)
{
  const char *value = js_ex_node_get_attr (node, name);

  if (value == NULL)
    _js_validate_fail (v, node, "%s needs the attribute %s=\"…\"", _js_validate_who (v, node), name);

  return value;
}

static gboolean
check_attrs (Validator          *v,
             JsExNode           *node,
             const char * const *allowed,
             gboolean            text)
{
  guint n_keys;
  g_autofree const char **keys =
    (const char **) g_hash_table_get_keys_as_array (node->attrs, &n_keys);

  qsort (keys, n_keys, sizeof (char *), compare_strings);
  for (guint i = 0; i < n_keys; i++)
    {
      if (g_strv_contains (allowed, keys[i]) || (text && g_str_equal (keys[i], "translate")))
        continue;

      return _js_validate_fail (v, node, "%s has an unknown attribute %s=\"…\"; it takes %s",
                   tag (v, node), keys[i],
                   allowed[0] != NULL ? list_words (v, allowed, "", "=\"…\"")
                   : text ? "only translate=\"no\"" : "no attributes");
    }

  /* In this format, whatever may have an id must have one. */
  if (g_strv_contains (allowed, "id") && _js_validate_require_attr (v, node, "id") == NULL)
    return FALSE;

  return TRUE;
}

/* An attribute with a fixed set of values; @fallback is the value when it is
 * left out, or -1 when it is required. Returns: the value's index, or -1 */
int
_js_validate_enum_attr (Validator          *v,
           JsExNode           *node,
           const char         *name,
           const char * const *values,
           int                 fallback)
{
  const char *value = js_ex_node_get_attr (node, name);

  if (value == NULL && fallback >= 0)
    return fallback;
  if (value == NULL)
    {
      _js_validate_fail (v, node, "%s needs the attribute %s=\"…\": %s", _js_validate_who (v, node), name,
            list_words (v, values, "", ""));
      return -1;
    }

  for (int i = 0; values[i] != NULL; i++)
    {
      if (g_str_equal (value, values[i]))
        return i;
    }

  _js_validate_fail (v, node, "%s has %s=\"%s\"; use %s", _js_validate_who (v, node), name, value,
        list_words (v, values, "", ""));
  return -1;
}

/* yes/no, "no" when left out. Returns: 1 for yes, 0 for no, -1 for neither */
int
_js_validate_yes_no_attr (Validator  *v,
             JsExNode   *node,
             const char *name)
{
  int value = _js_validate_enum_attr (v, node, name, _js_validate_yes_no, 1);

  return value < 0 ? -1 : value == 0;
}

gboolean
_js_exercise_id_is_valid (const char *id)
{
  if (*id == '\0' || strlen (id) > JS_EXERCISE_ID_MAX)
    return FALSE;

  for (const char *p = id; *p != '\0'; p++)
    {
      if (!g_ascii_islower (*p) && !g_ascii_isdigit (*p) && *p != '-')
        return FALSE;
    }

  return TRUE;
}

static gboolean
check_id (Validator *v,
          JsExNode  *node)
{
  const char *id = js_ex_node_get_attr (node, "id");
  JsExNode *other;

  if (id == NULL)
    return TRUE;

  if (!_js_exercise_id_is_valid (id))
    return _js_validate_fail (v, node,
                 "id=\"%s\" on <%s> may hold only lower-case letters, digits and “-”, "
                 "at most %d of them", id, node->name, JS_EXERCISE_ID_MAX);

  if (g_str_equal (node->name, "exercise"))
    return TRUE;
  if ((other = g_hash_table_lookup (v->ids, id)) != NULL)
    return _js_validate_fail (v, node, "id “%s” on <%s> is already used by <%s> on line %d; "
                 "each id must be used once in an exercise", id, node->name, other->name,
                 other->line);

  g_hash_table_insert (v->ids, (char *) id, node);
  return TRUE;
}

static const char *
rule_names (Validator       *v,
            const ChildRule *rules)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new ();

  for (guint i = 0; rules[i].name != NULL; i++)
    g_ptr_array_add (names, (char *) rules[i].name);
  g_ptr_array_add (names, NULL);

  return list_words (v, (const char * const *) names->pdata, "<", ">");
}

static gboolean check_text (Validator          *v,
                            JsExNode           *node,
                            const char * const *attrs);

/* Every child is one @rules allow, as often as they allow; text children
 * are checked too. @text: @node holds text, not elements. */
static gboolean
check_children (Validator       *v,
                JsExNode        *node,
                const ChildRule *rules,
                gboolean         text)
{
  guint counts[16] = { 0 };

  for (guint i = 0; i < node->children->len; i++)
    {
      JsExNode *child = g_ptr_array_index (node->children, i);
      guint r;

      for (r = 0; rules[r].name != NULL; r++)
        {
          if (g_str_equal (child->name, rules[r].name))
            break;
        }
      g_assert (r < G_N_ELEMENTS (counts));

      if (rules[r].name == NULL && rules[0].name == NULL)
        return _js_validate_fail (v, child, "<%s> does not belong in %s, which holds %s", child->name,
                     tag (v, node), text ? "only text" : "nothing");
      if (rules[r].name == NULL)
        return _js_validate_fail (v, child, "<%s> does not belong in %s; it holds %s", child->name,
                     tag (v, node), rule_names (v, rules));

      if (++counts[r] > rules[r].max && rules[r].max == 0)
        return _js_validate_fail (v, child, "<%s> does not belong in %s", child->name, tag (v, node));
      if (counts[r] > rules[r].max)
        return _js_validate_fail (v, child, "%s has more than %s <%s>", tag (v, node),
                     rules[r].max == 1 ? "one" : keep (v, g_strdup_printf ("%u", rules[r].max)),
                     child->name);

      if (rules[r].attrs != NULL && !check_text (v, child, rules[r].attrs))
        return FALSE;
    }

  for (guint r = 0; rules[r].name != NULL; r++)
    {
      if (counts[r] >= rules[r].min)
        continue;
      if (rules[r].min == 1)
        return _js_validate_fail (v, node, "%s needs a <%s>", _js_validate_who (v, node), rules[r].name);
      return _js_validate_fail (v, node, "%s needs at least %u <%s> elements, not %u", _js_validate_who (v, node),
                   rules[r].min, rules[r].name, counts[r]);
    }

  return TRUE;
}

/* Text that goes into the catalogue cannot hold & < >: xgettext writes them
 * as &amp; &lt; &gt; in the msgid, so the lookup of the text would miss. */
static gboolean
check_msgid (Validator *v,
             JsExNode  *node)
{
  static const struct {
    char        c;
    const char *advice;
  } forbidden[] = {
    { '&', "write “and” instead of “&”" },
    { '<', "write it in words instead of “<”" },
    { '>', "write it in words instead of “>”" },
  };

  if (!node->translate)
    return TRUE;

  for (guint i = 0; i < G_N_ELEMENTS (forbidden); i++)
    {
      if (strchr (node->text, forbidden[i].c) != NULL)
        return _js_validate_fail (v, node, "<%s> holds “%c”, which the translations cannot match: %s "
                     "(or add translate=\"no\" when the text stays as written in every "
                     "language)", node->name, forbidden[i].c, forbidden[i].advice);
    }

  return TRUE;
}

/* An element that holds only text, with @attrs (and translate=""). */
static gboolean
check_text (Validator          *v,
            JsExNode           *node,
            const char * const *attrs)
{
  static const ChildRule no_children[] = { { NULL } };

  if (!check_attrs (v, node, attrs, TRUE) || !check_id (v, node) ||
      _js_validate_enum_attr (v, node, "translate", _js_validate_yes_no, 0) < 0 ||
      !check_children (v, node, no_children, TRUE))
    return FALSE;

  if (node->text == NULL)
    return _js_validate_fail (v, node, "%s is empty: write its text between <%s> and </%s>",
                 _js_validate_who (v, node), node->name, node->name);

  return check_msgid (v, node);
}

/* An element that holds other elements, not text. */
gboolean
_js_validate_check_parent (Validator          *v,
              JsExNode           *node,
              const char * const *attrs,
              const ChildRule    *rules)
{
  if (!check_attrs (v, node, attrs, FALSE) || !check_id (v, node))
    return FALSE;

  if (node->text != NULL)
    return _js_validate_fail (v, node, "text “%.40s” is not allowed directly in %s; put it in one of "
                 "the elements inside", node->text, tag (v, node));

  return check_children (v, node, rules, FALSE);
}

/* Exactly one of @nodes (or at least one, with @many) has correct="yes". */
gboolean
_js_validate_check_correct (Validator  *v,
               JsExNode   *parent,
               GPtrArray  *nodes,
               gboolean    many,
               const char *advice)
{
  guint n_correct = 0;
  const char *name = parent->name;

  for (guint i = 0; i < nodes->len; i++)
    {
      JsExNode *node = g_ptr_array_index (nodes, i);
      int correct = _js_validate_yes_no_attr (v, node, "correct");

      if (correct < 0)
        return FALSE;
      n_correct += correct;
      name = node->name;
    }

  if (n_correct == 0)
    return _js_validate_fail (v, parent, "%s has no <%s correct=\"yes\">: mark the right one", tag (v, parent),
                 name);
  if (n_correct > 1 && !many)
    return _js_validate_fail (v, parent, "%s has %u <%s>s with correct=\"yes\"; %s", tag (v, parent),
                 n_correct, name, advice);

  return TRUE;
}

/* @node's attribute @attr names an element @target of @step. */
JsExNode *
_js_validate_check_reference (Validator  *v,
                 JsExNode   *step,
                 JsExNode   *node,
                 const char *attr,
                 const char *target)
{
  const char *id = _js_validate_require_attr (v, node, attr);
  JsExNode *found;

  if (id == NULL)
    return NULL;

  found = js_ex_node_find_by_id (step, target, id);
  if (found == NULL)
    _js_validate_fail (v, node, "%s names %s “%s”, which does not exist", _js_validate_who (v, node), target, id);

  return found;
}

static gboolean
check_step (Validator *v,
            JsExNode  *step)
{
  typedef gboolean (*StepCheck) (Validator *v, JsExNode *step);
  static const StepCheck checks[] = {
    [JS_STEP_CHOICE] = _js_validate_check_choice,
    [JS_STEP_POINTER] = _js_validate_check_pointer,
    [JS_STEP_SORT] = _js_validate_check_sort,
    [JS_STEP_TYPE] = _js_validate_check_type,
    [JS_STEP_FORM] = _js_validate_check_form,
    [JS_STEP_PASSWORD] = _js_validate_check_password,
    [JS_STEP_INBOX] = _js_validate_check_inbox,
    [JS_STEP_FILES] = _js_validate_check_files,
    [JS_STEP_JOBBOARD] = _js_validate_check_jobboard,
  };
  int kind = _js_validate_enum_attr (v, step, "kind", kinds, -1);

  G_STATIC_ASSERT (G_N_ELEMENTS (checks) == G_N_ELEMENTS (kinds) - 1);

  return kind >= 0 && checks[kind] (v, step);
}

static gboolean
check_exercise (Validator  *v,
                JsExercise *exercise)
{
  static const ChildRule rules[] = {
    { "title", 1, 1, _js_validate_no_attrs },
    { "summary", 1, 1, _js_validate_no_attrs },
    { "step", 1, MANY, NULL },
    { NULL },
  };
  JsExNode *root = exercise->root;
  const char *minutes;
  int area, level;
  guint64 n_minutes;

  if (!g_str_equal (root->name, "exercise"))
    return _js_validate_fail (v, root, "the file must start with <exercise>, not <%s>", root->name);

  if (!_js_validate_check_parent (v, root, (const char *[]) { "id", "area", "level", "minutes", NULL }, rules) ||
      (area = _js_validate_enum_attr (v, root, "area", areas, -1)) < 0 ||
      (level = _js_validate_enum_attr (v, root, "level", levels, -1)) < 0 ||
      (minutes = _js_validate_require_attr (v, root, "minutes")) == NULL)
    return FALSE;

  if (!g_ascii_string_to_unsigned (minutes, 10, 1, 60, &n_minutes, NULL))
    return _js_validate_fail (v, root, "minutes=\"%s\": write a whole number of minutes from 1 to 60",
                 minutes);

  exercise->id = g_strdup (js_ex_node_get_attr (root, "id"));
  exercise->area = area;
  exercise->level = level;
  exercise->minutes = n_minutes;

  for (guint i = 0; i < exercise->steps->len; i++)
    {
      if (!check_step (v, g_ptr_array_index (exercise->steps, i)))
        return FALSE;
    }

  return TRUE;
}

/* Fills in @exercise's id, area, level and minutes from a valid tree. */
gboolean
_js_exercise_validate (JsExercise  *exercise,
                       const char  *file,
                       GError     **error)
{
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  GStringChunk *words = g_string_chunk_new (256);
  Validator v = { file, error, ids, words };
  gboolean valid = check_exercise (&v, exercise);

  g_string_chunk_free (words);
  return valid;
}

/* Only for a <field> of a loaded exercise. */
JsExFieldType
_js_field_type (JsExNode *field)
{
  const char *type = js_ex_node_get_attr (field, "type");

  for (guint i = 0; type != NULL && _js_validate_field_types[i] != NULL; i++)
    {
      if (g_str_equal (type, _js_validate_field_types[i]))
        return i;
    }

  g_return_val_if_reached (JS_EX_FIELD_TEXT);
}
