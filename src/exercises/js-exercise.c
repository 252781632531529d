/* js-exercise.c: reading exercise files into a tree of JsExNode
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The text of every element is taken as xgettext takes it through
 * data/exercises/its/ (ITS "normalize" white space): each run of spaces,
 * tabs and line breaks becomes one space, and the ends are trimmed, so
 * js_ex_node_get_text() looks up the very msgid that is in the catalogue.
 * <note> elements are for translators only and are dropped here.
 *
 * The rules of the format are checked in js-exercise-validate.c.
 */

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "js-exercise-private.h"

G_DEFINE_QUARK (js-exercise-error-quark, js_exercise_error)

static const char * const area_names[JS_N_AREAS] = {
  [JS_AREA_BASICS] = "basics",
  [JS_AREA_INFORMATION] = "information",
  [JS_AREA_COMMUNICATION] = "communication",
  [JS_AREA_CONTENT] = "content",
  [JS_AREA_SAFETY] = "safety",
  [JS_AREA_PROBLEM_SOLVING] = "problem-solving",
};

static const char * const kind_names[] = {
  [JS_STEP_CHOICE] = "choice",
  [JS_STEP_POINTER] = "pointer",
  [JS_STEP_SORT] = "sort",
  [JS_STEP_TYPE] = "type",
  [JS_STEP_FORM] = "form",
  [JS_STEP_PASSWORD] = "password",
  [JS_STEP_INBOX] = "inbox",
  [JS_STEP_FILES] = "files",
  [JS_STEP_JOBBOARD] = "jobboard",
};

static void
js_ex_node_free (JsExNode *node)
{
  g_free (node->name);
  g_hash_table_unref (node->attrs);
  g_free (node->text);
  g_ptr_array_unref (node->children);
  g_free (node);
}

static JsExNode *
js_ex_node_new (const char *name,
                int         line)
{
  JsExNode *node = g_new0 (JsExNode, 1);

  node->name = g_strdup (name);
  node->attrs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  node->translate = TRUE;
  node->line = line;
  node->children = g_ptr_array_new_with_free_func ((GDestroyNotify) js_ex_node_free);

  return node;
}

/* As xgettext's ITS "normalize": runs of space, tab and line feed become one
 * space, and none is left at either end. (Line ends are already plain line
 * feeds, as XML wants; a carriage return written as &#13; stays, as it does
 * in xgettext.) Returns: (nullable): NULL when nothing is left */
static char *
normalize_space (const char *text)
{
  GString *out = g_string_new (NULL);
  gboolean pending_space = FALSE;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == ' ' || *p == '\t' || *p == '\n')
        {
          pending_space = out->len > 0;
          continue;
        }
      if (pending_space)
        g_string_append_c (out, ' ');
      pending_space = FALSE;
      g_string_append_c (out, *p);
    }

  if (out->len == 0)
    {
      g_string_free (out, TRUE);
      return NULL;
    }

  return g_string_free (out, FALSE);
}

/* Parsing */

typedef struct {
  const char *data;      /* the file, with XML line ends */
  gsize       length;
  GArray     *lines;     /* gsize: where each line starts */
  JsExNode   *root;
  GPtrArray  *open;      /* JsExNode being read, innermost last (borrowed) */
  GPtrArray  *texts;     /* GString of each open node's text */
  guint       in_note;   /* depth inside a <note>, 0 outside */
} Parser;

/* The line of the ">" that ends the start tag just read: the line xgettext
 * gives (libxml2 counts lines that way), also when the tag spans lines.
 * GMarkup reports the position just after the ">", in bytes, and already on
 * the next line when a line break follows. */
static int
start_tag_line (Parser              *parser,
                GMarkupParseContext *context)
{
  int line, byte;
  gsize offset;

  g_markup_parse_context_get_position (context, &line, &byte);
  line = CLAMP (line, 1, (int) parser->lines->len);
  offset = g_array_index (parser->lines, gsize, line - 1) + MAX (byte - 1, 0);
  offset = MIN (offset, parser->length);

  while (offset > 0 && parser->data[offset - 1] != '>')
    {
      offset--;
      if (parser->data[offset] == '\n')
        line--;
    }

  return line;
}

