/* llwybr-attachment-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "llwybr-attachment.h"

G_BEGIN_DECLS

LlwybrAttachment *_llwybr_attachment_new        (gint64      row_id,
                                                 const char *uuid,
                                                 const char *evidence_uuid,
                                                 const char *name,
                                                 const char *mime_type,
                                                 goffset     size,
                                                 const char *sha256);
gint64            _llwybr_attachment_get_row_id (LlwybrAttachment *self);

G_END_DECLS
