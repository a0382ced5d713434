/* llwybr-portfolio.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "llwybr-portfolio"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "llwybr-portfolio-private.h"

/* A portfolio: one SQLite file, owned here and nowhere else. Every edit is
 * its own transaction, committed before the call returns, so what the user
 * saw saved is on disk. Views learn of changes through the evidence list
 * model and the signals, never by polling. */

G_DEFINE_FINAL_TYPE (LlwybrPortfolio, llwybr_portfolio, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_OWNER,
  PROP_SCHOOL,
  PROP_ROLE,
  PROP_MODIFIED,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];
guint _llwybr_portfolio_signals [N_SIGNALS];

/* Helpers */

static gboolean
load_framework (LlwybrPortfolio  *self,
                GError          **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GBytes) pack = NULL;
  g_autoptr(GError) local_error = NULL;

  if (!(stmt = _llwybr_db_prepare (self->db, "SELECT pack FROM framework WHERE id = 1", error)))
    return FALSE;

  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      g_set_error_literal (error, LLWYBR_PORTFOLIO_ERROR, LLWYBR_PORTFOLIO_ERROR_DAMAGED,
                           _("The portfolio has lost its copy of the standards and cannot be opened. Use a backup copy."));
      return FALSE;
    }

  pack = g_bytes_new (sqlite3_column_blob (stmt, 0), sqlite3_column_bytes (stmt, 0));
  self->framework = llwybr_framework_new_from_bytes (pack, &local_error);
  if (self->framework == NULL)
    {
      g_set_error (error, LLWYBR_PORTFOLIO_ERROR, LLWYBR_PORTFOLIO_ERROR_DAMAGED,
                   /* Translators: %s explains what is wrong with the standards */
                   _("The portfolio’s copy of the standards is damaged, so it cannot be opened: %s"),
                   local_error->message);
      return FALSE;
    }

  return TRUE;
}

static gboolean
load_header (LlwybrPortfolio  *self,
             GError          **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = _llwybr_db_prepare (self->db,
                             "SELECT uuid, title, owner, school, role, created, modified"
                             " FROM portfolio WHERE id = 1", error);
  if (stmt == NULL)
    return FALSE;

  /* The UUID names the file in the library and its backup folder: from a
   * file of unknown origin, anything but a UUID ("../..") is refused. */
  if (sqlite3_step (stmt) != SQLITE_ROW || !g_uuid_string_is_valid (_llwybr_db_column_text (stmt, 0)))
    {
      g_set_error_literal (error, LLWYBR_PORTFOLIO_ERROR, LLWYBR_PORTFOLIO_ERROR_DAMAGED,
                           _("The portfolio has lost its identity and cannot be opened. Use a backup copy."));
      return FALSE;
    }

  self->uuid = g_strdup (_llwybr_db_column_text (stmt, 0));
  self->title = g_strdup (_llwybr_db_column_text (stmt, 1));
  self->owner = g_strdup (_llwybr_db_column_text (stmt, 2));
  self->school = g_strdup (_llwybr_db_column_text (stmt, 3));
  self->role = g_strdup (_llwybr_db_column_text (stmt, 4));
  self->created = _llwybr_time_from_string (_llwybr_db_column_text (stmt, 5));
  self->modified = _llwybr_time_from_string (_llwybr_db_column_text (stmt, 6));

  return TRUE;
}

static LlwybrPortfolio *
load (const char      *path,
      sqlite3         *db,
      gboolean         read_only,
      guint            version,
      GError         **error)
{
  g_autoptr(LlwybrPortfolio) self = g_object_new (LLWYBR_TYPE_PORTFOLIO, NULL);

  self->db = db;
  self->path = g_strdup (path);
  self->read_only = read_only;
  self->file_version = version;

  if (!load_header (self, error) || !load_framework (self, error) ||
      !_llwybr_portfolio_load_evidence (self, error) || !_llwybr_portfolio_load_plan (self, error) ||
      !_llwybr_portfolio_load_reviews (self, error) || !_llwybr_portfolio_load_tasks (self, error))
    return NULL;

  return g_steal_pointer (&self);
}

