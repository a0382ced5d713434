/* llwybr-portfolio-review.c
 *
 * A mentor's reviews of a portfolio, what each review saw, copies sent for
 * review, and the history of each piece of evidence.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "llwybr-portfolio"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "llwybr-enums.h"
#include "llwybr-evidence-private.h"
#include "llwybr-evidence-version-private.h"
#include "llwybr-portfolio-private.h"
#include "llwybr-review-private.h"

/* Edits closer together than this are one version in the history: the
 * editor saves as the TA types, and a version per pause would bury the one
 * she may want back. So is a new piece of evidence: it is still being
 * written, and its first steps are not versions worth going back to. */
#define HISTORY_QUIET_TIME (10 * G_TIME_SPAN_MINUTE)

/* What a review of a piece of evidence saw: its fields, its links with
 * their annotations and its attachments' digests, in a fixed order. */
#define EVIDENCE_DIGEST(e) \
  "llwybr_sha256 (json_array (" e ".title, " e ".date, " e ".kind, " e ".setting, " e ".age_range," \
  "  " e ".subject, " e ".reflection," \
  "  " HISTORY_LINKS ("main", e) "," \
  "  (SELECT json_group_array (sha256) FROM" \
  "     (SELECT sha256 FROM attachment WHERE evidence_id = " e ".id ORDER BY sha256))))"

/* The evidence a review covers: one piece, a standard's, or all of it. */
#define COVERED_EVIDENCE \
  "SELECT e.uuid AS uuid, " EVIDENCE_DIGEST ("e") " AS digest FROM evidence e" \
  " WHERE (?1 = 'evidence' AND e.uuid = ?2)" \
  "    OR (?1 = 'standard' AND e.id IN (SELECT evidence_id FROM link WHERE standard = ?2))" \
  "    OR ?1 = 'portfolio'"

#define REVIEW_COLUMNS \
  "uuid, kind, target_kind, target, verdict, text, author, author_role, sha256, created, unread"

/* Helpers */

static LlwybrReview *
review_from_row (sqlite3_stmt *stmt)
{
  g_autoptr(GDateTime) created = _llwybr_time_from_string (_llwybr_db_column_text (stmt, 9));
  LlwybrReview *review;

  review = _llwybr_review_new (_llwybr_db_column_text (stmt, 0),
                               _llwybr_enum_from_nick (LLWYBR_TYPE_REVIEW_KIND, _llwybr_db_column_text (stmt, 1),
                                                       LLWYBR_REVIEW_COMMENT),
                               _llwybr_enum_from_nick (LLWYBR_TYPE_REVIEW_TARGET, _llwybr_db_column_text (stmt, 2),
                                                       LLWYBR_REVIEW_TARGET_PORTFOLIO),
                               _llwybr_db_column_text (stmt, 3),
                               _llwybr_enum_from_nick (LLWYBR_TYPE_VERDICT, _llwybr_db_column_text (stmt, 4),
                                                       LLWYBR_VERDICT_NONE),
                               _llwybr_db_column_text (stmt, 5),
                               _llwybr_db_column_text (stmt, 6),
                               _llwybr_db_column_text (stmt, 7),
                               _llwybr_db_column_text (stmt, 8),
                               created);
  _llwybr_review_set_unread (review, sqlite3_column_int (stmt, 10));
  return review;
}

/* The digest of what a review of @target_kind @target covers: a piece of
 * evidence's own, or one over every piece a standard or the portfolio
 * has. NULL when the evidence is gone. */
static char *
target_digest (LlwybrPortfolio *self,
               const char      *target_kind,
               const char      *target)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = _llwybr_db_prepare (self->db,
                             "WITH covered AS (" COVERED_EVIDENCE ")"
                             " SELECT CASE WHEN ?1 = 'evidence' THEN (SELECT digest FROM covered)"
                             " ELSE llwybr_sha256 (coalesce ((SELECT group_concat (uuid || ':' || digest, ' ')"
                             "   FROM (SELECT uuid, digest FROM covered ORDER BY uuid)), '')) END", NULL);
  if (stmt == NULL)
    return NULL;
  _llwybr_db_bind_text (stmt, 1, target_kind);
  _llwybr_db_bind_text (stmt, 2, target);

  if (sqlite3_step (stmt) != SQLITE_ROW || sqlite3_column_type (stmt, 0) == SQLITE_NULL)
    return NULL;

  return g_strdup (_llwybr_db_column_text (stmt, 0));
}

