/* llwybr-document-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "llwybr-document.h"

G_BEGIN_DECLS

LlwybrDocument *_llwybr_document_new (const char *uuid,
                                      const char *standard,
                                      const char *evidence_uuid,
                                      const char *attachment_uuid,
                                      const char *why,
                                      const char *highlight);

G_END_DECLS
