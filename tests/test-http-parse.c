/* test-http-parse.c: the server's reading of request heads and chunked bodies
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Whatever a proxy in front of the server and the server itself could read
 * differently is refused, and nothing over a limit is kept.
 */

#include "config.h"

#include <string.h>

#include "js-http-parse.h"

static const JsHttpLimits limits = {
  .max_line = 256,
  .max_head = 1024,
  .max_headers = 8,
  .max_body = 100,
};

static JsHttpHeadResult
parse (const char     *text,
       JsHttpRequest **request,
       gsize          *head_length)
{
  return js_http_head_parse (text, strlen (text), &limits, request, head_length);
}

static JsHttpHeadResult
parse_only (const char *text)
{
  g_autoptr(JsHttpRequest) request = NULL;
  gsize head_length = 0;
  JsHttpHeadResult result = parse (text, &request, &head_length);

  g_assert_true ((result == JS_HTTP_HEAD_DONE) == (request != NULL));
  return result;
}

static void
test_head_read (void)
{
  const char *text = "\r\nPOST /v1/changes?since=5&limit=10 HTTP/1.1\r\n"
                     "Host: example\r\nContent-Type:application/json \r\n"
                     "X-Twice: a\r\nx-twice: b\r\nContent-Length: 3\r\n\r\nabcGET";
  g_autoptr(JsHttpRequest) request = NULL;
  gsize head_length = 0;

  g_assert_cmpint (parse (text, &request, &head_length), ==, JS_HTTP_HEAD_DONE);
  g_assert_cmpstr (request->method, ==, "POST");
  g_assert_cmpstr (request->path, ==, "/v1/changes");
  g_assert_cmpstr (request->query, ==, "since=5&limit=10");
  g_assert_cmpstr (js_http_request_header (request, "content-type"), ==, "application/json");
  g_assert_cmpstr (js_http_request_header (request, "x-twice"), ==, "a, b");
  g_assert_cmpint (request->content_length, ==, 3);
  g_assert_false (request->chunked);
  g_assert_true (request->keep_alive);
  /* The body and the next request are left where they are. */
  g_assert_cmpstr (text + head_length, ==, "abcGET");
}

/* Every prefix of a valid head asks for more; none is taken for a head. */
static void
test_head_incomplete (void)
{
  const char *text = "GET /v1/changes HTTP/1.1\r\nAuthorization: Bearer abc\r\n\r\n";
  gsize length = strlen (text);

  for (gsize i = 0; i < length; i++)
    {
      g_autoptr(JsHttpRequest) request = NULL;
      gsize head_length = 0;

      g_assert_cmpint (js_http_head_parse (text, i, &limits, &request, &head_length), ==,
                       JS_HTTP_HEAD_INCOMPLETE);
      g_assert_null (request);
    }
  g_assert_cmpint (parse_only (text), ==, JS_HTTP_HEAD_DONE);
}

static void
test_head_connection (void)
{
  g_autoptr(JsHttpRequest) old = NULL;
  g_autoptr(JsHttpRequest) old_kept = NULL;
  g_autoptr(JsHttpRequest) closing = NULL;
  gsize head_length = 0;

  g_assert_cmpint (parse ("GET / HTTP/1.0\r\n\r\n", &old, &head_length), ==, JS_HTTP_HEAD_DONE);
  g_assert_false (old->keep_alive);
  g_assert_true (old->http10);
  g_assert_cmpint (parse ("GET / HTTP/1.0\r\nConnection: Keep-Alive\r\n\r\n", &old_kept,
                          &head_length), ==, JS_HTTP_HEAD_DONE);
  g_assert_true (old_kept->keep_alive);
  g_assert_cmpint (parse ("GET / HTTP/1.1\r\nConnection: foo, close\r\n\r\n", &closing,
                          &head_length), ==, JS_HTTP_HEAD_DONE);
  g_assert_false (closing->keep_alive);
}

/* The request line and the head are measured as they come, before the
 * end of either has arrived. */
static void
test_head_limits (void)
{
  g_autofree char *long_line = g_strnfill (300, 'a');
  g_autofree char *long_path = g_strdup_printf ("GET /%s HTTP/1.1\r\n\r\n", long_line);
  g_autoptr(GString) big_head = g_string_new ("GET / HTTP/1.1\r\n");
  g_autoptr(GString) many = g_string_new ("GET / HTTP/1.1\r\n");

  g_assert_cmpint (parse_only (long_line), ==, JS_HTTP_HEAD_LINE_TOO_LONG);
  g_assert_cmpint (parse_only (long_path), ==, JS_HTTP_HEAD_LINE_TOO_LONG);

  for (guint i = 0; i < 6; i++)
    g_string_append_printf (big_head, "X-%u: %s\r\n", i, long_line + 100);
  g_assert_cmpint (parse_only (big_head->str), ==, JS_HTTP_HEAD_TOO_LARGE);

  for (guint i = 0; i < 9; i++)
    g_string_append_printf (many, "X-%u: 1\r\n", i);
  g_string_append (many, "\r\n");
  g_assert_cmpint (parse_only (many->str), ==, JS_HTTP_HEAD_TOO_LARGE);
}

