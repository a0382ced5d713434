/* test-library.c: the local library, import and new portfolios
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "llwybr-test-util.h"

static LlwybrLibrary *
new_library (void)
{
  g_autofree char *dir = llwybr_test_tmp_path ("library");

  return llwybr_library_new (dir);
}

static guint
count_files (const char *directory)
{
  g_autoptr(GDir) dir = g_dir_open (directory, 0, NULL);
  guint n = 0;

  while (dir && g_dir_read_name (dir))
    n++;

  return n;
}

static void
test_import (void)
{
  g_autoptr(LlwybrLibrary) library = new_library ();
  g_autofree char *sample = llwybr_test_write_sample ();
  g_autoptr(GFile) source = g_file_new_for_path (sample);
  g_autofree char *before = llwybr_test_fingerprint (sample);
  g_autofree char *after = NULL;
  g_autofree char *path = NULL;
  g_autofree char *dir = NULL;
  g_autoptr(LlwybrPortfolio) portfolio = NULL;
  g_autoptr(LlwybrLibraryItem) item = NULL;
  g_autoptr(GError) error = NULL;

  path = llwybr_library_import (library, source, NULL, NULL, &error);
  g_assert_no_error (error);

  dir = g_path_get_dirname (path);
  g_assert_cmpstr (dir, ==, llwybr_library_get_directory (library));
  g_assert_true (g_str_has_suffix (path, LLWYBR_SAMPLE_UUID ".llwybr"));
  g_assert_cmpuint (count_files (dir), ==, 1);

  after = llwybr_test_fingerprint (sample);
  g_assert_cmpstr (before, ==, after);

  portfolio = llwybr_portfolio_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (llwybr_portfolio_get_uuid (portfolio), ==, LLWYBR_SAMPLE_UUID);

  llwybr_library_reload (library);
  g_assert_cmpuint (g_list_model_get_n_items (llwybr_library_get_items (library)), ==, 1);
  item = g_list_model_get_item (llwybr_library_get_items (library), 0);
  g_assert_cmpstr (llwybr_library_item_get_title (item), ==, llwybr_portfolio_get_title (portfolio));
  g_assert_cmpstr (llwybr_library_item_get_path (item), ==, path);
}

/* A second copy of a portfolio the library has is never written over the
 * one the user has been working on. */
static void
test_import_twice (void)
{
  g_autoptr(LlwybrLibrary) library = new_library ();
  g_autofree char *sample = llwybr_test_write_sample ();
  g_autoptr(GFile) source = g_file_new_for_path (sample);
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autofree char *existing = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(LlwybrPortfolio) portfolio = NULL;
  g_autoptr(GError) error = NULL;

  first = llwybr_library_import (library, source, NULL, NULL, &error);
  g_assert_no_error (error);

  portfolio = llwybr_portfolio_open (first, &error);
  g_assert_no_error (error);
  llwybr_portfolio_set_owner (portfolio, "Golygiad y TA", &error);
  g_assert_no_error (error);
  g_clear_object (&portfolio);
  before = llwybr_test_fingerprint (first);

  second = llwybr_library_import (library, source, &existing, NULL, &error);
  g_assert_null (second);
  g_assert_error (error, LLWYBR_LIBRARY_ERROR, LLWYBR_LIBRARY_ERROR_ALREADY_THERE);
  g_assert_cmpstr (existing, ==, first);

  after = llwybr_test_fingerprint (first);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpuint (count_files (llwybr_library_get_directory (library)), ==, 1);
}

/* A bad file is refused with the portfolio's own error, and leaves nothing
 * half-imported behind. */
static void
test_import_bad (void)
{
  g_autoptr(LlwybrLibrary) library = new_library ();
  g_autofree char *bad = llwybr_test_tmp_path ("bad.llwybr");
  g_autoptr(GFile) source = g_file_new_for_path (bad);
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (bad, "SQLite format 3", 16, NULL));
  path = llwybr_library_import (library, source, NULL, NULL, &error);
  g_assert_null (path);
  g_assert_error (error, LLWYBR_PORTFOLIO_ERROR, LLWYBR_PORTFOLIO_ERROR_DAMAGED);
  g_assert_cmpuint (count_files (llwybr_library_get_directory (library)), ==, 0);
}

