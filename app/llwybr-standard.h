/* llwybr-standard.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "llwybr-standard-group.h"

G_BEGIN_DECLS

#define LLWYBR_TYPE_STANDARD (llwybr_standard_get_type())

G_DECLARE_FINAL_TYPE (LlwybrStandard, llwybr_standard, LLWYBR, STANDARD, GObject)

const char          *llwybr_standard_get_code  (LlwybrStandard *self);
LlwybrStandardGroup *llwybr_standard_get_group (LlwybrStandard *self);
const char          *llwybr_standard_get_text  (LlwybrStandard *self,
                                                LlwybrLanguage  language);

G_END_DECLS
