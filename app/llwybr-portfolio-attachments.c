/* llwybr-portfolio-attachments.c
 *
 * Files attached to evidence, stored as BLOBs inside the portfolio (the
 * SQLite project's advice for application file formats) and streamed in
 * chunks both ways, so a large scan never sits whole in memory.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "llwybr-portfolio"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "llwybr-attachment-private.h"
#include "llwybr-evidence-private.h"
#include "llwybr-partial-file-private.h"
#include "llwybr-portfolio-private.h"

#define CHUNK_SIZE (64 * 1024)

#define ATTACHMENT_COLUMNS "a.id, a.uuid, e.uuid, a.name, a.mime_type, a.size, a.sha256"

/* Helpers */

static gboolean
too_large (const char  *name,
           goffset      size,
           GError     **error)
{
  g_autofree char *size_text = g_format_size (size);
  g_autofree char *limit_text = g_format_size (LLWYBR_ATTACHMENT_MAX_SIZE);

  g_set_error (error, LLWYBR_PORTFOLIO_ERROR, LLWYBR_PORTFOLIO_ERROR_TOO_LARGE,
               /* Translators: %1$s is a file name, %2$s and %3$s sizes such as “120 MB” */
               _("“%1$s” is %2$s; an attachment can be at most %3$s. Attach a smaller copy, such as a PDF of the pages that matter."),
               name, size_text, limit_text);
  return FALSE;
}

static gboolean
copy_into_blob (sqlite3        *db,
                sqlite3_blob   *blob,
                GInputStream   *stream,
                goffset         size,
                GChecksum      *checksum,
                GCancellable   *cancellable,
                GError        **error)
{
  g_autofree guint8 *buffer = g_malloc (CHUNK_SIZE);
  goffset offset = 0;

  while (offset < size)
    {
      gsize n_read = 0;
      gsize want = MIN (CHUNK_SIZE, size - offset);

      if (!g_input_stream_read_all (stream, buffer, want, &n_read, cancellable, error))
        return FALSE;

      if (n_read < want)
        break;

      if (sqlite3_blob_write (blob, buffer, n_read, offset) != SQLITE_OK)
        return _llwybr_db_failed (db, error);

      g_checksum_update (checksum, buffer, n_read);
      offset += n_read;
    }

  /* A file that grew or shrank while we read it is not what the user saw. */
  if (offset != size || g_input_stream_read (stream, buffer, 1, cancellable, NULL) > 0)
    {
      g_set_error_literal (error, LLWYBR_PORTFOLIO_ERROR, LLWYBR_PORTFOLIO_ERROR_FAILED,
                           _("The file changed while it was being attached. Close any program that is writing it, then try again."));
      return FALSE;
    }

  return TRUE;
}

static gboolean
insert_attachment (LlwybrPortfolio  *self,
                   LlwybrEvidence   *evidence,
                   const char       *uuid,
                   const char       *name,
                   const char       *mime_type,
                   goffset           size,
                   GDateTime        *now,
                   GError          **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *now_text = _llwybr_time_to_string (now);

  stmt = _llwybr_db_prepare (self->db,
                             "INSERT INTO attachment (uuid, evidence_id, name, mime_type, size, sha256,"
                             " data, created, modified) VALUES (?1, ?2, ?3, ?4, ?5, '', zeroblob (?5), ?6, ?6)",
                             error);
  if (stmt == NULL)
    return FALSE;

  _llwybr_db_bind_text (stmt, 1, uuid);
  sqlite3_bind_int64 (stmt, 2, _llwybr_evidence_get_row_id (evidence));
  _llwybr_db_bind_text (stmt, 3, name);
  _llwybr_db_bind_text (stmt, 4, mime_type);
  sqlite3_bind_int64 (stmt, 5, size);
  _llwybr_db_bind_text (stmt, 6, now_text);

  return _llwybr_db_step (stmt, error);
}

static gboolean
set_checksum (LlwybrPortfolio  *self,
              gint64            row,
              const char       *sha256,
              GError          **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (!(stmt = _llwybr_db_prepare (self->db, "UPDATE attachment SET sha256 = ? WHERE id = ?", error)))
    return FALSE;
  _llwybr_db_bind_text (stmt, 1, sha256);
  sqlite3_bind_int64 (stmt, 2, row);

  return _llwybr_db_step (stmt, error);
}

