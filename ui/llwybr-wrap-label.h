/* llwybr-wrap-label.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define LLWYBR_TYPE_WRAP_LABEL (llwybr_wrap_label_get_type())

G_DECLARE_FINAL_TYPE (LlwybrWrapLabel, llwybr_wrap_label, LLWYBR, WRAP_LABEL, GtkWidget)

GtkWidget  *llwybr_wrap_label_new      (const char      *text);
const char *llwybr_wrap_label_get_text (LlwybrWrapLabel *self);
void        llwybr_wrap_label_set_text (LlwybrWrapLabel *self,
                                        const char      *text);

GtkWidget  *llwybr_wrap_label_row_new  (const char      *title,
                                        const char      *subtitle,
                                        GtkWidget       *prefix,
                                        GtkWidget       *suffix);

G_END_DECLS
