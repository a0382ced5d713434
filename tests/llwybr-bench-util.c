/* llwybr-bench-util.c: large portfolios for the benchmarks
 *
 * A portfolio of any size, built through the core as the app builds one.
 * Each piece of evidence copies the kind, setting, age range and subject
 * of a piece of the bilingual sample and has a reflection in the same
 * language, Welsh or English, of realistic length, written word by word
 * from what follows each word in the sample's reflections (a first-order
 * Markov chain): search then meets the words, the mutations and the word
 * frequencies a real portfolio has. The same seed gives the same content;
 * only the UUIDs and the timestamps differ from run to run.
 *
 * Each kind of record is a step of its own: evidence with its links,
 * attachments, plan steps, and a mentor's review of it all.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "llwybr-bench"

#include "config.h"

#include <json-glib/json-glib.h>

#include "llwybr-bench-util.h"

#define SAMPLE_JSON "/cymru/llwybr/Llwybr/sample/sample-portfolio.json"

/* Attachments are cut from this much noise, so that no two are alike
 * and SQLite stores what a photo would cost it. */
#define NOISE_SIZE (8 * 1000 * 1000)

const char * const llwybr_bench_queries[] = {
  "darllen", "grŵp bach", "rhifedd", "feedback", "Pupil A", "ysgrifennu",
  "safeguarding", "mathemateg", "behaviour", "cynllun gwers", "plant", "adborth",
  NULL,
};

typedef struct
{
  GStringChunk *words;
  GHashTable   *next;      /* word → GPtrArray of the words seen after it */
  GPtrArray    *starts;    /* the words that begin a sentence */
  GPtrArray    *templates; /* the sample's evidence in this language */
} Language;

typedef struct
{
  GRand           *rand;
  LlwybrPortfolio *portfolio;
  JsonParser      *sample;
  Language         languages[2];
  GPtrArray       *standards;
} Generator;

static const struct {
  const char *mime_type;
  const char *stem;
  const char *extension;
  guint       min_kb;
  guint       max_kb;
} attachment_kinds[] = {
  { "image/jpeg", "llun", "jpg", 300, 4000 },
  { "application/pdf", "tystysgrif", "pdf", 50, 2000 },
  { "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "lesson-plan", "docx", 15, 300 },
};

static const char * const providers[] = {
  "Coleg Cambria", "Grŵp Llandrillo Menai", "Consortiwm Addysg", "Open University", "Hwb",
};

/* Helpers */

static const char *
member_string (JsonObject *object,
               const char *name)
{
  return json_object_has_member (object, name) ? json_object_get_string_member (object, name) : "";
}

static int
enum_from_nick (GType       type,
                const char *nick)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (type);
  GEnumValue *value = g_enum_get_value_by_nick (klass, nick);

  return value ? value->value : 0;
}

static gboolean
ends_sentence (const char *word)
{
  gsize length = strlen (word);

  while (length > 1 && strchr ("'\")", word[length - 1]))
    length--;

  return length > 0 && strchr (".!?", word[length - 1]) != NULL;
}

/* Good enough for the sample: each piece is wholly in one language. */
static gboolean
is_welsh (const char *text)
{
  g_auto(GStrv) words = g_strsplit (text, " ", -1);
  int score = 0;

  for (guint i = 0; words[i]; i++)
    {
      if (g_str_equal (words[i], "yn") || g_str_equal (words[i], "y") || g_str_equal (words[i], "a'r"))
        score++;
      else if (g_str_equal (words[i], "the") || g_str_equal (words[i], "and") || g_str_equal (words[i], "to"))
        score--;
    }

  return score > 0;
}

static void
language_init (Language *language)
{
  language->words = g_string_chunk_new (64 * 1024);
  language->next = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify)g_ptr_array_unref);
  language->starts = g_ptr_array_new ();
  language->templates = g_ptr_array_new ();
}

static void
language_clear (Language *language)
{
  g_string_chunk_free (language->words);
  g_hash_table_unref (language->next);
  g_ptr_array_unref (language->starts);
  g_ptr_array_unref (language->templates);
}

static void
language_learn (Language   *language,
                const char *text)
{
  g_auto(GStrv) split = g_strsplit_set (text, " \n", -1);
  const char *previous = NULL;

  for (guint i = 0; split[i]; i++)
    {
      const char *word;
      GPtrArray *next;

      if (*split[i] == '\0')
        continue;

      word = g_string_chunk_insert_const (language->words, split[i]);
      if (previous == NULL || ends_sentence (previous))
        g_ptr_array_add (language->starts, (gpointer)word);

      if (previous != NULL)
        {
          if (!(next = g_hash_table_lookup (language->next, previous)))
            g_hash_table_insert (language->next, (gpointer)previous, (next = g_ptr_array_new ()));
          g_ptr_array_add (next, (gpointer)word);
        }
      previous = word;
    }
}

