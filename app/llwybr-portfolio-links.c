/* llwybr-portfolio-links.c
 *
 * Links from evidence to standards, each with the TA's annotation.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "llwybr-portfolio"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "llwybr-evidence-private.h"
#include "llwybr-link-private.h"
#include "llwybr-portfolio-private.h"

#define LINK_COLUMNS "l.uuid, e.uuid, l.standard, l.annotation, l.modified"

/* Helpers */

/* The piece of evidence a link's evidence_id names, if the portfolio has
 * it: a link a damaged file kept without its evidence counts for nothing.
 * All the evidence is in memory, so the evidence table, whose rows hold
 * whole reflections, is not read to check. */
static LlwybrEvidence *
evidence_of_row (LlwybrPortfolio *self,
                 sqlite3_stmt    *stmt,
                 int              column)
{
  gint64 row = sqlite3_column_int64 (stmt, column);

  return g_hash_table_lookup (self->evidence_by_row, &row);
}

static int
compare_rows (gconstpointer a,
              gconstpointer b)
{
  gint64 row_a = *(const gint64 *)a, row_b = *(const gint64 *)b;

  return (row_a > row_b) - (row_a < row_b);
}

static int
compare_stored (gconstpointer a,
                gconstpointer b)
{
  return _llwybr_evidence_compare_stored (*(LlwybrEvidence **)a, *(LlwybrEvidence **)b);
}

/* The links to @standard, from its index: evidence_id, and nothing else. */
static sqlite3_stmt *
select_evidence_for (LlwybrPortfolio *self,
                     const char      *standard)
{
  sqlite3_stmt *stmt = _llwybr_db_prepare (self->db, "SELECT evidence_id FROM link WHERE standard = ?", NULL);

  if (stmt != NULL)
    _llwybr_db_bind_text (stmt, 1, standard);
  return stmt;
}

static GListModel *
list_links (LlwybrPortfolio *self,
            const char      *where,
            sqlite3_stmt   **out_stmt)
{
  g_autofree char *sql = g_strdup_printf ("SELECT " LINK_COLUMNS " FROM link l"
                                          " JOIN evidence e ON e.id = l.evidence_id"
                                          " WHERE %s ORDER BY e.date, e.id, CAST (l.standard AS INTEGER), l.standard",
                                          where);

  *out_stmt = _llwybr_db_prepare (self->db, sql, NULL);
  return G_LIST_MODEL (g_list_store_new (LLWYBR_TYPE_LINK));
}

static GListModel *
collect_links (GListModel   *model,
               sqlite3_stmt *stmt)
{
  if (stmt == NULL)
    return model;

  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_autoptr(GDateTime) modified = _llwybr_time_from_string (_llwybr_db_column_text (stmt, 4));
      g_autoptr(LlwybrLink) link = _llwybr_link_new (_llwybr_db_column_text (stmt, 0),
                                                     _llwybr_db_column_text (stmt, 1),
                                                     _llwybr_db_column_text (stmt, 2),
                                                     _llwybr_db_column_text (stmt, 3),
                                                     modified);

      g_list_store_append (G_LIST_STORE (model), link);
    }

  sqlite3_finalize (stmt);
  return model;
}

/* Ends a link edit: the search row follows the annotations, the evidence
 * counts as modified, and views of it and of the standard hear of it. */
static gboolean
finish_link_edit (LlwybrPortfolio  *self,
                  LlwybrEvidence   *evidence,
                  const char       *standard,
                  GDateTime        *now,
                  GError          **error)
{
  if (!_llwybr_db_refresh_search (self->db, _llwybr_evidence_get_row_id (evidence), error) ||
      !_llwybr_portfolio_commit (self, now, error))
    {
      _llwybr_portfolio_rollback (self);
      return FALSE;
    }

  _llwybr_evidence_set_modified (evidence, now);
  g_signal_emit (self, _llwybr_portfolio_signals [SIGNAL_EVIDENCE_CHANGED], 0, evidence);
  g_signal_emit (self, _llwybr_portfolio_signals [SIGNAL_LINKS_CHANGED], 0, standard);
  return TRUE;
}

/* Public API */

/**
 * llwybr_portfolio_link_standard:
 * @standard: the code of a standard of the portfolio's framework
 * @annotation: why this evidence shows that standard
 *
 * Returns: (transfer full): the new link, or %NULL with @error set
 */
