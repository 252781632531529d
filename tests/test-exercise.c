/* test-exercise.c: loading, checking and scoring digital-skills exercises
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "js-exercise.h"
#include "js-test-util.h"

/* One step of every kind; the line numbers in the tests below are its own. */
static const char sample[] =
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
  "<exercise id=\"all-kinds\" area=\"basics\" level=\"foundation\" minutes=\"5\">\n"
  "  <note>The exercise that has every kind of step.</note>\n"
  "  <title>Every   kind\n"
  "    of step</title>\n"
  "  <summary>One step of each kind.</summary>\n"
  "  <step kind=\"choice\" style=\"message\">\n"
  "    <instruction>Which e-mail is real?</instruction>\n"
  "    <hint>Look at the sender.</hint>\n"
  "    <hint>Look at the link.</hint>\n"
  "    <success>Yes, that one is real.</success>\n"
  "    <option id=\"real\" correct=\"yes\">\n"
  "      <label>Your meeting on 3 December</label>\n"
  "      <from translate=\"no\">Jobcenter København</from>\n"
  "      <body>Log in to see the time.</body>\n"
  "      <why>The sender is the jobcenter's own.</why>\n"
  "    </option>\n"
  "    <option id=\"fake\">\n"
  "      <label>You have won</label>\n"
  "      <from translate=\"no\">prize@win.example</from>\n"
  "      <why>Nobody gives away money by e-mail.</why>\n"
  "    </option>\n"
  "  </step>\n"
  "  <step kind=\"choice\" multiple=\"yes\">\n"
  "    <instruction>Which are browsers?</instruction>\n"
  "    <hint>Two of them.</hint>\n"
  "    <option id=\"firefox\" correct=\"yes\"><label>Firefox</label><why>Firefox is a browser.</why></option>\n"
  "    <option id=\"chrome\" correct=\"yes\"><label>Chrome</label><why>Chrome is a browser.</why></option>\n"
  "    <option id=\"word\"><label>Word</label><why>Word writes documents.</why></option>\n"
  "  </step>\n"
  "  <step kind=\"pointer\" action=\"click\">\n"
  "    <instruction>Click each button once.</instruction>\n"
  "    <hint>There are three.</hint>\n"
  "    <target id=\"red\">Red</target>\n"
  "    <target id=\"green\">Green</target>\n"
  "    <target id=\"blue\">Blue</target>\n"
  "  </step>\n"
  "  <step kind=\"pointer\" action=\"double-click\">\n"
  "    <instruction>Open the letter.</instruction>\n"
  "    <hint>Double-click it.</hint>\n"
  "    <target id=\"letter\" correct=\"yes\">Letter</target>\n"
  "    <target id=\"photo\">Photo</target>\n"
  "  </step>\n"
  "  <step kind=\"pointer\" action=\"right-click\">\n"
  "    <instruction>Rename the file.</instruction>\n"
  "    <hint>Right-click the file.</hint>\n"
  "    <target id=\"cv\" correct=\"yes\">CV</target>\n"
  "    <target id=\"bin\">Bin</target>\n"
  "    <menu-item id=\"open\">Open</menu-item>\n"
  "    <menu-item id=\"rename\" correct=\"yes\">Rename</menu-item>\n"
  "  </step>\n"
  "  <step kind=\"sort\">\n"
  "    <instruction>Put each thing where it belongs.</instruction>\n"
  "    <hint>Cups go in the kitchen.</hint>\n"
  "    <bin id=\"kitchen\">Kitchen</bin>\n"
  "    <bin id=\"bathroom\">Bathroom</bin>\n"
  "    <item id=\"cup\" bin=\"kitchen\">Cup</item>\n"
  "    <item id=\"towel\" bin=\"bathroom\">Towel</item>\n"
  "    <item id=\"plate\" bin=\"kitchen\">Plate</item>\n"
  "  </step>\n"
  "  <step kind=\"type\">\n"
  "    <instruction>Type the name.</instruction>\n"
  "    <hint>Use the Shift key for capital letters.</hint>\n"
  "    <text translate=\"no\">Søren Ærø</text>\n"
  "  </step>\n"
  "  <step kind=\"type\" mode=\"copy\">\n"
  "    <instruction>Copy the address.</instruction>\n"
  "    <hint>Select it, then press Ctrl+C.</hint>\n"
  "    <text translate=\"no\">soeren@mail.dk</text>\n"
  "  </step>\n"
  "  <step kind=\"form\">\n"
  "    <instruction>Fill in the form.</instruction>\n"
  "    <hint>Every field with a star is needed.</hint>\n"
  "    <field id=\"name\" type=\"text\" required=\"yes\"><label>Name</label></field>\n"
  "    <field id=\"mail\" type=\"email\" required=\"yes\"><label>E-mail</label></field>\n"
  "    <field id=\"phone\" type=\"phone\" required=\"no\"><label>Phone</label></field>\n"
  "    <field id=\"born\" type=\"date\" required=\"yes\"><label>Date of birth</label>\n"
  "      <error>Write the date you were born, like 24-12-1990.</error></field>\n"
  "    <field id=\"motivation\" type=\"multiline\" required=\"yes\" min-words=\"5\"><label>Why you?</label></field>\n"
  "    <field id=\"hours\" type=\"choice\" required=\"yes\"><label>Hours</label>\n"
  "      <option id=\"full\">Full time</option><option id=\"part\">Part time</option>\n"
  "      <expect translate=\"no\">part</expect></field>\n"
  "    <field id=\"terms\" type=\"check\" required=\"yes\"><label>I accept the terms</label></field>\n"
  "    <field id=\"cv-file\" type=\"attachment\" required=\"yes\"><label>CV</label>\n"
  "      <option id=\"cv-pdf\" translate=\"no\">CV.pdf</option></field>\n"
  "  </step>\n"
  "  <step kind=\"form\" style=\"mail\">\n"
  "    <instruction>Write to the employer.</instruction>\n"
  "    <hint>The address is in the job ad.</hint>\n"
  "    <field id=\"to\" type=\"email\" required=\"yes\"><label>To</label>\n"
  "      <expect translate=\"no\">job@netto.dk</expect></field>\n"
  "    <field id=\"subject\" type=\"text\" required=\"yes\"><label>Subject</label>\n"
  "      <expect>Application</expect></field>\n"
  "  </step>\n"
  "  <step kind=\"password\">\n"
  "    <scenario>Oksana lives in Odense.</scenario>\n"
  "    <instruction>Make a strong password.</instruction>\n"
  "    <hint>Use three random words.</hint>\n"
  "    <avoid translate=\"no\">Oksana</avoid>\n"
  "    <avoid translate=\"no\">Odense</avoid>\n"
  "  </step>\n"
  "  <step kind=\"inbox\">\n"
  "    <instruction>When is the meeting?</instruction>\n"
  "    <hint>Open the letter from the jobcenter.</hint>\n"
  "    <letter id=\"meeting\" from=\"Jobcenter Odense\" date=\"2026-11-20\">\n"
  "      <subject>Meeting</subject><body>Your meeting is on Monday.</body></letter>\n"
  "    <letter id=\"tax\" from=\"Skattestyrelsen\" date=\"2026-11-18\">\n"
  "      <subject>Tax</subject><body>Your tax return is ready.</body></letter>\n"
  "    <option id=\"monday\" correct=\"yes\"><label>Monday</label><why>The letter says Monday.</why></option>\n"
  "    <option id=\"friday\"><label>Friday</label><why>Look at the letter again.</why></option>\n"
  "  </step>\n"
  "  <step kind=\"files\" mode=\"save\">\n"
  "    <instruction>Save the letter in Jobs.</instruction>\n"
  "    <hint>Jobs is inside Documents.</hint>\n"
  "    <folder id=\"documents\">Documents</folder>\n"
  "    <folder id=\"jobs\" parent=\"documents\">Jobs</folder>\n"
  "    <folder id=\"pictures\">Pictures</folder>\n"
  "    <save folder=\"jobs\">Application</save>\n"
  "  </step>\n"
  "  <step kind=\"files\" mode=\"find\">\n"
  "    <instruction>Open your CV.</instruction>\n"
  "    <hint>It is in Jobs.</hint>\n"
  "    <folder id=\"docs\">Documents</folder>\n"
  "    <folder id=\"job-folder\" parent=\"docs\">Jobs</folder>\n"
  "    <file id=\"cv-doc\" folder=\"job-folder\">CV</file>\n"
  "    <file id=\"holiday\" folder=\"docs\">Holiday</file>\n"
  "    <find file=\"cv-doc\"/>\n"
  "  </step>\n"
  "  <step kind=\"jobboard\">\n"
  "    <instruction>Find the part-time cleaning job in Odense and add it.</instruction>\n"
  "    <hint>Choose the category Cleaning.</hint>\n"
  "    <job id=\"clean-odense\" category=\"cleaning\" hours=\"part\">\n"
  "      <title>Cleaner</title><employer translate=\"no\">ISS</employer>\n"
  "      <place translate=\"no\">Odense</place><description>Cleaning offices in the evening.</description></job>\n"
  "    <job id=\"clean-aarhus\" category=\"cleaning\" hours=\"full\">\n"
  "      <title>Cleaner</title><employer translate=\"no\">ISS</employer>\n"
  "      <place translate=\"no\">Aarhus</place><description>Cleaning a school.</description></job>\n"
  "    <goal job=\"clean-odense\"/>\n"
  "  </step>\n"
  "</exercise>\n";

