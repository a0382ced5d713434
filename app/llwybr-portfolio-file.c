/* llwybr-portfolio-file.c
 *
 * The portfolio file: the checks a file passes before it is trusted, the
 * schema and its migrations, and writing a finished copy.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "llwybr-portfolio"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "llwybr-language.h"
#include "llwybr-partial-file-private.h"
#include "llwybr-portfolio-private.h"

#define HEADER_SIZE 100
#define HEADER_PAGE_SIZE_OFFSET 16
#define HEADER_APPLICATION_ID_OFFSET 68
#define COPY_CHUNK (64 * 1024)

static const char sqlite_magic[16] = "SQLite format 3";

/* The search row of each piece of evidence, from its record and its links'
 * annotations; llwybr_radicals() is ours, registered on every connection. */
#define SEARCH_ROWS \
  "INSERT INTO search (rowid, title, reflection, annotations, radicals)" \
  "  SELECT id, title, reflection, annotations," \
  "         llwybr_radicals (title || ' ' || reflection || ' ' || annotations)" \
  "  FROM (SELECT e.id AS id, e.title AS title, e.reflection AS reflection," \
  "               coalesce ((SELECT group_concat (l.annotation, ' ') FROM link l" \
  "                          WHERE l.evidence_id = e.id), '') AS annotations" \
  "        FROM evidence e"

/* The schema, one step per version. Every step runs in the transaction
 * that also sets user_version, so a file is at one version or the next,
 * never between. Add steps; never edit one that has shipped. */
