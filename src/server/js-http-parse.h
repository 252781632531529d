/* js-http-parse.h: HTTP/1.1 request heads and chunked bodies, read strictly
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Pure functions over bytes, no I/O, so every rule is unit-tested and
 * fuzzed. Anything a proxy and this server could read differently
 * (negative, repeated or listed Content-Length, Content-Length with
 * Transfer-Encoding, folded or spaced header names) is refused.
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct {
  guint max_line;     /* the request line, in bytes */
  guint max_head;     /* request line and headers together */
  guint max_headers;  /* header fields */
  gsize max_body;     /* a body, however it is framed */
} JsHttpLimits;

#define JS_HTTP_DEFAULT_MAX_LINE    8192
#define JS_HTTP_DEFAULT_MAX_HEAD    16384
#define JS_HTTP_DEFAULT_MAX_HEADERS 100

typedef struct {
  char       *method;
  char       *path;            /* as sent, not decoded */
  char       *query;           /* as sent, or NULL */
  GHashTable *headers;         /* lower-case name → value (repeats joined by ", ") */
  gint64      content_length;  /* -1 when none */
  gboolean    chunked;
  gboolean    expect_continue;
  gboolean    keep_alive;
  gboolean    http10;          /* HTTP/1.0 rather than 1.1 */
} JsHttpRequest;

/* What js_http_head_parse() found. */
typedef enum {
  JS_HTTP_HEAD_INCOMPLETE,     /* read more */
  JS_HTTP_HEAD_DONE,           /* *request and *head_length are set */
  JS_HTTP_HEAD_BAD,            /* 400 */
  JS_HTTP_HEAD_LINE_TOO_LONG,  /* 414 */
  JS_HTTP_HEAD_TOO_LARGE,      /* 431 */
  JS_HTTP_HEAD_BODY_TOO_LARGE, /* 413: declared over max_body */
  JS_HTTP_HEAD_UNSUPPORTED,    /* 501: a transfer coding other than chunked */
  JS_HTTP_HEAD_EXPECTATION,    /* 417: an Expect other than 100-continue */
  JS_HTTP_HEAD_VERSION,        /* 505 */
} JsHttpHeadResult;

JsHttpHeadResult js_http_head_parse     (const char          *data,
                                         gsize                length,
                                         const JsHttpLimits  *limits,
                                         JsHttpRequest      **request,
                                         gsize               *head_length);
const char      *js_http_request_header (const JsHttpRequest *request,
                                         const char          *name);
void             js_http_request_free   (JsHttpRequest       *request);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (JsHttpRequest, js_http_request_free)

/* A chunked body, fed as it arrives. */
typedef enum {
  JS_HTTP_CHUNKS_MORE,      /* all input used; feed more */
  JS_HTTP_CHUNKS_DONE,      /* the body ended; *used tells where */
  JS_HTTP_CHUNKS_BAD,       /* 400 */
  JS_HTTP_CHUNKS_TOO_LARGE, /* 413: the body would pass max_body */
} JsHttpChunksResult;

typedef struct {
  guint  state;
  guint64 left;      /* bytes of the current chunk still to come */
  gsize  line;       /* bytes in the current size or trailer line */
  gsize  trailers;   /* bytes of trailer section */
  gsize  max_body;
} JsHttpChunks;

void               js_http_chunks_init (JsHttpChunks *chunks,
                                        gsize         max_body);
JsHttpChunksResult js_http_chunks_feed (JsHttpChunks *chunks,
                                        const guint8 *data,
                                        gsize         length,
                                        GByteArray   *body,
                                        gsize        *used);

G_END_DECLS