static void
test_create (void)
{
  g_autoptr(LlwybrLibrary) library = new_library ();
  g_autoptr(LlwybrFramework) framework = llwybr_framework_new_default (NULL);
  g_autoptr(LlwybrPortfolio) portfolio = NULL;
  g_autofree char *found = NULL;
  g_autoptr(GError) error = NULL;

  portfolio = llwybr_library_create (library, framework, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (llwybr_library_get_items (library)), ==, 1);

  found = llwybr_library_lookup (library, llwybr_portfolio_get_uuid (portfolio));
  g_assert_cmpstr (found, ==, llwybr_portfolio_get_path (portfolio));
}

/* A snapshot a day at most, the last seven kept, and any of them can come
 * back as a portfolio of its own without touching the one in use. */
static void
test_backups (void)
{
  g_autoptr(LlwybrLibrary) library = new_library ();
  g_autofree char *sample = llwybr_test_write_sample ();
  g_autoptr(GFile) source = g_file_new_for_path (sample);
  g_autoptr(GDateTime) start = g_date_time_new_utc (2026, 9, 1, 18, 30, 0);
  g_autoptr(LlwybrPortfolio) portfolio = NULL;
  g_autoptr(LlwybrPortfolio) restored = NULL;
  g_autoptr(GListModel) backups = NULL;
  g_autoptr(LlwybrLibraryItem) oldest = NULL;
  g_autoptr(LlwybrLibraryItem) newest = NULL;
  g_autofree char *path = NULL;
  g_autofree char *restored_path = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;

  path = llwybr_library_import (library, source, NULL, NULL, &error);
  g_assert_no_error (error);
  portfolio = llwybr_portfolio_open (path, &error);
  g_assert_no_error (error);

  for (guint hour = 0; hour < 24; hour += 6)
    {
      g_autoptr(GDateTime) now = g_date_time_add_hours (start, hour);

      g_assert_true (llwybr_library_back_up (library, portfolio, now, &error));
      g_assert_no_error (error);
    }
  backups = llwybr_library_list_backups (library, LLWYBR_SAMPLE_UUID);
  g_assert_cmpuint (g_list_model_get_n_items (backups), ==, 1);
  g_clear_object (&backups);

  llwybr_portfolio_set_title (portfolio, "Portffolio Medi", &error);
  g_assert_no_error (error);
  for (guint day = 1; day <= 9; day++)
    {
      g_autoptr(GDateTime) now = g_date_time_add_days (start, day);

      g_assert_true (llwybr_library_back_up (library, portfolio, now, &error));
      g_assert_no_error (error);
    }

  backups = llwybr_library_list_backups (library, LLWYBR_SAMPLE_UUID);
  g_assert_cmpuint (g_list_model_get_n_items (backups), ==, 7);
  newest = g_list_model_get_item (backups, 0);
  oldest = g_list_model_get_item (backups, 6);
  g_assert_cmpstr (llwybr_library_item_get_title (newest), ==, "Portffolio Medi");
  g_assert_true (g_str_has_suffix (llwybr_library_item_get_path (newest), "20260910T183000Z.llwybr"));
  g_assert_true (g_str_has_suffix (llwybr_library_item_get_path (oldest), "20260904T183000Z.llwybr"));

  /* The library lists working portfolios, not their backups. */
  llwybr_library_reload (library);
  g_assert_cmpuint (g_list_model_get_n_items (llwybr_library_get_items (library)), ==, 1);

  before = llwybr_test_fingerprint (llwybr_library_item_get_path (oldest));
  restored_path = llwybr_library_restore (library, oldest, &error);
  g_assert_no_error (error);
  after = llwybr_test_fingerprint (llwybr_library_item_get_path (oldest));
  g_assert_cmpstr (before, ==, after);

  restored = llwybr_portfolio_open (restored_path, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (llwybr_portfolio_get_uuid (restored), !=, LLWYBR_SAMPLE_UUID);
  g_assert_true (g_str_has_prefix (llwybr_portfolio_get_title (restored), "Portffolio Medi ("));
  g_assert_cmpuint (g_list_model_get_n_items (llwybr_portfolio_get_evidence (restored)), ==,
                    g_list_model_get_n_items (llwybr_portfolio_get_evidence (portfolio)));

  llwybr_library_reload (library);
  g_assert_cmpuint (g_list_model_get_n_items (llwybr_library_get_items (library)), ==, 2);
  g_assert_cmpstr (llwybr_portfolio_get_title (portfolio), ==, "Portffolio Medi");
}

static char *
owners (LlwybrLibrary *library)
{
  GListModel *items = llwybr_library_get_items (library);
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(LlwybrLibraryItem) item = g_list_model_get_item (items, i);

      g_string_append_printf (names, "%s%s", i ? " " : "", llwybr_library_item_get_owner (item));
    }

  return g_string_free (g_steal_pointer (&names), FALSE);
}

