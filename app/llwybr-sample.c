/* llwybr-sample.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "llwybr-sample"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "llwybr-data-resources.h"
#include "llwybr-enums.h"
#include "llwybr-portfolio-private.h"
#include "llwybr-sample.h"

#define SAMPLE_ROOT "/cymru/llwybr/Llwybr/sample/"

/* The sample portfolio is data (resources/sample/), built through the same
 * core calls the app uses, so it exercises every kind of record. */

/* Helpers */

static const char *
member_string (JsonObject *object,
               const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  return node && json_node_get_value_type (node) == G_TYPE_STRING ? json_node_get_string (node) : "";
}

static int
nick_value (GType       type,
            const char *nick)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (type);
  GEnumValue *value = g_enum_get_value_by_nick (klass, nick);

  g_return_val_if_fail (value != NULL, 0);
  return value->value;
}

static gboolean
add_attachment (LlwybrPortfolio  *portfolio,
                LlwybrEvidence   *evidence,
                JsonObject       *object,
                GCancellable     *cancellable,
                GError          **error)
{
  g_autofree char *path = g_strconcat (SAMPLE_ROOT, member_string (object, "file"), NULL);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GInputStream) stream = NULL;
  g_autoptr(LlwybrAttachment) attachment = NULL;

  if (!(bytes = g_resource_lookup_data (llwybr_data_get_resource (), path,
                                        G_RESOURCE_LOOKUP_FLAGS_NONE, error)))
    return FALSE;

  stream = g_memory_input_stream_new_from_bytes (bytes);
  attachment = llwybr_portfolio_attach_stream (portfolio, evidence,
                                               member_string (object, "name"),
                                               member_string (object, "mime"),
                                               stream, g_bytes_get_size (bytes),
                                               cancellable, error);
  return attachment != NULL;
}

static gboolean
add_evidence (LlwybrPortfolio  *portfolio,
              JsonObject       *object,
              GCancellable     *cancellable,
              GError          **error)
{
  g_autoptr(LlwybrEvidence) evidence = llwybr_evidence_new ();
  g_autoptr(GDate) date = g_date_new ();
  JsonArray *links = json_object_get_array_member (object, "links");
  JsonArray *attachments = json_object_has_member (object, "attachments")
                           ? json_object_get_array_member (object, "attachments") : NULL;

  g_date_set_parse (date, member_string (object, "date"));
  g_object_set (evidence,
                "title", member_string (object, "title"),
                "date", g_date_valid (date) ? date : NULL,
                "kind", nick_value (LLWYBR_TYPE_EVIDENCE_KIND, member_string (object, "kind")),
                "setting", nick_value (LLWYBR_TYPE_EVIDENCE_SETTING, member_string (object, "setting")),
                "age-range", member_string (object, "age_range"),
                "subject", member_string (object, "subject"),
                "reflection", member_string (object, "reflection"),
                NULL);

  if (!llwybr_portfolio_add_evidence (portfolio, evidence, error))
    return FALSE;

  for (guint i = 0; links && i < json_array_get_length (links); i++)
    {
      JsonObject *link_object = json_array_get_object_element (links, i);
      g_autoptr(LlwybrLink) link = NULL;

      link = llwybr_portfolio_link_standard (portfolio, evidence,
                                             member_string (link_object, "standard"),
                                             member_string (link_object, "annotation"),
                                             error);
      if (link == NULL)
        return FALSE;
    }

  for (guint i = 0; attachments && i < json_array_get_length (attachments); i++)
    if (!add_attachment (portfolio, evidence, json_array_get_object_element (attachments, i),
                         cancellable, error))
      return FALSE;

  return TRUE;
}

static gboolean
write_task (LlwybrPortfolio  *portfolio,
            JsonObject       *object,
            GError          **error)
{
  LlwybrTask *task = llwybr_portfolio_lookup_task (portfolio, member_string (object, "task"));
  LlwybrTaskSection *section = task ? llwybr_task_lookup_section (task, member_string (object, "section")) : NULL;

  g_return_val_if_fail (section != NULL, FALSE);
  return llwybr_portfolio_set_task_text (portfolio, section, member_string (object, "text"), error);
}

/* A document names its evidence by title; the evidence's first
 * attachment is the document. */
