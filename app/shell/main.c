/* main.c: the jobspor program
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "js-application.h"
#include "js-i18n.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(JsApplication) app = NULL;

  js_i18n_init ();
  gtk_disable_setlocale ();

  app = js_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
