/* llwybr-coverage.c
 *
 * What the overview shows, as pure functions of a portfolio, so it is
 * tested without a display.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "llwybr-coverage"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "llwybr-coverage.h"

/* Helpers */

static void
add_step (GPtrArray          *steps,
          LlwybrNextStepKind  kind,
          char               *text,
          const char         *standard,
          const char         *evidence_uuid)
{
  LlwybrNextStep *step = g_new0 (LlwybrNextStep, 1);

  step->kind = kind;
  step->text = text;
  step->standard = g_strdup (standard);
  step->evidence_uuid = g_strdup (evidence_uuid);
  g_ptr_array_add (steps, step);
}

static const char *
title_or_untitled (LlwybrEvidence *evidence)
{
  const char *title = llwybr_evidence_get_title (evidence);

  return *title ? title : _("Untitled evidence");
}

/* A standard the mentor did not find met comes first: she said what is
 * missing. A review copy is the mentor's, not the TA's to act on. */
static void
add_verdicts (LlwybrPortfolio *portfolio,
              GPtrArray       *steps,
              guint            max)
{
  GListModel *standards = llwybr_framework_get_standards (llwybr_portfolio_get_framework (portfolio));

  if (llwybr_portfolio_get_review_copy (portfolio))
    return;

  for (guint i = 0; i < g_list_model_get_n_items (standards) && steps->len < max; i++)
    {
      g_autoptr(LlwybrStandard) standard = g_list_model_get_item (standards, i);
      const char *code = llwybr_standard_get_code (standard);

      switch (llwybr_portfolio_get_verdict (portfolio, code))
        {
        case LLWYBR_VERDICT_PARTLY_MET:
          add_step (steps, LLWYBR_NEXT_STEP_ANSWER_VERDICT,
                    g_strdup_printf (_("Your mentor found standard %s partly met: read her review"), code), code, NULL);
          break;

        case LLWYBR_VERDICT_NOT_YET_MET:
          add_step (steps, LLWYBR_NEXT_STEP_ANSWER_VERDICT,
                    g_strdup_printf (_("Your mentor found standard %s not yet met: read her review"), code), code, NULL);
          break;

        case LLWYBR_VERDICT_NONE:
        case LLWYBR_VERDICT_MET:
        default:
          break;
        }
    }
}

/* Evidence not linked to any standard shows nothing yet. */
static void
add_unlinked (LlwybrPortfolio *portfolio,
              GPtrArray       *steps,
              guint            max)
{
  g_autoptr(GPtrArray) unlinked = llwybr_portfolio_list_unlinked_evidence (portfolio);

  for (guint i = 0; i < unlinked->len && steps->len < max; i++)
    {
      LlwybrEvidence *evidence = g_ptr_array_index (unlinked, i);

      add_step (steps, LLWYBR_NEXT_STEP_LINK_EVIDENCE,
                g_strdup_printf (_("Link “%s” to the standards it shows"), title_or_untitled (evidence)),
                NULL, llwybr_evidence_get_uuid (evidence));
    }
}

/* An assessor reads the note on why; a link without one is half done. */
static void
add_unannotated (LlwybrPortfolio *portfolio,
                 GPtrArray       *steps,
                 guint            max)
{
  g_autoptr(GListModel) links = llwybr_portfolio_list_unannotated_links (portfolio);

  for (guint i = 0; i < g_list_model_get_n_items (links) && steps->len < max; i++)
    {
      g_autoptr(LlwybrLink) link = g_list_model_get_item (links, i);
      LlwybrEvidence *evidence = llwybr_portfolio_lookup_evidence (portfolio, llwybr_link_get_evidence_uuid (link));

      if (evidence == NULL)
        continue;

      add_step (steps, LLWYBR_NEXT_STEP_ANNOTATE_LINK,
                /* Translators: %1$s is a piece of evidence, %2$s a standard's number */
                g_strdup_printf (_("Say why “%1$s” shows standard %2$s"),
                                 title_or_untitled (evidence), llwybr_link_get_standard (link)),
                llwybr_link_get_standard (link), llwybr_evidence_get_uuid (evidence));
    }
}

static void
add_uncovered (LlwybrPortfolio *portfolio,
               GPtrArray       *steps,
               guint            max)
{
  GListModel *standards = llwybr_framework_get_standards (llwybr_portfolio_get_framework (portfolio));

  for (guint i = 0; i < g_list_model_get_n_items (standards) && steps->len < max; i++)
    {
      g_autoptr(LlwybrStandard) standard = g_list_model_get_item (standards, i);
      const char *code = llwybr_standard_get_code (standard);

      if (llwybr_coverage_standard_status (portfolio, code) != LLWYBR_STANDARD_STATUS_NO_EVIDENCE)
        continue;

      add_step (steps, LLWYBR_NEXT_STEP_FIND_EVIDENCE,
                g_strdup_printf (_("Find evidence for standard %s"), code), code, NULL);
    }
}

