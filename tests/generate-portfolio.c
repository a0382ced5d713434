/* generate-portfolio.c: a large portfolio, for benchmarks and for trying
 * the app at scale
 *
 * Usage: generate-portfolio [--seed S] [--attachments-mb M] N OUT.llwybr
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "llwybr-bench-util.h"

int
main (int   argc,
      char *argv[])
{
  gint64 seed = 2026;
  int attachments_mb = 0;
  const GOptionEntry entries[] = {
    { "seed", 0, 0, G_OPTION_ARG_INT64, &seed, "The seed of the generator (2026)", "S" },
    { "attachments-mb", 0, 0, G_OPTION_ARG_INT, &attachments_mb, "Megabytes of attachments to add (0)", "M" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("N OUT.llwybr");
  g_autoptr(LlwybrPortfolio) portfolio = NULL;
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();
  guint64 n;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || argc != 3 ||
      !g_ascii_string_to_unsigned (argv[1], 10, 0, 1000000, &n, NULL) || attachments_mb < 0)
    {
      g_autofree char *help = g_option_context_get_help (context, TRUE, NULL);

      g_printerr ("%s\n", error ? error->message : help);
      return 2;
    }

  /* Never on top of a portfolio someone cares about. */
  if (g_file_test (argv[2], G_FILE_TEST_EXISTS))
    {
      g_printerr ("%s exists already\n", argv[2]);
      return 1;
    }

  if (!(portfolio = llwybr_bench_generate (argv[2], seed, n, attachments_mb, &error)))
    {
      g_printerr ("%s\n", error->message);
      g_unlink (argv[2]);
      return 1;
    }

  g_print ("%s: %" G_GUINT64_FORMAT " pieces of evidence, %u attachments, written in %.1f s\n",
           argv[2], n, llwybr_portfolio_count_attachments (portfolio),
           (g_get_monotonic_time () - start) / 1e6);
  return 0;
}
