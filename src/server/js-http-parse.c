/* js-http-parse.c: HTTP/1.1 request heads and chunked bodies, read strictly
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * RFC 9112, read the strict way wherever the RFC lets a server choose:
 * lines end in CRLF, no obs-fold, no whitespace before a header's colon,
 * exactly one Content-Length of plain digits, never together with
 * Transfer-Encoding, and only the chunked coding.
 */

#include "config.h"

#include <string.h>

#include "js-http-parse.h"

#define MAX_LENGTH_DIGITS 18
#define MAX_CHUNK_LINE    1024
#define MAX_TRAILERS      4096

void
js_http_request_free (JsHttpRequest *request)
{
  if (request == NULL)
    return;
  g_free (request->method);
  g_free (request->path);
  g_free (request->query);
  g_clear_pointer (&request->headers, g_hash_table_unref);
  g_free (request);
}

/**
 * js_http_request_header:
 * @name: a header name in lower case
 *
 * Returns: (nullable): the header's value; repeated fields are joined with ", "
 */
const char *
js_http_request_header (const JsHttpRequest *request,
                        const char          *name)
{
  return g_hash_table_lookup (request->headers, name);
}

static gboolean
is_tchar (char c)
{
  return c != '\0' && (g_ascii_isalnum (c) || strchr ("!#$%&'*+-.^_`|~", c) != NULL);
}

/* Field values: visible ASCII, space, tab and bytes from 0x80 up. */
static gboolean
is_value_char (char c)
{
  return c == '\t' || ((guchar) c >= 0x20 && c != 0x7f);
}

static gsize
find_head_end (const char *data,
               gsize       length,
               gsize       from)
{
  for (gsize i = from; i + 3 < length; i++)
    if (data[i] == '\r' && data[i + 1] == '\n' && data[i + 2] == '\r' && data[i + 3] == '\n')
      return i;
  return G_MAXSIZE;
}

static JsHttpHeadResult
parse_request_line (JsHttpRequest *request,
                    const char    *line,
                    gsize          length,
                    gboolean      *http10)
{
  const char *end = line + length;
  const char *p = line;
  const char *target;
  const char *question;
  gsize version_length;

  while (p < end && is_tchar (*p))
    p++;
  if (p == line || p == end || *p != ' ')
    return JS_HTTP_HEAD_BAD;
  request->method = g_strndup (line, p - line);

  target = ++p;
  while (p < end && (guchar) *p > 0x20 && (guchar) *p < 0x7f && *p != '#')
    p++;
  if (p == target || p == end || *p != ' ' || *target != '/')
    return JS_HTTP_HEAD_BAD;
  question = memchr (target, '?', p - target);
  request->path = g_strndup (target, (question != NULL ? question : p) - target);
  if (question != NULL)
    request->query = g_strndup (question + 1, p - question - 1);

  p++;
  version_length = end - p;
  if (version_length == 8 && memcmp (p, "HTTP/1.1", 8) == 0)
    *http10 = FALSE;
  else if (version_length == 8 && memcmp (p, "HTTP/1.0", 8) == 0)
    *http10 = TRUE;
  else if (version_length == 8 && memcmp (p, "HTTP/", 5) == 0 && g_ascii_isdigit (p[5]) &&
           p[6] == '.' && g_ascii_isdigit (p[7]))
    return JS_HTTP_HEAD_VERSION;
  else
    return JS_HTTP_HEAD_BAD;
  return JS_HTTP_HEAD_DONE;
}

/* One "name: value" line; repeats of a name are joined, and a repeated
 * Content-Length or Transfer-Encoding is refused outright. */
static JsHttpHeadResult
parse_header (JsHttpRequest *request,
              const char    *line,
              gsize          length)
{
  const char *end = line + length;
  const char *p = line;
  const char *value;
  const char *value_end;
  g_autofree char *name = NULL;
  const char *old;

  while (p < end && is_tchar (*p))
    p++;
  if (p == line || p == end || *p != ':')
    return JS_HTTP_HEAD_BAD;
  name = g_ascii_strdown (line, p - line);

  value = p + 1;
  while (value < end && (*value == ' ' || *value == '\t'))
    value++;
  value_end = end;
  while (value_end > value && (value_end[-1] == ' ' || value_end[-1] == '\t'))
    value_end--;
  for (p = value; p < value_end; p++)
    if (!is_value_char (*p))
      return JS_HTTP_HEAD_BAD;

  old = g_hash_table_lookup (request->headers, name);
  if (old != NULL)
    {
      if (g_str_equal (name, "content-length") || g_str_equal (name, "transfer-encoding"))
        return JS_HTTP_HEAD_BAD;
      g_hash_table_insert (request->headers, g_strdup (name),
                           g_strdup_printf ("%s, %.*s", old, (int) (value_end - value), value));
    }
  else
    g_hash_table_insert (request->headers, g_steal_pointer (&name),
                         g_strndup (value, value_end - value));
  return JS_HTTP_HEAD_DONE;
}

