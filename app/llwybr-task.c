/* llwybr-task.c
 *
 * The HLTA written tasks. What a task asks for (its sections, guidance and
 * word counts) is data, in both languages, so a provider's revised brief is
 * a new file; what the TA wrote is the section's text, kept by the
 * portfolio. A standard is claimed where the text says so, by a marker
 * "[S23]" (S for standard and for safon), so a claim stays next to the
 * sentence that makes it when the text around it changes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "llwybr-task"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "llwybr-data-resources.h"
#include "llwybr-framework.h"
#include "llwybr-json-private.h"
#include "llwybr-task-private.h"

#define TEMPLATES "/cymru/llwybr/Llwybr/tasks/hlta-tasks.json"

struct _LlwybrTaskSection
{
  GObject     parent_instance;

  LlwybrTask *task;
  char       *id;
  char       *title[LLWYBR_N_LANGUAGES];
  char       *guidance[LLWYBR_N_LANGUAGES];
  guint       min_words;
  guint       max_words;
  gboolean    may_claim;
  char       *text;
  GArray     *claims;
};

struct _LlwybrTask
{
  GObject     parent_instance;

  char       *id;
  char       *title[LLWYBR_N_LANGUAGES];
  char       *short_title[LLWYBR_N_LANGUAGES];
  char       *guidance[LLWYBR_N_LANGUAGES];
  GListStore *sections;
};

G_DEFINE_FINAL_TYPE (LlwybrTaskSection, llwybr_task_section, G_TYPE_OBJECT)
G_DEFINE_FINAL_TYPE (LlwybrTask, llwybr_task, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_TEXT,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/* Helpers */

static void
clear_texts (char **texts)
{
  for (guint i = 0; i < LLWYBR_N_LANGUAGES; i++)
    g_clear_pointer (&texts[i], g_free);
}

static void
clear_claim (gpointer data)
{
  LlwybrClaim *claim = data;

  g_clear_pointer (&claim->standard, g_free);
}

static gboolean
invalid (GError     **error,
         const char  *entry,
         const char  *field)
{
  g_set_error (error, LLWYBR_FRAMEWORK_ERROR, LLWYBR_FRAMEWORK_ERROR_INVALID,
               /* Translators: %1$s is a written task or one of its sections, %2$s a field such as title.cy */
               _("The written tasks’ “%1$s”: the field “%2$s” is missing or empty."), entry, field);
  return FALSE;
}

static LlwybrTaskSection *
section_new (LlwybrTask  *task,
             JsonObject  *object,
             GError     **error)
{
  g_autoptr(LlwybrTaskSection) section = g_object_new (LLWYBR_TYPE_TASK_SECTION, NULL);
  const char *id = _llwybr_json_member_string (object, "id");
  JsonArray *words = _llwybr_json_member_array (object, "words");
  JsonNode *claims = json_object_get_member (object, "claims");

  if (id == NULL || *id == '\0')
    return invalid (error, task->id, "sections.id"), NULL;
  section->id = g_strdup (id);
  section->task = task;

  if (!_llwybr_json_read_texts (json_object_get_member (object, "title"), section->title))
    return invalid (error, id, "title"), NULL;
  if (!_llwybr_json_read_texts (json_object_get_member (object, "guidance"), section->guidance))
    return invalid (error, id, "guidance"), NULL;
  if (words == NULL || json_array_get_length (words) != 2 ||
      json_array_get_int_element (words, 0) < 0 ||
      json_array_get_int_element (words, 1) < json_array_get_int_element (words, 0))
    return invalid (error, id, "words"), NULL;
  if (claims == NULL || json_node_get_value_type (claims) != G_TYPE_BOOLEAN)
    return invalid (error, id, "claims"), NULL;

  section->min_words = json_array_get_int_element (words, 0);
  section->max_words = json_array_get_int_element (words, 1);
  section->may_claim = json_node_get_boolean (claims);

  return g_steal_pointer (&section);
}