static gboolean
insert_review (LlwybrPortfolio  *self,
               LlwybrReview     *review,
               GDateTime        *now,
               GError          **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *now_text = _llwybr_time_to_string (now);
  const char *target_kind = _llwybr_enum_to_nick (LLWYBR_TYPE_REVIEW_TARGET, llwybr_review_get_target_kind (review));

  stmt = _llwybr_db_prepare (self->db,
                             "INSERT INTO review (uuid, kind, target_kind, target, verdict, text, author,"
                             " author_role, sha256, unread, created, modified)"
                             " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, 0, ?10, ?10)", error);
  if (stmt == NULL)
    return FALSE;
  _llwybr_db_bind_text (stmt, 1, llwybr_review_get_uuid (review));
  _llwybr_db_bind_text (stmt, 2, _llwybr_enum_to_nick (LLWYBR_TYPE_REVIEW_KIND, llwybr_review_get_kind (review)));
  _llwybr_db_bind_text (stmt, 3, target_kind);
  _llwybr_db_bind_text (stmt, 4, llwybr_review_get_target (review));
  _llwybr_db_bind_text (stmt, 5, _llwybr_enum_to_nick (LLWYBR_TYPE_VERDICT, llwybr_review_get_verdict (review)));
  _llwybr_db_bind_text (stmt, 6, llwybr_review_get_text (review));
  _llwybr_db_bind_text (stmt, 7, llwybr_review_get_author (review));
  _llwybr_db_bind_text (stmt, 8, llwybr_review_get_author_role (review));
  _llwybr_db_bind_text (stmt, 9, llwybr_review_get_sha256 (review));
  _llwybr_db_bind_text (stmt, 10, now_text);
  if (!_llwybr_db_step (stmt, error))
    return FALSE;
  g_clear_pointer (&stmt, sqlite3_finalize);

  /* Each piece of evidence seen, so an edit to one flags that one. */
  stmt = _llwybr_db_prepare (self->db,
                             "INSERT INTO reviewed_evidence (review_uuid, evidence_uuid, sha256)"
                             " WITH covered AS (" COVERED_EVIDENCE ")"
                             " SELECT ?3, uuid, digest FROM covered", error);
  if (stmt == NULL)
    return FALSE;
  _llwybr_db_bind_text (stmt, 1, target_kind);
  _llwybr_db_bind_text (stmt, 2, llwybr_review_get_target (review));
  _llwybr_db_bind_text (stmt, 3, llwybr_review_get_uuid (review));
  return _llwybr_db_step (stmt, error);
}

static gboolean
is_blank (const char *text)
{
  for (; text != NULL && *text; text = g_utf8_next_char (text))
    if (!g_unichar_isspace (g_utf8_get_char (text)))
      return FALSE;

  return TRUE;
}

static LlwybrReview *
add_review (LlwybrPortfolio     *self,
            LlwybrReviewKind     kind,
            LlwybrReviewTarget   target_kind,
            const char          *target,
            LlwybrVerdict        verdict,
            const char          *text,
            const char          *author,
            const char          *author_role,
            GError             **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(LlwybrReview) review = NULL;
  g_autofree char *uuid = g_uuid_string_random ();
  g_autofree char *digest = NULL;

  if (is_blank (author))
    {
      g_set_error_literal (error, LLWYBR_PORTFOLIO_ERROR, LLWYBR_PORTFOLIO_ERROR_INVALID,
                           _("A review needs the reviewer’s name. Set your name in Preferences first."));
      return NULL;
    }

  if (!_llwybr_portfolio_begin_review (self, error))
    return NULL;

  digest = target_digest (self, _llwybr_enum_to_nick (LLWYBR_TYPE_REVIEW_TARGET, target_kind), target);
  review = _llwybr_review_new (uuid, kind, target_kind, target, verdict, text ? text : "", author,
                               author_role ? author_role : "", digest ? digest : "", now);

  if (!insert_review (self, review, now, error) || !_llwybr_portfolio_commit (self, now, error))
    {
      _llwybr_portfolio_rollback (self);
      return NULL;
    }

  g_list_store_append (self->reviews, review);
  return g_steal_pointer (&review);
}