static void
start_element_cb (GMarkupParseContext  *context,
                  const char           *name,
                  const char          **attr_names,
                  const char          **attr_values,
                  gpointer              user_data,
                  GError              **error)
{
  Parser *parser = user_data;
  JsExNode *node;

  if (parser->in_note > 0 || g_str_equal (name, "note"))
    {
      parser->in_note++;
      return;
    }

  node = js_ex_node_new (name, start_tag_line (parser, context));

  for (guint i = 0; attr_names[i] != NULL; i++)
    {
      if (g_hash_table_contains (node->attrs, attr_names[i]))
        {
          g_set_error (error, G_MARKUP_ERROR, G_MARKUP_ERROR_INVALID_CONTENT,
                       "attribute %s is given twice on <%s>", attr_names[i], name);
          js_ex_node_free (node);
          return;
        }
      g_hash_table_insert (node->attrs, g_strdup (attr_names[i]), g_strdup (attr_values[i]));
    }
  node->translate = g_strcmp0 (js_ex_node_get_attr (node, "translate"), "no") != 0;

  if (parser->open->len > 0)
    {
      JsExNode *parent = g_ptr_array_index (parser->open, parser->open->len - 1);

      g_ptr_array_add (parent->children, node);
    }
  else if (parser->root == NULL)
    {
      parser->root = node;
    }
  else
    {
      g_set_error (error, G_MARKUP_ERROR, G_MARKUP_ERROR_INVALID_CONTENT,
                   "<%s> comes after the end of <%s>; the file must hold one <exercise>",
                   name, parser->root->name);
      js_ex_node_free (node);
      return;
    }

  g_ptr_array_add (parser->open, node);
  g_ptr_array_add (parser->texts, g_string_new (NULL));
}

static void
end_element_cb (GMarkupParseContext  *context,
                const char           *name,
                gpointer              user_data,
                GError              **error)
{
  Parser *parser = user_data;
  JsExNode *node;
  GString *text;

  if (parser->in_note > 0)
    {
      parser->in_note--;
      return;
    }

  node = g_ptr_array_steal_index (parser->open, parser->open->len - 1);
  text = g_ptr_array_steal_index (parser->texts, parser->texts->len - 1);
  node->text = normalize_space (text->str);
  g_string_free (text, TRUE);
}

static void
text_cb (GMarkupParseContext  *context,
         const char           *text,
         gsize                 length,
         gpointer              user_data,
         GError              **error)
{
  Parser *parser = user_data;

  if (parser->in_note > 0 || parser->texts->len == 0)
    return;

  g_string_append_len (g_ptr_array_index (parser->texts, parser->texts->len - 1), text, length);
}

static const GMarkupParser markup_parser = {
  start_element_cb,
  end_element_cb,
  text_cb,
  NULL,
  NULL,
};

/* XML reads CR LF and a lone CR as LF (XML 1.0, 2.11); GMarkup does not. */
static char *
normalize_line_ends (const char *data,
                     gsize       length)
{
  GString *out = g_string_sized_new (length);

  for (gsize i = 0; i < length; i++)
    {
      if (data[i] != '\r')
        g_string_append_c (out, data[i]);
      else if (i + 1 >= length || data[i + 1] != '\n')
        g_string_append_c (out, '\n');
    }

  return g_string_free (out, FALSE);
}

/* GMarkup's own messages start "Error on line N char M: "; the line is
 * given the file's way instead. */
static const char *
strip_position (const char *message)
{
  const char *rest;

  if (g_str_has_prefix (message, "Error on line") && (rest = strstr (message, ": ")) != NULL)
    return rest + 2;

  return message;
}

