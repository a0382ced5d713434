/* llwybr-tick.c
 *
 * Pages that build what is off screen a frame at a time, with tick
 * callbacks, stop them as they stop a source.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "llwybr-tick.h"

/**
 * llwybr_clear_tick:
 * @widget: the widget the tick callback was added to
 * @id: (inout): its id, or 0 for none
 *
 * Removes the tick callback *@id of @widget, if there is one, and sets
 * *@id to 0, as g_clear_handle_id() does for a source.
 */
void
llwybr_clear_tick (GtkWidget *widget,
                   guint     *id)
{
  if (*id != 0)
    gtk_widget_remove_tick_callback (widget, *id);
  *id = 0;
}
