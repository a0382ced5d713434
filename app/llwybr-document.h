/* llwybr-document.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define LLWYBR_TYPE_DOCUMENT (llwybr_document_get_type())

G_DECLARE_FINAL_TYPE (LlwybrDocument, llwybr_document, LLWYBR, DOCUMENT, GObject)

const char *llwybr_document_get_uuid            (LlwybrDocument *self);
const char *llwybr_document_get_standard        (LlwybrDocument *self);
const char *llwybr_document_get_evidence_uuid   (LlwybrDocument *self);
const char *llwybr_document_get_attachment_uuid (LlwybrDocument *self);
const char *llwybr_document_get_why             (LlwybrDocument *self);
void        llwybr_document_set_why             (LlwybrDocument *self,
                                                 const char     *why);
const char *llwybr_document_get_highlight       (LlwybrDocument *self);
void        llwybr_document_set_highlight       (LlwybrDocument *self,
                                                 const char     *highlight);

G_END_DECLS