static const char * const migrations[] = {
  /* 1: the records */
  "CREATE TABLE portfolio ("
  "  id INTEGER PRIMARY KEY CHECK (id = 1),"
  "  uuid TEXT NOT NULL,"
  "  title TEXT NOT NULL DEFAULT '',"
  "  owner TEXT NOT NULL DEFAULT '',"
  "  school TEXT NOT NULL DEFAULT '',"
  "  role TEXT NOT NULL DEFAULT '',"
  "  created TEXT NOT NULL,"
  "  modified TEXT NOT NULL);"
  "CREATE TABLE framework ("
  "  id INTEGER PRIMARY KEY CHECK (id = 1),"
  "  framework_id TEXT NOT NULL,"
  "  version TEXT NOT NULL,"
  "  pack TEXT NOT NULL);"
  "CREATE TABLE evidence ("
  "  id INTEGER PRIMARY KEY,"
  "  uuid TEXT NOT NULL UNIQUE,"
  "  title TEXT NOT NULL DEFAULT '',"
  "  date TEXT,"
  "  kind TEXT NOT NULL,"
  "  setting TEXT NOT NULL,"
  "  age_range TEXT NOT NULL DEFAULT '',"
  "  subject TEXT NOT NULL DEFAULT '',"
  "  reflection TEXT NOT NULL DEFAULT '',"
  "  created TEXT NOT NULL,"
  "  modified TEXT NOT NULL);"
  "CREATE TABLE link ("
  "  id INTEGER PRIMARY KEY,"
  "  uuid TEXT NOT NULL UNIQUE,"
  "  evidence_id INTEGER NOT NULL REFERENCES evidence (id) ON DELETE CASCADE,"
  "  standard TEXT NOT NULL,"
  "  annotation TEXT NOT NULL DEFAULT '',"
  "  created TEXT NOT NULL,"
  "  modified TEXT NOT NULL,"
  "  UNIQUE (evidence_id, standard));"
  "CREATE INDEX link_standard ON link (standard);"
  "CREATE TABLE attachment ("
  "  id INTEGER PRIMARY KEY,"
  "  uuid TEXT NOT NULL UNIQUE,"
  "  evidence_id INTEGER NOT NULL REFERENCES evidence (id) ON DELETE CASCADE,"
  "  name TEXT NOT NULL,"
  "  mime_type TEXT NOT NULL,"
  "  size INTEGER NOT NULL,"
  "  sha256 TEXT NOT NULL,"
  "  data BLOB NOT NULL,"
  "  created TEXT NOT NULL,"
  "  modified TEXT NOT NULL);"
  "CREATE INDEX attachment_evidence ON attachment (evidence_id);",

  /* 2: full-text search over titles, reflections and annotations; the
   * row id is the evidence's. unicode61 with remove_diacritics 2 lets
   * "wyr" find "ŵyr"; the radicals column, the forms the words had before
   * a Welsh mutation, lets "plant" find "mhlant". Prefix indexes keep
   * the first letters typed into the search fast. */
  "CREATE VIRTUAL TABLE search USING fts5 ("
  "  title, reflection, annotations, radicals,"
  "  tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3');"
  SEARCH_ROWS ");",

  /* 3: the qualification plan: the current and target roles, and steps
   * in the TA's own order. */
  "CREATE TABLE plan ("
  "  id INTEGER PRIMARY KEY CHECK (id = 1),"
  "  current_role TEXT NOT NULL DEFAULT '',"
  "  target_role TEXT NOT NULL DEFAULT '');"
  "INSERT INTO plan (id) VALUES (1);"
  "CREATE TABLE plan_step ("
  "  id INTEGER PRIMARY KEY,"
  "  uuid TEXT NOT NULL UNIQUE,"
  "  position INTEGER NOT NULL,"
  "  kind TEXT NOT NULL,"
  "  title TEXT NOT NULL DEFAULT '',"
  "  qualification TEXT NOT NULL DEFAULT '',"
  "  status TEXT NOT NULL,"
  "  start_date TEXT,"
  "  target_date TEXT,"
  "  credits INTEGER NOT NULL DEFAULT -1,"
  "  hours INTEGER NOT NULL DEFAULT -1,"
  "  cost TEXT NOT NULL DEFAULT '',"
  "  provider TEXT NOT NULL DEFAULT '',"
  "  notes TEXT NOT NULL DEFAULT '',"
  "  evidence TEXT NOT NULL DEFAULT '',"
  "  created TEXT NOT NULL,"
  "  modified TEXT NOT NULL);",

  /* 4: mentor review and merging two copies. A copy sent for review
   * refuses edits to the TA's records; reviews name their target by UUID
   * or standard code, so they travel between copies; each review keeps the
   * digest of every piece of evidence it saw, so a later edit shows. The
   * history keeps each replaced version of a piece of evidence, and
   * tombstones remember deletions, so a merge does not bring them back. */
  "ALTER TABLE portfolio ADD COLUMN review_copy INTEGER NOT NULL DEFAULT 0;"
  "CREATE TABLE review ("
  "  id INTEGER PRIMARY KEY,"
  "  uuid TEXT NOT NULL UNIQUE,"
  "  kind TEXT NOT NULL,"
  "  target_kind TEXT NOT NULL,"
  "  target TEXT NOT NULL DEFAULT '',"
  "  verdict TEXT NOT NULL DEFAULT 'none',"
  "  text TEXT NOT NULL DEFAULT '',"
  "  author TEXT NOT NULL,"
  "  author_role TEXT NOT NULL DEFAULT '',"
  "  sha256 TEXT NOT NULL,"
  "  unread INTEGER NOT NULL DEFAULT 0,"
  "  created TEXT NOT NULL,"
  "  modified TEXT NOT NULL);"
  "CREATE INDEX review_target ON review (target);"
  "CREATE TABLE reviewed_evidence ("
  "  review_uuid TEXT NOT NULL,"
  "  evidence_uuid TEXT NOT NULL,"
  "  sha256 TEXT NOT NULL,"
  "  PRIMARY KEY (review_uuid, evidence_uuid));"
  "CREATE INDEX reviewed_evidence_evidence ON reviewed_evidence (evidence_uuid);"
  "CREATE TABLE evidence_history ("
  "  id INTEGER PRIMARY KEY,"
  "  evidence_uuid TEXT NOT NULL,"
  "  title TEXT NOT NULL,"
  "  date TEXT,"
  "  kind TEXT NOT NULL,"
  "  setting TEXT NOT NULL,"
  "  age_range TEXT NOT NULL,"
  "  subject TEXT NOT NULL,"
  "  reflection TEXT NOT NULL,"
  "  links TEXT NOT NULL,"
  "  saved TEXT NOT NULL,"
  "  replaced TEXT NOT NULL,"
  "  reason TEXT NOT NULL,"
  "  UNIQUE (evidence_uuid, saved));"
  "CREATE TABLE tombstone ("
  "  uuid TEXT PRIMARY KEY,"
  "  deleted TEXT NOT NULL);",

  /* 5: getting ready for HLTA assessment: the written tasks' sections, as
   * the TA wrote them; the document file, attachments chosen for a
   * standard (gone with the attachment); the headteacher's endorsement. */
  "ALTER TABLE portfolio ADD COLUMN endorsed_by TEXT NOT NULL DEFAULT '';"
  "ALTER TABLE portfolio ADD COLUMN endorsed_on TEXT;"
  "ALTER TABLE portfolio ADD COLUMN endorsement_modified TEXT NOT NULL DEFAULT '';"
  "CREATE TABLE task_section ("
  "  task TEXT NOT NULL,"
  "  section TEXT NOT NULL,"
  "  text TEXT NOT NULL DEFAULT '',"
  "  modified TEXT NOT NULL,"
  "  PRIMARY KEY (task, section));"
  "CREATE TABLE document ("
  "  id INTEGER PRIMARY KEY,"
  "  uuid TEXT NOT NULL UNIQUE,"
  "  standard TEXT NOT NULL,"
  "  attachment_id INTEGER NOT NULL REFERENCES attachment (id) ON DELETE CASCADE,"
  "  position INTEGER NOT NULL,"
  "  why TEXT NOT NULL DEFAULT '',"
  "  highlight TEXT NOT NULL DEFAULT '',"
  "  created TEXT NOT NULL,"
  "  modified TEXT NOT NULL,"
  "  UNIQUE (standard, attachment_id));"
  "CREATE INDEX document_attachment ON document (attachment_id);",
};

