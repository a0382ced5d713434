/* llwybr-review-page.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "llwybr-portfolio.h"

G_BEGIN_DECLS

#define LLWYBR_TYPE_REVIEW_PAGE (llwybr_review_page_get_type())

G_DECLARE_FINAL_TYPE (LlwybrReviewPage, llwybr_review_page, LLWYBR, REVIEW_PAGE, GtkWidget)

void llwybr_review_page_set_portfolio (LlwybrReviewPage *self,
                                       LlwybrPortfolio  *portfolio);

G_END_DECLS
