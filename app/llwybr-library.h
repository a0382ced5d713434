/* llwybr-library.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "llwybr-library-item.h"
#include "llwybr-portfolio.h"

G_BEGIN_DECLS

#define LLWYBR_TYPE_LIBRARY (llwybr_library_get_type())
#define LLWYBR_LIBRARY_ERROR (llwybr_library_error_quark())

typedef enum
{
  LLWYBR_LIBRARY_ERROR_ALREADY_THERE,
  LLWYBR_LIBRARY_ERROR_FAILED,
} LlwybrLibraryError;

G_DECLARE_FINAL_TYPE (LlwybrLibrary, llwybr_library, LLWYBR, LIBRARY, GObject)

GQuark           llwybr_library_error_quark     (void);
LlwybrLibrary   *llwybr_library_new             (const char       *directory);
LlwybrLibrary   *llwybr_library_new_default     (void);
const char      *llwybr_library_get_directory   (LlwybrLibrary    *self);
GListModel      *llwybr_library_get_items       (LlwybrLibrary    *self);
void             llwybr_library_reload          (LlwybrLibrary    *self);
char            *llwybr_library_lookup          (LlwybrLibrary    *self,
                                                 const char       *uuid);
LlwybrPortfolio *llwybr_library_create          (LlwybrLibrary    *self,
                                                 LlwybrFramework  *framework,
                                                 GError          **error);
char            *llwybr_library_import          (LlwybrLibrary    *self,
                                                 GFile            *source,
                                                 char            **existing_path,
                                                 GCancellable     *cancellable,
                                                 GError          **error);
gboolean         llwybr_library_back_up         (LlwybrLibrary    *self,
                                                 LlwybrPortfolio  *portfolio,
                                                 GDateTime        *now,
                                                 GError          **error);
GListModel      *llwybr_library_list_backups    (LlwybrLibrary    *self,
                                                 const char       *uuid);
char            *llwybr_library_restore         (LlwybrLibrary    *self,
                                                 LlwybrLibraryItem *backup,
                                                 GError          **error);

gboolean         llwybr_library_remove          (LlwybrLibrary    *self,
                                                 const char       *path,
                                                 GDateTime        *now,
                                                 GError          **error);
GListModel      *llwybr_library_list_removed    (LlwybrLibrary    *self);
char            *llwybr_library_restore_removed (LlwybrLibrary    *self,
                                                 LlwybrLibraryItem *item,
                                                 GError          **error);

G_END_DECLS