LlwybrLink *
llwybr_portfolio_link_standard (LlwybrPortfolio  *self,
                                LlwybrEvidence   *evidence,
                                const char       *standard,
                                const char       *annotation,
                                GError          **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *uuid = g_uuid_string_random ();
  g_autofree char *now_text = _llwybr_time_to_string (now);

  g_return_val_if_fail (LLWYBR_IS_PORTFOLIO (self), NULL);
  g_return_val_if_fail (LLWYBR_IS_EVIDENCE (evidence), NULL);
  g_return_val_if_fail (standard != NULL, NULL);

  if (llwybr_framework_lookup_standard (self->framework, standard) == NULL)
    {
      g_set_error (error, LLWYBR_PORTFOLIO_ERROR, LLWYBR_PORTFOLIO_ERROR_INVALID,
                   _("There is no standard %s in this portfolio’s framework."), standard);
      return NULL;
    }

  if (!_llwybr_portfolio_begin (self, error))
    return NULL;

  if (!_llwybr_portfolio_keep_version (self, _llwybr_evidence_get_row_id (evidence),
                                       LLWYBR_VERSION_REPLACED_BY_EDIT, now, error))
    goto failed;

  stmt = _llwybr_db_prepare (self->db,
                             "INSERT INTO link (uuid, evidence_id, standard, annotation, created, modified)"
                             " VALUES (?1, ?2, ?3, ?4, ?5, ?5)", error);
  if (stmt == NULL)
    goto failed;
  _llwybr_db_bind_text (stmt, 1, uuid);
  sqlite3_bind_int64 (stmt, 2, _llwybr_evidence_get_row_id (evidence));
  _llwybr_db_bind_text (stmt, 3, standard);
  _llwybr_db_bind_text (stmt, 4, annotation ? annotation : "");
  _llwybr_db_bind_text (stmt, 5, now_text);

  if (sqlite3_step (stmt) == SQLITE_CONSTRAINT)
    {
      g_set_error (error, LLWYBR_PORTFOLIO_ERROR, LLWYBR_PORTFOLIO_ERROR_EXISTS,
                   _("This evidence is already linked to standard %s."), standard);
      goto failed;
    }
  if (sqlite3_errcode (self->db) != SQLITE_DONE)
    {
      _llwybr_db_failed (self->db, error);
      goto failed;
    }

  if (!finish_link_edit (self, evidence, standard, now, error))
    return NULL;

  return _llwybr_link_new (uuid, llwybr_evidence_get_uuid (evidence), standard,
                           annotation ? annotation : "", now);

failed:
  _llwybr_portfolio_rollback (self);
  return NULL;
}

gboolean
llwybr_portfolio_set_link_annotation (LlwybrPortfolio  *self,
                                      LlwybrLink       *link,
                                      const char       *annotation,
                                      GError          **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *now_text = _llwybr_time_to_string (now);
  LlwybrEvidence *evidence;

  g_return_val_if_fail (LLWYBR_IS_PORTFOLIO (self), FALSE);
  g_return_val_if_fail (LLWYBR_IS_LINK (link), FALSE);

  evidence = llwybr_portfolio_lookup_evidence (self, llwybr_link_get_evidence_uuid (link));
  g_return_val_if_fail (evidence != NULL, FALSE);

  if (annotation == NULL)
    annotation = "";
  if (g_strcmp0 (annotation, llwybr_link_get_annotation (link)) == 0)
    return TRUE;

  if (!_llwybr_portfolio_begin (self, error))
    return FALSE;

  if (!_llwybr_portfolio_keep_version (self, _llwybr_evidence_get_row_id (evidence),
                                       LLWYBR_VERSION_REPLACED_BY_EDIT, now, error))
    goto failed;

  stmt = _llwybr_db_prepare (self->db, "UPDATE link SET annotation = ?, modified = ? WHERE uuid = ?", error);
  if (stmt == NULL)
    goto failed;
  _llwybr_db_bind_text (stmt, 1, annotation);
  _llwybr_db_bind_text (stmt, 2, now_text);
  _llwybr_db_bind_text (stmt, 3, llwybr_link_get_uuid (link));
  if (!_llwybr_db_step (stmt, error))
    goto failed;

  if (!finish_link_edit (self, evidence, llwybr_link_get_standard (link), now, error))
    return FALSE;

  _llwybr_link_set_annotation (link, annotation, now);
  return TRUE;

failed:
  _llwybr_portfolio_rollback (self);
  return FALSE;
}

