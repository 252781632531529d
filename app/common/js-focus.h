/* js-focus.h: keeping the keyboard's place while a view is built anew
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

typedef struct _JsFocusMark JsFocusMark;

JsFocusMark *js_focus_mark_new     (GtkWidget   *container);
void         js_focus_mark_return  (JsFocusMark *mark);
void         js_focus_mark_free    (JsFocusMark *mark);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (JsFocusMark, js_focus_mark_free)

G_END_DECLS
