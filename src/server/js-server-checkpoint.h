/* js-server-checkpoint.h: copying a SQLite log back, away from commits
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <sqlite3.h>

#include <glib.h>

G_BEGIN_DECLS

typedef struct _JsCheckpointer JsCheckpointer;

JsCheckpointer *js_checkpointer_attach (sqlite3        *db);
void            js_checkpointer_free   (JsCheckpointer *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (JsCheckpointer, js_checkpointer_free)

G_END_DECLS
