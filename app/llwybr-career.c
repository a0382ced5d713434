/* llwybr-career.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "llwybr-career"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "llwybr-career.h"
#include "llwybr-data-resources.h"
#include "llwybr-framework.h"
#include "llwybr-json-private.h"
#include "llwybr-plan-step.h"

#define DEFAULT_PACK "/cymru/llwybr/Llwybr/career/career-framework.json"

/* The career framework: role profiles, the qualifications catalogue and
 * the essential training, as data, so a revised framework (Wales is
 * writing its own) is a new file, not a new release. Validated like the
 * standards pack: an error names the field and the entry. */
struct _LlwybrCareer
{
  GObject     parent_instance;

  int         credit_hours;
  GPtrArray  *roles;
  GPtrArray  *qualifications;
  GHashTable *roles_by_id;
  GHashTable *qualifications_by_id;
  guint       n_modules[2];
  char       *hlta_preparation[LLWYBR_N_LANGUAGES];
};

G_DEFINE_FINAL_TYPE (LlwybrCareer, llwybr_career, G_TYPE_OBJECT)

/* Helpers */

static gboolean
invalid (GError     **error,
         const char  *entry,
         const char  *field)
{
  g_set_error (error, LLWYBR_FRAMEWORK_ERROR, LLWYBR_FRAMEWORK_ERROR_INVALID,
               /* Translators: %1$s is an entry of the career framework, %2$s a field such as title.cy */
               _("The career framework’s “%1$s”: the field “%2$s” is missing or empty."), entry, field);
  return FALSE;
}

static void
free_texts (gpointer data)
{
  char **texts = data;

  for (guint i = 0; i < LLWYBR_N_LANGUAGES; i++)
    g_free (texts[i]);
  g_free (texts);
}

/* A list of bilingual texts, each an array of LLWYBR_N_LANGUAGES strings. */
static gboolean
read_text_list (JsonObject  *object,
                const char  *name,
                GPtrArray  **out)
{
  JsonArray *array = _llwybr_json_member_array (object, name);

  *out = g_ptr_array_new_with_free_func (free_texts);
  for (guint i = 0; array && i < json_array_get_length (array); i++)
    {
      char **texts = g_new0 (char *, LLWYBR_N_LANGUAGES);

      g_ptr_array_add (*out, texts);
      if (!_llwybr_json_read_texts (json_array_get_element (array, i), texts))
        return FALSE;
    }

  return array != NULL;
}

static void
role_free (LlwybrCareerRole *role)
{
  g_free (role->id);
  g_free (role->track);
  for (guint i = 0; i < LLWYBR_N_LANGUAGES; i++)
    {
      g_free (role->title[i]);
      g_free (role->purpose[i]);
    }
  g_clear_pointer (&role->duties, g_ptr_array_unref);
  g_clear_pointer (&role->knowledge, g_ptr_array_unref);
  g_clear_pointer (&role->cpd, g_ptr_array_unref);
  g_strfreev (role->qualifications);
  g_free (role);
}

static void
qualification_free (LlwybrCareerQualification *qualification)
{
  g_free (qualification->id);
  g_free (qualification->kind);
  g_free (qualification->size);
  for (guint i = 0; i < LLWYBR_N_LANGUAGES; i++)
    {
      g_free (qualification->title[i]);
      g_free (qualification->summary[i]);
    }
  g_free (qualification);
}

static gboolean
load_qualification (LlwybrCareer  *self,
                    JsonObject    *object,
                    GError       **error)
{
  LlwybrCareerQualification *qualification = g_new0 (LlwybrCareerQualification, 1);
  const char *id = _llwybr_json_member_string (object, "id");

  g_ptr_array_add (self->qualifications, qualification);
  if (id == NULL || *id == '\0' || g_hash_table_contains (self->qualifications_by_id, id))
    return invalid (error, id ? id : "?", "id");

  qualification->id = g_strdup (id);
  qualification->kind = g_strdup (_llwybr_json_member_string (object, "kind"));
  qualification->size = g_strdup (_llwybr_json_member_string (object, "size"));
  qualification->level = _llwybr_json_member_int (object, "level");
  qualification->credits = _llwybr_json_member_int (object, "credits");
  if (qualification->kind == NULL)
    return invalid (error, id, "kind");
  if (!_llwybr_json_read_texts (json_object_get_member (object, "title"), qualification->title))
    return invalid (error, id, "title");
  if (!_llwybr_json_read_texts (json_object_get_member (object, "summary"), qualification->summary))
    return invalid (error, id, "summary");

  g_hash_table_insert (self->qualifications_by_id, qualification->id, qualification);
  return TRUE;
}

