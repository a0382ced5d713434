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

/* A mentor's reviewed copy, merged headlessly: into the library's copy of
 * the TA's file, which is imported first; neither file given changes. */
static void
test_merge (void)
{
  g_autofree char *ta_path = llwybr_test_tmp_path ("ta.llwybr");
  g_autofree char *dir = g_path_get_dirname (ta_path);
  g_autofree char *sent = g_build_filename (dir, "sent.llwybr", NULL);
  g_autofree char *back = g_build_filename (dir, "back.llwybr", NULL);
  g_autofree char *data = g_build_filename (dir, "data", NULL);
  g_autofree char *mentor_dir = g_build_filename (dir, "mentor", NULL);
  g_autofree char *ta_print = NULL, *back_print = NULL, *after = NULL, *out = NULL, *err = NULL;
  g_autofree char *library_path = NULL;
  g_autoptr(LlwybrFramework) framework = NULL;
  g_autoptr(LlwybrLibrary) mentor_library = llwybr_library_new (mentor_dir);
  g_autoptr(LlwybrPortfolio) ta = NULL, mentor = NULL, merged = NULL;
  g_autoptr(LlwybrEvidence) evidence = llwybr_evidence_new ();
  g_autoptr(LlwybrReview) review = NULL;
  g_autoptr(GFile) sent_file = g_file_new_for_path (sent);
  g_autoptr(GFile) back_file = g_file_new_for_path (back);
  g_autoptr(GError) error = NULL;
  g_autofree char *imported = NULL;
  g_autoptr(LlwybrPortfolio) stranger = llwybr_test_new_portfolio ();
  const char *merge[] = { "--merge", back, ta_path, NULL };
  const char *wrong[] = { "--merge", llwybr_portfolio_get_path (stranger), ta_path, NULL };

  framework = llwybr_framework_new_default (&error);
  ta = llwybr_portfolio_create (ta_path, framework, &error);
  g_assert_no_error (error);
  llwybr_portfolio_add_evidence (ta, evidence, &error);
  llwybr_portfolio_send_for_review (ta, sent_file, NULL, &error);
  g_assert_no_error (error);
  g_clear_object (&ta);

  imported = llwybr_library_import (mentor_library, sent_file, NULL, NULL, &error);
  g_assert_no_error (error);
  mentor = llwybr_portfolio_open (imported, &error);
  review = llwybr_portfolio_review_evidence (mentor, llwybr_portfolio_lookup_evidence (mentor, llwybr_evidence_get_uuid (evidence)),
                                             "Clear and well linked.", "Mr Gareth Price", "HLTA mentor", &error);
  g_assert_no_error (error);
  llwybr_portfolio_save_copy (mentor, back_file, NULL, &error);
  g_assert_no_error (error);

  g_setenv ("XDG_DATA_HOME", data, TRUE);
  ta_print = llwybr_test_fingerprint (ta_path);
  back_print = llwybr_test_fingerprint (back);

  g_assert_cmpint (run (merge, "en", &out, &err), ==, 0);
  g_assert_nonnull (strstr (out, "1 review\n"));
  g_assert_nonnull (strstr (out, "Merged into"));
  after = llwybr_test_fingerprint (ta_path);
  g_assert_cmpstr (after, ==, ta_print);
  g_clear_pointer (&after, g_free);
  after = llwybr_test_fingerprint (back);
  g_assert_cmpstr (after, ==, back_print);

  library_path = g_strdup_printf ("%s/llwybr/%s.llwybr", data, llwybr_portfolio_get_uuid (mentor));
  merged = llwybr_portfolio_open_read_only (library_path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (llwybr_portfolio_get_reviews (merged)), ==, 1);
  g_clear_object (&merged);

  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run (merge, "cy", &out, &err), ==, 0);
  g_assert_null (strstr (out, "Nothing new"));
  g_assert_nonnull (strstr (out, "Dim byd newydd"));

  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run (wrong, "en", &out, &err), ==, 1);
  g_assert_nonnull (strstr (err, "different portfolio"));
}

/* The document file, headlessly: the portfolio read, never written; a
 * portfolio that cannot be read leaves no PDF behind. */
static void
test_export_document_file (void)
{
  g_autofree char *path = llwybr_test_write_sample ();
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *pdf = g_build_filename (dir, "ffeil ddogfennau.pdf", NULL);
  g_autofree char *missing = g_build_filename (dir, "nowhere.llwybr", NULL);
  g_autofree char *not_made = g_build_filename (dir, "not-made.pdf", NULL);
  g_autofree char *before = llwybr_test_fingerprint (path);
  g_autofree char *after = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  const char *export[] = { "--export-document-file", pdf, "--language", "both", path, NULL };
  const char *wrong[] = { "--export-document-file", not_made, missing, NULL };

  g_assert_cmpint (run (export, "en", &out, &err), ==, 0);
  g_assert_cmpstr (err, ==, "");
  after = llwybr_test_fingerprint (path);
  g_assert_cmpstr (after, ==, before);
  g_assert_true (g_file_get_contents (pdf, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));

  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run (wrong, "en", &out, &err), ==, 1);
  g_assert_true (g_str_has_prefix (err, "llwybr: "));
  g_assert_false (g_file_test (not_made, G_FILE_TEST_EXISTS));
}

static void
test_usage (void)
{
  static const char *cases[][5] = {
    { "--check", NULL },
    { "--check", "a.llwybr", "--new-sample", "b.llwybr" },
    { "--check", "a.llwybr", "extra" },
    { "--check", "a.llwybr", "--bogus" },
    { "--merge", "a.llwybr", NULL },
    { "--export-document-file", "out.pdf", NULL },
    { "--export-document-file", "out.pdf", "--export-pdf", "other.pdf" },
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
  g_test_add_func ("/cli/merge", test_merge);
  g_test_add_func ("/cli/export-document-file", test_export_document_file);
  g_test_add_func ("/cli/usage", test_usage);

  return g_test_run ();
}
