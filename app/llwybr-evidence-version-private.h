/* llwybr-evidence-version-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "llwybr-evidence-version.h"

G_BEGIN_DECLS

/* Takes @standards and @annotations. */
LlwybrEvidenceVersion *_llwybr_evidence_version_new        (gint64                 row_id,
                                                            LlwybrEvidence        *evidence,
                                                            GStrv                  standards,
                                                            GStrv                  annotations,
                                                            GDateTime             *saved,
                                                            GDateTime             *replaced,
                                                            LlwybrVersionReason    reason);
gint64                 _llwybr_evidence_version_get_row_id (LlwybrEvidenceVersion *self);

G_END_DECLS
