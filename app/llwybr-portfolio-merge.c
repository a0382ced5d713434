/* llwybr-portfolio-merge.c
 *
 * Merging another copy of the same portfolio: the mentor's reviewed copy
 * into the TA's, or the TA's newer copy into the mentor's.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "llwybr-portfolio"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "llwybr-portfolio-private.h"

/* Reviews never conflict: each has its own UUID. A record changed in both
 * copies keeps the newer change, and the older version goes into the
 * history; a deletion is a change like any other, remembered by its
 * tombstone. The other copy is read from a private, checked, migrated
 * snapshot attached as "other"; what changes is listed in temp.merged so
 * the objects in memory can follow. ?1 is the time of the merge. */

#define EVIDENCE_FIELDS "title, date, kind, setting, age_range, subject, reflection"
#define HISTORY_FIELDS \
  "evidence_uuid, title, date, kind, setting, age_range, subject, reflection, links, saved, replaced, reason"
#define MERGED(actions) "(SELECT uuid FROM temp.merged WHERE action IN (" actions "))"

typedef enum
{
  COUNT_NONE,
  COUNT_REVIEWS,
  COUNT_ADDED,
  COUNT_UPDATED,
  COUNT_REMOVED,
  COUNT_ATTACHMENTS,
  COUNT_PLAN,
  COUNT_ASSESSMENT,
} Counter;

