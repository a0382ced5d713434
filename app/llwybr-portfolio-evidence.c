/* llwybr-portfolio-evidence.c
 *
 * The pieces of evidence: their records, the list model views bind to, and
 * search over them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "llwybr-portfolio"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>

#include "llwybr-enums.h"
#include "llwybr-evidence-private.h"
#include "llwybr-portfolio-private.h"

#define EVIDENCE_COLUMNS \
  "id, uuid, title, date, kind, setting, age_range, subject, reflection, created, modified"

/* Helpers */

static void
fill_from_row (LlwybrEvidence *evidence,
               sqlite3_stmt   *stmt)
{
  g_autoptr(GDate) date = _llwybr_date_from_string (_llwybr_db_column_text (stmt, 3));
  g_autoptr(GDateTime) created = _llwybr_time_from_string (_llwybr_db_column_text (stmt, 9));
  g_autoptr(GDateTime) modified = _llwybr_time_from_string (_llwybr_db_column_text (stmt, 10));

  g_object_set (evidence,
                "title", _llwybr_db_column_text (stmt, 2),
                "date", date,
                "kind", _llwybr_enum_from_nick (LLWYBR_TYPE_EVIDENCE_KIND, _llwybr_db_column_text (stmt, 4),
                                        LLWYBR_EVIDENCE_KIND_OTHER),
                "setting", _llwybr_enum_from_nick (LLWYBR_TYPE_EVIDENCE_SETTING, _llwybr_db_column_text (stmt, 5),
                                           LLWYBR_EVIDENCE_SETTING_NONE),
                "age-range", _llwybr_db_column_text (stmt, 6),
                "subject", _llwybr_db_column_text (stmt, 7),
                "reflection", _llwybr_db_column_text (stmt, 8),
                NULL);
  _llwybr_evidence_set_record (evidence, sqlite3_column_int64 (stmt, 0),
                               _llwybr_db_column_text (stmt, 1), created, modified);
}

static LlwybrEvidence *
evidence_from_row (sqlite3_stmt *stmt)
{
  LlwybrEvidence *evidence = llwybr_evidence_new ();

  fill_from_row (evidence, stmt);
  return evidence;
}

static void
index_evidence (LlwybrPortfolio *self,
                LlwybrEvidence  *evidence)
{
  g_hash_table_insert (self->evidence_by_uuid,
                       g_strdup (llwybr_evidence_get_uuid (evidence)), evidence);
  g_hash_table_insert (self->evidence_by_row,
                       g_memdup2 (&(gint64) { _llwybr_evidence_get_row_id (evidence) }, sizeof (gint64)),
                       evidence);
}

static gboolean
write_evidence (LlwybrPortfolio  *self,
                LlwybrEvidence   *evidence,
                GDateTime        *now,
                GError          **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *date = _llwybr_date_to_string (llwybr_evidence_get_date (evidence));
  g_autofree char *now_text = _llwybr_time_to_string (now);

  stmt = _llwybr_db_prepare (self->db,
                             "UPDATE evidence SET title = ?1, date = ?2, kind = ?3, setting = ?4,"
                             " age_range = ?5, subject = ?6, reflection = ?7, modified = ?8"
                             " WHERE uuid = ?9", error);
  if (stmt == NULL)
    return FALSE;

  _llwybr_db_bind_text (stmt, 1, llwybr_evidence_get_title (evidence));
  _llwybr_db_bind_text (stmt, 2, date);
  _llwybr_db_bind_text (stmt, 3, _llwybr_enum_to_nick (LLWYBR_TYPE_EVIDENCE_KIND,
                                               llwybr_evidence_get_kind (evidence)));
  _llwybr_db_bind_text (stmt, 4, _llwybr_enum_to_nick (LLWYBR_TYPE_EVIDENCE_SETTING,
                                               llwybr_evidence_get_setting (evidence)));
  _llwybr_db_bind_text (stmt, 5, llwybr_evidence_get_age_range (evidence));
  _llwybr_db_bind_text (stmt, 6, llwybr_evidence_get_subject (evidence));
  _llwybr_db_bind_text (stmt, 7, llwybr_evidence_get_reflection (evidence));
  _llwybr_db_bind_text (stmt, 8, now_text);
  _llwybr_db_bind_text (stmt, 9, llwybr_evidence_get_uuid (evidence));

  return _llwybr_db_step (stmt, error);
}