static gboolean
damaged_attachment (LlwybrAttachment  *attachment,
                    GError           **error)
{
  g_set_error (error, LLWYBR_PORTFOLIO_ERROR, LLWYBR_PORTFOLIO_ERROR_DAMAGED,
               _("The attachment “%s” is damaged: its contents are not what was attached. Attach the file again from the original."),
               llwybr_attachment_get_name (attachment));
  return FALSE;
}

/* Public API */

/**
 * llwybr_portfolio_attach_stream:
 * @name: the file name to show
 * @mime_type: the content's MIME type
 * @stream: the content, exactly @size bytes
 *
 * Stores the content in one transaction, with its size and SHA-256.
 *
 * Returns: (transfer full): the attachment, or %NULL with @error set
 */
LlwybrAttachment *
llwybr_portfolio_attach_stream (LlwybrPortfolio  *self,
                                LlwybrEvidence   *evidence,
                                const char       *name,
                                const char       *mime_type,
                                GInputStream     *stream,
                                goffset           size,
                                GCancellable     *cancellable,
                                GError          **error)
{
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *uuid = g_uuid_string_random ();
  sqlite3_blob *blob = NULL;
  gint64 row;

  g_return_val_if_fail (LLWYBR_IS_PORTFOLIO (self), NULL);
  g_return_val_if_fail (LLWYBR_IS_EVIDENCE (evidence), NULL);
  g_return_val_if_fail (name != NULL && mime_type != NULL, NULL);
  g_return_val_if_fail (G_IS_INPUT_STREAM (stream), NULL);
  g_return_val_if_fail (size >= 0, NULL);

  if (size > LLWYBR_ATTACHMENT_MAX_SIZE)
    {
      too_large (name, size, error);
      return NULL;
    }

  if (!_llwybr_portfolio_begin (self, error))
    return NULL;

  if (!_llwybr_portfolio_keep_version (self, _llwybr_evidence_get_row_id (evidence),
                                       LLWYBR_VERSION_REPLACED_BY_EDIT, now, error) ||
      !insert_attachment (self, evidence, uuid, name, mime_type, size, now, error))
    goto failed;

  row = sqlite3_last_insert_rowid (self->db);
  if (sqlite3_blob_open (self->db, "main", "attachment", "data", row, 1, &blob) != SQLITE_OK)
    {
      _llwybr_db_failed (self->db, error);
      goto failed;
    }

  if (!copy_into_blob (self->db, blob, stream, size, checksum, cancellable, error))
    goto failed;
  g_clear_pointer (&blob, sqlite3_blob_close);

  if (!set_checksum (self, row, g_checksum_get_string (checksum), error) ||
      !_llwybr_portfolio_commit (self, now, error))
    goto failed;

  _llwybr_evidence_set_modified (evidence, now);
  g_signal_emit (self, _llwybr_portfolio_signals [SIGNAL_EVIDENCE_CHANGED], 0, evidence);
  return _llwybr_attachment_new (row, uuid, llwybr_evidence_get_uuid (evidence), name, mime_type,
                                 size, g_checksum_get_string (checksum));

failed:
  g_clear_pointer (&blob, sqlite3_blob_close);
  _llwybr_portfolio_rollback (self);
  return NULL;
}

/**
 * llwybr_portfolio_attach_file:
 *
 * Attaches a copy of @file; files over %LLWYBR_ATTACHMENT_MAX_SIZE are
 * refused before a byte is read.
 *
 * Returns: (transfer full): the attachment, or %NULL with @error set
 */
