/* js-server-demo.h: a demo jobcenter to try Jobspor against
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "js-server-store.h"

G_BEGIN_DECLS

gboolean js_server_demo_seed      (JsServerStore  *store,
                                   GError        **error);
gboolean js_server_demo_add_slots (JsServerStore  *store,
                                   const char     *number,
                                   const GDate    *first,
                                   int             days,
                                   GError        **error);

char    *js_server_add_call       (JsServerStore  *store,
                                   const char     *number,
                                   const GDate    *first,
                                   int             days,
                                   const GDate    *last_day,
                                   const char     *purpose,
                                   GError        **error);

G_END_DECLS
