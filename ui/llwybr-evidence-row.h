/* llwybr-evidence-row.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "llwybr-evidence.h"

G_BEGIN_DECLS

#define LLWYBR_TYPE_EVIDENCE_ROW (llwybr_evidence_row_get_type())

G_DECLARE_FINAL_TYPE (LlwybrEvidenceRow, llwybr_evidence_row, LLWYBR, EVIDENCE_ROW, GtkWidget)

GtkWidget      *llwybr_evidence_row_new                      (void);
LlwybrEvidence *llwybr_evidence_row_get_evidence             (LlwybrEvidenceRow *self);
void            llwybr_evidence_row_set_evidence             (LlwybrEvidenceRow *self,
                                                              LlwybrEvidence    *evidence);
const char     *llwybr_evidence_row_get_query                (LlwybrEvidenceRow *self);
void            llwybr_evidence_row_set_query                (LlwybrEvidenceRow *self,
                                                              const char        *query);
gboolean        llwybr_evidence_row_get_changed_since_review (LlwybrEvidenceRow *self);
void            llwybr_evidence_row_set_changed_since_review (LlwybrEvidenceRow *self,
                                                              gboolean           changed);
const char     *llwybr_evidence_row_get_details              (LlwybrEvidenceRow *self);

G_END_DECLS
