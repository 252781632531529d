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

#include "js-exercise-private.h"

#define MANY G_MAXUINT

/* Indexes into the value lists below. */
enum { POINTER_CLICK, POINTER_DOUBLE_CLICK, POINTER_RIGHT_CLICK };
enum { FILES_SAVE, FILES_FIND };
enum { CHOICE_TEXT, CHOICE_MESSAGE, CHOICE_ADDRESS };

/* What an element may hold. @attrs lists a text element's attributes, and
 * the element is checked here; NULL marks an element with children of its
 * own, which the caller checks. */
typedef struct {
  const char         *name;
  guint               min;
  guint               max;
  const char * const *attrs;
} ChildRule;

typedef struct {
  const char   *file;
  GError      **error;
  GHashTable   *ids;    /* id → JsExNode, borrowed */
  GStringChunk *words;  /* strings made for messages */
} Validator;

static const char * const no_attrs[] = { NULL };
static const char * const id_attrs[] = { "id", NULL };
static const char * const id_correct_attrs[] = { "id", "correct", NULL };

static const char * const areas[] = {
  "basics", "information", "communication", "content", "safety", "problem-solving", NULL
};
static const char * const levels[] = { "foundation", "intermediate", "advanced", NULL };
static const char * const kinds[] = {
  "choice", "pointer", "sort", "type", "form", "password", "inbox", "files", "jobboard", NULL
};
static const char * const yes_no[] = { "yes", "no", NULL };
/* In the order of JsExFieldType. */
static const char * const field_types[] = {
  "text", "email", "phone", "date", "multiline", "choice", "check", "attachment", NULL
};
static const char * const job_categories[] = {
  "cleaning", "warehouse", "care", "kitchen", "office", "transport", "retail", "it",
  "construction", NULL
};

#define STEP_COMMON_RULES                     \
  { "instruction", 1, 1, no_attrs },          \
  { "scenario", 0, 1, no_attrs },             \
  { "hint", 1, MANY, no_attrs },              \
  { "success", 0, 1, no_attrs }

static gboolean fail (Validator  *v,
                      JsExNode   *node,
                      const char *format,
                      ...) G_GNUC_PRINTF (3, 4);

static gboolean
fail (Validator  *v,
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
static const char *
who (Validator *v,
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
static const char *
require_attr (Validator  *v,
              JsExNode   *node,
              const char *name)
{
  const char *value = js_ex_node_get_attr (node, name);

  if (value == NULL)
    fail (v, node, "%s needs the attribute %s=\"…\"", who (v, node), name);

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

      return fail (v, node, "%s has an unknown attribute %s=\"…\"; it takes %s",
                   tag (v, node), keys[i],
                   allowed[0] != NULL ? list_words (v, allowed, "", "=\"…\"")
                   : text ? "only translate=\"no\"" : "no attributes");
    }

  /* In this format, whatever may have an id must have one. */
  if (g_strv_contains (allowed, "id") && require_attr (v, node, "id") == NULL)
    return FALSE;

  return TRUE;
}

/* An attribute with a fixed set of values; @fallback is the value when it is
 * left out, or -1 when it is required. Returns: the value's index, or -1 */
static int
enum_attr (Validator          *v,
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
      fail (v, node, "%s needs the attribute %s=\"…\": %s", who (v, node), name,
            list_words (v, values, "", ""));
      return -1;
    }

  for (int i = 0; values[i] != NULL; i++)
    {
      if (g_str_equal (value, values[i]))
        return i;
    }

  fail (v, node, "%s has %s=\"%s\"; use %s", who (v, node), name, value,
        list_words (v, values, "", ""));
  return -1;
}

