/* test-language.c: choosing the language of messages, dates and sorting
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "llwybr-test-util.h"

static void
test_apply (void)
{
  g_autoptr(GDateTime) day = g_date_time_new_local (2026, 11, 22, 12, 0, 0);
  g_autofree char *welsh_date = NULL;
  g_autofree char *english_date = NULL;

  g_setenv ("LANGUAGE", "en_GB", TRUE);

  g_assert_true (llwybr_language_apply ("cy"));
  g_assert_cmpstr (_("No evidence yet"), ==, "Dim tystiolaeth eto");
  g_assert_cmpint (llwybr_language_default (), ==, LLWYBR_LANGUAGE_CY);
  /* Dates the Welsh way, from the Welsh month names. */
  welsh_date = g_date_time_format (day, _("%-d %B %Y"));
  g_assert_cmpstr (welsh_date, ==, "22 Tachwedd 2026");
  /* In the Welsh alphabet ll is a letter after l. */
  g_assert_cmpint (g_utf8_collate ("llyfr", "lwc"), >, 0);

  g_assert_true (llwybr_language_apply ("en"));
  g_assert_cmpstr (_("No evidence yet"), ==, "No evidence yet");
  english_date = g_date_time_format (day, _("%-d %B %Y"));
  g_assert_cmpstr (english_date, ==, "22 November 2026");
  g_assert_cmpint (g_utf8_collate ("llyfr", "lwc"), <, 0);

  /* Following the desktop again gives back the desktop's own LANGUAGE. */
  g_assert_true (llwybr_language_apply (""));
  g_assert_cmpstr (g_getenv ("LANGUAGE"), ==, "en_GB");
}

int
main (int   argc,
      char *argv[])
{
  llwybr_test_init (&argc, &argv);

  g_test_add_func ("/language/apply", test_apply);

  return g_test_run ();
}
