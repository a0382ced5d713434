/* llwybr-document-file-export.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "llwybr-document-file-export"

#include "config.h"

#include <glib/gi18n.h>

#include "llwybr-document-file.h"
#include "llwybr-document-file-export.h"
#include "llwybr-error.h"

/* The document file as a PDF. Where it goes and in which language are
 * asked in one save dialog, as gnome-text-editor asks for an encoding.
 * The pages are written in a worker thread, from a connection of its own
 * to the portfolio's file, while a toast says so and offers to stop. */

/* In the order of LlwybrSummaryLanguage, as the export-language setting
 * names them; each language is named in itself. */
static const char *language_names[] = { "en", "cy", "both", NULL };
static const char *language_labels[] = { "English", "Cymraeg", "Cymraeg / English", NULL };

typedef struct
{
  GWeakRef               toasts;
  char                  *path;
  LlwybrSummaryLanguage  language;
  GFile                 *destination;
  AdwToast              *progress;
  GCancellable          *cancellable;
  GCancellable          *window_cancellable;
  gulong                 cancelled_id;
} Export;

/* Helpers */

static void
export_free (Export *export)
{
  if (export->window_cancellable != NULL)
    g_cancellable_disconnect (export->window_cancellable, export->cancelled_id);
  g_clear_object (&export->window_cancellable);
  g_weak_ref_clear (&export->toasts);
  g_clear_pointer (&export->path, g_free);
  g_clear_object (&export->destination);
  g_clear_object (&export->progress);
  g_clear_object (&export->cancellable);
  g_free (export);
}

static LlwybrSummaryLanguage
language_from_name (const char *name)
{
  for (guint i = 0; language_names[i] != NULL; i++)
    if (g_strcmp0 (name, language_names[i]) == 0)
      return i;

  return LLWYBR_SUMMARY_BILINGUAL;
}

/* The language last chosen comes first: GTK 4.8's own file chooser, used
 * where there is no portal, does not select the option it is given. The
 * lists live as long as the chooser, which may keep them rather than copy. */
static void
add_language_choice (GtkFileChooser        *chooser,
                     LlwybrSummaryLanguage  first)
{
  const char **names = g_new0 (const char *, G_N_ELEMENTS (language_names));
  const char **labels = g_new0 (const char *, G_N_ELEMENTS (language_labels));
  guint n = 1;

  names[0] = language_names[first];
  labels[0] = language_labels[first];
  for (guint i = 0; language_names[i] != NULL; i++)
    if (i != first)
      {
        names[n] = language_names[i];
        labels[n++] = language_labels[i];
      }

  g_object_set_data_full (G_OBJECT (chooser), "language-names", names, g_free);
  g_object_set_data_full (G_OBJECT (chooser), "language-labels", labels, g_free);
  gtk_file_chooser_add_choice (chooser, "language", _("Language"), names, labels);
  gtk_file_chooser_set_choice (chooser, "language", language_names[first]);
}

/* Callbacks */

static void
export_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  Export *export = task_data;
  g_autoptr(LlwybrPortfolio) portfolio = NULL;
  GError *error = NULL;

  /* A connection of its own that takes SQLite's locks, as the backup's
   * does: the TA may go on editing, and a read-only open is for files
   * nothing else changes. */
  if (!(portfolio = llwybr_portfolio_open (export->path, &error)) ||
      !llwybr_document_file_write_pdf (portfolio, export->language, export->destination, cancellable, &error))
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

static void
open_cb (AdwToast        *toast,
         AdwToastOverlay *toasts)
{
  gtk_show_uri (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (toasts))),
                g_object_get_data (G_OBJECT (toast), "uri"), GDK_CURRENT_TIME);
}

/* A window closed meanwhile is not told; a stop the user asked for is
 * not a failure. */
static void
export_done (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  Export *export = g_task_get_task_data (G_TASK (result));
  g_autoptr(AdwToastOverlay) toasts = g_weak_ref_get (&export->toasts);
  g_autoptr(GError) error = NULL;
  AdwToast *toast;

  /* The task's data may be freed on the worker: no widget stays in it. */
  adw_toast_dismiss (export->progress);
  g_clear_object (&export->progress);
  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      if (toasts != NULL && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        llwybr_error_present (GTK_WIDGET (toasts), _("Could Not Export the Document File"), error);
      return;
    }

  if (toasts == NULL)
    return;

  toast = adw_toast_new (_("Document file exported"));
  adw_toast_set_button_label (toast, _("_Open"));
  g_object_set_data_full (G_OBJECT (toast), "uri", g_file_get_uri (export->destination), g_free);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (open_cb), toasts, 0);
  adw_toast_overlay_add_toast (toasts, toast);
}

static void
window_cancelled_cb (GCancellable *window_cancellable,
                     GCancellable *cancellable)
{
  g_cancellable_cancel (cancellable);
}

