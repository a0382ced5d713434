/* llwybr-catalog.c
 *
 * Our translations in a language of our choosing, whatever the UI's.
 * A bilingual PDF needs Welsh and English at once, and gettext gives one
 * language per process; so the core reads its own compiled catalogue (the
 * .mo file gettext itself uses) for the language asked for.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "llwybr-catalog"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "llwybr-catalog.h"

#define MO_MAGIC 0x950412de

struct _LlwybrCatalog
{
  LlwybrLanguage language;
  GMappedFile  *file;
  const guint8 *data;
  gsize         size;
  gboolean      swapped;
  guint32       n_strings;
  guint32       originals;
  guint32       translations;
};

/* Helpers */

static guint32
read_u32 (LlwybrCatalog *self,
          gsize          offset)
{
  guint32 value;

  if (offset + 4 > self->size)
    return 0;

  memcpy (&value, self->data + offset, 4);
  return self->swapped ? GUINT32_SWAP_LE_BE (value) : value;
}

/* The string at entry @index of the table at @table, or NULL if the file
 * says something that does not fit in it. */
static const char *
string_at (LlwybrCatalog *self,
           guint32        table,
           guint32        index)
{
  guint32 length = read_u32 (self, table + 8 * (gsize)index);
  guint32 offset = read_u32 (self, table + 8 * (gsize)index + 4);

  if ((gsize)offset + length >= self->size || self->data[offset + length] != '\0')
    return NULL;

  return (const char *)self->data + offset;
}

static gboolean
load (LlwybrCatalog *self,
      const char    *path)
{
  guint32 magic;

  if (!(self->file = g_mapped_file_new (path, FALSE, NULL)))
    return FALSE;

  self->data = (const guint8 *)g_mapped_file_get_contents (self->file);
  self->size = g_mapped_file_get_length (self->file);
  if (self->size < 28)
    return FALSE;

  memcpy (&magic, self->data, 4);
  if (magic != MO_MAGIC && GUINT32_SWAP_LE_BE (magic) != MO_MAGIC)
    return FALSE;

  self->swapped = magic != MO_MAGIC;
  self->n_strings = read_u32 (self, 8);
  self->originals = read_u32 (self, 12);
  self->translations = read_u32 (self, 16);

  return (gsize)self->originals + 8 * (gsize)self->n_strings <= self->size &&
         (gsize)self->translations + 8 * (gsize)self->n_strings <= self->size;
}

/* The originals are sorted, as msgfmt writes them; a plural entry's
 * original is its singular, a NUL, then its plural, so comparing up to
 * the first NUL finds it by the singular. @length is the translation's
 * length, with the NULs between plural forms. */
static const char *
lookup (LlwybrCatalog *self,
        const char    *key,
        guint32       *length)
{
  guint32 low = 0, high;

  if (self == NULL || self->file == NULL)
    return NULL;

  high = self->n_strings;
  while (low < high)
    {
      guint32 middle = low + (high - low) / 2;
      const char *original = string_at (self, self->originals, middle);
      int order;

      if (original == NULL)
        return NULL;

      order = strcmp (key, original);
      if (order == 0)
        {
          const char *translation = string_at (self, self->translations, middle);

          if (length != NULL)
            *length = read_u32 (self, self->translations + 8 * (gsize)middle);
          return translation && *translation ? translation : NULL;
        }

      if (order < 0)
        high = middle;
      else
        low = middle + 1;
    }

  return NULL;
}

/* Public API */

/**
 * llwybr_catalog_new:
 *
 * Returns: (transfer full): the catalogue for @language; English is the
 *   language of the sources, so its catalogue gives every message back
 */
LlwybrCatalog *
llwybr_catalog_new (LlwybrLanguage language)
{
  LlwybrCatalog *self = g_new0 (LlwybrCatalog, 1);
  g_autofree char *path = NULL;
  const char *dir = bindtextdomain (GETTEXT_PACKAGE, NULL);

  self->language = language;
  if (language == LLWYBR_LANGUAGE_EN || dir == NULL)
    return self;

  path = g_build_filename (dir, llwybr_language_to_code (language), "LC_MESSAGES",
                           GETTEXT_PACKAGE ".mo", NULL);
  if (!load (self, path))
    {
      g_warning ("No %s translations in %s: the summary will be in English",
                 llwybr_language_to_code (language), path);
      g_clear_pointer (&self->file, g_mapped_file_unref);
    }

  return self;
}

void
llwybr_catalog_free (LlwybrCatalog *self)
{
  if (self == NULL)
    return;

  g_clear_pointer (&self->file, g_mapped_file_unref);
  g_free (self);
}

LlwybrLanguage
llwybr_catalog_get_language (LlwybrCatalog *self)
{
  g_return_val_if_fail (self != NULL, LLWYBR_LANGUAGE_EN);

  return self->language;
}

const char *
llwybr_catalog_gettext (LlwybrCatalog *self,
                        const char    *msgid)
{
  const char *translation = lookup (self, msgid, NULL);

  return translation ? translation : msgid;
}

const char *
llwybr_catalog_pgettext (LlwybrCatalog *self,
                         const char    *context,
                         const char    *msgid)
{
  g_autofree char *key = g_strconcat (context, "\004", msgid, NULL);
  const char *translation = lookup (self, key, NULL);

  return translation ? translation : msgid;
}

/* The plural rules of the languages we have, as their catalogues state
 * them in Plural-Forms. */
static guint
plural_form (LlwybrLanguage language,
             gulong         n)
{
  if (language == LLWYBR_LANGUAGE_CY)
    return n == 0 ? 0 : n == 1 ? 1 : n == 2 ? 2 : n == 3 ? 3 : n == 6 ? 4 : 5;

  return n == 1 ? 0 : 1;
}

/**
 * llwybr_catalog_ngettext:
 * @self: (nullable): a catalogue, or %NULL for the interface's language
 *
 * Returns: the form of @msgid (singular) or @msgid_plural for @n
 */
const char *
llwybr_catalog_ngettext (LlwybrCatalog *self,
                         const char    *msgid,
                         const char    *msgid_plural,
                         gulong         n)
{
  guint32 length = 0;
  const char *translation;
  guint form;

  if (self == NULL)
    return g_dngettext (GETTEXT_PACKAGE, msgid, msgid_plural, n);

  form = plural_form (self->language, n);
  if ((translation = lookup (self, msgid, &length)) != NULL)
    {
      const char *end = translation + length;

      for (guint i = 0; i < form && translation < end; i++)
        translation += strlen (translation) + 1;
      if (translation < end)
        return translation;
    }

  return plural_form (LLWYBR_LANGUAGE_EN, n) == 0 ? msgid : msgid_plural;
}
