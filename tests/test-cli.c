/* test-cli.c: the headless verbs of the llwybr executable
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "llwybr-test-util.h"

static int
run_with (const char * const *args,
          const char         *language,
          const char         *config_home,
          char              **out,
          char              **err)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_auto(GStrv) env = g_get_environ ();
  g_autoptr(GError) error = NULL;
  int status;

  g_ptr_array_add (argv, (gpointer)g_getenv ("LLWYBR_EXE"));
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer)args[i]);
  g_ptr_array_add (argv, NULL);

  /* No display: the verbs must not need one. */
  env = g_environ_unsetenv (env, "DISPLAY");
  env = g_environ_unsetenv (env, "WAYLAND_DISPLAY");
  env = g_environ_setenv (env, "LANGUAGE", language, TRUE);
  env = g_environ_setenv (env, "LANG", g_str_equal (language, "cy") ? "cy_GB.UTF-8" : "en_GB.UTF-8", TRUE);
  env = g_environ_unsetenv (env, "LC_ALL");
  if (config_home != NULL)
    {
      env = g_environ_setenv (env, "GSETTINGS_BACKEND", "keyfile", TRUE);
      env = g_environ_setenv (env, "XDG_CONFIG_HOME", config_home, TRUE);
    }

  g_spawn_sync (NULL, (char **)argv->pdata, env, G_SPAWN_DEFAULT, NULL, NULL, out, err, &status, &error);
  g_assert_no_error (error);

  return WIFEXITED (status) ? WEXITSTATUS (status) : -1;
}

static int
run (const char * const *args,
     const char         *language,
     char              **out,
     char              **err)
{
  return run_with (args, language, NULL, out, err);
}

static void
test_sample_and_check (void)
{
  g_autofree char *path = llwybr_test_tmp_path ("sample.llwybr");
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  const char *new_sample[] = { "--new-sample", path, NULL };
  const char *check[] = { "--check", path, NULL };

  g_assert_cmpint (run (new_sample, "en", &out, &err), ==, 0);
  g_assert_cmpstr (err, ==, "");
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  before = llwybr_test_fingerprint (path);
  g_assert_cmpint (run (check, "en", &out, &err), ==, 0);
  after = llwybr_test_fingerprint (path);
  g_assert_cmpstr (before, ==, after);

  g_assert_nonnull (strstr (out, "Owner: Mererid Huws"));
  g_assert_nonnull (strstr (out, "pieces of evidence"));
  g_assert_nonnull (strstr (out, "Standards with evidence: 30 of 33"));
  g_assert_nonnull (strstr (out, "Standards without evidence: 5, 12, 31"));
}