/* Tables each version must have before anything is read from it. */

/* Helpers */

static char *
display_name (const char *path)
{
  return g_filename_display_basename (path);
}

static gboolean
file_error (GError     **error,
            int          code,
            const char  *path)
{
  g_autofree char *name = display_name (path);

  switch (code)
    {
    case LLWYBR_PORTFOLIO_ERROR_NOT_FOUND:
      g_set_error (error, LLWYBR_PORTFOLIO_ERROR, code,
                   _("“%s” does not exist. Check the name and the folder, or choose the file again."), name);
      break;

    case LLWYBR_PORTFOLIO_ERROR_IS_DIRECTORY:
      g_set_error (error, LLWYBR_PORTFOLIO_ERROR, code,
                   _("“%s” is a folder, not a portfolio. Choose a file whose name ends in .llwybr."), name);
      break;

    case LLWYBR_PORTFOLIO_ERROR_EMPTY:
      g_set_error (error, LLWYBR_PORTFOLIO_ERROR, code,
                   _("“%s” is empty. It may not have been copied completely: ask for the file again."), name);
      break;

    case LLWYBR_PORTFOLIO_ERROR_NOT_SQLITE:
      g_set_error (error, LLWYBR_PORTFOLIO_ERROR, code,
                   _("“%s” is not a Llwybr portfolio. Choose a file whose name ends in .llwybr."), name);
      break;

    case LLWYBR_PORTFOLIO_ERROR_NOT_PORTFOLIO:
      g_set_error (error, LLWYBR_PORTFOLIO_ERROR, code,
                   _("“%s” is a database from another application, not a Llwybr portfolio."), name);
      break;

    case LLWYBR_PORTFOLIO_ERROR_DAMAGED:
      g_set_error (error, LLWYBR_PORTFOLIO_ERROR, code,
                   _("“%s” is damaged and cannot be opened. It may have been copied incompletely: ask for the file again or use a backup copy. The file has not been changed."), name);
      break;

    case LLWYBR_PORTFOLIO_ERROR_NEWER_VERSION:
      g_set_error (error, LLWYBR_PORTFOLIO_ERROR, code,
                   _("“%s” was made by a newer version of Llwybr. Update Llwybr to open it. The file has not been changed."), name);
      break;

    case LLWYBR_PORTFOLIO_ERROR_EXISTS:
      g_set_error (error, LLWYBR_PORTFOLIO_ERROR, code,
                   _("“%s” already exists. Choose another name."), name);
      break;

    default:
      g_assert_not_reached ();
    }

  return FALSE;
}

/* Stat and read the first 100 bytes with GIO, before SQLite sees the file:
 * a file that is not ours is refused without a single write. */