static gboolean
has_token (const char *list,
           const char *token)
{
  g_auto(GStrv) parts = g_strsplit (list, ",", -1);

  for (guint i = 0; parts[i] != NULL; i++)
    if (g_ascii_strcasecmp (g_strstrip (parts[i]), token) == 0)
      return TRUE;
  return FALSE;
}

/* What the headers say about the body and the connection. */
static JsHttpHeadResult
read_framing (JsHttpRequest      *request,
              const JsHttpLimits *limits,
              gboolean            http10)
{
  const char *length = js_http_request_header (request, "content-length");
  const char *coding = js_http_request_header (request, "transfer-encoding");
  const char *expect = js_http_request_header (request, "expect");
  const char *connection = js_http_request_header (request, "connection");
  guint64 value = 0;

  request->content_length = -1;
  if (length != NULL)
    {
      gsize digits = strlen (length);

      if (digits == 0 || digits > MAX_LENGTH_DIGITS || strspn (length, "0123456789") != digits ||
          coding != NULL)
        return JS_HTTP_HEAD_BAD;
      value = g_ascii_strtoull (length, NULL, 10);
      if (value > limits->max_body)
        return JS_HTTP_HEAD_BODY_TOO_LARGE;
      request->content_length = value;
    }
  if (coding != NULL)
    {
      if (http10)
        return JS_HTTP_HEAD_BAD;
      if (g_ascii_strcasecmp (coding, "chunked") != 0)
        return JS_HTTP_HEAD_UNSUPPORTED;
      request->chunked = TRUE;
    }
  if (expect != NULL)
    {
      if (g_ascii_strcasecmp (expect, "100-continue") != 0)
        return JS_HTTP_HEAD_EXPECTATION;
      request->expect_continue = !http10;
    }

  request->http10 = http10;
  if (http10)
    request->keep_alive = connection != NULL && has_token (connection, "keep-alive");
  else
    request->keep_alive = connection == NULL || !has_token (connection, "close");
  return JS_HTTP_HEAD_DONE;
}

static JsHttpHeadResult
parse_head (JsHttpRequest      *request,
            const char         *data,
            gsize               end,
            const JsHttpLimits *limits)
{
  const char *line = data;
  const char *line_end = memchr (data, '\n', end + 2);
  gboolean http10 = FALSE;
  JsHttpHeadResult result;
  guint n_headers = 0;

  /* Every line ends in CRLF: a CR or LF on its own is refused. */
  for (gsize i = 0; i < end + 2; i++)
    if ((data[i] == '\r' && data[i + 1] != '\n') ||
        (data[i] == '\n' && (i == 0 || data[i - 1] != '\r')))
      return JS_HTTP_HEAD_BAD;

  result = parse_request_line (request, line, line_end - 1 - line, &http10);
  if (result != JS_HTTP_HEAD_DONE)
    return result;

  while (line_end < data + end)
    {
      line = line_end + 1;
      line_end = memchr (line, '\n', data + end + 2 - line);
      if (++n_headers > limits->max_headers)
        return JS_HTTP_HEAD_TOO_LARGE;
      result = parse_header (request, line, line_end - 1 - line);
      if (result != JS_HTTP_HEAD_DONE)
        return result;
    }

  return read_framing (request, limits, http10);
}

/**
 * js_http_head_parse:
 * @data: the bytes read so far on a connection
 * @limits: the sizes allowed
 * @request: (out): the request, when the head is complete and valid
 * @head_length: (out): how many bytes of @data the head took
 *
 * Reads one request head. While the head is incomplete, it tells whether
 * what has come so far is already too long, so a client cannot make the
 * server hold more than the limits.
 */
JsHttpHeadResult
js_http_head_parse (const char          *data,
                    gsize                length,
                    const JsHttpLimits  *limits,
                    JsHttpRequest      **request,
                    gsize               *head_length)
{
  g_autoptr(JsHttpRequest) parsed = NULL;
  const char *line_end;
  gsize start = 0;
  gsize end;
  JsHttpHeadResult result;

  *request = NULL;
  *head_length = 0;

  /* Empty lines before a request are allowed (RFC 9112, 2.2). */
  while (start + 1 < length && data[start] == '\r' && data[start + 1] == '\n' &&
         start < limits->max_line)
    start += 2;

  line_end = memchr (data + start, '\n', length - start);
  if ((line_end == NULL ? length - start : (gsize) (line_end - data) - start) > limits->max_line)
    return JS_HTTP_HEAD_LINE_TOO_LONG;

  end = find_head_end (data, length, start);
  if (end == G_MAXSIZE)
    return length > limits->max_head ? JS_HTTP_HEAD_TOO_LARGE : JS_HTTP_HEAD_INCOMPLETE;
  if (end + 4 > limits->max_head)
    return JS_HTTP_HEAD_TOO_LARGE;

  parsed = g_new0 (JsHttpRequest, 1);
  parsed->headers = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  result = parse_head (parsed, data + start, end - start, limits);
  if (result != JS_HTTP_HEAD_DONE)
    return result;

  *request = g_steal_pointer (&parsed);
  *head_length = end + 4;
  return JS_HTTP_HEAD_DONE;
}

