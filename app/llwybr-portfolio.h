/* llwybr-portfolio.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "llwybr-attachment.h"
#include "llwybr-document.h"
#include "llwybr-evidence.h"
#include "llwybr-evidence-version.h"
#include "llwybr-framework.h"
#include "llwybr-link.h"
#include "llwybr-plan-step.h"
#include "llwybr-review.h"
#include "llwybr-task.h"

G_BEGIN_DECLS

#define LLWYBR_TYPE_PORTFOLIO (llwybr_portfolio_get_type())
#define LLWYBR_PORTFOLIO_ERROR (llwybr_portfolio_error_quark())

/* The portfolio file's own number in the SQLite header ("Llwy"). */
#define LLWYBR_APPLICATION_ID 0x4c6c7779

/* Attachments larger than this are refused. */
#define LLWYBR_ATTACHMENT_MAX_SIZE (100 * 1000 * 1000)

typedef enum
{
  LLWYBR_PORTFOLIO_ERROR_NOT_FOUND,
  LLWYBR_PORTFOLIO_ERROR_IS_DIRECTORY,
  LLWYBR_PORTFOLIO_ERROR_NOT_READABLE,
  LLWYBR_PORTFOLIO_ERROR_EMPTY,
  LLWYBR_PORTFOLIO_ERROR_NOT_SQLITE,
  LLWYBR_PORTFOLIO_ERROR_NOT_PORTFOLIO,
  LLWYBR_PORTFOLIO_ERROR_DAMAGED,
  LLWYBR_PORTFOLIO_ERROR_NEWER_VERSION,
  LLWYBR_PORTFOLIO_ERROR_READ_ONLY,
  LLWYBR_PORTFOLIO_ERROR_TOO_LARGE,
  LLWYBR_PORTFOLIO_ERROR_EXISTS,
  LLWYBR_PORTFOLIO_ERROR_INVALID,
  LLWYBR_PORTFOLIO_ERROR_FAILED,
  LLWYBR_PORTFOLIO_ERROR_REVIEW_COPY,
  LLWYBR_PORTFOLIO_ERROR_NOT_SAME,
} LlwybrPortfolioError;

/**
 * LlwybrMergeCounts:
 *
 * What a merge brought in, or would bring in.
 */
typedef struct
{
  guint reviews;
  guint evidence_added;
  guint evidence_updated;
  guint evidence_removed;
  guint attachments_added;
  guint plan_steps;
  guint assessment;
} LlwybrMergeCounts;

G_DECLARE_FINAL_TYPE (LlwybrPortfolio, llwybr_portfolio, LLWYBR, PORTFOLIO, GObject)

GQuark            llwybr_portfolio_error_quark              (void);
guint             llwybr_portfolio_schema_version           (void);

LlwybrPortfolio  *llwybr_portfolio_create                   (const char        *path,
                                                             LlwybrFramework   *framework,
                                                             GError           **error);
LlwybrPortfolio  *llwybr_portfolio_open                     (const char        *path,
                                                             GError           **error);
LlwybrPortfolio  *llwybr_portfolio_open_without_page_check  (const char        *path,
                                                             GError           **error);
LlwybrPortfolio  *llwybr_portfolio_open_read_only           (const char        *path,
                                                             GError           **error);
gboolean          llwybr_portfolio_check_integrity          (LlwybrPortfolio   *self,
                                                             GError           **error);
gboolean          llwybr_portfolio_save_copy                (LlwybrPortfolio   *self,
                                                             GFile             *destination,
                                                             GCancellable      *cancellable,
                                                             GError           **error);

const char       *llwybr_portfolio_get_path                 (LlwybrPortfolio   *self);
gboolean          llwybr_portfolio_get_read_only            (LlwybrPortfolio   *self);
guint             llwybr_portfolio_get_file_version         (LlwybrPortfolio   *self);
const char       *llwybr_portfolio_get_uuid                 (LlwybrPortfolio   *self);
GDateTime        *llwybr_portfolio_get_created              (LlwybrPortfolio   *self);
GDateTime        *llwybr_portfolio_get_modified             (LlwybrPortfolio   *self);
LlwybrFramework  *llwybr_portfolio_get_framework            (LlwybrPortfolio   *self);
const char       *llwybr_portfolio_get_title                (LlwybrPortfolio   *self);
gboolean          llwybr_portfolio_set_title                (LlwybrPortfolio   *self,
                                                             const char        *title,
                                                             GError           **error);
const char       *llwybr_portfolio_get_owner                (LlwybrPortfolio   *self);
gboolean          llwybr_portfolio_set_owner                (LlwybrPortfolio   *self,
                                                             const char        *owner,
                                                             GError           **error);
const char       *llwybr_portfolio_get_school               (LlwybrPortfolio   *self);
gboolean          llwybr_portfolio_set_school               (LlwybrPortfolio   *self,
                                                             const char        *school,
                                                             GError           **error);