static gboolean
check_header (const char  *path,
              GError     **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GError) local_error = NULL;
  guint8 header[HEADER_SIZE];
  gsize n_read = 0;
  guint32 application_id;
  guint page_size;

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_TYPE "," G_FILE_ATTRIBUTE_STANDARD_SIZE,
                            G_FILE_QUERY_INFO_NONE, NULL, &local_error);
  if (info == NULL && g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    return file_error (error, LLWYBR_PORTFOLIO_ERROR_NOT_FOUND, path);
  if (info != NULL && g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
    return file_error (error, LLWYBR_PORTFOLIO_ERROR_IS_DIRECTORY, path);
  /* A named pipe or a device would block the read below, or never end. */
  if (info != NULL && g_file_info_get_file_type (info) == G_FILE_TYPE_SPECIAL)
    return file_error (error, LLWYBR_PORTFOLIO_ERROR_NOT_SQLITE, path);

  if (info != NULL)
    stream = g_file_read (file, NULL, &local_error);

  if (stream == NULL ||
      !g_input_stream_read_all (G_INPUT_STREAM (stream), header, sizeof header,
                                &n_read, NULL, &local_error))
    {
      g_autofree char *name = display_name (path);

      g_set_error (error, LLWYBR_PORTFOLIO_ERROR, LLWYBR_PORTFOLIO_ERROR_NOT_READABLE,
                   /* Translators: %1$s is a file name, %2$s the system's reason */
                   _("“%1$s” cannot be read (%2$s). Check that you are allowed to open it."),
                   name, local_error->message);
      return FALSE;
    }

  if (n_read == 0)
    return file_error (error, LLWYBR_PORTFOLIO_ERROR_EMPTY, path);
  if (n_read < sizeof sqlite_magic || memcmp (header, sqlite_magic, sizeof sqlite_magic) != 0)
    return file_error (error, LLWYBR_PORTFOLIO_ERROR_NOT_SQLITE, path);
  if (n_read < HEADER_SIZE)
    return file_error (error, LLWYBR_PORTFOLIO_ERROR_DAMAGED, path);

  /* A file cut short, even by a byte, no longer ends on a page: SQLite
   * itself would read the missing end as zeros. */
  page_size = header[HEADER_PAGE_SIZE_OFFSET] << 8 | header[HEADER_PAGE_SIZE_OFFSET + 1];
  if (page_size == 1)
    page_size = 65536;
  if (page_size < 512 || g_file_info_get_size (info) % page_size != 0)
    return file_error (error, LLWYBR_PORTFOLIO_ERROR_DAMAGED, path);

  memcpy (&application_id, header + HEADER_APPLICATION_ID_OFFSET, sizeof application_id);
  if (GUINT32_FROM_BE (application_id) != LLWYBR_APPLICATION_ID)
    return file_error (error, LLWYBR_PORTFOLIO_ERROR_NOT_PORTFOLIO, path);

  return TRUE;
}

/* SQLite wants a URI to open a file read-only and immutable, which makes it
 * take no locks and write no journal next to the file. A URI needs an
 * absolute path: `llwybr --check portfolio.llwybr` gives a relative one. */
static char *
path_to_uri (const char *path,
             LlwybrOpenMode mode)
{
  g_autofree char *absolute = g_canonicalize_filename (path, NULL);
  g_autofree char *uri = g_filename_to_uri (absolute, NULL, NULL);

  /* Only a path that is not valid in the file system's encoding. */
  if (uri == NULL)
    return NULL;

  if (mode == LLWYBR_OPEN_READ_ONLY)
    return g_strconcat (uri, "?mode=ro&immutable=1", NULL);

  return g_strconcat (uri, "?mode=rw", NULL);
}

static gboolean
query_int (sqlite3     *db,
           const char  *sql,
           gint64      *value)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK ||
      sqlite3_step (stmt) != SQLITE_ROW)
    return FALSE;

  *value = sqlite3_column_int64 (stmt, 0);
  return TRUE;
}

/* @pragma is quick_check, fast enough for every open, or integrity_check,
 * which also compares each index with its table. */
static gboolean
check_pages (sqlite3    *db,
             const char *pragma)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *sql = g_strdup_printf ("PRAGMA %s", pragma);

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK ||
      sqlite3_step (stmt) != SQLITE_ROW)
    return FALSE;

  return g_strcmp0 ((const char *)sqlite3_column_text (stmt, 0), "ok") == 0 &&
         sqlite3_step (stmt) == SQLITE_DONE;
}

static gboolean
quick_check (sqlite3 *db)
{
  return check_pages (db, "quick_check");
}

static void configure (sqlite3        *db,
                       LlwybrOpenMode  mode);

/* Every table, index and column, in an order that does not depend on how
 * the file was written. */
static char *
describe_schema (sqlite3 *db)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GString) description = g_string_new (NULL);
  int result;

  if (sqlite3_prepare_v2 (db,
                          "SELECT m.type, m.name, m.tbl_name, p.name, p.type, p.\"notnull\", p.dflt_value, p.pk"
                          "  FROM sqlite_schema AS m LEFT JOIN pragma_table_xinfo (m.name) AS p"
                          " WHERE m.name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"
                          " ORDER BY m.type, m.name, p.cid",
                          -1, &stmt, NULL) != SQLITE_OK)
    return NULL;

  while ((result = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      for (int i = 0; i < sqlite3_column_count (stmt); i++)
        {
          const char *text = (const char *)sqlite3_column_text (stmt, i);

          g_string_append (description, text ? text : "");
          g_string_append_c (description, '|');
        }
      g_string_append_c (description, '\n');
    }

  if (result != SQLITE_DONE)
    return NULL;

  return g_string_free (g_steal_pointer (&description), FALSE);
}