static JsExNode *
parse (const char  *data,
       gsize        length,
       const char  *file,
       GError     **error)
{
  g_autofree char *xml = normalize_line_ends (data, length);
  g_autoptr(GMarkupParseContext) context = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GPtrArray) open = g_ptr_array_new ();
  g_autoptr(GPtrArray) texts = g_ptr_array_new ();
  g_autoptr(GArray) lines = g_array_new (FALSE, FALSE, sizeof (gsize));
  Parser parser = { xml, strlen (xml), lines, NULL, open, texts, 0 };

  g_array_append_val (lines, (gsize) { 0 });
  for (gsize i = 0; i < parser.length; i++)
    {
      if (xml[i] == '\n')
        g_array_append_val (lines, (gsize) { i + 1 });
    }

  context = g_markup_parse_context_new (&markup_parser, G_MARKUP_TREAT_CDATA_AS_TEXT,
                                        &parser, NULL);

  if (!g_utf8_validate (xml, parser.length, NULL))
    {
      g_set_error (error, JS_EXERCISE_ERROR, JS_EXERCISE_ERROR_SYNTAX,
                   "%s: the file is not UTF-8 text; save it as UTF-8", file);
    }
  else if (!g_markup_parse_context_parse (context, xml, parser.length, &local_error) ||
           !g_markup_parse_context_end_parse (context, &local_error))
    {
      int line;

      g_markup_parse_context_get_position (context, &line, NULL);
      g_set_error (error, JS_EXERCISE_ERROR, JS_EXERCISE_ERROR_SYNTAX,
                   "%s:%d: not well-formed XML: %s", file, line,
                   strip_position (local_error->message));
    }
  else if (parser.root == NULL)
    {
      g_set_error (error, JS_EXERCISE_ERROR, JS_EXERCISE_ERROR_SYNTAX,
                   "%s: the file holds no <exercise>", file);
    }
  else
    {
      return parser.root;
    }

  for (guint i = 0; i < texts->len; i++)
    g_string_free (g_ptr_array_index (texts, i), TRUE);
  g_clear_pointer (&parser.root, js_ex_node_free);

  return NULL;
}

static JsExercise *
load (const char  *data,
      gsize        length,
      const char  *path,
      const char  *file,
      GError     **error)
{
  g_autoptr(JsExercise) exercise = g_new0 (JsExercise, 1);

  exercise->path = g_strdup (path);
  exercise->root = parse (data, length, file, error);
  if (exercise->root == NULL)
    return NULL;

  exercise->steps = js_ex_node_get_children (exercise->root, "step");
  if (!_js_exercise_validate (exercise, file, error))
    return NULL;

  return g_steal_pointer (&exercise);
}

/**
 * js_exercise_load:
 * @path: an exercise file, named after its id ("mouse-click.exercise")
 *
 * Reads and checks an exercise file. On failure @error (JS_EXERCISE_ERROR)
 * says "FILE:LINE: problem", in English, for whoever wrote the file.
 *
 * Returns: (transfer full) (nullable): the exercise
 */
JsExercise *
js_exercise_load (const char  *path,
                  GError     **error)
{
  g_autofree char *file = NULL;
  g_autofree char *data = NULL;
  g_autoptr(GError) local_error = NULL;
  gsize length;
  JsExercise *exercise;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  file = g_path_get_basename (path);
  if (!g_file_get_contents (path, &data, &length, &local_error))
    {
      g_set_error (error, JS_EXERCISE_ERROR, JS_EXERCISE_ERROR_READ,
                   "%s: cannot be read: %s", file, local_error->message);
      return NULL;
    }

  exercise = load (data, length, path, file, error);
  if (exercise != NULL)
    {
      g_autofree char *expected = g_strconcat (exercise->id, ".exercise", NULL);

      if (!g_str_equal (file, expected))
        {
          g_set_error (error, JS_EXERCISE_ERROR, JS_EXERCISE_ERROR_INVALID,
                       "%s:%d: the id is “%s”, so the file must be named %s",
                       file, exercise->root->line, exercise->id, expected);
          g_clear_pointer (&exercise, js_exercise_free);
        }
    }

  return exercise;
}

/**
 * js_exercise_load_data:
 * @data: the text of an exercise file
 * @length: its length, or -1 when it ends with a nul
 * @name: the file name to use in messages
 *
 * Like js_exercise_load(), from memory; the name is not checked against the
 * id, and the exercise's path is %NULL.
 *
 * Returns: (transfer full) (nullable): the exercise
 */
