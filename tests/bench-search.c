/* bench-search.c: search latency over a large portfolio, as a TA types
 *
 * Generates a portfolio of N pieces of evidence (llwybr-bench-util.c),
 * then runs the core search for every prefix of a set of queries, as
 * search-as-you-type does, five times, and reports p50, p95 and max in
 * milliseconds for each run, as a line of JSON.
 *
 * Usage: bench-search [N]
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "llwybr-bench-util.h"

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *)a, y = *(const double *)b;

  return (x > y) - (x < y);
}

static void
type_query (LlwybrPortfolio *portfolio,
            const char      *query,
            GArray          *times)
{
  for (const char *p = query; *p; p = g_utf8_next_char (p))
    {
      g_autofree char *prefix = g_strndup (query, g_utf8_next_char (p) - query);
      g_autoptr(GPtrArray) hits = NULL;
      g_autoptr(GError) error = NULL;
      gint64 start = g_get_monotonic_time ();
      double ms;

      hits = llwybr_portfolio_search (portfolio, prefix, &error);
      g_assert_no_error (error);
      ms = (g_get_monotonic_time () - start) / 1e3;
      g_array_append_val (times, ms);
    }
}

static double
percentile (GArray *times,
            double  fraction)
{
  return g_array_index (times, double, (guint)((times->len - 1) * fraction));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(LlwybrPortfolio) portfolio = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("llwybr-bench-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "bench.llwybr", NULL);
  guint n = argc > 1 ? atoi (argv[1]) : 10000;

  portfolio = llwybr_bench_generate (path, 2026, n, 0, &error);
  g_assert_no_error (error);

  /* Each run types every query letter by letter; the first run also
   * warms SQLite's cache, as a TA's first searches would, and counts. */
  for (guint run = 0; run < 5; run++)
    {
      g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));

      for (guint q = 0; llwybr_bench_queries[q]; q++)
        type_query (portfolio, llwybr_bench_queries[q], times);

      g_array_sort (times, compare_doubles);
      g_print ("{\"evidence\": %u, \"searches\": %u, \"p50_ms\": %.3f, \"p95_ms\": %.3f, \"max_ms\": %.3f}\n",
               n, times->len, percentile (times, 0.5), percentile (times, 0.95), percentile (times, 1));
    }

  g_clear_object (&portfolio);
  g_unlink (path);
  g_rmdir (dir);
  return 0;
}
