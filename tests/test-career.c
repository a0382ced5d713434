/* test-career.c: the career framework pack and the planner's suggestions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "llwybr-test-util.h"

static LlwybrCareer *
load (void)
{
  g_autoptr(GError) error = NULL;
  LlwybrCareer *career = llwybr_career_new_default (&error);

  g_assert_no_error (error);
  return career;
}

/* Everything the seed describes is there, in both languages, and the
 * credits keep to the seed's own definition of the sizes. */
static void
test_pack (void)
{
  g_autoptr(LlwybrCareer) career = load ();
  static const char *roles[] = { "ta1", "ta2", "ta3", "ta4", "ta5", "asna1", "asna2", "asna3" };

  g_assert_cmpint (llwybr_career_get_credit_hours (career), ==, 10);
  g_assert_cmpuint (llwybr_career_get_n_roles (career), ==, G_N_ELEMENTS (roles));
  /* The seed says "11 core modules" but lists ten; the pack has the ten it
   * names and invents none. */
  g_assert_cmpuint (llwybr_career_get_n_training_modules (career, TRUE), ==, 10);
  g_assert_cmpuint (llwybr_career_get_n_training_modules (career, FALSE), ==, 4);

  for (guint i = 0; i < G_N_ELEMENTS (roles); i++)
    {
      const LlwybrCareerRole *role = llwybr_career_get_role (career, i);

      g_assert_cmpstr (role->id, ==, roles[i]);
      g_assert_cmpuint (role->duties->len, >, 0);
      g_assert_cmpstr (role->title[LLWYBR_LANGUAGE_CY], !=, role->title[LLWYBR_LANGUAGE_EN]);
    }

  for (guint i = 0; i < llwybr_career_get_n_qualifications (career); i++)
    {
      const LlwybrCareerQualification *qualification = llwybr_career_get_qualification (career, i);

      if (qualification->credits < 0 || qualification->size == NULL)
        continue;
      if (g_str_equal (qualification->size, "award"))
        g_assert_cmpint (qualification->credits, <=, 12);
      else if (g_str_equal (qualification->size, "certificate"))
        g_assert_true (qualification->credits >= 13 && qualification->credits <= 36);
      else if (g_str_equal (qualification->size, "diploma"))
        g_assert_cmpint (qualification->credits, >=, 37);
    }
}

static guint
count_kind (GPtrArray            *suggestions,
            LlwybrSuggestionKind  kind)
{
  guint n = 0;

  for (guint i = 0; i < suggestions->len; i++)
    n += ((LlwybrSuggestion *)g_ptr_array_index (suggestions, i))->kind == kind;

  return n;
}

/* Every pair of roles: the suggestions exist in the catalogue, come once
 * each, leave out what is done, and ask for Level 2 English and maths
 * exactly when the target works at HLTA level and no certificate is in. */
static void
test_suggestions (void)
{
  g_autoptr(LlwybrCareer) career = load ();
  guint n = llwybr_career_get_n_roles (career);

  for (guint a = 0; a <= n; a++)
    for (guint b = 0; b < n; b++)
      for (guint certificate = 0; certificate < 2; certificate++)
        {
          const LlwybrCareerRole *from = a < n ? llwybr_career_get_role (career, a) : NULL;
          const LlwybrCareerRole *to = llwybr_career_get_role (career, b);
          g_autoptr(GPtrArray) suggestions = llwybr_career_suggest (career, from ? from->id : NULL, to->id, NULL, certificate);
          g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
          gboolean hlta_level = to->level >= 4 && g_str_equal (to->track, "ta");

          g_assert_cmpuint (count_kind (suggestions, LLWYBR_SUGGESTION_CPD), ==, to->cpd->len);
          g_assert_cmpuint (count_kind (suggestions, LLWYBR_SUGGESTION_REQUIREMENT) > 0, ==, hlta_level && !certificate);
          g_assert_cmpuint (count_kind (suggestions, LLWYBR_SUGGESTION_HLTA_PREPARATION), ==, hlta_level);

          for (guint i = 0; i < suggestions->len; i++)
            {
              LlwybrSuggestion *suggestion = g_ptr_array_index (suggestions, i);

              g_assert_cmpstr (suggestion->text[LLWYBR_LANGUAGE_EN], !=, "");
              g_assert_cmpstr (suggestion->text[LLWYBR_LANGUAGE_CY], !=, "");
              if (suggestion->qualification == NULL)
                continue;
              g_assert_nonnull (llwybr_career_lookup_qualification (career, suggestion->qualification));
              g_assert_false (g_hash_table_contains (seen, suggestion->qualification));
              g_hash_table_add (seen, suggestion->qualification);
            }
        }
}

/* A TA at level 2 aiming at level 4: the level 3 qualifications, then the
 * CPD, then Level 2 English and maths, then HLTA preparation; what her
 * plan has is not suggested again. */
static void
test_ta2_to_ta4 (void)
{
  g_autoptr(LlwybrCareer) career = load ();
  g_autoptr(GPtrArray) all = llwybr_career_suggest (career, "ta2", "ta4", NULL, FALSE);
  g_autoptr(GHashTable) done = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) rest = NULL;
  LlwybrSuggestion *first = g_ptr_array_index (all, 0);
  LlwybrSuggestion *last = g_ptr_array_index (all, all->len - 1);
  LlwybrSuggestion *before_last = g_ptr_array_index (all, all->len - 2);
  LlwybrSuggestion *qualification = NULL;

  g_assert_cmpint (first->kind, ==, LLWYBR_SUGGESTION_QUALIFICATION);
  g_assert_cmpint (before_last->kind, ==, LLWYBR_SUGGESTION_REQUIREMENT);
  g_assert_cmpint (last->kind, ==, LLWYBR_SUGGESTION_HLTA_PREPARATION);
  for (guint i = 0; i < all->len && qualification == NULL; i++)
    if (((LlwybrSuggestion *)g_ptr_array_index (all, i))->kind == LLWYBR_SUGGESTION_QUALIFICATION)
      qualification = g_ptr_array_index (all, i);
  g_assert_nonnull (qualification);

  g_hash_table_add (done, qualification->qualification);
  rest = llwybr_career_suggest (career, "ta2", "ta4", done, FALSE);
  g_assert_cmpuint (rest->len, ==, all->len - 1);
}

int
main (int   argc,
      char *argv[])
{
  llwybr_test_init (&argc, &argv);

  g_test_add_func ("/career/pack", test_pack);
  g_test_add_func ("/career/suggestions", test_suggestions);
  g_test_add_func ("/career/ta2-to-ta4", test_ta2_to_ta4);

  return g_test_run ();
}
