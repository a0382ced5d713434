/* llwybr-standard-picker.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "llwybr-framework.h"

G_BEGIN_DECLS

#define LLWYBR_TYPE_STANDARD_PICKER (llwybr_standard_picker_get_type())

G_DECLARE_FINAL_TYPE (LlwybrStandardPicker, llwybr_standard_picker, LLWYBR, STANDARD_PICKER, GtkPopover)

GtkWidget *llwybr_standard_picker_new           (void);
void       llwybr_standard_picker_set_framework (LlwybrStandardPicker *self,
                                                 LlwybrFramework      *framework);
void       llwybr_standard_picker_set_hidden    (LlwybrStandardPicker *self,
                                                 GHashTable           *codes);
GtkWidget *llwybr_standard_picker_row_new       (const char           *text);

G_END_DECLS
