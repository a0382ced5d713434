/* llwybr-cli.c
 *
 * The headless verbs: answered before GTK starts, so they work with no
 * display, in scripts, tests and a mentor's batch work. Every verb reads
 * its input read-only and writes its output atomically.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "llwybr-cli"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>

#include "llwybr-cli.h"
#include "llwybr-coverage.h"
#include "llwybr-document-file.h"
#include "llwybr-library.h"
#include "llwybr-portfolio.h"
#include "llwybr-readiness.h"
#include "llwybr-sample.h"
#include "llwybr-summary.h"

enum {
  EXIT_OK = 0,
  EXIT_FAILED = 1,
  EXIT_USAGE = 2,
};

static const char * const headless_verbs[] = { "--check", "--new-sample", "--export-pdf", "--export-document-file",
                                               "--merge" };

/* Helpers */

static char *
standards_without_evidence (LlwybrPortfolio *portfolio)
{
  GListModel *standards = llwybr_framework_get_standards (llwybr_portfolio_get_framework (portfolio));
  g_autoptr(GString) missing = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (standards); i++)
    {
      g_autoptr(LlwybrStandard) standard = g_list_model_get_item (standards, i);
      const char *code = llwybr_standard_get_code (standard);

      if (llwybr_coverage_standard_status (portfolio, code) == LLWYBR_STANDARD_STATUS_NO_EVIDENCE)
        /* Translators: the separator in a list of standard numbers, "5, 12, 31" */
        g_string_append_printf (missing, "%s%s", missing->len ? _(", ") : "", code);
    }

  return g_string_free (g_steal_pointer (&missing), FALSE);
}

static void
print_summary (LlwybrPortfolio *portfolio)
{
  LlwybrFramework *framework = llwybr_portfolio_get_framework (portfolio);
  LlwybrLanguage language = llwybr_language_default ();
  guint n_standards = g_list_model_get_n_items (llwybr_framework_get_standards (framework));
  guint n_evidence = g_list_model_get_n_items (llwybr_portfolio_get_evidence (portfolio));
  guint n_attachments = llwybr_portfolio_count_attachments (portfolio);
  guint n_covered = llwybr_coverage_count_covered (portfolio);
  g_autofree char *missing = standards_without_evidence (portfolio);

  g_print (_("Portfolio: %s\n"), llwybr_portfolio_get_title (portfolio));
  g_print (_("Owner: %s\n"), llwybr_portfolio_get_owner (portfolio));
  g_print (_("School: %s\n"), llwybr_portfolio_get_school (portfolio));
  g_print (_("Role: %s\n"), llwybr_portfolio_get_role (portfolio));
  /* Translators: %1$s is the title of a set of standards, %2$s its version */
  g_print (_("Standards: %1$s (version %2$s)\n"),
           llwybr_framework_get_title (framework, language), llwybr_framework_get_version (framework));
  g_print (_("File format: version %u\n"), llwybr_portfolio_get_file_version (portfolio));
  g_print (ngettext ("%u piece of evidence\n", "%u pieces of evidence\n", n_evidence), n_evidence);
  g_print (ngettext ("%u attachment\n", "%u attachments\n", n_attachments), n_attachments);
  /* Translators: %1$u of the %2$u standards have evidence linked to them */
  g_print (_("Standards with evidence: %1$u of %2$u\n"), n_covered, n_standards);

  if (*missing != '\0')
    g_print (_("Standards without evidence: %s\n"), missing);
}

static void
print_findings (LlwybrPortfolio *portfolio)
{
  LlwybrReadinessLimits limits;
  g_autoptr(GPtrArray) findings = NULL;

  llwybr_readiness_limits_load (&limits);
  findings = llwybr_readiness_findings (portfolio, &limits, NULL);
  if (findings->len == 0)
    {
      g_print (_("Ready for assessment: nothing left to do\n"));
      return;
    }

  g_print (ngettext ("Ready for assessment: %u thing left\n", "Ready for assessment: %u things left\n",
                     findings->len), findings->len);
  for (guint i = 0; i < findings->len; i++)
    {
      LlwybrFinding *finding = g_ptr_array_index (findings, i);

      /* Translators: a line of --check's list of findings; %1$s is how much it
       * matters, “Needed for assessment”, %2$s what to do */
      g_print (_("  %1$s: %2$s\n"), llwybr_finding_severity_to_label_in (finding->severity, NULL), finding->text);
    }
}

