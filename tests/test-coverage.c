/* test-coverage.c: what the overview shows, without a display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "llwybr-test-util.h"

static LlwybrEvidence *
add (LlwybrPortfolio *portfolio,
     const char      *title,
     const char      *standard,
     const char      *annotation)
{
  g_autoptr(GError) error = NULL;
  LlwybrEvidence *evidence = llwybr_evidence_new ();

  llwybr_evidence_set_title (evidence, title);
  llwybr_portfolio_add_evidence (portfolio, evidence, &error);
  g_assert_no_error (error);

  if (standard != NULL)
    {
      g_autoptr(LlwybrLink) link = llwybr_portfolio_link_standard (portfolio, evidence, standard, annotation, &error);

      g_assert_no_error (error);
    }

  return evidence;
}

/* The steps as "KIND:standard:title-of-evidence" lines. */
static char *
describe (GPtrArray       *steps,
          LlwybrPortfolio *portfolio)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < steps->len; i++)
    {
      LlwybrNextStep *step = g_ptr_array_index (steps, i);
      LlwybrEvidence *evidence = step->evidence_uuid ? llwybr_portfolio_lookup_evidence (portfolio, step->evidence_uuid) : NULL;

      g_assert_cmpstr (step->text, !=, "");
      g_string_append_printf (text, "%d:%s:%s;", step->kind, step->standard ? step->standard : "",
                              evidence ? llwybr_evidence_get_title (evidence) : "");
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
test_next_steps (void)
{
  g_autoptr(LlwybrPortfolio) portfolio = llwybr_test_new_portfolio ();
  g_autoptr(GPtrArray) empty = llwybr_coverage_next_steps (portfolio, 3);
  g_autoptr(GPtrArray) steps = NULL;
  g_autoptr(LlwybrEvidence) a = NULL;
  g_autoptr(LlwybrEvidence) b = NULL;
  g_autoptr(LlwybrEvidence) c = NULL;
  g_autofree char *empty_text = describe (empty, portfolio);
  g_autofree char *text = NULL;

  g_assert_cmpstr (empty_text, ==, "0::;3:1:;3:2:;");
  g_assert_cmpuint (llwybr_coverage_count_covered (portfolio), ==, 0);

  a = add (portfolio, "Heb ddolen", NULL, NULL);
  b = add (portfolio, "Heb nodyn", "1", "  ");
  c = add (portfolio, "Cyflawn", "2", "Mae'n dangos hyn.");
  steps = llwybr_coverage_next_steps (portfolio, 3);
  text = describe (steps, portfolio);

  g_assert_cmpstr (text, ==, "1::Heb ddolen;2:1:Heb nodyn;3:3:;");
  g_assert_cmpuint (llwybr_coverage_count_covered (portfolio), ==, 2);
  g_assert_cmpint (llwybr_coverage_standard_status (portfolio, "1"), ==, LLWYBR_STANDARD_STATUS_EVIDENCE);
  g_assert_cmpint (llwybr_coverage_standard_status (portfolio, "3"), ==, LLWYBR_STANDARD_STATUS_NO_EVIDENCE);
}

/* A standard the mentor found not yet met is the first thing to do; one
 * she found met is not a step at all. */
static void
test_verdict_steps (void)
{
  g_autoptr(LlwybrPortfolio) portfolio = llwybr_test_new_portfolio ();
  g_autoptr(LlwybrEvidence) a = add (portfolio, "Heb ddolen", NULL, NULL);
  g_autoptr(LlwybrReview) met = NULL, not_yet = NULL;
  g_autoptr(GPtrArray) steps = NULL;
  g_autofree char *text = NULL;

  met = llwybr_portfolio_review_standard (portfolio, "1", LLWYBR_VERDICT_MET, NULL, "Mentor", NULL, NULL);
  not_yet = llwybr_portfolio_review_standard (portfolio, "7", LLWYBR_VERDICT_NOT_YET_MET, "Dim digon", "Mentor", NULL, NULL);
  steps = llwybr_coverage_next_steps (portfolio, 2);
  text = describe (steps, portfolio);

  g_assert_cmpstr (text, ==, "4:7:;1::Heb ddolen;");
  g_assert_cmpstr (((LlwybrNextStep *)g_ptr_array_index (steps, 0))->text, ==,
                   "Your mentor found standard 7 not yet met: read her review");
}

static void
test_sample (void)
{
  g_autofree char *path = llwybr_test_write_sample ();
  g_autoptr(LlwybrPortfolio) portfolio = llwybr_portfolio_open_read_only (path, NULL);
  g_autoptr(GPtrArray) steps = llwybr_coverage_next_steps (portfolio, 3);
  g_autofree char *text = describe (steps, portfolio);

  g_assert_cmpuint (llwybr_coverage_count_covered (portfolio), ==, 30);
  g_assert_cmpstr (text, ==, "3:5:;3:12:;3:31:;");
}

static void
test_order_and_filter (void)
{
  g_autoptr(LlwybrEvidence) old = llwybr_evidence_new ();
  g_autoptr(LlwybrEvidence) recent = llwybr_evidence_new ();
  g_autoptr(LlwybrEvidence) undated = llwybr_evidence_new ();
  g_autoptr(GDate) march = g_date_new_dmy (1, G_DATE_MARCH, 2026);
  g_autoptr(GDate) june = g_date_new_dmy (1, G_DATE_JUNE, 2026);
  g_autoptr(GDate) may = g_date_new_dmy (1, G_DATE_MAY, 2026);

  llwybr_evidence_set_date (old, march);
  llwybr_evidence_set_title (old, "Llythrennedd");
  llwybr_evidence_set_date (recent, june);
  llwybr_evidence_set_title (recent, "Lwc dda");

  /* Newest first; no date last. */
  g_assert_cmpint (llwybr_evidence_compare_by_date (recent, old), <, 0);
  g_assert_cmpint (llwybr_evidence_compare_by_date (undated, old), >, 0);
  g_assert_cmpint (llwybr_evidence_compare_by_date (old, undated), <, 0);

  g_assert_true (llwybr_evidence_is_within (recent, may));
  g_assert_false (llwybr_evidence_is_within (old, may));
  g_assert_false (llwybr_evidence_is_within (undated, may));
  g_assert_true (llwybr_evidence_is_within (undated, NULL));

  /* Titles in the UI language's alphabet. */
  g_assert_cmpint (llwybr_evidence_compare_by_title (old, recent), <, 0);
  g_assert_true (llwybr_test_use_welsh (TRUE));
  g_assert_cmpint (llwybr_evidence_compare_by_title (old, recent), >, 0);
  llwybr_test_use_welsh (FALSE);
}

/* HLTA standard 11: a certificate among its evidence, or not. */
static void
test_certificate (void)
{
  g_autoptr(LlwybrPortfolio) portfolio = llwybr_test_new_portfolio ();
  g_autoptr(LlwybrEvidence) reflection = add (portfolio, "Myfyrdod ar rifedd", "11", "Fy mhrofiad");
  g_autoptr(LlwybrEvidence) certificate = NULL;

  g_assert_false (llwybr_coverage_has_certificate (portfolio, "11"));

  certificate = add (portfolio, "Essential Skills Wales: Application of Number", "11", "Lefel 2");
  llwybr_evidence_set_kind (certificate, LLWYBR_EVIDENCE_KIND_CERTIFICATE);
  g_assert_true (llwybr_portfolio_save_evidence (portfolio, certificate, NULL));
  g_assert_true (llwybr_coverage_has_certificate (portfolio, "11"));
  g_assert_false (llwybr_coverage_has_certificate (portfolio, "12"));
}

static void
set_date (LlwybrPortfolio *portfolio,
          LlwybrEvidence  *evidence,
          GDateYear        year,
          GDateMonth       month,
          GDateDay         day)
{
  g_autoptr(GDate) date = g_date_new_dmy (day, month, year);

  llwybr_evidence_set_date (evidence, date);
  g_assert_true (llwybr_portfolio_save_evidence (portfolio, evidence, NULL));
}

static char *
titles (GPtrArray *evidence)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < evidence->len; i++)
    g_string_append_printf (text, "%s;", llwybr_evidence_get_title (g_ptr_array_index (evidence, i)));

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* Evidence waiting for a standard is listed as the file lists it: undated
 * first, then oldest, then in the order it was added. */
