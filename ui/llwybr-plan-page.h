/* llwybr-plan-page.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "llwybr-portfolio.h"

G_BEGIN_DECLS

#define LLWYBR_TYPE_PLAN_PAGE (llwybr_plan_page_get_type())

G_DECLARE_FINAL_TYPE (LlwybrPlanPage, llwybr_plan_page, LLWYBR, PLAN_PAGE, GtkWidget)

void llwybr_plan_page_set_portfolio (LlwybrPlanPage  *self,
                                     LlwybrPortfolio *portfolio);

G_END_DECLS
