/* llwybr-overview-page.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "llwybr-portfolio.h"

G_BEGIN_DECLS

#define LLWYBR_TYPE_OVERVIEW_PAGE (llwybr_overview_page_get_type())

G_DECLARE_FINAL_TYPE (LlwybrOverviewPage, llwybr_overview_page, LLWYBR, OVERVIEW_PAGE, GtkWidget)

void llwybr_overview_page_set_portfolio (LlwybrOverviewPage *self,
                                         LlwybrPortfolio    *portfolio);

G_END_DECLS