static void
test_unlinked_order (void)
{
  g_autoptr(LlwybrPortfolio) portfolio = llwybr_test_new_portfolio ();
  g_autoptr(LlwybrEvidence) spring = add (portfolio, "Gwanwyn", NULL, NULL);
  g_autoptr(LlwybrEvidence) undated = add (portfolio, "Heb ddyddiad", NULL, NULL);
  g_autoptr(LlwybrEvidence) winter = add (portfolio, "Gaeaf", NULL, NULL);
  g_autoptr(LlwybrEvidence) linked = add (portfolio, "Wedi'i gysylltu", "5", "Nodyn");
  g_autoptr(LlwybrEvidence) spring_too = add (portfolio, "Gwanwyn eto", NULL, NULL);
  g_autoptr(LlwybrEvidence) linked_too = add (portfolio, "Hefyd", "5", "Nodyn");
  g_autoptr(GPtrArray) unlinked = NULL;
  g_autoptr(GPtrArray) for_five = NULL;
  g_autoptr(GHashTable) counts = NULL;
  g_autofree char *unlinked_titles = NULL;
  g_autofree char *five_titles = NULL;

  set_date (portfolio, spring, 2025, G_DATE_MARCH, 1);
  set_date (portfolio, winter, 2024, G_DATE_JANUARY, 8);
  set_date (portfolio, spring_too, 2025, G_DATE_MARCH, 1);
  set_date (portfolio, linked, 2025, G_DATE_JUNE, 2);
  set_date (portfolio, linked_too, 2023, G_DATE_JUNE, 2);

  unlinked = llwybr_portfolio_list_unlinked_evidence (portfolio);
  unlinked_titles = titles (unlinked);
  g_assert_cmpstr (unlinked_titles, ==, "Heb ddyddiad;Gaeaf;Gwanwyn;Gwanwyn eto;");

  for_five = llwybr_portfolio_list_evidence_for (portfolio, "5");
  five_titles = titles (for_five);
  g_assert_cmpstr (five_titles, ==, "Hefyd;Wedi'i gysylltu;");
  g_assert_cmpuint (llwybr_portfolio_count_evidence_for (portfolio, "5"), ==, 2);
  counts = llwybr_portfolio_count_evidence_by_standard (portfolio);
  g_assert_cmpuint (g_hash_table_size (counts), ==, 1);
  g_assert_cmpuint (GPOINTER_TO_UINT (g_hash_table_lookup (counts, "5")), ==, 2);
}