/* Paths as a user types them in a terminal, relative to where she is. */
static void
test_relative_paths (void)
{
  g_autofree char *path = llwybr_test_tmp_path ("sample.llwybr");
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *cwd = g_get_current_dir ();
  g_autofree char *pdf = g_build_filename (dir, "crynodeb.pdf", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  const char *new_sample[] = { "--new-sample", "sample.llwybr", NULL };
  const char *check[] = { "--check", "sample.llwybr", NULL };
  const char *export[] = { "--export-pdf", "crynodeb.pdf", "--language", "cy", "sample.llwybr", NULL };

  g_assert_cmpint (g_chdir (dir), ==, 0);
  g_assert_cmpint (run (new_sample, "en", &out, &err), ==, 0);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run (check, "en", &out, &err), ==, 0);
  g_assert_cmpstr (err, ==, "");
  g_assert_nonnull (strstr (out, "Owner: Mererid Huws"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run (export, "en", &out, &err), ==, 0);
  g_assert_cmpstr (err, ==, "");
  g_assert_cmpint (g_chdir (cwd), ==, 0);

  g_assert_true (g_file_get_contents (pdf, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));
}

/* The summary speaks the user's language, plurals and all. */
static void
test_check_in_welsh (void)
{
  g_autofree char *path = llwybr_test_write_sample ();
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  const char *check[] = { "--check", path, NULL };

  g_assert_cmpint (run (check, "cy", &out, &err), ==, 0);
  g_assert_null (strstr (out, "Owner:"));
  g_assert_nonnull (strstr (out, "Mererid Huws"));
  g_assert_nonnull (strstr (out, "darn o dystiolaeth"));
}

/* --language wins over the desktop's language. */
static void
test_language_option (void)
{
  g_autofree char *path = llwybr_test_write_sample ();
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *out_en = NULL;
  const char *welsh[] = { "--language", "cy", "--check", path, NULL };
  const char *english[] = { "--language=en", "--check", path, NULL };
  const char *bad[] = { "--language", "fr", "--check", path, NULL };

  g_assert_cmpint (run (welsh, "en", &out, &err), ==, 0);
  g_assert_nonnull (strstr (out, "Perchennog: Mererid Huws"));
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run (english, "cy", &out_en, &err), ==, 0);
  g_assert_nonnull (strstr (out_en, "Owner: Mererid Huws"));
  g_clear_pointer (&err, g_free);

  g_clear_pointer (&out, g_free);
  g_assert_cmpint (run (bad, "en", &out, &err), ==, 2);
}

/* The language chosen in Preferences is applied in main(), before
 * anything is printed or built. */
static void
test_language_setting (void)
{
  g_autofree char *path = llwybr_test_write_sample ();
  g_autofree char *config = llwybr_test_tmp_path ("config");
  g_autofree char *keyfile_dir = g_build_filename (config, "glib-2.0", "settings", NULL);
  g_autofree char *keyfile = g_build_filename (keyfile_dir, "keyfile", NULL);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  const char *check[] = { "--check", path, NULL };

  g_assert_cmpint (g_mkdir_with_parents (keyfile_dir, 0700), ==, 0);
  g_assert_true (g_file_set_contents (keyfile, "[cymru/llwybr/Llwybr]\nlanguage='cy'\n", -1, NULL));

  g_assert_cmpint (run_with (check, "en", config, &out, &err), ==, 0);
  g_assert_nonnull (strstr (out, "Perchennog: Mererid Huws"));
}

/* Writing over an existing file replaces it whole. */
static void
test_sample_replaces (void)
{
  g_autofree char *path = llwybr_test_tmp_path ("old.llwybr");
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  const char *new_sample[] = { "--new-sample", path, NULL };
  g_autoptr(LlwybrPortfolio) portfolio = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (path, "hen ffeil", -1, NULL));
  g_assert_cmpint (run (new_sample, "en", &out, &err), ==, 0);

  portfolio = llwybr_portfolio_open_read_only (path, &error);
  g_assert_no_error (error);
}

static void
test_usage (void)
{
  static const char *cases[][4] = {
    { "--check", NULL },
    { "--check", "a.llwybr", "--new-sample", "b.llwybr" },
    { "--check", "a.llwybr", "extra" },
    { "--check", "a.llwybr", "--bogus" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *out = NULL;
      g_autofree char *err = NULL;

      g_assert_cmpint (run (cases[i], "en", &out, &err), ==, 2);
      g_assert_true (g_str_has_prefix (err, "llwybr: "));
    }
}

int
main (int   argc,
      char *argv[])
{
  llwybr_test_init (&argc, &argv);

  g_test_add_func ("/cli/sample-and-check", test_sample_and_check);
  g_test_add_func ("/cli/relative-paths", test_relative_paths);
  g_test_add_func ("/cli/check-in-welsh", test_check_in_welsh);
  g_test_add_func ("/cli/sample-replaces", test_sample_replaces);
  g_test_add_func ("/cli/language-option", test_language_option);
  g_test_add_func ("/cli/language-setting", test_language_setting);
  g_test_add_func ("/cli/usage", test_usage);

  return g_test_run ();
}
