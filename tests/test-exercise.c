/* test-exercise.c: loading digital-skills exercises, and every rule a
 * broken file can break
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "js-exercise.h"
#include "js-test-exercise.h"
#include "js-test-util.h"

static void
test_load_sample (void)
{
  g_autoptr(JsExercise) exercise = js_test_load_sample ();
  static const JsStepKind kinds[] = {
    JS_STEP_CHOICE, JS_STEP_CHOICE, JS_STEP_POINTER, JS_STEP_POINTER, JS_STEP_POINTER,
    JS_STEP_SORT, JS_STEP_TYPE, JS_STEP_TYPE, JS_STEP_FORM, JS_STEP_FORM, JS_STEP_PASSWORD,
    JS_STEP_INBOX, JS_STEP_FILES, JS_STEP_FILES, JS_STEP_JOBBOARD,
  };
  JsExNode *option;

  g_assert_cmpstr (exercise->id, ==, "all-kinds");
  g_assert_null (exercise->path);
  g_assert_cmpint (exercise->area, ==, JS_AREA_BASICS);
  g_assert_cmpint (exercise->level, ==, JS_LEVEL_FOUNDATION);
  g_assert_cmpint (exercise->minutes, ==, 5);
  g_assert_cmpstr (exercise->root->name, ==, "exercise");
  g_assert_cmpint (exercise->root->line, ==, 2);

  /* The translators' note is not part of the exercise. */
  g_assert_null (js_ex_node_get_child (exercise->root, "note"));
  g_assert_cmpstr (((JsExNode *) g_ptr_array_index (exercise->root->children, 0))->name, ==,
                   "title");
  g_assert_cmpstr (js_exercise_get_title (exercise), ==, "Every kind of step");
  g_assert_cmpstr (js_exercise_get_summary (exercise), ==, "One step of each kind.");

  g_assert_cmpuint (exercise->steps->len, ==, G_N_ELEMENTS (kinds));
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    g_assert_cmpint (js_exercise_step_kind (js_test_sample_step (exercise, i)), ==, kinds[i]);

  option = js_ex_node_find_by_id (exercise->root, "option", "real");
  g_assert_nonnull (option);
  g_assert_cmpint (option->line, ==, 12);
  g_assert_cmpstr (js_ex_node_get_attr (option, "correct"), ==, "yes");
  g_assert_null (js_ex_node_get_attr (option, "style"));
  g_assert_cmpstr (js_ex_node_child_text (option, "label"), ==, "Your meeting on 3 December");
  g_assert_cmpstr (js_ex_node_child_text (option, "from"), ==, "Jobcenter København");
  g_assert_false (js_ex_node_get_child (option, "from")->translate);
  g_assert_true (js_ex_node_get_child (option, "label")->translate);
  g_assert_null (option->text);

  g_assert_null (js_ex_node_find_by_id (exercise->root, "bin", "real"));
  g_assert_true (js_ex_node_find_by_id (exercise->root, NULL, "kitchen") ==
                 js_ex_node_find_by_id (js_test_sample_step (exercise, 5), "bin", "kitchen"));
}

static void
test_load_children (void)
{
  g_autoptr(JsExercise) exercise = js_test_load_sample ();
  JsExNode *step = js_test_sample_step (exercise, 5);
  g_autoptr(GPtrArray) items = js_ex_node_get_children (step, "item");
  g_autoptr(GPtrArray) none = js_ex_node_get_children (step, "option");

  g_assert_cmpuint (items->len, ==, 3);
  g_assert_cmpstr (js_ex_node_get_attr (g_ptr_array_index (items, 2), "id"), ==, "plate");
  g_assert_cmpuint (none->len, ==, 0);
  g_assert_cmpstr (js_ex_node_get_child (step, "bin")->text, ==, "Kitchen");
  g_assert_null (js_ex_node_get_child (step, "goal"));
  g_assert_null (js_ex_node_child_text (step, "success"));
}

