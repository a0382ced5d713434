/* llwybr-evidence-page.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "llwybr-portfolio.h"

G_BEGIN_DECLS

#define LLWYBR_TYPE_EVIDENCE_PAGE (llwybr_evidence_page_get_type())

G_DECLARE_FINAL_TYPE (LlwybrEvidencePage, llwybr_evidence_page, LLWYBR, EVIDENCE_PAGE, GtkWidget)

void llwybr_evidence_page_set_portfolio  (LlwybrEvidencePage *self,
                                          LlwybrPortfolio    *portfolio);
void llwybr_evidence_page_show_evidence  (LlwybrEvidencePage *self,
                                          const char         *uuid);
void llwybr_evidence_page_add_evidence   (LlwybrEvidencePage *self,
                                          const char         *standard);
void llwybr_evidence_page_focus_search   (LlwybrEvidencePage *self);
void llwybr_evidence_page_save           (LlwybrEvidencePage *self);

G_END_DECLS