static gboolean
load_role (LlwybrCareer  *self,
           JsonObject    *object,
           GError       **error)
{
  LlwybrCareerRole *role = g_new0 (LlwybrCareerRole, 1);
  const char *id = _llwybr_json_member_string (object, "id");
  JsonArray *qualifications = _llwybr_json_member_array (object, "qualifications");
  g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();

  g_ptr_array_add (self->roles, role);
  if (id == NULL || *id == '\0' || g_hash_table_contains (self->roles_by_id, id))
    return invalid (error, id ? id : "?", "id");

  role->id = g_strdup (id);
  role->track = g_strdup (_llwybr_json_member_string (object, "track"));
  role->level = _llwybr_json_member_int (object, "level");
  if (role->track == NULL || role->level < 1)
    return invalid (error, id, role->track ? "level" : "track");
  if (!_llwybr_json_read_texts (json_object_get_member (object, "title"), role->title))
    return invalid (error, id, "title");
  if (!_llwybr_json_read_texts (json_object_get_member (object, "purpose"), role->purpose))
    return invalid (error, id, "purpose");
  if (!read_text_list (object, "duties", &role->duties))
    return invalid (error, id, "duties");
  if (!read_text_list (object, "knowledge", &role->knowledge))
    return invalid (error, id, "knowledge");
  if (!read_text_list (object, "cpd", &role->cpd))
    return invalid (error, id, "cpd");

  for (guint i = 0; qualifications && i < json_array_get_length (qualifications); i++)
    {
      const char *qualification = json_array_get_string_element (qualifications, i);

      if (qualification == NULL || !g_hash_table_contains (self->qualifications_by_id, qualification))
        return invalid (error, id, "qualifications");
      g_strv_builder_add (ids, qualification);
    }
  role->qualifications = g_strv_builder_end (ids);

  g_hash_table_insert (self->roles_by_id, role->id, role);
  return TRUE;
}

static gboolean
load_pack (LlwybrCareer  *self,
           JsonObject    *root,
           GError       **error)
{
  JsonArray *qualifications = _llwybr_json_member_array (root, "qualifications");
  JsonArray *roles = _llwybr_json_member_array (root, "roles");
  JsonArray *modules = _llwybr_json_member_array (root, "training_modules");

  if (_llwybr_json_member_int (root, "format") != 1)
    return invalid (error, "career-framework", "format");
  if ((self->credit_hours = _llwybr_json_member_int (root, "credit_hours")) < 1)
    return invalid (error, "career-framework", "credit_hours");
  if (!_llwybr_json_read_texts (json_object_get_member (root, "hlta_preparation"), self->hlta_preparation))
    return invalid (error, "career-framework", "hlta_preparation");
  if (qualifications == NULL || roles == NULL || modules == NULL)
    return invalid (error, "career-framework", qualifications == NULL ? "qualifications" : roles == NULL ? "roles" : "training_modules");

  /* The catalogue first: roles refer to it. */
  for (guint i = 0; i < json_array_get_length (qualifications); i++)
    if (!load_qualification (self, json_array_get_object_element (qualifications, i), error))
      return FALSE;

  for (guint i = 0; i < json_array_get_length (roles); i++)
    if (!load_role (self, json_array_get_object_element (roles, i), error))
      return FALSE;

  for (guint i = 0; i < json_array_get_length (modules); i++)
    {
      JsonObject *module = json_array_get_object_element (modules, i);
      char *title[LLWYBR_N_LANGUAGES] = { NULL };
      gboolean ok = module && _llwybr_json_read_texts (json_object_get_member (module, "title"), title);

      for (guint j = 0; j < LLWYBR_N_LANGUAGES; j++)
        g_free (title[j]);
      if (!ok)
        return invalid (error, _llwybr_json_member_string (module, "id") ? _llwybr_json_member_string (module, "id") : "?", "title");
      self->n_modules[json_object_get_boolean_member_with_default (module, "core", FALSE) ? 1 : 0]++;
    }

  return TRUE;
}

static void
add_suggestion (GPtrArray            *suggestions,
                LlwybrSuggestionKind  kind,
                const char           *qualification,
                char * const         *texts)
{
  LlwybrSuggestion *suggestion = g_new0 (LlwybrSuggestion, 1);

  suggestion->kind = kind;
  suggestion->qualification = g_strdup (qualification);
  for (guint i = 0; i < LLWYBR_N_LANGUAGES; i++)
    suggestion->text[i] = g_strdup (texts[i]);
  g_ptr_array_add (suggestions, suggestion);
}

/* HLTA standard 11 asks for Level 2 English and maths. */
static gboolean
is_level_2_english_maths (const LlwybrCareerQualification *qualification)
{
  return g_str_equal (qualification->kind, "english-maths") && qualification->level == 2;
}

/* Overrides */

