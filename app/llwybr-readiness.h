/* llwybr-readiness.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "llwybr-catalog.h"
#include "llwybr-portfolio.h"

G_BEGIN_DECLS

/* What assessment providers allow; they differ, so these are settings. */
typedef struct
{
  guint  documents_per_standard;      /* at most this many documents a standard */
  guint  standards_without_document;  /* this many standards may have none */
  guint  words_over_percent;          /* a section this far over its guidance is flagged */
} LlwybrReadinessLimits;

typedef enum
{
  LLWYBR_FINDING_REQUIRED,  /* assessment cannot go ahead without it */
  LLWYBR_FINDING_WARNING,   /* an assessor is likely to ask about it */
} LlwybrFindingSeverity;

typedef enum
{
  LLWYBR_FINDING_NO_CERTIFICATE,
  LLWYBR_FINDING_NO_ENDORSEMENT,
  LLWYBR_FINDING_SECTION_EMPTY,
  LLWYBR_FINDING_NOT_CLAIMED,
  LLWYBR_FINDING_NO_DOCUMENT,
  LLWYBR_FINDING_TOO_MANY_DOCUMENTS,
  LLWYBR_FINDING_CONTEXT_CLAIMS,
  LLWYBR_FINDING_SECTION_TOO_LONG,
  LLWYBR_FINDING_NO_HIGHLIGHT,
} LlwybrFindingKind;

/**
 * LlwybrFinding:
 * @kind: what is missing or wrong
 * @severity: how much it matters
 * @text: what to do about it, in the catalogue's language
 * @standards: the standards it is about, in standards order; may be empty
 * @task: the task's id, or %NULL
 * @section: the section's id, or %NULL
 * @document: the document's UUID, or %NULL
 */
typedef struct
{
  LlwybrFindingKind      kind;
  LlwybrFindingSeverity  severity;
  char                  *text;
  GStrv                  standards;
  char                  *task;
  char                  *section;
  char                  *document;
} LlwybrFinding;

/**
 * LlwybrGrid:
 * @standards: (element-type LlwybrStandard): the rows, in standards order
 * @tasks: (element-type LlwybrTask): the first columns; the last column is
 *   the document file
 * @cells: for row r and column c, @cells[r * (@tasks->len + 1) + c]: the
 *   claims of the standard in the task (outside context sections), or the
 *   documents chosen for it
 */
typedef struct
{
  GPtrArray *standards;
  GPtrArray *tasks;
  guint     *cells;
} LlwybrGrid;

void        llwybr_readiness_limits_init (LlwybrReadinessLimits       *limits);
void        llwybr_readiness_limits_load (LlwybrReadinessLimits       *limits);
GPtrArray  *llwybr_readiness_findings    (LlwybrPortfolio             *portfolio,
                                          const LlwybrReadinessLimits *limits,
                                          LlwybrCatalog               *catalog);
guint       llwybr_readiness_count_required (GPtrArray                *findings);
void        llwybr_finding_free          (LlwybrFinding               *finding);
const char *llwybr_finding_severity_to_label_in (LlwybrFindingSeverity  severity,
                                                 LlwybrCatalog         *catalog);

LlwybrGrid *llwybr_grid_new              (LlwybrPortfolio             *portfolio);
guint       llwybr_grid_get              (LlwybrGrid                  *grid,
                                          guint                        row,
                                          guint                        column);
void        llwybr_grid_free             (LlwybrGrid                  *grid);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LlwybrFinding, llwybr_finding_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (LlwybrGrid, llwybr_grid_free)

G_END_DECLS
