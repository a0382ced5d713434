/* llwybr-document-file-export.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "llwybr-portfolio.h"
#include "llwybr-summary.h"

G_BEGIN_DECLS

void llwybr_document_file_export_choose (AdwToastOverlay       *toasts,
                                         LlwybrPortfolio       *portfolio,
                                         GCancellable          *cancellable);
void llwybr_document_file_export_to     (AdwToastOverlay       *toasts,
                                         LlwybrPortfolio       *portfolio,
                                         LlwybrSummaryLanguage  language,
                                         GFile                 *destination,
                                         GCancellable          *cancellable);

G_END_DECLS
