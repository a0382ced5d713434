/* llwybr-review.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "llwybr-catalog.h"

G_BEGIN_DECLS

#define LLWYBR_TYPE_REVIEW (llwybr_review_get_type())

typedef enum
{
  LLWYBR_REVIEW_COMMENT,
  LLWYBR_REVIEW_VERDICT,
  LLWYBR_REVIEW_SIGN_OFF,
} LlwybrReviewKind;

typedef enum
{
  LLWYBR_REVIEW_TARGET_EVIDENCE,
  LLWYBR_REVIEW_TARGET_STANDARD,
  LLWYBR_REVIEW_TARGET_PORTFOLIO,
} LlwybrReviewTarget;

typedef enum
{
  LLWYBR_VERDICT_NONE,
  LLWYBR_VERDICT_MET,
  LLWYBR_VERDICT_PARTLY_MET,
  LLWYBR_VERDICT_NOT_YET_MET,
} LlwybrVerdict;

G_DECLARE_FINAL_TYPE (LlwybrReview, llwybr_review, LLWYBR, REVIEW, GObject)

LlwybrReviewKind    llwybr_review_get_kind        (LlwybrReview  *self);
LlwybrReviewTarget  llwybr_review_get_target_kind (LlwybrReview  *self);
const char         *llwybr_review_get_uuid        (LlwybrReview  *self);
const char         *llwybr_review_get_target      (LlwybrReview  *self);
LlwybrVerdict       llwybr_review_get_verdict     (LlwybrReview  *self);
const char         *llwybr_review_get_text        (LlwybrReview  *self);
const char         *llwybr_review_get_author      (LlwybrReview  *self);
const char         *llwybr_review_get_author_role (LlwybrReview  *self);
const char         *llwybr_review_get_sha256      (LlwybrReview  *self);
gboolean            llwybr_review_get_unread      (LlwybrReview  *self);
GDateTime          *llwybr_review_get_created     (LlwybrReview  *self);

const char         *llwybr_verdict_to_label       (LlwybrVerdict  verdict);
const char         *llwybr_verdict_to_label_in    (LlwybrVerdict  verdict,
                                                   LlwybrCatalog *catalog);

G_END_DECLS
