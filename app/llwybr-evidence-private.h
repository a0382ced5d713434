/* llwybr-evidence-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "llwybr-evidence.h"

G_BEGIN_DECLS

/* The portfolio gives a piece of evidence its identity when it stores it. */
gint64  _llwybr_evidence_get_row_id (LlwybrEvidence *self);
void    _llwybr_evidence_set_record (LlwybrEvidence *self,
                                     gint64          row_id,
                                     const char     *uuid,
                                     GDateTime      *created,
                                     GDateTime      *modified);
void    _llwybr_evidence_set_modified (LlwybrEvidence *self,
                                       GDateTime      *modified);
int     _llwybr_evidence_compare_stored (LlwybrEvidence *a,
                                         LlwybrEvidence *b);

G_END_DECLS