static void
llwybr_career_finalize (GObject *object)
{
  LlwybrCareer *self = (LlwybrCareer *)object;

  g_clear_pointer (&self->roles_by_id, g_hash_table_unref);
  g_clear_pointer (&self->qualifications_by_id, g_hash_table_unref);
  g_clear_pointer (&self->roles, g_ptr_array_unref);
  g_clear_pointer (&self->qualifications, g_ptr_array_unref);
  for (guint i = 0; i < LLWYBR_N_LANGUAGES; i++)
    g_free (self->hlta_preparation[i]);

  G_OBJECT_CLASS (llwybr_career_parent_class)->finalize (object);
}

static void
llwybr_career_class_init (LlwybrCareerClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = llwybr_career_finalize;
}

static void
llwybr_career_init (LlwybrCareer *self)
{
  self->roles = g_ptr_array_new_with_free_func ((GDestroyNotify)role_free);
  self->qualifications = g_ptr_array_new_with_free_func ((GDestroyNotify)qualification_free);
  self->roles_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->qualifications_by_id = g_hash_table_new (g_str_hash, g_str_equal);
}

/* Public API */

LlwybrCareer *
llwybr_career_new_from_bytes (GBytes  *bytes,
                              GError **error)
{
  g_autoptr(LlwybrCareer) self = g_object_new (LLWYBR_TYPE_CAREER, NULL);
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GError) local_error = NULL;
  JsonNode *root;

  g_return_val_if_fail (bytes != NULL, NULL);

  /* An empty pack has no data at all, which json-glib refuses outright. */
  if (!json_parser_load_from_data (parser, g_bytes_get_size (bytes) ? g_bytes_get_data (bytes, NULL) : "",
                                   g_bytes_get_size (bytes), &local_error) ||
      !(root = json_parser_get_root (parser)) || !JSON_NODE_HOLDS_OBJECT (root))
    {
      invalid (error, "career-framework", "format");
      return NULL;
    }

  if (!load_pack (self, json_node_get_object (root), error))
    return NULL;

  return g_steal_pointer (&self);
}

/**
 * llwybr_career_new_default:
 *
 * Returns: (transfer full): the career framework Llwybr ships
 */
LlwybrCareer *
llwybr_career_new_default (GError **error)
{
  g_autoptr(GBytes) bytes = g_resource_lookup_data (llwybr_data_get_resource (), DEFAULT_PACK,
                                                    G_RESOURCE_LOOKUP_FLAGS_NONE, error);

  return bytes ? llwybr_career_new_from_bytes (bytes, error) : NULL;
}

int
llwybr_career_get_credit_hours (LlwybrCareer *self)
{
  g_return_val_if_fail (LLWYBR_IS_CAREER (self), 10);

  return self->credit_hours;
}

guint
llwybr_career_get_n_roles (LlwybrCareer *self)
{
  g_return_val_if_fail (LLWYBR_IS_CAREER (self), 0);

  return self->roles->len;
}

const LlwybrCareerRole *
llwybr_career_get_role (LlwybrCareer *self,
                        guint         index)
{
  g_return_val_if_fail (LLWYBR_IS_CAREER (self), NULL);
  g_return_val_if_fail (index < self->roles->len, NULL);

  return g_ptr_array_index (self->roles, index);
}

const LlwybrCareerRole *
llwybr_career_lookup_role (LlwybrCareer *self,
                           const char   *id)
{
  g_return_val_if_fail (LLWYBR_IS_CAREER (self), NULL);

  return id ? g_hash_table_lookup (self->roles_by_id, id) : NULL;
}

guint
llwybr_career_get_n_qualifications (LlwybrCareer *self)
{
  g_return_val_if_fail (LLWYBR_IS_CAREER (self), 0);

  return self->qualifications->len;
}

const LlwybrCareerQualification *
llwybr_career_get_qualification (LlwybrCareer *self,
                                 guint         index)
{
  g_return_val_if_fail (LLWYBR_IS_CAREER (self), NULL);
  g_return_val_if_fail (index < self->qualifications->len, NULL);

  return g_ptr_array_index (self->qualifications, index);
}

const LlwybrCareerQualification *
llwybr_career_lookup_qualification (LlwybrCareer *self,
                                    const char   *id)
{
  g_return_val_if_fail (LLWYBR_IS_CAREER (self), NULL);

  return id ? g_hash_table_lookup (self->qualifications_by_id, id) : NULL;
}

guint
llwybr_career_get_n_training_modules (LlwybrCareer *self,
                                      gboolean      core)
{
  g_return_val_if_fail (LLWYBR_IS_CAREER (self), 0);

  return self->n_modules[core ? 1 : 0];
}

void
llwybr_suggestion_free (LlwybrSuggestion *suggestion)
{
  if (suggestion == NULL)
    return;

  g_free (suggestion->qualification);
  for (guint i = 0; i < LLWYBR_N_LANGUAGES; i++)
    g_free (suggestion->text[i]);
  g_free (suggestion);
}

