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
#define BACKUPS_KEPT 7
/* UTC, so that file names sort in the order the backups were taken */
#define BACKUP_STAMP "%Y%m%dT%H%M%SZ"

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
  GMutex      backing_up; /* one backup at a time: see llwybr_library_back_up() */
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

/* A removed portfolio waits here this long before it is gone for good. */
#define REMOVED_KEEP_DAYS 30

static char *
removed_directory (LlwybrLibrary *self,
                   const char    *uuid)
{
  return g_build_filename (self->directory, "removed", uuid, NULL);
}

static char *
backup_directory (LlwybrLibrary *self,
                  const char    *uuid)
{
  return g_build_filename (self->directory, "backups", uuid, NULL);
}

static int
compare_paths (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char **)a, *(const char **)b);
}

/* The backups in @directory, oldest first. */
static GPtrArray *
list_backup_paths (const char *directory)
{
  g_autoptr(GDir) dir = g_dir_open (directory, 0, NULL);
  GPtrArray *paths = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    if (name[0] != '.' && g_str_has_suffix (name, SUFFIX))
      g_ptr_array_add (paths, g_build_filename (directory, name, NULL));

  g_ptr_array_sort (paths, compare_paths);
  return paths;
}

static GDateTime *
backup_time (const char *path)
{
  g_autofree char *name = g_path_get_basename (path);

  name[strlen (name) - strlen (SUFFIX)] = '\0';
  return g_date_time_new_from_iso8601 (name, NULL);
}

/* Copies @original into the library under @uuid. The copy is opened,
 * which checks it and brings its schema up to date, before it takes its
 * place; until then it is a hidden file the library does not list. */
static char *
install_copy (LlwybrLibrary    *self,
              LlwybrPortfolio  *original,
              const char       *uuid,
              const char       *title,
              GCancellable     *cancellable,
              GError          **error)
{
  g_autoptr(LlwybrPortfolio) copy = NULL;
  g_autofree char *staging_path = g_strdup_printf ("%s/.%s.import", self->directory, uuid);
  g_autoptr(GFile) staging = g_file_new_for_path (staging_path);
  g_autofree char *path = path_for (self, uuid);

  if (!ensure_directory (self, error))
    return NULL;

  if (!llwybr_portfolio_save_copy (original, staging, cancellable, error) ||
      !(copy = llwybr_portfolio_open (staging_path, error)) ||
      (g_strcmp0 (uuid, llwybr_portfolio_get_uuid (copy)) != 0 &&
       !_llwybr_portfolio_set_uuid (copy, uuid, error)) ||
      (title != NULL && !llwybr_portfolio_set_title (copy, title, error)))
    {
      g_clear_object (&copy);
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

  if (!(portfolio = _llwybr_portfolio_open_header (path, &error)))
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
  g_mutex_clear (&self->backing_up);

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
  g_mutex_init (&self->backing_up);
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
  g_autofree char *source_path = NULL;
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

  return install_copy (self, original, llwybr_portfolio_get_uuid (original), NULL, cancellable, error);
}

/**
 * llwybr_library_back_up:
 * @portfolio: an open portfolio of this library
 * @now: the time now
 *
 * Takes a snapshot of @portfolio into the library's backup folder, unless
 * the latest one is less than a day old, and keeps only the last seven.
 * Safe to call from a worker thread, with a portfolio opened there: it
 * does not touch the list of items. Backups are taken one at a time: a
 * second call waits for the first, then finds today's backup made.
 *
 * Returns: %TRUE if there is a backup from the last day, or %FALSE with
 *   @error set
 */
gboolean
llwybr_library_back_up (LlwybrLibrary    *self,
                        LlwybrPortfolio  *portfolio,
                        GDateTime        *now,
                        GError          **error)
{
  g_autofree char *directory = NULL;
  g_autofree char *stamp = NULL;
  g_autofree char *name = NULL;
  g_autoptr(GDateTime) utc = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GPtrArray) paths = NULL;
  g_autoptr(GMutexLocker) locker = NULL;

  g_return_val_if_fail (LLWYBR_IS_LIBRARY (self), FALSE);
  g_return_val_if_fail (LLWYBR_IS_PORTFOLIO (portfolio), FALSE);
  g_return_val_if_fail (now != NULL, FALSE);

  /* Backups asked for at once (a portfolio opened again before the first
   * finished) wait for each other, and the later find today's made. */
  locker = g_mutex_locker_new (&self->backing_up);

  directory = backup_directory (self, llwybr_portfolio_get_uuid (portfolio));
  if (g_mkdir_with_parents (directory, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, LLWYBR_LIBRARY_ERROR, LLWYBR_LIBRARY_ERROR_FAILED,
                   _("Backups cannot be kept in “%s”: %s"), directory, g_strerror (saved_errno));
      return FALSE;
    }

  paths = list_backup_paths (directory);
  if (paths->len > 0)
    {
      g_autoptr(GDateTime) latest = backup_time (g_ptr_array_index (paths, paths->len - 1));

      if (latest != NULL && g_date_time_difference (now, latest) < G_TIME_SPAN_DAY)
        return TRUE;
    }

  utc = g_date_time_to_utc (now);
  stamp = g_date_time_format (utc, BACKUP_STAMP);
  name = g_strconcat (stamp, SUFFIX, NULL);
  file = g_file_new_build_filename (directory, name, NULL);
  if (!llwybr_portfolio_save_copy (portfolio, file, NULL, error))
    return FALSE;

  g_clear_pointer (&paths, g_ptr_array_unref);
  paths = list_backup_paths (directory);
  for (guint i = 0; i + BACKUPS_KEPT < paths->len; i++)
    g_unlink (g_ptr_array_index (paths, i));

  return TRUE;
}

