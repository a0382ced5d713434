/* test-portfolio.c: the portfolio store
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "llwybr-partial-file-private.h"
#include "llwybr-portfolio-private.h"
#include "llwybr-test-util.h"

static char *
query_text (const char *path,
            const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  char *result = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    result = g_strdup ((const char *)sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  return result;
}

static LlwybrEvidence *
add_full_evidence (LlwybrPortfolio *portfolio)
{
  g_autoptr(GDate) date = g_date_new_dmy (14, G_DATE_OCTOBER, 2025);
  g_autoptr(GError) error = NULL;
  LlwybrEvidence *evidence = llwybr_evidence_new ();

  g_object_set (evidence,
                "title", "Grŵp darllen — ŵyr a dŵr",
                "date", date,
                "kind", LLWYBR_EVIDENCE_KIND_WITNESS_STATEMENT,
                "setting", LLWYBR_EVIDENCE_SETTING_SMALL_GROUP,
                "age-range", "7–8",
                "subject", "Cymraeg",
                "reflection", "First line.\nAil linell, â'r to bach.\n\n“Quoted”",
                NULL);
  llwybr_portfolio_add_evidence (portfolio, evidence, &error);
  g_assert_no_error (error);

  return evidence;
}

static GFile *
write_temp_file (const char *name,
                 const char *contents)
{
  g_autofree char *path = llwybr_test_tmp_path (name);

  g_assert_true (g_file_set_contents (path, contents, -1, NULL));
  return g_file_new_for_path (path);
}

static void
test_file_settings (void)
{
  g_autoptr(LlwybrPortfolio) portfolio = llwybr_test_new_portfolio ();
  g_autoptr(LlwybrEvidence) evidence = add_full_evidence (portfolio);
  const char *path = llwybr_portfolio_get_path (portfolio);
  g_autofree char *app_id = query_text (path, "PRAGMA application_id");
  g_autofree char *version = query_text (path, "PRAGMA user_version");
  g_autofree char *journal = query_text (path, "PRAGMA journal_mode");
  g_autofree char *expected_id = g_strdup_printf ("%d", LLWYBR_APPLICATION_ID);
  g_autofree char *expected_version = g_strdup_printf ("%u", llwybr_portfolio_schema_version ());
  g_autofree char *journal_path = g_strconcat (path, "-journal", NULL);
  g_autofree char *wal_path = g_strconcat (path, "-wal", NULL);

  g_assert_cmpstr (app_id, ==, expected_id);
  g_assert_cmpstr (version, ==, expected_version);
  g_assert_cmpstr (journal, ==, "delete");

  /* A copied document has no side files. */
  g_assert_false (g_file_test (journal_path, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (wal_path, G_FILE_TEST_EXISTS));
}

