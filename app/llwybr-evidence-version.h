/* llwybr-evidence-version.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "llwybr-evidence.h"

G_BEGIN_DECLS

#define LLWYBR_TYPE_EVIDENCE_VERSION (llwybr_evidence_version_get_type())

typedef enum
{
  LLWYBR_VERSION_REPLACED_BY_EDIT,
  LLWYBR_VERSION_REPLACED_BY_MERGE,
  LLWYBR_VERSION_REPLACED_BY_RESTORE,
} LlwybrVersionReason;

G_DECLARE_FINAL_TYPE (LlwybrEvidenceVersion, llwybr_evidence_version, LLWYBR, EVIDENCE_VERSION, GObject)

LlwybrEvidence      *llwybr_evidence_version_get_evidence    (LlwybrEvidenceVersion *self);
const char * const  *llwybr_evidence_version_get_standards   (LlwybrEvidenceVersion *self);
const char * const  *llwybr_evidence_version_get_annotations (LlwybrEvidenceVersion *self);
GDateTime           *llwybr_evidence_version_get_saved       (LlwybrEvidenceVersion *self);
GDateTime           *llwybr_evidence_version_get_replaced    (LlwybrEvidenceVersion *self);
LlwybrVersionReason  llwybr_evidence_version_get_reason      (LlwybrEvidenceVersion *self);

G_END_DECLS
