/* llwybr-document-group.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "llwybr-portfolio.h"

G_BEGIN_DECLS

#define LLWYBR_TYPE_DOCUMENT_GROUP (llwybr_document_group_get_type())

G_DECLARE_FINAL_TYPE (LlwybrDocumentGroup, llwybr_document_group, LLWYBR, DOCUMENT_GROUP, AdwPreferencesGroup)

LlwybrPortfolio *llwybr_document_group_get_portfolio (LlwybrDocumentGroup *self);
void             llwybr_document_group_set_portfolio (LlwybrDocumentGroup *self,
                                                      LlwybrPortfolio     *portfolio);
const char      *llwybr_document_group_get_standard  (LlwybrDocumentGroup *self);
void             llwybr_document_group_set_standard  (LlwybrDocumentGroup *self,
                                                      const char          *standard);
guint            llwybr_document_group_get_limit     (LlwybrDocumentGroup *self);
void             llwybr_document_group_set_limit     (LlwybrDocumentGroup *self,
                                                      guint                limit);
void             llwybr_document_group_save          (LlwybrDocumentGroup *self);

G_END_DECLS
