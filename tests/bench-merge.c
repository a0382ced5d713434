/* bench-merge.c: merging a mentor's reviewed copy back into the TA's
 *
 * From one generated portfolio, two copies each run: the TA's, in which
 * she retitles a hundred pieces of evidence after sending it, and the
 * mentor's, in which she comments on two hundred, gives every standard a
 * verdict and signs off. The time is that of merging the mentor's copy
 * into the TA's, as the app does it: the check and snapshot of the file,
 * and the one transaction.
 *
 * Usage: bench-merge PORTFOLIO RUNS
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "llwybr.h"

static LlwybrPortfolio *
copy_of (const char *template,
         const char *dir,
         const char *name)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GFile) from = g_file_new_for_path (template);
  g_autoptr(GFile) to = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  LlwybrPortfolio *portfolio;

  if (!g_file_copy (from, to, G_FILE_COPY_OVERWRITE, NULL, NULL, NULL, &error) ||
      !(portfolio = llwybr_portfolio_open (path, &error)))
    g_error ("%s", error->message);

  return portfolio;
}

static void
edit (LlwybrPortfolio *ta,
      LlwybrPortfolio *mentor)
{
  GListModel *evidence = llwybr_portfolio_get_evidence (ta);
  GListModel *standards = llwybr_framework_get_standards (llwybr_portfolio_get_framework (mentor));
  g_autoptr(LlwybrReview) sign_off = NULL;
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < 100; i++)
    {
      g_autoptr(LlwybrEvidence) item = g_list_model_get_item (evidence, i * 7 % g_list_model_get_n_items (evidence));
      g_autofree char *title = g_strdup_printf ("%s (diwygiwyd)", llwybr_evidence_get_title (item));

      llwybr_evidence_set_title (item, title);
      if (!llwybr_portfolio_save_evidence (ta, item, &error))
        g_error ("%s", error->message);
    }

  for (guint i = 0; i < 200; i++)
    {
      g_autoptr(LlwybrEvidence) item = g_list_model_get_item (llwybr_portfolio_get_evidence (mentor), i * 5);
      g_autoptr(LlwybrReview) review = llwybr_portfolio_review_evidence (mentor, item, "Nodwch pa ddisgyblion.",
                                                                        "Mentor", NULL, &error);
      if (review == NULL)
        g_error ("%s", error->message);
    }

  for (guint i = 0; i < g_list_model_get_n_items (standards); i++)
    {
      g_autoptr(LlwybrStandard) standard = g_list_model_get_item (standards, i);
      g_autoptr(LlwybrReview) review = llwybr_portfolio_review_standard (mentor, llwybr_standard_get_code (standard),
                                                                        LLWYBR_VERDICT_MET, NULL, "Mentor", NULL, &error);
      if (review == NULL)
        g_error ("%s", error->message);
    }

  if (!(sign_off = llwybr_portfolio_sign_off (mentor, NULL, "Mentor", NULL, &error)))
    g_error ("%s", error->message);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *dir = NULL;
  guint runs;

  if (argc != 3 || !(runs = atoi (argv[2])))
    g_error ("usage: bench-merge PORTFOLIO RUNS");

  dir = g_dir_make_tmp ("llwybr-bench-merge-XXXXXX", NULL);
  for (guint run = 0; run < runs; run++)
    {
      g_autoptr(LlwybrPortfolio) ta = copy_of (argv[1], dir, "ta.llwybr");
      g_autoptr(LlwybrPortfolio) mentor = copy_of (argv[1], dir, "mentor.llwybr");
      g_autofree char *mentor_path = g_strdup (llwybr_portfolio_get_path (mentor));
      g_autoptr(GError) error = NULL;
      LlwybrMergeCounts counts;
      gint64 start;

      edit (ta, mentor);
      g_clear_object (&mentor);

      start = g_get_monotonic_time ();
      if (!llwybr_portfolio_merge (ta, mentor_path, FALSE, &counts, &error))
        g_error ("%s", error->message);

      g_print ("{\"bench\": \"merge\", \"evidence\": %u, \"ms\": %.1f, \"reviews\": %u, \"updated\": %u}\n",
               g_list_model_get_n_items (llwybr_portfolio_get_evidence (ta)),
               (g_get_monotonic_time () - start) / 1e3, counts.reviews, counts.evidence_updated);

      g_clear_object (&ta);
      g_unlink (mentor_path);
    }

  g_rmdir (dir);
  return 0;
}
