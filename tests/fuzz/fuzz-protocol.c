/* fuzz-protocol.c: libFuzzer target for every parser of the sync protocol
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The first byte picks the parser, the rest is the message. Any crash,
 * leak, hang or sanitizer report is a bug: these parsers read what comes
 * from the network.
 */

#include "config.h"

#include <stdint.h>

#include "js-protocol.h"

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

static GPtrArray *
sent_operations (void)
{
  GPtrArray *ops = g_ptr_array_new_with_free_func ((GDestroyNotify) js_push_op_free);

  g_ptr_array_add (ops, js_push_op_new ("6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f", "joblog-entry",
                                        "0a1b2c3d-4e5f-4a6b-9c7d-8e9f0a1b2c3d", 1, NULL));
  return ops;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  const char *text = (const char *) data + 1;
  gsize length;

  if (size < 1)
    return 0;
  length = size - 1;

  switch (data[0] % 6)
    {
    case 0:
      js_sign_in_free (js_sign_in_parse (text, length, NULL));
      break;
    case 1:
      js_session_free (js_session_parse (text, length, NULL));
      break;
    case 2:
      {
        GPtrArray *ops = js_push_request_parse (text, length, NULL);

        for (guint i = 0; ops != NULL && i < ops->len; i++)
          {
            JsPushOp *op = g_ptr_array_index (ops, i);

            if (op->record != NULL)
              js_protocol_check_record (op->entity, op->record_id, op->record, NULL);
          }
        g_clear_pointer (&ops, g_ptr_array_unref);
      }
      break;
    case 3:
      {
        GPtrArray *ops = sent_operations ();
        GPtrArray *results = js_push_reply_parse (text, length, ops, NULL);

        g_clear_pointer (&results, g_ptr_array_unref);
        g_ptr_array_unref (ops);
      }
      break;
    case 4:
      js_changes_page_free (js_changes_page_parse (text, length, NULL));
      break;
    default:
      g_free (js_error_body_parse (text, length));
      break;
    }

  return 0;
}
