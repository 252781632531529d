/* fuzz-http.c: libFuzzer target for the server's HTTP request reader
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The input is what a client sends on a connection: a head, then a
 * chunked body fed in pieces of the input's first byte. Any crash, leak,
 * hang or sanitizer report is a bug: every byte of it comes from strangers.
 */

#include "config.h"

#include <stdint.h>

#include "js-http-parse.h"

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

static const JsHttpLimits limits = {
  .max_line = 512,
  .max_head = 2048,
  .max_headers = 20,
  .max_body = 4096,
};

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(JsHttpRequest) request = NULL;
  g_autoptr(GByteArray) body = g_byte_array_new ();
  JsHttpChunks chunks;
  gsize head_length = 0;
  gsize piece;
  gsize at;

  if (size < 1)
    return 0;
  piece = data[0] % 64 + 1;
  data++;
  size--;

  if (js_http_head_parse ((const char *) data, size, &limits, &request, &head_length) !=
      JS_HTTP_HEAD_DONE)
    return 0;
  g_assert (head_length <= size);
  (void) js_http_request_header (request, "content-length");

  js_http_chunks_init (&chunks, limits.max_body);
  for (at = head_length; at < size;)
    {
      gsize used = 0;
      gsize length = MIN (piece, size - at);
      JsHttpChunksResult result = js_http_chunks_feed (&chunks, data + at, length, body, &used);

      g_assert (used <= length);
      g_assert (body->len <= limits.max_body);
      at += used;
      if (result != JS_HTTP_CHUNKS_MORE)
        break;
    }
  return 0;
}