/* yes/no, "no" when left out. Returns: 1 for yes, 0 for no, -1 for neither */
static int
yes_no_attr (Validator  *v,
             JsExNode   *node,
             const char *name)
{
  int value = enum_attr (v, node, name, yes_no, 1);

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
    return fail (v, node,
                 "id=\"%s\" on <%s> may hold only lower-case letters, digits and “-”, "
                 "at most %d of them", id, node->name, JS_EXERCISE_ID_MAX);

  if (g_str_equal (node->name, "exercise"))
    return TRUE;
  if ((other = g_hash_table_lookup (v->ids, id)) != NULL)
    return fail (v, node, "id “%s” on <%s> is already used by <%s> on line %d; "
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
        return fail (v, child, "<%s> does not belong in %s, which holds %s", child->name,
                     tag (v, node), text ? "only text" : "nothing");
      if (rules[r].name == NULL)
        return fail (v, child, "<%s> does not belong in %s; it holds %s", child->name,
                     tag (v, node), rule_names (v, rules));

      if (++counts[r] > rules[r].max && rules[r].max == 0)
        return fail (v, child, "<%s> does not belong in %s", child->name, tag (v, node));
      if (counts[r] > rules[r].max)
        return fail (v, child, "%s has more than %s <%s>", tag (v, node),
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
        return fail (v, node, "%s needs a <%s>", who (v, node), rules[r].name);
      return fail (v, node, "%s needs at least %u <%s> elements, not %u", who (v, node),
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
        return fail (v, node, "<%s> holds “%c”, which the translations cannot match: %s "
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
      enum_attr (v, node, "translate", yes_no, 0) < 0 ||
      !check_children (v, node, no_children, TRUE))
    return FALSE;

  if (node->text == NULL)
    return fail (v, node, "%s is empty: write its text between <%s> and </%s>",
                 who (v, node), node->name, node->name);

  return check_msgid (v, node);
}

/* An element that holds other elements, not text. */
static gboolean
check_parent (Validator          *v,
              JsExNode           *node,
              const char * const *attrs,
              const ChildRule    *rules)
{
  if (!check_attrs (v, node, attrs, FALSE) || !check_id (v, node))
    return FALSE;

  if (node->text != NULL)
    return fail (v, node, "text “%.40s” is not allowed directly in %s; put it in one of "
                 "the elements inside", node->text, tag (v, node));

  return check_children (v, node, rules, FALSE);
}

/* Exactly one of @nodes (or at least one, with @many) has correct="yes". */
static gboolean
check_correct (Validator  *v,
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
      int correct = yes_no_attr (v, node, "correct");

      if (correct < 0)
        return FALSE;
      n_correct += correct;
      name = node->name;
    }

  if (n_correct == 0)
    return fail (v, parent, "%s has no <%s correct=\"yes\">: mark the right one", tag (v, parent),
                 name);
  if (n_correct > 1 && !many)
    return fail (v, parent, "%s has %u <%s>s with correct=\"yes\"; %s", tag (v, parent),
                 n_correct, name, advice);

  return TRUE;
}

/* @node's attribute @attr names an element @target of @step. */
static JsExNode *
check_reference (Validator  *v,
                 JsExNode   *step,
                 JsExNode   *node,
                 const char *attr,
                 const char *target)
{
  const char *id = require_attr (v, node, attr);
  JsExNode *found;

  if (id == NULL)
    return NULL;

  found = js_ex_node_find_by_id (step, target, id);
  if (found == NULL)
    fail (v, node, "%s names %s “%s”, which does not exist", who (v, node), target, id);

  return found;
}

/* choice and inbox: <option id correct> with <label> and <why>. */
static gboolean
check_options (Validator *v,
               JsExNode  *step,
               gboolean   message,
               gboolean   many)
{
  const ChildRule rules[] = {
    { "label", 1, 1, no_attrs },
    { "why", 1, 1, no_attrs },
    { "from", 0, message ? 1 : 0, no_attrs },
    { "body", 0, message ? 1 : 0, no_attrs },
    { NULL },
  };
  g_autoptr(GPtrArray) options = js_ex_node_get_children (step, "option");

  for (guint i = 0; i < options->len; i++)
    {
      JsExNode *option = g_ptr_array_index (options, i);
      JsExNode *extra = js_ex_node_get_child (option, "from");

      if (!message && (extra != NULL || (extra = js_ex_node_get_child (option, "body")) != NULL))
        return fail (v, extra, "<%s> is only for messages: add style=\"message\" to the <step>",
                     extra->name);
      if (!check_parent (v, option, id_correct_attrs, rules))
        return FALSE;
    }

  return check_correct (v, step, options, many,
                        "add multiple=\"yes\" to the <step> when more than one is right");
}

static gboolean
check_choice (Validator *v,
              JsExNode  *step)
{
  static const char * const styles[] = { "text", "message", "address", NULL };
  const ChildRule rules[] = { STEP_COMMON_RULES, { "option", 2, MANY, NULL }, { NULL } };
  int style, multiple;

  if (!check_parent (v, step, (const char *[]) { "kind", "multiple", "style", NULL }, rules) ||
      (style = enum_attr (v, step, "style", styles, 0)) < 0 ||
      (multiple = yes_no_attr (v, step, "multiple")) < 0)
    return FALSE;

  return check_options (v, step, style == CHOICE_MESSAGE, multiple);
}

static gboolean
check_pointer (Validator *v,
               JsExNode  *step)
{
  static const char * const actions[] = { "click", "double-click", "right-click", NULL };
  int action = enum_attr (v, step, "action", actions, -1);
  const ChildRule click_rules[] = {
    STEP_COMMON_RULES, { "target", 1, MANY, id_attrs }, { NULL }
  };
  const ChildRule double_rules[] = {
    STEP_COMMON_RULES, { "target", 2, MANY, id_correct_attrs }, { NULL }
  };
  const ChildRule right_rules[] = {
    STEP_COMMON_RULES,
    { "target", 1, MANY, id_correct_attrs },
    { "menu-item", 2, MANY, id_correct_attrs },
    { NULL },
  };
  const ChildRule *rules[] = { click_rules, double_rules, right_rules };
  g_autoptr(GPtrArray) targets = NULL;
  g_autoptr(GPtrArray) items = NULL;

  if (action < 0 ||
      !check_parent (v, step, (const char *[]) { "kind", "action", NULL }, rules[action]))
    return FALSE;

  targets = js_ex_node_get_children (step, "target");
  items = js_ex_node_get_children (step, "menu-item");
  if (action == POINTER_CLICK)
    return TRUE;
  if (action == POINTER_RIGHT_CLICK && !check_correct (v, step, items, FALSE, "mark only the one to choose"))
    return FALSE;

  return check_correct (v, step, targets, FALSE,
                        action == POINTER_DOUBLE_CLICK ? "mark only the one to open" : "mark only the one to right-click");
}

static gboolean
check_sort (Validator *v,
            JsExNode  *step)
{
  const ChildRule rules[] = {
    STEP_COMMON_RULES,
    { "bin", 2, MANY, id_attrs },
    { "item", 1, MANY, (const char *[]) { "id", "bin", NULL } },
    { NULL },
  };
  g_autoptr(GPtrArray) items = js_ex_node_get_children (step, "item");

  if (!check_parent (v, step, (const char *[]) { "kind", NULL }, rules))
    return FALSE;

  for (guint i = 0; i < items->len; i++)
    {
      if (check_reference (v, step, g_ptr_array_index (items, i), "bin", "bin") == NULL)
        return FALSE;
    }

  return TRUE;
}

static gboolean
check_type (Validator *v,
            JsExNode  *step)
{
  static const char * const modes[] = { "type", "copy", NULL };
  const ChildRule rules[] = { STEP_COMMON_RULES, { "text", 1, 1, no_attrs }, { NULL } };

  return check_parent (v, step, (const char *[]) { "kind", "mode", NULL }, rules) &&
         enum_attr (v, step, "mode", modes, 0) >= 0;
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
        return fail (v, expect, "<expect> of %s is “%s”, which is not an e-mail address",
                     who (v, field), expect->text);
      break;
    case JS_EX_FIELD_PHONE:
      digits = _js_value_phone_digits (expect->text);
      if (digits == NULL)
        return fail (v, expect, "<expect> of %s is “%s”, which is not a Danish phone number "
                     "(8 digits)", who (v, field), expect->text);
      break;
    case JS_EX_FIELD_DATE:
      if (!_js_value_parse_date (expect->text, &year, &month, &day))
        return fail (v, expect, "<expect> of %s is “%s”, which is not a date written "
                     "day-month-year, like 24-12-2026", who (v, field), expect->text);
      break;
    case JS_EX_FIELD_CHOICE:
    case JS_EX_FIELD_ATTACHMENT:
      if (expect->translate)
        return fail (v, expect, "<expect> of %s names an option id: add translate=\"no\"",
                     who (v, field));
      if (js_ex_node_find_by_id (field, "option", expect->text) == NULL)
        return fail (v, expect, "<expect> of %s names option “%s”, which does not exist",
                     who (v, field), expect->text);
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
    return fail (v, field, "%s has min-words=\"…\", which is only for type=\"multiline\"",
                 who (v, field));
  if (!g_ascii_string_to_unsigned (min_words, 10, 1, 1000, &n, NULL))
    return fail (v, field, "%s has min-words=\"%s\"; write a whole number from 1 to 1000",
                 who (v, field), min_words);

  return TRUE;
}

static gboolean
check_field (Validator *v,
             JsExNode  *field)
{
  int type = enum_attr (v, field, "type", field_types, -1);
  gboolean has_options = type == JS_EX_FIELD_CHOICE || type == JS_EX_FIELD_ATTACHMENT;
  const ChildRule rules[] = {
    { "label", 1, 1, no_attrs },
    { "error", 0, 1, no_attrs },
    { "expect", 0, type == JS_EX_FIELD_CHECK ? 0 : 1, no_attrs },
    { "option", type == JS_EX_FIELD_CHOICE ? 2 : has_options, has_options ? MANY : 0, id_attrs },
    { NULL },
  };
  if (type < 0 ||
      !check_parent (v, field, (const char *[]) { "id", "type", "required", "min-words", NULL },
                     rules) ||
      enum_attr (v, field, "required", yes_no, -1) < 0 ||
      !check_min_words (v, field, type))
    return FALSE;

  return check_expect (v, field, type);
}

static gboolean
check_form (Validator *v,
            JsExNode  *step)
{
  static const char * const styles[] = { "form", "mail", NULL };
  const ChildRule rules[] = { STEP_COMMON_RULES, { "field", 1, MANY, NULL }, { NULL } };
  g_autoptr(GPtrArray) fields = js_ex_node_get_children (step, "field");

  if (!check_parent (v, step, (const char *[]) { "kind", "style", NULL }, rules) ||
      enum_attr (v, step, "style", styles, 0) < 0)
    return FALSE;

  for (guint i = 0; i < fields->len; i++)
    {
      if (!check_field (v, g_ptr_array_index (fields, i)))
        return FALSE;
    }

  return TRUE;
}

static gboolean
check_password (Validator *v,
                JsExNode  *step)
{
  const ChildRule rules[] = { STEP_COMMON_RULES, { "avoid", 0, MANY, no_attrs }, { NULL } };

  return check_parent (v, step, (const char *[]) { "kind", NULL }, rules);
}

static gboolean
check_inbox (Validator *v,
             JsExNode  *step)
{
  const ChildRule rules[] = {
    STEP_COMMON_RULES, { "letter", 2, MANY, NULL }, { "option", 2, MANY, NULL }, { NULL }
  };
  const ChildRule letter_rules[] = {
    { "subject", 1, 1, no_attrs }, { "body", 1, 1, no_attrs }, { NULL }
  };
  g_autoptr(GPtrArray) letters = js_ex_node_get_children (step, "letter");

  if (!check_parent (v, step, (const char *[]) { "kind", NULL }, rules))
    return FALSE;

  for (guint i = 0; i < letters->len; i++)
    {
      JsExNode *letter = g_ptr_array_index (letters, i);
      const char *date;

      if (!check_parent (v, letter, (const char *[]) { "id", "from", "date", NULL }, letter_rules) ||
          require_attr (v, letter, "from") == NULL ||
          (date = require_attr (v, letter, "date")) == NULL)
        return FALSE;
      if (!_js_value_parse_iso_date (date))
        return fail (v, letter, "%s has date=\"%s\"; write a real date as year-month-day, "
                     "like 2026-11-20", who (v, letter), date);
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
          up = check_reference (v, step, up, "parent", "folder");
          if (up == NULL)
            return FALSE;
          if (depth > folders->len)
            return fail (v, folder, "%s is inside itself: follow its parent=\"…\" and a "
                         "folder comes back", who (v, folder));
        }
    }

  return TRUE;
}

static gboolean
check_files (Validator *v,
             JsExNode  *step)
{
  static const char * const modes[] = { "save", "find", NULL };
  static const ChildRule empty[] = { { NULL } };
  int mode = enum_attr (v, step, "mode", modes, -1);
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

  if (mode < 0 || !check_parent (v, step, (const char *[]) { "kind", "mode", NULL }, rules) ||
      !check_folders (v, step))
    return FALSE;

  files = js_ex_node_get_children (step, "file");
  for (guint i = 0; i < files->len; i++)
    {
      if (check_reference (v, step, g_ptr_array_index (files, i), "folder", "folder") == NULL)
        return FALSE;
    }

  if (mode == FILES_SAVE)
    return check_reference (v, step, js_ex_node_get_child (step, "save"), "folder", "folder") != NULL;

  find_node = js_ex_node_get_child (step, "find");
  return check_parent (v, find_node, (const char *[]) { "file", NULL }, empty) &&
         check_reference (v, step, find_node, "file", "file") != NULL;
}

static gboolean
check_jobboard (Validator *v,
                JsExNode  *step)
{
  static const ChildRule empty[] = { { NULL } };
  const ChildRule rules[] = {
    STEP_COMMON_RULES, { "job", 2, MANY, NULL }, { "goal", 1, 1, NULL }, { NULL }
  };
  const ChildRule job_rules[] = {
    { "title", 1, 1, no_attrs },
    { "employer", 1, 1, no_attrs },
    { "place", 1, 1, no_attrs },
    { "description", 1, 1, no_attrs },
    { NULL },
  };
  g_autoptr(GPtrArray) jobs = js_ex_node_get_children (step, "job");
  JsExNode *goal;

  if (!check_parent (v, step, (const char *[]) { "kind", NULL }, rules))
    return FALSE;

  for (guint i = 0; i < jobs->len; i++)
    {
      JsExNode *job = g_ptr_array_index (jobs, i);

      if (!check_parent (v, job, (const char *[]) { "id", "category", "hours", NULL }, job_rules) ||
          enum_attr (v, job, "category", job_categories, -1) < 0 ||
          enum_attr (v, job, "hours", (const char *[]) { "full", "part", NULL }, -1) < 0)
        return FALSE;
    }

  goal = js_ex_node_get_child (step, "goal");
  return check_parent (v, goal, (const char *[]) { "job", NULL }, empty) &&
         check_reference (v, step, goal, "job", "job") != NULL;
}

static gboolean
check_step (Validator *v,
            JsExNode  *step)
{
  typedef gboolean (*StepCheck) (Validator *v, JsExNode *step);
  static const StepCheck checks[] = {
    [JS_STEP_CHOICE] = check_choice,
    [JS_STEP_POINTER] = check_pointer,
    [JS_STEP_SORT] = check_sort,
    [JS_STEP_TYPE] = check_type,
    [JS_STEP_FORM] = check_form,
    [JS_STEP_PASSWORD] = check_password,
    [JS_STEP_INBOX] = check_inbox,
    [JS_STEP_FILES] = check_files,
    [JS_STEP_JOBBOARD] = check_jobboard,
  };
  int kind = enum_attr (v, step, "kind", kinds, -1);

  G_STATIC_ASSERT (G_N_ELEMENTS (checks) == G_N_ELEMENTS (kinds) - 1);

  return kind >= 0 && checks[kind] (v, step);
}

static gboolean
check_exercise (Validator  *v,
                JsExercise *exercise)
{
  static const ChildRule rules[] = {
    { "title", 1, 1, no_attrs },
    { "summary", 1, 1, no_attrs },
    { "step", 1, MANY, NULL },
    { NULL },
  };
  JsExNode *root = exercise->root;
  const char *minutes;
  int area, level;
  guint64 n_minutes;

  if (!g_str_equal (root->name, "exercise"))
    return fail (v, root, "the file must start with <exercise>, not <%s>", root->name);

  if (!check_parent (v, root, (const char *[]) { "id", "area", "level", "minutes", NULL }, rules) ||
      (area = enum_attr (v, root, "area", areas, -1)) < 0 ||
      (level = enum_attr (v, root, "level", levels, -1)) < 0 ||
      (minutes = require_attr (v, root, "minutes")) == NULL)
    return FALSE;

  if (!g_ascii_string_to_unsigned (minutes, 10, 1, 60, &n_minutes, NULL))
    return fail (v, root, "minutes=\"%s\": write a whole number of minutes from 1 to 60",
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

  for (guint i = 0; type != NULL && field_types[i] != NULL; i++)
    {
      if (g_str_equal (type, field_types[i]))
        return i;
    }

  g_return_val_if_reached (JS_EX_FIELD_TEXT);
}
