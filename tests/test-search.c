/* test-search.c: full-text search over evidence
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "llwybr-test-util.h"

static LlwybrEvidence *
add (LlwybrPortfolio *portfolio,
     const char      *title,
     const char      *reflection)
{
  g_autoptr(GError) error = NULL;
  LlwybrEvidence *evidence = llwybr_evidence_new ();

  g_object_set (evidence, "title", title, "reflection", reflection, NULL);
  llwybr_portfolio_add_evidence (portfolio, evidence, &error);
  g_assert_no_error (error);

  return evidence;
}

static int
compare_titles (gconstpointer a,
                gconstpointer b)
{
  return g_strcmp0 (llwybr_evidence_get_title (*(LlwybrEvidence **)a),
                    llwybr_evidence_get_title (*(LlwybrEvidence **)b));
}

/* The titles found for @query, sorted, joined by "|". */
static char *
search (LlwybrPortfolio *portfolio,
        const char      *query)
{
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) titles = g_string_new (NULL);

  found = llwybr_portfolio_search (portfolio, query, &error);
  g_assert_no_error (error);
  g_ptr_array_sort (found, compare_titles);

  for (guint i = 0; i < found->len; i++)
    g_string_append_printf (titles, "%s%s", i ? "|" : "",
                            llwybr_evidence_get_title (g_ptr_array_index (found, i)));

  return g_string_free (g_steal_pointer (&titles), FALSE);
}

