/* js-exercise.h: digital-skills exercises: loading, checking and scoring
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * data/exercises/README.md is the content format. An exercise file is parsed
 * into a small tree of JsExNode (element name, attributes, text, children)
 * and validated against the rules of its step kinds, so a broken file is
 * refused with a message naming the file, the line and the problem.
 *
 * Text in the tree is the English msgid, whitespace-normalised exactly as
 * xgettext normalises it; js_ex_node_get_text() translates it through the
 * "jobspor" catalogue at the moment of the call, so a language switch needs
 * no reload.
 *
 * Checking is GTK-free: a step widget fills a JsAnswer (string keys and
 * values), js_exercise_check_step() says whether it is right and why, and a
 * JsAttempt counts tries, reveals hints and computes the score.
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define JS_EXERCISE_ERROR (js_exercise_error_quark ())

/* The password rules (data/exercises/README.md): at least this long, and
 * letters with a digit or a symbol unless at least JS_PASSWORD_LONG_ENOUGH. */
#define JS_PASSWORD_MIN_LENGTH  12
#define JS_PASSWORD_LONG_ENOUGH 16

typedef enum {
  JS_EXERCISE_ERROR_READ,     /* the file cannot be read */
  JS_EXERCISE_ERROR_SYNTAX,   /* not well-formed XML */
  JS_EXERCISE_ERROR_INVALID,  /* well-formed, but breaks a rule of the format */
} JsExerciseError;

typedef enum {
  JS_AREA_BASICS,
  JS_AREA_INFORMATION,
  JS_AREA_COMMUNICATION,
  JS_AREA_CONTENT,
  JS_AREA_SAFETY,
  JS_AREA_PROBLEM_SOLVING,
  JS_N_AREAS,
} JsExerciseArea;

typedef enum {
  JS_LEVEL_FOUNDATION,
  JS_LEVEL_INTERMEDIATE,
  JS_LEVEL_ADVANCED,
} JsExerciseLevel;

typedef enum {
  JS_STEP_CHOICE,
  JS_STEP_POINTER,
  JS_STEP_SORT,
  JS_STEP_TYPE,
  JS_STEP_FORM,
  JS_STEP_PASSWORD,
  JS_STEP_INBOX,
  JS_STEP_FILES,
  JS_STEP_JOBBOARD,
} JsStepKind;

typedef struct _JsExNode JsExNode;

struct _JsExNode {
  char       *name;       /* element name: "step", "option", "label", … */
  GHashTable *attrs;      /* attribute name → value (never NULL) */
  char       *text;       /* normalised text content, or NULL */
  gboolean    translate;  /* FALSE for translate="no" */
  int         line;       /* line in the file, for messages */
  GPtrArray  *children;   /* JsExNode, in document order (never NULL) */
};

typedef struct {
  char            *id;
  char            *path;
  JsExerciseArea   area;
  JsExerciseLevel  level;
  int              minutes;
  JsExNode        *root;   /* the <exercise> element */
  GPtrArray       *steps;  /* JsExNode of the <step> elements, borrowed from root */
} JsExercise;

/* What the citizen did in one step: string keys and values (see js-exercise-check.c
 * for the keys of each kind). */
typedef GHashTable JsAnswer;

typedef struct {
  gboolean   correct;
  char      *message;   /* translated feedback for the whole step, never NULL */
  GPtrArray *problems;  /* JsCheckProblem: per option / field / item, may be empty */
} JsCheck;

typedef struct {
  char *id;       /* the option, field or item the problem is about */
  char *message;  /* translated */
} JsCheckProblem;

typedef struct _JsAttempt JsAttempt;

GQuark           js_exercise_error_quark   (void);

JsExercise      *js_exercise_load          (const char       *path,
                                            GError          **error);
JsExercise      *js_exercise_load_data     (const char       *data,
                                            gssize            length,
                                            const char       *name,
                                            GError          **error);
GPtrArray       *js_exercise_load_dir      (const char       *dir,
                                            GPtrArray        *errors);
void             js_exercise_free          (JsExercise       *exercise);

const char      *js_exercise_get_title     (JsExercise       *exercise);
const char      *js_exercise_get_summary   (JsExercise       *exercise);
JsStepKind       js_exercise_step_kind     (JsExNode         *step);

const char      *js_exercise_area_to_string   (JsExerciseArea   area);
const char      *js_exercise_area_title       (JsExerciseArea   area);
const char      *js_exercise_level_title      (JsExerciseLevel  level);
GPtrArray       *js_exercise_collect_msgids   (JsExercise      *exercise);

const char      *js_ex_node_get_attr       (JsExNode         *node,
                                            const char       *name);
JsExNode        *js_ex_node_get_child      (JsExNode         *node,
                                            const char       *name);
GPtrArray       *js_ex_node_get_children   (JsExNode         *node,
                                            const char       *name);
const char      *js_ex_node_get_text       (JsExNode         *node);
const char      *js_ex_node_child_text     (JsExNode         *node,
                                            const char       *name);
JsExNode        *js_ex_node_find_by_id     (JsExNode         *node,
                                            const char       *name,
                                            const char       *id);

JsAnswer        *js_answer_new             (void);
void             js_answer_set             (JsAnswer         *answer,
                                            const char       *key,
                                            const char       *value);
const char      *js_answer_get             (JsAnswer         *answer,
                                            const char       *key);

JsCheck         *js_exercise_check_step    (JsExNode         *step,
                                            JsAnswer         *answer);
JsCheck         *js_exercise_check_field   (JsExNode         *field,
                                            const char       *value);
guint            js_password_strength      (const char       *password,
                                            JsExNode         *step,
                                            GPtrArray        *unmet);
void             js_check_free             (JsCheck          *check);

JsAttempt       *js_attempt_new            (JsExercise       *exercise);
JsCheck         *js_attempt_check          (JsAttempt        *attempt,
                                            JsAnswer         *answer);
guint            js_attempt_get_step       (JsAttempt        *attempt);
gboolean         js_attempt_next_step      (JsAttempt        *attempt);
guint            js_attempt_get_tries      (JsAttempt        *attempt);
const char      *js_attempt_get_hint       (JsAttempt        *attempt);
gboolean         js_attempt_is_finished    (JsAttempt        *attempt);
guint            js_attempt_get_score      (JsAttempt        *attempt);
gboolean         js_attempt_was_answered   (JsAttempt        *attempt);
void             js_attempt_free           (JsAttempt        *attempt);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (JsExercise, js_exercise_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (JsAnswer, g_hash_table_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (JsCheck, js_check_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (JsAttempt, js_attempt_free)

G_END_DECLS
