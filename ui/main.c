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

/* build-aux/dev bench times the first frame of the window against a bare
 * AdwApplicationWindow (tests/bench-bare-window.c, which does the same),
 * on the clock the harness read when it started the process. */
static void
first_frame_cb (GdkFrameClock *clock)
{
  g_signal_handlers_disconnect_by_func (clock, first_frame_cb, NULL);
  g_print ("first-frame %" G_GINT64_FORMAT "\n", g_get_monotonic_time ());
}

static void
window_realize_cb (GtkWidget *window)
{
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint", G_CALLBACK (first_frame_cb), NULL);
}

static void
window_added_cb (GtkApplication *app,
                 GtkWindow      *window)
{
  g_signal_handlers_disconnect_by_func (app, window_added_cb, NULL);
  g_signal_connect (window, "realize", G_CALLBACK (window_realize_cb), NULL);
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
  if (g_getenv ("LLWYBR_BENCH_FIRST_FRAME"))
    g_signal_connect (app, "window-added", G_CALLBACK (window_added_cb), NULL);
  return g_application_run (G_APPLICATION (app), argc, argv);
}
