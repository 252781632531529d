/* js-test-db.h: the database the server's tests run on
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean  js_test_db_postgres (void);
char     *js_test_db_new      (const char *dir);
void      js_test_db_drop     (const char *spec);
char     *js_test_db_sql      (const char *spec,
                               const char *sql);
void      js_test_db_set_reachable (const char *spec,
                                    gboolean    reachable);

G_END_DECLS
