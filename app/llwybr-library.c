/* llwybr-library.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "llwybr-library"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <errno.h>
#include <glib/gstdio.h>

#include "llwybr-library.h"
#include "llwybr-portfolio-private.h"

#define SUFFIX ".llwybr"

/* The working portfolios, on local disk in the app's data directory. A file
 * from anywhere else (a USB stick, an e-mail) is checked and copied in, and
 * only the copy is ever written: removable media lie about fsync, and
 * SQLite's locking is unreliable through older document portals. Each
 * portfolio is named by its UUID, so a second copy of the same portfolio is
 * noticed rather than silently overwritten. */
struct _LlwybrLibrary
{
  GObject     parent_instance;

  char       *directory;
  GListStore *items;
};

G_DEFINE_FINAL_TYPE (LlwybrLibrary, llwybr_library, G_TYPE_OBJECT)

G_DEFINE_QUARK (llwybr-library-error-quark, llwybr_library_error)

/* Helpers */

static char *
path_for (LlwybrLibrary *self,
          const char    *uuid)
{
  g_autofree char *name = g_strconcat (uuid, SUFFIX, NULL);

  return g_build_filename (self->directory, name, NULL);
}

static gboolean
ensure_directory (LlwybrLibrary  *self,
                  GError        **error)
{
  if (g_mkdir_with_parents (self->directory, 0700) == 0)
    return TRUE;

  g_set_error (error, LLWYBR_LIBRARY_ERROR, LLWYBR_LIBRARY_ERROR_FAILED,
               _("Your portfolios’ folder “%s” cannot be created: %s"),
               self->directory, g_strerror (errno));
  return FALSE;
}

/* A mentor may have a portfolio from each TA she mentors: by name, in the
 * order of the language's alphabet (in Welsh, "Llinos" after "Lowri"). */
static int
compare_by_owner (gconstpointer a,
                  gconstpointer b,
                  gpointer      user_data)
{
  LlwybrLibraryItem *item_a = *(LlwybrLibraryItem **)a;
  LlwybrLibraryItem *item_b = *(LlwybrLibraryItem **)b;
  int order = g_utf8_collate (llwybr_library_item_get_owner (item_a),
                              llwybr_library_item_get_owner (item_b));

  if (order == 0)
    order = g_utf8_collate (llwybr_library_item_get_title (item_a),
                            llwybr_library_item_get_title (item_b));

  return order;
}

static LlwybrLibraryItem *
read_item (const char *path)
{
  g_autoptr(LlwybrPortfolio) portfolio = NULL;
  g_autoptr(GError) error = NULL;

  if (!(portfolio = llwybr_portfolio_open_read_only (path, &error)))
    {
      g_warning ("Leaving %s out of the library: %s", path, error->message);
      return NULL;
    }

  return llwybr_library_item_new (path,
                                  llwybr_portfolio_get_uuid (portfolio),
                                  llwybr_portfolio_get_title (portfolio),
                                  llwybr_portfolio_get_owner (portfolio),
                                  llwybr_portfolio_get_modified (portfolio));
}

/* Overrides */

static void
llwybr_library_dispose (GObject *object)
{
  LlwybrLibrary *self = (LlwybrLibrary *)object;

  g_clear_object (&self->items);

  G_OBJECT_CLASS (llwybr_library_parent_class)->dispose (object);
}

static void
llwybr_library_finalize (GObject *object)
{
  LlwybrLibrary *self = (LlwybrLibrary *)object;

  g_clear_pointer (&self->directory, g_free);

  G_OBJECT_CLASS (llwybr_library_parent_class)->finalize (object);
}

static void
llwybr_library_class_init (LlwybrLibraryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = llwybr_library_dispose;
  object_class->finalize = llwybr_library_finalize;
}

static void
llwybr_library_init (LlwybrLibrary *self)
{
  self->items = g_list_store_new (LLWYBR_TYPE_LIBRARY_ITEM);
}

/* Public API */

LlwybrLibrary *
llwybr_library_new (const char *directory)
{
  LlwybrLibrary *self;

  g_return_val_if_fail (directory != NULL, NULL);

  self = g_object_new (LLWYBR_TYPE_LIBRARY, NULL);
  self->directory = g_strdup (directory);
  llwybr_library_reload (self);

  return self;
}

/**
 * llwybr_library_new_default:
 *
 * Returns: (transfer full): the library in `$XDG_DATA_HOME/llwybr`
 */
LlwybrLibrary *
llwybr_library_new_default (void)
{
  g_autofree char *directory = g_build_filename (g_get_user_data_dir (), "llwybr", NULL);

  return llwybr_library_new (directory);
}

const char *
llwybr_library_get_directory (LlwybrLibrary *self)
{
  g_return_val_if_fail (LLWYBR_IS_LIBRARY (self), NULL);

  return self->directory;
}

/**
 * llwybr_library_get_items:
 *
 * Returns: (transfer none): a #GListModel of #LlwybrLibraryItem, by owner
 *   and title in the alphabet of the UI language
 */
GListModel *
llwybr_library_get_items (LlwybrLibrary *self)
{
  g_return_val_if_fail (LLWYBR_IS_LIBRARY (self), NULL);

  return G_LIST_MODEL (self->items);
}