JsExercise *
js_exercise_load_data (const char  *data,
                       gssize       length,
                       const char  *name,
                       GError     **error)
{
  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (name != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return load (data, length < 0 ? strlen (data) : (gsize) length, NULL, name, error);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

static int
compare_exercises (gconstpointer a,
                   gconstpointer b)
{
  JsExercise *x = *(JsExercise **) a;
  JsExercise *y = *(JsExercise **) b;

  if (x->area != y->area)
    return x->area < y->area ? -1 : 1;
  if (x->level != y->level)
    return x->level < y->level ? -1 : 1;

  /* The loader made sure each has a title. */
  return strcmp (js_ex_node_get_child (x->root, "title")->text,
                 js_ex_node_get_child (y->root, "title")->text);
}

/**
 * js_exercise_load_dir:
 * @dir: a folder of *.exercise files
 * @errors: (nullable) (element-type utf8): where to add a message for each
 *   file that cannot be loaded (it is skipped); the array must free its
 *   strings with g_free()
 *
 * Returns: (transfer container) (element-type JsExercise): the exercises
 *   that loaded, by area, then level, then English title
 */
GPtrArray *
js_exercise_load_dir (const char *dir,
                      GPtrArray  *errors)
{
  GPtrArray *exercises = g_ptr_array_new_with_free_func ((GDestroyNotify) js_exercise_free);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) folder = NULL;
  const char *name;

  g_return_val_if_fail (dir != NULL, exercises);

  folder = g_dir_open (dir, 0, &error);
  if (folder == NULL)
    {
      if (errors != NULL)
        g_ptr_array_add (errors, g_strdup_printf ("%s: cannot be read: %s", dir, error->message));
      return exercises;
    }

  while ((name = g_dir_read_name (folder)) != NULL)
    {
      if (g_str_has_suffix (name, ".exercise"))
        g_ptr_array_add (names, g_strdup (name));
    }
  g_ptr_array_sort (names, compare_names);

  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *path = g_build_filename (dir, g_ptr_array_index (names, i), NULL);
      JsExercise *exercise = js_exercise_load (path, &error);

      if (exercise != NULL)
        g_ptr_array_add (exercises, exercise);
      else if (errors != NULL)
        g_ptr_array_add (errors, g_strdup (error->message));
      g_clear_error (&error);
    }

  g_ptr_array_sort (exercises, compare_exercises);
  return exercises;
}

void
js_exercise_free (JsExercise *exercise)
{
  if (exercise == NULL)
    return;

  g_free (exercise->id);
  g_free (exercise->path);
  g_clear_pointer (&exercise->steps, g_ptr_array_unref);
  g_clear_pointer (&exercise->root, js_ex_node_free);
  g_free (exercise);
}

/* The exercise's title, translated. */
const char *
js_exercise_get_title (JsExercise *exercise)
{
  g_return_val_if_fail (exercise != NULL, NULL);

  return js_ex_node_child_text (exercise->root, "title");
}

/* The exercise's one-sentence summary, translated. */
const char *
js_exercise_get_summary (JsExercise *exercise)
{
  g_return_val_if_fail (exercise != NULL, NULL);

  return js_ex_node_child_text (exercise->root, "summary");
}

/* Only for a <step> of a loaded exercise: the loader refused any other kind. */
JsStepKind
js_exercise_step_kind (JsExNode *step)
{
  const char *kind;

  g_return_val_if_fail (step != NULL, JS_STEP_CHOICE);

  kind = js_ex_node_get_attr (step, "kind");
  for (guint i = 0; kind != NULL && i < G_N_ELEMENTS (kind_names); i++)
    {
      if (g_str_equal (kind, kind_names[i]))
        return i;
    }

  g_return_val_if_reached (JS_STEP_CHOICE);
}

/* The area as written in the file's area="" ("problem-solving"). */
const char *
js_exercise_area_to_string (JsExerciseArea area)
{
  g_return_val_if_fail (area < JS_N_AREAS, NULL);

  return area_names[area];
}

/* The area's name for the citizen, translated. */
const char *
js_exercise_area_title (JsExerciseArea area)
{
  switch (area)
    {
    case JS_AREA_BASICS:
      return _("Computer basics");
    case JS_AREA_INFORMATION:
      return _("Information and data");
    case JS_AREA_COMMUNICATION:
      return _("Communication");
    case JS_AREA_CONTENT:
      return _("Creating content");
    case JS_AREA_SAFETY:
      return _("Safety");
    case JS_AREA_PROBLEM_SOLVING:
      return _("Problem solving");
    case JS_N_AREAS:
    default:
      g_return_val_if_reached (NULL);
    }
}

/* The level's name for the citizen, translated. */
const char *
js_exercise_level_title (JsExerciseLevel level)
{
  switch (level)
    {
    case JS_LEVEL_FOUNDATION:
      return _("Foundation");
    case JS_LEVEL_INTERMEDIATE:
      return _("Intermediate");
    case JS_LEVEL_ADVANCED:
      return _("Advanced");
    default:
      g_return_val_if_reached (NULL);
    }
}

static void
collect_msgids (JsExNode  *node,
                GPtrArray *msgids)
{
  if (node->translate && node->text != NULL)
    g_ptr_array_add (msgids, node);

  for (guint i = 0; i < node->children->len; i++)
    collect_msgids (g_ptr_array_index (node->children, i), msgids);
}

