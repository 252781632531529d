/* js-sync-apply.c: applying a sync's answers while the next is under way
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The answers to one request are applied to the store in a thread of
 * their own, while the sync sends the next request and reads its answer:
 * on two cores the citizen's PC writes one batch while the jobcenter works
 * on the next. The store is used by one of the two threads at a time:
 * the sync touches it nowhere between js_sync_applying_start() and
 * js_sync_applying_finish().
 */

#include "config.h"

#include "js-sync-apply.h"

void
js_sync_own_changes_clear (JsSyncOwnChanges *own)
{
  g_clear_pointer (&own->from, g_free);
  g_clear_pointer (&own->to, g_free);
}

static gpointer
apply_thread (gpointer user_data)
{
  JsSyncApplying *applying = user_data;
  gboolean applied;

  if (applying->page != NULL)
    applied = js_store_sync_apply_page (applying->store, applying->page, &applying->error);
  else
    applied = js_store_sync_apply_results (applying->store, applying->operations,
                                           applying->results, applying->own.from,
                                           applying->own.to, &applying->error);
  return GINT_TO_POINTER (applied);
}

/**
 * js_sync_applying_start:
 *
 * Takes @operations, @results and @own, or @page, and begins applying
 * them.
 */
void
js_sync_applying_start (JsSyncApplying   *applying,
                        JsStore          *store,
                        GPtrArray        *operations,
                        GPtrArray        *results,
                        JsSyncOwnChanges *own,
                        JsChangesPage    *page)
{
  g_assert (!applying->started);

  applying->started = TRUE;
  applying->store = store;
  applying->operations = operations;
  applying->results = results;
  if (own != NULL)
    {
      applying->own = *own;
      *own = (JsSyncOwnChanges) { NULL, NULL };
    }
  applying->page = page;
  /* Out of threads (a limit of the PC's), the answers are applied here
   * and now, as before there were two. */
  applying->thread = g_thread_try_new ("jobspor-sync-apply", apply_thread, applying, NULL);
  if (applying->thread == NULL)
    applying->applied = GPOINTER_TO_INT (apply_thread (applying));
}

/**
 * js_sync_applying_finish:
 * @error: return location for the store's #GError
 *
 * Waits for the answers under way, if any.
 *
 * Returns: %FALSE when they could not be applied (nothing of them was)
 */
gboolean
js_sync_applying_finish (JsSyncApplying  *applying,
                         GError         **error)
{
  gboolean applied;

  if (!applying->started)
    return TRUE;

  applying->started = FALSE;
  if (applying->thread != NULL)
    applied = GPOINTER_TO_INT (g_thread_join (g_steal_pointer (&applying->thread)));
  else
    applied = applying->applied;
  g_clear_pointer (&applying->operations, g_ptr_array_unref);
  g_clear_pointer (&applying->results, g_ptr_array_unref);
  js_sync_own_changes_clear (&applying->own);
  g_clear_pointer (&applying->page, js_changes_page_free);

  if (applied)
    g_clear_error (&applying->error);
  else
    g_propagate_error (error, g_steal_pointer (&applying->error));
  return applied;
}

void
js_sync_applying_clear (JsSyncApplying *applying)
{
  js_sync_applying_finish (applying, NULL);
}
