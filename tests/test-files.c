/* test-files.c: files that are not (good) portfolios
 *
 * Every class of bad file gets the error a user can act on, through the
 * core and through `llwybr --check`, and is left byte for byte as it was,
 * with nothing written beside it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

#include "llwybr-test-util.h"

typedef char *(*MakeFile) (void);

static char *sample_path;

/* Helpers */

static char *
copy_of_sample (const char *name)
{
  g_autofree char *contents = NULL;
  gsize length;
  char *path = llwybr_test_tmp_path (name);

  g_assert_true (g_file_get_contents (sample_path, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (path, contents, length, NULL));

  return path;
}

static char *
truncated_sample (gsize keep)
{
  g_autofree char *contents = NULL;
  gsize length;
  char *path = llwybr_test_tmp_path ("truncated.llwybr");

  g_assert_true (g_file_get_contents (sample_path, &contents, &length, NULL));
  g_assert_cmpuint (keep, <, length);
  g_assert_true (g_file_set_contents (path, contents, keep, NULL));

  return path;
}

static gsize
sample_size (void)
{
  GStatBuf st;

  g_assert_cmpint (g_stat (sample_path, &st), ==, 0);
  return st.st_size;
}

static char *
sample_changed_by (const char *name,
                   const char *sql)
{
  char *path = copy_of_sample (name);
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  return path;
}

static char *
file_with (const char *name,
           const char *contents,
           gssize      length)
{
  char *path = llwybr_test_tmp_path (name);

  g_assert_true (g_file_set_contents (path, contents, length, NULL));
  return path;
}

/* The classes of bad file */

static char *
make_missing (void)
{
  return llwybr_test_tmp_path ("not-there.llwybr");
}

static char *
make_empty (void)
{
  return file_with ("empty.llwybr", "", 0);
}

static char *
make_random (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (2026);
  guint8 bytes[8192];

  for (guint i = 0; i < sizeof bytes; i++)
    bytes[i] = g_rand_int_range (rand, 0, 256);

  return file_with ("random.llwybr", (const char *)bytes, sizeof bytes);
}

static char *
make_text (void)
{
  return file_with ("notes.llwybr", "Nodiadau ar gyfer y cyfarfod nesaf\n", -1);
}

static char *
make_truncated_header (void)
{
  return truncated_sample (50);
}

static char *
make_truncated_half (void)
{
  return truncated_sample (sample_size () / 2);
}

static char *
make_truncated_last_page (void)
{
  return truncated_sample (sample_size () - 4096);
}

static char *
make_other_application (void)
{
  char *path = llwybr_test_tmp_path ("contacts.sqlite");
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "CREATE TABLE contact (name TEXT); INSERT INTO contact VALUES ('Ceri')",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  return path;
}

static char *
make_other_application_id (void)
{
  return sample_changed_by ("other-id.llwybr", "PRAGMA application_id = 1196444237");
}

static char *
make_newer_version (void)
{
  return sample_changed_by ("newer.llwybr", "PRAGMA user_version = 99");
}

static char *
make_tables_missing (void)
{
  return sample_changed_by ("no-tables.llwybr", "DROP TABLE attachment");
}

static char *
make_planted_trigger (void)
{
  return sample_changed_by ("trigger.llwybr",
                            "CREATE TRIGGER planted AFTER UPDATE ON evidence BEGIN DELETE FROM link; END");
}

static char *
make_directory (void)
{
  char *path = llwybr_test_tmp_path ("folder.llwybr");

  g_assert_cmpint (g_mkdir (path, 0700), ==, 0);
  return path;
}

static char *
make_symlink_loop (void)
{
  char *path = llwybr_test_tmp_path ("loop.llwybr");

  g_assert_cmpint (symlink (path, path), ==, 0);
  return path;
}

static char *
make_planted_view (void)
{
  return sample_changed_by ("view.llwybr", "CREATE VIEW planted AS SELECT * FROM evidence");
}

static char *
make_planted_index (void)
{
  return sample_changed_by ("index.llwybr", "CREATE INDEX planted ON evidence (title)");
}

static char *
make_column_dropped (void)
{
  return sample_changed_by ("dropped.llwybr", "ALTER TABLE evidence DROP COLUMN reflection");
}

static char *
make_column_added (void)
{
  return sample_changed_by ("added.llwybr", "ALTER TABLE evidence ADD COLUMN pupil_name TEXT");
}

static char *
make_table_renamed (void)
{
  return sample_changed_by ("renamed.llwybr", "ALTER TABLE link RENAME TO links");
}

static char *
make_version_zero (void)
{
  return sample_changed_by ("version-0.llwybr", "PRAGMA user_version = 0");
}

static char *
make_version_negative (void)
{
  return sample_changed_by ("version-minus.llwybr", "PRAGMA user_version = -1");
}

static char *
make_no_identity (void)
{
  return sample_changed_by ("no-identity.llwybr", "DELETE FROM portfolio");
}

/* The UUID names the library's copy: this one would put it elsewhere. */
static char *
make_uuid_escapes (void)
{
  return sample_changed_by ("escape.llwybr", "UPDATE portfolio SET uuid = '../../../tmp/escaped'");
}

static char *
make_no_standards (void)
{
  return sample_changed_by ("no-standards.llwybr", "DELETE FROM framework");
}

static char *
make_truncated_one_byte (void)
{
  return truncated_sample (sample_size () - 1);
}

/* Bytes changed in place, as a failing disk or a bad copy leaves them. */
static char *
sample_overwritten (const char   *name,
                    goffset       offset,
                    const guint8 *bytes,
                    gsize         length)
{
  g_autofree char *contents = NULL;
  gsize size;
  char *path = llwybr_test_tmp_path (name);

  g_assert_true (g_file_get_contents (sample_path, &contents, &size, NULL));
  g_assert_cmpuint (offset + length, <=, size);
  memcpy (contents + offset, bytes, length);
  g_assert_true (g_file_set_contents (path, contents, size, NULL));

  return path;
}

static char *
make_zeroed_page (void)
{
  static const guint8 zeros[4096] = { 0 };

  return sample_overwritten ("zeroed.llwybr", 5 * sizeof zeros, zeros, sizeof zeros);
}

/* Damage where opening reads: the first page of the evidence table. */
static char *
make_evidence_page_zeroed (void)
{
  static const guint8 zeros[4096] = { 0 };
  sqlite3_stmt *stmt = NULL;
  sqlite3 *db = NULL;
  int root;

  g_assert_cmpint (sqlite3_open_v2 (sample_path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT rootpage FROM sqlite_schema WHERE name = 'evidence'", -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  root = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  return sample_overwritten ("evidence-zeroed.llwybr", (goffset)(root - 1) * sizeof zeros, zeros, sizeof zeros);
}

static char *
make_bad_page_size (void)
{
  static const guint8 zeros[2] = { 0 };

  return sample_overwritten ("page-size.llwybr", 16, zeros, sizeof zeros);
}

static char *
make_header_then_noise (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (33);
  guint8 bytes[4096] = "SQLite format 3";

  for (guint i = 16; i < sizeof bytes; i++)
    bytes[i] = g_rand_int_range (rand, 0, 256);

  return file_with ("noise.llwybr", (const char *)bytes, sizeof bytes);
}

/* A Word document is a zip archive. */
static char *
make_word_document (void)
{
  static const char zip[] = "PK\003\004\024\000\006\000[Content_Types].xml";

  return file_with ("Tasg 1.docx", zip, sizeof zip - 1);
}

static char *
make_pdf (void)
{
  return file_with ("tystysgrif.pdf", "%PDF-1.7\n%\342\343\317\323\n1 0 obj\n", -1);
}

/* Opening a named pipe would wait for a writer for ever. */
static char *
make_named_pipe (void)
{
  char *path = llwybr_test_tmp_path ("pipe.llwybr");

  g_assert_cmpint (mkfifo (path, 0600), ==, 0);
  return path;
}

/* Root reads everything, so this class is only real for another user;
 * test_cli_as_nobody covers it when the tests run as root. */
static char *
make_unreadable (void)
{
  char *path = copy_of_sample ("locked.llwybr");

  g_assert_cmpint (g_chmod (path, 0000), ==, 0);
  return path;
}

static const struct {
  const char *name;
  MakeFile make;
  LlwybrPortfolioError code;
} cases[] = {
  { "missing", make_missing, LLWYBR_PORTFOLIO_ERROR_NOT_FOUND },
  { "empty", make_empty, LLWYBR_PORTFOLIO_ERROR_EMPTY },
  { "random-bytes", make_random, LLWYBR_PORTFOLIO_ERROR_NOT_SQLITE },
  { "text", make_text, LLWYBR_PORTFOLIO_ERROR_NOT_SQLITE },
  { "truncated-in-header", make_truncated_header, LLWYBR_PORTFOLIO_ERROR_DAMAGED },
  { "truncated-half", make_truncated_half, LLWYBR_PORTFOLIO_ERROR_DAMAGED },
  { "truncated-last-page", make_truncated_last_page, LLWYBR_PORTFOLIO_ERROR_DAMAGED },
  { "other-application", make_other_application, LLWYBR_PORTFOLIO_ERROR_NOT_PORTFOLIO },
  { "other-application-id", make_other_application_id, LLWYBR_PORTFOLIO_ERROR_NOT_PORTFOLIO },
  { "newer-version", make_newer_version, LLWYBR_PORTFOLIO_ERROR_NEWER_VERSION },
  { "tables-missing", make_tables_missing, LLWYBR_PORTFOLIO_ERROR_DAMAGED },
  { "planted-trigger", make_planted_trigger, LLWYBR_PORTFOLIO_ERROR_DAMAGED },
  { "directory", make_directory, LLWYBR_PORTFOLIO_ERROR_IS_DIRECTORY },
  { "symlink-loop", make_symlink_loop, LLWYBR_PORTFOLIO_ERROR_NOT_READABLE },
  { "unreadable", make_unreadable, LLWYBR_PORTFOLIO_ERROR_NOT_READABLE },
  { "planted-view", make_planted_view, LLWYBR_PORTFOLIO_ERROR_DAMAGED },
  { "planted-index", make_planted_index, LLWYBR_PORTFOLIO_ERROR_DAMAGED },
  { "column-dropped", make_column_dropped, LLWYBR_PORTFOLIO_ERROR_DAMAGED },
  { "column-added", make_column_added, LLWYBR_PORTFOLIO_ERROR_DAMAGED },
  { "table-renamed", make_table_renamed, LLWYBR_PORTFOLIO_ERROR_DAMAGED },
  { "version-zero", make_version_zero, LLWYBR_PORTFOLIO_ERROR_DAMAGED },
  { "version-negative", make_version_negative, LLWYBR_PORTFOLIO_ERROR_DAMAGED },
  { "no-identity", make_no_identity, LLWYBR_PORTFOLIO_ERROR_DAMAGED },
  { "no-standards", make_no_standards, LLWYBR_PORTFOLIO_ERROR_DAMAGED },
  { "uuid-escapes", make_uuid_escapes, LLWYBR_PORTFOLIO_ERROR_DAMAGED },
  { "truncated-one-byte", make_truncated_one_byte, LLWYBR_PORTFOLIO_ERROR_DAMAGED },
  { "zeroed-page", make_zeroed_page, LLWYBR_PORTFOLIO_ERROR_DAMAGED },
  { "evidence-page-zeroed", make_evidence_page_zeroed, LLWYBR_PORTFOLIO_ERROR_DAMAGED },
  { "bad-page-size", make_bad_page_size, LLWYBR_PORTFOLIO_ERROR_DAMAGED },
  { "header-then-noise", make_header_then_noise, LLWYBR_PORTFOLIO_ERROR_DAMAGED },
  { "word-document", make_word_document, LLWYBR_PORTFOLIO_ERROR_NOT_SQLITE },
  { "pdf", make_pdf, LLWYBR_PORTFOLIO_ERROR_NOT_SQLITE },
  { "named-pipe", make_named_pipe, LLWYBR_PORTFOLIO_ERROR_NOT_SQLITE },
};

/* The file and everything beside it, so a stray journal would show. */
static char *
fingerprint_with_neighbours (const char *path)
{
  g_autofree char *dir_path = g_path_get_dirname (path);
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  g_autoptr(GString) print = g_string_new (NULL);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (dir_path, name, NULL);
      g_autofree char *one = llwybr_test_fingerprint (child);

      g_string_append_printf (print, "%s=%s\n", name, one);
    }

  return g_string_free (g_steal_pointer (&print), FALSE);
}

static gboolean
passes (const char *path,
        const char *pragma)
{
  g_autofree char *sql = g_strdup_printf ("PRAGMA %s", pragma);
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gboolean ok;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  ok = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) == SQLITE_OK && sqlite3_step (stmt) == SQLITE_ROW &&
       g_strcmp0 ((const char *)sqlite3_column_text (stmt, 0), "ok") == 0;
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  return ok;
}

/* A piece of evidence whose UUID differs between its row and the index
 * of UUIDs: quick_check passes such a file, which is how fuzz-merge found
 * it. One of the UUID's two places in the file is the row's. */
static char *
make_damaged_index (void)
{
  g_autofree char *contents = NULL;
  g_autofree char *uuid = NULL;
  gsize length;
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_open_v2 (sample_path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT uuid FROM evidence LIMIT 1", -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  uuid = g_strdup ((const char *)sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  g_assert_true (g_file_get_contents (sample_path, &contents, &length, NULL));
  for (gsize at = 0; at + strlen (uuid) <= length; at++)
    {
      g_autofree char *changed = NULL;
      char *path;

      if (memcmp (contents + at, uuid, strlen (uuid)) != 0)
        continue;

      changed = g_memdup2 (contents, length);
      changed[at] = contents[at] == 'a' ? 'b' : 'a';
      path = llwybr_test_tmp_path ("damaged-index.llwybr");
      g_assert_true (g_file_set_contents (path, changed, length, NULL));
      if (passes (path, "quick_check") && !passes (path, "integrity_check"))
        return path;
      g_free (path);
    }

  g_assert_not_reached ();
}

/* Tests */

/* A damaged index opens, as quick_check lets it: but nothing is copied or
 * merged from it, and --check says it is damaged; the file is not touched. */
static void
test_damaged_index (void)
{
  g_autofree char *path = make_damaged_index ();
  g_autofree char *before = fingerprint_with_neighbours (path);
  g_autofree char *after = NULL;
  g_autofree char *library_dir = llwybr_test_tmp_path ("library");
  g_autoptr(LlwybrLibrary) library = llwybr_library_new (library_dir);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(LlwybrPortfolio) portfolio = NULL;
  g_autoptr(LlwybrPortfolio) target = NULL;
  g_autoptr(GFile) sample = g_file_new_for_path (sample_path);
  g_autoptr(GError) error = NULL;
  g_autofree char *imported = NULL;
  g_autofree char *out = NULL, *err = NULL;
  const char *argv[] = { g_getenv ("LLWYBR_EXE"), "--check", path, NULL };
  LlwybrMergeCounts counts;
  int status;

  portfolio = llwybr_portfolio_open_read_only (path, &error);
  g_assert_no_error (error);
  g_assert_false (llwybr_portfolio_check_integrity (portfolio, &error));
  g_assert_error (error, LLWYBR_PORTFOLIO_ERROR, LLWYBR_PORTFOLIO_ERROR_DAMAGED);
  g_clear_error (&error);
  g_clear_object (&portfolio);

  imported = llwybr_library_import (library, file, NULL, NULL, &error);
  g_assert_null (imported);
  g_assert_error (error, LLWYBR_PORTFOLIO_ERROR, LLWYBR_PORTFOLIO_ERROR_DAMAGED);
  g_clear_error (&error);

  /* The same portfolio, whole, takes nothing from the damaged copy. */
  imported = llwybr_library_import (library, sample, NULL, NULL, &error);
  g_assert_no_error (error);
  target = llwybr_portfolio_open (imported, &error);
  g_assert_no_error (error);
  g_assert_false (llwybr_portfolio_merge (target, path, TRUE, &counts, &error));
  g_assert_error (error, LLWYBR_PORTFOLIO_ERROR, LLWYBR_PORTFOLIO_ERROR_DAMAGED);
  g_clear_error (&error);

  g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status, &error);
  g_assert_no_error (error);
  g_assert_cmpint (WEXITSTATUS (status), ==, 1);
  g_assert_nonnull (strstr (err, "is damaged"));

  after = fingerprint_with_neighbours (path);
  g_assert_cmpstr (after, ==, before);
}

static void
test_core (gconstpointer data)
{
  guint i = GPOINTER_TO_UINT (data);
  g_autofree char *path = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(LlwybrPortfolio) portfolio = NULL;
  g_autoptr(GError) error = NULL;

  if (cases[i].make == make_unreadable && geteuid () == 0)
    {
      g_test_skip ("root can read any file; /files/cli-as-nobody covers this class");
      return;
    }

  path = cases[i].make ();
  before = fingerprint_with_neighbours (path);

  portfolio = llwybr_portfolio_open_read_only (path, &error);
  g_assert_null (portfolio);
  g_assert_error (error, LLWYBR_PORTFOLIO_ERROR, (int)cases[i].code);
  g_assert_cmpstr (error->message, !=, "");
  g_clear_error (&error);

  /* Opening for editing checks the same way before it writes anything. */
  portfolio = llwybr_portfolio_open (path, &error);
  g_assert_null (portfolio);
  g_assert_error (error, LLWYBR_PORTFOLIO_ERROR, (int)cases[i].code);
  g_clear_error (&error);

  /* The window's quicker open leaves the page check to the day's backup,
   * in a worker (/ui/damaged-pages); damage that opening reads, it names
   * the same way. */
  portfolio = llwybr_portfolio_open_without_page_check (path, &error);
  if (portfolio == NULL)
    g_assert_error (error, LLWYBR_PORTFOLIO_ERROR, (int)cases[i].code);
  else
    g_assert_cmpint (cases[i].code, ==, LLWYBR_PORTFOLIO_ERROR_DAMAGED);
  g_clear_object (&portfolio);
  if (cases[i].make == make_evidence_page_zeroed)
    g_assert_error (error, LLWYBR_PORTFOLIO_ERROR, LLWYBR_PORTFOLIO_ERROR_DAMAGED);

  after = fingerprint_with_neighbours (path);
  g_assert_cmpstr (before, ==, after);
}

static void
drop_to_nobody (gpointer user_data)
{
  if (setgid (65534) != 0 || setuid (65534) != 0)
    _exit (99);
}

static void
test_cli (gconstpointer data)
{
  guint i = GPOINTER_TO_UINT (data);
  g_autofree char *path = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  const char *argv[4] = { g_getenv ("LLWYBR_EXE"), "--check", NULL, NULL };
  g_autoptr(GError) error = NULL;
  int status;

  if (cases[i].make == make_unreadable && geteuid () == 0)
    {
      g_test_skip ("root can read any file; /files/cli-as-nobody covers this class");
      return;
    }

  path = cases[i].make ();
  before = fingerprint_with_neighbours (path);
  argv[2] = path;

  g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status, &error);
  g_assert_no_error (error);

  g_assert_false (g_spawn_check_wait_status (status, NULL));
  g_assert_cmpstr (out, ==, "");
  g_assert_true (g_str_has_prefix (err, "llwybr: "));
  g_assert_cmpuint (strlen (err), >, 20);

  after = fingerprint_with_neighbours (path);
  g_assert_cmpstr (before, ==, after);
}

