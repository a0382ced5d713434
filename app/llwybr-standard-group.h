/* llwybr-standard-group.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "llwybr-language.h"

G_BEGIN_DECLS

#define LLWYBR_TYPE_STANDARD_GROUP (llwybr_standard_group_get_type())

G_DECLARE_FINAL_TYPE (LlwybrStandardGroup, llwybr_standard_group, LLWYBR, STANDARD_GROUP, GObject)

const char          *llwybr_standard_group_get_id      (LlwybrStandardGroup *self);
LlwybrStandardGroup *llwybr_standard_group_get_parent  (LlwybrStandardGroup *self);
const char          *llwybr_standard_group_get_title   (LlwybrStandardGroup *self,
                                                        LlwybrLanguage       language);
const char          *llwybr_standard_group_get_lead_in (LlwybrStandardGroup *self,
                                                        LlwybrLanguage       language);
const char          *llwybr_standard_group_get_note    (LlwybrStandardGroup *self,
                                                        LlwybrLanguage       language);

G_END_DECLS