static void
destination_chosen_cb (GtkNativeDialog *chooser,
                       int              response,
                       gpointer         user_data)
{
  AdwToastOverlay *toasts = g_object_get_data (G_OBJECT (chooser), "toasts");
  LlwybrPortfolio *portfolio = g_object_get_data (G_OBJECT (chooser), "portfolio");
  GCancellable *cancellable = g_object_get_data (G_OBJECT (chooser), "cancellable");
  g_autoptr(GFile) file = NULL;
  g_autofree char *language = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      language = g_strdup (gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (chooser), "language"));
    }

  if (file != NULL)
    {
      g_autoptr(GSettings) settings = g_settings_new (APP_ID);
      LlwybrSummaryLanguage chosen = language_from_name (language);

      g_settings_set_string (settings, "export-language", language_names[chosen]);
      llwybr_document_file_export_to (toasts, portfolio, chosen, file, cancellable);
    }

  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
}

/* Public API */

/**
 * llwybr_document_file_export_choose:
 * @toasts: the overlay of the window the export belongs to
 * @portfolio: the open portfolio
 * @cancellable: (nullable): cancelled when the window goes
 *
 * Asks where to save @portfolio's document file, and in which language,
 * then exports it.
 */
void
llwybr_document_file_export_choose (AdwToastOverlay *toasts,
                                    LlwybrPortfolio *portfolio,
                                    GCancellable    *cancellable)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autofree char *language = g_settings_get_string (settings, "export-language");
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = NULL;
  GtkFileChooserNative *chooser;

  g_return_if_fail (ADW_IS_TOAST_OVERLAY (toasts));
  g_return_if_fail (LLWYBR_IS_PORTFOLIO (portfolio));

  gtk_file_filter_set_name (filter, _("PDF documents"));
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  /* Translators: the suggested file name of the document file; %s is the portfolio's title */
  name = g_strdup_printf (_("%s document file.pdf"), llwybr_portfolio_get_title (portfolio));

  chooser = gtk_file_chooser_native_new (_("Export the Document File"),
                                         GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (toasts))),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  add_language_choice (GTK_FILE_CHOOSER (chooser), language_from_name (language));
  g_object_set_data_full (G_OBJECT (chooser), "toasts", g_object_ref (toasts), g_object_unref);
  g_object_set_data_full (G_OBJECT (chooser), "portfolio", g_object_ref (portfolio), g_object_unref);
  if (cancellable != NULL)
    g_object_set_data_full (G_OBJECT (chooser), "cancellable", g_object_ref (cancellable), g_object_unref);
  g_signal_connect (chooser, "response", G_CALLBACK (destination_chosen_cb), NULL);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/**
 * llwybr_document_file_export_to:
 * @toasts: the overlay of the window the export belongs to
 * @portfolio: the open portfolio, with what was typed saved
 * @destination: the PDF to write
 * @cancellable: (nullable): cancelled when the window goes
 *
 * Writes @portfolio's document file to @destination in a worker thread;
 * @toasts shows that it is under way, then that it is done, with a button
 * to open it, or why it failed.
 */
void
llwybr_document_file_export_to (AdwToastOverlay       *toasts,
                                LlwybrPortfolio       *portfolio,
                                LlwybrSummaryLanguage  language,
                                GFile                 *destination,
                                GCancellable          *cancellable)
{
  Export *export = g_new0 (Export, 1);
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (ADW_IS_TOAST_OVERLAY (toasts));
  g_return_if_fail (LLWYBR_IS_PORTFOLIO (portfolio));
  g_return_if_fail (G_IS_FILE (destination));

  g_weak_ref_init (&export->toasts, toasts);
  export->path = g_strdup (llwybr_portfolio_get_path (portfolio));
  export->language = language;
  export->destination = g_object_ref (destination);
  export->cancellable = g_cancellable_new ();
  if (cancellable != NULL)
    {
      export->window_cancellable = g_object_ref (cancellable);
      export->cancelled_id = g_cancellable_connect (cancellable, G_CALLBACK (window_cancelled_cb),
                                                    export->cancellable, NULL);
    }

  export->progress = adw_toast_new (_("Exporting the document file…"));
  adw_toast_set_timeout (export->progress, 0);
  adw_toast_set_button_label (export->progress, _("_Stop"));
  g_signal_connect_object (export->progress, "button-clicked", G_CALLBACK (g_cancellable_cancel),
                           export->cancellable, G_CONNECT_SWAPPED);
  adw_toast_overlay_add_toast (toasts, g_object_ref (export->progress));

  task = g_task_new (NULL, export->cancellable, export_done, NULL);
  g_task_set_task_data (task, export, (GDestroyNotify)export_free);
  g_task_run_in_thread (task, export_thread);
}