/* A file the user may not read, checked by a user who is not root. */
static void
test_cli_as_nobody (void)
{
  g_autofree char *path = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  const char *argv[] = { g_getenv ("LLWYBR_EXE"), "--check", NULL, NULL };
  g_autoptr(GError) error = NULL;
  int status;

  if (geteuid () != 0)
    {
      g_test_skip ("only root can become another user; /files/core/unreadable covers this class");
      return;
    }

  path = make_unreadable ();
  dir = g_path_get_dirname (path);
  g_assert_cmpint (g_chmod (dir, 0755), ==, 0);
  argv[2] = path;

  g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_DEFAULT, drop_to_nobody, NULL,
                &out, &err, &status, &error);
  g_assert_no_error (error);

  g_assert_cmpint (WEXITSTATUS (status), ==, 1);
  g_assert_nonnull (strstr (err, "cannot be read"));
}

/* Files that are whole but hold what Llwybr would never write: they open,
 * and what reaches the interface is safe to show. */

static LlwybrPortfolio *
open_changed_sample (const char *name,
                     const char *sql)
{
  g_autofree char *path = sample_changed_by (name, sql);
  g_autofree char *before = fingerprint_with_neighbours (path);
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  LlwybrPortfolio *portfolio;

  portfolio = llwybr_portfolio_open_read_only (path, &error);
  g_assert_no_error (error);
  after = fingerprint_with_neighbours (path);
  g_assert_cmpstr (before, ==, after);

  return portfolio;
}

