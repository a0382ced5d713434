/* llwybr-portfolio-tasks.c
 *
 * Getting ready for HLTA assessment: the written tasks as the TA wrote
 * them, the document file and the headteacher's endorsement.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "llwybr-portfolio"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "llwybr-document-private.h"
#include "llwybr-portfolio-private.h"
#include "llwybr-task-private.h"

/* Documents in the order of the file: standards order, then hers. */
#define DOCUMENT_QUERY \
  "SELECT d.uuid, d.standard, e.uuid, a.uuid, d.why, d.highlight FROM document d" \
  " JOIN attachment a ON a.id = d.attachment_id JOIN evidence e ON e.id = a.evidence_id"
#define DOCUMENT_ORDER " ORDER BY CAST (d.standard AS INTEGER), d.standard, d.position, d.id"

/* Helpers */

static LlwybrDocument *
document_from_row (sqlite3_stmt *stmt)
{
  return _llwybr_document_new (_llwybr_db_column_text (stmt, 0), _llwybr_db_column_text (stmt, 1),
                               _llwybr_db_column_text (stmt, 2), _llwybr_db_column_text (stmt, 3),
                               _llwybr_db_column_text (stmt, 4), _llwybr_db_column_text (stmt, 5));
}

static gboolean
load_endorsement (LlwybrPortfolio  *self,
                  GError          **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (!(stmt = _llwybr_db_prepare (self->db, "SELECT endorsed_by, endorsed_on FROM portfolio WHERE id = 1", error)))
    return FALSE;
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return _llwybr_db_failed (self->db, error);

  g_free (self->endorsed_by);
  self->endorsed_by = g_strdup (_llwybr_db_column_text (stmt, 0));
  g_clear_pointer (&self->endorsed_on, g_date_free);
  if (sqlite3_column_type (stmt, 1) != SQLITE_NULL)
    self->endorsed_on = _llwybr_date_from_string (_llwybr_db_column_text (stmt, 1));

  return TRUE;
}

static void
emit_changed (LlwybrPortfolio *self)
{
  g_signal_emit (self, _llwybr_portfolio_signals [SIGNAL_CHANGED], 0);
}

/* Private API */

/* The templates give the tasks; the file gives what she wrote in them.
 * A section the templates no longer have stays in the file, unread. */
gboolean
_llwybr_portfolio_load_tasks (LlwybrPortfolio  *self,
                              GError          **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  if (self->tasks == NULL && !(self->tasks = llwybr_task_templates_new (error)))
    return FALSE;
  /* A file opened read-only from before the tasks has none written. */
  if (self->file_version < 5)
    {
      self->endorsed_by = g_strdup ("");
      return TRUE;
    }

  if (!(stmt = _llwybr_db_prepare (self->db, "SELECT task, section, text FROM task_section", error)))
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      LlwybrTask *task = llwybr_portfolio_lookup_task (self, _llwybr_db_column_text (stmt, 0));
      LlwybrTaskSection *section = task ? llwybr_task_lookup_section (task, _llwybr_db_column_text (stmt, 1)) : NULL;

      if (section != NULL)
        _llwybr_task_section_set_text (section, _llwybr_db_column_text (stmt, 2));
    }

  if (rc != SQLITE_DONE)
    return _llwybr_db_failed (self->db, error);

  return load_endorsement (self, error) && _llwybr_portfolio_load_documents (self, error);
}

gboolean
_llwybr_portfolio_load_documents (LlwybrPortfolio  *self,
                                  GError          **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GPtrArray) documents = g_ptr_array_new_with_free_func (g_object_unref);

  int rc;

  if (!(stmt = _llwybr_db_prepare (self->db, DOCUMENT_QUERY DOCUMENT_ORDER, error)))
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (documents, document_from_row (stmt));
  if (rc != SQLITE_DONE)
    return _llwybr_db_failed (self->db, error);

  g_list_store_splice (self->documents, 0, g_list_model_get_n_items (G_LIST_MODEL (self->documents)),
                       documents->pdata, documents->len);
  return TRUE;
}

/* An attachment or a piece of evidence was removed, and with it any
 * document it was. */
void
_llwybr_portfolio_follow_documents (LlwybrPortfolio *self)
{
  guint before = g_list_model_get_n_items (G_LIST_MODEL (self->documents));

  _llwybr_portfolio_load_documents (self, NULL);
  if (g_list_model_get_n_items (G_LIST_MODEL (self->documents)) != before)
    emit_changed (self);
}

/* Public API */

/**
 * llwybr_portfolio_get_tasks:
 *
 * Returns: (transfer none): the HLTA written tasks, #LlwybrTask, with what
 *   the TA wrote in them
 */
GListModel *
llwybr_portfolio_get_tasks (LlwybrPortfolio *self)
{
  g_return_val_if_fail (LLWYBR_IS_PORTFOLIO (self), NULL);

  return self->tasks;
}

