/* js-quote.c: someone's own words, quoted and kept in their own direction
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Words shown as someone wrote them (the jobcenter's, the citizen's own
 * note) are not translated, so they are marked as quoted. The marks are
 * the translators': »…« in Danish, «…» in Ukrainian and Arabic, where “…”
 * would read backwards right to left («» mirror, “” do not). Danish words
 * in an Arabic sentence keep their own direction (a Unicode isolate):
 * without it, "med." shows as ".med" and the marks stray.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "js-quote.h"

/**
 * js_isolate:
 * @words: words to put into a sentence of another language
 *
 * Returns: (transfer full): @words in a first-strong isolate (U+2068 …
 *   U+2069): laid out in their own direction, whatever the sentence's
 */
char *
js_isolate (const char *words)
{
  g_return_val_if_fail (words != NULL, NULL);

  return g_strconcat ("\u2068", words, "\u2069", NULL);
}

/**
 * js_quote:
 * @words: someone's own words
 *
 * Returns: (transfer full): @words in quotation marks
 */
char *
js_quote (const char *words)
{
  g_autofree char *isolated = NULL;

  g_return_val_if_fail (words != NULL, NULL);

  isolated = js_isolate (words);
  /* Translators: quotation marks around someone's own words; use your
   * language's (»%s« in Danish, «%s» in Ukrainian and Arabic) */
  return g_strdup_printf (_("“%s”"), isolated);
}

/**
 * js_from_jobcenter:
 * @words: the jobcenter's own words, not translated
 *
 * Returns: (transfer full): @words, quoted and marked as the jobcenter's
 */
char *
js_from_jobcenter (const char *words)
{
  g_autofree char *isolated = NULL;

  g_return_val_if_fail (words != NULL, NULL);

  isolated = js_isolate (words);
  /* Translators: %s is the jobcenter's own words, often in Danish; keep
   * your language's quotation marks around it */
  return g_strdup_printf (_("From the jobcenter: “%s”"), isolated);
}
