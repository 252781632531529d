/* js-test-http.c: a raw HTTP/1.1 client on TCP, to be hostile with
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>

#include "js-protocol.h"
#include "js-test-http.h"

/* The largest answer body read: no answer of the API comes near it. */
#define MAX_BODY (16 * 1024 * 1024)
/* The pieces an endless body is sent in. */
#define CHUNK (64 * 1024)

static GSocketAddress *
address (const char *ip,
         guint       port)
{
  g_autoptr(GInetAddress) inet = g_inet_address_new_from_string (ip);

  return g_inet_socket_address_new (inet, port);
}

/* A TCP socket that connects from @source, or from any address when NULL,
 * and gives up after JS_TEST_HTTP_TIMEOUT. */
static GSocket *
new_socket (const char  *source,
            GError     **error)
{
  g_autoptr(GSocket) socket = g_socket_new (G_SOCKET_FAMILY_IPV4, G_SOCKET_TYPE_STREAM,
                                            G_SOCKET_PROTOCOL_TCP, error);

  if (socket == NULL)
    return NULL;
  g_socket_set_timeout (socket, JS_TEST_HTTP_TIMEOUT);
  if (source != NULL)
    {
      g_autoptr(GSocketAddress) local = address (source, 0);

      if (!g_socket_bind (socket, local, FALSE, error))
        return NULL;
    }
  return g_steal_pointer (&socket);
}

/* A connection to 127.0.0.1:@port that is started and not waited for: it
 * may be accepted, refused or left in the queue, as the server decides. */
GSocket *
js_test_connect_pending (guint       port,
                         const char *source)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GSocketAddress) server = address ("127.0.0.1", port);
  g_autoptr(GSocket) socket = new_socket (source, &error);

  g_assert_no_error (error);
  g_socket_set_blocking (socket, FALSE);
  g_socket_connect (socket, server, NULL, NULL);
  return g_steal_pointer (&socket);
}

JsTestConn *
js_test_conn_open (guint        port,
                   const char  *source,
                   GError     **error)
{
  g_autoptr(GSocketAddress) server = address ("127.0.0.1", port);
  g_autoptr(GSocket) socket = new_socket (source, error);
  JsTestConn *conn;

  if (socket == NULL || !g_socket_connect (socket, server, NULL, error))
    return NULL;

  conn = g_new0 (JsTestConn, 1);
  conn->socket = g_steal_pointer (&socket);
  conn->in = g_string_new (NULL);
  return conn;
}

void
js_test_conn_free (JsTestConn *conn)
{
  g_object_unref (conn->socket);
  g_string_free (conn->in, TRUE);
  g_free (conn);
}

gboolean
js_test_conn_send (JsTestConn  *conn,
                   const char  *data,
                   gsize        length,
                   GError     **error)
{
  while (length > 0)
    {
      gssize sent = g_socket_send (conn->socket, data, length, NULL, error);

      if (sent < 0)
        return FALSE;
      data += sent;
      length -= sent;
    }
  return TRUE;
}

/* Adds what has come to conn->in; FALSE at the end of the stream (with
 * G_IO_ERROR_CONNECTION_CLOSED) or on an error. */
static gboolean
receive (JsTestConn  *conn,
         GError     **error)
{
  char buffer[16384];
  gssize got = g_socket_receive (conn->socket, buffer, sizeof buffer, NULL, error);

  if (got == 0)
    g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_CONNECTION_CLOSED,
                         "The server closed the connection");
  if (got <= 0)
    return FALSE;
  g_string_append_len (conn->in, buffer, got);
  return TRUE;
}

/* The status line and headers of @head, @length bytes up to and without
 * the empty line. */
static JsTestReply *
parse_head (const char  *head,
            gsize        length,
            GError     **error)
{
  g_autofree char *text = g_strndup (head, length);
  g_auto(GStrv) lines = g_strsplit (text, "\r\n", -1);
  g_autoptr(JsTestReply) reply = g_new0 (JsTestReply, 1);

  reply->headers = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  reply->status_line = g_strdup (lines[0]);
  if (sscanf (lines[0], "HTTP/1.%*[01] %3u", &reply->status) != 1 || reply->status < 100 ||
      reply->status > 599)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "Not a status line: %.80s",
                   lines[0]);
      return NULL;
    }

  for (guint i = 1; lines[i] != NULL; i++)
    {
      const char *colon = strchr (lines[i], ':');

      if (colon == NULL)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "Not a header: %.80s",
                       lines[i]);
          return NULL;
        }
      g_hash_table_replace (reply->headers, g_ascii_strdown (lines[i], colon - lines[i]),
                            g_strstrip (g_strdup (colon + 1)));
    }
  return g_steal_pointer (&reply);
}