static void
test_invalid_utf8 (void)
{
  g_autoptr(LlwybrPortfolio) portfolio =
    open_changed_sample ("utf8.llwybr", "UPDATE portfolio SET title = CAST (x'4361C3' AS TEXT);"
                                        "UPDATE evidence SET title = CAST (x'C328' AS TEXT),"
                                        "                    reflection = CAST (x'66FF6F' AS TEXT)");
  GListModel *evidence = llwybr_portfolio_get_evidence (portfolio);

  g_assert_true (g_utf8_validate (llwybr_portfolio_get_title (portfolio), -1, NULL));
  g_assert_cmpuint (g_list_model_get_n_items (evidence), >, 0);
  for (guint i = 0; i < g_list_model_get_n_items (evidence); i++)
    {
      g_autoptr(LlwybrEvidence) item = g_list_model_get_item (evidence, i);

      g_assert_true (g_utf8_validate (llwybr_evidence_get_title (item), -1, NULL));
      g_assert_true (g_utf8_validate (llwybr_evidence_get_reflection (item), -1, NULL));
    }
}

static void
test_enormous_text (void)
{
  g_autoptr(LlwybrPortfolio) portfolio =
    open_changed_sample ("enormous.llwybr", "UPDATE evidence SET reflection = printf ('%.*c', 16000000, 'a')"
                                            " WHERE id = (SELECT min (id) FROM evidence)");
  GListModel *evidence = llwybr_portfolio_get_evidence (portfolio);
  gsize longest = 0;

  for (guint i = 0; i < g_list_model_get_n_items (evidence); i++)
    {
      g_autoptr(LlwybrEvidence) item = g_list_model_get_item (evidence, i);

      longest = MAX (longest, strlen (llwybr_evidence_get_reflection (item)));
    }
  g_assert_cmpuint (longest, ==, 16000000);
}

