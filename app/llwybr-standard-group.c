/* llwybr-standard-group.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "llwybr-standard-group"

#include "config.h"

#include "llwybr-framework-private.h"

/* A heading or subheading of a standards pack. Texts are kept per language,
 * as the pack gives them; a missing lead-in or note is NULL. */
struct _LlwybrStandardGroup
{
  GObject              parent_instance;

  char                *id;
  LlwybrStandardGroup *parent;
  char                *title[LLWYBR_N_LANGUAGES];
  char                *lead_in[LLWYBR_N_LANGUAGES];
  char                *note[LLWYBR_N_LANGUAGES];
};

G_DEFINE_FINAL_TYPE (LlwybrStandardGroup, llwybr_standard_group, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_TITLE,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/* Overrides */

static void
llwybr_standard_group_finalize (GObject *object)
{
  LlwybrStandardGroup *self = (LlwybrStandardGroup *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_object (&self->parent);
  for (guint i = 0; i < LLWYBR_N_LANGUAGES; i++)
    {
      g_clear_pointer (&self->title[i], g_free);
      g_clear_pointer (&self->lead_in[i], g_free);
      g_clear_pointer (&self->note[i], g_free);
    }

  G_OBJECT_CLASS (llwybr_standard_group_parent_class)->finalize (object);
}

static void
llwybr_standard_group_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  LlwybrStandardGroup *self = LLWYBR_STANDARD_GROUP (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_TITLE:
      g_value_set_string (value, llwybr_standard_group_get_title (self, llwybr_language_default ()));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
llwybr_standard_group_class_init (LlwybrStandardGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = llwybr_standard_group_finalize;
  object_class->get_property = llwybr_standard_group_get_property;

  properties [PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /* The title in the UI language, for binding in lists. */
  properties [PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
llwybr_standard_group_init (LlwybrStandardGroup *self)
{
}

/* Private API */

static void
steal_texts (char **dest,
             char **src)
{
  for (guint i = 0; i < LLWYBR_N_LANGUAGES; i++)
    dest[i] = src ? g_steal_pointer (&src[i]) : NULL;
}

LlwybrStandardGroup *
_llwybr_standard_group_new (const char          *id,
                            LlwybrStandardGroup *parent,
                            char               **title,
                            char               **lead_in,
                            char               **note)
{
  LlwybrStandardGroup *self = g_object_new (LLWYBR_TYPE_STANDARD_GROUP, NULL);

  self->id = g_strdup (id);
  self->parent = parent ? g_object_ref (parent) : NULL;
  steal_texts (self->title, title);
  steal_texts (self->lead_in, lead_in);
  steal_texts (self->note, note);

  return self;
}

/* Public API */

const char *
llwybr_standard_group_get_id (LlwybrStandardGroup *self)
{
  g_return_val_if_fail (LLWYBR_IS_STANDARD_GROUP (self), NULL);

  return self->id;
}

/**
 * llwybr_standard_group_get_parent:
 *
 * Returns: (nullable) (transfer none): the heading of a subheading, or %NULL
 *   for a heading.
 */
LlwybrStandardGroup *
llwybr_standard_group_get_parent (LlwybrStandardGroup *self)
{
  g_return_val_if_fail (LLWYBR_IS_STANDARD_GROUP (self), NULL);

  return self->parent;
}

const char *
llwybr_standard_group_get_title (LlwybrStandardGroup *self,
                                 LlwybrLanguage       language)
{
  g_return_val_if_fail (LLWYBR_IS_STANDARD_GROUP (self), NULL);
  g_return_val_if_fail (language < LLWYBR_N_LANGUAGES, NULL);

  return self->title[language];
}

/**
 * llwybr_standard_group_get_lead_in:
 *
 * Returns: (nullable): the sentence every standard of the group completes.
 */
const char *
llwybr_standard_group_get_lead_in (LlwybrStandardGroup *self,
                                   LlwybrLanguage       language)
{
  g_return_val_if_fail (LLWYBR_IS_STANDARD_GROUP (self), NULL);
  g_return_val_if_fail (language < LLWYBR_N_LANGUAGES, NULL);

  return self->lead_in[language];
}

/**
 * llwybr_standard_group_get_note:
 *
 * Returns: (nullable): a note that applies to the whole group.
 */
const char *
llwybr_standard_group_get_note (LlwybrStandardGroup *self,
                                LlwybrLanguage       language)
{
  g_return_val_if_fail (LLWYBR_IS_STANDARD_GROUP (self), NULL);
  g_return_val_if_fail (language < LLWYBR_N_LANGUAGES, NULL);

  return self->note[language];
}
