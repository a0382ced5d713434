/* llwybr-document-row.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "llwybr-portfolio.h"

G_BEGIN_DECLS

#define LLWYBR_TYPE_DOCUMENT_ROW (llwybr_document_row_get_type())

G_DECLARE_FINAL_TYPE (LlwybrDocumentRow, llwybr_document_row, LLWYBR, DOCUMENT_ROW, AdwExpanderRow)

GtkWidget      *llwybr_document_row_new          (LlwybrPortfolio   *portfolio,
                                                  LlwybrDocument    *document);
LlwybrDocument *llwybr_document_row_get_document (LlwybrDocumentRow *self);
void            llwybr_document_row_update       (LlwybrDocumentRow *self);
void            llwybr_document_row_save         (LlwybrDocumentRow *self);
void            llwybr_document_row_focus_why    (LlwybrDocumentRow *self);

G_END_DECLS
