/* llwybr-link.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define LLWYBR_TYPE_LINK (llwybr_link_get_type())

G_DECLARE_FINAL_TYPE (LlwybrLink, llwybr_link, LLWYBR, LINK, GObject)

const char *llwybr_link_get_uuid          (LlwybrLink *self);
const char *llwybr_link_get_evidence_uuid (LlwybrLink *self);
const char *llwybr_link_get_standard      (LlwybrLink *self);
const char *llwybr_link_get_annotation    (LlwybrLink *self);
GDateTime  *llwybr_link_get_modified      (LlwybrLink *self);

G_END_DECLS