/* A mentor's portfolios, by name, in the alphabet of the UI language: in
 * Welsh "ll" is a letter that comes after "l". */
static void
test_alphabet (void)
{
  g_autoptr(LlwybrLibrary) library = new_library ();
  g_autoptr(LlwybrFramework) framework = llwybr_framework_new_default (NULL);
  static const char *names[] = { "Llinos", "Lowri", "Lisa", "Dafydd", "Ceri", "Dduw", "Chris" };
  g_autofree char *english = NULL;
  g_autofree char *welsh = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(LlwybrPortfolio) portfolio = llwybr_library_create (library, framework, NULL);

      g_assert_true (llwybr_portfolio_set_owner (portfolio, names[i], NULL));
    }

  llwybr_library_reload (library);
  english = owners (library);
  g_assert_true (llwybr_test_use_welsh (TRUE));
  llwybr_library_reload (library);
  welsh = owners (library);
  llwybr_test_use_welsh (FALSE);

  g_assert_cmpstr (english, ==, "Ceri Chris Dafydd Dduw Lisa Llinos Lowri");
  g_assert_cmpstr (welsh, ==, "Ceri Chris Dafydd Dduw Lisa Lowri Llinos");
}

/* Removing a portfolio keeps it, out of the library, for thirty days. */
static void
test_remove_and_restore (void)
{
  g_autoptr(LlwybrLibrary) library = new_library ();
  g_autoptr(LlwybrFramework) framework = llwybr_framework_new_default (NULL);
  g_autoptr(LlwybrPortfolio) first = llwybr_library_create (library, framework, NULL);
  g_autoptr(LlwybrPortfolio) second = llwybr_library_create (library, framework, NULL);
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) later = g_date_time_add_days (now, 31);
  g_autoptr(GListModel) removed = NULL;
  g_autoptr(LlwybrLibraryItem) item = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *first_path = g_strdup (llwybr_portfolio_get_path (first));
  g_autofree char *second_path = g_strdup (llwybr_portfolio_get_path (second));
  g_autofree char *print = NULL;
  g_autofree char *print_after = NULL;
  g_autofree char *restored = NULL;

  g_assert_true (llwybr_portfolio_set_title (first, "Portffolio Siân", NULL));
  g_clear_object (&first);
  g_clear_object (&second);
  print = llwybr_test_fingerprint (first_path);

  g_assert_true (llwybr_library_remove (library, first_path, now, &error));
  g_assert_no_error (error);
  g_assert_false (g_file_test (first_path, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (g_list_model_get_n_items (llwybr_library_get_items (library)), ==, 1);

  removed = llwybr_library_list_removed (library);
  g_assert_cmpuint (g_list_model_get_n_items (removed), ==, 1);
  item = g_list_model_get_item (removed, 0);
  g_assert_cmpstr (llwybr_library_item_get_title (item), ==, "Portffolio Siân");

  restored = llwybr_library_restore_removed (library, item, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (restored, ==, first_path);
  print_after = llwybr_test_fingerprint (first_path);
  g_assert_cmpstr (print_after, ==, print);
  g_assert_cmpuint (g_list_model_get_n_items (llwybr_library_get_items (library)), ==, 2);
  g_clear_object (&removed);
  removed = llwybr_library_list_removed (library);
  g_assert_cmpuint (g_list_model_get_n_items (removed), ==, 0);

  /* Thirty-one days on, what was removed a month ago is gone for good. */
  g_assert_true (llwybr_library_remove (library, first_path, now, &error));
  g_assert_true (llwybr_library_remove (library, second_path, later, &error));
  g_clear_object (&removed);
  removed = llwybr_library_list_removed (library);
  g_assert_cmpuint (g_list_model_get_n_items (removed), ==, 1);
  g_clear_object (&item);
  item = g_list_model_get_item (removed, 0);
  g_assert_cmpstr (llwybr_library_item_get_title (item), !=, "Portffolio Siân");
  g_assert_cmpuint (g_list_model_get_n_items (llwybr_library_get_items (library)), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  llwybr_test_init (&argc, &argv);

  g_test_add_func ("/library/import", test_import);
  g_test_add_func ("/library/import-twice", test_import_twice);
  g_test_add_func ("/library/import-bad", test_import_bad);
  g_test_add_func ("/library/create", test_create);
  g_test_add_func ("/library/backups", test_backups);
  g_test_add_func ("/library/alphabet", test_alphabet);
  g_test_add_func ("/library/remove-and-restore", test_remove_and_restore);

  return g_test_run ();
}
