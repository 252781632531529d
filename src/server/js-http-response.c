/* js-http-response.c: the answers of the HTTP server, as bytes
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every answer, the handlers' and the connection's own refusals alike,
 * is JSON with the API's headers (spec 4: Content-Type, Cache-Control,
 * X-Jobspor-Api), so a client reads all of them the same way.
 */

#include "config.h"

#include "js-http-connection.h"
#include "js-protocol.h"

void
_js_http_response_init (JsHttpResponse *response)
{
  *response = (JsHttpResponse) { .status = 500, .headers = g_string_new (NULL) };
}

void
_js_http_response_clear (JsHttpResponse *response)
{
  g_string_free (response->headers, TRUE);
  g_clear_pointer (&response->body, g_free);
}

/**
 * js_http_response_set:
 * @json: (transfer full) (nullable): the body
 */
void
js_http_response_set (JsHttpResponse *response,
                      guint           status,
                      char           *json,
                      gsize           length)
{
  g_free (response->body);
  response->status = status;
  response->body = json;
  response->length = json != NULL ? length : 0;
}

void
js_http_response_set_error (JsHttpResponse *response,
                            guint           status,
                            const char     *code,
                            const char     *message)
{
  gsize length = 0;
  char *body = js_error_body_write (code, message, &length);

  js_http_response_set (response, status, body, length);
}

void
js_http_response_add_header (JsHttpResponse *response,
                             const char     *name,
                             const char     *value)
{
  g_string_append_printf (response->headers, "%s: %s\r\n", name, value);
}

static const char *
reason (guint status)
{
  static const struct {
    guint       status;
    const char *reason;
  } reasons[] = {
    { 200, "OK" },
    { 204, "No Content" },
    { 400, "Bad Request" },
    { 401, "Unauthorized" },
    { 404, "Not Found" },
    { 405, "Method Not Allowed" },
    { 408, "Request Timeout" },
    { 413, "Content Too Large" },
    { 414, "URI Too Long" },
    { 415, "Unsupported Media Type" },
    { 417, "Expectation Failed" },
    { 429, "Too Many Requests" },
    { 431, "Request Header Fields Too Large" },
    { 500, "Internal Server Error" },
    { 501, "Not Implemented" },
    { 503, "Service Unavailable" },
    { 505, "HTTP Version Not Supported" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (reasons); i++)
    if (reasons[i].status == status)
      return reasons[i].reason;
  return "Unknown";
}

/* RFC 9110's IMF-fixdate, in English whatever the locale. */
static void
append_date (GString *out)
{
  static const char * const days[] = { "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun" };
  static const char * const months[] = {
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
  };
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  g_string_append_printf (out, "Date: %s, %02d %s %04d %02d:%02d:%02d GMT\r\n",
                          days[g_date_time_get_day_of_week (now) - 1],
                          g_date_time_get_day_of_month (now),
                          months[g_date_time_get_month (now) - 1], g_date_time_get_year (now),
                          g_date_time_get_hour (now), g_date_time_get_minute (now),
                          g_date_time_get_second (now));
}

/**
 * _js_http_response_to_bytes:
 * @head: the answer to a HEAD request, which has no body
 * @request_id: (nullable): the request's id, for the X-Request-Id header
 *
 * Returns: (transfer full): the status line, headers and body
 */
GBytes *
_js_http_response_to_bytes (const JsHttpResponse *response,
                            gboolean              keep_alive,
                            gboolean              http10,
                            gboolean              head,
                            const char           *request_id)
{
  GString *out = g_string_sized_new (256 + response->length);

  g_string_append_printf (out, "HTTP/1.1 %u %s\r\n", response->status, reason (response->status));
  append_date (out);
  g_string_append (out, "Server: jobspor-server/" PACKAGE_VERSION "\r\n"
                        "Content-Type: application/json\r\n"
                        "Cache-Control: no-store\r\n"
                        "X-Jobspor-Api: 1\r\n");
  if (request_id != NULL)
    g_string_append_printf (out, "X-Request-Id: %s\r\n", request_id);
  g_string_append_len (out, response->headers->str, response->headers->len);
  if (response->status != 204)
    g_string_append_printf (out, "Content-Length: %" G_GSIZE_FORMAT "\r\n", response->length);
  if (!keep_alive)
    g_string_append (out, "Connection: close\r\n");
  else if (http10)
    g_string_append (out, "Connection: keep-alive\r\n");
  g_string_append (out, "\r\n");
  if (!head && response->status != 204 && response->body != NULL)
    g_string_append_len (out, response->body, response->length);

  return g_string_free_to_bytes (out);
}