/**
 * llwybr_portfolio_lookup_task:
 *
 * Returns: (transfer none) (nullable): the task called @id, "1" or "4a"
 */
LlwybrTask *
llwybr_portfolio_lookup_task (LlwybrPortfolio *self,
                              const char      *id)
{
  g_return_val_if_fail (LLWYBR_IS_PORTFOLIO (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (self->tasks); i++)
    {
      g_autoptr(LlwybrTask) task = g_list_model_get_item (self->tasks, i);

      if (g_str_equal (llwybr_task_get_id (task), id))
        return task;
    }

  return NULL;
}

/**
 * llwybr_portfolio_set_task_text:
 * @section: a section of one of the portfolio's tasks
 *
 * Saves what the TA wrote in @section.
 */
gboolean
llwybr_portfolio_set_task_text (LlwybrPortfolio    *self,
                                LlwybrTaskSection  *section,
                                const char         *text,
                                GError            **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *now_text = _llwybr_time_to_string (now);
  LlwybrTask *task;

  g_return_val_if_fail (LLWYBR_IS_PORTFOLIO (self), FALSE);
  g_return_val_if_fail (LLWYBR_IS_TASK_SECTION (section), FALSE);
  task = llwybr_task_section_get_task (section);
  g_return_val_if_fail (llwybr_portfolio_lookup_task (self, llwybr_task_get_id (task)) == task, FALSE);

  if (text == NULL)
    text = "";
  if (g_strcmp0 (llwybr_task_section_get_text (section), text) == 0)
    return TRUE;
  if (!g_utf8_validate (text, -1, NULL))
    {
      g_set_error_literal (error, LLWYBR_PORTFOLIO_ERROR, LLWYBR_PORTFOLIO_ERROR_INVALID,
                           _("The text is not valid UTF-8, so it was not saved."));
      return FALSE;
    }

  if (!_llwybr_portfolio_begin (self, error))
    return FALSE;
  if (!(stmt = _llwybr_db_prepare (self->db,
                                   "INSERT INTO task_section (task, section, text, modified) VALUES (?, ?, ?, ?)"
                                   " ON CONFLICT (task, section) DO UPDATE SET text = excluded.text,"
                                   " modified = excluded.modified", error)))
    goto failed;
  _llwybr_db_bind_text (stmt, 1, llwybr_task_get_id (task));
  _llwybr_db_bind_text (stmt, 2, llwybr_task_section_get_id (section));
  _llwybr_db_bind_text (stmt, 3, text);
  _llwybr_db_bind_text (stmt, 4, now_text);
  if (!_llwybr_db_step (stmt, error) || !_llwybr_portfolio_commit (self, now, error))
    goto failed;

  _llwybr_task_section_set_text (section, text);
  emit_changed (self);
  return TRUE;

failed:
  _llwybr_portfolio_rollback (self);
  return FALSE;
}

/**
 * llwybr_portfolio_get_documents:
 *
 * Returns: (transfer none): the document file, #LlwybrDocument in
 *   standards order, then in the order they were chosen
 */
GListModel *
llwybr_portfolio_get_documents (LlwybrPortfolio *self)
{
  g_return_val_if_fail (LLWYBR_IS_PORTFOLIO (self), NULL);

  return G_LIST_MODEL (self->documents);
}

/**
 * llwybr_portfolio_list_documents_for:
 *
 * Returns: (transfer container) (element-type LlwybrDocument): the
 *   documents chosen for @standard
 */
GPtrArray *
llwybr_portfolio_list_documents_for (LlwybrPortfolio *self,
                                     const char      *standard)
{
  GPtrArray *documents = g_ptr_array_new_with_free_func (g_object_unref);
  GListModel *all = G_LIST_MODEL (self->documents);

  g_return_val_if_fail (LLWYBR_IS_PORTFOLIO (self), documents);
  g_return_val_if_fail (standard != NULL, documents);

  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr(LlwybrDocument) document = g_list_model_get_item (all, i);

      if (g_str_equal (llwybr_document_get_standard (document), standard))
        g_ptr_array_add (documents, g_steal_pointer (&document));
    }

  return documents;
}

/**
 * llwybr_portfolio_add_document:
 *
 * Chooses @attachment as a supporting document for @standard.
 *
 * Returns: (transfer full) (nullable): the document, or %NULL with @error
 */
