/* llwybr-form-dialog.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

AdwMessageDialog *llwybr_form_dialog_new (GtkWidget  *parent,
                                          const char *heading,
                                          const char *body,
                                          const char *response,
                                          const char *response_label,
                                          const char *first_key,
                                          ...) G_GNUC_NULL_TERMINATED;

G_END_DECLS
