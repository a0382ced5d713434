/* test-crash.c: killed in the middle of an edit, a portfolio loses nothing
 * it said was saved
 *
 * A child process runs a seeded, random workload of edits through the core
 * (add, retitle, rewrite a reflection, link, attach, delete, and merge a
 * copy a mentor reviewed and retitled) on a copy of
 * the sample, and prints each edit before it starts and again once the
 * core has returned. The parent kills it with SIGKILL at a random moment,
 * reopens the file as the app would, and checks that SQLite finds it
 * whole, that no row points at one that is gone, and that every edit the
 * child reported done is there. The one edit in flight may or may not be.
 *
 *   test-crash                  10 trials, as part of the test suite
 *   test-crash --trials 200     the benchmark's run: prints the figures
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <signal.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include "llwybr-test-util.h"

#define TEST_TRIALS 10

typedef struct
{
  char       *title;
  char       *reflection_start;
  GHashTable *standards;
  GHashTable *reviews;
  guint       n_attachments;
  gboolean    deleted;
  gboolean    in_flight;
} Expected;

static void
expected_free (Expected *expected)
{
  g_free (expected->title);
  g_free (expected->reflection_start);
  g_hash_table_unref (expected->standards);
  g_hash_table_unref (expected->reviews);
  g_free (expected);
}

/* The child */

static void
say (const char *format,
     ...) G_GNUC_PRINTF (1, 2);

/* Straight to the pipe, unbuffered: what was said before the kill is what
 * the parent reads. */
static void
say (const char *format,
     ...)
{
  g_autofree char *line = NULL;
  va_list args;

  va_start (args, format);
  line = g_strdup_vprintf (format, args);
  va_end (args);

  if (write (STDOUT_FILENO, line, strlen (line)) < 0)
    _exit (3);
}

static LlwybrEvidence *
pick (GPtrArray *live,
      GRand     *rand)
{
  return g_ptr_array_index (live, g_rand_int_range (rand, 0, live->len));
}

/* A copy of @portfolio as a mentor sends it back: a comment on @item, and
 * @item retitled, later than anything in @portfolio. */
