/* test-sample.c: the sample portfolio is one a TA would believe
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "llwybr-test-util.h"

static void
test_sample (void)
{
  g_autofree char *path = llwybr_test_write_sample ();
  g_autoptr(LlwybrPortfolio) portfolio = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) counts = NULL;
  GListModel *evidence;
  GListModel *standards;
  guint covered = 0, attachments = 0, welsh = 0;

  portfolio = llwybr_portfolio_open_read_only (path, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (llwybr_portfolio_get_uuid (portfolio), ==, LLWYBR_SAMPLE_UUID);
  g_assert_cmpstr (llwybr_portfolio_get_owner (portfolio), !=, "");
  g_assert_cmpstr (llwybr_portfolio_get_school (portfolio), !=, "");

  evidence = llwybr_portfolio_get_evidence (portfolio);
  g_assert_cmpuint (g_list_model_get_n_items (evidence), >=, 23);
  g_assert_cmpuint (g_list_model_get_n_items (evidence), <=, 27);

  for (guint i = 0; i < g_list_model_get_n_items (evidence); i++)
    {
      g_autoptr(LlwybrEvidence) piece = g_list_model_get_item (evidence, i);
      g_autoptr(GListModel) links = llwybr_portfolio_list_links (portfolio, piece);
      g_autoptr(GListModel) files = llwybr_portfolio_list_attachments (portfolio, piece);
      const char *reflection = llwybr_evidence_get_reflection (piece);

      g_assert_nonnull (llwybr_evidence_get_date (piece));
      g_assert_cmpuint (g_utf8_strlen (reflection, -1), >, 300);
      g_assert_cmpuint (g_list_model_get_n_items (links), >=, 1);

      for (guint j = 0; j < g_list_model_get_n_items (links); j++)
        {
          g_autoptr(LlwybrLink) link = g_list_model_get_item (links, j);

          g_assert_cmpstr (llwybr_link_get_annotation (link), !=, "");
        }

      /* Every attachment reads back whole. */
      for (guint j = 0; j < g_list_model_get_n_items (files); j++)
        {
          g_autoptr(LlwybrAttachment) attachment = g_list_model_get_item (files, j);
          g_autoptr(GOutputStream) out = g_memory_output_stream_new_resizable ();

          llwybr_portfolio_read_attachment (portfolio, attachment, out, NULL, &error);
          g_assert_no_error (error);
          attachments++;
        }

      if (strstr (reflection, "ŵ") || strstr (reflection, "â") || strstr (reflection, "ŷ"))
        welsh++;
    }

  g_assert_cmpuint (attachments, >=, 3);
  g_assert_cmpuint (welsh, >=, 5);

  /* Most standards have evidence, and a few do not, so the TA has
   * something to find. */
  standards = llwybr_framework_get_standards (llwybr_portfolio_get_framework (portfolio));
  counts = llwybr_portfolio_count_evidence_by_standard (portfolio);
  for (guint i = 0; i < g_list_model_get_n_items (standards); i++)
    {
      g_autoptr(LlwybrStandard) standard = g_list_model_get_item (standards, i);

      const char *code = llwybr_standard_get_code (standard);
      guint count = llwybr_portfolio_count_evidence_for (portfolio, code);

      /* All at once, as the overview counts them, or one by one. */
      g_assert_cmpuint (GPOINTER_TO_UINT (g_hash_table_lookup (counts, code)), ==, count);
      if (count > 0)
        covered++;
    }
  g_assert_cmpuint (covered, >=, 25);
  g_assert_cmpuint (covered, <, 33);
}

int
main (int   argc,
      char *argv[])
{
  llwybr_test_init (&argc, &argv);

  g_test_add_func ("/sample/believable", test_sample);

  return g_test_run ();
}
