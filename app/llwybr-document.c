/* llwybr-document.c
 *
 * A supporting document in the HLTA document file: an attachment chosen
 * for a standard, with why it was included and which part of it is
 * highlighted for the assessor. The portfolio keeps it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "llwybr-document"

#include "config.h"

#include "llwybr-document-private.h"

struct _LlwybrDocument
{
  GObject  parent_instance;

  char    *uuid;
  char    *standard;
  char    *evidence_uuid;
  char    *attachment_uuid;
  char    *why;
  char    *highlight;
};

G_DEFINE_FINAL_TYPE (LlwybrDocument, llwybr_document, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_WHY,
  PROP_HIGHLIGHT,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/* Helpers */

static void
set_text (LlwybrDocument  *self,
          char           **field,
          const char      *text,
          guint            prop_id)
{
  if (g_strcmp0 (*field, text ? text : "") == 0)
    return;

  g_free (*field);
  *field = g_strdup (text ? text : "");
  g_object_notify_by_pspec (G_OBJECT (self), properties [prop_id]);
}

/* Overrides */

static void
llwybr_document_finalize (GObject *object)
{
  LlwybrDocument *self = (LlwybrDocument *)object;

  g_free (self->uuid);
  g_free (self->standard);
  g_free (self->evidence_uuid);
  g_free (self->attachment_uuid);
  g_free (self->why);
  g_free (self->highlight);

  G_OBJECT_CLASS (llwybr_document_parent_class)->finalize (object);
}

static void
llwybr_document_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  LlwybrDocument *self = LLWYBR_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_WHY:
      g_value_set_string (value, self->why);
      break;

    case PROP_HIGHLIGHT:
      g_value_set_string (value, self->highlight);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
llwybr_document_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  LlwybrDocument *self = LLWYBR_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_WHY:
      llwybr_document_set_why (self, g_value_get_string (value));
      break;

    case PROP_HIGHLIGHT:
      llwybr_document_set_highlight (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
llwybr_document_class_init (LlwybrDocumentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = llwybr_document_finalize;
  object_class->get_property = llwybr_document_get_property;
  object_class->set_property = llwybr_document_set_property;

  properties [PROP_WHY] =
    g_param_spec_string ("why", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties [PROP_HIGHLIGHT] =
    g_param_spec_string ("highlight", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
llwybr_document_init (LlwybrDocument *self)
{
  self->why = g_strdup ("");
  self->highlight = g_strdup ("");
}

/* Private API */

LlwybrDocument *
_llwybr_document_new (const char *uuid,
                      const char *standard,
                      const char *evidence_uuid,
                      const char *attachment_uuid,
                      const char *why,
                      const char *highlight)
{
  LlwybrDocument *self = g_object_new (LLWYBR_TYPE_DOCUMENT, "why", why, "highlight", highlight, NULL);

  self->uuid = g_strdup (uuid);
  self->standard = g_strdup (standard);
  self->evidence_uuid = g_strdup (evidence_uuid);
  self->attachment_uuid = g_strdup (attachment_uuid);

  return self;
}

/* Public API */

const char *
llwybr_document_get_uuid (LlwybrDocument *self)
{
  g_return_val_if_fail (LLWYBR_IS_DOCUMENT (self), NULL);

  return self->uuid;
}

const char *
llwybr_document_get_standard (LlwybrDocument *self)
{
  g_return_val_if_fail (LLWYBR_IS_DOCUMENT (self), NULL);

  return self->standard;
}

const char *
llwybr_document_get_evidence_uuid (LlwybrDocument *self)
{
  g_return_val_if_fail (LLWYBR_IS_DOCUMENT (self), NULL);

  return self->evidence_uuid;
}

const char *
llwybr_document_get_attachment_uuid (LlwybrDocument *self)
{
  g_return_val_if_fail (LLWYBR_IS_DOCUMENT (self), NULL);

  return self->attachment_uuid;
}

/**
 * llwybr_document_get_why:
 *
 * Returns: why the TA included the document
 */
const char *
llwybr_document_get_why (LlwybrDocument *self)
{
  g_return_val_if_fail (LLWYBR_IS_DOCUMENT (self), NULL);

  return self->why;
}

void
llwybr_document_set_why (LlwybrDocument *self,
                         const char     *why)
{
  g_return_if_fail (LLWYBR_IS_DOCUMENT (self));

  set_text (self, &self->why, why, PROP_WHY);
}

/**
 * llwybr_document_get_highlight:
 *
 * Returns: which part of the document is highlighted as relevant
 */
const char *
llwybr_document_get_highlight (LlwybrDocument *self)
{
  g_return_val_if_fail (LLWYBR_IS_DOCUMENT (self), NULL);

  return self->highlight;
}

void
llwybr_document_set_highlight (LlwybrDocument *self,
                               const char     *highlight)
{
  g_return_if_fail (LLWYBR_IS_DOCUMENT (self));

  set_text (self, &self->highlight, highlight, PROP_HIGHLIGHT);
}