static LlwybrTask *
task_new (JsonObject  *object,
          JsonObject  *section_sets,
          GError     **error)
{
  g_autoptr(LlwybrTask) task = g_object_new (LLWYBR_TYPE_TASK, NULL);
  const char *id = _llwybr_json_member_string (object, "id");
  const char *set = _llwybr_json_member_string (object, "sections");
  JsonArray *sections = set ? _llwybr_json_member_array (section_sets, set) : NULL;

  if (id == NULL || *id == '\0')
    return invalid (error, "tasks", "id"), NULL;
  task->id = g_strdup (id);

  if (!_llwybr_json_read_texts (json_object_get_member (object, "title"), task->title))
    return invalid (error, id, "title"), NULL;
  if (!_llwybr_json_read_texts (json_object_get_member (object, "short_title"), task->short_title))
    return invalid (error, id, "short_title"), NULL;
  if (!_llwybr_json_read_texts (json_object_get_member (object, "guidance"), task->guidance))
    return invalid (error, id, "guidance"), NULL;
  if (sections == NULL || json_array_get_length (sections) == 0)
    return invalid (error, id, "sections"), NULL;

  for (guint i = 0; i < json_array_get_length (sections); i++)
    {
      JsonNode *node = json_array_get_element (sections, i);
      g_autoptr(LlwybrTaskSection) section = NULL;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        return invalid (error, id, "sections"), NULL;
      if (!(section = section_new (task, json_node_get_object (node), error)))
        return NULL;
      g_list_store_append (task->sections, section);
    }

  return g_steal_pointer (&task);
}

/* Overrides */

static void
llwybr_task_section_finalize (GObject *object)
{
  LlwybrTaskSection *self = (LlwybrTaskSection *)object;

  g_free (self->id);
  clear_texts (self->title);
  clear_texts (self->guidance);
  g_free (self->text);
  g_clear_pointer (&self->claims, g_array_unref);

  G_OBJECT_CLASS (llwybr_task_section_parent_class)->finalize (object);
}