static char *
reviewed_copy (LlwybrPortfolio  *portfolio,
               LlwybrEvidence   *item,
               const char       *title,
               char            **review_uuid,
               GError          **error)
{
  g_autofree char *path = g_strconcat (llwybr_portfolio_get_path (portfolio), ".reviewed", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(LlwybrPortfolio) copy = NULL;
  g_autoptr(LlwybrReview) review = NULL;
  LlwybrEvidence *other;

  if (!llwybr_portfolio_save_copy (portfolio, file, NULL, error) ||
      !(copy = llwybr_portfolio_open (path, error)))
    return NULL;

  other = llwybr_portfolio_lookup_evidence (copy, llwybr_evidence_get_uuid (item));
  llwybr_evidence_set_title (other, title);
  if (!llwybr_portfolio_save_evidence (copy, other, error) ||
      !(review = llwybr_portfolio_review_evidence (copy, other, "Da iawn", "Mentor", NULL, error)))
    return NULL;

  *review_uuid = g_strdup (llwybr_review_get_uuid (review));
  return g_steal_pointer (&path);
}

static int
run_child (const char *path,
           guint32     seed)
{
  g_autoptr(LlwybrPortfolio) portfolio = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  g_autoptr(GPtrArray) live = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  GListModel *evidence;

  if (!(portfolio = llwybr_portfolio_open (path, &error)))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }

  evidence = llwybr_portfolio_get_evidence (portfolio);
  for (guint i = 0; i < g_list_model_get_n_items (evidence); i++)
    g_ptr_array_add (live, g_list_model_get_item (evidence, i));

  for (guint step = 0; ; step++)
    {
      guint op = g_rand_int_range (rand, 0, 100);
      gboolean ok;

      if (live->len == 0 || op < 25)
        {
          g_autofree char *title = g_strdup_printf ("Tystiolaeth %u", step);
          LlwybrEvidence *item = llwybr_evidence_new ();

          /* New evidence has its UUID once it is added. */
          llwybr_evidence_set_title (item, title);
          say ("begin add - %s\n", title);
          if ((ok = llwybr_portfolio_add_evidence (portfolio, item, &error)))
            say ("added %s\n", llwybr_evidence_get_uuid (item));
          g_ptr_array_add (live, item);
        }
      else if (op < 50)
        {
          LlwybrEvidence *item = pick (live, rand);
          g_autofree char *title = g_strdup_printf ("Teitl %u", step);

          say ("begin title %s %s\n", llwybr_evidence_get_uuid (item), title);
          llwybr_evidence_set_title (item, title);
          ok = llwybr_portfolio_save_evidence (portfolio, item, &error);
        }
      else if (op < 65)
        {
          LlwybrEvidence *item = pick (live, rand);
          g_autofree char *start = g_strdup_printf ("Myfyrdod %u:", step);
          g_autoptr(GString) text = g_string_new (start);
          guint words = g_rand_int_range (rand, 10, 3000);

          for (guint i = 0; i < words; i++)
            g_string_append (text, " ŵyr a dŵr");
          say ("begin reflection %s %s\n", llwybr_evidence_get_uuid (item), start);
          llwybr_evidence_set_reflection (item, text->str);
          ok = llwybr_portfolio_save_evidence (portfolio, item, &error);
        }
      else if (op < 82)
        {
          LlwybrEvidence *item = pick (live, rand);
          g_autofree char *standard = g_strdup_printf ("%d", g_rand_int_range (rand, 1, 34));
          g_autoptr(LlwybrLink) link = NULL;

          say ("begin link %s %s\n", llwybr_evidence_get_uuid (item), standard);
          link = llwybr_portfolio_link_standard (portfolio, item, standard, "Pam", &error);
          ok = link != NULL;
        }
      else if (op < 92)
        {
          LlwybrEvidence *item = pick (live, rand);
          gsize size = g_rand_int_range (rand, 1, 256 * 1024);
          g_autofree guint8 *bytes = g_malloc (size);
          g_autoptr(GInputStream) stream = NULL;
          g_autoptr(LlwybrAttachment) attachment = NULL;

          for (gsize i = 0; i < size; i++)
            bytes[i] = g_rand_int_range (rand, 0, 256);
          stream = g_memory_input_stream_new_from_data (bytes, size, NULL);
          say ("begin attach %s %" G_GSIZE_FORMAT "\n", llwybr_evidence_get_uuid (item), size);
          attachment = llwybr_portfolio_attach_stream (portfolio, item, "llun.png", "image/png",
                                                       stream, size, NULL, &error);
          ok = attachment != NULL;
        }
      else if (op < 96)
        {
          LlwybrEvidence *item = pick (live, rand);
          g_autofree char *title = g_strdup_printf ("Teitl y mentor %u", step);
          g_autofree char *review = NULL;
          g_autofree char *other = NULL;
          LlwybrMergeCounts counts;

          /* The copy is made before the merge begins: only the merge is
           * the edit in flight. */
          if (!(other = reviewed_copy (portfolio, item, title, &review, &error)))
            {
              g_printerr ("%s\n", error->message);
              return 2;
            }
          say ("begin merge %s %s|%s\n", llwybr_evidence_get_uuid (item), title, review);
          ok = llwybr_portfolio_merge (portfolio, other, FALSE, &counts, &error);
          g_unlink (other);
        }
      else
        {
          guint index = g_rand_int_range (rand, 0, live->len);
          LlwybrEvidence *item = g_ptr_array_index (live, index);

          say ("begin delete %s -\n", llwybr_evidence_get_uuid (item));
          ok = llwybr_portfolio_remove_evidence (portfolio, item, &error);
          g_ptr_array_remove_index_fast (live, index);
        }

      /* Linking a standard twice is refused, and says so: not an edit. */
      if (ok)
        say ("done\n");
      else
        {
          say ("refused %s\n", error->message);
          g_clear_error (&error);
        }
    }

  return 0;
}

