/* llwybr-standards-page.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "llwybr-portfolio.h"

G_BEGIN_DECLS

#define LLWYBR_TYPE_STANDARDS_PAGE (llwybr_standards_page_get_type())

G_DECLARE_FINAL_TYPE (LlwybrStandardsPage, llwybr_standards_page, LLWYBR, STANDARDS_PAGE, GtkWidget)

LlwybrPortfolio *llwybr_standards_page_get_portfolio (LlwybrStandardsPage *self);
void             llwybr_standards_page_set_portfolio (LlwybrStandardsPage *self,
                                                      LlwybrPortfolio     *portfolio);
void             llwybr_standards_page_show_standard (LlwybrStandardsPage *self,
                                                      const char          *code);
void             llwybr_standards_page_save          (LlwybrStandardsPage *self);

G_END_DECLS