void
llwybr_library_reload (LlwybrLibrary *self)
{
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  const char *name;

  g_return_if_fail (LLWYBR_IS_LIBRARY (self));

  if ((dir = g_dir_open (self->directory, 0, NULL)) != NULL)
    {
      while ((name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *path = NULL;
          LlwybrLibraryItem *item;

          /* Imports in progress are hidden files. */
          if (name[0] == '.' || !g_str_has_suffix (name, SUFFIX))
            continue;

          path = g_build_filename (self->directory, name, NULL);
          if ((item = read_item (path)) != NULL)
            g_ptr_array_add (items, item);
        }
    }

  g_ptr_array_sort_with_data (items, compare_by_owner, NULL);
  g_list_store_splice (self->items, 0, g_list_model_get_n_items (G_LIST_MODEL (self->items)),
                       items->pdata, items->len);
}

/**
 * llwybr_library_lookup:
 *
 * Returns: (transfer full) (nullable): the path of the portfolio with
 *   @uuid, if the library has it
 */
char *
llwybr_library_lookup (LlwybrLibrary *self,
                       const char    *uuid)
{
  g_autofree char *path = NULL;

  g_return_val_if_fail (LLWYBR_IS_LIBRARY (self), NULL);
  g_return_val_if_fail (uuid != NULL, NULL);

  path = path_for (self, uuid);
  return g_file_test (path, G_FILE_TEST_EXISTS) ? g_steal_pointer (&path) : NULL;
}

/**
 * llwybr_library_create:
 *
 * Returns: (transfer full): a new, empty portfolio in the library
 */
LlwybrPortfolio *
llwybr_library_create (LlwybrLibrary    *self,
                       LlwybrFramework  *framework,
                       GError          **error)
{
  g_autofree char *uuid = g_uuid_string_random ();
  g_autofree char *path = NULL;
  LlwybrPortfolio *portfolio;

  g_return_val_if_fail (LLWYBR_IS_LIBRARY (self), NULL);
  g_return_val_if_fail (LLWYBR_IS_FRAMEWORK (framework), NULL);

  if (!ensure_directory (self, error))
    return NULL;

  path = path_for (self, uuid);
  if ((portfolio = _llwybr_portfolio_create (path, uuid, framework, error)) != NULL)
    llwybr_library_reload (self);

  return portfolio;
}

/**
 * llwybr_library_import:
 * @source: a portfolio file from anywhere; it is only ever read
 * @existing_path: (out) (optional): where the library has this portfolio
 *   already, when that is why the import failed
 *
 * Checks @source (header, application id, quick_check, schema version)
 * and copies it into the library, bringing its schema up to date in the
 * copy. A portfolio the library already has is not replaced: the error
 * is %LLWYBR_LIBRARY_ERROR_ALREADY_THERE and @existing_path is set to the
 * copy there.
 *
 * Safe to call from a worker thread: it does not touch the list of items,
 * so call llwybr_library_reload() afterwards, on the main thread.
 *
 * Returns: (transfer full): the path of the library copy, or %NULL with
 *   @error set
 */
char *
llwybr_library_import (LlwybrLibrary  *self,
                       GFile          *source,
                       char          **existing_path,
                       GCancellable   *cancellable,
                       GError        **error)
{
  g_autoptr(LlwybrPortfolio) original = NULL;
  g_autoptr(LlwybrPortfolio) copy = NULL;
  g_autoptr(GFile) staging = NULL;
  g_autofree char *source_path = NULL;
  g_autofree char *staging_path = NULL;
  g_autofree char *path = NULL;

  g_return_val_if_fail (LLWYBR_IS_LIBRARY (self), NULL);
  g_return_val_if_fail (G_IS_FILE (source), NULL);

  if (!(source_path = g_file_get_path (source)))
    {
      g_set_error_literal (error, LLWYBR_LIBRARY_ERROR, LLWYBR_LIBRARY_ERROR_FAILED,
                           _("Only files on this computer can be opened. Copy the portfolio here first."));
      return NULL;
    }

  if (!(original = llwybr_portfolio_open_read_only (source_path, error)))
    return NULL;

  path = path_for (self, llwybr_portfolio_get_uuid (original));
  if (g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_autofree char *name = g_filename_display_basename (source_path);

      if (g_strcmp0 (path, source_path) == 0)
        return g_steal_pointer (&path);

      if (existing_path != NULL)
        *existing_path = g_strdup (path);

      g_set_error (error, LLWYBR_LIBRARY_ERROR, LLWYBR_LIBRARY_ERROR_ALREADY_THERE,
                   /* Translators: %1$s is a file name, %2$s a portfolio's title */
                   _("The portfolio in “%1$s” is already in your library, as “%2$s”. It has not been replaced: open it from your library."),
                   name, llwybr_portfolio_get_title (original));
      return NULL;
    }

  if (!ensure_directory (self, error))
    return NULL;

  staging_path = g_strdup_printf ("%s/.%s.import", self->directory, llwybr_portfolio_get_uuid (original));
  staging = g_file_new_for_path (staging_path);

  if (!llwybr_portfolio_save_copy (original, staging, cancellable, error) ||
      !(copy = llwybr_portfolio_open (staging_path, error)))
    {
      g_unlink (staging_path);
      return NULL;
    }
  g_clear_object (&copy);

  if (g_rename (staging_path, path) != 0)
    {
      int saved_errno = errno;

      g_unlink (staging_path);
      g_set_error (error, LLWYBR_LIBRARY_ERROR, LLWYBR_LIBRARY_ERROR_FAILED,
                   _("The portfolio could not be added to your library: %s"), g_strerror (saved_errno));
      return NULL;
    }

  return g_steal_pointer (&path);
}
