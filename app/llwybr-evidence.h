/* llwybr-evidence.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "llwybr-catalog.h"

G_BEGIN_DECLS

#define LLWYBR_TYPE_EVIDENCE (llwybr_evidence_get_type())

typedef enum
{
  LLWYBR_EVIDENCE_KIND_LESSON_PLAN,
  LLWYBR_EVIDENCE_KIND_OBSERVATION,
  LLWYBR_EVIDENCE_KIND_WITNESS_STATEMENT,
  LLWYBR_EVIDENCE_KIND_REFLECTIVE_ACCOUNT,
  LLWYBR_EVIDENCE_KIND_PUPIL_WORK,
  LLWYBR_EVIDENCE_KIND_CERTIFICATE,
  LLWYBR_EVIDENCE_KIND_TRAINING_RECORD,
  LLWYBR_EVIDENCE_KIND_WRITTEN_TASK_SECTION,
  LLWYBR_EVIDENCE_KIND_OTHER,
} LlwybrEvidenceKind;

typedef enum
{
  LLWYBR_EVIDENCE_SETTING_NONE,
  LLWYBR_EVIDENCE_SETTING_INDIVIDUAL,
  LLWYBR_EVIDENCE_SETTING_SMALL_GROUP,
  LLWYBR_EVIDENCE_SETTING_WHOLE_CLASS,
  LLWYBR_EVIDENCE_SETTING_WIDER_ROLE,
} LlwybrEvidenceSetting;

G_DECLARE_FINAL_TYPE (LlwybrEvidence, llwybr_evidence, LLWYBR, EVIDENCE, GObject)

LlwybrEvidence        *llwybr_evidence_new            (void);
const char            *llwybr_evidence_get_uuid       (LlwybrEvidence        *self);
const char            *llwybr_evidence_get_title      (LlwybrEvidence        *self);
void                   llwybr_evidence_set_title      (LlwybrEvidence        *self,
                                                       const char            *title);
GDate                 *llwybr_evidence_get_date       (LlwybrEvidence        *self);
void                   llwybr_evidence_set_date       (LlwybrEvidence        *self,
                                                       const GDate           *date);
LlwybrEvidenceKind     llwybr_evidence_get_kind       (LlwybrEvidence        *self);
void                   llwybr_evidence_set_kind       (LlwybrEvidence        *self,
                                                       LlwybrEvidenceKind     kind);
LlwybrEvidenceSetting  llwybr_evidence_get_setting    (LlwybrEvidence        *self);
void                   llwybr_evidence_set_setting    (LlwybrEvidence        *self,
                                                       LlwybrEvidenceSetting  setting);
const char            *llwybr_evidence_get_age_range  (LlwybrEvidence        *self);
void                   llwybr_evidence_set_age_range  (LlwybrEvidence        *self,
                                                       const char            *age_range);
const char            *llwybr_evidence_get_subject    (LlwybrEvidence        *self);
void                   llwybr_evidence_set_subject    (LlwybrEvidence        *self,
                                                       const char            *subject);
const char            *llwybr_evidence_get_reflection (LlwybrEvidence        *self);
void                   llwybr_evidence_set_reflection (LlwybrEvidence        *self,
                                                       const char            *reflection);
GDateTime             *llwybr_evidence_get_created    (LlwybrEvidence        *self);
GDateTime             *llwybr_evidence_get_modified   (LlwybrEvidence        *self);
int                    llwybr_evidence_compare_by_date  (LlwybrEvidence      *a,
                                                         LlwybrEvidence      *b);
int                    llwybr_evidence_compare_by_title (LlwybrEvidence      *a,
                                                         LlwybrEvidence      *b);
gboolean               llwybr_evidence_is_within        (LlwybrEvidence      *self,
                                                         const GDate         *since);
const char            *llwybr_evidence_kind_to_label  (LlwybrEvidenceKind     kind);
const char            *llwybr_evidence_setting_to_label (LlwybrEvidenceSetting setting);
const char            *llwybr_evidence_kind_to_label_in    (LlwybrEvidenceKind     kind,
                                                            LlwybrCatalog         *catalog);
const char            *llwybr_evidence_setting_to_label_in (LlwybrEvidenceSetting  setting,
                                                            LlwybrCatalog         *catalog);

G_END_DECLS