static void
test_head_content_length (void)
{
  static const struct {
    const char       *headers;
    JsHttpHeadResult  result;
  } cases[] = {
    { "Content-Length: 5\r\n", JS_HTTP_HEAD_DONE },
    { "Content-Length:  5 \r\n", JS_HTTP_HEAD_DONE },
    { "Content-Length: -5\r\n", JS_HTTP_HEAD_BAD },
    { "Content-Length: +5\r\n", JS_HTTP_HEAD_BAD },
    { "Content-Length: 0x5\r\n", JS_HTTP_HEAD_BAD },
    { "Content-Length: \r\n", JS_HTTP_HEAD_BAD },
    { "Content-Length: 5, 6\r\n", JS_HTTP_HEAD_BAD },
    { "Content-Length: 5, 5\r\n", JS_HTTP_HEAD_BAD },
    { "Content-Length: 5\r\nContent-Length: 5\r\n", JS_HTTP_HEAD_BAD },
    { "Content-Length: 5\r\ncontent-length: 6\r\n", JS_HTTP_HEAD_BAD },
    { "Content-Length: 1234567890123456789\r\n", JS_HTTP_HEAD_BAD },
    { "Content-Length: 101\r\n", JS_HTTP_HEAD_BODY_TOO_LARGE },
    { "Content-Length: 268435456\r\n", JS_HTTP_HEAD_BODY_TOO_LARGE },
    { "Transfer-Encoding: chunked\r\n", JS_HTTP_HEAD_DONE },
    { "Transfer-Encoding: Chunked\r\n", JS_HTTP_HEAD_DONE },
    { "Transfer-Encoding: chunked\r\nContent-Length: 5\r\n", JS_HTTP_HEAD_BAD },
    { "Transfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\n", JS_HTTP_HEAD_BAD },
    { "Transfer-Encoding: gzip, chunked\r\n", JS_HTTP_HEAD_UNSUPPORTED },
    { "Expect: 100-continue\r\n", JS_HTTP_HEAD_DONE },
    { "Expect: 200-ok\r\n", JS_HTTP_HEAD_EXPECTATION },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = g_strdup_printf ("POST /v1/push HTTP/1.1\r\n%s\r\n",
                                               cases[i].headers);

      g_test_message ("%s", cases[i].headers);
      g_assert_cmpint (parse_only (text), ==, cases[i].result);
    }

  g_assert_cmpint (parse_only ("POST / HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n"), ==,
                   JS_HTTP_HEAD_BAD);
}

/* What request smuggling and confused parsers are made of. */
static void
test_head_malformed (void)
{
  static const struct {
    const char       *text;
    JsHttpHeadResult  result;
  } cases[] = {
    { "GET  / HTTP/1.1\r\n\r\n", JS_HTTP_HEAD_BAD },
    { "GET / HTTP/1.1 \r\n\r\n", JS_HTTP_HEAD_BAD },
    { "GET http://example/v1/push HTTP/1.1\r\n\r\n", JS_HTTP_HEAD_BAD },
    { "GET /v1/push#top HTTP/1.1\r\n\r\n", JS_HTTP_HEAD_BAD },
    { "GET / HTTP/2.0\r\n\r\n", JS_HTTP_HEAD_VERSION },
    { "GET / HTTP/1.1x\r\n\r\n", JS_HTTP_HEAD_BAD },
    { "GET / http/1.1\r\n\r\n", JS_HTTP_HEAD_BAD },
    { "G@T / HTTP/1.1\r\n\r\n", JS_HTTP_HEAD_BAD },
    { "GET / HTTP/1.1\r\nHost : x\r\n\r\n", JS_HTTP_HEAD_BAD },
    { "GET / HTTP/1.1\r\n: x\r\n\r\n", JS_HTTP_HEAD_BAD },
    { "GET / HTTP/1.1\r\nHost: x\r\n folded\r\n\r\n", JS_HTTP_HEAD_BAD },
    { "GET / HTTP/1.1\r\nHost: x\nX-Smuggled: 1\r\n\r\n", JS_HTTP_HEAD_BAD },
    { "GET / HTTP/1.1\r\nHost: x\rX-Smuggled: 1\r\n\r\n", JS_HTTP_HEAD_BAD },
    { "GET / HTTP/1.1\r\nHost: a\x01" "b\r\n\r\n", JS_HTTP_HEAD_BAD },
    { "GET / HTTP/1.1\r\nNo colon\r\n\r\n", JS_HTTP_HEAD_BAD },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_test_message ("%s", cases[i].text);
      g_assert_cmpint (parse_only (cases[i].text), ==, cases[i].result);
    }
}