static void
test_nonsense_values (void)
{
  g_autoptr(LlwybrPortfolio) portfolio =
    open_changed_sample ("nonsense.llwybr", "UPDATE evidence SET created = 'ddoe', modified = 42,"
                                            "                    kind = 'cerdd', date = '2026-13-45'");
  GListModel *evidence = llwybr_portfolio_get_evidence (portfolio);

  for (guint i = 0; i < g_list_model_get_n_items (evidence); i++)
    {
      g_autoptr(LlwybrEvidence) item = g_list_model_get_item (evidence, i);

      g_assert_nonnull (llwybr_evidence_get_created (item));
      g_assert_null (llwybr_evidence_get_date (item));
    }
}

/* An attachment is opened by saving a copy under its UUID and name: from
 * a planted row, neither may lead out of the folder it is saved in. */
static void
test_attachment_paths (void)
{
  g_autoptr(LlwybrPortfolio) portfolio =
    open_changed_sample ("paths.llwybr", "UPDATE attachment SET name = '../../../.bashrc'"
                                         " WHERE id = (SELECT min (id) FROM attachment);"
                                         "UPDATE attachment SET uuid = '../../x'"
                                         " WHERE id = (SELECT max (id) FROM attachment)");
  GListModel *evidence = llwybr_portfolio_get_evidence (portfolio);
  guint seen = 0;
  gboolean renamed = FALSE;

  g_test_expect_message ("llwybr-portfolio", G_LOG_LEVEL_WARNING, "Leaving out attachment *");
  for (guint i = 0; i < g_list_model_get_n_items (evidence); i++)
    {
      g_autoptr(LlwybrEvidence) item = g_list_model_get_item (evidence, i);
      g_autoptr(GListModel) attachments = llwybr_portfolio_list_attachments (portfolio, item);

      for (guint j = 0; j < g_list_model_get_n_items (attachments); j++)
        {
          g_autoptr(LlwybrAttachment) attachment = g_list_model_get_item (attachments, j);
          const char *name = llwybr_attachment_get_name (attachment);

          g_assert_true (g_uuid_string_is_valid (llwybr_attachment_get_uuid (attachment)));
          g_assert_null (strchr (name, G_DIR_SEPARATOR));
          g_assert_cmpstr (name, !=, "..");
          renamed |= g_str_equal (name, ".bashrc");
          seen++;
        }
    }

  /* The sample has five; the one with no UUID is left out, and said so. */
  g_test_assert_expected_messages ();
  g_assert_cmpuint (seen, ==, 4);
  g_assert_true (renamed);
}

