/* llwybr-test-util.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>

#include <sqlite3.h>

#include "llwybr-test-util.h"

/* Tests run in English unless they ask for Welsh, with the translations
 * the build just made, in isolated XDG directories. */
void
llwybr_test_init (int    *argc,
                  char ***argv)
{
  g_setenv ("LANGUAGE", "en_GB", TRUE);
  setlocale (LC_ALL, "en_GB.UTF-8");
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("LLWYBR_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_test_init (argc, argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
}

/**
 * llwybr_test_use_welsh:
 *
 * Returns: %FALSE if the cy_GB.UTF-8 locale is missing (the test should
 *   then fail: build-aux/dev generates it)
 */
gboolean
llwybr_test_use_welsh (gboolean welsh)
{
  g_setenv ("LANGUAGE", welsh ? "cy" : "en_GB", TRUE);
  if (setlocale (LC_ALL, welsh ? "cy_GB.UTF-8" : "en_GB.UTF-8") == NULL)
    return FALSE;

  /* gettext caches translations per language; touching the domain makes
   * it look again after LANGUAGE changed. */
  textdomain (GETTEXT_PACKAGE);
  return TRUE;
}

/* The SHA-256 of a file's bytes with its size and modification time, so a
 * test notices any change, even one that restores the same bytes. */
char *
llwybr_test_fingerprint (const char *path)
{
  g_autofree char *contents = NULL;
  g_autofree char *sha = NULL;
  gsize length = 0;
  GStatBuf st;

  if (g_lstat (path, &st) != 0)
    return g_strdup ("missing");

  if (g_file_test (path, G_FILE_TEST_IS_REGULAR) &&
      g_file_get_contents (path, &contents, &length, NULL))
    sha = g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *)contents, length);

  return g_strdup_printf ("%s %" G_GINT64_FORMAT " %" G_GINT64_FORMAT " %o",
                          sha ? sha : "-", (gint64)st.st_size, (gint64)st.st_mtime, st.st_mode);
}

char *
llwybr_test_tmp_path (const char *name)
{
  g_autofree char *dir = g_dir_make_tmp ("llwybr-test-XXXXXX", NULL);

  g_assert_nonnull (dir);
  return g_build_filename (dir, name, NULL);
}

LlwybrPortfolio *
llwybr_test_new_portfolio (void)
{
  g_autoptr(LlwybrFramework) framework = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = llwybr_test_tmp_path ("test.llwybr");
  LlwybrPortfolio *portfolio;

  framework = llwybr_framework_new_default (&error);
  g_assert_no_error (error);
  portfolio = llwybr_portfolio_create (path, framework, &error);
  g_assert_no_error (error);

  return portfolio;
}

char *
llwybr_test_write_sample (void)
{
  g_autoptr(GError) error = NULL;
  char *path = llwybr_test_tmp_path ("sample.llwybr");
  g_autoptr(GFile) file = g_file_new_for_path (path);

  llwybr_sample_write (file, NULL, &error);
  g_assert_no_error (error);

  return path;
}

/* Time passes for the portfolio at @path: its evidence and history become
 * a day older, so the next edit is not part of the editing that made them. */
void
llwybr_test_a_day_later (const char *path)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db,
                                 "UPDATE evidence SET created = strftime ('%Y-%m-%dT%H:%M:%fZ', created, '-1 day');"
                                 "UPDATE evidence_history SET replaced = strftime ('%Y-%m-%dT%H:%M:%fZ', replaced, '-1 day');",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
}