static const struct {
  Counter     counter;
  const char *sql;
} steps[] = {
  /* Which pieces of evidence the other copy removed or changed later. */
  { COUNT_REMOVED,
    "INSERT INTO temp.merged (uuid, action)"
    " SELECT e.uuid, 'removed' FROM main.evidence e JOIN other.tombstone t ON t.uuid = e.uuid"
    " WHERE t.deleted > e.modified" },
  { COUNT_UPDATED,
    "INSERT INTO temp.merged (uuid, action)"
    " SELECT o.uuid, 'updated' FROM other.evidence o JOIN main.evidence e ON e.uuid = o.uuid"
    " WHERE o.modified > e.modified AND o.uuid NOT IN (SELECT uuid FROM temp.merged)" },

  /* This copy's versions of those go into the history first... */
  { COUNT_NONE,
    "INSERT OR IGNORE INTO main.evidence_history (" HISTORY_FIELDS ")"
    " SELECT e.uuid, " EVIDENCE_FIELDS ", " HISTORY_LINKS ("main", "e") ", e.modified, ?1, 'merge'"
    " FROM main.evidence e WHERE e.uuid IN " MERGED ("'removed', 'updated'") },
  /* ...and so do the other copy's older versions, and its history. */
  { COUNT_NONE,
    "INSERT OR IGNORE INTO main.evidence_history (" HISTORY_FIELDS ")"
    " SELECT o.uuid, o.title, o.date, o.kind, o.setting, o.age_range, o.subject, o.reflection, "
    HISTORY_LINKS ("other", "o") ", o.modified, ?1, 'merge'"
    " FROM other.evidence o JOIN main.evidence e ON e.uuid = o.uuid WHERE o.modified < e.modified" },
  { COUNT_NONE,
    "INSERT OR IGNORE INTO main.evidence_history (" HISTORY_FIELDS ")"
    " SELECT " HISTORY_FIELDS " FROM other.evidence_history" },

  { COUNT_NONE,
    "DELETE FROM main.search WHERE rowid IN"
    " (SELECT id FROM main.evidence WHERE uuid IN " MERGED ("'removed'") ")" },
  { COUNT_NONE,
    "DELETE FROM main.evidence WHERE uuid IN " MERGED ("'removed'") },

  { COUNT_NONE,
    "UPDATE main.evidence AS e SET title = o.title, date = o.date, kind = o.kind, setting = o.setting,"
    " age_range = o.age_range, subject = o.subject, reflection = o.reflection, modified = o.modified"
    " FROM other.evidence AS o WHERE o.uuid = e.uuid AND e.uuid IN " MERGED ("'updated'") },
  { COUNT_NONE,
    "DELETE FROM main.link WHERE evidence_id IN"
    " (SELECT id FROM main.evidence WHERE uuid IN " MERGED ("'updated'") ")" },

  /* New in the other copy, unless deleted here after it was last changed. */
  { COUNT_ADDED,
    "INSERT INTO temp.merged (uuid, action)"
    " SELECT o.uuid, 'added' FROM other.evidence o"
    " WHERE o.uuid NOT IN (SELECT uuid FROM main.evidence)"
    " AND NOT EXISTS (SELECT 1 FROM main.tombstone t WHERE t.uuid = o.uuid AND t.deleted >= o.modified)" },
  { COUNT_NONE,
    "INSERT INTO main.evidence (uuid, " EVIDENCE_FIELDS ", created, modified)"
    " SELECT uuid, " EVIDENCE_FIELDS ", created, modified FROM other.evidence"
    " WHERE uuid IN " MERGED ("'added'") },
  { COUNT_NONE,
    "DELETE FROM main.tombstone WHERE uuid IN " MERGED ("'added'") },

  /* The links come with the version they belong to. */
  { COUNT_NONE,
    "INSERT OR IGNORE INTO main.link (uuid, evidence_id, standard, annotation, created, modified)"
    " SELECT l.uuid, e.id, l.standard, l.annotation, l.created, l.modified"
    " FROM other.link l JOIN other.evidence o ON o.id = l.evidence_id JOIN main.evidence e ON e.uuid = o.uuid"
    " WHERE o.uuid IN " MERGED ("'updated', 'added'") },

  { COUNT_NONE,
    "DELETE FROM main.attachment WHERE uuid IN"
    " (SELECT a.uuid FROM main.attachment a JOIN other.tombstone t ON t.uuid = a.uuid WHERE t.deleted > a.modified)" },
  { COUNT_ATTACHMENTS,
    "INSERT INTO main.attachment (uuid, evidence_id, name, mime_type, size, sha256, data, created, modified)"
    " SELECT a.uuid, e.id, a.name, a.mime_type, a.size, a.sha256, a.data, a.created, a.modified"
    " FROM other.attachment a JOIN other.evidence o ON o.id = a.evidence_id JOIN main.evidence e ON e.uuid = o.uuid"
    " WHERE a.uuid NOT IN (SELECT uuid FROM main.attachment)"
    " AND NOT EXISTS (SELECT 1 FROM main.tombstone t WHERE t.uuid = a.uuid AND t.deleted >= a.modified)" },

  { COUNT_PLAN,
    "UPDATE main.plan_step AS s SET kind = o.kind, title = o.title, qualification = o.qualification,"
    " status = o.status, start_date = o.start_date, target_date = o.target_date, credits = o.credits,"
    " hours = o.hours, cost = o.cost, provider = o.provider, notes = o.notes, evidence = o.evidence,"
    " modified = o.modified FROM other.plan_step AS o WHERE o.uuid = s.uuid AND o.modified > s.modified" },
  { COUNT_PLAN,
    "DELETE FROM main.plan_step WHERE uuid IN"
    " (SELECT s.uuid FROM main.plan_step s JOIN other.tombstone t ON t.uuid = s.uuid WHERE t.deleted > s.modified)" },
  { COUNT_PLAN,
    "INSERT INTO main.plan_step (uuid, position, kind, title, qualification, status, start_date, target_date,"
    " credits, hours, cost, provider, notes, evidence, created, modified)"
    " SELECT uuid, (SELECT coalesce (max (position), -1) + 1 FROM main.plan_step), kind, title, qualification,"
    " status, start_date, target_date, credits, hours, cost, provider, notes, evidence, created, modified"
    " FROM other.plan_step o WHERE o.uuid NOT IN (SELECT uuid FROM main.plan_step)"
    " AND NOT EXISTS (SELECT 1 FROM main.tombstone t WHERE t.uuid = o.uuid AND t.deleted >= o.modified)"
    " ORDER BY o.position" },

  /* The written tasks, section by section, and the endorsement: the
   * later change wins. */
  { COUNT_ASSESSMENT,
    "UPDATE main.task_section AS s SET text = o.text, modified = o.modified FROM other.task_section AS o"
    " WHERE o.task = s.task AND o.section = s.section AND o.modified > s.modified" },
  { COUNT_ASSESSMENT,
    "INSERT INTO main.task_section (task, section, text, modified)"
    " SELECT task, section, text, modified FROM other.task_section o"
    " WHERE NOT EXISTS (SELECT 1 FROM main.task_section s WHERE s.task = o.task AND s.section = o.section)" },
  { COUNT_ASSESSMENT,
    "UPDATE main.portfolio AS p SET endorsed_by = o.endorsed_by, endorsed_on = o.endorsed_on,"
    " endorsement_modified = o.endorsement_modified FROM other.portfolio AS o"
    " WHERE o.endorsement_modified > p.endorsement_modified" },

  /* The document file, once the attachments it names are here. */
  { COUNT_ASSESSMENT,
    "UPDATE main.document AS d SET why = o.why, highlight = o.highlight, modified = o.modified"
    " FROM other.document AS o WHERE o.uuid = d.uuid AND o.modified > d.modified" },
  { COUNT_ASSESSMENT,
    "DELETE FROM main.document WHERE uuid IN"
    " (SELECT d.uuid FROM main.document d JOIN other.tombstone t ON t.uuid = d.uuid WHERE t.deleted > d.modified)" },
  { COUNT_ASSESSMENT,
    "INSERT OR IGNORE INTO main.document (uuid, standard, attachment_id, position, why, highlight, created, modified)"
    " SELECT o.uuid, o.standard, a.id,"
    " (SELECT coalesce (max (position), -1) + 1 FROM main.document WHERE standard = o.standard),"
    " o.why, o.highlight, o.created, o.modified"
    " FROM other.document o JOIN other.attachment oa ON oa.id = o.attachment_id JOIN main.attachment a ON a.uuid = oa.uuid"
    " WHERE o.uuid NOT IN (SELECT uuid FROM main.document)"
    " AND NOT EXISTS (SELECT 1 FROM main.tombstone t WHERE t.uuid = o.uuid AND t.deleted >= o.modified)"
    " ORDER BY o.position" },

  /* Reviews come in unread: the TA has not seen them yet. */
  { COUNT_REVIEWS,
    "INSERT INTO main.review (uuid, kind, target_kind, target, verdict, text, author, author_role, sha256,"
    " unread, created, modified)"
    " SELECT uuid, kind, target_kind, target, verdict, text, author, author_role, sha256, 1, created, modified"
    " FROM other.review WHERE uuid NOT IN (SELECT uuid FROM main.review)" },
  { COUNT_NONE,
    "INSERT OR IGNORE INTO main.reviewed_evidence (review_uuid, evidence_uuid, sha256)"
    " SELECT review_uuid, evidence_uuid, sha256 FROM other.reviewed_evidence" },

  { COUNT_NONE,
    "INSERT OR IGNORE INTO main.tombstone (uuid, deleted) SELECT uuid, deleted FROM other.tombstone" },
};

