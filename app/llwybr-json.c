/* llwybr-json.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "llwybr-json"

#include "config.h"

#include "llwybr-json-private.h"

const char *
_llwybr_json_member_string (JsonObject *object,
                            const char *name)
{
  JsonNode *node = object ? json_object_get_member (object, name) : NULL;

  if (node == NULL || json_node_get_value_type (node) != G_TYPE_STRING ||
      !g_utf8_validate (json_node_get_string (node), -1, NULL))
    return NULL;

  return json_node_get_string (node);
}

int
_llwybr_json_member_int (JsonObject *object,
                         const char *name)
{
  JsonNode *node = object ? json_object_get_member (object, name) : NULL;

  return node && json_node_get_value_type (node) == G_TYPE_INT64 ? (int)json_node_get_int (node) : -1;
}

JsonArray *
_llwybr_json_member_array (JsonObject *object,
                           const char *name)
{
  JsonNode *node = object ? json_object_get_member (object, name) : NULL;

  return node && JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
}

/* Reads { "en": …, "cy": … } into @texts, LLWYBR_N_LANGUAGES strings;
 * FALSE if one is missing or empty. */
gboolean
_llwybr_json_read_texts (JsonNode  *node,
                         char     **texts)
{
  JsonObject *object = node && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;

  for (guint i = 0; i < LLWYBR_N_LANGUAGES; i++)
    {
      const char *text = _llwybr_json_member_string (object, llwybr_language_to_code (i));

      if (text == NULL || *text == '\0')
        return FALSE;
      texts[i] = g_strdup (text);
    }

  return TRUE;
}
