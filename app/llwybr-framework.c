/* llwybr-framework.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "llwybr-framework"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "llwybr-data-resources.h"
#include "llwybr-framework.h"
#include "llwybr-framework-private.h"

#define FORMAT_VERSION 1
#define MAX_GROUP_DEPTH 2
#define DEFAULT_PACK "/cymru/llwybr/Llwybr/frameworks/hlta-standards.json"

/* A standards pack: data, never code, so that a revised or a Welsh set of
 * standards is a new file rather than a new release. The pack's bytes are
 * kept so a portfolio can carry an exact copy of the framework it targets. */
struct _LlwybrFramework
{
  GObject     parent_instance;

  GBytes     *bytes;
  char       *id;
  char       *version;
  char       *title[LLWYBR_N_LANGUAGES];
  char       *source[LLWYBR_N_LANGUAGES];
  gboolean    welsh_official;
  GListStore *standards;
  GHashTable *by_code;
};

G_DEFINE_FINAL_TYPE (LlwybrFramework, llwybr_framework, G_TYPE_OBJECT)

G_DEFINE_QUARK (llwybr-framework-error-quark, llwybr_framework_error)

/* Helpers */

static gboolean
invalid (GError     **error,
         const char  *format,
         ...) G_GNUC_PRINTF (2, 3);

static gboolean
invalid (GError     **error,
         const char  *format,
         ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_set_error_literal (error, LLWYBR_FRAMEWORK_ERROR, LLWYBR_FRAMEWORK_ERROR_INVALID, message);

  return FALSE;
}

static const char *
get_string (JsonObject *object,
            const char *member)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;

  return json_node_get_string (node);
}

static JsonObject *
get_object (JsonObject *object,
            const char *member)
{
  JsonNode *node = json_object_get_member (object, member);

  return node != NULL && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

static JsonArray *
get_array (JsonObject *object,
           const char *member)
{
  JsonNode *node = json_object_get_member (object, member);

  return node != NULL && JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
}

/* Reads { "en": …, "cy": … } into @texts. Returns the name of the first
 * missing or empty language field, or NULL when every language is there. */
static const char *
read_texts (JsonObject  *object,
            const char  *member,
            char       **texts)
{
  static const char * const paths[][LLWYBR_N_LANGUAGES] = { { "en", "cy" } };
  JsonObject *bilingual = get_object (object, member);

  (void)paths;

  for (guint i = 0; i < LLWYBR_N_LANGUAGES; i++)
    {
      const char *code = llwybr_language_to_code (i);
      const char *text = bilingual ? get_string (bilingual, code) : NULL;

      if (text == NULL || *text == '\0' || !g_utf8_validate (text, -1, NULL))
        return code;

      texts[i] = g_strdup (text);
    }

  return NULL;
}

static void
clear_texts (char **texts)
{
  for (guint i = 0; i < LLWYBR_N_LANGUAGES; i++)
    g_clear_pointer (&texts[i], g_free);
}

static gboolean
read_optional_texts (JsonObject  *object,
                     const char  *member,
                     char       **texts,
                     const char **missing)
{
  *missing = NULL;
  if (!json_object_has_member (object, member))
    return TRUE;

  *missing = read_texts (object, member, texts);
  return *missing == NULL;
}

static gboolean
load_standards (LlwybrFramework      *self,
                LlwybrStandardGroup  *group,
                JsonArray            *array,
                GError              **error)
{
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      JsonObject *object = JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
      char *text[LLWYBR_N_LANGUAGES] = { NULL };
      const char *code = object ? get_string (object, "code") : NULL;
      const char *missing;

      if (code == NULL || *code == '\0' || !g_utf8_validate (code, -1, NULL))
        /* Translators: %1$u is a position in a list, %2$s a group's id */
        return invalid (error, _("Standard number %1$u in group “%2$s” of the standards pack has no “code” field."),
                        i + 1, llwybr_standard_group_get_id (group));

      if (g_hash_table_contains (self->by_code, code))
        return invalid (error, _("Standard %s appears twice in the standards pack."), code);

      if ((missing = read_texts (object, "text", text)) != NULL)
        {
          g_autofree char *field = g_strdup_printf ("text.%s", missing);

          clear_texts (text);
          /* Translators: %1$s is a standard's code, %2$s a field name such as text.cy */
          return invalid (error, _("Standard %1$s in the standards pack: the field “%2$s” is missing or empty."),
                          code, field);
        }

      {
        g_autoptr(LlwybrStandard) standard = _llwybr_standard_new (code, group, text);

        g_list_store_append (self->standards, standard);
        g_hash_table_insert (self->by_code, g_strdup (code), standard);
      }
    }

  return TRUE;
}

static gboolean load_groups (LlwybrFramework      *self,
                             LlwybrStandardGroup  *parent,
                             JsonArray            *array,
                             guint                 depth,
                             GError              **error);

