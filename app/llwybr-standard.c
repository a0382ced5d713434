/* llwybr-standard.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "llwybr-standard"

#include "config.h"

#include "llwybr-framework-private.h"

struct _LlwybrStandard
{
  GObject              parent_instance;

  char                *code;
  LlwybrStandardGroup *group;
  char                *text[LLWYBR_N_LANGUAGES];
};

G_DEFINE_FINAL_TYPE (LlwybrStandard, llwybr_standard, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CODE,
  PROP_GROUP,
  PROP_TEXT,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/* Overrides */

static void
llwybr_standard_dispose (GObject *object)
{
  LlwybrStandard *self = (LlwybrStandard *)object;

  g_clear_object (&self->group);

  G_OBJECT_CLASS (llwybr_standard_parent_class)->dispose (object);
}

static void
llwybr_standard_finalize (GObject *object)
{
  LlwybrStandard *self = (LlwybrStandard *)object;

  g_clear_pointer (&self->code, g_free);
  for (guint i = 0; i < LLWYBR_N_LANGUAGES; i++)
    g_clear_pointer (&self->text[i], g_free);

  G_OBJECT_CLASS (llwybr_standard_parent_class)->finalize (object);
}

static void
llwybr_standard_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  LlwybrStandard *self = LLWYBR_STANDARD (object);

  switch (prop_id)
    {
    case PROP_CODE:
      g_value_set_string (value, self->code);
      break;

    case PROP_GROUP:
      g_value_set_object (value, self->group);
      break;

    case PROP_TEXT:
      g_value_set_string (value, llwybr_standard_get_text (self, llwybr_language_default ()));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
llwybr_standard_class_init (LlwybrStandardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = llwybr_standard_dispose;
  object_class->finalize = llwybr_standard_finalize;
  object_class->get_property = llwybr_standard_get_property;

  properties [PROP_CODE] =
    g_param_spec_string ("code", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties [PROP_GROUP] =
    g_param_spec_object ("group", NULL, NULL,
                         LLWYBR_TYPE_STANDARD_GROUP,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /* The statement in the UI language, for binding in lists. */
  properties [PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
llwybr_standard_init (LlwybrStandard *self)
{
}

/* Private API */

LlwybrStandard *
_llwybr_standard_new (const char          *code,
                      LlwybrStandardGroup *group,
                      char               **text)
{
  LlwybrStandard *self = g_object_new (LLWYBR_TYPE_STANDARD, NULL);

  self->code = g_strdup (code);
  self->group = g_object_ref (group);
  for (guint i = 0; i < LLWYBR_N_LANGUAGES; i++)
    self->text[i] = g_steal_pointer (&text[i]);

  return self;
}

/* Public API */

const char *
llwybr_standard_get_code (LlwybrStandard *self)
{
  g_return_val_if_fail (LLWYBR_IS_STANDARD (self), NULL);

  return self->code;
}

/**
 * llwybr_standard_get_group:
 *
 * Returns: (transfer none): the heading or subheading the standard sits under
 */
LlwybrStandardGroup *
llwybr_standard_get_group (LlwybrStandard *self)
{
  g_return_val_if_fail (LLWYBR_IS_STANDARD (self), NULL);

  return self->group;
}

const char *
llwybr_standard_get_text (LlwybrStandard *self,
                          LlwybrLanguage  language)
{
  g_return_val_if_fail (LLWYBR_IS_STANDARD (self), NULL);
  g_return_val_if_fail (language < LLWYBR_N_LANGUAGES, NULL);

  return self->text[language];
}
