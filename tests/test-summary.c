/* test-summary.c: the PDF summary, read back with poppler
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <poppler.h>

#include "llwybr-test-util.h"

/* poppler-glib 22 defines no autoptr cleanups of its own; newer ones do. */
#if !HAVE_POPPLER_AUTOPTR
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerDocument, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerPage, g_object_unref)
#endif

static PopplerDocument *
export (LlwybrPortfolio       *portfolio,
        LlwybrSummaryLanguage  language,
        gboolean               full)
{
  g_autoptr(LlwybrSummary) summary = llwybr_summary_new (portfolio, language, full);
  g_autofree char *path = llwybr_test_tmp_path ("summary.pdf");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *uri = g_file_get_uri (file);
  g_autoptr(GError) error = NULL;
  PopplerDocument *document;

  llwybr_summary_write_pdf (summary, file, NULL, &error);
  g_assert_no_error (error);
  document = poppler_document_new_from_file (uri, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (poppler_document_get_n_pages (document), ==, llwybr_summary_get_n_pages (summary));

  return document;
}

static char *
all_text (PopplerDocument *document)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (int i = 0; i < poppler_document_get_n_pages (document); i++)
    {
      g_autoptr(PopplerPage) page = poppler_document_get_page (document, i);
      g_autofree char *page_text = poppler_page_get_text (page);

      g_string_append (text, page_text);
      g_string_append_c (text, '\n');
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
collect_outline (PopplerIndexIter *iter,
                 GString          *titles)
{
  do
    {
      PopplerAction *action = poppler_index_iter_get_action (iter);
      PopplerIndexIter *child = poppler_index_iter_get_child (iter);

      if (action->type == POPPLER_ACTION_GOTO_DEST)
        g_string_append_printf (titles, "%s|", action->goto_dest.title);
      poppler_action_free (action);

      if (child != NULL)
        {
          collect_outline (child, titles);
          poppler_index_iter_free (child);
        }
    }
  while (poppler_index_iter_next (iter));
}

static char *
outline (PopplerDocument *document)
{
  PopplerIndexIter *iter = poppler_index_iter_new (document);
  g_autoptr(GString) titles = g_string_new (NULL);

  g_assert_nonnull (iter);
  collect_outline (iter, titles);
  poppler_index_iter_free (iter);

  return g_string_free (g_steal_pointer (&titles), FALSE);
}

static void
test_sample_english (void)
{
  g_autofree char *path = llwybr_test_write_sample ();
  g_autoptr(LlwybrPortfolio) portfolio = llwybr_portfolio_open_read_only (path, NULL);
  g_autoptr(PopplerDocument) document = export (portfolio, LLWYBR_SUMMARY_ENGLISH, FALSE);
  g_autofree char *text = all_text (document);
  g_autofree char *titles = outline (document);
  g_autofree char *title = poppler_document_get_title (document);
  g_autofree char *author = poppler_document_get_author (document);
  g_autofree char *creator = poppler_document_get_creator (document);
  g_autofree char *last_page = NULL;

  g_assert_cmpint (poppler_document_get_n_pages (document), >=, 8);
  g_assert_nonnull (strstr (title, "Mererid Huws"));
  g_assert_cmpstr (author, ==, "Mererid Huws");
  g_assert_true (g_str_has_prefix (creator, "Llwybr"));
  g_assert_cmpint (poppler_document_get_creation_date (document), >, 0);

  for (int i = 1; i <= 33; i++)
    {
      g_autofree char *heading = g_strdup_printf ("Standard %d\n", i);
      g_autofree char *item = g_strdup_printf ("Standard %d|", i);

      g_assert_nonnull (strstr (text, heading));
      g_assert_nonnull (strstr (titles, item));
    }

  g_assert_true (g_str_has_prefix (titles, "Coverage|Standards|Standard 1|"));
  g_assert_nonnull (strstr (titles, "Findings|"));
  g_assert_nonnull (strstr (text, "Standard 5 has no evidence yet."));
  /* The cross-reference grid, then what is left before assessment. */
  g_assert_nonnull (strstr (titles, "Written tasks and documents|Findings|Ready for assessment|"));
  g_assert_nonnull (strstr (text, "4a"));
  g_assert_nonnull (strstr (text, "Task 3 is not written yet."));
  g_assert_nonnull (strstr (text, "No headteacher’s endorsement recorded"));
  /* Welsh letters survive into the text layer. */
  g_assert_nonnull (strstr (text, "ŵ"));
  g_assert_nonnull (strstr (text, "â"));
  last_page = g_strdup_printf ("Page %d of %d", poppler_document_get_n_pages (document),
                               poppler_document_get_n_pages (document));
  g_assert_nonnull (strstr (text, last_page));
}

static void
test_sample_welsh (void)
{
  g_autofree char *path = llwybr_test_write_sample ();
  g_autoptr(LlwybrPortfolio) portfolio = llwybr_portfolio_open_read_only (path, NULL);
  g_autoptr(PopplerDocument) welsh = export (portfolio, LLWYBR_SUMMARY_WELSH, FALSE);
  g_autoptr(PopplerDocument) both = export (portfolio, LLWYBR_SUMMARY_BILINGUAL, FALSE);
  g_autofree char *text = all_text (welsh);
  g_autofree char *titles = outline (welsh);
  g_autofree char *both_text = all_text (both);

  g_assert_nonnull (strstr (text, "Crynodeb o'r portffolio"));
  g_assert_nonnull (strstr (text, "Cwmpas"));
  g_assert_nonnull (strstr (text, "Tudalen 1 o"));
  g_assert_nonnull (strstr (text, "Safon 23\n"));
  g_assert_nonnull (strstr (text, "disgwyl llawer gan blant"));
  g_assert_nonnull (strstr (text, "Nid yw Tasg 3 wedi’i hysgrifennu eto."));
  g_assert_null (strstr (text, "have high expectations"));
  g_assert_null (strstr (text, "Task 3 is not written yet."));
  g_assert_true (g_str_has_prefix (titles, "Cwmpas|Safonau|Safon 1|"));

  /* Bilingual: Welsh first, English after, both complete. */
  g_assert_nonnull (strstr (both_text, "Cwmpas / Coverage"));
  g_assert_nonnull (strstr (both_text, "disgwyl llawer gan blant"));
  g_assert_nonnull (strstr (both_text, "have high expectations"));
  g_assert_true (strstr (both_text, "disgwyl llawer gan blant") < strstr (both_text, "have high expectations"));
}

/* The coverage grid links each square to its standard's section. */
static void
test_links (void)
{
  g_autofree char *path = llwybr_test_write_sample ();
  g_autoptr(LlwybrPortfolio) portfolio = llwybr_portfolio_open_read_only (path, NULL);
  g_autoptr(PopplerDocument) document = export (portfolio, LLWYBR_SUMMARY_ENGLISH, FALSE);
  g_autoptr(PopplerPage) cover = poppler_document_get_page (document, 0);
  GList *links = poppler_page_get_link_mapping (cover);
  guint resolved = 0;

  for (GList *l = links; l != NULL; l = l->next)
    {
      PopplerLinkMapping *mapping = l->data;
      PopplerDest *dest;

      g_assert_cmpint (mapping->action->type, ==, POPPLER_ACTION_GOTO_DEST);
      dest = mapping->action->goto_dest.dest;
      if (dest->type == POPPLER_DEST_NAMED)
        dest = poppler_document_find_dest (document, dest->named_dest);
      else
        dest = poppler_dest_copy (dest);
      g_assert_nonnull (dest);
      g_assert_cmpint (dest->page_num, >, 1);
      poppler_dest_free (dest);
      resolved++;
    }

  poppler_page_free_link_mapping (links);
  g_assert_cmpuint (resolved, ==, 33);
}

/* The plan, when there is one, with its roles and steps. */
static void
test_plan (void)
{
  g_autoptr(LlwybrPortfolio) portfolio = llwybr_test_new_portfolio ();
  g_autoptr(LlwybrPlanStep) step = llwybr_plan_step_new (LLWYBR_PLAN_STEP_QUALIFICATION, "Tystysgrif Lefel 3");
  g_autoptr(PopplerDocument) document = NULL;
  g_autofree char *text = NULL;
  g_autofree char *titles = NULL;

  g_assert_true (llwybr_portfolio_set_current_role (portfolio, "ta2", NULL));
  g_assert_true (llwybr_portfolio_set_target_role (portfolio, "ta4", NULL));
  g_object_set (step, "credits", 30, "status", LLWYBR_PLAN_STEP_IN_PROGRESS, NULL);
  g_assert_true (llwybr_portfolio_add_plan_step (portfolio, step, NULL));

  document = export (portfolio, LLWYBR_SUMMARY_ENGLISH, FALSE);
  text = all_text (document);
  titles = outline (document);
  g_assert_nonnull (strstr (titles, "Qualification plan|"));
  g_assert_nonnull (strstr (text, "Teaching Assistant level 4"));
  g_assert_nonnull (strstr (text, "1. Tystysgrif Lefel 3 — In progress, 300 hours"));
}

/* A mentor's verdict shows under its standard, her comment under the
 * evidence, her sign-off on the cover; in Welsh, in Welsh. */
static void
test_reviews (void)
{
  g_autoptr(LlwybrPortfolio) portfolio = llwybr_test_new_portfolio ();
  g_autoptr(LlwybrEvidence) evidence = llwybr_evidence_new ();
  g_autoptr(LlwybrLink) link = NULL;
  g_autoptr(LlwybrReview) comment = NULL, verdict = NULL, sign_off = NULL;
  g_autoptr(PopplerDocument) english = NULL, welsh = NULL;
  g_autofree char *text = NULL;
  g_autofree char *cy_text = NULL;
  g_autoptr(GError) error = NULL;

  llwybr_evidence_set_title (evidence, "Grŵp darllen Coch");
  g_assert_true (llwybr_portfolio_add_evidence (portfolio, evidence, NULL));
  link = llwybr_portfolio_link_standard (portfolio, evidence, "4", "", NULL);
  comment = llwybr_portfolio_review_evidence (portfolio, evidence, "Say which pupils.", "Eleri Rowlands", NULL, &error);
  verdict = llwybr_portfolio_review_standard (portfolio, "4", LLWYBR_VERDICT_PARTLY_MET, "One more example.",
                                              "Eleri Rowlands", "Class teacher", &error);
  sign_off = llwybr_portfolio_sign_off (portfolio, "Ready soon.", "Eleri Rowlands", "Class teacher", &error);
  g_assert_no_error (error);

  english = export (portfolio, LLWYBR_SUMMARY_ENGLISH, FALSE);
  text = all_text (english);
  g_assert_nonnull (strstr (text, "Mentor’s verdict: Partly met (Eleri Rowlands, Class teacher,"));
  g_assert_nonnull (strstr (text, "One more example."));
  g_assert_nonnull (strstr (text, "Mentor’s comment (Eleri Rowlands,"));
  g_assert_nonnull (strstr (text, "Say which pupils."));
  g_assert_nonnull (strstr (text, "Review signed off by Eleri Rowlands, Class teacher,"));
  /* The sign-off is on the cover, before the standards. */
  g_assert_true (strstr (text, "Review signed off") < strstr (text, "Mentor’s verdict"));

  welsh = export (portfolio, LLWYBR_SUMMARY_WELSH, FALSE);
  cy_text = all_text (welsh);
  g_assert_nonnull (strstr (cy_text, "Dyfarniad y mentor: Wedi’i chyflawni’n rhannol"));
  g_assert_null (strstr (cy_text, "Partly met"));
}

/* In both languages the labels are bilingual, but the TA's note on why a
 * piece shows its standard is her own words, and appears once. */
static void
test_bilingual_annotation (void)
{
  g_autoptr(LlwybrPortfolio) portfolio = llwybr_test_new_portfolio ();
  g_autoptr(LlwybrEvidence) evidence = llwybr_evidence_new ();
  g_autoptr(LlwybrLink) link = NULL;
  g_autoptr(PopplerDocument) document = NULL;
  g_autofree char *text = NULL;
  const char *expected = "Pam mae'n dangos y safon hon / Why it shows this standard: Cynllunio gyda'r athro";
  const char *note;

  llwybr_evidence_set_title (evidence, "Grŵp darllen Coch");
  g_assert_true (llwybr_portfolio_add_evidence (portfolio, evidence, NULL));
  link = llwybr_portfolio_link_standard (portfolio, evidence, "4", "Cynllunio gyda'r athro", NULL);

  document = export (portfolio, LLWYBR_SUMMARY_BILINGUAL, FALSE);
  text = all_text (document);
  note = strstr (text, expected);
  g_assert_nonnull (note);
  g_assert_null (strstr (note + strlen (expected), "Cynllunio gyda'r athro"));
}

/* An empty portfolio still makes a document that says so. */
static void
test_empty (void)
{
  g_autoptr(LlwybrPortfolio) portfolio = llwybr_test_new_portfolio ();
  g_autoptr(PopplerDocument) document = export (portfolio, LLWYBR_SUMMARY_ENGLISH, TRUE);
  g_autofree char *text = all_text (document);

  g_assert_cmpint (poppler_document_get_n_pages (document), >=, 2);
  g_assert_nonnull (strstr (text, "Standards with evidence: 0 of 33"));
  g_assert_nonnull (strstr (text, "Standard 33 has no evidence yet."));
}

/* A 5,000-word reflection breaks across pages and loses no line. */
static void
test_long_reflection (void)
{
  g_autoptr(LlwybrPortfolio) portfolio = llwybr_test_new_portfolio ();
  g_autoptr(LlwybrEvidence) evidence = llwybr_evidence_new ();
  g_autoptr(LlwybrLink) link = NULL;
  g_autoptr(GString) reflection = g_string_new (NULL);
  g_autoptr(PopplerDocument) document = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GString) flat = NULL;

  for (int i = 1; i <= 1000; i++)
    g_string_append_printf (reflection, "Brawddeg %d am y dysgu. ", i);
  g_assert_true (llwybr_portfolio_set_owner (portfolio, "Nia Jones", NULL));
  g_assert_true (llwybr_portfolio_set_title (portfolio, "Portffolio prawf", NULL));
  llwybr_evidence_set_title (evidence, "Myfyrdod hir");
  llwybr_evidence_set_reflection (evidence, reflection->str);
  g_assert_true (llwybr_portfolio_add_evidence (portfolio, evidence, NULL));
  link = llwybr_portfolio_link_standard (portfolio, evidence, "7", "Dysgu o adborth", NULL);

  document = export (portfolio, LLWYBR_SUMMARY_WELSH, TRUE);
  text = all_text (document);

  /* The text as a reader follows it, without the running header and the
   * page numbers that stand between one page and the next. */
  flat = g_string_new (NULL);
  {
    g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

    for (guint i = 0; lines[i] != NULL; i++)
      if (!g_str_has_prefix (lines[i], "Tudalen ") && !g_str_equal (lines[i], "Nia Jones — Portffolio prawf"))
        g_string_append_printf (flat, "%s ", lines[i]);
  }

  g_assert_cmpint (poppler_document_get_n_pages (document), >=, 8);
  for (int i = 1; i <= 1000; i++)
    {
      g_autofree char *sentence = g_strdup_printf ("Brawddeg %d am y dysgu.", i);

      if (strstr (flat->str, sentence) == NULL)
        g_error ("lost: %s", sentence);
    }
}

int
main (int   argc,
      char *argv[])
{
  llwybr_test_init (&argc, &argv);

  g_test_add_func ("/summary/sample-english", test_sample_english);
  g_test_add_func ("/summary/sample-welsh", test_sample_welsh);
  g_test_add_func ("/summary/links", test_links);
  g_test_add_func ("/summary/bilingual-annotation", test_bilingual_annotation);
  g_test_add_func ("/summary/empty", test_empty);
  g_test_add_func ("/summary/plan", test_plan);
  g_test_add_func ("/summary/reviews", test_reviews);
  g_test_add_func ("/summary/long-reflection", test_long_reflection);

  return g_test_run ();
}