LlwybrDocument *
llwybr_portfolio_add_document (LlwybrPortfolio   *self,
                               const char        *standard,
                               LlwybrAttachment  *attachment,
                               GError           **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *now_text = _llwybr_time_to_string (now);
  g_autofree char *uuid = g_uuid_string_random ();
  g_autoptr(LlwybrDocument) document = NULL;

  g_return_val_if_fail (LLWYBR_IS_PORTFOLIO (self), NULL);
  g_return_val_if_fail (standard != NULL, NULL);
  g_return_val_if_fail (LLWYBR_IS_ATTACHMENT (attachment), NULL);

  if (llwybr_framework_lookup_standard (self->framework, standard) == NULL)
    {
      g_set_error (error, LLWYBR_PORTFOLIO_ERROR, LLWYBR_PORTFOLIO_ERROR_INVALID,
                   _("There is no standard %s."), standard);
      return NULL;
    }

  if (!_llwybr_portfolio_begin (self, error))
    return NULL;
  if (!(stmt = _llwybr_db_prepare (self->db,
                                   "INSERT INTO document (uuid, standard, attachment_id, position, created, modified)"
                                   " SELECT ?1, ?2, a.id, (SELECT coalesce (max (position), -1) + 1 FROM document"
                                   " WHERE standard = ?2), ?3, ?3 FROM attachment a WHERE a.uuid = ?4", error)))
    goto failed;
  _llwybr_db_bind_text (stmt, 1, uuid);
  _llwybr_db_bind_text (stmt, 2, standard);
  _llwybr_db_bind_text (stmt, 3, now_text);
  _llwybr_db_bind_text (stmt, 4, llwybr_attachment_get_uuid (attachment));
  if (!_llwybr_db_step (stmt, error))
    goto failed;
  if (sqlite3_changes (self->db) == 0)
    {
      g_set_error_literal (error, LLWYBR_PORTFOLIO_ERROR, LLWYBR_PORTFOLIO_ERROR_INVALID,
                           _("The attachment is no longer in the portfolio."));
      goto failed;
    }
  if (!_llwybr_portfolio_commit (self, now, error))
    goto failed;

  _llwybr_portfolio_load_documents (self, NULL);
  document = _llwybr_document_new (uuid, standard, llwybr_attachment_get_evidence_uuid (attachment),
                                   llwybr_attachment_get_uuid (attachment), "", "");
  emit_changed (self);
  return g_steal_pointer (&document);

failed:
  if (sqlite3_extended_errcode (self->db) == SQLITE_CONSTRAINT_UNIQUE && error && *error)
    {
      g_clear_error (error);
      g_set_error (error, LLWYBR_PORTFOLIO_ERROR, LLWYBR_PORTFOLIO_ERROR_EXISTS,
                   _("That attachment is already a document for standard %s."), standard);
    }
  _llwybr_portfolio_rollback (self);
  return NULL;
}

/**
 * llwybr_portfolio_save_document:
 *
 * Saves @document's why and highlight notes.
 */
gboolean
llwybr_portfolio_save_document (LlwybrPortfolio  *self,
                                LlwybrDocument   *document,
                                GError          **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *now_text = _llwybr_time_to_string (now);

  g_return_val_if_fail (LLWYBR_IS_PORTFOLIO (self), FALSE);
  g_return_val_if_fail (LLWYBR_IS_DOCUMENT (document), FALSE);

  if (!_llwybr_portfolio_begin (self, error))
    return FALSE;
  if (!(stmt = _llwybr_db_prepare (self->db,
                                   "UPDATE document SET why = ?, highlight = ?, modified = ?"
                                   " WHERE uuid = ? AND (why IS NOT ?1 OR highlight IS NOT ?2)", error)))
    goto failed;
  _llwybr_db_bind_text (stmt, 1, llwybr_document_get_why (document));
  _llwybr_db_bind_text (stmt, 2, llwybr_document_get_highlight (document));
  _llwybr_db_bind_text (stmt, 3, now_text);
  _llwybr_db_bind_text (stmt, 4, llwybr_document_get_uuid (document));
  if (!_llwybr_db_step (stmt, error))
    goto failed;
  if (sqlite3_changes (self->db) == 0)
    {
      _llwybr_portfolio_rollback (self);
      return TRUE;
    }
  if (!_llwybr_portfolio_commit (self, now, error))
    goto failed;

  /* The list keeps its items, so a view of it does not start again as
   * she types; the copy in it takes the notes. */
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->documents)); i++)
    {
      g_autoptr(LlwybrDocument) kept = g_list_model_get_item (G_LIST_MODEL (self->documents), i);

      if (kept != document && g_str_equal (llwybr_document_get_uuid (kept), llwybr_document_get_uuid (document)))
        g_object_set (kept, "why", llwybr_document_get_why (document),
                      "highlight", llwybr_document_get_highlight (document), NULL);
    }
  emit_changed (self);
  return TRUE;

failed:
  _llwybr_portfolio_rollback (self);
  return FALSE;
}

/**
 * llwybr_portfolio_remove_document:
 *
 * Takes @document out of the document file; the attachment stays.
 */
