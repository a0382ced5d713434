/* llwybr-library-item.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "llwybr-library-item"

#include "config.h"

#include "llwybr-library-item.h"

/* What the welcome page shows of a portfolio in the library, read once so
 * the list does not keep every file open. */
struct _LlwybrLibraryItem
{
  GObject    parent_instance;

  char      *path;
  char      *uuid;
  char      *title;
  char      *owner;
  GDateTime *modified;
};

G_DEFINE_FINAL_TYPE (LlwybrLibraryItem, llwybr_library_item, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_OWNER,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
llwybr_library_item_finalize (GObject *object)
{
  LlwybrLibraryItem *self = (LlwybrLibraryItem *)object;

  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->uuid, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->owner, g_free);
  g_clear_pointer (&self->modified, g_date_time_unref);

  G_OBJECT_CLASS (llwybr_library_item_parent_class)->finalize (object);
}

static void
llwybr_library_item_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  LlwybrLibraryItem *self = LLWYBR_LIBRARY_ITEM (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_OWNER:
      g_value_set_string (value, self->owner);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
llwybr_library_item_class_init (LlwybrLibraryItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = llwybr_library_item_finalize;
  object_class->get_property = llwybr_library_item_get_property;

  properties [PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties [PROP_OWNER] =
    g_param_spec_string ("owner", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
llwybr_library_item_init (LlwybrLibraryItem *self)
{
}

LlwybrLibraryItem *
llwybr_library_item_new (const char *path,
                         const char *uuid,
                         const char *title,
                         const char *owner,
                         GDateTime  *modified)
{
  LlwybrLibraryItem *self;

  g_return_val_if_fail (path != NULL && uuid != NULL && modified != NULL, NULL);

  self = g_object_new (LLWYBR_TYPE_LIBRARY_ITEM, NULL);
  self->path = g_strdup (path);
  self->uuid = g_strdup (uuid);
  self->title = g_strdup (title);
  self->owner = g_strdup (owner);
  self->modified = g_date_time_ref (modified);

  return self;
}

const char *
llwybr_library_item_get_path (LlwybrLibraryItem *self)
{
  g_return_val_if_fail (LLWYBR_IS_LIBRARY_ITEM (self), NULL);

  return self->path;
}

const char *
llwybr_library_item_get_uuid (LlwybrLibraryItem *self)
{
  g_return_val_if_fail (LLWYBR_IS_LIBRARY_ITEM (self), NULL);

  return self->uuid;
}

const char *
llwybr_library_item_get_title (LlwybrLibraryItem *self)
{
  g_return_val_if_fail (LLWYBR_IS_LIBRARY_ITEM (self), NULL);

  return self->title;
}

const char *
llwybr_library_item_get_owner (LlwybrLibraryItem *self)
{
  g_return_val_if_fail (LLWYBR_IS_LIBRARY_ITEM (self), NULL);

  return self->owner;
}

GDateTime *
llwybr_library_item_get_modified (LlwybrLibraryItem *self)
{
  g_return_val_if_fail (LLWYBR_IS_LIBRARY_ITEM (self), NULL);

  return self->modified;
}