/* Helpers */

static void append_line (GString    *text,
                         const char *format,
                         ...) G_GNUC_PRINTF (2, 3);

static void
append_line (GString    *text,
             const char *format,
             ...)
{
  va_list args;

  if (text->len > 0)
    g_string_append_c (text, '\n');

  va_start (args, format);
  g_string_append_vprintf (text, format, args);
  va_end (args);
}

static guint *
counter_for (LlwybrMergeCounts *counts,
             Counter            counter)
{
  switch (counter)
    {
    case COUNT_REVIEWS: return &counts->reviews;
    case COUNT_ADDED: return &counts->evidence_added;
    case COUNT_UPDATED: return &counts->evidence_updated;
    case COUNT_REMOVED: return &counts->evidence_removed;
    case COUNT_ATTACHMENTS: return &counts->attachments_added;
    case COUNT_PLAN: return &counts->plan_steps;
    case COUNT_ASSESSMENT: return &counts->assessment;
    case COUNT_NONE:
    default: return NULL;
    }
}

/* A snapshot of @other, brought to this version's schema: the file the
 * user gave is only ever read, and cannot change under the merge. */
static char *
stage (LlwybrPortfolio  *other,
       GError          **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  guint version;
  sqlite3 *db;

  if (!(dir = g_dir_make_tmp ("llwybr-merge-XXXXXX", error)))
    return NULL;
  path = g_build_filename (dir, "other.llwybr", NULL);

  if ((stmt = _llwybr_db_prepare (other->db, "VACUUM INTO ?", error)) != NULL)
    {
      _llwybr_db_bind_text (stmt, 1, path);
      if (_llwybr_db_step (stmt, error) &&
          (db = _llwybr_db_open (path, LLWYBR_OPEN_READ_WRITE, FALSE, &version, error)) != NULL)
        {
          gboolean ready = _llwybr_db_check_integrity (db, other->path, error) &&
                           _llwybr_db_migrate (db, version, llwybr_portfolio_schema_version (), error);

          sqlite3_close (db);
          if (ready)
            return g_steal_pointer (&path);
        }
    }

  g_unlink (path);
  g_rmdir (dir);
  return NULL;
}

