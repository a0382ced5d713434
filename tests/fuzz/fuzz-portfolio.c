/* fuzz-portfolio.c: libFuzzer target for opening a portfolio file
 *
 * Each input is written to a file and opened read-only, as `llwybr
 * --check` and an import open what a user hands them; what opens is read
 * as the interface would read it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "llwybr-portfolio.h"
#include "llwybr-readiness.h"

int LLVMFuzzerTestOneInput (const guint8 *data,
                            size_t        size);

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  static char *path;
  g_autoptr(LlwybrPortfolio) portfolio = NULL;
  GListModel *evidence;

  if (path == NULL)
    {
      g_autofree char *dir = g_dir_make_tmp ("llwybr-fuzz-XXXXXX", NULL);

      path = g_build_filename (dir, "input.llwybr", NULL);
    }

  if (!g_file_set_contents (path, (const char *)data, size, NULL))
    return 0;

  if ((portfolio = llwybr_portfolio_open_read_only (path, NULL)) != NULL)
    {
      g_autoptr(GPtrArray) found = NULL;
      g_autoptr(GPtrArray) findings = NULL;
      g_autoptr(LlwybrGrid) grid = NULL;
      LlwybrReadinessLimits limits;

      evidence = llwybr_portfolio_get_evidence (portfolio);
      for (guint i = 0; i < g_list_model_get_n_items (evidence); i++)
        {
          g_autoptr(LlwybrEvidence) item = g_list_model_get_item (evidence, i);
          g_object_unref (llwybr_portfolio_list_links (portfolio, item));
          g_object_unref (llwybr_portfolio_list_attachments (portfolio, item));
        }
      llwybr_portfolio_count_evidence_for (portfolio, "1");
      found = llwybr_portfolio_search (portfolio, "dwr", NULL);
      /* What a damaged file says about its tasks and document file. */
      llwybr_readiness_limits_init (&limits);
      findings = llwybr_readiness_findings (portfolio, &limits, NULL);
      grid = llwybr_grid_new (portfolio);
    }

  g_unlink (path);
  return 0;
}
