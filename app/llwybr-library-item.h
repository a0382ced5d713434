/* llwybr-library-item.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define LLWYBR_TYPE_LIBRARY_ITEM (llwybr_library_item_get_type())

G_DECLARE_FINAL_TYPE (LlwybrLibraryItem, llwybr_library_item, LLWYBR, LIBRARY_ITEM, GObject)

LlwybrLibraryItem *llwybr_library_item_new          (const char        *path,
                                                     const char        *uuid,
                                                     const char        *title,
                                                     const char        *owner,
                                                     GDateTime         *modified);
const char        *llwybr_library_item_get_path     (LlwybrLibraryItem *self);
const char        *llwybr_library_item_get_uuid     (LlwybrLibraryItem *self);
const char        *llwybr_library_item_get_title    (LlwybrLibraryItem *self);
const char        *llwybr_library_item_get_owner    (LlwybrLibraryItem *self);
GDateTime         *llwybr_library_item_get_modified (LlwybrLibraryItem *self);

G_END_DECLS
