/* js-quote.h: someone's own words, quoted and kept in their own direction
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *js_isolate        (const char *words);
char *js_quote          (const char *words);
char *js_from_jobcenter (const char *words);

G_END_DECLS
