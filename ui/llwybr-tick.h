/* llwybr-tick.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

typedef void (*LlwybrAfterFrameFunc) (GtkWidget *widget);

guint llwybr_after_this_frame (GtkWidget            *widget,
                               LlwybrAfterFrameFunc  func);
void  llwybr_clear_tick       (GtkWidget            *widget,
                               guint                *id);

G_END_DECLS