/**
 * js_exercise_collect_msgids:
 *
 * The elements whose text goes into the translation catalogue: each one's
 * text is the msgid and its line is the one xgettext writes in the pot.
 *
 * Returns: (transfer container) (element-type JsExNode): the nodes, in
 *   document order, borrowed from @exercise
 */
GPtrArray *
js_exercise_collect_msgids (JsExercise *exercise)
{
  GPtrArray *msgids = g_ptr_array_new ();

  g_return_val_if_fail (exercise != NULL, msgids);

  collect_msgids (exercise->root, msgids);
  return msgids;
}

/* Tree access */

/* Returns: (nullable): the attribute's value as written, or NULL */
const char *
js_ex_node_get_attr (JsExNode   *node,
                     const char *name)
{
  g_return_val_if_fail (node != NULL, NULL);

  return g_hash_table_lookup (node->attrs, name);
}

/* Returns: (nullable) (transfer none): the first child element named @name */
JsExNode *
js_ex_node_get_child (JsExNode   *node,
                      const char *name)
{
  g_return_val_if_fail (node != NULL, NULL);

  for (guint i = 0; i < node->children->len; i++)
    {
      JsExNode *child = g_ptr_array_index (node->children, i);

      if (g_str_equal (child->name, name))
        return child;
    }

  return NULL;
}

/* Returns: (transfer container) (element-type JsExNode): the child elements
 *   named @name, in document order; free with g_ptr_array_unref() */
GPtrArray *
js_ex_node_get_children (JsExNode   *node,
                         const char *name)
{
  GPtrArray *children = g_ptr_array_new ();

  g_return_val_if_fail (node != NULL, children);

  for (guint i = 0; i < node->children->len; i++)
    {
      JsExNode *child = g_ptr_array_index (node->children, i);

      if (g_str_equal (child->name, name))
        g_ptr_array_add (children, child);
    }

  return children;
}

/* Returns: (nullable): the node's text, translated unless translate="no";
 *   NULL for an element without text */
const char *
js_ex_node_get_text (JsExNode *node)
{
  g_return_val_if_fail (node != NULL, NULL);

  if (node->text == NULL || !node->translate)
    return node->text;

  return g_dgettext (GETTEXT_PACKAGE, node->text);
}

/* Returns: (nullable): the translated text of the first child named @name */
const char *
js_ex_node_child_text (JsExNode   *node,
                       const char *name)
{
  JsExNode *child;

  g_return_val_if_fail (node != NULL, NULL);

  child = js_ex_node_get_child (node, name);
  return child != NULL ? js_ex_node_get_text (child) : NULL;
}

/**
 * js_ex_node_find_by_id:
 * @node: where to look: the node itself and everything inside it
 * @name: (nullable): the element name wanted, or NULL for any
 * @id: the id="" wanted
 *
 * Returns: (nullable) (transfer none): the first such element
 */
JsExNode *
js_ex_node_find_by_id (JsExNode   *node,
                       const char *name,
                       const char *id)
{
  g_return_val_if_fail (node != NULL, NULL);
  g_return_val_if_fail (id != NULL, NULL);

  if ((name == NULL || g_str_equal (node->name, name)) &&
      g_strcmp0 (js_ex_node_get_attr (node, "id"), id) == 0)
    return node;

  for (guint i = 0; i < node->children->len; i++)
    {
      JsExNode *found = js_ex_node_find_by_id (g_ptr_array_index (node->children, i), name, id);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* Answers */

JsAnswer *
js_answer_new (void)
{
  return g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}

/* Sets @key to @value; a NULL @value removes @key. */
void
js_answer_set (JsAnswer   *answer,
               const char *key,
               const char *value)
{
  g_return_if_fail (answer != NULL);
  g_return_if_fail (key != NULL);

  if (value == NULL)
    g_hash_table_remove (answer, key);
  else
    g_hash_table_insert (answer, g_strdup (key), g_strdup (value));
}

/* Returns: (nullable): the value of @key, or NULL when it is not set */
const char *
js_answer_get (JsAnswer   *answer,
               const char *key)
{
  g_return_val_if_fail (answer != NULL, NULL);
  g_return_val_if_fail (key != NULL, NULL);

  return g_hash_table_lookup (answer, key);
}