static void
test_round_trip (void)
{
  g_autoptr(LlwybrPortfolio) portfolio = llwybr_test_new_portfolio ();
  g_autoptr(LlwybrPortfolio) reopened = NULL;
  g_autoptr(LlwybrEvidence) evidence = add_full_evidence (portfolio);
  g_autoptr(LlwybrLink) link = NULL;
  g_autoptr(LlwybrAttachment) attachment = NULL;
  g_autoptr(GListModel) links = NULL;
  g_autoptr(GListModel) attachments = NULL;
  g_autoptr(LlwybrLink) read_link = NULL;
  g_autoptr(LlwybrAttachment) read_attachment = NULL;
  g_autoptr(GOutputStream) out = g_memory_output_stream_new_resizable ();
  g_autoptr(GFile) file = write_temp_file ("cynllun.txt", "Cynllun gwers: ŵyr, dŵr, tŷ.\n");
  g_autofree char *expected_sha = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *uuid = NULL;
  LlwybrEvidence *read;

  llwybr_portfolio_set_title (portfolio, "Portffolio CALU", &error);
  g_assert_no_error (error);
  llwybr_portfolio_set_owner (portfolio, "Siân Ellis", &error);
  g_assert_no_error (error);
  llwybr_portfolio_set_school (portfolio, "Ysgol y Llan", &error);
  g_assert_no_error (error);
  llwybr_portfolio_set_role (portfolio, "TA 3", &error);
  g_assert_no_error (error);

  link = llwybr_portfolio_link_standard (portfolio, evidence, "29", "Arwain dysgu gydag unigolyn.", &error);
  g_assert_no_error (error);
  g_clear_object (&link);
  link = llwybr_portfolio_link_standard (portfolio, evidence, "3", "First note", &error);
  g_assert_no_error (error);
  llwybr_portfolio_set_link_annotation (portfolio, link, "Modelling the values I expect", &error);
  g_assert_no_error (error);
  attachment = llwybr_portfolio_attach_file (portfolio, evidence, file, NULL, &error);
  g_assert_no_error (error);

  uuid = g_strdup (llwybr_portfolio_get_uuid (portfolio));
  reopened = llwybr_portfolio_open (llwybr_portfolio_get_path (portfolio), &error);
  g_assert_no_error (error);

  g_assert_cmpstr (llwybr_portfolio_get_uuid (reopened), ==, uuid);
  g_assert_cmpstr (llwybr_portfolio_get_title (reopened), ==, "Portffolio CALU");
  g_assert_cmpstr (llwybr_portfolio_get_owner (reopened), ==, "Siân Ellis");
  g_assert_cmpstr (llwybr_portfolio_get_school (reopened), ==, "Ysgol y Llan");
  g_assert_cmpstr (llwybr_portfolio_get_role (reopened), ==, "TA 3");
  g_assert_cmpstr (llwybr_framework_get_id (llwybr_portfolio_get_framework (reopened)), ==, "hlta");
  g_assert_cmpuint (g_list_model_get_n_items (llwybr_portfolio_get_evidence (reopened)), ==, 1);

  read = llwybr_portfolio_lookup_evidence (reopened, llwybr_evidence_get_uuid (evidence));
  g_assert_nonnull (read);
  g_assert_cmpstr (llwybr_evidence_get_title (read), ==, llwybr_evidence_get_title (evidence));
  g_assert_cmpint (g_date_compare (llwybr_evidence_get_date (read), llwybr_evidence_get_date (evidence)), ==, 0);
  g_assert_cmpint (llwybr_evidence_get_kind (read), ==, LLWYBR_EVIDENCE_KIND_WITNESS_STATEMENT);
  g_assert_cmpint (llwybr_evidence_get_setting (read), ==, LLWYBR_EVIDENCE_SETTING_SMALL_GROUP);
  g_assert_cmpstr (llwybr_evidence_get_age_range (read), ==, "7–8");
  g_assert_cmpstr (llwybr_evidence_get_subject (read), ==, "Cymraeg");
  g_assert_cmpstr (llwybr_evidence_get_reflection (read), ==, llwybr_evidence_get_reflection (evidence));
  g_assert_true (g_date_time_equal (llwybr_evidence_get_created (read), llwybr_evidence_get_created (evidence)));
  g_assert_true (g_date_time_equal (llwybr_evidence_get_modified (read), llwybr_evidence_get_modified (evidence)));

  links = llwybr_portfolio_list_links (reopened, read);
  g_assert_cmpuint (g_list_model_get_n_items (links), ==, 2);
  read_link = g_list_model_get_item (links, 0);
  g_assert_cmpstr (llwybr_link_get_standard (read_link), ==, "3");
  g_assert_cmpstr (llwybr_link_get_annotation (read_link), ==, "Modelling the values I expect");
  g_assert_cmpstr (llwybr_link_get_uuid (read_link), ==, llwybr_link_get_uuid (link));
  g_assert_cmpuint (llwybr_portfolio_count_evidence_for (reopened, "29"), ==, 1);
  g_assert_cmpuint (llwybr_portfolio_count_evidence_for (reopened, "30"), ==, 0);

  attachments = llwybr_portfolio_list_attachments (reopened, read);
  g_assert_cmpuint (g_list_model_get_n_items (attachments), ==, 1);
  read_attachment = g_list_model_get_item (attachments, 0);
  g_assert_cmpstr (llwybr_attachment_get_name (read_attachment), ==, "cynllun.txt");
  g_assert_cmpstr (llwybr_attachment_get_mime_type (read_attachment), ==, "text/plain");
  g_assert_cmpint (llwybr_attachment_get_size (read_attachment), ==, strlen ("Cynllun gwers: ŵyr, dŵr, tŷ.\n"));
  g_assert_cmpstr (llwybr_attachment_get_sha256 (read_attachment), ==, llwybr_attachment_get_sha256 (attachment));
  expected_sha = g_compute_checksum_for_string (G_CHECKSUM_SHA256, "Cynllun gwers: ŵyr, dŵr, tŷ.\n", -1);
  g_assert_cmpstr (llwybr_attachment_get_sha256 (read_attachment), ==, expected_sha);

  llwybr_portfolio_read_attachment (reopened, read_attachment, out, NULL, &error);
  g_assert_no_error (error);
  g_output_stream_close (out, NULL, NULL);
  g_assert_cmpmem (g_memory_output_stream_get_data (G_MEMORY_OUTPUT_STREAM (out)),
                   g_memory_output_stream_get_data_size (G_MEMORY_OUTPUT_STREAM (out)),
                   "Cynllun gwers: ŵyr, dŵr, tŷ.\n", strlen ("Cynllun gwers: ŵyr, dŵr, tŷ.\n"));
}

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              guint      *count)
{
  (*count)++;
}