/* The parent */

static Expected *
expected_for (GHashTable *model,
              const char *uuid)
{
  Expected *expected = g_hash_table_lookup (model, uuid);

  if (expected == NULL)
    {
      expected = g_new0 (Expected, 1);
      expected->standards = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      expected->reviews = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      g_hash_table_insert (model, g_strdup (uuid), expected);
    }

  return expected;
}

/* Replays what the child reported done onto a model of what the file must
 * hold; the evidence of an edit in flight is marked and not checked. */
static guint
replay (GHashTable *model,
        const char *output)
{
  g_auto(GStrv) lines = g_strsplit (output, "\n", -1);
  guint done = 0;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) words = NULL;
      Expected *expected;
      const char *next = lines[i + 1];

      if (!g_str_has_prefix (lines[i], "begin "))
        continue;

      words = g_strsplit (lines[i], " ", 4);
      g_assert_cmpuint (g_strv_length (words), ==, 4);

      /* An addition names its evidence once it is done. */
      if (g_str_equal (words[1], "add"))
        {
          if (next == NULL || !g_str_has_prefix (next, "added "))
            continue;
          g_free (words[2]);
          words[2] = g_strdup (next + strlen ("added "));
          next = lines[i + 2];
        }
      expected = expected_for (model, words[2]);

      if (next != NULL && g_str_has_prefix (next, "refused "))
        continue;
      if (next == NULL || !g_str_equal (next, "done"))
        {
          expected->in_flight = TRUE;
          continue;
        }

      done++;
      if (g_str_equal (words[1], "add") || g_str_equal (words[1], "title"))
        {
          g_free (expected->title);
          expected->title = g_strdup (words[3]);
        }
      else if (g_str_equal (words[1], "reflection"))
        {
          g_free (expected->reflection_start);
          expected->reflection_start = g_strdup (words[3]);
        }
      else if (g_str_equal (words[1], "link"))
        g_hash_table_add (expected->standards, g_strdup (words[3]));
      else if (g_str_equal (words[1], "attach"))
        expected->n_attachments++;
      else if (g_str_equal (words[1], "delete"))
        expected->deleted = TRUE;
      else if (g_str_equal (words[1], "merge"))
        {
          g_auto(GStrv) title_and_review = g_strsplit (words[3], "|", 2);

          g_free (expected->title);
          expected->title = g_strdup (title_and_review[0]);
          g_hash_table_add (expected->reviews, g_strdup (title_and_review[1]));
        }
    }

  return done;
}

static gboolean
sqlite_says_ok (const char *path,
                GString    *problems)
{
  sqlite3_stmt *integrity = NULL;
  sqlite3_stmt *foreign_keys = NULL;
  sqlite3 *db = NULL;
  gboolean ok;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA integrity_check", -1, &integrity, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA foreign_key_check", -1, &foreign_keys, NULL), ==, SQLITE_OK);

  ok = sqlite3_step (integrity) == SQLITE_ROW &&
       g_strcmp0 ((const char *)sqlite3_column_text (integrity, 0), "ok") == 0;
  if (!ok)
    g_string_append_printf (problems, "integrity_check: %s\n", sqlite3_column_text (integrity, 0));

  if (sqlite3_step (foreign_keys) != SQLITE_DONE)
    {
      g_string_append_printf (problems, "foreign_key_check: a row of %s points nowhere\n",
                              sqlite3_column_text (foreign_keys, 0));
      ok = FALSE;
    }

  sqlite3_finalize (integrity);
  sqlite3_finalize (foreign_keys);
  sqlite3_close (db);
  return ok;
}