/* The msgids are what xgettext extracts through data/exercises/its/, on the
 * lines it gives (checked against xgettext 0.21 once, kept here). */
static void
test_load_msgids (void)
{
  static const struct {
    int         line;
    const char *msgid;
  } expected[] = {
    { 4, "Every kind of step" },
    { 6, "One step of each kind." },
    { 13, "Your meeting on 3 December" },
    { 15, "Log in to see the time." },
    { 27, "Firefox" },
    { 27, "Firefox is a browser." },
    { 93, "Application" },
    { 137, "Cleaning a school." },
  };
  g_autoptr(JsExercise) exercise = js_test_load_sample ();
  g_autoptr(GPtrArray) msgids = js_exercise_collect_msgids (exercise);
  guint found = 0;

  for (guint i = 0; i < msgids->len; i++)
    {
      JsExNode *node = g_ptr_array_index (msgids, i);

      g_assert_true (node->translate);
      g_assert_nonnull (node->text);
      /* translate="no" text stays out. */
      g_assert_cmpstr (node->text, !=, "Jobcenter København");
      g_assert_cmpstr (node->text, !=, "Søren Ærø");
      g_assert_cmpstr (node->text, !=, "ISS");

      for (guint e = 0; e < G_N_ELEMENTS (expected); e++)
        {
          if (g_str_equal (node->text, expected[e].msgid) && node->line == expected[e].line)
            found++;
        }
    }

  g_assert_cmpuint (found, ==, G_N_ELEMENTS (expected));
  g_assert_cmpstr (((JsExNode *) g_ptr_array_index (msgids, 0))->text, ==, "Every kind of step");
}

/* Without a catalogue the text is the msgid itself; translate="no" text is
 * never looked up. */
static void
test_load_get_text (void)
{
  g_autoptr(JsExercise) exercise = js_test_load_sample ();
  JsExNode *title = js_ex_node_get_child (exercise->root, "title");
  JsExNode *text = js_ex_node_get_child (js_test_sample_step (exercise, 6), "text");

  g_assert_cmpstr (js_ex_node_get_text (title), ==, title->text);
  g_assert_true (js_ex_node_get_text (text) == text->text);
  g_assert_null (js_ex_node_get_text (exercise->root));
}

/* White space as xgettext's ITS "normalize": runs of space, tab and line
 * feed are one space, the ends are trimmed; CR LF is a line feed; anything
 * else stays. */