static GStrv
strv_from_json_column (JsonArray *pairs,
                       guint      index)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; pairs != NULL && i < json_array_get_length (pairs); i++)
    {
      JsonNode *pair = json_array_get_element (pairs, i);

      if (JSON_NODE_HOLDS_ARRAY (pair) && json_array_get_length (json_node_get_array (pair)) == 2)
        g_strv_builder_add (builder, json_array_get_string_element (json_node_get_array (pair), index) ?: "");
    }

  return g_strv_builder_end (builder);
}

static LlwybrEvidenceVersion *
version_from_row (sqlite3_stmt *stmt)
{
  g_autoptr(LlwybrEvidence) evidence = llwybr_evidence_new ();
  g_autoptr(GDate) date = _llwybr_date_from_string (_llwybr_db_column_text (stmt, 2));
  g_autoptr(GDateTime) saved = _llwybr_time_from_string (_llwybr_db_column_text (stmt, 9));
  g_autoptr(GDateTime) replaced = _llwybr_time_from_string (_llwybr_db_column_text (stmt, 10));
  g_autoptr(JsonNode) links = json_from_string (_llwybr_db_column_text (stmt, 8), NULL);
  JsonArray *pairs = links && JSON_NODE_HOLDS_ARRAY (links) ? json_node_get_array (links) : NULL;

  g_object_set (evidence,
                "title", _llwybr_db_column_text (stmt, 1),
                "date", date,
                "kind", _llwybr_enum_from_nick (LLWYBR_TYPE_EVIDENCE_KIND, _llwybr_db_column_text (stmt, 3),
                                                LLWYBR_EVIDENCE_KIND_OTHER),
                "setting", _llwybr_enum_from_nick (LLWYBR_TYPE_EVIDENCE_SETTING, _llwybr_db_column_text (stmt, 4),
                                                   LLWYBR_EVIDENCE_SETTING_NONE),
                "age-range", _llwybr_db_column_text (stmt, 5),
                "subject", _llwybr_db_column_text (stmt, 6),
                "reflection", _llwybr_db_column_text (stmt, 7),
                NULL);

  return _llwybr_evidence_version_new (sqlite3_column_int64 (stmt, 0), evidence,
                                       strv_from_json_column (pairs, 0), strv_from_json_column (pairs, 1),
                                       saved, replaced,
                                       _llwybr_enum_from_nick (LLWYBR_TYPE_VERSION_REASON,
                                                               _llwybr_db_column_text (stmt, 11),
                                                               LLWYBR_VERSION_REPLACED_BY_EDIT));
}

static gboolean
replace_links (LlwybrPortfolio        *self,
               gint64                  row,
               LlwybrEvidenceVersion  *version,
               const char             *now_text,
               GError                **error)
{
  const char * const *standards = llwybr_evidence_version_get_standards (version);
  const char * const *annotations = llwybr_evidence_version_get_annotations (version);
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (!(stmt = _llwybr_db_prepare (self->db, "DELETE FROM link WHERE evidence_id = ?", error)))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, row);
  if (!_llwybr_db_step (stmt, error))
    return FALSE;
  g_clear_pointer (&stmt, sqlite3_finalize);

  stmt = _llwybr_db_prepare (self->db,
                             "INSERT OR IGNORE INTO link (uuid, evidence_id, standard, annotation, created, modified)"
                             " VALUES (?1, ?2, ?3, ?4, ?5, ?5)", error);
  if (stmt == NULL)
    return FALSE;

  for (guint i = 0; standards[i] != NULL && annotations[i] != NULL; i++)
    {
      g_autofree char *uuid = g_uuid_string_random ();

      /* A standard the framework lacks cannot have come from us. */
      if (llwybr_framework_lookup_standard (self->framework, standards[i]) == NULL)
        continue;

      sqlite3_reset (stmt);
      _llwybr_db_bind_text (stmt, 1, uuid);
      sqlite3_bind_int64 (stmt, 2, row);
      _llwybr_db_bind_text (stmt, 3, standards[i]);
      _llwybr_db_bind_text (stmt, 4, annotations[i]);
      _llwybr_db_bind_text (stmt, 5, now_text);
      if (!_llwybr_db_step (stmt, error))
        return FALSE;
    }

  return TRUE;
}

