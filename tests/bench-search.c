/* bench-search.c: search latency over a large portfolio, as a TA types
 *
 * Builds a seeded portfolio of N pieces of evidence (reflections of
 * realistic length from the sample's own words, links with annotations),
 * then runs the core search for every prefix of a set of queries, as
 * search-as-you-type does, and reports p50, p95 and max in milliseconds.
 *
 * Usage: bench-search SAMPLE_JSON [N [KEEP.llwybr]]
 *
 * With KEEP, the portfolio is kept there for other benchmarks to use.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "llwybr.h"

static const char * const queries[] = {
  "darllen", "grŵp bach", "rhifedd", "feedback", "Pupil A", "ysgrifennu",
  "safeguarding", "mathemateg", "behaviour", "cynllun gwers", "plant", "adborth",
};

static GPtrArray *
vocabulary (const char *sample_path)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  GPtrArray *words = g_ptr_array_new_with_free_func (g_free);
  JsonArray *evidence;

  if (!json_parser_load_from_file (parser, sample_path, &error))
    g_error ("%s", error->message);

  evidence = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)), "evidence");
  for (guint i = 0; i < json_array_get_length (evidence); i++)
    {
      const char *text = json_object_get_string_member (json_array_get_object_element (evidence, i), "reflection");
      g_auto(GStrv) split = g_strsplit_set (text, " \n", -1);

      for (guint j = 0; split[j]; j++)
        if (*split[j])
          g_ptr_array_add (words, g_strdup (split[j]));
    }

  return words;
}

static char *
sentence (GRand     *rand,
          GPtrArray *words,
          int        min,
          int        max)
{
  g_autoptr(GString) text = g_string_new (NULL);
  int n = g_rand_int_range (rand, min, max + 1);

  for (int i = 0; i < n; i++)
    g_string_append_printf (text, "%s%s", i ? " " : "",
                            (char *)g_ptr_array_index (words, g_rand_int_range (rand, 0, words->len)));

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *)a, y = *(const double *)b;

  return (x > y) - (x < y);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GPtrArray) words = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (2026);
  g_autoptr(LlwybrFramework) framework = NULL;
  g_autoptr(LlwybrPortfolio) portfolio = NULL;
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  guint n = argc > 2 ? atoi (argv[2]) : 10000;
  gint64 start;
  double build_s, p50, p95, max;

  if (argc < 2)
    g_error ("usage: bench-search SAMPLE_JSON [N]");

  words = vocabulary (argv[1]);
  framework = llwybr_framework_new_default (&error);
  dir = g_dir_make_tmp ("llwybr-bench-XXXXXX", &error);
  path = argc > 3 ? g_strdup (argv[3]) : g_build_filename (dir, "bench.llwybr", NULL);
  g_unlink (path);
  portfolio = llwybr_portfolio_create (path, framework, &error);
  g_assert_no_error (error);

  start = g_get_monotonic_time ();
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LlwybrEvidence) evidence = llwybr_evidence_new ();
      g_autofree char *title = sentence (rand, words, 4, 8);
      g_autofree char *reflection = sentence (rand, words, 120, 220);
      int n_links = g_rand_int_range (rand, 1, 4);

      g_object_set (evidence, "title", title, "reflection", reflection, NULL);
      if (!llwybr_portfolio_add_evidence (portfolio, evidence, &error))
        g_error ("%s", error->message);

      for (int j = 0; j < n_links; j++)
        {
          g_autofree char *code = g_strdup_printf ("%d", g_rand_int_range (rand, 1, 34));
          g_autofree char *annotation = sentence (rand, words, 10, 20);
          g_autoptr(LlwybrLink) link = llwybr_portfolio_link_standard (portfolio, evidence, code, annotation, NULL);
        }
    }
  build_s = (g_get_monotonic_time () - start) / 1e6;

  /* Typed letter by letter, twice: the first pass warms SQLite's cache as
   * a TA's first searches would; both count. */
  for (guint pass = 0; pass < 2; pass++)
    for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
      for (const char *p = queries[q]; *p; p = g_utf8_next_char (p))
        {
          g_autofree char *prefix = g_strndup (queries[q], g_utf8_next_char (p) - queries[q]);
          g_autoptr(GPtrArray) hits = NULL;
          gint64 t = g_get_monotonic_time ();
          double ms;

          hits = llwybr_portfolio_search (portfolio, prefix, &error);
          g_assert_no_error (error);
          ms = (g_get_monotonic_time () - t) / 1e3;
          g_array_append_val (times, ms);
        }

  g_array_sort (times, compare_doubles);
  p50 = g_array_index (times, double, times->len / 2);
  p95 = g_array_index (times, double, (guint)(times->len * 0.95));
  max = g_array_index (times, double, times->len - 1);

  g_print ("search over %u pieces of evidence: %u searches, p50 %.2f ms, p95 %.2f ms, max %.2f ms "
           "(portfolio built in %.1f s)\n", n, times->len, p50, p95, max, build_s);
  g_print ("{\"bench\": \"search\", \"evidence\": %u, \"searches\": %u, \"p50_ms\": %.3f, \"p95_ms\": %.3f, \"max_ms\": %.3f}\n",
           n, times->len, p50, p95, max);

  g_clear_object (&portfolio);
  if (argc <= 3)
    g_unlink (path);
  g_rmdir (dir);
  return 0;
}
