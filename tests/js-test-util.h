/* js-test-util.h: what several unit tests need
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

void   js_test_set_date    (GDate       *date,
                            guint        day,
                            guint        month,
                            guint        year);
char  *js_test_make_dir    (const char  *name);
void   js_test_remove_tree (const char  *path);
int    js_test_compare_strings (gconstpointer a,
                                gconstpointer b,
                                gpointer      data);
void   js_test_wait_frames (guint        frames);

G_END_DECLS
