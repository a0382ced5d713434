/* llwybr-attachment.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "llwybr-attachment"

#include "config.h"

#include "llwybr-attachment-private.h"

/* What is known of a file attached to evidence. The bytes stay in the
 * portfolio and are streamed on demand, never held here. */
struct _LlwybrAttachment
{
  GObject  parent_instance;

  gint64   row_id;
  char    *uuid;
  char    *evidence_uuid;
  char    *name;
  char    *mime_type;
  goffset  size;
  char    *sha256;
};

G_DEFINE_FINAL_TYPE (LlwybrAttachment, llwybr_attachment, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_NAME,
  PROP_MIME_TYPE,
  PROP_SIZE,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/* Overrides */

static void
llwybr_attachment_finalize (GObject *object)
{
  LlwybrAttachment *self = (LlwybrAttachment *)object;

  g_clear_pointer (&self->uuid, g_free);
  g_clear_pointer (&self->evidence_uuid, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->mime_type, g_free);
  g_clear_pointer (&self->sha256, g_free);

  G_OBJECT_CLASS (llwybr_attachment_parent_class)->finalize (object);
}

static void
llwybr_attachment_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  LlwybrAttachment *self = LLWYBR_ATTACHMENT (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_MIME_TYPE:
      g_value_set_string (value, self->mime_type);
      break;

    case PROP_SIZE:
      g_value_set_int64 (value, self->size);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
llwybr_attachment_class_init (LlwybrAttachmentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = llwybr_attachment_finalize;
  object_class->get_property = llwybr_attachment_get_property;

  properties [PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties [PROP_MIME_TYPE] =
    g_param_spec_string ("mime-type", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties [PROP_SIZE] =
    g_param_spec_int64 ("size", NULL, NULL, 0, G_MAXINT64, 0,
                        (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
llwybr_attachment_init (LlwybrAttachment *self)
{
}

/* Private API */

LlwybrAttachment *
_llwybr_attachment_new (gint64      row_id,
                        const char *uuid,
                        const char *evidence_uuid,
                        const char *name,
                        const char *mime_type,
                        goffset     size,
                        const char *sha256)
{
  LlwybrAttachment *self = g_object_new (LLWYBR_TYPE_ATTACHMENT, NULL);

  self->row_id = row_id;
  self->uuid = g_strdup (uuid);
  self->evidence_uuid = g_strdup (evidence_uuid);
  /* The name is what a copy is saved as when the attachment is opened:
   * from a file of unknown origin, only its last part ("../../.bashrc"
   * is ".bashrc"), and never "." or "..". */
  self->name = g_path_get_basename (*name ? name : "_");
  if (g_str_equal (self->name, ".") || g_str_equal (self->name, "..") ||
      g_str_equal (self->name, G_DIR_SEPARATOR_S))
    {
      g_free (self->name);
      self->name = g_strdup ("_");
    }
  self->mime_type = g_strdup (mime_type);
  self->size = size;
  self->sha256 = g_strdup (sha256);

  return self;
}

gint64
_llwybr_attachment_get_row_id (LlwybrAttachment *self)
{
  g_assert (LLWYBR_IS_ATTACHMENT (self));

  return self->row_id;
}

/* Public API */

const char *
llwybr_attachment_get_uuid (LlwybrAttachment *self)
{
  g_return_val_if_fail (LLWYBR_IS_ATTACHMENT (self), NULL);

  return self->uuid;
}

const char *
llwybr_attachment_get_evidence_uuid (LlwybrAttachment *self)
{
  g_return_val_if_fail (LLWYBR_IS_ATTACHMENT (self), NULL);

  return self->evidence_uuid;
}

const char *
llwybr_attachment_get_name (LlwybrAttachment *self)
{
  g_return_val_if_fail (LLWYBR_IS_ATTACHMENT (self), NULL);

  return self->name;
}

const char *
llwybr_attachment_get_mime_type (LlwybrAttachment *self)
{
  g_return_val_if_fail (LLWYBR_IS_ATTACHMENT (self), NULL);

  return self->mime_type;
}

goffset
llwybr_attachment_get_size (LlwybrAttachment *self)
{
  g_return_val_if_fail (LLWYBR_IS_ATTACHMENT (self), 0);

  return self->size;
}

/**
 * llwybr_attachment_get_sha256:
 *
 * Returns: the SHA-256 of the bytes, in lower-case hexadecimal
 */
const char *
llwybr_attachment_get_sha256 (LlwybrAttachment *self)
{
  g_return_val_if_fail (LLWYBR_IS_ATTACHMENT (self), NULL);

  return self->sha256;
}