gboolean
llwybr_portfolio_unlink_standard (LlwybrPortfolio  *self,
                                  LlwybrLink       *link,
                                  GError          **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  LlwybrEvidence *evidence;

  g_return_val_if_fail (LLWYBR_IS_PORTFOLIO (self), FALSE);
  g_return_val_if_fail (LLWYBR_IS_LINK (link), FALSE);

  evidence = llwybr_portfolio_lookup_evidence (self, llwybr_link_get_evidence_uuid (link));
  g_return_val_if_fail (evidence != NULL, FALSE);

  if (!_llwybr_portfolio_begin (self, error))
    return FALSE;

  if (!_llwybr_portfolio_keep_version (self, _llwybr_evidence_get_row_id (evidence),
                                       LLWYBR_VERSION_REPLACED_BY_EDIT, now, error))
    goto failed;

  if (!(stmt = _llwybr_db_prepare (self->db, "DELETE FROM link WHERE uuid = ?", error)))
    goto failed;
  _llwybr_db_bind_text (stmt, 1, llwybr_link_get_uuid (link));
  if (!_llwybr_db_step (stmt, error))
    goto failed;

  return finish_link_edit (self, evidence, llwybr_link_get_standard (link), now, error);

failed:
  _llwybr_portfolio_rollback (self);
  return FALSE;
}

/**
 * llwybr_portfolio_list_links:
 *
 * Returns: (transfer full): a #GListModel of the #LlwybrLink of @evidence,
 *   in standards order
 */
GListModel *
llwybr_portfolio_list_links (LlwybrPortfolio *self,
                             LlwybrEvidence  *evidence)
{
  sqlite3_stmt *stmt;
  GListModel *model;

  g_return_val_if_fail (LLWYBR_IS_PORTFOLIO (self), NULL);
  g_return_val_if_fail (LLWYBR_IS_EVIDENCE (evidence), NULL);

  model = list_links (self, "e.id = ?", &stmt);
  if (stmt != NULL)
    sqlite3_bind_int64 (stmt, 1, _llwybr_evidence_get_row_id (evidence));

  return collect_links (model, stmt);
}

/**
 * llwybr_portfolio_list_links_for_standard:
 *
 * Returns: (transfer full): a #GListModel of the #LlwybrLink to @standard,
 *   oldest evidence first
 */
GListModel *
llwybr_portfolio_list_links_for_standard (LlwybrPortfolio *self,
                                          const char      *standard)
{
  sqlite3_stmt *stmt;
  GListModel *model;

  g_return_val_if_fail (LLWYBR_IS_PORTFOLIO (self), NULL);
  g_return_val_if_fail (standard != NULL, NULL);

  model = list_links (self, "l.standard = ?", &stmt);
  if (stmt != NULL)
    _llwybr_db_bind_text (stmt, 1, standard);

  return collect_links (model, stmt);
}

/**
 * llwybr_portfolio_list_unannotated_links:
 *
 * Returns: (transfer full): a #GListModel of the #LlwybrLink that do not
 *   yet say why the evidence shows the standard
 */
GListModel *
llwybr_portfolio_list_unannotated_links (LlwybrPortfolio *self)
{
  sqlite3_stmt *stmt;
  GListModel *model;

  g_return_val_if_fail (LLWYBR_IS_PORTFOLIO (self), NULL);

  model = list_links (self, "trim (l.annotation) = ''", &stmt);
  return collect_links (model, stmt);
}

/**
 * llwybr_portfolio_list_unlinked_evidence:
 *
 * Returns: (transfer full) (element-type LlwybrEvidence): the evidence
 *   not linked to any standard, oldest first
 */
GPtrArray *
llwybr_portfolio_list_unlinked_evidence (LlwybrPortfolio *self)
{
  GPtrArray *unlinked = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GArray) linked = g_array_new (FALSE, FALSE, sizeof (gint64));
  GListModel *evidence = G_LIST_MODEL (self->evidence);

  g_return_val_if_fail (LLWYBR_IS_PORTFOLIO (self), NULL);

  /* The linked ids, in order, from the index on links alone. */
  stmt = _llwybr_db_prepare (self->db, "SELECT DISTINCT evidence_id FROM link ORDER BY evidence_id", NULL);
  while (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    g_array_append_val (linked, (gint64) { sqlite3_column_int64 (stmt, 0) });

  for (guint i = 0; i < g_list_model_get_n_items (evidence); i++)
    {
      g_autoptr(LlwybrEvidence) piece = g_list_model_get_item (evidence, i);
      gint64 row = _llwybr_evidence_get_row_id (piece);

      if (!g_array_binary_search (linked, &row, compare_rows, NULL))
        g_ptr_array_add (unlinked, g_steal_pointer (&piece));
    }

  g_ptr_array_sort (unlinked, compare_stored);
  return unlinked;
}