/* What the migrations up to @version build, described: built once in
 * memory for each version, as every open (the library reads each file's
 * header) compares with it. Files are opened from more than one thread. */
static const char *
expected_schema (guint version)
{
  static char *described[G_N_ELEMENTS (migrations) + 1];
  G_LOCK_DEFINE_STATIC (described);
  sqlite3 *reference = NULL;
  const char *expected;

  G_LOCK (described);
  if (described[version] == NULL &&
      sqlite3_open_v2 (":memory:", &reference, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, NULL) == SQLITE_OK)
    {
      configure (reference, LLWYBR_OPEN_READ_WRITE);
      if (_llwybr_db_migrate (reference, 0, version, NULL))
        described[version] = describe_schema (reference);
    }
  sqlite3_close (reference);
  expected = described[version];
  G_UNLOCK (described);

  return expected;
}

/* The file's schema is exactly what the migrations up to its version
 * build: no table missing or altered, and nothing that runs SQL on its
 * own (a trigger, a view) planted by someone else. */
static gboolean
schema_is_ours (sqlite3 *db,
                guint    version)
{
  g_autofree char *found = describe_schema (db);
  const char *expected = expected_schema (version);

  return expected != NULL && found != NULL && g_str_equal (expected, found);
}

static void
radicals_function (sqlite3_context  *context,
                   int               argc,
                   sqlite3_value   **argv)
{
  const char *text = (const char *)sqlite3_value_text (argv[0]);
  char *radicals;

  if (text == NULL || !g_utf8_validate (text, -1, NULL))
    {
      sqlite3_result_text (context, "", 0, SQLITE_STATIC);
      return;
    }

  radicals = llwybr_language_radicals (text);
  sqlite3_result_text (context, radicals, -1, g_free);
}

/* llwybr_sha256(text): the digest reviews keep of what they saw. */
static void
sha256_function (sqlite3_context  *context,
                 int               argc,
                 sqlite3_value   **argv)
{
  const guchar *text = sqlite3_value_text (argv[0]);
  g_autofree char *digest = NULL;

  digest = g_compute_checksum_for_data (G_CHECKSUM_SHA256, text ? text : (const guchar *)"",
                                        sqlite3_value_bytes (argv[0]));
  sqlite3_result_text (context, g_steal_pointer (&digest), -1, g_free);
}

static void
configure (sqlite3        *db,
           LlwybrOpenMode  mode)
{
  sqlite3_create_function (db, "llwybr_radicals", 1,
                           SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
                           NULL, radicals_function, NULL, NULL);
  sqlite3_create_function (db, "llwybr_sha256", 1,
                           SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
                           NULL, sha256_function, NULL, NULL);

  /* A file may come from anyone: never let its schema run functions with
   * side effects, and refuse writes that would corrupt it on purpose. */
  sqlite3_db_config (db, SQLITE_DBCONFIG_DEFENSIVE, 1, NULL);
  sqlite3_db_config (db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, NULL);
  sqlite3_busy_timeout (db, 2000);

  if (mode == LLWYBR_OPEN_READ_WRITE)
    sqlite3_exec (db,
                  "PRAGMA journal_mode = DELETE;"
                  "PRAGMA synchronous = FULL;"
                  "PRAGMA foreign_keys = ON;",
                  NULL, NULL, NULL);
}

/* A failed copy says where it was going; an error from GIO or SQLite is
 * kept as the reason, in our domain. */