static gpointer
pick (GRand     *rand,
      GPtrArray *array)
{
  return g_ptr_array_index (array, g_rand_int_range (rand, 0, array->len));
}

/* About @n_words words; with @sentences, whole sentences, as a
 * reflection has, else exactly @n_words, as a title has. */
static char *
language_text (Language *language,
               GRand    *rand,
               guint     n_words,
               gboolean  sentences)
{
  GString *text = g_string_new (NULL);
  const char *word = pick (rand, language->starts);

  for (guint i = 0; ; i++)
    {
      GPtrArray *next;

      g_string_append_printf (text, "%s%s", i ? " " : "", word);
      if (sentences ? i + 1 >= n_words && ends_sentence (word) : i + 1 == n_words)
        break;

      next = g_hash_table_lookup (language->next, word);
      word = next ? pick (rand, next) : pick (rand, language->starts);
    }

  if (!sentences)
    while (text->len > 0 && strchr (".,;:!?", text->str[text->len - 1]))
      g_string_truncate (text, text->len - 1);

  return g_string_free (text, FALSE);
}

static gboolean
load_sample (Generator  *self,
             GError    **error)
{
  g_autoptr(GBytes) bytes = NULL;
  JsonArray *evidence;

  if (!(bytes = g_resources_lookup_data (SAMPLE_JSON, G_RESOURCE_LOOKUP_FLAGS_NONE, error)) ||
      !json_parser_load_from_data (self->sample, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), error))
    return FALSE;

  evidence = json_object_get_array_member (json_node_get_object (json_parser_get_root (self->sample)), "evidence");
  for (guint i = 0; i < json_array_get_length (evidence); i++)
    {
      JsonObject *object = json_array_get_object_element (evidence, i);
      const char *reflection = member_string (object, "reflection");
      Language *language = &self->languages[is_welsh (reflection) ? 0 : 1];
      JsonArray *links = json_object_get_array_member (object, "links");

      g_ptr_array_add (language->templates, object);
      language_learn (language, reflection);
      for (guint j = 0; j < json_array_get_length (links); j++)
        language_learn (language, member_string (json_array_get_object_element (links, j), "annotation"));
    }

  return TRUE;
}

/* Between 60 and 300 words, most near 180, as the sample's are. */
static guint
reflection_length (GRand *rand)
{
  return 60 + g_rand_int_range (rand, 0, 121) + g_rand_int_range (rand, 0, 121);
}

static GDate *
random_date (GRand *rand)
{
  GDate *date = g_date_new_dmy (1, G_DATE_SEPTEMBER, 2023);

  g_date_add_days (date, g_rand_int_range (rand, 0, 3 * 365));
  return date;
}

static gboolean
add_links (Generator       *self,
           Language        *language,
           LlwybrEvidence  *evidence,
           GError         **error)
{
  guint n_links = g_rand_int_range (self->rand, 1, 5);
  guint first = g_rand_int_range (self->rand, 0, self->standards->len);

  /* Standards seven apart, round the framework, so none repeats. */
  for (guint i = 0; i < n_links; i++)
    {
      const char *code = g_ptr_array_index (self->standards, (first + i * 7) % self->standards->len);
      g_autofree char *annotation = language_text (language, self->rand, g_rand_int_range (self->rand, 12, 40), TRUE);
      g_autoptr(LlwybrLink) link = llwybr_portfolio_link_standard (self->portfolio, evidence, code, annotation, error);

      if (link == NULL)
        return FALSE;
    }

  return TRUE;
}

static gboolean
add_evidence (Generator  *self,
              GError    **error)
{
  Language *language = &self->languages[g_rand_boolean (self->rand) ? 0 : 1];
  JsonObject *template = pick (self->rand, language->templates);
  g_autoptr(LlwybrEvidence) evidence = llwybr_evidence_new ();
  g_autofree char *title = language_text (language, self->rand, g_rand_int_range (self->rand, 3, 10), FALSE);
  g_autofree char *reflection = language_text (language, self->rand, reflection_length (self->rand), TRUE);
  g_autoptr(GDate) date = random_date (self->rand);

  g_object_set (evidence,
                "title", title,
                "date", date,
                "kind", enum_from_nick (LLWYBR_TYPE_EVIDENCE_KIND, member_string (template, "kind")),
                "setting", enum_from_nick (LLWYBR_TYPE_EVIDENCE_SETTING, member_string (template, "setting")),
                "age-range", member_string (template, "age_range"),
                "subject", member_string (template, "subject"),
                "reflection", reflection,
                NULL);

  return llwybr_portfolio_add_evidence (self->portfolio, evidence, error) &&
         add_links (self, language, evidence, error);
}