static gboolean
load_group (LlwybrFramework      *self,
            LlwybrStandardGroup  *parent,
            JsonObject           *object,
            guint                 depth,
            GError              **error)
{
  char *title[LLWYBR_N_LANGUAGES] = { NULL };
  char *lead_in[LLWYBR_N_LANGUAGES] = { NULL };
  char *note[LLWYBR_N_LANGUAGES] = { NULL };
  g_autoptr(LlwybrStandardGroup) group = NULL;
  const char *id = get_string (object, "id");
  const char *missing = NULL;
  const char *field = NULL;
  JsonArray *standards = get_array (object, "standards");
  JsonArray *subgroups = get_array (object, "groups");

  if (id == NULL || *id == '\0' || !g_utf8_validate (id, -1, NULL))
    return invalid (error, _("A group in the standards pack has no “id” field."));

  if ((missing = read_texts (object, "title", title)) != NULL)
    field = "title";
  else if (!read_optional_texts (object, "lead_in", lead_in, &missing))
    field = "lead_in";
  else if (!read_optional_texts (object, "note", note, &missing))
    field = "note";

  if (field != NULL)
    {
      g_autofree char *path = g_strdup_printf ("%s.%s", field, missing);

      clear_texts (title);
      clear_texts (lead_in);
      clear_texts (note);
      /* Translators: %1$s is a group's id, %2$s a field name such as title.cy */
      return invalid (error, _("Group “%1$s” of the standards pack: the field “%2$s” is missing or empty."),
                      id, path);
    }

  group = _llwybr_standard_group_new (id, parent, title, lead_in, note);

  if ((standards == NULL) == (subgroups == NULL))
    return invalid (error, _("Group “%s” of the standards pack must have either standards or groups."), id);

  if (standards != NULL)
    return load_standards (self, group, standards, error);

  return load_groups (self, group, subgroups, depth + 1, error);
}

static gboolean
load_groups (LlwybrFramework      *self,
             LlwybrStandardGroup  *parent,
             JsonArray            *array,
             guint                 depth,
             GError              **error)
{
  if (depth > MAX_GROUP_DEPTH)
    return invalid (error, _("The standards pack nests its groups too deeply."));

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);

      if (!JSON_NODE_HOLDS_OBJECT (node))
        return invalid (error, _("A group in the standards pack is not an object."));

      if (!load_group (self, parent, json_node_get_object (node), depth, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
load_pack (LlwybrFramework  *self,
           JsonObject       *root,
           GError          **error)
{
  JsonNode *format = json_object_get_member (root, "format");
  JsonArray *groups = get_array (root, "groups");
  const char *id = get_string (root, "id");
  const char *version = get_string (root, "version");
  const char *welsh = get_string (root, "welsh");
  const char *missing;

  if (format == NULL || json_node_get_value_type (format) != G_TYPE_INT64 ||
      json_node_get_int (format) != FORMAT_VERSION)
    return invalid (error, _("The standards pack is in a format this version of Llwybr does not know."));

  if (id == NULL || *id == '\0')
    return invalid (error, _("The standards pack has no “%s” field."), "id");
  if (version == NULL || *version == '\0')
    return invalid (error, _("The standards pack has no “%s” field."), "version");
  if (welsh == NULL || !(g_str_equal (welsh, "official") || g_str_equal (welsh, "project-translation")))
    return invalid (error, _("The standards pack has no “%s” field."), "welsh");
  if ((missing = read_texts (root, "title", self->title)) != NULL)
    return invalid (error, _("The standards pack has no “%s” field."), "title");
  if ((missing = read_texts (root, "source", self->source)) != NULL)
    return invalid (error, _("The standards pack has no “%s” field."), "source");
  if (groups == NULL)
    return invalid (error, _("The standards pack has no “%s” field."), "groups");

  self->id = g_strdup (id);
  self->version = g_strdup (version);
  self->welsh_official = g_str_equal (welsh, "official");

  if (!load_groups (self, NULL, groups, 1, error))
    return FALSE;

  if (g_list_model_get_n_items (G_LIST_MODEL (self->standards)) == 0)
    return invalid (error, _("The standards pack has no standards."));

  return TRUE;
}

/* Overrides */

static void
llwybr_framework_dispose (GObject *object)
{
  LlwybrFramework *self = (LlwybrFramework *)object;

  g_clear_pointer (&self->by_code, g_hash_table_unref);
  g_clear_object (&self->standards);

  G_OBJECT_CLASS (llwybr_framework_parent_class)->dispose (object);
}

static void
llwybr_framework_finalize (GObject *object)
{
  LlwybrFramework *self = (LlwybrFramework *)object;

  g_clear_pointer (&self->bytes, g_bytes_unref);
  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->version, g_free);
  clear_texts (self->title);
  clear_texts (self->source);

  G_OBJECT_CLASS (llwybr_framework_parent_class)->finalize (object);
}

static void
llwybr_framework_class_init (LlwybrFrameworkClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = llwybr_framework_dispose;
  object_class->finalize = llwybr_framework_finalize;
}

static void
llwybr_framework_init (LlwybrFramework *self)
{
  self->standards = g_list_store_new (LLWYBR_TYPE_STANDARD);
  self->by_code = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

/* Public API */

/**
 * llwybr_framework_new_from_bytes:
 * @bytes: a standards pack, as JSON
 *
 * Loads and validates a standards pack. A pack with a missing, empty or
 * mistyped field is refused with an error that names the field and the
 * standard or group it belongs to.
 *
 * Returns: (transfer full): the framework, or %NULL with @error set
 */
LlwybrFramework *
llwybr_framework_new_from_bytes (GBytes  *bytes,
                                 GError **error)
{
  g_autoptr(LlwybrFramework) self = NULL;
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GError) local_error = NULL;
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);
  JsonNode *root;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!g_utf8_validate_len (data, size, NULL))
    {
      invalid (error, _("The standards pack is not valid UTF-8 text."));
      return NULL;
    }

  /* An empty pack has no data at all, which json-glib refuses outright. */
  if (!json_parser_load_from_data (parser, data ? data : "", size, &local_error))
    {
      invalid (error, _("The standards pack is not valid JSON: %s"), local_error->message);
      return NULL;
    }

  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      invalid (error, _("The standards pack is not a JSON object."));
      return NULL;
    }

  self = g_object_new (LLWYBR_TYPE_FRAMEWORK, NULL);
  self->bytes = g_bytes_ref (bytes);

  if (!load_pack (self, json_node_get_object (root), error))
    return NULL;

  return g_steal_pointer (&self);
}