static void
emit_links_changed_all (LlwybrPortfolio *self)
{
  GListModel *standards = llwybr_framework_get_standards (self->framework);

  for (guint i = 0; i < g_list_model_get_n_items (standards); i++)
    {
      g_autoptr(LlwybrStandard) standard = g_list_model_get_item (standards, i);

      g_signal_emit (self, _llwybr_portfolio_signals [SIGNAL_LINKS_CHANGED], 0, llwybr_standard_get_code (standard));
    }
}

/* Private API */

gboolean
_llwybr_portfolio_load_reviews (LlwybrPortfolio  *self,
                                GError          **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  if (self->file_version < 4)
    return TRUE;

  if (!(stmt = _llwybr_db_prepare (self->db, "SELECT review_copy FROM portfolio WHERE id = 1", error)))
    return FALSE;
  self->review_copy = sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_int (stmt, 0) != 0;
  g_clear_pointer (&stmt, sqlite3_finalize);

  g_list_store_remove_all (self->reviews);
  if (!(stmt = _llwybr_db_prepare (self->db, "SELECT " REVIEW_COLUMNS " FROM review ORDER BY created, id", error)))
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(LlwybrReview) review = review_from_row (stmt);

      g_list_store_append (self->reviews, review);
    }

  return rc == SQLITE_DONE || _llwybr_db_failed (self->db, error);
}

/**
 * _llwybr_portfolio_keep_version:
 * @reason: why the stored version is being replaced
 *
 * Within an edit's transaction, before the evidence in @row changes: keeps
 * the version stored now in the history (unless the evidence is new, or
 * an edit kept a version moments ago) and stamps the evidence as
 * modified.
 */
gboolean
_llwybr_portfolio_keep_version (LlwybrPortfolio      *self,
                                gint64                row,
                                LlwybrVersionReason   reason,
                                GDateTime            *now,
                                GError              **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GDateTime) quiet = g_date_time_add (now, -HISTORY_QUIET_TIME);
  g_autofree char *now_text = _llwybr_time_to_string (now);
  g_autofree char *quiet_text = _llwybr_time_to_string (quiet);

  stmt = _llwybr_db_prepare (self->db,
                             "INSERT OR IGNORE INTO evidence_history (evidence_uuid, title, date, kind, setting,"
                             " age_range, subject, reflection, links, saved, replaced, reason)"
                             " SELECT e.uuid, e.title, e.date, e.kind, e.setting, e.age_range, e.subject,"
                             "  e.reflection, " HISTORY_LINKS ("main", "e") ", e.modified, ?2, ?3"
                             " FROM evidence e WHERE e.id = ?1"
                             " AND (?3 <> 'edit' OR (e.created <= ?4 AND NOT EXISTS (SELECT 1 FROM evidence_history h"
                             "   WHERE h.evidence_uuid = e.uuid AND h.reason = 'edit' AND h.replaced > ?4)))", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, row);
  _llwybr_db_bind_text (stmt, 2, now_text);
  _llwybr_db_bind_text (stmt, 3, _llwybr_enum_to_nick (LLWYBR_TYPE_VERSION_REASON, reason));
  _llwybr_db_bind_text (stmt, 4, quiet_text);
  if (!_llwybr_db_step (stmt, error))
    return FALSE;
  g_clear_pointer (&stmt, sqlite3_finalize);

  if (!(stmt = _llwybr_db_prepare (self->db, "UPDATE evidence SET modified = ?2 WHERE id = ?1", error)))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, row);
  _llwybr_db_bind_text (stmt, 2, now_text);
  return _llwybr_db_step (stmt, error);
}