static gboolean
copy_failed (GFile   *destination,
             GError **error)
{
  g_autofree char *name = NULL;
  g_autofree char *reason = NULL;

  if (error == NULL || *error == NULL || (*error)->domain == LLWYBR_PORTFOLIO_ERROR ||
      g_error_matches (*error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return FALSE;

  name = g_file_get_parse_name (destination);
  reason = g_strdup ((*error)->message);
  g_clear_error (error);
  g_set_error (error, LLWYBR_PORTFOLIO_ERROR, LLWYBR_PORTFOLIO_ERROR_FAILED,
               /* Translators: %1$s is where the copy was going, %2$s the reason */
               _("The copy could not be written to “%1$s” (%2$s). Your portfolio has not changed."),
               name, reason);
  return FALSE;
}

/* Private API */

/**
 * _llwybr_db_open:
 *
 * Opens a portfolio file after checking, in order, the SQLite header, the
 * application id, quick_check (when @check_pages) and the schema version.
 * A read-only open takes no locks and writes nothing, not even a journal.
 * quick_check reads every page of the file, which for a portfolio with
 * years of attachments takes a second or more.
 */
sqlite3 *
_llwybr_db_open (const char      *path,
                 LlwybrOpenMode   mode,
                 gboolean         check_pages,
                 guint           *version,
                 GError         **error)
{
  g_autofree char *uri = NULL;
  sqlite3 *db = NULL;
  gint64 user_version = 0;
  int flags = SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX |
              (mode == LLWYBR_OPEN_READ_ONLY ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE);

  if (!check_header (path, error))
    return NULL;

  uri = path_to_uri (path, mode);
  if (uri == NULL || sqlite3_open_v2 (uri, &db, flags, NULL) != SQLITE_OK)
    {
      g_autofree char *name = display_name (path);

      g_set_error (error, LLWYBR_PORTFOLIO_ERROR, LLWYBR_PORTFOLIO_ERROR_NOT_READABLE,
                   _("“%1$s” cannot be read (%2$s). Check that you are allowed to open it."),
                   name, db ? sqlite3_errmsg (db) : g_strerror (EINVAL));
      sqlite3_close (db);
      return NULL;
    }

  configure (db, mode);

  if ((check_pages && !quick_check (db)) || !query_int (db, "PRAGMA user_version", &user_version))
    {
      sqlite3_close (db);
      file_error (error, LLWYBR_PORTFOLIO_ERROR_DAMAGED, path);
      return NULL;
    }

  if (user_version > (gint64)G_N_ELEMENTS (migrations))
    {
      sqlite3_close (db);
      file_error (error, LLWYBR_PORTFOLIO_ERROR_NEWER_VERSION, path);
      return NULL;
    }

  if (user_version < 1 || !schema_is_ours (db, user_version))
    {
      sqlite3_close (db);
      file_error (error, LLWYBR_PORTFOLIO_ERROR_DAMAGED, path);
      return NULL;
    }

  *version = user_version;
  return db;
}

/**
 * _llwybr_db_check_integrity:
 * @path: the file @db was copied from, to name in the error
 *
 * The full check, for a copy about to be kept or merged: a damaged index
 * passes quick_check, and VACUUM INTO copies it as it is, so a copy of a
 * damaged file would answer queries wrongly.
 */
gboolean
_llwybr_db_check_integrity (sqlite3     *db,
                            const char  *path,
                            GError     **error)
{
  if (check_pages (db, "integrity_check"))
    return TRUE;

  return file_error (error, LLWYBR_PORTFOLIO_ERROR_DAMAGED, path);
}

sqlite3 *
_llwybr_db_create (const char  *path,
                   GError     **error)
{
  sqlite3 *db = NULL;

  if (g_file_test (path, G_FILE_TEST_EXISTS))
    {
      file_error (error, LLWYBR_PORTFOLIO_ERROR_EXISTS, path);
      return NULL;
    }

  if (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                       NULL) != SQLITE_OK)
    {
      _llwybr_db_failed (db, error);
      sqlite3_close (db);
      return NULL;
    }

  configure (db, LLWYBR_OPEN_READ_WRITE);
  return db;
}

/**
 * _llwybr_db_migrate:
 * @from: the file's version
 * @to: the version wanted, at most llwybr_portfolio_schema_version()
 *
 * Brings the schema forward in one transaction.
 */
gboolean
_llwybr_db_migrate (sqlite3  *db,
                    guint     from,
                    guint     to,
                    GError  **error)
{
  g_autofree char *set_version = NULL;

  g_assert (to <= G_N_ELEMENTS (migrations));

  if (from >= to)
    return TRUE;

  if (!_llwybr_db_exec (db, "BEGIN IMMEDIATE", error))
    return FALSE;

  for (guint v = from; v < to; v++)
    {
      if (!_llwybr_db_exec (db, migrations[v], error))
        {
          sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);
          return FALSE;
        }
    }

  set_version = g_strdup_printf ("PRAGMA application_id = %d; PRAGMA user_version = %u; COMMIT",
                                 LLWYBR_APPLICATION_ID, to);
  if (!_llwybr_db_exec (db, set_version, error))
    {
      sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);
      return FALSE;
    }

  return TRUE;
}