/* FTS5 query syntax is for programmers: the user's words become quoted
 * prefix terms, all of which must match, so "dŵr gl" finds "dŵr glân". */
static char *
build_match_query (const char *text)
{
  g_autoptr(GString) query = g_string_new (NULL);
  g_autoptr(GString) word = g_string_new (NULL);

  for (const char *p = text; ; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c != 0 && (g_unichar_isalnum (c) || g_unichar_ismark (c)))
        {
          g_string_append_unichar (word, c);
          continue;
        }

      if (word->len > 0)
        {
          g_string_append_printf (query, "%s\"%s\"*", query->len ? " " : "", word->str);
          g_string_truncate (word, 0);
        }

      if (c == 0)
        break;
    }

  return query->len ? g_string_free (g_steal_pointer (&query), FALSE) : NULL;
}

/* Private API */

gboolean
_llwybr_portfolio_load_evidence (LlwybrPortfolio  *self,
                                 GError          **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  int rc;

  stmt = _llwybr_db_prepare (self->db, "SELECT " EVIDENCE_COLUMNS " FROM evidence ORDER BY date, id", error);
  if (stmt == NULL)
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      LlwybrEvidence *evidence = evidence_from_row (stmt);

      index_evidence (self, evidence);
      g_ptr_array_add (items, evidence);
    }

  if (rc != SQLITE_DONE)
    return _llwybr_db_failed (self->db, error);

  g_list_store_splice (self->evidence, 0, 0, items->pdata, items->len);
  return TRUE;
}

/* After a merge or a restore changed the file under it, the piece of
 * evidence with @uuid is read again: added to the list, updated in place
 * (so views holding it see the change) or removed. */
void
_llwybr_portfolio_refresh_evidence (LlwybrPortfolio *self,
                                    const char      *uuid)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  LlwybrEvidence *evidence = g_hash_table_lookup (self->evidence_by_uuid, uuid);
  guint position;

  stmt = _llwybr_db_prepare (self->db, "SELECT " EVIDENCE_COLUMNS " FROM evidence WHERE uuid = ?", NULL);
  if (stmt == NULL)
    return;
  _llwybr_db_bind_text (stmt, 1, uuid);

  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      if (evidence != NULL)
        {
          fill_from_row (evidence, stmt);
          g_signal_emit (self, _llwybr_portfolio_signals [SIGNAL_EVIDENCE_CHANGED], 0, evidence);
        }
      else
        {
          g_autoptr(LlwybrEvidence) added = evidence_from_row (stmt);

          index_evidence (self, added);
          g_list_store_append (self->evidence, added);
        }
    }
  else if (evidence != NULL && g_list_store_find (self->evidence, evidence, &position))
    {
      gint64 row = _llwybr_evidence_get_row_id (evidence);

      g_hash_table_remove (self->evidence_by_row, &row);
      g_hash_table_remove (self->evidence_by_uuid, uuid);
      g_list_store_remove (self->evidence, position);
    }
}

/* Public API */

/**
 * llwybr_portfolio_get_evidence:
 *
 * Returns: (transfer none): a #GListModel of #LlwybrEvidence
 */
GListModel *
llwybr_portfolio_get_evidence (LlwybrPortfolio *self)
{
  g_return_val_if_fail (LLWYBR_IS_PORTFOLIO (self), NULL);

  return G_LIST_MODEL (self->evidence);
}

/**
 * llwybr_portfolio_lookup_evidence:
 *
 * Returns: (nullable) (transfer none): the evidence with @uuid
 */