static void
test_load_whitespace (void)
{
  static const struct {
    const char *written;
    const char *msgid;
  } cases[] = {
    { "  Click\tthe\n\n   buttons  ", "Click the buttons" },
    { "Click\r\nthe\rbuttons", "Click the buttons" },
    { "Søren&#160;Ærø", "Søren\xc2\xa0Ærø" },
    { "a&#13;b", "a\rb" },
    { "a<!-- a comment -->b", "ab" },
    { "<![CDATA[ quoted \"text\" ]]>", "quoted \"text\"" },
    { "it's", "it's" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(JsExercise) exercise = NULL;
      g_autofree char *xml =
        g_strdup_printf ("<exercise id=\"t\" area=\"safety\" level=\"advanced\" minutes=\"60\">"
                         "<title>%s</title><summary>S</summary>"
                         "<step kind=\"password\"><instruction>I</instruction><hint>H</hint>"
                         "</step></exercise>", cases[i].written);

      exercise = js_exercise_load_data (xml, -1, "t.exercise", &error);
      g_assert_no_error (error);
      g_assert_cmpstr (js_exercise_get_title (exercise), ==, cases[i].msgid);
      g_assert_cmpint (exercise->area, ==, JS_AREA_SAFETY);
      g_assert_cmpint (exercise->level, ==, JS_LEVEL_ADVANCED);
    }
}

/* An element's line is the one xgettext gives its text: the line of the
 * ">" that ends the start tag (xgettext 0.21 on this very text). */
static void
test_load_lines (void)
{
  static const char xml[] =
    "<exercise\n"
    "  id=\"t\" area=\"basics\" level=\"foundation\" minutes=\"3\">\n"
    "<title\n"
    ">T</title>\n"
    "<summary>S</summary><step kind=\"password\"\n"
    "><instruction>I</instruction>\n"
    "<hint>H</hint></step></exercise>\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(JsExercise) exercise = js_exercise_load_data (xml, -1, "t.exercise", &error);
  JsExNode *step;

  g_assert_no_error (error);
  step = js_test_sample_step (exercise, 0);
  g_assert_cmpint (exercise->root->line, ==, 2);
  g_assert_cmpint (js_ex_node_get_child (exercise->root, "title")->line, ==, 4);
  g_assert_cmpint (js_ex_node_get_child (exercise->root, "summary")->line, ==, 5);
  g_assert_cmpint (step->line, ==, 6);
  g_assert_cmpint (js_ex_node_get_child (step, "instruction")->line, ==, 6);
  g_assert_cmpint (js_ex_node_get_child (step, "hint")->line, ==, 7);
}

static void
test_load_titles (void)
{
  for (JsExerciseArea area = 0; area < JS_N_AREAS; area++)
    {
      g_assert_nonnull (js_exercise_area_title (area));
      g_assert_nonnull (js_exercise_area_to_string (area));
    }

  g_assert_cmpstr (js_exercise_area_to_string (JS_AREA_PROBLEM_SOLVING), ==, "problem-solving");
  g_assert_cmpstr (js_exercise_area_title (JS_AREA_BASICS), ==, "Computer basics");
  g_assert_cmpstr (js_exercise_area_title (JS_AREA_INFORMATION), ==, "Information and data");
  g_assert_cmpstr (js_exercise_level_title (JS_LEVEL_FOUNDATION), ==, "Foundation");
  g_assert_cmpstr (js_exercise_level_title (JS_LEVEL_ADVANCED), ==, "Advanced");
}

/* A small exercise for files on disk. */
static char *
small_exercise (const char *id,
                const char *area,
                const char *level,
                const char *title)
{
  return g_strdup_printf ("<?xml version=\"1.0\"?>\n"
                          "<exercise id=\"%s\" area=\"%s\" level=\"%s\" minutes=\"2\">\n"
                          "  <title>%s</title>\n"
                          "  <summary>Practise.</summary>\n"
                          "  <step kind=\"type\">\n"
                          "    <instruction>Type it.</instruction>\n"
                          "    <hint>Slowly.</hint>\n"
                          "    <text translate=\"no\">hej</text>\n"
                          "  </step>\n"
                          "</exercise>\n", id, area, level, title);
}

static void
write_file (const char *dir,
            const char *name,
            const char *contents)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (dir, name, NULL);

  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
}

