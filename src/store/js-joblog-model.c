/* js-joblog-model.c: the job log as a list model, loaded as it is shown
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A query gives the ordered row IDs of the matching entries (8 bytes each);
 * an entry is read from the store only when the list asks for it, and a
 * bounded cache keeps the ones on screen. So a log of 100,000 entries opens
 * almost as fast as an empty one and costs little memory.
 *
 * Search words are applied last: the model keeps the ordered list for the
 * filters and order ("base"), asks the full-text index only for the set of
 * matching rows, and keeps the base rows in that set. Typing into the
 * search field so never sorts the log again.
 */

#include "config.h"

#include "js-joblog-model.h"

/* Entries kept loaded; a screenful is a few dozen. */
#define CACHE_SIZE 512

struct _JsJoblogModel {
  GObject        parent_instance;

  JsStore       *store;
  JsJoblogQuery  query;
  char          *text;
  GArray        *base;
  gint64         highest;
  GArray        *rowids;
  GHashTable    *cache;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (JsJoblogModel, js_joblog_model, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

static GType
js_joblog_model_get_item_type (GListModel *model)
{
  return JS_TYPE_JOBLOG_ENTRY;
}

static guint
js_joblog_model_get_n_items (GListModel *model)
{
  JsJoblogModel *self = JS_JOBLOG_MODEL (model);

  return self->rowids->len;
}

static gpointer
js_joblog_model_get_item (GListModel *model,
                          guint       position)
{
  JsJoblogModel *self = JS_JOBLOG_MODEL (model);
  g_autoptr(GError) error = NULL;
  JsJoblogEntry *entry;
  gint64 rowid;

  if (position >= self->rowids->len)
    return NULL;

  rowid = g_array_index (self->rowids, gint64, position);
  entry = g_hash_table_lookup (self->cache, &rowid);
  if (entry != NULL)
    return g_object_ref (entry);

  entry = js_store_joblog_load (self->store, rowid, &error);
  if (entry == NULL)
    {
      /* Gone since the query ran (deleted elsewhere): an empty entry keeps
       * the list consistent until the next reload. */
      if (error != NULL)
        g_warning ("Could not load a job-log entry: %s", error->message);
      entry = js_joblog_entry_new ();
    }

  if (g_hash_table_size (self->cache) >= CACHE_SIZE)
    g_hash_table_remove_all (self->cache);
  g_hash_table_insert (self->cache, g_memdup2 (&rowid, sizeof rowid), g_object_ref (entry));

  return entry;
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = js_joblog_model_get_item_type;
  iface->get_n_items = js_joblog_model_get_n_items;
  iface->get_item = js_joblog_model_get_item;
}

static void
js_joblog_model_finalize (GObject *object)
{
  JsJoblogModel *self = JS_JOBLOG_MODEL (object);

  g_clear_object (&self->store);
  g_clear_pointer (&self->text, g_free);
  g_clear_pointer (&self->base, g_array_unref);
  g_clear_pointer (&self->rowids, g_array_unref);
  g_clear_pointer (&self->cache, g_hash_table_unref);

  G_OBJECT_CLASS (js_joblog_model_parent_class)->finalize (object);
}

static void
js_joblog_model_class_init (JsJoblogModelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = js_joblog_model_finalize;
}

static void
js_joblog_model_init (JsJoblogModel *self)
{
  js_joblog_query_init (&self->query);
  self->base = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->rowids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->cache = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
}

JsJoblogModel *
js_joblog_model_new (JsStore *store)
{
  JsJoblogModel *self;

  g_return_val_if_fail (JS_IS_STORE (store), NULL);

  self = g_object_new (JS_TYPE_JOBLOG_MODEL, NULL);
  self->store = g_object_ref (store);
  return self;
}

/* The base rows that the search words match, in the base's order. */
static GArray *
apply_text (JsJoblogModel  *self,
            GError        **error)
{
  g_autoptr(GArray) matches = js_store_joblog_match (self->store, self->text, error);
  g_autofree guint8 *bits = NULL;
  gint64 highest = self->highest;
  GArray *rowids;

  if (matches == NULL)
    return error != NULL && *error != NULL ? NULL : g_array_ref (self->base);

  bits = g_malloc0 (highest / 8 + 1);
  for (guint i = 0; i < matches->len; i++)
    {
      gint64 rowid = g_array_index (matches, gint64, i);

      if (rowid >= 0 && rowid <= highest)
        bits[rowid / 8] |= 1u << (rowid % 8);
    }

  rowids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), MIN (matches->len, self->base->len));
  for (guint i = 0; i < self->base->len; i++)
    {
      gint64 rowid = g_array_index (self->base, gint64, i);

      if (bits[rowid / 8] & (1u << (rowid % 8)))
        g_array_append_val (rowids, rowid);
    }

