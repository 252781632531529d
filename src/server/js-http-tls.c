/* js-http-tls.c: TLS handshakes that no silent client can hold up
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * glib-networking does a handshake in a blocking thread, and the threads
 * of GTask's pool are few: a few dozen clients that connect and say
 * nothing would take them all, and every other HTTPS client would wait
 * for the header time-out. So a handshake starts only once the client's
 * whole first TLS record (its ClientHello) has arrived, which a client
 * that says nothing or drips never reaches; and it runs in a pool of our
 * own. That is not all: glib-networking runs each handshake in a thread
 * of GTask's pool all the same, so a client that sends its ClientHello and
 * then stalls holds one of those few threads until the header time-out.
 * Each source (client address) may therefore have only
 * HANDSHAKES_PER_SOURCE handshakes under way; its others wait their turn,
 * and one address cannot take the pool. The connection's header time-out
 * bounds every step: it cancels the handshake and shuts the socket down.
 */

#include "config.h"

#include <errno.h>
#include <sys/socket.h>

#include "js-http-connection.h"

#define RECORD_HEADER  5
#define MAX_RECORD     (16384 + 2048)
#define RECHECK_MS     50
#define HANDSHAKES_PER_SOURCE 2

typedef struct {
  char                *source;
  gboolean             counted;
  GSocket             *socket;
  GTlsConnection      *tls;
  GCancellable        *cancellable;
  JsHttpTlsReadyFunc   ready;
  gpointer             user_data;
  guint                source_id;
  gboolean             done;
} Handshake;

/* Source → handshakes under way; touched in the main context only. */
static GHashTable *under_way;

static guint
count_under_way (const char *source,
                 int         change)
{
  guint count;

  if (under_way == NULL)
    under_way = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  count = GPOINTER_TO_UINT (g_hash_table_lookup (under_way, source)) + change;
  if (count == 0)
    g_hash_table_remove (under_way, source);
  else if (change != 0)
    g_hash_table_insert (under_way, g_strdup (source), GUINT_TO_POINTER (count));
  return count;
}

static void
handshake_free (Handshake *handshake)
{
  if (handshake->counted)
    count_under_way (handshake->source, -1);
  g_free (handshake->source);
  g_clear_handle_id (&handshake->source_id, g_source_remove);
  g_clear_object (&handshake->socket);
  g_clear_object (&handshake->tls);
  g_clear_object (&handshake->cancellable);
  g_free (handshake);
}

static gboolean
finished_cb (gpointer user_data)
{
  Handshake *handshake = user_data;

  handshake->ready (handshake->done, handshake->user_data);
  handshake_free (handshake);
  return G_SOURCE_REMOVE;
}

static void
handshake_thread (gpointer data,
                  gpointer pool_data)
{
  Handshake *handshake = data;

  handshake->done = g_tls_connection_handshake (handshake->tls, handshake->cancellable, NULL);
  g_idle_add (finished_cb, handshake);
}

static void
start (Handshake *handshake)
{
  static GThreadPool *pool;

  if (g_once_init_enter (&pool))
    g_once_init_leave (&pool, g_thread_pool_new (handshake_thread, NULL, -1, FALSE, NULL));
  g_thread_pool_push (pool, handshake, NULL);
}

/* How much of the first record has come: -1 when the client hung up or
 * does not speak TLS, 1 when it is all there, 0 while it is coming. */
static int
first_record (Handshake *handshake)
{
  static guint8 peek[RECORD_HEADER + MAX_RECORD];
  int fd = g_socket_get_fd (handshake->socket);
  gssize got = recv (fd, peek, RECORD_HEADER, MSG_PEEK | MSG_DONTWAIT);
  gsize length;

  if (got == 0 || (got < 0 && errno != EAGAIN && errno != EINTR))
    return -1;
  if (got < RECORD_HEADER)
    return 0;
  length = RECORD_HEADER + ((gsize) peek[3] << 8 | peek[4]);
  if (peek[0] != 0x16 || length > sizeof peek)
    return -1;
  return recv (fd, peek, length, MSG_PEEK | MSG_DONTWAIT) == (gssize) length ? 1 : 0;
}

static gboolean wait_cb (GSocket      *socket,
                         GIOCondition  condition,
                         gpointer      user_data);

static gboolean
recheck_cb (gpointer user_data)
{
  Handshake *handshake = user_data;

  handshake->source_id = 0;
  wait_cb (handshake->socket, G_IO_IN, handshake);
  return G_SOURCE_REMOVE;
}

static void
wait_readable (Handshake *handshake)
{
  GSource *source = g_socket_create_source (handshake->socket, G_IO_IN, handshake->cancellable);

  g_source_set_callback (source, G_SOURCE_FUNC (wait_cb), handshake, NULL);
  handshake->source_id = g_source_attach (source, NULL);
  g_source_unref (source);
}

/* Called when bytes have come (or the wait was cancelled). Part of a
 * record is looked at again after a moment rather than at once, so a
 * client that drips does not keep the server busy. */
static gboolean
wait_cb (GSocket      *socket,
         GIOCondition  condition,
         gpointer      user_data)
{
  Handshake *handshake = user_data;
  int state = g_cancellable_is_cancelled (handshake->cancellable) ? -1
                                                                  : first_record (handshake);

  handshake->source_id = 0;
  if (state == 1 && count_under_way (handshake->source, 0) < HANDSHAKES_PER_SOURCE)
    {
      handshake->counted = TRUE;
      count_under_way (handshake->source, 1);
      start (handshake);
    }
  else if (state == 1)
    handshake->source_id = g_timeout_add (RECHECK_MS, recheck_cb, handshake);
  else if (state == 0)
    handshake->source_id = g_timeout_add (RECHECK_MS, recheck_cb, handshake);
  else
    {
      handshake->ready (FALSE, handshake->user_data);
      handshake_free (handshake);
    }
  return G_SOURCE_REMOVE;
}

/**
 * _js_http_tls_handshake:
 * @source: the client's address
 * @cancellable: cancelled when the connection is closed; @ready is
 *   then called with %FALSE
 * @ready: called in the main context once, when the handshake is over
 */
void
_js_http_tls_handshake (const char         *source,
                        GSocket            *socket,
                        GTlsConnection     *tls,
                        GCancellable       *cancellable,
                        JsHttpTlsReadyFunc  ready,
                        gpointer            user_data)
{
  Handshake *handshake = g_new0 (Handshake, 1);

  handshake->source = g_strdup (source);
  handshake->socket = g_object_ref (socket);
  handshake->tls = g_object_ref (tls);
  handshake->cancellable = g_object_ref (cancellable);
  handshake->ready = ready;
  handshake->user_data = user_data;
  wait_readable (handshake);
}