static int
check (const char *path)
{
  g_autoptr(LlwybrPortfolio) portfolio = NULL;
  g_autoptr(GError) error = NULL;

  if (!(portfolio = llwybr_portfolio_open_read_only (path, &error)) ||
      !llwybr_portfolio_check_integrity (portfolio, &error))
    {
      g_printerr ("llwybr: %s\n", error->message);
      return EXIT_FAILED;
    }

  print_summary (portfolio);
  print_findings (portfolio);
  return EXIT_OK;
}

static int
new_sample (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(GError) error = NULL;

  if (!llwybr_sample_write (file, NULL, &error))
    {
      g_printerr ("llwybr: %s\n", error->message);
      return EXIT_FAILED;
    }

  return EXIT_OK;
}

static int
export_pdf (const char            *output,
            const char            *path,
            LlwybrSummaryLanguage  language)
{
  g_autoptr(LlwybrPortfolio) portfolio = NULL;
  g_autoptr(LlwybrSummary) summary = NULL;
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (output);
  g_autoptr(GError) error = NULL;

  if (!(portfolio = llwybr_portfolio_open_read_only (path, &error)))
    {
      g_printerr ("llwybr: %s\n", error->message);
      return EXIT_FAILED;
    }

  summary = llwybr_summary_new (portfolio, language, FALSE);
  if (!llwybr_summary_write_pdf (summary, file, NULL, &error))
    {
      g_printerr ("llwybr: %s\n", error->message);
      return EXIT_FAILED;
    }

  return EXIT_OK;
}

static int
export_document_file (const char            *output,
                      const char            *path,
                      LlwybrSummaryLanguage  language)
{
  g_autoptr(LlwybrPortfolio) portfolio = NULL;
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (output);
  g_autoptr(GError) error = NULL;

  if (!(portfolio = llwybr_portfolio_open_read_only (path, &error)) ||
      !llwybr_document_file_write_pdf (portfolio, language, file, NULL, &error))
    {
      g_printerr ("llwybr: %s\n", error->message);
      return EXIT_FAILED;
    }

  return EXIT_OK;
}

/* The portfolio in the library that @path is a copy of, imported first if
 * the library does not have it: only the library's copy is ever written. */
static char *
library_copy (LlwybrLibrary  *library,
              const char     *path,
              GError        **error)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(GError) local_error = NULL;
  char *existing = NULL;
  char *copy;

  if ((copy = llwybr_library_import (library, file, &existing, NULL, &local_error)) != NULL)
    return copy;

  if (g_error_matches (local_error, LLWYBR_LIBRARY_ERROR, LLWYBR_LIBRARY_ERROR_ALREADY_THERE))
    return existing;

  g_propagate_error (error, g_steal_pointer (&local_error));
  return NULL;
}

static int
merge (const char *other,
       const char *path)
{
  g_autoptr(LlwybrLibrary) library = llwybr_library_new_default ();
  g_autoptr(LlwybrPortfolio) portfolio = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *copy = NULL;
  g_autofree char *report = NULL;
  LlwybrMergeCounts counts;

  if (!(copy = library_copy (library, path, &error)) ||
      !(portfolio = llwybr_portfolio_open (copy, &error)) ||
      !llwybr_portfolio_merge (portfolio, other, FALSE, &counts, &error))
    {
      g_printerr ("llwybr: %s\n", error->message);
      return EXIT_FAILED;
    }

  report = llwybr_merge_counts_to_string (&counts);
  g_print ("%s\n", report);
  /* Translators: %s is the path of the portfolio in the library */
  g_print (_("Merged into “%s”, the copy in your library. The files you gave were not changed.\n"), copy);
  return EXIT_OK;
}

