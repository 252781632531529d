/* js-token-store.h: keeping the sign-in token between starts
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

void     js_token_store_save               (const char          *url,
                                            const char          *profile,
                                            const char          *token);
void     js_token_store_lookup_async       (const char          *url,
                                            const char          *profile,
                                            GCancellable        *cancellable,
                                            GAsyncReadyCallback  callback,
                                            gpointer             user_data);
char    *js_token_store_lookup_finish      (GAsyncResult        *result,
                                            GError             **error);
void     js_token_store_forget             (const char          *url,
                                            const char          *profile);
void     js_token_store_take_legacy_async  (const char          *url,
                                            const char          *profile,
                                            GCancellable        *cancellable,
                                            GAsyncReadyCallback  callback,
                                            gpointer             user_data);

G_END_DECLS