const char       *llwybr_portfolio_get_role                 (LlwybrPortfolio   *self);
gboolean          llwybr_portfolio_set_role                 (LlwybrPortfolio   *self,
                                                             const char        *role,
                                                             GError           **error);

GListModel       *llwybr_portfolio_get_evidence             (LlwybrPortfolio   *self);
LlwybrEvidence   *llwybr_portfolio_lookup_evidence          (LlwybrPortfolio   *self,
                                                             const char        *uuid);
gboolean          llwybr_portfolio_add_evidence             (LlwybrPortfolio   *self,
                                                             LlwybrEvidence    *evidence,
                                                             GError           **error);
gboolean          llwybr_portfolio_save_evidence            (LlwybrPortfolio   *self,
                                                             LlwybrEvidence    *evidence,
                                                             GError           **error);
gboolean          llwybr_portfolio_remove_evidence          (LlwybrPortfolio   *self,
                                                             LlwybrEvidence    *evidence,
                                                             GError           **error);
GPtrArray        *llwybr_portfolio_search                   (LlwybrPortfolio   *self,
                                                             const char        *text,
                                                             GError           **error);

LlwybrLink       *llwybr_portfolio_link_standard            (LlwybrPortfolio   *self,
                                                             LlwybrEvidence    *evidence,
                                                             const char        *standard,
                                                             const char        *annotation,
                                                             GError           **error);
gboolean          llwybr_portfolio_set_link_annotation      (LlwybrPortfolio   *self,
                                                             LlwybrLink        *link,
                                                             const char        *annotation,
                                                             GError           **error);
gboolean          llwybr_portfolio_unlink_standard          (LlwybrPortfolio   *self,
                                                             LlwybrLink        *link,
                                                             GError           **error);
GListModel       *llwybr_portfolio_list_links               (LlwybrPortfolio   *self,
                                                             LlwybrEvidence    *evidence);
GListModel       *llwybr_portfolio_list_links_for_standard  (LlwybrPortfolio   *self,
                                                             const char        *standard);
GPtrArray        *llwybr_portfolio_list_evidence_for        (LlwybrPortfolio   *self,
                                                             const char        *standard);
guint             llwybr_portfolio_count_evidence_for       (LlwybrPortfolio   *self,
                                                             const char        *standard);
GHashTable       *llwybr_portfolio_count_evidence_by_standard (LlwybrPortfolio *self);
gboolean          llwybr_portfolio_has_evidence_for         (LlwybrPortfolio   *self,
                                                             const char        *standard);
GListModel       *llwybr_portfolio_list_unannotated_links   (LlwybrPortfolio   *self);
GPtrArray        *llwybr_portfolio_list_unlinked_evidence   (LlwybrPortfolio   *self);

LlwybrAttachment *llwybr_portfolio_attach_stream            (LlwybrPortfolio   *self,
                                                             LlwybrEvidence    *evidence,
                                                             const char        *name,
                                                             const char        *mime_type,
                                                             GInputStream      *stream,
                                                             goffset            size,
                                                             GCancellable      *cancellable,
                                                             GError           **error);
LlwybrAttachment *llwybr_portfolio_attach_file              (LlwybrPortfolio   *self,
                                                             LlwybrEvidence    *evidence,
                                                             GFile             *file,
                                                             GCancellable      *cancellable,
                                                             GError           **error);
gboolean          llwybr_portfolio_read_attachment          (LlwybrPortfolio   *self,
                                                             LlwybrAttachment  *attachment,
                                                             GOutputStream     *stream,
                                                             GCancellable      *cancellable,
                                                             GError           **error);
gboolean          llwybr_portfolio_save_attachment          (LlwybrPortfolio   *self,
                                                             LlwybrAttachment  *attachment,
                                                             GFile             *destination,
                                                             GCancellable      *cancellable,
                                                             GError           **error);
gboolean          llwybr_portfolio_remove_attachment        (LlwybrPortfolio   *self,
                                                             LlwybrAttachment  *attachment,
                                                             GError           **error);
GListModel       *llwybr_portfolio_list_attachments         (LlwybrPortfolio   *self,
                                                             LlwybrEvidence    *evidence);
guint             llwybr_portfolio_count_attachments        (LlwybrPortfolio   *self);

const char       *llwybr_portfolio_get_current_role         (LlwybrPortfolio   *self);
gboolean          llwybr_portfolio_set_current_role         (LlwybrPortfolio   *self,
                                                             const char        *role,
                                                             GError           **error);
const char       *llwybr_portfolio_get_target_role          (LlwybrPortfolio   *self);
gboolean          llwybr_portfolio_set_target_role          (LlwybrPortfolio   *self,
                                                             const char        *role,
                                                             GError           **error);
GListModel       *llwybr_portfolio_get_plan_steps           (LlwybrPortfolio   *self);
gboolean          llwybr_portfolio_add_plan_step            (LlwybrPortfolio   *self,
                                                             LlwybrPlanStep    *step,
                                                             GError           **error);
