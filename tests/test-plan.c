/* test-plan.c: the qualification plan in the portfolio
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "llwybr-test-util.h"

static LlwybrPlanStep *
add_step (LlwybrPortfolio    *portfolio,
          LlwybrPlanStepKind  kind,
          const char         *title)
{
  g_autoptr(GError) error = NULL;
  LlwybrPlanStep *step = llwybr_plan_step_new (kind, title);

  llwybr_portfolio_add_plan_step (portfolio, step, &error);
  g_assert_no_error (error);

  return step;
}

static char *
titles (LlwybrPortfolio *portfolio)
{
  GListModel *steps = llwybr_portfolio_get_plan_steps (portfolio);
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (steps); i++)
    {
      g_autoptr(LlwybrPlanStep) step = g_list_model_get_item (steps, i);
      g_autofree char *title = NULL;

      g_object_get (step, "title", &title, NULL);
      g_string_append_printf (text, "%s%s", i ? "|" : "", title);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
test_round_trip (void)
{
  g_autoptr(LlwybrPortfolio) portfolio = llwybr_test_new_portfolio ();
  g_autoptr(LlwybrPortfolio) reopened = NULL;
  g_autoptr(LlwybrPlanStep) certificate = add_step (portfolio, LLWYBR_PLAN_STEP_QUALIFICATION, "Tystysgrif Lefel 3");
  g_autoptr(LlwybrPlanStep) cpd = add_step (portfolio, LLWYBR_PLAN_STEP_CPD, "Cwrs ADY");
  g_autoptr(LlwybrPlanStep) maths = add_step (portfolio, LLWYBR_PLAN_STEP_REQUIREMENT, "Level 2 maths");
  g_autoptr(LlwybrPlanStep) read = NULL;
  g_autoptr(GDate) start = g_date_new_dmy (1, G_DATE_SEPTEMBER, 2026);
  g_autoptr(GDate) target = g_date_new_dmy (31, G_DATE_JULY, 2027);
  g_autoptr(GDate) read_start = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *order = NULL;
  g_autofree char *reordered = NULL;
  g_autofree char *read_title = NULL, *provider = NULL, *notes = NULL, *qualification = NULL, *cost = NULL;
  LlwybrPlanStepStatus status;
  int credits, hours;

  g_assert_true (llwybr_portfolio_set_current_role (portfolio, "ta2", &error));
  g_assert_true (llwybr_portfolio_set_target_role (portfolio, "ta4", &error));

  g_object_set (certificate, "status", LLWYBR_PLAN_STEP_IN_PROGRESS, "start-date", start, "target-date", target,
                "credits", 30, "qualification", "l3-cert-stl", "provider", "Coleg Cambria",
                "cost", "£450", "notes", "Dydd Mercher", NULL);
  g_assert_true (llwybr_portfolio_save_plan_step (portfolio, certificate, &error));
  g_assert_no_error (error);

  /* Hours come from credits, 10 a credit, until the TA enters her own. */
  g_assert_cmpint (llwybr_plan_step_get_hours_for (certificate, 10), ==, 300);
  g_object_set (cpd, "hours", 6, NULL);
  g_assert_cmpint (llwybr_plan_step_get_hours_for (cpd, 10), ==, 6);
  g_assert_cmpint (llwybr_plan_step_get_hours_for (maths, 10), ==, 0);
  g_assert_true (llwybr_portfolio_save_plan_step (portfolio, cpd, &error));

  g_assert_true (llwybr_portfolio_move_plan_step (portfolio, maths, 0, &error));
  order = titles (portfolio);
  g_assert_cmpstr (order, ==, "Level 2 maths|Tystysgrif Lefel 3|Cwrs ADY");

  reopened = llwybr_portfolio_open (llwybr_portfolio_get_path (portfolio), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (llwybr_portfolio_get_current_role (reopened), ==, "ta2");
  g_assert_cmpstr (llwybr_portfolio_get_target_role (reopened), ==, "ta4");
  reordered = titles (reopened);
  g_assert_cmpstr (reordered, ==, "Level 2 maths|Tystysgrif Lefel 3|Cwrs ADY");

  read = g_list_model_get_item (llwybr_portfolio_get_plan_steps (reopened), 1);
  g_object_get (read, "title", &read_title, "status", &status, "start-date", &read_start, "credits", &credits,
                "hours", &hours, "qualification", &qualification, "provider", &provider, "cost", &cost,
                "notes", &notes, NULL);
  g_assert_cmpstr (read_title, ==, "Tystysgrif Lefel 3");
  g_assert_cmpint (status, ==, LLWYBR_PLAN_STEP_IN_PROGRESS);
  g_assert_cmpint (g_date_compare (read_start, start), ==, 0);
  g_assert_cmpint (credits, ==, 30);
  g_assert_cmpint (hours, ==, -1);
  g_assert_cmpstr (qualification, ==, "l3-cert-stl");
  g_assert_cmpstr (provider, ==, "Coleg Cambria");
  g_assert_cmpstr (cost, ==, "£450");
  g_assert_cmpstr (notes, ==, "Dydd Mercher");
  g_assert_cmpstr (llwybr_plan_step_get_uuid (read), ==, llwybr_plan_step_get_uuid (certificate));

  g_assert_true (llwybr_portfolio_remove_plan_step (reopened, read, &error));
  g_clear_object (&reopened);
  reopened = llwybr_portfolio_open (llwybr_portfolio_get_path (portfolio), &error);
  g_clear_pointer (&reordered, g_free);
  reordered = titles (reopened);
  g_assert_cmpstr (reordered, ==, "Level 2 maths|Cwrs ADY");
}

int
main (int   argc,
      char *argv[])
{
  llwybr_test_init (&argc, &argv);

  g_test_add_func ("/plan/round-trip", test_round_trip);

  return g_test_run ();
}