gboolean
_llwybr_db_failed (sqlite3  *db,
                   GError  **error)
{
  int code = db ? sqlite3_errcode (db) : SQLITE_NOMEM;
  const char *reason = db ? sqlite3_errmsg (db) : sqlite3_errstr (code);

  if (code == SQLITE_READONLY)
    g_set_error_literal (error, LLWYBR_PORTFOLIO_ERROR, LLWYBR_PORTFOLIO_ERROR_READ_ONLY,
                         _("This portfolio is open for reading only, so it cannot be changed."));
  else if (code == SQLITE_FULL)
    g_set_error_literal (error, LLWYBR_PORTFOLIO_ERROR, LLWYBR_PORTFOLIO_ERROR_FAILED,
                         _("The disk is full, so the change could not be saved. Free some space and try again."));
  else
    g_set_error (error, LLWYBR_PORTFOLIO_ERROR, LLWYBR_PORTFOLIO_ERROR_FAILED,
                 /* Translators: %s is the database's own reason, in English */
                 _("The change could not be saved (%s). Your portfolio is as it was before the change."),
                 reason);

  return FALSE;
}

gboolean
_llwybr_db_exec (sqlite3     *db,
                 const char  *sql,
                 GError     **error)
{
  if (sqlite3_exec (db, sql, NULL, NULL, NULL) != SQLITE_OK)
    return _llwybr_db_failed (db, error);

  return TRUE;
}

sqlite3_stmt *
_llwybr_db_prepare (sqlite3     *db,
                    const char  *sql,
                    GError     **error)
{
  sqlite3_stmt *stmt = NULL;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK)
    {
      _llwybr_db_failed (db, error);
      return NULL;
    }

  return stmt;
}

/* Runs a statement that returns no rows. */
gboolean
_llwybr_db_step (sqlite3_stmt  *stmt,
                 GError       **error)
{
  if (sqlite3_step (stmt) != SQLITE_DONE)
    return _llwybr_db_failed (sqlite3_db_handle (stmt), error);

  return TRUE;
}

void
_llwybr_db_bind_text (sqlite3_stmt *stmt,
                      int           column,
                      const char   *text)
{
  if (text == NULL)
    sqlite3_bind_null (stmt, column);
  else
    sqlite3_bind_text (stmt, column, text, -1, SQLITE_TRANSIENT);
}

/* Text from a file is only trusted to be text once it is valid UTF-8. */
const char *
_llwybr_db_column_text (sqlite3_stmt *stmt,
                        int           column)
{
  const char *text = (const char *)sqlite3_column_text (stmt, column);

  if (text == NULL || !g_utf8_validate (text, -1, NULL))
    return "";

  return text;
}

char *
_llwybr_time_to_string (GDateTime *time)
{
  g_autoptr(GDateTime) utc = g_date_time_to_utc (time);

  return g_date_time_format_iso8601 (utc);
}

/* A time a file holds, or the epoch if it holds nonsense. */
GDateTime *
_llwybr_time_from_string (const char *text)
{
  GDateTime *time = text ? g_date_time_new_from_iso8601 (text, NULL) : NULL;

  return time ? time : g_date_time_new_from_unix_utc (0);
}

/* The search row of one piece of evidence is rebuilt inside the caller's
 * transaction, the same way migration 2 built them all. */
gboolean
_llwybr_db_refresh_search (sqlite3  *db,
                           gint64    evidence_row,
                           GError  **error)
{
  g_autoptr(sqlite3_stmt) remove = NULL;
  g_autoptr(sqlite3_stmt) insert = NULL;

  if (!(remove = _llwybr_db_prepare (db, "DELETE FROM search WHERE rowid = ?", error)))
    return FALSE;
  sqlite3_bind_int64 (remove, 1, evidence_row);
  if (!_llwybr_db_step (remove, error))
    return FALSE;

  if (!(insert = _llwybr_db_prepare (db, SEARCH_ROWS " WHERE e.id = ?)", error)))
    return FALSE;
  sqlite3_bind_int64 (insert, 1, evidence_row);

  return _llwybr_db_step (insert, error);
}

/* Enums are stored by nick, so a file says "lesson-plan", not 0; a nick
 * this version does not know reads as @fallback. */
int
_llwybr_enum_from_nick (GType       type,
                        const char *nick,
                        int         fallback)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (type);
  GEnumValue *value = g_enum_get_value_by_nick (klass, nick);

  return value ? value->value : fallback;
}

const char *
_llwybr_enum_to_nick (GType type,
              int   value)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (type);

  return g_enum_get_value (klass, value)->value_nick;
}

char *
_llwybr_date_to_string (const GDate *date)
{
  if (date == NULL)
    return NULL;

  return g_strdup_printf ("%04u-%02u-%02u",
                          g_date_get_year (date), g_date_get_month (date), g_date_get_day (date));
}