/* Every metadata setter is the same transaction on a different column. */
static gboolean
set_header_field (LlwybrPortfolio  *self,
                  const char       *column,
                  char            **field,
                  const char       *value,
                  guint             prop_id,
                  GError          **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *sql = g_strdup_printf ("UPDATE portfolio SET %s = ? WHERE id = 1", column);

  if (value == NULL)
    value = "";
  if (g_strcmp0 (*field, value) == 0)
    return TRUE;

  if (!_llwybr_portfolio_begin (self, error))
    return FALSE;

  if (!(stmt = _llwybr_db_prepare (self->db, sql, error)))
    goto failed;
  _llwybr_db_bind_text (stmt, 1, value);
  if (!_llwybr_db_step (stmt, error) || !_llwybr_portfolio_commit (self, now, error))
    goto failed;

  g_free (*field);
  *field = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties [prop_id]);
  g_signal_emit (self, _llwybr_portfolio_signals [SIGNAL_CHANGED], 0);
  return TRUE;

failed:
  _llwybr_portfolio_rollback (self);
  return FALSE;
}

/* Callbacks */

/* Connected before anyone else can be, so that those told of a change
 * count afresh. */
static void
forget_standard_counts (LlwybrPortfolio *self)
{
  g_clear_pointer (&self->standard_counts, g_hash_table_unref);
}

/* Overrides */

static void
llwybr_portfolio_dispose (GObject *object)
{
  LlwybrPortfolio *self = (LlwybrPortfolio *)object;

  g_clear_pointer (&self->evidence_by_uuid, g_hash_table_unref);
  g_clear_pointer (&self->evidence_by_row, g_hash_table_unref);
  g_clear_pointer (&self->standard_counts, g_hash_table_unref);
  if (self->evidence != NULL)
    g_signal_handlers_disconnect_by_data (self->evidence, self);
  g_clear_object (&self->evidence);
  g_clear_object (&self->plan_steps);
  g_clear_object (&self->reviews);
  g_clear_object (&self->tasks);
  g_clear_object (&self->documents);
  g_clear_object (&self->framework);

  G_OBJECT_CLASS (llwybr_portfolio_parent_class)->dispose (object);
}

static void
llwybr_portfolio_finalize (GObject *object)
{
  LlwybrPortfolio *self = (LlwybrPortfolio *)object;

  g_clear_pointer (&self->changed_since_review, sqlite3_finalize);
  g_clear_pointer (&self->db, sqlite3_close);
  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->uuid, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->owner, g_free);
  g_clear_pointer (&self->school, g_free);
  g_clear_pointer (&self->role, g_free);
  g_clear_pointer (&self->current_role, g_free);
  g_clear_pointer (&self->target_role, g_free);
  g_clear_pointer (&self->endorsed_by, g_free);
  g_clear_pointer (&self->endorsed_on, g_date_free);
  g_clear_pointer (&self->created, g_date_time_unref);
  g_clear_pointer (&self->modified, g_date_time_unref);

  G_OBJECT_CLASS (llwybr_portfolio_parent_class)->finalize (object);
}

