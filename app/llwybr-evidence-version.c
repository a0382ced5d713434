/* llwybr-evidence-version.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "llwybr-evidence-version"

#include "config.h"

#include "llwybr-evidence-version-private.h"

/* A version of a piece of evidence that a later edit, a merge or a
 * restore replaced: its fields (in a piece of evidence of its own, in no
 * portfolio) and its links, as they were. */
struct _LlwybrEvidenceVersion
{
  GObject              parent_instance;

  gint64               row_id;
  LlwybrEvidence      *evidence;
  GStrv                standards;
  GStrv                annotations;
  GDateTime           *saved;
  GDateTime           *replaced;
  LlwybrVersionReason  reason;
};

G_DEFINE_FINAL_TYPE (LlwybrEvidenceVersion, llwybr_evidence_version, G_TYPE_OBJECT)

/* Overrides */

static void
llwybr_evidence_version_finalize (GObject *object)
{
  LlwybrEvidenceVersion *self = (LlwybrEvidenceVersion *)object;

  g_clear_object (&self->evidence);
  g_clear_pointer (&self->standards, g_strfreev);
  g_clear_pointer (&self->annotations, g_strfreev);
  g_clear_pointer (&self->saved, g_date_time_unref);
  g_clear_pointer (&self->replaced, g_date_time_unref);

  G_OBJECT_CLASS (llwybr_evidence_version_parent_class)->finalize (object);
}

static void
llwybr_evidence_version_class_init (LlwybrEvidenceVersionClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = llwybr_evidence_version_finalize;
}

static void
llwybr_evidence_version_init (LlwybrEvidenceVersion *self)
{
}

/* Private API */

LlwybrEvidenceVersion *
_llwybr_evidence_version_new (gint64               row_id,
                              LlwybrEvidence      *evidence,
                              GStrv                standards,
                              GStrv                annotations,
                              GDateTime           *saved,
                              GDateTime           *replaced,
                              LlwybrVersionReason  reason)
{
  LlwybrEvidenceVersion *self = g_object_new (LLWYBR_TYPE_EVIDENCE_VERSION, NULL);

  self->row_id = row_id;
  self->evidence = g_object_ref (evidence);
  self->standards = standards;
  self->annotations = annotations;
  self->saved = g_date_time_ref (saved);
  self->replaced = g_date_time_ref (replaced);
  self->reason = reason;

  return self;
}

gint64
_llwybr_evidence_version_get_row_id (LlwybrEvidenceVersion *self)
{
  g_assert (LLWYBR_IS_EVIDENCE_VERSION (self));

  return self->row_id;
}

/* Public API */

/**
 * llwybr_evidence_version_get_evidence:
 *
 * Returns: (transfer none): the fields as they were, in a piece of
 *   evidence that belongs to no portfolio
 */
LlwybrEvidence *
llwybr_evidence_version_get_evidence (LlwybrEvidenceVersion *self)
{
  g_return_val_if_fail (LLWYBR_IS_EVIDENCE_VERSION (self), NULL);

  return self->evidence;
}

/**
 * llwybr_evidence_version_get_standards:
 *
 * Returns: (transfer none): the codes of the standards it was linked to
 */
const char * const *
llwybr_evidence_version_get_standards (LlwybrEvidenceVersion *self)
{
  g_return_val_if_fail (LLWYBR_IS_EVIDENCE_VERSION (self), NULL);

  return (const char * const *)self->standards;
}

/**
 * llwybr_evidence_version_get_annotations:
 *
 * Returns: (transfer none): the annotation of each link, in the order of
 *   llwybr_evidence_version_get_standards()
 */
const char * const *
llwybr_evidence_version_get_annotations (LlwybrEvidenceVersion *self)
{
  g_return_val_if_fail (LLWYBR_IS_EVIDENCE_VERSION (self), NULL);

  return (const char * const *)self->annotations;
}

/**
 * llwybr_evidence_version_get_saved:
 *
 * Returns: (transfer none): when this version was saved
 */
GDateTime *
llwybr_evidence_version_get_saved (LlwybrEvidenceVersion *self)
{
  g_return_val_if_fail (LLWYBR_IS_EVIDENCE_VERSION (self), NULL);

  return self->saved;
}

/**
 * llwybr_evidence_version_get_replaced:
 *
 * Returns: (transfer none): when a newer version took its place
 */
GDateTime *
llwybr_evidence_version_get_replaced (LlwybrEvidenceVersion *self)
{
  g_return_val_if_fail (LLWYBR_IS_EVIDENCE_VERSION (self), NULL);

  return self->replaced;
}

LlwybrVersionReason
llwybr_evidence_version_get_reason (LlwybrEvidenceVersion *self)
{
  g_return_val_if_fail (LLWYBR_IS_EVIDENCE_VERSION (self), LLWYBR_VERSION_REPLACED_BY_EDIT);

  return self->reason;
}