static gboolean
add_attachment (Generator     *self,
                const guint8  *noise,
                guint          number,
                gsize         *size,
                GError       **error)
{
  GListModel *evidence = llwybr_portfolio_get_evidence (self->portfolio);
  g_autoptr(LlwybrEvidence) owner = g_list_model_get_item (evidence, g_rand_int_range (self->rand, 0, g_list_model_get_n_items (evidence)));
  guint kind = g_rand_int_range (self->rand, 0, G_N_ELEMENTS (attachment_kinds));
  g_autofree char *name = g_strdup_printf ("%s-%u.%s", attachment_kinds[kind].stem, number,
                                          attachment_kinds[kind].extension);
  g_autoptr(GInputStream) stream = NULL;
  g_autoptr(LlwybrAttachment) attachment = NULL;
  gsize offset;

  *size = 1000 * g_rand_int_range (self->rand, attachment_kinds[kind].min_kb, attachment_kinds[kind].max_kb + 1);
  offset = g_rand_int_range (self->rand, 0, NOISE_SIZE - *size);
  stream = g_memory_input_stream_new_from_data (noise + offset, *size, NULL);
  attachment = llwybr_portfolio_attach_stream (self->portfolio, owner, name, attachment_kinds[kind].mime_type,
                                               stream, *size, NULL, error);
  return attachment != NULL;
}

static gboolean
add_attachments (Generator  *self,
                 guint       megabytes,
                 GError    **error)
{
  g_autofree guint8 *noise = g_malloc (NOISE_SIZE);
  guint64 total = 0;

  for (guint i = 0; i < NOISE_SIZE / 4; i++)
    ((guint32 *)noise)[i] = g_rand_int (self->rand);

  for (guint number = 1; total < (guint64)megabytes * 1000 * 1000; number++)
    {
      gsize size;

      if (!add_attachment (self, noise, number, &size, error))
        return FALSE;
      total += size;
    }

  return TRUE;
}

static gboolean
add_plan_step (Generator  *self,
               GError    **error)
{
  Language *language = &self->languages[g_rand_boolean (self->rand) ? 0 : 1];
  LlwybrPlanStepKind kind = g_rand_int_range (self->rand, LLWYBR_PLAN_STEP_QUALIFICATION, LLWYBR_PLAN_STEP_REQUIREMENT + 1);
  LlwybrPlanStepStatus status = g_rand_int_range (self->rand, LLWYBR_PLAN_STEP_PLANNED, LLWYBR_PLAN_STEP_DROPPED + 1);
  g_autofree char *title = language_text (language, self->rand, g_rand_int_range (self->rand, 3, 8), FALSE);
  g_autofree char *notes = language_text (language, self->rand, g_rand_int_range (self->rand, 15, 80), TRUE);
  g_autofree char *cost = g_strdup_printf ("£%d", 10 * g_rand_int_range (self->rand, 0, 60));
  g_autoptr(LlwybrPlanStep) step = llwybr_plan_step_new (kind, title);
  g_autoptr(GDate) start = random_date (self->rand);
  g_autoptr(GDate) target = g_date_copy (start);
  GListModel *evidence = llwybr_portfolio_get_evidence (self->portfolio);
  g_autoptr(LlwybrEvidence) proof = g_list_model_get_item (evidence, g_rand_int_range (self->rand, 0, g_list_model_get_n_items (evidence)));

  g_date_add_months (target, g_rand_int_range (self->rand, 1, 24));
  g_object_set (step,
                "status", status,
                "start-date", start,
                "target-date", target,
                "credits", kind == LLWYBR_PLAN_STEP_UNIT ? g_rand_int_range (self->rand, 1, 16) : -1,
                "hours", kind == LLWYBR_PLAN_STEP_CPD ? g_rand_int_range (self->rand, 1, 30) : -1,
                "cost", cost,
                "provider", providers[g_rand_int_range (self->rand, 0, G_N_ELEMENTS (providers))],
                "notes", notes,
                "evidence", status == LLWYBR_PLAN_STEP_DONE ? llwybr_evidence_get_uuid (proof) : NULL,
                NULL);

  return llwybr_portfolio_add_plan_step (self->portfolio, step, error);
}

/* A mentor who read it: a comment on one piece in ten, a verdict on every
 * standard, and her sign-off. */