GDate *
_llwybr_date_from_string (const char *text)
{
  guint year, month, day;

  if (text == NULL || sscanf (text, "%4u-%2u-%2u", &year, &month, &day) != 3 ||
      !g_date_valid_dmy (day, month, year))
    return NULL;

  return g_date_new_dmy (day, month, year);
}

/* Public API */

G_DEFINE_QUARK (llwybr-portfolio-error-quark, llwybr_portfolio_error)

guint
llwybr_portfolio_schema_version (void)
{
  return G_N_ELEMENTS (migrations);
}

/* The copy a mentor opens says so: her Llwybr lets her review it, not
 * change the TA's records. */
static gboolean
mark_for_review (const char  *snapshot_path,
                 GError     **error)
{
  guint version;
  gboolean ok;
  sqlite3 *db;

  if (!(db = _llwybr_db_open (snapshot_path, LLWYBR_OPEN_READ_WRITE, FALSE, &version, error)))
    return FALSE;

  ok = _llwybr_db_exec (db, "UPDATE portfolio SET review_copy = 1 WHERE id = 1", error);
  sqlite3_close (db);
  return ok;
}

static gboolean
write_copy (LlwybrPortfolio  *self,
            GFile            *destination,
            gboolean          for_review,
            GCancellable     *cancellable,
            GError          **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GFile) snapshot = NULL;
  g_autoptr(GFileInputStream) input = NULL;
  g_autoptr(LlwybrPartialFile) output = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *snapshot_path = NULL;
  sqlite3 *check_db;
  guint version;
  gboolean ok = FALSE;

  if (!(dir = g_dir_make_tmp ("llwybr-copy-XXXXXX", error)))
    return copy_failed (destination, error);
  snapshot_path = g_build_filename (dir, "copy.llwybr", NULL);
  snapshot = g_file_new_for_path (snapshot_path);

  if (!(stmt = _llwybr_db_prepare (self->db, "VACUUM INTO ?", error)))
    goto out;
  _llwybr_db_bind_text (stmt, 1, snapshot_path);
  if (!_llwybr_db_step (stmt, error) || (for_review && !mark_for_review (snapshot_path, error)))
    goto out;

  if (!(check_db = _llwybr_db_open (snapshot_path, LLWYBR_OPEN_READ_ONLY, FALSE, &version, error)))
    goto out;
  if (!_llwybr_db_check_integrity (check_db, self->path, error))
    {
      sqlite3_close (check_db);
      goto out;
    }
  sqlite3_close (check_db);

  ok = (input = g_file_read (snapshot, cancellable, error)) != NULL &&
       (output = _llwybr_partial_file_new (destination, G_FILE_CREATE_NONE, cancellable, error)) != NULL &&
       g_output_stream_splice (_llwybr_partial_file_get_stream (output), G_INPUT_STREAM (input),
                               G_OUTPUT_STREAM_SPLICE_CLOSE_SOURCE, cancellable, error) >= 0 &&
       _llwybr_partial_file_commit (output, cancellable, error);

out:
  g_unlink (snapshot_path);
  g_rmdir (dir);
  if (!ok)
    copy_failed (destination, error);
  return ok;
}

/**
 * llwybr_portfolio_save_copy:
 * @destination: where the copy goes: a USB stick, a folder to send from
 *
 * Writes a finished snapshot: VACUUM INTO a temporary file, quick_check the
 * result, then replace @destination atomically, so a copy that is there is
 * always whole. The live portfolio is not touched.
 */
gboolean
llwybr_portfolio_save_copy (LlwybrPortfolio  *self,
                            GFile            *destination,
                            GCancellable     *cancellable,
                            GError          **error)
{
  g_return_val_if_fail (LLWYBR_IS_PORTFOLIO (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (destination), FALSE);

  return write_copy (self, destination, FALSE, cancellable, error);
}

/**
 * llwybr_portfolio_send_for_review:
 * @destination: where the copy for the mentor goes
 *
 * Writes a snapshot as llwybr_portfolio_save_copy() does, marked as a copy
 * for review: opened by a mentor, it takes reviews, and its evidence
 * cannot be changed. Her copy, sent back, merges into this one.
 */
gboolean
llwybr_portfolio_send_for_review (LlwybrPortfolio  *self,
                                  GFile            *destination,
                                  GCancellable     *cancellable,
                                  GError          **error)
{
  g_return_val_if_fail (LLWYBR_IS_PORTFOLIO (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (destination), FALSE);

  return write_copy (self, destination, TRUE, cancellable, error);
}