/* A deletion is remembered, so that merging an older copy that still has
 * the record does not bring it back. */
gboolean
_llwybr_portfolio_bury (LlwybrPortfolio  *self,
                        const char       *uuid,
                        GDateTime        *now,
                        GError          **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *now_text = _llwybr_time_to_string (now);

  if (!(stmt = _llwybr_db_prepare (self->db, "INSERT OR REPLACE INTO tombstone (uuid, deleted) VALUES (?, ?)", error)))
    return FALSE;
  _llwybr_db_bind_text (stmt, 1, uuid);
  _llwybr_db_bind_text (stmt, 2, now_text);
  return _llwybr_db_step (stmt, error);
}

/* Public API */

/**
 * llwybr_portfolio_get_review_copy:
 *
 * Returns: whether this is a copy sent for review, in which the TA's
 *   records cannot be changed, only reviewed
 */
gboolean
llwybr_portfolio_get_review_copy (LlwybrPortfolio *self)
{
  g_return_val_if_fail (LLWYBR_IS_PORTFOLIO (self), FALSE);

  return self->review_copy;
}

/**
 * llwybr_portfolio_get_reviews:
 *
 * Returns: (transfer none): a #GListModel of #LlwybrReview, oldest first
 */
GListModel *
llwybr_portfolio_get_reviews (LlwybrPortfolio *self)
{
  g_return_val_if_fail (LLWYBR_IS_PORTFOLIO (self), NULL);

  return G_LIST_MODEL (self->reviews);
}

/**
 * llwybr_portfolio_review_evidence:
 * @author: the reviewer's name
 * @author_role: (nullable): the reviewer's role ("Class teacher")
 *
 * Records a comment on @evidence, with the digest of what it says now.
 *
 * Returns: (transfer full): the review, or %NULL with @error set
 */
LlwybrReview *
llwybr_portfolio_review_evidence (LlwybrPortfolio  *self,
                                  LlwybrEvidence   *evidence,
                                  const char       *text,
                                  const char       *author,
                                  const char       *author_role,
                                  GError          **error)
{
  g_return_val_if_fail (LLWYBR_IS_PORTFOLIO (self), NULL);
  g_return_val_if_fail (LLWYBR_IS_EVIDENCE (evidence), NULL);
  g_return_val_if_fail (text != NULL, NULL);

  return add_review (self, LLWYBR_REVIEW_COMMENT, LLWYBR_REVIEW_TARGET_EVIDENCE,
                     llwybr_evidence_get_uuid (evidence), LLWYBR_VERDICT_NONE, text, author, author_role, error);
}

/**
 * llwybr_portfolio_review_standard:
 * @verdict: the verdict, or %LLWYBR_VERDICT_NONE for a comment only
 * @text: (nullable): the comment
 *
 * Records a verdict or a comment on @standard, with the digest of all
 * the evidence linked to it now.
 *
 * Returns: (transfer full): the review, or %NULL with @error set
 */
LlwybrReview *
llwybr_portfolio_review_standard (LlwybrPortfolio  *self,
                                  const char       *standard,
                                  LlwybrVerdict     verdict,
                                  const char       *text,
                                  const char       *author,
                                  const char       *author_role,
                                  GError          **error)
{
  g_return_val_if_fail (LLWYBR_IS_PORTFOLIO (self), NULL);
  g_return_val_if_fail (standard != NULL, NULL);

  if (llwybr_framework_lookup_standard (self->framework, standard) == NULL)
    {
      g_set_error (error, LLWYBR_PORTFOLIO_ERROR, LLWYBR_PORTFOLIO_ERROR_INVALID,
                   _("There is no standard %s in this portfolio’s framework."), standard);
      return NULL;
    }

  return add_review (self, verdict == LLWYBR_VERDICT_NONE ? LLWYBR_REVIEW_COMMENT : LLWYBR_REVIEW_VERDICT,
                     LLWYBR_REVIEW_TARGET_STANDARD, standard, verdict, text, author, author_role, error);
}