/* The length of @reply's body, or -1 when it ends with the connection. */
static gboolean
body_length (JsTestReply  *reply,
             gssize       *length,
             GError      **error)
{
  const char *declared = js_test_reply_header (reply, "content-length");
  guint64 value = 0;

  *length = -1;
  if (reply->status < 200 || reply->status == 204 || reply->status == 304)
    value = 0;
  else if (js_test_reply_header (reply, "transfer-encoding") != NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                           "Transfer-Encoding in an answer");
      return FALSE;
    }
  else if (declared == NULL)
    return TRUE;
  else if (!g_ascii_string_to_unsigned (declared, 10, 0, MAX_BODY, &value, error))
    return FALSE;
  *length = value;
  return TRUE;
}

/* Reads the body of @reply into it: @length bytes, or all up to the end of
 * the stream when -1. */
static gboolean
read_body (JsTestConn   *conn,
           JsTestReply  *reply,
           gssize        length,
           GError      **error)
{
  while (length < 0 || conn->in->len < (gsize) length)
    {
      g_autoptr(GError) local = NULL;

      if (length < 0 && conn->in->len > MAX_BODY)
        break;
      if (!receive (conn, &local))
        {
          if (length < 0 && g_error_matches (local, G_IO_ERROR, G_IO_ERROR_CONNECTION_CLOSED))
            break;
          g_propagate_error (error, g_steal_pointer (&local));
          return FALSE;
        }
    }

  reply->length = length < 0 ? conn->in->len : (gsize) length;
  reply->body = g_strndup (conn->in->str, reply->length);
  g_string_erase (conn->in, 0, reply->length);
  if (reply->status >= 400)
    reply->code = js_error_body_parse (reply->body, reply->length);
  return TRUE;
}

/* The next answer on @conn, or NULL with G_IO_ERROR_TIMED_OUT when none
 * came in time, or another error when the connection ended first. */
JsTestReply *
js_test_conn_read_reply (JsTestConn  *conn,
                         GError     **error)
{
  g_autoptr(JsTestReply) reply = NULL;
  const char *end;
  gsize head_length;
  gssize length;

  while ((end = g_strstr_len (conn->in->str, conn->in->len, "\r\n\r\n")) == NULL)
    {
      if (!receive (conn, error))
        return NULL;
    }

  head_length = end - conn->in->str;
  reply = parse_head (conn->in->str, head_length, error);
  if (reply == NULL || !body_length (reply, &length, error))
    return NULL;
  g_string_erase (conn->in, 0, head_length + 4);
  if (!read_body (conn, reply, length, error))
    return NULL;
  return g_steal_pointer (&reply);
}

/* Sends a request as a client would write it, and reads the answer. */
JsTestReply *
js_test_conn_request (JsTestConn  *conn,
                      const char  *method,
                      const char  *path,
                      const char  *token,
                      const char  *body,
                      GError     **error)
{
  g_autoptr(GString) request = g_string_new (NULL);

  g_string_append_printf (request, "%s %s HTTP/1.1\r\nHost: 127.0.0.1\r\n", method, path);
  if (token != NULL)
    g_string_append_printf (request, "Authorization: Bearer %s\r\n", token);
  if (body != NULL)
    g_string_append_printf (request, "Content-Type: application/json\r\n"
                                     "Content-Length: %" G_GSIZE_FORMAT "\r\n", strlen (body));
  g_string_append (request, "\r\n");
  if (body != NULL)
    g_string_append (request, body);

  /* A server may answer and hang up before it has read all of a request
   * it refuses: the answer is what counts, not whether sending finished. */
  js_test_conn_send (conn, request->str, request->len, NULL);
  return js_test_conn_read_reply (conn, error);
}

/* @name in lower case. */
const char *
js_test_reply_header (JsTestReply *reply,
                      const char  *name)
{
  return g_hash_table_lookup (reply->headers, name);
}