/**
 * llwybr_library_list_backups:
 * @uuid: a portfolio's UUID
 *
 * Returns: (transfer full): a #GListModel of #LlwybrLibraryItem, the
 *   backups of the portfolio, newest first
 */
GListModel *
llwybr_library_list_backups (LlwybrLibrary *self,
                             const char    *uuid)
{
  g_autofree char *directory = NULL;
  g_autoptr(GPtrArray) paths = NULL;
  GListStore *backups;

  g_return_val_if_fail (LLWYBR_IS_LIBRARY (self), NULL);
  g_return_val_if_fail (uuid != NULL, NULL);

  directory = backup_directory (self, uuid);
  paths = list_backup_paths (directory);
  backups = g_list_store_new (LLWYBR_TYPE_LIBRARY_ITEM);
  for (guint i = paths->len; i > 0; i--)
    {
      g_autoptr(LlwybrLibraryItem) item = read_item (g_ptr_array_index (paths, i - 1));

      if (item != NULL)
        g_list_store_append (backups, item);
    }

  return G_LIST_MODEL (backups);
}

/**
 * llwybr_library_restore:
 * @backup: one of llwybr_library_list_backups()
 *
 * Copies @backup into the library as a new portfolio, beside the one it
 * was taken from, its title saying which day it keeps. The backup itself
 * is only read.
 *
 * Returns: (transfer full): the path of the new portfolio, or %NULL with
 *   @error set
 */
char *
llwybr_library_restore (LlwybrLibrary      *self,
                        LlwybrLibraryItem  *backup,
                        GError            **error)
{
  g_autoptr(LlwybrPortfolio) original = NULL;
  g_autoptr(GDateTime) local = NULL;
  g_autofree char *uuid = g_uuid_string_random ();
  g_autofree char *day = NULL;
  g_autofree char *title = NULL;

  g_return_val_if_fail (LLWYBR_IS_LIBRARY (self), NULL);
  g_return_val_if_fail (LLWYBR_IS_LIBRARY_ITEM (backup), NULL);

  if (!(original = llwybr_portfolio_open_read_only (llwybr_library_item_get_path (backup), error)))
    return NULL;

  local = g_date_time_to_local (llwybr_library_item_get_modified (backup));
  day = g_date_time_format (local, _("%-d %B %Y"));
  /* Translators: %1$s is a portfolio's title, %2$s the day of the backup */
  title = g_strdup_printf (_("%1$s (as on %2$s)"), llwybr_portfolio_get_title (original), day);

  return install_copy (self, original, uuid, title, NULL, error);
}