LlwybrAttachment *
llwybr_portfolio_attach_file (LlwybrPortfolio  *self,
                              LlwybrEvidence   *evidence,
                              GFile            *file,
                              GCancellable     *cancellable,
                              GError          **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GFileInputStream) stream = NULL;
  g_autofree char *mime_type = NULL;
  const char *content_type;

  g_return_val_if_fail (LLWYBR_IS_PORTFOLIO (self), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  info = g_file_query_info (file,
                            G_FILE_ATTRIBUTE_STANDARD_DISPLAY_NAME ","
                            G_FILE_ATTRIBUTE_STANDARD_CONTENT_TYPE ","
                            G_FILE_ATTRIBUTE_STANDARD_SIZE,
                            G_FILE_QUERY_INFO_NONE, cancellable, error);
  if (info == NULL)
    return NULL;

  if (g_file_info_get_size (info) > LLWYBR_ATTACHMENT_MAX_SIZE)
    {
      too_large (g_file_info_get_display_name (info), g_file_info_get_size (info), error);
      return NULL;
    }

  if (!(stream = g_file_read (file, cancellable, error)))
    return NULL;

  content_type = g_file_info_get_content_type (info);
  mime_type = content_type ? g_content_type_get_mime_type (content_type) : NULL;

  return llwybr_portfolio_attach_stream (self, evidence,
                                         g_file_info_get_display_name (info),
                                         mime_type ? mime_type : "application/octet-stream",
                                         G_INPUT_STREAM (stream), g_file_info_get_size (info),
                                         cancellable, error);
}

/**
 * llwybr_portfolio_read_attachment:
 * @stream: where the content goes
 *
 * Writes the content to @stream, checking its size and SHA-256 against
 * what was stored, so a damaged attachment is reported, not passed on.
 */
gboolean
llwybr_portfolio_read_attachment (LlwybrPortfolio   *self,
                                  LlwybrAttachment  *attachment,
                                  GOutputStream     *stream,
                                  GCancellable      *cancellable,
                                  GError           **error)
{
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);
  g_autofree guint8 *buffer = g_malloc (CHUNK_SIZE);
  sqlite3_blob *blob = NULL;
  goffset size;
  gboolean ok = FALSE;

  g_return_val_if_fail (LLWYBR_IS_PORTFOLIO (self), FALSE);
  g_return_val_if_fail (LLWYBR_IS_ATTACHMENT (attachment), FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (stream), FALSE);

  if (sqlite3_blob_open (self->db, "main", "attachment", "data",
                         _llwybr_attachment_get_row_id (attachment), 0, &blob) != SQLITE_OK)
    return _llwybr_db_failed (self->db, error);

  size = sqlite3_blob_bytes (blob);
  if (size != llwybr_attachment_get_size (attachment))
    {
      damaged_attachment (attachment, error);
      goto out;
    }

  for (goffset offset = 0; offset < size; offset += CHUNK_SIZE)
    {
      int n = MIN (CHUNK_SIZE, size - offset);

      if (sqlite3_blob_read (blob, buffer, n, offset) != SQLITE_OK)
        {
          _llwybr_db_failed (self->db, error);
          goto out;
        }
      g_checksum_update (checksum, buffer, n);
      if (!g_output_stream_write_all (stream, buffer, n, NULL, cancellable, error))
        goto out;
    }

  if (g_strcmp0 (g_checksum_get_string (checksum), llwybr_attachment_get_sha256 (attachment)) != 0)
    damaged_attachment (attachment, error);
  else
    ok = TRUE;

out:
  sqlite3_blob_close (blob);
  return ok;
}

/**
 * llwybr_portfolio_save_attachment:
 * @destination: a file to write the content to, replaced if it exists
 *
 * Writes a copy of an attachment, for the desktop to open or the user to
 * keep, checked against its SHA-256 as it is written.
 */