static JsExercise *
load_sample (void)
{
  g_autoptr(GError) error = NULL;
  JsExercise *exercise = js_exercise_load_data (sample, -1, "all-kinds.exercise", &error);

  g_assert_no_error (error);
  g_assert_nonnull (exercise);
  return exercise;
}

static JsExNode *
sample_step (JsExercise *exercise,
             guint       index)
{
  g_assert_cmpuint (index, <, exercise->steps->len);
  return g_ptr_array_index (exercise->steps, index);
}

static void
test_load_sample (void)
{
  g_autoptr(JsExercise) exercise = load_sample ();
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
    g_assert_cmpint (js_exercise_step_kind (sample_step (exercise, i)), ==, kinds[i]);

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
                 js_ex_node_find_by_id (sample_step (exercise, 5), "bin", "kitchen"));
}

static void
test_load_children (void)
{
  g_autoptr(JsExercise) exercise = load_sample ();
  JsExNode *step = sample_step (exercise, 5);
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
  g_autoptr(JsExercise) exercise = load_sample ();
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
  g_autoptr(JsExercise) exercise = load_sample ();
  JsExNode *title = js_ex_node_get_child (exercise->root, "title");
  JsExNode *text = js_ex_node_get_child (sample_step (exercise, 6), "text");

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
  step = sample_step (exercise, 0);
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

  check = js_exercise_check_step (sample_step (exercise, index), answer);
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
  g_autoptr(JsExercise) exercise = load_sample ();
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
  g_autoptr(JsExercise) exercise = load_sample ();
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
  g_autoptr(JsExercise) exercise = load_sample ();
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
  g_autoptr(JsExercise) exercise = load_sample ();
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

  return js_exercise_check_step (sample_step (exercise, 8), answer);
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
  g_autoptr(JsExercise) exercise = load_sample ();
  g_autoptr(JsAnswer) empty = js_answer_new ();
  g_autoptr(JsCheck) nothing = js_exercise_check_step (sample_step (exercise, 8), empty);

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
  g_autoptr(JsExercise) exercise = load_sample ();
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
  g_autoptr(JsExercise) exercise = load_sample ();
  JsExNode *step = sample_step (exercise, 8);
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
  g_autoptr(JsExercise) exercise = load_sample ();
  JsExNode *step = sample_step (exercise, 10);

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
  g_autoptr(JsExercise) exercise = load_sample ();
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
  g_autoptr(JsExercise) exercise = load_sample ();
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
  g_autoptr(JsExercise) exercise = load_sample ();
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
  g_autoptr(JsExercise) exercise = load_sample ();
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
