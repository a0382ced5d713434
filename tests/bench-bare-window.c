/* bench-bare-window.c: the baseline for the first frame of Llwybr's window
 *
 * An AdwApplication with one empty AdwApplicationWindow of Llwybr's default
 * size, registered on the session bus as Llwybr is, printing the
 * CLOCK_MONOTONIC time of its first frame as ui/main.c does under
 * LLWYBR_BENCH_FIRST_FRAME.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <adwaita.h>

static void
first_frame_cb (GdkFrameClock *clock)
{
  g_signal_handlers_disconnect_by_func (clock, first_frame_cb, NULL);
  g_print ("first-frame %" G_GINT64_FORMAT "\n", g_get_monotonic_time ());
}

static void
window_realize_cb (GtkWidget *window)
{
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint", G_CALLBACK (first_frame_cb), NULL);
}

static void
activate_cb (GtkApplication *app)
{
  GtkWidget *window = adw_application_window_new (app);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), box);
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 720);
  g_signal_connect (window, "realize", G_CALLBACK (window_realize_cb), NULL);
  gtk_window_present (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(AdwApplication) app = adw_application_new ("cymru.llwybr.BenchBareWindow", G_APPLICATION_DEFAULT_FLAGS);

  g_signal_connect (app, "activate", G_CALLBACK (activate_cb), NULL);
  return g_application_run (G_APPLICATION (app), argc, argv);
}
