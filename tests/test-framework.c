/* test-framework.c: the standards pack
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <json-glib/json-glib.h>

#include "llwybr-career.h"
#include "llwybr-test-util.h"

#define LEAD_IN "Those awarded HLTA status must demonstrate, through their practice, that they:"

/* The standards as the seed document states them: "N. text" lines of
 * Appendix 2. The last standard of each list ends the sentence with a full
 * stop, which the pack leaves out. */
static GPtrArray *
read_seed_standards (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "hlta-standards-seed.txt", NULL);
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  GPtrArray *standards = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GRegex) regex = g_regex_new ("^([0-9]+)\\. (.*)$", 0, 0, NULL);

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  lines = g_strsplit (contents, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autoptr(GMatchInfo) match = NULL;

      if (g_regex_match (regex, lines[i], 0, &match))
        {
          g_autofree char *number = g_match_info_fetch (match, 1);
          char *text = g_match_info_fetch (match, 2);

          g_assert_cmpint (atoi (number), ==, standards->len + 1);
          if (g_str_has_suffix (text, "."))
            text[strlen (text) - 1] = '\0';
          g_ptr_array_add (standards, text);
        }
    }

  return standards;
}

static LlwybrFramework *
load_default (void)
{
  g_autoptr(GError) error = NULL;
  LlwybrFramework *framework = llwybr_framework_new_default (&error);

  g_assert_no_error (error);
  return framework;
}

static void
test_english_matches_seed (void)
{
  g_autoptr(LlwybrFramework) framework = load_default ();
  g_autoptr(GPtrArray) seed = read_seed_standards ();
  GListModel *standards = llwybr_framework_get_standards (framework);

  g_assert_cmpuint (seed->len, ==, 33);
  g_assert_cmpuint (g_list_model_get_n_items (standards), ==, 33);

  for (guint i = 0; i < seed->len; i++)
    {
      g_autoptr(LlwybrStandard) standard = g_list_model_get_item (standards, i);
      g_autofree char *code = g_strdup_printf ("%u", i + 1);

      g_assert_cmpstr (llwybr_standard_get_code (standard), ==, code);
      g_assert_cmpstr (llwybr_standard_get_text (standard, LLWYBR_LANGUAGE_EN), ==, g_ptr_array_index (seed, i));
      g_assert_true (llwybr_framework_lookup_standard (framework, code) == standard);
    }
}

/* The excerpt in tests/data is the seed's own text, when the seeds are at
 * hand (they are beside the repository in development and CI). */
static void
test_excerpt_is_the_seed (void)
{
  const char *seeds = g_getenv ("LLWYBR_SEEDS");
  g_autofree char *seed_path = seeds ? g_build_filename (seeds, "002_02d8b21ed1d9710a.txt", NULL) : NULL;
  g_autofree char *excerpt_path = g_test_build_filename (G_TEST_DIST, "data", "hlta-standards-seed.txt", NULL);
  g_autofree char *seed = NULL;
  g_autofree char *excerpt = NULL;

  if (seed_path == NULL || !g_file_get_contents (seed_path, &seed, NULL, NULL))
    {
      g_test_skip ("shared/seeds is not beside the repository");
      return;
    }

  g_assert_true (g_file_get_contents (excerpt_path, &excerpt, NULL, NULL));
  g_assert_nonnull (strstr (seed, excerpt));
}

