/* llwybr-form-dialog.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "llwybr-form-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "llwybr-form-dialog.h"

/**
 * llwybr_form_dialog_new:
 * @parent: a widget of the window the dialog belongs to
 * @response: the id of the response that does it; the other is "cancel"
 * @first_key: the name under which the dialog keeps the first entry row,
 *   then its title, then more pairs, ending with %NULL
 *
 * A question with a few lines to fill in: a new portfolio's owner, the
 * reviewer's name, a sign-off's comment. Enter in a row gives @response.
 *
 * Returns: (transfer none): the dialog, not yet shown; each entry row is
 *   its object data under its key
 */
AdwMessageDialog *
llwybr_form_dialog_new (GtkWidget  *parent,
                        const char *heading,
                        const char *body,
                        const char *response,
                        const char *response_label,
                        const char *first_key,
                        ...)
{
  AdwMessageDialog *dialog;
  GtkWidget *list = gtk_list_box_new ();
  va_list args;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (parent)), heading, body));
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");

  va_start (args, first_key);
  for (const char *key = first_key; key != NULL; key = va_arg (args, const char *))
    {
      GtkWidget *row = adw_entry_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), va_arg (args, const char *));
      adw_entry_row_set_activates_default (ADW_ENTRY_ROW (row), TRUE);
      gtk_list_box_append (GTK_LIST_BOX (list), row);
      g_object_set_data (G_OBJECT (dialog), key, row);
    }
  va_end (args);

  adw_message_dialog_set_extra_child (dialog, list);
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), response, response_label, NULL);
  adw_message_dialog_set_response_appearance (dialog, response, ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, response);

  return dialog;
}
