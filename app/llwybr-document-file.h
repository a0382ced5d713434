/* llwybr-document-file.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "llwybr-portfolio.h"
#include "llwybr-summary.h"

G_BEGIN_DECLS

gboolean llwybr_document_file_write_pdf (LlwybrPortfolio        *portfolio,
                                         LlwybrSummaryLanguage   language,
                                         GFile                  *destination,
                                         GCancellable           *cancellable,
                                         GError                **error);

G_END_DECLS
