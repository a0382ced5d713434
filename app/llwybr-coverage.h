/* llwybr-coverage.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "llwybr-portfolio.h"

G_BEGIN_DECLS

/* How far a standard is shown. Reviews (a later issue) add verdicts. */
typedef enum
{
  LLWYBR_STANDARD_STATUS_NO_EVIDENCE,
  LLWYBR_STANDARD_STATUS_EVIDENCE,
} LlwybrStandardStatus;

typedef enum
{
  LLWYBR_NEXT_STEP_ADD_EVIDENCE,
  LLWYBR_NEXT_STEP_LINK_EVIDENCE,
  LLWYBR_NEXT_STEP_ANNOTATE_LINK,
  LLWYBR_NEXT_STEP_FIND_EVIDENCE,
  LLWYBR_NEXT_STEP_ANSWER_VERDICT,
} LlwybrNextStepKind;

/* Something the TA could do next, with what it is about. */
typedef struct
{
  LlwybrNextStepKind  kind;
  char               *text;
  char               *standard;
  char               *evidence_uuid;
} LlwybrNextStep;

void                  llwybr_next_step_free           (LlwybrNextStep  *step);
LlwybrStandardStatus  llwybr_coverage_standard_status (LlwybrPortfolio *portfolio,
                                                       const char      *standard);
guint                 llwybr_coverage_count_covered   (LlwybrPortfolio *portfolio);
GPtrArray            *llwybr_coverage_next_steps      (LlwybrPortfolio *portfolio,
                                                       guint            max);
gboolean              llwybr_coverage_has_certificate (LlwybrPortfolio *portfolio,
                                                       const char      *standard);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LlwybrNextStep, llwybr_next_step_free)

G_END_DECLS
