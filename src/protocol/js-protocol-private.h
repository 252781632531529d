/* js-protocol-private.h: what the protocol's files share
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "js-protocol.h"

G_BEGIN_DECLS

void        _js_protocol_append_string (GString           *out,
                                        const char        *text);
void        _js_protocol_append_int    (GString           *out,
                                        gint64             number);
gboolean    _js_protocol_fail         (GError             **error,
                                       JsProtocolError      code,
                                       const char          *what);
gboolean    _js_protocol_only_members (JsonObject          *object,
                                       const char * const  *allowed,
                                       GError             **error);
const char *_js_protocol_get_string   (JsonObject          *object,
                                       const char          *member,
                                       gsize                max_length,
                                       gboolean             nullable,
                                       GError             **error);
gboolean    _js_protocol_get_int      (JsonObject          *object,
                                       const char          *member,
                                       gint64               min,
                                       gint64              *value,
                                       GError             **error);
gboolean    _js_protocol_get_bool     (JsonObject          *object,
                                       const char          *member,
                                       gboolean            *value,
                                       GError             **error);
JsonArray  *_js_protocol_get_array    (JsonObject          *object,
                                       const char          *member,
                                       guint                max_items,
                                       GError             **error);

char       *_js_protocol_dup_string  (JsonObject          *object,
                                       const char          *member);
void        _js_protocol_add_string  (JsonBuilder         *builder,
                                       const char          *member,
                                       const char          *value);

G_END_DECLS
