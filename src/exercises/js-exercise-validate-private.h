/* js-exercise-validate-private.h: what the validator's files share
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "js-exercise-private.h"

G_BEGIN_DECLS

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

#define STEP_COMMON_RULES                     \
  { "instruction", 1, 1, _js_validate_no_attrs },          \
  { "scenario", 0, 1, _js_validate_no_attrs },             \
  { "hint", 1, MANY, _js_validate_no_attrs },              \
  { "success", 0, 1, _js_validate_no_attrs }

extern const char * const _js_validate_no_attrs[];
extern const char * const _js_validate_id_attrs[];
extern const char * const _js_validate_id_correct_attrs[];
extern const char * const _js_validate_yes_no[];
extern const char * const _js_validate_field_types[];
extern const char * const _js_validate_job_categories[];

gboolean _js_validate_check_correct (Validator *v,
                                     JsExNode *parent,
                                     GPtrArray *nodes,
                                     gboolean many,
                                     const char *advice);
gboolean _js_validate_check_parent (Validator *v,
                                    JsExNode *node,
                                    const char * const *attrs,
                                    const ChildRule *rules);
JsExNode *_js_validate_check_reference (Validator *v,
                                        JsExNode *step,
                                        JsExNode *node,
                                        const char *attr,
                                        const char *target);
int _js_validate_enum_attr (Validator *v,
                            JsExNode *node,
                            const char *name,
                            const char * const *values,
                            int fallback);
gboolean _js_validate_fail (Validator *v,
                            JsExNode *node,
                            const char *format,
                            ...) G_GNUC_PRINTF (3,
                            4);
const char *_js_validate_require_attr (Validator *v,
                                       JsExNode *node,
                                       const char *name);
const char *_js_validate_who (Validator *v,
                              JsExNode *node);
int _js_validate_yes_no_attr (Validator *v,
                              JsExNode *node,
                              const char *name);
gboolean _js_validate_check_choice (Validator *v,
                                    JsExNode *step);
gboolean _js_validate_check_pointer (Validator *v,
                                     JsExNode *step);
gboolean _js_validate_check_sort (Validator *v,
                                  JsExNode *step);
gboolean _js_validate_check_type (Validator *v,
                                  JsExNode *step);
gboolean _js_validate_check_form (Validator *v,
                                  JsExNode *step);
gboolean _js_validate_check_password (Validator *v,
                                      JsExNode *step);
gboolean _js_validate_check_inbox (Validator *v,
                                   JsExNode *step);
gboolean _js_validate_check_files (Validator *v,
                                   JsExNode *step);
gboolean _js_validate_check_jobboard (Validator *v,
                                      JsExNode *step);

G_END_DECLS