/* Each setter notifies once when the value changes, and not at all when it
 * does not, as libadwaita's own tests check. */
static void
test_notify_once (void)
{
  g_autoptr(LlwybrEvidence) evidence = llwybr_evidence_new ();
  g_autoptr(GDate) date = g_date_new_dmy (1, G_DATE_MARCH, 2026);
  static const char *names[] = { "title", "age-range", "subject", "reflection" };
  guint count = 0;

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *signal = g_strconcat ("notify::", names[i], NULL);
      gulong id = g_signal_connect (evidence, signal, G_CALLBACK (count_notify), &count);

      count = 0;
      g_object_set (evidence, names[i], "gwerth", NULL);
      g_assert_cmpuint (count, ==, 1);
      g_object_set (evidence, names[i], "gwerth", NULL);
      g_assert_cmpuint (count, ==, 1);
      g_signal_handler_disconnect (evidence, id);
    }

  g_signal_connect (evidence, "notify::date", G_CALLBACK (count_notify), &count);
  count = 0;
  llwybr_evidence_set_date (evidence, date);
  llwybr_evidence_set_date (evidence, date);
  g_assert_cmpuint (count, ==, 1);

  g_signal_connect (evidence, "notify::kind", G_CALLBACK (count_notify), &count);
  count = 0;
  llwybr_evidence_set_kind (evidence, LLWYBR_EVIDENCE_KIND_CERTIFICATE);
  llwybr_evidence_set_kind (evidence, LLWYBR_EVIDENCE_KIND_CERTIFICATE);
  g_assert_cmpuint (count, ==, 1);
}