static gboolean
add_reviews (Generator  *self,
             GError    **error)
{
  static const LlwybrVerdict verdicts[] = { LLWYBR_VERDICT_MET, LLWYBR_VERDICT_PARTLY_MET, LLWYBR_VERDICT_NOT_YET_MET };
  GListModel *evidence = llwybr_portfolio_get_evidence (self->portfolio);
  g_autoptr(LlwybrReview) sign_off = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (evidence); i += 10)
    {
      g_autoptr(LlwybrEvidence) item = g_list_model_get_item (evidence, i);
      g_autofree char *text = language_text (&self->languages[g_rand_int_range (self->rand, 0, 2)], self->rand,
                                             g_rand_int_range (self->rand, 10, 41), TRUE);
      g_autoptr(LlwybrReview) review = NULL;

      if (!(review = llwybr_portfolio_review_evidence (self->portfolio, item, text, "Eleri Rowlands", "Mentor CALU", error)))
        return FALSE;
    }

  for (guint i = 0; i < self->standards->len; i++)
    {
      g_autoptr(LlwybrReview) review = NULL;

      review = llwybr_portfolio_review_standard (self->portfolio, g_ptr_array_index (self->standards, i),
                                                 verdicts[g_rand_int_range (self->rand, 0, G_N_ELEMENTS (verdicts))],
                                                 NULL, "Eleri Rowlands", "Mentor CALU", error);
      if (review == NULL)
        return FALSE;
    }

  return (sign_off = llwybr_portfolio_sign_off (self->portfolio, NULL, "Eleri Rowlands", "Mentor CALU", error)) != NULL;
}

static gboolean
fill (Generator  *self,
      guint       n_evidence,
      guint       attachments_mb,
      GError    **error)
{
  /* A plan grows far more slowly than the evidence that follows it. */
  guint n_steps = 12 + n_evidence / 500;

  if (!llwybr_portfolio_set_title (self->portfolio, "Portffolio CALU — HLTA portfolio", error) ||
      !llwybr_portfolio_set_owner (self->portfolio, "Mererid Huws", error) ||
      !llwybr_portfolio_set_school (self->portfolio, "Ysgol Gynradd Nant Eithin", error))
    return FALSE;

  for (guint i = 0; i < n_evidence; i++)
    if (!add_evidence (self, error))
      return FALSE;

  if (n_evidence > 0 && !add_attachments (self, attachments_mb, error))
    return FALSE;

  for (guint i = 0; n_evidence > 0 && i < n_steps; i++)
    if (!add_plan_step (self, error))
      return FALSE;

  return n_evidence == 0 || add_reviews (self, error);
}

/* Public API */

/**
 * llwybr_bench_generate:
 * @path: where the portfolio is created; it must not exist
 * @attachments_mb: how many megabytes of attachments to add, 0 for none
 *
 * Returns: (transfer full): the portfolio, with @n_evidence pieces of
 *   evidence, their links and attachments, a plan and a mentor's review
 */
LlwybrPortfolio *
llwybr_bench_generate (const char  *path,
                       guint32      seed,
                       guint        n_evidence,
                       guint        attachments_mb,
                       GError     **error)
{
  g_autoptr(LlwybrFramework) framework = NULL;
  GListModel *standards;
  Generator self = { 0 };
  LlwybrPortfolio *portfolio = NULL;

  if (!(framework = llwybr_framework_new_default (error)))
    return NULL;

  self.rand = g_rand_new_with_seed (seed);
  self.sample = json_parser_new ();
  self.standards = g_ptr_array_new ();
  for (guint i = 0; i < G_N_ELEMENTS (self.languages); i++)
    language_init (&self.languages[i]);

  standards = llwybr_framework_get_standards (framework);
  for (guint i = 0; i < g_list_model_get_n_items (standards); i++)
    {
      g_autoptr(LlwybrStandard) standard = g_list_model_get_item (standards, i);

      g_ptr_array_add (self.standards, (gpointer)g_intern_string (llwybr_standard_get_code (standard)));
    }

  if (load_sample (&self, error) &&
      (self.portfolio = llwybr_portfolio_create (path, framework, error)) != NULL &&
      fill (&self, n_evidence, attachments_mb, error))
    portfolio = g_steal_pointer (&self.portfolio);

  g_clear_object (&self.portfolio);
  for (guint i = 0; i < G_N_ELEMENTS (self.languages); i++)
    language_clear (&self.languages[i]);
  g_ptr_array_unref (self.standards);
  g_object_unref (self.sample);
  g_rand_free (self.rand);
  return portfolio;
}