/* A link whose evidence is gone counts for nothing. */
static void
test_orphan_link (void)
{
  g_autoptr(LlwybrPortfolio) sample = llwybr_portfolio_open_read_only (sample_path, NULL);
  g_autoptr(LlwybrPortfolio) portfolio =
    open_changed_sample ("orphan.llwybr", "INSERT INTO link (uuid, evidence_id, standard, created, modified)"
                                          " VALUES ('amddifad', 99999, '5', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')");

  g_autoptr(GHashTable) counts = llwybr_portfolio_count_evidence_by_standard (portfolio);

  g_assert_cmpuint (llwybr_portfolio_count_evidence_for (portfolio, "5"), ==,
                    llwybr_portfolio_count_evidence_for (sample, "5"));
  g_assert_cmpuint (GPOINTER_TO_UINT (g_hash_table_lookup (counts, "5")), ==,
                    llwybr_portfolio_count_evidence_for (sample, "5"));
}

/* Messages are translated: the same failure reads in Welsh. */
static void
test_welsh_message (void)
{
  g_autofree char *path = make_newer_version ();
  g_autoptr(LlwybrPortfolio) portfolio = NULL;
  g_autoptr(GError) english = NULL;
  g_autoptr(GError) welsh = NULL;

  portfolio = llwybr_portfolio_open_read_only (path, &english);
  g_assert_true (llwybr_test_use_welsh (TRUE));
  portfolio = llwybr_portfolio_open_read_only (path, &welsh);
  llwybr_test_use_welsh (FALSE);

  g_assert_error (welsh, LLWYBR_PORTFOLIO_ERROR, LLWYBR_PORTFOLIO_ERROR_NEWER_VERSION);
  g_assert_nonnull (strstr (english->message, "newer version"));
  g_assert_cmpstr (welsh->message, !=, english->message);
  g_assert_nonnull (strstr (welsh->message, "newer.llwybr"));
  g_assert_nonnull (strstr (welsh->message, "Llwybr"));
}

int
main (int   argc,
      char *argv[])
{
  int result;

  llwybr_test_init (&argc, &argv);
  sample_path = llwybr_test_write_sample ();

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *core = g_strdup_printf ("/files/core/%s", cases[i].name);
      g_autofree char *cli = g_strdup_printf ("/files/cli/%s", cases[i].name);

      g_test_add_data_func (core, GUINT_TO_POINTER (i), test_core);
      g_test_add_data_func (cli, GUINT_TO_POINTER (i), test_cli);
    }
  g_test_add_func ("/files/cli-as-nobody", test_cli_as_nobody);
  g_test_add_func ("/files/welsh-message", test_welsh_message);
  g_test_add_func ("/files/opens-safely/invalid-utf8", test_invalid_utf8);
  g_test_add_func ("/files/opens-safely/enormous-text", test_enormous_text);
  g_test_add_func ("/files/opens-safely/nonsense-values", test_nonsense_values);
  g_test_add_func ("/files/opens-safely/orphan-link", test_orphan_link);
  g_test_add_func ("/files/opens-safely/attachment-paths", test_attachment_paths);
  g_test_add_func ("/files/damaged-index", test_damaged_index);

  result = g_test_run ();
  g_free (sample_path);
  return result;
}
