/* llwybr-attachment.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define LLWYBR_TYPE_ATTACHMENT (llwybr_attachment_get_type())

G_DECLARE_FINAL_TYPE (LlwybrAttachment, llwybr_attachment, LLWYBR, ATTACHMENT, GObject)

const char *llwybr_attachment_get_uuid          (LlwybrAttachment *self);
const char *llwybr_attachment_get_evidence_uuid (LlwybrAttachment *self);
const char *llwybr_attachment_get_name          (LlwybrAttachment *self);
const char *llwybr_attachment_get_mime_type     (LlwybrAttachment *self);
goffset     llwybr_attachment_get_size          (LlwybrAttachment *self);
const char *llwybr_attachment_get_sha256        (LlwybrAttachment *self);

G_END_DECLS