static gboolean
has_review (LlwybrPortfolio *portfolio,
            const char      *uuid)
{
  GListModel *reviews = llwybr_portfolio_get_reviews (portfolio);

  for (guint i = 0; i < g_list_model_get_n_items (reviews); i++)
    {
      g_autoptr(LlwybrReview) review = g_list_model_get_item (reviews, i);

      if (g_str_equal (llwybr_review_get_uuid (review), uuid))
        return TRUE;
    }

  return FALSE;
}

static void
check_evidence (LlwybrPortfolio *portfolio,
                const char      *uuid,
                Expected        *expected,
                GString         *problems)
{
  LlwybrEvidence *evidence = llwybr_portfolio_lookup_evidence (portfolio, uuid);
  g_autoptr(GListModel) links = NULL;
  g_autoptr(GListModel) attachments = NULL;
  GHashTableIter iter;
  const char *standard;
  const char *review_uuid;

  if (expected->in_flight)
    return;

  if (expected->deleted)
    {
      if (evidence != NULL)
        g_string_append_printf (problems, "%s: deleted, but still there\n", uuid);
      return;
    }

  /* Every edit reported done was on evidence that was there. */
  if (evidence == NULL)
    {
      g_string_append_printf (problems, "%s: saved, but gone\n", uuid);
      return;
    }

  if (expected->title != NULL && g_strcmp0 (llwybr_evidence_get_title (evidence), expected->title) != 0)
    g_string_append_printf (problems, "%s: title “%s”, saved as “%s”\n",
                            uuid, llwybr_evidence_get_title (evidence), expected->title);

  if (expected->reflection_start != NULL &&
      !g_str_has_prefix (llwybr_evidence_get_reflection (evidence), expected->reflection_start))
    g_string_append_printf (problems, "%s: reflection is not the one saved (%s)\n",
                            uuid, expected->reflection_start);

  links = llwybr_portfolio_list_links (portfolio, evidence);
  g_hash_table_iter_init (&iter, expected->standards);
  while (g_hash_table_iter_next (&iter, (gpointer *)&standard, NULL))
    {
      gboolean found = FALSE;

      for (guint i = 0; i < g_list_model_get_n_items (links) && !found; i++)
        {
          g_autoptr(LlwybrLink) link = g_list_model_get_item (links, i);

          found = g_str_equal (llwybr_link_get_standard (link), standard);
        }
      if (!found)
        g_string_append_printf (problems, "%s: link to standard %s lost\n", uuid, standard);
    }

  g_hash_table_iter_init (&iter, expected->reviews);
  while (g_hash_table_iter_next (&iter, (gpointer *)&review_uuid, NULL))
    if (!has_review (portfolio, review_uuid))
      g_string_append_printf (problems, "%s: merged review %s lost\n", uuid, review_uuid);

  /* The sample's own attachments are there too. */
  attachments = llwybr_portfolio_list_attachments (portfolio, evidence);
  if (g_list_model_get_n_items (attachments) < expected->n_attachments)
    g_string_append_printf (problems, "%s: %u attachments, %u saved\n", uuid,
                            g_list_model_get_n_items (attachments), expected->n_attachments);
}

/* One trial: returns how many edits were reported done, and adds to
 * @problems what the reopened file got wrong. */