static void
test_load_file (void)
{
  g_autofree char *dir = js_test_make_dir ("jobspor-exercise");
  g_autofree char *xml = small_exercise ("typing", "basics", "foundation", "Type a word");
  g_autofree char *good = g_build_filename (dir, "typing.exercise", NULL);
  g_autofree char *wrong = g_build_filename (dir, "typing-2.exercise", NULL);
  g_autofree char *missing = g_build_filename (dir, "gone.exercise", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(JsExercise) exercise = NULL;

  write_file (dir, "typing.exercise", xml);
  write_file (dir, "typing-2.exercise", xml);

  exercise = js_exercise_load (good, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (exercise->path, ==, good);
  g_assert_cmpstr (exercise->id, ==, "typing");

  g_assert_null (js_exercise_load (wrong, &error));
  g_assert_error (error, JS_EXERCISE_ERROR, JS_EXERCISE_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "typing-2.exercise:2: the id is “typing”, so the file "
                   "must be named typing.exercise");
  g_clear_error (&error);

  g_assert_null (js_exercise_load (missing, &error));
  g_assert_error (error, JS_EXERCISE_ERROR, JS_EXERCISE_ERROR_READ);
  g_assert_true (g_str_has_prefix (error->message, "gone.exercise: cannot be read: "));

  js_test_remove_tree (dir);
}

static void
test_load_dir (void)
{
  static const struct {
    const char *id, *area, *level, *title;
  } files[] = {
    { "c", "safety", "foundation", "Passwords" },
    { "b", "basics", "intermediate", "Files" },
    { "a", "basics", "foundation", "Mouse" },
    { "d", "basics", "foundation", "Keyboard" },
  };
  static const char * const order[] = { "d", "a", "b", "c" };
  g_autofree char *dir = js_test_make_dir ("jobspor-exercises");
  g_autoptr(GPtrArray) errors = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) exercises = NULL;
  g_autofree char *missing = g_build_filename (dir, "none", NULL);

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autofree char *xml = small_exercise (files[i].id, files[i].area, files[i].level,
                                             files[i].title);
      g_autofree char *name = g_strconcat (files[i].id, ".exercise", NULL);

      write_file (dir, name, xml);
    }
  write_file (dir, "broken.exercise", "<exercise id=\"broken\">\n<title>Oops</titel>\n");
  write_file (dir, "notes.txt", "not an exercise");

  exercises = js_exercise_load_dir (dir, errors);
  g_assert_cmpuint (exercises->len, ==, G_N_ELEMENTS (order));
  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    g_assert_cmpstr (((JsExercise *) g_ptr_array_index (exercises, i))->id, ==, order[i]);

  g_assert_cmpuint (errors->len, ==, 1);
  g_assert_true (g_str_has_prefix (g_ptr_array_index (errors, 0),
                                   "broken.exercise:2: not well-formed XML: "));
  g_clear_pointer (&exercises, g_ptr_array_unref);

  exercises = js_exercise_load_dir (missing, errors);
  g_assert_cmpuint (exercises->len, ==, 0);
  g_assert_cmpuint (errors->len, ==, 2);

  js_test_remove_tree (dir);
}

/* Lines 1-3; a step starts on line 4, its own elements on line 7. */
#define HEAD                                                                    \
  "<exercise id=\"t\" area=\"basics\" level=\"foundation\" minutes=\"3\">\n"    \
  "  <title>Test</title>\n"                                                     \
  "  <summary>Testing.</summary>\n"
#define STEP(attrs)                                                             \
  "  <step " attrs ">\n"                                                        \
  "    <instruction>Do it.</instruction>\n"                                     \
  "    <hint>Like this.</hint>\n"
#define TAIL "  </step>\n</exercise>\n"

typedef struct {
  const char *name;
  const char *xml;
  const char *problem;   /* the message starts "t.exercise:N: " and holds this */
  int         line;
} Broken;