gboolean          llwybr_portfolio_save_plan_step           (LlwybrPortfolio   *self,
                                                             LlwybrPlanStep    *step,
                                                             GError           **error);
gboolean          llwybr_portfolio_remove_plan_step         (LlwybrPortfolio   *self,
                                                             LlwybrPlanStep    *step,
                                                             GError           **error);
gboolean          llwybr_portfolio_move_plan_step           (LlwybrPortfolio   *self,
                                                             LlwybrPlanStep    *step,
                                                             guint              position,
                                                             GError           **error);


gboolean          llwybr_portfolio_get_review_copy          (LlwybrPortfolio   *self);
gboolean          llwybr_portfolio_send_for_review          (LlwybrPortfolio   *self,
                                                             GFile             *destination,
                                                             GCancellable      *cancellable,
                                                             GError           **error);
GListModel       *llwybr_portfolio_get_reviews              (LlwybrPortfolio   *self);
LlwybrReview     *llwybr_portfolio_review_evidence          (LlwybrPortfolio   *self,
                                                             LlwybrEvidence    *evidence,
                                                             const char        *text,
                                                             const char        *author,
                                                             const char        *author_role,
                                                             GError           **error);
LlwybrReview     *llwybr_portfolio_review_standard          (LlwybrPortfolio   *self,
                                                             const char        *standard,
                                                             LlwybrVerdict      verdict,
                                                             const char        *text,
                                                             const char        *author,
                                                             const char        *author_role,
                                                             GError           **error);
LlwybrReview     *llwybr_portfolio_sign_off                 (LlwybrPortfolio   *self,
                                                             const char        *text,
                                                             const char        *author,
                                                             const char        *author_role,
                                                             GError           **error);
gboolean          llwybr_portfolio_mark_review_read         (LlwybrPortfolio   *self,
                                                             LlwybrReview      *review,
                                                             GError           **error);
guint             llwybr_portfolio_count_unread_reviews     (LlwybrPortfolio   *self);
LlwybrVerdict     llwybr_portfolio_get_verdict              (LlwybrPortfolio   *self,
                                                             const char        *standard);
gboolean          llwybr_portfolio_review_is_current        (LlwybrPortfolio   *self,
                                                             LlwybrReview      *review);
gboolean          llwybr_portfolio_evidence_changed_since_review
                                                            (LlwybrPortfolio   *self,
                                                             LlwybrEvidence    *evidence);
GPtrArray        *llwybr_portfolio_list_changed_since_review (LlwybrPortfolio  *self,
                                                             GError           **error);
GListModel       *llwybr_portfolio_list_history             (LlwybrPortfolio   *self,
                                                             LlwybrEvidence    *evidence);
gboolean          llwybr_portfolio_restore_version          (LlwybrPortfolio   *self,
                                                             LlwybrEvidence    *evidence,
                                                             LlwybrEvidenceVersion *version,
                                                             GError           **error);
gboolean          llwybr_portfolio_merge                    (LlwybrPortfolio   *self,
                                                             const char        *other_path,
                                                             gboolean           dry_run,
                                                             LlwybrMergeCounts *counts,
                                                             GError           **error);
char             *llwybr_merge_counts_to_string             (const LlwybrMergeCounts *counts);

GListModel       *llwybr_portfolio_get_tasks                (LlwybrPortfolio   *self);
LlwybrTask       *llwybr_portfolio_lookup_task              (LlwybrPortfolio   *self,
                                                             const char        *id);
gboolean          llwybr_portfolio_set_task_text            (LlwybrPortfolio   *self,
                                                             LlwybrTaskSection *section,
                                                             const char        *text,
                                                             GError           **error);
GListModel       *llwybr_portfolio_get_documents            (LlwybrPortfolio   *self);
GPtrArray        *llwybr_portfolio_list_documents_for       (LlwybrPortfolio   *self,
                                                             const char        *standard);
LlwybrDocument   *llwybr_portfolio_add_document             (LlwybrPortfolio   *self,
                                                             const char        *standard,
                                                             LlwybrAttachment  *attachment,
                                                             GError           **error);
gboolean          llwybr_portfolio_save_document            (LlwybrPortfolio   *self,
                                                             LlwybrDocument    *document,
                                                             GError           **error);
gboolean          llwybr_portfolio_remove_document          (LlwybrPortfolio   *self,
                                                             LlwybrDocument    *document,
                                                             GError           **error);
LlwybrAttachment *llwybr_portfolio_lookup_attachment        (LlwybrPortfolio   *self,
                                                             const char        *uuid);
const char       *llwybr_portfolio_get_endorsed_by          (LlwybrPortfolio   *self);
const GDate      *llwybr_portfolio_get_endorsed_on          (LlwybrPortfolio   *self);
gboolean          llwybr_portfolio_set_endorsement          (LlwybrPortfolio   *self,
                                                             const char        *endorsed_by,
                                                             const GDate       *endorsed_on,
                                                             GError           **error);

G_END_DECLS