static void
test_head_nul (void)
{
  static const char text[] = "GET / HTTP/1.1\r\nHost: a\0b\r\n\r\n";
  g_autoptr(JsHttpRequest) request = NULL;
  gsize head_length = 0;

  g_assert_cmpint (js_http_head_parse (text, sizeof text - 1, &limits, &request, &head_length),
                   ==, JS_HTTP_HEAD_BAD);
}

static JsHttpChunksResult
feed (const char *text,
      GByteArray *body,
      gsize      *used)
{
  JsHttpChunks chunks;

  js_http_chunks_init (&chunks, limits.max_body);
  return js_http_chunks_feed (&chunks, (const guint8 *) text, strlen (text), body, used);
}

static void
test_chunks_read (void)
{
  const char *text = "5\r\nhello\r\nA;name=value\r\n, chunked!\r\n0\r\nX-Trailer: 1\r\n\r\nGET";
  g_autoptr(GByteArray) whole = g_byte_array_new ();
  g_autoptr(GByteArray) bytewise = g_byte_array_new ();
  JsHttpChunks chunks;
  gsize used = 0;

  g_assert_cmpint (feed (text, whole, &used), ==, JS_HTTP_CHUNKS_DONE);
  g_assert_cmpmem (whole->data, whole->len, "hello, chunked!", 15);
  g_assert_cmpstr (text + used, ==, "GET");

  /* Byte by byte, as a slow network hands it over, it reads the same. */
  js_http_chunks_init (&chunks, limits.max_body);
  for (gsize i = 0; i < strlen (text) - 3; i++)
    {
      JsHttpChunksResult result = js_http_chunks_feed (&chunks, (const guint8 *) text + i, 1,
                                                       bytewise, &used);

      g_assert_cmpint (result, ==, i < strlen (text) - 4 ? JS_HTTP_CHUNKS_MORE
                                                         : JS_HTTP_CHUNKS_DONE);
      g_assert_cmpuint (used, ==, 1);
    }
  g_assert_cmpmem (bytewise->data, bytewise->len, whole->data, whole->len);
}

/* A chunk that would take the body over the limit is refused as soon as
 * its size is read, before any of its data is kept. */
static void
test_chunks_limit (void)
{
  g_autoptr(GByteArray) body = g_byte_array_new ();
  g_autofree char *sixty = g_strnfill (60, 'x');
  g_autofree char *two = g_strdup_printf ("3C\r\n%s\r\n3C\r\n", sixty);
  gsize used = 0;

  g_assert_cmpint (feed ("65\r\n", body, &used), ==, JS_HTTP_CHUNKS_TOO_LARGE);
  g_assert_cmpuint (body->len, ==, 0);
  g_assert_cmpint (feed ("FFFFFFFFFFFFFFFF\r\n", body, &used), ==, JS_HTTP_CHUNKS_TOO_LARGE);

  g_assert_cmpint (feed (two, body, &used), ==, JS_HTTP_CHUNKS_TOO_LARGE);
  g_assert_cmpuint (body->len, ==, 60);
}

static void
test_chunks_malformed (void)
{
  static const char * const cases[] = {
    "\r\n",
    "G\r\n",
    "-5\r\n",
    " 5\r\n",
    "5 \r\n",
    "5\n",
    "5\r\nhelloX\r\n",
    "5\r\nhello\r\r",
    "00000000000000001\r\n",
    "0\r\n: x\r\n\r\n",
    "0\r\nX-Trailer: 1\n\r\n",
    "0\r\n\rX",
    "1;\x01\r\n",
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GByteArray) body = g_byte_array_new ();
      gsize used = 0;

      g_test_message ("%s", cases[i]);
      g_assert_cmpint (feed (cases[i], body, &used), ==, JS_HTTP_CHUNKS_BAD);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/server/http-parse/head/read", test_head_read);
  g_test_add_func ("/server/http-parse/head/incomplete", test_head_incomplete);
  g_test_add_func ("/server/http-parse/head/connection", test_head_connection);
  g_test_add_func ("/server/http-parse/head/limits", test_head_limits);
  g_test_add_func ("/server/http-parse/head/content-length", test_head_content_length);
  g_test_add_func ("/server/http-parse/head/malformed", test_head_malformed);
  g_test_add_func ("/server/http-parse/head/nul", test_head_nul);
  g_test_add_func ("/server/http-parse/chunks/read", test_chunks_read);
  g_test_add_func ("/server/http-parse/chunks/limit", test_chunks_limit);
  g_test_add_func ("/server/http-parse/chunks/malformed", test_chunks_malformed);

  return g_test_run ();
}