static void
unstage (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);

  g_unlink (path);
  g_rmdir (dir);
}

static gboolean
run_steps (LlwybrPortfolio    *self,
           LlwybrMergeCounts  *counts,
           guint              *changes,
           GError            **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *now_text = _llwybr_time_to_string (now);

  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      g_autoptr(sqlite3_stmt) stmt = NULL;
      guint *counter = counter_for (counts, steps[i].counter);

      if (!(stmt = _llwybr_db_prepare (self->db, steps[i].sql, error)))
        return FALSE;
      if (sqlite3_bind_parameter_count (stmt) > 0)
        _llwybr_db_bind_text (stmt, 1, now_text);
      if (!_llwybr_db_step (stmt, error))
        return FALSE;

      if (counter != NULL)
        *counter += sqlite3_changes (self->db);
      if (!strstr (steps[i].sql, "INTO temp.") && !strstr (steps[i].sql, "history"))
        *changes += sqlite3_changes (self->db);
    }

  return TRUE;
}

static gboolean
refresh_search (LlwybrPortfolio  *self,
                GError          **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  stmt = _llwybr_db_prepare (self->db,
                             "SELECT id FROM main.evidence WHERE uuid IN " MERGED ("'updated', 'added'"), error);
  if (stmt == NULL)
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    if (!_llwybr_db_refresh_search (self->db, sqlite3_column_int64 (stmt, 0), error))
      return FALSE;

  return rc == SQLITE_DONE || _llwybr_db_failed (self->db, error);
}

/* The objects in memory follow the file: each merged piece of evidence is
 * read again, and the reviews and the plan are loaded again. */
static void
refresh_objects (LlwybrPortfolio *self)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GPtrArray) uuids = g_ptr_array_new_with_free_func (g_free);
  GListModel *standards = llwybr_framework_get_standards (self->framework);

  if ((stmt = _llwybr_db_prepare (self->db, "SELECT uuid FROM temp.merged", NULL)) != NULL)
    while (sqlite3_step (stmt) == SQLITE_ROW)
      g_ptr_array_add (uuids, g_strdup (_llwybr_db_column_text (stmt, 0)));

  for (guint i = 0; i < uuids->len; i++)
    _llwybr_portfolio_refresh_evidence (self, g_ptr_array_index (uuids, i));

  _llwybr_portfolio_load_reviews (self, NULL);
  _llwybr_portfolio_load_plan (self, NULL);
  _llwybr_portfolio_load_tasks (self, NULL);
  g_signal_emit (self, _llwybr_portfolio_signals [SIGNAL_CHANGED], 0);

  for (guint i = 0; i < g_list_model_get_n_items (standards); i++)
    {
      g_autoptr(LlwybrStandard) standard = g_list_model_get_item (standards, i);

      g_signal_emit (self, _llwybr_portfolio_signals [SIGNAL_LINKS_CHANGED], 0, llwybr_standard_get_code (standard));
    }
}

static gboolean
merge_attached (LlwybrPortfolio    *self,
                gboolean            dry_run,
                LlwybrMergeCounts  *counts,
                GError            **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  guint changes = 0;

  if (!_llwybr_db_exec (self->db, "CREATE TEMP TABLE IF NOT EXISTS merged (uuid TEXT PRIMARY KEY, action TEXT);"
                        "DELETE FROM temp.merged", error) ||
      !_llwybr_portfolio_begin_review (self, error))
    return FALSE;

  if (!run_steps (self, counts, &changes, error) || !refresh_search (self, error))
    {
      _llwybr_portfolio_rollback (self);
      return FALSE;
    }

  /* Merging a copy already merged changes nothing, not even the time. */
  if (dry_run || changes == 0)
    {
      _llwybr_portfolio_rollback (self);
      return TRUE;
    }

  if (!_llwybr_portfolio_commit (self, now, error))
    {
      _llwybr_portfolio_rollback (self);
      return FALSE;
    }

  refresh_objects (self);
  return _llwybr_db_exec (self->db, "DELETE FROM temp.merged", error);
}

/* Public API */

