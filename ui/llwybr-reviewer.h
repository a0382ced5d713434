/* llwybr-reviewer.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "llwybr.h"

G_BEGIN_DECLS

typedef void (*LlwybrReviewerReady) (GObject    *owner,
                                     const char *name,
                                     const char *role);

void       llwybr_reviewer_ensure  (GtkWidget           *parent,
                                    LlwybrReviewerReady  ready,
                                    GObject             *owner);
GtkWidget *llwybr_review_row_new   (LlwybrPortfolio     *portfolio,
                                    LlwybrReview        *review,
                                    gboolean             show_target);
char      *llwybr_review_describe  (LlwybrPortfolio     *portfolio,
                                    LlwybrReview        *review);
const char *llwybr_verdict_mark    (LlwybrVerdict        verdict);

G_END_DECLS