/**
 * llwybr_portfolio_sign_off:
 * @text: (nullable): an overall comment
 *
 * Signs off the review of the whole portfolio as it is now.
 *
 * Returns: (transfer full): the sign-off, or %NULL with @error set
 */
LlwybrReview *
llwybr_portfolio_sign_off (LlwybrPortfolio  *self,
                           const char       *text,
                           const char       *author,
                           const char       *author_role,
                           GError          **error)
{
  g_return_val_if_fail (LLWYBR_IS_PORTFOLIO (self), NULL);

  return add_review (self, LLWYBR_REVIEW_SIGN_OFF, LLWYBR_REVIEW_TARGET_PORTFOLIO, "",
                     LLWYBR_VERDICT_NONE, text, author, author_role, error);
}

gboolean
llwybr_portfolio_mark_review_read (LlwybrPortfolio  *self,
                                   LlwybrReview     *review,
                                   GError          **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  guint position;

  g_return_val_if_fail (LLWYBR_IS_PORTFOLIO (self), FALSE);
  g_return_val_if_fail (LLWYBR_IS_REVIEW (review), FALSE);

  if (!llwybr_review_get_unread (review))
    return TRUE;

  /* Whether she has read it is hers alone: not an edit of the portfolio. */
  if (!self->read_only)
    {
      if (!(stmt = _llwybr_db_prepare (self->db, "UPDATE review SET unread = 0 WHERE uuid = ?", error)))
        return FALSE;
      _llwybr_db_bind_text (stmt, 1, llwybr_review_get_uuid (review));
      if (!_llwybr_db_step (stmt, error))
        return FALSE;
    }

  _llwybr_review_set_unread (review, FALSE);

  /* Views of the reviews, and counts of the new ones, redraw it. */
  if (g_list_store_find (self->reviews, review, &position))
    g_list_model_items_changed (G_LIST_MODEL (self->reviews), position, 1, 1);
  return TRUE;
}

/**
 * llwybr_portfolio_count_unread_reviews:
 *
 * Returns: how many reviews came in that the user has not read yet
 */
guint
llwybr_portfolio_count_unread_reviews (LlwybrPortfolio *self)
{
  GListModel *reviews;
  guint unread = 0;

  g_return_val_if_fail (LLWYBR_IS_PORTFOLIO (self), 0);

  reviews = G_LIST_MODEL (self->reviews);
  for (guint i = 0; i < g_list_model_get_n_items (reviews); i++)
    {
      g_autoptr(LlwybrReview) review = g_list_model_get_item (reviews, i);

      unread += llwybr_review_get_unread (review);
    }

  return unread;
}

/**
 * llwybr_portfolio_get_verdict:
 *
 * Returns: the latest verdict on @standard, or %LLWYBR_VERDICT_NONE
 */
LlwybrVerdict
llwybr_portfolio_get_verdict (LlwybrPortfolio *self,
                              const char      *standard)
{
  GListModel *reviews;

  g_return_val_if_fail (LLWYBR_IS_PORTFOLIO (self), LLWYBR_VERDICT_NONE);
  g_return_val_if_fail (standard != NULL, LLWYBR_VERDICT_NONE);

  reviews = G_LIST_MODEL (self->reviews);
  for (guint i = g_list_model_get_n_items (reviews); i > 0; i--)
    {
      g_autoptr(LlwybrReview) review = g_list_model_get_item (reviews, i - 1);

      if (llwybr_review_get_kind (review) == LLWYBR_REVIEW_VERDICT &&
          g_strcmp0 (llwybr_review_get_target (review), standard) == 0)
        return llwybr_review_get_verdict (review);
    }

  return LLWYBR_VERDICT_NONE;
}