LlwybrEvidence *
llwybr_portfolio_lookup_evidence (LlwybrPortfolio *self,
                                  const char      *uuid)
{
  g_return_val_if_fail (LLWYBR_IS_PORTFOLIO (self), NULL);
  g_return_val_if_fail (uuid != NULL, NULL);

  return g_hash_table_lookup (self->evidence_by_uuid, uuid);
}

/**
 * llwybr_portfolio_add_evidence:
 * @evidence: a new piece of evidence, not yet in any portfolio
 *
 * Stores @evidence, gives it its identity and appends it to the list.
 */
gboolean
llwybr_portfolio_add_evidence (LlwybrPortfolio  *self,
                               LlwybrEvidence   *evidence,
                               GError          **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *uuid = g_uuid_string_random ();
  g_autofree char *now_text = _llwybr_time_to_string (now);
  gint64 row;

  g_return_val_if_fail (LLWYBR_IS_PORTFOLIO (self), FALSE);
  g_return_val_if_fail (LLWYBR_IS_EVIDENCE (evidence), FALSE);
  g_return_val_if_fail (llwybr_evidence_get_uuid (evidence) == NULL, FALSE);

  if (!_llwybr_portfolio_begin (self, error))
    return FALSE;

  stmt = _llwybr_db_prepare (self->db,
                             "INSERT INTO evidence (uuid, kind, setting, created, modified)"
                             " VALUES (?, 'other', 'none', ?2, ?2)", error);
  if (stmt == NULL)
    goto failed;
  _llwybr_db_bind_text (stmt, 1, uuid);
  _llwybr_db_bind_text (stmt, 2, now_text);
  if (!_llwybr_db_step (stmt, error))
    goto failed;

  row = sqlite3_last_insert_rowid (self->db);
  _llwybr_evidence_set_record (evidence, row, uuid, now, now);

  if (!write_evidence (self, evidence, now, error) ||
      !_llwybr_db_refresh_search (self->db, row, error) ||
      !_llwybr_portfolio_commit (self, now, error))
    {
      _llwybr_evidence_set_record (evidence, 0, NULL, NULL, NULL);
      goto failed;
    }

  index_evidence (self, evidence);
  g_list_store_append (self->evidence, evidence);
  return TRUE;

failed:
  _llwybr_portfolio_rollback (self);
  return FALSE;
}

/**
 * llwybr_portfolio_save_evidence:
 *
 * Stores the current values of @evidence in one transaction.
 */
gboolean
llwybr_portfolio_save_evidence (LlwybrPortfolio  *self,
                                LlwybrEvidence   *evidence,
                                GError          **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  g_return_val_if_fail (LLWYBR_IS_PORTFOLIO (self), FALSE);
  g_return_val_if_fail (LLWYBR_IS_EVIDENCE (evidence), FALSE);
  g_return_val_if_fail (llwybr_portfolio_lookup_evidence (self, llwybr_evidence_get_uuid (evidence)) == evidence, FALSE);

  if (!_llwybr_portfolio_begin (self, error))
    return FALSE;

  if (!_llwybr_portfolio_keep_version (self, _llwybr_evidence_get_row_id (evidence),
                                       LLWYBR_VERSION_REPLACED_BY_EDIT, now, error) ||
      !write_evidence (self, evidence, now, error) ||
      !_llwybr_db_refresh_search (self->db, _llwybr_evidence_get_row_id (evidence), error) ||
      !_llwybr_portfolio_commit (self, now, error))
    {
      _llwybr_portfolio_rollback (self);
      return FALSE;
    }

  _llwybr_evidence_set_modified (evidence, now);
  g_signal_emit (self, _llwybr_portfolio_signals [SIGNAL_EVIDENCE_CHANGED], 0, evidence);
  return TRUE;
}

/**
 * llwybr_portfolio_remove_evidence:
 *
 * Deletes @evidence with its links and attachments.
 */