enum {
  CHUNK_SIZE,
  CHUNK_EXTENSION,
  CHUNK_SIZE_LF,
  CHUNK_DATA,
  CHUNK_DATA_CR,
  CHUNK_DATA_LF,
  TRAILER_START,
  TRAILER,
  TRAILER_LF,
  END_LF,
};

void
js_http_chunks_init (JsHttpChunks *chunks,
                     gsize         max_body)
{
  *chunks = (JsHttpChunks) { .state = CHUNK_SIZE, .max_body = max_body };
}

/* A chunk's size is checked as its digits come, so a body over the limit
 * is refused before any of its data is kept. */
static JsHttpChunksResult
feed_size (JsHttpChunks *chunks,
           char          c,
           gsize         kept)
{
  int digit = g_ascii_xdigit_value (c);

  if (digit >= 0)
    {
      if (++chunks->line > 16)
        return JS_HTTP_CHUNKS_BAD;
      chunks->left = chunks->left * 16 + digit;
      if (chunks->left > chunks->max_body - kept)
        return JS_HTTP_CHUNKS_TOO_LARGE;
      return JS_HTTP_CHUNKS_MORE;
    }
  if (chunks->line == 0 || (c != ';' && c != '\r'))
    return JS_HTTP_CHUNKS_BAD;
  chunks->state = c == ';' ? CHUNK_EXTENSION : CHUNK_SIZE_LF;
  return JS_HTTP_CHUNKS_MORE;
}

static JsHttpChunksResult
feed_byte (JsHttpChunks *chunks,
           char          c,
           gsize         kept)
{
  switch (chunks->state)
    {
    case CHUNK_SIZE:
      return feed_size (chunks, c, kept);
    case CHUNK_EXTENSION:
      if (++chunks->line > MAX_CHUNK_LINE || (c != '\r' && !is_value_char (c)))
        return JS_HTTP_CHUNKS_BAD;
      if (c == '\r')
        chunks->state = CHUNK_SIZE_LF;
      return JS_HTTP_CHUNKS_MORE;
    case CHUNK_SIZE_LF:
      if (c != '\n')
        return JS_HTTP_CHUNKS_BAD;
      chunks->line = 0;
      chunks->state = chunks->left > 0 ? CHUNK_DATA : TRAILER_START;
      return JS_HTTP_CHUNKS_MORE;
    case CHUNK_DATA_CR:
      chunks->state = CHUNK_DATA_LF;
      return c == '\r' ? JS_HTTP_CHUNKS_MORE : JS_HTTP_CHUNKS_BAD;
    case CHUNK_DATA_LF:
      chunks->state = CHUNK_SIZE;
      return c == '\n' ? JS_HTTP_CHUNKS_MORE : JS_HTTP_CHUNKS_BAD;
    case TRAILER_START:
      chunks->state = c == '\r' ? END_LF : TRAILER;
      if (c != '\r' && !is_tchar (c))
        return JS_HTTP_CHUNKS_BAD;
      return JS_HTTP_CHUNKS_MORE;
    case TRAILER:
      if (++chunks->trailers > MAX_TRAILERS || (c != '\r' && !is_value_char (c)))
        return JS_HTTP_CHUNKS_BAD;
      if (c == '\r')
        chunks->state = TRAILER_LF;
      return JS_HTTP_CHUNKS_MORE;
    case TRAILER_LF:
      chunks->state = TRAILER_START;
      return c == '\n' ? JS_HTTP_CHUNKS_MORE : JS_HTTP_CHUNKS_BAD;
    case END_LF:
      return c == '\n' ? JS_HTTP_CHUNKS_DONE : JS_HTTP_CHUNKS_BAD;
    default:
      g_assert_not_reached ();
    }
}

/**
 * js_http_chunks_feed:
 * @data: bytes read from the connection
 * @body: the body so far; chunk data is appended
 * @used: (out): how many bytes of @data belong to the body (the rest is
 *   the next request)
 */
JsHttpChunksResult
js_http_chunks_feed (JsHttpChunks *chunks,
                     const guint8 *data,
                     gsize         length,
                     GByteArray   *body,
                     gsize        *used)
{
  gsize i = 0;

  while (i < length)
    {
      JsHttpChunksResult result;

      if (chunks->state == CHUNK_DATA)
        {
          gsize n = MIN (chunks->left, length - i);

          g_byte_array_append (body, data + i, n);
          chunks->left -= n;
          i += n;
          if (chunks->left == 0)
            chunks->state = CHUNK_DATA_CR;
          continue;
        }

      result = feed_byte (chunks, data[i++], body->len);
      if (result != JS_HTTP_CHUNKS_MORE)
        {
          *used = i;
          return result;
        }
    }

  *used = length;
  return JS_HTTP_CHUNKS_MORE;
}
