/* js-exercise-private.h: what the files of the exercises library share
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "js-exercise.h"

G_BEGIN_DECLS

/* The longest id, of an exercise or of an element in it. */
#define JS_EXERCISE_ID_MAX 64

/* A form field's type="", in the order of the README's table. */
typedef enum {
  JS_EX_FIELD_TEXT,
  JS_EX_FIELD_EMAIL,
  JS_EX_FIELD_PHONE,
  JS_EX_FIELD_DATE,
  JS_EX_FIELD_MULTILINE,
  JS_EX_FIELD_CHOICE,
  JS_EX_FIELD_CHECK,
  JS_EX_FIELD_ATTACHMENT,
} JsExFieldType;

gboolean  _js_exercise_validate     (JsExercise  *exercise,
                                     const char  *file,
                                     GError     **error);
gboolean  _js_exercise_id_is_valid  (const char  *id);
JsExFieldType _js_field_type        (JsExNode    *field);

gboolean  _js_value_is_email        (const char  *text);
char     *_js_value_phone_digits    (const char  *text);
gboolean  _js_value_parse_date      (const char  *text,
                                     int         *year,
                                     int         *month,
                                     int         *day);
gboolean  _js_value_parse_iso_date  (const char  *text);
guint     _js_value_count_words     (const char  *text);

JsCheck  *_js_check_new             (void);
void      _js_check_add_problem     (JsCheck     *check,
                                     const char  *id,
                                     char        *message);
char     *_js_field_problem         (JsExNode    *field,
                                     const char  *value);
guint     _js_password_rules        (const char  *password,
                                     JsExNode    *step,
                                     JsCheck     *check);

G_END_DECLS