static void
test_portfolio_notify_once (void)
{
  g_autoptr(LlwybrPortfolio) portfolio = llwybr_test_new_portfolio ();
  g_autoptr(GError) error = NULL;
  guint count = 0;

  g_signal_connect (portfolio, "notify::owner", G_CALLBACK (count_notify), &count);
  llwybr_portfolio_set_owner (portfolio, "Mererid", &error);
  g_assert_no_error (error);
  llwybr_portfolio_set_owner (portfolio, "Mererid", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (count, ==, 1);
}

static void
record_standard (LlwybrPortfolio *portfolio,
                 const char      *standard,
                 GString         *log)
{
  g_string_append_printf (log, "%s;", standard);
}

static void
test_signals_and_removal (void)
{
  g_autoptr(LlwybrPortfolio) portfolio = llwybr_test_new_portfolio ();
  g_autoptr(LlwybrPortfolio) reopened = NULL;
  g_autoptr(LlwybrEvidence) evidence = add_full_evidence (portfolio);
  g_autoptr(LlwybrLink) a = NULL;
  g_autoptr(LlwybrLink) b = NULL;
  g_autoptr(LlwybrAttachment) attachment = NULL;
  g_autoptr(GFile) file = write_temp_file ("nodyn.txt", "nodyn");
  g_autoptr(GString) log = g_string_new (NULL);
  g_autoptr(GError) error = NULL;

  g_signal_connect (portfolio, "links-changed", G_CALLBACK (record_standard), log);

  a = llwybr_portfolio_link_standard (portfolio, evidence, "22", "", &error);
  g_assert_no_error (error);
  b = llwybr_portfolio_link_standard (portfolio, evidence, "23", "", &error);
  g_assert_no_error (error);
  attachment = llwybr_portfolio_attach_file (portfolio, evidence, file, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (log->str, ==, "22;23;");

  llwybr_portfolio_unlink_standard (portfolio, a, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (log->str, ==, "22;23;22;");
  g_assert_cmpuint (llwybr_portfolio_count_evidence_for (portfolio, "22"), ==, 0);

  g_string_truncate (log, 0);
  llwybr_portfolio_remove_evidence (portfolio, evidence, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (log->str, ==, "23;");
  g_assert_cmpuint (g_list_model_get_n_items (llwybr_portfolio_get_evidence (portfolio)), ==, 0);

  /* Links and attachments went with it, on disk too. */
  reopened = llwybr_portfolio_open (llwybr_portfolio_get_path (portfolio), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (llwybr_portfolio_count_evidence_for (reopened, "23"), ==, 0);
  g_assert_cmpuint (llwybr_portfolio_count_attachments (reopened), ==, 0);
}

static void
test_link_errors (void)
{
  g_autoptr(LlwybrPortfolio) portfolio = llwybr_test_new_portfolio ();
  g_autoptr(LlwybrEvidence) evidence = add_full_evidence (portfolio);
  g_autoptr(LlwybrLink) link = NULL;
  g_autoptr(GError) error = NULL;

  link = llwybr_portfolio_link_standard (portfolio, evidence, "34", "", &error);
  g_assert_error (error, LLWYBR_PORTFOLIO_ERROR, LLWYBR_PORTFOLIO_ERROR_INVALID);
  g_assert_null (link);
  g_clear_error (&error);

  link = llwybr_portfolio_link_standard (portfolio, evidence, "9", "", &error);
  g_assert_no_error (error);
  g_clear_object (&link);
  link = llwybr_portfolio_link_standard (portfolio, evidence, "9", "", &error);
  g_assert_error (error, LLWYBR_PORTFOLIO_ERROR, LLWYBR_PORTFOLIO_ERROR_EXISTS);
  g_assert_cmpuint (llwybr_portfolio_count_evidence_for (portfolio, "9"), ==, 1);
}

/* A file over the limit is refused before a byte is read: a sparse file
 * costs no disk. */
static void
test_attachment_too_large (void)
{
  g_autoptr(LlwybrPortfolio) portfolio = llwybr_test_new_portfolio ();
  g_autoptr(LlwybrEvidence) evidence = add_full_evidence (portfolio);
  g_autoptr(LlwybrAttachment) attachment = NULL;
  g_autofree char *path = llwybr_test_tmp_path ("scan.pdf");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  FILE *f = fopen (path, "w");

  g_assert_nonnull (f);
  g_assert_cmpint (ftruncate (fileno (f), LLWYBR_ATTACHMENT_MAX_SIZE + 1), ==, 0);
  fclose (f);

  attachment = llwybr_portfolio_attach_file (portfolio, evidence, file, NULL, &error);
  g_assert_null (attachment);
  g_assert_error (error, LLWYBR_PORTFOLIO_ERROR, LLWYBR_PORTFOLIO_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, "scan.pdf"));
  g_assert_cmpuint (llwybr_portfolio_count_attachments (portfolio), ==, 0);
}

/* A stored attachment whose bytes no longer match its hash is reported,
 * not passed on. */
static void
test_attachment_damaged (void)
{
  g_autoptr(LlwybrPortfolio) portfolio = llwybr_test_new_portfolio ();
  g_autoptr(LlwybrEvidence) evidence = add_full_evidence (portfolio);
  g_autoptr(LlwybrAttachment) attachment = NULL;
  g_autoptr(GFile) file = write_temp_file ("nodyn.txt", "gwreiddiol");
  g_autoptr(GOutputStream) out = g_memory_output_stream_new_resizable ();
  g_autoptr(GError) error = NULL;
  sqlite3 *db = NULL;

  attachment = llwybr_portfolio_attach_file (portfolio, evidence, file, NULL, &error);
  g_assert_no_error (error);

  g_assert_cmpint (sqlite3_open (llwybr_portfolio_get_path (portfolio), &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "UPDATE attachment SET data = CAST ('newidiedig' AS BLOB)", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  llwybr_portfolio_read_attachment (portfolio, attachment, out, NULL, &error);
  g_assert_error (error, LLWYBR_PORTFOLIO_ERROR, LLWYBR_PORTFOLIO_ERROR_DAMAGED);
}

static void
test_read_only (void)
{
  g_autoptr(LlwybrPortfolio) portfolio = llwybr_test_new_portfolio ();
  g_autoptr(LlwybrEvidence) evidence = add_full_evidence (portfolio);
  g_autoptr(LlwybrPortfolio) read_only = NULL;
  g_autoptr(LlwybrEvidence) another = llwybr_evidence_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *path = g_strdup (llwybr_portfolio_get_path (portfolio));

  g_clear_object (&portfolio);
  before = llwybr_test_fingerprint (path);

  read_only = llwybr_portfolio_open_read_only (path, &error);
  g_assert_no_error (error);
  g_assert_true (llwybr_portfolio_get_read_only (read_only));
  g_assert_false (llwybr_portfolio_add_evidence (read_only, another, &error));
  g_assert_error (error, LLWYBR_PORTFOLIO_ERROR, LLWYBR_PORTFOLIO_ERROR_READ_ONLY);
  g_clear_error (&error);
  g_assert_false (llwybr_portfolio_set_owner (read_only, "Rhywun arall", &error));
  g_assert_error (error, LLWYBR_PORTFOLIO_ERROR, LLWYBR_PORTFOLIO_ERROR_READ_ONLY);
  g_clear_object (&read_only);

  after = llwybr_test_fingerprint (path);
  g_assert_cmpstr (before, ==, after);
}

static void
test_save_copy (void)
{
  g_autoptr(LlwybrPortfolio) portfolio = llwybr_test_new_portfolio ();
  g_autoptr(LlwybrEvidence) evidence = add_full_evidence (portfolio);
  g_autoptr(LlwybrPortfolio) copy = NULL;
  g_autofree char *dest_path = llwybr_test_tmp_path ("copy.llwybr");
  g_autoptr(GFile) dest = g_file_new_for_path (dest_path);
  g_autoptr(GError) error = NULL;
  g_autofree char *live_before = llwybr_test_fingerprint (llwybr_portfolio_get_path (portfolio));
  g_autofree char *live_after = NULL;

  /* An old file at the destination is replaced whole. */
  g_assert_true (g_file_set_contents (dest_path, "an old file", -1, NULL));

  llwybr_portfolio_save_copy (portfolio, dest, NULL, &error);
  g_assert_no_error (error);

  copy = llwybr_portfolio_open_read_only (dest_path, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (llwybr_portfolio_get_uuid (copy), ==, llwybr_portfolio_get_uuid (portfolio));
  g_assert_nonnull (llwybr_portfolio_lookup_evidence (copy, llwybr_evidence_get_uuid (evidence)));

  live_after = llwybr_test_fingerprint (llwybr_portfolio_get_path (portfolio));
  g_assert_cmpstr (live_before, ==, live_after);
}

/* A copy that cannot be written says where it was going, and why. */
static void
test_save_copy_fails (void)
{
  g_autoptr(LlwybrPortfolio) portfolio = llwybr_test_new_portfolio ();
  g_autofree char *dir = llwybr_test_tmp_path ("not-a-folder");
  g_autofree char *dest_path = g_build_filename (dir, "copy.llwybr", NULL);
  g_autoptr(GFile) dest = g_file_new_for_path (dest_path);
  g_autoptr(GError) error = NULL;

  g_assert_false (llwybr_portfolio_save_copy (portfolio, dest, NULL, &error));
  g_assert_error (error, LLWYBR_PORTFOLIO_ERROR, LLWYBR_PORTFOLIO_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, dest_path));
  g_assert_false (g_file_test (dest_path, G_FILE_TEST_EXISTS));
}

/* A file written by the first schema opens, is brought forward in one
 * step, and its search index is built from what was already there. */
static void
test_migrate_from_first_schema (void)
{
  g_autoptr(LlwybrFramework) framework = llwybr_framework_new_default (NULL);
  g_autoptr(LlwybrPortfolio) old = NULL;
  g_autoptr(LlwybrPortfolio) portfolio = NULL;
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = llwybr_test_tmp_path ("v1.llwybr");
  g_autofree char *insert = NULL;
  GBytes *pack = llwybr_framework_get_bytes (framework);
  g_autofree char *pack_text = g_strndup (g_bytes_get_data (pack, NULL), g_bytes_get_size (pack));
  sqlite3_stmt *stmt = NULL;
  sqlite3 *db;
  g_autofree char *version = NULL;

  db = _llwybr_db_create (path, &error);
  g_assert_no_error (error);
  _llwybr_db_migrate (db, 0, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_exec (db,
                                 "INSERT INTO portfolio VALUES (1, '0b7f4c1e-5a2d-4e8b-9c3f-2d6a1e8b4f70', 'Hen bortffolio', 'Nia', '', '',"
                                 " '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z');"
                                 "INSERT INTO evidence VALUES (1, 'e-1', 'Cylch trafod', '2025-01-02',"
                                 " 'observation', 'whole-class', '', '', 'Roedd y plant yn trafod.',"
                                 " '2025-01-02T00:00:00Z', '2025-01-02T00:00:00Z');"
                                 "INSERT INTO link VALUES (1, 'l-1', 1, '4', 'Cyfathrebu’n sensitif',"
                                 " '2025-01-02T00:00:00Z', '2025-01-02T00:00:00Z');",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_prepare_v2 (db, "INSERT INTO framework VALUES (1, 'hlta', '1', ?)", -1, &stmt, NULL);
  sqlite3_bind_text (stmt, 1, pack_text, -1, SQLITE_STATIC);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  /* Read-only, it opens as it is and is not changed. */
  old = llwybr_portfolio_open_read_only (path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (llwybr_portfolio_get_file_version (old), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (llwybr_portfolio_get_evidence (old)), ==, 1);
  g_clear_object (&old);
  version = query_text (path, "PRAGMA user_version");
  g_assert_cmpstr (version, ==, "1");

  portfolio = llwybr_portfolio_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (llwybr_portfolio_get_file_version (portfolio), ==, llwybr_portfolio_schema_version ());
  g_assert_cmpstr (llwybr_portfolio_get_owner (portfolio), ==, "Nia");

  found = llwybr_portfolio_search (portfolio, "sensitif", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (found->len, ==, 1);
  g_assert_cmpstr (llwybr_evidence_get_title (g_ptr_array_index (found, 0)), ==, "Cylch trafod");
}

static guint
count_files (const char *folder)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  guint n = 0;

  while (dir != NULL && g_dir_read_name (dir) != NULL)
    n++;
  return n;
}

/* What Llwybr writes for the user is whole or not there: a write that
 * stops halfway leaves no half file, and no old file is lost. */
static void
test_partial_file (void)
{
  g_autofree char *path = llwybr_test_tmp_path ("summary.pdf");
  g_autofree char *folder = g_path_get_dirname (path);
  g_autoptr(GFile) destination = g_file_new_for_path (path);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;

  {
    g_autoptr(LlwybrPartialFile) file = _llwybr_partial_file_new (destination, G_FILE_CREATE_NONE, NULL, &error);

    g_assert_no_error (error);
    g_output_stream_write_all (_llwybr_partial_file_get_stream (file), "half", 4, NULL, NULL, &error);
    g_assert_no_error (error);
    g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  }
  g_assert_cmpuint (count_files (folder), ==, 0);

  {
    g_autoptr(LlwybrPartialFile) file = _llwybr_partial_file_new (destination, G_FILE_CREATE_NONE, NULL, &error);

    g_output_stream_write_all (_llwybr_partial_file_get_stream (file), "whole", 5, NULL, NULL, &error);
    g_assert_true (_llwybr_partial_file_commit (file, NULL, &error));
    g_assert_no_error (error);
  }
  {
    g_autoptr(LlwybrPartialFile) file = _llwybr_partial_file_new (destination, G_FILE_CREATE_NONE, NULL, &error);

    g_output_stream_write_all (_llwybr_partial_file_get_stream (file), "new but half", 12, NULL, NULL, &error);
  }
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "whole");
  g_assert_cmpuint (count_files (folder), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  llwybr_test_init (&argc, &argv);

  g_test_add_func ("/portfolio/file-settings", test_file_settings);
  g_test_add_func ("/portfolio/round-trip", test_round_trip);
  g_test_add_func ("/portfolio/evidence-notify-once", test_notify_once);
  g_test_add_func ("/portfolio/portfolio-notify-once", test_portfolio_notify_once);
  g_test_add_func ("/portfolio/signals-and-removal", test_signals_and_removal);
  g_test_add_func ("/portfolio/link-errors", test_link_errors);
  g_test_add_func ("/portfolio/attachment-too-large", test_attachment_too_large);
  g_test_add_func ("/portfolio/attachment-damaged", test_attachment_damaged);
  g_test_add_func ("/portfolio/read-only", test_read_only);
  g_test_add_func ("/portfolio/save-copy", test_save_copy);
  g_test_add_func ("/portfolio/save-copy-fails", test_save_copy_fails);
  g_test_add_func ("/portfolio/partial-file", test_partial_file);
  g_test_add_func ("/portfolio/migrate-from-first-schema", test_migrate_from_first_schema);

  return g_test_run ();
}
