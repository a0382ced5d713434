/* llwybr-tick.c
 *
 * Work put off until a frame is on screen, and pages that build what is
 * off screen a frame at a time: tick callbacks, started and stopped as
 * sources are.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "llwybr-tick.h"

typedef struct {
  LlwybrAfterFrameFunc func;
  gboolean             ticked;
} AfterFrame;

/* A tick comes before its frame is laid out: the first is of the frame
 * being drawn, the second of the one after it. */
static gboolean
after_frame_tick (GtkWidget     *widget,
                  GdkFrameClock *clock,
                  gpointer       data)
{
  AfterFrame *after = data;

  if (!after->ticked)
    {
      after->ticked = TRUE;
      return G_SOURCE_CONTINUE;
    }

  after->func (widget);
  return G_SOURCE_REMOVE;
}

/**
 * llwybr_after_this_frame:
 * @widget: a widget about to be drawn
 * @func: what to do once it has been
 *
 * Calls @func once, on the frame after the next one @widget is drawn in
 * (from the first that draws it, if it is not on screen yet). @func may
 * clear the id with llwybr_clear_tick().
 *
 * Returns: the tick callback's id, for llwybr_clear_tick()
 */
guint
llwybr_after_this_frame (GtkWidget            *widget,
                         LlwybrAfterFrameFunc  func)
{
  AfterFrame *after = g_new0 (AfterFrame, 1);

  after->func = func;
  return gtk_widget_add_tick_callback (widget, after_frame_tick, after, g_free);
}

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