void
js_test_reply_free (JsTestReply *reply)
{
  g_free (reply->status_line);
  g_clear_pointer (&reply->headers, g_hash_table_unref);
  g_free (reply->body);
  g_free (reply->code);
  g_free (reply);
}

/* POSTs a chunked body of up to @total bytes to @path from @source, and
 * stops as soon as the server answers or hangs up; returns the answer, or
 * NULL when none came or *@stop was set. */
JsTestReply *
js_test_stream_chunked (guint       port,
                        const char *source,
                        const char *path,
                        guint64     total,
                        const gint *stop,
                        guint64    *sent)
{
  g_autofree char *head = g_strdup_printf ("POST %s HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                           "Content-Type: application/json\r\n"
                                           "Transfer-Encoding: chunked\r\n\r\n", path);
  g_autofree char *spaces = g_strnfill (CHUNK, ' ');
  g_autofree char *chunk = g_strdup_printf ("%x\r\n%s\r\n", CHUNK, spaces);
  g_autoptr(JsTestConn) conn = js_test_conn_open (port, source, NULL);
  gboolean open = conn != NULL && js_test_conn_send (conn, head, strlen (head), NULL);

  *sent = 0;
  while (open && *sent < total)
    {
      if (stop != NULL && g_atomic_int_get (stop))
        return NULL;
      if (g_socket_condition_check (conn->socket, G_IO_IN | G_IO_HUP | G_IO_ERR) != 0)
        break;
      /* An error here (EPIPE, ECONNRESET) only means the server stopped
       * reading: its answer is still to be read. */
      open = js_test_conn_send (conn, chunk, strlen (chunk), NULL);
      *sent += open ? CHUNK : 0;
    }
  if (open)
    js_test_conn_send (conn, "0\r\n\r\n", 5, NULL);
  return conn != NULL ? js_test_conn_read_reply (conn, NULL) : NULL;
}

/* An error answer as every one of the server's answers must be. */
void
js_test_assert_error (JsTestReply *reply,
                      guint        status,
                      const char  *code)
{
  const char *type;
  g_autofree char *media = NULL;

  g_assert_nonnull (reply);
  g_assert_cmpuint (reply->status, ==, status);
  type = js_test_reply_header (reply, "content-type");
  g_assert_nonnull (type);
  media = g_strstrip (g_strndup (type, strcspn (type, ";")));
  g_assert_cmpstr (media, ==, "application/json");
  g_assert_cmpstr (js_test_reply_header (reply, "x-jobspor-api"), ==, "1");
  g_assert_cmpstr (reply->code, ==, code);
  if (status == 503)
    g_assert_cmpstr (js_test_reply_header (reply, "retry-after"), ==, "30");
}

/* The server ended @conn without sending anything more, before the
 * client's time-out. */
void
js_test_assert_closed (JsTestConn *conn)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsTestReply) reply = js_test_conn_read_reply (conn, &error);

  g_assert_null (reply);
  g_assert_false (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_TIMED_OUT));
  g_assert_cmpuint (conn->in->len, ==, 0);
}

/* The server cut @conn short in time: 408 and closed, or just closed. */
void
js_test_assert_timed_out (JsTestConn *conn)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsTestReply) reply = js_test_conn_read_reply (conn, &error);

  if (reply != NULL)
    {
      js_test_assert_error (reply, 408, "request-timeout");
      js_test_assert_closed (conn);
      return;
    }
  g_assert_false (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_TIMED_OUT));
  g_assert_cmpuint (conn->in->len, ==, 0);
}

/* A push of one new job-log entry, as the client sends it. */
char *
js_test_push_body (void)
{
  g_autofree char *op = g_uuid_string_random ();
  g_autofree char *id = g_uuid_string_random ();

  return g_strdup_printf (
    "{\"operations\":[{\"op\":\"%s\",\"entity\":\"joblog-entry\",\"id\":\"%s\","
    "\"base_revision\":0,\"action\":\"put\",\"record\":{\"id\":\"%s\","
    "\"kind\":\"advertised\",\"status\":\"applied\",\"date\":\"2026-11-20\",\"deadline\":null,"
    "\"title\":\"Lagerarbejder\",\"employer\":\"Coop\",\"location\":\"\",\"source\":\"Jobnet\","
    "\"contact\":\"\",\"link\":\"\",\"notes\":\"\"}}]}",
    op, id, id);
}
