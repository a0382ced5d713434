/* llwybr-error.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "llwybr-error"

#include "config.h"

#include <glib/gi18n.h>

#include "llwybr-error.h"

/**
 * llwybr_error_present:
 * @widget: the widget whose window the message belongs to
 * @heading: what could not be done, as a dialog heading
 * @error: why, as the core says it: translated, with what the user can do
 *
 * Tells the user of a failure in a dialog over @widget's window.
 */
void
llwybr_error_present (GtkWidget    *widget,
                      const char   *heading,
                      const GError *error)
{
  GtkWidget *dialog;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (heading != NULL && error != NULL);

  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)), heading, error->message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}