  return rowids;
}

static gboolean
update_items (JsJoblogModel  *self,
              GError        **error)
{
  g_autoptr(GArray) rowids = apply_text (self, error);
  guint removed;

  if (rowids == NULL)
    return FALSE;

  removed = self->rowids->len;
  g_array_unref (self->rowids);
  self->rowids = g_steal_pointer (&rowids);
  g_hash_table_remove_all (self->cache);

  g_list_model_items_changed (G_LIST_MODEL (self), 0, removed, self->rowids->len);
  return TRUE;
}

/**
 * js_joblog_model_reload:
 *
 * Runs the query again, after the log changed.
 *
 * Returns: %TRUE on success; on failure the model keeps its items
 */
gboolean
js_joblog_model_reload (JsJoblogModel  *self,
                        GError        **error)
{
  g_autoptr(GArray) base = NULL;

  g_return_val_if_fail (JS_IS_JOBLOG_MODEL (self), FALSE);

  base = js_store_joblog_find (self->store, &self->query, error);
  if (base == NULL)
    return FALSE;

  g_array_unref (self->base);
  self->base = g_steal_pointer (&base);

  /* The largest row ID sizes the bitmap each search word filters with. */
  self->highest = 0;
  for (guint i = 0; i < self->base->len; i++)
    self->highest = MAX (self->highest, g_array_index (self->base, gint64, i));

  return update_items (self, error);
}

static gboolean
same_filters (const JsJoblogQuery *a,
              const JsJoblogQuery *b)
{
  return a->kinds == b->kinds && a->statuses == b->statuses && a->sort == b->sort &&
         g_date_valid (&a->from) == g_date_valid (&b->from) &&
         g_date_valid (&a->to) == g_date_valid (&b->to) &&
         (!g_date_valid (&a->from) || g_date_compare (&a->from, &b->from) == 0) &&
         (!g_date_valid (&a->to) || g_date_compare (&a->to, &b->to) == 0);
}

/**
 * js_joblog_model_set_query:
 * @self: the model
 * @query: what to show, and in which order
 * @error: return location for a #GError
 *
 * Shows the entries matching @query. When only the search words changed,
 * the log is not read again: the words filter the rows already ordered.
 *
 * Returns: %TRUE on success; on failure the model keeps its items
 */
gboolean
js_joblog_model_set_query (JsJoblogModel        *self,
                           const JsJoblogQuery  *query,
                           GError              **error)
{
  gboolean refilter_only;

  g_return_val_if_fail (JS_IS_JOBLOG_MODEL (self), FALSE);
  g_return_val_if_fail (query != NULL, FALSE);

  refilter_only = self->base->len > 0 && same_filters (&self->query, query);

  g_free (self->text);
  self->text = g_strdup (query->text);
  self->query = *query;
  self->query.text = NULL;

  return refilter_only ? update_items (self, error) : js_joblog_model_reload (self, error);
}

/**
 * js_joblog_model_dup_entries:
 *
 * Returns: (transfer full) (element-type JsJoblogEntry): every entry in the
 *   model, in order, for export and printing
 */
GPtrArray *
js_joblog_model_dup_entries (JsJoblogModel  *self,
                             GError        **error)
{
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_val_if_fail (JS_IS_JOBLOG_MODEL (self), NULL);

  for (guint i = 0; i < self->rowids->len; i++)
    {
      JsJoblogEntry *entry =
        js_store_joblog_load (self->store, g_array_index (self->rowids, gint64, i), error);

      if (entry == NULL)
        {
          if (error != NULL && *error != NULL)
            return NULL;
          continue;
        }
      g_ptr_array_add (entries, entry);
    }

  return g_steal_pointer (&entries);
}