static void
test_headings (void)
{
  g_autoptr(LlwybrFramework) framework = load_default ();
  GListModel *standards = llwybr_framework_get_standards (framework);
  static const struct {
    guint standard;
    const char *heading;
    const char *subheading;
  } cases[] = {
    { 1, "Professional values and practice", NULL },
    { 7, "Professional values and practice", NULL },
    { 8, "Professional knowledge and understanding", NULL },
    { 16, "Professional knowledge and understanding", NULL },
    { 17, "Professional skills", "Planning and expectations" },
    { 21, "Professional skills", "Planning and expectations" },
    { 22, "Professional skills", "Monitoring and assessment" },
    { 25, "Professional skills", "Monitoring and assessment" },
    { 26, "Professional skills", "Teaching and learning activities" },
    { 33, "Professional skills", "Teaching and learning activities" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(LlwybrStandard) standard = g_list_model_get_item (standards, cases[i].standard - 1);
      LlwybrStandardGroup *group = llwybr_standard_get_group (standard);
      LlwybrStandardGroup *heading = llwybr_standard_group_get_parent (group);

      if (cases[i].subheading == NULL)
        {
          g_assert_null (heading);
          g_assert_cmpstr (llwybr_standard_group_get_title (group, LLWYBR_LANGUAGE_EN), ==, cases[i].heading);
        }
      else
        {
          g_assert_nonnull (heading);
          g_assert_cmpstr (llwybr_standard_group_get_title (heading, LLWYBR_LANGUAGE_EN), ==, cases[i].heading);
          g_assert_cmpstr (llwybr_standard_group_get_title (group, LLWYBR_LANGUAGE_EN), ==, cases[i].subheading);
          g_assert_cmpstr (llwybr_standard_group_get_note (heading, LLWYBR_LANGUAGE_EN), ==,
                           "Teaching and learning activities must take place under the direction and "
                           "supervision of an assigned teacher and in accordance with arrangements made "
                           "by the headteacher of the school.");
        }

      g_assert_cmpstr (llwybr_standard_group_get_lead_in (group, LLWYBR_LANGUAGE_EN), ==, LEAD_IN);
    }
}

static void
test_welsh_complete (void)
{
  g_autoptr(LlwybrFramework) framework = load_default ();
  GListModel *standards = llwybr_framework_get_standards (framework);

  /* No official Welsh text is in the sources: the pack says so. */
  g_assert_false (llwybr_framework_get_welsh_official (framework));
  g_assert_nonnull (llwybr_framework_get_title (framework, LLWYBR_LANGUAGE_CY));

  for (guint i = 0; i < g_list_model_get_n_items (standards); i++)
    {
      g_autoptr(LlwybrStandard) standard = g_list_model_get_item (standards, i);
      LlwybrStandardGroup *group = llwybr_standard_get_group (standard);
      const char *cy = llwybr_standard_get_text (standard, LLWYBR_LANGUAGE_CY);

      g_assert_nonnull (cy);
      g_assert_cmpstr (cy, !=, llwybr_standard_get_text (standard, LLWYBR_LANGUAGE_EN));
      g_assert_cmpstr (llwybr_standard_group_get_title (group, LLWYBR_LANGUAGE_CY), !=,
                       llwybr_standard_group_get_title (group, LLWYBR_LANGUAGE_EN));
      g_assert_nonnull (llwybr_standard_group_get_lead_in (group, LLWYBR_LANGUAGE_CY));
    }
}

/* Broken packs: each mutation of the shipped pack must be refused with a
 * message that names what is wrong and where. */

static JsonObject *
group_at (JsonObject *root,
          guint       index)
{
  return json_array_get_object_element (json_object_get_array_member (root, "groups"), index);
}

static JsonObject *
standard_at (JsonObject *root,
             guint       group,
             guint       index)
{
  return json_array_get_object_element (json_object_get_array_member (group_at (root, group), "standards"), index);
}

static void
drop_welsh_of_12 (JsonObject *root)
{
  /* Standard 12 is the fifth of the second heading. */
  json_object_remove_member (json_object_get_object_member (standard_at (root, 1, 4), "text"), "cy");
}

static void
code_as_number (JsonObject *root)
{
  json_object_set_int_member (standard_at (root, 0, 2), "code", 3);
}

static void
duplicate_code (JsonObject *root)
{
  json_object_set_string_member (standard_at (root, 0, 2), "code", "2");
}

static void
group_without_title (JsonObject *root)
{
  json_object_remove_member (group_at (root, 1), "title");
}

static void
wrong_format (JsonObject *root)
{
  json_object_set_int_member (root, "format", 99);
}

static void
text_is_array (JsonObject *root)
{
  json_object_set_array_member (standard_at (root, 0, 0), "text", json_array_new ());
}

static void
nest_too_deep (JsonObject *root)
{
  JsonObject *skills = group_at (root, 2);
  JsonObject *planning = json_array_get_object_element (json_object_get_array_member (skills, "groups"), 0);
  JsonArray *inner = json_array_new ();
  JsonObject *deeper = json_object_new ();

  json_object_set_string_member (deeper, "id", "deeper");
  json_object_set_object_member (deeper, "title", json_object_ref (json_object_get_object_member (planning, "title")));
  json_object_set_array_member (deeper, "standards", json_array_ref (json_object_get_array_member (planning, "standards")));
  json_array_add_object_element (inner, deeper);
  json_object_remove_member (planning, "standards");
  json_object_set_array_member (planning, "groups", inner);
}

static void
no_groups (JsonObject *root)
{
  json_object_remove_member (root, "groups");
}

static GBytes *
mutated_pack (void (*mutate) (JsonObject *root))
{
  g_autoptr(LlwybrFramework) framework = load_default ();
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  GBytes *bytes = llwybr_framework_get_bytes (framework);
  char *text;
  gsize length;

  g_assert_true (json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), NULL));
  mutate (json_node_get_object (json_parser_get_root (parser)));
  json_generator_set_root (generator, json_parser_get_root (parser));
  text = json_generator_to_data (generator, &length);

  return g_bytes_new_take (text, length);
}