static gboolean
choose_document (LlwybrPortfolio  *portfolio,
                 JsonObject       *object,
                 GError          **error)
{
  GListModel *evidence = llwybr_portfolio_get_evidence (portfolio);
  const char *title = member_string (object, "evidence");

  for (guint i = 0; i < g_list_model_get_n_items (evidence); i++)
    {
      g_autoptr(LlwybrEvidence) item = g_list_model_get_item (evidence, i);
      g_autoptr(GListModel) attachments = NULL;
      g_autoptr(LlwybrAttachment) attachment = NULL;
      g_autoptr(LlwybrDocument) document = NULL;

      if (g_strcmp0 (llwybr_evidence_get_title (item), title) != 0)
        continue;

      attachments = llwybr_portfolio_list_attachments (portfolio, item);
      g_return_val_if_fail (g_list_model_get_n_items (attachments) > 0, FALSE);
      attachment = g_list_model_get_item (attachments, 0);
      if (!(document = llwybr_portfolio_add_document (portfolio, member_string (object, "standard"), attachment, error)))
        return FALSE;
      llwybr_document_set_why (document, member_string (object, "why"));
      llwybr_document_set_highlight (document, member_string (object, "highlight"));
      return llwybr_portfolio_save_document (portfolio, document, error);
    }

  g_return_val_if_reached (FALSE);
}

static gboolean
fill (LlwybrPortfolio  *portfolio,
      GCancellable     *cancellable,
      GError          **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *root, *header;
  JsonArray *evidence, *tasks, *documents;

  if (!(bytes = g_resource_lookup_data (llwybr_data_get_resource (), SAMPLE_ROOT "sample-portfolio.json",
                                        G_RESOURCE_LOOKUP_FLAGS_NONE, error)) ||
      !json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), error))
    return FALSE;

  root = json_node_get_object (json_parser_get_root (parser));
  header = json_object_get_object_member (root, "portfolio");
  evidence = json_object_get_array_member (root, "evidence");
  tasks = json_object_get_array_member (root, "tasks");
  documents = json_object_get_array_member (root, "documents");

  if (!llwybr_portfolio_set_title (portfolio, member_string (header, "title"), error) ||
      !llwybr_portfolio_set_owner (portfolio, member_string (header, "owner"), error) ||
      !llwybr_portfolio_set_school (portfolio, member_string (header, "school"), error) ||
      !llwybr_portfolio_set_role (portfolio, member_string (header, "role"), error))
    return FALSE;

  for (guint i = 0; i < json_array_get_length (evidence); i++)
    if (!add_evidence (portfolio, json_array_get_object_element (evidence, i), cancellable, error))
      return FALSE;

  for (guint i = 0; i < json_array_get_length (tasks); i++)
    if (!write_task (portfolio, json_array_get_object_element (tasks, i), error))
      return FALSE;

  for (guint i = 0; i < json_array_get_length (documents); i++)
    if (!choose_document (portfolio, json_array_get_object_element (documents, i), error))
      return FALSE;

  return TRUE;
}

/* Public API */

/**
 * llwybr_sample_write:
 * @destination: where the sample goes; replaced atomically if it exists
 *
 * Writes the bilingual sample portfolio of a TA in a Welsh primary school.
 */
gboolean
llwybr_sample_write (GFile         *destination,
                     GCancellable  *cancellable,
                     GError       **error)
{
  g_autoptr(LlwybrFramework) framework = NULL;
  g_autoptr(LlwybrPortfolio) portfolio = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  gboolean ok;

  g_return_val_if_fail (G_IS_FILE (destination), FALSE);

  if (!(framework = llwybr_framework_new_default (error)) ||
      !(dir = g_dir_make_tmp ("llwybr-sample-XXXXXX", error)))
    return FALSE;

  path = g_build_filename (dir, "sample.llwybr", NULL);
  ok = (portfolio = _llwybr_portfolio_create (path, LLWYBR_SAMPLE_UUID, framework, error)) != NULL &&
       fill (portfolio, cancellable, error) &&
       llwybr_portfolio_save_copy (portfolio, destination, cancellable, error);

  g_clear_object (&portfolio);
  g_unlink (path);
  g_rmdir (dir);
  return ok;
}