/* Removed portfolios older than REMOVED_KEEP_DAYS are deleted. */
static void
purge_removed (LlwybrLibrary *self,
               GDateTime     *now)
{
  g_autofree char *root = g_build_filename (self->directory, "removed", NULL);
  g_autoptr(GDir) dir = g_dir_open (root, 0, NULL);
  const char *uuid;

  while (dir != NULL && (uuid = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *directory = g_build_filename (root, uuid, NULL);
      g_autoptr(GPtrArray) paths = list_backup_paths (directory);

      for (guint i = 0; i < paths->len; i++)
        {
          g_autoptr(GDateTime) removed = backup_time (g_ptr_array_index (paths, i));

          if (removed != NULL && g_date_time_difference (now, removed) > REMOVED_KEEP_DAYS * G_TIME_SPAN_DAY)
            g_unlink (g_ptr_array_index (paths, i));
        }
      g_rmdir (directory);
    }
}

/**
 * llwybr_library_remove:
 * @path: a portfolio of this library
 * @now: the time now
 *
 * Takes the portfolio out of the library into its "removed" folder, where
 * llwybr_library_list_removed() finds it for thirty days: a portfolio is
 * months of work, and a slip of the mouse must not lose it.
 */
gboolean
llwybr_library_remove (LlwybrLibrary  *self,
                       const char     *path,
                       GDateTime      *now,
                       GError        **error)
{
  g_autoptr(LlwybrPortfolio) portfolio = NULL;
  g_autofree char *directory = NULL;
  g_autofree char *stamp = NULL;
  g_autofree char *name = NULL;
  g_autofree char *destination = NULL;
  g_autofree char *expected = NULL;
  g_autoptr(GDateTime) utc = NULL;

  g_return_val_if_fail (LLWYBR_IS_LIBRARY (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (now != NULL, FALSE);

  /* Its header is enough, and a damaged file must be removable too. */
  if (!(portfolio = _llwybr_portfolio_open_header (path, error)))
    return FALSE;
  expected = path_for (self, llwybr_portfolio_get_uuid (portfolio));
  g_return_val_if_fail (g_str_equal (expected, path), FALSE);

  directory = removed_directory (self, llwybr_portfolio_get_uuid (portfolio));
  g_clear_object (&portfolio);
  utc = g_date_time_to_utc (now);
  stamp = g_date_time_format (utc, BACKUP_STAMP);
  name = g_strconcat (stamp, SUFFIX, NULL);
  destination = g_build_filename (directory, name, NULL);

  if (g_mkdir_with_parents (directory, 0700) != 0 || g_rename (path, destination) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, LLWYBR_LIBRARY_ERROR, LLWYBR_LIBRARY_ERROR_FAILED,
                   _("The portfolio could not be removed from your library: %s"), g_strerror (saved_errno));
      return FALSE;
    }

  purge_removed (self, now);
  llwybr_library_reload (self);
  return TRUE;
}

/**
 * llwybr_library_list_removed:
 *
 * Returns: (transfer full): a #GListModel of the #LlwybrLibraryItem
 *   removed from the library in the last thirty days, the last removed first
 */
GListModel *
llwybr_library_list_removed (LlwybrLibrary *self)
{
  g_autofree char *root = NULL;
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  GListStore *removed;
  const char *uuid;

  g_return_val_if_fail (LLWYBR_IS_LIBRARY (self), NULL);

  root = g_build_filename (self->directory, "removed", NULL);
  dir = g_dir_open (root, 0, NULL);
  while (dir != NULL && (uuid = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *directory = g_build_filename (root, uuid, NULL);
      g_autoptr(GPtrArray) found = list_backup_paths (directory);

      for (guint i = 0; i < found->len; i++)
        g_ptr_array_add (paths, g_strdup (g_ptr_array_index (found, i)));
    }

  removed = g_list_store_new (LLWYBR_TYPE_LIBRARY_ITEM);
  for (guint i = 0; i < paths->len; i++)
    {
      g_autoptr(LlwybrLibraryItem) item = read_item (g_ptr_array_index (paths, i));

      if (item != NULL)
        g_list_store_append (removed, item);
    }

  return G_LIST_MODEL (removed);
}

/**
 * llwybr_library_restore_removed:
 * @item: an item of llwybr_library_list_removed()
 *
 * Puts a removed portfolio back in the library, as it was.
 *
 * Returns: (transfer full): its path in the library, or %NULL with @error
 *   set; %LLWYBR_LIBRARY_ERROR_ALREADY_THERE if the library has it again
 */
char *
llwybr_library_restore_removed (LlwybrLibrary      *self,
                                LlwybrLibraryItem  *item,
                                GError            **error)
{
  g_autofree char *path = NULL;

  g_return_val_if_fail (LLWYBR_IS_LIBRARY (self), NULL);
  g_return_val_if_fail (LLWYBR_IS_LIBRARY_ITEM (item), NULL);

  path = path_for (self, llwybr_library_item_get_uuid (item));
  if (g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_set_error (error, LLWYBR_LIBRARY_ERROR, LLWYBR_LIBRARY_ERROR_ALREADY_THERE,
                   _("“%s” is in your library already: it has not been replaced."),
                   llwybr_library_item_get_title (item));
      return NULL;
    }

  if (g_rename (llwybr_library_item_get_path (item), path) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, LLWYBR_LIBRARY_ERROR, LLWYBR_LIBRARY_ERROR_FAILED,
                   _("The portfolio could not be put back in your library: %s"), g_strerror (saved_errno));
      return NULL;
    }

  llwybr_library_reload (self);
  return g_steal_pointer (&path);
}