/* Public API */

void
llwybr_next_step_free (LlwybrNextStep *step)
{
  if (step == NULL)
    return;

  g_free (step->text);
  g_free (step->standard);
  g_free (step->evidence_uuid);
  g_free (step);
}

LlwybrStandardStatus
llwybr_coverage_standard_status (LlwybrPortfolio *portfolio,
                                 const char      *standard)
{
  g_return_val_if_fail (LLWYBR_IS_PORTFOLIO (portfolio), LLWYBR_STANDARD_STATUS_NO_EVIDENCE);
  g_return_val_if_fail (standard != NULL, LLWYBR_STANDARD_STATUS_NO_EVIDENCE);

  if (!llwybr_portfolio_has_evidence_for (portfolio, standard))
    return LLWYBR_STANDARD_STATUS_NO_EVIDENCE;

  return LLWYBR_STANDARD_STATUS_EVIDENCE;
}

/**
 * llwybr_coverage_count_covered:
 *
 * Returns: how many standards of the portfolio's framework have evidence
 */
guint
llwybr_coverage_count_covered (LlwybrPortfolio *portfolio)
{
  GListModel *standards;
  guint covered = 0;

  g_return_val_if_fail (LLWYBR_IS_PORTFOLIO (portfolio), 0);

  standards = llwybr_framework_get_standards (llwybr_portfolio_get_framework (portfolio));
  for (guint i = 0; i < g_list_model_get_n_items (standards); i++)
    {
      g_autoptr(LlwybrStandard) standard = g_list_model_get_item (standards, i);

      if (llwybr_coverage_standard_status (portfolio, llwybr_standard_get_code (standard)) !=
          LLWYBR_STANDARD_STATUS_NO_EVIDENCE)
        covered++;
    }

  return covered;
}

/**
 * llwybr_coverage_next_steps:
 * @max: how many to give at most
 *
 * The next things to do, most useful first: start a portfolio that has no
 * evidence; link evidence that is linked to nothing; say why evidence shows
 * a standard; find evidence for the standards that have none.
 *
 * Returns: (transfer full) (element-type LlwybrNextStep): the steps
 */
GPtrArray *
llwybr_coverage_next_steps (LlwybrPortfolio *portfolio,
                            guint            max)
{
  static void (* const adders[]) (LlwybrPortfolio *, GPtrArray *, guint) = {
    add_verdicts, add_unlinked, add_unannotated, add_uncovered,
  };
  GPtrArray *steps = g_ptr_array_new_with_free_func ((GDestroyNotify)llwybr_next_step_free);

  g_return_val_if_fail (LLWYBR_IS_PORTFOLIO (portfolio), steps);

  if (g_list_model_get_n_items (llwybr_portfolio_get_evidence (portfolio)) == 0)
    add_step (steps, LLWYBR_NEXT_STEP_ADD_EVIDENCE,
              g_strdup (_("Add your first piece of evidence")), NULL, NULL);

  /* Each kind is looked for only while there is room: with years of
   * evidence, listing what is unlinked or without a note takes a while. */
  for (guint i = 0; i < G_N_ELEMENTS (adders) && steps->len < max; i++)
    adders[i] (portfolio, steps, max);

  if (steps->len > max)
    g_ptr_array_set_size (steps, max);

  return steps;
}

/**
 * llwybr_coverage_has_certificate:
 *
 * Returns: whether a certificate is among the evidence for @standard, as
 *   HLTA standard 11 (Level 2 English and maths) asks
 */
gboolean
llwybr_coverage_has_certificate (LlwybrPortfolio *portfolio,
                                 const char      *standard)
{
  g_autoptr(GPtrArray) evidence = NULL;

  g_return_val_if_fail (LLWYBR_IS_PORTFOLIO (portfolio), FALSE);
  g_return_val_if_fail (standard != NULL, FALSE);

  evidence = llwybr_portfolio_list_evidence_for (portfolio, standard);
  for (guint i = 0; i < evidence->len; i++)
    if (llwybr_evidence_get_kind (g_ptr_array_index (evidence, i)) == LLWYBR_EVIDENCE_KIND_CERTIFICATE)
      return TRUE;

  return FALSE;
}