/**
 * llwybr_portfolio_merge:
 * @other_path: another copy of this portfolio, from anywhere; only read
 * @dry_run: count what would come in, and change nothing
 * @counts: (out caller-allocates): what came in, or would
 *
 * Brings in the other copy's reviews, and its changes where they are newer
 * than this copy's, in one transaction. Merging the same copy twice
 * changes nothing the second time. A different portfolio is refused with
 * %LLWYBR_PORTFOLIO_ERROR_NOT_SAME.
 */
gboolean
llwybr_portfolio_merge (LlwybrPortfolio    *self,
                        const char         *other_path,
                        gboolean            dry_run,
                        LlwybrMergeCounts  *counts,
                        GError            **error)
{
  g_autoptr(LlwybrPortfolio) other = NULL;
  g_autoptr(sqlite3_stmt) attach = NULL;
  g_autofree char *staged = NULL;
  gboolean ok;

  g_return_val_if_fail (LLWYBR_IS_PORTFOLIO (self), FALSE);
  g_return_val_if_fail (other_path != NULL, FALSE);
  g_return_val_if_fail (counts != NULL, FALSE);

  *counts = (LlwybrMergeCounts) { 0 };

  if (self->read_only)
    return _llwybr_portfolio_begin_review (self, error);

  if (!(other = llwybr_portfolio_open_read_only (other_path, error)))
    return FALSE;

  if (g_strcmp0 (other->uuid, self->uuid) != 0)
    {
      g_autofree char *name = g_filename_display_basename (other_path);

      g_set_error (error, LLWYBR_PORTFOLIO_ERROR, LLWYBR_PORTFOLIO_ERROR_NOT_SAME,
                   /* Translators: %1$s is a file name, %2$s the title of the portfolio in it */
                   _("“%1$s” holds a different portfolio (“%2$s”), so it cannot be merged into this one. Only a copy of this portfolio, such as one sent back by a mentor, can be merged."),
                   name, other->title);
      return FALSE;
    }

  if (!(staged = stage (other, error)))
    return FALSE;
  g_clear_object (&other);

  if (!(attach = _llwybr_db_prepare (self->db, "ATTACH DATABASE ? AS other", error)))
    {
      unstage (staged);
      return FALSE;
    }
  _llwybr_db_bind_text (attach, 1, staged);
  if (!_llwybr_db_step (attach, error))
    {
      unstage (staged);
      return FALSE;
    }

  ok = merge_attached (self, dry_run, counts, error);

  sqlite3_exec (self->db, "DETACH DATABASE other", NULL, NULL, NULL);
  unstage (staged);
  return ok;
}

/**
 * llwybr_merge_counts_to_string:
 *
 * Returns: (transfer full): what @counts says, one line for each kind of
 *   record that came in, for people
 */
char *
llwybr_merge_counts_to_string (const LlwybrMergeCounts *counts)
{
  g_autoptr(GString) text = g_string_new (NULL);

  g_return_val_if_fail (counts != NULL, NULL);

  if (counts->reviews > 0)
    append_line (text, ngettext ("%u review", "%u reviews", counts->reviews), counts->reviews);
  if (counts->evidence_added > 0)
    append_line (text, ngettext ("%u new piece of evidence", "%u new pieces of evidence", counts->evidence_added),
                 counts->evidence_added);
  if (counts->evidence_updated > 0)
    append_line (text, ngettext ("%u piece of evidence updated", "%u pieces of evidence updated",
                                 counts->evidence_updated), counts->evidence_updated);
  if (counts->evidence_removed > 0)
    append_line (text, ngettext ("%u piece of evidence removed", "%u pieces of evidence removed",
                                 counts->evidence_removed), counts->evidence_removed);
  if (counts->attachments_added > 0)
    append_line (text, ngettext ("%u new attachment", "%u new attachments", counts->attachments_added),
                 counts->attachments_added);
  if (counts->plan_steps > 0)
    append_line (text, ngettext ("%u plan step added or updated", "%u plan steps added or updated",
                                 counts->plan_steps), counts->plan_steps);
  if (counts->assessment > 0)
    append_line (text, ngettext ("%u change to the written tasks or the document file",
                                 "%u changes to the written tasks or the document file",
                                 counts->assessment), counts->assessment);

  if (text->len == 0)
    g_string_append (text, _("Nothing new: everything in this copy is here already."));

  return g_string_free (g_steal_pointer (&text), FALSE);
}
