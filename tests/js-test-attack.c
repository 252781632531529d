/* js-test-attack.c: slow-loris connections and endless uploads, in threads
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "js-test-attack.h"


static const char drip[] = JS_TEST_SESSION_HEAD "X-Slow: ";

/* Sends byte @n of the drip on @conn; FALSE once the server ended it. */
static gboolean
loris_step (JsTestLoris      *loris,
            JsTestConn *conn,
            guint       n)
{
  char c = loris->head == NULL && n < strlen (drip) ? drip[n] : 'a';
  JsTestReply *reply;

  if (g_socket_condition_check (conn->socket, G_IO_IN | G_IO_HUP | G_IO_ERR) == 0 &&
      js_test_conn_send (conn, &c, 1, NULL))
    return TRUE;

  reply = js_test_conn_read_reply (conn, NULL);
  if (reply != NULL)
    g_ptr_array_add (loris->replies, reply);
  else
    loris->closed++;
  return FALSE;
}

static gpointer
loris_run (gpointer data)
{
  JsTestLoris *loris = data;
  g_autoptr(GPtrArray) conns = g_ptr_array_new_with_free_func (
    (GDestroyNotify) js_test_conn_free);
  gint64 deadline = g_get_monotonic_time () + loris->seconds * G_USEC_PER_SEC;

  for (guint i = 0; i < loris->n_connections; i++)
    {
      JsTestConn *conn = js_test_conn_open (loris->port, loris->source, NULL);

      if (conn != NULL && loris->head != NULL)
        js_test_conn_send (conn, loris->head, strlen (loris->head), NULL);
      if (conn != NULL)
        g_ptr_array_add (conns, conn);
    }
  g_atomic_int_set (&loris->ready, 1);

  for (guint n = 0; conns->len > 0 && !g_atomic_int_get (&loris->stop) &&
                    g_get_monotonic_time () < deadline; n++)
    {
      for (guint i = 0; i < conns->len;)
        {
          if (loris_step (loris, conns->pdata[i], n))
            i++;
          else
            g_ptr_array_remove_index_fast (conns, i);
        }
      g_usleep (loris->interval_ms * 1000);
    }
  loris->ignored = conns->len;
  return NULL;
}

/* Starts the loris and returns once its connections are open. */
GThread *
js_test_loris_start (JsTestLoris *loris)
{
  GThread *thread;

  loris->replies = g_ptr_array_new_with_free_func ((GDestroyNotify) js_test_reply_free);
  thread = g_thread_new ("loris", loris_run, loris);
  while (!g_atomic_int_get (&loris->ready))
    g_usleep (G_USEC_PER_SEC / 100);
  return thread;
}


static gpointer
upload_run (gpointer data)
{
  JsTestUpload *upload = data;

  while (!g_atomic_int_get (&upload->stop))
    {
      guint64 sent = 0;
      JsTestReply *reply = js_test_stream_chunked (upload->port, upload->source, "/v1/session",
                                                   JS_TEST_ENDLESS, &upload->stop, &sent);

      upload->sent += sent;
      upload->longest = MAX (upload->longest, sent);
      if (reply != NULL)
        g_ptr_array_add (upload->replies, reply);
      else
        g_usleep (G_USEC_PER_SEC / 100);
    }
  return NULL;
}

/* Starts the uploads in a thread; set upload->stop and join it to end. */
GThread *
js_test_upload_start (JsTestUpload *upload)
{
  return g_thread_new ("upload", upload_run, upload);
}
