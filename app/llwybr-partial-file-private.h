/* llwybr-partial-file-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef struct _LlwybrPartialFile LlwybrPartialFile;

LlwybrPartialFile *_llwybr_partial_file_new        (GFile              *destination,
                                                    GFileCreateFlags    flags,
                                                    GCancellable       *cancellable,
                                                    GError            **error);
GOutputStream     *_llwybr_partial_file_get_stream (LlwybrPartialFile  *self);
gboolean           _llwybr_partial_file_commit     (LlwybrPartialFile  *self,
                                                    GCancellable       *cancellable,
                                                    GError            **error);
void               _llwybr_partial_file_free       (LlwybrPartialFile  *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LlwybrPartialFile, _llwybr_partial_file_free)

G_END_DECLS
