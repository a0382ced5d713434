/* fuzz-merge.c: libFuzzer target for merging a copy of a portfolio
 *
 * Each input is written to a file, as a mentor's reviewed copy would
 * arrive. If it opens, a portfolio with the same identity is made, with a
 * piece of evidence, a link and a review of its own, and the input is
 * merged into it twice: the second merge must change nothing, and the
 * result must pass SQLite's own checks.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <stdlib.h>
#include <sqlite3.h>

#include "llwybr-portfolio-private.h"

int LLVMFuzzerTestOneInput (const guint8 *data,
                            size_t        size);

/* An abort, which libFuzzer catches and keeps the input of. */
static G_NORETURN void
fail (const char *what)
{
  g_printerr ("%s\n", what);
  abort ();
}

static LlwybrPortfolio *
make_target (const char *path,
             const char *uuid)
{
  static LlwybrFramework *framework;
  g_autoptr(LlwybrEvidence) evidence = llwybr_evidence_new ();
  g_autoptr(LlwybrLink) link = NULL;
  g_autoptr(LlwybrReview) review = NULL;
  LlwybrPortfolio *portfolio;

  if (framework == NULL)
    framework = llwybr_framework_new_default (NULL);

  g_unlink (path);
  if (!(portfolio = _llwybr_portfolio_create (path, uuid, framework, NULL)))
    fail ("The target portfolio could not be made");

  llwybr_evidence_set_title (evidence, "Tasg 1");
  llwybr_portfolio_add_evidence (portfolio, evidence, NULL);
  link = llwybr_portfolio_link_standard (portfolio, evidence, "1", "Disgwyliadau", NULL);
  review = llwybr_portfolio_review_standard (portfolio, "1", LLWYBR_VERDICT_MET, NULL, "Mentor", NULL, NULL);

  return portfolio;
}

static void
check_integrity (const char *path)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;

  if (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK ||
      sqlite3_prepare_v2 (db, "PRAGMA integrity_check", -1, &stmt, NULL) != SQLITE_OK ||
      sqlite3_step (stmt) != SQLITE_ROW ||
      g_strcmp0 ((const char *)sqlite3_column_text (stmt, 0), "ok") != 0)
    fail ("The merged portfolio fails integrity_check");

  sqlite3_finalize (stmt);
  sqlite3_close (db);
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  static char *input_path, *target_path;
  g_autoptr(LlwybrPortfolio) other = NULL;
  g_autoptr(LlwybrPortfolio) target = NULL;
  LlwybrMergeCounts counts, again;

  if (input_path == NULL)
    {
      g_autofree char *dir = g_dir_make_tmp ("llwybr-fuzz-XXXXXX", NULL);

      input_path = g_build_filename (dir, "reviewed.llwybr", NULL);
      target_path = g_build_filename (dir, "target.llwybr", NULL);
    }

  if (!g_file_set_contents (input_path, (const char *)data, size, NULL))
    return 0;

  if ((other = llwybr_portfolio_open_read_only (input_path, NULL)) != NULL)
    {
      target = make_target (target_path, llwybr_portfolio_get_uuid (other));
      g_clear_object (&other);

      if (llwybr_portfolio_merge (target, input_path, FALSE, &counts, NULL))
        {
          if (!llwybr_portfolio_merge (target, input_path, FALSE, &again, NULL) ||
              again.reviews + again.evidence_added + again.evidence_updated + again.evidence_removed +
              again.attachments_added + again.plan_steps != 0)
            fail ("Merging the same copy twice changed the portfolio again");
        }

      g_clear_object (&target);
      check_integrity (target_path);
    }

  g_unlink (input_path);
  return 0;
}