/**
 * llwybr_career_suggest:
 * @current: (nullable): the TA's role now
 * @target: the role she is working towards
 * @done: (nullable): the ids of the qualifications her plan already has
 * @has_level_2_certificate: whether her portfolio has certificate evidence
 *   for HLTA standard 11 (Level 2 English and maths)
 *
 * The steps from @current to @target, in order: for each role on the way,
 * the qualifications the framework names for it; then the target role's
 * CPD suggestions; and, for a role that works at HLTA level (level 4 and
 * up of the teaching assistant track), the Level 2 English and maths that
 * HLTA standard 11 asks for, unless the portfolio has its certificate,
 * and last the preparation for HLTA assessment.
 *
 * Returns: (transfer full) (element-type LlwybrSuggestion): the suggestions
 */
GPtrArray *
llwybr_career_suggest (LlwybrCareer *self,
                       const char   *current,
                       const char   *target,
                       GHashTable   *done,
                       gboolean      has_level_2_certificate)
{
  GPtrArray *suggestions = g_ptr_array_new_with_free_func ((GDestroyNotify)llwybr_suggestion_free);
  const LlwybrCareerRole *from = llwybr_career_lookup_role (self, current);
  const LlwybrCareerRole *to = llwybr_career_lookup_role (self, target);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  gboolean hlta_level;
  int start;

  g_return_val_if_fail (LLWYBR_IS_CAREER (self), suggestions);

  if (to == NULL)
    return suggestions;

  hlta_level = to->level >= 4 && g_str_equal (to->track, "ta");

  /* From another track, or from nowhere, the way starts at level 1. */
  start = from != NULL && g_str_equal (from->track, to->track) ? from->level + 1 : 1;

  for (guint i = 0; i < self->roles->len; i++)
    {
      LlwybrCareerRole *role = g_ptr_array_index (self->roles, i);

      if (!g_str_equal (role->track, to->track) || role->level < start || role->level > to->level)
        continue;

      for (guint j = 0; role->qualifications[j] != NULL; j++)
        {
          const LlwybrCareerQualification *qualification =
            llwybr_career_lookup_qualification (self, role->qualifications[j]);

          /* At HLTA level these come as the requirement, below. */
          if (g_hash_table_contains (seen, qualification->id) ||
              (done && g_hash_table_contains (done, qualification->id)) ||
              (hlta_level && is_level_2_english_maths (qualification)))
            continue;

          g_hash_table_add (seen, qualification->id);
          add_suggestion (suggestions, LLWYBR_SUGGESTION_QUALIFICATION, qualification->id, qualification->title);
        }
    }

  for (guint i = 0; i < to->cpd->len; i++)
    add_suggestion (suggestions, LLWYBR_SUGGESTION_CPD, NULL, g_ptr_array_index (to->cpd, i));

  if (!hlta_level)
    return suggestions;

  /* Working at HLTA level: Level 2 English and maths, then the assessment. */
  for (guint i = 0; i < self->qualifications->len && !has_level_2_certificate; i++)
    {
      LlwybrCareerQualification *qualification = g_ptr_array_index (self->qualifications, i);

      if (is_level_2_english_maths (qualification) &&
          !(done && g_hash_table_contains (done, qualification->id)))
        add_suggestion (suggestions, LLWYBR_SUGGESTION_REQUIREMENT, qualification->id, qualification->title);
    }
  add_suggestion (suggestions, LLWYBR_SUGGESTION_HLTA_PREPARATION, NULL, self->hlta_preparation);

  return suggestions;
}

/**
 * llwybr_career_plan_totals:
 * @steps: a #GListModel of #LlwybrPlanStep
 *
 * Adds up credits and hours, planned and done; hours not entered come
 * from the credits, at the framework's hours per credit.
 */
void
llwybr_career_plan_totals (LlwybrCareer     *self,
                           GListModel       *steps,
                           LlwybrPlanTotals *totals)
{
  g_return_if_fail (LLWYBR_IS_CAREER (self));
  g_return_if_fail (G_IS_LIST_MODEL (steps));

  *totals = (LlwybrPlanTotals) { 0 };
  for (guint i = 0; i < g_list_model_get_n_items (steps); i++)
    {
      g_autoptr(LlwybrPlanStep) step = g_list_model_get_item (steps, i);
      LlwybrPlanStepStatus status;
      int credits, hours = llwybr_plan_step_get_hours_for (step, self->credit_hours);

      g_object_get (step, "status", &status, "credits", &credits, NULL);
      if (status == LLWYBR_PLAN_STEP_DROPPED)
        continue;

      totals->credits_planned += MAX (credits, 0);
      totals->hours_planned += hours;
      if (status == LLWYBR_PLAN_STEP_DONE)
        {
          totals->credits_done += MAX (credits, 0);
          totals->hours_done += hours;
        }
    }
}
