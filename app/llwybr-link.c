/* llwybr-link.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "llwybr-link"

#include "config.h"

#include "llwybr-link-private.h"

/* The claim that a piece of evidence shows a standard, with the TA's note on
 * why. Changed only through LlwybrPortfolio, which stores it first. */
struct _LlwybrLink
{
  GObject    parent_instance;

  char      *uuid;
  char      *evidence_uuid;
  char      *standard;
  char      *annotation;
  GDateTime *modified;
};

G_DEFINE_FINAL_TYPE (LlwybrLink, llwybr_link, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_STANDARD,
  PROP_ANNOTATION,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/* Overrides */

static void
llwybr_link_finalize (GObject *object)
{
  LlwybrLink *self = (LlwybrLink *)object;

  g_clear_pointer (&self->uuid, g_free);
  g_clear_pointer (&self->evidence_uuid, g_free);
  g_clear_pointer (&self->standard, g_free);
  g_clear_pointer (&self->annotation, g_free);
  g_clear_pointer (&self->modified, g_date_time_unref);

  G_OBJECT_CLASS (llwybr_link_parent_class)->finalize (object);
}

static void
llwybr_link_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  LlwybrLink *self = LLWYBR_LINK (object);

  switch (prop_id)
    {
    case PROP_STANDARD:
      g_value_set_string (value, self->standard);
      break;

    case PROP_ANNOTATION:
      g_value_set_string (value, self->annotation);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
llwybr_link_class_init (LlwybrLinkClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = llwybr_link_finalize;
  object_class->get_property = llwybr_link_get_property;

  properties [PROP_STANDARD] =
    g_param_spec_string ("standard", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties [PROP_ANNOTATION] =
    g_param_spec_string ("annotation", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
llwybr_link_init (LlwybrLink *self)
{
}

/* Private API */

LlwybrLink *
_llwybr_link_new (const char *uuid,
                  const char *evidence_uuid,
                  const char *standard,
                  const char *annotation,
                  GDateTime  *modified)
{
  LlwybrLink *self = g_object_new (LLWYBR_TYPE_LINK, NULL);

  self->uuid = g_strdup (uuid);
  self->evidence_uuid = g_strdup (evidence_uuid);
  self->standard = g_strdup (standard);
  self->annotation = g_strdup (annotation);
  self->modified = g_date_time_ref (modified);

  return self;
}

void
_llwybr_link_set_annotation (LlwybrLink *self,
                             const char *annotation,
                             GDateTime  *modified)
{
  g_assert (LLWYBR_IS_LINK (self));

  g_clear_pointer (&self->modified, g_date_time_unref);
  self->modified = g_date_time_ref (modified);

  if (g_strcmp0 (self->annotation, annotation) == 0)
    return;

  g_free (self->annotation);
  self->annotation = g_strdup (annotation);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_ANNOTATION]);
}

/* Public API */

const char *
llwybr_link_get_uuid (LlwybrLink *self)
{
  g_return_val_if_fail (LLWYBR_IS_LINK (self), NULL);

  return self->uuid;
}

const char *
llwybr_link_get_evidence_uuid (LlwybrLink *self)
{
  g_return_val_if_fail (LLWYBR_IS_LINK (self), NULL);

  return self->evidence_uuid;
}

/**
 * llwybr_link_get_standard:
 *
 * Returns: the code of the standard, as the framework gives it
 */
const char *
llwybr_link_get_standard (LlwybrLink *self)
{
  g_return_val_if_fail (LLWYBR_IS_LINK (self), NULL);

  return self->standard;
}

const char *
llwybr_link_get_annotation (LlwybrLink *self)
{
  g_return_val_if_fail (LLWYBR_IS_LINK (self), NULL);

  return self->annotation;
}

GDateTime *
llwybr_link_get_modified (LlwybrLink *self)
{
  g_return_val_if_fail (LLWYBR_IS_LINK (self), NULL);

  return self->modified;
}
