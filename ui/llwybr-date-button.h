/* llwybr-date-button.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define LLWYBR_TYPE_DATE_BUTTON (llwybr_date_button_get_type())

G_DECLARE_FINAL_TYPE (LlwybrDateButton, llwybr_date_button, LLWYBR, DATE_BUTTON, GtkWidget)

GtkWidget   *llwybr_date_button_new  (void);
const GDate *llwybr_date_button_get_date (LlwybrDateButton *self);
void         llwybr_date_button_set_date (LlwybrDateButton *self,
                                          const GDate      *date);

G_END_DECLS
