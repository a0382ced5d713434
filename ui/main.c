/* main.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "llwybr-application.h"
#include "llwybr-cli.h"
#include "llwybr-language.h"

/* The language chosen in Preferences, applied before GTK starts: GTK
 * translates a widget once, when it is built. */
static void
apply_language_setting (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GSettings) settings = NULL;
  g_autofree char *code = NULL;

  if (source == NULL || !(schema = g_settings_schema_source_lookup (source, APP_ID, TRUE)))
    {
      setlocale (LC_ALL, "");
      return;
    }

  settings = g_settings_new_full (schema, NULL, NULL);
  code = g_settings_get_string (settings, "language");
  llwybr_language_apply (code);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(LlwybrApplication) app = NULL;

  apply_language_setting ();
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  /* Headless verbs never start GTK, so they need no display. */
  if (llwybr_cli_is_headless (argc, argv))
    return llwybr_cli_run (argc, argv);

  app = llwybr_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