/**
 * llwybr_framework_new_default:
 *
 * Returns: (transfer full): the HLTA professional standards, as shipped
 */
LlwybrFramework *
llwybr_framework_new_default (GError **error)
{
  g_autoptr(GBytes) bytes = NULL;

  bytes = g_resource_lookup_data (llwybr_data_get_resource (), DEFAULT_PACK,
                                 G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (bytes == NULL)
    return NULL;

  return llwybr_framework_new_from_bytes (bytes, error);
}

const char *
llwybr_framework_get_id (LlwybrFramework *self)
{
  g_return_val_if_fail (LLWYBR_IS_FRAMEWORK (self), NULL);

  return self->id;
}

const char *
llwybr_framework_get_version (LlwybrFramework *self)
{
  g_return_val_if_fail (LLWYBR_IS_FRAMEWORK (self), NULL);

  return self->version;
}

const char *
llwybr_framework_get_title (LlwybrFramework *self,
                            LlwybrLanguage   language)
{
  g_return_val_if_fail (LLWYBR_IS_FRAMEWORK (self), NULL);
  g_return_val_if_fail (language < LLWYBR_N_LANGUAGES, NULL);

  return self->title[language];
}

const char *
llwybr_framework_get_source (LlwybrFramework *self,
                             LlwybrLanguage   language)
{
  g_return_val_if_fail (LLWYBR_IS_FRAMEWORK (self), NULL);
  g_return_val_if_fail (language < LLWYBR_N_LANGUAGES, NULL);

  return self->source[language];
}

/**
 * llwybr_framework_get_welsh_official:
 *
 * Returns: %TRUE if the Welsh text is the official one, %FALSE if it is the
 *   project's own translation
 */
gboolean
llwybr_framework_get_welsh_official (LlwybrFramework *self)
{
  g_return_val_if_fail (LLWYBR_IS_FRAMEWORK (self), FALSE);

  return self->welsh_official;
}

/**
 * llwybr_framework_get_standards:
 *
 * Returns: (transfer none): a #GListModel of #LlwybrStandard, in pack order
 */
GListModel *
llwybr_framework_get_standards (LlwybrFramework *self)
{
  g_return_val_if_fail (LLWYBR_IS_FRAMEWORK (self), NULL);

  return G_LIST_MODEL (self->standards);
}

/**
 * llwybr_framework_lookup_standard:
 *
 * Returns: (nullable) (transfer none): the standard with @code
 */
LlwybrStandard *
llwybr_framework_lookup_standard (LlwybrFramework *self,
                                  const char      *code)
{
  g_return_val_if_fail (LLWYBR_IS_FRAMEWORK (self), NULL);
  g_return_val_if_fail (code != NULL, NULL);

  return g_hash_table_lookup (self->by_code, code);
}

/**
 * llwybr_framework_get_bytes:
 *
 * Returns: (transfer none): the pack exactly as it was loaded
 */
GBytes *
llwybr_framework_get_bytes (LlwybrFramework *self)
{
  g_return_val_if_fail (LLWYBR_IS_FRAMEWORK (self), NULL);

  return self->bytes;
}