static void
llwybr_task_section_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  LlwybrTaskSection *self = LLWYBR_TASK_SECTION (object);

  switch (prop_id)
    {
    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
llwybr_task_section_class_init (LlwybrTaskSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = llwybr_task_section_finalize;
  object_class->get_property = llwybr_task_section_get_property;

  /* Set through llwybr_portfolio_set_task_text(), which saves it. */
  properties [PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
llwybr_task_section_init (LlwybrTaskSection *self)
{
  self->text = g_strdup ("");
  self->claims = llwybr_claims_in_text (self->text);
}

static void
llwybr_task_finalize (GObject *object)
{
  LlwybrTask *self = (LlwybrTask *)object;

  g_free (self->id);
  clear_texts (self->title);
  clear_texts (self->short_title);
  clear_texts (self->guidance);
  g_clear_object (&self->sections);

  G_OBJECT_CLASS (llwybr_task_parent_class)->finalize (object);
}

static void
llwybr_task_class_init (LlwybrTaskClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = llwybr_task_finalize;
}

static void
llwybr_task_init (LlwybrTask *self)
{
  self->sections = g_list_store_new (LLWYBR_TYPE_TASK_SECTION);
}

/* Private API */

/* Returns: whether the text changed */
gboolean
_llwybr_task_section_set_text (LlwybrTaskSection *self,
                               const char        *text)
{
  g_assert (LLWYBR_IS_TASK_SECTION (self));

  if (text == NULL)
    text = "";
  if (g_strcmp0 (self->text, text) == 0)
    return FALSE;

  g_free (self->text);
  self->text = g_strdup (text);
  g_clear_pointer (&self->claims, g_array_unref);
  self->claims = llwybr_claims_in_text (self->text);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_TEXT]);

  return TRUE;
}

/* Public API */

const char *
llwybr_task_section_get_id (LlwybrTaskSection *self)
{
  g_return_val_if_fail (LLWYBR_IS_TASK_SECTION (self), NULL);

  return self->id;
}

const char *
llwybr_task_section_get_title (LlwybrTaskSection *self,
                               LlwybrLanguage     language)
{
  g_return_val_if_fail (LLWYBR_IS_TASK_SECTION (self), NULL);
  g_return_val_if_fail (language < LLWYBR_N_LANGUAGES, NULL);

  return self->title[language];
}

const char *
llwybr_task_section_get_guidance (LlwybrTaskSection *self,
                                  LlwybrLanguage     language)
{
  g_return_val_if_fail (LLWYBR_IS_TASK_SECTION (self), NULL);
  g_return_val_if_fail (language < LLWYBR_N_LANGUAGES, NULL);

  return self->guidance[language];
}

guint
llwybr_task_section_get_min_words (LlwybrTaskSection *self)
{
  g_return_val_if_fail (LLWYBR_IS_TASK_SECTION (self), 0);

  return self->min_words;
}

guint
llwybr_task_section_get_max_words (LlwybrTaskSection *self)
{
  g_return_val_if_fail (LLWYBR_IS_TASK_SECTION (self), 0);

  return self->max_words;
}

/**
 * llwybr_task_section_get_may_claim:
 *
 * Returns: whether standards may be claimed in the section; a task's
 *   context only sets the scene, and assessors do not count claims there
 */
gboolean
llwybr_task_section_get_may_claim (LlwybrTaskSection *self)
{
  g_return_val_if_fail (LLWYBR_IS_TASK_SECTION (self), FALSE);

  return self->may_claim;
}

const char *
llwybr_task_section_get_text (LlwybrTaskSection *self)
{
  g_return_val_if_fail (LLWYBR_IS_TASK_SECTION (self), NULL);

  return self->text;
}

guint
llwybr_task_section_count_words (LlwybrTaskSection *self)
{
  g_return_val_if_fail (LLWYBR_IS_TASK_SECTION (self), 0);

  return llwybr_count_words (self->text);
}

/**
 * llwybr_task_section_get_claims:
 *
 * Returns: (transfer none) (element-type LlwybrClaim): the standards
 *   claimed in the text, in the order they appear
 */
GArray *
llwybr_task_section_get_claims (LlwybrTaskSection *self)
{
  g_return_val_if_fail (LLWYBR_IS_TASK_SECTION (self), NULL);

  return self->claims;
}

/**
 * llwybr_task_section_get_task:
 *
 * Returns: (transfer none): the task the section belongs to
 */
LlwybrTask *
llwybr_task_section_get_task (LlwybrTaskSection *self)
{
  g_return_val_if_fail (LLWYBR_IS_TASK_SECTION (self), NULL);

  return self->task;
}

const char *
llwybr_task_get_id (LlwybrTask *self)
{
  g_return_val_if_fail (LLWYBR_IS_TASK (self), NULL);

  return self->id;
}

const char *
llwybr_task_get_title (LlwybrTask     *self,
                       LlwybrLanguage  language)
{
  g_return_val_if_fail (LLWYBR_IS_TASK (self), NULL);
  g_return_val_if_fail (language < LLWYBR_N_LANGUAGES, NULL);

  return self->title[language];
}

const char *
llwybr_task_get_short_title (LlwybrTask     *self,
                             LlwybrLanguage  language)
{
  g_return_val_if_fail (LLWYBR_IS_TASK (self), NULL);
  g_return_val_if_fail (language < LLWYBR_N_LANGUAGES, NULL);

  return self->short_title[language];
}

const char *
llwybr_task_get_guidance (LlwybrTask     *self,
                          LlwybrLanguage  language)
{
  g_return_val_if_fail (LLWYBR_IS_TASK (self), NULL);
  g_return_val_if_fail (language < LLWYBR_N_LANGUAGES, NULL);

  return self->guidance[language];
}

/**
 * llwybr_task_get_sections:
 *
 * Returns: (transfer none): the task's #LlwybrTaskSection, in order
 */
GListModel *
llwybr_task_get_sections (LlwybrTask *self)
{
  g_return_val_if_fail (LLWYBR_IS_TASK (self), NULL);

  return G_LIST_MODEL (self->sections);
}

/**
 * llwybr_task_lookup_section:
 *
 * Returns: (transfer none) (nullable): the section called @id
 */
LlwybrTaskSection *
llwybr_task_lookup_section (LlwybrTask *self,
                            const char *id)
{
  g_return_val_if_fail (LLWYBR_IS_TASK (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->sections)); i++)
    {
      g_autoptr(LlwybrTaskSection) section = g_list_model_get_item (G_LIST_MODEL (self->sections), i);

      if (g_str_equal (section->id, id))
        return section;
    }

  return NULL;
}

/**
 * llwybr_task_count_claims:
 *
 * Returns: how many times the task claims @standard where claims count,
 *   that is outside its context section
 */