gboolean
llwybr_portfolio_remove_document (LlwybrPortfolio  *self,
                                  LlwybrDocument   *document,
                                  GError          **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  g_return_val_if_fail (LLWYBR_IS_PORTFOLIO (self), FALSE);
  g_return_val_if_fail (LLWYBR_IS_DOCUMENT (document), FALSE);

  if (!_llwybr_portfolio_begin (self, error))
    return FALSE;
  if (!(stmt = _llwybr_db_prepare (self->db, "DELETE FROM document WHERE uuid = ?", error)))
    goto failed;
  _llwybr_db_bind_text (stmt, 1, llwybr_document_get_uuid (document));
  if (!_llwybr_db_step (stmt, error) ||
      !_llwybr_portfolio_bury (self, llwybr_document_get_uuid (document), now, error) ||
      !_llwybr_portfolio_commit (self, now, error))
    goto failed;

  _llwybr_portfolio_load_documents (self, NULL);
  emit_changed (self);
  return TRUE;

failed:
  _llwybr_portfolio_rollback (self);
  return FALSE;
}

/**
 * llwybr_portfolio_lookup_attachment:
 *
 * Returns: (transfer full) (nullable): the attachment with @uuid
 */
LlwybrAttachment *
llwybr_portfolio_lookup_attachment (LlwybrPortfolio *self,
                                    const char      *uuid)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  LlwybrEvidence *evidence;

  g_return_val_if_fail (LLWYBR_IS_PORTFOLIO (self), NULL);
  g_return_val_if_fail (uuid != NULL, NULL);

  if (!(stmt = _llwybr_db_prepare (self->db,
                                   "SELECT e.uuid FROM attachment a JOIN evidence e ON e.id = a.evidence_id"
                                   " WHERE a.uuid = ?", NULL)))
    return NULL;
  _llwybr_db_bind_text (stmt, 1, uuid);
  if (sqlite3_step (stmt) != SQLITE_ROW ||
      !(evidence = llwybr_portfolio_lookup_evidence (self, _llwybr_db_column_text (stmt, 0))))
    return NULL;

  {
    g_autoptr(GListModel) attachments = llwybr_portfolio_list_attachments (self, evidence);

    for (guint i = 0; i < g_list_model_get_n_items (attachments); i++)
      {
        g_autoptr(LlwybrAttachment) attachment = g_list_model_get_item (attachments, i);

        if (g_str_equal (llwybr_attachment_get_uuid (attachment), uuid))
          return g_steal_pointer (&attachment);
      }
  }

  return NULL;
}

/**
 * llwybr_portfolio_get_endorsed_by:
 *
 * Returns: the headteacher who endorsed the TA for assessment, or ""
 */
const char *
llwybr_portfolio_get_endorsed_by (LlwybrPortfolio *self)
{
  g_return_val_if_fail (LLWYBR_IS_PORTFOLIO (self), NULL);

  return self->endorsed_by;
}

/**
 * llwybr_portfolio_get_endorsed_on:
 *
 * Returns: (nullable): the day of the endorsement
 */
const GDate *
llwybr_portfolio_get_endorsed_on (LlwybrPortfolio *self)
{
  g_return_val_if_fail (LLWYBR_IS_PORTFOLIO (self), NULL);

  return self->endorsed_on;
}

gboolean
llwybr_portfolio_set_endorsement (LlwybrPortfolio  *self,
                                  const char       *endorsed_by,
                                  const GDate      *endorsed_on,
                                  GError          **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *now_text = _llwybr_time_to_string (now);
  g_autofree char *date_text = endorsed_on ? _llwybr_date_to_string (endorsed_on) : NULL;
  g_autofree char *old_date = self->endorsed_on ? _llwybr_date_to_string (self->endorsed_on) : NULL;

  g_return_val_if_fail (LLWYBR_IS_PORTFOLIO (self), FALSE);

  if (endorsed_by == NULL)
    endorsed_by = "";
  if (g_strcmp0 (self->endorsed_by, endorsed_by) == 0 && g_strcmp0 (date_text, old_date) == 0)
    return TRUE;

  if (!_llwybr_portfolio_begin (self, error))
    return FALSE;
  if (!(stmt = _llwybr_db_prepare (self->db,
                                   "UPDATE portfolio SET endorsed_by = ?, endorsed_on = ?, endorsement_modified = ?"
                                   " WHERE id = 1", error)))
    goto failed;
  _llwybr_db_bind_text (stmt, 1, endorsed_by);
  _llwybr_db_bind_text (stmt, 2, date_text);
  _llwybr_db_bind_text (stmt, 3, now_text);
  if (!_llwybr_db_step (stmt, error) || !_llwybr_portfolio_commit (self, now, error))
    goto failed;

  load_endorsement (self, NULL);
  emit_changed (self);
  return TRUE;

failed:
  _llwybr_portfolio_rollback (self);
  return FALSE;
}