/**
 * llwybr_portfolio_review_is_current:
 *
 * Returns: whether what @review saw is unchanged: %FALSE once the evidence
 *   it covers has been edited, linked, unlinked or removed
 */
gboolean
llwybr_portfolio_review_is_current (LlwybrPortfolio *self,
                                    LlwybrReview    *review)
{
  g_autofree char *digest = NULL;

  g_return_val_if_fail (LLWYBR_IS_PORTFOLIO (self), FALSE);
  g_return_val_if_fail (LLWYBR_IS_REVIEW (review), FALSE);

  digest = target_digest (self, _llwybr_enum_to_nick (LLWYBR_TYPE_REVIEW_TARGET,
                                                      llwybr_review_get_target_kind (review)),
                          llwybr_review_get_target (review));
  return g_strcmp0 (digest, llwybr_review_get_sha256 (review)) == 0;
}

/**
 * llwybr_portfolio_list_changed_since_review:
 *
 * The evidence that changed after the latest review that saw it: the
 * pieces a mentor must look at again.
 *
 * Returns: (transfer full) (element-type LlwybrEvidence): the evidence,
 *   or %NULL with @error set
 */
GPtrArray *
llwybr_portfolio_list_changed_since_review (LlwybrPortfolio  *self,
                                            GError          **error)
{
  g_autoptr(GPtrArray) changed = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (LLWYBR_IS_PORTFOLIO (self), NULL);

  if (self->file_version < 4)
    return g_steal_pointer (&changed);

  /* The bare column beside max() comes from the row with the maximum. */
  stmt = _llwybr_db_prepare (self->db,
                             "SELECT e.uuid FROM evidence e JOIN"
                             " (SELECT r.evidence_uuid AS uuid, r.sha256 AS sha256, max (v.created)"
                             "  FROM reviewed_evidence r JOIN review v ON v.uuid = r.review_uuid"
                             "  GROUP BY r.evidence_uuid) seen ON seen.uuid = e.uuid"
                             " WHERE seen.sha256 <> " EVIDENCE_DIGEST ("e"), error);
  if (stmt == NULL)
    return NULL;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      LlwybrEvidence *evidence = g_hash_table_lookup (self->evidence_by_uuid, _llwybr_db_column_text (stmt, 0));

      if (evidence != NULL)
        g_ptr_array_add (changed, g_object_ref (evidence));
    }

  if (rc != SQLITE_DONE)
    {
      _llwybr_db_failed (self->db, error);
      return NULL;
    }

  return g_steal_pointer (&changed);
}

/**
 * llwybr_portfolio_evidence_changed_since_review:
 *
 * Returns: whether @evidence changed after the latest review that saw it
 */
gboolean
llwybr_portfolio_evidence_changed_since_review (LlwybrPortfolio *self,
                                                LlwybrEvidence  *evidence)
{
  sqlite3_stmt *stmt;
  gboolean changed;

  g_return_val_if_fail (LLWYBR_IS_PORTFOLIO (self), FALSE);
  g_return_val_if_fail (LLWYBR_IS_EVIDENCE (evidence), FALSE);

  if (self->file_version < 4 || g_list_model_get_n_items (G_LIST_MODEL (self->reviews)) == 0)
    return FALSE;

  /* One digest, of the evidence as it is, against the latest review's;
   * none for evidence no review saw, the most of it, as the join is then
   * empty. The evidence list asks for each row it shows: the statement is
   * kept. */
  if (self->changed_since_review == NULL &&
      sqlite3_prepare_v3 (self->db,
                          "SELECT seen.sha256 <> " EVIDENCE_DIGEST ("e") " FROM evidence e JOIN"
                          " (SELECT r.sha256 FROM reviewed_evidence r JOIN review v ON v.uuid = r.review_uuid"
                          "  WHERE r.evidence_uuid = ?1 ORDER BY v.created DESC, v.id DESC LIMIT 1) seen"
                          " WHERE e.uuid = ?1", -1, SQLITE_PREPARE_PERSISTENT,
                          &self->changed_since_review, NULL) != SQLITE_OK)
    return FALSE;

  stmt = self->changed_since_review;
  _llwybr_db_bind_text (stmt, 1, llwybr_evidence_get_uuid (evidence));
  changed = sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_int (stmt, 0) != 0;
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);

  return changed;
}