static void
test_diacritics (void)
{
  g_autoptr(LlwybrPortfolio) portfolio = llwybr_test_new_portfolio ();
  g_autoptr(LlwybrEvidence) a = add (portfolio, "Ymweliad Mam-gu", "Daeth ŵyr Mrs Jones i'r dosbarth.");
  g_autoptr(LlwybrEvidence) b = add (portfolio, "Gwyddoniaeth", "Arbrawf dŵr ac iâ gyda grŵp bach.");
  static const struct {
    const char *query;
    const char *expect;
  } cases[] = {
    { "wyr", "Ymweliad Mam-gu" },
    { "ŵyr", "Ymweliad Mam-gu" },
    { "WYR", "Ymweliad Mam-gu" },
    { "dwr", "Gwyddoniaeth" },
    { "dŵr", "Gwyddoniaeth" },
    { "ia", "Gwyddoniaeth" },
    /* Typed letter by letter: every word is a prefix. */
    { "d", "Gwyddoniaeth|Ymweliad Mam-gu" },
    { "dŵ", "Gwyddoniaeth" },
    { "grw ba", "Gwyddoniaeth" },
    { "grŵp jones", "" },
    { "   ", "" },
    /* FTS5 syntax from the user is text, never a query operator. */
    { "\"wyr", "Ymweliad Mam-gu" },
    { "wyr OR dwr", "" },
    { "NEAR(wyr", "" },
    { "wyr*)", "Ymweliad Mam-gu" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *found = search (portfolio, cases[i].query);

      if (g_strcmp0 (found, cases[i].expect) != 0)
        g_error ("“%s” found “%s”, expected “%s”", cases[i].query, found, cases[i].expect);
    }
}

/* The index follows edits, annotations and deletions. */
static void
test_follows_edits (void)
{
  g_autoptr(LlwybrPortfolio) portfolio = llwybr_test_new_portfolio ();
  g_autoptr(LlwybrEvidence) evidence = add (portfolio, "Circle time", "We talked about feelings.");
  g_autoptr(LlwybrLink) link = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = search (portfolio, "feelings");
  g_autofree char *edited = NULL;
  g_autofree char *old_word = NULL;
  g_autofree char *annotated = NULL;
  g_autofree char *unlinked = NULL;
  g_autofree char *removed = NULL;

  g_assert_cmpstr (before, ==, "Circle time");

  llwybr_evidence_set_reflection (evidence, "We talked about friendship.");
  llwybr_portfolio_save_evidence (portfolio, evidence, &error);
  g_assert_no_error (error);
  edited = search (portfolio, "friendship");
  old_word = search (portfolio, "feelings");
  g_assert_cmpstr (edited, ==, "Circle time");
  g_assert_cmpstr (old_word, ==, "");

  link = llwybr_portfolio_link_standard (portfolio, evidence, "26", "Strategaethau ymddygiad cadarnhaol", &error);
  g_assert_no_error (error);
  annotated = search (portfolio, "ymddygiad");
  g_assert_cmpstr (annotated, ==, "Circle time");

  llwybr_portfolio_unlink_standard (portfolio, link, &error);
  g_assert_no_error (error);
  unlinked = search (portfolio, "ymddygiad");
  g_assert_cmpstr (unlinked, ==, "");

  llwybr_portfolio_remove_evidence (portfolio, evidence, &error);
  g_assert_no_error (error);
  removed = search (portfolio, "friendship");
  g_assert_cmpstr (removed, ==, "");
}

/* A search for the radical finds the mutated forms of a word. */
static void
test_mutations (void)
{
  g_autoptr(LlwybrPortfolio) portfolio = llwybr_test_new_portfolio ();
  g_autoptr(LlwybrEvidence) a = add (portfolio, "Mynd â'r chŵn am dro", "Roedd y plant yn hapus.");
  g_autoptr(LlwybrEvidence) b = add (portfolio, "Noson rieni", "Siaradais â fy mhlant am eu gwaith yn y dosbarth.");
  g_autoptr(LlwybrEvidence) c = add (portfolio, "Ymweliad", "Aethon ni i'w thŷ hi, ac i'r ardd gymunedol yn Nghaerdydd.");
  g_autoptr(LlwybrEvidence) d = add (portfolio, "Ei hysgol newydd", "Symudodd i ddosbarth arall a chafodd fagiau newydd.");
  static const struct {
    const char *query;
    const char *expect;
  } cases[] = {
    /* aspirate: ch, ph, th */
    { "cwn", "Mynd â'r chŵn am dro" },
    { "cŵn", "Mynd â'r chŵn am dro" },
    { "ty", "Ymweliad" },
    /* nasal: mh, ngh, nh, ng, m, n */
    { "plant", "Mynd â'r chŵn am dro|Noson rieni" },
    { "caerdydd", "Ymweliad" },
    /* soft: g dropped, d → dd, b → f, g from c, rh → r */
    { "gardd", "Ymweliad" },
    { "cymunedol", "Ymweliad" },
    { "dosbarth", "Ei hysgol newydd|Noson rieni" },
    { "bagiau", "Ei hysgol newydd" },
    { "rhieni", "Noson rieni" },
    /* h before a vowel */
    { "ysgol", "Ei hysgol newydd" },
    /* the mutated form is still found as typed */
    { "mhlant", "Noson rieni" },
    /* a prefix of a radical, as the user types */
    { "cae", "Ymweliad" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *found = search (portfolio, cases[i].query);

      if (g_strcmp0 (found, cases[i].expect) != 0)
        g_error ("“%s” found “%s”, expected “%s”", cases[i].query, found, cases[i].expect);
    }
}

static void
test_radicals (void)
{
  static const struct {
    const char *text;
    const char *radicals;
  } cases[] = {
    { "chŵn", "cŵn" },
    { "fy mhlant", "plant" },
    { "yng Nghaerdydd", "gyng caerdydd" },
    { "ei thŷ", "tŷ" },
    { "ardd", "gardd" },
    { "fagiau", "bagiau magiau" },
    { "a y yn", "" },
    { "Cymraeg", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *radicals = llwybr_language_radicals (cases[i].text);

      g_assert_cmpstr (radicals, ==, cases[i].radicals);
    }
}

int
main (int   argc,
      char *argv[])
{
  llwybr_test_init (&argc, &argv);

  g_test_add_func ("/search/diacritics", test_diacritics);
  g_test_add_func ("/search/follows-edits", test_follows_edits);
  g_test_add_func ("/search/mutations", test_mutations);
  g_test_add_func ("/search/radicals", test_radicals);

  return g_test_run ();
}
