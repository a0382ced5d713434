/* llwybr-review-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "llwybr-review.h"

G_BEGIN_DECLS

/* Reviews are made and stored by LlwybrPortfolio, and never change after,
 * but for being read. */
LlwybrReview *_llwybr_review_new        (const char         *uuid,
                                         LlwybrReviewKind    kind,
                                         LlwybrReviewTarget  target_kind,
                                         const char         *target,
                                         LlwybrVerdict       verdict,
                                         const char         *text,
                                         const char         *author,
                                         const char         *author_role,
                                         const char         *sha256,
                                         GDateTime          *created);
void          _llwybr_review_set_unread (LlwybrReview       *self,
                                         gboolean            unread);

G_END_DECLS