static const Broken broken[] = {
  { "not-xml", HEAD STEP ("kind=\"sort\"") "    <bin id=\"a\">A</bim>\n" TAIL,
    "not well-formed XML", 7 },
  { "two-roots", HEAD STEP ("kind=\"password\"") TAIL "<exercise/>\n",
    "comes after the end of <exercise>", 9 },
  { "root", "<lesson id=\"t\"/>\n", "the file must start with <exercise>, not <lesson>", 1 },
  { "unknown-element", HEAD STEP ("kind=\"sort\"") "    <bucket id=\"a\">A</bucket>\n" TAIL,
    "<bucket> does not belong in <step kind=\"sort\">; it holds <instruction>, <scenario>, "
    "<hint>, <success>, <bin> or <item>", 7 },
  { "unknown-attribute",
    HEAD STEP ("kind=\"pointer\" action=\"click\"") "    <target id=\"a\" colour=\"red\">A</target>\n" TAIL,
    "<target> has an unknown attribute colour=\"…\"; it takes id=\"…\"", 7 },
  { "no-title",
    "<exercise id=\"t\" area=\"basics\" level=\"foundation\" minutes=\"3\">\n"
    "  <summary>S</summary>\n" STEP ("kind=\"password\"") TAIL,
    "<exercise> needs a <title>", 1 },
  { "two-titles", HEAD "  <title>Again</title>\n" STEP ("kind=\"password\"") TAIL,
    "<exercise> has more than one <title>", 4 },
  { "area",
    "<exercise id=\"t\" area=\"cooking\" level=\"foundation\" minutes=\"3\">\n"
    "  <title>T</title><summary>S</summary>\n" STEP ("kind=\"password\"") TAIL,
    "<exercise> has area=\"cooking\"; use basics, information, communication, content, "
    "safety or problem-solving", 1 },
  { "minutes",
    "<exercise id=\"t\" area=\"basics\" level=\"foundation\" minutes=\"90\">\n"
    "  <title>T</title><summary>S</summary>\n" STEP ("kind=\"password\"") TAIL,
    "minutes=\"90\": write a whole number of minutes from 1 to 60", 1 },
  { "id",
    "<exercise id=\"Mouse Click\" area=\"basics\" level=\"foundation\" minutes=\"3\">\n"
    "  <title>T</title><summary>S</summary>\n" STEP ("kind=\"password\"") TAIL,
    "id=\"Mouse Click\" on <exercise> may hold only lower-case letters, digits and “-”", 1 },
  { "step-kind", HEAD STEP ("kind=\"drag\"") TAIL,
    "<step kind=\"drag\"> has kind=\"drag\"; use choice, pointer, sort, type, form, password, inbox, files "
    "or jobboard", 4 },
  { "no-hint",
    HEAD "  <step kind=\"password\">\n    <instruction>Do it.</instruction>\n" TAIL,
    "<step kind=\"password\"> needs a <hint>", 4 },
  { "text-in-step", HEAD STEP ("kind=\"password\"") "    oops\n" TAIL,
    "text “oops” is not allowed directly in <step kind=\"password\">", 4 },
  { "empty-text", HEAD STEP ("kind=\"pointer\" action=\"click\"") "    <target id=\"a\"> </target>\n" TAIL,
    "<target> “a” is empty: write its text between <target> and </target>", 7 },
  { "ampersand", HEAD STEP ("kind=\"pointer\" action=\"click\"") "    <target id=\"a\">Cut &amp; paste</target>\n" TAIL,
    "<target> holds “&”, which the translations cannot match: write “and” instead of “&”", 7 },
  { "less-than", HEAD STEP ("kind=\"password\"") "    <success>Length &lt; 12 is weak</success>\n" TAIL,
    "<success> holds “<”, which the translations cannot match: write it in words", 7 },
  { "translate-value", HEAD STEP ("kind=\"type\"") "    <text translate=\"maybe\">Hej</text>\n" TAIL,
    "<text> has translate=\"maybe\"; use yes or no", 7 },
  { "duplicate-id",
    HEAD STEP ("kind=\"pointer\" action=\"click\"")
    "    <target id=\"a\">A</target>\n    <target id=\"a\">B</target>\n" TAIL,
    "id “a” on <target> is already used by <target> on line 7", 8 },
  { "no-action", HEAD STEP ("kind=\"pointer\"") TAIL,
    "<step kind=\"pointer\"> needs the attribute action=\"…\": click, double-click or right-click",
    4 },
  { "click-correct",
    HEAD STEP ("kind=\"pointer\" action=\"click\"") "    <target id=\"a\" correct=\"yes\">A</target>\n" TAIL,
    "<target> has an unknown attribute correct=\"…\"", 7 },
  { "double-click-one-target",
    HEAD STEP ("kind=\"pointer\" action=\"double-click\"") "    <target id=\"a\" correct=\"yes\">A</target>\n" TAIL,
    "<step kind=\"pointer\" action=\"double-click\"> needs at least 2 <target> elements, not 1", 4 },
  { "right-click-menu",
    HEAD STEP ("kind=\"pointer\" action=\"right-click\"")
    "    <target id=\"a\" correct=\"yes\">A</target>\n"
    "    <menu-item id=\"m\" correct=\"yes\">Open</menu-item>\n" TAIL,
    "needs at least 2 <menu-item> elements, not 1", 4 },
  { "right-click-two-items",
    HEAD STEP ("kind=\"pointer\" action=\"right-click\"")
    "    <target id=\"a\" correct=\"yes\">A</target>\n"
    "    <menu-item id=\"m\" correct=\"yes\">Open</menu-item>\n"
    "    <menu-item id=\"n\" correct=\"yes\">Copy</menu-item>\n" TAIL,
    "has 2 <menu-item>s with correct=\"yes\"; mark only the one to choose", 4 },
  { "one-option",
    HEAD STEP ("kind=\"choice\"")
    "    <option id=\"a\" correct=\"yes\"><label>A</label><why>W</why></option>\n" TAIL,
    "<step kind=\"choice\"> needs at least 2 <option> elements, not 1", 4 },
  { "no-correct",
    HEAD STEP ("kind=\"choice\"")
    "    <option id=\"a\"><label>A</label><why>W</why></option>\n"
    "    <option id=\"b\"><label>B</label><why>W</why></option>\n" TAIL,
    "<step kind=\"choice\"> has no <option correct=\"yes\">: mark the right one", 4 },
  { "two-correct",
    HEAD STEP ("kind=\"choice\"")
    "    <option id=\"a\" correct=\"yes\"><label>A</label><why>W</why></option>\n"
    "    <option id=\"b\" correct=\"yes\"><label>B</label><why>W</why></option>\n" TAIL,
    "has 2 <option>s with correct=\"yes\"; add multiple=\"yes\" to the <step>", 4 },
  { "correct-value",
    HEAD STEP ("kind=\"choice\"")
    "    <option id=\"a\" correct=\"true\"><label>A</label><why>W</why></option>\n"
    "    <option id=\"b\"><label>B</label><why>W</why></option>\n" TAIL,
    "<option> “a” has correct=\"true\"; use yes or no", 7 },
  { "no-why",
    HEAD STEP ("kind=\"choice\"")
    "    <option id=\"a\" correct=\"yes\"><label>A</label></option>\n"
    "    <option id=\"b\"><label>B</label><why>W</why></option>\n" TAIL,
    "<option> “a” needs a <why>", 7 },
  { "from-not-message",
    HEAD STEP ("kind=\"choice\"")
    "    <option id=\"a\" correct=\"yes\"><label>A</label>\n"
    "      <from>Bank</from><why>W</why></option>\n"
    "    <option id=\"b\"><label>B</label><why>W</why></option>\n" TAIL,
    "<from> is only for messages: add style=\"message\" to the <step>", 8 },
  { "option-id",
    HEAD STEP ("kind=\"choice\"")
    "    <option correct=\"yes\"><label>A</label><why>W</why></option>\n"
    "    <option id=\"b\"><label>B</label><why>W</why></option>\n" TAIL,
    "<option> needs the attribute id=\"…\"", 7 },
  { "sort-bin",
    HEAD STEP ("kind=\"sort\"")
    "    <bin id=\"bath\">Bathroom</bin>\n    <bin id=\"hall\">Hall</bin>\n"
    "    <item id=\"cup\" bin=\"kitchen\">Cup</item>\n" TAIL,
    "<item> “cup” names bin “kitchen”, which does not exist", 9 },
  { "sort-one-bin",
    HEAD STEP ("kind=\"sort\"")
    "    <bin id=\"kitchen\">Kitchen</bin>\n    <item id=\"cup\" bin=\"kitchen\">Cup</item>\n" TAIL,
    "needs at least 2 <bin> elements, not 1", 4 },
  { "type-no-text", HEAD STEP ("kind=\"type\" mode=\"copy\"") TAIL,
    "<step kind=\"type\" mode=\"copy\"> needs a <text>", 4 },
  { "type-mode", HEAD STEP ("kind=\"type\" mode=\"paste\"") "    <text>x</text>\n" TAIL,
    "<step kind=\"type\" mode=\"paste\"> has mode=\"paste\"; use type or copy", 4 },
  { "field-type",
    HEAD STEP ("kind=\"form\"")
    "    <field id=\"age\" type=\"number\" required=\"yes\"><label>Age</label></field>\n" TAIL,
    "<field> “age” has type=\"number\"; use text, email, phone, date, multiline, choice, "
    "check or attachment", 7 },
  { "field-required",
    HEAD STEP ("kind=\"form\"")
    "    <field id=\"name\" type=\"text\"><label>Name</label></field>\n" TAIL,
    "<field> “name” needs the attribute required=\"…\": yes or no", 7 },
  { "field-expect-option",
    HEAD STEP ("kind=\"form\"")
    "    <field id=\"hours\" type=\"choice\" required=\"yes\"><label>Hours</label>\n"
    "      <option id=\"full\">Full time</option><option id=\"part\">Part time</option>\n"
    "      <expect translate=\"no\">evening</expect></field>\n" TAIL,
    "<expect> of <field> “hours” names option “evening”, which does not exist", 9 },
  { "field-expect-translated",
    HEAD STEP ("kind=\"form\"")
    "    <field id=\"cv\" type=\"attachment\" required=\"yes\"><label>CV</label>\n"
    "      <option id=\"cv-pdf\">CV.pdf</option>\n"
    "      <expect>cv-pdf</expect></field>\n" TAIL,
    "<expect> of <field> “cv” names an option id: add translate=\"no\"", 9 },
  { "field-expect-email",
    HEAD STEP ("kind=\"form\"")
    "    <field id=\"to\" type=\"email\" required=\"yes\"><label>To</label>\n"
    "      <expect translate=\"no\">job at netto.dk</expect></field>\n" TAIL,
    "<expect> of <field> “to” is “job at netto.dk”, which is not an e-mail address", 8 },
  { "field-check-expect",
    HEAD STEP ("kind=\"form\"")
    "    <field id=\"terms\" type=\"check\" required=\"yes\"><label>OK</label>\n"
    "      <expect>yes</expect></field>\n" TAIL,
    "<expect> does not belong in <field>", 8 },
  { "field-min-words",
    HEAD STEP ("kind=\"form\"")
    "    <field id=\"name\" type=\"text\" required=\"yes\" min-words=\"2\"><label>N</label></field>\n" TAIL,
    "<field> “name” has min-words=\"…\", which is only for type=\"multiline\"", 7 },
  { "field-choice-options",
    HEAD STEP ("kind=\"form\"")
    "    <field id=\"hours\" type=\"choice\" required=\"yes\"><label>Hours</label></field>\n" TAIL,
    "<field> “hours” needs at least 2 <option> elements, not 0", 7 },
  { "letter-date",
    HEAD STEP ("kind=\"inbox\"")
    "    <letter id=\"a\" from=\"SKAT\" date=\"2026-02-30\"><subject>S</subject><body>B</body></letter>\n"
    "    <letter id=\"b\" from=\"SKAT\" date=\"2026-02-28\"><subject>S</subject><body>B</body></letter>\n"
    "    <option id=\"x\" correct=\"yes\"><label>A</label><why>W</why></option>\n"
    "    <option id=\"y\"><label>B</label><why>W</why></option>\n" TAIL,
    "<letter> “a” has date=\"2026-02-30\"; write a real date as year-month-day", 7 },
  { "files-save-folder",
    HEAD STEP ("kind=\"files\" mode=\"save\"")
    "    <folder id=\"documents\">Documents</folder>\n"
    "    <save folder=\"jobs\">Application</save>\n" TAIL,
    "<save> names folder “jobs”, which does not exist", 8 },
  { "files-cycle",
    HEAD STEP ("kind=\"files\" mode=\"save\"")
    "    <folder id=\"a\" parent=\"b\">A</folder>\n"
    "    <folder id=\"b\" parent=\"a\">B</folder>\n"
    "    <save folder=\"a\">Application</save>\n" TAIL,
    "<folder> “a” is inside itself", 7 },
  { "files-find-file",
    HEAD STEP ("kind=\"files\" mode=\"find\"")
    "    <folder id=\"documents\">Documents</folder>\n"
    "    <file id=\"cv\" folder=\"documents\">CV</file>\n"
    "    <find file=\"letter\"/>\n" TAIL,
    "<find> names file “letter”, which does not exist", 9 },
  { "files-save-in-find",
    HEAD STEP ("kind=\"files\" mode=\"find\"")
    "    <folder id=\"documents\">Documents</folder>\n"
    "    <file id=\"cv\" folder=\"documents\">CV</file>\n"
    "    <save folder=\"documents\">CV</save>\n" TAIL,
    "<save> does not belong in <step kind=\"files\" mode=\"find\">", 9 },
  { "jobboard-goal",
    HEAD STEP ("kind=\"jobboard\"")
    "    <job id=\"a\" category=\"it\" hours=\"full\"><title>T</title><employer>E</employer>"
    "<place>P</place><description>D</description></job>\n"
    "    <job id=\"b\" category=\"it\" hours=\"part\"><title>T</title><employer>E</employer>"
    "<place>P</place><description>D</description></job>\n"
    "    <goal job=\"c\"/>\n" TAIL,
    "<goal> names job “c”, which does not exist", 9 },
  { "jobboard-category",
    HEAD STEP ("kind=\"jobboard\"")
    "    <job id=\"a\" category=\"farming\" hours=\"full\"><title>T</title><employer>E</employer>"
    "<place>P</place><description>D</description></job>\n"
    "    <job id=\"b\" category=\"it\" hours=\"part\"><title>T</title><employer>E</employer>"
    "<place>P</place><description>D</description></job>\n"
    "    <goal job=\"a\"/>\n" TAIL,
    "<job> “a” has category=\"farming\"; use cleaning, warehouse, care, kitchen, office, "
    "transport, retail, it or construction", 7 },
};

