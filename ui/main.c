/* main.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "llwybr-application.h"
#include "llwybr-cli.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(LlwybrApplication) app = NULL;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  /* Headless verbs never start GTK, so they need no display. */
  if (llwybr_cli_is_headless (argc, argv))
    return llwybr_cli_run (argc, argv);

  app = llwybr_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