guint
llwybr_task_count_claims (LlwybrTask *self,
                          const char *standard)
{
  guint n = 0;

  g_return_val_if_fail (LLWYBR_IS_TASK (self), 0);
  g_return_val_if_fail (standard != NULL, 0);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->sections)); i++)
    {
      g_autoptr(LlwybrTaskSection) section = g_list_model_get_item (G_LIST_MODEL (self->sections), i);

      if (!section->may_claim)
        continue;
      for (guint j = 0; j < section->claims->len; j++)
        n += g_str_equal (g_array_index (section->claims, LlwybrClaim, j).standard, standard);
    }

  return n;
}

/**
 * llwybr_task_templates_new:
 *
 * Returns: (transfer full): a new #LlwybrTask for each written task, with
 *   empty sections, in the order the assessment sets them
 */
GListModel *
llwybr_task_templates_new (GError **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GListStore) tasks = g_list_store_new (LLWYBR_TYPE_TASK);
  JsonObject *root, *section_sets;
  JsonArray *array;

  bytes = g_resource_lookup_data (llwybr_data_get_resource (), TEMPLATES, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (bytes == NULL ||
      !json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), error))
    return NULL;

  root = JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)) ? json_node_get_object (json_parser_get_root (parser)) : NULL;
  array = _llwybr_json_member_array (root, "tasks");
  section_sets = root && json_object_has_member (root, "section_sets") ? json_object_get_object_member (root, "section_sets") : NULL;
  if (array == NULL || section_sets == NULL)
    return invalid (error, "tasks", "tasks"), NULL;

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      g_autoptr(LlwybrTask) task = NULL;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        return invalid (error, "tasks", "tasks"), NULL;
      if (!(task = task_new (json_node_get_object (node), section_sets, error)))
        return NULL;
      g_list_store_append (tasks, task);
    }

  return G_LIST_MODEL (g_steal_pointer (&tasks));
}

/**
 * llwybr_claim_marker:
 *
 * Returns: (transfer full): the marker that claims @standard, "[S23]"
 */
char *
llwybr_claim_marker (const char *standard)
{
  g_return_val_if_fail (standard != NULL, NULL);

  return g_strdup_printf ("[S%s]", standard);
}

/**
 * llwybr_claims_in_text:
 *
 * Finds the markers "[S23]" in @text; "[s23]" and "[S 23]" count too, as
 * people type them.
 *
 * Returns: (transfer full) (element-type LlwybrClaim): the claims
 */
GArray *
llwybr_claims_in_text (const char *text)
{
  GArray *claims = g_array_new (FALSE, FALSE, sizeof (LlwybrClaim));

  g_array_set_clear_func (claims, clear_claim);
  for (const char *p = text ? strchr (text, '[') : NULL; p != NULL; p = strchr (p + 1, '['))
    {
      const char *q = p + 1;
      const char *digits;
      LlwybrClaim claim;

      if (*q != 'S' && *q != 's')
        continue;
      for (q++; *q == ' '; q++)
        ;
      digits = q;
      while (g_ascii_isdigit (*q) && q - digits < 3)
        q++;
      if (q == digits || *q != ']' || *digits == '0')
        continue;

      claim.standard = g_strndup (digits, q - digits);
      claim.start = p - text;
      claim.end = q + 1 - text;
      g_array_append_val (claims, claim);
    }

  return claims;
}

/**
 * llwybr_count_words:
 *
 * Returns: the words in @text, as a word processor counts them: runs
 *   between spaces with a letter or a digit in them; a claim marker, and
 *   the full stop left after one, is not a word
 */
guint
llwybr_count_words (const char *text)
{
  g_autoptr(GArray) claims = NULL;
  gboolean in_word = FALSE, has_letter = FALSE;
  guint n = 0, next = 0;

  g_return_val_if_fail (text != NULL, 0);

  claims = llwybr_claims_in_text (text);
  for (const char *p = text; ; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      gboolean marker = next < claims->len && (gsize)(p - text) == g_array_index (claims, LlwybrClaim, next).start;

      if (c == 0 || g_unichar_isspace (c) || marker)
        {
          n += in_word && has_letter;
          in_word = has_letter = FALSE;
          if (c == 0)
            break;
          if (marker)
            p = text + g_array_index (claims, LlwybrClaim, next++).end - 1;
          continue;
        }

      in_word = TRUE;
      has_letter |= g_unichar_isalnum (c);
    }

  return n;
}
