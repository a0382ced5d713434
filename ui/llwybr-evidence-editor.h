/* llwybr-evidence-editor.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "llwybr-portfolio.h"

G_BEGIN_DECLS

#define LLWYBR_TYPE_EVIDENCE_EDITOR (llwybr_evidence_editor_get_type())

G_DECLARE_FINAL_TYPE (LlwybrEvidenceEditor, llwybr_evidence_editor, LLWYBR, EVIDENCE_EDITOR, GtkWidget)

void            llwybr_evidence_editor_set_evidence (LlwybrEvidenceEditor *self,
                                                     LlwybrPortfolio      *portfolio,
                                                     LlwybrEvidence       *evidence);
LlwybrEvidence *llwybr_evidence_editor_get_evidence (LlwybrEvidenceEditor *self);
void            llwybr_evidence_editor_save         (LlwybrEvidenceEditor *self);
void            llwybr_evidence_editor_focus_title  (LlwybrEvidenceEditor *self);
void            llwybr_evidence_editor_attach_file  (LlwybrEvidenceEditor *self,
                                                     GFile                *file);

G_END_DECLS