gboolean
llwybr_portfolio_remove_evidence (LlwybrPortfolio  *self,
                                  LlwybrEvidence   *evidence,
                                  GError          **error)
{
  g_autoptr(LlwybrEvidence) hold = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_auto(GStrv) standards = NULL;
  gint64 row;
  guint position;

  g_return_val_if_fail (LLWYBR_IS_PORTFOLIO (self), FALSE);
  g_return_val_if_fail (LLWYBR_IS_EVIDENCE (evidence), FALSE);
  g_return_val_if_fail (g_list_store_find (self->evidence, evidence, &position), FALSE);

  hold = g_object_ref (evidence);
  row = _llwybr_evidence_get_row_id (evidence);

  {
    g_autoptr(GListModel) links = llwybr_portfolio_list_links (self, evidence);
    g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

    for (guint i = 0; i < g_list_model_get_n_items (links); i++)
      {
        g_autoptr(LlwybrLink) link = g_list_model_get_item (links, i);

        g_strv_builder_add (builder, llwybr_link_get_standard (link));
      }
    standards = g_strv_builder_end (builder);
  }

  if (!_llwybr_portfolio_begin (self, error))
    return FALSE;

  if (!(stmt = _llwybr_db_prepare (self->db, "DELETE FROM evidence WHERE id = ?; ", error)))
    goto failed;
  sqlite3_bind_int64 (stmt, 1, row);
  if (!_llwybr_db_step (stmt, error))
    goto failed;
  g_clear_pointer (&stmt, sqlite3_finalize);

  if (!(stmt = _llwybr_db_prepare (self->db, "DELETE FROM search WHERE rowid = ?", error)))
    goto failed;
  sqlite3_bind_int64 (stmt, 1, row);
  if (!_llwybr_db_step (stmt, error) ||
      !_llwybr_portfolio_bury (self, llwybr_evidence_get_uuid (evidence), now, error) ||
      !_llwybr_portfolio_commit (self, now, error))
    goto failed;

  g_hash_table_remove (self->evidence_by_uuid, llwybr_evidence_get_uuid (evidence));
  g_hash_table_remove (self->evidence_by_row, &row);
  g_list_store_remove (self->evidence, position);

  for (guint i = 0; standards[i] != NULL; i++)
    g_signal_emit (self, _llwybr_portfolio_signals [SIGNAL_LINKS_CHANGED], 0, standards[i]);
  _llwybr_portfolio_follow_documents (self);

  return TRUE;

failed:
  _llwybr_portfolio_rollback (self);
  return FALSE;
}

/**
 * llwybr_portfolio_search:
 * @text: what the user typed; every word must match, as a prefix
 *
 * Searches titles, reflections and annotations, ignoring case,
 * diacritics and Welsh mutations. The matches come in no particular
 * order: the list that shows them sorts them.
 *
 * Returns: (transfer full) (element-type LlwybrEvidence): the matches
 */
GPtrArray *
llwybr_portfolio_search (LlwybrPortfolio  *self,
                         const char       *text,
                         GError          **error)
{
  g_autoptr(GPtrArray) results = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *query = NULL;
  int rc;

  g_return_val_if_fail (LLWYBR_IS_PORTFOLIO (self), NULL);
  g_return_val_if_fail (text != NULL, NULL);

  if (!(query = build_match_query (text)))
    return g_steal_pointer (&results);

  if (self->file_version < 2)
    {
      g_set_error_literal (error, LLWYBR_PORTFOLIO_ERROR, LLWYBR_PORTFOLIO_ERROR_READ_ONLY,
                           _("This portfolio must be imported before it can be searched."));
      return NULL;
    }

  stmt = _llwybr_db_prepare (self->db, "SELECT rowid FROM search WHERE search MATCH ?", error);
  if (stmt == NULL)
    return NULL;
  _llwybr_db_bind_text (stmt, 1, query);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 row = sqlite3_column_int64 (stmt, 0);
      LlwybrEvidence *evidence = g_hash_table_lookup (self->evidence_by_row, &row);

      if (evidence != NULL)
        g_ptr_array_add (results, g_object_ref (evidence));
    }

  if (rc != SQLITE_DONE)
    {
      _llwybr_db_failed (self->db, error);
      return NULL;
    }

  return g_steal_pointer (&results);
}