gboolean
llwybr_portfolio_save_attachment (LlwybrPortfolio   *self,
                                  LlwybrAttachment  *attachment,
                                  GFile             *destination,
                                  GCancellable      *cancellable,
                                  GError           **error)
{
  g_autoptr(LlwybrPartialFile) output = NULL;
  g_autoptr(GFile) parent = g_file_get_parent (destination);

  g_return_val_if_fail (LLWYBR_IS_PORTFOLIO (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (destination), FALSE);

  if (parent != NULL && !g_file_query_exists (parent, cancellable) &&
      !g_file_make_directory_with_parents (parent, cancellable, error))
    return FALSE;

  /* Whatever was there before stays until the whole file is out. */
  return (output = _llwybr_partial_file_new (destination, G_FILE_CREATE_PRIVATE, cancellable, error)) != NULL &&
         llwybr_portfolio_read_attachment (self, attachment, _llwybr_partial_file_get_stream (output), cancellable, error) &&
         _llwybr_partial_file_commit (output, cancellable, error);
}

gboolean
llwybr_portfolio_remove_attachment (LlwybrPortfolio   *self,
                                    LlwybrAttachment  *attachment,
                                    GError           **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  LlwybrEvidence *evidence;

  g_return_val_if_fail (LLWYBR_IS_PORTFOLIO (self), FALSE);
  g_return_val_if_fail (LLWYBR_IS_ATTACHMENT (attachment), FALSE);

  evidence = llwybr_portfolio_lookup_evidence (self, llwybr_attachment_get_evidence_uuid (attachment));
  g_return_val_if_fail (evidence != NULL, FALSE);

  if (!_llwybr_portfolio_begin (self, error))
    return FALSE;

  if (!(stmt = _llwybr_db_prepare (self->db, "DELETE FROM attachment WHERE id = ?", error)))
    goto failed;
  sqlite3_bind_int64 (stmt, 1, _llwybr_attachment_get_row_id (attachment));
  if (!_llwybr_db_step (stmt, error) ||
      !_llwybr_portfolio_keep_version (self, _llwybr_evidence_get_row_id (evidence),
                                       LLWYBR_VERSION_REPLACED_BY_EDIT, now, error) ||
      !_llwybr_portfolio_bury (self, llwybr_attachment_get_uuid (attachment), now, error) ||
      !_llwybr_portfolio_commit (self, now, error))
    goto failed;

  _llwybr_evidence_set_modified (evidence, now);
  g_signal_emit (self, _llwybr_portfolio_signals [SIGNAL_EVIDENCE_CHANGED], 0, evidence);
  _llwybr_portfolio_follow_documents (self);
  return TRUE;

failed:
  _llwybr_portfolio_rollback (self);
  return FALSE;
}

/**
 * llwybr_portfolio_list_attachments:
 *
 * Returns: (transfer full): a #GListModel of the #LlwybrAttachment of
 *   @evidence, in the order they were attached
 */
GListModel *
llwybr_portfolio_list_attachments (LlwybrPortfolio *self,
                                   LlwybrEvidence  *evidence)
{
  GListStore *store = g_list_store_new (LLWYBR_TYPE_ATTACHMENT);
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (LLWYBR_IS_PORTFOLIO (self), NULL);
  g_return_val_if_fail (LLWYBR_IS_EVIDENCE (evidence), NULL);

  stmt = _llwybr_db_prepare (self->db,
                             "SELECT " ATTACHMENT_COLUMNS " FROM attachment a"
                             " JOIN evidence e ON e.id = a.evidence_id WHERE e.id = ? ORDER BY a.id",
                             NULL);
  if (stmt == NULL)
    return G_LIST_MODEL (store);
  sqlite3_bind_int64 (stmt, 1, _llwybr_evidence_get_row_id (evidence));

  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_autoptr(LlwybrAttachment) attachment = NULL;

      /* The UUID names the folder an attachment is opened from: a row
       * whose UUID is not one came from somewhere other than Llwybr. */
      if (!g_uuid_string_is_valid (_llwybr_db_column_text (stmt, 1)))
        {
          g_warning ("Leaving out attachment %" G_GINT64_FORMAT ": its UUID is not one",
                     (gint64)sqlite3_column_int64 (stmt, 0));
          continue;
        }

      attachment =
        _llwybr_attachment_new (sqlite3_column_int64 (stmt, 0),
                                _llwybr_db_column_text (stmt, 1),
                                _llwybr_db_column_text (stmt, 2),
                                _llwybr_db_column_text (stmt, 3),
                                _llwybr_db_column_text (stmt, 4),
                                sqlite3_column_int64 (stmt, 5),
                                _llwybr_db_column_text (stmt, 6));

      g_list_store_append (store, attachment);
    }

  return G_LIST_MODEL (store);
}

guint
llwybr_portfolio_count_attachments (LlwybrPortfolio *self)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (LLWYBR_IS_PORTFOLIO (self), 0);

  stmt = _llwybr_db_prepare (self->db, "SELECT count (*) FROM attachment", NULL);

  return stmt && sqlite3_step (stmt) == SQLITE_ROW ? (guint)sqlite3_column_int64 (stmt, 0) : 0;
}