/**
 * llwybr_portfolio_list_history:
 *
 * Returns: (transfer full): a #GListModel of the #LlwybrEvidenceVersion
 *   that @evidence replaced, newest first
 */
GListModel *
llwybr_portfolio_list_history (LlwybrPortfolio *self,
                               LlwybrEvidence  *evidence)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  GListStore *versions;

  g_return_val_if_fail (LLWYBR_IS_PORTFOLIO (self), NULL);
  g_return_val_if_fail (LLWYBR_IS_EVIDENCE (evidence), NULL);

  versions = g_list_store_new (LLWYBR_TYPE_EVIDENCE_VERSION);
  if (self->file_version < 4)
    return G_LIST_MODEL (versions);

  stmt = _llwybr_db_prepare (self->db,
                             "SELECT id, title, date, kind, setting, age_range, subject, reflection, links,"
                             " saved, replaced, reason FROM evidence_history WHERE evidence_uuid = ?"
                             " ORDER BY saved DESC, id DESC", NULL);
  if (stmt == NULL)
    return G_LIST_MODEL (versions);
  _llwybr_db_bind_text (stmt, 1, llwybr_evidence_get_uuid (evidence));

  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_autoptr(LlwybrEvidenceVersion) version = version_from_row (stmt);

      g_list_store_append (versions, version);
    }

  return G_LIST_MODEL (versions);
}

/**
 * llwybr_portfolio_restore_version:
 * @version: a version from llwybr_portfolio_list_history() of @evidence
 *
 * Brings back @version's fields and links; the version it replaces goes
 * into the history, so a restore can itself be undone.
 */
gboolean
llwybr_portfolio_restore_version (LlwybrPortfolio        *self,
                                  LlwybrEvidence         *evidence,
                                  LlwybrEvidenceVersion  *version,
                                  GError                **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *now_text = _llwybr_time_to_string (now);
  gint64 row;

  g_return_val_if_fail (LLWYBR_IS_PORTFOLIO (self), FALSE);
  g_return_val_if_fail (LLWYBR_IS_EVIDENCE (evidence), FALSE);
  g_return_val_if_fail (LLWYBR_IS_EVIDENCE_VERSION (version), FALSE);

  row = _llwybr_evidence_get_row_id (evidence);
  if (!_llwybr_portfolio_begin (self, error))
    return FALSE;

  if (!_llwybr_portfolio_keep_version (self, row, LLWYBR_VERSION_REPLACED_BY_RESTORE, now, error))
    goto failed;

  stmt = _llwybr_db_prepare (self->db,
                             "UPDATE evidence SET (title, date, kind, setting, age_range, subject, reflection)"
                             " = (SELECT title, date, kind, setting, age_range, subject, reflection"
                             "    FROM evidence_history WHERE id = ?2 AND evidence_uuid = evidence.uuid)"
                             " WHERE id = ?1 AND EXISTS (SELECT 1 FROM evidence_history WHERE id = ?2);"
                             , error);
  if (stmt == NULL)
    goto failed;
  sqlite3_bind_int64 (stmt, 1, row);
  sqlite3_bind_int64 (stmt, 2, _llwybr_evidence_version_get_row_id (version));
  if (!_llwybr_db_step (stmt, error))
    goto failed;
  g_clear_pointer (&stmt, sqlite3_finalize);

  if (!replace_links (self, row, version, now_text, error) ||
      !_llwybr_db_refresh_search (self->db, row, error) ||
      !_llwybr_portfolio_commit (self, now, error))
    goto failed;

  _llwybr_portfolio_refresh_evidence (self, llwybr_evidence_get_uuid (evidence));
  emit_links_changed_all (self);
  return TRUE;

failed:
  _llwybr_portfolio_rollback (self);
  return FALSE;
}