static void
llwybr_portfolio_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  LlwybrPortfolio *self = LLWYBR_PORTFOLIO (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_OWNER:
      g_value_set_string (value, self->owner);
      break;

    case PROP_SCHOOL:
      g_value_set_string (value, self->school);
      break;

    case PROP_ROLE:
      g_value_set_string (value, self->role);
      break;

    case PROP_MODIFIED:
      g_value_set_boxed (value, self->modified);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
llwybr_portfolio_class_init (LlwybrPortfolioClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = llwybr_portfolio_dispose;
  object_class->finalize = llwybr_portfolio_finalize;
  object_class->get_property = llwybr_portfolio_get_property;

  properties [PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, flags);
  properties [PROP_OWNER] = g_param_spec_string ("owner", NULL, NULL, NULL, flags);
  properties [PROP_SCHOOL] = g_param_spec_string ("school", NULL, NULL, NULL, flags);
  properties [PROP_ROLE] = g_param_spec_string ("role", NULL, NULL, NULL, flags);
  properties [PROP_MODIFIED] = g_param_spec_boxed ("modified", NULL, NULL, G_TYPE_DATE_TIME, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * LlwybrPortfolio::changed:
   *
   * The portfolio's own details (title, owner, school, role), its written
   * tasks, its document file or its endorsement changed.
   */
  _llwybr_portfolio_signals [SIGNAL_CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  /**
   * LlwybrPortfolio::evidence-changed:
   * @evidence: the piece of evidence that was stored
   *
   * A piece of evidence, its links or its attachments were saved.
   */
  _llwybr_portfolio_signals [SIGNAL_EVIDENCE_CHANGED] =
    g_signal_new ("evidence-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, LLWYBR_TYPE_EVIDENCE);

  /**
   * LlwybrPortfolio::links-changed:
   * @standard: the code of the standard whose evidence changed
   *
   * Evidence was linked to or unlinked from @standard, or a link's
   * annotation changed; a view of that one standard can update alone.
   */
  _llwybr_portfolio_signals [SIGNAL_LINKS_CHANGED] =
    g_signal_new ("links-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
llwybr_portfolio_init (LlwybrPortfolio *self)
{
  self->evidence = g_list_store_new (LLWYBR_TYPE_EVIDENCE);
  self->plan_steps = g_list_store_new (LLWYBR_TYPE_PLAN_STEP);
  self->reviews = g_list_store_new (LLWYBR_TYPE_REVIEW);
  self->documents = g_list_store_new (LLWYBR_TYPE_DOCUMENT);
  self->evidence_by_uuid = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->evidence_by_row = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

  g_signal_connect (self, "links-changed", G_CALLBACK (forget_standard_counts), NULL);
  g_signal_connect_swapped (self->evidence, "items-changed", G_CALLBACK (forget_standard_counts), self);
}

/* Private API */

/* Reviews, merges and restoring a backup start here: a read-only
 * portfolio refuses them before SQLite is asked, with a message the user
 * can act on. */
gboolean
_llwybr_portfolio_begin_review (LlwybrPortfolio  *self,
                                GError          **error)
{
  if (self->read_only)
    {
      g_set_error_literal (error, LLWYBR_PORTFOLIO_ERROR, LLWYBR_PORTFOLIO_ERROR_READ_ONLY,
                           _("This portfolio is open for reading only, so it cannot be changed."));
      return FALSE;
    }

  return _llwybr_db_exec (self->db, "BEGIN IMMEDIATE", error);
}

/* Every edit of the TA's own records starts here: a copy sent for review
 * takes reviews, but its evidence, plan and details stay as she sent them. */
gboolean
_llwybr_portfolio_begin (LlwybrPortfolio  *self,
                         GError          **error)
{
  if (self->review_copy)
    {
      g_set_error_literal (error, LLWYBR_PORTFOLIO_ERROR, LLWYBR_PORTFOLIO_ERROR_REVIEW_COPY,
                           _("This is a copy sent for review: you can add reviews, but only the portfolio’s owner can change its evidence, plan and details."));
      return FALSE;
    }

  return _llwybr_portfolio_begin_review (self, error);
}

/* Every edit also stamps the portfolio, so the library can show when it
 * was last worked on. */
gboolean
_llwybr_portfolio_commit (LlwybrPortfolio  *self,
                          GDateTime        *now,
                          GError          **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *now_text = _llwybr_time_to_string (now);

  if (!(stmt = _llwybr_db_prepare (self->db, "UPDATE portfolio SET modified = ? WHERE id = 1", error)))
    return FALSE;
  _llwybr_db_bind_text (stmt, 1, now_text);

  if (!_llwybr_db_step (stmt, error) || !_llwybr_db_exec (self->db, "COMMIT", error))
    return FALSE;

  g_clear_pointer (&self->modified, g_date_time_unref);
  self->modified = g_date_time_ref (now);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_MODIFIED]);
  return TRUE;
}

void
_llwybr_portfolio_rollback (LlwybrPortfolio *self)
{
  if (!sqlite3_get_autocommit (self->db))
    sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
}

LlwybrPortfolio *
_llwybr_portfolio_create (const char       *path,
                          const char       *uuid,
                          LlwybrFramework  *framework,
                          GError          **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *now_text = _llwybr_time_to_string (now);
  GBytes *pack = llwybr_framework_get_bytes (framework);
  sqlite3 *db;

  if (!(db = _llwybr_db_create (path, error)))
    return NULL;

  if (!_llwybr_db_migrate (db, 0, llwybr_portfolio_schema_version (), error) ||
      !_llwybr_db_exec (db, "BEGIN IMMEDIATE", error))
    goto failed;

  stmt = _llwybr_db_prepare (db,
                             "INSERT INTO portfolio (id, uuid, created, modified) VALUES (1, ?1, ?2, ?2);"
                             , error);
  if (stmt == NULL)
    goto failed;
  _llwybr_db_bind_text (stmt, 1, uuid);
  _llwybr_db_bind_text (stmt, 2, now_text);
  if (!_llwybr_db_step (stmt, error))
    goto failed;
  g_clear_pointer (&stmt, sqlite3_finalize);

  /* The framework travels with the file, so it opens the same anywhere. */
  stmt = _llwybr_db_prepare (db, "INSERT INTO framework (id, framework_id, version, pack) VALUES (1, ?, ?, ?)",
                             error);
  if (stmt == NULL)
    goto failed;
  _llwybr_db_bind_text (stmt, 1, llwybr_framework_get_id (framework));
  _llwybr_db_bind_text (stmt, 2, llwybr_framework_get_version (framework));
  sqlite3_bind_text (stmt, 3, g_bytes_get_data (pack, NULL), g_bytes_get_size (pack), SQLITE_STATIC);
  if (!_llwybr_db_step (stmt, error) || !_llwybr_db_exec (db, "COMMIT", error))
    goto failed;

  return load (path, db, FALSE, llwybr_portfolio_schema_version (), error);

failed:
  g_clear_pointer (&stmt, sqlite3_finalize);
  sqlite3_close (db);
  g_unlink (path);
  return NULL;
}

/* Public API */

/**
 * llwybr_portfolio_create:
 * @path: a file that does not exist yet
 * @framework: the standards the portfolio targets; a copy goes in the file
 *
 * Returns: (transfer full): a new, empty portfolio
 */
LlwybrPortfolio *
llwybr_portfolio_create (const char       *path,
                         LlwybrFramework  *framework,
                         GError          **error)
{
  g_autofree char *uuid = g_uuid_string_random ();

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (LLWYBR_IS_FRAMEWORK (framework), NULL);

  return _llwybr_portfolio_create (path, uuid, framework, error);
}

static LlwybrPortfolio *
open_for_editing (const char  *path,
                  gboolean     check_pages,
                  GError     **error)
{
  g_autoptr(LlwybrPortfolio) portfolio = NULL;
  g_autoptr(GError) local_error = NULL;
  guint version;
  sqlite3 *db;

  if (!(db = _llwybr_db_open (path, LLWYBR_OPEN_READ_WRITE, check_pages, &version, error)))
    return NULL;

  /* A migration writes to the file: only to one known to be whole. */
  if (!check_pages && version < llwybr_portfolio_schema_version ())
    {
      sqlite3_close (db);
      return open_for_editing (path, TRUE, error);
    }

  if (!_llwybr_db_migrate (db, version, llwybr_portfolio_schema_version (), error))
    {
      sqlite3_close (db);
      return NULL;
    }

  if ((portfolio = load (path, db, FALSE, llwybr_portfolio_schema_version (), &local_error)))
    return g_steal_pointer (&portfolio);

  /* Unchecked, a damaged page reads as a failed query: the full check
   * says what it is, as it would have before opening. */
  if (!check_pages)
    {
      g_autoptr(GError) damage = NULL;
      sqlite3 *checked = _llwybr_db_open (path, LLWYBR_OPEN_READ_ONLY, TRUE, &version, &damage);

      if (checked == NULL)
        {
          g_propagate_error (error, g_steal_pointer (&damage));
          return NULL;
        }
      sqlite3_close (checked);
    }

  g_propagate_error (error, g_steal_pointer (&local_error));
  return NULL;
}

/**
 * llwybr_portfolio_open:
 * @path: a portfolio in the library, on local disk
 *
 * Opens a working portfolio for editing, bringing an older schema forward.
 * A file the user picked from elsewhere is imported with LlwybrLibrary
 * instead, so that only our own copy is ever written.
 *
 * Returns: (transfer full): the portfolio, or %NULL with @error set
 */
LlwybrPortfolio *
llwybr_portfolio_open (const char  *path,
                       GError     **error)
{
  g_return_val_if_fail (path != NULL, NULL);

  return open_for_editing (path, TRUE, error);
}

/**
 * llwybr_portfolio_open_without_page_check:
 * @path: a portfolio in the library, on local disk
 *
 * As llwybr_portfolio_open(), without SQLite's quick_check, which reads
 * every page of the file: with years of attachments, a second or more.
 * For the window, which opens the library copy it left open at once and
 * has the pages checked in a worker (llwybr_portfolio_open() there).
 *
 * Returns: (transfer full): the portfolio, or %NULL with @error set
 */
LlwybrPortfolio *
llwybr_portfolio_open_without_page_check (const char  *path,
                                          GError     **error)
{
  g_return_val_if_fail (path != NULL, NULL);

  return open_for_editing (path, FALSE, error);
}

/* What a list of portfolios shows, and no more: the file is checked as for
 * any open but for its pages, which the list does not read, and neither
 * its evidence, plan nor reviews are read. Only its header's getters may
 * be used. */
LlwybrPortfolio *
_llwybr_portfolio_open_header (const char  *path,
                               GError     **error)
{
  g_autoptr(LlwybrPortfolio) self = NULL;
  guint version;
  sqlite3 *db;

  if (!(db = _llwybr_db_open (path, LLWYBR_OPEN_READ_ONLY, FALSE, &version, error)))
    return NULL;

  self = g_object_new (LLWYBR_TYPE_PORTFOLIO, NULL);
  self->db = db;
  self->path = g_strdup (path);
  self->read_only = TRUE;
  self->file_version = version;

  return load_header (self, error) ? g_steal_pointer (&self) : NULL;
}

/**
 * llwybr_portfolio_open_read_only:
 *
 * Opens any portfolio file without writing to it: no locks, no journal, no
 * migration. Edits fail with %LLWYBR_PORTFOLIO_ERROR_READ_ONLY.
 *
 * Returns: (transfer full): the portfolio, or %NULL with @error set
 */
LlwybrPortfolio *
llwybr_portfolio_open_read_only (const char  *path,
                                 GError     **error)
{
  guint version;
  sqlite3 *db;

  g_return_val_if_fail (path != NULL, NULL);

  if (!(db = _llwybr_db_open (path, LLWYBR_OPEN_READ_ONLY, TRUE, &version, error)))
    return NULL;

  return load (path, db, TRUE, version, error);
}

/**
 * llwybr_portfolio_check_integrity:
 *
 * Reads every page and compares every index with its table: slower than
 * the checks on opening, which a damaged index can pass.
 *
 * Returns: %TRUE if the file is whole, or %FALSE with @error set
 */
gboolean
llwybr_portfolio_check_integrity (LlwybrPortfolio  *self,
                                  GError          **error)
{
  g_return_val_if_fail (LLWYBR_IS_PORTFOLIO (self), FALSE);

  return _llwybr_db_check_integrity (self->db, self->path, error);
}

const char *
llwybr_portfolio_get_path (LlwybrPortfolio *self)
{
  g_return_val_if_fail (LLWYBR_IS_PORTFOLIO (self), NULL);

  return self->path;
}

gboolean
llwybr_portfolio_get_read_only (LlwybrPortfolio *self)
{
  g_return_val_if_fail (LLWYBR_IS_PORTFOLIO (self), TRUE);

  return self->read_only;
}

/**
 * llwybr_portfolio_get_file_version:
 *
 * Returns: the schema version of the file, which is older than
 *   llwybr_portfolio_schema_version() only for a read-only open
 */
guint
llwybr_portfolio_get_file_version (LlwybrPortfolio *self)
{
  g_return_val_if_fail (LLWYBR_IS_PORTFOLIO (self), 0);

  return self->file_version;
}

const char *
llwybr_portfolio_get_uuid (LlwybrPortfolio *self)
{
  g_return_val_if_fail (LLWYBR_IS_PORTFOLIO (self), NULL);

  return self->uuid;
}

GDateTime *
llwybr_portfolio_get_created (LlwybrPortfolio *self)
{
  g_return_val_if_fail (LLWYBR_IS_PORTFOLIO (self), NULL);

  return self->created;
}

GDateTime *
llwybr_portfolio_get_modified (LlwybrPortfolio *self)
{
  g_return_val_if_fail (LLWYBR_IS_PORTFOLIO (self), NULL);

  return self->modified;
}

/**
 * llwybr_portfolio_get_framework:
 *
 * Returns: (transfer none): the standards as copied into this file
 */
LlwybrFramework *
llwybr_portfolio_get_framework (LlwybrPortfolio *self)
{
  g_return_val_if_fail (LLWYBR_IS_PORTFOLIO (self), NULL);

  return self->framework;
}

const char *
llwybr_portfolio_get_title (LlwybrPortfolio *self)
{
  g_return_val_if_fail (LLWYBR_IS_PORTFOLIO (self), NULL);

  return self->title;
}

gboolean
llwybr_portfolio_set_title (LlwybrPortfolio  *self,
                            const char       *title,
                            GError          **error)
{
  g_return_val_if_fail (LLWYBR_IS_PORTFOLIO (self), FALSE);

  return set_header_field (self, "title", &self->title, title, PROP_TITLE, error);
}

/* A restored backup becomes a portfolio of its own, beside the one it
 * was taken from: the library knows portfolios by their UUID. */
gboolean
_llwybr_portfolio_set_uuid (LlwybrPortfolio  *self,
                            const char       *uuid,
                            GError          **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  if (!_llwybr_portfolio_begin_review (self, error))
    return FALSE;

  if (!(stmt = _llwybr_db_prepare (self->db, "UPDATE portfolio SET uuid = ? WHERE id = 1", error)))
    goto failed;
  _llwybr_db_bind_text (stmt, 1, uuid);
  if (!_llwybr_db_step (stmt, error) || !_llwybr_portfolio_commit (self, now, error))
    goto failed;

  g_free (self->uuid);
  self->uuid = g_strdup (uuid);
  return TRUE;

failed:
  _llwybr_portfolio_rollback (self);
  return FALSE;
}

const char *
llwybr_portfolio_get_owner (LlwybrPortfolio *self)
{
  g_return_val_if_fail (LLWYBR_IS_PORTFOLIO (self), NULL);

  return self->owner;
}

gboolean
llwybr_portfolio_set_owner (LlwybrPortfolio  *self,
                            const char       *owner,
                            GError          **error)
{
  g_return_val_if_fail (LLWYBR_IS_PORTFOLIO (self), FALSE);

  return set_header_field (self, "owner", &self->owner, owner, PROP_OWNER, error);
}

const char *
llwybr_portfolio_get_school (LlwybrPortfolio *self)
{
  g_return_val_if_fail (LLWYBR_IS_PORTFOLIO (self), NULL);

  return self->school;
}

gboolean
llwybr_portfolio_set_school (LlwybrPortfolio  *self,
                             const char       *school,
                             GError          **error)
{
  g_return_val_if_fail (LLWYBR_IS_PORTFOLIO (self), FALSE);

  return set_header_field (self, "school", &self->school, school, PROP_SCHOOL, error);
}

const char *
llwybr_portfolio_get_role (LlwybrPortfolio *self)
{
  g_return_val_if_fail (LLWYBR_IS_PORTFOLIO (self), NULL);

  return self->role;
}

gboolean
llwybr_portfolio_set_role (LlwybrPortfolio  *self,
                           const char       *role,
                           GError          **error)
{
  g_return_val_if_fail (LLWYBR_IS_PORTFOLIO (self), FALSE);

  return set_header_field (self, "role", &self->role, role, PROP_ROLE, error);
}