static void
test_load_broken (gconstpointer data)
{
  const Broken *test = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsExercise) exercise = js_exercise_load_data (test->xml, -1, "t.exercise", &error);
  g_autofree char *position = g_strdup_printf ("t.exercise:%d: ", test->line);

  g_assert_null (exercise);
  g_assert_nonnull (error);
  g_assert_true (error->domain == JS_EXERCISE_ERROR);
  g_test_message ("%s", error->message);
  if (!g_str_has_prefix (error->message, position) || strstr (error->message, test->problem) == NULL)
    g_error ("expected “%s…%s”, got “%s”", position, test->problem, error->message);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/exercise/load/sample", test_load_sample);
  g_test_add_func ("/exercise/load/children", test_load_children);
  g_test_add_func ("/exercise/load/msgids", test_load_msgids);
  g_test_add_func ("/exercise/load/get-text", test_load_get_text);
  g_test_add_func ("/exercise/load/whitespace", test_load_whitespace);
  g_test_add_func ("/exercise/load/lines", test_load_lines);
  g_test_add_func ("/exercise/load/titles", test_load_titles);
  g_test_add_func ("/exercise/load/file", test_load_file);
  g_test_add_func ("/exercise/load/dir", test_load_dir);
  for (guint i = 0; i < G_N_ELEMENTS (broken); i++)
    {
      g_autofree char *path = g_strconcat ("/exercise/load/broken/", broken[i].name, NULL);

      g_test_add_data_func (path, &broken[i], test_load_broken);
    }

  return g_test_run ();
}