/* How much evidence each standard has, as the grid and the standards page
 * show it: kept between calls, and right after each link, unlink and
 * deletion. */
static guint
count_of (LlwybrPortfolio *portfolio,
          const char      *standard)
{
  g_autoptr(GHashTable) changed = llwybr_portfolio_count_evidence_by_standard (portfolio);
  g_autoptr(GHashTable) counts = NULL;

  /* A copy: the caller may change it. */
  g_hash_table_insert (changed, g_strdup (standard), GUINT_TO_POINTER (99));
  counts = llwybr_portfolio_count_evidence_by_standard (portfolio);
  return GPOINTER_TO_UINT (g_hash_table_lookup (counts, standard));
}

static void
test_counts_follow_changes (void)
{
  g_autoptr(LlwybrPortfolio) portfolio = llwybr_test_new_portfolio ();
  g_autoptr(LlwybrEvidence) first = add (portfolio, "Cyntaf", "5", NULL);
  g_autoptr(LlwybrEvidence) second = add (portfolio, "Ail", "5", NULL);
  g_autoptr(LlwybrLink) link = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpuint (count_of (portfolio, "5"), ==, 2);
  g_assert_cmpuint (count_of (portfolio, "12"), ==, 0);

  link = llwybr_portfolio_link_standard (portfolio, first, "12", "Nodyn", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (count_of (portfolio, "12"), ==, 1);

  llwybr_portfolio_unlink_standard (portfolio, link, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (count_of (portfolio, "12"), ==, 0);

  llwybr_portfolio_remove_evidence (portfolio, second, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (count_of (portfolio, "5"), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  llwybr_test_init (&argc, &argv);

  g_test_add_func ("/coverage/next-steps", test_next_steps);
  g_test_add_func ("/coverage/sample", test_sample);
  g_test_add_func ("/coverage/order-and-filter", test_order_and_filter);
  g_test_add_func ("/coverage/certificate", test_certificate);
  g_test_add_func ("/coverage/verdict-steps", test_verdict_steps);
  g_test_add_func ("/coverage/unlinked-order", test_unlinked_order);
  g_test_add_func ("/coverage/counts-follow-changes", test_counts_follow_changes);

  return g_test_run ();
}