static guint
run_trial (const char *sample,
           guint32     seed,
           GString    *problems)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  g_autofree char *path = llwybr_test_tmp_path ("crash.llwybr");
  g_autofree char *contents = NULL;
  g_autofree char *seed_text = g_strdup_printf ("%u", seed);
  g_autoptr(GString) output = g_string_new (NULL);
  g_autoptr(GHashTable) model = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                       (GDestroyNotify)expected_free);
  g_autoptr(LlwybrPortfolio) portfolio = NULL;
  g_autoptr(GError) error = NULL;
  const char *argv[] = { g_getenv ("LLWYBR_TEST_SELF"), "--child", path, seed_text, NULL };
  gint64 kill_at = 0;
  gsize length;
  GPid pid;
  int out_fd;
  int status;
  char buffer[4096];
  GHashTableIter iter;
  const char *uuid;
  Expected *expected;
  guint done;

  g_assert_true (g_file_get_contents (sample, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (path, contents, length, NULL));

  g_spawn_async_with_pipes (NULL, (char **)argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD, NULL, NULL,
                            &pid, NULL, &out_fd, NULL, &error);
  g_assert_no_error (error);

  /* From the first edit done, a random moment up to half a second on. */
  while (kill_at == 0 || g_get_monotonic_time () < kill_at)
    {
      GPollFD poll_fd = { out_fd, G_IO_IN, 0 };
      gssize n;

      if (g_poll (&poll_fd, 1, 5) <= 0)
        continue;
      if ((n = read (out_fd, buffer, sizeof buffer)) <= 0)
        break;
      g_string_append_len (output, buffer, n);
      if (kill_at == 0 && strstr (output->str, "done\n") != NULL)
        kill_at = g_get_monotonic_time () + g_rand_int_range (rand, 0, 500 * 1000);
    }

  kill (pid, SIGKILL);
  waitpid (pid, &status, 0);
  g_spawn_close_pid (pid);
  for (gssize n; (n = read (out_fd, buffer, sizeof buffer)) > 0;)
    g_string_append_len (output, buffer, n);
  close (out_fd);

  g_assert_true (WIFSIGNALED (status));
  done = replay (model, output->str);

  /* Reopened as the app opens it, which rolls back an edit in flight. */
  portfolio = llwybr_portfolio_open (path, &error);
  if (portfolio == NULL)
    {
      g_string_append_printf (problems, "seed %u: does not reopen: %s\n", seed, error->message);
      return done;
    }

  g_hash_table_iter_init (&iter, model);
  while (g_hash_table_iter_next (&iter, (gpointer *)&uuid, (gpointer *)&expected))
    check_evidence (portfolio, uuid, expected, problems);
  g_clear_object (&portfolio);

  sqlite_says_ok (path, problems);
  return done;
}

static void
test_killed (void)
{
  g_autofree char *sample = llwybr_test_write_sample ();
  g_autoptr(GString) problems = g_string_new (NULL);
  guint32 first = g_test_rand_int ();
  guint done = 0;

  for (guint trial = 0; trial < TEST_TRIALS; trial++)
    done += run_trial (sample, first + trial, problems);

  g_test_message ("%u trials, %u edits reported saved", TEST_TRIALS, done);
  g_assert_cmpuint (done, >, 0);
  g_assert_cmpstr (problems->str, ==, "");
}

int
main (int   argc,
      char *argv[])
{
  if (argc == 4 && g_str_equal (argv[1], "--child"))
    return run_child (argv[2], (guint32)g_ascii_strtoull (argv[3], NULL, 10));

  g_setenv ("LLWYBR_TEST_SELF", argv[0], TRUE);

  if (argc == 3 && g_str_equal (argv[1], "--trials"))
    {
      guint trials = g_ascii_strtoull (argv[2], NULL, 10);
      g_autofree char *sample = NULL;
      g_autoptr(GString) problems = g_string_new (NULL);
      guint done = 0;
      guint failed = 0;
      char *no_args[] = { argv[0], NULL };
      char **args = no_args;
      int n_args = 1;

      llwybr_test_init (&n_args, &args);
      sample = llwybr_test_write_sample ();
      for (guint trial = 0; trial < trials; trial++)
        {
          gsize before = problems->len;

          done += run_trial (sample, 2026 + trial, problems);
          failed += problems->len != before;
        }

      g_print ("%u trials killed with SIGKILL, %u edits reported saved, %u trials lost or damaged something\n%s",
               trials, done, failed, problems->str);
      return failed == 0 ? 0 : 1;
    }

  llwybr_test_init (&argc, &argv);
  g_test_add_func ("/crash/killed", test_killed);

  return g_test_run ();
}