/**
 * llwybr_portfolio_list_evidence_for:
 *
 * Returns: (transfer full) (element-type LlwybrEvidence): the evidence
 *   linked to @standard, oldest first
 */
GPtrArray *
llwybr_portfolio_list_evidence_for (LlwybrPortfolio *self,
                                    const char      *standard)
{
  GPtrArray *evidence = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (LLWYBR_IS_PORTFOLIO (self), evidence);
  g_return_val_if_fail (standard != NULL, evidence);

  stmt = select_evidence_for (self, standard);
  while (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    {
      LlwybrEvidence *piece = evidence_of_row (self, stmt, 0);

      if (piece != NULL)
        g_ptr_array_add (evidence, g_object_ref (piece));
    }

  g_ptr_array_sort (evidence, compare_stored);
  return evidence;
}

/**
 * llwybr_portfolio_count_evidence_for:
 *
 * Returns: how many pieces of evidence are linked to @standard
 */
guint
llwybr_portfolio_count_evidence_for (LlwybrPortfolio *self,
                                     const char      *standard)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  guint count = 0;

  g_return_val_if_fail (LLWYBR_IS_PORTFOLIO (self), 0);
  g_return_val_if_fail (standard != NULL, 0);

  stmt = select_evidence_for (self, standard);
  while (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    count += evidence_of_row (self, stmt, 0) != NULL;

  return count;
}

static GHashTable *
count_by_standard (LlwybrPortfolio *self)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  GHashTable *counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  /* Read from the index of (evidence_id, standard), which holds both. */
  stmt = _llwybr_db_prepare (self->db, "SELECT standard, evidence_id FROM link", NULL);
  while (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *standard = _llwybr_db_column_text (stmt, 0);
      gpointer key, count;

      if (evidence_of_row (self, stmt, 1) == NULL)
        continue;

      /* Each standard's code is copied once, not once a link: there are
       * tens of thousands of links in a long career's portfolio. */
      if (g_hash_table_steal_extended (counts, standard, &key, &count))
        g_hash_table_insert (counts, key, GUINT_TO_POINTER (GPOINTER_TO_UINT (count) + 1));
      else
        g_hash_table_insert (counts, g_strdup (standard), GUINT_TO_POINTER (1));
    }

  return counts;
}

/**
 * llwybr_portfolio_count_evidence_by_standard:
 *
 * What llwybr_portfolio_count_evidence_for() says of each standard, for a
 * view of them all: one pass over the links, kept until the links or the
 * evidence change, as the overview and the standards page both ask.
 *
 * Returns: (transfer full) (element-type utf8 guint): each standard with
 *   evidence, and how many pieces, as GUINT_TO_POINTER()
 */
GHashTable *
llwybr_portfolio_count_evidence_by_standard (LlwybrPortfolio *self)
{
  GHashTable *counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GHashTableIter iter;
  gpointer standard, count;

  g_return_val_if_fail (LLWYBR_IS_PORTFOLIO (self), counts);

  if (self->standard_counts == NULL)
    self->standard_counts = count_by_standard (self);

  g_hash_table_iter_init (&iter, self->standard_counts);
  while (g_hash_table_iter_next (&iter, &standard, &count))
    g_hash_table_insert (counts, g_strdup (standard), count);

  return counts;
}

/**
 * llwybr_portfolio_has_evidence_for:
 *
 * Returns: whether any evidence is linked to @standard; quicker than
 *   counting it
 */
gboolean
llwybr_portfolio_has_evidence_for (LlwybrPortfolio *self,
                                   const char      *standard)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (LLWYBR_IS_PORTFOLIO (self), FALSE);
  g_return_val_if_fail (standard != NULL, FALSE);

  stmt = select_evidence_for (self, standard);
  while (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    if (evidence_of_row (self, stmt, 0) != NULL)
      return TRUE;

  return FALSE;
}