static void
test_invalid_packs (void)
{
  static const struct {
    void (*mutate) (JsonObject *root);
    const char *expect[2];
  } cases[] = {
    { drop_welsh_of_12, { "Standard 12", "text.cy" } },
    { code_as_number, { "code", "values" } },
    { duplicate_code, { "Standard 2", "twice" } },
    { group_without_title, { "knowledge", "title.en" } },
    { wrong_format, { "format", NULL } },
    { text_is_array, { "Standard 1", "text.en" } },
    { nest_too_deep, { "too deeply", NULL } },
    { no_groups, { "groups", NULL } },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GBytes) pack = mutated_pack (cases[i].mutate);
      g_autoptr(LlwybrFramework) framework = NULL;
      g_autoptr(GError) error = NULL;

      framework = llwybr_framework_new_from_bytes (pack, &error);
      g_assert_null (framework);
      g_assert_error (error, LLWYBR_FRAMEWORK_ERROR, LLWYBR_FRAMEWORK_ERROR_INVALID);
      for (guint j = 0; j < G_N_ELEMENTS (cases[i].expect) && cases[i].expect[j]; j++)
        if (strstr (error->message, cases[i].expect[j]) == NULL)
          g_error ("case %u: “%s” does not mention “%s”", i, error->message, cases[i].expect[j]);
    }
}

static void
test_not_a_pack (void)
{
  static const struct {
    const char *data;
    gssize length;
    const char *expect;
  } cases[] = {
    { "{ \"format\": 1, ", -1, "not valid JSON" },
    { "[1, 2, 3]", -1, "not a JSON object" },
    { "{ \"format\": 1, \"id\": \"\xff\xfe\" }", -1, "UTF-8" },
    { "", -1, "JSON" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GBytes) bytes = g_bytes_new_static (cases[i].data, strlen (cases[i].data));
      g_autoptr(LlwybrFramework) framework = NULL;
      g_autoptr(GError) error = NULL;

      framework = llwybr_framework_new_from_bytes (bytes, &error);
      g_assert_null (framework);
      g_assert_error (error, LLWYBR_FRAMEWORK_ERROR, LLWYBR_FRAMEWORK_ERROR_INVALID);
      g_assert_nonnull (strstr (error->message, cases[i].expect));
    }
}

/* An empty file, as GIO reads it: no data at all, not even "" (found by
 * fuzz-packs: the loader read the message of an error json-glib never set). */
static void
test_empty_pack (void)
{
  g_autoptr(GBytes) empty = g_bytes_new (NULL, 0);
  g_autoptr(LlwybrFramework) framework = NULL;
  g_autoptr(LlwybrCareer) career = NULL;
  g_autoptr(GError) error = NULL;

  framework = llwybr_framework_new_from_bytes (empty, &error);
  g_assert_null (framework);
  g_assert_error (error, LLWYBR_FRAMEWORK_ERROR, LLWYBR_FRAMEWORK_ERROR_INVALID);
  g_clear_error (&error);

  career = llwybr_career_new_from_bytes (empty, &error);
  g_assert_null (career);
  g_assert_error (error, LLWYBR_FRAMEWORK_ERROR, LLWYBR_FRAMEWORK_ERROR_INVALID);
}

int
main (int   argc,
      char *argv[])
{
  llwybr_test_init (&argc, &argv);

  g_test_add_func ("/framework/english-matches-seed", test_english_matches_seed);
  g_test_add_func ("/framework/excerpt-is-the-seed", test_excerpt_is_the_seed);
  g_test_add_func ("/framework/headings", test_headings);
  g_test_add_func ("/framework/welsh-complete", test_welsh_complete);
  g_test_add_func ("/framework/invalid-packs", test_invalid_packs);
  g_test_add_func ("/framework/not-a-pack", test_not_a_pack);
  g_test_add_func ("/framework/empty-pack", test_empty_pack);

  return g_test_run ();
}
