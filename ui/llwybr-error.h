/* llwybr-error.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

void llwybr_error_present (GtkWidget    *widget,
                           const char   *heading,
                           const GError *error);

G_END_DECLS