/* Public API */

/**
 * llwybr_cli_is_headless:
 *
 * Returns: %TRUE if the command line asks for a headless verb
 */
gboolean
llwybr_cli_is_headless (int    argc,
                        char **argv)
{
  for (int i = 1; i < argc; i++)
    for (guint j = 0; j < G_N_ELEMENTS (headless_verbs); j++)
      if (g_str_equal (argv[i], headless_verbs[j]) ||
          (g_str_has_prefix (argv[i], headless_verbs[j]) && argv[i][strlen (headless_verbs[j])] == '='))
        return TRUE;

  return FALSE;
}

int
llwybr_cli_run (int    argc,
                char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *check_path = NULL;
  g_autofree char *sample_path = NULL;
  g_autofree char *language = NULL;
  g_autofree char *export_path = NULL;
  g_autofree char *document_file_path = NULL;
  g_autofree char *merge_path = NULL;
  LlwybrSummaryLanguage summary_language = LLWYBR_SUMMARY_ENGLISH;
  const GOptionEntry entries[] = {
    { "language", 0, 0, G_OPTION_ARG_STRING, &language,
      N_("The language of the output: en, cy, or both for a bilingual PDF"), N_("LANGUAGE") },
    { "export-pdf", 0, 0, G_OPTION_ARG_FILENAME, &export_path,
      N_("Write the summary of a portfolio FILE to OUT.pdf"), N_("OUT.pdf") },
    { "export-document-file", 0, 0, G_OPTION_ARG_FILENAME, &document_file_path,
      N_("Write the document file of a portfolio FILE to OUT.pdf: the documents chosen for each standard, in standards order"),
      N_("OUT.pdf") },
    { "check", 0, 0, G_OPTION_ARG_FILENAME, &check_path,
      N_("Check a portfolio file and print its summary, without changing it"), N_("FILE") },
    { "new-sample", 0, 0, G_OPTION_ARG_FILENAME, &sample_path,
      N_("Write the sample portfolio to FILE"), N_("FILE") },
    { "merge", 0, 0, G_OPTION_ARG_FILENAME, &merge_path,
      N_("Merge the reviews and changes in OTHER, a copy of the portfolio FILE, into the library’s copy of FILE"), N_("OTHER") },
    { NULL }
  };

  context = g_option_context_new (NULL);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);

  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("llwybr: %s\n", error->message);
      return EXIT_USAGE;
    }

  if (language != NULL)
    {
      if (!llwybr_summary_language_from_string (language, &summary_language))
        {
          g_printerr ("llwybr: %s\n", _("The language must be en, cy or both."));
          return EXIT_USAGE;
        }
      /* Messages follow the language asked for; "both" leaves them be. */
      if (summary_language != LLWYBR_SUMMARY_BILINGUAL)
        llwybr_language_apply (language);
    }
  else
    summary_language = llwybr_language_default () == LLWYBR_LANGUAGE_CY ? LLWYBR_SUMMARY_WELSH
                                                                        : LLWYBR_SUMMARY_ENGLISH;

  if ((check_path != NULL) + (sample_path != NULL) + (export_path != NULL) + (document_file_path != NULL) +
      (merge_path != NULL) != 1 ||
      argc != (export_path != NULL || document_file_path != NULL || merge_path != NULL ? 2 : 1))
    {
      g_printerr ("llwybr: %s\n", _("Give one of --check FILE, --new-sample FILE, --export-pdf OUT.pdf FILE, --export-document-file OUT.pdf FILE or --merge OTHER FILE, and nothing else."));
      return EXIT_USAGE;
    }

  if (export_path != NULL)
    return export_pdf (export_path, argv[1], summary_language);

  if (document_file_path != NULL)
    return export_document_file (document_file_path, argv[1], summary_language);

  if (merge_path != NULL)
    return merge (merge_path, argv[1]);

  if (check_path != NULL)
    return check (check_path);

  return new_sample (sample_path);
}
